"""A part that gives way, in words the lexicon reads as no finding: "his head drops and his
knees go", "my legs turn to jelly and my jaw goes slack", "she just crumples".

Cataplexy (HPO HP:0002524: "a sudden and transient episode of bilateral loss of muscle tone,
often triggered by emotions") is described by the part that gives way (the head drops or
nods, the jaw or face goes slack, the knees buckle or "go", the legs turn to jelly, the whole
person slumps or crumples) and by what set it off. text/emotions.py says when an emotion sets
something off in a sentence ("when he laughs", "laughing makes ..."), and text/question.py
reads findings of giving way there as Cataplexy; this module finds the giving way that no
lexicon phrase reads, and the reader takes it as Cataplexy only in such a sentence (a head
that drops as he falls asleep, or knees that give way on the stairs, are no cataplexy). The
parts and the words of giving way are listed here; the rule has no list of diseases.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whatcauses.text.normalize import SENTENCE_ENDS

CATAPLEXY = "HP:0002524"

# Parts that give way, and the words that say they do when they follow the part within
# _REACH words ("his head drops", "her jaw goes slack", "my knees buckle", "my knees go").
_PARTS = frozenset({"head", "heads", "jaw", "jaws", "face", "neck", "knee", "knees", "leg",
                    "legs", "body"})
_GIVING_WAY = frozenset({
    "drop", "drops", "dropped", "dropping", "droop", "droops", "drooped", "drooping", "nod",
    "nods", "nodded", "nodding", "sag", "sags", "sagged", "sagging", "flop", "flops",
    "flopped", "flopping", "floppy", "slack", "limp", "jelly", "buckle", "buckles",
    "buckled", "buckling", "way", "collapse", "collapses", "collapsed", "fold", "folds",
    "folded", "crumple", "crumples", "crumpled", "weak", "wobbly", "gone"})
# "his knees go" / "her legs went", said with nothing after the verb (the clause ends or goes
# on to another part or to its trigger): the knees go from under the person.
_BARE_GOING = frozenset({"go", "goes", "went", "going"})
_AFTER_BARE_GOING = frozenset({"and", "when", "whenever", "if", "every", ",", "from", "under",
                               "out", "then"}) | SENTENCE_ENDS
# The whole person giving way, with no part named ("he just crumples", "she slumps").
_WHOLE = frozenset({"slump", "slumps", "slumped", "slumping", "crumple", "crumples",
                    "crumpled", "crumpling", "collapse", "collapses", "collapsed",
                    "collapsing"})
_REACH = 4


@dataclass(frozen=True, slots=True)
class ToneLossHit:
    """A giving way said in plain words: the positions of its words in one clause."""

    positions: tuple[int, ...]


def read_tone_loss(words: Sequence[str], clause: Sequence[int],
                   consumed: Collection[int]) -> list[ToneLossHit]:
    """The giving way of one clause (``words`` are the folded tokens of the whole
    question), its words not yet read (``consumed``)."""
    open_positions = [k for k in clause if k not in consumed]
    found: list[int] = []
    for n, k in enumerate(open_positions):
        word = words[k]
        if word in _WHOLE:
            found.append(k)
            continue
        if word not in _PARTS:
            continue
        for later in open_positions[n + 1:n + 1 + _REACH]:
            if later - k > _REACH:
                break
            said = words[later]
            if said in _PARTS or said in SENTENCE_ENDS:
                break
            if said in _GIVING_WAY or (said in _BARE_GOING and _bare(words, later)):
                found.extend(range(k, later + 1))
                break
    if not found:
        return []
    positions = tuple(sorted(set(found) & set(open_positions)))
    return [ToneLossHit(positions)]


def _bare(words: Sequence[str], at: int) -> bool:
    """Is the verb of going at ``at`` said with nothing after it ("his knees go")?"""
    return at + 1 >= len(words) or words[at + 1] in _AFTER_BARE_GOING
