"""A blocked Eustachian tube in everyday words (issue 13, h-profiles21): an ear said to feel
plugged or clogged reads as the blocked ear it is, hearing one's own voice echo reads as
Autophony (not hearing voices), crackling in the ear is not lung crackles, and the Eustachian
tube dysfunction profile ranks near the top for its typical complaint after a cold.

These read questions with the real engine (embedded HPO 2025-01-16), so they are marked slow.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

pytestmark = pytest.mark.slow

HEARING_IMPAIRMENT = "HP:0000365"
AUTOPHONY = "HP:6000032"
AUDITORY_HALLUCINATION = "HP:0008765"
EUSTACHIAN_TUBE_DISORDER = "MONDO:0004866"
LUNG_CRACKLES = "HP:0030830"


@pytest.mark.parametrize("question", [
    "my ears feel plugged",
    "my left ear feels clogged since the flight",
    "a clogged feeling in both ears",
])
def test_plugged_or_clogged_ear_is_a_blocked_ear(engine: Engine, question: str) -> None:
    assert HEARING_IMPAIRMENT in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "I can hear my own voice echoing in my head",
    "my own voice echoes in my right ear",
])
def test_own_voice_echoing_is_autophony_not_hearing_voices(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert AUTOPHONY in ids
    assert AUDITORY_HALLUCINATION not in ids


def test_hearing_voices_stays_a_hallucination(engine: Engine) -> None:
    assert AUDITORY_HALLUCINATION in present_ids(engine, "I keep hearing voices at night")


def test_blocked_echoing_ear_after_a_cold_ranks_eustachian_tube_dysfunction(
    engine: Engine,
) -> None:
    answer = engine.ask("Since a cold last week my ear feels clogged and muffled and I can "
                        "hear my own voice echoing in my head", top=5)
    ids = [c.id for c in answer.ranking.candidates]
    assert EUSTACHIAN_TUBE_DISORDER in ids[:3]


@pytest.mark.parametrize("question", [
    "crackling in my ear when I swallow",
    "popping and crackling noises in both ears",
])
def test_ear_crackling_is_not_lung_crackles(engine: Engine, question: str) -> None:
    assert LUNG_CRACKLES not in present_ids(engine, question)


def test_chest_crackles_stay_crackles(engine: Engine) -> None:
    assert LUNG_CRACKLES in present_ids(engine, "crackles in my chest when I breathe")
