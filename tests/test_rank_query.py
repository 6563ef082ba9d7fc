"""Query normalisation: OR-group readings the present findings already count (rank/query.py).

Mini ontology (tests/conftest.py): Seizure > Focal seizure, Generalized seizure; Muscle
stiffness > Neuromuscular rigidity; Muscle weakness.
"""

from __future__ import annotations

import math

from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.rank.query import prune_or_groups

SEIZURE, FOCAL, GENERALIZED = "HP:0000101", "HP:0000102", "HP:0000103"
STIFF, RIGID, WEAK = "HP:0000201", "HP:0000202", "HP:0000203"


def test_a_secondary_reading_a_present_finding_states_is_dropped(
        mini_knowledge: Knowledge) -> None:
    onto = mini_knowledge.ontology
    # The same term ...
    assert prune_or_groups(onto, [FOCAL], [(WEAK, FOCAL, STIFF)]) == [(WEAK, STIFF)]
    # ... or an ancestor of a present finding (rigidity is a form of stiffness).
    assert prune_or_groups(onto, [RIGID], [(WEAK, STIFF)]) == [(WEAK,)]


def test_a_group_whose_preferred_reading_is_stated_adds_nothing(
        mini_knowledge: Knowledge) -> None:
    onto = mini_knowledge.ontology
    assert prune_or_groups(onto, [SEIZURE], [(SEIZURE, STIFF)]) == []
    assert prune_or_groups(onto, [FOCAL], [(SEIZURE, WEAK)]) == []


def test_readings_the_present_findings_do_not_imply_are_kept(mini_knowledge: Knowledge) -> None:
    onto = mini_knowledge.ontology
    # A more specific form of a present finding says more than it: kept, as is an unrelated one.
    groups = [(WEAK, FOCAL), (STIFF, GENERALIZED)]
    assert prune_or_groups(onto, [SEIZURE], groups) == groups
    assert prune_or_groups(onto, [], groups) == groups


def test_a_reading_already_counted_does_not_weigh_twice_in_a_ranking(
        mini_engine: Engine) -> None:
    alone = mini_engine.rank([FOCAL], top=4)
    repeated = mini_engine.rank([FOCAL], or_groups=[[FOCAL, STIFF]], top=4)
    assert repeated.query.or_groups == ()
    assert [c.id for c in repeated.candidates] == [c.id for c in alone.candidates]
    for a, b in zip(alone.candidates, repeated.candidates, strict=True):
        assert math.isclose(a.likelihood_ratio, b.likelihood_ratio, rel_tol=1e-9)
    # A secondary reading already counted leaves the group's other readings.
    other = mini_engine.rank([FOCAL], or_groups=[[WEAK, FOCAL]], top=4)
    assert other.query.or_groups == ((WEAK,),)


def test_a_red_rash_counts_the_redness_once(engine: Engine) -> None:
    erythema, skin_rash = "HP:0010783", "HP:0000988"
    answer = engine.ask("I have a red rash on my arm.")
    read = [f.ids for f in answer.interpretation.findings]
    assert (erythema,) in read and any(skin_rash in ids and erythema in ids for ids in read)
    query = answer.ranking.query
    assert erythema in query.present
    assert query.or_groups and all(erythema not in group for group in query.or_groups)
    assert any(skin_rash in group for group in query.or_groups)
