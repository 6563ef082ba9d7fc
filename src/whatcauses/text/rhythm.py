"""A heart rate said in a later part of the sentence: "my heart goes really slow and then
suddenly too fast", "my pulse drops very low at times and other times it races".

The lexicon reads a rate beside its heart or pulse ("heart goes slow": Bradycardia); a second
rate said of the same heart further on ("then too fast", "it races") stands apart from any
heart word. After a first rate read in the clause, and with the heart or pulse named before
in the sentence, such a rate word after a word that makes it a statement about that heart
("too", "it", "then") reads as HPO's rate terms: slower than normal (Bradycardia), rapid
(Tachycardia, or Palpitations as felt). Without a first rate nothing is read: "fast" or
"slow" alone in a sentence about the heart may be said of anything.

A fast heartbeat said to stop suddenly ("it starts and stops suddenly", "then stops just as
abruptly", "switches off suddenly") comes in attacks with an abrupt end: HPO's Paroxysmal
tachycardia (HP:0006688, under Tachycardia). Read only in a sentence that names both the heart
(or palpitations) and a fast rate; a sudden stop alone may be said of anything.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whatcauses.text.normalize import SENTENCE_ENDS

BRADYCARDIA, TACHYCARDIA, PALPITATIONS = "HP:0001662", "HP:0001649", "HP:0001962"
RATE_TERMS = frozenset({BRADYCARDIA, TACHYCARDIA, PALPITATIONS})
PAROXYSMAL_TACHYCARDIA = "HP:0006688"

_HEART = frozenset({"heart", "heartbeat", "heartbeats", "pulse", "heartrate"})
_RATES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("slow", "slower"), (BRADYCARDIA,)),
    **dict.fromkeys(("fast", "faster", "races", "racing", "race", "raced", "quick"),
                    (TACHYCARDIA, PALPITATIONS)),
}
# The word right before the rate that makes it a statement about the heart named before:
# "too fast", "it races", "then fast", "goes fast".
_LEADS = frozenset({"too", "it", "it's", "its", "then", "goes", "go", "going", "gets",
                    "getting", "very", "really", "suddenly", "is", "was", "becomes"})
# A heart named this many tokens before at most, with no sentence end or contrast between.
_REACH = 14
_ENDS = SENTENCE_ENDS | {"but", "though", "although"}
# "and" before another owner's noun starts a statement about something else ("my heart races
# and my breathing gets fast").
_OWNERS = frozenset({"my", "his", "her", "their", "your", "our", "the"})


@dataclass(frozen=True, slots=True)
class RateHit:
    """A heart rate said apart from its heart word: its terms and the rate word's position."""

    ids: tuple[str, ...]
    positions: tuple[int, ...]


# After a first rate that a later step read (a predicate: "my heart beats slow"), only a
# rate that plainly follows it in time: "... then fast", "... and then races".
THEN_LEADS = frozenset({"then"})


def read_rates(words: Sequence[str], clause: Sequence[int], consumed: Collection[int],
               first_rate: int | None, leads: Collection[str] = _LEADS) -> list[RateHit]:
    """The rates of this clause said of a heart or pulse named earlier in the sentence,
    after a first rate read beside it (``first_rate``: the last position of the first rate
    finding of the clause, or ``None``: then nothing is read, since a second rate is what
    stands apart from its heart). ``leads``: the words one of which must stand right before
    the rate."""
    hits: list[RateHit] = []
    if first_rate is None:
        return hits
    for k in clause:
        ids = _RATES.get(words[k])
        if (ids is None or k in consumed or k <= first_rate or k == 0
                or words[k - 1] not in leads):
            continue
        if _heart_before(words, k):
            hits.append(RateHit(ids, (k,)))
    return hits


def _heart_before(words: Sequence[str], at: int) -> bool:
    for n in range(at - 1, max(at - 1 - _REACH, -1), -1):
        if words[n] in _ENDS or (words[n] == "and" and n + 1 < at
                                 and words[n + 1] in _OWNERS):
            return False
        if words[n] in _HEART:
            return True
    return False


# A stop and a sudden word within this many words of each other ("stops just as suddenly").
_SUDDEN_REACH = 3
_STOPS = frozenset({"stop", "stops", "stopped", "stopping", "end", "ends", "ended", "ending",
                    "off"})
_SUDDEN = frozenset({"suddenly", "sudden", "abruptly", "abrupt", "instantly", "instantaneously"})
# Words naming a fast heartbeat, besides the rate words of :data:`_RATES`.
_FAST = frozenset({"palpitations", "palpitation", "pounding", "thumping", "tachycardia"})


def read_paroxysms(words: Sequence[str], clause: Sequence[int],
                   consumed: Collection[int]) -> list[RateHit]:
    """A sudden stop of a fast heartbeat in this clause ("my heart races, then it stops
    suddenly"): Paroxysmal tachycardia, on the stop and sudden words, once."""
    for k in clause:
        if words[k] not in _STOPS or k in consumed:
            continue
        near = [n for n in range(max(k - _SUDDEN_REACH, 0),
                                 min(k + _SUDDEN_REACH + 1, len(words)))
                if words[n] in _SUDDEN and n != k]
        if not near or any(words[n] in _ENDS for n in range(min(k, *near), max(k, *near))):
            continue
        sentence = _sentence(words, k)
        if (any(words[n] in _HEART or words[n] == "palpitations" for n in sentence)
                and any(_RATES.get(words[n]) == (TACHYCARDIA, PALPITATIONS)
                        or words[n] in _FAST for n in sentence)):
            own = tuple(sorted({k, *(n for n in near if n not in consumed)}))
            return [RateHit((PAROXYSMAL_TACHYCARDIA,), own)]
    return []


def _sentence(words: Sequence[str], at: int) -> range:
    start = at
    while start > 0 and words[start - 1] not in SENTENCE_ENDS:
        start -= 1
    end = at
    while end + 1 < len(words) and words[end + 1] not in SENTENCE_ENDS:
        end += 1
    return range(start, end + 1)
