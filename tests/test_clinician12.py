"""Clinicians' shorthand (issue 14, h-clinician12), through the real engine: abbreviations
("URTIs", "LUTS", "+ve Kernig's", "Babinski upgoing", "↓ air entry", "↓ hearing"), a sign's
lone "+" ending its item ("Murphy's +"), numbers against a sourced limit (lactate, amylase,
intraocular pressure, an adult's body mass index), an arrow's sign before a side ("hearing ↓
L ear"), and tinnitus in the otosclerosis profile."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

RECURRENT_URTI, RECURRENT_UTI = "HP:0002788", "HP:0000010"
NUCHAL_RIGIDITY, BABINSKI, HEARING_IMPAIRMENT = "HP:0031179", "HP:0003487", "HP:0000365"
DIMINISHED_BREATH_SOUNDS, MURPHY = "HP:4000214", "HP:0034753"
HIGH_LACTATE, HIGH_AMYLASE, OCULAR_HYPERTENSION = "HP:0002151", "HP:0410288", "HP:0007906"
PAIN = "HP:0012531"
HESITANCY, NOCTURIA, FREQUENCY = "HP:0000019", "HP:0000017", "HP:0100515"
OTOSCLEROSIS = "MONDO:0005349"
OBESITY, LOW_BMI = "HP:0001513", "HP:0045082"


def all_ids(engine: Engine, question: str) -> set[str]:
    reading = engine.interpret(question)
    return {id_ for finding in [*reading.present, *reading.or_groups] for id_ in finding.ids}


def test_urtis_are_upper_respiratory_infections_not_utis(engine: Engine) -> None:
    found = present_ids(engine, "5M hearing loss, recurrent URTIs")
    assert RECURRENT_URTI in found and RECURRENT_UTI not in found


@pytest.mark.parametrize("question", ["T 39.6, HA, +ve Kernig's", "neck stiffness, Kernig's +ve",
                                      "photophobia, Brudzinski positive"])
def test_kernig_and_brudzinski_are_meningism(engine: Engine, question: str) -> None:
    assert NUCHAL_RIGIDITY in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("R arm weakness, Babinski upgoing R", BABINSKI),
    ("hearing ↓ L ear", HEARING_IMPAIRMENT),
    ("reduced hearing since the cold", HEARING_IMPAIRMENT),
    ("SOB, ↓ air entry R base", DIMINISHED_BREATH_SOUNDS),
    ("RUQ pain, T 38.4, Murphy's +, WCC 16", MURPHY),
])
def test_signs_in_notes_words(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_lone_plus_before_a_word_stays_and(engine: Engine) -> None:
    assert PAIN in present_ids(engine, "Pain + swelling of the knee")


@pytest.mark.parametrize(("question", "term", "read"), [
    ("confused, BP 80/50, lactate 4.5", HIGH_LACTATE, True),
    ("lactate 1.4", HIGH_LACTATE, False),
    ("epigastric pain, amylase 1800", HIGH_AMYLASE, True),
    ("epigastric pain, amylase 90", HIGH_AMYLASE, False),
    ("red eye, haloes, IOP 52", OCULAR_HYPERTENSION, True),
    ("IOP 15 mmHg", OCULAR_HYPERTENSION, False),
    ("snoring, BMI 38", OBESITY, True),
    ("BMI 24", OBESITY, False),
    ("amenorrhoea, BMI 15.5", LOW_BMI, True),
    ("7yo, BMI 31", OBESITY, False),
])
def test_numbers_against_their_limits(engine: Engine, question: str, term: str,
                                      read: bool) -> None:
    assert (term in present_ids(engine, question)) is read


def test_luts_is_any_of_the_lower_urinary_tract_symptoms(engine: Engine) -> None:
    assert {HESITANCY, NOCTURIA, FREQUENCY} <= all_ids(engine, "68M LUTS")
    assert HESITANCY in present_ids(engine, "poor stream and terminal dribbling")


def test_otosclerosis_leads_conductive_loss_with_tinnitus_and_family_history(
        engine: Engine) -> None:
    answer = engine.ask("36F progressive bilat CHL x2y, tinnitus, FHx otosclerosis", top=3)
    assert OTOSCLEROSIS in {c.id for c in answer.ranking.candidates[:3]}
