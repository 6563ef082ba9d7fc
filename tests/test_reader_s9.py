"""Reader fixes of the lead's ninth session (issue 14): depth said inside a phrase, and a
deepened voice."""

from __future__ import annotations

import pytest

from tests.readings import present_ids
from whatcauses.engine import Engine


def test_depth_inside_a_phrase_is_passed_over(engine: Engine) -> None:
    # "deep" says where the feeling is, not what it is: the curated phrase still matches.
    assert "HP:0012452" in present_ids(engine, "a creepy crawly feeling deep in my legs")


def test_depth_at_a_phrase_edge_still_counts(engine: Engine) -> None:
    assert "HP:0002625" in present_ids(engine, "he had a deep vein thrombosis last year")


@pytest.mark.parametrize("question", ["a deep voice", "her voice has got deeper",
                                      "my voice is deepening"])
def test_a_deepened_voice_is_a_low_pitched_voice(engine: Engine, question: str) -> None:
    assert "HP:0010300" in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "my calves cramp after walking a few hundred yards and it eases off when I rest",
    "cramps in my thighs when I walk",
    "my legs ache after walking",
])
def test_leg_pain_or_cramp_on_walking_reads_claudication(engine: Engine, question: str) -> None:
    assert "HP:0004417" in present_ids(engine, question)


def test_night_cramps_are_no_claudication(engine: Engine) -> None:
    assert "HP:0004417" not in present_ids(engine, "leg cramps at night")


def test_a_burning_limb_keeps_its_site(engine: Engine) -> None:
    findings = engine.interpret("numbness and burning on the outside of my thigh").findings
    burning = [f for f in findings if "burning" in f.text]
    assert burning and burning[0].site == "thigh" and "HP:0003401" in burning[0].ids
