"""An age bound said with its unit or of a young stage (h-age15, issue 14).

"A baby under 3 months" is a baby of up to three months, not any baby; "babies aged under 6
weeks" is weeks, not years; "less than a month old" is up to one month; "a child under 5" and
"a toddler over 2" narrow the stage's ages. A pregnancy's months ("she's over 3 months
pregnant") and a measure ("a child under 5 kg") are no age bound.
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
