"""Lay words found by the lead's own probes (probe_lead-ear.yaml, probe_lead-urinary.yaml): the
sounds people name for tinnitus (NHS "Tinnitus"; RNID "Signs of tinnitus"), urinary urgency and
incontinence told as trips to the toilet, colour changes told with a change verb."""

from __future__ import annotations

import pytest

from tests.readings import present_ids
from whatcauses.engine import Engine

TINNITUS = "HP:0000360"


@pytest.mark.parametrize("question", [
    "a humming in my ears all day",
    "I hear a hissing noise in my ear at night",
    "whistling in both my ears",
    "a beeping in my left ear",
    "there are noises in my ears that nobody else hears",
])
def test_named_sounds_in_the_ears_are_tinnitus(engine: Engine, question: str) -> None:
    assert TINNITUS in present_ids(engine, question)


def test_no_sounds_in_the_ears_excludes_tinnitus(engine: Engine) -> None:
    assert TINNITUS not in present_ids(engine, "dizzy spells but no humming in my ears")


# Urinary words (lead probe probe_lead-urinary.yaml).
URINARY_URGENCY = "HP:0000012"
BOWEL_URGENCY = "HP:0012701"
URINARY_INCONTINENCE = "HP:0000020"
BOWEL_INCONTINENCE = "HP:0002607"
MACROSCOPIC_HEMATURIA = "HP:0012587"


def test_rushing_to_the_toilet_may_be_the_bladder_or_the_bowel(engine: Engine) -> None:
    ids = present_ids(engine, "I have to rush to the toilet and sometimes don't make it in time")
    assert {URINARY_URGENCY, BOWEL_URGENCY, URINARY_INCONTINENCE, BOWEL_INCONTINENCE} <= ids


@pytest.mark.parametrize("question", [
    "his wee turned the colour of cola",
    "my urine has gone the colour of cola",
])
def test_a_colour_change_told_with_a_change_verb_is_read(engine: Engine, question: str) -> None:
    assert MACROSCOPIC_HEMATURIA in present_ids(engine, question)


PEDICULOSIS_CAPITIS = "HP:6000743"
WHITE_HAIR = "HP:0011364"


@pytest.mark.parametrize("question", [
    "I found nits in his hair",
    "tiny eggs stuck to her hair and an itchy scalp",
    "little white eggs on the hair near the scalp",
])
def test_nits_are_head_lice(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert PEDICULOSIS_CAPITIS in ids
    assert WHITE_HAIR not in ids


@pytest.mark.parametrize(("question", "term"), [
    ("my toe is swollen like a sausage", "HP:0031091"),
    ("my fingers are swollen like sausages", "HP:0031090"),
    ("my big toe swelled up like a sausage overnight", "HP:0031091"),
])
def test_a_digit_swollen_like_a_sausage_is_dactylitis(engine: Engine, question: str,
                                                      term: str) -> None:
    assert term in present_ids(engine, question)


def test_bony_lumps_on_the_finger_joints_are_osteoarthritis_nodes(engine: Engine) -> None:
    assert "HP:0012313" in present_ids(engine, "bony lumps on the end joints of my fingers")


@pytest.mark.parametrize(("question", "term"), [
    ("my appetite has gone through the roof", "HP:0002591"),
    ("he keeps asking for drinks", "HP:0001959"),
    ("a whole toe has been swollen for weeks", "HP:0031091"),
])
def test_carers_words_for_appetite_thirst_and_a_swollen_digit(engine: Engine, question: str,
                                                               term: str) -> None:
    assert term in present_ids(engine, question)
