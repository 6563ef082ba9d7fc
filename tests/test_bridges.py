"""Curated bridges between HPO terms (knowledge/bridges.py) and their use by the question model.

On the mini ontology (tests/conftest.py) a hypothetical bridge puts Muscle weakness (Beta
syndrome 4/6 -> 0.667, Gamma 0.4) below Muscle stiffness (Alpha 0.5, Alpha's Orphanet twin 0.17).
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.bridges import (
    Bridge,
    bridge_indices,
    bridged_above,
    bridged_below,
    parse_bridges,
    term_bridges,
)
from whatcauses.rank.model import LikelihoodModel, ModelParameters

from .readings import answer_rank
from .test_cli import cli

__all__ = ["cli"]  # the fixture, shared with test_cli

MUSCLE, STIFF, WEAK, RIGID = "HP:0000200", "HP:0000201", "HP:0000203", "HP:0000202"
EPIGASTRIC, ABDOMINAL = "HP:0410019", "HP:0002027"


def bridged_model(knowledge: Knowledge, on: bool = True) -> LikelihoodModel:
    onto = knowledge.ontology
    pairs = bridge_indices(onto, (Bridge(WEAK, STIFF, "test"),))
    return LikelihoodModel(knowledge, replace(ModelParameters(), term_bridges=on), pairs)


@pytest.mark.parametrize("raw", [
    None, {"bridges": "x"}, {"bridges": [{"term": "HP:1", "under": "HP:2"}]},
    {"bridges": [{"term": "HP:1", "under": "HP:1", "reason": "same"}]},
    {"bridges": [{"term": "OMIM:1", "under": "HP:2", "reason": "not a term"}]},
])
def test_a_malformed_table_is_a_data_error(raw: Any) -> None:
    with pytest.raises(DataError):
        parse_bridges(raw)


def test_the_curated_table_joins_real_terms_and_lists_only_gaps(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    bridges = term_bridges()
    assert bridges and all(b.reason for b in bridges)
    assert all(b.term in onto and b.under in onto for b in bridges)
    # Every bridge is one HPO lacks in this release (bridge_indices drops the others).
    assert len(bridge_indices(onto, bridges)) == len(bridges)


def test_a_bridge_already_in_hpo_or_naming_an_unknown_term_is_left_out(
        mini_knowledge: Knowledge) -> None:
    onto = mini_knowledge.ontology
    assert bridge_indices(onto, (Bridge(RIGID, STIFF, "HPO has it"),
                                 Bridge("HP:9999999", STIFF, "unknown"))) == ()


def test_bridged_terms_fall_below_the_bridge_target_and_its_ancestors_only_where_new(
        mini_knowledge: Knowledge) -> None:
    onto = mini_knowledge.ontology
    pairs = bridge_indices(onto, (Bridge(WEAK, STIFF, "test"),))
    below = bridged_below(onto, pairs)
    assert below[onto.index(STIFF)] == (onto.index(WEAK),)
    assert onto.index(MUSCLE) not in below  # HPO already has weakness under it
    assert bridged_above(below, onto) == {onto.index(WEAK): (onto.index(STIFF),)}


def test_an_observed_general_term_is_explained_by_a_bridged_annotation(
        mini_knowledge: Knowledge) -> None:
    model, plain = bridged_model(mini_knowledge), bridged_model(mini_knowledge, on=False)
    stiff, weak = (mini_knowledge.ontology.index(t) for t in (STIFF, WEAK))
    beta = mini_knowledge.disease_ids_index["OMIM:100002"]
    diseases, frequency = model.model_column(weak)
    shown = float(frequency[list(diseases).index(beta)])
    assert model.observed(stiff)[beta] == pytest.approx(shown / model.background[stiff])
    assert plain.observed(stiff)[beta] < model.observed(stiff)[beta]
    assert model.absent_frequency(stiff)[beta] == pytest.approx(shown)
    (seen, _), = model.explain_many([stiff], [], [beta])
    assert (seen[0].kind, seen[0].term) == ("implied", weak)


def test_a_bridged_term_is_credited_through_the_term_above_it(
        mini_knowledge: Knowledge) -> None:
    model, plain = bridged_model(mini_knowledge), bridged_model(mini_knowledge, on=False)
    stiff, weak = (mini_knowledge.ontology.index(t) for t in (STIFF, WEAK))
    twin = mini_knowledge.disease_ids_index["ORPHA:200001"]  # stiffness, no weakness
    gamma = model.parameters.specificity_exponent
    diseases, frequency = model.direct_column(stiff)
    guess = float(frequency[list(diseases).index(twin)]) * (
        model.background[weak] / model.background[stiff]) ** gamma
    assert model.match_probability(weak)[twin] == pytest.approx(guess)
    assert plain.match_probability(weak)[twin] < guess
    (seen, _), = model.explain_many([weak], [], [twin])
    assert (seen[0].kind, seen[0].term) == ("more_specific", stiff)


def test_bridges_serve_questions_only(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    abdominal, epigastric = onto.index(ABDOMINAL), onto.index(EPIGASTRIC)
    question = engine.ranker.question_ranker.model
    assert engine.ranker.model.bridged_below == {}
    assert epigastric in question.bridged_below[abdominal]
    # A disease annotated with Epigastric pain but nothing at or below Abdominal pain.
    epi, _ = question.model_column(epigastric)
    abd, _ = question.model_column(abdominal)
    only = np.setdiff1d(epi, abd)
    assert len(only)
    assert (question.match_probability(abdominal)[only] > 0).all()
    assert (engine.ranker.model.match_probability(abdominal)[only]
            < question.match_probability(abdominal)[only]).all()


def test_ask_shows_the_bridged_annotation_as_evidence(cli: Any) -> None:
    # Acute pancreatitis's profile lists Epigastric pain, not Abdominal pain: "tummy pain"
    # (Abdominal pain) is covered by that annotation. (In this process: the console script's
    # reading of a real pipe is test_cli_ask's.)
    done = cli(["ask", "--json", "--top", "20"], stdin=b"tummy pain and vomiting after drinking\n")
    assert done.code == 0, done.stderr
    bridged = [(c["name"], e["match"]) for c in json.loads(done.stdout)["candidates"]
               for e in c["evidence"]
               if e["hpo_id"] == ABDOMINAL and e["matched_id"] == EPIGASTRIC]
    assert ("Acute pancreatitis", "implied") in bridged


def test_a_raised_pth_is_explained_by_hyperparathyroidism(engine: Engine) -> None:
    # "Ca ↑, PTH ↑" reads Elevated circulating parathyroid hormone level; the curated primary
    # hyperparathyroidism profile is annotated with Hyperparathyroidism (HPO's exact synonym
    # "Elevated blood parathyroid hormone level"): the bridge lets it explain the reading.
    question = "57F polyuria, polydipsia, constipation, renal stones, Ca ↑, PTH ↑"
    assert answer_rank(engine, question, "MONDO:0010837") < 5
