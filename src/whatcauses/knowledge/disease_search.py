"""Find diseases by name: HPO disease names, condition profile names and their lay names.

``search_diseases("heart att")`` finds the acute coronary syndrome profile through its lay
name "heart attack". Matching is on folded words: a name matches when every query word is the
start of one of its words; names that start with the query come first, then diseases with a
curated sheet or profile (the ones people mean by everyday names), then shorter names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from whatcauses.knowledge.base import Knowledge

MAX_RESULTS = 50
_WORD = re.compile(r"[a-z0-9]+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


@dataclass(frozen=True, slots=True)
class DiseaseHit:
    """One disease found by name, and the name or lay name that matched."""

    id: str
    name: str
    matched: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "matched": self.matched}


class DiseaseNames:
    """Every name a disease goes by, folded into words once. Immutable."""

    def __init__(self, knowledge: Knowledge, lay_names: dict[str, tuple[str, ...]]):
        self._knowledge = knowledge
        self._curated = frozenset(lay_names)
        entries: list[tuple[str, tuple[str, ...], str, str]] = []
        for disease_id, name in zip(knowledge.disease_ids, knowledge.disease_names,
                                    strict=True):
            for written in (name, *lay_names.get(disease_id, ())):
                folded = _fold(written)
                entries.append((folded, tuple(_WORD.findall(folded)), disease_id, written))
        self._entries = tuple(entries)

    def search(self, text: str, limit: int = 10) -> list[DiseaseHit]:
        query = _fold(text).strip()
        words = _WORD.findall(query)
        if not words:
            return []
        limit = max(1, min(limit, MAX_RESULTS))
        best: dict[str, tuple[tuple[int, int, int, str], str]] = {}
        for folded, name_words, disease_id, written in self._entries:
            if not all(any(w.startswith(q) for w in name_words) for q in words):
                continue
            key = (0 if folded.startswith(query) else 1,
                   0 if disease_id in self._curated else 1, len(folded), disease_id)
            held = best.get(disease_id)
            if held is None or key < held[0]:
                best[disease_id] = (key, written)
        ranked = sorted(best.items(), key=lambda item: item[1][0])[:limit]
        names = self._knowledge.disease_names
        index = self._knowledge.disease_ids_index
        return [DiseaseHit(d, names[index[d]], written) for d, (_, written) in ranked]
