"""Urine said to be less than usual reads Oliguria (h-misses1, issue 13; lay_terms.yaml)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

OLIGURIA = "HP:0100520"


@pytest.mark.parametrize("question", [
    "I'm peeing much less than usual and my ankles are swollen",
    "my son is weeing less than normal",
])
def test_peeing_less_than_usual_is_oliguria(engine: Engine, question: str) -> None:
    assert OLIGURIA in present_ids(engine, question)


def test_peeing_less_without_a_comparison_is_not_oliguria(engine: Engine) -> None:
    assert OLIGURIA not in present_ids(engine, "I'm peeing less at night since I cut down on tea")
