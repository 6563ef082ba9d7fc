"""Lay wordings of h-lay12 (issue 14): urine brown or like tea or Coca-Cola, not getting up
from the floor, a hand that shakes at rest, not keeping up with the others, a baby like a rag
doll."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

DARK_URINE, MYOGLOBINURIA, GOWERS = "HP:0040319", "HP:0002913", "HP:0003391"
RESTING_TREMOR, EXERCISE_INTOLERANCE, HYPOTONIA = "HP:0002322", "HP:0003546", "HP:0001252"


@pytest.mark.parametrize(("text", "term"), [
    ("my pee is brown", DARK_URINE),
    ("my pee has been brown like tea for a few days", DARK_URINE),
    ("her wee is like tea", DARK_URINE),
    ("after football his pee is like coca cola", MYOGLOBINURIA),
    ("my 4 yr old cant get up from the floor without using his hands", GOWERS),
    ("she can't get up off the floor without using her hands", GOWERS),
    ("his hand shakes when its resting in his lap", RESTING_TREMOR),
    ("he cant keep up with other kids", EXERCISE_INTOLERANCE),
    ("she can't keep up with the others when they run", EXERCISE_INTOLERANCE),
    ("my baby is like a rag doll when I pick her up", HYPOTONIA),
])
def test_lay_wording_is_read(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_keeping_up_with_school_work_is_no_exercise_intolerance(engine: Engine) -> None:
    assert EXERCISE_INTOLERANCE not in present_ids(engine, "she cant keep up with her school work")


@pytest.mark.parametrize("text", ["my pee looks like coca-cola", "coca cola coloured urine"])
def test_coca_cola_is_cola(engine: Engine, text: str) -> None:
    assert MYOGLOBINURIA in present_ids(engine, text)
