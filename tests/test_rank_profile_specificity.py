"""A condition profile's general finding explains a person's more specific word with a lighter
discount than a rare disease's annotation (ModelParameters.question_profile_specificity_exponent,
h-intruders3, issues 12 and 13)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.model import ModelParameters

from .readings import answer_rank

HAND_TREMOR = "HP:0002378"
HYPERTHYROIDISM = "MONDO:0004425"


def test_profiles_refine_with_their_own_exponent(engine: Engine) -> None:
    parameters = engine.ranker.parameters
    assert parameters.profile_specificity_exponent is None  # case reports: one exponent
    question = engine.ranker.question_ranker.model
    assert question.parameters.profile_specificity_exponent == pytest.approx(
        ModelParameters().question_profile_specificity_exponent)
    term = question.knowledge.ontology.index(HAND_TREMOR)
    thyroid = engine.knowledge.disease_index(HYPERTHYROIDISM)
    # The overactive thyroid's profile lists Tremor, not Hand tremor: the lighter discount
    # gives a person's shaking hands a real ratio (3.2 at 1.75).
    assert question.observed(term)[thyroid] > 10


def test_case_reports_keep_one_exponent(engine: Engine) -> None:
    # The phenopacket ranker (rank, batch) leaves profiles at specificity_exponent.
    model = engine.ranker.model
    term = model.knowledge.ontology.index(HAND_TREMOR)
    thyroid = engine.knowledge.disease_index(HYPERTHYROIDISM)
    assert model.observed(term)[thyroid] < 10


@pytest.mark.parametrize("question, answer", [
    ("I'm 35, I've lost weight, my hands shake, my heart races and I feel hot all the time",
     HYPERTHYROIDISM),
    ("my knees are stiff when I get up in the morning and ache when I climb stairs, I'm 66",
     "MONDO:0005178"),  # osteoarthritis before frozen shoulder (h-intruders3 probe)
])
def test_common_cause_leads_a_person_question(engine: Engine, question: str,
                                              answer: str) -> None:
    assert answer_rank(engine, question, answer) == 0


def test_a_profile_term_at_another_body_site_keeps_the_common_discount(engine: Engine) -> None:
    # Intertrigo's profile lists Pain (of its skin folds); "sore skin on my hands" reads Hand
    # pain, under an organ system (the limbs) Pain is not: the profile's general word does not
    # say the hands, so the lighter exponent does not apply and the floor stands (the
    # profile floor, raised for a complaint the profiles show more often than diseases do:
    # question_common_complaint_floor).
    question = engine.ranker.question_ranker.model
    term = question.knowledge.ontology.index("HP:0046505")  # Hand pain
    intertrigo = engine.knowledge.disease_index("MONDO:0021340")
    floor = question.observed_floor_ratios(term)[intertrigo]
    assert floor >= ModelParameters().question_profile_observed_floor
    assert question.observed(term)[intertrigo] == pytest.approx(floor)
