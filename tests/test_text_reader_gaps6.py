"""Reader gaps of h-reader13, on the real engine, as text_gold.yaml states them (a sentence
and the HPO ids it should read): light-headed on getting up in any spelling, "rundown",
jaw wordings, a baby tried for, swelling at a joint site."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine

from .readings import cli_interpretation, present_ids

ORTHOSTATIC_HYPOTENSION, PRESYNCOPE = "HP:0001278", "HP:0031972"
MALAISE, FATIGUE = "HP:0033834", "HP:0012378"
JAW_PAIN, EAR_PAIN, TRISMUS, OPEN_MOUTH = "HP:0040264", "HP:0030766", "HP:0000211", "HP:0000194"
BRUXISM, TMJ_CREPITUS = "HP:0003763", "HP:0012479"
INFERTILITY, FEMALE_INFERTILITY = "HP:0000789", "HP:0008222"
JOINT_SWELLING, EDEMA = "HP:0001386", "HP:0000969"


# ---- light-headed on getting up ----

@settings(max_examples=20, deadline=None)
@given(word=st.sampled_from(["lightheaded", "light-headed", "light headed"]),
       when=st.sampled_from(["when I stand up", "when I get up", "on standing",
                             "when I stand"]))
def test_light_headed_on_getting_up_is_orthostatic_in_every_spelling(
        engine: Engine, word: str, when: str) -> None:
    assert ORTHOSTATIC_HYPOTENSION in present_ids(engine, f"I feel {word} {when}.")


def test_light_headed_alone_stays_presyncope(engine: Engine) -> None:
    found = present_ids(engine, "I feel lightheaded.")
    assert PRESYNCOPE in found and ORTHOSTATIC_HYPOTENSION not in found


@pytest.mark.parametrize("question", ["I've felt rundown for weeks.", "I feel so run-down.",
                                      "I am run down."])
def test_run_down_in_one_word_or_three(engine: Engine, question: str) -> None:
    assert {MALAISE, FATIGUE} <= present_ids(engine, question)


# ---- jaw ----

@pytest.mark.parametrize("question", ["It aches in front of my ear when I chew.",
                                      "I get pain just in front of my ear."])
def test_pain_in_front_of_the_ear_is_jaw_pain_first(engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    assert any(f.ids[:2] == (JAW_PAIN, EAR_PAIN) for f in reading.findings)


def test_pain_in_the_ear_stays_ear_pain(engine: Engine) -> None:
    found = present_ids(engine, "I have pain in my ear.")
    assert EAR_PAIN in found and JAW_PAIN not in found


@pytest.mark.parametrize("question", ["I can't open my mouth fully.",
                                      "I can't open my mouth all the way.",
                                      "My jaw locks when I yawn."])
def test_a_mouth_that_will_not_open_is_trismus_never_open_mouth(
        engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert TRISMUS in found and OPEN_MOUTH not in found


@pytest.mark.parametrize("question", ["I clench my teeth at night.",
                                      "I clench my jaw when I'm stressed.",
                                      "She clenches her teeth."])
def test_clenching_is_bruxism(engine: Engine, question: str) -> None:
    assert BRUXISM in present_ids(engine, question)


def test_a_clicking_jaw_is_joint_crepitus(engine: Engine) -> None:
    assert TMJ_CREPITUS in present_ids(engine, "My jaw clicks when I eat.")


# ---- a baby tried for ----

@pytest.mark.parametrize("wish", ["We've been trying for a baby", "I've been trying to have a baby",
                                  "We have been trying to start a family"])
def test_a_baby_tried_for_a_year_or_more_is_infertility(engine: Engine, wish: str) -> None:
    reading = engine.interpret(f"{wish} for over a year.")
    assert {INFERTILITY, FEMALE_INFERTILITY} <= present_ids(engine, f"{wish} for over a year.")
    assert "pregnancy" not in reading.exposure_keys


def test_a_baby_tried_for_a_short_time_or_a_baby_born_reads_no_infertility(
        engine: Engine) -> None:
    assert not {INFERTILITY, FEMALE_INFERTILITY} & present_ids(
        engine, "We've been trying for a baby for three months.")
    reading = engine.interpret("I had a baby last year and my baby has a rash.")
    assert "pregnancy" not in reading.exposure_keys
    assert not any(x.key == "pregnancy" for x in reading.exposures)


# ---- swelling at a joint site ----

@pytest.mark.parametrize("question", ["My big toe is swollen.", "My knee has swelled up.",
                                      "My knees are swollen."])
def test_swelling_at_a_joint_site_is_joint_swelling(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert JOINT_SWELLING in found and EDEMA not in found


def test_a_named_joint_term_still_wins(engine: Engine) -> None:
    # the joint term comes last: a term HPO names for the site itself is taken first
    assert "HP:0030839" in present_ids(engine, "I have pain in my knees.")  # Knee pain
    assert "HP:0025259" in present_ids(engine, "I have stiff elbows.")  # Stiff elbow


# ---- a finding said of "it" takes the site named before ----

@pytest.mark.parametrize("question", [
    "My big toe woke me up throbbing, it's red hot and swollen.",
    "My knee gave way, and it is swollen.",
    "I banged my big toe; it's swollen."])
def test_a_finding_said_of_it_takes_the_site_before(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert JOINT_SWELLING in found and EDEMA not in found


@pytest.mark.parametrize(("question", "not_read"), [
    # a clause with no subject is as often a new item of a list
    ("A purple rash around the eyes, red scaly bumps over the knuckles.", "HP:0025337"),
    ("Bowed legs, short height and weight loss.", "HP:0006385"),
    ("My big toe hurts, swollen glands and a fever.", JOINT_SWELLING),
    # nor is a finding word followed by a word of its own
    ("My legs ache, and it's short height too.", "HP:0006385"),
])
def test_a_list_item_takes_no_site_from_the_item_before(
        engine: Engine, question: str, not_read: str) -> None:
    assert not_read not in present_ids(engine, question)


def test_a_site_in_another_sentence_is_not_referred_to(engine: Engine) -> None:
    found = present_ids(engine, "My big toe is fine. It's swollen.")
    assert JOINT_SWELLING not in found


# ---- pain that spreads ----

LOWER_LIMB_PAIN, BACK_PAIN = "HP:0012514", "HP:0003418"


@pytest.mark.parametrize("question", ["Backache that travels into my thighs when I walk.",
                                      "I have backache that shoots down my leg."])
def test_a_backache_that_spreads_keeps_where_it_reaches(engine: Engine, question: str) -> None:
    assert {BACK_PAIN, LOWER_LIMB_PAIN} <= present_ids(engine, question)


# ---- sides ----

UNILATERAL_FACIAL_PALSY, BILATERAL_FACIAL_PALSY = "HP:0012799", "HP:0430025"
PTOSIS, UNILATERAL_PTOSIS, BILATERAL_PTOSIS = "HP:0000508", "HP:0007687", "HP:0001488"


@pytest.mark.parametrize("side", ["left", "right"])
def test_one_side_of_the_face_is_never_bilateral(engine: Engine, side: str) -> None:
    found = present_ids(engine, f"The {side} side of my face is weak.")
    assert UNILATERAL_FACIAL_PALSY in found and BILATERAL_FACIAL_PALSY not in found


def test_both_sides_stay_bilateral(engine: Engine) -> None:
    assert BILATERAL_FACIAL_PALSY in present_ids(engine, "Both sides of my face are weak.")
    assert BILATERAL_PTOSIS in present_ids(engine, "Both eyelids droop.")


def test_a_side_narrows_a_plain_finding_to_its_named_child(engine: Engine) -> None:
    found = present_ids(engine, "My left eyelid is drooping.")
    assert UNILATERAL_PTOSIS in found and PTOSIS not in found
    # without a side word the plain finding stays
    assert PTOSIS in present_ids(engine, "My eyelid is drooping.")


# ---- through the CLI ----

def test_ask_shows_the_new_readings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    interpretation = cli_interpretation(
        engine, monkeypatch, "I can't open my mouth fully and the left side of my face is weak")
    found = {f["id"] for f in interpretation["findings"]}
    assert {TRISMUS, UNILATERAL_FACIAL_PALSY} <= found
    assert not {OPEN_MOUTH, BILATERAL_FACIAL_PALSY} & found
