"""Pydantic models of the HTTP API: request bodies, and the documented response shapes.

Response models mirror the engine's ``to_dict()`` shapes (see :mod:`whatcauses.rank.results`)
so that the OpenAPI schema tells clients what they get. Routes serialise ``to_dict()`` directly
(validation of every response would cost time on the hot path); the tests check that real
responses validate against these models, so the schema cannot drift from the JSON.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

# The spellings of an HPO id the engine reads (HP:0001250, hp:0001250, HP_0001250, the OBO
# PURL), as a JSON-Schema (ECMA-262) pattern: malformed ids are refused by the schema (422);
# well-formed ids this release lacks by the engine (400, unknown_term).
HPO_ID_PATTERN = (
    r"^\s*(?:[Hh][Pp][Oo]?[:_]?|https?://purl\.obolibrary\.org/obo/[Hh][Pp]_)[0-9]{7}\s*$"
)
HpoIdText = Annotated[str, Field(pattern=HPO_ID_PATTERN, examples=["HP:0001250"])]


class _Open(BaseModel):
    """A shape that may gain fields: clients must ignore keys they do not know."""

    model_config = ConfigDict(extra="allow")


# ---- errors ----


class ErrorBody(BaseModel):
    code: str = Field(description="A stable machine-readable code, e.g. 'unknown_term'.")
    message: str = Field(description="One line for a human.")
    details: Any = Field(default=None, description="Structured context (e.g. invalid fields).")


class ErrorResponse(BaseModel):
    """Every 4xx and 5xx answer of the API has this shape."""

    error: ErrorBody


# ---- requests ----


class RankRequest(BaseModel):
    """Findings given as HPO ids; alt and obsolete ids are mapped with a warning."""

    # Strict: `"age": false` or `"age": "40"` is a mistake to report, not a number to guess.
    model_config = ConfigDict(extra="forbid", strict=True)

    present: list[HpoIdText] = Field(
        default_factory=list, max_length=200, examples=[["HP:0002063", "HP:0003552"]]
    )
    excluded: list[HpoIdText] = Field(default_factory=list, max_length=200)
    or_groups: list[list[HpoIdText]] = Field(
        default_factory=list, max_length=50,
        description="Groups of ids of which any one may be meant.",
    )
    age: float | None = Field(default=None, ge=0, le=130, description="Age in years.")
    sex: Literal["male", "female"] | None = None
    categories: list[str] = Field(
        default_factory=list, max_length=10,
        description="Disease categories the question named (e.g. 'autoimmune'), as "
        "interpretation.categories of /api/ask gives them; they weigh the prior.",
    )
    prior: Literal["prevalence", "uniform"] | None = Field(
        default=None,
        description="prevalence: weigh how common each disease is (Orphanet, curated "
        "sources); uniform: all alike. Default: uniform.",
    )


class OntologyClass(BaseModel):
    """A phenotypic feature's type: an HPO term."""

    model_config = ConfigDict(extra="allow", strict=True)

    id: HpoIdText
    label: str | None = None


class PhenotypicFeature(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)

    type: OntologyClass
    excluded: bool | None = None
    onset: dict[str, Any] | None = None


class Phenopacket(BaseModel):
    """A GA4GH Phenopacket v2; only features, their onset and the subject's sex and age are
    read (diagnoses and interpretations in the packet are ignored)."""

    model_config = ConfigDict(extra="allow", strict=True)

    id: str | None = None
    subject: dict[str, Any] | None = None
    phenotypicFeatures: list[PhenotypicFeature] = Field(  # noqa: N815 - the GA4GH field name
        min_length=1, max_length=400
    )


def _body_kind(value: Any) -> str:
    # A phenopacket is recognised by its features, so its errors are reported as its own.
    if isinstance(value, dict) and "phenotypicFeatures" in value:
        return "phenopacket"
    if isinstance(value, Phenopacket):
        return "phenopacket"
    return "findings"


RankBody = Annotated[
    Annotated[RankRequest, Tag("findings")] | Annotated[Phenopacket, Tag("phenopacket")],
    Discriminator(_body_kind),
]


# ---- responses: ranking ----


class FindingEvidenceModel(BaseModel):
    hpo_id: str
    label: str
    excluded: bool
    match: Literal["exact", "implied", "more_specific", "none", "contradicted"]
    matched_id: str | None
    matched_label: str | None
    frequency: float | None
    frequency_sources: list[str] = Field(
        default=[], description="the sources of frequency when a curated fact sheet gave it "
        "(phenotype.hpoa records none for the annotation); empty otherwise")
    likelihood_ratio: float
    references: list[str]


class PrevalenceModel(BaseModel):
    per_100000: float = Field(description="the stated figure per 100,000 (people, births or "
                              "new cases a year, as kind says)")
    prior_per_100000: float = Field(description="people per 100,000 who have it within a "
                                    "recent period, by the figure's kind: what the prior uses")
    phrase: str = Field(description='e.g. "about 1 in 2,000 people (Orphanet, Europe)"')
    source: str = Field(description='"Orphanet", or "curated" (a fact sheet or profile)')
    references: list[str]
    common: bool = Field(description="at least 5 in 10,000 people (the EU rare-disease line)")
    rare: bool = Field(description="fewer than 5 in 10,000 people living with it (a yearly "
                       "count of new cases below that line is 'less common', not rare)")
    kind: str = Field(description='what the figure counts: "point prevalence", "lifetime '
                      'prevalence", "birth prevalence", "annual incidence" or "cases/families"')
    general_population: bool = Field(description="false when measured in one population only")
    carriers: bool = Field(False, description="true when the figure counts the carriers of a "
                           "causative gene variant, most of whom never have the disease")
    qualitative: str | None = Field(None, description='"very common", "common" or "uncommon" '
                                    "when no source gives a figure and the profile gives the "
                                    "class its source's wording supports; per_100000 is then "
                                    "the class's stated stand-in, not a measured figure")


class AgeFitModel(BaseModel):
    age: float = Field(description="the person's age in years, as read from the question")
    onset_from: float | None = Field(description="typical onset range start, years (null: open)")
    onset_to: float | None = Field(description="typical onset range end, years (null: open)")
    likelihood_ratio: float = Field(description="how the age weighed the disease (1: not)")


class UnnamedHallmarkModel(BaseModel):
    hpo_id: str = Field(description="a hallmark the question does not name")
    frequency: float = Field(description="how often the disease shows it (0.8 or more)")
    likelihood_ratio: float = Field(description="1 - m f: how its absence from the question "
                                    "weighed the disease among the leading candidates")


class SexFitModel(BaseModel):
    sex: Literal["male", "female"]
    likelihood_ratio: float = Field(description="how the sex weighed the disease")
    only: Literal["male", "female"] | None = Field(description="a condition of one sex only")
    female_to_male: float | None = Field(description="affected women per affected man")
    x_linked: bool = Field(description="the ratio is X-linked recessive inheritance's")


class CourseFitModel(BaseModel):
    days: float = Field(description="how long the complaint has lasted, days, as read")
    typical: Literal["days", "weeks", "months", "lasting", "slow"] = Field(
        description=("the disease's usual episode length, from its sourced profile; slow: "
                     "phenotype.hpoa records its course as slowly progressive"))
    likelihood_ratio: float = Field(description="how the course weighed the disease")
    sources: list[str] = Field(default_factory=list, description=(
        "the profile's sources for its usual episode length (PMID:..., GUIDELINE:...), or "
        "the annotation's references for a slow course"))


class SiteFitModel(BaseModel):
    site: str = Field(description='the body site as the question names it ("shins")')
    key: str = Field(description="the site's HPO wordings, as profiles and questions meet")
    likelihood_ratio: float = Field(description="how the site weighed the disease "
                                    "(rank/sites.py: SITE_WEIGHT, less for a site many "
                                    "profiles name)")
    statement: str = Field(default="", description=(
        "what in the condition profile names the site: a summary statement, else its name "
        "or a lay name"))
    sources: list[str] = Field(default_factory=list, description=(
        "the sources of that statement (none for a name)"))


class ModifierFitModel(BaseModel):
    modifier: str = Field(description="the clinical modifier's HPO id (HP:0025301, ...)")
    label: str = Field(description="its HPO label (Nocturnal, Unilateral, ...)")
    text: str = Field(description='the question\'s words for it ("at night")')
    finding: str = Field(description="the HPO id of the disease's finding that records it")
    likelihood_ratio: float = Field(description=(
        "how the modifier weighed the disease (rank/modifiers.py MODIFIER_WEIGHT; those of "
        "one disease multiply to at most MAX_MODIFIER_WEIGHT)"))
    sources: list[str] = Field(default_factory=list, description=(
        "the sources of that record (a profile finding's sources, or the HPO annotation's)"))


class CandidateModel(_Open):
    rank: int
    id: str
    ids: list[str]
    name: str
    score: float = Field(description="log10 of prior odds times the likelihood ratios; for "
                         "coded findings (POST /api/rank) the calibrated score of score_terms")
    probability: float = Field(description="post-test probability over all diseases")
    likelihood_ratio: float
    prior_weight: float
    inheritance: list[str]
    onset: list[str]
    exposures: list[str] = Field(default_factory=list, description=(
        "keys of the exposures the question names that this disease lists (tick-bite, ...)"))
    unnamed_exposures: list[str] = Field(default_factory=list, description=(
        "keys of the exposures that define this disease (sun-exposure for sunburn), none of "
        "which the question names: they weighed it down"))
    family_history: list[str] = Field(default_factory=list, description=(
        "texts of a blood relative's conditions the question names ('his dad has asthma') "
        "that lifted this disease: family history, weighed as a weaker clue than the "
        "person's own findings"))
    unnamed_hallmarks: list[UnnamedHallmarkModel] = Field(default_factory=list, description=(
        "a person's question: hallmarks of the disease it does not name, when they reordered "
        "it among the leading candidates that explain every finding"))
    evidence: list[FindingEvidenceModel]
    prevalence: PrevalenceModel | None
    age_fit: AgeFitModel | None = Field(default=None, description=(
        "when the person's age moved the score: the disease's typical onset range and the "
        "age's likelihood ratio"))
    sex_fit: SexFitModel | None = Field(default=None, description=(
        "when the person's sex moved the score: why (one sex only, a ratio of affected women "
        "to men, X-linked recessive) and the likelihood ratio"))
    course_fit: CourseFitModel | None = Field(default=None, description=(
        "when how long the complaint has lasted moved the score: the disease's usual episode "
        "length and the likelihood ratio (rank/course.py)"))
    site_fits: list[SiteFitModel] = Field(default_factory=list, description=(
        "body sites the question names that the disease's profile names too: they lifted it"))
    modifier_fits: list[ModifierFitModel] = Field(default_factory=list, description=(
        "clinical modifiers the question names (at night, on one side, ...) that the disease "
        "records on a related finding: they lifted it"))
    genes: list[str] = Field(default_factory=list, description=(
        "symbols of the genes the question names ('an FBN1 variant') that HPO's gene table "
        "(genes_to_phenotype) links to this disease: each lifted it by a likelihood ratio of "
        "100 (rank/genes.py)"))


class QueryModel(BaseModel):
    present: list[str]
    excluded: list[str]
    or_groups: list[list[str]]
    age: float | None
    sex: Literal["male", "female"] | None
    warnings: list[str]


class RankingModel(BaseModel):
    """The same JSON as ``whatcauses rank --json``."""

    query: QueryModel
    candidates: list[CandidateModel]
    diseases_scored: int
    data_release: str


# ---- responses: ask, explain, terms ----


class CitationModel(_Open):
    n: int = Field(description="The number the answer's [n] markers use.")
    id: str = Field(description="PMID:…, OMIM:…, ORPHA:…, a guideline or the HPO release.")
    title: str | None = None
    url: str | None = None


class StatementModel(_Open):
    text: str
    citations: list[int] = Field(description="Numbers of the citations behind the statement.")


class ContextStatementModel(StatementModel):
    supports: bool = Field(description="whether it speaks for the condition")


class ExplanationModel(_Open):
    """Why one candidate: its summary and the statements for and against it."""

    id: str
    name: str
    has_fact_sheet: bool
    summary: list[StatementModel]
    supporting: list[StatementModel]
    opposing: list[StatementModel]
    context: list[ContextStatementModel] = Field(default_factory=list, description=(
        "of supporting and opposing, the statements that weigh the person and the question "
        "as a whole (age, sex, course, exposures, hallmarks left unnamed, body sites and "
        "clinical modifiers), not one finding"))


class NextQuestionModel(_Open):
    text: str
    ids: list[str] = Field(description="HPO ids a 'yes' adds as present findings.")
    label: str | None = None
    information_gain: float | None = None
    favours: list[str] = Field(default_factory=list, description="Disease ids a 'yes' favours.")


class UrgentModel(_Open):
    """A red-flag notice: shown before anything else."""

    notice: str
    triggers: list[str] = Field(default_factory=list)
    advice: list[str] = Field(default_factory=list)


class InjuryAdviceModel(_Open):
    text: str
    sources: list[str] = Field(description="Ids of the sources (in citations) behind the line.")


class InjuryModel(_Open):
    """The question describes an injury: injuries are outside what whatcauses ranks; the
    candidates are what the findings alone suggest. Shown near the top."""

    notice: str
    injuries: list[str] = Field(default_factory=list,
                                description="the injuries' plain labels ('a fall')")
    texts: list[str] = Field(default_factory=list, description="their words as written")
    advice: list[InjuryAdviceModel] = Field(default_factory=list, description=(
        "sourced lines on when such an injury needs assessment"))


class AskModel(_Open):
    """The same JSON as ``whatcauses ask --json``."""

    question: str
    interpretation: dict[str, Any] = Field(
        description=("What was understood: findings, or_groups, categories, age, sex, "
                     "red_flags, onset, course, exposures, modifiers (clinical modifiers the "
                     "question names: id, label, text, span), genes (the genes it names: "
                     "symbol, text, span, known, diseases, negated) and mappings.")
    )
    candidates: list[CandidateModel]
    answer: str = Field(description="The narrative answer; [n] markers refer to citations.")
    sections: dict[str, list[StatementModel]] = Field(
        description="The answer's statements by section (urgent, summary, contrasts, ...)."
    )
    explanations: list[ExplanationModel] = Field(default_factory=list, description=(
        "per explained candidate, why it is there"))
    citations: list[CitationModel]
    next_questions: list[NextQuestionModel]
    disclaimer: str
    coverage: str = Field(description="What the knowledge covers, in one sentence.")
    urgent: UrgentModel | None
    injury: InjuryModel | None = Field(default=None, description=(
        "set when the question describes an injury (a fall, a twist, a blow, a cut, a burn): "
        "injuries are outside what whatcauses ranks"))
    data_release: str


class DiseaseModel(_Open):
    """The same JSON as ``whatcauses explain --json``."""

    id: str
    ids: list[str]
    name: str
    url: str | None = None
    data_release: str
    prevalence: PrevalenceModel | None = Field(
        default=None, description="how common the disease is, with its source")


class TermMatchModel(_Open):
    id: str
    label: str
    matched: str | None = Field(description="The name or synonym the query matched.")


class TermsModel(BaseModel):
    query: str
    terms: list[TermMatchModel]


# ---- responses: service ----


class HealthModel(BaseModel):
    status: Literal["ok"]


class DiseaseHitModel(BaseModel):
    id: str
    name: str
    matched: str = Field(description="The name or everyday name that matched.")


class DiseaseSearchModel(BaseModel):
    query: str
    diseases: list[DiseaseHitModel]


class InfoModel(BaseModel):
    version: str
    data_release: str
    data_source: str
    terms: int
    diseases: int
    annotations: int
    condition_profiles: int = Field(description="common conditions with a curated profile")
    fact_sheets: int
    prevalence_figures: int = Field(description="diseases with a figure for how common")
    coverage: str = Field(description="what the knowledge covers, in one sentence")
