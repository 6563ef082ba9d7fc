"""The sibling rule and findings of the opposite direction (ModelParameters.sibling_direction).

A finding is credited through its parent when the disease shows another child of that parent
(rank/model.py, the sibling rule), but never through a child naming the same quantity in the
opposite direction: Liddle syndrome's Decreased circulating aldosterone concentration took a
likelihood ratio of 51 from primary aldosteronism's Primary hyperaldosteronism, through
Abnormal circulating aldosterone concentration and Increased circulating aldosterone
concentration (h-direction1).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.bridges import term_bridges
from whatcauses.rank.model import LikelihoodModel, opposite_siblings, term_direction

LOW_ALDOSTERONE, ALDOSTERONE = "HP:0004319", "HP:0040085"
HIGH_ALDOSTERONE = "HP:0000859"
PRIMARY_ALDOSTERONISM = "MONDO:0001422"


@pytest.mark.parametrize(("name", "expected"), [
    ("Hypokalemia", (-1, "*kalemia")),
    ("Hyperkalemia", (1, "*kalemia")),
    ("Decreased circulating aldosterone concentration",
     (-1, "* circulating aldosterone concentration")),
    ("Elevated circulating aldosterone concentration",
     (1, "* circulating aldosterone concentration")),
    ("Microcytic anemia", (-1, "*cytic anemia")),
    ("Abnormal circulating aldosterone concentration", None),
    # Two direction words: no single direction.
    ("Hypertension with low renin", None),
    # A prefix alone is no word.
    ("Hypo", None),
])
def test_term_direction(name: str, expected: tuple[int, str] | None) -> None:
    assert term_direction(name) == expected


def test_opposite_siblings_of_aldosterone(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    table = opposite_siblings(onto)
    low, high, parent = (onto.index(t) for t in (LOW_ALDOSTERONE, HIGH_ALDOSTERONE, ALDOSTERONE))
    assert table[(low, parent)] == (high,)
    assert table[(high, parent)] == (low,)
    potassium = [onto.index(t) for t in ("HP:0002900", "HP:0002153")]  # hypo-, hyperkalemia
    assert any(key[0] == potassium[0] and potassium[1] in value for key, value in table.items())
    # Every pair says the same quantity in opposite directions, under one parent.
    for (term, parent), others in table.items():
        assert parent in onto.parents(term).tolist()
        sign, rest = term_direction(onto.name(onto.ids[term])) or (0, "")
        for other in others:
            assert parent in onto.parents(other).tolist()
            assert term_direction(onto.name(onto.ids[other])) == (-sign, rest)


def test_low_aldosterone_not_explained_by_primary_aldosteronism(engine: Engine) -> None:
    model = engine.ranker.model
    onto = engine.knowledge.ontology
    low = onto.index(LOW_ALDOSTERONE)
    disease = engine.knowledge.disease_index(PRIMARY_ALDOSTERONISM)
    assert model.match_probability(low)[disease] == 0.0
    assert model.observed(low)[disease] < 1.0
    [(details, _)] = model._explain_pass([low], [], [disease])
    assert details[0].kind == "none"
    # The rule off: the sibling rule's credit (a likelihood ratio near 51 in hp.obo 2025-01-16).
    off = LikelihoodModel(engine.knowledge, replace(model.parameters, sibling_direction=False))
    assert off.observed(low)[disease] > 10.0
    [(details, _)] = off._explain_pass([low], [], [disease])
    assert (details[0].kind, details[0].term) == ("more_specific", onto.index(ALDOSTERONE))


def test_no_opposite_sibling_is_a_match(engine: Engine) -> None:
    """Over every (finding, parent) with a sibling of the opposite direction in the ontology:
    no disease that shows that sibling, and neither the finding nor a direct annotation of an
    ancestor of it, is credited with the finding (match_probability) nor shown as matching
    it through the parent (the explain pass's ``more_specific``)."""
    model = engine.ranker.model
    onto = engine.knowledge.ontology
    table = opposite_siblings(onto)
    assert len(table) > 300
    checked = 0
    for (term, parent), others in table.items():
        opposed = np.unique(np.concatenate([model.model_column(o)[0] for o in others]))
        if not len(opposed):
            continue
        # Diseases explaining the finding otherwise: showing it, or annotated with an ancestor.
        other_ways = set(model.model_column(term)[0].tolist())
        for ancestor in onto.ancestors(term).tolist():
            other_ways.update(model.direct_column(ancestor)[0].tolist())
        diseases = [int(d) for d in opposed if int(d) not in other_ways]
        if not diseases:
            continue
        if len(onto.parents(term)) == 1:
            assert not model.match_probability(term)[diseases].any(), onto.ids[term]
        for details, _ in model._explain_pass([term], [], diseases[:20]):
            assert not (details[0].kind == "more_specific" and details[0].term == parent), (
                onto.ids[term])
        checked += 1
    assert checked > 50


def test_no_bridge_joins_opposite_directions(engine: Engine) -> None:
    """No curated term bridge (knowledge/curated/term_bridges.yaml) puts a term under one
    naming the same quantity's opposite direction."""
    onto = engine.knowledge.ontology
    for bridge in term_bridges():
        if bridge.term in onto and bridge.under in onto:
            term, under = (term_direction(onto.name(t)) for t in (bridge.term, bridge.under))
            assert not (term and under and term[0] == -under[0]), bridge
