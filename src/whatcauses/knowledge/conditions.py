"""Condition profiles (knowledge/curated/conditions/*.yaml): common conditions for ranking.

A profile is a fact sheet (statements with sources, see :mod:`whatcauses.knowledge.facts`) plus
the structured fields the ranking needs: a MONDO id, prevalence, onset ages, sex ratio and
findings with HPO frequency classes. The schema is ``curated/conditions/SCHEMA.md``; the pydantic
models below enforce it, and :func:`load_condition_profiles` turns any violation into a
:class:`~whatcauses.errors.DataError` that names the file and the key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from whatcauses.errors import DataError
from whatcauses.knowledge.curated import CATEGORY_KEYS, exposure_key_problem
from whatcauses.knowledge.sheet_model import ExposureStatement, Reference, Statement
from whatcauses.knowledge.weak_sources import weak_source_error

# libyaml's C loader when present (10x faster); same safe subset of YAML as safe_load.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MONDO_ID = r"^MONDO:\d{7}$"
HPO_ID = r"^HP:\d{7}$"
# Entries of phenotype.hpoa a profile may be the same as.
ANNOTATED_DISEASE_ID = r"^(OMIM:\d{6}|ORPHA:\d+)$"
# Look-alikes named in `distinguishing`: a MONDO concept or an annotated disease.
LOOKALIKE_ID = r"^(MONDO:\d{7}|OMIM:\d{6}|ORPHA:\d+)$"
# DATASET: a registry or survey's own published page (its figures, not a guideline; h-profiles77).
SOURCE_ID = r"^(PMID:\d+|OMIM:\d{6}|ORPHA:\d+|GUIDELINE:[a-z0-9-]+|DATASET:[a-z0-9-]+)$"
_SLUG_FILE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.yaml$")

FrequencyClass = Literal[
    "obligate", "very frequent", "frequent", "occasional", "very rare", "excluded"
]
# A point inside each HPO frequency class (obligate 100%, very frequent 80-99%, frequent
# 30-79%, occasional 5-29%, very rare 1-4%, excluded 0%), for a model that needs one number.
FREQUENCY_VALUES: dict[str, float] = {
    "obligate": 1.0,
    "very frequent": 0.9,
    "frequent": 0.55,
    "occasional": 0.17,
    "very rare": 0.025,
    "excluded": 0.0,
}

OrganSystem = Literal[
    "emergency", "cardiovascular", "respiratory", "gastrointestinal", "liver",
    "kidney-urinary", "endocrine-metabolic", "neurological", "mental-health", "musculoskeletal",
    "infection", "skin", "blood", "eye", "ear-nose-throat", "womens-health", "mens-health",
    "children", "autoimmune",
]  # fmt: skip
PrevalenceKind = Literal[
    "point prevalence", "lifetime prevalence", "annual incidence", "birth prevalence"
]

PrevalenceSetting = Literal["clinic", "related condition", "one population", "carriers"]
# A qualitative prevalence: the class a source's own wording supports when it gives no
# population figure ("the most common benign soft-tissue tumour", "a common cause of hair
# loss"). Each class stands for the LOWER end of a band (SCHEMA.md, "Qualitative
# prevalence"), so that a condition known only as "common" never outranks one with a measured
# figure of the same order: very common = 1 in 100 or more -> 1 in 100; common = 1 in 1,000 to
# 1 in 100 -> 1 in 1,000; uncommon = from the EU threshold for rare (1 in 2,000) to 1 in
# 1,000 -> 1 in 2,000. The answer shows the word, never the stand-in figure.
QualitativeClass = Literal["very common", "common", "uncommon"]
QUALITATIVE_PER_100000: dict[str, float] = {
    "very common": 1000.0,
    "common": 100.0,
    "uncommon": 50.0,
}
# How long one episode of the condition typically lasts (rank/priors.py turns an incidence or
# a lifetime prevalence into "how many have it now" with it): days (up to about two weeks),
# weeks (two weeks to three months), months (three months to a year); lasting: a condition
# that goes on for years (no episode to count; rank/course.py weighs the complaint's course
# with it, rank/priors.py leaves the figure as it is).
EpisodeDuration = Literal["days", "weeks", "months", "lasting"]

MondoId = Annotated[str, StringConstraints(pattern=MONDO_ID)]
HpoId = Annotated[str, StringConstraints(pattern=HPO_ID)]
AnnotatedDiseaseId = Annotated[str, StringConstraints(pattern=ANNOTATED_DISEASE_ID)]
SourceId = Annotated[str, StringConstraints(pattern=SOURCE_ID)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Sources = Annotated[tuple[SourceId, ...], Field(min_length=1)]


def _tidy_statement(raw: Any) -> Any:
    """YAML line folding may leave runs of spaces or newlines inside a statement's text."""
    if isinstance(raw, dict) and isinstance(raw.get("text"), str):
        return {**raw, "text": " ".join(raw["text"].split())}
    return raw


def _reference_year_optional(raw: Any) -> Any:
    """OMIM, Orphanet and some guideline references carry no year."""
    if isinstance(raw, dict):
        return {"year": None, **raw}
    return raw


# The fact-sheet dataclasses, validated by pydantic field by field (unknown keys are errors).
ProfileStatement = Annotated[Statement, BeforeValidator(_tidy_statement)]
ProfileReference = Annotated[Reference, BeforeValidator(_reference_year_optional)]
ProfileExposure = Annotated[ExposureStatement, BeforeValidator(_tidy_statement)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Duration(_Frozen):
    """How long an episode usually lasts, as the sources say (only for conditions that end)."""

    typical: EpisodeDuration
    sources: Sources


class Prevalence(_Frozen):
    """How common the condition is; for acute conditions an annual incidence. Either a sourced
    figure (``per_100000``) or, where no source gives one, the qualitative ``class`` its
    source's ``wording`` supports; ``per_100000`` is then the class's stand-in
    (QUALITATIVE_PER_100000) and the answer shows the word, not the number."""

    per_100000: float = Field(gt=0, le=100_000)
    # "very common" | "common" | "uncommon" (YAML key `class`), with the source's words quoted.
    qualitative: QualitativeClass | None = Field(default=None, alias="class")
    wording: Text | None = None
    kind: PrevalenceKind
    population: Text
    text: Text
    sources: Sources
    # Where the figure was measured when not in a general population: a clinic's patients,
    # people with a related condition, one population, or the carriers of a causative
    # genotype rather than the people with the disease (curated.PREVALENCE_SETTINGS).
    setting: PrevalenceSetting | None = None
    # For an episode that ends (an acute illness): how long it usually lasts. With it, an
    # annual incidence or lifetime prevalence is converted to how many people have the
    # condition at a time (rank/priors.py, prior_figure).
    duration: Duration | None = None
    # The ages, in years, of the only people the figure counts when it was measured in one
    # age band ("people aged 60 and over": [60, 120]; "children under 15": [0, 15]), as the
    # population says; absent for a figure of people of all ages. The ranking uses it not to
    # count an age band twice (rank/priors.py, age_band_ratios).
    ages: tuple[float, float] | None = None

    @model_validator(mode="before")
    @classmethod
    def _figure_or_class(cls, raw: Any) -> Any:
        """A figure, or a class with the source's wording; a class gets its stand-in."""
        if not isinstance(raw, dict):
            return raw
        qualitative = raw.get("class")
        if qualitative is None:
            if raw.get("wording") is not None:
                raise ValueError("wording goes with a qualitative class, not with a figure")
            return raw
        if raw.get("per_100000") is not None:
            raise ValueError("prevalence gives either per_100000 or class, not both")
        if qualitative not in QUALITATIVE_PER_100000:
            raise ValueError(f"class must be one of {sorted(QUALITATIVE_PER_100000)}, "
                             f"got {qualitative!r}")
        if not raw.get("wording"):
            raise ValueError("a qualitative class quotes the source's wording (wording:)")
        if raw.get("kind") != "point prevalence":
            # The word says how many people have it, not how many fall ill a year: the
            # stand-in is counted as people who have it at a time (rank/priors.py).
            raise ValueError("a qualitative class is a point prevalence (kind: point prevalence)")
        if raw.get("setting") is not None or raw.get("ages") is not None:
            raise ValueError("a qualitative class has no setting and no ages")
        return {**raw, "per_100000": QUALITATIVE_PER_100000[qualitative]}

    @field_validator("ages")
    @classmethod
    def _ordered_ages(cls, value: tuple[float, float] | None) -> tuple[float, float] | None:
        if value is not None and not 0 <= value[0] < value[1] <= 120:
            raise ValueError(f"ages {list(value)} must be [min, max] with 0 <= min < max <= 120")
        return value


class Onset(_Frozen):
    """The usual range of ages at onset in years (not the extremes)."""

    min_years: float = Field(ge=0, le=120)
    max_years: float = Field(ge=0, le=120)
    sources: Sources

    @model_validator(mode="after")
    def _ordered(self) -> Onset:
        if self.min_years > self.max_years:
            raise ValueError(f"min_years {self.min_years} exceeds max_years {self.max_years}")
        return self


class Gestation(_Frozen):
    """The weeks of pregnancy (from the last menstrual period) in which a condition of
    pregnancy is defined or typically seen (pre-eclampsia after 20 weeks; miscarriage before
    24): the ranking weighs a question's gestation outside them down (rank/model.py,
    LikelihoodModel.gestation)."""

    min_weeks: float = Field(ge=0, le=45)
    max_weeks: float = Field(ge=0, le=45)
    sources: Sources

    @model_validator(mode="after")
    def _ordered(self) -> Gestation:
        if self.min_weeks >= self.max_weeks:
            raise ValueError(f"min_weeks {self.min_weeks} must be below max_weeks {self.max_weeks}")
        return self


class FamilyRisk(_Frozen):
    """How often the first-degree relatives (parents, siblings, children) of someone with the
    condition have it too, as a percentage from a family study: the ranking lifts the
    condition, when a question says a close relative has it, by this share over the
    condition's own prevalence (rank/family_findings.py relative_disease_lift)."""

    first_degree_percent: float = Field(gt=0, le=100)
    basis: str = Field(min_length=10)
    sources: Sources


# The Mendelian modes of HPO's inheritance branch (HP:0000005, under HP:0034345 Mendelian
# inheritance) a profile may give: autosomal dominant, autosomal recessive, X-linked, X-linked
# recessive, X-linked dominant, mitochondrial, Y-linked. Only these: the field is what lets a
# family history count fully (rank/family_findings.py mendelian_diseases), so a non-Mendelian
# term (multifactorial, somatic) has no place in it. tests/test_profile_inheritance.py checks
# each against the ontology.
MENDELIAN_MODES = frozenset({"HP:0000006", "HP:0000007", "HP:0001417", "HP:0001419",
                             "HP:0001423", "HP:0001427", "HP:0001450"})


class Inheritance(_Frozen):
    """The modes of inheritance of a condition that is Mendelian in most families, each an HPO
    term: compiled as the profile's inheritance annotations (aspect I), the data phenotype.hpoa
    gives its genetic diseases, so that a family history weighs it as it weighs them
    (rank/inheritance.py, rank/family_findings.py; h-inherit, issue 14)."""

    modes: tuple[HpoId, ...] = Field(min_length=1)
    basis: str = Field(min_length=10)
    sources: Sources

    @field_validator("modes")
    @classmethod
    def _mendelian(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [m for m in value if m not in MENDELIAN_MODES]
        if unknown:
            raise ValueError(f"not a Mendelian mode of inheritance: {unknown} "
                             f"(one of {sorted(MENDELIAN_MODES)})")
        if len(set(value)) != len(value):
            raise ValueError("a mode is listed twice")
        return value


class Sex(_Frozen):
    """Sex ratio where it matters, or the one sex the condition occurs in."""

    female_to_male: float | None = Field(default=None, gt=0)
    only: Literal["female", "male"] | None = None
    sources: Sources

    @model_validator(mode="after")
    def _something_said(self) -> Sex:
        if self.female_to_male is None and self.only is None:
            raise ValueError("sex needs female_to_male or only")
        if self.female_to_male is not None and self.only is not None:
            raise ValueError("sex gives either female_to_male or only, not both")
        return self


class Finding(_Frozen):
    """One HPO finding with its HPO frequency class and what the source says about it."""

    hpo: HpoId
    label: Text
    frequency: FrequencyClass
    basis: Text
    sources: Sources
    # Clinical modifiers (HPO HP:0012823: Nocturnal, Unilateral, Dermatomal, ...) the sources
    # name for this finding in this condition ("itch, worse at night"); the ranker weighs a
    # question naming one of them (rank/modifiers.py). Each id is checked against HPO by
    # tests/test_conditions.py.
    modifiers: tuple[HpoId, ...] = ()

    @model_validator(mode="after")
    def _modifiers_of_a_present_finding(self) -> Finding:
        if self.modifiers and self.frequency == "excluded":
            raise ValueError(f"{self.hpo}: an excluded finding has no modifiers")
        if len(set(self.modifiers)) != len(self.modifiers):
            raise ValueError(f"{self.hpo}: a modifier is listed twice")
        return self

    @property
    def frequency_value(self) -> float:
        """A representative frequency of the class (0.0 for an excluded finding)."""
        return FREQUENCY_VALUES[self.frequency]

    @property
    def excluded(self) -> bool:
        return self.frequency == "excluded"


class ConditionProfile(_Frozen):
    """One validated condition profile. ``file`` is the YAML file's name."""

    file: str
    id: MondoId
    mondo_label: Text
    name: Text
    lay_names: tuple[Text, ...] = Field(default=(), max_length=6)
    same_as: tuple[AnnotatedDiseaseId, ...] = ()
    # Inherited or susceptibility forms that OMIM/Orphanet list apart (MONDO: narrower
    # concepts, "Asthma, susceptibility to", "Atrial fibrillation, familial, 3"): ranked as one
    # candidate with the profile and named by it, so that an everyday question does not get the
    # same condition twice, nor a locus entry in place of the condition.
    includes: tuple[AnnotatedDiseaseId, ...] = ()
    organ_system: OrganSystem
    categories: tuple[str, ...] = Field(min_length=1)
    urgent: bool
    prevalence: Prevalence
    onset: Onset
    # Optional: the weeks of pregnancy a condition of pregnancy is defined or seen in (SCHEMA.md).
    gestation: Gestation | None = None
    # Optional: how often first-degree relatives have it too (SCHEMA.md, "Family risk").
    family_risk: FamilyRisk | None = None
    # Optional: the Mendelian modes of inheritance (SCHEMA.md, "Inheritance").
    inheritance: Inheritance | None = None
    sex: Sex | None = None
    findings: tuple[Finding, ...] = Field(min_length=5, max_length=15)
    summary: tuple[ProfileStatement, ...] = Field(min_length=1)
    mechanism: tuple[ProfileStatement, ...] = Field(min_length=1)
    diagnosis: tuple[ProfileStatement, ...] = Field(min_length=1)
    management: tuple[ProfileStatement, ...] = Field(min_length=1)
    red_flags: tuple[ProfileStatement, ...] = Field(default=(), max_length=3)
    distinguishing: tuple[ProfileStatement, ...] = Field(min_length=1, max_length=4)
    references: tuple[ProfileReference, ...] = Field(min_length=1)
    # What the sources name as a cause or trigger: keys of curated/exposures.yaml, each once.
    exposures: tuple[ProfileExposure, ...] = ()

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [c for c in value if c not in CATEGORY_KEYS]
        if unknown:
            raise ValueError(f"unknown categories {unknown}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ConditionProfile:
        listed: set[str] = set()
        for ref in self.references:
            if not re.match(SOURCE_ID, ref.id):
                raise ValueError(f"references: malformed reference id {ref.id!r}")
            if ref.id in listed:
                raise ValueError(f"references: {ref.id} is listed twice")
            if not ref.title.strip():
                raise ValueError(f"references: {ref.id} has no title")
            weak = weak_source_error(ref.id, ref.title)
            if weak:
                raise ValueError(f"references: {weak}")
            listed.add(ref.id)
        for key, sources in self._cited():
            for source in sources:
                if source not in listed:
                    raise ValueError(f"{key}: source {source} is not listed in references")
        for key, statement in self._statements():
            if not statement.text:
                raise ValueError(f"{key}: a statement needs a text")
            if not statement.sources:
                raise ValueError(f"{key}: statement without sources: {statement.text[:60]!r}")
            for source in statement.sources:
                if not re.match(SOURCE_ID, source):
                    raise ValueError(f"{key}: malformed source id {source!r}")
            for hpo in statement.hpo:
                if not re.match(HPO_ID, hpo):
                    raise ValueError(f"{key}: malformed HPO id {hpo!r}")
            for other in statement.versus:
                if not re.match(LOOKALIKE_ID, other):
                    raise ValueError(f"{key}: malformed versus id {other!r}")
        for key, statement in self._statements():
            if key.startswith("distinguishing") and not statement.versus:
                raise ValueError(f"{key}: a distinguishing statement names its look-alikes "
                                 "in versus")
        seen: set[str] = set()
        for i, finding in enumerate(self.findings):
            if finding.hpo in seen:
                raise ValueError(f"findings.{i}: {finding.hpo} is listed twice")
            seen.add(finding.hpo)
        linked = (*self.same_as, *self.includes)
        if len(set(linked)) != len(linked):
            raise ValueError("same_as, includes: an id is listed twice")
        problem = exposure_key_problem([exposure.key for exposure in self.exposures])
        for i, exposure in enumerate(self.exposures):
            if problem is not None and problem[0] == i:
                raise ValueError(f"exposures.{i}.key: {problem[1]}")
            if not exposure.text:
                raise ValueError(f"exposures.{i}.text: needs a sentence")
            if not exposure.sources:
                raise ValueError(f"exposures.{i}.sources: needs at least one source")
            if exposure.relative_risk is not None and not exposure.relative_risk > 1.0:
                raise ValueError(f"exposures.{i}.relative_risk: must be above 1")
        return self

    def _statements(self) -> Iterator[tuple[str, Statement]]:
        for section in (*STATEMENT_SECTIONS, "distinguishing"):
            for i, statement in enumerate(getattr(self, section)):
                yield f"{section}.{i}", statement

    def _cited(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """Every list of sources in the profile, with the key it sits under."""
        yield "prevalence.sources", self.prevalence.sources
        if self.prevalence.duration is not None:
            yield "prevalence.duration.sources", self.prevalence.duration.sources
        yield "onset.sources", self.onset.sources
        if self.gestation is not None:
            yield "gestation.sources", self.gestation.sources
        if self.family_risk is not None:
            yield "family_risk.sources", self.family_risk.sources
        if self.inheritance is not None:
            yield "inheritance.sources", self.inheritance.sources
        if self.sex is not None:
            yield "sex.sources", self.sex.sources
        for i, finding in enumerate(self.findings):
            yield f"findings.{i}.sources", finding.sources
        for key, statement in self._statements():
            yield f"{key}.sources", statement.sources
        for i, exposure in enumerate(self.exposures):
            yield f"exposures.{i}.sources", exposure.sources

    @property
    def slug(self) -> str:
        return self.file.removesuffix(".yaml")

    @property
    def ids(self) -> tuple[str, ...]:
        """The profile's MONDO id and the phenotype.hpoa entries it is the same disease as or
        includes (its inherited forms), which rank as one candidate with it."""
        return (self.id, *self.same_as, *self.includes)

    @property
    def reference_index(self) -> dict[str, Reference]:
        return {ref.id: ref for ref in self.references}

    def section(self, name: str) -> tuple[Statement, ...]:
        """Statements of one section (``summary`` ... ``distinguishing``)."""
        if name not in (*STATEMENT_SECTIONS, "distinguishing"):
            raise KeyError(name)
        statements: tuple[Statement, ...] = getattr(self, name)
        return statements


# The statement sections, in reading order (distinguishing is kept apart, as in fact sheets).
STATEMENT_SECTIONS = ("summary", "mechanism", "diagnosis", "management", "red_flags")


def _error_text(exc: ValidationError) -> str:
    """Each problem as ``key: message``, the key a dotted path into the YAML."""
    errors = exc.errors()
    locs = [error["loc"] for error in errors]
    lines = []
    for error in errors:
        loc = error["loc"]
        if error["type"] == "too_short" and any(
            len(other) > len(loc) and other[: len(loc)] == loc for other in locs
        ):
            continue  # a follow-on of an invalid item (pydantic counts only the valid ones)
        key = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        lines.append(f"{key}: {message}" if key else message)
    return "; ".join(lines)


def validate_profile(raw: Any, file: str) -> ConditionProfile:
    """Build a :class:`ConditionProfile`; raises :class:`DataError` on any schema violation."""
    if not isinstance(raw, dict):
        raise DataError(f"condition profile {file}: not a mapping")
    if "file" in raw:
        raise DataError(f"condition profile {file}: file: not a profile key")
    try:
        return ConditionProfile.model_validate({**raw, "file": file})
    except ValidationError as exc:
        raise DataError(f"condition profile {file}: {_error_text(exc)}") from exc


def _profile_files() -> Iterator[tuple[str, str]]:
    folder = resources.files("whatcauses.knowledge").joinpath("curated", "conditions")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".yaml"):
            yield entry.name, entry.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_condition_profiles() -> tuple[ConditionProfile, ...]:
    """Every curated condition profile, validated, in file-name order (read once)."""
    profiles = []
    owner: dict[str, str] = {}
    for name, text in _profile_files():
        if not _SLUG_FILE.match(name):
            raise DataError(f"condition profile {name}: the file name is not a lowercase slug")
        try:
            raw = yaml.load(text, Loader=_LOADER)
        except yaml.YAMLError as exc:
            raise DataError(f"condition profile {name} is not valid YAML: {exc}") from exc
        profile = validate_profile(raw, name)
        for disease_id in profile.ids:
            if disease_id in owner:
                other = owner[disease_id]
                raise DataError(f"condition profile {name}: {disease_id} is also in {other}")
            owner[disease_id] = name
        profiles.append(profile)
    return tuple(profiles)


@lru_cache(maxsize=1)
def condition_profile_index() -> dict[str, ConditionProfile]:
    """Disease id (the MONDO id, a same_as or an includes id) -> its profile."""
    return {disease_id: p for p in load_condition_profiles() for disease_id in p.ids}
