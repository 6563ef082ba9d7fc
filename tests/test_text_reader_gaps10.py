"""Reader gaps of h-reader17, on the real engine and on the pattern modules alone: a side
word inside a lay phrase; "sight" is vision; a carer's reflexive; feet stuck to the floor;
tics said as actions that cannot be held back; hallucinations said as things seen or heard
that are not there; a pain that runs from the lower back down the leg; a second heart rate
said apart from its heart."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.hallucinations import (
    AUDITORY_HALLUCINATION,
    VISUAL_HALLUCINATION,
    read_hallucinations,
)
from whatcauses.text.rhythm import read_rates
from whatcauses.text.tics import MOTOR_TICS, PHONIC_TICS, read_tics

from .readings import cli_interpretation, present_ids

ARM_WEAKNESS, BLURRED_VISION = "HP:0003484", "HP:0000622"
REDUCED_ACUITY, URINARY_INCONTINENCE = "HP:0007663", "HP:0000020"
FREEZING_OF_GAIT, VERTIGO, SPINNING = "HP:0031825", "HP:0002321", "HP:5200069"
BRADYCARDIA = "HP:0001662"


def _words(text: str) -> list[str]:
    return text.lower().replace(",", " ,").replace(".", " .").split()


@pytest.mark.parametrize("question", ["he can't lift his right arm", "I can't lift my left arm"])
def test_a_side_word_inside_a_phrase_is_passed_over(engine: Engine, question: str) -> None:
    assert ARM_WEAKNESS in present_ids(engine, question)


@pytest.mark.parametrize("question", ["my sight has gone blurry", "Her eyesight has gone blurry."])
def test_sight_is_vision(engine: Engine, question: str) -> None:
    assert BLURRED_VISION in present_ids(engine, question)


def test_one_eye_seeing_worse_is_reduced_acuity(engine: Engine) -> None:
    assert REDUCED_ACUITY in present_ids(engine, "one eye sees worse than the other")


@pytest.mark.parametrize("question", ["he keeps wetting himself", "she's wetting herself"])
def test_a_carers_reflexive_is_the_askers(engine: Engine, question: str) -> None:
    assert URINARY_INCONTINENCE in present_ids(engine, question)


@pytest.mark.parametrize("question", ["his feet get stuck to the floor when he walks",
                                      "her feet freeze to the ground when she starts walking"])
def test_feet_stuck_to_the_floor_is_freezing_of_gait(engine: Engine, question: str) -> None:
    assert FREEZING_OF_GAIT in present_ids(engine, question)


def test_a_spinning_feeling_is_vertigo(engine: Engine) -> None:
    found = present_ids(engine, "I get a spinning feeling when I roll over")
    assert VERTIGO in found and SPINNING not in found


def test_a_heart_that_goes_slow_is_bradycardia(engine: Engine) -> None:
    assert BRADYCARDIA in present_ids(engine, "my heart goes really slow at times")


@pytest.mark.parametrize(("question", "wanted"), [
    ("He keeps blinking and clearing his throat, he can't stop it.", {MOTOR_TICS, PHONIC_TICS}),
    ("she keeps sniffing over and over", {PHONIC_TICS}),
    ("he keeps jerking his head and can't help it", {MOTOR_TICS}),
])
def test_actions_that_cannot_be_held_back_are_tics(engine: Engine, question: str,
                                                   wanted: set[str]) -> None:
    assert wanted <= present_ids(engine, question)


@pytest.mark.parametrize("question", ["he keeps sniffing and has a runny nose",
                                      "my legs keep jerking at night and I can't stop them",
                                      "the rash is clearing and I can't stop scratching",
                                      "he keeps clearing his throat and can't stop coughing"])
def test_an_action_alone_or_without_its_object_is_no_tic(engine: Engine, question: str) -> None:
    assert not {MOTOR_TICS, PHONIC_TICS} & present_ids(engine, question)


def test_read_tics_needs_the_urge_in_the_same_sentence() -> None:
    words = _words("he keeps blinking. he can't stop laughing at it")
    assert read_tics(words, range(len(words)), ()) == []
    words = _words("he keeps blinking, he can't stop it")
    assert [(h.term, h.positions) for h in read_tics(words, range(len(words)), ())] == [
        (MOTOR_TICS, (2,))]


@pytest.mark.parametrize("question", [
    "Grandad sees little children in the garden who aren't there",
    "mum keeps seeing people in her room that nobody else can see",
])
def test_seeing_what_is_not_there_is_a_visual_hallucination(engine: Engine,
                                                            question: str) -> None:
    assert VISUAL_HALLUCINATION in present_ids(engine, question)


def test_hearing_what_is_not_there_is_an_auditory_hallucination(engine: Engine) -> None:
    assert AUDITORY_HALLUCINATION in present_ids(engine, "he hears music that isn't real")


@pytest.mark.parametrize("question", ["I went to see the doctor but the nurse wasn't there",
                                      "I saw the GP and she said the lump is not there",
                                      "I can't see the board, it's not there"])
def test_a_visit_or_a_failing_sense_is_no_hallucination(engine: Engine, question: str) -> None:
    assert VISUAL_HALLUCINATION not in present_ids(engine, question)


def test_what_a_hallucination_shows_is_not_the_person(engine: Engine) -> None:
    reading = engine.interpret("Grandad sees little children in the garden who aren't there")
    # No child's age from what he sees; "Grandad" himself is an older person (h-reader37).
    assert reading.age is not None and reading.age >= 60
    assert reading.age_text == "grandad"


def test_read_hallucinations_positions() -> None:
    words = _words("she sees a dog that isn't there")
    hits = read_hallucinations(words, range(len(words)), ())
    assert [(h.term, h.positions) for h in hits] == [(VISUAL_HALLUCINATION, (1, 5, 6))]


SCIATICA, LOWER_LIMB_PAIN, LOW_BACK_PAIN, PAIN = "HP:0011868", "HP:0012514", "HP:0003419", \
    "HP:0012531"


@pytest.mark.parametrize("question", [
    "burning pain runs from my lower back down my leg",
    "A sharp pain shoots from my bum into the back of my thigh.",
    "pain in my lower back that shoots down my leg",
])
def test_a_pain_from_the_lower_back_down_the_leg_is_sciatica(engine: Engine,
                                                             question: str) -> None:
    assert SCIATICA in present_ids(engine, question)


def test_the_start_of_a_sciatic_path_keeps_its_pain_and_no_bare_pain_is_left(
        engine: Engine) -> None:
    found = present_ids(engine, "pain in my lower back that shoots down my leg")
    assert LOW_BACK_PAIN in found and PAIN not in found


@pytest.mark.parametrize("question", ["pain in my upper back that goes down my arm",
                                      "a rash that spreads from my back down my legs",
                                      "Chest pain spreading to my left arm and jaw."])
def test_other_paths_are_no_sciatica(engine: Engine, question: str) -> None:
    assert SCIATICA not in present_ids(engine, question)


TACHYCARDIA = "HP:0001649"


@pytest.mark.parametrize("question", [
    "My heart goes really slow and then suddenly too fast.",
    "my pulse drops very low at times and other times it races",
])
def test_a_second_rate_of_the_same_heart_is_read(engine: Engine, question: str) -> None:
    assert {BRADYCARDIA, TACHYCARDIA} <= present_ids(engine, question)


def test_a_rate_word_after_a_contrast_is_not_the_hearts(engine: Engine) -> None:
    assert TACHYCARDIA not in present_ids(engine, "my heart is fine but I eat too fast")


def test_a_rate_of_another_owners_noun_is_not_the_hearts(engine: Engine) -> None:
    found = present_ids(engine, "my heart goes slow and my breathing gets fast")
    assert BRADYCARDIA in found and TACHYCARDIA not in found


def test_read_rates_needs_a_first_rate() -> None:
    words = _words("my heart goes slow and then too fast")
    assert read_rates(words, range(len(words)), (), None) == []
    assert [h.positions for h in read_rates(words, range(len(words)), (), 3)] == [(7,)]


HEMIPARESIS, LEG_WEAKNESS, AUDITORY = "HP:0001269", "HP:0007340", AUDITORY_HALLUCINATION


@pytest.mark.parametrize(("question", "wanted"), [
    ("his eyesight's gone fuzzy", BLURRED_VISION),
    ("she shuffles and her feet get stuck in doorways", FREEZING_OF_GAIT),
    ("she can't raise her right arm", ARM_WEAKNESS),
    ("I can't lift my right leg", LEG_WEAKNESS),
    ("the right side of his body went weak", HEMIPARESIS),
    ("she hears people talking when nobody is there", AUDITORY),
    ("he keeps twitching his nose and can't help it", MOTOR_TICS),
    ("the pain goes from my lower back into my buttock and down my leg", SCIATICA),
])
def test_more_wordings_of_the_same_kinds(engine: Engine, question: str, wanted: str) -> None:
    assert wanted in present_ids(engine, question)


def test_a_twitching_eyelid_is_no_tic(engine: Engine) -> None:
    assert MOTOR_TICS not in present_ids(engine, "my eyelid keeps twitching and I can't stop it")


# ---- through the CLI ----

def test_ask_shows_tics_and_a_hallucination_without_a_childs_age(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    interpretation = cli_interpretation(
        engine, monkeypatch, "Grandad keeps blinking and grunting and can't stop it, and he "
                             "sees children who aren't there.")
    found = {f["id"] for f in interpretation["findings"]}
    assert {MOTOR_TICS, PHONIC_TICS, VISUAL_HALLUCINATION} <= found
    # No child's age from what he sees; "Grandad" himself is an older person (h-reader37).
    assert interpretation["age"] is not None and interpretation["age"] >= 60
