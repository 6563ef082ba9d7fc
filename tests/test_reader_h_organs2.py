"""Reader gaps of issue 14 (h-organs2): a phrase yields its last word to a longer phrase after
it ("painful eye with light sensitivity"); an image said of the mouth is dryness; a simile of
creatures crawling is formication; a sense that "doesn't" work cannot; not standing without
falling is instability."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.text.normalize import phrase_key

from .readings import answer_rank, present_ids

OCULAR_PAIN, PHOTOPHOBIA = "HP:0200026", "HP:0000613"
XEROSTOMIA, ORAL_ULCER, SORE_THROAT = "HP:0000217", "HP:0000155", "HP:0033050"
PARESTHESIA, TACTILE_HALLUCINATION = "HP:0003401", "HP:0033694"
HEARING_IMPAIRMENT, VISUAL_IMPAIRMENT = "HP:0000365", "HP:0000505"
POSTURAL_INSTABILITY, DIFFICULTY_STANDING, FALLS = "HP:0002172", "HP:0003698", "HP:0002527"
PRESBYCUSIS, SJOGREN, ALCOHOL_WITHDRAWAL = "MONDO:0043765", "OMIM:270150", "MONDO:0005433"


def test_a_phrase_yields_its_last_word_to_a_longer_phrase(engine: Engine) -> None:
    read = present_ids(engine, "painful eye with light sensitivity")
    assert {OCULAR_PAIN, PHOTOPHOBIA} <= read


def test_an_image_said_of_the_mouth_is_dryness(engine: Engine) -> None:
    for question in ("my mouth is like sandpaper", "my mouth is like a desert"):
        read = present_ids(engine, question)
        assert XEROSTOMIA in read and ORAL_ULCER not in read, question
    assert SORE_THROAT in present_ids(engine, "my throat feels like sandpaper")
    question = "I'm 50, my mouth is like sandpaper all day and my eyes feel gritty"
    assert answer_rank(engine, question, SJOGREN, top=10) < 10


def test_creatures_crawling_in_a_simile_are_formication(engine: Engine) -> None:
    for question in ("my skin feels like ants crawling",
                     "it feels like bugs crawling under my skin"):
        assert {PARESTHESIA, TACTILE_HALLUCINATION} <= present_ids(engine, question), question
    question = ("I stopped drinking two days ago and now my skin feels like ants crawling and "
                "my hands shake")
    assert answer_rank(engine, question, ALCOHOL_WITHDRAWAL, top=3) < 3


def test_a_sense_that_does_not_work_cannot(engine: Engine) -> None:
    for question in ("he doesn't hear well", "my grandad doesn't seem to hear us properly",
                     "I don't hear well in busy restaurants", "she does not hear"):
        assert HEARING_IMPAIRMENT in present_ids(engine, question), question
    assert phrase_key("doesn't hear well") == phrase_key("can't hear")
    # Denying something seen is no blindness.
    assert phrase_key("I don't see any rash") != phrase_key("I can't see any rash")
    assert VISUAL_IMPAIRMENT not in present_ids(engine, "I didn't see blood in it")
    assert answer_rank(engine, "I'm 72 and I don't hear well in busy restaurants",
                       PRESBYCUSIS, top=3) < 3


def test_not_standing_without_falling_is_instability(engine: Engine) -> None:
    read = present_ids(engine, "I can't stand without falling")
    assert {POSTURAL_INSTABILITY, DIFFICULTY_STANDING} <= read and FALLS not in read
