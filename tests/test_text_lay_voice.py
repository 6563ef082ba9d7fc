"""Everyday wordings the reader understands (issue 14, patient-voice probe 3): weights counted
with an article, "temp", two describing words stacked before one noun, sites of more than one
word that a phrase must not cut ("finger joints"), and general lay vocabulary.

These read questions with the real engine (embedded HPO 2025-01-16), so they are marked slow.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.interpretation import Interpretation
from whatcauses.text.normalize import FILLER_MARK, stem, tokenize

WEIGHT_LOSS = "HP:0001824"
WEIGHT_GAIN = "HP:0004324"  # Increased body weight
FEVER = "HP:0001945"
JOINT_SWELLING = "HP:0001386"
FINGER_SWELLING = "HP:0025131"
NASAL_CONGESTION = "HP:0001742"
CLOUDY_URINE = "HP:0031967"


def present_ids(reading: Interpretation) -> set[str]:
    return {i for f in reading.findings if not f.negated for i in f.ids}


@pytest.mark.parametrize("text", ["lost a stone", "put on half a stone",
                                  "dropped a couple of pounds", "lost 2 stone"])
def test_a_counted_weight_is_weight(text: str) -> None:
    stems = [t.stem for t in tokenize(text) if t.is_word]
    assert stem("weight") in stems
    # The words of the count are part of the quantity, in no key.
    assert FILLER_MARK in stems or "a" not in text.split()


@pytest.mark.parametrize("text", ["passed a stone", "a stone in my kidney", "a pound coin"])
def test_an_article_before_a_unit_is_no_weight_without_a_verb_of_weight(text: str) -> None:
    assert stem("weight") not in [t.stem for t in tokenize(text)]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "expected"), [
    ("I've lost a stone without trying", WEIGHT_LOSS),
    ("she has put on half a stone this year", WEIGHT_GAIN),
    ("my 4yo has a mild temp and a cough", FEVER),
    ("temp 38.6 since this morning", FEVER),
    ("high temp for a week", FEVER),
])
def test_everyday_weights_and_temperatures(engine: Engine, question: str, expected: str) -> None:
    assert expected in present_ids(engine.interpret(question))


@pytest.mark.slow
def test_a_kidney_stone_is_no_weight(engine: Engine) -> None:
    reading = engine.interpret("I passed a stone last week")
    assert not present_ids(reading) & {WEIGHT_LOSS, WEIGHT_GAIN}


@pytest.mark.slow
@pytest.mark.parametrize(("question", "expected"), [
    ("blocked runny nose, sneezing", NASAL_CONGESTION),
    ("cloudy smelly wee", CLOUDY_URINE),
])
def test_stacked_describing_words_each_describe_the_noun(engine: Engine, question: str,
                                                         expected: str) -> None:
    assert expected in present_ids(engine.interpret(question))


@pytest.mark.slow
def test_a_shade_describes_the_colour_not_the_noun(engine: Engine) -> None:
    reading = engine.interpret("dark red urine")
    assert "dark" in reading.unrecognized  # no "dark urine" read beside the red urine


@pytest.mark.slow
@pytest.mark.parametrize("question", ["swollen finger joints", "painful swollen finger joints",
                                      "my knuckles are swollen"])
def test_the_joints_of_a_part_are_joints(engine: Engine, question: str) -> None:
    found = present_ids(engine.interpret(question))
    assert JOINT_SWELLING in found
    assert FINGER_SWELLING not in found


def test_agony_and_on_fire_are_pain() -> None:
    assert [t.stem for t in tokenize("agony")] == [stem("pain")]
    assert stem("pain") in [t.stem for t in tokenize("my toe is on fire")]
    # "fire" elsewhere keeps its own sense.
    assert stem("pain") not in [t.stem for t in tokenize("a fire alarm")]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "expected"), [
    ("agony to swallow", "HP:0032043"),  # Odynophagia
    ("my big toe is on fire", "HP:0030841"),  # Toe pain
    ("burning in my chest after meals", "HP:0002020"),  # Gastroesophageal reflux
    ("a sour taste coming up into my mouth", "HP:0002020"),
    ("both knees ache and creak", "HP:0034431"),  # Joint crepitus
    ("he fidgets and blurts out answers", "HP:0100710"),  # Impulsivity
    ("slow and shuffly when he walks", "HP:0002362"),  # Shuffling gait
    ("his handwriting has got tiny", "HP:0031908"),  # Micrographia
    ("has to sleep propped up on 3 pillows", "HP:0012764"),  # Orthopnea
    ("i dont enjoy anything anymore", "HP:0012154"),  # Anhedonia
    ("woke up with my eye glued shut", "HP:0034427"),  # Purulent eye discharge
    ("tiny pits in my fingernails", "HP:0001803"),  # Nail pits
    ("stiff first thing in the morning", "HP:0001387"),  # Joint stiffness
    ("fever and the shivers", "HP:0025143"),  # Chills
])
def test_general_lay_wordings(engine: Engine, question: str, expected: str) -> None:
    assert expected in present_ids(engine.interpret(question))


@pytest.mark.slow
def test_a_site_is_no_stacked_describing_word(engine: Engine) -> None:
    reading = engine.interpret("my fingers go blue in the cold")
    assert "HP:0000961" not in present_ids(reading)  # no Cyanosis beside Acrocyanosis
