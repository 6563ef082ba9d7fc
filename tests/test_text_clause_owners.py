"""A noun keeps its own predicate (issue 14, h-reader21): a frame word of one clause does not
take the noun of the next ("more often and my urine ..."), a colour said "with blood" is blood
seen in the urine, and a painful red eye is eye pain as well as a red eye.

These read questions with the real engine (embedded HPO 2025-01-16), so they are marked slow.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

pytestmark = pytest.mark.slow

MACROSCOPIC_HEMATURIA = "HP:0012587"
POLLAKISURIA = "HP:0100515"
POLYURIA = "HP:0000103"
OCULAR_PAIN = "HP:0200026"
RED_EYE = "HP:0025337"
RED_URINE = "HP:0040318"


@pytest.mark.parametrize("question", [
    "my wee is red with blood",
    "my pee has turned red with blood",
    "my urine has been bright red with blood",
])
def test_red_urine_with_blood_is_visible_blood(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert MACROSCOPIC_HEMATURIA in ids
    assert RED_URINE not in ids


def test_frame_word_does_not_take_the_next_clauses_noun(engine: Engine) -> None:
    ids = present_ids(engine, "I keep going to the toilet more often and my urine has been "
                              "bright red with blood")
    assert {POLLAKISURIA, MACROSCOPIC_HEMATURIA} <= ids
    assert POLYURIA not in ids


def test_colour_without_with_stays_a_colour(engine: Engine) -> None:
    assert RED_URINE in present_ids(engine, "my urine is red after beetroot")
