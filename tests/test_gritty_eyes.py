"""Gritty or sandy eyes name a sensation: HPO's Corneal foreign body sensation is the reading
meant first, Keratoconjunctivitis sicca (dry eye, a diagnosis) the other. With the diagnosis
first, dry eye disease led red, gritty eyes stuck shut with yellow discharge by a hair."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank

FOREIGN_BODY_SENSATION = "HP:0034804"
DRY_EYE_TERM = "HP:0001097"
CONJUNCTIVITIS = "MONDO:0003799"


@pytest.mark.parametrize("text", ["my eyes feel gritty", "gritty eyes", "sandy eyes"])
def test_gritty_eyes_read_the_sensation_first(engine: Engine, text: str) -> None:
    groups = [f.ids for f in engine.interpret(text).findings if f.is_group]
    assert groups and groups[0][:2] == (FOREIGN_BODY_SENSATION, DRY_EYE_TERM)


def test_red_gritty_eyes_with_discharge_point_to_conjunctivitis(engine: Engine) -> None:
    question = "both eyes red and gritty, stuck shut with yellow gunk when I wake up"
    assert answer_rank(engine, question, CONJUNCTIVITIS) == 0
