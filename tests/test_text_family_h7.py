"""Family history read in more of the family's words (h-family7, issue 14): the mother's
brother beside an affected mother is dominant as well as X-linked or mitochondrial; "the
same eye problem" is a shared trouble, not "the same eye"; what "they" (the family's members)
have right after a statement of family history is family history, not the patient's
findings."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import modes, relatives

DOMINANT = "HP:0000006"
X_LINKED = "HP:0001417"
MITOCHONDRIAL = "HP:0001427"
SLURRED_SPEECH = "HP:0001350"


@pytest.mark.parametrize("question", [
    "My mother and her brother both had their bowel removed for polyps. I have blood in my poo.",
    "My mum and her brother both had it. I have blood in my poo.",
])
def test_an_affected_mother_and_her_brother_fit_dominant_inheritance(
        engine: Engine, question: str) -> None:
    assert {DOMINANT, X_LINKED, MITOCHONDRIAL} <= modes(engine, question)


def test_the_mothers_brother_alone_stays_x_linked(engine: Engine) -> None:
    fitting = modes(engine, "My son has big calves and falls a lot. My mum's brother had the same.")
    assert X_LINKED in fitting
    assert DOMINANT not in fitting


@pytest.mark.parametrize("question", [
    "I can't see in the dark. My mum's brother is blind from the same eye problem.",
    "I have a red scaly rash. My dad has the same skin condition.",
])
def test_the_same_trouble_of_a_body_part_is_shared(engine: Engine, question: str) -> None:
    assert modes(engine, question)


def test_the_same_eye_is_still_no_relative(engine: Engine) -> None:
    assert not modes(engine, "My left eye went blurry and then my brother noticed the same eye "
                              "was red.")


def test_what_they_have_after_a_family_statement_is_the_familys(engine: Engine) -> None:
    question = ("It has gone through three generations in my dad's family: they all ended up "
                "with slurred speech. I'm 38 and my balance is going.")
    assert relatives(engine, question)[SLURRED_SPEECH] is not None
    assert DOMINANT in modes(engine, question)


def test_they_with_the_askers_words_are_no_family(engine: Engine) -> None:
    question = "It runs in my family, they say I have slurred speech."
    assert relatives(engine, question).get(SLURRED_SPEECH) is None


@pytest.mark.parametrize("question", [
    "Our baby failed the newborn hearing test. We both hear fine and nobody else in the family "
    "is deaf.",
    "I see fine and nobody else in my family wears glasses. My eye is red.",
])
def test_a_sense_said_to_work_is_no_hallucination(engine: Engine, question: str) -> None:
    ids = {i for f in engine.interpret(question).findings for i in f.ids}
    assert not ids & {"HP:0008765", "HP:0002367"}


def test_voices_nobody_else_hears_stay_a_hallucination(engine: Engine) -> None:
    ids = {i for f in engine.interpret("he hears voices nobody else can hear").findings
           for i in f.ids}
    assert "HP:0008765" in ids
