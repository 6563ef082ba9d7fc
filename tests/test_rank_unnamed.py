"""Unnamed hallmarks (rank/unnamed.py): a tie-breaker among a person question's leaders.

The reorder itself is tested on hand-made candidates; the engine tests (``slow``) ask real
questions on the embedded HPO data.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.rank.model import ModelParameters
from whatcauses.rank.results import Candidate, UnnamedHallmark
from whatcauses.rank.unnamed import UnnamedHallmarks, nameable_terms, reordered

FORGETFUL = ("My 78 year old mother keeps forgetting what we talked about, repeats herself "
             "and got lost in her own street.")
ALZHEIMER = "OMIM:104300"
DELIRIUM = "MONDO:0045057"


def _candidate(rank: int, disease: str, score: float) -> Candidate:
    return Candidate(rank=rank, id=disease, ids=(disease,), name=disease, score=score,
                     probability=0.1, likelihood_ratio=1.0)


def test_reorder_moves_only_explaining_leaders_in_their_places() -> None:
    candidates = [_candidate(1, "A", 2.0), _candidate(2, "B", 1.9), _candidate(3, "C", 1.8),
                  _candidate(4, "D", 1.7)]
    index = {"A": 0, "B": 1, "C": 2, "D": 3}
    log_weight = np.array([-2.0, -1.5, 0.0, 0.0])  # A and B have unnamed hallmarks
    shown = reordered(candidates, 3, index, log_weight, lambda m: m[0] != 1)
    # B explains a finding only through its floor: it keeps second place; C (no unnamed
    # hallmark) overtakes A; D, below the depth, stays last.
    assert [c.id for c in shown] == ["C", "B", "A", "D"]
    assert [c.rank for c in shown] == [1, 2, 3, 4]


def test_reorder_is_a_tie_breaker_only_within_the_depth() -> None:
    candidates = [_candidate(1, "A", 2.0), _candidate(2, "B", 1.0), _candidate(3, "C", 0.5)]
    index = {"A": 0, "B": 1, "C": 2}
    log_weight = np.array([-1.0, 0.0, 0.0])
    # 2.0 ln 10 - 1 = 3.6 stays above 1.0 ln 10 = 2.3: a weight smaller than the gap changes
    # nothing; C is beyond a depth of 2.
    assert [c.id for c in reordered(candidates, 2, index, log_weight, lambda m: True)] == [
        "A", "B", "C"]


@pytest.mark.slow
def test_lab_findings_are_not_nameable(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    nameable = nameable_terms(engine.knowledge)
    assert nameable[onto.index("HP:0001945")]  # Fever: a lay lexicon finding
    assert not nameable[onto.index("HP:0001903")]  # Anemia: the lexicon's kind is lab
    assert not nameable[onto.index("HP:0002153")]  # Hyperkalemia: no lay wording


@pytest.mark.slow
def test_a_named_hallmark_is_not_weighed(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    hallmarks = UnnamedHallmarks(engine.knowledge, 0.3)
    index = engine.knowledge.disease_ids_index[DELIRIUM]
    confusion = onto.index("HP:0001289")  # Confusion, an obligate hallmark of delirium
    unnamed = hallmarks.log_weights([])[index]
    named = hallmarks.log_weights([confusion])[index]
    assert unnamed < named < 0.0


@pytest.mark.slow
def test_forgetful_mother_names_alzheimer_first(engine: Engine) -> None:
    # Delirium's profile lists obligate hallmarks (confusion, short attention span) and a very
    # frequent one (fluctuations in consciousness) the question does not name; Alzheimer
    # disease explains it as well and leads. With the weight off, delirium led until the
    # Alzheimer disease profile (h-profiles45) gave it its memory findings; it now leads either
    # way, and the weight still moves delirium down among the leaders.
    ranking = engine.ask(FORGETFUL).ranking
    assert ALZHEIMER in ranking.candidates[0].ids
    off = Engine(engine.knowledge, replace(ModelParameters(), question_unnamed_naming=0.0))

    def delirium_place(answered: Engine) -> int:
        ids = [c.ids for c in answered.ask(FORGETFUL).ranking.candidates]
        return next(i for i, group in enumerate(ids) if DELIRIUM in group)

    assert delirium_place(engine) > delirium_place(off)


def test_the_reordered_figures_follow_the_order_and_keep_their_total() -> None:
    candidates = [_candidate(1, "A", 2.0), _candidate(2, "B", 1.9), _candidate(3, "C", 1.8)]
    candidates = [replace(c, probability=p) for c, p in zip(candidates, (0.5, 0.3, 0.1),
                                                            strict=True)]
    index = {"A": 0, "B": 1, "C": 2}
    shown = reordered(candidates, 3, index, np.array([-2.0, 0.0, 0.0]), lambda m: True)
    assert [c.id for c in shown] == ["B", "C", "A"]
    probabilities = [c.probability for c in shown]
    assert probabilities == sorted(probabilities, reverse=True)
    assert sum(probabilities) == pytest.approx(0.9)
    scores = [c.score for c in shown]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.slow
def test_a_reordered_answer_never_shows_a_lower_probability_above(engine: Engine) -> None:
    candidates = engine.ask(FORGETFUL).ranking.candidates
    probabilities = [c.probability for c in candidates[:3]]
    assert probabilities == sorted(probabilities, reverse=True)


def test_reordered_candidates_carry_their_unnamed_hallmarks() -> None:
    candidates = [_candidate(1, "A", 2.0), _candidate(2, "B", 1.9), _candidate(3, "C", 1.0)]
    index = {"A": 0, "B": 1, "C": 2}
    log_weight = np.array([-2.0, 0.0, 0.0])
    hallmark = UnnamedHallmark("HP:0001289", 0.999, 0.7)
    shown = reordered(candidates, 2, index, log_weight, lambda m: True,
                      lambda member: (hallmark,) if member == 0 else ())
    assert [(c.id, c.unnamed_hallmarks) for c in shown] == [
        ("B", ()), ("A", (hallmark,)), ("C", ())]
    # A lone explaining leader is not reordered, so nothing is said of its hallmarks.
    alone = reordered(candidates, 2, index, log_weight, lambda m: m[0] == 0,
                      lambda member: (hallmark,))
    assert all(not c.unnamed_hallmarks for c in alone)


@pytest.mark.slow
def test_answer_says_which_hallmarks_were_unnamed(engine: Engine) -> None:
    answer = engine.ask(FORGETFUL)
    delirium = next(c for c in answer.ranking.candidates if DELIRIUM in c.ids)
    assert "HP:0001289" in {h.hpo_id for h in delirium.unnamed_hallmarks}  # Confusion
    assert all(h.frequency >= 0.8 and 0 < h.likelihood_ratio < 1
               for h in delirium.unnamed_hallmarks)
    explanation = next(x for x in answer.candidate_explanations if x.id == delirium.id)
    said = [s.text for s in explanation.opposing if "not mentioned in the question" in s.text]
    assert len(said) == 1 and "confusion (all patients)" in said[0]
    leader = answer.ranking.candidates[0]
    assert not leader.unnamed_hallmarks or leader.unnamed_hallmarks != delirium.unnamed_hallmarks
    assert answer.to_dict()["candidates"][delirium.rank - 1]["unnamed_hallmarks"]
