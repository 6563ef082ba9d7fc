"""Age-specific priors (h-age4, issue 12): a condition whose cases fall in a narrow band of
onset ages is denser at those ages than its population-wide figure says; a figure measured
in one age band (profile ``prevalence.ages``) is not raised for that band again."""

from __future__ import annotations

from dataclasses import replace

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.conditions import load_condition_profiles, validate_profile
from whatcauses.rank.priors import age_band_ratios

from .test_conditions import PROFILE, _changed


def _ratio(low: float, high: float, ages: tuple[float, float] | None, age: float,
           cap: float = 4.0) -> float:
    weights = age_band_ratios(1, [(0, low, high, ages)], age, 80.0, 1.0, cap)
    return 1.0 if weights is None else float(weights[0])


def test_a_narrow_range_holding_the_age_is_denser_than_the_whole_population() -> None:
    # 80 years of people over a 7-year range: capped at 4.
    assert _ratio(8, 15, None, 12) == 4.0
    assert _ratio(50, 90, None, 72) == pytest.approx(80 / 30)
    assert _ratio(0, 90, None, 40) == 1.0  # all ages: no gain


def test_no_gain_outside_the_range_or_outside_the_figures_ages() -> None:
    assert _ratio(8, 15, None, 30) == 1.0
    # A figure of adolescents (10-19) says nothing of a 5-year-old.
    assert _ratio(3, 15, (10, 19), 5) == 1.0


def test_a_figure_of_one_age_band_is_not_raised_for_that_band_again() -> None:
    assert _ratio(0.5, 3, (0, 5), 2, cap=100) == pytest.approx(5 / 2.5)
    assert _ratio(10, 19, (10, 19), 13) == 1.0
    # People aged 50 and over (open-ended) with onset 50-90: no gain either.
    assert _ratio(50, 90, (50, 120), 72) == 1.0


def test_prevalence_ages_are_optional_read_and_checked() -> None:
    assert validate_profile(PROFILE, "made-up.yaml").prevalence.ages is None
    marked = validate_profile(_changed("prevalence.ages", [60, 120]), "made-up.yaml")
    assert marked.prevalence.ages == (60, 120)
    for bad in ([70, 60], [-1, 10], [10, 130]):
        with pytest.raises(DataError, match=r"prevalence\.ages"):
            validate_profile(_changed("prevalence.ages", bad), "broken.yaml")


def test_shipped_figure_ages_match_their_population_words() -> None:
    profiles = {p.slug: p for p in load_condition_profiles()}
    assert profiles["giant-cell-arteritis"].prevalence.ages == (50, 120)
    assert profiles["croup"].prevalence.ages == (0, 5)
    assert profiles["benign-prostatic-hyperplasia"].prevalence.ages is None
    # A lasting condition's figure may count people past its onset range (androgenetic
    # alopecia: men over 80, onset 18-60).
    assert profiles["androgenetic-alopecia"].prevalence.ages == (80, 120)


@pytest.mark.slow
def test_a_condition_of_the_persons_age_band_gains_over_a_wide_range_lookalike(
        engine: Engine) -> None:
    question = "my 13 year old son has a painful bony lump just below his kneecap after football"
    ids = [c.ids for c in engine.ask(question).ranking.candidates]
    assert "MONDO:0004241" in ids[0]  # Osgood-Schlatter disease, 8-15 years
    off = Engine(engine.knowledge, replace(engine.ranker.parameters, question_age_band_cap=1.0))
    before = [c.ids for c in off.ask(question).ranking.candidates]
    assert before.index(ids[0]) > 0  # patellofemoral pain (10-45) led without the rule
