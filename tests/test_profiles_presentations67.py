"""Profiles rank for the findings people describe in their own typical presentation
(h-profiles67, issue 13): fever in orbital cellulitis (PMID:29248536) and hopelessness in
postnatal depression (NICE CG192)."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import condition_profile_index

from .readings import answer_rank, present_ids

ORBITAL_CELLULITIS = "MONDO:0006881"
POSTNATAL_DEPRESSION = "MONDO:0005929"
STYE = "MONDO:0005800"


def test_orbital_cellulitis_lists_fever() -> None:
    profile = condition_profile_index()[ORBITAL_CELLULITIS]
    fever = [f for f in profile.findings if f.hpo == "HP:0001945"]
    assert fever and fever[0].frequency == "frequent"
    assert "PMID:29248536" in fever[0].sources


def test_child_with_red_swollen_lid_and_fever_ranks_orbital_cellulitis_high(
        engine: Engine) -> None:
    question = "my 6 year old has a red swollen eyelid and a fever"
    assert "HP:0001945" in present_ids(engine, question)
    assert answer_rank(engine, question, ORBITAL_CELLULITIS) <= 1


def test_stye_still_first_for_a_lid_bump_without_fever(engine: Engine) -> None:
    assert answer_rank(engine, "a small painful red bump on the edge of my eyelid", STYE) == 0


def test_hopelessness_after_a_birth_ranks_postnatal_depression_first(engine: Engine) -> None:
    question = "since my baby was born 2 months ago I keep crying and feel hopeless"
    assert "HP:5200271" in present_ids(engine, question)
    assert answer_rank(engine, question, POSTNATAL_DEPRESSION) == 0
