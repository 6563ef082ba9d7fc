"""Result types of a ranking. Frozen, slot-based, with stable ``to_dict()`` shapes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

MatchKind = Literal["exact", "implied", "more_specific", "none", "contradicted"]
Sex = Literal["male", "female"]


@dataclass(frozen=True, slots=True)
class FindingEvidence:
    """How one query finding bears on one disease.

    ``match`` says how the finding met the disease's annotations: ``exact`` (annotated as such),
    ``implied`` (the finding is more general than an annotated term), ``more_specific`` (the
    finding refines an annotated term), ``none`` (no relation), ``contradicted`` (the disease
    explicitly lacks it).
    """

    hpo_id: str
    label: str
    excluded: bool
    match: MatchKind
    matched_id: str | None
    matched_label: str | None
    frequency: float | None
    likelihood_ratio: float
    references: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "hpo_id": self.hpo_id,
            "label": self.label,
            "excluded": self.excluded,
            "match": self.match,
            "matched_id": self.matched_id,
            "matched_label": self.matched_label,
            "frequency": self.frequency,
            "likelihood_ratio": round(self.likelihood_ratio, 6),
            "references": list(self.references),
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ranked disease (with the ids of entries grouped with it as the same disease)."""

    rank: int
    id: str
    ids: tuple[str, ...]
    name: str
    score: float  # log10 of prior odds times the likelihood ratios
    probability: float  # post-test probability over all diseases
    likelihood_ratio: float  # product of the findings' likelihood ratios (and age factor)
    evidence: tuple[FindingEvidence, ...] = ()
    inheritance: tuple[str, ...] = ()
    onset: tuple[str, ...] = ()
    prior_weight: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "id": self.id,
            "ids": list(self.ids),
            "name": self.name,
            "score": round(self.score, 6),
            "probability": self.probability,
            "likelihood_ratio": self.likelihood_ratio,
            "prior_weight": self.prior_weight,
            "inheritance": list(self.inheritance),
            "onset": list(self.onset),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Query:
    """The normalised input of a ranking."""

    present: tuple[str, ...]
    excluded: tuple[str, ...] = ()
    age: float | None = None
    sex: Sex | None = None
    warnings: tuple[str, ...] = ()
    or_groups: tuple[tuple[str, ...], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "present": list(self.present),
            "excluded": list(self.excluded),
            "or_groups": [list(g) for g in self.or_groups],
            "age": self.age,
            "sex": self.sex,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class Ranking:
    """The ranked candidates for a query, and the data release they were computed on."""

    query: Query
    candidates: tuple[Candidate, ...]
    data_release: str
    diseases_scored: int = 0
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query.to_dict(),
            "candidates": [c.to_dict() for c in self.candidates],
            "diseases_scored": self.diseases_scored,
            "data_release": self.data_release,
        }
