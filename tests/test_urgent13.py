"""Emergencies told in everyday words (h-urgent13, issue 13; bench/data/probe_h-urgent13.yaml):
every wording of a sudden onset the reader keeps (text/modifiers.py) completes the red-flag
combinations that ask for one; "all at once I ...", "without warning" are such wordings; a
pregnancy said as "weeks along" is a pregnancy; lay words for red-flag findings (a face that
has slipped, speech that sounds drunk, lips ballooning, gulping water, breathing heavily, can't
think straight, no poo or wind) are read, and a ripping pain reaches where it bores through to;
everyday look-alikes stay quiet."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import red_flag_combinations

from .readings import answer_rank, modifier_ids, present_ids

pytestmark = pytest.mark.slow

ACUTE = "HP:0011009"
FACIAL_PALSY, SLURRED_SPEECH = "HP:0010628", "HP:0001350"
UNILATERAL_FACIAL_PALSY = "HP:0012799"
SWOLLEN_LIP, POLYDIPSIA, HYPERVENTILATION = "HP:0031244", "HP:0001959", "HP:0002883"
CONFUSION, CHILLS, BACK_PAIN = "HP:0001289", "HP:0025143", "HP:0003418"
ABDOMINAL_DISTENTION = "HP:0003270"
DISSECTION, STROKE, PRE_ECLAMPSIA = "MONDO:0005561", "MONDO:1060198", "MONDO:0005081"
SEPSIS, DKA, BOWEL_OBSTRUCTION = "MONDO:0005229", "MONDO:0012819", "MONDO:0004565"


def test_combinations_that_ask_for_a_sudden_onset_take_any_wording_of_it() -> None:
    sudden = {c.name for c in red_flag_combinations() if c.sudden}
    assert {"sudden severe pain", "sudden stroke signs", "sudden chest pain"} <= sudden
    # a combination whose words are no onset is not opened by one
    assert "bleeding or pain in pregnancy" not in sudden


@pytest.mark.parametrize("question", [
    "all at once I got a terrible pain in my head",
    "without warning I got an awful pain in my tummy",
    "with no warning my arm went weak",
])
def test_an_onset_in_other_words_raises_the_sudden_notices(engine: Engine,
                                                           question: str) -> None:
    assert ACUTE in modifier_ids(engine, question), question
    assert engine.ask(question).urgent is not None, question


@pytest.mark.parametrize("question", [
    "I get all my aches at once when I have a cold",
    "a headache most afternoons when I'm on the laptop",
])
def test_no_onset_is_read_where_none_is_said(engine: Engine, question: str) -> None:
    assert ACUTE not in modifier_ids(engine, question), question


def test_a_ripping_feeling_reaches_where_it_bores_through(engine: Engine) -> None:
    question = ("all at once I got an awful ripping feeling behind my breastbone that bores "
                "straight through into my back")
    assert BACK_PAIN in present_ids(engine, question)
    assert answer_rank(engine, question, DISSECTION, top=5) < 3
    assert engine.ask(question).urgent is not None


def test_a_slipped_face_and_drunk_sounding_speech_are_stroke_signs(engine: Engine) -> None:
    question = "my grandad's face has slipped on one side and he sounds drunk when he talks"
    read = present_ids(engine, question)
    # "on one side" makes it the one-sided kind (Unilateral facial palsy)
    assert SLURRED_SPEECH in read and read & {FACIAL_PALSY, UNILATERAL_FACIAL_PALSY}
    assert engine.ask(question).urgent is not None
    assert answer_rank(engine, question, STROKE, top=5) < 3


def test_weeks_along_is_a_pregnancy(engine: Engine) -> None:
    question = "I'm 34 weeks along with a pounding headache and my face and hands have swollen"
    assert engine.ask(question).urgent is not None
    assert answer_rank(engine, question, PRE_ECLAMPSIA, top=5) < 5


def test_lay_words_for_sepsis_and_ketoacidosis_signs(engine: Engine) -> None:
    assert {CHILLS, CONFUSION} <= present_ids(
        engine, "I keep going hot then freezing cold and I can't think straight")
    assert answer_rank(engine, "burning up, hot then cold and I can't think straight",
                       SEPSIS, top=5) < 5
    question = ("my daughter has type 1 diabetes, she's vomiting, gulping water and breathing "
                "heavily")
    assert {POLYDIPSIA, HYPERVENTILATION} <= present_ids(engine, question)
    assert engine.ask(question).urgent is not None
    assert answer_rank(engine, question, DKA, top=3) < 3


def test_ballooning_lips_and_a_blown_up_belly(engine: Engine) -> None:
    assert SWOLLEN_LIP in present_ids(engine, "my lips are ballooning after a peanut")
    assert ABDOMINAL_DISTENTION in present_ids(engine, "my belly is blown up and I keep vomiting")


def test_no_poo_or_wind_with_a_swollen_belly_raises_the_notice(engine: Engine) -> None:
    question = "my stomach is swollen and I haven't pooed or passed wind since Tuesday"
    assert engine.ask(question).urgent is not None
    assert answer_rank(engine, question, BOWEL_OBSTRUCTION, top=5) < 3


@pytest.mark.parametrize("question", [
    "I've been constipated for a week but I'm passing wind and feel fine",
    "my stomach is hard and bloated after big meals",
    "I feel hot and cold with a runny nose and sore throat",
    "I'm so stressed at work I can't think straight",
])
def test_everyday_look_alikes_stay_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question


@pytest.mark.parametrize("question", [
    "I'm 75 and can't pee at all since this morning, and it hurts low in my tummy",
    "my 3 month old is grunting with each breath and feeding poorly",
    "my knee is hot, red and swollen and I have a fever",
    "not passing wind and my belly is swollen",
])
def test_more_emergencies_in_everyday_words_raise_the_notice(engine: Engine,
                                                             question: str) -> None:
    assert engine.ask(question).urgent is not None, question


@pytest.mark.parametrize("question", [
    "I'm a 68 year old man, weak stream and I can't empty my bladder fully",
    "fever, rash and swollen joints for months",
    "my knee is swollen after a football injury",
])
def test_their_look_alikes_stay_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question
