"""Per-disease vectors that hold one value almost everywhere, and their exact sums.

A finding's likelihood ratio is the same for every disease that does not mention it (the
noise floor, or that of a disease without an excluded finding): on the development phenopackets a
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
# Up to this many keys, gather() searches each vector for each key (cheaper for a few).
FEW_KEYS = 2


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
        return cls.padded_with(size, index, np.append(values, default))

    @classmethod
    def padded_with(cls, size: int, index: Indices, padded: Vector) -> SparseVector:
        """From the exceptions' values followed by the default (``values`` is a view of it,
        so a vector holds its values once)."""
        index.setflags(write=False)
        padded.setflags(write=False)
        return cls(size, float(padded[-1]), index, padded[:-1], padded)

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
        return SparseVector.padded_with(self.size, self.index, np.log(self.padded))

    def capped(self, ceiling: float) -> SparseVector:
        """The elementwise minimum with ``ceiling`` (the same vector when nothing exceeds it)."""
        if self.largest() <= ceiling:
            return self
        return SparseVector.padded_with(self.size, self.index.copy(),
                                        np.minimum(self.padded, ceiling))

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
    """``[v[keys] for v in vectors]`` as a matrix (one row per vector).

    Each sparse vector's exceptions are searched for the keys in ascending order (one
    ``searchsorted`` per vector: the exceptions of a long vector run to thousands, of which a
    sorted search reads a few dozen). Laying every vector's exceptions out in one disease ->
    column table cost about half as much again on the development cases (the table and the
    concatenated exceptions are built for each call). Up to ``FEW_KEYS`` keys, one binary
    search per vector and key costs less still."""
    keys = np.asarray(keys, dtype=np.int64).reshape(-1)
    width = len(keys)
    result: Vector = np.empty((len(vectors), width))
    if not width:
        return result
    if width <= FEW_KEYS:
        listed = keys.tolist()
        for i, vector in enumerate(vectors):
            if not isinstance(vector, SparseVector):
                result[i] = vector[keys]
                continue
            index, padded, last = vector.index, vector.padded, len(vector.index)
            for j, key in enumerate(listed):
                at = int(index.searchsorted(key))
                result[i, j] = padded[at] if at < last and index[at] == key else padded[last]
        return result
    order = np.argsort(keys, kind="stable")
    ascending = keys[order]
    for i, vector in enumerate(vectors):
        if not isinstance(vector, SparseVector):
            result[i] = vector[keys]
            continue
        index = vector.index
        if not len(index):
            result[i] = vector.default
            continue
        places = index.searchsorted(ascending)
        places[index.take(places, mode="clip") != ascending] = len(index)  # the default
        result[i, order] = vector.padded[places]
    return result


def sequential_sum(vectors: Sequence[SparseVector], size: int) -> Vector:
    """``total = zeros(size); for v in vectors: total += v`` on sparse vectors, exactly.

    Each vector adds its default to every disease (one dense addition, cheap at this size),
    then its exceptions are put back as the running sums read before that addition plus
    their own values: every entry receives the same additions in the same order as in the
    dense loop. (Laying the exceptions of all vectors out in one compact matrix over their
    union cost about twice as much: building the union dominated.)"""
    total: Vector = np.zeros(size)
    for vector in vectors:
        index = vector.index
        before = total[index]
        total += vector.default
        before += vector.values
        total[index] = before
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

