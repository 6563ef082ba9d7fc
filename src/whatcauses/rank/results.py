"""Result types of a ranking. Frozen, slot-based, with stable ``to_dict()`` shapes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

import numpy as np
import numpy.typing as npt

MatchKind = Literal["exact", "implied", "more_specific", "none", "contradicted"]
Sex = Literal["male", "female"]


@dataclass(frozen=True, slots=True)
class FindingEvidence:
    """How one query finding bears on one disease.

    ``match`` says how the finding met the disease's annotations: ``exact`` (annotated as such),
    ``implied`` (the finding is more general than an annotated term), ``more_specific`` (the
    finding refines a term the disease is annotated with, or shows through another of that
    term's children), ``none`` (no relation), ``contradicted`` (the disease
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
    # The sources of ``frequency`` when a curated fact sheet gave it (the annotation records
    # none); empty when the frequency is the annotation's own or not recorded.
    frequency_sources: tuple[str, ...] = ()
    # The JSON shape, once built by shared_dict() (not a value of the item: not compared).
    _shape: dict[str, Any] | None = field(default=None, init=False, repr=False, compare=False)

    def shared_dict(self) -> dict[str, Any]:
        """:meth:`to_dict`, built on first use and then the same dict every time: for output
        written at once and dropped (``whatcauses batch``), where it must not be modified.
        Items are remembered across cases (rank/evidence.py), so a collection of cases
        builds each shape once instead of some 300 times a case with all evidence."""
        shape = self._shape
        if shape is None:
            shape = self.to_dict()
            object.__setattr__(self, "_shape", shape)  # a cache of a pure function of the item
        return shape

    def to_dict(self) -> dict[str, Any]:
        return {
            "hpo_id": self.hpo_id,
            "label": self.label,
            "excluded": self.excluded,
            "match": self.match,
            "matched_id": self.matched_id,
            "matched_label": self.matched_label,
            "frequency": self.frequency,
            "frequency_sources": list(self.frequency_sources),
            "likelihood_ratio": round(self.likelihood_ratio, 6),
            "references": list(self.references),
        }


class ScoreTerm(NamedTuple):
    """One feature of a candidate's calibrated score (rank/calibration.py): its value, its
    fitted weight and their product, the term's share of the score. A named tuple rather than
    a frozen dataclass: every calibrated candidate has seven, and a tuple is built in a third
    of the time (immutable all the same)."""

    name: str
    value: float
    weight: float
    contribution: float

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": round(self.value, 6), "weight": self.weight,
                "contribution": round(self.contribution, 6)}


# From this many values on, round6 rounds them in one numpy pass (below it, round() is cheaper).
VECTOR_ROUNDING_MIN = 32


def round6(values: Sequence[float]) -> list[float]:
    """``[round(x, 6) for x in values]``, the same floats, in one numpy pass for long lists.

    ``rint(x * 1e6) / 1e6`` is what ``round`` gives whenever the rounded product lies more
    than twice its own spacing away from a half: the exact product is then on the same side
    of that half (the product's rounding moved it by at most half a spacing), so ``rint``
    picks the integer N that Python's correctly rounded decimal has as its digits, and N and
    1e6 are exact doubles (N below 2**52), so the one correctly rounded division gives the
    double nearest N / 10**6, as Python's conversion of the decimal does (signed zeros
    included). The few others (near a half, huge, not finite) go to ``round`` itself."""
    if len(values) < VECTOR_ROUNDING_MIN:
        return [round(x, 6) for x in values]
    array: npt.NDArray[np.float64] = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):  # not finite: rounded by round()
        scaled = array * 1e6
        nearest = np.rint(scaled)
        size = np.abs(scaled)
        safe = (np.abs(np.abs(scaled - nearest) - 0.5) > 2.0 * np.spacing(size)) & (
            size < 2.0**52)
    rounded: list[float] = (nearest / 1e6).tolist()
    if not safe.all():
        for i in np.flatnonzero(~safe).tolist():
            rounded[i] = round(float(array[i]), 6)
    return rounded


def candidate_dicts(candidates: Sequence[Candidate], shared_evidence: bool = False
                    ) -> list[dict[str, Any]]:
    """``[c.to_dict() for c in candidates]``, the score terms' values of all of them rounded
    at once (:func:`round6`: a calibrated top ten has 140, which ``round`` one by one spent
    as long on as on the rest of the candidates' dicts). ``shared_evidence``: the evidence
    items' dicts are their :meth:`FindingEvidence.shared_dict` (equal to ``to_dict()``; for
    output written at once and dropped, which must not modify them)."""
    figures = [x for c in candidates for t in c.score_terms for x in (t.value, t.contribution)]
    rounded = iter(round6(figures))
    return [c.to_dict([{"name": t.name, "value": next(rounded), "weight": t.weight,
                        "contribution": next(rounded)} for t in c.score_terms],
                      [e.shared_dict() for e in c.evidence] if shared_evidence else None)
            for c in candidates]


# A disease is rare in the EU sense when it affects fewer than 5 in 10,000 people (Regulation
# (EC) No 141/2000 on orphan medicinal products); at or above that it is called common here.
COMMON_PER_100000 = 50.0


@dataclass(frozen=True, slots=True)
class Prevalence:
    """How common a disease is, as shown beside a candidate, with where the figure comes from."""

    per_100000: float  # the stated figure per 100,000 (people, births or new cases a year)
    phrase: str  # "about 1 in 2,000 people (Orphanet, Europe)"
    source: str  # "Orphanet", or "curated" for a figure from a fact sheet or profile
    references: tuple[str, ...] = ()
    # False for a figure measured in one population or setting only (Orphanet's, often a
    # founder population; a curated figure's `setting`): shown, but the prior treats the
    # disease as of unknown prevalence (Orphanet) or counts a fraction of it (curated).
    general_population: bool = True
    # What the figure counts: "point prevalence", "lifetime prevalence", "birth prevalence",
    # "annual incidence" (new cases a year) or "cases/families".
    kind: str = "point prevalence"
    # How many people per 100,000 have the disease at a time, by the figure's kind
    # (rank/priors.py, prior_figure): what the prior uses. None: ``per_100000`` as it is.
    prior_per_100000: float | None = None
    # True for a curated figure that counts the carriers of a causative genotype rather than
    # the people with the disease (`setting: carriers`; Ranker._carrier_restore).
    carriers: bool = False
    # A curated qualitative class ("very common", "common", "uncommon") when no source gives a
    # figure: ``per_100000`` is then the class's stated stand-in (conditions.py,
    # QUALITATIVE_PER_100000), and ``phrase`` shows the word, not a number.
    qualitative: str | None = None

    @property
    def at_a_time_per_100000(self) -> float:
        """The figure the prior uses (:attr:`prior_per_100000`, else :attr:`per_100000`)."""
        return self.per_100000 if self.prior_per_100000 is None else self.prior_per_100000

    @property
    def common(self) -> bool:
        return self.general_population and self.per_100000 >= COMMON_PER_100000

    @property
    def rare(self) -> bool:
        """Rare in the EU sense. A yearly count of new cases below the threshold does not make
        a disease rare (25 new cases a year per 100,000 is about one person in 50 over a
        lifetime), so only a count of people living with it can. A figure from one population
        or setting is taken as an upper bound: below the threshold it still says rare, above
        it says nothing either way."""
        if not self.general_population and self.per_100000 >= COMMON_PER_100000:
            return False
        return not self.common and self.kind != "annual incidence"

    def to_dict(self) -> dict[str, Any]:
        return {"per_100000": self.per_100000, "phrase": self.phrase, "source": self.source,
                "references": list(self.references), "common": self.common,
                "rare": self.rare, "kind": self.kind,
                "prior_per_100000": self.at_a_time_per_100000,
                "general_population": self.general_population, "carriers": self.carriers,
                "qualitative": self.qualitative}


@dataclass(frozen=True, slots=True)
class AgeFit:
    """How the person's age bore on a candidate: the disease's typical onset range in years
    (``-inf``/``inf`` for an open end) and the likelihood ratio the age gave it."""

    age: float
    onset_from: float
    onset_to: float
    likelihood_ratio: float

    def to_dict(self) -> dict[str, Any]:
        return {"age": self.age,
                "onset_from": self.onset_from if math.isfinite(self.onset_from) else None,
                "onset_to": self.onset_to if math.isfinite(self.onset_to) else None,
                "likelihood_ratio": self.likelihood_ratio}


@dataclass(frozen=True, slots=True)
class GestationFit:
    """How the weeks of pregnancy a question gives bore on a candidate: the question's weeks,
    the weeks its condition profile gives (``gestation``) and the likelihood ratio."""

    min_weeks: float
    max_weeks: float
    window_from: float
    window_to: float
    likelihood_ratio: float

    def to_dict(self) -> dict[str, Any]:
        return {"weeks": [self.min_weeks, self.max_weeks],
                "window": [self.window_from, self.window_to],
                "likelihood_ratio": self.likelihood_ratio}


@dataclass(frozen=True, slots=True)
class CourseFit:
    """How the complaint's course bore on a candidate: how long it has lasted (days), the
    disease's usual episode length (a duration class: days, weeks, months, lasting), the
    weight it gave (rank/course.py) and the profile's sources for the duration class (cited
    by the evidence line, as a finding's ``frequency_sources`` are)."""

    days: float
    typical: str
    likelihood_ratio: float
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"days": self.days, "typical": self.typical,
                "likelihood_ratio": self.likelihood_ratio, "sources": list(self.sources)}


@dataclass(frozen=True, slots=True)
class SiteFit:
    """A body site the question names beside a finding that the candidate's condition profile
    names too (rank/sites.py): the question's words for it, its key (its HPO wordings), the
    weight it gave, and what in the profile names it (a summary statement, with its sources;
    or the profile's name or a lay name, which have none)."""

    site: str
    key: str
    likelihood_ratio: float
    statement: str = ""
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"site": self.site, "key": self.key, "likelihood_ratio": self.likelihood_ratio,
                "statement": self.statement, "sources": list(self.sources)}


@dataclass(frozen=True, slots=True)
class ModifierFit:
    """A clinical modifier the question names that the candidate records on a finding related
    to one the question states (rank/modifiers.py): the modifier (HPO id, label), the
    question's words, the finding that records it (HPO id), the weight it gave and the
    sources of that record (a profile finding's sources, or the HPO annotation's
    references)."""

    modifier: str
    label: str
    text: str
    finding: str
    likelihood_ratio: float
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"modifier": self.modifier, "label": self.label, "text": self.text,
                "finding": self.finding, "likelihood_ratio": self.likelihood_ratio,
                "sources": list(self.sources)}


@dataclass(frozen=True, slots=True)
class UnnamedHallmark:
    """A hallmark of a candidate (a feature most patients have and a person can name) that a
    person's question leaves unnamed; it placed the candidate lower among the leading ones
    that explain every finding (rank/unnamed.py). ``likelihood_ratio``: 1 - m f."""

    hpo_id: str
    frequency: float
    likelihood_ratio: float

    def to_dict(self) -> dict[str, Any]:
        return {"hpo_id": self.hpo_id, "frequency": self.frequency,
                "likelihood_ratio": self.likelihood_ratio}


@dataclass(frozen=True, slots=True)
class SexFit:
    """How the person's sex bore on a candidate, and why: a condition of one sex only
    (``only``), a curated ratio of affected women to men, or X-linked recessive inheritance
    (``x_linked``, with the ratio the model takes for it)."""

    sex: Sex
    likelihood_ratio: float
    only: Sex | None = None
    female_to_male: float | None = None
    x_linked: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"sex": self.sex, "likelihood_ratio": self.likelihood_ratio, "only": self.only,
                "female_to_male": self.female_to_male, "x_linked": self.x_linked}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ranked disease (with the ids of entries grouped with it as the same disease; where
    Orphanet divides a disease into forms, also the divided disease's entries and, in a
    plain-language question, the forms it lists as one: rank/grouping.py, family_order)."""

    rank: int
    id: str
    ids: tuple[str, ...]
    name: str
    score: float  # log10 of prior odds times the (calibrated) likelihood ratios
    probability: float  # post-test probability over all diseases
    likelihood_ratio: float  # product of the findings' likelihood ratios (and age factor)
    evidence: tuple[FindingEvidence, ...] = ()
    inheritance: tuple[str, ...] = ()
    onset: tuple[str, ...] = ()
    prior_weight: float = 1.0
    prevalence: Prevalence | None = None
    # Placed among the more common causes of a "which diseases cause X?" answer (rank/ranker.py)
    common_cause: bool = False
    score_terms: tuple[ScoreTerm, ...] = ()  # the calibrated score's features (with evidence)
    # Exposures the question names that this disease lists (keys; rank/exposures.py)
    exposures: tuple[str, ...] = ()
    # Exposures that define this disease, none of which the question names: they weighed it
    # down (keys; rank/exposures.py, UNNAMED_WEIGHT)
    unnamed_exposures: tuple[str, ...] = ()
    # A blood relative's conditions the question names that lifted this disease (their texts,
    # "asthma"; rank/family_findings.py): family history, not the patient's findings
    family_history: tuple[str, ...] = ()
    # Hallmarks a person's question leaves unnamed, when they reordered it among the leading
    # candidates that explain every finding (rank/unnamed.py)
    unnamed_hallmarks: tuple[UnnamedHallmark, ...] = ()
    # How the person's age bore on it, when it did (rank/model.py, age and question_age)
    age_fit: AgeFit | None = None
    # How the person's sex bore on it, when it did (rank/model.py, sex)
    sex_fit: SexFit | None = None
    # How the question's weeks of pregnancy bore on a condition of pregnancy (GestationFit).
    gestation_fit: GestationFit | None = None
    # How the complaint's course bore on it, when it did (rank/course.py)
    course_fit: CourseFit | None = None
    # Body sites the question names that its profile names too, when they lifted it
    # (rank/sites.py: SITE_WEIGHT each, less for a site many profiles name)
    site_fits: tuple[SiteFit, ...] = ()
    # Clinical modifiers the question names that it records, when they lifted it
    # (rank/modifiers.py, MODIFIER_WEIGHT each, MAX_MODIFIER_WEIGHT in all)
    modifier_fits: tuple[ModifierFit, ...] = ()
    # Genes the question names that HPO's gene table links to it (symbols; rank/genes.py,
    # GENE_LINK_LR)
    genes: tuple[str, ...] = ()

    def to_dict(self, score_terms: list[dict[str, Any]] | None = None,
                evidence: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The JSON shape (``score_terms``, ``evidence``: their dicts when already built)."""
        return {
            "rank": self.rank,
            "id": self.id,
            "ids": list(self.ids),
            "name": self.name,
            "score": round(self.score, 6),
            "probability": self.probability,
            "likelihood_ratio": self.likelihood_ratio,
            "prior_weight": self.prior_weight,
            "prevalence": self.prevalence.to_dict() if self.prevalence else None,
            "common_cause": self.common_cause,
            "inheritance": list(self.inheritance),
            "onset": list(self.onset),
            "evidence": (evidence if evidence is not None
                         else [e.to_dict() for e in self.evidence]),
            "score_terms": (score_terms if score_terms is not None
                            else [t.to_dict() for t in self.score_terms]),
            "exposures": list(self.exposures),
            "unnamed_exposures": list(self.unnamed_exposures),
            "family_history": list(self.family_history),
            "unnamed_hallmarks": [h.to_dict() for h in self.unnamed_hallmarks],
            "age_fit": self.age_fit.to_dict() if self.age_fit else None,
            "sex_fit": self.sex_fit.to_dict() if self.sex_fit else None,
            "gestation_fit": self.gestation_fit.to_dict() if self.gestation_fit else None,
            "course_fit": self.course_fit.to_dict() if self.course_fit else None,
            "site_fits": [f.to_dict() for f in self.site_fits],
            "modifier_fits": [f.to_dict() for f in self.modifier_fits],
            "genes": list(self.genes),
        }


@dataclass(frozen=True, slots=True)
class Query:
    """The normalised input of a ranking."""

    present: tuple[str, ...]
    excluded: tuple[str, ...] = ()
    age: float | None = None
    sex: Sex | None = None
    warnings: tuple[str, ...] = ()
    # Weeks of pregnancy the question gives (first, last; text/gestation.py), or None.
    gestation: tuple[float, float] | None = None
    or_groups: tuple[tuple[str, ...], ...] = ()
    # The findings were read from a person's own words (a question), not coded in a case
    # report: an excluded finding then weighs by ModelParameters.question_excluded_check_odds.
    plain_language: bool = False
    # The youngest age the question's words allow ("my child": 1 of 1-12 years), or None: a
    # profile's range then ends far below the person's age only as far as that age is past it
    # (LikelihoodModel._past_range_ratio).
    youngest: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "present": list(self.present),
            "excluded": list(self.excluded),
            "or_groups": [list(g) for g in self.or_groups],
            "age": self.age,
            "sex": self.sex,
            "gestation": list(self.gestation) if self.gestation else None,
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
            "candidates": candidate_dicts(self.candidates),
            "diseases_scored": self.diseases_scored,
            "data_release": self.data_release,
        }
