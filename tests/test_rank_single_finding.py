"""A person's question from which one finding was read may weigh how common a disease is
with a gentler exponent (ModelParameters.question_single_finding_prevalence_exponent, h-rank5,
issue 14; shipped off, measured at 0.6): with one finding the candidates' likelihood ratios
hardly differ, and the most common condition that lists the complaint at all should not win by
its figure alone over the everyday condition the question describes.

Property tests on the prior itself (rank/priors.py prevalence_prior and the parameters'
exponent) and on the mini fixture's question prior; the tests marked ``slow`` ask the embedded
data."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.rank.model import ModelParameters
from whatcauses.rank.priors import prevalence_prior
from whatcauses.rank.results import Prevalence

from .readings import answer_rank

P = ModelParameters()
# The measured setting (shipped off: the person exponent, until checked on held-out sets).
GENTLE = replace(P, question_single_finding_prevalence_exponent=0.6)
CAP = P.prevalence_cap_per_100000
DEFAULT = P.default_prevalence_per_100000

figures = st.floats(min_value=DEFAULT, max_value=CAP, allow_nan=False, allow_infinity=False)


def _weights(values: list[float], exponent: float) -> np.ndarray:
    prevalences = [Prevalence(v, "", "curated") for v in values]
    return prevalence_prior(prevalences, DEFAULT, exponent, CAP)


def test_the_exponent_depends_on_the_findings_read_in_a_person_question_only() -> None:
    # shipped off: one finding weighs the prior as any other count
    assert P.question_single_finding_prevalence_exponent == P.person_prevalence_exponent
    assert GENTLE.prevalence_exponent("person", 1) == 0.6
    for findings in (None, 0, 2, 3, 7):
        assert GENTLE.prevalence_exponent("person", findings) == P.person_prevalence_exponent
    for findings in (None, 1, 2):
        assert GENTLE.prevalence_exponent("knowledge", findings) == P.knowledge_prevalence_exponent


@settings(max_examples=200, deadline=None)
@given(figures, figures)
def test_one_finding_keeps_the_order_of_the_figures_and_narrows_their_gap(
        a: float, b: float) -> None:
    common, rare = max(a, b), min(a, b)
    one = _weights([common, rare], GENTLE.prevalence_exponent("person", 1))
    two = _weights([common, rare], GENTLE.prevalence_exponent("person", 2))
    # the more common condition never weighs less ...
    assert one[0] >= one[1] and two[0] >= two[1]
    # ... but by no more than with two findings read
    assert one[0] / one[1] <= two[0] / two[1] * (1 + 1e-9)
    share = GENTLE.question_single_finding_prevalence_exponent / P.person_prevalence_exponent
    assert math.isclose(math.log(one[0] / one[1]), math.log(two[0] / two[1]) * share,
                        rel_tol=1e-9, abs_tol=1e-12)


def test_the_question_prior_of_one_finding_orders_diseases_as_any_other(
        mini_engine: Engine) -> None:
    ranker = Engine(mini_engine.knowledge, GENTLE).ranker
    one = ranker.question_prior([], "person", findings=1)
    two = ranker.question_prior([], "person", findings=2)
    assert one is not None and two is not None
    # the same order (a monotone transform of the same figures), a narrower spread
    assert (np.argsort(one, kind="stable") == np.argsort(two, kind="stable")).all()
    assert one.max() / one.min() <= two.max() / two.min() * (1 + 1e-9)
    # a knowledge question does not count its findings
    assert np.array_equal(ranker.question_prior([], "knowledge", findings=1),
                          ranker.question_prior([], "knowledge", findings=2))


def test_the_shipped_prior_weighs_one_finding_as_any_other(mini_engine: Engine) -> None:
    """Shipped, one finding weighs the prior as any other count."""
    plain = mini_engine
    assert np.array_equal(plain.ranker.question_prior([], "person", findings=1),
                          plain.ranker.question_prior([], "person", findings=2))



@pytest.fixture(scope="module")
def gentle(engine: Engine) -> Engine:
    return Engine(engine.knowledge, GENTLE)


@pytest.mark.slow
@pytest.mark.parametrize(("question", "disease"), [
    # a site and a trigger the one finding leaves to the profiles' texts
    ("a band of painful blisters came up on one side of my back", "MONDO:0005609"),
    ("sharp pain under my right ribs after a fatty meal", "MONDO:0043994"),
])
def test_the_everyday_condition_the_question_describes_leads(
        engine: Engine, gentle: Engine, question: str, disease: str) -> None:
    assert answer_rank(gentle, question, disease) == 0
    assert answer_rank(engine, question, disease) > 0  # shipped: not yet


@pytest.mark.slow
@pytest.mark.parametrize(("question", "disease"), [
    # one vague complaint still answered with its everyday cause
    ("why do I keep getting ulcers in my mouth", "MONDO:0004845"),
    ("the bottom of my heel hurts", "MONDO:0004833"),
    ("sneezing fits every spring", "MONDO:0011786"),
])
def test_a_vague_everyday_complaint_keeps_its_common_cause_first(
        engine: Engine, gentle: Engine, question: str, disease: str) -> None:
    assert answer_rank(engine, question, disease) == 0
    assert answer_rank(gentle, question, disease) == 0


@pytest.mark.slow
def test_a_relatives_condition_said_alone_is_not_a_single_complaint(
        engine: Engine, gentle: Engine) -> None:
    """The relative's condition stands in for findings the person does not state: the
    question is about the family, and its prior keeps the person exponent."""
    question = "my mum had polycystic kidney disease, is it inherited?"
    ids = [c.id for c in gentle.ask(question).ranking.candidates]
    assert ids == [c.id for c in engine.ask(question).ranking.candidates]
