"""A position said with a noun of a part before "of" (h-reader74, issue 14): "the top part
of my stomach", "the bottom bit of my back", "the front area of my knee" read as "the top of",
"the bottom of", "the front of" do; a count of how seldom ("twice a week", "once or twice a
week", "every few days") reads "infrequent": stools said to come so seldom are Constipation.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize

from .readings import answer_rank, present_ids

EPIGASTRIC_PAIN = "HP:0410019"
ABDOMINAL_PAIN = "HP:0002027"
LOW_BACK_PAIN = "HP:0003419"
BACK_PAIN = "HP:0003418"
ANAL_PAIN = "HP:0500005"
ANTERIOR_KNEE_PAIN = "HP:6001144"
POSTERIOR_KNEE_PAIN = "HP:6001145"
KNEE_PAIN = "HP:0030839"
CONSTIPATION = "HP:0002019"
FUNCTIONAL_CONSTIPATION = "MONDO:0002203"


@pytest.mark.parametrize("text", [
    "pain in the top part of my stomach",
    "a burning ache in the top area of my tummy",
    "pain at the top of my belly",
])
def test_the_top_part_of_the_belly_is_epigastric(engine: Engine, text: str) -> None:
    found = present_ids(engine, text)
    assert EPIGASTRIC_PAIN in found
    assert ABDOMINAL_PAIN not in found


@pytest.mark.parametrize("text", [
    "pain in the bottom bit of my back",
    "the bottom bit of my back aches",
    "an ache in the lower part of my back",
])
def test_the_bottom_bit_of_the_back_is_the_low_back(engine: Engine, text: str) -> None:
    found = present_ids(engine, text)
    assert LOW_BACK_PAIN in found
    assert not found & {ANAL_PAIN, BACK_PAIN}


@pytest.mark.parametrize(("text", "wanted"), [
    ("pain in the front part of my knee", ANTERIOR_KNEE_PAIN),
    ("pain in the front area of my knee", ANTERIOR_KNEE_PAIN),
    ("pain at the back part of my knee", POSTERIOR_KNEE_PAIN),
])
def test_a_part_of_the_knee_keeps_its_position(engine: Engine, text: str, wanted: str) -> None:
    found = present_ids(engine, text)
    assert wanted in found
    assert KNEE_PAIN not in found


def test_a_bit_said_of_how_much_is_no_part(engine: Engine) -> None:
    assert present_ids(engine, "my back hurts a bit") == {BACK_PAIN}


@pytest.mark.parametrize("text", [
    "my son only poos about twice a week",
    "she only goes for a poo once or twice a week",
    "she opens her bowels once a week",
    "I poop every few days",
])
def test_stools_said_to_come_seldom_are_constipation(engine: Engine, text: str) -> None:
    assert CONSTIPATION in present_ids(engine, text)


@pytest.mark.parametrize("text", [
    "she poos twice a day",
    "he poos three times a week",
    "she has a poo every day",
])
def test_stools_at_a_usual_rate_are_no_constipation(engine: Engine, text: str) -> None:
    assert CONSTIPATION not in present_ids(engine, text)


@pytest.mark.parametrize(("text", "seldom"), [
    ("twice a week", True),
    ("once or twice a week", True),
    ("two times per week", True),
    ("once every two weeks", True),
    ("every 4 days", True),
    ("every few days", True),
    ("twice a day", False),
    ("three times a week", False),
    ("every 2 days", False),
])
def test_a_count_of_how_seldom_reads_infrequent(text: str, seldom: bool) -> None:
    stems = [t.stem for t in tokenize(text) if t.is_word]
    assert ("infrequ" in stems) is seldom


def test_a_child_pooing_twice_a_week_is_answered_with_constipation(engine: Engine) -> None:
    rank = answer_rank(engine, "my 4 year old only poos about twice a week and it hurts her",
                       FUNCTIONAL_CONSTIPATION)
    assert rank < 3
