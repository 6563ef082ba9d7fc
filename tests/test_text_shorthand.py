"""Clinicians' shorthand of a note's structure and results (issue 14): "c/o", "o/e", "PMH",
"SH", "NAD" read as context, "+ve"/"-ve" as a result ("+ve Murphy's", "fever -ve", "-ve for
fever", "-ve Murphy's"), "?X" and "r/o X" as a query, signs named after a person with their
result ("Babinski +ve", "Chvostek positive"), through the real engine."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize

from .readings import present_ids

EXERTIONAL_DYSPNEA, HYPERTENSION, TYPE2_DIABETES = "HP:0002875", "HP:0000822", "HP:0005978"
MURPHY, BABINSKI, CHVOSTEK, LHERMITTE = "HP:0034753", "HP:0003487", "HP:0031990", "HP:0032504"
FEVER, DYSURIA, JAUNDICE, APPENDICITIS = "HP:0001945", "HP:0100518", "HP:0000952", "HP:6000143"


def test_connectors_and_headings_are_context(engine: Engine) -> None:
    reading = engine.interpret("58M c/o SOB on exertion, T2DM")
    assert {i for f in reading.findings for i in f.ids} >= {EXERTIONAL_DYSPNEA, TYPE2_DIABETES}
    assert reading.unrecognized == ()
    reading = engine.interpret("o/e: jaundiced. SH: smoker. NAD otherwise")
    assert JAUNDICE in {i for f in reading.findings for i in f.ids}
    assert not {"o", "e", "SH", "NAD"} & set(reading.unrecognized)


def test_past_medical_history_is_background(engine: Engine) -> None:
    # Known diagnoses after "PMH", to the end of the sentence or the next heading,
    # are context: not weighed as the complaint, never unrecognised.
    for text in ("58M c/o SOB on exertion, PMH HTN, T2DM", "PMH: HTN, T2DM. c/o SOB on exertion",
                 "PMHx HTN and T2DM, c/o SOB on exertion"):
        reading = engine.interpret(text)
        read = {i for f in reading.findings for i in f.ids}
        assert EXERTIONAL_DYSPNEA in read, text
        assert not {HYPERTENSION, TYPE2_DIABETES} & read, text
        assert reading.unrecognized == (), text
    # Without the heading, or after the sentence ends, they are findings.
    assert HYPERTENSION in present_ids(engine, "PMH nil. HTN, SOB on exertion")
    # "h/o" is no heading of the past: notes write the complaint so ("h/o fever since 3 days").
    assert FEVER in present_ids(engine, "h/o fever since 3 days, dysuria")


def test_signed_results(engine: Engine) -> None:
    assert MURPHY in present_ids(engine, "RUQ pain, +ve Murphy's sign")
    for text in ("dysuria, fever -ve", "dysuria, -ve for fever"):
        assert FEVER not in present_ids(engine, text), text
        assert DYSURIA in present_ids(engine, text), text
    negated = {i for f in engine.interpret("RUQ pain, -ve Murphy's sign").findings
               if f.negated for i in f.ids}
    assert MURPHY in negated


def test_eponymous_signs_with_their_result(engine: Engine) -> None:
    assert BABINSKI in present_ids(engine, "spastic legs, Babinski +ve")
    assert CHVOSTEK in present_ids(engine, "tingling lips, Chvostek positive")
    assert LHERMITTE in present_ids(engine, "+ve Lhermitte's, blurred vision")
    assert BABINSKI in present_ids(engine, "o/e upgoing plantars")


def test_query_is_uncertain(engine: Engine) -> None:
    for text in ("RIF pain, ?appendicitis", "RIF pain, r/o appendicitis"):
        found = [f for f in engine.interpret(text).findings if APPENDICITIS in f.ids]
        assert found and all(f.uncertain for f in found), text


def test_shorthand_needs_its_joins() -> None:
    # Letters apart or inside a word are no shorthand: "vitamin c / o", "is it over?", "-ve" only
    # when written onto the sign.
    folded = [t.folded for t in tokenize("vitamin c / o levels, what is it? fever - ve")]
    assert "c" in folded and "?" in folded and "ve" in folded
    # "FH" is a heading (family history) only before "of" or ":"; alone it may name familial
    # hypercholesterolaemia. As a heading it reads as the family-history shorthand "fhx"
    # (h-clinician5), which states a family history (family_history.yaml).
    assert tokenize("FH of MI")[0].folded == "fhx"
    assert tokenize("FH: diabetes")[0].folded == "fhx"
    assert tokenize("I have FH and chest pain")[2].folded == "fh"


# Results written as arrows and "+" (h-reader44).
HIGH_CRP, HIGH_ESR, HIGH_PTH, HYPERCALCEMIA = "HP:0011227", "HP:0003565", "HP:0003165", "HP:0003072"
HYPOCALCEMIA, LOW_TSH, HIGH_CK = "HP:0002901", "HP:0031098", "HP:0003236"
MICROCYTIC_ANEMIA = "HP:0001935"
RF, ANA, ANTI_DSDNA, HIGH_FT4 = "HP:0002923", "HP:0003493", "HP:0020151", "HP:0033077"


def test_arrows_are_levels(engine: Engine) -> None:
    read = present_ids(engine, "72F LIF pain, fever, CRP ↑, ESR ↑")
    assert {HIGH_CRP, HIGH_ESR} <= read
    assert {HYPERCALCEMIA, HIGH_PTH} <= present_ids(engine, "57F renal stones, Ca ↑, PTH ↑")
    assert HYPOCALCEMIA in present_ids(engine, "post-thyroidectomy, perioral tingling, Ca↓")
    assert {LOW_TSH, HIGH_FT4} <= present_ids(engine, "28F tremor, TSH ↓, fT4 ↑")
    # Low haemoglobin with small cells is one finding, as from numbers.
    assert MICROCYTIC_ANEMIA in present_ids(engine, "66M wt loss, Hb ↓, MCV ↓")
    # A level said in words is the writer's judgement: read for a child too.
    assert HIGH_CK in present_ids(engine, "6M proximal weakness, CK ↑↑")


def test_levels_in_words_of_measured_analytes(engine: Engine) -> None:
    assert HYPOCALCEMIA in present_ids(engine, "tingling lips, Ca low")
    assert MICROCYTIC_ANEMIA in present_ids(engine, "tired, low Hb and low MCV")
    assert "HP:0002902" in present_ids(engine, "confused, Na is low")  # Hyponatremia
    # "vitamin K" is no potassium; a dose is no level.
    assert not present_ids(engine, "high dose vitamin K")


def test_plus_written_onto_a_test_is_positive(engine: Engine) -> None:
    assert {RF, ANTI_DSDNA} <= present_ids(engine, "arthralgia, RF+, dsDNA+")
    assert ANA in present_ids(engine, "malar rash, ANA+")
    tokens = [t.folded for t in tokenize("K+ 2.9, 2+ protein, C++")]
    assert "positive" not in tokens


def test_small_and_large_bowel_are_parts_of_the_gut(engine: Engine) -> None:
    # "small bowel" names the small intestine, not a small gut (Intestinal hypoplasia).
    for text in ("small bowel obstruction", "hamartomatous polyps of the small bowel"):
        assert "HP:0005245" not in present_ids(engine, text), text
    intestinal_bleeding = "HP:0002584"
    assert intestinal_bleeding in present_ids(engine, "bleeding from the large bowel")


def test_a_dash_ends_a_query(engine: Engine) -> None:
    # "?PE — pleuritic CP": the dash gives the evidence for the query, not more of it.
    reading = engine.interpret("?PE — pleuritic CP, SOB, tachy")
    pleuritic = [f for f in reading.findings if "HP:0033771" in f.ids]
    assert pleuritic and not pleuritic[0].queried
    # A range and a hyphen are no dash.
    assert ";" not in [t.folded for t in tokenize("2 - 3 days of well-being")]
