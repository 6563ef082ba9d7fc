"""What a prevalence figure counts (issue 12): the prior converts each kind to how many people
have the condition within a recent period, and shows the kind beside the figure."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles
from whatcauses.knowledge.curated_diseases import curated_diseases, prevalence_phrase
from whatcauses.rank.priors import EPISODE_YEARS, prevalence_prior, prior_figure
from whatcauses.rank.results import Prevalence
from whatcauses.rank.sparse import SparseVector


def test_point_and_birth_figures_are_used_as_they_are() -> None:
    for kind in ("point prevalence", "birth prevalence"):
        assert prior_figure(120.0, kind, "days", 10.0, 0.5) == 120.0


def test_an_incidence_without_a_duration_counts_one_year() -> None:
    assert prior_figure(30.0, "annual incidence") == 30.0


def test_an_incidence_with_a_duration_counts_the_episode_and_the_window() -> None:
    assert math.isclose(prior_figure(5200.0, "annual incidence", "days", None, 0.5),
                        5200.0 * (7 / 365.25 + 0.5))
    assert prior_figure(100.0, "annual incidence", "weeks") < prior_figure(
        100.0, "annual incidence", "months")


def test_a_lifetime_figure_of_a_brief_illness_is_spread_over_the_years_at_risk() -> None:
    # 77 in 100 children by age 2, from 6 months: about 51,000 a year per 100,000, a week each
    brief = prior_figure(77_000.0, "lifetime prevalence", "days", 1.5, 0.0)
    assert math.isclose(brief, 77_000 / 1.5 * EPISODE_YEARS["days"])
    assert brief < 1_000
    # without a duration a lifetime figure stands (a lasting condition)
    assert prior_figure(300.0, "lifetime prevalence") == 300.0
    # a span under a year counts as one year
    assert prior_figure(100.0, "lifetime prevalence", "weeks", 0.0) == prior_figure(
        100.0, "lifetime prevalence", "weeks", 1.0)


@given(st.floats(0.01, 100_000), st.sampled_from(sorted(EPISODE_YEARS)),
       st.floats(0.0, 90.0), st.floats(0.0, 1.0))
def test_a_converted_figure_is_positive_and_grows_with_the_window(
        figure: float, duration: str, span: float, window: float) -> None:
    for kind in ("annual incidence", "lifetime prevalence"):
        value = prior_figure(figure, kind, duration, span, window)
        assert value > 0
        assert prior_figure(figure, kind, duration, span, window + 0.1) > value


def test_the_prior_uses_the_converted_figure() -> None:
    stated = Prevalence(77_000.0, "", "curated", kind="lifetime prevalence",
                        prior_per_100000=50.0)
    plain = Prevalence(50.0, "", "curated")
    weights = prevalence_prior([stated, plain], 0.3, 0.75, 1000.0)
    assert weights[0] == weights[1]
    assert stated.to_dict()["prior_per_100000"] == 50.0
    assert stated.common  # shown as stated: common, whatever the prior counts


def test_a_lifetime_phrase_says_so() -> None:
    assert "at some time in their life" in prevalence_phrase(
        72_100, "lifetime prevalence", "adults")
    assert "at some time" not in prevalence_phrase(300, "point prevalence", "adults")


def test_durations_are_given_only_for_incidence_or_lifetime_figures() -> None:
    # A point prevalence counts those who have it at a time already: a duration would be
    # unused, and so is a sign of a mislabelled kind.
    # (``lasting`` is a course, not an episode: any kind of figure may carry it.)
    with_duration = [p for p in load_condition_profiles() if p.prevalence.duration
                     and p.prevalence.duration.typical != "lasting"]
    assert with_duration
    for profile in with_duration:
        assert profile.prevalence.kind in ("annual incidence", "lifetime prevalence"), (
            profile.file)


def test_the_compiled_figure_carries_duration_and_years_at_risk() -> None:
    compiled = curated_diseases().prevalence
    roseola = compiled["MONDO:0000337"]
    assert roseola[3] == "lifetime prevalence"
    assert roseola[5] == "days" and roseola[6] == pytest.approx(1.5)


def test_capping_a_sparse_vector_keeps_its_shape() -> None:
    vector = SparseVector.compress(np.array([0.0, 5.0, 0.0, 9.0, -1.0]))
    capped = vector.capped(4.0)
    assert capped.dense().tolist() == [0.0, 4.0, 0.0, 4.0, -1.0]
    assert vector.capped(10.0) is vector


@pytest.mark.slow
def test_a_brief_illness_weighs_less_than_its_lifetime_figure_says(engine: Engine) -> None:
    ranker = engine.ranker
    roseola = ranker.prevalence[engine.knowledge.disease_index("MONDO:0000337")]
    assert roseola is not None and roseola.kind == "lifetime prevalence"
    assert roseola.at_a_time_per_100000 < roseola.per_100000 / 2
    answer = engine.ask("my baby had a high fever for three days and now a pink rash")
    shown = next((c for c in answer.ranking.candidates if "MONDO:0000337" in c.ids), None)
    if shown is not None and shown.prevalence is not None:
        assert "at some time in their life" in shown.prevalence.phrase


@pytest.mark.slow
def test_question_tempering_changes_probabilities_not_the_order(engine: Engine) -> None:
    from dataclasses import replace

    question = "I'm always tired, gaining weight, feel cold and my hair is falling out"
    plain = engine.ask(question).ranking.candidates
    tempered_engine = Engine(engine.knowledge, replace(
        engine.ranker.parameters, question_posterior_temperature=0.5))
    tempered = tempered_engine.ask(question).ranking.candidates
    assert [c.id for c in plain] == [c.id for c in tempered]
    assert tempered[0].probability < plain[0].probability
    capped_engine = Engine(engine.knowledge, replace(
        engine.ranker.parameters, question_finding_lr_cap=10.0))
    capped = capped_engine.ask(question).ranking.candidates
    assert capped[0].likelihood_ratio <= 10.0 ** 4 * 1.0001  # four findings, each at most 10
