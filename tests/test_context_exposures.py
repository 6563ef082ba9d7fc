"""Exposures of context (exposures.yaml): a cold or viral illness that came before, read from
the question and weighing the conditions that usually follow one."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.exposures import EXPOSURE_WEIGHT, exposure_weights

PERICARDITIS = "MONDO:0005904"


@pytest.mark.parametrize("question", [
    "Sharp chest pain, worse lying down, after a cold last week.",
    "Blocked nose and pain in my cheeks since a cold.",
    "Chest pain after a viral infection.",
])
@pytest.mark.slow
def test_a_recent_cold_is_read_as_an_exposure(engine: Engine, question: str) -> None:
    assert "recent-viral-illness" in engine.interpret(question).exposure_keys


@pytest.mark.parametrize("question", [
    "I always feel cold and tired.",
    "My fingers go white in the cold.",
    "No cold or flu lately but my chest hurts.",
])
@pytest.mark.slow
def test_feeling_cold_or_a_denied_cold_names_no_viral_illness(engine: Engine,
                                                              question: str) -> None:
    assert "recent-viral-illness" not in engine.interpret(question).exposure_keys


@pytest.mark.slow
def test_the_diseases_that_follow_a_cold_weigh_more_when_one_is_named(engine: Engine) -> None:
    knowledge = engine.knowledge
    weights = exposure_weights(knowledge, ["recent-viral-illness"])
    assert weights is not None
    assert weights[knowledge.disease_index(PERICARDITIS)] == EXPOSURE_WEIGHT


@pytest.mark.slow
def test_chest_pain_after_a_cold_brings_pericarditis_up(engine: Engine) -> None:
    def rank(question: str) -> int:
        candidates = engine.ask(question, top=40).ranking.candidates
        return next((c.rank for c in candidates if PERICARDITIS in c.ids), 41)

    assert rank("Sharp chest pain, after a cold last week.") < rank("Sharp chest pain.")


DRUG_ALLERGY = "MONDO:0000775"


@pytest.mark.parametrize("question", [
    "Itchy red rash after starting amoxicillin.",
    "Hives since I was given penicillin.",
])
@pytest.mark.slow
def test_a_named_antibiotic_is_read_as_a_new_medicine(engine: Engine, question: str) -> None:
    assert "new-medicine" in engine.interpret(question).exposure_keys


@pytest.mark.slow
def test_a_rash_after_a_new_antibiotic_brings_drug_allergy_up(engine: Engine) -> None:
    # Drug allergy needs a medicine (necessary exposure): unnamed, it weighs a tenth as much.
    def rank(question: str) -> int:
        candidates = engine.ask(question, top=40).ranking.candidates
        return next((c.rank for c in candidates if DRUG_ALLERGY in c.ids), 41)

    assert rank("Itchy red rash all over after starting amoxicillin.") == 1
    assert rank("Itchy red rash all over.") > 3
