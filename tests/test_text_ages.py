"""Ages in carers' wordings (text/context.py, read_person): a degree word in a relative
clause ("my son who's nearly 4") and "little one" / "youngster" for a child."""

from __future__ import annotations

import pytest

from whatcauses.text.context import read_person


@pytest.mark.parametrize(("question", "age"), [
    ("my son who's nearly 4 has a cough", 4.0),
    ("my daughter who is almost 3 has a fever", 3.0),
    ("my little one is 2 and has a rash", 2.0),
    ("My little one, 3, has a cough", 3.0),
    ("my youngster is 9 and wets the bed", 9.0),
])
def test_carers_wordings_give_the_age(question: str, age: float) -> None:
    assert read_person(question).age == pytest.approx(age)


@pytest.mark.parametrize("question", [
    "my son who is 5 foot 9 has back pain",
    "my daughter who's nearly 5 months pregnant has a headache",
])
def test_a_measure_or_a_pregnancy_is_still_no_age(question: str) -> None:
    assert read_person(question).age is None


@pytest.mark.parametrize(("question", "age"), [
    ("Man of 60 with chest pain", 60.0),
    ("Woman of 34, tired all the time", 34.0),
])
def test_a_note_s_person_of_an_age_without_an_article(question: str, age: float) -> None:
    assert read_person(question).age == age
