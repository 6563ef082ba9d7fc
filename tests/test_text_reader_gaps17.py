"""Reader gaps of h-reader27, on the real engine (a sentence and the HPO ids it should or
should not read): a sore spot at a site is a pain there; a part noun said after its site ("his
kneecap at the front"); a bare word of an organ named before it in its sentence ("my eye is red
and it keeps watering", "a discharge" after the penis); the colour of blood is no red skin; a
part noun that opens a lexicon phrase ("the tip of my penis is red") is a word of it."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

TROCHANTERIC_PAIN, FLANK_PAIN = "HP:6001158", "HP:0030157"
ANTERIOR_KNEE_PAIN, EPIPHORA = "HP:6001144", "HP:0009926"
ERYTHEMA, HEMATOCHEZIA = "HP:0010783", "HP:0002573"
PENILE_DISCHARGE, VAGINAL_DISCHARGE = "HP:6000108", "HP:0034269"
BALANITIS = "HP:0034438"


@pytest.mark.parametrize("question", ["a sore spot on the outside of my right hip",
                                      "I have a sore spot on the outside of his hip"])
def test_a_sore_spot_on_the_outer_hip_is_trochanteric_pain(engine: Engine,
                                                           question: str) -> None:
    read = present_ids(engine, question)
    assert TROCHANTERIC_PAIN in read
    assert FLANK_PAIN not in read


def test_a_part_noun_after_its_site_places_the_finding(engine: Engine) -> None:
    question = "a hard lump just below his kneecap at the front that hurts after football"
    assert ANTERIOR_KNEE_PAIN in present_ids(engine, question)


@pytest.mark.parametrize("question", ["my eye is red and it keeps watering",
                                      "a red eye that is watering",
                                      "my toddler has a sticky eye that is watering all day"])
def test_watering_after_the_eye_is_epiphora(engine: Engine, question: str) -> None:
    assert EPIPHORA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["my eye is red and my nose is watering",
                                      "my mouth is watering", "the plants need watering"])
def test_watering_of_something_else_is_no_epiphora(engine: Engine, question: str) -> None:
    assert EPIPHORA not in present_ids(engine, question)


def test_a_discharge_after_the_penis_is_penile(engine: Engine) -> None:
    question = "it hurts at the end of my penis and there is a discharge in the mornings"
    read = present_ids(engine, question)
    assert PENILE_DISCHARGE in read
    assert VAGINAL_DISCHARGE not in read
    assert PENILE_DISCHARGE not in present_ids(engine, "discharge in the mornings")


@pytest.mark.parametrize("question", ["bright red blood on the tissue",
                                      "dark red blood in my poo"])
def test_red_blood_is_no_red_skin(engine: Engine, question: str) -> None:
    assert ERYTHEMA not in present_ids(engine, question)


def test_red_blood_on_the_paper_stays_fresh_blood(engine: Engine) -> None:
    question = "I see bright red blood on the toilet paper after a poo"
    read = present_ids(engine, question)
    assert HEMATOCHEZIA in read
    assert ERYTHEMA not in read
    assert ERYTHEMA in present_ids(engine, "red skin on my arms")


def test_a_part_noun_that_opens_a_phrase_is_read_with_it(engine: Engine) -> None:
    read = present_ids(engine, "the tip of my penis is red and sore")
    assert BALANITIS in read
    assert ERYTHEMA not in read


DYSURIA = "HP:0100518"


@pytest.mark.parametrize("question", ["it burns when I go",
                                      "it stings when I go and I keep needing to go again",
                                      "it burns when I go, and my pee smells"])
def test_burning_when_i_go_is_dysuria(engine: Engine, question: str) -> None:
    assert DYSURIA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["it burns when I go out in the sun",
                                      "my skin burns when I go outside",
                                      "it stings when I go to bed",
                                      "it burns when I go for a walk"])
def test_going_somewhere_is_no_dysuria(engine: Engine, question: str) -> None:
    assert DYSURIA not in present_ids(engine, question)


OCULAR_PAIN, PAIN = "HP:0200026", "HP:0012531"


@pytest.mark.parametrize("question", ["my eye is red and really painful",
                                      "my eye is red and very painful and bright lights hurt it"])
def test_a_pain_said_of_the_eye_before_it_is_ocular_pain(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert OCULAR_PAIN in read
    assert PAIN not in read


def test_a_pain_after_another_site_stays_its_own(engine: Engine) -> None:
    read = present_ids(engine, "my eye is red and my knee is painful")
    assert OCULAR_PAIN not in read
