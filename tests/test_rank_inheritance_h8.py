"""A denied family history weighs weakly against dominant inheritance (rank/inheritance.py
denied_ratios; h-family8, issue 14)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.rank.inheritance import (
    DENIED_DOMINANT_LR,
    NOT_FITTING_LR,
    denied_ratios,
)
from whatcauses.text.interpretation import Interpretation

from .readings import answer_rank


def test_a_dominant_disease_weighs_the_denied_ratio(mini_knowledge: Knowledge) -> None:
    common = np.zeros(mini_knowledge.n_diseases, dtype=bool)
    ratios = denied_ratios(mini_knowledge, common)
    assert ratios[mini_knowledge.disease_index("OMIM:100001")] == DENIED_DOMINANT_LR
    # no inheritance annotation: nothing said of it
    assert ratios[mini_knowledge.disease_index("OMIM:100002")] == 1.0


def test_a_common_records_denied_ratio_is_one(mini_knowledge: Knowledge) -> None:
    common = np.zeros(mini_knowledge.n_diseases, dtype=bool)
    common[mini_knowledge.disease_index("OMIM:100001")] = True
    assert denied_ratios(mini_knowledge, common)[mini_knowledge.disease_index("OMIM:100001")] == 1


def test_the_denied_ratio_is_weaker_than_a_family_history_that_does_not_fit() -> None:
    assert NOT_FITTING_LR < DENIED_DOMINANT_LR < 1.0


def test_a_new_dominant_mutation_keeps_its_place_beside_nobody_else(engine: Engine) -> None:
    # About half of people with NF1 have a new variant: "no one else" only weighs weakly.
    question = ("My 4 year old daughter has lots of coffee-coloured patches on her skin and "
                "freckles in her armpits. No one else in the family has anything like that.")
    assert answer_rank(engine, question, "OMIM:162200") == 0


def test_a_denial_lowers_a_dominant_disease_against_one_of_no_mode(engine: Engine) -> None:
    said = engine.interpret("I have red scaly patches on my elbows. Nobody else in the family "
                            "has it.")
    assert said.family_history_denied
    unsaid = dataclasses.replace(said, family_history_denied=())
    ratios = engine.ranker._denied_ratios
    knowledge = engine.knowledge

    def scores(reading: Interpretation) -> dict[str, float]:
        return {c.id: c.score for c in engine.rank_interpretation(reading, top=100).candidates}

    with_denial, without = scores(said), scores(unsaid)
    both = [i for i in with_denial if i in without]
    dominant = [i for i in both if ratios[knowledge.disease_index(i)] == DENIED_DOMINANT_LR]
    other = [i for i in both if ratios[knowledge.disease_index(i)] == 1.0]
    assert dominant and other
    shift = {i: with_denial[i] - without[i] for i in both}
    # a dominant disease's score falls by log10 of the ratio, one of no mode is unchanged
    assert min(shift[i] for i in dominant) == pytest.approx(np.log10(DENIED_DOMINANT_LR))
    assert all(shift[i] == pytest.approx(0.0) for i in other)

