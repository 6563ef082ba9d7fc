"""The balanitis, hydrocele and mastoiditis profiles and the words added with them (h-profiles25),
on the real engine: a swollen foreskin reads as Penile swelling, a red head of the penis as
Balanitis, a swollen scrotum as Hydrocele testis, an ear that sticks out as Protruding ear; a
typical question ranks each profile near the top, and a woman's question never meets the
male-only profiles."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

BALANITIS, HYDROCELE, MASTOIDITIS = "MONDO:0006672", "MONDO:0004920", "MONDO:0000748"


@pytest.mark.parametrize(("question", "term"), [
    ("my son's foreskin is red and swollen", "HP:6000087"),
    ("the head of my penis is red and sore", "HP:0034438"),
    ("there is a discharge under the foreskin", "HP:6000108"),
    ("my baby's scrotum is swollen on one side", "HP:0000034"),
    ("his ear is sticking out and the skin behind it is red", "HP:0000411"),
])
def test_the_new_wordings_are_read(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def _ids(engine: Engine, question: str, top: int = 10) -> list[str]:
    return [c.id for c in engine.ask(question, top=top).ranking.candidates]


@pytest.mark.parametrize(("question", "disease", "within"), [
    ("I'm 40 and the head of my penis is red, sore and itchy under the foreskin", BALANITIS, 1),
    ("my newborn son's scrotum is swollen on one side but it does not hurt him", HYDROCELE, 1),
    ("my 2 year old had an ear infection, now the skin behind his ear is red and swollen and "
     "his ear is sticking out", MASTOIDITIS, 3),
])
def test_a_typical_question_ranks_the_profile_near_the_top(engine: Engine, question: str,
                                                           disease: str, within: int) -> None:
    assert disease in _ids(engine, question)[:within]


def test_a_womans_itch_does_not_meet_the_male_only_profiles(engine: Engine) -> None:
    ranked = _ids(engine, "I'm a 30 year old woman with an itchy, sore, red vulva and a "
                          "white discharge")
    assert BALANITIS not in ranked and HYDROCELE not in ranked
