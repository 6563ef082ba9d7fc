"""The narrative's next question asks what a person can notice; findings only a test shows
are named by their test in plain words (h-nextq, issues 12/16)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.explain.next_question import (
    NOTICED_SUBTREES,
    TEST_SUBTREES,
    NextQuestion,
    needed_test,
    split_by_test,
)

pytestmark = pytest.mark.slow

SEED = "What autoimmune disease causes muscle stiffness?"


def _question(term_id: str) -> NextQuestion:
    return NextQuestion(text="", hpo_id=term_id, label=term_id, information_gain=0.1,
                        favours=(), favours_if_no=(), why="", replaces=())


def test_every_test_subtree_is_an_hpo_term(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    for root in [r for r, _ in TEST_SUBTREES] + list(NOTICED_SUBTREES):
        assert root in onto, root


@pytest.mark.parametrize(("term_id", "words"), [
    ("HP:0002500", "a brain or spine scan (MRI)"),  # Abnormal cerebral white matter morphology
    ("HP:0000093", "urine tests"),                  # Proteinuria
    ("HP:0003565", "blood tests"),                  # Elevated erythrocyte sedimentation rate
    ("HP:0000479", "an eye examination"),           # Abnormal retinal morphology
])
def test_findings_only_a_test_shows_name_their_test(engine: Engine, term_id: str,
                                                    words: str) -> None:
    assert needed_test(engine.knowledge.ontology, term_id) == words


@pytest.mark.parametrize("term_id", [
    "HP:0100665",  # Angioedema (under homeostasis, as fluid regulation, but seen)
    "HP:0001945",  # Fever
    "HP:0001824",  # Weight loss
    "HP:0002063",  # Rigidity
    "HP:0033072",  # Abnormal macroscopic urine appearance (under urine homeostasis, but seen)
])
def test_findings_a_person_notices_need_no_test(engine: Engine, term_id: str) -> None:
    assert needed_test(engine.knowledge.ontology, term_id) is None


def test_split_keeps_the_order_and_takes_tests_from_the_best_only(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    asked = [_question(t) for t in ("HP:0002500", "HP:0001945", "HP:0000093", "HP:0001824",
                                    "HP:0000479", "HP:0100665")]
    noticed, tested = split_by_test(onto, asked, limit=3)
    assert [q.hpo_id for q in noticed] == ["HP:0001945", "HP:0001824", "HP:0100665"]
    assert [(q.hpo_id, w) for q, w in tested] == [
        ("HP:0002500", "a brain or spine scan (MRI)"), ("HP:0000093", "urine tests")]


def test_seed_answer_asks_what_a_person_can_notice_and_names_the_scan(engine: Engine) -> None:
    answer = engine.ask(SEED)
    steps = " ".join(s.text for s in answer.sections["next_steps"])
    assert "brain or spine scan (MRI) would also help tell these apart" in steps
    assert "white matter" not in steps and "arrhinencephaly" not in steps
    onto = engine.knowledge.ontology
    asked = [q for q in answer.next_questions if needed_test(onto, q.hpo_id) is None]
    assert asked and all(q.label in steps for q in asked)


def test_what_tells_them_apart_names_the_candidate_each_finding_points_to(
        engine: Engine) -> None:
    """The narrative's questions say which candidate a "yes" favours, grouped by it, so that a
    reader sees what each question separates."""
    answer = engine.ask("my dad is 70 and his hand shakes at rest")
    steps = " ".join(s.text for s in answer.sections["next_steps"])
    names = {c.id: c.name for c in answer.ranking.candidates}
    onto = engine.knowledge.ontology
    asked = [q for q in answer.next_questions
             if needed_test(onto, q.hpo_id) is None and q.favours]
    assert asked
    for question in asked:
        assert question.label in steps
        assert f"would point to {names[question.favours[0]]}" in steps
    # One "would point to" per favoured candidate, not one per finding.
    favoured = {names[q.favours[0]] for q in asked}
    assert steps.count("would point to") == len(favoured)
