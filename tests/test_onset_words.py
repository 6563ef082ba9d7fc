"""Words on when a question's findings began ("since she was a baby", "since birth") as an age
at onset (rank/model.py ``onset_words``, ``question_onset_words``), and onset words that say
when a past illness was ("had chickenpox as a kid"), which are no onset of the findings
(text/context.py ``past_illness_onset``). Through the reader and the engine on the embedded
release."""

from __future__ import annotations

from dataclasses import replace

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.onset import ONSET_CLASSES
from whatcauses.rank.model import ModelParameters

ECZEMA = "MONDO:0004980"  # atopic eczema: onset 0-10 years
CONTACT = "MONDO:0005480"  # contact dermatitis: onset 10-70 years
INFANTILE = "HP:0003593"


def _rank(engine: Engine, question: str, disease: str) -> int:
    candidates = engine.ask(question, top=20).ranking.candidates
    return next(c.rank for c in candidates if disease in c.ids)


@pytest.mark.slow
def test_a_past_illness_with_its_own_time_is_no_onset(engine: Engine) -> None:
    past = engine.interpret("had chickenpox as a kid and now a band of painful blisters on one "
                            "side of my chest")
    assert past.onset == ()
    # The words stay the past illness's: no age of the person is read from them.
    later = engine.interpret("my 7 yr old coughs every night and gets wheezy. she had eczema "
                             "as a baby")
    assert later.onset == () and later.age == 7.0
    # "has had ... since birth", "have had ... as a child": the findings' own onset.
    assert [o.id for o in engine.interpret(
        "He has had itchy skin since birth with dry scaly patches.").onset] == ["HP:0003577"]
    assert [o.id for o in engine.interpret(
        "I have had eczema as a child").onset] == ["HP:0410280"]  # Pediatric (h-reader52)


@pytest.mark.slow
def test_onset_words_weigh_a_disease_that_begins_later(engine: Engine) -> None:
    _, lower, upper = ONSET_CLASSES[INFANTILE]
    ratio = engine.ranker.model.onset_words(lower, upper)
    index = engine.knowledge.disease_index
    assert ratio[index(ECZEMA)] == 1.0
    assert ratio[index(CONTACT)] == pytest.approx(ModelParameters().question_onset_words_floor)
    assert ratio[index(CONTACT)] < 1.0


@pytest.mark.slow
def test_since_she_was_a_baby_favours_a_condition_of_babies(engine: Engine) -> None:
    question = ("Since she was a baby my daughter has had dry itchy red skin in the creases of "
                "her elbows and knees.")
    reading = engine.interpret(question)
    assert [o.id for o in reading.onset] == [INFANTILE] and reading.age is None
    off = Engine(engine.knowledge, replace(ModelParameters(), question_onset_words=False))
    assert _rank(engine, question, ECZEMA) <= 3
    assert _rank(engine, question, ECZEMA) < _rank(off, question, ECZEMA)
    assert _rank(engine, question, ECZEMA) < _rank(engine, question, CONTACT)


@pytest.mark.parametrize("question", [
    "he was born deaf", "she was born blind and has white patches on her skin",
    "he was born without thumbs"])
def test_born_with_a_lack_is_a_congenital_onset(engine: Engine, question: str) -> None:
    assert [o.id for o in engine.interpret(question).onset] == ["HP:0003577"]


def test_born_early_is_no_congenital_onset(engine: Engine) -> None:
    # Prematurity is a finding of the birth, not an onset of the person's findings.
    assert engine.interpret("she was born early and has a cough").onset == ()
