"""Plain lay wording (h-lay19, issue 14): irregular pasts of the verbs the curated phrases use
stem as their base form (text/normalize.py); a part likened to a thing whose name with the
part's is a finding, past the describing words the image restates (text/question.py); sandpaper
said of a rash or the skin is roughness, no soreness; the meal said as its time or another's
eating (text/modifiers.py), which the salivary stone profile records."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import stem

from .readings import present_ids

REFLUX, VERTIGO, ORTHOSTATIC_DIZZINESS = "HP:0002020", "HP:0002321", "HP:0001278"
STRAWBERRY_TONGUE, GLOSSITIS, LOBULATED_TONGUE = "HP:0031042", "HP:0000206", "HP:0000180"
CHEST_PAIN, NECK_PAIN, SKIN_RASH = "HP:0100749", "HP:0030833", "HP:0000988"
XEROSTOMIA = "HP:0000217"
POSTPRANDIAL = "HP:6000932"


@pytest.mark.parametrize(("past", "base"), [
    ("brought", "bringing"), ("spun", "spinning"), ("stood", "standing"), ("gave", "giving"),
    ("kept", "keeps"), ("burnt", "burning"), ("caught", "catching"), ("held", "holding")])
def test_an_irregular_past_stems_as_its_verb(past: str, base: str) -> None:
    assert stem(past) == stem(base)


@pytest.mark.parametrize(("past", "base"), [
    ("fell", "falling"), ("shook", "shaking"), ("left", "leaving"), ("bit", "biting"),
    ("rose", "rising"), ("shot", "shooting"), ("given", "giving")])
def test_pasts_that_are_other_words_or_events_keep_their_stems(past: str, base: str) -> None:
    # "left" is a side, "bit" a quantity, "rose" a flower, "shot" an injection, "given" a
    # medicine's word; "fell" and "shook" one event ("I fell off my bike", "it shook me").
    assert stem(past) != stem(base)


def test_a_baby_who_brought_her_feed_back_up_has_reflux(engine: Engine) -> None:
    assert REFLUX in present_ids(engine, "my 2 month old brought up most of her feed again")


def test_a_room_that_spun_is_vertigo(engine: Engine) -> None:
    assert VERTIGO in present_ids(engine, "the room spun round when I rolled over in bed")


def test_dizzy_when_i_stood_up(engine: Engine) -> None:
    assert ORTHOSTATIC_DIZZINESS in present_ids(engine, "I felt dizzy when I stood up")


def test_a_part_likened_past_its_describing_words(engine: Engine) -> None:
    read = present_ids(
        engine, "her tongue went red and bumpy like a strawberry after a sore throat")
    assert STRAWBERRY_TONGUE in read
    # The image restates the describing words: they read no findings of their own.
    assert GLOSSITIS not in read and LOBULATED_TONGUE not in read


def test_a_simile_said_right_after_its_part_still_reads(engine: Engine) -> None:
    assert STRAWBERRY_TONGUE in present_ids(engine, "his tongue looks like a strawberry")


def test_a_rash_like_sandpaper_is_no_pain(engine: Engine) -> None:
    read = present_ids(engine, "a rough red rash like sandpaper on my son's chest and neck")
    assert SKIN_RASH in read
    assert CHEST_PAIN not in read and NECK_PAIN not in read


def test_a_mouth_like_sandpaper_stays_dry(engine: Engine) -> None:
    assert XEROSTOMIA in present_ids(engine, "my mouth feels like sandpaper")


@pytest.mark.parametrize("question", [
    "a painful swelling under my jaw at mealtimes",
    "my jaw swells whenever he eats",
    "it swells up every time I sit down to a meal",
    "swelling under the jaw while eating",
])
def test_a_meal_said_as_its_time_is_postprandial(engine: Engine, question: str) -> None:
    assert POSTPRANDIAL in {m.id for m in engine.interpret(question).modifiers}


def test_swelling_under_the_jaw_when_eating_ranks_a_salivary_stone_first(
        engine: Engine) -> None:
    ranking = engine.ask("swelling under my jaw when I eat").to_dict()
    assert ranking["candidates"][0]["id"] == "MONDO:0006970"
