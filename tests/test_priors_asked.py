"""A question that asks for the common cause or for a rare disease (text/frame.py,
read_asked_prevalence): the frame it sets and the prior it gives (Ranker._rare_asked_prior)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.frame import read_asked_prevalence, read_frame

ACUTE_URTICARIA = "MONDO:0005492"
IRON_DEFICIENCY_ANAEMIA = "MONDO:0001356"


@pytest.mark.parametrize(("question", "asked", "frame"), [
    # the common cause: weighed by how common each disease is, whatever the word count
    ("What is the most common cause of tiredness and pale skin?", "common", "person"),
    ("what is the commonest cause of an underactive thyroid", "common", "person"),
    ("what usually causes heartburn after meals?", "common", "person"),
    ("what common skin condition causes itchy elbows in children", "common", "person"),
    ("which condition most often causes a swollen big toe", "common", "person"),
    # a rare disease: a knowledge question, even when it names someone
    ("what rare disease causes muscle stiffness and spasms?", "rare", "knowledge"),
    ("which rare genetic disorder causes salty sweat", "rare", "knowledge"),
    ("what rare disease could my son have with salty sweat", "rare", "knowledge"),
    # words of a finding, or both asked: the frame by the usual rule
    ("I have a common cold and a cough", None, "person"),
    ("what causes an unusual rash", None, "knowledge"),
    ("what causes frequent infections", None, "knowledge"),
    ("I rarely get headaches, what causes them", None, "person"),
    ("which common or rare diseases cause hair loss", None, "knowledge"),
    ("What autoimmune disease causes muscle stiffness?", None, "knowledge"),
])
def test_a_question_asking_for_common_or_rare_causes_sets_its_frame(
        question: str, asked: str | None, frame: str) -> None:
    assert read_asked_prevalence(question) == asked
    assert read_frame(question) == frame


@pytest.mark.slow
def test_asking_for_a_rare_disease_weighs_common_diseases_down_and_keeps_no_common_places(
        engine: Engine) -> None:
    findings = "causes attacks of swelling of the face and lips without hives or itching?"
    plain = engine.ask(f"what disease {findings}", top=10)
    rare = engine.ask(f"what rare disease {findings}", top=10)
    assert rare.interpretation.asked_prevalence == "rare"
    assert rare.interpretation.to_dict()["asked_prevalence"] == "rare"
    assert plain.interpretation.asked_prevalence is None
    assert not any(c.common_cause for c in rare.ranking.candidates)

    def place(answer_ids: list[str]) -> int:
        return answer_ids.index(ACUTE_URTICARIA) if ACUTE_URTICARIA in answer_ids else 99

    plain_ids = [c.id for c in plain.ranking.candidates]
    rare_ids = [c.id for c in rare.ranking.candidates]
    assert place(rare_ids) > place(plain_ids)
    # a rare disease keeps its weight
    rare_weights = {c.id: c.prior_weight for c in rare.ranking.candidates}
    plain_weights = {c.id: c.prior_weight for c in plain.ranking.candidates}
    assert rare_weights["OMIM:106100"] == pytest.approx(plain_weights["OMIM:106100"])


@pytest.mark.slow
def test_asking_for_the_most_common_cause_puts_the_common_one_first(engine: Engine) -> None:
    answer = engine.ask("What is the most common cause of feeling tired with pale skin?")
    assert answer.interpretation.frame == "person"
    assert answer.interpretation.asked_prevalence == "common"
    assert answer.ranking.candidates[0].id == IRON_DEFICIENCY_ANAEMIA
