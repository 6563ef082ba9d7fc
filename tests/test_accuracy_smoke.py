"""Ranking accuracy smoke test on a fixed sample of the phenopacket development cases.

Reads ../shared/data (beside the repository) through bench/accuracy.py and skips cleanly when
that reference data is absent. The floors sit a few points under the figures measured on the
same 150 cases (observed findings only), so that a real regression fails and noise does not.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from whatcauses.engine import Engine

from .conftest import SHARED_DATA, load_repo_module

pytestmark = pytest.mark.slow

DATA = SHARED_DATA
SAMPLE = 150
# Measured on this sample (`python bench/accuracy.py --limit 150`, HPO 2025-01-16): top-1 50.7 %,
# top-10 72.7 %, MRR 0.578 (naive exact-match baseline: 48.0 %, 74.0 %, 0.562).
MODEL_TOP10_FLOOR = 0.68
MODEL_TOP1_FLOOR = 0.46


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    if not (DATA / "phenopackets-dev.jsonl.gz").is_file():
        pytest.skip(f"benchmark reference data not present at {DATA}")
    return load_repo_module("bench/accuracy.py")


def test_model_top10_floor(bench: ModuleType, engine: Engine) -> None:
    cases = bench.load_cases(DATA, limit=SAMPLE)
    assert len(cases) == SAMPLE
    model = bench.ModelSystem(engine.knowledge)
    naive = bench.NaiveSystem(engine.knowledge)
    ours = bench.evaluate(model, cases, "observed")
    base = bench.evaluate(naive, cases, "observed")
    assert ours.top10 >= MODEL_TOP10_FLOOR, ours
    assert ours.top1 >= MODEL_TOP1_FLOOR, ours
    # the model must not fall behind the naive exact-match baseline on the ranking as a whole
    assert ours.mrr >= base.mrr - 0.005, (ours, base)


def test_scores_cover_every_disease_quickly(bench: ModuleType, engine: Engine) -> None:
    cases = bench.load_cases(DATA, limit=20)
    model = bench.ModelSystem(engine.knowledge)
    result = bench.evaluate(model, cases, "observed")
    assert result.n == 20
    assert result.ms_per_case < 50  # the budget is 5 ms; generous for slow CI machines
