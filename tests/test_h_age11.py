"""The age voice (h-age11, issue 14): a decade's part said after the person, a decade said
before its verb of beginning, and the asker's own pregnancy or birth of a named child.

"I'm mid 30s" and "she's late forties" are ages now; "in my thirties I started getting ..." is
when the finding began, not the age now. A mother who speaks of her birth or pregnancy ("with
my son I had pre-eclampsia", "after my second baby", "since giving birth to my son") is a
woman, and the child she names is neither the person asked about nor a baby's age; a birth
said as what the complaint followed is the recent-birth exposure.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import births_before, read_onsets, read_person

YOUNG_ADULT_ONSET = "HP:0011462"
JUVENILE_ONSET = "HP:0003621"


@pytest.mark.parametrize(("question", "age", "age_range"), [
    ("I'm mid 30s and have a tremor in my hands", 35.0, (33.0, 37.0)),
    ("I'm late forties and my periods are heavy", 48.0, (46.0, 50.0)),
    ("I'm early twenties and have acne", 22.0, (20.0, 24.0)),
    ("She's mid-sixties and has a painful hip", 65.0, (63.0, 67.0)),
    ("My dad is late seventies and keeps falling", 78.0, (76.0, 80.0)),
    ("aged mid-40s, chest pain on exertion", 45.0, (43.0, 47.0)),
])
def test_a_decade_s_part_after_the_person_is_the_age_now(
        question: str, age: float, age_range: tuple[float, float]) -> None:
    person = read_person(question)
    assert (person.age, person.age_range) == (age, age_range)


@pytest.mark.parametrize(("question", "onset"), [
    ("In my thirties I started getting numb hands", YOUNG_ADULT_ONSET),
    ("In my twenties it began, I get numbness in my legs and blurred vision",
     YOUNG_ADULT_ONSET),
    ("In my teens, I first noticed patches of white skin", JUVENILE_ONSET),
])
def test_a_decade_before_its_verb_of_beginning_is_an_onset(engine: Engine, question: str,
                                                           onset: str) -> None:
    assert [hint.id for hint in read_onsets(question)] == [onset]
    assert engine.interpret(question).age is None


@pytest.mark.parametrize("question", [
    "In my forties I was diagnosed with diabetes and now my feet are numb",
    "I'm in my thirties and started getting headaches",
])
def test_a_decade_of_a_diagnosis_or_of_the_present_stays_the_age(engine: Engine,
                                                                 question: str) -> None:
    assert engine.interpret(question).age is not None


@pytest.mark.parametrize("question", [
    "With my son I had pre-eclampsia, now I'm 33 weeks and have a bad headache",
    "Since giving birth to my son I leak wee when I cough",
    "Since I had my daughter I've been leaking urine when I cough",
    "When I was pregnant with my son I had pre-eclampsia, now my blood pressure is high",
    "I had gestational diabetes with my first and now I'm always thirsty",
    "In my last pregnancy I had gestational diabetes. Now I'm always thirsty",
])
def test_the_asker_s_own_birth_or_pregnancy_makes_her_a_woman(engine: Engine,
                                                              question: str) -> None:
    assert engine.interpret(question).sex == "female"


@pytest.mark.parametrize("question", [
    "After my second baby my hair started coming out in handfuls",
    "After having my first baby I had terrible back pain",
])
def test_a_child_counted_among_the_births_is_no_baby_s_age(engine: Engine,
                                                           question: str) -> None:
    interpretation = engine.interpret(question)
    assert (interpretation.age, interpretation.sex) == (None, "female")


@pytest.mark.parametrize(("question", "sex"), [
    ("Since giving birth to my son he has had yellow skin", "male"),
    ("Since my son was born he has been vomiting", "male"),
    ("With my son I went to the park and I got stung", "male"),
    ("My son has a rash after his second birthday", "male"),
])
def test_a_child_who_is_the_person_keeps_the_child_s_sex(engine: Engine, question: str,
                                                          sex: str) -> None:
    assert engine.interpret(question).sex == sex


@pytest.mark.parametrize("question", [
    "After my second baby my hair started coming out in handfuls",
    "Since I had my daughter I've been leaking urine when I cough",
])
def test_a_birth_before_the_complaint_is_the_recent_birth_exposure(engine: Engine,
                                                                   question: str) -> None:
    keys = [x.key for x in engine.interpret(question).exposures if not x.negated]
    assert keys == ["recent-birth"]


def test_a_birth_with_the_child_as_the_person_is_no_exposure_of_the_asker() -> None:
    assert births_before("Since giving birth to my son he has had yellow skin") == []
    assert births_before("With my son I had pre-eclampsia") == []


def test_the_birth_words_are_understood(engine: Engine) -> None:
    interpretation = engine.interpret("After my second baby my hair started coming out")
    assert not interpretation.unrecognized
