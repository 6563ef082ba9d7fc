"""An age bound said with its unit or of a young stage, a rough age in days, weeks or months,
and life stages in words (h-age15, issue 14).

"A baby under 3 months" is a baby of up to three months, not any baby; "babies aged under 6
weeks" is weeks, not years; "less than a month old" is up to one month; "a child under 5" and
"a toddler over 2" narrow the stage's ages. A pregnancy's months ("she's over 3 months
pregnant") and a measure ("a child under 5 kg") are no age bound. "A baby a few days old" is a
newborn, not any baby; "a secondary school pupil", "a school-leaver", "going through puberty" and
"of pensionable age" are stages of life.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import onset_skips, read_onsets, read_person

MONTH = 1 / 12
WEEK = 7 / 365.25


def _person(question: str):  # type: ignore[no-untyped-def]
    return read_person(question, skip=onset_skips(question, read_onsets(question)))


@pytest.mark.parametrize(("question", "age_range"), [
    ("a baby under 3 months with projectile vomiting after feeds", (0.0, 3 * MONTH)),
    ("babies aged under 3 months with a fever", (0.0, 3 * MONTH)),
    ("a baby less than a month old with a fever", (0.0, MONTH)),
    ("a newborn less than a week old with yellow skin", (0.0, WEEK)),
    ("patients aged under 6 months with a rash", (0.0, 6 * MONTH)),
    ("my baby is under 3 months and has a fever", (0.0, 3 * MONTH)),
    ("she's under 3 months and has a fever", (0.0, 3 * MONTH)),
    ("a child under 5 with a cough", (0.0, 5.0)),
    ("a child over 5 with a cough", (5.0, 12.0)),
    ("a toddler over 2 with a cough", (2.0, 3.0)),
    ("a baby over 6 months with a rash", (6 * MONTH, 1.0)),
    ("a girl over 12 with spots", (12.0, 18.0)),
])
def test_bound_with_unit_or_stage(question: str, age_range: tuple[float, float]) -> None:
    person = _person(question)
    assert person.age_range == pytest.approx(age_range)
    assert person.age is not None and age_range[0] <= person.age <= age_range[1]


@pytest.mark.parametrize(("question", "age", "age_range"), [
    ("a man over 60 with a cough", 65.0, (60.0, 100.0)),
    ("children under 5 with a cough", 2.5, (0.0, 5.0)),
    ("a woman over 50 with hot flushes", 55.0, (50.0, 100.0)),
])
def test_bounds_in_years_of_people_keep_their_reading(
        question: str, age: float, age_range: tuple[float, float]) -> None:
    person = _person(question)
    assert (person.age, person.age_range) == (age, age_range)


@pytest.mark.parametrize("question", [
    "she's over 3 months pregnant and has a fever",
    "I'm over 2 weeks late and have cramps",
])
def test_no_age_from_a_pregnancy(question: str) -> None:
    assert _person(question).age is None


def test_a_measure_is_no_bound() -> None:
    # The stage alone ("child": 1 to 12) stays; 5 kg is a weight.
    assert _person("a child under 5 kg who feeds poorly").age_range == (1.0, 12.0)


def test_bound_weighs_the_young_baby_conditions(engine: Engine) -> None:
    # Pyloric stenosis begins in the first weeks (profile onset to 3 months): a baby under 3
    # months is in its range, not weighed as a baby of six months.
    answer = engine.ask("a baby under 3 months with projectile vomiting after feeds", top=3)
    ids = {i for c in answer.ranking.candidates for i in c.ids}
    assert "MONDO:0001560" in ids


DAY = 1 / 365.25


@pytest.mark.parametrize(("question", "age_range"), [
    ("a baby a few days old whose skin has turned yellow", (2 * DAY, 6 * DAY)),
    ("a baby a few weeks old with a cough", (2 * WEEK, 6 * WEEK)),
    ("a few months old baby with a cough", (2 * MONTH, 6 * MONTH)),
    ("my baby who is a few months old has a cough", (2 * MONTH, 6 * MONTH)),
    ("she's a couple of weeks old and has a cough", (1.5 * WEEK, 3 * WEEK)),
    ("my baby is several weeks old and sleepy", (3 * WEEK, 9 * WEEK)),
    ("a fortnight old baby with a cough", (10 * DAY, 18 * DAY)),
])
def test_rough_amounts_of_a_unit(question: str, age_range: tuple[float, float]) -> None:
    person = _person(question)
    assert person.age_range == pytest.approx(age_range)
    assert person.age is not None and age_range[0] <= person.age <= age_range[1]


@pytest.mark.parametrize("question", [
    "my son's rash is a few days old",
    "the lump is a few weeks old",
])
def test_a_rough_amount_said_of_a_finding_is_no_age(question: str) -> None:
    assert _person(question).age is None


@pytest.mark.parametrize(("question", "age_range"), [
    ("a secondary school pupil with a cough", (11.0, 18.0)),
    ("a high school student with headaches", (11.0, 18.0)),
    ("a school-leaver with a cough", (16.0, 19.0)),
    ("a boy going through puberty with a cough", (10.0, 16.0)),
    ("a pubescent girl with spots", (10.0, 16.0)),
    ("a man of pensionable age with a cough", (66.0, 100.0)),
])
def test_life_stages_in_words(question: str, age_range: tuple[float, float]) -> None:
    assert _person(question).age_range == age_range


@pytest.mark.parametrize("question", [
    "I've had acne since puberty",
    "when I was going through puberty I had acne, now I have a cough",
])
def test_puberty_past_is_no_age_now(question: str) -> None:
    assert _person(question).age is None
