"""Ages and onset ages in more wordings (h-reader43, issue 14, the age voice; text/context.py):
the age now in plural, pronoun, school, menopause, decade-of-life and note forms, and the age
at which a complaint began ("it started when I was 12") told apart from the age now."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_onsets, read_person

from .readings import answer_rank


@pytest.mark.parametrize(("question", "low", "high"), [
    ("my twins are 3 and both have a cough", 3.0, 3.0),
    ("my boys are 5 and 7 and keep scratching their bottoms", 5.0, 5.0),
    ("he turned 60 last month and has chest pain", 60.0, 60.0),
    ("I'm turning 50 soon and have hot flushes", 50.0, 50.0),
    ("18 mths old with a cough", 1.5, 1.5),
    ("my 4 y.o. has a cough", 4.0, 4.0),
    ("Male, 67, confused", 67.0, 67.0),
    ("female, 45, hot flushes", 45.0, 45.0),
    ("in his eighth decade with confusion", 70.0, 80.0),
    ("an octogenarian with confusion", 80.0, 90.0),
    ("an OAP with a cough", 65.0, 100.0),
    ("my son is in year 9 and has headaches", 13.0, 14.0),
    ("she's in 5th grade and has headaches", 10.0, 11.0),
    ("my little boy has a limp", 1.0, 10.0),
    ("my son just started secondary school and has a limp", 11.0, 18.0),
    ("a university student with a headache and stiff neck", 18.0, 25.0),
    ("I'm post-menopausal and have bleeding", 45.0, 100.0),
    ("since the menopause I have hot flushes", 45.0, 100.0),
    ("I'm going through the menopause and can't sleep", 40.0, 58.0),
])
def test_the_age_now_in_more_wordings(question: str, low: float, high: float) -> None:
    person = read_person(question)
    assert person.age_range == (pytest.approx(low), pytest.approx(high))
    assert person.age is not None and low <= person.age <= high


@pytest.mark.parametrize("question", [
    "I had an early menopause and now my bones ache",
    "in year 2 of my degree I got headaches",
    "I'm a primary school teacher with a sore throat",
])
def test_no_age_from_a_premature_menopause_a_course_year_or_a_job(question: str) -> None:
    assert read_person(question).age is None


@pytest.mark.parametrize(("question", "onset"), [
    ("it started when I was 12 and I am 30 now, spots on my back", "HP:0003621"),
    ("I was 13 when the spots started", "HP:0003621"),
    ("I first got spots at 15", "HP:0003621"),
    ("it began at age 12", "HP:0003621"),
    ("the rash came on at 2 years and she is 5 now", "HP:0011463"),
    ("my hot flushes started at 48", "HP:0003596"),
    ("it started in my 20s, I get headaches", "HP:0011462"),
    ("since turning 50 I get up at night to pee", "HP:0003596"),
    ("after I turned 40 my eyesight got worse", "HP:0003596"),
])
def test_the_age_a_complaint_began_is_an_onset(question: str, onset: str) -> None:
    assert [hint.id for hint in read_onsets(question)] == [onset]


@pytest.mark.parametrize("question", [
    "the headaches started at 3 in the morning",
    "it started at 10 this morning",
    "the pain started at 9 o'clock",
    "it started at 16:00",
])
def test_a_time_of_day_is_no_onset(question: str) -> None:
    assert read_onsets(question) == ()


@pytest.mark.parametrize(("question", "age"), [
    ("it started when I was 12 and I am 30 now, spots on my back", 30.0),
    ("my 50 year old dad's tremor began at 30", 50.0),
    ("it started in my 20s, I get headaches", None),
])
def test_an_onset_age_is_not_the_age_now(engine: Engine, question: str,
                                         age: float | None) -> None:
    assert engine.interpret(question).age == age


def test_since_the_menopause_weighs_for_vaginal_atrophy(engine: Engine) -> None:
    question = "since the menopause sex has been painful and I feel dry down there"
    assert engine.interpret(question).age_range == (45.0, 100.0)
    assert answer_rank(engine, question, "MONDO:0001410") <= 2


@pytest.mark.parametrize(("question", "low", "high", "sex"), [
    ("my two and a half year old has a cough", 2.5, 2.5, None),
    ("(F, 45) hot flushes", 45.0, 45.0, "female"),
    ("age: 45, female, hot flushes", 45.0, 45.0, "female"),
    ("she is in her early teens and has headaches", 13.0, 15.0, "female"),
    ("in his late teens with chest pain", 17.0, 19.0, "male"),
    ("a girl in her teens with acne", 13.0, 19.0, "female"),
    ("my year 6 daughter has headaches", 10.0, 11.0, "female"),
])
def test_halves_notes_teens_and_school_years(question: str, low: float, high: float,
                                             sex: str | None) -> None:
    person = read_person(question)
    assert person.age_range == (pytest.approx(low), pytest.approx(high))
    assert person.age is not None and low <= person.age <= high
    assert person.sex == sex


@pytest.mark.parametrize("question", [
    "I've had the baby blues for weeks and can't stop crying",
    "I can't shift my baby weight and I'm always tired",
    "I take baby aspirin every day and bruise easily",
    "I feel low since my baby arrived",
    "I can't stop crying since the birth of my baby",
])
def test_a_baby_thing_or_the_asker_s_baby_s_birth_is_no_age(question: str) -> None:
    assert read_person(question).age is None


def test_a_baby_with_a_baby_thing_is_still_a_baby() -> None:
    assert read_person("my baby has a rash from baby wipes").age == 0.5
    assert read_onsets("my baby has a rash from baby wipes") == ()


def test_the_birth_of_the_asker_s_baby_no_longer_ranks_baby_illnesses(engine: Engine) -> None:
    question = "I feel low and can't stop crying since the birth of my baby"
    assert answer_rank(engine, question, "MONDO:0000337") >= 3  # Roseola


def test_the_menopause_says_an_age_and_stays_a_finding_s_words(engine: Engine) -> None:
    question = ("I've started bleeding again after my menopause, it's three years since my last "
                "period.")
    reading = engine.interpret(question)
    assert reading.age_range == (45.0, 100.0)
    assert "HP:0033840" in {i for f in reading.findings for i in f.ids}  # Postmenopausal bleeding
