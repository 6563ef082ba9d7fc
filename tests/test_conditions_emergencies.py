"""Emergency profiles carry the findings of their emergency presentation (issue 13,
h-profiles58): bronchiolitis records the central cyanosis and severe respiratory distress
(grunting, marked chest recession) NICE NG9 names for emergency referral, and sepsis the
reduced consciousness ("does not wake, or if roused does not stay awake") NICE NG51 names
among its high-risk criteria; each through the question a person asks."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import ConditionProfile, load_condition_profiles

BRONCHIOLITIS = "MONDO:0020680"
SEPSIS = "MONDO:0005229"


def _profile(disease: str) -> ConditionProfile:
    return next(p for p in load_condition_profiles() if p.id == disease)


@pytest.mark.parametrize("disease, hpo", [
    (BRONCHIOLITIS, "HP:0000961"),  # Cyanosis
    (BRONCHIOLITIS, "HP:0002098"),  # Respiratory distress
    (SEPSIS, "HP:0004372"),  # Reduced consciousness
])
def test_the_emergency_findings_are_recorded_without_an_invented_figure(
        disease: str, hpo: str) -> None:
    finding = next(f for f in _profile(disease).findings if f.hpo == hpo)
    assert finding.frequency == "occasional"  # a red-flag sign, not the typical picture
    assert finding.basis.startswith("no figure given")


@pytest.mark.parametrize("question, disease", [
    ("my 5 month old has a cold and wheeze and his lips have gone blue", BRONCHIOLITIS),
    ("my elderly mother has a fever, is breathing fast and is drowsy and hard to rouse", SEPSIS),
    ("fever, fast heart rate and reduced consciousness", SEPSIS),
])
def test_the_emergency_presentation_brings_the_condition_to_the_top_three(
        engine: Engine, question: str, disease: str) -> None:
    ids = [c.id for c in engine.ask(question, top=10).ranking.candidates]
    assert disease in ids[:3], (question, ids[:5])
