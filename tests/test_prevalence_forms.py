"""How common a form of a disease counts, and which onset a question's age is weighed by
(h-prev5, issue 12).

A fact sheet's `ranks_apart` id (a subtype, gene, familial or susceptibility entry of the
disease) without a figure of its own counts a share of the whole disease's figure in the
prior, so that it no longer ties with the disease it is a form of. A question's age is
weighed by a disease's own onset (phenotype.hpoa aspect C) when it has one; the onsets of
single findings widen the range only for case reports.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.model import ModelParameters

VITILIGO = "OMIM:193200"
VITILIGO_SUSCEPTIBILITY_1 = "OMIM:606579"  # the vitiligo sheet's ranks_apart id
LOWE = "OMIM:309000"  # congenital onset; "adult onset" on one of its findings


@pytest.mark.slow
def test_a_form_that_ranks_apart_counts_a_share_of_its_diseases_figure(
        engine: Engine) -> None:
    knowledge = engine.knowledge
    figures = engine.ranker.prevalence
    whole = figures[knowledge.disease_index(VITILIGO)]
    form = figures[knowledge.disease_index(VITILIGO_SUSCEPTIBILITY_1)]
    assert whole is not None and form is not None
    share = ModelParameters().form_prevalence_share
    assert share < 1.0
    # The sheet's figure is shown for the form as it is; the prior counts a share of it.
    assert form.per_100000 == whole.per_100000
    assert form.at_a_time_per_100000 == pytest.approx(whole.at_a_time_per_100000 * share)
    exponent = ModelParameters().person_prevalence_exponent
    prior = engine.ranker.prevalence_prior(exponent)
    assert (prior[knowledge.disease_index(VITILIGO_SUSCEPTIBILITY_1)]
            < prior[knowledge.disease_index(VITILIGO)])


@pytest.mark.slow
def test_the_disease_leads_its_form_when_they_explain_a_question_alike(engine: Engine) -> None:
    question = "what autoimmune disease causes white patches where the skin loses its colour"
    ids = [c.ids for c in engine.ask(question, top=10).ranking.candidates]
    whole = next(k for k, c in enumerate(ids) if VITILIGO in c)
    form = next((k for k, c in enumerate(ids) if VITILIGO_SUSCEPTIBILITY_1 in c), len(ids))
    assert whole == 0 and whole < form
    # With the whole figure (the old rule) the two tied and the form came first.
    sharing = Engine(engine.knowledge, replace(ModelParameters(), form_prevalence_share=1.0))
    before = [c.ids for c in sharing.ask(question, top=10).ranking.candidates]
    assert VITILIGO not in before[0]


@pytest.mark.slow
def test_a_questions_age_is_weighed_by_the_diseases_own_onset(engine: Engine) -> None:
    index = engine.knowledge.disease_index(LOWE)
    _, case_upper = engine.ranker.model.onset_bounds
    _, question_upper = engine.ranker.question_ranker.model.onset_bounds
    assert case_upper[index] >= 16.0  # widened by a finding's adult onset
    assert question_upper[index] < 1.0  # congenital
    answer = engine.ask("I'm 50 and my wrists and knuckles have been swollen for months",
                        top=30)
    lowe = next(c for c in answer.ranking.candidates if LOWE in c.ids)
    assert lowe.age_fit is not None and lowe.age_fit.likelihood_ratio < 1.0
