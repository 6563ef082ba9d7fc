"""h-rareage1 (issue 14, ages in rare-disease questions): a baby's age said as one week or one
month ("a week-old baby") is that age, not any baby's; "small", "little" or "tiny" after "from"
or "since" is a life stage only when said of the person ("since he was small") or ending its
clause ("from small, she has had eczema"), never before a noun ("from small falls"); "since she
was a tiny baby" is Infantile onset and no age now; "a grown man" is an adult."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_onsets, read_person

DAY, WEEK, MONTH = 1 / 365.25, 7 / 365.25, 1 / 12
CHILDHOOD = "HP:0011463"


@pytest.mark.parametrize(("question", "age"), [
    ("a week-old baby who vomits after milk feeds", WEEK),
    ("a month-old baby with a rash", MONTH),
    ("my son is a week old and yellow", WEEK),
    ("a baby a month old with a cough", MONTH),
    ("a day-old baby who is yellow", DAY),
])
def test_one_unit_old_is_that_age(question: str, age: float) -> None:
    assert read_person(question).age == pytest.approx(age)


@pytest.mark.parametrize("question", [
    "my 5 year old daughter has broken bones many times from small falls",
    "as little as a spoon of milk makes him sick",
    "a rash when small amounts of dust touch her",
])
def test_size_word_before_a_noun_is_no_onset(question: str) -> None:
    assert CHILDHOOD not in [o.id for o in read_onsets(question)]


@pytest.mark.parametrize("question", [
    "he's been clumsy since he was small",
    "she has had eczema from small",
    "from small, she has had eczema",
    "since I was little I get nosebleeds",
    "since he was a little boy he has had nosebleeds",
    "ever since she was tiny",
    "falls since toddlerhood",
    "clumsy in toddlerhood",
])
def test_life_stage_said_of_the_person_is_childhood_onset(question: str) -> None:
    assert CHILDHOOD in [o.id for o in read_onsets(question)]


def test_tiny_baby_is_infantile_onset_not_the_age_now(engine: Engine) -> None:
    reading = engine.interpret("she has had blisters since she was a tiny baby")
    assert [o.id for o in reading.onset] == ["HP:0003593"]
    assert reading.age is None


@pytest.mark.parametrize("question", [
    "a grown man with tall stature and a dislocated lens",
    "he's a grown woman and still wets the bed",
])
def test_grown_man_is_an_adult(question: str) -> None:
    person = read_person(question)
    assert person.age_range == (18.0, 65.0)


@pytest.mark.parametrize(("question", "age"), [
    ("she had her first seizure at 6 months old and now she is 4", 4.0),
    ("my 3 year old, now aged 4, has big calves", 4.0),
    ("he was 2 when it started and now he is 12 years old", 12.0),
    ("I'm 30 and now I'm 33 weeks with my second and have a headache", 30.0),
    ("my temperature was 38 and now it is 39 and I am 25", 25.0),
])
def test_the_age_said_now_is_the_age(question: str, age: float) -> None:
    assert read_person(question).age == pytest.approx(age)


@pytest.mark.parametrize(("question", "onset"), [
    ("her first seizure was at 6 months old", "HP:0003593"),
    ("his first attack at 3 years old, now he is 9, with belly pain and fever", CHILDHOOD),
])
def test_a_first_episode_at_an_age_is_the_onset(question: str, onset: str) -> None:
    assert [o.id for o in read_onsets(question)] == [onset]
