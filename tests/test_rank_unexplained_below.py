"""A disease that explains none of a question's findings is never lifted by its prior alone over
one that explains them (rank/ranker.py unexplained_below, h-rank6, issue 14)."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.rank.ranker import unexplained_below
from whatcauses.rank.sparse import SparseVector

SIZE = 12


@st.composite
def scored(draw: st.DrawFn) -> tuple[list[SparseVector], np.ndarray, np.ndarray]:
    """One to three findings' log-ratio vectors (a floor at or below 0 for the diseases that do
    not list a finding, some diseases above or below it), the summed log ratio with an age or
    sex term, and a log posterior with a prior of up to a thousand-fold either way."""
    logs = []
    for _ in range(draw(st.integers(1, 3))):
        floor = draw(st.sampled_from([0.0, -0.69, -1.5]))
        listed = sorted(draw(st.sets(st.integers(0, SIZE - 1), max_size=5)))
        values = [draw(st.floats(-3.0, 5.0)) for _ in listed]
        logs.append(SparseVector.of(SIZE, floor, np.asarray(listed, dtype=np.int64),
                                    np.asarray(values, dtype=np.float64)))
    age = np.asarray(draw(st.lists(st.floats(-4.0, 0.5), min_size=SIZE, max_size=SIZE)))
    log_lr = sum((np.asarray(v) for v in logs), np.zeros(SIZE)) + age
    prior = np.asarray(draw(st.lists(st.floats(-7.0, 7.0), min_size=SIZE, max_size=SIZE)))
    return logs, log_lr, log_lr + prior


def _explains(logs: list[SparseVector]) -> np.ndarray:
    return np.any([np.asarray(v) > 0.0 for v in logs], axis=0)


@settings(max_examples=200, deadline=None)
@given(case=scored())
def test_no_unexplaining_disease_above_a_better_explaining_one(
        case: tuple[list[SparseVector], np.ndarray, np.ndarray]) -> None:
    logs, log_lr, log_post = case
    moved = unexplained_below(logs, log_lr, log_post)
    explains = _explains(logs)
    for n in np.flatnonzero(~explains):
        for e in np.flatnonzero(explains):
            if log_lr[e] > log_lr[n]:
                assert moved[n] < moved[e]


@settings(max_examples=200, deadline=None)
@given(case=scored())
def test_explaining_diseases_and_the_order_of_the_others_are_kept(
        case: tuple[list[SparseVector], np.ndarray, np.ndarray]) -> None:
    logs, log_lr, log_post = case
    moved = unexplained_below(logs, log_lr, log_post)
    explains = _explains(logs)
    assert np.array_equal(moved[explains], log_post[explains])
    others = np.flatnonzero(~explains)
    shift = log_post[others] - moved[others]
    assert np.all(shift >= 0.0)  # never raised
    assert np.allclose(shift, shift[0] if len(shift) else 0.0)  # one common amount
    if not explains.any():
        assert np.array_equal(moved, log_post)


def test_a_question_without_an_explaining_disease_is_unchanged() -> None:
    logs = [SparseVector.of(4, -0.69, np.asarray([1], dtype=np.int64), np.asarray([-0.2]))]
    log_lr = np.asarray(logs[0])
    log_post = log_lr + np.asarray([5.0, 0.0, -1.0, 2.0])
    assert np.array_equal(unexplained_below(logs, log_lr, log_post), log_post)


@pytest.mark.parametrize("question", [
    "a newborn with weak legs",
    "a 30 year old with weak legs",
    "my 2 year old has itchy eyes",
    "an 80 year old with a sore tongue",
])
def test_no_candidate_led_by_its_prior_alone(engine: Engine, question: str) -> None:
    """Among the leading candidates of a question with an age, none that explains no finding
    (no finding's ratio above 1) stands above one that explains one with the larger ratio."""
    candidates = engine.ask(question, top=20).ranking.candidates
    explains = [any(ev.likelihood_ratio > 1.0 for ev in c.evidence if not ev.excluded)
                for c in candidates]
    assert any(explains)
    for i, above in enumerate(candidates):
        for j in range(i + 1, len(candidates)):
            below = candidates[j]
            if explains[j] and not explains[i]:
                assert below.likelihood_ratio <= above.likelihood_ratio * (1 + 1e-9), (
                    question, above.name, below.name)


AGES = (0.02, 0.5, 1.0, 2.0, 4.0, 8.0, 12.0, 16.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0,
        90.0, 100.0)


def test_an_age_outside_a_profile_onset_range_weighs_it_down_in_proportion(
        engine: Engine) -> None:
    """For every condition profile with a typical onset range, a question's age inside the
    range weighs it by 1, and an age further outside it, on either side, by no more than one
    nearer the range (LikelihoodModel.question_age; an onset that began with the age said)."""
    ranker = engine.ranker
    ratios = [ranker.model.question_age(age) for age in AGES]
    index = ranker.knowledge.disease_ids_index
    checked = 0
    for profile_id, (first, last, _, _) in ranker.knowledge.curated_age_bands.items():
        disease = index.get(profile_id)
        if disease is None:
            continue
        by_age = [(age, float(r[disease])) for age, r in zip(AGES, ratios, strict=True)]
        inside = [ratio for age, ratio in by_age if first <= age <= last]
        assert all(ratio == pytest.approx(1.0) for ratio in inside), profile_id
        before = [ratio for age, ratio in by_age if age < first]  # youngest first
        after = [ratio for age, ratio in by_age if age > last]
        assert all(a <= b + 1e-12 for a, b in pairwise(before)), profile_id
        assert all(a >= b - 1e-12 for a, b in pairwise(after)), profile_id
        assert all(0.0 < ratio <= 1.0 for ratio in before + after), profile_id
        checked += 1
    assert checked > 300
