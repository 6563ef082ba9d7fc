"""Vectorised index ranges (rank/model.py) and ancestor expansion (knowledge/ontology.py)."""

from __future__ import annotations

import numpy as np

from whatcauses.knowledge.ontology import expand_ancestors
from whatcauses.rank.model import concatenated_ranges


def test_concatenated_ranges_equals_the_loop() -> None:
    rng = np.random.default_rng(3)
    for _ in range(50):
        count = int(rng.integers(0, 20))
        starts, sizes = rng.integers(0, 1000, count), rng.integers(0, 6, count)
        expected = [i for s, n in zip(starts, sizes, strict=True) for i in range(s, s + n)]
        assert concatenated_ranges(starts, sizes).tolist() == expected
    assert concatenated_ranges(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)).size == 0


def test_expand_ancestors_lists_each_terms_ancestors_in_order() -> None:
    # Term 0 is the root; 1 and 2 are its children; 3 is a child of both.
    ptr = np.asarray([0, 1, 3, 5, 9])
    idx = np.asarray([0, 1, 0, 2, 0, 3, 1, 2, 0], dtype=np.int32)
    owner, ancestors = expand_ancestors(ptr, idx, np.asarray([3, 0, 2]))
    assert owner.tolist() == [0, 0, 0, 0, 1, 2, 2]
    assert ancestors.tolist() == [3, 1, 2, 0, 0, 2, 0]
    owner, ancestors = expand_ancestors(ptr, idx, np.asarray([], dtype=np.int64))
    assert owner.size == 0 and ancestors.size == 0
