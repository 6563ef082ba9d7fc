"""Sourced findings added to existing profiles and fact sheets (h-profiles62, issue 13): an
older man's acute urinary retention with lower tummy pain ranks benign prostatic hyperplasia
near the top; an infant's irritability with vomiting ranks intussusception; a young adult's
back stiff every morning ranks axial spondyloarthritis before the Emery-Dreifuss dystrophies;
a changing mole is read as a possibly atypical mole and ranks melanoma among the first."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank, finding_ids

BPH = "MONDO:0010811"
INTUSSUSCEPTION = "MONDO:0007835"
GASTROENTERITIS = "MONDO:0002269"
AXIAL_SPA = "OMIM:106300"
MELANOMA = "MONDO:0005012"


def _findings(mondo: str) -> dict[str, object]:
    profile = next(p for p in load_condition_profiles() if p.id == mondo)
    return {f.hpo: f for f in profile.findings}


def test_profiles_carry_the_new_findings() -> None:
    assert "HP:0002027" in _findings(BPH)  # Abdominal pain of acute retention
    assert "HP:0000737" in _findings(INTUSSUSCEPTION)  # Irritability
    assert "HP:0011037" in _findings(GASTROENTERITIS)  # Decreased urine output
    assert "HP:0001062" in _findings(MELANOMA)  # Atypical nevus


def test_an_old_man_who_cannot_pass_urine_with_lower_tummy_pain(engine: Engine) -> None:
    question = ("my 70 year old father cannot pass urine at all since this morning and has "
                "pain in his lower tummy")
    assert answer_rank(engine, question, BPH, top=3) < 3


def test_an_irritable_baby_crying_in_spells_who_vomits(engine: Engine) -> None:
    question = ("my 6 month old baby is very irritable, crying on and off in spells, and has "
                "been sick")
    assert answer_rank(engine, question, INTUSSUSCEPTION, top=3) < 3


def test_a_young_adult_with_a_stiff_back_every_morning(engine: Engine) -> None:
    question = ("I'm 26 and my lower back is stiff every morning for over an hour, it gets "
                "better once I move around")
    # Since h-triggers reads the back's stiffness and the morning's as one finding (an
    # OR-group, not two that count the stiffness twice), rheumatoid arthritis's Joint
    # stiffness ties with axial spondyloarthritis's morning stiffness and its larger figure
    # puts it first; the Emery-Dreifuss dystrophies that led before these changes are gone.
    assert answer_rank(engine, question, AXIAL_SPA, top=3) <= 1
    leaders = [c.name for c in engine.ask(question, top=5).ranking.candidates]
    assert not any("Emery-Dreifuss" in name for name in leaders), leaders


def test_a_changing_mole_may_be_an_atypical_one(engine: Engine) -> None:
    question = "a mole on my back has changed shape and got darker"
    assert {"HP:0003764", "HP:0001062"} <= finding_ids(engine, question)
    assert answer_rank(engine, question, MELANOMA, top=5) < 5
