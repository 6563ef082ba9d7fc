"""The clinician voice (issue 14, h-clinician2): an empty history heading ("PMH nil") ends
there, results said in words for analytes without a standard numeric cut-off ("fT4 low",
"amylase raised", "TSH suppressed"), the ESR against its age- and sex-adjusted limit, "raised
JVP", and a queried diagnosis ("?cholecystitis") set aside from what the ranker weighs;
through the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text import labs
from whatcauses.text.normalize import background_spans, tokenize

from .readings import present_ids

EXERTIONAL_DYSPNEA, ORTHOPNEA, HIGH_JVP = "HP:0002875", "HP:0012764", "HP:0030848"
LOW_TSH, HIGH_FT4, LOW_FT4 = "HP:0031098", "HP:0033077", "HP:0033078"
HIGH_AMYLASE, HIGH_ESR, CHOLECYSTITIS = "HP:0410288", "HP:0003565", "HP:0001082"
HYPERTENSION = "HP:0000822"


@pytest.mark.parametrize("text", [
    "F 71, PMH nil, SOBOE, orthopnoea",
    "71F. PMH: nil. SOBOE, orthopnoea",
    "PMH - none, SOBOE, orthopnoea",
    "PMHx NAD, SOBOE, orthopnoea",
])
def test_an_empty_history_heading_keeps_the_complaint(engine: Engine, text: str) -> None:
    assert present_ids(engine, text) >= {EXERTIONAL_DYSPNEA, ORTHOPNEA}


def test_a_history_with_diagnoses_is_still_background() -> None:
    tokens = tokenize("PMH HTN, T2DM, c/o SOB")
    assert background_spans(tokens) == [(1, 5)]  # "HTN , T2DM ," up to "c/o"
    tokens = tokenize("PMH nil, SOB")
    assert background_spans(tokens) == [(1, 2)]


@pytest.mark.parametrize(("text", "expected"), [
    ("TSH suppressed", LOW_TSH),
    ("fT4 high", HIGH_FT4),
    ("free T4 low", LOW_FT4),
    ("low free thyroxine", LOW_FT4),
    ("amylase raised", HIGH_AMYLASE),
    ("raised serum amylase", HIGH_AMYLASE),
    ("ESR high", HIGH_ESR),
])
def test_results_said_in_words(engine: Engine, text: str, expected: str) -> None:
    assert expected in present_ids(engine, f"vomiting, {text}")


# h-clinician12: amylase has a number limit now (above 125 IU/L, above every NHS laboratory's
# upper limit checked; tests/test_clinician12.py).
@pytest.mark.parametrize("text", ["fT4 30", "free T4 5"])
def test_numbers_without_a_standard_cut_off_read_nothing(engine: Engine, text: str) -> None:
    assert not {HIGH_AMYLASE, HIGH_FT4, LOW_FT4} & present_ids(engine, f"vomiting, {text}")


@pytest.mark.parametrize(("text", "elevated"), [
    ("74F, headache, ESR 95", True),      # limit (74 + 10) / 2 = 42
    ("70M, headache, ESR 30 mm/hr", False),  # limit 70 / 2 = 35
    ("30M, headache, ESR 20", True),      # limit 15
    ("30F, headache, ESR 20", False),     # limit 20: not above it
    ("headache, ESR 95", False),          # no age: no limit
])
def test_esr_against_the_age_and_sex_adjusted_limit(engine: Engine, text: str,
                                                    elevated: bool) -> None:
    assert (HIGH_ESR in present_ids(engine, text)) is elevated


def test_esr_limit() -> None:
    assert labs._esr_limit(60, "female") == 35
    assert labs._esr_limit(60, "male") == 30
    assert labs._esr_limit(60, None) == 35
    assert labs._esr_limit(None, "male") is None


@pytest.mark.parametrize("text", ["raised JVP", "JVP elevated", "elevated JVP"])
def test_raised_jvp(engine: Engine, text: str) -> None:
    assert HIGH_JVP in present_ids(engine, f"SOBOE, ankle oedema, {text}")


def test_a_queried_diagnosis_is_not_weighed(engine: Engine) -> None:
    reading = engine.interpret("45F RUQ pain, fever, +ve Murphy's sign, ?cholecystitis")
    assert CHOLECYSTITIS not in {i for f in reading.present for i in f.ids}
    reading = engine.interpret("vomiting, r/o pancreatitis")
    assert "HP:0001733" not in {i for f in reading.present for i in f.ids}


def test_no_known_allergies_and_no_family_history_read_nothing(engine: Engine) -> None:
    assert present_ids(engine, "52M, BP 190/110, no FHx, NKDA") == {HYPERTENSION}


@pytest.mark.parametrize(("text", "age", "sex"), [
    ("F 34, SOB on exertion", 34.0, "female"),
    ("M 58. cough 3/12", 58.0, "male"),
    ("Male, 67, confused", 67.0, "male"),
])
def test_sex_then_age_with_or_without_a_comma(engine: Engine, text: str, age: float,
                                              sex: str) -> None:
    person = engine.interpret(text).to_dict()
    assert (person["age"], person["sex"]) == (age, sex)


def test_a_sex_letter_inside_a_sentence_is_no_age(engine: Engine) -> None:
    assert engine.interpret("grade 3 fatigue, m 5 walk").to_dict()["age"] is None


@pytest.mark.parametrize("text", ["no FHx, NKDA, headache", "SHx nil, NKA, headache",
                                  "PMH nil. headache"])
def test_nothing_headings_name_nothing(engine: Engine, text: str) -> None:
    reading = engine.interpret(text)
    assert reading.unrecognized == ()
    assert {label for f in reading.findings for label in f.labels} == {"Headache"}


def test_dka_abbreviation_and_its_query(engine: Engine) -> None:
    dka = "HP:0001953"
    assert dka in present_ids(engine, "T1DM, hx of DKA, now vomiting")
    reading = engine.interpret("hx of T2DM, now polyuria ++, polydipsia, ?DKA")
    assert dka not in {i for f in reading.present for i in f.ids}
    assert {"HP:0000103", "HP:0001959"} <= {i for f in reading.present for i in f.ids}


def test_smoking_history_in_note_form(engine: Engine) -> None:
    reading = engine.interpret("58M c/o cough, ex-smoker 40 pack-yrs")
    assert [(m.key, m.negated) for m in reading.exposures][:1] == [("smoking", False)]
    assert reading.unrecognized == ()
    for text in ("non-smoker, cough", "non smoker, cough"):
        assert [(m.key, m.negated) for m in engine.interpret(text).exposures] == [
            ("smoking", True)]


def test_lymph_nodes_and_bilateral_written_short(engine: Engine) -> None:
    assert "HP:0025289" in present_ids(engine, "19M, sore throat, cervical LNs")
    assert "HP:0002716" in present_ids(engine, "fever, LNs palpable")
    assert "HP:0002716" not in present_ids(engine, "fever, no LNs")
    assert engine.interpret("bilat conjunctivitis").unrecognized == ()
