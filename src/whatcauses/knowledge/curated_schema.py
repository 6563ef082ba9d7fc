"""Pydantic models of the curated files (lay terms, red flags, question words, prevalence,
exposures).

Imported only when those files are checked (:mod:`whatcauses.knowledge.curated`: once per
content of the curated files, when their checked table is compiled, and by the tests), so that
answers do not pay for importing pydantic. A file that breaks its
model becomes a :class:`~whatcauses.errors.DataError` that names the file and the key.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StringConstraints,
    ValidationError,
    model_validator,
)

from whatcauses.errors import DataError
from whatcauses.knowledge.weak_sources import weak_source_error

ModelT = TypeVar("ModelT", bound=BaseModel)

HpoId = Annotated[str, StringConstraints(pattern=r"^HP:\d{7}$")]
# One lower-case word as the tokenizer sees it ("doesn't", "&"): no spaces, no capitals.
Word = Annotated[str, StringConstraints(pattern=r"^[^\sA-Z]+$")]
# Lower-case words separated by single spaces ("free of").
Phrase = Annotated[str, StringConstraints(pattern=r"^[^\sA-Z]+( [^\sA-Z]+)*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _no_repeats(values: tuple[str, ...]) -> tuple[str, ...]:
    # A repeated word is harmless to the reader but says the list was edited carelessly.
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{value!r} is listed twice")
        seen.add(value)
    return values


WordList = Annotated[tuple[Word, ...], Field(min_length=1), AfterValidator(_no_repeats)]
PhraseList = Annotated[tuple[Phrase, ...], Field(min_length=1), AfterValidator(_no_repeats)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LayTermModel(_Strict):
    phrase: Text
    hpo: tuple[HpoId, ...]
    # "none": a wording that names no finding (an intention: "trying to lose weight"),
    # listed so that its words are read together and none of them as a finding.
    kind: Literal["finding", "lab", "antibody", "none"] = "finding"
    # An abbreviation matches only as written, in capitals ("SOB", never "sob": to cry).
    abbreviation: bool = False

    @model_validator(mode="after")
    def _ids_name_a_finding(self) -> LayTermModel:
        if (self.kind == "none") != (not self.hpo):
            raise ValueError("a wording of kind none has no hpo ids; every other kind has some")
        return self

    @model_validator(mode="after")
    def _abbreviations_are_capitals(self) -> LayTermModel:
        if self.abbreviation and not (self.phrase.isalnum() and len(self.phrase) >= 3
                                      and sum(ch.isupper() for ch in self.phrase) >= 2):
            raise ValueError("an abbreviation is 3+ letters or digits, mostly capitals")
        return self


class RedFlagModel(_Strict):
    phrase: Text
    hpo: tuple[HpoId, ...] = ()
    not_at: tuple[Text, ...] = ()
    unless_said: tuple[Text, ...] = ()
    advice: Text


class RedFlagCombinationModel(_Strict):
    name: Text
    findings: Annotated[tuple[Annotated[tuple[HpoId, ...], Field(min_length=1)], ...],
                        Field(min_length=1)]
    words: tuple[Text, ...] = ()
    # The ages (years, from and to) of the person at which the combination is an emergency;
    # a question that gives no age, or another, raises no notice for it.
    ages: tuple[Annotated[float, Field(ge=0)], Annotated[float, Field(ge=0)]] | None = None
    # A sudden onset in any wording the reader keeps (text/modifiers.py) stands for the words.
    sudden: bool = False
    # h-injury: an injury of curated/injuries.yaml (its key) described in the question stands
    # for the words.
    injuries: tuple[Annotated[str, StringConstraints(pattern=r"^[a-z]+(-[a-z]+)*$")], ...] = ()
    # h-clinician4: an exposure of curated/exposures.yaml (its key) read in the question, not
    # denied, stands for the words ("7/40", "+ve UPT" read as a pregnancy).
    exposures: tuple[Annotated[str, StringConstraints(pattern=r"^[a-z]+(-[a-z]+)*$")], ...] = ()
    # h-common14: words that, said in the question (not right after "no"/"not"), keep the
    # combination from firing: a repeat the guideline names apart ("another fit", "has had
    # febrile seizures before": only a first febrile seizure is the emergency).
    unless: tuple[Text, ...] = ()
    advice: Text
    source: Text

    @model_validator(mode="after")
    def _ages_in_order(self) -> RedFlagCombinationModel:
        if self.ages is not None and self.ages[0] > self.ages[1]:
            raise ValueError(f"ages {list(self.ages)} must run from the younger to the older")
        return self


class NegationWordsModel(_Strict):
    before_finding: WordList
    phrases_before_finding: PhraseList
    phrases_after_finding: PhraseList
    pseudo_negations: PhraseList
    new_clause: WordList
    after_finding: WordList
    cue_only_after_finding: WordList
    transparent: WordList

    @model_validator(mode="after")
    def _cue_only_are_cues(self) -> NegationWordsModel:
        stray = sorted(set(self.cue_only_after_finding) - set(self.after_finding))
        if stray:
            raise ValueError(f"cue_only_after_finding lists words not in after_finding: {stray}")
        return self


class QuestionWordsModel(_Strict):
    clause_words: WordList
    coordinators: WordList
    negation: NegationWordsModel
    uncertainty: WordList
    frame: WordList


# Modes of inheritance a family history may point to (HPO terms under HP:0000005).
InheritanceMode = Literal["HP:0000006", "HP:0000007", "HP:0001417", "HP:0001427"]
Modes = Annotated[tuple[InheritanceMode, ...], Field(min_length=1),
                  AfterValidator(_no_repeats)]


class FamilyStatementModel(_Strict):
    phrase: Text
    modes: Modes


class FamilyHistoryModel(_Strict):
    statements: Annotated[tuple[FamilyStatementModel, ...], Field(min_length=1)]
    relatives: dict[Word, Modes]
    maternal_males: WordList
    maternal_words: WordList
    affected_words: WordList
    first_degree: WordList = ()
    other_people: WordList = ()
    unaffected_words: WordList = ()
    unaffected_parents: Modes | None = None
    couple_words: WordList = ()
    consanguinity: Modes | None = None

    @model_validator(mode="after")
    def _maternal_males_are_relatives(self) -> FamilyHistoryModel:
        for field_name in ("maternal_males", "first_degree"):
            stray = sorted(set(getattr(self, field_name)) - set(self.relatives))
            if stray:
                raise ValueError(f"{field_name} lists words not in relatives: {stray}")
        return self


class PersonColoursModel(_Strict):
    site: Phrase
    colours: WordList
    persons: WordList


class SkinGrowthsModel(_Strict):
    descriptors: PhraseList
    sites: PhraseList
    terms: PhraseList
    # Sites with an inside of their own, whose lump is of the skin only when said on them.
    surface_sites: PhraseList = ()


class BodySitesModel(_Strict):
    sites: dict[Phrase, PhraseList]
    circumstances: dict[Phrase, PhraseList]
    sides: dict[Phrase, Literal["bilateral", "unilateral", "generalized"]]
    descriptors: dict[Phrase, PhraseList]
    linkers: WordList
    # h-comparative: a comparative -> its adjective ("thinner": "thin").
    comparatives: dict[Word, Word] = {}
    positions: dict[Phrase, PhraseList] = {}
    together: dict[str, PhraseList] = {}
    around: dict[Phrase, PhraseList] = {}
    skin_beside: PhraseList = ()
    person_colours: PersonColoursModel | None = None
    skin_growths: SkinGrowthsModel | None = None
    skin_spots: SkinGrowthsModel | None = None

    @model_validator(mode="after")
    def _descriptors_are_no_sites(self) -> BodySitesModel:
        # A word that is both would be looked up with itself ("big" + "big"); comparatives
        # are descriptors too.
        both = sorted({*self.descriptors, *self.comparatives} & {*self.sites, *self.circumstances})
        if both:
            raise ValueError(f"descriptors lists site words: {both}")
        return self


# Ids of the curated prevalence table: a disease of phenotype.hpoa, and a citable source (the
# same forms as a fact sheet's: curated/facts/SCHEMA.md).
DiseaseId = Annotated[str, StringConstraints(pattern=r"^(OMIM:\d{6}|ORPHA:\d+)$")]
SourceId = Annotated[str, StringConstraints(
    pattern=r"^(PMID:\d+|OMIM:\d{6}|ORPHA:\d+|GUIDELINE:[A-Za-z0-9._-]+|DATASET:[a-z0-9-]+)$")]
SourceList = Annotated[tuple[SourceId, ...], Field(min_length=1), AfterValidator(_no_repeats)]


class ReferenceModel(_Strict):
    id: SourceId
    title: Text  # exact title as published (PMID: checked), or the body and year of a guideline
    year: int | None = Field(default=None, ge=1900, le=2100)

    @model_validator(mode="after")
    def _not_a_weak_source(self) -> ReferenceModel:
        weak = weak_source_error(self.id, self.title)
        if weak:
            raise ValueError(weak)
        return self


class PrevalenceOnsetModel(_Strict):
    """The usual ages at which a disease of curated/prevalence.yaml starts, in years, with
    its sources (the shape of a condition profile's and a fact sheet's ``onset``)."""

    min_years: Annotated[float, Field(ge=0, le=120, strict=True)]
    max_years: Annotated[float, Field(ge=0, le=120, strict=True)]
    sources: SourceList

    @model_validator(mode="after")
    def _ordered(self) -> PrevalenceOnsetModel:
        if self.min_years > self.max_years:
            raise ValueError(f"min_years {self.min_years:g} exceeds max_years "
                             f"{self.max_years:g}")
        return self


class PrevalenceEntryModel(_Strict):
    """One disease's figure in curated/prevalence.yaml: the block of a fact sheet, plus the
    disease's name (for the reader) and the references its sources cite."""

    id: DiseaseId
    name: Text
    # strict: `per_100000: yes` or "12" is a typo, not a figure
    per_100000: Annotated[float, Field(gt=0, le=100_000, strict=True)]
    kind: Literal["point prevalence", "lifetime prevalence", "annual incidence",
                  "birth prevalence"]
    population: Text
    text: Text
    sources: SourceList
    references: Annotated[tuple[ReferenceModel, ...], Field(min_length=1)]
    # Where the figure was measured when not in a general population (PREVALENCE_SETTINGS).
    setting: Literal["clinic", "related condition", "one population",
                     "carriers"] | None = None
    # The usual ages at onset, for a disease whose phenotype.hpoa and Orphanet records give
    # none (facts/SCHEMA.md, "Onset ages").
    onset: PrevalenceOnsetModel | None = None

    @model_validator(mode="after")
    def _sources_are_referenced(self) -> PrevalenceEntryModel:
        listed = {r.id for r in self.references}
        cited = [*self.sources, *(self.onset.sources if self.onset else ())]
        missing = [s for s in dict.fromkeys(cited) if s not in listed]
        if missing:
            raise ValueError(f"sources not listed in references: {missing}")
        return self


def _one_entry_per_disease(
        entries: tuple[PrevalenceEntryModel, ...]) -> tuple[PrevalenceEntryModel, ...]:
    _no_repeats(tuple(e.id for e in entries))
    return entries


# A key of curated/exposures.yaml ("tick-bite"), as condition profiles and fact sheets cite it.
EXPOSURE_KEY = r"^[a-z]+(-[a-z]+)*$"
ExposureKey = Annotated[str, StringConstraints(pattern=EXPOSURE_KEY)]


class ExposureModel(_Strict):
    """Something a person was exposed to that a clinician weighs ("a tick bite"): its key,
    a plain label for sentences ("You mention a tick bite"), and the lay phrases that name it."""

    key: ExposureKey
    label: Text
    phrases: PhraseList
    # Phrases that name the exposure only when it is wished or tried for ("trying for a
    # baby"): alone they say something else ("had a baby", "my baby").
    sought_phrases: PhraseList = ()
    # Words that, in the sentence of a phrase that may name a finding too ("drinks a lot":
    # Polydipsia), say it names this exposure ("drinks a lot of beer", "at weekends").
    context: PhraseList = ()
    # Phrases that name the exposure only right after a word saying it came first ("two weeks
    # after a sore throat", "since a sore throat"): alone they name a finding now.
    after_phrases: PhraseList = ()


def _one_entry_per_key(entries: tuple[ExposureModel, ...]) -> tuple[ExposureModel, ...]:
    _no_repeats(tuple(e.key for e in entries))
    # One phrase naming two exposures would be read as whichever comes first.
    _no_repeats(tuple(p for e in entries
                      for p in (*e.phrases, *e.sought_phrases, *e.after_phrases)))
    return entries


# h-injury: the two slots an injury phrase may hold for a small word (curated/injuries.yaml).
INJURY_SLOTS = ("<my>", "<the>")


class InjuryModel(_Strict):
    """An injury a question may describe ("went over on my ankle"): key, plain label, phrases
    matched as written (curated/injuries.yaml)."""

    key: ExposureKey
    label: Text
    phrases: PhraseList


class InjuryAssessmentModel(_Strict):
    """A sourced line on when an injury needs assessment, for the injuries named in
    ``injuries`` (any when empty) and the questions that say one of ``sites`` (any when
    empty)."""

    injuries: tuple[ExposureKey, ...] = ()
    sites: tuple[Word, ...] = ()
    text: Text
    sources: SourceList


class InjuryReferenceModel(ReferenceModel):
    url: str | None = Field(default=None, pattern=r"^https://")


class InjuriesModel(_Strict):
    injuries: Annotated[tuple[InjuryModel, ...], Field(min_length=1)]
    not_injuries: PhraseList
    assessment: tuple[InjuryAssessmentModel, ...] = ()
    references: tuple[InjuryReferenceModel, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> InjuriesModel:
        _no_repeats(tuple(e.key for e in self.injuries))
        # One phrase naming two injuries would be read as whichever comes first.
        _no_repeats(tuple(p for e in self.injuries for p in e.phrases))
        for phrase in (*(p for e in self.injuries for p in e.phrases), *self.not_injuries):
            slots = [w for w in phrase.split() if w.startswith("<")]
            if any(w not in INJURY_SLOTS for w in slots) or len(slots) == len(phrase.split()):
                raise ValueError(f"{phrase!r}: a slot is one of {list(INJURY_SLOTS)}, beside "
                                 "a word")
        keys = {e.key for e in self.injuries}
        listed = {r.id for r in self.references}
        for line in self.assessment:
            unknown = sorted(set(line.injuries) - keys)
            if unknown:
                raise ValueError(f"assessment names injuries that are not listed: {unknown}")
            missing = [s for s in line.sources if s not in listed]
            if missing:
                raise ValueError(f"sources not listed in references: {missing}")
        return self


LayTermsFile = RootModel[tuple[LayTermModel, ...]]
RedFlagsFile = RootModel[tuple[RedFlagModel, ...]]
RedFlagCombinationsFile = RootModel[tuple[RedFlagCombinationModel, ...]]
ExposuresFile = RootModel[Annotated[tuple[ExposureModel, ...], Field(min_length=1),
                                    AfterValidator(_one_entry_per_key)]]
PrevalenceFile = RootModel[Annotated[tuple[PrevalenceEntryModel, ...],
                                     AfterValidator(_one_entry_per_disease)]]


def validate(name: str, model: type[ModelT], raw: Any) -> ModelT:
    """``raw`` (parsed YAML of the curated file ``name``) checked against ``model``."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = [f"{_where(raw, error['loc'])}: {error['msg']}" for error in exc.errors()]
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise DataError(f"{name}: " + "; ".join(problems[:3]) + more) from None


def _where(raw: Any, loc: tuple[int | str, ...]) -> str:
    """A key path a reviewer can find in the file: ``negation.after_finding[2]``, or
    ``entry 12 (phrase 'chest pain').advice`` (or ``(id 'OMIM:145500')``) for list files."""
    if not loc:
        return "(whole file)"
    parts: list[str] = []
    for step in loc:
        if isinstance(step, int):
            if not parts and isinstance(raw, list) and 0 <= step < len(raw):
                item = raw[step]
                label = next(((key, item[key]) for key in ("phrase", "id", "key")
                              if isinstance(item, dict) and item.get(key)), None)
                parts.append(f"entry {step + 1}"
                             + (f" ({label[0]} {label[1]!r})" if label else ""))
            else:
                parts.append(f"[{step}]")
        else:
            parts.append(f".{step}" if parts else step)
    return "".join(parts)
