"""A question's age against the typical onset ranges of condition profiles (rank/model.py,
``question_age``), the age and sex fits of candidates with their evidence lines, and the CLI
showing them.

Unit tests on the mini fixture (tests/conftest.py) with one profile made here; the CLI test
(marked ``slow``) asks the embedded release.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.explain.evidence import (
    AGE_LINE_ID,
    SEX_LINE_ID,
    describe_age,
    describe_sex,
    explain_candidate,
)
from whatcauses.explain.wording import age_words, life_stage, onset_words
from whatcauses.knowledge.curated_diseases import CuratedDiseases
from whatcauses.knowledge.sources import DataFiles
from whatcauses.rank.model import ModelParameters
from whatcauses.rank.query import build_query
from whatcauses.rank.results import AgeFit, SexFit

from .test_cli import cli
from .test_priors import STIFF, WEAK, _engine, _row

__all__ = ["cli"]  # the fixture, shared with test_cli

PROFILE = "MONDO:0000009"  # a common condition of adolescents and young adults: 10-45 years


@pytest.fixture
def profiled(mini_files: DataFiles) -> Engine:
    curated = CuratedDiseases(
        annotations=(_row(PROFILE, STIFF, 0.9, "Young stiffness"),
                     _row(PROFILE, WEAK, 0.55, "Young stiffness")),
        onset={PROFILE: [10.0, 45.0]},
    )
    return _engine(mini_files, curated)


def test_past_a_profile_range_the_ratio_falls_with_age_down_to_the_floor(
        profiled: Engine) -> None:
    model = profiled.ranker.model
    index = profiled.knowledge.disease_index(PROFILE)
    assert bool(model.profile_onset[index])
    ratios = [float(model.question_age(age)[index]) for age in (30.0, 45.0, 70.0, 90.0, 200.0)]
    assert ratios[:2] == [1.0, 1.0]  # within the range: no weight either way
    exponent = ModelParameters().question_late_onset_exponent
    assert ratios[2] == pytest.approx((45 / 70) ** exponent)
    assert ratios[3] == pytest.approx(max((45 / 90) ** exponent,
                                          ModelParameters().question_late_onset_floor))
    # Far past the range (200 is 4.4 times 45) the floor is taken once per threefold
    # (h-age12: question_late_onset_fold), never below the far floor.
    p = ModelParameters()
    folds = math.log(200 / 45) / math.log(p.question_late_onset_fold)
    assert ratios[4] == pytest.approx(max(p.question_late_onset_floor ** folds,
                                          p.question_late_onset_far_floor))
    assert ratios[4] < p.question_late_onset_floor
    # The case-report rule stays as it was: nothing until late_presentation_years past the
    # range, then the one late_presentation_lr.
    parameters = ModelParameters()
    within = 45.0 + parameters.late_presentation_years - 1
    assert float(model.age(within)[index]) == 1.0
    assert float(model.age(within + 2)[index]) == pytest.approx(parameters.late_presentation_lr)


def test_the_factor_is_soft_and_never_above_one_for_any_age(profiled: Engine) -> None:
    model = profiled.ranker.model
    for age in np.linspace(-0.5, 120.0, 97):
        ratio = model.question_age(float(age))
        assert np.all(ratio > 0.0) and np.all(ratio <= 1.0)


def test_hpo_onset_classes_keep_the_late_presentation_rule(profiled: Engine) -> None:
    # Beta syndrome is annotated congenital: a lifelong disease, asked about at a later age
    # too, so HPO's onset classes keep the one late-presentation ratio, past a margin of
    # question_late_presentation_years in a question (20: first noticed at 25 weighs
    # against it, question_late_presentation_lr) and of late_presentation_years in a case
    # report (40, late_presentation_lr).
    model = profiled.ranker.model
    parameters = ModelParameters()
    hpo = ~model.profile_onset
    beta = profiled.knowledge.disease_index("OMIM:100002")
    assert not bool(model.profile_onset[beta])
    for age in (0.5, 8.0):
        assert np.array_equal(model.question_age(age)[hpo], model.age(age)[hpo])
    margin = parameters.question_late_presentation_years
    assert float(model.age(margin + 5.0)[beta]) == 1.0
    assert float(model.question_age(margin - 1.0)[beta]) == 1.0
    assert float(model.question_age(margin + 5.0)[beta]) == pytest.approx(
        parameters.question_late_presentation_lr)
    for age in (41.0, 70.0):
        assert float(model.age(age)[beta]) == pytest.approx(parameters.late_presentation_lr)
        assert float(model.question_age(age)[beta]) == pytest.approx(
            parameters.question_late_presentation_lr)


def test_an_exponent_of_zero_turns_it_off(mini_files: DataFiles, profiled: Engine) -> None:
    curated = CuratedDiseases(annotations=(_row(PROFILE, STIFF, 0.9, "Young stiffness"),),
                              onset={PROFILE: [10.0, 45.0]})
    off = _engine(mini_files, curated,
                  replace(ModelParameters(), question_late_onset_exponent=0.0))
    # Off, a profile's range keeps the late_presentation rule, with the question's margin.
    model = off.ranker.model
    index = off.knowledge.disease_index(PROFILE)
    parameters = ModelParameters()
    margin = 45.0 + parameters.question_late_presentation_years
    assert float(model.question_age(margin - 1)[index]) == 1.0
    assert float(model.question_age(margin + 1)[index]) == pytest.approx(
        parameters.question_late_presentation_lr)


def test_a_question_ranking_carries_the_age_fit_and_its_ratio(profiled: Engine) -> None:
    ranker = profiled.ranker
    query = build_query(profiled.knowledge.ontology, [STIFF, WEAK], age=70.0)
    asked = next(c for c in ranker.rank_query(query, None, 5, question=True,
                                                age_at_onset=True).candidates
                 if c.id == PROFILE)
    coded = next(c for c in ranker.rank_query(query, None, 5).candidates if c.id == PROFILE)
    ratio = (45 / 70) ** ModelParameters().question_late_onset_exponent
    assert asked.age_fit == AgeFit(70.0, 10.0, 45.0, pytest.approx(ratio))
    assert coded.age_fit is None  # the case-report rule leaves it at 1
    assert asked.likelihood_ratio == pytest.approx(coded.likelihood_ratio * ratio)
    # Within its range the age says nothing, and no age line is shown (the fixture's
    # congenital disease is weighed at 20: past the question's late-presentation margin).
    young = build_query(profiled.knowledge.ontology, [STIFF, WEAK], age=20.0)
    within = next(c for c in ranker.rank_query(young, None, 5, question=True,
                                                 age_at_onset=True).candidates
                  if c.id == PROFILE)
    assert within.age_fit is None
    supporting, opposing = explain_candidate(profiled.knowledge.ontology, asked, ("PMID:1",))
    line = next(x for x in opposing if x.hpo_id == AGE_LINE_ID)
    assert line.references == ("PMID:1",) and not line.supports
    assert line.text.startswith("It usually begins between 10 and 45 years")
    assert "70 years old: weighs strongly against it" in line.text
    assert all(x.hpo_id != AGE_LINE_ID for x in supporting)


def test_the_sex_fit_says_why_the_sex_counted(mini_files: DataFiles) -> None:
    curated = CuratedDiseases(annotations=(_row(PROFILE, STIFF, 0.9, "Women's stiffness"),),
                              sex={PROFILE: [None, "female"]})
    engine = _engine(mini_files, curated)
    onto = engine.knowledge.ontology
    ranked = engine.ranker.rank_query(build_query(onto, [STIFF], sex="male"), None, 5)
    fit = next(c for c in ranked.candidates if c.id == PROFILE).sex_fit
    assert fit == SexFit("male", pytest.approx(ModelParameters().other_sex_lr), only="female")
    line = describe_sex(fit, ("PMID:2",))
    assert line.hpo_id == SEX_LINE_ID and not line.supports and line.references == ("PMID:2",)
    assert line.text.startswith("It occurs in women only; the person asked about is male: "
                                "weighs strongly against it")
    women = engine.ranker.rank_query(build_query(onto, [STIFF], sex="female"), None, 5)
    fit = next(c for c in women.candidates if c.id == PROFILE).sex_fit
    assert fit is not None and fit.likelihood_ratio == pytest.approx(2.0)
    assert describe_sex(fit, ()).supports
    ratio = describe_sex(SexFit("female", 1.6, female_to_male=4.0), ()).text
    assert ratio.startswith("About 4 women are affected for every man; the person asked "
                            "about is female: weak support")
    assert describe_sex(SexFit("female", 0.18, female_to_male=0.1, x_linked=True),
                        ()).text.startswith("It is inherited X-linked recessively")


def test_ages_and_onset_ranges_in_words() -> None:
    assert age_words(21 / 365.25) == "3 weeks"
    assert age_words(0.5) == "6 months"
    assert age_words(70.0) == "70 years"
    assert life_stage(15.0) == "adolescence" and life_stage(70.0) == "older age"
    assert onset_words(10.0, 45.0) == "between 10 and 45 years (childhood to middle age)"
    assert onset_words(0.0, 0.25) == "from birth to 3 months (the newborn period to infancy)"
    assert onset_words(16.0, math.inf) == "from 16 years on (adolescence)"
    assert onset_words(0.5, 6.0) == "between 6 months and 6 years (infancy to childhood)"
    text = describe_age(AgeFit(2.0 / 12, 12.0, 25.0, 0.004), ()).text
    assert text == ("It usually begins between 12 and 25 years (adolescence to young "
                    "adulthood); the person asked about is 2 months old: weighs strongly "
                    "against it (likelihood ratio 0.004).")


@pytest.mark.slow
def test_ask_shows_why_a_condition_of_the_young_counts_less_at_70(cli: Any) -> None:
    question = "I'm 70 and my knee hurts when I climb stairs"
    done = cli(["ask", question, "--json", "--top", "5"])
    assert done.code == 0, done.stderr
    answer = json.loads(done.stdout)
    young = next(c for c in answer["candidates"] if c["id"] == "MONDO:0006894")
    assert young["age_fit"]["onset_to"] == 45.0 and young["age_fit"]["likelihood_ratio"] < 0.5
    explained = next(e for e in answer["explanations"] if e["id"] == "MONDO:0006894")
    line = next(s for s in explained["opposing"] if s["text"].startswith("It usually begins"))
    # Cited from the profile's onset sources.
    cited = {c["n"]: c["id"] for c in answer["citations"]}
    assert {cited[n] for n in line["citations"]} == {"PMID:29324820", "PMID:27343241"}
    shown = cli(["ask", question, "--top", "5"])
    assert shown.code == 0, shown.stderr
    # The table wraps the Why column inside its borders: read it as one text.
    assert "the person asked about is 70" in " ".join(re.sub("[\u2502\u2503]", " ",
                                                            shown.stdout).split())


@pytest.mark.slow
def test_words_on_when_the_findings_began_keep_the_case_report_rule(engine: Engine) -> None:
    # "since childhood": the findings are not new, so the age is no age at onset. Atopic
    # eczema (onset 0-10 years) is a lasting condition: asked about at 40 with nothing said of
    # when, the person may have had it since childhood (no weight either); a complaint that
    # began two weeks ago began at 40, which the range weighs against.
    skin = "itchy dry skin on my elbows and behind my knees"
    eczema = "MONDO:0004980"
    recent = engine.ask(f"I'm 40 and for two weeks I have had {skin}", top=10)
    old = engine.ask(f"I'm 40 and I've had {skin} since childhood", top=10).ranking.candidates
    unsaid = engine.ask(f"I'm 40 and I have {skin}", top=10).ranking.candidates
    fit = next(c for c in recent.ranking.candidates if eczema in c.ids).age_fit
    assert recent.interpretation.course is not None
    assert fit is not None and fit.likelihood_ratio < 0.2
    assert next(c for c in old if eczema in c.ids).age_fit is None
    assert next(c for c in unsaid if eczema in c.ids).age_fit is None


def test_a_lasting_condition_past_its_range_keeps_the_case_report_rule(engine: Engine) -> None:
    # ADHD (onset 3-12 years, lasting): at 36 no weight, as for a case report; 40 years past
    # the end (at 80) the case reports' weak ratio; with the complaint said to be recent, or
    # with the mechanism off, the exponent of a condition that begins now.
    model, knowledge = engine.ranker.model, engine.knowledge
    parameters = ModelParameters()
    adhd = knowledge.disease_index("MONDO:0007743")
    assert bool(model.lasting[adhd])
    assert float(model.question_age(36.0)[adhd]) == 1.0
    assert float(model.question_age(80.0)[adhd]) == pytest.approx(parameters.late_presentation_lr)
    begun = float(model.question_age(36.0, lasting_begun=False)[adhd])
    assert begun == pytest.approx(max((12.0 / 36.0) ** 3, parameters.question_late_onset_floor))
    off = Engine(knowledge, replace(parameters, question_lasting_as_examination=False))
    assert float(off.ranker.model.question_age(36.0)[adhd]) == pytest.approx(begun)
    # A condition whose episodes end keeps the exponent: strep throat (3-50) at 80.
    strep = knowledge.disease_index("MONDO:0021783")
    assert not bool(model.lasting[strep])
    assert float(model.question_age(80.0)[strep]) == pytest.approx((50.0 / 80.0) ** 3)


def test_a_lasting_condition_long_past_its_range_weighs_less_when_no_duration_is_said(
        engine: Engine) -> None:
    # Panic disorder (onset 15-45 years, lasting): at 75 with nothing said of how long, the
    # shorter margin (question_lasting_unsaid_years) gives the case reports' weak ratio; a
    # complaint said to have gone on for years keeps late_presentation_years (ratio 1 up to
    # 85); 0 turns the shorter margin off.
    model, knowledge = engine.ranker.model, engine.knowledge
    parameters = ModelParameters()
    panic = knowledge.disease_index("MONDO:0005383")
    assert bool(model.lasting[panic])
    unsaid = float(model.question_age(75.0, duration_said=False)[panic])
    assert unsaid == pytest.approx(parameters.late_presentation_lr)
    assert float(model.question_age(75.0)[panic]) == 1.0
    assert float(model.question_age(60.0, duration_said=False)[panic]) == 1.0
    off = Engine(knowledge, replace(parameters, question_lasting_unsaid_years=0.0))
    assert float(off.ranker.model.question_age(75.0, duration_said=False)[panic]) == 1.0


@pytest.mark.slow
def test_a_new_racing_heart_at_75_is_not_read_as_panic_disorder(engine: Engine) -> None:
    # The question says nothing of how long: panic disorder, which begins by 45, weighs less
    # at 75 and atrial fibrillation leads; said to have gone on for years, no weight.
    heart = "my heart races and flutters irregularly and I get breathless"
    unsaid = engine.ask(f"I'm 75 and {heart}", top=10).ranking.candidates
    assert "MONDO:0004981" in unsaid[0].ids
    fit = next(c for c in unsaid if "MONDO:0005383" in c.ids).age_fit
    assert fit is not None and fit.likelihood_ratio < 0.5
    years = engine.ask(f"I'm 75 and for years {heart}", top=10).ranking.candidates
    assert next(c for c in years if "MONDO:0005383" in c.ids).age_fit is None


@pytest.mark.slow
def test_conditions_that_go_on_for_years_are_not_weighed_down_past_their_start(
        engine: Engine) -> None:
    # Profiles marked lasting with a source (h-lasting): hyperhidrosis usually starts by 25
    # and goes on for years, so at 45 with nothing said of when, the person may have had it
    # since their teens (no weight); sweating that began two weeks ago began at 45, which the
    # range weighs against.
    model, knowledge = engine.ranker.model, engine.knowledge
    for mondo in ("MONDO:0004979", "MONDO:0004985", "MONDO:0008114", "MONDO:0001247",
                  "MONDO:0006559", "MONDO:0008487", "MONDO:0007754", "MONDO:0011786",
                  "MONDO:0005361", "MONDO:0005770", "MONDO:0005109", "MONDO:0011438"):
        assert bool(model.lasting[knowledge.disease_index(mondo)]), mondo
    sweat = "my palms and armpits sweat so badly that I drip, even when it's cold"
    hyperhidrosis = "MONDO:0007754"
    unsaid = engine.ask(f"I'm 45 and {sweat}", top=10).ranking.candidates
    assert hyperhidrosis in unsaid[0].ids
    assert unsaid[0].age_fit is None
    recent = engine.ask(f"I'm 45 and for two weeks {sweat}", top=10).ranking.candidates
    fit = next(c for c in recent if hyperhidrosis in c.ids).age_fit
    assert fit is not None and fit.likelihood_ratio < 0.2


def test_a_twin_without_onset_data_does_not_erase_a_profiles_range(engine: Engine) -> None:
    # The ADHD profile (onset 3-12 years) is one disease with OMIM:143465, which records no
    # onset (and with the inherited forms it includes): asked about an 80-year-old, the group
    # keeps a weight against it, one for all members, and its age evidence names a childhood
    # range, the profile's or an inherited form's (the twin's open range has nothing to say).
    ranker, knowledge = engine.ranker, engine.knowledge
    profile = knowledge.disease_index("MONDO:0007743")
    members = [int(m) for m in np.flatnonzero(ranker._twin_group == ranker._twin_group[profile])]
    assert knowledge.disease_index("OMIM:143465") in members
    ratios = {float(np.exp(ranker._question_age_log_ratio(80.0)[m])) for m in members}
    assert len(ratios) == 1
    assert ModelParameters().question_late_onset_floor <= ratios.pop() < 0.5
    head = min(members, key=lambda m: m != int(ranker._twin_group[profile]))
    fit = ranker._age_fit(80.0, [head, *[m for m in members if m != head]], True)
    assert fit is not None and fit.onset_to <= 12.0


def test_in_a_question_a_profiles_range_governs_its_twin_group(engine: Engine) -> None:
    # The atrial fibrillation profile (onset 55-95 years) includes familial forms whose HPO
    # onset classes reach into childhood (OMIM:608583, from 1 year): for a 22-year-old the
    # group is weighed by the profile's range, not lifted to 1 by the rare form, and its age
    # evidence names the profile's range. Case reports keep the largest member's ratio.
    ranker, knowledge = engine.ranker, engine.knowledge
    profile = knowledge.disease_index("MONDO:0004981")
    familial = knowledge.disease_index("OMIM:608583")
    assert ranker._twin_group[familial] == ranker._twin_group[profile]
    assert float(ranker.model.question_age(22.0)[familial]) == 1.0
    ratio = float(np.exp(ranker._question_age_log_ratio(22.0)[profile]))
    assert ratio == pytest.approx(float(ranker.model.question_age(22.0)[profile]))
    assert ratio < 0.2
    assert float(np.exp(ranker._question_age_log_ratio(22.0)[familial])) == ratio
    assert float(np.exp(ranker._age_log_ratio(22.0)[profile])) == 1.0
    candidates = engine.ask("I'm 22 and my heart suddenly races, then it stops just as suddenly",
                            top=30).ranking.candidates
    fit = next(c for c in candidates if "MONDO:0004981" in c.ids).age_fit
    assert fit is not None and fit.onset_from == 55.0 and fit.likelihood_ratio < 0.2
    off = Engine(knowledge, replace(ModelParameters(), question_profile_onset_governs=False))
    assert float(np.exp(off.ranker._question_age_log_ratio(22.0)[profile])) == 1.0


def test_conditions_of_the_reproductive_years_weigh_little_past_the_menopause(
        engine: Engine) -> None:
    # Ectopic pregnancy (women only, 18-45 years) is a condition of the reproductive years;
    # endometrial cancer (50-85) and vulvodynia (18-60) are not.
    model, knowledge = engine.ranker.model, engine.knowledge
    parameters = ModelParameters()
    ectopic = knowledge.disease_index("MONDO:0000755")
    assert bool(model.reproductive_years[ectopic])
    for other in ("MONDO:0011962", "MONDO:0021722", "MONDO:0005709"):
        assert not bool(model.reproductive_years[knowledge.disease_index(other)])
    assert float(model.question_age(30.0)[ectopic]) == 1.0
    assert float(model.question_age(63.0)[ectopic]) == pytest.approx(
        parameters.question_reproductive_lr)
    assert float(model.age(63.0)[ectopic]) == 1.0  # case reports keep their own rule
    question = "I'm a 63 year old woman and I've had some vaginal bleeding"
    candidates = engine.ask(question, top=10).ranking.candidates
    assert candidates[0].id != "MONDO:0000755"
    fit = next((c.age_fit for c in candidates if "MONDO:0000755" in c.ids), None)
    assert fit is None or fit.likelihood_ratio == pytest.approx(parameters.question_reproductive_lr)


@pytest.mark.parametrize(("age", "mondo"), [
    (4.0, "MONDO:0002203"),   # functional constipation: children too (NICE CG99)
    (2.0, "MONDO:0001356"),   # iron-deficiency anaemia: peaks at 1-3 years
    (45.0, "MONDO:0002842"),  # H. pylori gastritis: caught in childhood, found in adults
    (50.0, "MONDO:0005366"),  # chronic hepatitis B: caught early, lifelong
    (34.0, "MONDO:0021783"),  # strep throat: parents of school children (CDC)
    (38.0, "MONDO:0003471"),  # head lice: household members of children (CDC)
    (35.0, "MONDO:0005746"),  # threadworms: the whole household (NHS)
    (30.0, "MONDO:0004592"),  # impetigo: anyone, contacts of a case (CDC)
    (84.0, "MONDO:0003529"),  # pyelonephritis: young women, infants and older people
    (13.0, "MONDO:0850230"),  # chronic urticaria: children under 15 counted too
])
def test_common_conditions_keep_no_weight_against_ages_they_present_at(
        engine: Engine, age: float, mondo: str) -> None:
    # An onset range is the ages a condition presents at, not the ages it is caught at or the
    # group a source happened to count (h-onsets): inside it the age weighs nothing.
    ranker, knowledge = engine.ranker, engine.knowledge
    index = knowledge.disease_index(mondo)
    assert float(np.exp(ranker._question_age_log_ratio(age)[index])) == pytest.approx(1.0)
