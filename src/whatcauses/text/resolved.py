"""Resolved complaints: past troubles a question says are over, not the person's findings now.

Forum posts often mention an old complaint to rule it out: "I had an ear infection last year
but that cleared up with drops", "I was told I was low on iron a few years back but that got
sorted", "she had her cataracts done last year", "I had a water infection in the summer but
this is nothing like that". Read as findings now, such complaints pull the answer towards the
old trouble.

A sentence holds a resolved complaint when it has both a *distant-past marker* ("last year",
"a few years back", "in 2015", "as a child") and, after it, an *end marker* saying the trouble
is over or treated ("cleared up", "got sorted", "went away", "been fine since", "done",
"removed", "nothing like that"). The findings from the sentence start to the end marker are
set aside. A recent past ("a fever for three days that went away, then a rash") has no
distant-past marker and stays: it is part of the present illness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from whatcauses.text.normalize import SENTENCE_ENDS

# Words that make "ago"/"back" a distant past: "years ago", "a few years back", "last year".
_DISTANT_UNITS = frozenset({"year", "years", "yr", "yrs"})
_DISTANT_SEASONS = frozenset({"summer", "winter", "spring", "autumn"})
_CHILDHOOD = frozenset({"child", "kid", "boy", "girl", "teenager", "baby", "toddler"})
_YEAR = re.compile(r"(19|20)\d\d")
# Phrases saying the trouble is over or was treated.
_ENDS: tuple[tuple[str, ...], ...] = (
    ("cleared", "up"), ("cleared",), ("cleared", "it"), ("got", "sorted"), ("sorted", "out"),
    ("went", "away"), ("gone", "away"), ("resolved",), ("settled",), ("got", "better"),
    ("been", "fine"), ("was", "fine"), ("been", "ok"), ("been", "okay"), ("healed",),
    ("recovered",), ("done",), ("removed",), ("taken", "out"), ("fixed",), ("operated",),
    ("nothing", "like"), ("different", "from"), ("not", "like"),
)

# Words after the end marker saying the trouble is back ("it cleared up as a teen but now
# it's back"): then it is a present finding.
_RETURNED = frozenset({"back", "again", "returned", "recurred", "flared", "now", "still"})


def distant_past(folded: Sequence[str], start: int, end: int) -> bool:
    for k in range(start, end):
        word = folded[k]
        before = folded[k - 1] if k > start else ""
        if _YEAR.fullmatch(word) and before in {"in", "since", "around"}:
            return True
        if word in _DISTANT_UNITS and k + 1 < end and folded[k + 1] in {"ago", "back"}:
            return True
        if before == "last" and (word in _DISTANT_UNITS or word in _DISTANT_SEASONS):
            return True
        if before == "the" and word in _DISTANT_SEASONS and k >= start + 2 and folded[
                k - 2] == "in":
            return True
        if word in _CHILDHOOD and (before == "as" or folded[max(k - 2, start):k] == ["as", "a"]):
            return True
    return False


def _end_marker(folded: Sequence[str], start: int, end: int) -> int | None:
    for k in range(start, end):
        for phrase in _ENDS:
            if tuple(folded[k:k + len(phrase)]) == phrase:
                return k
    return None


def resolved_spans(folded: Sequence[str]) -> list[tuple[int, int]]:
    """The token ranges (start, end) of ``folded``, the question's lower-cased tokens, that
    speak of a complaint the question says is over."""
    spans: list[tuple[int, int]] = []
    start = 0
    for k in range(len(folded) + 1):
        if k < len(folded) and folded[k] not in SENTENCE_ENDS:
            continue
        marker = _end_marker(folded, start, k)
        if (marker is not None and distant_past(folded, start, k)
                and not _RETURNED.intersection(folded[marker:k])):
            spans.append((start, marker))
        start = k + 1
    return spans
