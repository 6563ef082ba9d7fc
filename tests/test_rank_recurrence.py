"""A recurring form of a finding (Recurrent fever) is no lighter refinement of a condition
profile's plain finding (Fever): a one-off illness does not make it recur (LikelihoodModel.
recurrence_forms, h-balance1, issues 12 and 14)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank

FEVER = "HP:0001945"
RECURRENT_FEVER = "HP:0001954"
CAMPYLOBACTER = "MONDO:0005688"  # a profile that lists Fever, not Recurrent fever
FMF = "OMIM:249100"


def test_recurring_forms_are_named_by_hpo() -> None:
    from whatcauses.rank.model import RECURRENCE_FORM

    assert RECURRENCE_FORM.search("Recurrent fever")
    assert RECURRENCE_FORM.search("Episodic abdominal pain")
    assert not RECURRENCE_FORM.search("Fever")
    assert not RECURRENCE_FORM.search("Chronic cough")  # a duration, not a recurrence


def test_a_profiles_plain_finding_refines_to_its_recurring_form_at_the_common_exponent(
        engine: Engine) -> None:
    question = engine.ranker.question_ranker.model
    onto = engine.knowledge.ontology
    fever, recurrent = onto.index(FEVER), onto.index(RECURRENT_FEVER)
    assert question.recurrence_forms[recurrent] and not question.recurrence_forms[fever]
    campylobacter = engine.knowledge.disease_index(CAMPYLOBACTER)
    assert engine.knowledge.profile_diseases[campylobacter]
    diseases, frequency = question.direct_column(fever)
    shown = float(frequency[list(diseases).index(campylobacter)])
    share = question.background[recurrent] / question.background[fever]
    gamma = question.parameters.specificity_exponent  # the question exponent, 1.75
    assert gamma > question.parameters.profile_specificity_exponent  # not the profiles' 1.25
    expected = shown * share ** gamma / question.background[recurrent]
    assert question.observed(recurrent)[campylobacter] == pytest.approx(expected, rel=1e-6)


def test_recurring_fever_with_tummy_pain_puts_the_periodic_fever_first(engine: Engine) -> None:
    question = "I keep getting attacks of fever and tummy pain that come back every month"
    assert answer_rank(engine, question, FMF) == 0
