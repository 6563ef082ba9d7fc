"""Located findings said with several describing words (h-sites8, issue 14): a finding before
unread describing words and a noun of an area ("a red hard wedge-shaped area in my breast")
keeps the area's place, a compound word counting as one word; "swollen" right before a lump
read at its place is the lump's ("a painful swollen lump just above my tailbone"): no oedema
beside it, and the pain is the lump's at its place; "the opening of" a site is at that site."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids, site_of

ERYTHEMA = "HP:0010783"
EDEMA = "HP:0000969"
PAIN = "HP:0012531"
UPPER_LIMB_PAIN = "HP:0012513"
SKIN_NODULE = "HP:0200036"
PILONIDAL = "HP:0010767"
PRURITUS = "HP:0000989"
MASTITIS = "MONDO:0006849"


@pytest.mark.parametrize("question", [
    "a red hard area in my left breast",
    "a red wedge-shaped area in my breast",
    "a hot red hard wedge-shaped area in my left breast",
])
def test_a_finding_before_describing_words_and_an_area_keeps_its_place(
        engine: Engine, question: str) -> None:
    site = site_of(engine, question, ERYTHEMA)
    assert site is not None and "breast" in site


@pytest.mark.parametrize(("question", "growth"), [
    ("a painful swollen lump on my arm", SKIN_NODULE),
    ("a painful swollen lump just above my tailbone", PILONIDAL),
])
def test_swollen_before_a_placed_lump_is_the_lump(engine: Engine, question: str,
                                                 growth: str) -> None:
    read = present_ids(engine, question)
    assert growth in read
    assert EDEMA not in read
    assert read & {PAIN, UPPER_LIMB_PAIN}


def test_the_pain_of_a_swollen_lump_is_at_its_place(engine: Engine) -> None:
    assert UPPER_LIMB_PAIN in present_ids(engine, "a painful swollen lump on my arm")


def test_a_swollen_lump_with_no_place_stays_a_swelling(engine: Engine) -> None:
    assert EDEMA in present_ids(engine, "I have a swollen lump")


def test_the_opening_of_a_site_is_at_that_site(engine: Engine) -> None:
    site = site_of(engine, "itching at the opening of my back passage", PRURITUS)
    assert site is not None and "back passage" in site


def test_a_red_area_in_the_breast_lifts_mastitis(engine: Engine) -> None:
    rank = answer_rank(engine, "a hot red hard wedge-shaped area in my left breast, I'm "
                               "breastfeeding and I feel achy and shivery", MASTITIS)
    assert rank < 5  # tenth before: the breast's profiles were not lifted


NEURALGIA = "HP:0033345"
PARESTHESIA = "HP:0003401"
NECK_PAIN = "HP:0030833"
DYSURIA = "HP:0100518"
SUBACUTE_THYROIDITIS = "MONDO:0006982"


@pytest.mark.parametrize(("question", "site"), [
    ("a burning strip across my ribs on one side", "ribs"),
    ("a burning patch on my back", "back"),
])
def test_a_burning_patch_or_strip_is_a_burning_at_its_place(engine: Engine, question: str,
                                                            site: str) -> None:
    findings = [f for f in engine.interpret(question).findings
                if {NEURALGIA, PARESTHESIA} & set(f.ids)]
    assert findings and findings[0].site is not None and site in findings[0].site


def test_an_itchy_strip_keeps_its_place(engine: Engine) -> None:
    site = site_of(engine, "an itchy strip on my back", PRURITUS)
    assert site is not None and "back" in site


def test_burning_when_peeing_is_still_dysuria(engine: Engine) -> None:
    assert DYSURIA in present_ids(engine, "a burning feeling when I pee")


def test_tender_listed_with_swollen_is_a_finding_of_its_own(engine: Engine) -> None:
    # "tender" is a modifier word too; listed with "and" it is no qualifier inside the
    # phrase "swollen front of the neck", and the neck's pain is kept.
    assert NECK_PAIN in present_ids(engine, "the front of my neck is tender and swollen")


def test_a_tender_swollen_front_of_the_neck_puts_subacute_thyroiditis_first(
        engine: Engine) -> None:
    rank = answer_rank(engine, "the front of my neck is tender and swollen, the ache spreads "
                               "up towards my ears, and I feel shaky with a racing heart "
                               "since a cold", SUBACUTE_THYROIDITIS)
    assert rank < 3  # 19th before: the tenderness was passed over


RHINORRHEA = "HP:0031417"


def test_what_runs_over_a_lump_on_the_nose_is_no_runny_nose(engine: Engine) -> None:
    question = ("a shiny pearly lump on the side of my nose with a little blood vessel running "
                "over it")
    read = present_ids(engine, question)
    assert RHINORRHEA not in read
    assert SKIN_NODULE in read


def test_a_running_nose_is_still_rhinorrhea(engine: Engine) -> None:
    assert RHINORRHEA in present_ids(engine, "my nose is running with clear snot")


HEADACHE = "HP:0002315"
TRIGEMINAL_NEURALGIA = "HP:0100661"


def test_a_pain_in_the_forehead_is_a_headache(engine: Engine) -> None:
    assert HEADACHE in present_ids(engine, "a stabbing pain on the right side of my forehead")


def test_a_shooting_pain_in_the_forehead_is_still_the_trigeminal_nerve(engine: Engine) -> None:
    assert TRIGEMINAL_NEURALGIA in present_ids(engine, "shooting pain in my forehead")
