"""A pain that runs from the lower back, buttock or hip down the leg: sciatica.

HPO defines Sciatica as "pain in the lower back and hip radiating in the distribution of the
sciatic nerve", that is down the back of the leg. People say the path: "burning pain runs
from my lower back down my leg", "shoots from my bum into my thigh". The spreading verb is
marked as a pain by the normaliser (text/normalize.py ``_mark_radiation``); this rule reads
the path around it: a start of the sciatic path ("from my lower back", or before the verb:
"pain in my lower back that shoots ..."), then a direction, then a part of the leg. The part
of the leg is read as Sciatica or, more plainly, Lower limb pain (the OR-group the curated
"shooting pain down my leg" reads); the start keeps its own pain.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whatcauses.text.normalize import SENTENCE_ENDS

SCIATICA, LOWER_LIMB_PAIN = "HP:0011868", "HP:0012514"

# Where the sciatic path starts (lay words), and words that put "back" elsewhere.
_STARTS = frozenset({"back", "buttock", "buttocks", "bum", "bottom", "hip", "hips", "glute",
                     "glutes", "spine"})
_NOT_LOW = frozenset({"upper", "middle", "mid", "top"})
# A start word that names a part of the site after "of" ("the bottom of my back"), and the
# nouns that may stand between it and "of" ("the bottom *bit* of my back"; h-misses2).
_PARTS = frozenset({"bottom"})
_PART_FILLERS = frozenset({"bit", "part", "area", "end"})
_DIRECTIONS = frozenset({"down", "into", "to", "through"})
# Parts of the leg the path reaches.
_LEG = frozenset({"leg", "legs", "thigh", "thighs", "calf", "calves", "foot", "feet", "ankle",
                  "ankles", "toes", "knee", "shin"})
# Words between "from" and the start, and between the direction and the leg ("from my lower
# back", "down the back of my left thigh").
_START_REACH = 3
_LEG_REACH = 6
# A start said before the verb ("pain in my lower back that shoots down my leg").
_START_LOOKBACK = 6
_ENDS = SENTENCE_ENDS | {",", "and", "but", "or"}
# Words between a pain and the verb that says where it goes ("back pain that shoots down").
_RELATIVES = frozenset({"that", "which"})


@dataclass(frozen=True, slots=True)
class PainPathHit:
    """A sciatic pain path: the positions of its leg word (and of its verb, when the start
    has a pain of its own)."""

    ids: tuple[str, ...]
    positions: tuple[int, ...]


def read_pain_paths(words: Sequence[str], stems: Sequence[str], pain: str,
                    clause: Sequence[int], consumed: Collection[int]) -> list[PainPathHit]:
    """The sciatic pain paths whose spreading verb stands in this clause. ``words`` are the
    folded tokens, ``stems`` their stems (a spreading verb after a pain has the stem
    ``pain``)."""
    hits: list[PainPathHit] = []
    for k in clause:
        if stems[k] != pain or k + 1 >= len(words):
            continue
        verb = k + 2 if words[k + 1] in _RELATIVES and k + 2 < len(words) else k + 1
        if stems[verb] == pain:
            # h-lay23 (issue 14): "my back pain (that) shoots down my leg": the spreading
            # verb after the pain is the one that reaches the leg; the pain before it is the
            # start's own (Back pain), not a second path.
            continue
        if words[k + 1] == "from":
            # "runs from my lower back down my leg": the verb is the start's pain too, so
            # only the leg is taken.
            start = _start_after(words, k + 2)
            taken: tuple[int, ...] = ()
        else:
            # "pain in my lower back that shoots down my leg": the start has its own pain,
            # and the verb is the leg's.
            start = None if _start_before(words, k) is None else k
            taken = (k,)
        if start is None:
            # The start said last ("shooting pain down one leg from my lower back";
            # h-reader53): the pain runs down the leg, then "from" and a start follow it.
            leg = _leg_after(words, k + 1, consumed)
            if (leg is not None and leg + 1 < len(words) and words[leg + 1] == "from"
                    and _start_after(words, leg + 2) is not None):
                hits.append(PainPathHit((SCIATICA, LOWER_LIMB_PAIN), (leg,)))
            continue
        leg = _leg_after(words, start + 1, consumed)
        if leg is not None:
            hits.append(PainPathHit((SCIATICA, LOWER_LIMB_PAIN), (*taken, leg)))
    return hits


def _start_after(words: Sequence[str], at: int) -> int | None:
    for n in range(at, min(len(words), at + _START_REACH)):
        if words[n] in _STARTS:
            if n > 0 and words[n - 1] in _NOT_LOW:
                return None
            # "from the bottom (bit) of my back": the bottom of the site after "of", which
            # starts the path in its stead (h-misses2).
            of = next((m for m in range(n + 1, min(len(words), n + 3))
                       if words[m] == "of"), None)
            if words[n] in _PARTS and of is not None and all(
                    words[m] in _PART_FILLERS for m in range(n + 1, of)):
                return _start_after(words, of + 1)
            return n
        if words[n] in _ENDS:
            return None
    return None


def _start_before(words: Sequence[str], at: int) -> int | None:
    """A start of the path said before the spreading verb in the same statement."""
    for n in range(at - 1, max(at - 1 - _START_LOOKBACK, -1), -1):
        if words[n] in _ENDS:
            return None
        if words[n] in _STARTS:
            return None if n > 0 and words[n - 1] in _NOT_LOW else n
    return None


def _leg_after(words: Sequence[str], at: int, consumed: Collection[int]) -> int | None:
    """The first leg word after a direction word that follows ``at`` closely."""
    for n in range(at, min(len(words), at + _START_REACH)):
        if words[n] in _ENDS:
            return None
        if words[n] in _DIRECTIONS:
            for m in range(n + 1, min(len(words), n + 1 + _LEG_REACH)):
                # "into my buttock and down my leg": the path goes on after "and".
                if words[m] == "and" and m + 1 < len(words) and words[m + 1] in _DIRECTIONS:
                    continue
                if words[m] in _ENDS:
                    return None
                if words[m] in _LEG and m not in consumed:
                    return m
            return None
    return None
