"""The likelihood-ratio model on the hand-drawn mini data (tests/fixtures), numbers by hand.

Mini annotations (model frequencies): Alpha OMIM:100001 focal seizure 0.895 (very frequent),
muscle stiffness 1/2 -> (1+1)/(2+2) = 0.5 (Beta-shrunk), NOT muscle weakness, adult onset;
Alpha ORPHA:200001 focal seizure 0.545, stiffness 0.17; Beta OMIM:100002 generalized seizure
0.25, weakness 3/4 -> 4/6; Gamma OMIM:100003 weakness (no frequency: 0.4), rigidity 0.025.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.errors import InputError, UnknownTermError
from whatcauses.knowledge.sources import DataFiles
from whatcauses.rank.model import LikelihoodModel, ModelParameters, checked_and_absent

SEIZURE, FOCAL, STIFF, RIGID, WEAK = (
    "HP:0000101", "HP:0000102", "HP:0000201", "HP:0000202", "HP:0000203"
)
TERMS = [SEIZURE, FOCAL, "HP:0000103", STIFF, RIGID, WEAK, "HP:0000100", "HP:0000200"]


def ratios(engine: Engine, term: str, excluded: bool = False) -> list[float]:
    index = engine.knowledge.ontology.index(term)
    model = engine.ranker.model
    vector = model.excluded(index) if excluded else model.observed(index)
    return [round(float(x), 5) for x in vector]


def test_background_is_the_mean_frequency_over_diseases(mini_engine: Engine) -> None:
    onto = mini_engine.knowledge.ontology
    # seizure: 0.895 (Alpha OMIM) + 0.545 (Alpha Orphanet) + 0.25 (Beta) + 0 (Gamma), over 4
    assert mini_engine.ranker.model.background[onto.index(SEIZURE)] == pytest.approx(1.69 / 4)


def test_observed_ratio_is_frequency_over_background(mini_engine: Engine) -> None:
    # 0.895 / 0.4225, 0.545 / 0.4225, 0.25 / 0.4225; Gamma has no seizure: noise floor 0.3
    assert ratios(mini_engine, SEIZURE) == [2.11834, 1.28994, 0.59172, 0.3]


def test_a_more_specific_finding_gets_discounted_credit(mini_engine: Engine) -> None:
    # Rigidity refines Alpha's muscle stiffness (0.5): P = 0.5 * (bg(rigid)/bg(stiff))^2,
    # bg(rigid) floored at 1/(10*4) = 0.025, bg(stiff) = (0.5 + 0.17 + 0.025) / 4 = 0.17375.
    expected = 0.5 * (0.025 / 0.17375) ** 2 / 0.025
    assert ratios(mini_engine, RIGID)[0] == pytest.approx(expected, abs=1e-5)
    assert ratios(mini_engine, RIGID)[3] == pytest.approx(1.0)  # Gamma: 0.025 / 0.025


def test_a_question_discounts_a_more_specific_finding_less(mini_engine: Engine) -> None:
    # The same guess for a question's findings, with question_specificity_exponent (1.5):
    # the reader names the precise term, the diseases are often annotated with the general one.
    parameters = mini_engine.ranker.parameters
    questions = mini_engine.ranker.question_ranker
    assert questions is not mini_engine.ranker
    assert questions.parameters.specificity_exponent == parameters.question_specificity_exponent
    gamma = parameters.question_specificity_exponent
    expected = 0.5 * (0.025 / 0.17375) ** gamma / 0.025
    asked = mini_engine.ask("I have neuromuscular rigidity").ranking.candidates
    alpha = next(c for c in asked if c.id == "OMIM:100001")
    assert alpha.likelihood_ratio == pytest.approx(expected, rel=1e-5)
    # rank (coded findings) keeps specificity_exponent
    ranked = mini_engine.rank([RIGID], prior="uniform").candidates
    assert next(c for c in ranked if c.id == "OMIM:100001").likelihood_ratio == pytest.approx(
        0.5 * (0.025 / 0.17375) ** parameters.specificity_exponent / 0.025, rel=1e-5)


def test_one_exponent_for_both_means_one_ranker(mini_files: DataFiles) -> None:
    same = replace(ModelParameters(), question_specificity_exponent=2.0,
                   question_profile_observed_floor=ModelParameters().profile_observed_floor,
                   question_term_bridges=ModelParameters().term_bridges,
                   question_sheet_twins=ModelParameters().sheet_twins,
                   question_profile_includes_findings=True,
                   question_descendant_exponent=ModelParameters().descendant_exponent,
                   question_profile_specificity_exponent=None,
                   question_leaf_background_share=0.0,
                   question_feature_onsets_widen=ModelParameters().feature_onsets_widen,
                   question_common_complaint_floor=ModelParameters().common_complaint_floor)
    engine = Engine.load(mini_files, same)
    assert engine.ranker.question_ranker is engine.ranker


def test_a_profile_that_does_not_list_a_finding_has_its_own_floor(engine: Engine) -> None:
    # A curated condition profile lists a few main features: a finding it does not list
    # weighs less against it in a question (question_profile_observed_floor) than against a
    # phenotype.hpoa entry (observed_floor); case reports keep one floor for both.
    k = engine.knowledge
    gout = k.disease_ids_index["MONDO:0005393"]  # a profile: gout
    seizure = k.ontology.index("HP:0001250")
    p = engine.ranker.parameters
    assert k.profile_diseases[gout]
    assert not k.profile_diseases[k.disease_ids_index["OMIM:105400"]]
    asked = engine.ranker.question_ranker.model
    assert asked.observed(seizure)[gout] == pytest.approx(p.question_profile_observed_floor)
    assert engine.ranker.model.observed(seizure)[gout] == pytest.approx(p.observed_floor)
    # phenotype.hpoa entries that do not explain it: the usual floor (or contradicted)
    hpoa = ~k.profile_diseases & (asked.match_probability(seizure) == 0)
    assert asked.observed(seizure)[hpoa].max() == pytest.approx(p.observed_floor)


def test_a_disease_that_lacks_the_finding_is_contradicted(mini_engine: Engine) -> None:
    # Alpha (OMIM) is annotated NOT muscle weakness; Beta 4/6 / bg, Gamma 0.4 / bg.
    background = (4 / 6 + 0.4) / 4
    assert ratios(mini_engine, WEAK) == [0.02, 0.3, round((4 / 6) / background, 5),
                                         round(0.4 / background, 5)]


def excluded_ratios(engine: Engine, term: str, **parameters: Any) -> list[float]:
    model = LikelihoodModel(engine.knowledge, ModelParameters(**parameters))
    return [round(float(x), 5) for x in model.excluded(engine.knowledge.ontology.index(term))]


def test_an_excluded_finding_is_checked_and_absent(mini_engine: Engine) -> None:
    # Seizure, check odds 5: Alpha OMIM (focal 0.895) (1 + 4.475) * 0.105 = 0.574875; Alpha
    # Orphanet (0.545) and Beta (generalized 0.25) rise above 1 and are capped there; Gamma
    # lacks it (1). Each over the mean, (0.574875 + 3) / 4.
    mean = (0.574875 + 3) / 4
    assert excluded_ratios(mini_engine, SEIZURE, excluded_check_odds=5.0) == [
        round(0.574875 / mean, 5), round(1 / mean, 5), round(1 / mean, 5), round(1 / mean, 5)]


def test_an_absent_obligate_feature_lowers_a_disease_strongly_a_rare_one_not(
        obligate_engine: Engine) -> None:
    # Muscle stiffness: obligate in Beta (model 0.999), 1/2 in Alpha OMIM (0.5), 0.17 in its
    # Orphanet twin, 0.025 (rigidity) in Gamma. With check odds 5 the obligate one is at the
    # floor 0.01 ((1 + 4.995) * 0.001 = 0.006); the others are not lowered at all.
    ratio = excluded_ratios(obligate_engine, STIFF, excluded_check_odds=5.0, excluded_floor=0.01)
    assert ratio[2] == round(0.01 / ((3 + 0.01) / 4), 5)
    assert ratio[0] == ratio[1] == ratio[3] == round(1 / ((3 + 0.01) / 4), 5)
    assert ratio[2] < ratio[0] / 50


def test_check_odds_say_how_frequent_an_absent_feature_must_be_to_count(
        obligate_engine: Engine) -> None:
    # Check odds 1: (1 + f) (1 - f) = 1 - f^2, a frequent feature counts a little (Alpha's
    # 1/2: 0.75), a rare one barely (0.17: 0.9711); infinite odds: no effect at all.
    weak = excluded_ratios(obligate_engine, STIFF, excluded_check_odds=1.0, excluded_floor=0.01)
    shares = [0.75, 1 - 0.17**2, 0.01, 1 - 0.025**2]
    assert weak == [round(x / (sum(shares) / 4), 5) for x in shares]
    assert excluded_ratios(obligate_engine, STIFF, excluded_check_odds=math.inf) == [1.0] * 4


def test_absent_frequency_is_the_largest_annotation_not_the_noisy_or(
        mini_files: DataFiles, tmp_path: Path) -> None:
    # Alpha (OMIM) gets a second seizure type, generalized seizure 1/2 -> 0.5: the observed
    # model combines the two (1 - 0.105 * 0.5 = 0.9475), the absent one keeps the larger,
    # 0.895 (patients with one form of a finding tend to show others).
    engine = _engine_with(mini_files, tmp_path, "OMIM:100001\tAlpha syndrome\t\tHP:0000103\t"
                          "PMID:11\tPCS\t\t1/2\t\t\tP\tHPO:test[2024-01-01]\n")
    model = engine.ranker.model
    seizure = engine.knowledge.ontology.index(SEIZURE)
    diseases, frequency = model.model_column(seizure)
    assert float(frequency[list(diseases).index(0)]) == pytest.approx(0.9475, abs=1e-6)
    assert model.absent_frequency(seizure)[0] == pytest.approx(0.895, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(
    frequency=st.lists(st.floats(0.0, 0.999), min_size=2, max_size=8),
    check_odds=st.floats(0.0, 1000.0),
    floor=st.floats(0.001, 1.0),
)
def test_a_no_never_raises_a_disease_above_a_rarer_one(
        frequency: list[float], check_odds: float, floor: float) -> None:
    f = np.sort(np.asarray(frequency))
    share = checked_and_absent(f, check_odds, floor)
    assert np.all(np.diff(share) <= 1e-12)  # non-increasing in the frequency
    assert np.all((share >= floor - 1e-12) & (share <= 1.0))
    assert checked_and_absent(np.zeros(1), check_odds, floor)[0] == 1.0  # as without it


def test_excluded_findings_together_lower_a_disease_at_most_by_the_total_floor(
        mini_files: DataFiles) -> None:
    # Check odds 1 (1 - f^2), total floor 0.9. Focal seizure: Alpha OMIM 0.895 -> 0.198975,
    # its Orphanet twin 0.545 -> 0.702975 (the group takes the lower); stiffness: Alpha OMIM
    # 0.5 -> 0.75. Alpha's product 0.198975 * 0.75 lies below 0.9 times that of a disease
    # without either finding, so it is bounded there. Weakness is contradicted (0.02) for
    # Alpha's OMIM entry.
    parameters = ModelParameters(excluded_check_odds=1.0, excluded_floor=0.01,
                                 excluded_total_floor=0.9)
    engine = Engine.load(mini_files, parameters=parameters)
    model = engine.ranker.model
    onto = engine.knowledge.ontology
    focal = np.asarray([1 - 0.895**2, 1 - 0.545**2, 1.0, 1.0])
    stiff = np.asarray([0.75, 1 - 0.17**2, 1.0, 1 - 0.025**2])
    without = 1 / (focal.mean() * stiff.mean())
    scores = model.log_scores([onto.index(WEAK)], [onto.index(FOCAL), onto.index(STIFF)])
    assert scores[0] == pytest.approx(math.log(0.02 * 0.9 * without))
    ranking = engine.rank([WEAK], [FOCAL, STIFF], top=4)
    alpha = next(c for c in ranking.candidates if c.id == "OMIM:100001")
    evidence = {e.hpo_id: e.likelihood_ratio for e in alpha.evidence}
    assert evidence[FOCAL] == pytest.approx(focal[0] / focal.mean())
    assert evidence[STIFF] == pytest.approx(stiff[0] / stiff.mean())


def test_many_excluded_findings_do_not_lift_the_diseases_without_them(
        mini_files: DataFiles) -> None:
    # Each excluded finding gives a disease without it 1 / mean > 1; a long list must not add
    # these up past the bound: Alpha's Orphanet entry stays within 0.9 of Gamma, which shows
    # no seizure.
    parameters = ModelParameters(excluded_check_odds=1.0, excluded_total_floor=0.9)
    model = LikelihoodModel(Engine.load(mini_files, parameters=parameters).knowledge, parameters)
    onto = model.knowledge.ontology
    excluded = [onto.index(FOCAL), onto.index(SEIZURE)]
    scores = model.log_scores([onto.index(WEAK)], excluded)
    observed = model.log_scores([onto.index(WEAK)])
    gamma_gain = scores[3] - observed[3]
    alpha_gain = scores[1] - observed[1]  # the Orphanet entry (OMIM's own is contradicted)
    assert gamma_gain == pytest.approx(sum(math.log(float(model.excluded(t).max()))
                                           for t in excluded))
    assert alpha_gain == pytest.approx(gamma_gain + math.log(0.9))


def test_a_yes_gives_a_twin_group_the_ratio_of_its_best_member(mini_engine: Engine) -> None:
    # What next-question claims ("would favour ...") should use: the ratio the ranker applies.
    model = mini_engine.ranker.model
    onto = mini_engine.knowledge.ontology
    groups = [[0, 1], [2], [3]]
    assert [round(float(x), 5) for x in model.group_observed(onto.index(SEIZURE), groups)] == [
        2.11834, 0.59172, 0.3]
    assert [round(float(x), 5) for x in model.group_observed(onto.index(WEAK), groups)] == [
        0.3, round((4 / 6) / ((4 / 6 + 0.4) / 4), 5), round(0.4 / ((4 / 6 + 0.4) / 4), 5)]


def test_age_penalises_only_diseases_that_start_later(mini_engine: Engine) -> None:
    # Only Alpha (OMIM) is annotated adult onset (from 16 years): 0.2 just below that age,
    # and 0.2 once more for each tenfold between the person's age and 16.
    model = mini_engine.ranker.model
    assert [round(float(x), 5) for x in model.age(15.0)] == [
        round(0.2 ** (1 + math.log10(16 / 15)), 5), 1.0, 1.0, 1.0]
    assert float(model.age(1.6)[0]) == pytest.approx(0.2 ** 2)
    assert float(model.age(0.0)[0]) == pytest.approx(0.2 ** (1 + math.log10(16 * 12)))
    assert [float(x) for x in model.age(19.0)] == [1.0, 1.0, 1.0, 1.0]


def test_a_prenatal_age_is_one_step_early_for_an_onset_at_birth(mini_engine: Engine) -> None:
    # Beta syndrome is congenital (onset from 0): a prenatal age (-0.5) is just before it, one
    # step of 0.2, without a log of zero (warnings are errors in this suite).
    assert float(mini_engine.ranker.model.age(-0.5)[2]) == pytest.approx(0.2)


@given(st.floats(min_value=0.0, max_value=15.9), st.floats(min_value=0.0, max_value=15.9))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_younger_the_person_the_less_likely_a_later_onset(
        mini_engine: Engine, younger: float, older: float) -> None:
    younger, older = sorted((younger, older))
    model = mini_engine.ranker.model
    assert float(model.age(younger)[0]) <= float(model.age(older)[0]) <= 0.2


def test_a_disease_of_early_onset_is_less_likely_to_first_show_in_old_age(
        mini_engine: Engine) -> None:
    # Beta syndrome is congenital: 40+ years (late_presentation_years) after its latest onset
    # it weighs 0.3.
    assert [float(x) for x in mini_engine.ranker.model.age(70.0)] == [1.0, 1.0, 0.3, 1.0]
    assert [float(x) for x in mini_engine.ranker.model.age(41.0)] == [1.0, 1.0, 0.3, 1.0]
    assert [float(x) for x in mini_engine.ranker.model.age(39.0)] == [1.0, 1.0, 1.0, 1.0]


def test_rank_groups_twins_and_reports_evidence(mini_engine: Engine) -> None:
    ranking = mini_engine.rank([FOCAL, STIFF], top=3)
    first = ranking.candidates[0]
    assert first.id == "OMIM:100001" and set(first.ids) == {"OMIM:100001", "ORPHA:200001"}
    evidence = {e.hpo_id: e for e in first.evidence}
    assert evidence[FOCAL].match == "exact" and evidence[FOCAL].frequency == pytest.approx(0.895)
    assert evidence[STIFF].references == ("PMID:11", "OMIM:100001")
    assert math.isclose(first.likelihood_ratio, (0.895 / 0.36) * (0.5 / 0.17375), rel_tol=1e-4)
    assert [c.id for c in ranking.candidates].count("ORPHA:200001") == 0
    assert first.inheritance == ("Autosomal dominant inheritance",)


def test_rank_input_errors(mini_engine: Engine) -> None:
    with pytest.raises(UnknownTermError):
        mini_engine.rank(["HP:0123456"])
    with pytest.raises(InputError):
        mini_engine.rank([FOCAL], [FOCAL])
    with pytest.raises(InputError):
        mini_engine.rank([FOCAL], top=0)
    with pytest.raises(InputError):
        mini_engine.rank([FOCAL], age=200)
    ranking = mini_engine.rank(["HP:0000111", "HP:0123456"], strict=False)
    assert ranking.query.present == ("HP:0000101",)
    assert any("alternative" in w for w in ranking.query.warnings)
    assert any("HP:0123456" in w for w in ranking.query.warnings)


def test_prior_weights_shift_the_posterior(mini_engine: Engine) -> None:
    plain = mini_engine.rank([WEAK], top=4)
    weighted = mini_engine.rank([WEAK], top=4, prior={"OMIM:100003": 10.0})
    assert plain.candidates[0].id == "OMIM:100002"
    assert weighted.candidates[0].id == "OMIM:100003"
    with pytest.raises(InputError):
        mini_engine.rank([WEAK], prior={"OMIM:100003": -1.0})


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # engine is immutable
@given(
    present=st.lists(st.sampled_from(TERMS), min_size=1, max_size=4, unique=True),
    excluded=st.lists(st.sampled_from(TERMS), max_size=3, unique=True),
)
def test_posterior_is_a_distribution_and_ratios_are_bounded(
    mini_engine: Engine, present: list[str], excluded: list[str]
) -> None:
    excluded = [t for t in excluded if t not in present]
    ranking = mini_engine.rank(present, excluded, top=4)
    probabilities = [c.probability for c in ranking.candidates]
    assert all(0.0 <= p <= 1.0 for p in probabilities)
    assert sum(probabilities) <= 1.0 + 1e-9
    scores = [c.score for c in ranking.candidates]
    assert scores == sorted(scores, reverse=True)
    parameters = mini_engine.ranker.parameters
    for candidate in ranking.candidates:
        for item in candidate.evidence:
            floor = parameters.excluded_floor if item.excluded else parameters.contradicted_lr
            assert item.likelihood_ratio >= floor - 1e-12
            assert np.isfinite(item.likelihood_ratio)
    assert mini_engine.rank(present, excluded, top=4).to_dict() == ranking.to_dict()


def test_findings_limited_to_the_other_sex_do_not_count(mini_engine: Engine) -> None:
    # Beta syndrome's weakness (3/4) is annotated for females only (phenotype.hpoa sex column).
    female = {c.id: c.likelihood_ratio for c in mini_engine.rank([WEAK], sex="female").candidates}
    male = {c.id: c.likelihood_ratio for c in mini_engine.rank([WEAK], sex="male").candidates}
    assert female["OMIM:100002"] == pytest.approx(2.5)
    assert male["OMIM:100002"] == pytest.approx(0.3)
    assert male["OMIM:100003"] == pytest.approx(female["OMIM:100003"])  # not sex-limited


def _engine_with(mini_files: DataFiles, tmp_path: Path, row: str) -> Engine:
    hpoa = tmp_path / "mini-extra.hpoa"
    hpoa.write_text(mini_files.hpoa.read_text(encoding="utf-8") + row, encoding="utf-8")
    return Engine.load(DataFiles(obo=mini_files.obo, hpoa=hpoa, tag="mini-extra"))


@pytest.fixture
def obligate_engine(mini_files: DataFiles, tmp_path: Path) -> Engine:
    """The mini data plus "Beta syndrome: muscle stiffness, obligate"."""
    return _engine_with(mini_files, tmp_path, "OMIM:100002\tBeta syndrome\t\tHP:0000201\t"
                        "PMID:22\tPCS\t\tHP:0040280\t\t\tP\tHPO:test[2024-01-01]\n")


@pytest.fixture
def not_engine(mini_files: DataFiles, tmp_path: Path) -> Engine:
    """The mini data plus "Gamma myopathy: NOT muscle stiffness" (it is annotated with the
    more specific neuromuscular rigidity, the pattern of ReNU syndrome in phenotype.hpoa)."""
    return _engine_with(mini_files, tmp_path, "OMIM:100003\tGamma myopathy\tNOT\tHP:0000201\t"
                        "ORPHA:1\tTAS\t\t\t\t\tP\tHPO:test[2024-01-01]\n")


def test_a_positive_annotation_below_the_finding_overrides_a_not(not_engine: Engine) -> None:
    # Rigidity: Gamma is annotated with it (0.025 / bg 0.025 = 1.0) although NOT its parent
    # muscle stiffness; before the fix the NOT on the ancestor gave 0.02.
    assert ratios(not_engine, RIGID)[3] == pytest.approx(1.0)
    # Muscle stiffness itself: rigidity lies below it, so Gamma shows stiffness with 0.025,
    # 0.025 / 0.17375 = 0.14, under the noise floor 0.3 (not the contradiction 0.02).
    assert ratios(not_engine, STIFF)[3] == pytest.approx(0.3)
    evidence = {e.hpo_id: e for c in not_engine.rank([RIGID, STIFF], top=3).candidates
                if c.id == "OMIM:100003" for e in c.evidence}
    assert evidence[RIGID].match == "exact"
    assert evidence[STIFF].match == "implied"
    assert evidence[STIFF].matched_id == STIFF


def test_a_not_without_a_positive_annotation_below_still_contradicts(
        not_engine: Engine) -> None:
    # Alpha (OMIM): NOT muscle weakness and nothing below it: contradicted. Its twin (Orphanet)
    # says nothing about weakness (noise floor 0.3) and carries the group.
    assert ratios(not_engine, WEAK)[:2] == [0.02, 0.3]
    alpha = next(c for c in not_engine.rank([WEAK], top=4).candidates if c.id.endswith("0001"))
    assert (alpha.evidence[0].match, alpha.evidence[0].likelihood_ratio) == ("none", 0.3)


def test_a_twin_without_onset_ages_does_not_erase_its_twins(mini_engine: Engine) -> None:
    # Only Alpha's OMIM entry records an onset (adult, from 16 years); its Orphanet twin has
    # none, which says nothing: the group takes the OMIM entry's age ratio, not 1.
    plain = mini_engine.rank([FOCAL], top=3).candidates[0]
    aged = mini_engine.rank([FOCAL], age=15.0, top=3)
    alpha = next(c for c in aged.candidates if c.id == "OMIM:100001")
    assert plain.id == "OMIM:100001"
    assert alpha.likelihood_ratio == pytest.approx(
        plain.likelihood_ratio * 0.2 ** (1 + math.log10(16 / 15)))
    # A disease without onset data anywhere keeps ratio 1.
    beta = {c.id: c.likelihood_ratio for c in mini_engine.rank([WEAK], top=3).candidates}
    beta_aged = {c.id: c.likelihood_ratio for c in mini_engine.rank([WEAK], age=15.0,
                                                                    top=3).candidates}
    assert beta_aged["OMIM:100003"] == pytest.approx(beta["OMIM:100003"])


def test_an_x_linked_twin_keeps_its_sex_ratio_beside_a_twin_without_inheritance(
        engine: Engine) -> None:
    # Menkes disease: OMIM:309400 is X-linked recessive, its Orphanet twin ORPHA:565 records no
    # inheritance, which says nothing about sex: a girl is still ten times less likely than a
    # boy to have it (X_LINKED_RECESSIVE_FEMALE_TO_MALE), as for a lone X-linked entry.
    group = {"OMIM:309400", "ORPHA:565"}
    findings = ["HP:0001276", "HP:0002421", "HP:0002521", "HP:0003016", "HP:0002045"]

    def ratio(sex: str) -> float:
        ranking = engine.rank(findings, sex=sex, top=50, evidence=False)
        return next(c.likelihood_ratio for c in ranking.candidates if group & set(c.ids))

    assert ratio("female") / ratio("male") == pytest.approx(0.1)


def test_a_question_finding_met_only_at_another_site_gets_less_credit(engine: Engine) -> None:
    # h-ranker13: "red skin" (Erythema) meets blepharitis only through Eyelid erythema, a
    # descendant under an organ system (the eye) that Erythema is not under: a question's
    # broader word counts it at f * (bg(a) / bg(q)) ** question_descendant_exponent. The case
    # reports' model keeps the true-path rule (full credit); a disease annotated with the
    # finding itself (intertrigo) and a narrower finding of the same organ system (coeliac
    # disease's Chronic diarrhea for Diarrhea) keep full credit in both.
    knowledge, onto = engine.knowledge, engine.knowledge.ontology
    cases = engine.ranker.model
    questions = engine.ranker.question_ranker.model
    assert questions.parameters.descendant_exponent > 0 == cases.parameters.descendant_exponent
    erythema, diarrhea = onto.index("HP:0010783"), onto.index("HP:0002014")
    blepharitis = knowledge.disease_index("MONDO:0004785")
    full = float(cases.match_probability(erythema)[blepharitis])
    assert full > 0.5
    assert float(questions.match_probability(erythema)[blepharitis]) < 0.5 * full
    for term, disease in ((erythema, "MONDO:0021340"), (diarrhea, "MONDO:0005130")):
        index = knowledge.disease_index(disease)
        assert float(questions.match_probability(term)[index]) == pytest.approx(
            float(cases.match_probability(term)[index]))
    # Off (exponent 0), the discounted column is the model column itself.
    off = LikelihoodModel(knowledge, replace(ModelParameters(), descendant_exponent=1e-12))
    diseases, probability = off.model_column(erythema)
    assert np.allclose(off.match_probability(erythema)[diseases], probability, atol=1e-6)


def test_red_itchy_hands_are_not_blepharitis(engine: Engine) -> None:
    # The question names the hands; blepharitis's redness and itch are of the eyelids and eyes.
    asked = engine.ask("Red, itchy, sore skin on my hands since I started using a new "
                       "washing-up liquid.", top=3).ranking.candidates
    assert asked[0].id == "MONDO:0005480"  # contact dermatitis
    assert all("MONDO:0004785" not in c.ids for c in asked)


def test_a_question_gives_a_rarely_annotated_leaf_a_share_of_its_parents_background(
        engine: Engine) -> None:
    # Stiff wrist (a leaf, annotated to almost no disease) under Joint stiffness (11
    # children): a question's background of it is at least a share of an even split of its
    # parent's; the grouping term keeps its own, and case reports keep the release's.
    onto = engine.knowledge.ontology
    wrist, stiffness = onto.index("HP:0025260"), onto.index("HP:0001387")
    share = engine.ranker.parameters.question_leaf_background_share
    assert share > 0
    cases = engine.ranker.model.background
    questions = engine.ranker.question_ranker.model.background
    even = cases[stiffness] / len(onto.children(stiffness))
    assert cases[wrist] < share * even
    assert questions[wrist] == pytest.approx(share * even)
    assert questions[stiffness] == pytest.approx(cases[stiffness])
    # a leaf annotated often enough keeps its background (Generalized morning stiffness)
    morning = onto.index("HP:0005197")
    assert questions[morning] == pytest.approx(cases[morning])


def test_a_rarely_annotated_leaf_no_longer_gives_its_one_entry_a_runaway_ratio(
        engine: Engine) -> None:
    # "stiff ankles": the one rare entry annotated with Stiff ankle took a ratio of ~13,000
    # against rheumatoid arthritis's noise floor (it is annotated with Joint stiffness); with
    # the leaf's background shared from its parent, the gap narrows from both sides.
    k = engine.knowledge
    ankle = k.ontology.index("HP:0025264")
    cases = engine.ranker.model.observed(ankle)
    questions = engine.ranker.question_ranker.model.observed(ankle)
    exact = int(np.argmax(cases))
    ra = k.disease_ids_index["OMIM:180300"]
    assert questions[exact] < cases[exact] / 5
    assert questions[exact] / questions[ra] < cases[exact] / cases[ra] / 5
