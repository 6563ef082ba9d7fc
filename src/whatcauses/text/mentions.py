"""A term the question names by some of its words, with where: onsets, clinical modifiers."""

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
