"""Fact sheets for well-known rare diseases without a sheet or profile (h-sheets1, issue 14).

bench/sheet_gaps.py listed them by Orphanet figure; the sheets add the hallmark findings the
release does not annotate (sudden shoulder pain in neuralgic amyotrophy, dark urine in
porphyria cutanea tarda) and the exposures their sources name (tobacco in Buerger disease,
light in solar urticaria).
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import annotated_frequency, answer_rank

NEURALGIC_AMYOTROPHY, PCT = "ORPHA:2901", "ORPHA:101330"
BUERGER, SOLAR_URTICARIA = "ORPHA:36258", "ORPHA:97230"
SHOULDER_PAIN, DARK_URINE = "HP:0030834", "HP:0040319"


def test_neuralgic_amyotrophy_starts_with_shoulder_pain_in_nearly_everyone(
        engine: Engine) -> None:
    assert annotated_frequency(engine, NEURALGIC_AMYOTROPHY, SHOULDER_PAIN) == pytest.approx(0.9)


def test_porphyria_cutanea_tarda_gains_dark_urine(engine: Engine) -> None:
    frequency = annotated_frequency(engine, PCT, DARK_URINE)
    assert frequency is not None and 0.3 <= frequency < 0.8


def test_sun_blisters_with_fragile_skin_and_dark_urine_name_porphyria_cutanea_tarda(
        engine: Engine) -> None:
    question = ("blisters on the backs of my hands after being in the sun, the skin tears "
                "easily and heals with scars, and my urine looks dark")
    assert answer_rank(engine, question, PCT, top=3) < 3


def test_shoulder_pain_then_a_weak_arm_and_winged_scapula_bring_neuralgic_amyotrophy_up(
        engine: Engine) -> None:
    question = ("I woke up with terrible pain in my right shoulder, after a week the pain "
                "eased but now I can't lift my arm and my shoulder blade sticks out")
    assert answer_rank(engine, question, NEURALGIC_AMYOTROPHY, top=3) < 3


def test_a_young_smoker_with_claudication_and_finger_ulcers_has_buerger_near_the_top(
        engine: Engine) -> None:
    question = ("35 year old heavy smoker with painful sores on my fingertips and cramping "
                "pain in my calves when I walk")
    assert answer_rank(engine, question, BUERGER, top=3) < 3


def test_solar_urticaria_needs_light(engine: Engine) -> None:
    with_sun = answer_rank(engine, "itchy hives on my arms within minutes of going out in "
                           "the sun", SOLAR_URTICARIA)
    without = answer_rank(engine, "itchy hives on my arms that come and go", SOLAR_URTICARIA)
    assert with_sun < without
