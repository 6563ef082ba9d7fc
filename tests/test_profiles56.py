"""Profiles of h-profiles56 (issue 13: common conditions still missing a profile).

Pityriasis alba (pale, scaly patches on a child's face, often with atopic eczema; its only
figure is a school survey in northern India, marked as one population; onset 2-16 years) and
erythema multiforme (target spots after a cold sore). "hypopigmented patches", as clinicians
write the HPO label without "skin", reads as Hypopigmented skin patches (lay_terms.yaml)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank, present_ids

PITYRIASIS_ALBA = "MONDO:0024349"
ERYTHEMA_MULTIFORME = "MONDO:0006545"


def _profile(mondo: str):  # type: ignore[no-untyped-def]
    return next(p for p in load_condition_profiles() if p.id == mondo)


def test_a_child_with_eczema_and_pale_scaly_patches_on_the_cheeks_finds_pityriasis_alba(
    engine: Engine,
) -> None:
    question = "My 6 year old has pale scaly patches on his cheeks and he has eczema"
    assert answer_rank(engine, question, PITYRIASIS_ALBA) < 3


def test_the_school_survey_figure_is_marked_as_one_population() -> None:
    profile = _profile(PITYRIASIS_ALBA)
    assert profile.prevalence.setting == "one population"
    assert profile.onset is not None and profile.onset.max_years <= 18


@pytest.mark.slow
def test_pityriasis_alba_weighs_less_for_an_adult_than_for_a_child(engine: Engine) -> None:
    def score(question: str) -> float:
        candidates = engine.ask(question, top=10).ranking.candidates
        return next(c.score for c in candidates if PITYRIASIS_ALBA in {c.id, *c.ids})

    child = "hypopigmented patches on the cheeks of an 8 year old"
    assert answer_rank(engine, child, PITYRIASIS_ALBA) == 0
    assert score("hypopigmented patches on the cheeks of a 60 year old") < score(child)


def test_target_spots_after_a_cold_sore_find_erythema_multiforme(engine: Engine) -> None:
    question = ("round red target shaped spots on my hands and arms a week after I had a "
                "cold sore")
    assert answer_rank(engine, question, ERYTHEMA_MULTIFORME) < 3


def test_erythema_multiforme_is_not_urgent_but_names_its_red_flag() -> None:
    profile = _profile(ERYTHEMA_MULTIFORME)
    assert not profile.urgent
    assert profile.red_flags


def test_hypopigmented_patches_read_as_the_hpo_term_without_its_word_skin(engine: Engine) -> None:
    assert "HP:0001053" in present_ids(engine, "hypopigmented patches on her face")
