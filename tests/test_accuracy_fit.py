"""How bench/accuracy.py fits the excluded-finding parameters (synthetic examples, no data).

Each example has two candidates scored by one feature (weight 1): the diagnosis and a rival.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import numpy as np
import pytest

from .conftest import load_repo_module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_repo_module("bench/accuracy.py")


def example(bench: ModuleType, truth_score: float, rival_score: float, truth_frequency: float,
            rival_frequency: float, fold: int) -> Any:
    """One case with one excluded finding, shown by the diagnosis and its rival with the
    given frequencies."""
    return bench.Example(
        features=np.asarray([[truth_score], [rival_score]]),
        truth=0,
        excluded_frequency=np.asarray([[truth_frequency, rival_frequency]]),
        excluded_background=np.zeros(1),
        fold=fold,
    )


def helped(bench: ModuleType, fold: int, rival_frequency: float = 0.999) -> Any:
    """The rival leads and shows the excluded finding (nearly) always; the diagnosis never."""
    return example(bench, 0.0, 0.5, 0.0, rival_frequency, fold)


def hurt(bench: ModuleType, fold: int, truth_frequency: float) -> Any:
    """The diagnosis leads and shows the excluded finding often; the rival never."""
    return example(bench, 0.5, 0.0, truth_frequency, 0.0, fold)


def test_an_absent_obligate_feature_that_helps_everywhere_is_fitted_strongest(
        bench: ModuleType) -> None:
    examples = [helped(bench, 0), helped(bench, 1)]
    assert bench.fit_excluded(examples, (1.0,)) == (min(bench.CHECK_ODDS),
                                                      min(bench.EXCLUDED_FLOORS), 0.0)


def test_the_fit_keeps_the_setting_under_which_the_diagnoses_are_likeliest(
        bench: ModuleType) -> None:
    # Check odds up to 5 also count the diagnosis' absent 0.9 feature against it ((1 + 5 *
    # 0.9) * 0.1 = 0.55); from 10 on only the rival's obligate one counts, most at 10.
    examples = [helped(bench, 0), hurt(bench, 0, 0.9), helped(bench, 1)]
    assert bench.fit_excluded(examples, (1.0,))[0] == 10.0


def test_a_gain_on_some_papers_is_not_bought_with_a_loss_on_others(bench: ModuleType) -> None:
    # Check odds up to 10 count a 0.95 feature ((1 + 10 * 0.95) * 0.05 = 0.525): that gains
    # two cases of fold 1 but loses one of fold 0, so the fit keeps 20, which changes nothing
    # here (the strongest of the equally likely settings that lose on no fold).
    examples = [hurt(bench, 0, 0.95), helped(bench, 1, 0.95), helped(bench, 1, 0.95)]
    assert bench.fit_excluded(examples, (1.0,))[0] == 20.0


def test_ignoring_excluded_findings_is_kept_when_every_setting_loses(bench: ModuleType) -> None:
    examples = [hurt(bench, 0, 0.999), hurt(bench, 1, 0.999)]
    check_odds, _, _ = bench.fit_excluded(examples, (1.0,))
    assert check_odds == float("inf")


def metrics(bench: ModuleType, top1: float, top3: float, top10: float) -> Any:
    return bench.Metrics(n=1000, top1=top1, top3=top3, top10=top10, mrr=0.0, macro_top1=0.0,
                         macro_top3=0.0, macro_top10=0.0, macro_mrr=0.0, ms_per_case=0.0)


def test_the_excluded_check_has_no_tolerance(bench: ModuleType) -> None:
    results = {("s", "observed"): metrics(bench, 0.600, 0.700, 0.800),
               ("s", "excluded"): metrics(bench, 0.600, 0.702, 0.799)}
    assert bench.excluded_check(results, "s").endswith("+0 / +2 / -1 (LOWER)")
    results[("s", "excluded")] = metrics(bench, 0.600, 0.700, 0.801)
    assert bench.excluded_check(results, "s").endswith("+0 / +0 / +1 (not lower)")
    assert bench.excluded_check(results, "other") == ""
