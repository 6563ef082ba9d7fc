"""Ages said in other words (h-age8, issue 14): beside "my age", about to be reached, as a
birth some days ago, as one unit ("a year old"), as a stage of nursery or school; and weeks
a pregnant asker says of herself are no age. A question about the asker alone is about
someone old enough to write it."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import PersonContext, read_onsets, read_person

_WEEK = 7 / 365.25


def _person(question: str) -> PersonContext:
    return read_person(question, tuple((h.start, h.end) for h in read_onsets(question)))


@pytest.mark.parametrize(("question", "age"), [
    ("at my age (62) my knees ache", 62.0),
    ("at my age, 62, my knees ache", 62.0),
    ("for someone my age (45) is it normal to have night sweats", 45.0),
    ("my age is 58 and I get dizzy", 58.0),
    ("I'm 45 (male) with back pain", 45.0),
    ("my son is 12 going on 13 and has knee pain", 12.0),
    ("he's a year old and has a cough", 1.0),
    ("my daughter is a year and a half and has a rash", 1.5),
    ("my son was born 10 days ago and has a sticky eye", 10 / 365.25),
    ("my baby was born three weeks ago and she has a sticky eye", 3 * _WEEK),
    ("I've just hit 40 and have headaches", 40.0),
])
def test_an_age_said_otherwise_is_read(question: str, age: float) -> None:
    assert _person(question).age == pytest.approx(age)


@pytest.mark.parametrize(("question", "low", "high"), [
    ("my daughter turns 16 next month and has painful periods", 15.0, 16.0),
    ("my son will be 5 in March and has started limping", 4.0, 5.0),
    ("my daughter is coming up to 2 and has a fever", 1.5, 2.0),
    ("I'm pushing 60 and get heartburn", 59.0, 60.0),
    ("a man approaching 60 with chest pain", 59.0, 60.0),
    ("my baby is coming up to 6 weeks and has a rash", 4.5 * _WEEK, 6 * _WEEK),
])
def test_an_age_about_to_be_reached_is_just_below_it(question: str, low: float,
                                                     high: float) -> None:
    person = _person(question)
    assert person.age_range == pytest.approx((low, high))
    assert person.age is not None and low <= person.age <= high


@pytest.mark.parametrize(("question", "low", "high"), [
    ("my son is in reception and wets the bed", 4.0, 5.0),
    ("my daughter is at nursery and keeps getting colds", 1.0, 6.0),
    ("my daughter goes to kindergarten and has a rash", 1.0, 6.0),
    ("my son is in sixth form and has headaches", 16.0, 18.0),
    ("I'm on the wrong side of 50 and get chest pain", 50.0, 100.0),
])
def test_a_stage_of_school_or_a_bound_gives_an_age_range(question: str, low: float,
                                                         high: float) -> None:
    assert _person(question).age_range == (low, high)


@pytest.mark.parametrize("question", [
    "I work at a nursery and have a cough",
    "I was waiting in reception and felt faint",
    "I'll be 2 weeks late with my period",
    "this mole is a year old",
    "I've had it for a year and a half",
    "my baby was born two weeks ago and I have a fever",
    "I'm 38 weeks and coming up to my due date, and my ankles are swollen",
    "I'm coming up to 40 weeks pregnant and have a headache",
    "at my age I get tired",
])
def test_no_age_of_the_person(question: str) -> None:
    assert _person(question).age is None


def test_an_age_now_wins_over_the_next_birthday() -> None:
    assert _person("I'm 34 and will be 35 in May").age == 34.0


@pytest.mark.parametrize(("question", "alone"), [
    ("I have a cold and now a cough and my ear hurts", True),
    ("my knee hurts when I climb stairs", True),
    ("my baby has a cold and is wheezing", False),
    ("I think he has a cold", False),
    ("the baby has a cold", False),
    ("my husband and I both have a cough", False),
])
def test_a_question_about_the_asker_alone(engine: Engine, question: str, alone: bool) -> None:
    assert engine.interpret(question).asker_alone is alone


def test_the_asker_alone_weighs_a_baby_s_condition_down(engine: Engine) -> None:
    # Bronchiolitis (profile onset 0-2 years) for someone who writes of their own cold.
    ranker = engine.ranker.question_ranker
    bronchiolitis = engine.knowledge.disease_index("MONDO:0020680")
    asthma = engine.knowledge.disease_index("OMIM:600807")
    ratio = ranker._asker_age_ratio()
    assert ratio is not None
    # As question_age at the youngest writer's age (10): five times bronchiolitis's end, so
    # below the floor (h-age12: the floor is taken once per threefold past the range).
    youngest = ranker.parameters.question_asker_min_age_years
    assert ratio[bronchiolitis] == pytest.approx(
        float(ranker.model.question_age(youngest)[bronchiolitis]))
    assert ratio[bronchiolitis] < ranker.parameters.question_late_onset_floor
    assert ratio[asthma] == 1.0



def test_an_asker_s_croaky_voice_after_a_cold_is_laryngitis_not_croup(engine: Engine) -> None:
    candidates = engine.ask("my voice has been hoarse and croaky since a cold last week",
                            top=5).ranking.candidates
    assert candidates[0].id == "MONDO:0004777" or "MONDO:0004777" in candidates[0].ids
    assert all(c.id != "MONDO:0005722" for c in candidates)


@pytest.mark.parametrize(("question", "age"), [
    ("at the age of 75 I've started to forget things", 75.0),
    ("at age 40 I get headaches every day", 40.0),
    ("at the age of 3 my son wakes screaming at night", 3.0),
    ("At the age of 20 I had glandular fever and now I'm tired", None),
])
def test_at_the_age_of_before_the_person(question: str, age: float | None) -> None:
    assert _person(question).age == age


@pytest.mark.parametrize(("question", "age"), [
    ("she's had seizures since infancy and is now 30", 30.0),
    ("my son has had a squint since birth and is now 6", 6.0),
    ("his temperature was 38 and is now 39", None),
    ("the pain started at 3 and is now 8", None),
    ("I've been clumsy since I was in year 7", None),
    ("my son is in year 7 and has knee pain", 11.5),
])
def test_the_age_now_beside_an_onset(question: str, age: float | None) -> None:
    assert _person(question).age == age
