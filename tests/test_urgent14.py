"""Urgent conditions told in everyday words (h-urgent14, issue 13): the back of the leg below
the knee is the calf (not the knee, nor the lower back), and a baby's legs "drawn up" to the
tummy show tummy pain."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

CALF_PAIN = "HP:0031921"  # Gastrocnemius myalgia
KNEE_PAIN = "HP:0030839"
LOW_BACK_PAIN = "HP:0003419"
LOWER_LIMB_PAIN = "HP:0012514"
ABDOMINAL_PAIN = "HP:0002027"
DVT = "MONDO:0005399"
INTUSSUSCEPTION = "MONDO:0007835"


@pytest.mark.parametrize("question", [
    "the back of my leg below the knee is swollen and sore",
    "I have pain at the back of my leg below my knee",
    "the back of her lower leg hurts",
    "pain in the backs of my legs, just below the knees",
])
def test_back_of_leg_below_knee_is_calf(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert CALF_PAIN in found
    assert not found & {KNEE_PAIN, LOW_BACK_PAIN}


def test_back_of_leg_alone_stays_the_leg(engine: Engine) -> None:
    # The back of the leg may be the thigh: no calf without the knee or "lower".
    found = present_ids(engine, "the back of my leg is sore")
    assert LOWER_LIMB_PAIN in found and CALF_PAIN not in found


def test_swollen_calf_said_below_knee_ranks_dvt(engine: Engine) -> None:
    question = "the back of my leg below the knee is swollen, warm and sore since my long flight"
    assert answer_rank(engine, question, DVT) < 3


@pytest.mark.parametrize("question", [
    "my baby cries with her legs drawn up to her stomach",
    "he screams with his legs pulled up to his tummy",
])
def test_legs_drawn_up_is_tummy_pain(engine: Engine, question: str) -> None:
    assert ABDOMINAL_PAIN in present_ids(engine, question)


def test_knees_drawn_up_alone_is_a_posture(engine: Engine) -> None:
    assert ABDOMINAL_PAIN not in present_ids(engine, "he sits with his knees drawn up")


def test_crying_bouts_legs_drawn_up_ranks_intussusception(engine: Engine) -> None:
    question = ("my 1 year old has episodes of inconsolable crying with her legs drawn up to "
                "her stomach and keeps vomiting")
    assert answer_rank(engine, question, INTUSSUSCEPTION) < 5
