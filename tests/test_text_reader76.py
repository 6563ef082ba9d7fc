"""Reading (h-reader76, issue 14), on the real engine: a waking said "with" a later symptom
only times it (text/question.py ``_without_timings``, text/triggers.py ``wakes_with``); a
simile that restates a describing word before it ("rough like sandpaper") is no soreness
(text/normalize.py ``_RESTATED``); everyday wordings of cold intolerance, a lump under the
skin, angular cheilitis and a cold drink read (lay_terms.yaml, h-reader76)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

MAINTENANCE_INSOMNIA, INSOMNIA, PARESTHESIA = "HP:0031355", "HP:0100785", "HP:0033660"
DRY_COUGH, PAIN, COLDNESS = "HP:0031246", "HP:0012531", "HP:0033850"
COLD_INTOLERANCE, SUBCUTANEOUS_NODULE, ANGULAR_CHEILITIS = "HP:6000855", "HP:0001482", "HP:0030318"
SOFT_SKIN, HYPERKERATOSIS, SCALING_SKIN = "HP:0000977", "HP:0000962", "HP:0040189"
CARPAL_TUNNEL, HYPOTHYROIDISM, DENTAL_CARIES = "MONDO:0007275", "MONDO:0005420", "MONDO:0005276"
IRON_DEFICIENCY_ANAEMIA = "MONDO:0001356"


@pytest.mark.parametrize(("question", "kept"), [
    ("I keep waking up at night with pins and needles in my thumb", PARESTHESIA),
    ("I wake up at night with pins and needles in my fingers", PARESTHESIA),
    ("waking up in the night with a dry cough", DRY_COUGH),
])
def test_a_waking_with_a_symptom_only_times_it(engine: Engine, question: str,
                                               kept: str) -> None:
    present = present_ids(engine, question)
    assert kept in present
    assert not present & {MAINTENANCE_INSOMNIA, INSOMNIA}


def test_a_waking_alone_is_still_insomnia(engine: Engine) -> None:
    assert present_ids(engine, "I keep waking at night") & {MAINTENANCE_INSOMNIA, INSOMNIA}


def test_pins_and_needles_waking_me_ranks_carpal_tunnel_first(engine: Engine) -> None:
    question = "I keep waking up at night with pins and needles in my thumb and fingers"
    assert answer_rank(engine, question, CARPAL_TUNNEL) == 0


def test_a_simile_restating_rough_skin_is_no_pain(engine: Engine) -> None:
    present = present_ids(engine, "her skin feels rough like sandpaper")
    assert present & {HYPERKERATOSIS, SCALING_SKIN}
    assert PAIN not in present


def test_a_simile_alone_still_reads_its_image(engine: Engine) -> None:
    assert present_ids(engine, "my feet feel like ice") & {COLDNESS, COLD_INTOLERANCE}


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("I can't get warm and I'm tired all the time", COLD_INTOLERANCE, None),
    ("a soft pea sized bump under the skin on my back", SUBCUTANEOUS_NODULE, SOFT_SKIN),
    ("painful splits at the corners of my lips", ANGULAR_CHEILITIS, None),
    ("my tooth aches when I drink something cold", None, COLDNESS),
])
def test_everyday_wordings(engine: Engine, question: str, wanted: str | None,
                           unwanted: str | None) -> None:
    present = present_ids(engine, question)
    if wanted is not None:
        assert wanted in present
    if unwanted is not None:
        assert unwanted not in present


@pytest.mark.parametrize(("question", "disease"), [
    ("I can't get warm, I'm tired all the time and I've put on weight", HYPOTHYROIDISM),
    ("splits at the corners of my lips and I look pale and feel tired",
     IRON_DEFICIENCY_ANAEMIA),
    ("I get a toothache when I drink something cold or sweet", DENTAL_CARIES),
])
def test_the_common_cause_comes_first(engine: Engine, question: str, disease: str) -> None:
    assert answer_rank(engine, question, disease) == 0
