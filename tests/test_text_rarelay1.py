"""Lay wordings of rare diseases' hallmark signs (h-rarelay1, issue 14): "little" before a body
part is its size, as "small" is (text/normalize.py _read_little_as_small), which also reads
hp.obo's own layperson wordings with it ("Little lower jaw"); "black urine" is Dark urine; a
dislocation of several parts or from birth is the finding, no injury (text/injuries.py); a verb
of appearing between a lesion and its place is passed over (_pass_over_appearing)."""

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


HIP_DISLOCATION = "HP:0002827"
CONGENITAL_HIP_DISLOCATION = "HP:0001374"
PATELLAR_DISLOCATION = "HP:0002999"


@pytest.mark.parametrize(("question", "term"), [
    ("my baby has dislocated hips", HIP_DISLOCATION),
    ("Dislocated hip since birth", CONGENITAL_HIP_DISLOCATION),
    ("she has dislocated kneecaps and bendy joints", PATELLAR_DISLOCATION),
])
def test_a_dislocation_of_several_parts_or_from_birth_is_a_finding(
        engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)
    assert not engine.interpret(question).injuries


@pytest.mark.parametrize("question", ["I dislocated my shoulder playing rugby",
                                      "I have a dislocated shoulder"])
def test_a_dislocation_of_one_joint_stays_an_injury(engine: Engine, question: str) -> None:
    assert [i.key for i in engine.interpret(question).injuries] == ["injury"]


SUBCUTANEOUS_NODULE = "HP:0001482"
SOFT_SKIN = "HP:0000977"


@pytest.mark.parametrize("question", ["soft lumps growing under her skin",
                                      "she has lumps appearing under her skin"])
def test_a_verb_of_appearing_keeps_a_lesion_with_its_place(engine: Engine,
                                                           question: str) -> None:
    read = present_ids(engine, question)
    assert SUBCUTANEOUS_NODULE in read
    assert SOFT_SKIN not in read
