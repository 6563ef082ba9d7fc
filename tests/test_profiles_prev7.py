"""Prevalence figures that count an infection, not the illness (h-prev7, issue 12): slapped
cheek syndrome's figure was the share of German adults with antibodies to parvovirus B19 (a
past infection, mostly without a rash); it is now the "common" class its review's wording
supports ("a common exanthematous illness of childhood")."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank, finding_ids

SLAPPED_CHEEK = "MONDO:0006544"


def test_slapped_cheek_counts_the_illness_not_the_antibodies() -> None:
    profile = {p.id: p for p in load_condition_profiles()}[SLAPPED_CHEEK]
    assert profile.prevalence.qualitative == "common"
    assert profile.prevalence.per_100000 <= 1000


def test_a_rash_and_a_temperature_is_not_led_by_slapped_cheek(engine: Engine) -> None:
    assert answer_rank(engine, "my 5 year old has a rash and a temperature",
                       SLAPPED_CHEEK, top=3) > 0


def test_slapped_red_cheeks_and_a_lacy_rash_still_lead_with_it(engine: Engine) -> None:
    question = "my 6 year old has bright red cheeks like she's been slapped and a lacy rash"
    assert answer_rank(engine, question, SLAPPED_CHEEK, top=3) == 0


def test_a_lacy_rash_reads_as_a_rash_too(engine: Engine) -> None:
    found = finding_ids(engine, "she has a lacy rash on her arms")
    assert "HP:0000988" in found  # Skin rash
    assert "HP:0033505" in found  # Livedo reticularis, kept as the other reading
