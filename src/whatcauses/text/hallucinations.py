"""Hallucinations in lay words: seeing or hearing something and saying it is not there
("sees children in the garden who aren't there", "hears voices nobody else can hear").

HPO defines a visual hallucination as "visual perception in the absence of a visual
stimulus" and an auditory one as "perception of sounds without auditory stimulus"; people
say the same by naming what is seen or heard and then that it is not there, not real, or
that nobody else sees or hears it. What is named between may be anything (people, children,
animals, insects), so the rule reads the verb of the sense and the words of absence after it
in the same sentence; it has no list of things seen.

People also say it by where the thing seen stands: living things on a wall or a ceiling
("keeps seeing animals on the walls", "sees insects crawling across the ceiling"). That
second form needs a habitual verb (not "saw": "I saw a spider on the ceiling" is an event),
a living thing and such a surface, all within reach in the sentence.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whatcauses.text.normalize import SENTENCE_ENDS

VISUAL_HALLUCINATION, AUDITORY_HALLUCINATION = "HP:0002367", "HP:0008765"

_SENSES = {
    **dict.fromkeys(("see", "sees", "seeing", "saw", "seen"), VISUAL_HALLUCINATION),
    **dict.fromkeys(("hear", "hears", "hearing", "heard"), AUDITORY_HALLUCINATION),
}
# Words that say what is perceived is absent, as word sequences.
_ABSENT = (
    ("aren't", "there"), ("arent", "there"), ("isn't", "there"), ("isnt", "there"),
    ("wasn't", "there"), ("wasnt", "there"), ("weren't", "there"), ("werent", "there"),
    ("not", "there"), ("aren't", "real"), ("arent", "real"), ("isn't", "real"),
    ("isnt", "real"), ("not", "real"), ("wasn't", "real"), ("weren't", "real"),
    ("nobody", "else"), ("no", "one", "else"), ("noone", "else"), ("no-one", "else"),
    ("nobody", "is", "there"), ("nobody's", "there"), ("nobody", "there"),
    ("no", "one", "is", "there"), ("no", "one", "there"), ("no", "one's", "there"))
# The words of absence stand within this many tokens after the verb ("sees little children
# in the garden who aren't there").
_REACH = 10
# A sentence end or a contrast ends the reach: "I saw the GP but the nurse wasn't there"
# says two things.
_ENDS = SENTENCE_ENDS | {"but", "because", "though", "although", "said", "says", "told",
                         "tells", "thinks", "thought"}
# "and" or a comma before a subject starts another statement ("I saw the GP and she ...").
_JOINS = frozenset({"and", ","})
_SUBJECTS = frozenset({"i", "he", "she", "they", "we", "you", "it", "doctor", "gp"})
# A negated sense is a failing sense, not a hallucination ("can't see what isn't there");
# a purpose is a visit ("went to see the GP, who wasn't there").
_NOT_PERCEIVED = frozenset({"can't", "cant", "cannot", "couldn't", "couldnt", "not", "don't",
                            "dont", "doesn't", "doesnt", "didn't", "didnt", "never", "to"})
# A sense said to work right after its verb ("we both hear fine and nobody else in the family
# is deaf"; h-family7): the words of absence after it are about something else.
_PERCEIVED_WELL = frozenset({"fine", "well", "ok", "okay", "normally", "perfectly", "properly",
                             "clearly", "alright"})


# The second form: a habitual verb, a living thing, and a surface it cannot stand on as seen.
_HABITUAL_SEEING = frozenset({"see", "sees", "seeing"})
_LIVING = frozenset({"animal", "animals", "insect", "insects", "bug", "bugs", "spider",
                     "spiders", "ant", "ants", "beetle", "beetles", "worm", "worms", "rat",
                     "rats", "mouse", "mice", "snake", "snakes", "cat", "cats", "dog", "dogs",
                     "people", "person", "faces", "face", "men", "man", "children", "child",
                     "creatures", "creature", "figures", "figure", "birds", "bird", "flies"})
_SURFACES = frozenset({"wall", "walls", "ceiling", "ceilings", "wallpaper", "curtains"})


@dataclass(frozen=True, slots=True)
class HallucinationHit:
    """A hallucination: its term and the positions of the verb and the words of absence."""

    term: str
    positions: tuple[int, ...]


def read_hallucinations(words: Sequence[str], clause: Sequence[int],
                        consumed: Collection[int]) -> list[HallucinationHit]:
    """The hallucinations whose verb stands in this clause (``words``: the folded tokens
    of the whole question; the words of absence may follow in the same sentence)."""
    hits: list[HallucinationHit] = []
    for k in clause:
        term = _SENSES.get(words[k])
        if term is None or k in consumed or (k > 0 and words[k - 1] in _NOT_PERCEIVED) or (
                k + 1 < len(words) and words[k + 1] in _PERCEIVED_WELL):
            continue
        absent = _absence_after(words, k, consumed)
        if absent is None and words[k] in _HABITUAL_SEEING:
            absent = _surface_after(words, k, consumed)
        if absent is not None:
            hits.append(HallucinationHit(term, (k, *absent)))
    return hits


def _surface_after(words: Sequence[str], at: int,
                   consumed: Collection[int]) -> tuple[int, ...] | None:
    """The position of a wall or ceiling after a living thing seen from ``at``, in its
    sentence and within reach ("seeing animals on the walls")."""
    living = False
    for n in range(at + 1, min(len(words), at + 1 + _REACH)):
        if n in consumed or words[n] in _ENDS or (
                words[n] in _JOINS and n + 1 < len(words) and words[n + 1] in _SUBJECTS):
            return None
        if words[n] in _LIVING:
            living = True
        elif living and words[n] in _SURFACES:
            return (n,)
    return None


def _absence_after(words: Sequence[str], at: int,
                   consumed: Collection[int]) -> tuple[int, ...] | None:
    """The positions of the first words of absence after the verb at ``at``, in its
    sentence and within reach."""
    for n in range(at + 1, min(len(words), at + 1 + _REACH)):
        if words[n] in _ENDS or (words[n] in _JOINS and n + 1 < len(words)
                                 and words[n + 1] in _SUBJECTS):
            return None
        for absent in _ABSENT:
            span = tuple(range(n, n + len(absent)))
            if (span[-1] < len(words) and tuple(words[j] for j in span) == absent
                    and not any(j in consumed for j in span)):
                return span
    return None
