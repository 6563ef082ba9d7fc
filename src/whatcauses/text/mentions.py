"""What the question names by some of its words, with where: HPO terms (onsets, clinical
modifiers), and curated kinds named by a key (exposures, injuries)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class TermMention:
    """An HPO term the question names, not tied to one finding: its id and label, the words
    as written and their character span."""

    id: str
    label: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "text": self.text,
                "span": [self.start, self.end]}


@dataclass(frozen=True, slots=True)
class KeyedMention:
    """A curated kind the question names (an exposure, an injury): its key, plain label, the
    words as written, whether a cue negates it, and its character span."""

    key: str
    label: str
    text: str
    negated: bool
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "text": self.text,
                "negated": self.negated, "span": [self.start, self.end]}
