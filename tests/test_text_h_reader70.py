"""A sensation said of a body part, a birth and a stop of drinking in everyday verbs, an
earlier illness brought in by "a bout of", and names of illnesses with "fever" in them
(h-reader70, issue 14): one test group per mechanism."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import stem, tokenize

from .readings import answer_rank, present_ids

BACK_PAIN = "HP:0003418"
BREAST_PAIN = "HP:0034265"
KNEE_PAIN = "HP:0030839"
BURNING_PAIN = "HP:0033345"
HEADACHE = "HP:0002315"
DYSURIA = "HP:0100518"
BURNING_EYES = "HP:6000420"
FEVER = "HP:0001945"
DARK_URINE = "HP:0040319"
HERPES_ZOSTER = "MONDO:0005609"
RAYNAUD = "MONDO:0008364"


def _exposures(engine: Engine, question: str) -> set[str]:
    return {x.key for x in engine.interpret(question).exposures if not x.negated}


# A part said to be stinging, throbbing or burning hurts there.
@pytest.mark.parametrize(("question", "wanted"), [
    ("my back is stinging", {BACK_PAIN, BURNING_PAIN}),
    ("my back's stinging", {BACK_PAIN}),
    ("my left breast is burning, red and hot", {BREAST_PAIN, BURNING_PAIN}),
    ("my knee keeps throbbing after I run", {KNEE_PAIN}),
    ("my head is really throbbing", {HEADACHE}),
])
def test_a_part_said_to_sting_throb_or_burn_hurts_there(engine: Engine, question: str,
                                                        wanted: set[str]) -> None:
    assert wanted <= present_ids(engine, question)


@pytest.mark.parametrize(("question", "unwanted"), [
    ("a wasp stung my back", BACK_PAIN),
    ("I brushed my leg against some stinging nettles", BURNING_PAIN),
    ("my eyes are stinging", "HP:0200026"),  # Ocular pain: the lexicon's own term stays
])
def test_a_sting_that_is_no_sensation_of_a_part_stays(engine: Engine, question: str,
                                                      unwanted: str) -> None:
    assert unwanted not in present_ids(engine, question)


def test_the_lexicon_keeps_its_own_stinging_and_burning(engine: Engine) -> None:
    assert BURNING_EYES in present_ids(engine, "my eyes are stinging")
    assert DYSURIA in present_ids(engine, "it stings when I pee")


def test_the_stinging_needs_a_verb_between() -> None:
    tokens = tokenize("my back stinging nettles")
    assert tokens[2].stem == stem("stinging")
    tokens = tokenize("my back is stinging")
    assert tokens[3].stem == stem("pain")


def test_shingles_and_raynaud_stay_first(engine: Engine) -> None:
    assert answer_rank(engine, "my back is stinging on one side and now a rash of little "
                       "blisters has come up there", HERPES_ZOSTER) == 0
    assert answer_rank(engine, "my fingers go white in the cold and then turn red and "
                       "throbbing", RAYNAUD) <= 2


# A birth said with "had" or "having".
@pytest.mark.parametrize("question", [
    "since I had the baby four weeks ago I cry every day",
    "three months after having my baby my hair is falling out",
    "I've just had my baby and I cannot sleep",
])
def test_having_had_the_baby_is_a_recent_birth(engine: Engine, question: str) -> None:
    assert "recent-birth" in _exposures(engine, question)


@pytest.mark.parametrize("question", [
    "my sister had a baby last week and I have a headache",
    "we are having a baby in May and I have a headache",
    "since my baby started nursery he coughs",
])
def test_a_baby_of_others_or_to_come_is_no_birth(engine: Engine, question: str) -> None:
    assert "recent-birth" not in _exposures(engine, question)


# Drinking stopped, before no drink, is alcohol.
@pytest.mark.parametrize("question", [
    "I stopped drinking two days ago and now I am shaking",
    "I gave up drinking on Monday and can't sleep",
    "he quit drinking and now he is seeing things",
])
def test_stopped_drinking_is_heavy_alcohol(engine: Engine, question: str) -> None:
    assert "heavy-alcohol" in _exposures(engine, question)


def test_stopped_drinking_coffee_is_no_alcohol(engine: Engine) -> None:
    assert "heavy-alcohol" not in _exposures(
        engine, "I stopped drinking coffee two days ago and now I have a headache")


# An earlier illness brought in by "a bout of".
@pytest.mark.parametrize("question", [
    "since a bout of tonsillitis my throat hurts on one side",
    "after a bad bout of tonsillitis I can't open my mouth",
])
def test_a_bout_of_tonsillitis_before_is_a_throat_infection(engine: Engine,
                                                            question: str) -> None:
    assert "throat-infection" in _exposures(engine, question)


def test_tonsillitis_now_is_no_exposure(engine: Engine) -> None:
    assert "throat-infection" not in _exposures(engine, "I have tonsillitis")


# Illness names and urine colours of the lexicon's h-reader70 block.
@pytest.mark.parametrize("question", [
    "I had glandular fever last year and I am tired all the time",
    "I had rheumatic fever as a child and now I am breathless",
])
def test_an_illness_named_with_fever_is_no_fever(engine: Engine, question: str) -> None:
    assert FEVER not in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "my pee is the colour of cola",
    "my wee is the colour of tea",
    "my urine is the colour of coke",
])
def test_urine_the_colour_of_cola_or_tea_is_dark(engine: Engine, question: str) -> None:
    assert DARK_URINE in present_ids(engine, question)
