"""Ages in words and age-bounded emergencies (h-age5, issue 14).

The reader gives the age of relatives by marriage, step-parents, great-grandparents, cousins
and neighbours ("my mother-in-law is 80"), of a person described before the noun ("a frail
woman of 88") and of one who "has just turned 2". A red-flag combination may hold at some
ages only (`ages` in red_flag_combinations.yaml): a headache with jaw pain on chewing is
giant cell arteritis's urgent sign in a person of 50 or over, and a jaw-joint complaint in a
young one.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.curated import parse_red_flag_combinations
from whatcauses.text.context import read_person


@pytest.mark.parametrize(("question", "age"), [
    ("my mother-in-law is 80 and confused", 80.0),
    ("my father in law is 75 and breathless", 75.0),
    ("my sister-in-law, 40, has migraines", 40.0),
    ("my step-dad is 70 and breathless", 70.0),
    ("my stepmum who is 70 is breathless", 70.0),
    ("my cousin is 25 and has spots", 25.0),
    ("my neighbour is 80 and keeps falling", 80.0),
])
def test_relatives_by_marriage_and_others_give_their_age(question: str, age: float) -> None:
    assert read_person(question).age == age


@pytest.mark.parametrize(("question", "age"), [
    ("my great grandad is 90 and confused", 90.0),
    ("my great-grandmother, 94, is confused", 94.0),
])
def test_a_great_grandparent_s_own_age_is_read_not_a_grandparent_s(question: str,
                                                                    age: float) -> None:
    assert read_person(question).age == age


@pytest.mark.parametrize(("question", "age"), [
    ("a frail woman of 88 fell", 88.0),
    ("a retired man of seventy-two with back pain", 72.0),
    ("a fit and healthy man of 45 with chest pain", 45.0),
])
def test_a_person_described_before_the_noun_of_an_age(question: str, age: float) -> None:
    assert read_person(question).age == age


def test_a_babys_months_after_of_stay_the_baby_s_and_a_measure_no_age() -> None:
    # h-age16: the months themselves are read now (was any baby, 6 months).
    assert read_person("my baby girl of 4 months has a cough").age == pytest.approx(4 / 12)
    assert read_person("a tall man of 6 foot with back pain").age is None


def test_who_has_just_turned_is_an_age_but_who_has_is_not() -> None:
    assert read_person("my son who has just turned 2 has a fever").age == 2.0
    assert read_person("my dad, who turned 80 last month, is confused").age == 80.0
    assert read_person("my sister who has 2 dogs has a headache").age is None


def test_a_combination_s_ages_must_run_upwards() -> None:
    raw = [{"name": "x", "findings": [["HP:0001945"]], "ages": [60, 50],
            "advice": "Call now.", "source": "a guideline"}]
    with pytest.raises(DataError):
        parse_red_flag_combinations(raw)
    raw[0]["ages"] = [50, 120]
    (combination,) = parse_red_flag_combinations(raw)
    assert combination.ages == (50.0, 120.0)
    assert combination.fits_age(72.0) and not combination.fits_age(35.0)
    assert not combination.fits_age(None)


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "my mother is 72 and has a new headache at her temple and her jaw hurts when she chews",
    "my granddad is in his seventies and has a headache, and his jaw aches when he chews",
])
def test_headache_with_jaw_pain_on_chewing_past_50_is_urgent(engine: Engine,
                                                            question: str) -> None:
    answer = engine.ask(question)
    assert answer.urgent is not None
    assert any("giant cell arteritis" in a.lower() for a in answer.urgent.advice)


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "I'm 35 and get headaches and my jaw hurts when I chew",
    "headaches and my jaw hurts when I chew",  # no age: a jaw joint's complaint as well
])
def test_the_same_complaint_young_or_of_no_age_stays_quiet(engine: Engine,
                                                          question: str) -> None:
    assert engine.ask(question).urgent is None


@pytest.mark.slow
def test_giant_cell_arteritis_leads_for_an_older_woman(engine: Engine) -> None:
    answer = engine.ask("my mother is 72 and has a new headache at her temple and her jaw "
                        "hurts when she chews")
    assert answer.ranking.candidates[0].name.startswith("Giant cell arteritis")


def test_well_into_a_decade_and_a_bare_half_year() -> None:
    reading = read_person("my dad is well into his eighties and confused")
    assert reading.age_range == (80.0, 90.0)
    assert read_person("my daughter is two and a half and coughs at night").age == 2.5
    # Relatives' decade stays theirs: "into their forties" after a family side.
    assert read_person("on my dad's side they all went deaf well into their forties").age is None


@pytest.mark.parametrize(("question", "age"), [
    ("at 75 my hearing is going", 75.0),
    ("At 82, her memory is getting worse", 82.0),
    ("at 16 my periods stopped", None),  # when it happened, not the age now
    ("at 30 my dad had a heart attack", None),
    ("at 3 my son wakes screaming", None),  # a time of night
])
def test_at_an_age_before_a_faculty_said_in_the_present(question: str,
                                                       age: float | None) -> None:
    assert read_person(question).age == age


@pytest.mark.slow
def test_a_newborn_s_watery_sticky_eye_is_a_blocked_tear_duct_first(engine: Engine) -> None:
    question = ("my newborn's eye is always watery and sticky, tears run down her cheek even "
                "when she isn't crying")
    sticky = [f for f in engine.interpret(question).findings if f.text == "sticky"]
    assert sticky and set(sticky[0].ids) == {"HP:0000509", "HP:0034427"}
    assert engine.ask(question).ranking.candidates[0].name.startswith("Blocked tear duct")
