"""Veins in everyday words (h-reader73, issue 14): a site said of veins only says where they
are ("swollen leg veins", "the veins in my legs are swollen"): the swelling is the veins'
(Varicose veins | Prominent superficial veins), not the limb's (Pedal edema); the veins of the
neck seen swollen, bulging or sticking out are Elevated jugular venous pressure, while swollen
glands in the neck stay Cervical lymphadenopathy; heavy legs are Lower limb pain."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

VARICOSE = "HP:0002619"
PROMINENT_VEINS = "HP:0001015"
PEDAL_EDEMA = "HP:0010741"
EDEMA = "HP:0000969"
ELEVATED_JVP = "HP:0030848"
CERVICAL_NODES = "HP:0025289"
GOITER = "HP:0000853"
LEG_PAIN = "HP:0012514"
HEART_FAILURE = "MONDO:0005252"
VARICOSE_VEINS = "MONDO:0008638"


@pytest.mark.parametrize("text", [
    "swollen leg veins",
    "the veins in my legs are swollen",
    "swollen veins on my lower legs",
    "the veins on both my lower legs are bulging",
    "I have twisty blue veins on my calves",
    "my calf veins are swollen",
])
def test_a_site_of_veins_gives_the_swelling_to_the_veins(engine: Engine, text: str) -> None:
    found = present_ids(engine, text)
    assert {VARICOSE, PROMINENT_VEINS} <= found
    assert not found & {PEDAL_EDEMA, EDEMA}


@pytest.mark.parametrize("text", [
    "swollen neck veins",
    "the veins in his neck are swollen",
    "her neck veins are bulging",
    "my neck veins stick out",
    "distended neck veins",
])
def test_veins_of_the_neck_are_a_raised_jugular_pressure(engine: Engine, text: str) -> None:
    found = present_ids(engine, text)
    assert ELEVATED_JVP in found
    assert not found & {CERVICAL_NODES, GOITER, VARICOSE}


@pytest.mark.parametrize("text", ["swollen glands in my neck",
                                  "swollen lymph nodes in the neck"])
def test_glands_of_the_neck_stay_lymph_nodes(engine: Engine, text: str) -> None:
    found = present_ids(engine, text)
    assert CERVICAL_NODES in found
    assert ELEVATED_JVP not in found


def test_swollen_legs_without_veins_stay_oedema(engine: Engine) -> None:
    assert PEDAL_EDEMA in present_ids(engine, "my legs are swollen by the evening")


@pytest.mark.parametrize("text", ["heavy, achy legs by the end of the day",
                                  "my legs feel heavy", "heaviness in both legs"])
def test_heavy_legs_are_leg_discomfort(engine: Engine, text: str) -> None:
    assert LEG_PAIN in present_ids(engine, text)


def test_breathless_with_swollen_neck_veins_puts_heart_failure_first(engine: Engine) -> None:
    question = ("my dad is short of breath, his ankles are swollen and the veins in his neck "
                "are swollen")
    assert answer_rank(engine, question, HEART_FAILURE) == 0


def test_bulging_leg_veins_put_varicose_veins_first(engine: Engine) -> None:
    assert answer_rank(engine, "the veins in my legs are swollen and ache", VARICOSE_VEINS) == 0


def test_a_pain_at_the_site_of_a_vein_stays_a_pain_of_the_site(engine: Engine) -> None:
    assert "HP:0012513" in present_ids(engine, "pain along a vein in my arm")  # Upper limb pain
