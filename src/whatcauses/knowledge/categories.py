"""Disease categories (autoimmune, genetic, neuromuscular, ...) with the reason for each.

Two kinds of evidence put a disease in a category:

* the data: an annotation (in phenotype.hpoa) with a category's root term or a descendant of
  it, per ``curated/category_words.yaml`` (e.g. HP:0002960 Autoimmunity for autoimmune); an
  inheritance annotation (aspect I) for genetic;
* curation: a reviewed fact sheet that lists the category, for diseases the annotations
  under-describe (multiple sclerosis and coeliac disease carry no autoimmunity annotation).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import ASPECTS, INHERITANCE_ROOT
from whatcauses.knowledge.curated import CATEGORY_KEYS, category_vocabulary
from whatcauses.knowledge.sheets import curated_sheets


@dataclass(frozen=True, slots=True)
class CategoryReason:
    """Why a disease belongs to a category."""

    category: str
    source: str  # "annotation" | "inheritance" | "fact sheet"
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
# Categories that name a cause or mechanism; for diseases with a curated fact sheet, the
# sheet's list of these is authoritative.
CAUSE_CATEGORIES = frozenset({
    "autoimmune", "inflammatory", "infectious", "genetic", "metabolic", "neoplastic",
    "immunodeficiency",
})


class Categories:
    """Category membership of every disease of a knowledge base. Immutable."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge

    @cached_property
    def _members(self) -> dict[str, np.ndarray[Any, Any]]:
        k = self.knowledge
        onto = k.ontology
        vocabulary = category_vocabulary()
        members: dict[str, np.ndarray[Any, Any]] = {}
        a = k.arrays
        phenotype_rows = k.phenotype_rows
        row_disease = a["ann_disease"][phenotype_rows]
        row_term = a["ann_term"][phenotype_rows]
        totals = np.bincount(row_disease, minlength=k.n_diseases)
        for category in CATEGORY_KEYS:
            mask = np.zeros(k.n_diseases, dtype=bool)
            roots = [r.id for r in vocabulary.roots.get(category, ()) if r.id in onto]
            if INHERITANCE_ROOT in roots:
                mask |= self._inheritance_mask
                roots.remove(INHERITANCE_ROOT)
            if category in SYSTEM_CATEGORIES and roots:
                under = onto.under([onto.index(root) for root in roots])
                hits = np.bincount(row_disease[under[row_term]], minlength=k.n_diseases)
                mask |= (hits > 0) & (hits >= SYSTEM_SHARE * np.maximum(totals, 1))
            else:
                for root in roots:
                    diseases, _ = k.implied_column(onto.index(root))
                    mask[diseases] = True
            members[category] = mask
        for sheet in curated_sheets():
            for disease_id in sheet.ids:
                if not k.has_disease(disease_id):
                    continue
                index = k.disease_index(disease_id)
                # A reviewed sheet decides what causes a disease; a stray annotation (an
                # autoimmune finding in a storage disease) does not make it autoimmune.
                for category in CAUSE_CATEGORIES:
                    members[category][index] = category in sheet.categories
                for category in sheet.categories:
                    members[category][index] = True
        return members

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
        return self._members[category]

    def prior(self, categories: list[str] | tuple[str, ...], weight: float) -> np.ndarray[Any, Any]:
        """Relative prior weights: ``weight`` for members of any category named, 1 otherwise."""
        vector = np.ones(self.knowledge.n_diseases)
        if categories:
            member = np.zeros(self.knowledge.n_diseases, dtype=bool)
            for category in categories:
                member |= self.mask(category)
            vector[member] = weight
        return vector

    def of(self, disease: int) -> list[CategoryReason]:
        """Every category of one disease with its reasons (annotation or curation)."""
        k = self.knowledge
        onto = k.ontology
        vocabulary = category_vocabulary()
        reasons: list[CategoryReason] = []
        disease_id = k.disease_ids[disease]
        records = k.annotations(disease)
        curated = [sheet for sheet in curated_sheets() if disease_id in sheet.ids]
        for category in CATEGORY_KEYS:
            if not self._members[category][disease]:
                continue
            found = False
            if curated and category in CAUSE_CATEGORIES:
                found = True  # the sheet decides; its reason is added below
            for root in () if found else vocabulary.roots.get(category, ()):
                if root.id == INHERITANCE_ROOT:
                    modes = [r.hpo_label for r in records if r.aspect == "I" and not r.negated]
                    if modes:
                        reasons.append(CategoryReason(category, "inheritance", ", ".join(modes),
                                                      root.why))
                        found = True
                    continue
                if root.id not in onto:
                    continue
                root_index = onto.index(root.id)
                for record in records:
                    if record.negated or record.aspect != "P" or not record.hpo_id:
                        continue
                    if onto.is_ancestor(root_index, onto.index(record.hpo_id)):
                        reasons.append(CategoryReason(
                            category, "annotation", f"{record.hpo_id} {record.hpo_label}",
                            f"under {root.id} {onto.name(root.id)}: {root.why}"))
                        found = True
                        break
                if found:
                    break
            for sheet in curated:
                if category in sheet.categories:
                    reasons.append(CategoryReason(category, "fact sheet", sheet.file,
                                                  f"curated fact sheet for {sheet.name}"))
        return reasons
