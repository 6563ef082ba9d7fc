"""Clinicians' note wording (issue 14, h-clinician10), through the real engine: "without" and
"w/o" negate only what follows them (tests/test_text_negation_forward.py has the property
tests on the mini fixture), a negation before a phrase negates the whole phrase ("no ear pain"),
"s/p" is "after" and "w/" "with", "nocte" is "night", "SNHL", a burning epigastric pain, and a
urine dipstick's leucocytes and nitrites (SIGN 160; PMID 20594439)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize

from .readings import present_ids

HYPERHIDROSIS, ANHIDROSIS, DYSPNEA = "HP:0000975", "HP:0000970", "HP:0002094"
ANOTIA, EAR_PAIN, SNHL = "HP:0009892", "HP:0030766", "HP:0000407"
PYURIA, NITRITURIA = "HP:0012085", "HP:0031812"
NEURALGIA, EPIGASTRIC_PAIN = "HP:0033345", "HP:0410019"


def excluded_ids(engine: Engine, question: str) -> set[str]:
    return {id_ for finding in engine.interpret(question).excluded for id_ in finding.ids}


@pytest.mark.parametrize("question", ["52M sweating without SOB, palpitations",
                                      "sweating w/o SOB", "sweating without any SOB"])
def test_without_after_a_finding_negates_what_follows_not_the_finding(
        engine: Engine, question: str) -> None:
    present = present_ids(engine, question)
    assert HYPERHIDROSIS in present and ANHIDROSIS not in present
    assert DYSPNEA in excluded_ids(engine, question)


@pytest.mark.parametrize("question", ["no ear pain or discharge", "sudden L SNHL, w/o ear pain",
                                      "hearing loss without ear pain"])
def test_a_negation_before_a_phrase_negates_the_whole_phrase(engine: Engine,
                                                             question: str) -> None:
    assert ANOTIA not in present_ids(engine, question) | excluded_ids(engine, question)
    assert EAR_PAIN in excluded_ids(engine, question)


def test_the_absence_itself_is_still_read(engine: Engine) -> None:
    assert ANOTIA in present_ids(engine, "he was born with no ears")


@pytest.mark.parametrize(("text", "folded"), [
    ("s/p TKR", ["after", "tkr"]),
    ("worse w/ exercise", ["worse", "with", "exercise"]),
    ("cough nocte", ["cough", "night"]),
    ("w/o fever", ["without", "fever"]),
])
def test_notes_shorthand_reads_as_its_words(text: str, folded: list[str]) -> None:
    assert [t.folded for t in tokenize(text)] == folded


def test_a_w_slash_inside_a_word_pair_is_left() -> None:
    assert [t.folded for t in tokenize("w/v")] != ["with", "v"]


@pytest.mark.parametrize(("question", "term"), [
    ("urine dip leucs ++ nitrites +", PYURIA),
    ("urine dip leucs ++ nitrites +", NITRITURIA),
    ("dip: leucocytes +++, nitrites positive", NITRITURIA),
    ("dip: leukocytes 2+", PYURIA),
    ("nitrite +ve", NITRITURIA),
    ("R SNHL and tinnitus", SNHL),
    ("burning epigastric pain nocte", EPIGASTRIC_PAIN),
])
def test_clinical_words_read_their_findings(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", ["leucocytes negative, nitrites negative", "nitrites -ve",
                                      "nitrites"])
def test_a_dipstick_pad_not_said_positive_reads_nothing(engine: Engine, question: str) -> None:
    assert not {PYURIA, NITRITURIA} & present_ids(engine, question)


def test_a_burning_epigastric_pain_is_no_nerve_pain(engine: Engine) -> None:
    assert NEURALGIA not in present_ids(engine, "39M burning epigastric pain, acid brash")
