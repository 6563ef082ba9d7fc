"""Profile repairs of h-profiles5 (issue 14: the knowledge behind common answers).

Genital herpes records blisters on the genitals (CDC 2021), and gallstones the biliary pain
spreading to the right side of the back and the right shoulder (EASL 2016)."""

from __future__ import annotations

from whatcauses import Engine

from .readings import annotated_frequency, answer_rank

GENITAL_HERPES = "MONDO:0005770"
GALLSTONES = "MONDO:0012672"
SHINGLES = "MONDO:0005609"


def test_genital_blisters_find_genital_herpes(engine: Engine) -> None:
    assert annotated_frequency(engine, GENITAL_HERPES, "HP:0031464") is not None
    question = ("small painful blisters on my penis that burst and left raw sores, and the glands "
                "in my groin are swollen")
    assert answer_rank(engine, question, GENITAL_HERPES) == 0


def test_blisters_in_a_band_still_find_shingles_first(engine: Engine) -> None:
    # Genital blistering lies under every blistering of the skin; its lower class keeps a band
    # of blisters on the chest (no genitals named) with shingles.
    question = "A painful band of blisters came up on one side of my chest 3 days ago."
    assert answer_rank(engine, question, SHINGLES) == 0


def test_biliary_pain_spreads_to_the_back_and_right_shoulder(engine: Engine) -> None:
    assert annotated_frequency(engine, GALLSTONES, "HP:0003418") is not None
    assert annotated_frequency(engine, GALLSTONES, "HP:0030834") is not None
    question = ("a bad pain under my right ribs an hour after a fry-up that goes through to my "
                "back and up to my right shoulder, it lasts a few hours and I feel sick")
    assert answer_rank(engine, question, GALLSTONES) < 3
