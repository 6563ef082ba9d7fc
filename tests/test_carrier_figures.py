"""A prevalence figure that counts genotype carriers (`setting: carriers`, h-ranker12): shown
with its note, counted at the one-setting factor in the prior, and counted whole when a
relative's condition lifts the disease (rank/ranker.py, Ranker._carrier_restore)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from whatcauses.answer.compose import CARRIERS_HEADING
from whatcauses.engine import Engine
from whatcauses.knowledge.curated import PREVALENCE_SETTINGS
from whatcauses.rank.inheritance import inheritance_ratios
from whatcauses.rank.ranker import Ranker

from .readings import answer_rank

LYNCH = "ORPHA:144"
COLON_CANCER_HPO = "HP:0003003"


def test_lynch_syndromes_figure_is_marked_as_counting_carriers(engine: Engine) -> None:
    knowledge = engine.knowledge
    assert knowledge.curated_prevalence[LYNCH][4] == "carriers"
    figure = engine.ranker.prevalence[knowledge.disease_index(LYNCH)]
    assert figure is not None and not figure.general_population
    assert "carriers" in PREVALENCE_SETTINGS


def test_the_figure_is_shown_with_the_carriers_note(engine: Engine) -> None:
    figure = engine.ranker.prevalence[engine.knowledge.disease_index(LYNCH)]
    assert figure is not None
    assert PREVALENCE_SETTINGS["carriers"] in figure.phrase


def test_a_carrier_figure_weighs_a_tenth_in_the_prior(engine: Engine) -> None:
    ranker = engine.ranker
    p = ranker.parameters
    index = engine.knowledge.disease_index(LYNCH)
    figure = ranker.prevalence[index]
    assert figure is not None
    weight = ranker.prevalence_prior(1.0)[index]
    expected = min(figure.at_a_time_per_100000 * p.one_setting_prevalence_factor,
                   p.prevalence_cap_per_100000) / p.default_prevalence_per_100000
    assert np.isclose(weight, expected)


def test_a_relatives_bowel_cancer_restores_the_whole_figure(engine: Engine) -> None:
    ranker = engine.ranker
    index = engine.knowledge.disease_index(LYNCH)
    family = np.ones(engine.knowledge.n_diseases)
    assert ranker._carrier_restore((family, None), "person") is None
    family[index] = 8.0
    restore = ranker._carrier_restore((None, family), "person")
    assert restore is not None
    p = ranker.parameters
    assert np.isclose(restore[index],
                      (1 / p.one_setting_prevalence_factor) ** p.person_prevalence_exponent)
    others = np.delete(restore, index)
    assert np.all(others == 1.0)


def test_a_restored_carrier_figure_still_counts_at_most_the_cap(engine: Engine) -> None:
    ranker = engine.ranker
    p = ranker.parameters
    index = engine.knowledge.disease_index(LYNCH)
    figure = ranker.prevalence[index]
    assert figure is not None
    family = np.ones(engine.knowledge.n_diseases)
    family[index] = 8.0
    # With the cap just above the discounted figure, the whole figure would pass it.
    discounted = figure.at_a_time_per_100000 * p.one_setting_prevalence_factor
    capped = replace(p, prevalence_cap_per_100000=discounted * 2)
    restore = Ranker(engine.knowledge, capped)._carrier_restore((None, family), "person")
    assert restore is not None
    assert np.isclose(restore[index], 2.0 ** p.person_prevalence_exponent)


def test_family_history_of_bowel_cancer_keeps_lynch_syndrome_near_the_top(
        engine: Engine) -> None:
    question = ("I'm 35 with blood in my stool; my father had colon cancer at 40 and my "
                "grandmother had endometrial cancer")
    reading = engine.interpret(question)
    assert COLON_CANCER_HPO in [f.ids[0] for f in reading.family_findings]
    assert answer_rank(engine, question, LYNCH) < 3


def test_a_family_history_that_fits_its_inheritance_restores_it_too(engine: Engine) -> None:
    knowledge = engine.knowledge
    index = knowledge.disease_index("OMIM:120435")  # Lynch syndrome I: annotated dominant
    assert engine.ranker._carrier_figures[index]
    dominant = inheritance_ratios(knowledge, ["HP:0000006"])  # Autosomal dominant
    restore = engine.ranker._carrier_restore((None, dominant), "person")
    assert restore is not None and restore[index] > 1.0
    recessive = inheritance_ratios(knowledge, ["HP:0000007"])  # does not fit it
    assert engine.ranker._carrier_restore((None, recessive), "person") is None


def test_the_answer_groups_it_as_a_count_of_carriers(engine: Engine) -> None:
    answer = engine.ask("I'm 35 with blood in my stool; my father had colon cancer at 40 and "
                        "my grandmother had endometrial cancer", top=10)
    assert f"{CARRIERS_HEADING}: Lynch syndrome" in answer.answer
    assert "Known only from one population or setting: Lynch" not in answer.answer


def test_a_relatives_bowel_or_womb_cancer_is_read_as_their_cancer(engine: Engine) -> None:
    question = ("I'm 35 with blood in my stool; my mother had bowel cancer at 42 and her "
                "sister had womb cancer at 48")
    reading = engine.interpret(question)
    assert [f.ids[0] for f in reading.family_findings] == [COLON_CANCER_HPO, "HP:0010784"]
    assert answer_rank(engine, question, LYNCH) < 3


def test_a_heart_racing_irregularly_is_an_irregular_heartbeat(engine: Engine) -> None:
    # h-ranker12's lay term (not a carrier figure, kept with this helper's tests).
    reading = engine.interpret("my heart races irregularly and I'm breathless, I'm 70")
    assert "HP:0011675" in [f.ids[0] for f in reading.present]
    assert answer_rank(engine, "my heart races irregularly and I'm breathless, I'm 70",
                       "OMIM:611494") == 0
