"""Lay descriptions (h-lay21, issue 14): things a person looks at ("little white things in her
hair", "things in his poo") are no visual hallucination, and their colour is no colour of the
place they are in; a rough rash and a rough red rash; a simile that restates a describing word
said before its part; forceful vomiting in everyday words."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

VISUAL_HALLUCINATION, WHITE_HAIR = "HP:0002367", "HP:0011364"
HYPERKERATOSIS, SKIN_RASH = "HP:0000962", "HP:0000988"
PROJECTILE_VOMITING = "HP:0002587"


@pytest.mark.parametrize("text", [
    "I can see little white things in her hair and she keeps scratching her head",
    "I saw white things in his poo",
    "I can see tiny white things wriggling in the toilet",
    "I can see things on my skin",
])
def test_things_looked_at_are_no_hallucination(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert VISUAL_HALLUCINATION not in ids
    assert WHITE_HAIR not in ids


@pytest.mark.parametrize("text", [
    "my grandad keeps seeing things that aren't there",
    "she has started seeing things",
    "he keeps seeing strange things at night",
])
def test_seeing_things_is_still_a_hallucination(engine: Engine, text: str) -> None:
    assert VISUAL_HALLUCINATION in present_ids(engine, text)


def test_white_hair_is_still_read(engine: Engine) -> None:
    assert WHITE_HAIR in present_ids(engine, "her hair has gone white")


@pytest.mark.parametrize("text", [
    "a rough red rash on my chest",
    "a rough red rash like sandpaper all over my daughter's body",
])
def test_a_rough_red_rash_is_rough_and_a_rash(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert HYPERKERATOSIS in ids
    assert SKIN_RASH in ids


@pytest.mark.parametrize("text", [
    "the sick shoots out of my 6 week old's mouth after every feed",
    "my 5 week old's milk comes flying out across the room after feeds",
    "he brings up his feeds with force",
])
def test_forceful_vomiting_in_everyday_words(engine: Engine, text: str) -> None:
    assert PROJECTILE_VOMITING in present_ids(engine, text)
