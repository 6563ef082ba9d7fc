"""A finding the condition profiles show more often than diseases do on average (a common
complaint: tiredness, fever, tummy pain) weighs a disease whose annotations leave it out less
in a person's question: its noise floor is raised by that share, never above a ratio of 1
(ModelParameters.question_common_complaint_floor, h-rare1, issue 14)."""

from __future__ import annotations

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.rank.model import LikelihoodModel, ModelParameters

from .readings import answer_rank

FATIGUE = "HP:0012378"
SEIZURE = "HP:0001250"


def _share(model: LikelihoodModel, term: int) -> float:
    rate = float(model.match_probability(term)[model.knowledge.profile_diseases].mean())
    return rate / float(model.background[term])


def test_a_common_complaint_left_out_weighs_less_in_a_question(engine: Engine) -> None:
    model = engine.ranker.question_ranker.model
    term = model.knowledge.ontology.index(FATIGUE)
    assert _share(model, term) > 2  # the profiles list tiredness far more often
    floors = model.observed_floor_ratios(term)
    plain = model.observed_floors
    assert np.all(floors >= plain)
    assert np.all(floors <= 1.0)
    ratios = model.observed(term)
    # A disease that does not list tiredness keeps the raised floor, not 0.3.
    unlisted = np.flatnonzero(model.match_probability(term) == 0)
    assert len(unlisted)
    assert ratios[unlisted].min() > ModelParameters().observed_floor * 2


def test_a_finding_the_profiles_seldom_show_keeps_the_plain_floor(engine: Engine) -> None:
    model = engine.ranker.question_ranker.model
    term = model.knowledge.ontology.index(SEIZURE)
    assert _share(model, term) < 1
    assert np.array_equal(model.observed_floor_ratios(term), model.observed_floors)


def test_case_reports_keep_the_plain_floor(engine: Engine) -> None:
    model = engine.ranker.model
    assert not model.parameters.common_complaint_floor
    term = model.knowledge.ontology.index(FATIGUE)
    assert np.array_equal(model.observed_floor_ratios(term), model.observed_floors)


@pytest.mark.parametrize("question, answer", [
    # Type 1 diabetes's records list no tiredness; the common complaint no longer costs it
    # first place against a urine infection's thirst-free frequent weeing.
    ("my teenage daughter is drinking huge amounts of water, weeing a lot, tired and getting "
     "thinner", "OMIM:222100"),
])
def test_a_rare_answer_is_not_held_back_by_a_common_complaint(engine: Engine, question: str,
                                                              answer: str) -> None:
    assert answer_rank(engine, question, answer) <= 2  # in the first three (7th before)
