"""Sparse ratio vectors (rank/sparse.py) give bit for bit the sums of the dense computation."""

from __future__ import annotations

import gzip
import json
import random

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.phenopackets import read_phenopacket
from whatcauses.rank.evidence import FindingVectors
from whatcauses.rank.query import build_query
from whatcauses.rank.ranker import Ranker
from whatcauses.rank.results import Query
from whatcauses.rank.sparse import (
    FEW_KEYS,
    SparseVector,
    gather,
    log_total,
    sequential_sum,
)

from .conftest import SHARED_DATA


def _vectors(rng: np.random.Generator, count: int, size: int) -> list[np.ndarray]:
    """Vectors of one value each with a few exceptions (some at shared places)."""
    result = []
    for _ in range(count):
        vector = np.full(size, rng.uniform(0.01, 3.0))
        where = rng.choice(size, size=int(rng.integers(0, size // 4)), replace=False)
        vector[where] = rng.uniform(0.001, 50.0, len(where))
        result.append(vector)
    return result


def test_compress_keeps_every_value_and_looks_entries_up() -> None:
    rng = np.random.default_rng(7)
    for dense in [*_vectors(rng, 20, 500), np.full(10, 0.3), np.arange(7.0), np.zeros(0)]:
        sparse = SparseVector.compress(dense)
        assert np.array_equal(sparse.dense(), dense)
        assert np.array_equal(np.asarray(sparse), dense)
        assert len(sparse) == len(dense)
        if len(dense):
            keys = rng.integers(0, len(dense), 50)
            assert np.array_equal(sparse[keys], dense[keys])
            assert all(sparse[int(k)] == dense[k] for k in keys)
            if (dense > 0).all():
                assert np.array_equal(sparse.log().dense(), np.log(dense))


def test_gather_reads_many_vectors_at_once() -> None:
    rng = np.random.default_rng(5)
    dense = _vectors(rng, 12, 300)
    mixed = [SparseVector.compress(v) if i % 3 else v for i, v in enumerate(dense)]
    for keys in ([0], [299, 3, 3, 150], list(range(0, 300, 7)), []):
        expected = np.asarray([v[keys] for v in dense]).reshape(len(dense), len(keys))
        assert np.array_equal(gather(mixed, keys), expected)


def test_gather_of_few_and_many_keys_reads_what_indexing_reads() -> None:
    # Both ways of reading (a binary search per vector and key for a few keys, a table over
    # every entry for more): repeated keys, vectors without exceptions, either side of
    # FEW_KEYS.
    rng = np.random.default_rng(11)
    dense = [*_vectors(rng, 9, 200), np.full(200, 0.5)]
    sparse = [SparseVector.compress(v) for v in dense]
    for width in (1, FEW_KEYS, FEW_KEYS + 1, 40):
        for _ in range(5):
            keys = rng.integers(0, 200, width).tolist()
            keys[-1] = keys[0]  # at least one key twice (once when the width is 1)
            expected = np.asarray([v[keys] for v in dense])
            assert np.array_equal(gather(sparse, keys), expected)
            assert np.array_equal(gather(sparse[-1:], keys), expected[-1:])


def test_a_vector_of_one_value_has_no_exceptions() -> None:
    sparse = SparseVector.compress(np.full(100, 0.25))
    assert (sparse.default, len(sparse.index)) == (0.25, 0)
    assert sparse[3] == 0.25 and np.array_equal(sparse[[0, 99]], [0.25, 0.25])


def test_sums_equal_the_dense_loop_bit_for_bit() -> None:
    rng = np.random.default_rng(11)
    size = 400
    for _ in range(30):
        observed = [np.log(v) for v in _vectors(rng, int(rng.integers(1, 12)), size)]
        excluded = [np.log(v) for v in _vectors(rng, int(rng.integers(0, 12)), size)]
        total = np.zeros(size)
        for vector in observed:
            total += vector
        assert np.array_equal(sequential_sum([SparseVector.compress(v) for v in observed], size),
                              total)
        # The reference: FindingVectors.log_total, the dense computation the ranker used.
        dense = FindingVectors(
            tuple((f"o{i}", np.exp(v)) for i, v in enumerate(observed)), (),
            tuple((f"x{i}", np.exp(v)) for i, v in enumerate(excluded)))
        reference = dense.log_total(0.9)
        assert reference is not None
        fast = log_total([SparseVector.compress(np.exp(v)).log() for v in observed],
                         [SparseVector.compress(np.exp(v)).log() for v in excluded], size, 0.9)
        assert np.array_equal(fast, reference)


def _dense_log_lr(ranker: Ranker, query: Query) -> np.ndarray:
    """The ranker's log likelihood ratios computed densely, as before rank/sparse.py."""
    onto = ranker.knowledge.ontology
    own = FindingVectors(
        tuple((t, ranker._observed_for_sex(onto.index(t), query.sex)) for t in query.present),
        (),
        tuple((t, ranker.model.excluded(onto.index(t))) for t in query.excluded))
    united = FindingVectors(
        tuple((t, ranker._union(v, np.maximum)) for t, v in own.observed), (),
        tuple((t, ranker._union(v, np.minimum)) for t, v in own.excluded))
    total = united.log_total(ranker.parameters.excluded_total_floor)
    assert total is not None
    if query.age is not None:
        lower, upper = ranker.model.onset_bounds
        known = np.isfinite(lower) | np.isfinite(upper)
        total = total + np.log(_united_known(ranker, ranker.model.age(query.age), known))
    if query.sex is not None:
        total = total + np.log(_united_known(ranker, ranker.model.sex(query.sex),
                                             ranker.model.sex_known))
    return total


def _united_known(ranker: Ranker, ratios: np.ndarray, known: np.ndarray) -> np.ndarray:
    """A twin group's age or sex ratio: the largest among its members that know something,
    1 when none does."""
    united = ranker._union(np.where(known, ratios, 0.0), np.maximum)
    return np.where(united > 0.0, united, 1.0)


def _fast_log_lr(ranker: Ranker, query: Query) -> np.ndarray:
    """The log likelihood ratios as Ranker.rank_query computes them."""
    _, _, observed, excluded = ranker._query_vectors(query)
    total = log_total(observed, excluded, ranker.knowledge.n_diseases,
                      ranker.parameters.excluded_total_floor)
    return ranker._scores(query, total, None)[0]


def _check_queries(engine: Engine, queries: list[Query]) -> None:
    ranker = engine.ranker
    for query in queries:
        fast = _fast_log_lr(ranker, query)
        assert np.array_equal(fast, _dense_log_lr(ranker, query)), query
        assert np.array_equal(_fast_log_lr(ranker, query), fast)  # from memory: the same
        # Own vectors (evidence) read back as the dense ones.
        onto = engine.knowledge.ontology
        for term, vector in ranker.finding_vectors(query).observed:
            assert np.array_equal(np.asarray(vector),
                                  ranker._observed_for_sex(onto.index(term), query.sex))


def test_mini_queries_score_as_the_dense_computation(mini_engine: Engine) -> None:
    onto = mini_engine.knowledge.ontology
    terms = [t for t in onto.ids if t.startswith("HP:00001") or t.startswith("HP:00002")]
    rng = random.Random(3)
    queries = []
    for n in range(40):
        picked = rng.sample(terms, min(len(terms), 1 + n % 4))
        present, excluded = picked[: max(1, len(picked) - 1)], picked[max(1, len(picked) - 1):]
        queries.append(build_query(onto, present, excluded, strict=False,
                                   age=rng.choice([None, 0.5, 30.0]),
                                   sex=rng.choice([None, "male", "female"])))
    _check_queries(mini_engine, [q for q in queries if q.present])


@pytest.mark.slow
def test_real_queries_score_as_the_dense_computation(engine: Engine) -> None:
    """Random findings among the annotated terms, with ages, sexes and excluded findings."""
    k = engine.knowledge
    onto = k.ontology
    annotated = sorted({onto.ids[int(t)] for t in k.arrays["ann_term"][k.phenotype_rows]})
    rng = random.Random(5)
    queries = []
    for _ in range(25):
        picked = rng.sample(annotated, rng.randint(2, 20))
        cut = rng.randint(1, len(picked))
        queries.append(build_query(onto, picked[:cut], picked[cut:], strict=False,
                                   age=rng.choice([None, 0.0, 4.0, 45.5, 80.0]),
                                   sex=rng.choice([None, "male", "female"])))
    _check_queries(engine, queries)


DEV_CASES = SHARED_DATA / "phenopackets-dev.jsonl.gz"


@pytest.mark.slow
def test_dev_phenopackets_score_as_the_dense_computation(engine: Engine) -> None:
    if not DEV_CASES.is_file():
        pytest.skip(f"{DEV_CASES} is not present")
    with gzip.open(DEV_CASES, "rt", encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    queries = []
    # The sample is drawn from the lines: only the 40 chosen are parsed (all take seconds).
    for line in random.Random(9).sample(lines, 40):
        case = read_phenopacket(json.loads(line)["phenopacket"])
        query = build_query(engine.knowledge.ontology, case.present, case.excluded,
                            age=case.age, sex=case.sex, strict=False)
        if query.present:
            queries.append(query)
    _check_queries(engine, queries)
    assert len(queries) > 20
