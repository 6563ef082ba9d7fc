"""Priors and curated diseases: prevalence, frames, twin groups as one disease, profiles.

Unit tests run on the mini fixture (tests/conftest.py draws it) with curated diseases made
here; the tests marked ``slow`` check the same behaviour on the embedded HPO data.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.errors import InputError
from whatcauses.knowledge.annotations import Annotation, parse_hpoa
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import compile_release
from whatcauses.knowledge.curated_diseases import (
    SHEET_BIOCURATION,
    CuratedDiseases,
    SheetFinding,
    prevalence_phrase,
)
from whatcauses.knowledge.obo import parse_obo
from whatcauses.knowledge.sources import DataFiles
from whatcauses.rank.model import ModelParameters
from whatcauses.rank.priors import (
    numbered_entry,
    one_sex_share,
    prevalence_prior,
    unknown_defaults,
)
from whatcauses.rank.results import Candidate, Prevalence
from whatcauses.text.frame import read_frame

STIFF, WEAK, FOCAL = "HP:0000201", "HP:0000203", "HP:0000102"
PROFILE = "MONDO:0000001"


def _row(disease: str, term: str, frequency: float, name: str = "Common stiffness") -> Annotation:
    return Annotation(disease_id=disease, disease_name=name, negated=frequency == 0.0,
                      hpo_id=term, references=("PMID:1",), evidence="TAS", onset="",
                      frequency_text="frequent", frequency=frequency, sex="", modifiers=(),
                      aspect="P", biocuration="test")


def _engine(files: DataFiles, curated: CuratedDiseases,
            parameters: ModelParameters | None = None) -> Engine:
    with files.obo.open(encoding="utf-8") as obo, files.hpoa.open(encoding="utf-8") as hpoa:
        arrays = compile_release(parse_obo(obo), parse_hpoa(hpoa), curated)
    return Engine(Knowledge(arrays, files), parameters)


@pytest.fixture
def curated() -> CuratedDiseases:
    return CuratedDiseases(
        annotations=(_row(PROFILE, STIFF, 0.9), _row(PROFILE, WEAK, 0.55),
                     # a profile written against terms this release lacks is left out whole
                     _row("MONDO:0000002", "HP:9999991", 0.9, "Unknown"),
                     _row("MONDO:0000002", "HP:9999992", 0.9, "Unknown"),
                     _row("MONDO:0000002", STIFF, 0.9, "Unknown")),
        same_as={PROFILE: ("ORPHA:200001",)},
        prevalence={PROFILE: [500.0, "about 1 in 200 people — adults", ["PMID:1"],
                               "point prevalence", None, None, None, [], None]},
        onset={PROFILE: [40.0, 90.0]},
        sex={PROFILE: [3.0, None]},
        urgent=(PROFILE,),
        lay_names={PROFILE: ("stiff all over",)},
    )


def test_a_profile_joins_the_twin_group_it_is_the_same_as(
        mini_files: DataFiles, curated: CuratedDiseases) -> None:
    engine = _engine(mini_files, curated)
    k = engine.knowledge
    assert k.has_disease(PROFILE) and not k.has_disease("MONDO:0000002")
    group = k.arrays["twin_group"]
    alpha = {k.disease_index("OMIM:100001"), k.disease_index("ORPHA:200001")}
    assert {int(group[i]) for i in alpha} == {int(group[k.disease_index(PROFILE)])}
    ranking = engine.rank([STIFF], top=5)
    grouped = [c for c in ranking.candidates if PROFILE in c.ids]
    assert len(grouped) == 1 and set(grouped[0].ids) == {PROFILE, "OMIM:100001", "ORPHA:200001"}


def test_a_curated_name_replaces_the_release_name_of_its_candidate_only(
        mini_files: DataFiles) -> None:
    # A sheet on OMIM:100001 that also calls Beta the same disease: Alpha's twins take the
    # sheet's name, Beta (which ranks apart) keeps its own; a profile names its same_as group.
    names = {"OMIM:100001": ("Alpha (curated)", ("OMIM:100001", "ORPHA:200001", "OMIM:100002")),
             PROFILE: ("Common stiffness", (PROFILE, "OMIM:100003"))}
    curated = CuratedDiseases(annotations=(_row(PROFILE, STIFF, 0.9),),
                              same_as={PROFILE: ("OMIM:100003",)}, display_names=names)
    k = _engine(mini_files, curated).knowledge
    assert [k.disease_names[k.disease_index(d)] for d in ("OMIM:100001", "ORPHA:200001")] == [
        "Alpha (curated)", "Alpha (curated)"]
    assert k.disease_names[k.disease_index("OMIM:100002")] == "Beta syndrome"
    assert k.disease_names[k.disease_index("OMIM:100003")] == "Common stiffness"


def test_a_fact_sheet_adds_only_the_findings_the_release_lacks(mini_files: DataFiles) -> None:
    alpha = ("OMIM:100001", "ORPHA:200001")
    sheet = [SheetFinding(alpha, "Alpha disease", term, ("PMID:7",)) for term in (
        "HP:0000103",  # generalized seizure: not annotated, added
        "HP:0000101",  # seizure: implied by focal seizure, left
        "HP:0000203",  # muscle weakness: OMIM:100001 says NOT, left
        "HP:0000202",  # rigidity: more specific than the annotated stiffness, added
    )] + [SheetFinding(("OMIM:999999",), "Not in the release", STIFF, ("PMID:7",))]
    engine = _engine(mini_files, CuratedDiseases(sheet_findings=tuple(sheet)))
    k = engine.knowledge
    assert not k.has_disease("OMIM:999999")  # a sheet never creates a disease
    for entry in alpha:
        added = [r for r in k.annotations(k.disease_index(entry))
                 if r.biocuration == SHEET_BIOCURATION]
        assert sorted(r.hpo_id for r in added) == ["HP:0000103", "HP:0000202"]
        assert all(r.frequency is None and r.references == ("PMID:7",) and not r.negated
                   for r in added)
    # Beta's own weakness row is untouched, and the added finding counts for alpha.
    candidate = engine.rank(["HP:0000103"], top=3).candidates[0]
    assert "OMIM:100001" in candidate.ids


def test_twin_members_share_one_score_and_count_once(
        mini_files: DataFiles, curated: CuratedDiseases) -> None:
    engine = _engine(mini_files, curated)
    ranking = engine.rank([STIFF, FOCAL], top=5)
    probabilities = [c.probability for c in ranking.candidates]
    assert math.isclose(sum(probabilities), 1.0, rel_tol=1e-9)  # each disease once
    # The group is scored on the union of its members' annotations: focal seizure from the
    # OMIM entry, stiffness from the profile, both count.
    group = next(c for c in ranking.candidates if PROFILE in c.ids)
    members = {e.hpo_id: e.likelihood_ratio for e in group.evidence}
    alone = engine.rank([FOCAL], top=5).candidates[0]
    assert members[FOCAL] == pytest.approx(alone.likelihood_ratio)


def test_curated_prevalence_onset_sex_and_urgency_reach_the_ranking(
        mini_files: DataFiles, curated: CuratedDiseases) -> None:
    engine = _engine(mini_files, curated)
    index = engine.knowledge.disease_index(PROFILE)
    figure = engine.ranker.prevalence[index]
    assert figure is not None and figure.per_100000 == 500.0 and figure.source == "curated"
    assert figure.common
    lower, upper = engine.ranker.model.onset_bounds
    assert (lower[index], upper[index]) == (40.0, 90.0)
    sex = engine.ranker.model.sex("female")
    assert sex[index] == pytest.approx(2 * 3 / 4)  # 3 women to 1 man: 1.5 for a woman
    assert engine.ranker.model.sex("male")[index] == pytest.approx(0.5)
    urgent = engine.ranker.question_prior([], "person", red_flag=True)
    calm = engine.ranker.question_prior([], "person", red_flag=False)
    assert urgent is not None and calm is not None
    assert urgent[index] / calm[index] == pytest.approx(
        ModelParameters().urgent_condition_weight)
    # A knowledge question with an emergency sign asks what the findings characterise: the
    # emergencies weigh as in any other knowledge question.
    knowledge_urgent = engine.ranker.question_prior([], "knowledge", red_flag=True)
    knowledge_calm = engine.ranker.question_prior([], "knowledge", red_flag=False)
    assert knowledge_urgent is not None and knowledge_calm is not None
    assert np.array_equal(knowledge_urgent, knowledge_calm)


def test_the_prevalence_prior_is_tempered_capped_and_has_a_default() -> None:
    figures = [Prevalence(2000.0, "", "Orphanet"), Prevalence(1.0, "", "Orphanet"), None,
               Prevalence(50.0, "", "Orphanet", general_population=False)]
    weights = prevalence_prior(figures, default_per_100000=0.5, exponent=0.5,
                               cap_per_100000=1000.0)
    assert list(np.round(weights, 6)) == [
        pytest.approx(math.sqrt(1000 / 0.5)), pytest.approx(math.sqrt(2.0)), 1.0, 1.0]


def test_numbered_entries_of_a_series_are_told_from_other_names() -> None:
    for name in ("Long QT syndrome 15", "Deafness, autosomal recessive 79", "Alport syndrome 3B",
                 "Parkinson disease 23, autosomal recessive, early onset",
                 "Albinism, oculocutaneous, type IV", "C1q deficiency 2"):
        assert numbered_entry(name), name
    for name in ("Systemic lupus erythematosus", "46XY gonadal dysgenesis",
                 "1q21.1 recurrent microdeletion", "3-methylglutaconic aciduria",
                 "Immune thrombocytopenia", "Factor XIII, A subunit, deficiency of"):
        assert not numbered_entry(name), name


def test_a_numbered_entry_without_a_figure_counts_as_rarer_than_the_default() -> None:
    # A figure stays a figure whatever the name; only unknown figures take the per-entry
    # default, and weights stay relative to the general default.
    names = ["Long QT syndrome 15", "Heparin-induced thrombocytopenia", "Romano-Ward 2"]
    defaults = unknown_defaults(names, 0.3, 0.01)
    assert list(defaults) == [0.01, 0.3, 0.01]
    figures = [None, None, Prevalence(40.0, "", "Orphanet")]
    weights = prevalence_prior(figures, default_per_100000=0.3, exponent=1.0,
                               defaults=defaults)
    assert list(weights) == [pytest.approx(0.01 / 0.3), 1.0, pytest.approx(40.0 / 0.3)]


def test_a_curated_figure_from_one_setting_counts_a_fraction_of_itself() -> None:
    # Orphanet's figure for one (founder) population counts as unknown; a curated figure
    # from a clinic, people with a related condition or one population counts at the factor.
    figures = [Prevalence(400.0, "", "curated", general_population=False),
               Prevalence(400.0, "", "Orphanet", general_population=False),
               Prevalence(40000.0, "", "curated", general_population=False),
               Prevalence(400.0, "", "curated")]
    weights = prevalence_prior(figures, default_per_100000=1.0, exponent=1.0,
                               cap_per_100000=1000.0, one_setting_factor=0.1)
    assert list(weights) == [pytest.approx(40.0), 1.0, 1000.0, 400.0]


def test_a_figure_from_one_setting_is_neither_common_nor_rare_above_the_threshold() -> None:
    clinic = Prevalence(37000.0, "", "curated", general_population=False)
    assert not clinic.common and not clinic.rare
    assert Prevalence(10.0, "", "curated", general_population=False).rare
    assert Prevalence(37000.0, "", "curated").common


def test_a_setting_reaches_the_phrase_and_the_ranking(
        mini_files: DataFiles, curated: CuratedDiseases) -> None:
    phrase = prevalence_phrase(37000.0, "point prevalence", "eye patients", "clinic")
    assert phrase == ("about 1 in 3 people — eye patients; measured among patients seen in "
                      "clinics, not in the general population")
    figure = [500.0, phrase, ["PMID:1"], "point prevalence", "clinic", None, None, [], None]
    engine = _engine(mini_files, replace(curated, prevalence={PROFILE: figure}))
    shown = engine.ranker.prevalence[engine.knowledge.disease_index(PROFILE)]
    assert shown is not None and not shown.general_population and shown.phrase == phrase
    general = _engine(mini_files, curated)
    index = engine.knowledge.disease_index(PROFILE)
    factor = ModelParameters().one_setting_prevalence_factor
    exponent = ModelParameters().person_prevalence_exponent
    ratio = (engine.ranker.prevalence_prior(exponent)[index]
             / general.ranker.prevalence_prior(exponent)[index])
    assert ratio == pytest.approx(factor ** exponent)


def test_rank_takes_a_named_prior_and_rejects_others(
        mini_files: DataFiles, curated: CuratedDiseases) -> None:
    engine = _engine(mini_files, curated)
    uniform = engine.rank([STIFF], top=5, prior="uniform")
    assert all(c.prior_weight == 1.0 for c in uniform.candidates)
    weighted = engine.rank([STIFF], top=5, prior="prevalence")
    assert any(c.prior_weight != 1.0 for c in weighted.candidates)
    with pytest.raises(InputError, match="prior must be one of"):
        engine.rank([STIFF], prior="popular")
    with pytest.raises(InputError, match="unknown category"):
        engine.rank([STIFF], categories=[""])


def test_disease_names_and_lay_names_are_searchable(
        mini_files: DataFiles, curated: CuratedDiseases) -> None:
    engine = _engine(mini_files, curated)
    assert engine.search_diseases("stiff all")[0].id == PROFILE
    assert engine.search_diseases("alpha")[0].name == "Alpha disease"
    assert engine.search_diseases("   ") == []


@pytest.mark.parametrize(("question", "frame"), [
    ("What autoimmune disease causes muscle stiffness?", "knowledge"),
    ("Which disorders present with ataxia and telangiectasia?", "knowledge"),
    ("My dad is 70 and his hand shakes at rest", "person"),
    ("45F proximal weakness and a heliotrope rash", "person"),
    ("dry eyes, dry mouth and joint pain but no fever", "person"),
])
def test_the_frame_of_a_question(question: str, frame: str) -> None:
    assert read_frame(question) == frame


def test_prevalence_phrases() -> None:
    assert prevalence_phrase(8333.0, "point prevalence", "adults") == (
        "about 1 in 12 people — adults")
    assert prevalence_phrase(240.0, "annual incidence", "the US") == (
        "about 240 new cases per 100,000 people a year — the US")


# ---- on the embedded data ----


@pytest.mark.slow
def test_seed_question_names_the_characteristic_disease_first_then_common_causes(
        engine: Engine) -> None:
    answer = engine.ask("What autoimmune disease causes muscle stiffness?")
    ids = [c.ids for c in answer.ranking.candidates]
    assert "OMIM:184850" in ids[0]
    assert any("OMIM:126200" in i for i in ids[:10])  # multiple sclerosis, a common cause
    assert "Rare but characteristic of these findings: Stiff person syndrome" in answer.answer


@pytest.mark.slow
def test_common_conditions_rank_for_everyday_complaints(engine: Engine) -> None:
    answer = engine.ask("headaches with flashing lights and vomiting")
    assert answer.ranking.candidates[0].id.startswith("MONDO:")
    first = answer.ranking.candidates[0]
    assert first.prevalence is not None and first.prevalence.common


@pytest.mark.slow
def test_explain_and_info_know_the_profiles(engine: Engine) -> None:
    details = engine.explain("MONDO:0005148").to_dict()
    assert details["has_fact_sheet"] and "OMIM:125853" in details["ids"]
    info = engine.info()
    assert info.condition_profiles >= 150 and info.fact_sheets >= 200
    assert "curated profiles of common conditions" in info.coverage
    answer = engine.ask("itchy rash on my elbows")
    assert answer.coverage == info.coverage


@pytest.mark.slow
def test_narrative_sources_come_first_and_are_all_cited(engine: Engine) -> None:
    answer = engine.ask("dry eyes, dry mouth and joint pain but no fever")
    cited = {int(n) for n in __import__("re").findall(r"\[(\d+)\]", answer.answer)}
    in_answer = [c.n for c in answer.citations if c.in_answer]
    assert set(in_answer) == cited
    assert in_answer == list(range(1, len(in_answer) + 1))
    assert "((" not in answer.answer and ") (" not in answer.answer


@pytest.mark.slow
def test_a_numbered_entry_without_a_figure_no_longer_outranks_the_common_disease(
        engine: Engine) -> None:
    # C1q deficiency 2 (a numbered entry, no figure) explains the findings well; counted as
    # known from a few families, it stands behind systemic lupus erythematosus (Orphanet:
    # 1-5 in 10,000) and lower than it would at the shared default figure.
    parameters = ModelParameters()
    question = ("I'm a 35 year old woman with a butterfly rash on my face, painful joints and "
                "mouth ulcers.")
    answer = engine.ask(question, top=30)
    ids = [c.ids for c in answer.ranking.candidates]
    assert "OMIM:152700" in ids[0]
    index = engine.knowledge.disease_index("OMIM:620321")
    assert numbered_entry(engine.knowledge.disease_names[index])
    assert engine.ranker.prevalence[index] is None
    exponent = parameters.person_prevalence_exponent
    expected = (parameters.numbered_default_prevalence_per_100000
                / parameters.default_prevalence_per_100000) ** exponent
    assert engine.ranker.prevalence_prior(exponent)[index] == pytest.approx(expected)
    default = parameters.default_prevalence_per_100000
    # (With the question's 10-year late-presentation margin the age alone now weighs
    # against C1q deficiency 2, of childhood onset, at 35: the counterfactual keeps the
    # case-report margin so that it shows the figure's effect.)
    shared = Engine(engine.knowledge,
                    replace(parameters, numbered_default_prevalence_per_100000=default,
                            question_late_presentation_years=parameters.late_presentation_years))
    before = shared.ask(question, top=30)

    def place(candidates: Sequence[Candidate]) -> int:
        return next((k for k, c in enumerate(candidates) if "OMIM:620321" in c.ids),
                    len(candidates))

    assert place(before.ranking.candidates) < place(answer.ranking.candidates)


@pytest.mark.slow
def test_a_default_engine_keeps_uniform_priors_for_rank(engine: Engine) -> None:
    parameters = replace(ModelParameters(), rank_prior="prevalence")
    shifted = Engine(engine.knowledge, parameters).rank(["HP:0001945"], top=3)
    plain = engine.rank(["HP:0001945"], top=3)
    assert all(c.prior_weight == 1.0 for c in plain.candidates)
    assert any(c.prior_weight != 1.0 for c in shifted.candidates)


def test_a_yearly_count_of_new_cases_is_not_called_rare() -> None:
    """25 new cases a year per 100,000 is below the EU line as a count, but not rare: the
    answer calls it "less common"; a prevalence below the line is rare."""
    from whatcauses.rank.results import Prevalence

    incidence = Prevalence(25.0, "about 25 new cases per 100,000 people a year", "curated",
                           kind="annual incidence")
    prevalence = Prevalence(25.0, "about 1 in 4,000 people", "curated")
    assert not incidence.common and not incidence.rare
    assert not prevalence.common and prevalence.rare
    assert Prevalence(200.0, "about 200 new cases", "curated", kind="annual incidence").common


@pytest.mark.slow
def test_an_x_linked_recessive_disease_is_mostly_a_disease_of_men(engine: Engine) -> None:
    """Duchenne muscular dystrophy (X-linked recessive only) weighs more for a boy than for a
    girl; an autosomal disease (cystic fibrosis) is unmoved by sex."""
    model = engine.ranker.model
    duchenne = engine.knowledge.disease_index("OMIM:310200")
    cystic = engine.knowledge.disease_index("OMIM:219700")
    male, female = model.sex("male"), model.sex("female")
    assert male[duchenne] > 1.5 and female[duchenne] < 0.25
    assert male[cystic] == female[cystic] == 1.0


def test_a_one_sex_condition_counts_half_for_a_person_of_unknown_sex(
        mini_files: DataFiles, curated: CuratedDiseases) -> None:
    both = _engine(mini_files, curated)
    one = _engine(mini_files, replace(curated, sex={PROFILE: [None, "female"]}))
    index = both.knowledge.disease_index(PROFILE)
    exponent = ModelParameters().person_prevalence_exponent
    share = ModelParameters().one_sex_population_share
    ratio = (one.ranker.prevalence_prior(exponent)[index]
             / both.ranker.prevalence_prior(exponent)[index])
    assert ratio == pytest.approx(share)
    # Known and matching, the sex ratio (2) gives the whole figure back.
    full = next(c for c in both.rank([STIFF], top=5, prior="prevalence").candidates
                if PROFILE in c.ids).prior_weight
    woman = next(c for c in one.rank([STIFF], top=5, prior="prevalence",
                                     sex="female").candidates if PROFILE in c.ids)
    assert woman.prior_weight == pytest.approx(full * share)
    assert woman.sex_fit is not None
    assert woman.prior_weight * woman.sex_fit.likelihood_ratio == pytest.approx(full)


def test_one_index_of_the_curated_sex_data_serves_every_sex_vector(
        mini_files: DataFiles, curated: CuratedDiseases) -> None:
    # A profile of women only and a sex ratio for an id this release lacks (left out).
    engine = _engine(mini_files, replace(curated, sex={PROFILE: [None, "female"],
                                                       "OMIM:999999": [2.0, None]}))
    knowledge, model = engine.knowledge, engine.ranker.model
    index = knowledge.disease_index(PROFILE)
    curated_sex = knowledge.curated_sex_index
    assert curated_sex.index.tolist() == [index] and curated_sex.only.tolist() == ["female"]
    assert curated_sex.only_in("female").tolist() == [index]
    assert not len(curated_sex.only_in("male"))
    assert model.sex_known[index]
    assert model.sex("female")[index] == 2.0
    assert model.sex("male")[index] == ModelParameters().other_sex_lr
    share = ModelParameters().one_sex_population_share
    weights = one_sex_share(knowledge, share)
    assert weights is not None and np.flatnonzero(weights != 1.0).tolist() == [index]
    assert one_sex_share(knowledge, 1.0) is None
