"""A relative's age told in words, decades and bounds, a young patient's sibling's sudden death
told with no age, a side of the family as the subject of what it has, lay words for a relative's
heart, thyroid or kidney, and a parent's description of themselves with their age (h-family9,
issue 14)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import age_said_at, read_person
from whatcauses.text.family import SUDDEN_CARDIAC_DEATH


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


@pytest.mark.parametrize(("text", "age", "low", "high"), [
    ("at 45", 45.0, 45.0, 45.0),
    ("at forty-two and", 42.0, 42.0, 42.0),
    ("in her early 40s", 42.0, 40.0, 44.0),
    ("in his thirties", 35.0, 30.0, 40.0),
    ("before 50", 50.0, 0.0, 50.0),
    ("by thirty-five", 35.0, 0.0, 35.0),
    ("when he was twenty-six", 26.0, 26.0, 26.0),
    ("since the age of twelve", 12.0, 12.0, 12.0),
    ("at 3 months old", 0.25, 0.25, 0.25),
    ("only 19", 19.0, 19.0, 19.0),
])
def test_age_said_at_reads_words_decades_and_bounds(text: str, age: float, low: float,
                                                    high: float) -> None:
    said = age_said_at(text)
    assert said is not None
    assert (said.age, said.low, said.high) == (age, low, high)


@pytest.mark.parametrize("text", ["at 3pm", "at 9 stone", "at 40%", "at one point", "of it",
                                  "at school", "at two in the morning", "at 4 last night",
                                  "by two doctors"])
def test_age_said_at_leaves_times_and_measures(text: str) -> None:
    assert age_said_at(text) is None


def _relatives(engine: Engine, question: str) -> dict[str, tuple[str | None, float | None]]:
    return {f.text: (f.relative, f.relative_age)
            for f in engine.interpret(question).findings if f.relative}


@pytest.mark.parametrize(("question", "condition", "age"), [
    ("My dad had a heart attack at forty-two. I get chest pain walking uphill.", "heart attack",
     42.0),
    ("My mum had breast cancer in her early 40s and I have a lump in my breast.",
     "breast cancer", 42.0),
    ("my father was diagnosed with bowel cancer in his thirties. I have blood in my poo.",
     "bowel cancer", 35.0),
])
def test_relatives_age_in_words(engine: Engine, question: str, condition: str,
                                age: float) -> None:
    assert _relatives(engine, question)[condition][1] == age


def _deaths(engine: Engine, question: str) -> list[str | None]:
    return [f.relative for f in engine.interpret(question).findings
            if SUDDEN_CARDIAC_DEATH in f.ids]


def test_sudden_death_at_an_age_in_words(engine: Engine) -> None:
    assert _deaths(engine, "I keep fainting. My brother died in his sleep when he was "
                           "twenty-six.") == ["brother"]


def test_young_patients_sibling_dying_suddenly_with_no_age(engine: Engine) -> None:
    assert _deaths(engine, "I'm 24 and I faint when I run. My brother died suddenly in his "
                           "sleep.") == ["brother"]


@pytest.mark.parametrize("question", [
    # An older patient's sibling, a parent, or no age for the patient: nothing bounds the age.
    "I'm 66 and I faint when I run. My brother died suddenly in his sleep.",
    "I'm 24 and I faint when I run. My dad died suddenly in his sleep.",
    "I faint when I run. My brother died suddenly in his sleep.",
    # An age said, and not young.
    "I'm 24 and I faint when I run. My brother died suddenly at fifty-two.",
    # The asker's own brother is the child's uncle.
    "My son is 9 and faints when he runs. My brother died suddenly in his sleep.",
])
def test_no_young_sudden_death_without_a_bound(engine: Engine, question: str) -> None:
    assert _deaths(engine, question) == []


def test_childs_own_sibling_dying_suddenly(engine: Engine) -> None:
    assert _deaths(engine, "My son is 9 and faints when he runs. His brother died suddenly "
                           "in his sleep.") == ["brother"]


@pytest.mark.parametrize(("question", "condition"), [
    ("mum's side all have thyroid trouble. I'm always cold and tired.", "thyroid trouble"),
    ("Dad's side all have kidney trouble. I have high blood pressure.", "kidney trouble"),
])
def test_side_of_the_family_as_subject(engine: Engine, question: str, condition: str) -> None:
    assert _relatives(engine, question)[condition][0] == "family"


def test_relatives_lay_heart(engine: Engine) -> None:
    read = _relatives(engine, "dad had a dodgy heart and died at fifty-one. I get breathless.")
    assert read["dodgy heart"] == ("dad", 51.0)


def test_side_clause_with_the_asker_is_not_the_familys(engine: Engine) -> None:
    # "... all have asthma and I wheeze": the clause speaks of the asker too.
    assert "asthma" not in _relatives(engine, "my family all have asthma and I wheeze")


@pytest.mark.parametrize(("question", "age", "sex"), [
    ("mother of two girls, 45, my hands twitch", 45.0, "female"),
    ("Dad of three (52) with chest pain", 52.0, "male"),
    ("mother of two, forty-five. Hot flushes.", 45.0, "female"),
])
def test_parent_describing_themselves(engine: Engine, question: str, age: float,
                                      sex: str) -> None:
    read = engine.interpret(question)
    assert (read.age, read.sex) == (age, sex)


def test_parent_of_with_a_count_is_no_age() -> None:
    assert read_person("mum of 3, 2 of them have colds").age is None
