"""The phrase lexicon: HPO names and synonyms plus the curated lay supplement.

Every phrase is reduced to an order-free key (:func:`whatcauses.text.normalize.phrase_key`).
When several terms share a key, the best-scoring source wins; a tie between different terms
becomes an OR-group (the phrase may mean any of them). Curated lay phrases list their own
OR-groups and outrank HPO synonyms, since they were written for plain-language input.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

from whatcauses.errors import CacheError, UnknownTermError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import PHENOTYPIC_ABNORMALITY
from whatcauses.knowledge.curated import curated_fingerprint, lay_terms
from whatcauses.knowledge.sources import cache_dir
from whatcauses.knowledge.store import (
    load_verified,
    load_verified_json,
    store_verified,
    store_verified_json,
)
from whatcauses.text.normalize import phrase_key
from whatcauses.version import __version__

# How much a phrase source is trusted to mean its term when read in a question.
SOURCE_CONFIDENCE = {
    "curated": 1.1,
    "name": 1.0,
    "layperson": 0.95,
    "EXACT": 0.9,
    "RELATED": 0.6,
    "NARROW": 0.5,
    "BROAD": 0.4,
}
LEXICON_FORMAT = 5


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """What a phrase key means: one term, or an OR-group of terms."""

    ids: tuple[str, ...]
    source: str
    confidence: float
    kind: str = "finding"

    @property
    def is_group(self) -> bool:
        return len(self.ids) > 1


class Lexicon:
    """What phrase keys mean; safe to share between threads.

    Entries may be held packed (as cached), and each lookup unpacks its own entry without
    storing it, which keeps loading the lexicon cheap. The surface list (for autocomplete
    only) is decoded from its (verified) cache bytes on first use, under a lock, exactly once.
    """

    def __init__(
        self,
        entries: dict[str, LexiconEntry] | dict[str, str],
        surface: list[tuple[str, str, str]] | None = None,
        surface_json: bytes | None = None,
    ):
        self._entries = entries
        self.max_words = max((k.count(" ") + 1 for k in entries), default=1)
        self._surface = surface
        self._surface_json = surface_json
        self._surface_lock = threading.Lock()

    def lookup(self, key: str) -> LexiconEntry | None:
        value = self._entries.get(key)
        if value is None or isinstance(value, LexiconEntry):
            return value
        ids, source, confidence, kind = value.split("\t")
        return LexiconEntry(tuple(ids.split(",")), source, float(confidence), kind)

    @property
    def surface(self) -> list[tuple[str, str, str]]:
        """(lower-case phrase, term id, phrase as written), sorted: for autocomplete."""
        with self._surface_lock:
            if self._surface is None:
                raw = json.loads(self._surface_json) if self._surface_json else []
                if not _is_surface(raw):  # checksummed bytes, so only a writer's bug gets here
                    raise CacheError("the lexicon's autocomplete cache has the wrong shape")
                self._surface = [(a, b, c) for a, b, c in raw]
                self._surface_json = None
            return self._surface

    @classmethod
    def build(cls, knowledge: Knowledge) -> Lexicon:
        onto = knowledge.ontology
        root = onto.index(PHENOTYPIC_ABNORMALITY)
        # key -> (confidence, source, term ids, kind); a curated phrase keeps its own order of
        # terms (most likely first), other sources' ties are sorted by id at the end.
        best: dict[str, tuple[float, str, list[str], str]] = {}
        surface: list[tuple[str, str, str]] = []

        def offer(phrase: str, ids: list[str], source: str, kind: str) -> None:
            key = phrase_key(phrase)
            if not key:
                return
            confidence = SOURCE_CONFIDENCE[source]
            current = best.get(key)
            if current is None or confidence > current[0] + 1e-9:
                best[key] = (confidence, source, list(ids), kind)
            elif abs(confidence - current[0]) < 1e-9 and source != "curated":
                current[2].extend(i for i in ids if i not in current[2])

        for i, term_id in enumerate(onto.ids):
            if not onto.is_ancestor(root, i):
                continue
            name = onto.names[i]
            offer(name, [term_id], "name", "finding")
            surface.append((name.lower(), term_id, name))
            for text, scope, kind in onto.synonyms(i):
                if kind in {"abbreviation", "obsolete_synonym"} or len(text) < 3:
                    continue
                source = "layperson" if kind == "layperson" else scope
                if source not in SOURCE_CONFIDENCE:
                    continue
                offer(text, [term_id], source, "finding")
                surface.append((text.lower(), term_id, text))
        for lay in lay_terms():
            ids: list[str] = []
            for raw in lay.hpo:
                try:
                    resolved = onto.resolve(raw).id
                except UnknownTermError:  # not in this release: the phrase keeps the others
                    continue
                if resolved not in ids:
                    ids.append(resolved)
            if ids:
                offer(lay.phrase, ids, "curated", lay.kind)
                surface.append((lay.phrase.lower(), ids[0], lay.phrase))
        entries = {
            key: LexiconEntry(tuple(ids) if source == "curated" else tuple(sorted(ids)),
                              source, confidence, kind)
            for key, (confidence, source, ids, kind) in best.items()
        }
        surface.sort()
        return cls(entries, surface)

    # ---- cache ----

    def packed_entries(self) -> bytes:
        packed = {}
        for key in self._entries:
            entry = self.lookup(key)
            assert entry is not None  # every key has an entry
            packed[key] = f"{','.join(entry.ids)}\t{entry.source}\t{entry.confidence}\t{entry.kind}"
        return json.dumps(packed).encode("utf-8")


def load_lexicon(knowledge: Knowledge) -> Lexicon:
    """The lexicon for this knowledge, from its (verified) cache files when they match."""
    stem = knowledge.cache_file.stem if knowledge.cache_file else f"mem-{knowledge.release}"
    # Keyed by the compiled knowledge, the curated files, the package version (normalisation
    # code ships with it) and the lexicon format.
    base = f"lexicon-{stem}-{curated_fingerprint()}-v{__version__}-l{LEXICON_FORMAT}"
    entries_path = cache_dir() / f"{base}.cache"
    surface_path = cache_dir() / f"{base}.surface.cache"
    packed = load_verified_json(entries_path, "lexicon entries", _is_packed)
    surface = load_verified(surface_path, "lexicon surface")  # shape checked on first use
    if packed is not None and surface is not None:
        return Lexicon(packed, surface_json=surface)
    lexicon = Lexicon.build(knowledge)
    store_verified_json(surface_path, "lexicon surface", lexicon.surface)
    store_verified(entries_path, "lexicon entries", lexicon.packed_entries())
    return lexicon


def _is_packed(value: Any) -> bool:
    """Packed entries: phrase key -> "ids<TAB>source<TAB>confidence<TAB>kind"."""
    return isinstance(value, dict) and bool(value) and all(
        isinstance(v, str) and v.count("\t") == 3 for v in value.values()
    )


def _is_surface(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row)
        for row in value
    )
