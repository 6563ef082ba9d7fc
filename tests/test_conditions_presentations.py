"""Condition profiles carry the findings people name when they present (issue 13, h-profiles54):
primary aldosteronism for high blood pressure with low potassium, generalized anxiety
disorder's difficulty sleeping as Insomnia, oedema after a strep throat, and the puffy eyes and
foamy urine of childhood nephrotic syndrome; each through the question a person asks."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import ConditionProfile, load_condition_profiles

PRIMARY_ALDOSTERONISM = "MONDO:0001422"
GAD = "MONDO:0001942"
PSGN = "MONDO:0001870"
HERPES_LABIALIS = "MONDO:0043653"
NEPHROTIC = "ORPHA:69061"  # MONDO:0019067; the profile enriches the Orphanet entry (same_as)


def _place(engine: Engine, question: str, disease: str, top: int = 10) -> int | None:
    ids = [c.id for c in engine.ask(question, top=top).ranking.candidates]
    return ids.index(disease) + 1 if disease in ids else None


def _profile(disease: str) -> ConditionProfile:
    return next(p for p in load_condition_profiles() if p.id == disease)


def test_primary_aldosteronism_counts_people_with_high_blood_pressure() -> None:
    profile = _profile(PRIMARY_ALDOSTERONISM)
    assert profile.prevalence.setting == "related condition"
    findings = {f.hpo: f.frequency for f in profile.findings}
    assert findings["HP:0002900"] == "occasional"  # low potassium in 9-37%: not required


@pytest.mark.parametrize("question, disease", [
    ("high blood pressure and low potassium", PRIMARY_ALDOSTERONISM),
    ("I can't sleep and I worry all the time", GAD),
    ("my 4 year old has puffy eyes in the morning and his wee is frothy", NEPHROTIC),
    ("I keep getting cold sores on my lip", HERPES_LABIALIS),
])
def test_the_presenting_findings_bring_the_condition_to_the_top_three(
        engine: Engine, question: str, disease: str) -> None:
    place = _place(engine, question, disease)
    assert place is not None and place <= 3, (question, place)


def test_swelling_after_a_throat_infection_reaches_post_streptococcal_nephritis(
        engine: Engine) -> None:
    question = "blood in the urine and swollen legs after a throat infection"
    place = _place(engine, question, PSGN)
    # 4th since h-rare1 (s9): swollen legs are a common complaint, so the common conditions
    # that do not list them (cystitis) pay less for it; kept for its held-out figures.
    assert place is not None and place <= 4, place


def test_anxiety_records_insomnia_not_the_general_sleep_term() -> None:
    hpos = {f.hpo for f in _profile(GAD).findings}
    assert "HP:0100785" in hpos and "HP:0002360" not in hpos
