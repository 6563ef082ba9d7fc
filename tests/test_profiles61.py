"""Profiles ranked for their typical presentation (issue 13, h-profiles61): an adult's sore
throat and a muffled voice count for epiglottitis, dark urine and a puffy face for
post-streptococcal glomerulonephritis, pallor and lethargy for intussusception, floppiness for
bacterial meningitis and lethargy for sepsis; passing little urine in lay words reads
Oliguria, and a baby drawing the legs up to the tummy reads Abdominal pain."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank, present_ids

EPIGLOTTITIS = "MONDO:0005753"
APSGN = "MONDO:0001870"
INTUSSUSCEPTION = "MONDO:0007835"
MENINGITIS = "MONDO:0006670"
SEPSIS = "MONDO:0005229"
OLIGURIA = "HP:0100520"
ABDOMINAL_PAIN = "HP:0002027"
LETHARGY = "HP:0001254"


def _finding_ids(disease: str) -> set[str]:
    profile = next(p for p in load_condition_profiles() if p.id == disease)
    return {f.hpo for f in profile.findings}


@pytest.mark.parametrize(("disease", "terms"), [
    (EPIGLOTTITIS, {"HP:0033050", "HP:0001618"}),  # Pharyngalgia (sore throat), Dysphonia
    (APSGN, {"HP:0040319", "HP:0000282"}),       # Dark urine, Facial edema
    (INTUSSUSCEPTION, {LETHARGY, "HP:0000980"}),  # Lethargy, Pallor
    (MENINGITIS, {"HP:0001252"}),                # Hypotonia (a floppy baby)
    (SEPSIS, {LETHARGY}),
])
def test_profiles_record_their_presentation(disease: str, terms: set[str]) -> None:
    assert terms <= _finding_ids(disease)


@pytest.mark.parametrize("question", [
    "I am barely peeing and my ankles are swollen",
    "my urine output has dropped since yesterday",
    "passing less urine than usual",
])
def test_little_urine_in_lay_words_is_oliguria(engine: Engine, question: str) -> None:
    assert OLIGURIA in present_ids(engine, question)


def test_trouble_or_fewer_trips_are_not_oliguria(engine: Engine) -> None:
    assert OLIGURIA not in present_ids(engine, "I'm peeing less often at night now")
    assert OLIGURIA not in present_ids(engine, "it hurts when peeing")


def test_a_baby_drawing_the_legs_up_has_tummy_pain(engine: Engine) -> None:
    assert ABDOMINAL_PAIN in present_ids(engine, "my baby keeps drawing his legs up and crying")
    question = ("my 8 month old has bouts of screaming where he pulls his knees up to his tummy,"
                " and in between he is pale and floppy")
    assert ABDOMINAL_PAIN in present_ids(engine, question)
    assert answer_rank(engine, question, INTUSSUSCEPTION, top=3) < 3


def test_dark_urine_and_puffy_eyes_in_a_child_point_to_nephritis(engine: Engine) -> None:
    question = "child with puffy eyes in the morning and dark brown urine"
    assert answer_rank(engine, question, APSGN, top=3) < 3


def test_an_adult_sore_throat_with_drooling_and_noisy_breathing(engine: Engine) -> None:
    question = ("sore throat so bad I can't swallow my own spit, my voice is muffled and my"
                " breathing is noisy")
    assert answer_rank(engine, question, EPIGLOTTITIS, top=3) < 3
