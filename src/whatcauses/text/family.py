"""Family history in a question, as evidence for modes of inheritance.

Two kinds of words (curated in knowledge/curated/family_history.yaml) make a statement:

* a phrase that says so on its own: "runs in the family", "her parents are cousins",
  "only the boys", matched like lay terms (order-free stemmed keys);
* an affected relative: a relative word ("father", "his brothers") with a word saying they
  share the problem within :data:`AFFECTED_WINDOW` words in the same sentence ("her father had
  the same", "his brothers too"). A relative without one ("my father has a tremor") is the
  person the question is about, not family history. A male relative on the mother's side
  ("maternal uncle", "her mother's brother") points to X-linked inheritance.

A negated statement ("no family history") is no evidence. The words of a statement are
explained (never findings, never unrecognised), and relatives in it say nothing about the
sex of the person asking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from whatcauses.knowledge.curated import FamilyWords
from whatcauses.text.cues import Cues
from whatcauses.text.negation import negated_spans
from whatcauses.text.normalize import Token, phrase_key, sentences
from whatcauses.text.recognize import longest_matches

# An affected word counts for a relative within this many words before or after it in the
# sentence ("his brothers too", "the same with her sister"), not further ("my dad has fits
# and my brother too": "too" is about the brother).
AFFECTED_WINDOW = 4
# Words after "same" that belong to it ("the same thing", "the same condition").
_SAME_NOUNS = frozenset({"thing", "things", "issue", "issues", "condition", "disease",
                         "illness", "trouble", "symptoms"})
X_LINKED = "HP:0001417"
# Punctuation that ends a sentence (commas do not: "her father, too, had it").


@dataclass(frozen=True, slots=True)
class FamilyStatement:
    """One statement of family history: its token positions and the modes it fits."""

    positions: tuple[int, ...]
    modes: tuple[str, ...]
    relatives: tuple[int, ...]  # positions of relative words (not the person asking)
    negated: bool = False  # "no family history": explained words, but no evidence


class FamilyReader:
    """Finds family-history statements; immutable after construction."""

    def __init__(self, cues: Cues, words: FamilyWords):
        self._cues = cues
        self._words = words
        self._statements: dict[str, tuple[str, ...]] = {}
        for phrase, modes in words.statements:
            key = phrase_key(phrase)
            if key:
                self._statements.setdefault(key, modes)
        self._max_words = max((k.count(" ") + 1 for k in self._statements), default=1)

    def read(self, tokens: Sequence[Token], taken: set[int]) -> list[FamilyStatement]:
        """Statements of family history, negated ones marked; ``taken`` (positions already
        read as something else) is left alone."""
        found: list[FamilyStatement] = []
        for sentence in sentences(tokens):
            words = [i for i in sentence if tokens[i].is_word and i not in taken]
            found.extend(self._phrases(tokens, words))
            used = {p for statement in found for p in statement.positions}
            found.extend(self._relatives(tokens, [i for i in words if i not in used]))
        spans = [list(statement.positions) for statement in found]
        negations = negated_spans(self._cues, tokens, spans)
        return [replace(s, negated=cue is not None)
                for s, cue in zip(found, negations, strict=True)]

    def _phrases(self, tokens: Sequence[Token], words: list[int]) -> list[FamilyStatement]:
        content = [i for i in words if self._cues.is_content(tokens[i])]
        return [
            FamilyStatement(tuple(content[start:end]), self._statements[key], ())
            for start, end, key in longest_matches(
                self._cues, list(tokens), content, self._statements, self._max_words)
        ]

    def _relatives(self, tokens: Sequence[Token], words: list[int]) -> list[FamilyStatement]:
        vocabulary = self._words
        found = []
        for n, position in enumerate(words):
            folded = tokens[position].folded
            modes = vocabulary.relatives.get(folded)
            if modes is None:
                continue
            nearby = words[max(0, n - AFFECTED_WINDOW): n + AFFECTED_WINDOW + 1]
            markers = [i for i in nearby if tokens[i].folded in vocabulary.affected_words]
            if not markers:
                continue
            explained = [position, *markers]
            for marker in markers:
                following = marker + 1
                if (tokens[marker].folded == "same" and following < len(tokens)
                        and tokens[following].folded in _SAME_NOUNS):
                    explained.append(following)
            before = [tokens[i].folded for i in words[max(0, n - 2): n]]
            if folded in vocabulary.maternal_males and any(
                    word in vocabulary.maternal_words for word in before):
                modes = (X_LINKED,)
                explained.extend(i for i in words[max(0, n - 2): n]
                                 if tokens[i].folded in vocabulary.maternal_words)
            found.append(FamilyStatement(tuple(sorted(explained)), modes, (position,)))
        return found


def combined_modes(statements: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The modes a family history points to: those that the most statements fit.

    Statements narrow each other down ("his brothers too" fits recessive or X-linked, "the
    parents are cousins" fits recessive: together, recessive); when they share no mode, every
    mode that some statement fits is kept (ties keep all). Sorted by id.
    """
    counts: dict[str, int] = {}
    for modes in statements:
        for mode in set(modes):
            counts[mode] = counts.get(mode, 0) + 1
    if not counts:
        return ()
    best = max(counts.values())
    return tuple(sorted(mode for mode, count in counts.items() if count == best))
