"""Anaphylaxis told as swelling with faintness, dizziness or a wheeze after a sting, a food or
a medicine (h-urgent12, issue 13; bench/data/probe_h-urgent12.yaml): the combination raises
the urgent notice also for a swollen face and for "dizzy" (read as Vertigo), the anaphylaxis
profile records feeling faint and dizziness (NHS page) and medicines as a trigger, and a face
that "puffs up" is read as a swollen face; everyday look-alikes stay quiet."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import red_flag_combinations

from .readings import answer_rank, present_ids

pytestmark = pytest.mark.slow

FACIAL_EDEMA, PRESYNCOPE, VERTIGO = "HP:0000282", "HP:0031972", "HP:0002321"
ANAPHYLAXIS = "MONDO:0100053"


def test_the_combination_takes_a_swollen_face_and_dizziness() -> None:
    combination = next(c for c in red_flag_combinations() if "faintness, dizziness" in c.name)
    swelling, faintness = combination.findings
    assert FACIAL_EDEMA in swelling
    assert {PRESYNCOPE, VERTIGO} <= set(faintness)


@pytest.mark.parametrize("question", [
    "a hornet stung me, my face swelled and now I feel dizzy",
    "my daughter ate some peanuts, her face swelled and she feels faint",
    "took a penicillin tablet and now my lips are swollen and I'm lightheaded",
])
def test_swelling_with_faintness_after_a_trigger_raises_the_notice(engine: Engine,
                                                                    question: str) -> None:
    assert engine.ask(question).urgent is not None, question
    assert answer_rank(engine, question, ANAPHYLAXIS, top=5) < 5, question


@pytest.mark.parametrize("question", [
    "my lips swell a little when I eat kiwi but otherwise I'm fine",
    "I get dizzy when I stand up quickly",
    "a bee stung my hand and it's swollen and itchy",
    "my face looks swollen in the mornings",
])
def test_everyday_swelling_or_dizziness_stays_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question


def test_the_profile_lists_faintness_dizziness_and_medicines(engine: Engine) -> None:
    question = "face swollen and dizzy after a new medicine"
    assert answer_rank(engine, question, ANAPHYLAXIS, top=3) < 3


def test_a_face_that_puffs_up_is_a_swollen_face(engine: Engine) -> None:
    assert FACIAL_EDEMA in present_ids(engine, "my face is puffing up")
    assert FACIAL_EDEMA in present_ids(engine, "his face puffed up after dinner")


def test_the_notice_names_each_mention_once() -> None:
    from whatcauses.answer.safety import urgent_notice
    from whatcauses.text.interpretation import RedFlagHit

    notice = urgent_notice((RedFlagHit("feel faint", "a"),
                            RedFlagHit("face is puffing up, feel faint", "b")))
    assert notice is not None
    assert "you mention feel faint, face is puffing up, which" in notice.notice
    assert notice.triggers == ("feel faint", "face is puffing up, feel faint")
