"""Body sites said many ways (h-sites12, issue 14): a mark or pain that wraps or reaches round
to the back goes there (no Kyphosis from "round ... back"); a bottom a pain runs from down the
leg is the buttock (no Anal pain); lumps "like bruises" are no bruising; "electric shocks" on
the face are a neuralgia there (Trigeminal neuralgia), not circulatory Shock; and a quadrant
of the abdomen the question names weighs against the profiles that place their pain in
another quadrant only."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import site_keys
from whatcauses.rank.sites import site_weights

from .readings import present_ids

KYPHOSIS = "HP:0002808"
BACK_PAIN = "HP:0003418"
ANAL_PAIN = "HP:0500005"
BUTTOCK_PAIN = "HP:0034805"
SCIATICA = "HP:0011868"
BRUISING = "HP:0000978"
SHOCK = "HP:0031273"
NEURALGIA = "HP:0033345"
TRIGEMINAL_NEURALGIA = "HP:0100661"
APPENDICITIS = "MONDO:0005649"
CHOLECYSTITIS = "MONDO:0043994"
DIVERTICULITIS = "MONDO:0001674"


@pytest.mark.parametrize("text", [
    "a painful band of blisters on one side of my chest that wraps round to my back",
    "a rash that spreads round to my back",
])
def test_a_mark_going_round_to_the_back_is_no_kyphosis(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert KYPHOSIS not in ids
    assert BACK_PAIN not in ids


def test_a_pain_that_wraps_round_to_the_back_is_back_pain(engine: Engine) -> None:
    ids = present_ids(engine, "a pain that wraps round to my back")
    assert BACK_PAIN in ids
    assert KYPHOSIS not in ids


@pytest.mark.parametrize("text", [
    "pain shoots from my bottom down the back of my leg to my foot",
    "a pain in my bottom that goes down into my thigh",
])
def test_a_bottom_on_a_sciatic_path_is_the_buttock(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert BUTTOCK_PAIN in ids
    assert ANAL_PAIN not in ids
    assert SCIATICA in ids


def test_a_sore_bottom_alone_is_still_the_anus_first(engine: Engine) -> None:
    assert ANAL_PAIN in present_ids(engine, "pain in my bottom when I poo")


def test_lumps_like_bruises_are_no_bruising(engine: Engine) -> None:
    assert BRUISING not in present_ids(engine, "tender red lumps like bruises on both my shins")
    assert BRUISING in present_ids(engine, "I get bruises on my legs for no reason")


@pytest.mark.parametrize("text", [
    "stabbing electric shocks on one side of my face",
    "electric shocks in my cheek when I chew",
])
def test_electric_shocks_in_the_face_are_trigeminal_neuralgia(engine: Engine, text: str
                                                              ) -> None:
    ids = present_ids(engine, text)
    assert TRIGEMINAL_NEURALGIA in ids
    assert SHOCK not in ids


def test_electric_shocks_elsewhere_are_a_neuralgia(engine: Engine) -> None:
    assert NEURALGIA in present_ids(engine, "I get electric shocks down my arms")


def test_diverticulitis_names_the_lower_left_quadrant() -> None:
    assert "abdomen lower left" in site_keys(
        "most often on the lower left side of the abdomen", body_sites())


def _weight(engine: Engine, keys: list[str], disease: str) -> float:
    weights = site_weights(engine.knowledge, keys)
    assert weights is not None
    return float(weights[engine.knowledge.disease_ids_index[disease]])


def test_another_quadrant_weighs_against_a_profile(engine: Engine) -> None:
    upper_right, lower_right = ["abdomen upper right"], ["abdomen lower right"]
    assert _weight(engine, upper_right, APPENDICITIS) < 1.0
    assert _weight(engine, upper_right, CHOLECYSTITIS) > 1.0
    assert _weight(engine, lower_right, APPENDICITIS) > 1.0
    assert _weight(engine, lower_right, CHOLECYSTITIS) < 1.0
    assert _weight(engine, ["abdomen lower left"], DIVERTICULITIS) > 1.0


def test_no_quadrant_leaves_the_quadrant_profiles_alone(engine: Engine) -> None:
    weights = site_weights(engine.knowledge, ["shin"])
    index = engine.knowledge.disease_ids_index
    assert weights is None or weights[index[APPENDICITIS]] == 1.0
