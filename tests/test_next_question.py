"""How the next question is chosen: the expected rise in the chance that the leader is right,
the answers people can give, questions at a level people understand, no near-duplicates."""

from __future__ import annotations

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.explain import next_question as nq
from whatcauses.explain.next_question import (
    Findings,
    RankingContext,
    findings_ranker,
    interview_step,
    leader_rise,
    question_scores,
    usable_gain,
)
from whatcauses.rank.model import ModelParameters

# Three leaders and, last, every other disease.
POSTERIOR = np.array([0.4, 0.3, 0.2, 0.1])
# Splits the leaders in halves: the first two show it, the third does not.
HALVES = [0.9, 0.9, 0.1, 0.05]
# Typical of the second leader only: a "yes" puts it first.
TYPICAL_OF_SECOND = [0.02, 0.95, 0.02, 0.01]
# Every leader shows it alike: no answer changes the leader.
SHARED = [0.5, 0.5, 0.5, 0.05]

# One noise floor for every leader, condition profiles included.
ONE_FLOOR = ModelParameters(observed_floor=0.3, profile_observed_floor=0.3)


def test_what_sets_a_follower_apart_beats_what_splits_the_leaders() -> None:
    p = np.array([HALVES, TYPICAL_OF_SECOND])
    rise = leader_rise(p, POSTERIOR)
    assert rise[1] > rise[0] > 0
    scores = question_scores(p, POSTERIOR)
    assert scores[1] > scores[0]


def test_a_question_that_cannot_change_the_leader_raises_nothing() -> None:
    p = np.array([SHARED])
    assert leader_rise(p, POSTERIOR)[0] == pytest.approx(0.0, abs=1e-12)
    # The information gain of the usable answers still orders such questions.
    assert usable_gain(p, POSTERIOR)[0] > 0
    assert question_scores(p, POSTERIOR)[0] > 0


def test_dont_know_answers_turn_the_questions_to_the_other_leaders() -> None:
    # The ranking still leads with the first candidate; "don't know" answers to its typical
    # findings have made the second likelier to the chooser, which the ranking ignores.
    belief = np.array([0.2, 0.5, 0.2, 0.1])
    p = np.array([TYPICAL_OF_SECOND])
    rise = leader_rise(p, POSTERIOR, belief)[0]
    assert rise > leader_rise(p, POSTERIOR)[0]
    # A "yes" puts the second first in the ranking, which still leads with the first: the
    # rise is counted from the ranking's leader, not from the belief's.
    assert rise > leader_rise(p, belief)[0]
    assert question_scores(p, POSTERIOR, belief)[0] > question_scores(p, POSTERIOR)[0]


def test_usable_gain_counts_only_yes_and_no() -> None:
    p = np.array([TYPICAL_OF_SECOND])
    full = nq._gains(p, POSTERIOR)[0]
    usable = usable_gain(p, POSTERIOR)[0]
    # Most answers are "don't know", which tells the ranking nothing.
    assert 0 < usable < full


def test_organ_system_terms_are_not_asked(mini_engine: Engine,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = mini_engine.knowledge
    onto = knowledge.ontology
    # The mini base has three diseases, so every term is "common": lift that limit.
    monkeypatch.setattr(nq, "MAX_BACKGROUND", 1.0)
    members = list(range(knowledge.n_diseases))
    options = {onto.ids[t] for t in nq._options(knowledge, members, set())}
    assert "HP:0000101" in options  # Seizure: a question people can answer
    # "Nervous system abnormality", "Muscle abnormality": too general to ask.
    assert not options & {"HP:0000100", "HP:0000200", "HP:0000118", "HP:0000001"}


def test_neither_refinements_nor_the_term_above_a_dont_know_are_asked(
        mini_engine: Engine) -> None:
    knowledge = mini_engine.knowledge
    onto = knowledge.ontology
    ranking = mini_engine.rank(["HP:0000200"], top=10)
    blocked = nq._blocked_terms(knowledge, ranking, [onto.index("HP:0000101")])
    assert {onto.index(t) for t in ("HP:0000102", "HP:0000103")} <= blocked
    assert onto.index("HP:0000100") in blocked  # the parent: a near-duplicate
    assert onto.index("HP:0000201") not in blocked


def test_frequencies_are_weighed_given_the_answers(mini_engine: Engine) -> None:
    knowledge = mini_engine.knowledge
    onto = knowledge.ontology
    ranking = mini_engine.rank(["HP:0000201"], ["HP:0000102"], top=10)
    field = nq._Leaders(knowledge, list(ranking.candidates), ONE_FLOOR)
    names = [c.name for c in ranking.candidates]
    options = [onto.index(t) for t in ("HP:0000101", "HP:0000202")]
    before = field.annotated(options)
    after, _ = nq._given_answers(knowledge, field, ranking.query, options, before)
    alpha, beta = names.index("Alpha disease"), names.index("Beta syndrome")
    gamma = names.index("Gamma myopathy")
    # Above the absent focal seizure, Alpha (only focal seizures) has nothing left to show;
    # Beta's generalized seizures still count.
    assert before[0, alpha] > 0 and after[0, alpha] == pytest.approx(0, abs=1e-9)
    assert after[0, beta] == pytest.approx(before[0, beta])
    # Below the present muscle stiffness: Gamma's stiffness is its rigidity, so "which kind?"
    # is answered yes for sure.
    assert before[1, gamma] < 1 and after[1, gamma] == pytest.approx(1.0)


@pytest.mark.slow
@pytest.mark.parametrize("present", [("HP:0003552", "HP:0003394"), ("HP:0001250",),
                                     ("HP:0004322", "HP:0002650", "HP:0000545")])
def test_questions_are_specific_enough_and_separate_the_leaders(
        engine: Engine, present: tuple[str, ...]) -> None:
    knowledge = engine.knowledge
    onto = knowledge.ontology
    rank = findings_ranker(engine.rank, RankingContext(), top=10)
    ranking, questions = interview_step(knowledge, rank, Findings(present), limit=5,
                                        check=False)
    assert questions
    field = nq._Leaders(knowledge, list(ranking.candidates[:nq.LEADERS]), ONE_FLOOR)
    for question in questions:
        term = onto.index(question.hpo_id)
        assert len(onto.ancestors(term)) >= nq.MIN_ANCESTORS, question.label
        assert knowledge.background[term] <= nq.MAX_BACKGROUND, question.label
        share = float((field.annotated([term]) > 0).mean())
        assert share <= nq.MAX_LEADER_SHARE, question.label


def test_a_profile_leader_is_weighed_with_the_profile_floor(engine: Engine) -> None:
    # The questions are weighed as the ranking scores: a leader with a condition-profile
    # entry takes profile_observed_floor, any other leader observed_floor.
    knowledge = engine.knowledge
    ranking = engine.ask("my big toe is red, hot and swollen").ranking
    candidates = list(ranking.candidates[:nq.LEADERS])
    floors = ModelParameters(observed_floor=0.3, profile_observed_floor=0.5)
    field = nq._Leaders(knowledge, candidates, floors)
    profiled = [any(knowledge.profile_diseases[m] for m in entries) for entries in field.entries]
    assert any(profiled) and not all(profiled)
    assert field.floors.tolist() == [0.5 if p else 0.3 for p in profiled]
    # A finding none of the leaders shows: each is weighed at its own floor.
    term = knowledge.ontology.index("HP:0000252")  # Microcephaly
    annotated = np.zeros((1, len(candidates)))
    shown = field.shown([term], annotated)
    background = float(knowledge.background[term])
    assert shown[0, :-1] == pytest.approx([f * background for f in field.floors.tolist()])


def test_severity_grades_are_asked_as_the_finding_itself(engine: Engine) -> None:
    # "Intellectual disability, profound" (lay name "IQ less than 20") takes a clinician's
    # measurement; whether there is intellectual disability is what a carer can tell.
    onto = engine.knowledge.ontology
    graded = onto.severity_graded
    for term_id in ("HP:0010864", "HP:0011344", "HP:0012736"):  # ID severe, severe GDD,
        assert graded[onto.index(term_id)], term_id              # profound GDD
    for term_id in ("HP:0001249", "HP:0001263", "HP:0012076"):  # ID, GDD, borderline PD
        assert not graded[onto.index(term_id)], term_id
    ranking = engine.ask("What autoimmune disease causes muscle stiffness?").ranking
    questions = nq.next_questions(engine.knowledge, ranking, limit=8)
    assert questions
    assert not any(graded[onto.index(q.hpo_id)] for q in questions)
