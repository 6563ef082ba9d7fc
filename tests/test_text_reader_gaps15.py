"""Reader gaps of h-reader25 (issue 14), on the real engine (a sentence and the HPO ids it
should or should not read): pain on opening the bowels; a bare "frequency" or "urgency" in a
question about urine; something running down the throat is no "run down"; one ear infection
is no recurrent one; the world whirling; not being able to swallow; sight gone; hair out in a
patch; weakness down one side of the body; blue around the lips; a lump you can feel in the
tummy; the baby of a mother who has just given birth gives her no age."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

PAINFUL_DEFECATION, DYSURIA = "HP:6000222", "HP:0100518"
POLLAKISURIA, URINARY_URGENCY = "HP:0100515", "HP:0000012"
MALAISE, RHINORRHEA = "HP:0033834", "HP:0031417"
OTITIS_MEDIA, RECURRENT_OTITIS_MEDIA = "HP:0000388", "HP:0000403"
VERTIGO, SPINNING, DYSPHAGIA = "HP:0002321", "HP:5200069", "HP:0002015"
VISUAL_LOSS, PATCHY_ALOPECIA, HEMIPARESIS = "HP:0000572", "HP:0002232", "HP:0001269"
CIRCUMORAL_CYANOSIS, ABDOMINAL_MASS = "HP:0032556", "HP:0031500"


@pytest.mark.parametrize("question", ["pain when I open my bowels",
                                      "it hurts to open my bowels",
                                      "sharp pain when I empty my bowels"])
def test_pain_on_opening_the_bowels_is_painful_defecation(engine: Engine,
                                                          question: str) -> None:
    assert PAINFUL_DEFECATION in present_ids(engine, question)


@pytest.mark.parametrize(("question", "wanted"), [
    ("urinary frequency and urgency", {POLLAKISURIA, URINARY_URGENCY}),
    ("dysuria and frequency", {DYSURIA, POLLAKISURIA}),
    ("burning passing urine with urgency and frequency", {DYSURIA, URINARY_URGENCY,
                                                          POLLAKISURIA}),
])
def test_a_bare_urinary_word_in_a_question_about_urine(engine: Engine, question: str,
                                                       wanted: set[str]) -> None:
    assert wanted <= present_ids(engine, question)


def test_frequency_of_something_else_is_no_urinary_frequency(engine: Engine) -> None:
    assert POLLAKISURIA not in present_ids(engine, "the frequency of my headaches has gone up")


@pytest.mark.parametrize("question", [
    "thick stuff running down the back of my throat all the time",
    "sweat running down my face",
])
def test_something_running_down_a_part_is_no_malaise(engine: Engine, question: str) -> None:
    assert MALAISE not in present_ids(engine, question)


def test_feeling_run_down_is_still_malaise(engine: Engine) -> None:
    assert MALAISE in present_ids(engine, "I feel run down all the time")


def test_mucus_dripping_down_the_throat_is_rhinorrhea(engine: Engine) -> None:
    assert RHINORRHEA in present_ids(engine, "mucus dripping down my throat")


@pytest.mark.parametrize("question", ["my son has an ear infection",
                                      "she has a bad ear infection and a temperature"])
def test_one_ear_infection_is_otitis_media(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert OTITIS_MEDIA in found
    assert RECURRENT_OTITIS_MEDIA not in found


@pytest.mark.parametrize("question", ["he keeps getting ear infections",
                                      "another ear infection this winter"])
def test_ear_infections_that_come_back_are_recurrent(engine: Engine, question: str) -> None:
    assert RECURRENT_OTITIS_MEDIA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["the world is spinning",
                                      "the room was whirling round and round"])
def test_the_world_whirling_is_vertigo(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert VERTIGO in found
    assert SPINNING not in found


@pytest.mark.parametrize(("question", "wanted"), [
    ("I can't swallow", DYSPHAGIA),
    ("the sight in my right eye had gone", VISUAL_LOSS),
    ("my hair is falling out in a patch", PATCHY_ALOPECIA),
    ("weakness in the right side of my body", HEMIPARESIS),
    ("sudden weakness down the left side of his body", HEMIPARESIS),
    ("he goes blue around the lips when he feeds", CIRCUMORAL_CYANOSIS),
    ("a lump you can feel in the side of his tummy", ABDOMINAL_MASS),
])
def test_lay_wordings_read_as_their_finding(engine: Engine, question: str,
                                            wanted: str) -> None:
    assert wanted in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "since the baby came 5 weeks ago I've been weepy",
    "I had a baby 3 weeks ago and I feel low all the time",
    "I gave birth to my son 6 weeks ago and can't stop crying",
])
def test_a_mother_after_a_birth_is_not_the_baby(engine: Engine, question: str) -> None:
    age = engine.interpret(question).age
    assert age is None or age >= 12


def test_a_baby_asked_about_is_still_a_baby(engine: Engine) -> None:
    assert engine.interpret("my baby has a rash on his cheeks").age == 0.5


@pytest.mark.parametrize("question", ["his eyesight's gone fuzzy", "my vision has gone funny"])
def test_sight_gone_some_way_is_no_visual_loss(engine: Engine, question: str) -> None:
    assert VISUAL_LOSS not in present_ids(engine, question)
