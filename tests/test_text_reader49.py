"""Body sites (h-reader49, issue 14): a site phrase among the words a finding's lexicon
phrase stepped over ("weakness in my thigh muscles", read as "weakness ... muscles";
"weakness in my upper arms", read as "weakness ... arms") names the finding's site, so that
the finding and the site compose into HPO's term for them."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

PROXIMAL = "HP:0003701"  # Proximal muscle weakness
PROXIMAL_UPPER = "HP:0008997"  # Proximal muscle weakness in upper limbs
PROXIMAL_LOWER = "HP:0008994"  # Proximal muscle weakness in lower limbs
UPPER_LIMB = "HP:0003484"  # Upper limb muscle weakness


@pytest.mark.parametrize(("text", "expected"), [
    ("weakness in my thigh muscles", PROXIMAL_LOWER),
    ("weakness in my upper arms", PROXIMAL_UPPER),
    ("weakness in my upper arms and thighs", PROXIMAL),
    ("weakness in my shoulders and thighs", PROXIMAL),
])
def test_a_site_the_phrase_stepped_over_composes(engine: Engine, text: str,
                                                 expected: str) -> None:
    assert present_ids(engine, text) == {expected}


def test_the_upper_arm_is_no_upper_limb_alone(engine: Engine) -> None:
    # "upper" belongs to the site "upper arms" (proximal upper limb), not to the arm.
    assert UPPER_LIMB not in present_ids(engine, "weakness in my upper arms")


def test_the_site_is_shown(engine: Engine) -> None:
    finding = next(f for f in engine.interpret("weakness in my thigh muscles").findings)
    assert finding.site == "thigh"
    assert PROXIMAL_LOWER in finding.ids


# A lump at a site of the skin HPO names no mass of (body_sites.yaml skin_growths).

SKIN_NODULE = "HP:0200036"
SUBCUTANEOUS_NODULE = "HP:0001482"


@pytest.mark.parametrize("text", [
    "lumps on the back of my hands",
    "a lump on my arm",
    "a bump on my shin",
])
def test_a_lump_of_the_skin_is_a_nodule(engine: Engine, text: str) -> None:
    assert present_ids(engine, text) == {SKIN_NODULE, SUBCUTANEOUS_NODULE}


@pytest.mark.parametrize(("text", "expected"), [
    ("a lump in my breast", "HP:0032408"),  # Breast mass: a site with a term of its own
    ("a lump in my tummy", "HP:0031500"),  # Abdominal mass
])
def test_a_site_with_its_own_mass_keeps_it(engine: Engine, text: str, expected: str) -> None:
    assert expected in present_ids(engine, text)


def test_no_nodule_where_a_lump_is_no_growth_of_the_skin(engine: Engine) -> None:
    assert not present_ids(engine, "a lump in my throat") & {SKIN_NODULE, SUBCUTANEOUS_NODULE}


def test_the_nodule_keeps_its_site(engine: Engine) -> None:
    findings = engine.interpret("a lump on my arm").findings
    assert [f.site for f in findings] == ["arm"]
