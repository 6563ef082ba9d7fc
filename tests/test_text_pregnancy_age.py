"""In a question about a pregnancy, "the baby" is the unborn child: it sets no life stage of
the person asked about (text/context.py, read_person)."""

from __future__ import annotations

import pytest

from whatcauses.text.context import read_person


@pytest.mark.parametrize("question", [
    "34 weeks pregnant with stomach pain and the baby is moving less",
    "I'm pregnant and the baby has not kicked since this morning, with a headache",
    "28 weeks into my pregnancy, swollen hands and the baby feels quiet",
])
def test_the_unborn_baby_sets_no_age(question: str) -> None:
    person = read_person(question)
    assert person.age is None
    assert person.age_range is None


@pytest.mark.parametrize(("question", "age"), [
    ("my baby has a rash and a fever", 0.5),
    ("I am pregnant and my baby daughter, 9 months, has a cough", 0.75),
    ("32 year old pregnant woman, the baby is moving less", 32.0),
])
def test_an_age_or_a_baby_outside_a_pregnancy_is_still_read(question: str, age: float) -> None:
    assert read_person(question).age == pytest.approx(age)


@pytest.mark.parametrize("question", [
    "Trying for a baby for two years, I have acne and thick hair on my chin.",
    "We've been trying for a baby for over a year and my periods are few and far between.",
    "Been trying to have a baby for two years and my periods are irregular",
    "I had a baby six weeks ago and my breast is red, hot and sore",
    "Since the baby was born I feel low and can't stop crying",
])
def test_a_baby_the_asker_tries_for_or_had_sets_no_age(question: str) -> None:
    # The asker is the baby's parent (read_person, _PARENTS_BABY).
    person = read_person(question)
    assert person.age is None
    assert person.age_range is None


@pytest.mark.parametrize(("question", "age"), [
    ("I'm 30 and trying for a baby, my periods are irregular", 30.0),
    ("I had a baby 6 weeks ago and my baby has a rash", 0.5),
    ("our baby boy has a cough", 0.5),
])
def test_the_person_asked_about_is_still_read_beside_a_parents_baby(question: str,
                                                                    age: float) -> None:
    assert read_person(question).age == pytest.approx(age)
