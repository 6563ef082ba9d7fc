"""round6 and candidate_dicts give exactly what round(x, 6) and Candidate.to_dict give."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.rank.results import VECTOR_ROUNDING_MIN, candidate_dicts, round6


def _same(a: list[float], b: list[float]) -> bool:
    """Equal as floats, signed zeros and nan included."""
    return len(a) == len(b) and all(
        (math.isnan(x) and math.isnan(y)) or (x == y and math.copysign(1, x) == math.copysign(1, y))
        for x, y in zip(a, b, strict=True))


@given(st.lists(st.floats(allow_nan=True, allow_infinity=True), min_size=VECTOR_ROUNDING_MIN,
                max_size=200))
def test_round6_is_round_for_any_floats(values: list[float]) -> None:
    assert _same(round6(values), [round(x, 6) for x in values])


def test_round6_is_round_at_and_near_halves_and_at_every_scale() -> None:
    rng = np.random.default_rng(7)
    # Exact and nearly exact halves of the sixth decimal (the ties and the product's rounding
    # error matter there), signed zeros, tiny, huge and non-finite values.
    halves = [k / 2e6 for k in range(-4001, 4001, 2)]
    near = [math.nextafter(x, math.inf) for x in halves] + [
        math.nextafter(x, -math.inf) for x in halves]
    scaled = [float(x) for s in (1e-9, 1e-3, 1.0, 1e4, 1e9, 1e13)
              for x in rng.normal(0.0, s, 2000)]
    special = [0.0, -0.0, -1e-12, 5e-324, 2.0**52 / 1e6, 1e300, math.inf, -math.inf, math.nan]
    for values in (halves, near, scaled, special * 4):
        assert _same(round6(values), [round(x, 6) for x in values])


def test_candidate_dicts_are_the_candidates_own(mini_engine: Engine) -> None:
    ranking = mini_engine.rank(["HP:0000102", "HP:0000201"], top=10)
    assert any(c.score_terms for c in ranking.candidates)
    assert candidate_dicts(ranking.candidates) == [c.to_dict() for c in ranking.candidates]
    assert ranking.to_dict()["candidates"] == [c.to_dict() for c in ranking.candidates]
