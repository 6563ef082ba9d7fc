"""Clinicians' and students' wording, and urgent notices said in clinical words (issue 14,
h-clinician9): a PSA number against NICE NG12's age-specific thresholds; urine dipstick grades
("++ protein", "blood +"); visual disturbance, reduced vision, RAPD, pain on eye movement,
reduced colour vision, a prostate felt hard; "primigravida" and the gravida/para notation as
pregnancy words; and the urgent notices of severe hypertension in pregnancy (NICE CG107/NG133),
high blood pressure with proteinuria in pregnancy, vomiting in pregnancy with dehydration (HSE),
pancreatitis pain radiating to the back in notes' words, and a blistering rash by the eye (BMJ
2019;364:k5234, NHS "Shingles"); "w/o" as "without"; through the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text import labs, vitals

from .readings import present_ids

HIGH_PSA, PROTEINURIA, HEMATURIA = "HP:0025020", "HP:0000093", "HP:0000790"
BLURRED, REDUCED_ACUITY, MARCUS_GUNN = "HP:0000622", "HP:0007663", "HP:0200057"
OCULAR_PAIN, COLOUR_VISION, PROSTATE_MASS = "HP:0030857", "HP:0000551", "HP:0020126"
VOMITING = "HP:0002013"


# tests/test_risk_factors.py (h-rank3) reads PSA numbers in a person's words ("I'm 55 and my
# PSA came back at 5.1", "PSA 4"); these are the notes' age notation and the table's ends.
@pytest.mark.parametrize(("question", "read"), [
    ("72M, PSA 12", True),  # above 6.5 at 70-79
    ("45M, PSA 3.0 ng/mL", True),  # above 2.5 at 40-49
    ("64M, PSA 4.4", False),  # at or below 4.5 at 60-69
    ("35M, PSA 9", False),  # below 40: NG12 leaves it to clinical judgement
    ("66M, PSA <8", False),  # an upper bound says no value above the threshold
])
def test_a_psa_number_is_read_against_ng12s_age_thresholds(engine: Engine, question: str,
                                                            read: bool) -> None:
    assert (HIGH_PSA in present_ids(engine, question)) is read


@pytest.mark.parametrize(("value", "age", "read", "term"), [
    (12.0, None, True, HIGH_PSA),  # above every row's threshold
    (2.0, None, True, None),  # at or below every row's threshold: says nothing, read
    (4.0, None, False, None),  # between the rows, the age unknown: left to the other steps
    (5.1, 55.0, True, HIGH_PSA),
    (12.0, 86.0, False, None),  # past 79
])
def test_a_psa_number_without_an_age_is_read_only_where_every_row_agrees(
        value: float, age: float | None, read: bool, term: str | None) -> None:
    hit = labs.LabHit(labs.PSA, (0, 1), f"{value:g}", (value,))
    assert labs.is_read(hit, "male", age) is read
    assert [t for _, t in labs.findings([hit], age, "male")] == [term]


def test_the_psa_table_has_the_guidelines_rows() -> None:
    assert labs.PSA_LIMITS == ((40.0, 50.0, 2.5), (50.0, 60.0, 3.5), (60.0, 70.0, 4.5),
                               (70.0, 80.0, 6.5))


@pytest.mark.parametrize(("question", "term"), [
    ("++ protein on urinalysis", PROTEINURIA),
    ("protein +++ on dip", PROTEINURIA),
    ("urine dip: protein 2+, ketones 3+", PROTEINURIA),
    ("urine dip: blood ++", HEMATURIA),
])
def test_a_dipstick_grade_reads_the_finding_in_the_urine(engine: Engine, question: str,
                                                         term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", ["Ca 2.9 + protein", "protein + fat", "blood +ve"])
def test_a_lone_plus_between_words_is_no_dipstick_grade(engine: Engine, question: str) -> None:
    assert not {PROTEINURIA, HEMATURIA} & present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("frontal headache and visual disturbance", BLURRED),
    ("↓ vision L eye 3/7", REDUCED_ACUITY),
    ("RAPD +ve", MARCUS_GUNN),
    ("pain on eye movement", OCULAR_PAIN),
    ("↓colour vision", COLOUR_VISION),
    ("hard irregular prostate on DRE", PROSTATE_MASS),
    ("unable to keep fluids down", VOMITING),
])
def test_clinical_words_read_their_findings(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    # severe hypertension in pregnancy (160/110 or more), without any symptom
    "34/40, BP 165/110 at clinic today",
    "a primigravida at 36 weeks has a BP of 150/112",
    # high blood pressure with protein in the urine in pregnancy
    "G1P0 32/40, BP 150/95, ++ protein on dip",
    # pre-eclampsia symptoms in a note's words
    "31F 34/40, frontal headache and visual disturbance",
    # vomiting in pregnancy with dehydration
    "9/40, N&V ++, unable to keep fluids down, ketones 3+, postural dizziness",
    "vomiting all day in the first trimester, now dehydrated",
    # pancreatitis in notes' words
    "46M, severe epigastric pain radiating to back, N&V",
    # a blistering rash by the eye
    "74F, vesicular rash in R V1 distribution incl. tip of nose",
    "painful blistering rash on one side of the forehead and a red, watery eye",
])
def test_urgent_pictures_in_clinical_words_raise_the_notice(engine: Engine,
                                                            question: str) -> None:
    assert engine.ask(question).urgent is not None


@pytest.mark.parametrize("question", [
    "BP 165/110, headache",  # not pregnant: no NEWS2 score for a pressure that high
    "34/40, BP 128/82, feeling well",
    "34/40, BP 150/95, no protein on dip",
    "8/40 pregnant, feeling sick in the mornings and vomiting once a day",
    "blistering rash on my hands after gardening",
    "BP 150/95, ++ protein on dip",  # not pregnant
])
def test_the_pictures_apart_raise_nothing(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None


def test_severe_pressure_is_read_from_either_number() -> None:
    words = ["bp", "150", "/", "112"]
    hits = vitals.read_vitals(words)
    assert vitals.pregnancy_alert(hits) is not None
    assert vitals.pregnancy_alert(vitals.read_vitals(["bp", "158", "/", "100"])) is None


def test_skin_that_tears_is_no_eye_beside_blisters(engine: Engine) -> None:
    question = ("blisters on the backs of my hands after being in the sun, the skin tears "
                "easily and heals with scars")
    assert engine.ask(question).urgent is None


@pytest.mark.parametrize("phrase", ["RAPD", "hard irregular prostate"])
def test_signs_only_an_examiner_finds_are_no_hallmark_a_person_names(phrase: str) -> None:
    from whatcauses.knowledge.curated import lay_terms
    kinds = {e.kind for e in lay_terms() if e.phrase == phrase}
    assert kinds == {"lab"}


def excluded_ids(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).findings if f.negated for i in f.ids}


@pytest.mark.parametrize(("question", "term"), [
    ("dysuria & freq 2/7, w/o loin pain or fever", "HP:0001945"),  # Fever
    ("dysuria & freq 2/7, w/o loin pain or fever", "HP:0030157"),  # Flank pain
    ("w/o fever, cough 3/7", "HP:0001945"),
])
def test_w_slash_o_is_without(engine: Engine, question: str, term: str) -> None:
    assert term in excluded_ids(engine, question)
    assert term not in present_ids(engine, question)
