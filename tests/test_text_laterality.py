"""text/laterality.py on the shipped ontology: a side said in the question against the side a
term's name says."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.laterality import said_side, side_reading

SIDES = {("left",): "unilateral", ("right",): "unilateral", ("one",): "unilateral",
         ("both",): "bilateral", ("all", "over"): "generalized", ("everywhere",): "generalized"}


@pytest.mark.parametrize(("words", "side"), [
    (["the", "left", "side"], "unilateral"), (["both", "eyes"], "bilateral"),
    (["left", "and", "right"], "bilateral"), (["one", "and", "both"], None),
    (["my", "face"], None), (["everywhere"], None)])
def test_said_side(words: list[str], side: str | None) -> None:
    assert said_side(words, SIDES) == side


@pytest.mark.parametrize(("term", "side", "read"), [
    ("HP:0430025", "unilateral", "HP:0012799"),  # Bilateral -> Unilateral facial palsy
    ("HP:0012799", "bilateral", "HP:0430025"),  # and back
    ("HP:0000508", "unilateral", "HP:0007687"),  # Ptosis -> Unilateral ptosis
    ("HP:0000508", "bilateral", "HP:0001488"),  # Ptosis -> Bilateral ptosis
    ("HP:0007687", "unilateral", "HP:0007687"),  # already the side said
    ("HP:0002315", "unilateral", "HP:0002315"),  # Headache: no side child, stays
    ("HP:9999999", "unilateral", "HP:9999999"),  # unknown id, stays
])
def test_side_reading(engine: Engine, term: str, side: str, read: str) -> None:
    assert side_reading(engine.knowledge.ontology, term, side) == read
