"""Family-history and age readings of h-reader52 (issue 14): "only" with the males of a
family ("it only affects the boys") is X-linked; "since he was a newborn" is a neonatal onset,
not the age now; "now at 12 he ..." is the age now; "in their twenties" after relatives is
their age, not the person's."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_onsets, read_person

X_LINKED = "HP:0001417"


@pytest.mark.parametrize("question", [
    "my son has eczema and tiny red spots, it only affects the boys in my family",
    "only the men in our family have ever had it and my son has swollen joints",
    "it only seems to affect the boys: my son bleeds for ages after a cut",
])
def test_only_the_males_of_a_family_is_x_linked(engine: Engine, question: str) -> None:
    modes = {m for evidence in engine.interpret(question).inheritance for m in evidence.modes}
    assert X_LINKED in modes


@pytest.mark.parametrize("question", [
    "I only get headaches when I look after the boys",
    "not only the boys have it, my daughter does too",
])
def test_only_without_the_males_of_a_family_affected_is_no_x_linked(
        engine: Engine, question: str) -> None:
    modes = {m for evidence in engine.interpret(question).inheritance for m in evidence.modes}
    assert X_LINKED not in modes


def _person(question: str) -> float | None:
    return read_person(question, tuple((h.start, h.end) for h in read_onsets(question))).age


def test_since_a_newborn_is_a_neonatal_onset_not_the_age_now() -> None:
    question = "since he was a newborn he has had very dry thick scaly skin all over"
    assert [h.id for h in read_onsets(question)] == ["HP:0003623"]
    assert _person(question) is None


@pytest.mark.parametrize(("question", "age"), [
    ("clumsy since he was a toddler, and now at 12 he has high arches and numb feet", 12.0),
    ("as a newborn she was floppy, and now at 4 she is always hungry", 4.0),
    ("at 82 my mum keeps falling", 82.0),
])
def test_now_at_an_age_is_the_age_now(question: str, age: float) -> None:
    assert _person(question) == pytest.approx(age)


@pytest.mark.parametrize("question", [
    "at 3 my son wakes screaming",
    "now at 3am he wakes up coughing",
])
def test_a_small_number_without_now_or_a_time_is_no_age(question: str) -> None:
    assert _person(question) is None


@pytest.mark.parametrize("question", [
    "my mum and her mother lost the central vision in both eyes in their twenties",
    "It runs on my dad's side: heart attacks in their forties.",
    "both my brothers went deaf in their thirties",
])
def test_in_their_decade_after_relatives_is_not_the_persons_age(question: str) -> None:
    assert _person(question) is None


@pytest.mark.parametrize(("question", "age"), [
    ("someone in their 60s with a cough", 65.0),
    ("my partner is in their forties and snores", 45.0),
])
def test_in_their_decade_of_one_person_is_the_persons_age(question: str, age: float) -> None:
    assert _person(question) == pytest.approx(age)


RECESSIVE, DOMINANT = "HP:0000007", "HP:0000006"


def _modes(engine: Engine, question: str) -> set[str]:
    return {m for evidence in engine.interpret(question).inheritance for m in evidence.modes}


@pytest.mark.parametrize(("question", "modes"), [
    ("my husband and I are both carriers and our baby has salty skin", {RECESSIVE}),
    ("we are both carriers of the gene and our son is pale", {RECESSIVE}),
    ("I'm a carrier and my son bleeds a lot", {RECESSIVE, X_LINKED}),
    ("my husband is a carrier and our daughter has fits", {RECESSIVE}),
])
def test_parents_who_carry_it(engine: Engine, question: str, modes: set[str]) -> None:
    assert _modes(engine, question) == modes


def test_a_carrier_word_of_no_parent_is_no_family_history(engine: Engine) -> None:
    assert not _modes(engine, "my cat carriers are broken and I sneeze")


@pytest.mark.parametrize(("question", "modes"), [
    ("it skipped my mum and my son has it", {RECESSIVE, X_LINKED}),
    ("it skipped my dad and I have the same as my grandma", {RECESSIVE, DOMINANT}),
])
def test_a_trouble_that_skipped_a_parent(engine: Engine, question: str,
                                         modes: set[str]) -> None:
    statements = [e for e in engine.interpret(question).inheritance if "skipped" in e.text]
    assert statements and set(statements[0].modes) == modes


def test_relatives_named_with_their_modifiers_are_all_family_history(engine: Engine) -> None:
    reading = engine.interpret("my dad, my grandad and my great grandad all had it")
    assert reading.age is None  # "grandad" is a relative, no life stage of the person
    assert "great" not in reading.unrecognized
    reading = engine.interpret("my older brother and younger sister have the same rash")
    assert reading.sex is None  # the brother is a relative, not the person
    assert not {"older", "younger"} & set(reading.unrecognized)


@pytest.mark.parametrize(("question", "onset"), [
    ("it started when he was in his twenties", "HP:0011462"),
    ("late onset in her sixties", "HP:0003584"),
    ("onset at age 3, now 15 years old", "HP:0011463"),
    ("since his teenage years he has had acne", "HP:0003621"),
])
def test_onsets_said_with_a_decade_or_a_noun_are_onsets(question: str, onset: str) -> None:
    assert onset in [h.id for h in read_onsets(question)]


@pytest.mark.parametrize("question", [
    "it started when he was in his twenties",
    "since his teenage years he has had acne",
])
def test_an_onset_is_no_age_now_but_its_pronoun_says_the_sex(engine: Engine,
                                                             question: str) -> None:
    reading = engine.interpret(question)
    assert reading.age is None
    assert reading.sex == "male"


def test_the_asker_s_child_named_after_now_is_the_patient(engine: Engine) -> None:
    """Older relatives' troubles first, then "now my son has ...": the son is the patient,
    his age and sex are read, and the relatives' troubles are family history."""
    reading = engine.interpret(
        "my mum and her mother both lost the central vision in both eyes in their twenties, "
        "and now my 22 year old son has blurry central vision in one eye")
    assert reading.age == pytest.approx(22.0)
    assert reading.sex == "male"
    assert "HP:0001427" in {m for e in reading.inheritance for m in e.modes}
    reading = engine.interpret("my dad had a tremor and now my son has shaky hands")
    own = [f.labels[0] for f in reading.findings if f.relative is None]
    theirs = [f.labels[0] for f in reading.findings if f.relative == "dad"]
    assert own == ["Hand tremor"] and theirs == ["Tremor"]


def test_a_baby_who_cannot_lift_the_head(engine: Engine) -> None:
    reading = engine.interpret("my 3 month old is floppy and can't lift her head")
    assert "HP:0002421" in {i for f in reading.findings for i in f.ids}


@pytest.mark.parametrize(("question", "onset"), [
    ("heavy periods since I was a kid", "HP:0410280"),
    ("burning feet since I was a boy", "HP:0410280"),
    ("fits since childhood", "HP:0410280"),
    ("since early childhood she has been clumsy", "HP:0011463"),
    ("he's been clumsy since he was small", "HP:0011463"),
    ("ever since he was a toddler", "HP:0011463"),
    ("childhood onset epilepsy", "HP:0011463"),
])
def test_a_child_of_any_age_is_a_pediatric_onset(question: str, onset: str) -> None:
    """"Since I was a kid" spans the school years, wider than HPO's Childhood onset (1-5)."""
    assert [h.id for h in read_onsets(question)] == [onset]


def test_a_decade_said_of_relatives_is_explained(engine: Engine) -> None:
    reading = engine.interpret("my mum and her sisters all went deaf in their thirties and I "
                               "have ringing in my ears")
    assert reading.age is None
    assert "thirties" not in reading.unrecognized
