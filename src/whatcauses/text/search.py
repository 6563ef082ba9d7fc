"""Autocomplete over HPO term names, synonyms and curated lay phrases."""

from __future__ import annotations

import bisect

from whatcauses.knowledge.ontology import Ontology
from whatcauses.text.lexicon import Lexicon
from whatcauses.text.normalize import fold

MAX_LIMIT = 50


def search_terms(lexicon: Lexicon, ontology: Ontology, text: str,
                 limit: int = 10) -> list[dict[str, str]]:
    """Terms whose name or synonym starts with ``text`` (then: contains a word starting so).

    Each hit: ``{"id", "label", "matched"}``; one hit per term, prefix matches first, shorter
    phrases first.
    """
    query = " ".join(fold(text).split())
    if not query:
        return []
    limit = max(1, min(limit, MAX_LIMIT))
    surface = lexicon.surface
    hits: dict[str, tuple[int, int, str]] = {}
    start = bisect.bisect_left(surface, (query, "", ""))
    for phrase, term_id, written in surface[start:]:
        if not phrase.startswith(query):
            break
        _offer(hits, term_id, (0, len(phrase), written))
    if len(hits) < limit:
        needle = " " + query
        for phrase, term_id, written in surface:
            if needle in " " + phrase and not phrase.startswith(query):
                _offer(hits, term_id, (1, len(phrase), written))
    ranked = sorted(hits.items(), key=lambda item: (item[1][0], item[1][1], item[0]))
    result = []
    for term_id, (_, _, written) in ranked[:limit]:
        if term_id not in ontology:
            continue
        result.append({"id": term_id, "label": ontology.name(term_id), "matched": written})
    return result


def _offer(hits: dict[str, tuple[int, int, str]], term_id: str,
           value: tuple[int, int, str]) -> None:
    current = hits.get(term_id)
    if current is None or value[:2] < current[:2]:
        hits[term_id] = value
