"""Profiles and lump words of h-profiles32, on the real engine: a lump behind the knee read as
a popliteal (Baker's) cyst, and the slipped capital femoral epiphysis, osteomyelitis, breast
fibroadenoma and popliteal cyst profiles ranking for their typical presentation."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

POPLITEAL_SYNOVIAL_CYST = "HP:0032072"
SCFE, OSTEOMYELITIS = "MONDO:0018382", "MONDO:0005246"
FIBROADENOMA, POPLITEAL_CYST = "MONDO:0002056", "MONDO:0008288"


@pytest.mark.parametrize("question", [
    "What causes a lump behind the knee?",
    "there is a lump behind my left knee",
    "my son has a lump behind his knee",
])
def test_a_lump_behind_the_knee_is_read(engine: Engine, question: str) -> None:
    assert POPLITEAL_SYNOVIAL_CYST in present_ids(engine, question)


def test_a_lump_behind_the_knee_puts_a_bakers_cyst_first(engine: Engine) -> None:
    assert answer_rank(engine, "What causes a lump behind the knee?", POPLITEAL_CYST) == 0


def test_a_teenager_with_hip_pain_and_a_limp_lists_a_slipped_hip(engine: Engine) -> None:
    question = "13 year old boy with hip pain, he limps and can't bend his hip properly"
    assert answer_rank(engine, question, SCFE) < 3


def test_a_feverish_child_who_will_not_bear_weight_lists_a_bone_infection(engine: Engine) -> None:
    question = ("My 6 year old has a high fever and won't put weight on his leg, "
                "his shin is tender and swollen")
    assert answer_rank(engine, question, OSTEOMYELITIS) < 3


def test_a_young_womans_breast_lump_puts_a_fibroadenoma_first(engine: Engine) -> None:
    question = "Painless lump in my breast that slides under my fingers, I'm 19"
    assert answer_rank(engine, question, FIBROADENOMA) == 0


def test_an_older_womans_breast_lump_does_not_put_a_fibroadenoma_first(engine: Engine) -> None:
    question = "I am 63 and found a hard lump in my breast"
    assert answer_rank(engine, question, FIBROADENOMA) != 0
