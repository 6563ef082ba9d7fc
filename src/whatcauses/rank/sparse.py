"""Per-disease vectors that hold one value almost everywhere, and their exact sums.

A finding's likelihood ratio is the same for every disease that does not mention it (the
noise floor, or 1 / (1 - bg) for an excluded finding): on the development phenopackets a
finding's vector differs from that value for about 400 of some 12,800 diseases. Scoring a
query then needs the logarithm and the sum only where some finding's vector differs; the rest
of the diseases share one value, computed once.

The sums are the same floating-point numbers as the dense ``total += np.log(vector)`` loop
(the same additions in the same order: IEEE addition of two doubles is one operation whether
numpy or Python does it, and numpy's ``log`` of an element does not depend on its neighbours),
so rankings and scores are bit for bit those of the dense computation
(tests/test_rank_sparse.py checks it against that reference).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float64]
Indices = npt.NDArray[np.integer[Any]]

SAMPLE = 64  # entries read to choose a vector's default value


@dataclass(frozen=True, slots=True)
class SparseVector:
    """``default`` for every disease except those of ``index`` (sorted, unique), which hold
    ``values``. Read-only: instances are shared through caches."""

    size: int
    default: float
    index: Indices  # int64, so that lookups need no conversion
    values: Vector
    padded: Vector  # values, then the default: what an index past the end reads

    @classmethod
    def of(cls, size: int, default: float, index: Indices, values: Vector) -> SparseVector:
        padded = np.append(values, default)
        for array in (index, values, padded):
            array.setflags(write=False)
        return cls(size, default, index, values, padded)

    @classmethod
    def compress(cls, dense: Vector) -> SparseVector:
        """The same vector, stored as its commonest value and the exceptions to it.

        The middle of an evenly spread sample, sorted, is the value of most diseases whenever
        one value fills most of the vector (a partition or sort of the whole vector costs far
        more); any choice is exact, every entry that differs from it is kept."""
        size = len(dense)
        default = 0.0
        if size:
            sample = np.sort(dense[::max(1, size // SAMPLE)])
            default = float(sample[len(sample) // 2])
        index = np.flatnonzero(dense != default)
        return cls.of(size, default, index, dense[index])

    def dense(self) -> Vector:
        result: Vector = np.full(self.size, self.default)
        result[self.index] = self.values
        return result

    def largest(self) -> float:
        """The largest value over all diseases."""
        exceptions = float(self.values.max()) if len(self.values) else -math.inf
        return exceptions if len(self.index) == self.size else max(self.default, exceptions)

    def log(self) -> SparseVector:
        """The elementwise natural logarithm (numpy's, as the dense computation takes it)."""
        logs = np.log(self.padded)
        return SparseVector.of(self.size, float(logs[-1]), self.index, logs[:-1])

    @overload
    def __getitem__(self, key: int | np.integer[Any]) -> np.float64: ...

    @overload
    def __getitem__(self, key: Indices | Sequence[int]) -> Vector: ...

    def __getitem__(self, key: Any) -> Any:
        """One entry (a numpy float, as indexing the dense vector gives) or many."""
        index = self.index
        if np.ndim(key) == 0:
            position = int(index.searchsorted(key))
            found = position < len(index) and index[position] == key
            return self.values[position] if found else np.float64(self.default)
        keys = np.asarray(key, dtype=np.int64)
        if not len(index):
            return np.full(len(keys), self.default)
        at = index.searchsorted(keys)
        at[index.take(at, mode="clip") != keys] = len(index)  # not listed: the default
        result: Vector = self.padded[at]
        return result

    def __len__(self) -> int:
        return self.size

    def __array__(self, dtype: Any = None, copy: Any = None) -> Vector:
        """The dense vector, so that numpy functions take a sparse vector as they take one."""
        dense = self.dense()
        return dense if dtype is None else dense.astype(dtype)


def gather(vectors: Sequence[SparseVector | Vector], keys: Indices | Sequence[int]) -> Vector:
    """``[v[keys] for v in vectors]`` as a matrix (one row per vector), in a few operations
    for all the sparse vectors together rather than a binary search per vector."""
    distinct, inverse = np.unique(np.asarray(keys, dtype=np.int64), return_inverse=True)
    result: Vector = np.empty((len(vectors), len(distinct)))
    rows: list[int] = []
    sparse: list[SparseVector] = []
    for i, vector in enumerate(vectors):
        if isinstance(vector, SparseVector):
            rows.append(i)
            sparse.append(vector)
        else:
            result[i] = vector[distinct]
    if sparse and len(distinct):
        result[rows] = np.asarray([v.default for v in sparse])[:, None]
        slot = np.full(sparse[0].size, -1, dtype=np.int64)  # disease -> its column
        slot[distinct] = np.arange(len(distinct))
        column = slot[np.concatenate([v.index for v in sparse])]
        hit = column >= 0
        if hit.any():
            row = np.repeat(np.asarray(rows), [len(v.index) for v in sparse])
            values = np.concatenate([v.values for v in sparse])
            result[row[hit], column[hit]] = values[hit]
    gathered: Vector = result[:, inverse.reshape(-1)]
    return gathered


def sequential_sum(vectors: Sequence[SparseVector], size: int) -> Vector:
    """``total = zeros(size); for v in vectors: total += v`` on sparse vectors, exactly.

    Diseases where every vector holds its default share one running sum (Python floats are
    IEEE doubles, as numpy's); the others are summed in a compact array over the union of the
    exceptions, in the same order."""
    shared = 0.0
    mark = np.zeros(size, dtype=bool)
    for vector in vectors:
        mark[vector.index] = True
    union = np.flatnonzero(mark)
    position = np.zeros(size, dtype=np.int64)  # disease -> its place in the compact sums
    position[union] = np.arange(len(union))
    compact: Vector = np.zeros(len(union))
    row: Vector = np.empty(len(union))
    for vector in vectors:
        shared += vector.default
        row.fill(vector.default)
        row[position[vector.index]] = vector.values
        compact += row
    total: Vector = np.full(size, shared)
    total[union] = compact
    return total


def log_total(observed: Sequence[SparseVector], excluded: Sequence[SparseVector], size: int,
              excluded_floor: float) -> Vector:
    """As :meth:`FindingVectors.log_total` from the logarithms of the united vectors:
    observed findings summed, then the excluded ones added, at most ``log(excluded_floor)``
    below the sum for a disease that shows none of them (each finding's largest log ratio;
    :func:`whatcauses.rank.model.bounded_absent`) when the floor is positive."""
    total = sequential_sum(observed, size)
    if excluded:
        absent = sequential_sum(excluded, size)
        if excluded_floor > 0:
            ceiling = sum(v.largest() for v in excluded)
            absent = np.maximum(absent, ceiling + math.log(excluded_floor))
        total += absent
    return total
