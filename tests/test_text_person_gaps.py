"""Lay words the family- and age-voice probe (bench/data/probe_h-person.yaml) found unread:
twisted veins (Varicose veins), eyes that look in different directions (Strabismus) and
straight lines that look wavy (Metamorphopsia), through the reader and the engine on the
embedded release."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids


@pytest.mark.slow
def test_twisted_veins_are_varicose_veins(engine: Engine) -> None:
    question = "I have twisted veins on my legs that ache by the evening"
    assert "HP:0002619" in present_ids(engine, question)
    first = engine.ask(question, top=3).ranking.candidates[0]
    assert "MONDO:0008638" in first.ids  # the varicose veins profile


@pytest.mark.slow
def test_eyes_looking_in_different_directions_are_a_squint(engine: Engine) -> None:
    for question in ("My 2 year old's eyes look in different directions.",
                     "my son's eyes point in different directions sometimes"):
        assert "HP:0000486" in present_ids(engine, question)
        first = engine.ask(question, top=3).ranking.candidates[0]
        assert "MONDO:0003432" in first.ids  # the strabismus profile


@pytest.mark.slow
def test_straight_lines_looking_wavy_is_metamorphopsia(engine: Engine) -> None:
    question = "door frames and straight lines look wavy"
    assert "HP:0012508" in present_ids(engine, question)
    first = engine.ask(question, top=3).ranking.candidates[0]
    assert "MONDO:0005150" in first.ids  # age-related macular degeneration
