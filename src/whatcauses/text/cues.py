"""The part a word plays in a question: a clause boundary, a cue, a frame word, or content.

The words themselves are curated data (knowledge/curated/question_words.yaml); this module
turns them into the token tests the reader needs. Tests look at a token's folded form, so
"DOESN’T" and "doesn't" are the same cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from whatcauses.knowledge.curated import QuestionWords, question_words
from whatcauses.text.normalize import (
    ABSENCE_TYPE_STEM,
    EXCESS_MARK,
    FILLER_MARK,
    MARKS,
    SIMILE_MARK,
    STOPWORDS,
    Token,
)

# Punctuation that ends a clause. Syntax, not vocabulary, so it stays in code.
CLAUSE_BREAKS = frozenset(".;!?,:()[]")


@dataclass(frozen=True, slots=True)
class Cues:
    """Token tests over the curated question words (immutable; build with :meth:`load`)."""

    words: QuestionWords
    # Words that only ever mark negation: the cues before a finding and the cue-only ones
    # after it ("negative", "absent").
    negation_words: frozenset[str]
    # Words that are never content words of a finding.
    not_content: frozenset[str]

    @classmethod
    def load(cls) -> Cues:
        return cls.from_words(question_words())

    @classmethod
    def from_words(cls, words: QuestionWords) -> Cues:
        negation = words.negation_before | words.negation_cue_only_after
        return cls(
            words=words,
            negation_words=negation,
            not_content=STOPWORDS | negation | words.uncertainty | words.clause_words,
        )

    def is_content(self, token: Token) -> bool:
        """A word that may belong to a finding (not a function word, cue or negation mark).
        "Absence" naming a seizure type ("absence seizures") is a content word, and so is
        a quantity ("a lot", "too much": text/normalize.py); the other words of a count ("15
        times") are not."""
        if token.stem in (ABSENCE_TYPE_STEM, EXCESS_MARK):
            return True
        if token.stem in (FILLER_MARK, SIMILE_MARK):
            return False
        return token.folded not in self.not_content and token.stem not in MARKS

    def is_frame(self, token: Token) -> bool:
        """A word of the question's frame ("what causes", "which disease")."""
        return token.folded in self.words.frame

    def is_negation_word(self, token: Token) -> bool:
        """A word that says something is missing or impossible ("no", "absent", "can't").
        The "not" of "not able to" is filler: its "able" is the inability (text/normalize.py)."""
        if token.stem in (ABSENCE_TYPE_STEM, FILLER_MARK):
            return False
        return token.folded in self.negation_words or token.stem in MARKS

    def breaks_clause(self, token: Token) -> bool:
        if token.is_word:
            return token.folded in self.words.clause_words
        return token.folded in CLAUSE_BREAKS

    def opens_clause(self, tokens: Sequence[Token], i: int) -> bool:
        """Does the word at ``i`` open its clause: first of the question, or after a mark of
        punctuation, a clause word ("but") or a coordinator ("and")?"""
        if i == 0:
            return True
        before = tokens[i - 1]
        return (not before.is_word or before.folded in self.words.clause_words
                or before.folded in self.words.coordinators)

    def coordinated(self, tokens: list[Token], first: int, last: int) -> bool:
        """True when "and"/"or" stands between two token positions."""
        return any(
            tokens[k].folded in self.words.coordinators for k in range(first + 1, last)
        )

    def clauses(self, tokens: list[Token]) -> list[list[int]]:
        """Token positions split into clauses; a clause word ("but") starts the next clause,
        a punctuation break belongs to none."""
        clauses: list[list[int]] = [[]]
        for i, token in enumerate(tokens):
            if self.breaks_clause(token):
                clauses.append([i] if token.is_word else [])
            else:
                clauses[-1].append(i)
        return [c for c in clauses if c]
