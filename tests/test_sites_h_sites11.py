"""Where a finding is (h-sites11, issue 14): a lump on or behind the ear, or on the earlobe,
is a nodule of the skin or under it with the ear as its site (HPO names no mass of the outer
ear), while a lump in the ear is in its canal and is no skin nodule; "painless" before a lump
denies the pain and leaves no present pain beside the denied one; the dragging or heavy
feeling in the vagina and a bulge at its opening read as pelvic organ prolapse."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids, site_of

SKIN_NODULE = "HP:0200036"
SUBCUTANEOUS_NODULE = "HP:0001482"
PAIN = "HP:0012531"
EAR_PAIN = "HP:0030766"
PROLAPSE = "HP:0031607"
DEPRESSION = "HP:0000716"


@pytest.mark.parametrize("question", [
    "a lump behind my ear",
    "a small bump on my earlobe",
    "a hard lump just behind her left ear",
])
def test_a_lump_at_the_ear_is_a_skin_nodule(engine: Engine, question: str) -> None:
    assert {SKIN_NODULE, SUBCUTANEOUS_NODULE} <= present_ids(engine, question)


def test_the_lump_keeps_the_ear_as_its_site(engine: Engine) -> None:
    site = site_of(engine, "a lump behind my ear", SKIN_NODULE)
    assert site is not None and "ear" in site


def test_a_lump_in_the_ear_is_no_skin_nodule(engine: Engine) -> None:
    assert SKIN_NODULE not in finding_ids(engine, "a lump in my ear")


@pytest.mark.parametrize("question", [
    "a painless lump behind my ear",
    "a smooth painless lump on my shin",
    "a painless lump on my arm that has been there for years",
])
def test_a_painless_lump_has_no_pain(engine: Engine, question: str) -> None:
    present = present_ids(engine, question)
    assert PAIN not in present and EAR_PAIN not in present
    assert SKIN_NODULE in present
    denied = {i for f in engine.interpret(question).findings if f.negated for i in f.ids}
    assert PAIN in denied


def test_a_painful_lump_keeps_its_pain_at_the_lump(engine: Engine) -> None:
    # The pain of a growth is still the growth's, at its site (h-reader66), when not denied.
    assert "HP:0030839" in present_ids(engine, "a painful hard lump on my knee")  # Knee pain


@pytest.mark.parametrize("question", [
    "a dragging heaviness in my vagina",
    "a dragging feeling in my vagina by the end of the day",
    "a bulge at the opening of my vagina",
])
def test_a_dragging_vagina_is_prolapse(engine: Engine, question: str) -> None:
    assert PROLAPSE in present_ids(engine, question)


def test_a_swelling_at_the_vaginal_opening_stays_a_cyst(engine: Engine) -> None:
    found = present_ids(engine, "a tender swelling at the opening of my vagina on the left side")
    assert PROLAPSE not in found and "HP:0430134" in found  # Bartholin cyst


def test_white_skin_between_the_toes_is_no_raynaud(engine: Engine) -> None:
    question = "my feet itch and the skin between my toes has gone white and soggy"
    assert "HP:0030880" not in finding_ids(engine, question)


@pytest.mark.parametrize("question", [
    "my toes have gone white in the cold",
    "the tips of my fingers turn white then blue",
])
def test_white_digits_stay_raynaud(engine: Engine, question: str) -> None:
    assert "HP:0030880" in present_ids(engine, question)
