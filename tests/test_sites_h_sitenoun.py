"""Site reading, h-sitenoun (issue 14, body sites in rare-disease questions): a verb of appearing
or of position between a lesion and its place is read over the auxiliary, repetition or
relative pronoun before it and the adverb after it ("a lump has popped up on my wrist", "bumps
keep appearing along her spine", "a lump sitting just above my testicle"); lumps over the spine
or the hips are nodules of the skin; the place of an artery or a pulse only places it ("the
pulse in my left arm is weak" is a Weak pulse, no weakness of the arm)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import FILLER_MARK, tokenize

from .readings import present_ids

SKIN_NODULE = "HP:0200036"
SUBCUTANEOUS_NODULE = "HP:0001482"
TESTICULAR_MASS = "HP:0032404"
WRIST_SWELLING = "HP:0001225"
WEAK_PULSE = "HP:0032553"
UPPER_LIMB_WEAKNESS = "HP:0003484"
LOWER_LIMB_WEAKNESS = "HP:0007340"
MUSCLE_WEAKNESS = "HP:0001324"
AXILLARY_LYMPHADENOPATHY = "HP:0034752"


@pytest.mark.parametrize("question", [
    "hard bony lumps keep popping up near my son's knees",
    "lumps keep appearing on my arms",
    "lumps have grown on the backs of both my ankles",
    "bumps that keep appearing on her legs",
    "lumps started appearing on my arms",
])
def test_a_verb_of_appearing_after_an_auxiliary_keeps_a_lump_at_its_place(
        engine: Engine, question: str) -> None:
    assert SKIN_NODULE in present_ids(engine, question)


def test_a_verb_of_position_and_an_adverb_keep_a_lump_at_its_place(engine: Engine) -> None:
    assert TESTICULAR_MASS in present_ids(engine, "a lump sitting just above my left testicle")
    assert WRIST_SWELLING in present_ids(engine, "a lump has popped up on my wrist")


def test_lumps_keep_coming_up_in_the_armpits_as_before(engine: Engine) -> None:
    assert AXILLARY_LYMPHADENOPATHY in present_ids(engine, "lumps keep appearing in my armpits")
    assert AXILLARY_LYMPHADENOPATHY in present_ids(engine, "lumps keep coming up in my armpits")


def test_the_verb_is_passed_over_only_after_a_lesion_and_before_a_place() -> None:
    # "keep" and the verb are no words between the lesion and its place ...
    folded = [t.folded for t in tokenize("bumps keep appearing along her spine")]
    assert folded[1:3] == [FILLER_MARK, FILLER_MARK]
    # ... a word of beginning stays one ...
    folded = [t.folded for t in tokenize("lumps started appearing on my arms")]
    assert folded[:3] == ["lumps", "started", FILLER_MARK]
    # ... and a verb of growing said of no lesion, or with no place after it, keeps its words.
    assert "growing" in [t.folded for t in tokenize("my hair has been growing on my back")]
    assert "growing" in [t.folded for t in tokenize("the lumps keep growing")]


@pytest.mark.parametrize("question", [
    "bumps keep appearing along her spine",
    "lumps on his hips",
    "hard chalky lumps keep growing around his hips and elbows",
])
def test_lumps_over_the_spine_or_the_hips_are_skin_nodules(engine: Engine,
                                                           question: str) -> None:
    read = present_ids(engine, question)
    assert SKIN_NODULE in read
    assert SUBCUTANEOUS_NODULE in read


def test_a_lump_in_the_spine_is_no_skin_nodule(engine: Engine) -> None:
    assert SKIN_NODULE not in present_ids(engine, "a lump in my spine")


@pytest.mark.parametrize("question", [
    "the pulse in my left arm is weak",
    "the pulses in his feet are weak",
    "the pulse in my left wrist is weak and my arm aches when I use it",
])
def test_the_place_of_a_pulse_only_places_it(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert WEAK_PULSE in read
    assert not {UPPER_LIMB_WEAKNESS, LOWER_LIMB_WEAKNESS, MUSCLE_WEAKNESS} & read


def test_a_weak_arm_is_still_weak(engine: Engine) -> None:
    read = present_ids(engine, "my left arm is weak and the muscles in my legs are weak")
    assert UPPER_LIMB_WEAKNESS in read
    assert LOWER_LIMB_WEAKNESS in read


# ---- a part bigger or longer than the other side ----

LOWER_LIMB_ASYMMETRY = "HP:0100559"
UPPER_LIMB_ASYMMETRY = "HP:0100560"
FACIAL_ASYMMETRY = "HP:0000324"
BREAST_ASYMMETRY = "HP:0010312"
BREAST_HYPERTROPHY = "HP:0010313"
SMALL_FACE = "HP:0000274"
SHORT_STATURE = "HP:0004322"


@pytest.mark.parametrize(("question", "term"), [
    ("one leg is longer than the other", LOWER_LIMB_ASYMMETRY),
    ("my right leg is longer and thicker than the other one", LOWER_LIMB_ASYMMETRY),
    ("his right leg is bigger than his left", LOWER_LIMB_ASYMMETRY),
    ("his left arm is longer than his right arm", UPPER_LIMB_ASYMMETRY),
    ("the left side of her face is smaller than the right", FACIAL_ASYMMETRY),
    ("one breast is bigger than the other", BREAST_ASYMMETRY),
])
def test_a_part_bigger_than_the_other_side_is_an_asymmetry(engine: Engine, question: str,
                                                            term: str) -> None:
    read = present_ids(engine, question)
    assert term in read
    assert not {BREAST_HYPERTROPHY, SMALL_FACE} & read


def test_a_comparison_with_other_people_keeps_its_words(engine: Engine) -> None:
    assert SHORT_STATURE in present_ids(engine, "he is shorter than the other kids")
    folded = [t.folded for t in tokenize("my legs are thinner than the other girls' legs")]
    assert "asymmetric" not in folded
