"""Everyday wordings of common complaints (h-lay17, issue 14): food that "comes back up" is
reflux, no return; a thing said to switch "between" two states is each of them; a trigger
clause written without its comma ends at the main clause's subject; a verb joined by "and"
to "-ing" doings shares their subject; and lay words of bloating, urine dribbling, blocked
ears, irregular periods, anxiety, anhedonia, cotton buds and milky drinks."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

REFLUX = "HP:0002020"
DIARRHEA = "HP:0002014"
CONSTIPATION = "HP:0002019"
BLOATING = "HP:0003270"
FLATULENCE = "HP:0033589"
INCONTINENCE = "HP:0000020"
DROOLING = "HP:0002307"
HEARING_IMPAIRMENT = "HP:0000365"
IRREGULAR_PERIODS = "HP:0000858"
ANXIETY = "HP:0000739"
ANHEDONIA = "HP:0012154"
EMOTIONAL_LABILITY = "HP:0000712"
RECURRENT_FEVER = "HP:0001954"


@pytest.mark.parametrize("question", [
    "food keeps coming back up into my mouth",
    "milk comes back up after every feed",
    "she brings her milk back up",
])
def test_food_that_comes_back_up_is_reflux(engine: Engine, question: str) -> None:
    assert REFLUX in present_ids(engine, question)


def test_a_fever_that_comes_back_still_recurs(engine: Engine) -> None:
    assert RECURRENT_FEVER in present_ids(engine, "fevers that keep coming back")


@pytest.mark.parametrize("question", [
    "my poo keeps switching between runny and hard",
    "my stools alternate between loose and hard",
])
def test_stools_switching_between_two_states_are_both(engine: Engine, question: str) -> None:
    assert {DIARRHEA, CONSTIPATION} <= present_ids(engine, question)


def test_mood_swings_stay_mood_swings(engine: Engine) -> None:
    assert EMOTIONAL_LABILITY in present_ids(engine, "my mood swings between high and low")


def test_a_trigger_clause_without_its_comma_ends_at_the_next_subject(engine: Engine) -> None:
    found = present_ids(engine, "every time i have milk i get bloated and windy")
    assert {BLOATING, FLATULENCE} <= found


def test_a_verb_joined_to_doings_shares_their_subject(engine: Engine) -> None:
    question = "my ears keep popping and crackling and feel blocked"
    assert HEARING_IMPAIRMENT in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("my tummy blows up like a balloon by the evening", BLOATING),
    ("the flow is weak and i keep dribbling after ive finished", INCONTINENCE),
    ("my ears feel bunged up", HEARING_IMPAIRMENT),
    ("my periods have gone all over the place", IRREGULAR_PERIODS),
    ("I feel on edge", ANXIETY),
    ("cant be bothered with anything i used to enjoy", ANHEDONIA),
])
def test_lay_wordings(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_urine_dribbling_is_no_drooling(engine: Engine) -> None:
    found = present_ids(engine, "the flow is weak and i keep dribbling after ive finished")
    assert DROOLING not in found


def test_the_edge_of_a_part_is_no_anxiety(engine: Engine) -> None:
    assert ANXIETY not in present_ids(engine, "the edge of my tongue is sore")


def test_cotton_buds_weigh_earwax(engine: Engine) -> None:
    answer = engine.ask("blocked ear and i cant hear out of it properly since i used cotton "
                        "buds, it feels full")
    assert [e.key for e in answer.interpretation.exposures] == ["cotton-buds"]
    assert answer.ranking.candidates[0].name.startswith("Earwax")


def test_a_latte_is_a_dairy_food(engine: Engine) -> None:
    exposures = engine.interpret("every time i have a latte i get bloated").exposures
    assert "dairy-foods" in {e.key for e in exposures}


def test_sudden_floaters_and_flashes_raise_an_urgent_notice(engine: Engine) -> None:
    answer = engine.ask("suddenly got loads of floaters in one eye and little flashes of light "
                        "at the edge, im 60")
    assert answer.urgent is not None
    assert any("retina" in advice for advice in answer.urgent.advice)


def test_floaters_had_for_years_raise_no_notice(engine: Engine) -> None:
    answer = engine.ask("I have had a few floaters for years, they are not getting worse")
    assert answer.urgent is None
