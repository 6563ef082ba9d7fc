"""Reader gaps of issue 14 (h-reader60): limbs that jerk and move on their own (no Restless
legs), which fingers are numb (the little-finger side against the thumb side of the hand), a
lump on the face that bleeds (a skin nodule, no nosebleed), target-shaped spots, "flashes"
without "of light", a burning said with its place and coughing up mucus."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import named_sites
from whatcauses.rank.sites import other_parts

from .readings import answer_rank, finding_ids, present_ids

RESTLESS_LEGS = "HP:0012452"
LIMB_MYOCLONUS = "HP:0045084"
MYOCLONUS = "HP:0001336"
SKIN_NODULE = "HP:0200036"
EPISTAXIS = "HP:0000421"
ABNORMAL_BLEEDING = "HP:0001892"
BULLS_EYE_RASH = "HP:0040325"
PHOTOPSIA = "HP:0030786"
HOT_FLASHES = "HP:0031217"
DYSURIA = "HP:0100518"
NEURALGIA = "HP:0033345"
DYSPEPSIA = "HP:0410281"
PRODUCTIVE_COUGH = "HP:0031245"
CUBITAL_TUNNEL = "MONDO:0043982"
CARPAL_TUNNEL = "MONDO:0007275"
BASAL_CELL_CARCINOMA = "MONDO:0005341"


@pytest.mark.parametrize("question", [
    "my legs jerk and move on their own at night",
    "his arms jerk and move by themselves",
])
def test_limbs_that_jerk_and_move_are_no_restless_legs(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert RESTLESS_LEGS not in ids
    assert LIMB_MYOCLONUS in ids or MYOCLONUS in ids


def test_a_site_said_before_its_predicates_still_shares_them(engine: Engine) -> None:
    # "knee and hip pain": the knee has the pain too; "knee hot red and swollen": the knee
    # is swollen (no phrase of the predicates is split).
    assert "HP:0030839" in present_ids(engine, "knee and hip pain")
    assert "HP:0001386" in present_ids(
        engine, "knee hot red and swollen and I have a fever and can't bend it")


def test_a_fingertip_is_no_other_part_than_the_fingers() -> None:
    sites = body_sites()
    fingertips = set(named_sites("my fingertips go white", sites))
    assert other_parts(fingertips, set(named_sites("fingers that go white", sites))) == 0


def test_a_site_of_two_words_names_its_part_and_the_whole() -> None:
    sites = body_sites()
    named = named_sites("numbness in the ring and little fingers", sites)
    assert {"little fingers", "ring fingers", "fingers"} <= set(named.values())
    thumb_side = named_sites("the thumb, index and middle fingers", sites)
    assert {"thumb", "index fingers", "middle fingers"} <= set(thumb_side.values())
    # Carpal tunnel syndrome's fingers are other parts of the finger than the little one.
    assert other_parts(set(named_sites("little finger", sites)), set(thumb_side)) == 1
    assert other_parts(set(named_sites("little finger", sites)), set(named)) == 0
    # A knee is no part that a profile naming the big toe (gout) places elsewhere.
    assert other_parts(set(named_sites("knee", sites)), set(named_sites("big toe", sites))) == 0


def test_the_little_finger_side_lifts_cubital_over_carpal_tunnel(engine: Engine) -> None:
    question = "tingling and numbness in my ring and little fingers"
    reading = engine.interpret(question)
    assert any(f.site == "ring and little fingers" for f in reading.findings)
    assert answer_rank(engine, question, CUBITAL_TUNNEL) < answer_rank(
        engine, question, CARPAL_TUNNEL)
    thumb_side = "pins and needles in my thumb, index and middle fingers at night"
    assert answer_rank(engine, thumb_side, CARPAL_TUNNEL) == 0


@pytest.mark.parametrize("question", [
    "a pearly lump on my nose that bleeds",
    "a shiny bump on my cheek that keeps bleeding",
])
def test_a_lump_on_the_face_is_a_skin_nodule_not_a_nosebleed(engine: Engine,
                                                              question: str) -> None:
    ids = present_ids(engine, question)
    assert SKIN_NODULE in ids
    assert ABNORMAL_BLEEDING in ids
    assert EPISTAXIS not in ids
    assert answer_rank(engine, question, BASAL_CELL_CARCINOMA) < 3


def test_a_lump_inside_the_nose_is_no_skin_nodule(engine: Engine) -> None:
    assert SKIN_NODULE not in finding_ids(engine, "a lump in my nose")


@pytest.mark.parametrize("question", [
    "target lesions on my palms",
    "target-shaped spots on my hands",
])
def test_target_spots_are_a_bulls_eye_rash(engine: Engine, question: str) -> None:
    assert BULLS_EYE_RASH in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "I see flashes",
    "seeing flashes and floaters",
    "flashes and floaters in my left eye",
])
def test_flashes_seen_are_photopsia(engine: Engine, question: str) -> None:
    assert PHOTOPSIA in present_ids(engine, question)


def test_hot_flashes_stay_hot_flashes(engine: Engine) -> None:
    ids = present_ids(engine, "I get hot flashes and night sweats")
    assert HOT_FLASHES in ids
    assert PHOTOPSIA not in ids


@pytest.mark.parametrize(("question", "wanted"), [
    ("burning pain when I urinate", DYSURIA),
    ("a burning feeling in my stomach after meals", DYSPEPSIA),
    ("a burning feeling in my legs at night", NEURALGIA),
])
def test_a_burning_with_its_place(engine: Engine, question: str, wanted: str) -> None:
    assert wanted in present_ids(engine, question)


def test_a_burning_pain_on_urinating_is_no_nerve_pain(engine: Engine) -> None:
    assert NEURALGIA not in present_ids(engine, "burning pain when I urinate")


@pytest.mark.parametrize("question", [
    "I cough up yellow mucus every morning",
    "a cough with mucus",
    "coughing up lots of sputum",
])
def test_coughing_up_mucus_is_a_productive_cough(engine: Engine, question: str) -> None:
    assert PRODUCTIVE_COUGH in present_ids(engine, question)
