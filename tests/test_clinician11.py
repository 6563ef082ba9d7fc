"""Clinicians' shorthand voice (issue 14, h-clinician11), through the real engine: "CHL"
(conductive hearing loss), a lone "+" graded onto a dipstick analyte when another analyte follows
("leucs + nitrites ++"; Newcastle Gateshead Preferred Clinical Abbreviation List: "+ / ++ / +++"
present / present significantly / present in excess), and a bare "CP" read as chest pain in an
adult's note, with its urgent notice, but never in a child's note or after a word of the palsy."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import ADULT_AGE, tokenize

from .readings import present_ids

CHL, PYURIA, NITRITURIA, HAEMATURIA = "HP:0000405", "HP:0012085", "HP:0031812", "HP:0000790"
CHEST_PAIN, PROTEINURIA = "HP:0100749", "HP:0000093"


def excluded_ids(engine: Engine, question: str) -> set[str]:
    return {id_ for finding in engine.interpret(question).excluded for id_ in finding.ids}


@pytest.mark.parametrize("question", ["34F CHL L ear, FHx otosclerosis", "bilat CHL",
                                      "4M CHL and speech delay"])
def test_chl_is_conductive_hearing_loss(engine: Engine, question: str) -> None:
    assert CHL in present_ids(engine, question)


@pytest.mark.parametrize(("question", "terms"), [
    ("urine dip leucs + nitrites ++", {PYURIA, NITRITURIA}),
    ("dip leucs +++ nitrites + blood +", {PYURIA, NITRITURIA, HAEMATURIA}),
    ("dip: nitrites + leucocytes +", {PYURIA, NITRITURIA}),
    ("protein + blood ++ on dip", {PROTEINURIA, HAEMATURIA}),
])
def test_a_single_plus_before_another_analyte_is_a_grade(engine: Engine, question: str,
                                                         terms: set[str]) -> None:
    assert terms <= present_ids(engine, question)


@pytest.mark.parametrize("text", ["Ca 2.9 + protein", "protein + fat in the stool"])
def test_a_single_plus_before_any_other_word_is_still_and(text: str) -> None:
    folded = [t.folded for t in tokenize(text)]
    assert "proteinuria" not in folded and "+" in folded


@pytest.mark.parametrize("question", ["58M CP, SOB, diaphoretic", "F 45, CP + SOB",
                                      "67 y/o M CP", "72F p/w CP and SOB", "19M, CP and SOB",
                                      "45yo woman, CP"])
def test_a_bare_cp_in_an_adults_note_is_chest_pain(engine: Engine, question: str) -> None:
    assert CHEST_PAIN in present_ids(engine, question)


@pytest.mark.parametrize("question", ["58M CP, SOB, diaphoretic", "F 45, CP + SOB"])
def test_a_bare_cp_in_an_adults_note_raises_the_urgent_notice(engine: Engine,
                                                              question: str) -> None:
    assert engine.ask(question).urgent is not None


@pytest.mark.parametrize("question", [
    "11M with CP (spastic quadriplegia), hard stools, straining, abdo pain",
    "9F CP, spastic quadriplegia, drooling", "a child with CP", "CP, SOB",
    "35F known CP, dysuria", "45M with CP, now c/o cough", "30F spastic CP, hip pain"])
def test_cp_in_a_childs_note_or_said_of_the_palsy_is_no_chest_pain(engine: Engine,
                                                                   question: str) -> None:
    assert CHEST_PAIN not in present_ids(engine, question)


def test_a_childs_note_with_cp_raises_no_urgent_notice(engine: Engine) -> None:
    answer = engine.ask("11M with CP (spastic quadriplegia), hard stools, straining, abdo pain")
    assert answer.urgent is None


def test_cp_denied_in_an_adults_note_is_denied(engine: Engine) -> None:
    question = "52M w/o SOB or CP, palpitations"
    assert CHEST_PAIN in excluded_ids(engine, question)
    assert engine.ask(question).urgent is None


@pytest.mark.parametrize(("age", "read"), [(ADULT_AGE - 1, False), (ADULT_AGE, True)])
def test_the_adult_age_bounds_the_reading(engine: Engine, age: int, read: bool) -> None:
    assert (CHEST_PAIN in present_ids(engine, f"{age}M CP, SOB")) is read


ANGINA, EXERTIONAL_DYSPNEA, PERICARDIAL_RUB = "HP:0001681", "HP:0002875", "HP:0034788"
AMELIORATED_BY_FLEXION, WORSE_LYING_FLAT = "HP:6000050", "HP:6000014"


def modifier_ids(engine: Engine, question: str) -> set[str]:
    return {m.id for m in engine.interpret(question).modifiers}


@pytest.mark.parametrize(("text", "folded"), [
    ("CP ↑ on exertion", ["chest", "pain", "on", "exertion"]),
    ("pain ↓ with rest", ["pain", "better", "with", "rest"]),
    ("sharp CP ↑ lying flat, ↓ sitting forward", ["sharp", "chest", "pain", "lying", "flat",
                                                  ",", "better", "sitting", "forward"]),
    ("sats ↓ on exertion", ["sats", "low", "on", "exertion"]),
    ("BP ↑ on standing", ["bp", "high", "on", "standing"]),
    ("CRP ↑ on admission", ["crp", "high", "on", "admission"]),
    ("↓ breath sounds", ["decreased", "breath", "sounds"]),
])
def test_an_arrow_before_a_circumstance_is_what_worsens_or_eases(text: str,
                                                                 folded: list[str]) -> None:
    assert [t.folded for t in tokenize(text)] == folded


def test_arrowed_circumstances_read_as_written_out(engine: Engine) -> None:
    assert ANGINA in present_ids(engine, "71M CP ↑ on exertion")
    assert EXERTIONAL_DYSPNEA in present_ids(engine, "SOB ↑ on exertion")
    modifiers = modifier_ids(engine, "34M sharp CP ↑ lying flat, ↓ sitting forward")
    assert {AMELIORATED_BY_FLEXION, WORSE_LYING_FLAT} <= modifiers


def test_a_pericardial_rub_is_the_friction_rub(engine: Engine) -> None:
    assert PERICARDIAL_RUB in present_ids(engine, "pericardial rub o/e")


HYPERGLYCEMIA, HYPOGLYCEMIA = "HP:0003074", "HP:0001943"


@pytest.mark.parametrize(("question", "term"), [
    ("BM HI", HYPERGLYCEMIA), ("glucose HI", HYPERGLYCEMIA), ("CBG LO, sweaty", HYPOGLYCEMIA)])
def test_a_meters_hi_or_lo_after_a_glucose_is_its_level(engine: Engine, question: str,
                                                        term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", ["HI there", "says HI to BM"])
def test_hi_elsewhere_is_no_glucose_level(engine: Engine, question: str) -> None:
    assert HYPERGLYCEMIA not in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "16M N&V, abdo pain, polyuria x3/7, BM HI, urine ketones +++", "BM 28, vomiting"])
def test_a_high_glucose_with_signs_of_ketoacidosis_raises_the_notice(engine: Engine,
                                                                     question: str) -> None:
    assert engine.ask(question).urgent is not None


def test_a_high_glucose_alone_raises_no_notice(engine: Engine) -> None:
    assert engine.ask("BM HI, no ketones, well").urgent is None


RETRACTED_TM, BULGING_TM = "HP:6000459", "HP:6000172"


@pytest.mark.parametrize(("text", "folded"), [
    ("TM normal", ["tympanic", "membrane", "normal"]),
    ("dull TMs", ["dull", "tympanic", "membranes"]),
    ("TMJ pain", ["temporomandibular", "joint", "pain"]),
])
def test_tm_alone_is_the_tympanic_membrane(text: str, folded: list[str]) -> None:
    assert [t.folded for t in tokenize(text)] == folded


@pytest.mark.parametrize(("question", "term"), [
    ("4M bilat CHL, dull retracted TMs", RETRACTED_TM), ("bulging TM", BULGING_TM)])
def test_the_tympanic_membranes_signs_are_read(engine: Engine, question: str,
                                               term: str) -> None:
    assert term in present_ids(engine, question)
