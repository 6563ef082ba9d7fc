"""Reader gaps of h-reader37 (issue 14), through the real engine: "shake my hand(s)" is the
person's own act, no tremor (QuestionReader._shakes_own_hand); lay wordings of
lay_terms.yaml block "h-reader37": a changed bowel habit, speech lost in background noise,
bumping into things at the sides, eyes that do not look the same way (the "not" belongs to
"the same"), "bunged up", "hot and cold" shivers, big veins."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

TREMOR, PARESTHESIA, HAND_PARESTHESIA = "HP:0001337", "HP:0003401", "HP:0033660"
DIARRHEA, CONSTIPATION, NASAL_CONGESTION = "HP:0002014", "HP:0002019", "HP:0001742"
SPEECH_DISCRIMINATION, PERIPHERAL_FIELD_LOSS = "HP:0001963", "HP:0007994"
STRABISMUS, CHILLS, COLDNESS = "HP:0000486", "HP:0025143", "HP:0033850"
VARICOSE_VEINS, POSTMENOPAUSAL_BLEEDING = "HP:0002619", "HP:0033840"


@pytest.mark.parametrize("question", [
    "I wake at night and have to shake my hand to get the feeling back.",
    "She shakes her hands out every morning.",
    "I keep shaking my hand to wake it up.",
])
def test_shaking_ones_own_hand_is_no_tremor(engine: Engine, question: str) -> None:
    assert TREMOR not in present_ids(engine, question), question


def test_hands_that_shake_stay_a_tremor(engine: Engine) -> None:
    for question in ("My hands shake when I hold a cup.", "I have shaking hands.",
                     "my hand shakes all the time"):
        # Tremor, or Hand tremor where the lexicon names the hands (h-profiles43).
        assert {TREMOR, "HP:0002378"} & present_ids(engine, question), question
    assert HAND_PARESTHESIA in present_ids(
        engine, "Pins and needles in my fingers at night, I shake my hands to get rid of it.")


@pytest.mark.parametrize(("question", "wanted"), [
    ("His bowel habit has changed and he has lost weight.", {DIARRHEA, CONSTIPATION}),
    ("a change in bowel habits at 70", {DIARRHEA, CONSTIPATION}),
    ("I'm 72 and I can't follow conversations in background noise.", {SPEECH_DISCRIMINATION}),
    ("At 70 I struggle to hear speech in noisy places.", {SPEECH_DISCRIMINATION}),
    ("I'm 70 and I keep bumping into things at the sides.", {PERIPHERAL_FIELD_LOSS}),
    ("I've been losing my side vision slowly in both eyes.", {PERIPHERAL_FIELD_LOSS}),
    ("His eyes haven't looked in the same direction since he was a baby.", {STRABISMUS}),
    ("My son's eyes are not pointing in the same direction in photos.", {STRABISMUS}),
    ("I've been bunged up for a week and my tummy hurts.", {CONSTIPATION}),
    ("I have hot and cold shivers and a cough.", {CHILLS}),
    ("My legs have big twisted veins that ache.", {VARICOSE_VEINS}),
    ("I'm 58 and I've had some post-menopausal bleeding.", {POSTMENOPAUSAL_BLEEDING}),
])
def test_lay_wordings_are_read(engine: Engine, question: str, wanted: set[str]) -> None:
    assert wanted <= present_ids(engine, question), question


def test_wrong_readings_are_gone(engine: Engine) -> None:
    assert COLDNESS not in present_ids(engine, "I have hot and cold shivers and a cough.")
    assert "HP:0010496" not in present_ids(engine, "My legs have big twisted veins that ache.")
    # A blocked nose keeps its own reading; a denied one is no finding.
    assert NASAL_CONGESTION in present_ids(engine, "My nose is bunged up and I keep sneezing.")
    assert STRABISMUS in present_ids(engine, "her eyes don't look in the same direction")
    assert CHILLS not in present_ids(engine, "I'm not hot and cold, just tired.")


def test_eyes_that_do_not_look_the_same_way_point_to_a_squint(engine: Engine) -> None:
    answer = engine.ask("His eyes haven't looked in the same direction since he was a baby.")
    top = [c.id for c in answer.ranking.candidates[:3]]
    assert {"MONDO:0003432", "MONDO:0001020"} & set(top)


@pytest.mark.parametrize(("question", "low", "high"), [
    ("My little one has a barking cough and a fever.", 0.0, 5.0),
    ("My preteen daughter has a headache every morning.", 9.0, 12.0),
    ("My pre-teen son has spots on his face.", 9.0, 12.0),
    ("My aging mother keeps forgetting things.", 60.0, 100.0),
    ("My gran is confused and has a temperature.", 60.0, 100.0),
    ("My grandson has a rash and a fever.", 0.0, 18.0),
    ("My 80-something mum is short of breath.", 80.0, 89.0),
    ("an eighty-odd year old man with confusion", 80.0, 89.0),
])
def test_life_stage_words_give_the_persons_age(engine: Engine, question: str, low: float,
                                               high: float) -> None:
    reading = engine.interpret(question)
    assert reading.age is not None and low <= reading.age <= high, (question, reading.age)
    assert reading.age_range is not None and low <= reading.age_range[0], question


def test_a_grandparent_of_a_family_history_gives_no_age(engine: Engine) -> None:
    for question in ("My grandmother had breast cancer, I have a lump in my breast.",
                     "My grandad had a heart attack at 50, I get chest pain."):
        assert engine.interpret(question).age is None, question
    # An age said in numbers wins over a life-stage word.
    assert engine.interpret("I'm 52 and I have a cough, my gran has one too.").age == 52.0
    # ... when it is the patient's: the asker's own age is not the age of the gran who has
    # the cough (h-family4, text/persons.py asker_words).
    assert engine.interpret("I'm 52 and my gran has a cough.").age != 52.0
    # "a little one" of a thing is no child.
    assert engine.interpret("I have a little one on my arm, a small lump.").age is None


def test_hearing_in_noise_keeps_its_polarity(engine: Engine) -> None:
    for question in ("I struggle to hear in noisy places.",
                     "I cannot follow conversations in background noise.",
                     "I can't hear well in background noise."):
        assert SPEECH_DISCRIMINATION in present_ids(engine, question), question
    for question in ("I can hear fine in noisy places.",
                     "I can follow conversations in background noise without trouble."):
        assert SPEECH_DISCRIMINATION not in present_ids(engine, question), question


def test_more_wordings_of_misaligned_eyes_and_side_vision(engine: Engine) -> None:
    for question in ("Her eyes don't line up.", "His eyes aren't straight."):
        assert STRABISMUS in present_ids(engine, question), question
    assert STRABISMUS not in present_ids(engine, "Her eyes line up fine.")
    assert PERIPHERAL_FIELD_LOSS in present_ids(engine, "I can't see out of the corner of my eye.")
