"""Lay phrases the reader left unread (h-reader39, issue 14): an inability written in full
("could not speak", "can not swallow", "was not able to walk") reads as its contraction does;
a brief duration ("for a few minutes", "a couple of minutes of") is context, never an
unrecognised word; a frog in the throat, feeling flat and "willy" read their HPO terms."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

APHASIA = "HP:0002381"
INABILITY_TO_WALK = "HP:0002540"
DYSPHAGIA = "HP:0002015"
HOARSE_VOICE = "HP:0001609"
DEPRESSIVITY = "HP:0000716"
PENILE_PAIN = "HP:0040411"


@pytest.mark.parametrize(("text", "term"), [
    ("he could not speak properly", APHASIA),
    ("she was not able to speak", APHASIA),
    ("I could not walk properly", INABILITY_TO_WALK),
    ("he is not able to walk", INABILITY_TO_WALK),
    ("I can not swallow properly", DYSPHAGIA),
    ("I haven't been able to walk since", INABILITY_TO_WALK),
    ("he wasn't able to speak", APHASIA),
])
def test_an_inability_written_in_full_reads_as_its_contraction(
        engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_the_not_of_not_able_negates_nothing_else(engine: Engine) -> None:
    reading = engine.interpret("she is not able to walk and has no fever")
    assert INABILITY_TO_WALK in {i for f in reading.findings if not f.negated for i in f.ids}
    assert "HP:0001945" in {i for f in reading.findings if f.negated for i in f.ids}


@pytest.mark.parametrize("text", ["dizzy for a few minutes", "dizzy for a couple of minutes",
                                  "a couple of minutes of slurred speech", "dizzy for 5 minutes"])
def test_a_brief_duration_is_no_unrecognised_word(engine: Engine, text: str) -> None:
    assert engine.interpret(text).unrecognized == ()


@pytest.mark.parametrize(("text", "term"), [
    ("I've had a frog in my throat for a few days", HOARSE_VOICE),
    ("I've been feeling flat for months", DEPRESSIVITY),
    ("my mood has been flat for weeks", DEPRESSIVITY),
    ("my willy hurts", PENILE_PAIN),
])
def test_lay_phrases_read_their_terms(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_keep_after_an_inability_is_holding_no_quantity(engine: Engine) -> None:
    # "keep my eyelids" was read as Accessory eyelid ("extra eyelid").
    assert "HP:0430008" not in present_ids(engine, "I can't keep my eyelids up")
    assert "HP:0002013" in present_ids(engine, "I'm unable to keep anything down")  # Vomiting


@pytest.mark.parametrize(("text", "term"), [
    ("I had a funny turn in the shop", "HP:0031972"),  # Presyncope
    ("my mind goes blank in exams", "HP:5200227"),  # Thought blocking
])
def test_spells_read_their_terms(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)
