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


IRRITABILITY = "HP:0000737"
HEMATOCHEZIA = "HP:0002573"


@pytest.mark.parametrize("question", [
    "my 9 month old has bouts of screaming and pulls his legs up",
    "she has screaming fits every 20 minutes",
])
def test_bouts_of_screaming_are_irritability(engine: Engine, question: str) -> None:
    assert IRRITABILITY in present_ids(engine, question)


def test_bare_screaming_stays_unread(engine: Engine) -> None:
    assert IRRITABILITY not in present_ids(engine, "the crowd was screaming")


def test_crying_with_legs_drawn_up_keeps_the_crying(engine: Engine) -> None:
    found = present_ids(engine, "episodes of inconsolable crying with her legs drawn up")
    assert {IRRITABILITY, ABDOMINAL_PAIN} <= found


def test_irritated_part_still_no_mood(engine: Engine) -> None:
    assert IRRITABILITY not in present_ids(engine, "my eye gets red and irritated")


def test_red_jelly_in_nappy_is_blood(engine: Engine) -> None:
    assert HEMATOCHEZIA in present_ids(engine, "there is red jelly in his nappy")


def _exposures(engine: Engine, question: str) -> set[str]:
    return {x.key for x in engine.interpret(question).exposures}


def test_weekend_of_drinking_is_heavy_alcohol(engine: Engine) -> None:
    assert "heavy-alcohol" in _exposures(engine, "pain after a heavy weekend of drinking")
    assert "heavy-alcohol" not in _exposures(
        engine, "my son has been drinking all night and weeing loads")


def test_toddler_tummy_pain_with_red_jelly_poo_raises_notice(engine: Engine) -> None:
    assert engine.ask("my baby has tummy pain and red jelly poo").urgent is not None
    # No age, or an older child: no notice from this combination.
    assert engine.ask("I have stomach pain and red jelly poo").urgent is None
    assert engine.ask("my 10 year old has tummy ache and red jelly poo").urgent is None
    # Blood alone (bloody diarrhoea, likelier an infection) raises none of this one.
    assert engine.ask("my 2 year old has diarrhoea with blood and tummy cramps").urgent is None
