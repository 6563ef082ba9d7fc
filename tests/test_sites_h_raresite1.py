"""Site reading, h-raresite1 (issue 14, body-site voice for rare diseases): a body site right
after a word that is a finding by itself ("swollen feet", "itchy hands") is that finding's
noun; it is never lent, across "and" or a comma, to a finding said after it ("swollen feet
and weak muscles" is no weakness of the feet; "swollen hands, sore joints and weak muscles"
no Hand muscle weakness). "Bulky" is a size word ("his calves look bulky")."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import present_ids

HAND_MUSCLE_WEAKNESS = "HP:0030237"
DISTAL_LOWER_LIMB_WEAKNESS = "HP:0009053"
ANKLE_WEAKNESS = "HP:0031374"
MUSCLE_WEAKNESS = "HP:0001324"
PEDAL_EDEMA = "HP:0010741"
ANKLE_SWELLING = "HP:0001785"
PRURITUS = "HP:0000989"
DISTAL_MUSCLE_WEAKNESS = "HP:0002460"
PROXIMAL_WEAKNESS = "HP:0003701"
BILATERAL_PTOSIS = "HP:0001488"
LIMB_PAIN = "HP:0009763"


def test_a_site_after_a_finding_word_is_not_lent_to_a_descriptor_after_and(
        engine: Engine) -> None:
    ids = present_ids(engine, "swollen feet and weak muscles")
    assert PEDAL_EDEMA in ids
    assert MUSCLE_WEAKNESS in ids
    assert DISTAL_LOWER_LIMB_WEAKNESS not in ids
    ids = present_ids(engine, "swollen ankles and weak muscles")
    assert ANKLE_SWELLING in ids
    assert ANKLE_WEAKNESS not in ids


def test_a_site_after_a_finding_word_is_no_word_of_a_later_phrase(engine: Engine) -> None:
    ids = present_ids(engine, "itchy hands and weak muscles")
    assert PRURITUS in ids
    assert MUSCLE_WEAKNESS in ids
    assert HAND_MUSCLE_WEAKNESS not in ids


def test_a_site_after_a_finding_word_shares_no_later_head(engine: Engine) -> None:
    ids = present_ids(engine, "swollen hands, sore joints and weak muscles")
    assert MUSCLE_WEAKNESS in ids
    assert HAND_MUSCLE_WEAKNESS not in ids


def test_listed_sites_and_distributions_still_compose(engine: Engine) -> None:
    assert DISTAL_MUSCLE_WEAKNESS in present_ids(engine, "weak hands and feet")
    assert PROXIMAL_WEAKNESS in present_ids(engine, "weakness in the shoulders and thighs")
    assert BILATERAL_PTOSIS in present_ids(engine, "drooping of both eyelids")
    assert LIMB_PAIN in present_ids(engine, "my leg and arm are sore")


# ---- "bulky" is a size word ----

CALF_MUSCLE_HYPERTROPHY = "HP:0008981"


def test_bulky_says_a_part_is_large(engine: Engine) -> None:
    for text in ("his calves look bulky", "bulky calves"):
        assert CALF_MUSCLE_HYPERTROPHY in present_ids(engine, text), text
