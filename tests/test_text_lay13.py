"""Lay wordings of common genital, urinary and post-infectious presentations (h-lay13, issue
14): "down there" as the genitals ("down below"), a discharge described by its curd-like
texture, "pinky" urine after a verb of looking and the "-y" colours, the side of the back as
the flank, legs that kick or jerk in sleep, and a stomach bug said to come first as the
exposure Guillain-Barre syndrome follows."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

VAGINAL_PRURITUS = "HP:0030161"
PRURITUS = "HP:0000989"
VAGINAL_DISCHARGE = "HP:0034269"
PINK_URINE = "HP:0032001"
FLANK_PAIN = "HP:0030157"
PINKY_SITE_NUMB = "HP:0033748"  # Hypoesthesia
PERIODIC_LIMB_MOVEMENTS = "HP:5200295"
THRUSH = "MONDO:0006014"
GBS = "ORPHA:98916"


@pytest.mark.parametrize("question", [
    "itchy down there",
    "very itchy and sore down there",
    "itching down there for a week",
])
def test_down_there_is_the_genitals(engine: Engine, question: str) -> None:
    assert VAGINAL_PRURITUS in present_ids(engine, question)


def test_down_there_after_a_verb_of_placing_is_a_place(engine: Engine) -> None:
    assert VAGINAL_PRURITUS not in present_ids(engine, "my back is itchy when I lie down there")


@pytest.mark.parametrize("question", [
    "thick white cottage cheese discharge",
    "a white curdy discharge",
    "thick white curd like discharge",
    "a discharge like cottage cheese",
])
def test_curd_like_discharge(engine: Engine, question: str) -> None:
    assert VAGINAL_DISCHARGE in present_ids(engine, question)


def test_cheesy_stuff_from_a_skin_lump_is_no_vaginal_discharge(engine: Engine) -> None:
    question = "a lump in the skin of my back, sometimes cheesy stuff comes out"
    assert VAGINAL_DISCHARGE not in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "my wife says my legs jerk all night in bed",
    "he kicks in his sleep",
])
def test_kicking_through_the_night_is_periodic_limb_movements(engine: Engine,
                                                              question: str) -> None:
    assert PERIODIC_LIMB_MOVEMENTS in present_ids(engine, question)


def test_a_baby_kicking_all_night_is_no_limb_movement(engine: Engine) -> None:
    assert PERIODIC_LIMB_MOVEMENTS not in present_ids(engine, "the baby kicks all night")


@pytest.mark.parametrize("question", [
    "when I went for a wee it looked pinky",
    "my wee was a bit pinky",
])
def test_pinky_said_of_urine_is_pink(engine: Engine, question: str) -> None:
    assert PINK_URINE in present_ids(engine, question)


def test_pinky_finger_stays_a_finger(engine: Engine) -> None:
    found = present_ids(engine, "my pinky is numb")
    assert PINK_URINE not in found and PINKY_SITE_NUMB in found


def test_side_of_the_back_is_the_flank(engine: Engine) -> None:
    assert FLANK_PAIN in present_ids(engine, "a pain in my right side in my back")


def test_stomach_bug_before_is_an_exposure(engine: Engine) -> None:
    reading = engine.interpret("two weeks after a nasty tummy bug my feet started tingling")
    assert [e.key for e in reading.exposures] == ["recent-gut-infection"]


def test_stomach_bug_now_is_no_exposure(engine: Engine) -> None:
    assert not engine.interpret("I have a stomach bug").exposures


def test_thrush_from_a_curd_like_discharge_down_there(engine: Engine) -> None:
    question = "thick white cottage cheese discharge, very itchy and sore down there"
    assert answer_rank(engine, question, THRUSH) < 3


def test_stomach_bug_before_rising_weakness_lifts_guillain_barre(engine: Engine) -> None:
    plain = "my feet went tingly and now my legs are getting weaker every day"
    after = "a week after a stomach bug my feet went tingly and now my legs are getting weaker"
    assert answer_rank(engine, after, GBS, top=30) <= answer_rank(engine, plain, GBS, top=30)
