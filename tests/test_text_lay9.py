"""Plain words for where, how and what (h-lay9, issue 14): a side of a site named by a finger
or toe ("the thumb side of my wrist"), a joint or the back said to be at its worst, a change
that comes "in patches", noises in the ears named by their sound ("a whine"), crusts and
scabs of a sore, dark blood in the stool, a bulge in the groin, and a rash on the face that may
be a malar rash."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize

from .readings import answer_rank, present_ids

PAIN = "HP:0012531"
WRIST_PAIN = "HP:0030836"
FINGER_PAIN = "HP:0030837"
HAND_PAIN = "HP:0046505"
FOOT_PAIN = "HP:0025238"
TOE_PAIN = "HP:0030841"
LATERAL_FOOT_PAIN = "HP:6001153"
BACK_PAIN = "HP:0003418"
LOW_BACK_PAIN = "HP:0003419"
KNEE_PAIN = "HP:0030839"
HYPOPIGMENTED_PATCHES = "HP:0001053"
VITILIGO = "HP:0001045"
TINNITUS = "HP:0000360"
CRUSTING = "HP:0007473"
GI_HEMORRHAGE = "HP:0002239"
HEMATOCHEZIA = "HP:0002573"
MELENA = "HP:0002249"
INGUINAL_HERNIA = "HP:0000023"
COUGH = "HP:0012735"
FACIAL_ERYTHEMA = "HP:0001041"
MALAR_RASH = "HP:0025300"
RASH = "HP:0000988"
SLE = "OMIM:152700"


@pytest.mark.parametrize(("question", "site"), [
    ("pain on the thumb side of my wrist", WRIST_PAIN),
    ("pain on the little finger side of my wrist", WRIST_PAIN),
    ("an ache on the pinky side of my wrist", WRIST_PAIN),
    ("pain on the little finger side of my hand", HAND_PAIN),
    ("pain on the big toe side of my foot", FOOT_PAIN),
    ("pain along the little toe edge of my foot", LATERAL_FOOT_PAIN),
])
def test_a_finger_or_toe_before_side_of_names_a_side_not_a_digit(
        engine: Engine, question: str, site: str) -> None:
    read = present_ids(engine, question)
    assert site in read
    assert not read & {FINGER_PAIN, TOE_PAIN, PAIN}


@pytest.mark.parametrize(("question", "site"), [
    ("my little finger hurts", FINGER_PAIN),
    ("pain in my big toe", TOE_PAIN),
])
def test_a_finger_or_toe_said_as_a_site_stays_one(engine: Engine, question: str,
                                                   site: str) -> None:
    assert site in present_ids(engine, question)


def test_a_toe_side_is_the_foot_s_inner_or_outer_side() -> None:
    folded = [t.folded for t in tokenize("the little toe side of my foot")]
    assert folded == ["the", "outer", "side", "of", "my", "foot"]


@pytest.mark.parametrize(("question", "site"), [
    ("my lower back is at its worst first thing in the morning and eases once I move about",
     LOW_BACK_PAIN),
    ("my back is worst in the morning and eases when I move about", BACK_PAIN),
    ("my back's worse when I sit", BACK_PAIN),
    ("my knee is worse going down stairs", KNEE_PAIN),
])
def test_a_joint_or_the_back_at_its_worst_hurts(engine: Engine, question: str,
                                                 site: str) -> None:
    assert site in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "my eyesight is worse at night",
    "the pain came back worse",
    "my breathing is worse when I lie down",
])
def test_worse_said_of_no_joint_names_no_back_or_joint_pain(engine: Engine,
                                                            question: str) -> None:
    assert not present_ids(engine, question) & {BACK_PAIN, LOW_BACK_PAIN, KNEE_PAIN}


def test_skin_that_lost_its_colour_in_patches_is_patchy_loss_of_colour(engine: Engine) -> None:
    read = present_ids(engine, "my skin has lost its colour in patches on my hands")
    assert {HYPOPIGMENTED_PATCHES, VITILIGO} <= read


@pytest.mark.parametrize("question", [
    "a high pitched whine in both ears",
    "a constant whining in my ears at night",
    "a drone in my ears when it's quiet",
])
def test_noises_in_the_ears_named_by_their_sound_are_tinnitus(engine: Engine,
                                                              question: str) -> None:
    assert TINNITUS in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "crusty yellow scabs around my son's mouth",
    "yellow crusts around her nose",
])
def test_crusts_and_scabs_of_a_sore_are_crusting(engine: Engine, question: str) -> None:
    assert CRUSTING in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "dark blood mixed in with my stool",
    "dark red blood in my poo",
    "maroon coloured stools",
])
def test_dark_blood_in_the_stool_may_be_old_or_fresh(engine: Engine, question: str) -> None:
    assert {GI_HEMORRHAGE, HEMATOCHEZIA, MELENA} <= present_ids(engine, question)


def test_fresh_blood_stays_fresh(engine: Engine) -> None:
    read = present_ids(engine, "bright red blood on the toilet paper")
    assert HEMATOCHEZIA in read
    assert MELENA not in read


def test_a_bulge_in_the_groin_is_a_hernia_and_its_cough_only_a_circumstance(
        engine: Engine) -> None:
    read = present_ids(engine, "there's a bulge in my groin when I cough")
    assert INGUINAL_HERNIA in read
    assert COUGH not in read


@pytest.mark.parametrize("question", [
    "a rash on the face that gets worse in the sun, sore swollen finger joints and tired all the "
    "time, I'm a 29 year old woman",
    "I'm a 29 year old woman with joint pain and a rash on the face",
])
def test_a_rash_on_the_face_may_be_a_malar_rash(engine: Engine, question: str) -> None:
    # A rash on the face reads Facial erythema or Malar rash, so lupus (annotated with Malar
    # rash, which HPO files under Skin rash, not under Facial erythema) explains it.
    assert {FACIAL_ERYTHEMA, MALAR_RASH} <= present_ids(engine, question)
    assert answer_rank(engine, question, SLE) == 0


def test_a_red_face_alone_stays_facial_erythema(engine: Engine) -> None:
    assert MALAR_RASH not in present_ids(engine, "my face goes red easily when I'm embarrassed")


def test_a_rash_spreading_from_the_face_is_no_facial_rash(engine: Engine) -> None:
    # The face is where the rash started; it reads a rash of the skin, as before "rash on the
    # face" was a phrase.
    read = present_ids(engine, "a fine red rash spreading from the face to the body")
    assert RASH in read
    assert not read & {FACIAL_ERYTHEMA, MALAR_RASH}
