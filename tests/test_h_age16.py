"""Ages in apposition after "a"/"an" and a person, and a newborn's age in hours, as one day or
as a birth named by its day (h-age16, issue 14).

"A man, 70, with a cough" gives his age as "my mum, 80," does; "a 36 hour old baby", "a day-old
baby", "a baby only hours old", "a baby born yesterday" and "a newly born baby" are newborns,
not any baby of up to a year. A measure ("a man, 6 foot tall,", "a man, 70 kg,"), a pregnancy
("a woman, 30 weeks pregnant,"), a finding's age ("the rash is a day old") and a mother's own
question ("my baby was born yesterday and I have a fever") give no such age.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import onset_skips, read_onsets, read_person

DAY = 1 / 365.25
HOUR = DAY / 24
NEWBORN_END = 28 * DAY


def _person(question: str):  # type: ignore[no-untyped-def]
    return read_person(question, skip=onset_skips(question, read_onsets(question)))


@pytest.mark.parametrize(("question", "age"), [
    ("a man, 70, with a cough and weight loss", 70.0),
    ("a woman, 45, with heavy periods", 45.0),
    ("a boy, 6, with a limp", 6.0),
    ("a girl (9) with a sore throat", 9.0),
    ("a lady, 75, has swollen ankles", 75.0),
    ("a patient, 64, presents with chest pain", 64.0),
    ("a man (aged 70) with back pain", 70.0),
    ("an elderly man, 84, with confusion", 84.0),
    ("a baby, 3 months, with a fever", 0.25),
])
def test_age_in_apposition_after_a_person(question: str, age: float) -> None:
    assert _person(question).age == pytest.approx(age)


@pytest.mark.parametrize("question", [
    "a man, 6 foot tall, with a cough",
    "a man, 70 kg, with a cough",
    "a woman, 30 weeks pregnant, with a cough",
    "a girl, 5 days of cough",
    "a man 6 foot tall with a cough",
])
def test_a_measure_or_duration_in_apposition_is_no_age(question: str) -> None:
    assert _person(question).age is None


@pytest.mark.parametrize(("question", "age"), [
    ("a 36 hour old baby with yellow skin", 36 * HOUR),
    ("a 12-hour-old baby who is grunting", 12 * HOUR),
    ("a baby 2 hours old who is blue", 2 * HOUR),
    ("a 24 hr old baby boy with jaundice", DAY),
    ("a day-old baby who won't feed", DAY),
    ("a baby a day old who won't feed", DAY),
    ("she is a day old and has jaundice", DAY),
    ("my son was born 6 hours ago and is floppy", 6 * HOUR),
    ("a baby born yesterday with yellow eyes", DAY),
    ("he was born yesterday and is floppy", DAY),
])
def test_newborn_ages_in_hours_and_days(question: str, age: float) -> None:
    assert _person(question).age == pytest.approx(age)


@pytest.mark.parametrize("question", [
    "a baby only hours old who is grunting",
    "a baby just a few hours old with a cough",
    "my son is only days old and has sticky eyes",
    "a baby born this morning with a cough",
    "my baby was born last night and has a cough",
    "a newly born baby with a cough",
    "a newly-born boy with a cough",
])
def test_newborn_words_are_a_newborn(question: str) -> None:
    age = _person(question).age
    assert age is not None and 0 <= age <= NEWBORN_END


@pytest.mark.parametrize("question", [
    "the rash is a day old",
    "the cut on my hand is 12 hours old",
    "a few hours old rash on my arm",
    "my baby was born yesterday and I have a fever",
])
def test_no_newborn_age_of_a_thing_or_of_a_mother(question: str) -> None:
    assert _person(question).age is None


@pytest.mark.parametrize(("question", "age_range"), [
    ("a young child with a cough", (1.0, 5.0)),
    ("a small child with a fever", (1.0, 5.0)),
    ("a little kid with a rash", (1.0, 5.0)),
    ("a school-age child with a limp", (5.0, 12.0)),
    ("a schoolgirl with headaches", (5.0, 12.0)),
    ("a primary school child with nits", (4.0, 11.0)),
    ("an infant school child with a cough", (4.0, 11.0)),
    ("a child with a cough", (1.0, 12.0)),
])
def test_young_and_school_age_children(question: str, age_range: tuple[float, float]) -> None:
    assert _person(question).age_range == pytest.approx(age_range)


def test_an_infant_is_still_a_baby() -> None:
    person = _person("my infant son has a cough")
    assert person.age is not None and person.age < 1.0


MONTH = 1 / 12


@pytest.mark.parametrize(("question", "age"), [
    ("my baby of 2 months has a cough", 2 * MONTH),
    ("our son of 6 weeks is vomiting", 6 * 7 * DAY),
    ("my daughter of 15 has headaches", 15.0),
    ("my little one of 9 months has a rash", 9 * MONTH),
])
def test_age_after_my_child_of(question: str, age: float) -> None:
    assert _person(question).age == pytest.approx(age)


@pytest.mark.parametrize("question", [
    "my husband of 20 years has a cough",
    "my friend of 10 years has a cough",
    "my son of 2 marriages has a cough",
])
def test_years_of_a_marriage_or_friendship_are_no_age(question: str) -> None:
    assert _person(question).age is None


@pytest.mark.parametrize("question", [
    "a woman of childbearing age with a cough",
    "a woman of child-bearing age with heavy periods",
    "a woman in her reproductive years with pelvic pain",
])
def test_childbearing_age(question: str) -> None:
    assert _person(question).age_range == (15.0, 49.0)


def test_apposed_age_weighs_the_ranking(engine: Engine) -> None:
    # Shingles is mostly a disease past 50: the man's 70, said in apposition, puts it first
    # (heat rash, a condition of babies and children, led when no age was read).
    answer = engine.ask("a man, 70, with a painful rash of blisters on one side of his chest",
                        top=3)
    assert answer.interpretation.age == 70.0
    assert answer.ranking.candidates[0].id == "MONDO:0005609"
