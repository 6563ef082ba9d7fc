"""Eyelashes and eyebrows said to fall out are their loss, not falls (lay_terms.yaml)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

FALLS, FREQUENT_FALLS = "HP:0002527", "HP:0002359"
LOSS_OF_EYELASHES, SPARSE_EYEBROW = "HP:0011457", "HP:0045075"


@pytest.mark.parametrize(("question", "term"), [
    ("my eyelashes are falling out", LOSS_OF_EYELASHES),
    ("my eyelashes keep falling out and my eyelids are red", LOSS_OF_EYELASHES),
    ("I'm losing my eyebrows and feel cold all the time", SPARSE_EYEBROW),
    ("her eyebrows are falling out", SPARSE_EYEBROW),
])
def test_lashes_or_brows_falling_out_are_their_loss(engine: Engine, question: str,
                                                    term: str) -> None:
    found = present_ids(engine, question)
    assert term in found
    assert FALLS not in found and FREQUENT_FALLS not in found


def test_falling_over_is_still_a_fall(engine: Engine) -> None:
    assert present_ids(engine, "I keep falling over") & {FALLS, FREQUENT_FALLS}
