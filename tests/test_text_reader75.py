"""Reading (h-reader75, issue 14), on the real engine: a small amount said with "hardly",
"scarcely", "very little" as "barely"; spots at a site of the skin; self-biting, a baby who
cannot sit up, polyps in the bowel, pits on the palms and cysts in the jaw; with guards for
what none of them may read."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import SCARCITY_MARK, tokenize

from .readings import answer_rank, present_ids

OLIGURIA = "HP:0100520"
POOR_APPETITE = "HP:0004396"
SKIN_RASH = "HP:0000988"
PAPULE = "HP:0200034"
ACNE = "HP:0001061"
PETECHIAE = "HP:0000967"
SELF_BITING = "HP:0012169"
ABNORMAL_BLEEDING = "HP:0001892"
DELAYED_SITTING = "HP:0025336"
INTESTINAL_POLYP = "HP:0005266"
PALMAR_PITS = "HP:0010610"
JAW_KERATOCYSTS = "HP:0010603"
HAND_FOOT_AND_MOUTH = "MONDO:0005779"
ACUTE_KIDNEY_INJURY = "MONDO:0002492"
GORLIN = "OMIM:109400"
MALAR_RASH = "HP:0025300"
PUSTULE = "HP:0200039"
TRISMUS = "HP:0000211"


@pytest.mark.parametrize("said", ["hardly", "scarcely", "very little", "very few"])
def test_small_amounts_are_one_quantity(said: str) -> None:
    marked = [t.stem for t in tokenize(f"{said} urine") if t.is_word]
    assert SCARCITY_MARK in marked


def test_a_very_little_thing_is_a_size() -> None:
    assert SCARCITY_MARK not in [t.stem for t in tokenize("a very little baby")]


@pytest.mark.parametrize("question", [
    "my dad has been passing very little urine for two days",
    "he has hardly passed any urine since yesterday",
    "she's scarcely peeing at all"])
def test_a_small_amount_of_urine_is_oliguria(engine: Engine, question: str) -> None:
    assert OLIGURIA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["my mum is barely eating", "he eats very little",
                                      "she has hardly any appetite"])
def test_barely_eating_is_poor_appetite(engine: Engine, question: str) -> None:
    assert POOR_APPETITE in present_ids(engine, question)


@pytest.mark.parametrize("question", ["spots on his hands and feet", "spots all over her tummy",
                                      "spots on my arms"])
def test_spots_at_a_site_of_the_skin_are_a_rash(engine: Engine, question: str) -> None:
    assert {SKIN_RASH, PAPULE} <= present_ids(engine, question)


@pytest.mark.parametrize("question", ["I have spots", "spots in my vision", "a spot on my nose"])
def test_spots_without_a_site_of_the_skin_are_no_rash(engine: Engine, question: str) -> None:
    assert SKIN_RASH not in present_ids(engine, question)


def test_spots_keep_their_curated_readings(engine: Engine) -> None:
    assert ACNE in present_ids(engine, "I have spots on my face")
    assert PETECHIAE in present_ids(engine, "spots that don't fade")
    assert PETECHIAE in present_ids(engine, "red spots on my legs")
    assert ACNE in present_ids(engine, "my toddler is spotty")


def test_spots_on_hands_and_feet_find_hand_foot_and_mouth(engine: Engine) -> None:
    question = "my 3 year old has spots on his hands and feet and sores in his mouth"
    assert answer_rank(engine, question, HAND_FOOT_AND_MOUTH) < 3


def test_biting_lips_and_fingers_is_self_biting_not_bleeding(engine: Engine) -> None:
    found = present_ids(engine, "my son bites his lips and fingers")
    assert SELF_BITING in found
    assert ABNORMAL_BLEEDING not in found


def test_a_baby_who_cannot_sit_up_is_delayed_sitting(engine: Engine) -> None:
    assert DELAYED_SITTING in present_ids(engine, "my 9 month old baby can't sit up")
    assert DELAYED_SITTING not in present_ids(engine, "I can't sit still")


def test_polyps_pits_and_jaw_cysts(engine: Engine) -> None:
    assert INTESTINAL_POLYP in present_ids(engine, "he has polyps in his bowel")
    assert PALMAR_PITS in present_ids(engine, "pits on his palms")
    assert JAW_KERATOCYSTS in present_ids(engine, "cysts in my jaw")


def test_low_urine_and_swollen_ankles_find_kidney_injury(engine: Engine) -> None:
    question = "he has hardly passed any urine since yesterday and his ankles are swollen"
    assert answer_rank(engine, question, ACUTE_KIDNEY_INJURY) < 3


def test_palmar_pits_and_jaw_cysts_find_gorlin(engine: Engine) -> None:
    question = "he has little pits on his palms and the dentist found cysts in his jaw"
    assert answer_rank(engine, question, GORLIN) < 3


def test_spots_on_the_cheeks_are_no_malar_rash(engine: Engine) -> None:
    question = "my face goes red easily and I get spots on my nose and cheeks"
    assert MALAR_RASH not in present_ids(engine, question)


def test_white_headed_spots_are_pustules(engine: Engine) -> None:
    assert PUSTULE in present_ids(engine, "little white-headed spots on my back")


@pytest.mark.parametrize("question", ["it's hard to open my mouth",
                                      "I can hardly open my mouth"])
def test_hard_to_open_the_mouth_stays_trismus(engine: Engine, question: str) -> None:
    assert TRISMUS in present_ids(engine, question)


@pytest.mark.parametrize("question", ["my son bites his lips and fingers until they bleed",
                                      "I scratch my skin until it bleeds"])
def test_bleeding_an_action_ends_in_is_no_bleeding_tendency(engine: Engine,
                                                              question: str) -> None:
    assert ABNORMAL_BLEEDING not in present_ids(engine, question)


def test_bleeding_for_ages_is_still_read(engine: Engine) -> None:
    assert ABNORMAL_BLEEDING in present_ids(engine, "I bleed for ages after a small cut")
