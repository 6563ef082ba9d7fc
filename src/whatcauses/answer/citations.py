"""Numbered citations: every sentence of an answer points into this list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whatcauses.knowledge.ids import reference_url


@dataclass(frozen=True, slots=True)
class Citation:
    n: int
    id: str
    title: str
    url: str | None
    in_answer: bool = True  # cited by the narrative (else only by the details sections)

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "id": self.id, "title": self.title, "url": self.url,
                "in_answer": self.in_answer}


class CitationList:
    """Collects sources in order of first use; the same source keeps one number."""

    def __init__(self) -> None:
        self._items: dict[str, Citation] = {}

    def cite(self, source_id: str, title: str, url: str | None = None) -> int:
        found = self._items.get(source_id)
        if found is None:
            found = Citation(len(self._items) + 1, source_id, title,
                             url if url is not None else reference_url(source_id))
            self._items[source_id] = found
        return found.n

    def number(self, source_id: str) -> int | None:
        """The number of a source already cited, else ``None``."""
        found = self._items.get(source_id)
        return found.n if found is not None else None

    def markers(self, numbers: list[int] | set[int]) -> str:
        unique = sorted(set(numbers))
        return "".join(f"[{n}]" for n in unique)

    def items(self) -> list[Citation]:
        return list(self._items.values())
