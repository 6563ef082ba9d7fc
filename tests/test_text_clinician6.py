"""The clinician voice, round six (issue 14, h-clinician6): electrolyte and acid-base
shorthand ("hypoK", "hyperCa", "met alk"), "LAD" after a site as lymphadenopathy (and no lad),
counts and "recurrent" beside a finding as HPO's Recurrent child, a loss of consciousness on
exertion as syncope, a high haemoglobin and platelet count, and the abbreviations VTE, IBD,
INO, OCBs; through the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

HYPOKALEMIA, HYPERKALEMIA, HYPONATREMIA = "HP:0002900", "HP:0002153", "HP:0002902"
HYPERCALCEMIA, HYPOMAGNESEMIA, HYPOGLYCEMIA = "HP:0003072", "HP:0002917", "HP:0001943"
METABOLIC_ALKALOSIS, METABOLIC_ACIDOSIS = "HP:0200114", "HP:0001942"
HILAR_NODES, SYNCOPE, LOC = "HP:0034388", "HP:0001279", "HP:0007185"
DVT, RECURRENT_DVT, VOMITING = "HP:0002625", "HP:0004850", "HP:0002013"
PNEUMONIA, RECURRENT_PNEUMONIA = "HP:0002090", "HP:0006532"
RECURRENT_THROMBOEMBOLISM, VENOUS_THROMBOSIS = "HP:0004831", "HP:0004936"
POLYCYTHEMIA, THROMBOCYTOSIS, ANEMIA = "HP:0001901", "HP:0001894", "HP:0001903"
IBD, INO, OCB, ORTHOSTATIC = "HP:0002037", "HP:0030773", "HP:6000397", "HP:0001278"


@pytest.mark.parametrize(("text", "term"), [
    ("hypoK", HYPOKALEMIA),
    ("hyperK", HYPERKALEMIA),
    ("hypoNa", HYPONATREMIA),
    ("hyperCa", HYPERCALCEMIA),
    ("hypoMg", HYPOMAGNESEMIA),
    ("hypoK, met alk, normotensive", METABOLIC_ALKALOSIS),
    ("met acidosis", METABOLIC_ACIDOSIS),
])
def test_electrolyte_and_acid_base_shorthand(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_hypo_alone_stays_the_lay_word_and_hypok_is_no_hypoglycaemia(engine: Engine) -> None:
    assert HYPOGLYCEMIA in present_ids(engine, "had a hypo last night")
    assert HYPOGLYCEMIA not in present_ids(engine, "hypoK")


def test_lad_after_a_site_is_lymphadenopathy_and_no_man(engine: Engine) -> None:
    read = engine.interpret("ddx: bilat hilar LAD, arthralgia")
    assert HILAR_NODES in {i for f in read.findings for i in f.ids}
    assert read.sex is None
    assert engine.interpret("the lad has a cough").sex == "male"


@pytest.mark.parametrize(("text", "term"), [
    ("recurrent DVT", RECURRENT_DVT),
    ("DVT x2", RECURRENT_DVT),
    ("pneumonia x3", RECURRENT_PNEUMONIA),
    ("2x pneumonia", RECURRENT_PNEUMONIA),
    ("recurrent VTE", RECURRENT_THROMBOEMBOLISM),
])
def test_a_count_or_recurrent_beside_a_finding_reads_its_recurrent_term(
        engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_a_count_of_a_day_keeps_a_finding_with_no_recurrent_term(engine: Engine) -> None:
    assert VOMITING in present_ids(engine, "vomiting x2 today")
    assert PNEUMONIA in present_ids(engine, "a pneumonia")


def test_a_loss_of_consciousness_on_exertion_is_a_syncope(engine: Engine) -> None:
    read = present_ids(engine, "19M, LOC on exertion, FHx SCD <40")
    assert {SYNCOPE, LOC} <= read
    # the exertion said of another item leaves the loss of consciousness alone
    assert SYNCOPE not in present_ids(engine, "head injury, brief LOC, SOB on exertion")


def test_exertional_loc_ranks_an_inherited_heart_disease_in_the_top_three(
        engine: Engine) -> None:
    question = "19M, LOC on exertion, FHx SCD <40"
    assert min(answer_rank(engine, question, d) for d in (
        "MONDO:0005045", "OMIM:192600", "OMIM:192500", "OMIM:604772")) < 3


@pytest.mark.parametrize(("text", "term", "absent"), [
    ("61M, Hb 192 g/L", POLYCYTHEMIA, None),
    ("F 40, Hb 162", POLYCYTHEMIA, None),
    ("M 40, Hb 162", None, POLYCYTHEMIA),
    ("plt 900", THROMBOCYTOSIS, None),
    ("platelets 300", None, THROMBOCYTOSIS),
    ("Hb 85", ANEMIA, POLYCYTHEMIA),
])
def test_high_haemoglobin_and_platelets(engine: Engine, text: str, term: str | None,
                                       absent: str | None) -> None:
    read = present_ids(engine, text)
    if term is not None:
        assert term in read
    if absent is not None:
        assert absent not in read


@pytest.mark.parametrize(("text", "term"), [
    ("↑ALP, ↑GGT, pruritus, IBD", IBD),
    ("CSF OCBs +ve, INO", INO),
    ("CSF OCBs +ve, INO", OCB),
    ("48F, postural drop, Na 126", ORTHOSTATIC),
    ("34F, recurrent VTE, livedo", RECURRENT_THROMBOEMBOLISM),
    ("hx of VTE", VENOUS_THROMBOSIS),
])
def test_clinical_abbreviations(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


HYPERTENSION, FEVER, EXERCISE_MYOGLOBINURIA = "HP:0000822", "HP:0001945", "HP:0008305"


def test_normotensive_denies_hypertension_only(engine: Engine) -> None:
    read = engine.interpret("hypoK, met alk, normotensive")
    denied = {i for f in read.findings if f.negated for i in f.ids}
    present = {i for f in read.findings if not f.negated for i in f.ids}
    assert HYPERTENSION in denied
    assert {HYPOKALEMIA, METABOLIC_ALKALOSIS} <= present
    # the word's negation reaches no further than the word ("normotensive, hypoK")
    assert HYPOKALEMIA in present_ids(engine, "normotensive, hypoK")
    assert FEVER in {i for f in engine.interpret("afebrile").findings if f.negated
                     for i in f.ids}


def test_post_exercise_is_after_exercise(engine: Engine) -> None:
    assert EXERCISE_MYOGLOBINURIA in present_ids(engine, "dark urine post-exercise")
    assert "HP:0025377" in {m.id for m in engine.interpret("dark urine post-exercise").modifiers}
