"""A blood relative's own condition as family history (issue 14, h-reader46), on the real
engine: the reader marks the finding as the relative's, the ranker weighs it as a tempered,
bounded lift (rank/family_findings.py) and never as the patient's finding, and the answer
names it as family history."""

from __future__ import annotations

import numpy as np

from whatcauses.engine import Engine
from whatcauses.rank.family_findings import (
    FAMILY_MAX_LIFT,
    family_lift,
    family_weights,
    mendelian_diseases,
)

from .readings import answer_rank

ASTHMA_HPO, ASTHMA = "HP:0002099", "MONDO:0004979"
GLAUCOMA_HPO, COLD = "HP:0000501", "MONDO:0005709"


def test_a_relatives_condition_is_family_history_not_the_patients_finding(
        engine: Engine) -> None:
    reading = engine.interpret("My 7 year old son coughs at night and wheezes when he runs "
                               "about. His dad has asthma.")
    theirs = [f for f in reading.findings if ASTHMA_HPO in f.ids]
    assert theirs and all(f.relative == "dad" for f in theirs)
    assert not any(ASTHMA_HPO in f.ids for f in reading.present)
    assert [f.ids[0] for f in reading.family_findings] == [ASTHMA_HPO]
    assert reading.to_dict()["findings"][-1]["relative"] == "dad"


def test_the_relatives_condition_lifts_the_diseases_that_list_it(engine: Engine) -> None:
    question = ("My 7 year old son coughs at night and wheezes when he runs about. "
                "His dad has asthma.")
    answer = engine.ask(question, top=5)
    first = answer.ranking.candidates[0]
    assert ASTHMA in first.ids
    assert first.family_history == ("asthma",)
    assert "family history of asthma (dad)" in answer.answer


def test_a_distracting_relatives_condition_leaves_the_patients_complaint_first(
        engine: Engine) -> None:
    question = "I've had a blocked nose, sore throat and sneezing for 3 days. My dad has glaucoma."
    reading = engine.interpret(question)
    assert not any(GLAUCOMA_HPO in f.ids for f in reading.present)
    assert answer_rank(engine, question, COLD) == 0


def test_a_relatives_stroke_raises_no_urgent_notice_for_the_patient(engine: Engine) -> None:
    reading = engine.interpret("My mum had a stroke at 60. I get a sore throat when I wake up.")
    assert not reading.red_flags
    assert all(f.relative == "mum" for f in reading.findings if f.text == "stroke")


def test_the_same_way_after_a_relatives_finding_makes_it_the_patients(
        engine: Engine) -> None:
    reading = engine.interpret("I'm a 22 year old man and lost the central vision in one eye. "
                               "My mother's brother went blind the same way at 25.")
    assert not reading.family_findings
    assert any("blind" in f.text for f in reading.own)


def test_a_relatives_mendelian_hallmark_keeps_its_whole_ratio(engine: Engine) -> None:
    # "too" leaves the relatives' attacks theirs; periodic paralysis is dominant, so the
    # relatives' attacks still bring it first.
    question = ("I wake up some mornings after a big carb dinner unable to move my arms and "
                "legs for a few hours. My father and my sister get these attacks of paralysis "
                "too.")
    assert engine.interpret(question).family_findings
    assert answer_rank(engine, question, "OMIM:170400") == 0


def test_the_lift_is_tempered_bounded_and_never_a_penalty() -> None:
    ratios = np.array([0.01, 1.0, 4.0, 1e6, 0.01, 1e6])
    mendelian = np.array([False, False, False, False, True, True])
    lift = family_lift(ratios, mendelian)
    # Complex diseases: the square root, at most FAMILY_MAX_LIFT; Mendelian ones: the whole
    # ratio; never below 1.
    assert lift.tolist() == [1.0, 1.0, 2.0, FAMILY_MAX_LIFT, 1.0, 1e6]
    assert family_weights([]) is None
    combined = family_weights([lift[:4], lift[:4]])
    assert combined is not None and combined.tolist() == [1.0, 1.0, 4.0, FAMILY_MAX_LIFT ** 2]


def test_mendelian_diseases_are_those_with_only_mendelian_inheritance(engine: Engine) -> None:
    flags = mendelian_diseases(engine.knowledge)
    index = engine.knowledge.disease_ids_index
    assert flags[index["OMIM:192600"]]  # familial hypertrophic cardiomyopathy: dominant
    assert not flags[index["OMIM:600807"]]  # asthma susceptibility: also non-Mendelian
    assert not flags[index[ASTHMA]]  # a condition profile: no inheritance annotation
