"""The clinician voice, round three (issue 14, h-clinician3): albumin, bilirubin and urate as
numbers, "BM" as a capillary glucose in mmol/L, the privative "afebrile", "HA" and "CP" (the
latter only beside a pain's word), "creps"/"insp"/"conc", "o/n", "EtOH", and the note words
of lay_terms (barky cough, spider naevi, shifting dullness, EMW, post-void dribbling); through
the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids

LOW_ALBUMIN, HIGH_BILIRUBIN, HIGH_URATE = "HP:0003073", "HP:0002904", "HP:0002149"
HYPERGLYCEMIA, HYPOGLYCEMIA, FEVER = "HP:0003074", "HP:0001943", "HP:0001945"
HEADACHE, CHEST_PAIN, TACHYCARDIA = "HP:0002315", "HP:0100749", "HP:0001649"
INSPIRATORY_CRACKLES, POOR_CONCENTRATION = "HP:0031996", "HP:0031987"
BARKING_COUGH, SPIDER, ASCITES, LETHARGY = "HP:0033121", "HP:0012522", "HP:0001541", "HP:0001254"
TERMINAL_INSOMNIA, DROOLING, NEVUS = "HP:0031356", "HP:0002307", "HP:0003764"


@pytest.mark.parametrize(("text", "expected"), [
    ("55M, jaundice, alb 24", LOW_ALBUMIN),
    ("55M, jaundice, albumin 2.6 g/dL", LOW_ALBUMIN),
    ("55M, jaundice, bili 90", HIGH_BILIRUBIN),
    ("55M, jaundice, bilirubin 4.2 mg/dL", HIGH_BILIRUBIN),
    ("63M, swollen toe, urate 560 umol/L", HIGH_URATE),
    ("63M, swollen toe, urate 0.55", HIGH_URATE),       # only mmol/L is plausible
    ("63M, swollen toe, uric acid 8.1 mg/dL", HIGH_URATE),
])
def test_albumin_bilirubin_and_urate_out_of_range(engine: Engine, text: str,
                                                  expected: str) -> None:
    assert expected in present_ids(engine, text)


@pytest.mark.parametrize("text", [
    "55M, jaundice, alb 41",
    "55M, jaundice, bili 12",
    "55M, jaundice, bilirubin 1.5",    # 1.5 umol/L is normal, 1.5 mg/dL is high: unread
    "63M, swollen toe, urate 300 umol/L",
    "55M, swelling, urine albumin 30 mg/L",  # measured in the urine, not the blood
])
def test_values_in_range_or_ambiguous_read_nothing(engine: Engine, text: str) -> None:
    assert not {LOW_ALBUMIN, HIGH_BILIRUBIN, HIGH_URATE} & present_ids(engine, text)


def test_a_bm_is_a_glucose_in_mmol_per_litre(engine: Engine) -> None:
    # A bare "glucose 27" is high in mmol/L and low in mg/dL, and is left unread.
    assert HYPERGLYCEMIA not in present_ids(engine, "polyuria, glucose 27")
    assert HYPERGLYCEMIA in present_ids(engine, "9 yo girl, polyuria, cap BM 27")
    assert HYPOGLYCEMIA in present_ids(engine, "sweaty and confused, BM 2.1")
    normal = present_ids(engine, "74M, facial droop, BM 6.2")
    assert not {HYPERGLYCEMIA, HYPOGLYCEMIA} & normal
    assert not {HYPERGLYCEMIA, HYPOGLYCEMIA} & present_ids(engine, "diarrhoea, BM 3x a day")


@pytest.mark.parametrize("text", ["afebrile, HR 120", "pt apyrexial, HR 120"])
def test_afebrile_negates_fever_only(engine: Engine, text: str) -> None:
    assert FEVER in finding_ids(engine, text)
    present = present_ids(engine, text)
    assert FEVER not in present
    assert TACHYCARDIA in present


@pytest.mark.parametrize("text", ["afebrile cough and wheeze",
                                  "apyrexial productive cough, wheeze"])
def test_the_privative_does_not_reach_the_list_after_it(engine: Engine, text: str) -> None:
    # The "no" of "afebrile" denies its own word's finding only (text/negation.py).
    present = present_ids(engine, text)
    assert FEVER in finding_ids(engine, text) and FEVER not in present
    assert {"HP:0030828"} <= present  # Wheezing
    assert present & {"HP:0012735", "HP:0031245"}  # Cough | Productive cough


@pytest.mark.parametrize("text", [
    "42F, sudden severe occipital HA, vomiting",
    "2/7 HA, N&V",
])
def test_ha_in_capitals_is_headache(engine: Engine, text: str) -> None:
    assert HEADACHE in present_ids(engine, text)


@pytest.mark.parametrize("text", [
    "66M, central CP, sweaty",
    "crushing CP",
    "c/o CP, SOB",
    "CP radiating to L arm",
])
def test_cp_beside_a_pain_word_is_chest_pain(engine: Engine, text: str) -> None:
    assert CHEST_PAIN in present_ids(engine, text)


def test_cp_negated_and_cp_that_is_cerebral_palsy(engine: Engine) -> None:
    assert CHEST_PAIN in finding_ids(engine, "cough, no CP")
    assert CHEST_PAIN not in present_ids(engine, "cough, no CP")
    for text in ("child with CP and seizures", "spastic CP", "8 yo with CP, drooling"):
        assert CHEST_PAIN not in finding_ids(engine, text)


def test_note_shortenings(engine: Engine) -> None:
    assert INSPIRATORY_CRACKLES in present_ids(engine, "68M, SOBOE, fine bibasal insp creps")
    assert POOR_CONCENTRATION in present_ids(engine, "36F, low mood, poor appetite & conc")


def test_note_words_of_the_lexicon(engine: Engine) -> None:
    assert BARKING_COUGH in present_ids(engine, "2yo, barky cough, stridor")
    liver = present_ids(engine, "55M, jaundiced, shifting dullness, spider naevi")
    assert {SPIDER, ASCITES} <= liver
    assert not {LETHARGY, NEVUS} & liver
    assert TERMINAL_INSOMNIA in present_ids(engine, "36F, low mood, EMW")
    assert DROOLING not in present_ids(engine, "71M, nocturia, post-void dribbling")


def test_etoh_is_drinking_not_a_finding(engine: Engine) -> None:
    reading = engine.interpret("55M, EtOH excess, jaundiced")
    assert [e for e in reading.exposures if "EtOH" in e.text]
    assert {f.text for f in reading.findings} == {"jaundiced"}
