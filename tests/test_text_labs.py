"""Laboratory values given as numbers (text/labs.py), through the question reader and the
engine, with property tests of the reference intervals and units."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatcauses import Engine
from whatcauses.text import labs
from whatcauses.text.normalize import tokenize


def labels(engine: Engine, question: str) -> list[tuple[str, bool]]:
    return [(label, f.negated) for f in engine.interpret(question).findings
            for label in f.labels]


def words(text: str) -> list[str]:
    return [t.folded for t in tokenize(text)]


@pytest.mark.parametrize(("question", "expected"), [
    ("Hb 85 g/L", "Anemia"),
    ("Hb 8.5, MCV 70", "Microcytic anemia"),
    ("Hb 9.1 g/dL, MCV 112", "Macrocytic anemia"),
    ("Na 125", "Hyponatremia"),
    ("sodium 152", "Hypernatremia"),
    ("K 2.9", "Hypokalemia"),
    ("potassium of 6.8", "Hyperkalemia"),
    ("CK 5000", "Elevated circulating creatine kinase concentration"),
    ("TSH 15", "Elevated circulating thyroid-stimulating hormone concentration"),
    ("TSH 0.01", "Decreased thyroid-stimulating hormone level"),
    ("ferritin 5", "Decreased circulating ferritin concentration"),
    ("platelets 40", "Thrombocytopenia"),
    ("platelet count 40,000", "Thrombocytopenia"),
    ("WCC 25", "Leukocytosis"),
    ("WBC 16 x 10^9/L", "Leukocytosis"),
    ("glucose 22 mmol/L", "Hyperglycemia"),
    ("blood sugar 400 mg/dL", "Hyperglycemia"),
    ("glucose 2.1", "Hypoglycemia"),
    ("glucose 15.2", "Hyperglycemia"),  # decimals: not mg/dL
    ("HbA1c 9%", "Elevated hemoglobin A1c"),
    ("calcium 3.1", "Hypercalcemia"),
    ("adjusted calcium 1.8 mmol/L", "Hypocalcemia"),
    ("eGFR 25", "Decreased glomerular filtration rate"),
    ("CRP 150", "Elevated circulating C-reactive protein concentration"),
    ("ALT 800", "Elevated circulating alanine aminotransferase concentration"),
])
def test_a_value_outside_the_reference_interval_is_its_finding(engine: Engine, question: str,
                                                               expected: str) -> None:
    assert (expected, False) in labels(engine, question)


@pytest.mark.parametrize("question", [
    "Na 140, K 4.1",
    "Hb 13.8, platelets 210, WCC 6.2",
    "TSH 2.1 and ferritin 80",
    "calcium 2.4 mmol/L",
])
def test_a_value_inside_the_interval_is_no_finding_and_no_unread_word(engine: Engine,
                                                                      question: str) -> None:
    interpretation = engine.interpret(question)
    assert interpretation.findings == ()
    assert interpretation.unrecognized == ()


@pytest.mark.parametrize("question", [
    "glucose 22",  # high in mmol/L, low in mg/dL
    "CRP 5",  # normal in mg/L, high in mg/dL
])
def test_a_value_whose_unit_changes_the_finding_is_not_read(engine: Engine,
                                                            question: str) -> None:
    assert engine.interpret(question).findings == ()


def test_a_written_unit_settles_it(engine: Engine) -> None:
    assert ("Elevated circulating C-reactive protein concentration", False) in labels(
        engine, "CRP 5 mg/dL")
    assert labels(engine, "CRP 5 mg/L") == []


def test_a_man_s_haemoglobin_has_a_higher_cut_off(engine: Engine) -> None:
    assert ("Anemia", False) in labels(engine, "a man of 50, Hb 12.5")
    assert ("Anemia", False) not in labels(engine, "a woman of 50, Hb 12.5")


def test_the_number_of_a_lab_value_is_no_age(engine: Engine) -> None:
    assert engine.interpret("tired all the time, Na 131").age is None


def test_a_child_s_blood_count_is_not_read_with_adult_ranges(engine: Engine) -> None:
    interpretation = engine.interpret("my 5 year old has Hb 10.5 and K 2.8")
    read = [label for f in interpretation.findings for label in f.labels]
    assert read == ["Hypokalemia"]
    assert interpretation.unrecognized == ()


def test_the_values_rank_with_the_other_findings(engine: Engine) -> None:
    answer = engine.ask("Thirsty, passing lots of urine, lost weight. Glucose 25 mmol/L",
                        top=10)
    assert any("Hyperglycemia" in f.labels for f in answer.interpretation.findings)
    assert answer.ranking.candidates


def test_a_tumour_marker_is_no_calcium(engine: Engine) -> None:
    assert all("Hypercalcemia" not in f.labels
               for f in engine.interpret("CA 125 was raised").findings)


@given(st.floats(min_value=135.0, max_value=145.0))
def test_sodium_inside_135_to_145_is_no_finding(value: float) -> None:
    hits = labs.read_labs(words(f"Na {value:.1f}"))
    assert [term for _, term in labs.findings(hits)] == [None]


@given(st.floats(min_value=90.0, max_value=134.9))
def test_sodium_below_135_is_hyponatremia(value: float) -> None:
    hits = labs.read_labs(words(f"Na {value:.1f}"))
    assert [term for _, term in labs.findings(hits)] == [labs.HYPONATREMIA]


@given(st.floats(min_value=40.0, max_value=119.0))
def test_haemoglobin_in_g_per_l_and_g_per_dl_agree(value: float) -> None:
    in_litres = labs.read_labs(words(f"Hb {value:.0f} g/L"))
    in_decilitres = labs.read_labs(words(f"Hb {round(value) / 10:.1f} g/dL"))
    assert [t for _, t in labs.findings(in_litres)] == [t for _, t in labs.findings(
        in_decilitres)] == [labs.ANEMIA]


@given(st.floats(min_value=1.0, max_value=60.0))
def test_glucose_in_mmol_and_mg_agree(value: float) -> None:
    mmol = round(value, 1)
    mg = round(mmol * 18.0)
    from_mmol = labs.findings(labs.read_labs(words(f"glucose {mmol} mmol/L")))
    from_mg = labs.findings(labs.read_labs(words(f"glucose {mg} mg/dL")))
    if abs(mmol - 3.9) > 0.1 and abs(mmol - 11.1) > 0.1:  # away from the cut-offs' rounding
        assert [t for _, t in from_mmol] == [t for _, t in from_mg]


@given(st.integers(min_value=1, max_value=149))
def test_any_platelet_count_below_150_is_thrombocytopenia(value: int) -> None:
    per_litre = labs.findings(labs.read_labs(words(f"platelets {value}")))
    per_microlitre = labs.findings(labs.read_labs(words(f"platelets {value},000")))
    assert [t for _, t in per_litre] == [t for _, t in per_microlitre] == [
        labs.THROMBOCYTOPENIA]


@given(st.integers(min_value=10, max_value=20))
def test_a_value_no_unit_makes_plausible_is_no_reading(value: int) -> None:
    assert labs.read_labs(words(f"K {value * 10}")) == []


@pytest.mark.parametrize("question", [
    "I take glucose 3 times a day",
    "vitamin K 10 mg",
    "calcium 2 tablets daily",
])
def test_a_dose_or_a_count_is_no_lab_value(engine: Engine, question: str) -> None:
    read = [label for f in engine.interpret(question).findings for label in f.labels]
    assert not {"Hypoglycemia", "Hyperkalemia", "Hypocalcemia"} & set(read)
