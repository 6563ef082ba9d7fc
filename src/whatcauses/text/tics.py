"""Tics in lay words: a movement or a sound the person keeps making and cannot hold back
("keeps blinking and clearing his throat, he can't stop it", "sniffing and shrugging over
and over").

HPO's tics are "movements or sounds that resemble physiological motor behaviors, but are
... sudden, repetitive" (Phonic tics, definition); Motor tics are the movements, Phonic tics
the sounds. An everyday action alone is no tic ("he keeps sniffing" may be a cold), so the
action is read as a tic only when the same sentence says it cannot be held back or is done
over and over. The actions and the words of that urge are listed here; the rule has no list
of diseases.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whatcauses.text.normalize import SENTENCE_ENDS

MOTOR_TICS, PHONIC_TICS = "HP:0100034", "HP:0100035"

# Everyday movements that tics resemble (folded words): eye blinking, shrugging, grimacing,
# eye rolling, nose wrinkling, head jerking or nodding.
_MOTOR = frozenset({
    "blink", "blinks", "blinking", "shrug", "shrugs", "shrugging", "grimace", "grimaces",
    "grimacing", "wrinkling", "scrunching", "nodding", "jerking", "jerks", "rolling",
    "twitching", "twitches"})
# Everyday sounds that tics resemble: sniffing, throat clearing, grunting, squeaking,
# snorting, barking or humming noises, clicking the tongue.
_PHONIC = frozenset({
    "sniff", "sniffs", "sniffing", "clearing", "clears", "grunt", "grunts", "grunting",
    "squeak", "squeaks", "squeaking", "snort", "snorts", "snorting", "barking", "humming",
    "hums", "clicking", "noises"})
# Verbs that are a tic only with their object: "clearing his throat" (not "the rash is
# clearing"), "rolling his eyes" (not "rolling over"), "jerking her head" (not legs that
# jerk at night), "twitching his nose" (an eyelid or a muscle that twitches is no tic).
_NEEDS_OBJECT = {"clearing": "throat", "clears": "throat", "rolling": "eyes",
                 "jerking": "head", "jerks": "head", "twitching": "nose", "twitches": "nose"}
_OBJECT_REACH = 2
# Words that say the person cannot hold the action back, as word sequences.
_URGES = (
    ("can't", "stop"), ("cant", "stop"), ("cannot", "stop"), ("can't", "help"),
    ("cant", "help"), ("cannot", "help"), ("over", "and", "over"), ("can't", "control"),
    ("cant", "control"), ("without", "meaning", "to"), ("hold", "it", "in"),
    ("holds", "it", "in"), ("holding", "it", "in"))


@dataclass(frozen=True, slots=True)
class TicHit:
    """Tics of one kind: the term and the positions of its action words."""

    term: str
    positions: tuple[int, ...]


def read_tics(words: Sequence[str], clause: Sequence[int],
              consumed: Collection[int]) -> list[TicHit]:
    """The tics of one clause (``words`` are the folded tokens of the whole question): its
    motor and phonic actions, when their sentence says they cannot be held back."""
    found: dict[str, list[int]] = {}
    for k in clause:
        if k in consumed:
            continue
        word = words[k]
        term = MOTOR_TICS if word in _MOTOR else PHONIC_TICS if word in _PHONIC else None
        if term is None:
            continue
        needed = _NEEDS_OBJECT.get(word)
        positions = [k]
        if needed is not None:
            target = next((j for j in range(k + 1, min(len(words), k + 2 + _OBJECT_REACH))
                           if words[j] == needed), None)
            if target is None:
                continue
            positions.append(target)
        if _urge_in_sentence(words, k):
            found.setdefault(term, []).extend(positions)
    return [TicHit(term, tuple(sorted(p))) for term, p in found.items()]


def _urge_in_sentence(words: Sequence[str], at: int) -> bool:
    """Does the sentence around position ``at`` say the action cannot be held back?"""
    start = at
    while start > 0 and words[start - 1] not in SENTENCE_ENDS:
        start -= 1
    end = at
    while end < len(words) and words[end] not in SENTENCE_ENDS:
        end += 1
    sentence = list(words[start:end])
    return any(tuple(sentence[n:n + len(urge)]) == urge
               and not _of_another_action(sentence, n + len(urge))
               for urge in _URGES for n in range(len(sentence) - len(urge) + 1))


def _of_another_action(sentence: Sequence[str], after: int) -> bool:
    """Is the urge said of another action named right after it ("can't stop coughing",
    "can't help scratching")?"""
    if after >= len(sentence):
        return False
    word = sentence[after]
    return word.endswith("ing") and word not in _MOTOR | _PHONIC
