"""Sheets for rare diseases whose hallmark joints and sites the release leaves out (h-sheets4,
issue 14).

phenotype.hpoa gives osteochondritis dissecans joint pain but no joint: its sheet adds knee
pain as frequent and elbow and ankle pain as occasional, from the rates by joint of a 2021
review (PMID:34109940). Kienbock disease, a disease of one wrist bone, gets wrist pain and
limited wrist movement with the class Orphanet gives joint pain and limited joint movement.
Chronic actinic dermatitis (facial redness) and young-onset Parkinson disease (a tremor at
rest) get sheets whose added findings carry no figure: the release gains the term without a
frequency, which the model counts at its default, and the sheet's text and sources.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import annotated_frequency, answer_rank

OCD, KIENBOCK = "ORPHA:2764", "ORPHA:97332"
CAD, YOPD, PARKINSON = "ORPHA:330064", "ORPHA:2828", "OMIM:168600"
KNEE_PAIN, ELBOW_PAIN, ANKLE_PAIN = "HP:0030839", "HP:0030835", "HP:0030840"
WRIST_PAIN, LIMITED_WRIST = "HP:0030836", "HP:0006248"


def test_osteochondritis_dissecans_is_mostly_a_knee_disease(engine: Engine) -> None:
    knee = annotated_frequency(engine, OCD, KNEE_PAIN)
    assert knee is not None and 0.3 <= knee < 0.8
    for term in (ELBOW_PAIN, ANKLE_PAIN):
        other = annotated_frequency(engine, OCD, term)
        assert other is not None and 0.05 <= other < 0.3


def test_kienbock_disease_gains_wrist_pain_and_stiffness(engine: Engine) -> None:
    for term in (WRIST_PAIN, LIMITED_WRIST):
        assert annotated_frequency(engine, KIENBOCK, term) == pytest.approx(0.9)


def test_a_teenage_athletes_swollen_painful_knee_names_osteochondritis_dissecans(
        engine: Engine) -> None:
    question = "15 year old basketball player with knee pain and swelling after training for months"
    assert answer_rank(engine, question, OCD, top=3) < 3


def annotated_terms(engine: Engine, disease: str) -> set[str]:
    """The HPO terms the compiled knowledge annotates ``disease`` with."""
    k = engine.knowledge
    return {r.hpo_id for r in k.annotations(k.disease_index(disease))}


@pytest.mark.parametrize(("disease", "term"), [(CAD, "HP:0001041"), (YOPD, "HP:0002322")])
def test_a_sheet_finding_without_a_figure_is_added_without_a_frequency(
        engine: Engine, disease: str, term: str) -> None:
    # The term was missing from the release; without a figure it carries no frequency.
    assert term in annotated_terms(engine, disease)
    assert annotated_frequency(engine, disease, term) is None
    sheet = engine.explain(disease).fact_sheet
    assert sheet is not None and sheet.id == disease


def test_an_older_persons_resting_tremor_still_leads_with_parkinson_disease(
        engine: Engine) -> None:
    question = ("72 year old man with a resting tremor of his right hand, slow movements "
                "and stiffness")
    assert answer_rank(engine, question, PARKINSON, top=3) == 0
