"""Lay wordings of several classes (h-lay15, issue 14): a part that "kills" someone hurts as
one "killing" them does; "loosing" is "losing" and "shut" is "close"; "lost weight and feel
tired" has no loss of feeling; a finding word after a predicate whose site another describing
word took keeps that site ("my big toe is hot and swollen"); zigzag lights, pushing on the
legs to stand, a vomit "with force" or across the room, and liver tests "up" or "off"."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids

ABDOMINAL_PAIN = "HP:0002027"
KNEE_PAIN = "HP:0030839"
PAIN = "HP:0012531"
WEIGHT_LOSS = "HP:0001824"
ALOPECIA = "HP:0001596"
LAGOPHTHALMOS = "HP:0030001"
HYPOESTHESIA = "HP:0033748"
FATIGUE = "HP:0012378"
JOINT_SWELLING = "HP:0001386"
EDEMA = "HP:0000969"
SCINTILLATING_SCOTOMA = "HP:0010822"
GOWERS = "HP:0003391"
PROJECTILE_VOMITING = "HP:0002587"
TRANSAMINASES = "HP:0002910"


@pytest.mark.parametrize(("question", "term"), [
    ("my tummy kills me after I eat", ABDOMINAL_PAIN),
    ("my knee kills me when I walk", KNEE_PAIN),
])
def test_a_part_that_kills_someone_hurts(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_kills_said_of_no_part_names_no_pain(engine: Engine) -> None:
    assert PAIN not in finding_ids(engine, "this worry kills me")


@pytest.mark.parametrize(("question", "term"), [
    ("I've been loosing weight", WEIGHT_LOSS),
    ("loosing my hair in clumps", ALOPECIA),
    ("I can't shut my eye on that side", LAGOPHTHALMOS),
])
def test_loosing_and_shut_read_as_losing_and_close(
        engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "lost weight and feel exhausted",
    "I have lost weight and I feel tired",
    "lost weight and feeling tired",
])
def test_lost_weight_and_feel_tired_has_no_loss_of_feeling(
        engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert WEIGHT_LOSS in found and FATIGUE in found
    assert HYPOESTHESIA not in found


def test_a_swelling_after_a_hot_big_toe_is_the_joints(engine: Engine) -> None:
    found = present_ids(engine, "my big toe is hot and swollen")
    assert JOINT_SWELLING in found and EDEMA not in found


@pytest.mark.parametrize(("question", "term"), [
    ("i get zigzag lights in my eyes and then a headache", SCINTILLATING_SCOTOMA),
    ("my son pushes on his legs with his hands to stand up", GOWERS),
    ("she pushes on her legs to get up off the floor", GOWERS),
    ("he's being sick with force after feeds", PROJECTILE_VOMITING),
    ("his milk shoots across the room after every feed", PROJECTILE_VOMITING),
    ("the doctor said my liver tests are off", TRANSAMINASES),
    ("his liver bloods are up", TRANSAMINASES),
])
def test_lay_wordings_of_named_signs(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


NEURALGIA = "HP:0033345"
SCALING_SKIN = "HP:0040189"
TINNITUS = "HP:0000360"


@pytest.mark.parametrize("question", [
    "a burning, stabbing pain around the right side of my ribs",
    "a stabbing, burning pain in my foot",
])
def test_a_comma_between_two_pain_qualities_keeps_the_burning(
        engine: Engine, question: str) -> None:
    assert NEURALGIA in present_ids(engine, question)


def test_a_scaly_edge_is_scaling_skin(engine: Engine) -> None:
    assert SCALING_SKIN in present_ids(
        engine, "an itchy red ring with a scaly edge on the inside of my thigh")


def test_a_red_ringing_ear_stays_tinnitus(engine: Engine) -> None:
    found = present_ids(engine, "my ear is red and ringing")
    assert TINNITUS in found and "HP:0025528" not in found
