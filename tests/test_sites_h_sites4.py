"""Body sites as people say them (h-sites4, issue 14): "the right-hand side" is a side, no
hand; a height parted from its side still names a quadrant of the tummy; "little and ring
fingers" are both fingers; the pubic bone, the side of the neck and the small of the back are
sites; nerve pain of the face is the trigeminal nerve's; a lump "under" a site is at it; and a
path down the arm that drops its parts no longer raises an error."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import site_keys

from .readings import answer_rank, present_ids

HAND_PAIN = "HP:0046505"
ABDOMINAL_PAIN = "HP:0002027"
CHEST_PAIN = "HP:0100749"
HAND_PARESTHESIA = "HP:0033660"
PELVIC_PAIN = "HP:0034267"
BONE_PAIN = "HP:0002653"
CERVICAL_LYMPHADENOPATHY = "HP:0025289"
LATERAL_NECK_MASS = "HP:6000174"
GOITER = "HP:0000853"
SKIN_NODULE = "HP:0200036"
LOW_BACK_PAIN = "HP:0003419"
BACK_PAIN = "HP:0003418"
NECK_PAIN = "HP:0030833"
UPPER_LIMB_PAIN = "HP:0012513"
APPENDICITIS = "MONDO:0005649"
CUBITAL_TUNNEL = "MONDO:0043982"
CYSTITIS = "MONDO:0001650"
CERVICAL_RADICULOPATHY = "MONDO:0002959"
TRIGEMINAL_NEURALGIA = "MONDO:0008599"
TRIGEMINAL_NEURALGIA_TERM = "HP:0100661"


@pytest.mark.parametrize(("text", "term"), [
    ("pain on the right hand side of my belly", ABDOMINAL_PAIN),
    ("pain in the left hand side of my abdomen", ABDOMINAL_PAIN),
    ("a dull ache on the left-hand side of my chest", CHEST_PAIN),
])
def test_the_right_hand_side_is_a_side_not_a_hand(engine: Engine, text: str, term: str) -> None:
    ids = present_ids(engine, text)
    assert term in ids
    assert HAND_PAIN not in ids


def test_a_hand_is_still_a_hand(engine: Engine) -> None:
    assert HAND_PAIN in present_ids(engine, "pain in my right hand")


@pytest.mark.parametrize(("text", "quadrant"), [
    ("pain low down on the right hand side of my tummy", "abdomen lower right"),
    ("pain in my tummy, low down on the right", "abdomen lower right"),
    ("on the left, high up in my belly", "abdomen upper left"),
    ("pain on the right side, low down in my tummy", "abdomen lower right"),
    ("pain in the lower right side of my tummy", "abdomen lower right"),
])
def test_a_height_parted_from_its_side_names_a_quadrant(text: str, quadrant: str) -> None:
    assert quadrant in site_keys(text, body_sites())


@pytest.mark.parametrize("text", [
    "pain low in my back on the right side",
    "low back pain on the right and a sore tummy",
])
def test_no_quadrant_without_the_tummy_beside_it(text: str) -> None:
    assert not any(k.startswith("abdomen ") for k in site_keys(text, body_sites()))


def test_low_down_on_the_right_of_the_tummy_lifts_appendicitis(engine: Engine) -> None:
    question = ("stabbing pain low down on the right hand side of my tummy since this "
                "morning, I feel sick and feverish")
    assert answer_rank(engine, question, APPENDICITIS) == 0


@pytest.mark.parametrize("text", [
    "pins and needles in my little and ring fingers",
    "numbness in my little and ring fingers when I keep my elbow bent",
])
def test_little_and_ring_fingers_are_both_the_sites(engine: Engine, text: str) -> None:
    findings = [f for f in engine.interpret(text).findings if HAND_PARESTHESIA in f.ids]
    assert findings and findings[0].site == "little and ring fingers"
    assert answer_rank(engine, text, CUBITAL_TUNNEL) == 0


def test_little_and_ring_said_before_the_finding(engine: Engine) -> None:
    sites = [f.site for f in engine.interpret("my little and ring finger are numb").findings]
    assert "little and ring finger" in sites


def test_pain_above_the_pubic_bone_is_pelvic_pain(engine: Engine) -> None:
    ids = present_ids(engine, "pain just above my pubic bone")
    assert PELVIC_PAIN in ids
    assert BONE_PAIN not in ids
    question = "pain just above my pubic bone and I need to wee every half hour, it stings"
    assert answer_rank(engine, question, CYSTITIS) == 0


@pytest.mark.parametrize("text", [
    "a lump in the side of my neck",
    "a swelling at the side of his neck",
])
def test_a_lump_at_the_side_of_the_neck_is_no_goitre(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert {CERVICAL_LYMPHADENOPATHY, LATERAL_NECK_MASS} <= ids
    assert GOITER not in ids


@pytest.mark.parametrize("text", ["a lump under my chin", "a bump under my knee"])
def test_a_lump_under_a_site_is_at_it(engine: Engine, text: str) -> None:
    assert SKIN_NODULE in present_ids(engine, text)


def test_a_lump_under_the_skin_is_still_under_the_skin(engine: Engine) -> None:
    assert SKIN_NODULE not in present_ids(engine, "a lump under my skin")


def test_the_small_of_the_back_is_the_lower_back(engine: Engine) -> None:
    ids = present_ids(engine, "an ache in the small of my back")
    assert LOW_BACK_PAIN in ids
    assert BACK_PAIN not in ids


def test_a_path_down_the_arm_from_the_neck_is_read(engine: Engine) -> None:
    question = "pain that starts in my neck and goes down my arm into my thumb"
    assert {NECK_PAIN, UPPER_LIMB_PAIN} <= present_ids(engine, question)
    assert answer_rank(engine, question, CERVICAL_RADICULOPATHY) == 0


def test_nerve_pain_of_the_face_is_trigeminal_neuralgia(engine: Engine) -> None:
    question = ("electric shock pains on one side of my face when I touch my cheek or brush "
                "my teeth")
    assert TRIGEMINAL_NEURALGIA_TERM in present_ids(engine, question)
    assert answer_rank(engine, question, TRIGEMINAL_NEURALGIA) < 3
    # A pain of the face that no word calls a nerve's stays the face's pain.
    assert TRIGEMINAL_NEURALGIA_TERM not in present_ids(engine, "pain in my face")


OSTEOARTHRITIS = "MONDO:0005178"
KIDNEY_STONES = "MONDO:0008171"


def test_an_ache_in_the_groin_with_a_stiff_hip_names_osteoarthritis(engine: Engine) -> None:
    question = ("a deep ache in my groin when I walk and my hip is stiff for a while in the "
                "morning, I'm 67")
    assert answer_rank(engine, question, OSTEOARTHRITIS) < 3


def test_colic_into_the_groin_stays_kidney_stones(engine: Engine) -> None:
    question = ("worst pain of my life in my left side going down into the groin, comes in "
                "waves, and there's blood in my wee")
    assert answer_rank(engine, question, KIDNEY_STONES) == 0
