"""A read-only view of the compiled HPO: ids, names, hierarchy, synonyms.

The view behaves as a ``Mapping`` from HPO id to :class:`Term`: ``"HP:0001250" in onto``,
``onto["HP:0001250"].name``, ``len(onto)``; a miss raises ``KeyError``. Ids given by users
are resolved with :meth:`Ontology.resolve`: strict about their form, alternative and obsolete
ids mapped, and (as findings) only terms of the Phenotypic abnormality branch accepted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from whatcauses.errors import UnknownTermError
from whatcauses.knowledge.ids import PHENOTYPIC_ABNORMALITY, normalize_hpo_id
from whatcauses.knowledge.store import collector_paused

# A grade of severity before a finding's name or after a comma ("borderline" only after: as
# a first word it names "Borderline personality disorder").
_GRADED_NAME = re.compile(r"^(?:mild|moderate|severe|profound) (.+)$"
                          r"|^(.+), (?:mild|moderate|severe|profound|borderline)$")


@dataclass(frozen=True, slots=True)
class Term:
    """The light, user-facing record of one HPO term."""

    id: str
    name: str
    index: int


@dataclass(frozen=True, slots=True)
class Resolution:
    """How an id given by a user was mapped to a current term."""

    given: str
    id: str
    note: str | None  # None when the id was current; else why it was mapped


def expand_ancestors(
    ancestors_ptr: np.ndarray[Any, Any], ancestors_idx: np.ndarray[Any, Any],
    terms: np.ndarray[Any, Any],
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """All (position in ``terms``, ancestor) pairs, vectorised over a CSR ancestor table.

    Each term's ancestors (itself included) follow one another, in the order of ``terms``.
    """
    terms = np.asarray(terms, dtype=np.int64)
    starts = ancestors_ptr[terms]
    counts = ancestors_ptr[terms + 1] - starts
    ends = np.cumsum(counts)
    # Each term's start less where its ancestors begin in the result, once per ancestor.
    shift = np.repeat(starts - (ends - counts), counts)
    owner = np.repeat(np.arange(len(terms)), counts)
    return owner, ancestors_idx[np.arange(int(ends[-1]) if len(ends) else 0) + shift]


class Ontology(Mapping[str, Term]):
    """Immutable; safe to share between threads."""

    def __init__(self, arrays: dict[str, np.ndarray[Any, Any]], strings: dict[str, Any]):
        self._arrays = arrays
        self.ids: list[str] = strings["term_ids"]
        self.names: list[str] = strings["term_names"]
        # The first layperson synonym of each term ("" when it has none).
        self.lay_names: list[str] = strings.get("lay_names") or [""] * len(self.ids)
        self._index = {tid: i for i, tid in enumerate(self.ids)}
        self._redirects: dict[str, str] = strings["redirects"]
        self._obsolete: dict[str, dict[str, list[str]]] = strings["obsolete"]
        self._phenotype_root = self._index.get(PHENOTYPIC_ABNORMALITY)
        self.parents_ptr = arrays["parents_ptr"]
        self.parents_idx = arrays["parents_idx"]
        self.ancestors_ptr = arrays["ancestors_ptr"]
        self.ancestors_idx = arrays["ancestors_idx"]
        self._text_blob = arrays["text_json"]
        # Term -> its ancestors as a set, filled as :meth:`is_ancestor` meets terms: a
        # question asks it some hundreds of times, and a set lookup is far cheaper than a
        # numpy search of a few entries.
        self._ancestor_sets: dict[int, frozenset[int]] = {}

    # Mapping protocol
    def __getitem__(self, term_id: str) -> Term:
        i = self._index[term_id]
        return Term(term_id, self.names[i], i)

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, term_id: object) -> bool:
        return term_id in self._index

    def index(self, term_id: str) -> int:
        return self._index[term_id]

    def resolve(self, raw: str, *, finding: bool = True) -> Resolution:
        """Map a user-given id (alternative or obsolete ids included) to a current term.

        Raises :class:`UnknownTermError` for a malformed id (not HP: and 7 digits), an id this
        release does not know, and, with ``finding`` (the default), a term outside the
        Phenotypic abnormality branch (HP:0000118): the root, modes of inheritance, onsets,
        frequencies and clinical modifiers are not findings a disease can be ranked on.
        """
        term_id = normalize_hpo_id(raw)
        if term_id in self._index:
            resolution = Resolution(raw, term_id, None)
        else:
            resolution = self._redirect(raw, term_id)
        if finding:
            self._check_finding(term_id, resolution.id)
        return resolution

    def _redirect(self, raw: str, term_id: str) -> Resolution:
        target = self._redirects.get(term_id)
        if target is not None and target in self._index:
            kind = "an alternative" if self._is_alternative(term_id, target) else "an obsolete"
            return Resolution(
                raw, target, f"{term_id} is {kind} id; using {target} ({self.name(target)})"
            )
        record = self._obsolete.get(term_id)
        if record is not None:
            hint = ", ".join(record.get("consider", [])) or "no replacement is given"
            raise UnknownTermError(f"{term_id} is obsolete with no direct replacement ({hint})")
        raise UnknownTermError(f"{term_id} is not a term of this HPO release")

    def _is_alternative(self, term_id: str, target: str) -> bool:
        """Is ``term_id`` listed as an alt_id of ``target`` (rather than only made obsolete)?"""
        if term_id not in self._obsolete:
            return True
        # HPO keeps an obsolete stanza for some ids that a current term also lists as alt_id
        # (HP:0003335 of HP:0000044): they are alternative ids all the same. The alt_id lists
        # are in the text tables, decoded once on first need; such ids are rare in queries.
        alternatives: list[str] = self.text["alt_ids"][self._index[target]]
        return term_id in alternatives

    def _check_finding(self, given: str, term_id: str) -> None:
        root = self._phenotype_root
        if root is None or self.is_ancestor(root, self._index[term_id]):
            return
        shown = given if given == term_id else f"{given} (now {term_id})"
        raise UnknownTermError(
            f"{shown} {self.name(term_id)!r} is not a phenotypic abnormality: findings must be "
            f"terms under {PHENOTYPIC_ABNORMALITY} Phenotypic abnormality (e.g. HP:0001250 "
            "Seizure)"
        )

    def name(self, term_id: str) -> str:
        return self.names[self._index[term_id]]

    def parents(self, i: int) -> np.ndarray[Any, Any]:
        return self.parents_idx[self.parents_ptr[i] : self.parents_ptr[i + 1]]

    def ancestors(self, i: int) -> np.ndarray[Any, Any]:
        """Ancestors of term ``i``, the term itself included (sorted indices)."""
        return self.ancestors_idx[self.ancestors_ptr[i] : self.ancestors_ptr[i + 1]]

    def is_ancestor(self, ancestor: int, term: int) -> bool:
        """True when ``ancestor`` is ``term`` or one of its ancestors."""
        known = self._ancestor_sets.get(term)
        if known is None:
            known = self._ancestor_sets[term] = frozenset(self.ancestors(term).tolist())
        return ancestor in known

    def any_under(self, root: str, term_ids: Iterable[str]) -> bool:
        """Is any of ``term_ids`` the term ``root`` or below it? Ids this ontology lacks
        (``root`` among them) count as none."""
        if root not in self._index:
            return False
        top = self._index[root]
        return any(t in self._index and self.is_ancestor(top, self._index[t]) for t in term_ids)

    def all_under(self, root: str, term_ids: Iterable[str]) -> bool:
        """Is every one of ``term_ids`` the term ``root`` or below it (True for none)? An id
        this ontology lacks is under nothing; without ``root``, False."""
        if root not in self._index:
            return False
        top = self._index[root]
        return all(t in self._index and self.is_ancestor(top, self._index[t]) for t in term_ids)

    def descends_from(self, terms: np.ndarray[Any, Any], ancestor: int) -> np.ndarray[Any, Any]:
        """Vectorised :meth:`is_ancestor`: for each of ``terms``, is ``ancestor`` among its
        ancestors (itself included)?"""
        if len(terms) == 0:
            return np.zeros(0, dtype=bool)
        owner, ancestors = expand_ancestors(self.ancestors_ptr, self.ancestors_idx, terms)
        result = np.zeros(len(terms), dtype=bool)
        result[owner[ancestors == ancestor]] = True
        return result

    def under(self, roots: list[int]) -> np.ndarray[Any, Any]:
        """Boolean vector over terms: the term is one of ``roots`` or a descendant of one."""
        flags = np.zeros(len(self.ids), dtype=bool)
        flags[roots] = True
        hits = flags[self.ancestors_idx]
        # Every term has at least itself as ancestor, so no segment of reduceat is empty.
        return np.logical_or.reduceat(hits, self.ancestors_ptr[:-1].astype(np.intp))

    @cached_property
    def phenotype_branch(self) -> np.ndarray[Any, Any]:
        """Boolean vector over terms: Phenotypic abnormality or a term under it."""
        if self._phenotype_root is None:
            return np.zeros(len(self.ids), dtype=bool)
        return self.under([self._phenotype_root])

    @cached_property
    def severity_graded(self) -> np.ndarray[Any, Any]:
        """Boolean vector over terms: a parent's finding with a grade of severity added
        ("Severe global developmental delay", "Intellectual disability, profound"). Grading
        takes a clinician's measurement; whether the finding is there at all is what a person
        can tell (the next questions ask the parent)."""
        flags = np.zeros(len(self.ids), dtype=bool)
        folded = self.folded_names
        for i, name in enumerate(folded):
            graded = _GRADED_NAME.match(name)
            if graded is None:
                continue
            base = graded.group(1) or graded.group(2)
            flags[i] = any(folded[p] == base for p in self.parents(i).tolist())
        return flags

    @cached_property
    def folded_names(self) -> list[str]:
        """Each term's name, casefolded (compared with names from elsewhere many at a time)."""
        return [name.casefold() for name in self.names]

    @cached_property
    def id_order(self) -> np.ndarray[Any, Any]:
        """Each term's place among the ids sorted as text: sorts terms by id as an array."""
        order = np.empty(len(self.ids), dtype=np.int64)
        order[sorted(range(len(self.ids)), key=self.ids.__getitem__)] = np.arange(len(self.ids))
        return order

    @cached_property
    def _children(self) -> list[list[int]]:
        """Per term, its children in ascending order, inverted from the parent lists at once
        (a loop over the 19,000 terms' parent slices took 70 ms of every first answer)."""
        n = len(self.ids)
        parents = np.asarray(self.parents_idx, dtype=np.int64)
        child_of_edge = np.repeat(np.arange(n), np.diff(self.parents_ptr))
        # A stable sort by parent keeps each parent's children in ascending order.
        flat: list[int] = child_of_edge[np.argsort(parents, kind="stable")].tolist()
        bounds: list[int] = np.concatenate(
            ([0], np.cumsum(np.bincount(parents, minlength=n)))).tolist()
        return [flat[bounds[i] : bounds[i + 1]] for i in range(n)]

    def children(self, i: int) -> list[int]:
        return self._children[i]

    def descendants(self, i: int) -> list[int]:
        """Descendants of term ``i``, the term itself included."""
        seen = {i}
        stack = [i]
        while stack:
            for child in self._children[stack.pop()]:
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return sorted(seen)

    @cached_property
    def text(self) -> dict[str, Any]:
        """Definitions, synonyms, xrefs: decoded on first use only (the text layer needs them)."""
        with collector_paused():
            result: dict[str, Any] = json.loads(self._text_blob.tobytes().decode("utf-8"))
        return result

    def synonyms(self, i: int) -> list[tuple[str, str, str]]:
        return [(str(s[0]), str(s[1]), str(s[2])) for s in self.text["synonyms"][i]]

    def definition(self, i: int) -> str:
        return str(self.text["definitions"][i])
