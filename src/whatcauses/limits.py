"""Bounds on one request, shared by the CLI, the Python API and the HTTP API.

Each bound is one number with one message wherever it is checked. This module imports nothing
heavy, so that the CLI can check its options before any data loads.
"""

from __future__ import annotations

import operator

from whatcauses.errors import InputError

# How many candidates one request may ask for. A ranking serves clinical and research use,
# where a long list is wanted; an answer writes about every candidate it shows, which stays
# readable (and takes well under a second) for a hundred. Unbounded, `ask(q, top=10**6)` took
# 50 s.
MAX_RANK_TOP = 500
MAX_ASK_TOP = 100
# The longest question, in characters (surrounding white space aside): a description of one
# person's findings, with room to spare.
MAX_QUESTION_CHARS = 2000


def check_top(top: int, limit: int = MAX_RANK_TOP) -> int:
    """``top`` itself when it is a whole number from 1 to ``limit``; else :class:`InputError`."""
    try:
        value: int | None = operator.index(top)  # ints and numpy ints; not floats or text
    except TypeError:
        value = None
    if value is None or isinstance(top, bool) or not 1 <= value <= limit:
        raise InputError(f"top must be between 1 and {limit}, not {top!r}")
    return value


__all__ = ["MAX_ASK_TOP", "MAX_QUESTION_CHARS", "MAX_RANK_TOP", "check_top"]
