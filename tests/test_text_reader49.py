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


# A finding in a relative clause after a site leaves the site to the finding it was said
# with, when that one names a narrower term with it.

HAND_PARESTHESIA = "HP:0033660"


def test_a_relative_clause_leaves_the_site_to_the_finding_before(engine: Engine) -> None:
    findings = engine.interpret(
        "tingling in my thumb and first two fingers that wakes me at night").findings
    tingling = next(f for f in findings if HAND_PARESTHESIA in f.ids)
    assert tingling.site == "thumb and first two fingers"


def test_a_site_that_is_the_subject_stays_with_its_finding(engine: Engine) -> None:
    # "one of his pupils looks white": the side is the pupil's, no one-sided squint.
    ids = present_ids(engine, "my baby has a squint and one of his pupils looks white")
    assert "HP:0010877" not in ids  # Monocular strabismus


# A one-word finding before another, over describing words read as nothing, names the
# other's place; a site phrase of several words inside the other's phrase is that place.

NECK_PAIN = "HP:0030833"
ANTERIOR_NECK_SWELLING = "HP:6000176"


def test_a_painful_tender_swelling_of_the_neck_is_neck_pain(engine: Engine) -> None:
    ids = present_ids(engine, "a painful tender swelling at the front of my neck")
    assert {NECK_PAIN, ANTERIOR_NECK_SWELLING} <= ids


def test_subacute_thyroiditis_rises_with_the_neck_pain(engine: Engine) -> None:
    from .readings import answer_rank
    assert answer_rank(engine, "a painful tender swelling at the front of my neck after "
                       "the flu, with a fever", "MONDO:0006982", top=3) < 3


def test_adjacent_findings_still_share_the_place(engine: Engine) -> None:
    assert "HP:0030839" in present_ids(engine, "swollen painful knees")  # Knee pain


def test_a_describing_word_between_keeps_the_place(engine: Engine) -> None:
    # "hard", read as nothing, stands between "painful" and the lump in the breast.
    assert "HP:0034265" in present_ids(engine, "a painful hard lump in my breast")  # Mastalgia


def test_findings_joined_by_and_keep_their_readings(engine: Engine) -> None:
    # "lower back pain and stiffness": the stiffness keeps its general readings (Joint
    # stiffness among them), as before h-reader49.
    ids = present_ids(engine, "lower back pain and stiffness for over a year, worst in the "
                      "morning and after resting")
    assert "HP:0001387" in ids
