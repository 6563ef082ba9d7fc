"""Carers' plain words for the hallmark signs of rare diseases (h-lay7, issue 14): the entries
of lay_terms.yaml's h-lay7 block, white and pale patches that may be hypopigmented macules, a
colour said twice of one patch ("pale white patches") read once, and guards for what the
new wordings may not read."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, finding_ids, present_ids

JOINT_HYPERMOBILITY = "HP:0001382"
ATROPHIC_SCARS = "HP:0001075"
CIGARETTE_PAPER_SCARS = "HP:0001073"
DECREASED_BODY_WEIGHT = "HP:0004325"
DOWNSLANTED = "HP:0000494"
UPSLANTED = "HP:0000582"
SPEECH_DELAY = "HP:0000750"
LOSS_OF_SPEECH = "HP:0002371"
DEVELOPMENTAL_REGRESSION = "HP:0002376"
REDUCED_EYE_CONTACT = "HP:0000817"
HEARING_IMPAIRMENT = "HP:0000365"
JOINT_HEMORRHAGE = "HP:0005261"
JOINT_SWELLING = "HP:0001386"
PHOTOPHOBIA = "HP:0000613"
PROMINENT_FOREHEAD = "HP:0011220"
FRONTAL_BOSSING = "HP:0002007"
HYPOPIGMENTED_PATCHES = "HP:0001053"
HYPOPIGMENTED_PATCHES_ON_ARMS = "HP:0007526"
HYPOPIGMENTED_MACULE = "HP:0020073"
PALLOR = "HP:0000980"
SCALING_SKIN = "HP:0040189"


@pytest.mark.parametrize(("question", "term"), [
    ("her joints bend further than they should", JOINT_HYPERMOBILITY),
    ("her cuts heal into thin scars", ATROPHIC_SCARS),
    ("wide thin scars on his knees", CIGARETTE_PAPER_SCARS),
    ("scars like tissue paper on her shins", CIGARETTE_PAPER_SCARS),
    ("his eyes slope downwards at the sides", DOWNSLANTED),
    ("her eyes slant upwards", UPSLANTED),
    ("my 3 year old hardly talks", SPEECH_DELAY),
    ("she stopped talking at 18 months", LOSS_OF_SPEECH),
    ("she stopped talking at 18 months", DEVELOPMENTAL_REGRESSION),
    ("my son makes no eye contact", REDUCED_EYE_CONTACT),
    ("our baby failed her newborn hearing test", HEARING_IMPAIRMENT),
    ("his knee swelled up with blood after a little bump", JOINT_HEMORRHAGE),
    ("his elbow filled with blood", JOINT_HEMORRHAGE),
    ("she squints in bright light", PHOTOPHOBIA),
    ("his eyes wobble and he screws them up in bright light", PHOTOPHOBIA),
    ("a big head with a bulging forehead", PROMINENT_FOREHEAD),
    ("a big head with a bulging forehead", FRONTAL_BOSSING),
    ("she has white patches on her skin", HYPOPIGMENTED_MACULE),
])
def test_h_lay7_lay_terms(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_thin_scars_are_no_thin_person(engine: Engine) -> None:
    ids = finding_ids(engine, "her cuts heal into wide thin scars")
    assert DECREASED_BODY_WEIGHT not in ids
    assert DECREASED_BODY_WEIGHT in present_ids(engine, "she is very thin")


def test_a_knee_that_swelled_without_blood_stays_a_swollen_joint(engine: Engine) -> None:
    ids = present_ids(engine, "his knee swelled up after football")
    assert JOINT_HEMORRHAGE not in ids
    assert JOINT_SWELLING in ids


def test_a_colour_said_twice_of_one_patch_is_read_once(engine: Engine) -> None:
    findings = [f for f in engine.interpret("pale white patches on his skin").findings
                if HYPOPIGMENTED_PATCHES in f.ids]
    assert len(findings) == 1
    assert PALLOR not in finding_ids(engine, "pale white patches on his skin")


def test_a_pale_patch_with_other_describing_words_keeps_its_colour(engine: Engine) -> None:
    ids = present_ids(engine, "pale scaly patches on her arms")
    # h-sites15: "pale" takes the site of the patches after it, HPO's narrower term for the
    # arms (Hypopigmented skin patches on arms, below Hypopigmented skin patches).
    assert ids & {HYPOPIGMENTED_PATCHES, HYPOPIGMENTED_PATCHES_ON_ARMS}
    assert SCALING_SKIN in ids


def test_white_patches_with_fits_bring_tuberous_sclerosis_near(engine: Engine) -> None:
    # Tuberous sclerosis is annotated with Hypomelanotic macule ("white or lighter patches of
    # skin"), a child of Hypopigmented macule, and with seizures.
    assert answer_rank(engine, "he has fits and white patches on his skin", "ORPHA:805") < 5


HETEROCHROMIA = "HP:0001100"
BLUE_IRIDES = "HP:0000635"


@pytest.mark.parametrize("question", [
    "he won't look us in the eye", "she never looks people in the eyes",
    "my son doesn't look anyone in the eye",
])
def test_not_looking_someone_in_the_eye_is_reduced_eye_contact(engine: Engine,
                                                               question: str) -> None:
    assert REDUCED_EYE_CONTACT in present_ids(engine, question)


def test_looking_someone_in_the_eye_is_no_finding(engine: Engine) -> None:
    assert REDUCED_EYE_CONTACT not in finding_ids(engine, "she looks me in the eye when she talks")


@pytest.mark.parametrize("question", [
    "one blue eye and one brown eye", "one eye is blue and the other is brown",
    "my daughter has one green eye and the other one brown",
])
def test_eyes_of_two_colours_are_heterochromia(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert HETEROCHROMIA in ids
    assert BLUE_IRIDES not in ids


def test_two_eyes_of_one_colour_are_no_heterochromia(engine: Engine) -> None:
    assert HETEROCHROMIA not in finding_ids(engine, "one blue eye and one blue eye")


PETECHIAE = "HP:0000967"
LIP_TELANGIECTASIA = "HP:0000214"
FINGERPAD_TELANGIECTASES = "HP:0006107"


def test_red_spots_on_the_lips_and_fingertips_may_be_telangiectasia(engine: Engine) -> None:
    ids = present_ids(engine, "red spots on my lips and fingertips")
    assert {PETECHIAE, LIP_TELANGIECTASIA, FINGERPAD_TELANGIECTASES} <= ids


def test_tiny_red_spots_stay_petechiae(engine: Engine) -> None:
    assert present_ids(engine, "tiny red spots on his legs") == {PETECHIAE}
