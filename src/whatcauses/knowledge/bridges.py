"""Curated "kind of / part of" links between HPO terms that HPO's is_a lacks.

HPO files some findings only under a general parent although their own definitions make them
a form of a more specific term (Epigastric pain, "pain localized to the region of the upper
abdomen", sits under Pain but not under Abdominal pain). The table,
knowledge/curated/term_bridges.yaml, lists such gaps with a reason each; the question ranker's
model (rank/model.py) lets an observed general term be explained by a disease's annotation of
a bridged term as by any of its descendants. hp.obo carries no logical definitions
(``intersection_of``) from which such links could be derived, hence the short hand-made list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from whatcauses.errors import DataError
from whatcauses.knowledge.curated import read_curated
from whatcauses.knowledge.ontology import Ontology

BRIDGES_FILE = "term_bridges.yaml"


@dataclass(frozen=True, slots=True)
class Bridge:
    """``term`` is a kind of ``under`` (or a pain of a part of its region), by the terms'
    definitions; ``reason`` says why."""

    term: str
    under: str
    reason: str


def parse_bridges(raw: Any, name: str = BRIDGES_FILE) -> tuple[Bridge, ...]:
    """The bridges of a parsed table; a malformed entry is a :class:`DataError`."""
    entries = raw.get("bridges") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise DataError(f"{name}: expected a mapping with a 'bridges' list")
    bridges = []
    for position, entry in enumerate(entries):
        fields = ("term", "under", "reason")
        if not isinstance(entry, dict) or not all(
                isinstance(entry.get(key), str) and entry[key].strip() for key in fields):
            raise DataError(f"{name}: bridge {position} needs term, under and reason")
        term, under = entry["term"].strip(), entry["under"].strip()
        if not (term.startswith("HP:") and under.startswith("HP:")) or term == under:
            raise DataError(f"{name}: bridge {position} must join two HPO terms")
        bridges.append(Bridge(term, under, " ".join(entry["reason"].split())))
    return tuple(bridges)


@lru_cache(maxsize=1)
def term_bridges() -> tuple[Bridge, ...]:
    """The curated bridges (knowledge/curated/term_bridges.yaml)."""
    return parse_bridges(read_curated(BRIDGES_FILE))


def bridge_indices(ontology: Ontology, bridges: tuple[Bridge, ...]) -> tuple[tuple[int, int], ...]:
    """(term, under) index pairs of the bridges this release needs: a bridge naming a term the
    release lacks, or one HPO already has (``under`` an ancestor of ``term``), is left out."""
    pairs = []
    for bridge in bridges:
        if bridge.term not in ontology or bridge.under not in ontology:
            continue
        term, under = ontology.index(bridge.term), ontology.index(bridge.under)
        if not ontology.is_ancestor(under, term):
            pairs.append((term, under))
    return tuple(pairs)


def bridged_below(ontology: Ontology, pairs: tuple[tuple[int, int], ...],
                  skip: frozenset[int] = frozenset()) -> dict[int, tuple[int, ...]]:
    """Term -> the bridged terms that fall below it through a bridge: for each bridge, every
    HPO ancestor of its ``under`` (itself included) that is not already an HPO ancestor of its
    ``term``, and not in ``skip`` (the root terms, which explain nothing)."""
    table: dict[int, list[int]] = {}
    for term, under in pairs:
        for ancestor in ontology.ancestors(under).tolist():
            if ancestor in skip or ontology.is_ancestor(ancestor, term):
                continue
            found = table.setdefault(int(ancestor), [])
            if term not in found:
                found.append(term)
    return {key: tuple(value) for key, value in table.items()}


def bridged_above(below: dict[int, tuple[int, ...]],
                  ontology: Ontology) -> dict[int, tuple[int, ...]]:
    """Term -> the terms a bridge puts above it that HPO does not: the inverse of a
    :func:`bridged_below` table, for each HPO descendant of a bridged term (itself included)."""
    table: dict[int, list[int]] = {}
    for ancestor, terms in below.items():
        for term in terms:
            for descendant in ontology.descendants(term):
                if ontology.is_ancestor(ancestor, descendant):
                    continue
                found = table.setdefault(int(descendant), [])
                if ancestor not in found:
                    found.append(ancestor)
    return {key: tuple(value) for key, value in table.items()}
