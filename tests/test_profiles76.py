"""Profiles for two common conditions without one (h-profiles76, issue 14): tonsillitis, the
most frequent primary-care diagnosis with a MONDO id that bench/coverage.py found uncovered, and
non-allergic (vasomotor) rhinitis. Red swollen tonsils with fever bring tonsillitis into the
first five while strep throat keeps the first place; a runny, blocked nose set off by cold air
and smells, with no allergy, brings vasomotor rhinitis into the first five while hay fever keeps
its own questions."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import condition_profile_index

from .readings import answer_rank

TONSILLITIS = "MONDO:0001039"
STREP_THROAT = "MONDO:0021783"
VASOMOTOR_RHINITIS = "MONDO:0006004"
ALLERGIC_RHINITIS = "MONDO:0011786"


def test_tonsillitis_is_a_common_ent_infection_with_sourced_findings() -> None:
    profile = condition_profile_index()[TONSILLITIS]
    assert not profile.urgent
    assert profile.organ_system == "ear-nose-throat"
    frequencies = {f.hpo: f.frequency for f in profile.findings}
    assert frequencies["HP:0033050"] == "very frequent"  # Pharyngalgia
    assert frequencies["HP:0030812"] == "very frequent"  # Enlarged tonsils
    assert frequencies["HP:0001945"] == "frequent"  # Fever


@pytest.mark.parametrize("question", [
    "my tonsils are swollen and red with white spots on them, it hurts to swallow and "
    "I've got a temperature",
    "my 8 year old has big red tonsils, a sore throat, fever and tender lumps in his neck "
    "since yesterday",
])
def test_inflamed_tonsils_with_fever_bring_tonsillitis_forward(
        engine: Engine, question: str) -> None:
    assert answer_rank(engine, question, TONSILLITIS) < 5
    assert answer_rank(engine, question, STREP_THROAT) == 0


def test_vasomotor_rhinitis_excludes_allergy_and_is_set_off_by_cold() -> None:
    profile = condition_profile_index()[VASOMOTOR_RHINITIS]
    findings = {f.hpo: f for f in profile.findings}
    assert findings["HP:0012384"].frequency == "obligate"  # Rhinitis
    assert findings["HP:0003193"].frequency == "excluded"  # Allergic rhinitis
    assert "HP:0025206" in findings["HP:0031417"].modifiers  # runny nose, triggered by cold


@pytest.mark.parametrize("question", [
    "constantly runny and blocked nose all year round but I'm not allergic to anything, "
    "it gets worse with smoke and changes in temperature",
    "my nose starts streaming whenever I eat spicy food or walk into a cold room, "
    "no sneezing or itchy eyes",
])
def test_a_non_allergic_runny_nose_brings_vasomotor_rhinitis_forward(
        engine: Engine, question: str) -> None:
    assert answer_rank(engine, question, VASOMOTOR_RHINITIS) < 5


def test_hay_fever_keeps_its_own_question(engine: Engine) -> None:
    question = "sneezing, itchy eyes and runny nose every spring"
    assert answer_rank(engine, question, ALLERGIC_RHINITIS) == 0
