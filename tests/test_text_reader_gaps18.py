"""Reader gaps of h-reader28, on the real engine (a sentence and the HPO ids or age it should
or should not read): blood coughed up said with its colour is Hemoptysis; a growth on the nose
that bleeds is no nosebleed; an age said as "at 82" before the person; periods that stopped as
a past time are no Secondary amenorrhea; a site that is the subject of its own statement after
"and my" is no site of the finding before it; hair lost in a round patch is Patchy alopecia;
pain with an erection is Pain in penis."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

HEMOPTYSIS, EPISTAXIS = "HP:0002105", "HP:0000421"
AMENORRHEA, POSTMENOPAUSAL_BLEEDING = "HP:0000869", "HP:0033840"
RED_EYE, RHINORRHEA = "HP:0025337", "HP:0031417"
PATCHY_ALOPECIA, PENILE_PAIN = "HP:0002232", "HP:0040411"


@pytest.mark.parametrize("question", ["coughing up red blood",
                                      "I've been coughing up bright red blood for a week",
                                      "he coughs up fresh red blood"])
def test_coloured_blood_coughed_up_is_hemoptysis(engine: Engine, question: str) -> None:
    assert HEMOPTYSIS in present_ids(engine, question)


def test_red_blood_cells_keep_their_words(engine: Engine) -> None:
    # "red" before "blood cells" names the cell, and is no colour to pass over.
    assert HEMOPTYSIS not in present_ids(engine, "my red blood cells are low")


@pytest.mark.parametrize("question", ["a pearly lump on her nose that bleeds",
                                      "a shiny lump on my nose that keeps bleeding",
                                      "a spot on the side of his nose that bleeds"])
def test_a_growth_on_the_nose_that_bleeds_is_no_nosebleed(engine: Engine,
                                                          question: str) -> None:
    assert EPISTAXIS not in present_ids(engine, question)


@pytest.mark.parametrize("question", ["my nose bleeds a lot", "my nose that bleeds every day"])
def test_a_nose_that_bleeds_is_still_a_nosebleed(engine: Engine, question: str) -> None:
    assert EPISTAXIS in present_ids(engine, question)


@pytest.mark.parametrize(("question", "age"), [("at 82 my mum has a cough", 82.0),
                                               ("At 79, my mother is breathless", 79.0),
                                               ("at 45 I have chest pain", 45.0)])
def test_an_age_said_before_the_person(engine: Engine, question: str, age: float) -> None:
    assert engine.interpret(question).age == age


# h-age10: a retirement now gives an older adult (55-100, tests/test_h_age10.py); an early
# one or one for ill health ("I retired early") still gives no age.
@pytest.mark.parametrize("question", ["at 20 I had chickenpox",  # an age then, not now
                                      "at 3 my son wakes screaming",  # as often a time
                                      "my mum, who retired early, has a cough"])
def test_no_age_from_a_past_age_a_time_or_retirement(engine: Engine, question: str) -> None:
    assert engine.interpret(question).age is None


@pytest.mark.parametrize("question", ["bleeding from down below again, years after my periods "
                                      "stopped", "hot flushes started after my periods stopped"])
def test_periods_stopped_as_a_past_time_are_no_amenorrhea(engine: Engine,
                                                          question: str) -> None:
    assert AMENORRHEA not in present_ids(engine, question)


def test_periods_that_stopped_are_still_amenorrhea(engine: Engine) -> None:
    assert AMENORRHEA in present_ids(engine, "I'm 25 and my periods stopped a year ago")
    assert POSTMENOPAUSAL_BLEEDING in present_ids(engine, "spotting after my periods stopped")


def test_a_site_with_its_own_verb_is_no_site_of_the_finding_before(engine: Engine) -> None:
    reading = engine.interpret("my eye is red and my nose is watering")
    red = [f for f in reading.findings if RED_EYE in f.ids]
    assert red and all("nose" not in f.text for f in red)
    assert RHINORRHEA in present_ids(engine, "my eye is red and my nose is watering")


@pytest.mark.parametrize("question", ["my son's hair has fallen out in a round patch",
                                      "a round bald patch on my scalp",
                                      "his hair came out in a patch"])
def test_hair_lost_in_a_round_patch_is_patchy_alopecia(engine: Engine, question: str) -> None:
    assert PATCHY_ALOPECIA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["it hurts when I get an erection",
                                      "my erections are painful"])
def test_pain_with_an_erection_is_pain_in_penis(engine: Engine, question: str) -> None:
    assert PENILE_PAIN in present_ids(engine, question)
