"""`explain DISEASE_ID`: what whatcauses knows about one disease, with sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from whatcauses.explain.wording import frequency_words
from whatcauses.knowledge.base import AnnotationRecord, Knowledge
from whatcauses.knowledge.categories import Categories, CategoryReason
from whatcauses.knowledge.ids import disease_url, normalize_disease_id, reference_url
from whatcauses.knowledge.sheet_model import SECTIONS, FactSheet
from whatcauses.knowledge.sheets import curated_sheet_index
from whatcauses.rank.results import Prevalence


@dataclass(frozen=True, slots=True)
class DiseaseExplanation:
    """A disease's curated fact sheet (or a data-only summary), annotations and categories."""

    id: str
    ids: tuple[str, ...]
    name: str
    url: str
    fact_sheet: FactSheet | None
    data_summary: str
    annotations: tuple[AnnotationRecord, ...]
    inheritance: tuple[str, ...]
    onset: tuple[str, ...]
    categories: tuple[CategoryReason, ...]
    references: tuple[dict[str, Any], ...]
    data_release: str
    # How common the disease is (Orphanet or a curated source), as the ranker's prior uses it.
    prevalence: Prevalence | None = None

    def to_dict(self) -> dict[str, Any]:
        sheet = self.fact_sheet
        return {
            "id": self.id,
            "ids": list(self.ids),
            "name": self.name,
            "url": self.url,
            "has_fact_sheet": sheet is not None,
            "fact_sheet": None if sheet is None else {
                "file": sheet.file,
                "name": sheet.name,
                **{name: [{"text": s.text, "sources": list(s.sources), "hpo": list(s.hpo)}
                          for s in sheet.section(name)] for name in SECTIONS},
                "distinguishing": [{"text": s.text, "sources": list(s.sources),
                                    "versus": list(s.versus)} for s in sheet.distinguishing],
            },
            "data_summary": self.data_summary,
            "annotations": [
                {"hpo_id": a.hpo_id, "label": a.hpo_label, "frequency": a.frequency,
                 "frequency_text": a.frequency_text,
                 "frequency_sources": list(a.frequency_sources), "negated": a.negated,
                 "onset": a.onset,
                 "sex": a.sex, "evidence": a.evidence, "references": list(a.references)}
                for a in self.annotations
            ],
            "inheritance": list(self.inheritance),
            "onset": list(self.onset),
            "categories": [c.to_dict() for c in self.categories],
            "references": list(self.references),
            "data_release": self.data_release,
            "prevalence": self.prevalence.to_dict() if self.prevalence else None,
        }


def explain_disease(knowledge: Knowledge, categories: Categories, raw_id: str,
                    prevalence: Sequence[Prevalence | None] = ()) -> DiseaseExplanation:
    """Raises :class:`UnknownDiseaseError` for malformed or unknown ids. ``prevalence``: the
    figure per disease index (the ranker's), to say how common the disease is."""
    disease_id = normalize_disease_id(raw_id)
    index = knowledge.disease_index(disease_id)
    group = int(knowledge.arrays["twin_group"][index])
    twins = [knowledge.disease_ids[i] for i, g in enumerate(knowledge.arrays["twin_group"])
             if int(g) == group] if group != index or _has_members(knowledge, index) else []
    ids = tuple(dict.fromkeys([disease_id, *twins]))
    records = knowledge.annotations(index)
    phenotypes = [r for r in records if r.aspect == "P"]
    phenotypes.sort(key=lambda r: (r.negated, -(r.frequency if r.frequency is not None else 0.5),
                                   r.hpo_label))
    inheritance = tuple(dict.fromkeys(r.hpo_label for r in records
                                      if r.aspect == "I" and not r.negated))
    onset = tuple(dict.fromkeys(r.hpo_label for r in records
                                if r.aspect == "C" and not r.negated))
    sheet = next((curated_sheet_index()[i] for i in ids if i in curated_sheet_index()), None)
    frequent = [r for r in phenotypes if not r.negated][:6]
    summary = (
        f"{knowledge.disease_names[index]} has {len(phenotypes)} phenotype annotations in HPO "
        f"release {knowledge.release}"
        + ("; the most frequent: " + "; ".join(
            f"{r.hpo_label.lower()} ({frequency_words(r.frequency, r.frequency_sources)})"
            for r in frequent)
           if frequent else "")
        + "."
    )
    if sheet is None:
        summary += " No curated summary exists for this disease; this is what the data says."
    references: dict[str, dict[str, Any]] = {}
    if sheet is not None:
        for ref in sheet.references.values():
            references[ref.id] = {"id": ref.id, "title": ref.title, "year": ref.year,
                                  "url": reference_url(ref.id)}
    for record in records:
        for cited in record.references:
            references.setdefault(cited, {"id": cited, "title": None, "year": None,
                                          "url": reference_url(cited)})
    return DiseaseExplanation(
        id=disease_id,
        ids=ids,
        name=knowledge.disease_names[index],
        url=disease_url(disease_id),
        fact_sheet=sheet,
        data_summary=summary,
        annotations=tuple(phenotypes),
        inheritance=inheritance,
        onset=onset,
        categories=tuple(categories.of(index)),
        references=tuple(references.values()),
        data_release=knowledge.release,
        prevalence=prevalence[index] if index < len(prevalence) else None,
    )


def _has_members(knowledge: Knowledge, index: int) -> bool:
    group = knowledge.arrays["twin_group"]
    return bool((group == index).sum() > 1)
