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
from whatcauses.knowledge.facts import fact_sheets


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
        for category in CATEGORY_KEYS:
            mask = np.zeros(k.n_diseases, dtype=bool)
            for root in vocabulary.roots.get(category, ()):
                if root.id == INHERITANCE_ROOT:
                    mask |= self._inheritance_mask
                elif root.id in onto:
                    diseases, _ = k.implied_column(onto.index(root.id))
                    mask[diseases] = True
            members[category] = mask
        for sheet in fact_sheets():
            for disease_id in sheet.ids:
                if k.has_disease(disease_id):
                    for category in sheet.categories:
                        members[category][k.disease_index(disease_id)] = True
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
        for category in CATEGORY_KEYS:
            if not self._members[category][disease]:
                continue
            found = False
            for root in vocabulary.roots.get(category, ()):
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
            for sheet in fact_sheets():
                if disease_id in sheet.ids and category in sheet.categories:
                    reasons.append(CategoryReason(category, "fact sheet", sheet.file,
                                                  f"curated fact sheet for {sheet.name}"))
        return reasons
