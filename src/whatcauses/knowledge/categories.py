"""Disease categories (autoimmune, genetic, neuromuscular, ...) with the reason for each.

A disease belongs to a category on one of three kinds of evidence:

* curation: a reviewed fact sheet that lists the category (for diseases the annotations
  under-describe: multiple sclerosis and coeliac disease carry no autoimmunity annotation);
  for the cause categories, the sheet's list is authoritative;
* an ontology class: the disease's own name names the kind ("... myopathy", "Immunodeficiency
  23", "Hodgkin lymphoma"; the category words of ``curated/category_words.yaml``), it is
  annotated with a category's root term itself (HP:0002960 Autoimmunity), or, for genetic,
  with a mode of inheritance (aspect I), or Orphanet classifies it under a heading of the
  kind (``orphanet_groups``: Lysosomal disease, Ciliopathy; knowledge/data/orphanet_groups.tsv);
* a cited list: a source that names the disease as one of the kind (``members``: the repeat
  expansion diseases of a review; ``member_names``: a disease named in a review's list of
  channelopathies, "long QT syndrome", with its numbered entries);
* the annotations: at least :data:`MIN_ANNOTATIONS` distinct phenotype annotations under the
  category's roots, so that a single stray annotation (an episode of weakness in hereditary
  angioedema) does not make a disease neuromuscular; organ-system categories also need a
  good share of the disease's annotations there (:data:`SYSTEM_SHARE`).

Several categories named together weigh a disease by how many of them it belongs to
(:meth:`Categories.prior`).
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import ASPECTS, INHERITANCE_ROOT
from whatcauses.knowledge.curated import CATEGORY_KEYS, category_vocabulary, curated_fingerprint
from whatcauses.knowledge.prevalence import GROUPS_FILE, ORPHANET_KIND_HEADINGS, orphanet_groups
from whatcauses.knowledge.sheets import curated_sheets
from whatcauses.knowledge.sources import cache_dir
from whatcauses.knowledge.store import load_verified_json, store_verified_json
from whatcauses.version import __version__


@dataclass(frozen=True, slots=True)
class CategoryReason:
    """Why a disease belongs to a category."""

    category: str
    source: str  # "annotation" | "inheritance" | "fact sheet" | "name" | "orphanet" | "curated"
    evidence: str  # the term or file that put it there
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"category": self.category, "source": self.source, "evidence": self.evidence,
                "detail": self.detail}


# Organ-system categories describe where a disease mainly shows, so membership needs a good
# share of the disease's phenotype annotations under the category's roots (a syndrome with one
# skin finding among forty is not a skin disease). Categories that name a cause or mechanism
# (autoimmune, genetic, infectious, ...) need a single annotation. The share was chosen by the
# agreement with the Disease Ontology / MONDO table (bench/categories.py).
SYSTEM_CATEGORIES = frozenset({
    "skin", "eye", "ear", "cardiovascular", "respiratory", "gastrointestinal", "liver",
    "kidney", "endocrine", "blood", "musculoskeletal", "neurological", "mental",
    "developmental",
})
SYSTEM_SHARE = 0.3
# Distinct annotated terms under a category's roots that make a disease a member by the
# annotations alone.
MIN_ANNOTATIONS = 2
# Categories that name a cause or mechanism; for diseases with a curated fact sheet, the
# sheet's list of these is authoritative.
CAUSE_CATEGORIES = frozenset({
    "autoimmune", "inflammatory", "infectious", "genetic", "metabolic", "neoplastic",
    "immunodeficiency",
})


# Category words that say too little in a disease's name to class it (an "infection" in
# "immunodeficiency with recurrent infections" is a finding, not the cause).
_TOO_GENERAL_IN_NAMES = frozenset({"infection", "infectious", "mental", "developmental",
                                   "congenital", "inflammatory", "metabolic"})


def _words(text: str) -> str:
    """Lower-case words of a name, one space apart (punctuation dropped)."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """This module's code and the packaged Orphanet groups table it reads."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(Path(__file__).with_name("data").joinpath(GROUPS_FILE).read_bytes())
    return digest.hexdigest()[:12]


def _is_stored_masks(value: Any, diseases: int) -> bool:
    if not (isinstance(value, dict) and value.get("diseases") == diseases
            and isinstance(value.get("masks"), dict)
            and set(value["masks"]) == set(CATEGORY_KEYS)):
        return False
    try:
        return all(isinstance(bits, str)
                   and len(base64.b64decode(bits, validate=True)) == (diseases + 7) // 8
                   for bits in value["masks"].values())
    except ValueError:  # not base64
        return False


class Categories:
    """Category membership of every disease of a knowledge base. Immutable."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        # Each category's members, computed on first use (a question names one or two).
        self._masks: dict[str, np.ndarray[Any, Any]] = {}
        self._member_ids: dict[str, frozenset[str]] = {}
        self._against: dict[str, np.ndarray[Any, Any]] = {}
        self._lock = threading.Lock()

    def _member_mask(self, category: str) -> np.ndarray[Any, Any]:
        with self._lock:
            mask = self._masks.get(category)
            if mask is None:
                path = self._cache_path()
                if path is None:  # knowledge without a cache file (tests' mini data)
                    mask = self._compute(category)
                    mask.setflags(write=False)
                    self._masks[category] = mask
                else:
                    self._masks.update(self._cached_masks(path))
                    mask = self._masks[category]
            return mask

    # ---- the masks' cache ----
    # Computing one category's members takes ~0.1 s (every disease's name searched, the
    # annotations under its roots counted), which a question naming a kind paid at every
    # start. Every category is computed at once and stored next to the compiled knowledge,
    # keyed by it, the curated files (words, sheets) and this module's code.

    def _cache_path(self) -> Path | None:
        cache = self.knowledge.cache_file
        if cache is None:
            return None
        return cache_dir() / (f"categories-{cache.stem}-{curated_fingerprint()}-"
                              f"{_code_fingerprint()}-v{__version__}.cache")

    def _cached_masks(self, path: Path) -> dict[str, np.ndarray[Any, Any]]:
        n = self.knowledge.n_diseases
        stored = load_verified_json(path, "category members",
                                    lambda value: _is_stored_masks(value, n))
        if stored is not None:
            masks = {category: np.unpackbits(np.frombuffer(base64.b64decode(bits), np.uint8),
                                             count=n).astype(bool)
                     for category, bits in stored["masks"].items()}
        else:
            masks = {category: self._compute(category) for category in CATEGORY_KEYS}
            store_verified_json(path, "category members", {
                "diseases": n,
                "masks": {category: base64.b64encode(np.packbits(mask).tobytes()).decode()
                          for category, mask in masks.items()}})
        for mask in masks.values():
            mask.setflags(write=False)
        return masks

    def _compute(self, category: str) -> np.ndarray[Any, Any]:
        k = self.knowledge
        onto = k.ontology
        mask: np.ndarray[Any, Any] = self._named(category) | self._listed(category)
        roots = [r.id for r in category_vocabulary().roots.get(category, ()) if r.id in onto]
        if INHERITANCE_ROOT in roots:
            mask |= self._inheritance_mask
            roots.remove(INHERITANCE_ROOT)
        if roots:
            row_disease, row_term, totals = self._phenotype_table
            root_indices = [onto.index(root) for root in roots]
            # The root term itself annotated (HP:0002960 Autoimmunity): the disease is of that
            # class. A term under it that merely names the kind is not enough ("Peripheral
            # axonal neuropathy" in hereditary angioedema).
            mask[np.unique(row_disease[np.isin(row_term, root_indices)])] = True
            under = onto.under(root_indices)[row_term]
            # Distinct (disease, term) pairs, as one integer each.
            pairs = np.unique(row_disease[under].astype(np.int64) * len(onto) + row_term[under])
            hits = np.bincount(pairs // len(onto), minlength=k.n_diseases)
            enough = hits >= MIN_ANNOTATIONS
            if category in SYSTEM_CATEGORIES:
                enough &= hits >= SYSTEM_SHARE * np.maximum(totals, 1)
            mask |= enough
        for sheet in curated_sheets():
            # A reviewed sheet decides what causes a disease; a stray annotation (an
            # autoimmune finding in a storage disease) does not make it autoimmune.
            if category not in CAUSE_CATEGORIES and category not in sheet.categories:
                continue
            for disease_id in sheet.ids:
                if k.has_disease(disease_id):
                    mask[k.disease_index(disease_id)] = category in sheet.categories
        return mask

    @cached_property
    def _phenotype_table(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any],
                                        np.ndarray[Any, Any]]:
        """(disease, term) of every phenotype annotation, and each disease's count."""
        k = self.knowledge
        rows = k.phenotype_rows
        row_disease = k.arrays["ann_disease"][rows]
        return (row_disease, k.arrays["ann_term"][rows],
                np.bincount(row_disease, minlength=k.n_diseases))

    @staticmethod
    def _name_phrases(category: str) -> list[str]:
        return [" " + _words(w) + " " for w in category_vocabulary().words.get(category, ())
                if w not in _TOO_GENERAL_IN_NAMES]

    @cached_property
    def _names_text(self) -> tuple[str, np.ndarray[Any, Any]]:
        """The diseases' names, one a line, and where each line starts."""
        lines = [_words(name) for name in self.knowledge.disease_names]
        return "\n".join(lines), np.cumsum([0] + [len(line) + 1 for line in lines])

    def _named(self, category: str) -> np.ndarray[Any, Any]:
        """The diseases whose own name names the kind ("Congenital myopathy 7",
        "Immunodeficiency 23"): a category word of category_words.yaml, as a whole word
        sequence of the name."""
        mask = np.zeros(self.knowledge.n_diseases, dtype=bool)
        phrases = self._name_phrases(category)
        if phrases:
            text, starts = self._names_text
            pattern = re.compile(r"(?<![a-z0-9])(?:" + "|".join(
                re.escape(p.strip()) for p in phrases) + r")(?![a-z0-9])")
            hits = [m.start() for m in pattern.finditer(text)]
            mask[np.searchsorted(starts, hits, side="right") - 1] = True
        return mask

    def _listed(self, category: str) -> np.ndarray[Any, Any]:
        """The diseases Orphanet classifies under a heading of the kind, and those a cited
        source names as of it (category_words.yaml ``orphanet_groups`` and ``members``)."""
        k = self.knowledge
        vocabulary = category_vocabulary()
        mask = np.zeros(k.n_diseases, dtype=bool)
        headings = {g.id for g in vocabulary.orphanet_groups.get(category, ())}
        if headings:
            for disease_id, under in orphanet_groups().items():
                if headings & under and k.has_disease(disease_id):
                    mask[k.disease_index(disease_id)] = True
        for member in vocabulary.members.get(category, ()):
            if k.has_disease(member.id):
                mask[k.disease_index(member.id)] = True
        for member in vocabulary.member_names.get(category, ()):
            mask |= self._name_contains(member.id)
        return mask

    def _name_contains(self, phrase: str) -> np.ndarray[Any, Any]:
        """The diseases whose name holds ``phrase`` as a whole word sequence."""
        mask = np.zeros(self.knowledge.n_diseases, dtype=bool)
        text, starts = self._names_text
        pattern = re.compile(r"(?<![a-z0-9])" + re.escape(_words(phrase)) + r"(?![a-z0-9])")
        hits = [m.start() for m in pattern.finditer(text)]
        mask[np.searchsorted(starts, hits, side="right") - 1] = True
        return mask

    @cached_property
    def _inheritance_mask(self) -> np.ndarray[Any, Any]:
        k = self.knowledge
        a = k.arrays
        rows = (a["ann_aspect"] == ASPECTS.index("I")) & ~a["ann_negated"]
        mask = np.zeros(k.n_diseases, dtype=bool)
        mask[a["ann_disease"][rows]] = True
        return mask

    def mask(self, category: str) -> np.ndarray[Any, Any]:
        """Boolean membership vector over diseases."""
        if category not in CATEGORY_KEYS:
            raise KeyError(category)
        return self._member_mask(category)

    def member_ids(self, category: str) -> frozenset[str]:
        """The ids of the category's diseases (kept: an answer compares a few ids with them)."""
        found = self._member_ids.get(category)
        if found is None:
            ids = self.knowledge.disease_ids
            found = frozenset(ids[i] for i in self.mask(category).nonzero()[0].tolist())
            self._member_ids[category] = found
        return found

    def prior(self, categories: list[str] | tuple[str, ...],
              weights: Mapping[str, float],
              against: Mapping[str, float] | None = None) -> np.ndarray[Any, Any]:
        """Relative prior weights of the categories a question names.

        ``weights[c]`` is how much more likely a member of category ``c`` is to belong to it
        than a non-member (our membership is incomplete, so a non-member may still belong).
        Kinds named together combine by AND, as independent evidence: a disease weighs the
        product of the weights of the named categories it is a member of. So "an inherited
        muscle disease" favours inherited neuromuscular diseases most, and an inherited or a
        neuromuscular disease still more than one of neither.

        Where ``against`` gives a weight for a category, a disease whose reviewed sheet decides
        it is not of that cause (a curated profile that does not list it: pityriasis alba is
        not genetic) weighs that instead of 1: without it, a common condition that a question
        asking for "a genetic condition" excludes kept the full weight of a disease merely
        unlisted.
        """
        vector = np.ones(self.knowledge.n_diseases)
        for category in dict.fromkeys(categories):
            vector = vector * np.where(self.mask(category), float(weights[category]), 1.0)
            if against and against.get(category, 1.0) != 1.0:
                vector = vector * np.where(self.decided_against(category),
                                           float(against[category]), 1.0)
        return vector

    def decided_against(self, category: str) -> np.ndarray[Any, Any]:
        """Diseases a reviewed sheet decides are not of a cause category: a sheet names the
        causes of its disease (CAUSE_CATEGORIES), so one that does not list the category
        excludes it. Empty for the other categories (a sheet need not list every system)."""
        if category not in CATEGORY_KEYS:
            raise KeyError(category)
        with self._lock:
            found = self._against.get(category)
        if found is not None:
            return found
        k = self.knowledge
        mask = np.zeros(k.n_diseases, dtype=bool)
        if category in CAUSE_CATEGORIES:
            for sheet in curated_sheets():
                if category in sheet.categories:
                    continue
                for disease_id in sheet.ids:
                    if k.has_disease(disease_id):
                        mask[k.disease_index(disease_id)] = True
            mask &= ~self.mask(category)
        mask.setflags(write=False)
        with self._lock:
            self._against[category] = mask
        return mask

    def of(self, disease: int) -> list[CategoryReason]:
        """Every category of one disease with its reasons: the fact sheet, the disease's
        name, its inheritance, or the annotations under the category's roots."""
        k = self.knowledge
        onto = k.ontology
        vocabulary = category_vocabulary()
        reasons: list[CategoryReason] = []
        disease_id = k.disease_ids[disease]
        records = [r for r in k.annotations(disease)
                   if not r.negated and r.aspect == "P" and r.hpo_id]
        curated = [sheet for sheet in curated_sheets() if disease_id in sheet.ids]
        for category in CATEGORY_KEYS:
            if not self._member_mask(category)[disease]:
                continue
            sheets = [sheet for sheet in curated if category in sheet.categories]
            for sheet in sheets:
                reasons.append(CategoryReason(category, "fact sheet", sheet.file,
                                              f"curated fact sheet for {sheet.name}"))
            if sheets or (curated and category in CAUSE_CATEGORIES):
                continue  # the sheet decides
            if self._named(category)[disease]:
                reasons.append(CategoryReason(category, "name", k.disease_names[disease],
                                              "the disease's name names the kind"))
                continue
            headings = orphanet_groups().get(disease_id, frozenset())
            listed = [g for g in vocabulary.orphanet_groups.get(category, ())
                      if g.id in headings]
            listed_members = [m for m in vocabulary.members.get(category, ())
                              if m.id == disease_id]
            listed_members += [m for m in vocabulary.member_names.get(category, ())
                               if self._name_contains(m.id)[disease]]
            for group in listed:
                reasons.append(CategoryReason(
                    category, "orphanet", f"{group.id} {ORPHANET_KIND_HEADINGS.get(group.id, '')}",
                    f"Orphanet classifies it under {group.id}: {group.why}"))
            for member in listed_members:
                reasons.append(CategoryReason(category, "curated", member.id, member.why))
            if listed or listed_members:
                continue
            for root in vocabulary.roots.get(category, ()):
                if root.id == INHERITANCE_ROOT:
                    modes = [r.hpo_label for r in k.annotations(disease)
                             if r.aspect == "I" and not r.negated]
                    if modes:
                        reasons.append(CategoryReason(category, "inheritance", ", ".join(modes),
                                                      root.why))
                    continue
                if root.id not in onto:
                    continue
                root_index = onto.index(root.id)
                under = [r for r in records
                         if onto.is_ancestor(root_index, onto.index(r.hpo_id))]
                shown = list(dict.fromkeys(f"{r.hpo_id} {r.hpo_label}" for r in under))
                if shown:
                    reasons.append(CategoryReason(
                        category, "annotation", "; ".join(shown[:MIN_ANNOTATIONS]),
                        f"under {root.id} {onto.name(root.id)}: {root.why}"))
        return reasons
