"""Reading (h-reader72, issue 14), on the real engine: lay words for tiredness, the heart's
rhythm said irregular before its noun, a lump above the collarbone, and a vowel heard before
a word's last "m" in a misspelling; with guards for what none of them may read."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.spelling import sound_key

from .readings import answer_rank, present_ids

FATIGUE = "HP:0012378"
ARRHYTHMIA = "HP:0011675"
SUPRACLAVICULAR = "HP:0034750"
SKIN_NODULE = "HP:0200036"
MUSCLE_SPASM = "HP:0003394"


@pytest.mark.parametrize("question", [
    "I feel drained all the time", "feeling washed out for weeks", "running on empty lately",
    "I felt drained after the flu"])
def test_drained_washed_out_and_running_on_empty_are_fatigue(engine: Engine,
                                                             question: str) -> None:
    assert FATIGUE in present_ids(engine, question)


@pytest.mark.parametrize("question", ["I washed out the cut with water",
                                      "the abscess drained by itself"])
def test_washing_or_draining_something_is_no_fatigue(engine: Engine, question: str) -> None:
    assert FATIGUE not in present_ids(engine, question)


@pytest.mark.parametrize("question", ["irregular heart rhythm", "an irregular rhythm",
                                      "my heart rhythm is off"])
def test_an_irregular_heart_rhythm_is_arrhythmia(engine: Engine, question: str) -> None:
    assert ARRHYTHMIA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["a lump above my collarbone",
                                      "a swollen gland above my collarbone"])
def test_a_lump_above_the_collarbone_is_a_supraclavicular_node(engine: Engine,
                                                              question: str) -> None:
    read = present_ids(engine, question)
    assert SUPRACLAVICULAR in read
    assert SKIN_NODULE not in read


def test_a_vowel_before_a_last_m_is_left_out_of_the_sound_key() -> None:
    assert sound_key("rythym") == sound_key("rhythm")
    assert sound_key("spasum") == sound_key("spasm")
    assert sound_key("venom") != sound_key("vein")


@pytest.mark.parametrize("question, wanted", [
    ("irregular heart rythym", ARRHYTHMIA), ("my heart rythm is irregular", ARRHYTHMIA),
    ("muscle spasums in my calf", MUSCLE_SPASM)])
def test_misspelt_rhythm_and_spasm_are_read(engine: Engine, question: str,
                                            wanted: str) -> None:
    assert wanted in present_ids(engine, question)


IMPETIGO = "MONDO:0004592"
FEVER = "HP:0001945"


def test_a_disease_whose_name_reads_nothing_is_said_beside_findings(engine: Engine) -> None:
    question = "impetigo and a fever"
    read = engine.interpret(question)
    assert IMPETIGO in read.named_diseases
    assert FEVER in present_ids(engine, question)
    assert answer_rank(engine, question, IMPETIGO) == 0


@pytest.mark.parametrize("question", ["I had impetigo last year and now a fever",
                                      "my son has impetigo and I have a fever"])
def test_a_past_or_someone_else_s_disease_is_not_said(engine: Engine, question: str) -> None:
    assert not engine.interpret(question).said_diseases


@pytest.mark.parametrize("question", [
    "a fever, blisters in his mouth and spots on his hands",  # "spots": a lay word of acne
    "a high fever, a sunburn-like rash and vomiting",  # a likeness
    "a red rash like sunburn and a fever",
    "sudden weakness and slurred speech, PMH AF",  # an abbreviation
    "my son is in primary school and has a sore throat and a fever"])  # part of a name
def test_a_lay_word_abbreviation_or_likeness_is_no_disease_said(engine: Engine,
                                                                 question: str) -> None:
    assert not engine.interpret(question).said_diseases
