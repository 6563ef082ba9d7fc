"""Paths from a part of one site down another and parts of a site before a descriptor
(h-sites6, issue 14): "pain from the bottom of my back down my leg" is Low back pain and
Lower limb pain (the order-free phrase "pain down the back of my leg" took the back as the
leg's and lost the low back); a described pain ("a shooting pain") running from one site to
another takes each site through its head word; "the back of my knee is puffy" is the
popliteal swelling "swelling at the back of the knee" names."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

LOW_BACK_PAIN = "HP:0003419"
LOWER_LIMB_PAIN = "HP:0012514"
NEURALGIA = "HP:0033345"
SHOULDER_PAIN = "HP:0030834"
UPPER_LIMB_PAIN = "HP:0012513"
POPLITEAL_CYST = "HP:0032072"
SCIATICA = "MONDO:0024333"
BAKER_CYST = "MONDO:0008288"


@pytest.mark.parametrize("text", [
    "pain from the bottom of my back down my leg",
    "a shooting pain from the bottom of my back down into my right leg",
    "a shooting pain from the bottom of my back down into my leg",
])
def test_a_path_from_the_low_back_down_the_leg_keeps_both(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    # The low back is kept: as Low back pain, or, where h-misses2's path from "the bottom of
    # my back" down the leg reads HPO's Sciatica (HP:0011868), as that.
    assert ids & {LOW_BACK_PAIN, "HP:0011868"}
    assert LOWER_LIMB_PAIN in ids


def test_a_described_pain_keeps_its_own_reading(engine: Engine) -> None:
    assert NEURALGIA in present_ids(
        engine, "a shooting pain from the bottom of my back down into my leg")


def test_a_path_from_the_top_of_the_shoulder_down_the_arm(engine: Engine) -> None:
    ids = present_ids(engine, "the pain goes from the top of my shoulder down my arm")
    assert {SHOULDER_PAIN, UPPER_LIMB_PAIN} <= ids


def test_the_back_of_a_leg_phrase_still_reads(engine: Engine) -> None:
    assert LOWER_LIMB_PAIN in present_ids(engine, "pain down the back of my leg")


def test_sciatica_leads_a_path_from_the_low_back(engine: Engine) -> None:
    assert answer_rank(engine, "a shooting pain from the bottom of my back down into my "
                       "right leg when I bend over", SCIATICA) == 0


@pytest.mark.parametrize("text", ["the back of my knee is puffy",
                                  "the back of my knee is swollen"])
def test_the_back_of_the_knee_puffy_is_a_popliteal_swelling(engine: Engine, text: str) -> None:
    assert POPLITEAL_CYST in present_ids(engine, text)


def test_a_puffy_back_of_the_knee_puts_a_bakers_cyst_first(engine: Engine) -> None:
    assert answer_rank(engine, "the back of my knee is puffy and feels tight when I squat",
                       BAKER_CYST) == 0


BACK_PAIN = "HP:0003418"
CHEST_PAIN = "HP:0100749"
SKIN_VESICLE = "HP:0200037"


def test_blisters_that_run_round_the_body_are_no_back_or_chest_pain(engine: Engine) -> None:
    ids = present_ids(engine, "a painful band of little blisters going from my spine round to "
                      "the front of my ribs on the left")
    assert SKIN_VESICLE in ids
    assert BACK_PAIN not in ids
    assert CHEST_PAIN not in ids


def test_a_pain_that_goes_round_the_chest_is_still_chest_pain(engine: Engine) -> None:
    assert CHEST_PAIN in present_ids(engine, "a band of pain going round my chest")


POSTERIOR_KNEE_PAIN = "HP:6001145"
FOOT_PAIN = "HP:0025238"
ANAL_PAIN = "HP:0500005"


def test_a_part_said_after_the_site_places_the_finding(engine: Engine) -> None:
    ids = present_ids(engine, "my knee hurts at the back when I bend it")
    assert POSTERIOR_KNEE_PAIN in ids
    assert BACK_PAIN not in ids


def test_the_bottom_of_a_heel_is_no_bottom(engine: Engine) -> None:
    ids = present_ids(engine, "my heel hurts at the bottom")
    assert FOOT_PAIN in ids
    assert ANAL_PAIN not in ids


def test_a_part_alone_stays_a_site(engine: Engine) -> None:
    assert BACK_PAIN in present_ids(engine, "I have pain at the back")
    assert ANAL_PAIN in present_ids(engine, "pain in my bottom")


def test_one_burning_foot_reads_as_burning_feet_do(engine: Engine) -> None:
    assert NEURALGIA in present_ids(engine, "the ball of my foot burns when I walk")
