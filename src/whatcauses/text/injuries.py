"""Injuries a question describes ("my ankle is swollen after I went over on it", "he hit his
head", "I burned my hand on the oven"; knowledge/curated/injuries.yaml).

whatcauses ranks diseases, not injuries: an injury read here weighs no disease. It makes the
answer say, near the top, that injuries are outside what whatcauses ranks and when an injury
needs assessment (answer/safety.py), and it completes the red-flag combinations that name it
(red_flag_combinations.yaml ``injuries``: a blow to the head with vomiting or drowsiness).

Phrases are matched as written, whole words in order, not by stems: "burned my hand" is a burn,
"burning hands" a sensation. A phrase that overlaps a wording naming no injury ("fell asleep",
"keep falling", "kidney injury") is not read; of two overlapping phrases the longer is. A
negation cue before or after it ("no injury", "I have not injured them") marks it negated.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise

from whatcauses.knowledge.curated import Injury, InjuryVocabulary
from whatcauses.text.cues import Cues
from whatcauses.text.mentions import KeyedMention
from whatcauses.text.negation import negated_spans
from whatcauses.text.normalize import Token, sentences

# The small words each slot of a phrase stands for (injuries.yaml).
_SLOTS: dict[str, frozenset[str]] = {
    "<my>": frozenset({"my", "his", "her", "their", "your", "our", "its"}),
    "<the>": frozenset({"my", "his", "her", "their", "your", "our", "its", "a", "an", "the",
                        "this", "that", "some"}),
}
# Marks that may stand inside a phrase without breaking it ("self-injury").
_JOINERS = frozenset({"-"})
# A phrase right after a word of likeness, across words that make it a happening undergone,
# describes a feeling, not an injury: "a headache like being hit on the back of the head", "as
# if I'd been kicked", "I feel like I've been hit by a truck". Not across other words: "it
# looks like I broke my toe" is an injury.
_LIKENESS = frozenset({"like", "if", "though"})
_UNDERGONE = frozenset({"being", "been", "getting", "i've", "i'd", "ive", "id", "i'm", "im",
                        "am", "was", "were", "someone", "somebody", "something", "a", "an"})
# "I" says a happening undergone only before one of those ("like I was hit", "as if I'd
# been kicked"), never right before the phrase ("it looks like I broke my toe").
_SUBJECT = "i"
_LIKENESS_REACH = 3
# h-rarelay1 (issue 14): a dislocation said of several parts ("dislocated hips", "dislocated
# elbows on both sides") or present from birth ("a dislocated hip since birth") is the finding
# HPO names (Hip dislocation, Congenital hip dislocation, Bilateral elbow dislocations: hp.obo's
# own names and layperson wordings, which the injury word used to silence), no injury: a
# dislocation by an accident is said of one joint ("I dislocated my shoulder").
_DISLOCATION_WORDS = frozenset({"dislocated", "dislocation", "dislocations"})
_FROM_BIRTH = (("since", "birth"), ("from", "birth"), ("at", "birth"), ("both", "sides"))
_FROM_BIRTH_REACH = 4


@dataclass(frozen=True, slots=True)
class InjuryMention(KeyedMention):
    """An injury described in the question (:class:`KeyedMention`)."""


class InjuryReader:
    """Finds the injuries a question describes; immutable after construction."""

    def __init__(self, cues: Cues, vocabulary: InjuryVocabulary):
        self._cues = cues
        # Phrases by the words they may start with (a slot: each of its words).
        self._by_first: dict[str, list[tuple[tuple[str, ...], Injury | None]]] = {}
        every: list[tuple[str, Injury | None]] = [
            *((phrase, injury) for injury in vocabulary.injuries for phrase in injury.phrases),
            *((phrase, None) for phrase in vocabulary.not_injuries)]
        for phrase, injury in every:
            words = tuple(phrase.split())
            for first in _SLOTS.get(words[0], (words[0],)):
                self._by_first.setdefault(first, []).append((words, injury))

    def read(self, text: str, tokens: Sequence[Token],
             taken: Collection[int] = ()) -> list[InjuryMention]:
        """The injuries of the question ``text`` (tokenised as ``tokens``), negated ones
        marked; ``taken`` (positions read as something else: negation cues) starts none."""
        found: list[tuple[list[int], Injury | None]] = []
        for sentence in sentences(tokens):
            words = [i for i in sentence if tokens[i].is_word]
            for k, first in enumerate(words):
                if first in taken:
                    continue
                likened = _likened(tokens, words[max(k - _LIKENESS_REACH - 1, 0):k])
                for phrase, injury in self._by_first.get(tokens[first].folded, ()):
                    positions = _match(tokens, words, k, phrase)
                    if positions is not None:
                        silent = likened or _developmental_dislocation(tokens, words, k, phrase)
                        found.append((positions, None if silent else injury))
        # The longest wording wins an overlap; one that names no injury silences the others.
        found.sort(key=lambda f: (-len(f[0]), f[0][0]))
        kept: list[tuple[list[int], Injury]] = []
        used: set[int] = set()
        silenced: set[int] = {p for positions, injury in found if injury is None
                              for p in positions}
        for positions, injury in found:
            if injury is None or used.intersection(positions) or silenced.intersection(positions):
                continue
            used.update(positions)
            kept.append((positions, injury))
        kept.sort(key=lambda f: f[0][0])
        negations = negated_spans(self._cues, tokens, [positions for positions, _ in kept])
        mentions = []
        for (positions, injury), cue in zip(kept, negations, strict=True):
            start, end = tokens[positions[0]].start, tokens[positions[-1]].end
            mentions.append(InjuryMention(injury.key, injury.label, text[start:end],
                                          cue is not None, start, end))
        return mentions


def _developmental_dislocation(tokens: Sequence[Token], words: Sequence[int], k: int,
                               phrase: tuple[str, ...]) -> bool:
    """Is the one-word dislocation phrase at the ``k``-th word said of plural parts (the next
    word, or the one after "of": "dislocated hips", "dislocation of the hips") or from birth
    or on both sides within a few words?"""
    if len(phrase) != 1 or phrase[0] not in _DISLOCATION_WORDS:
        return False
    after = [tokens[w] for w in words[k + 1:k + 1 + _FROM_BIRTH_REACH + 1]]
    folded = [t.folded for t in after]
    if any(pair == tuple(folded[i:i + 2]) for pair in _FROM_BIRTH for i in range(len(folded))):
        return True
    skip = 0
    while skip < len(folded) and folded[skip] in {"of", "the", "his", "her", "my", "both"}:
        skip += 1
    if skip >= len(after):
        return False
    part = after[skip]
    return part.folded.endswith("s") and part.folded not in {part.stem, "its"}


def _likened(tokens: Sequence[Token], before: Sequence[int]) -> bool:
    """Does a word of likeness ("like", "as if", "as though") stand among ``before``, the
    words after it all saying a happening undergone ("like *being* hit")?"""
    for i in range(len(before) - 1, -1, -1):
        word = tokens[before[i]].folded
        if word == "like" or (word in _LIKENESS and i > 0
                              and tokens[before[i - 1]].folded == "as"):
            return True
        if word not in _UNDERGONE and (word != _SUBJECT or i == len(before) - 1):
            return False
    return False


def _match(tokens: Sequence[Token], words: Sequence[int], k: int,
           phrase: tuple[str, ...]) -> list[int] | None:
    """The positions of ``phrase`` read from the ``k``-th word of ``words`` on, word after
    word (a hyphen may stand between two), or None."""
    if k + len(phrase) > len(words):
        return None
    positions = words[k:k + len(phrase)]
    for a, b in pairwise(positions):
        if any(tokens[p].folded not in _JOINERS for p in range(a + 1, b)):
            return None
    for position, word in zip(positions, phrase, strict=True):
        folded = tokens[position].folded
        if folded != word and folded not in _SLOTS.get(word, ()):
            return None
    return list(positions)
