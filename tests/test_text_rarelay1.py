"""Lay wordings of rare diseases' hallmark signs (h-rarelay1, issue 14): "little" before a body
part is its size, as "small" is (text/normalize.py _read_little_as_small), which also reads
hp.obo's own layperson wordings with it ("Little lower jaw"); "black urine" is Dark urine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

MICROGNATHIA = "HP:0000347"
MICROTIA = "HP:0008551"
MICROCEPHALY = "HP:0000252"
SMALL_HAND = "HP:0200055"
DARK_URINE = "HP:0040319"
LOW_BACK_PAIN = "HP:0003419"


@pytest.mark.parametrize(("question", "term"), [
    ("Little lower jaw", MICROGNATHIA),
    ("my baby's eyes slant down and he has a little lower jaw", MICROGNATHIA),
    ("she has little ears", MICROTIA),
    ("he has a little head, and he is behind with walking", MICROCEPHALY),
    ("he has little hands and feet", SMALL_HAND),
])
def test_little_before_a_body_part_is_its_size(engine: Engine, question: str,
                                                term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("I have a little lower back pain", LOW_BACK_PAIN),
    ("my little finger is numb", None),
    ("I feel a little tired", None),
])
def test_little_as_a_degree_or_a_digit_says_no_size(engine: Engine, question: str,
                                                     term: str | None) -> None:
    read = present_ids(engine, question)
    assert not {MICROGNATHIA, MICROCEPHALY, SMALL_HAND} & read
    if term:
        assert term in read


@pytest.mark.parametrize("question", [
    "my dad's urine turns black if it is left standing",
    "his pee goes black",
])
def test_black_urine_is_dark_urine(engine: Engine, question: str) -> None:
    assert DARK_URINE in present_ids(engine, question)
