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
