"""Reading (h-reader71, issue 14), on the real engine: a common disease named beside the
person's other findings with no word of a course is the disease said, not its recurrent or
severe HPO term (text/question.py ``_named_alone``), weighed as its first hallmark
(rank/ranker.py ``SAID_BESIDE_HALLMARKS``); body sites of the temple, the bridge of the nose,
the collarbone and the cleft between the buttocks placed; "rough" skin read."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, finding_ids, present_ids

RECURRENT_TONSILLITIS, RECURRENT_SHINGLES, SEVERE_VZV = "HP:0011110", "HP:0032275", "HP:0032170"
RECURRENT_ORAL_HERPES, RECURRENT_UTI = "HP:0410028", "HP:0000010"
FEVER, HEADACHE = "HP:0001945", "HP:0002315"
SKIN_NODULE, PILONIDAL = "HP:0200036", "HP:0010767"
HYPERKERATOSIS, SCALING_SKIN = "HP:0000962", "HP:0040189"
STREP_THROAT, SHINGLES, COLD_SORES = "MONDO:0021783", "MONDO:0005609", "MONDO:0043653"
SEPSIS, ACTINIC_KERATOSIS = "MONDO:0005229", "MONDO:0005173"


@pytest.mark.parametrize(("question", "unwanted", "disease", "other"), [
    ("tonsillitis with a fever and swollen glands in my neck", {RECURRENT_TONSILLITIS},
     STREP_THROAT, FEVER),
    ("I have shingles on my back and now a headache", {RECURRENT_SHINGLES, SEVERE_VZV},
     SHINGLES, HEADACHE),
])
def test_a_disease_named_beside_findings_is_said_not_recurrent(
        engine: Engine, question: str, unwanted: set[str], disease: str, other: str) -> None:
    read = engine.interpret(question)
    assert not unwanted & finding_ids(engine, question)
    assert disease in read.named_diseases
    assert other in present_ids(engine, question)
    assert answer_rank(engine, question, disease) == 0


@pytest.mark.parametrize(("question", "kept"), [
    ("tonsillitis again with a fever", RECURRENT_TONSILLITIS),
    ("I keep getting cold sores and a fever", RECURRENT_ORAL_HERPES),
    # a disease that came before, or a treatment's name, is no disease said now
    ("target shaped spots on my hands a week after I had a cold sore", RECURRENT_ORAL_HERPES),
])
def test_a_course_or_the_past_keeps_the_reading(engine: Engine, question: str,
                                                kept: str) -> None:
    read = engine.interpret(question)
    assert not read.said_diseases
    assert kept in finding_ids(engine, question)


def test_a_treatment_s_name_is_no_disease_said(engine: Engine) -> None:
    read = engine.interpret("sore itchy patches down below and thrush cream did nothing")
    assert not read.said_diseases


def test_the_named_disease_does_not_outweigh_the_question(engine: Engine) -> None:
    # one hallmark, not five: the complication asked about still leads
    question = ("my 82 year old dad has a water infection and today he's muddled, shaking "
                "with chills and hardly passing any urine")
    assert RECURRENT_UTI not in finding_ids(engine, question)
    assert answer_rank(engine, question, SEPSIS) == 0


@pytest.mark.parametrize(("question", "site"), [
    ("a lump on my temple", "temple"),
    ("a lump on the bridge of my nose", "bridge of my nose"),
    ("a lump on my collarbone", "collarbone"),
])
def test_a_lump_at_a_new_site_is_a_skin_nodule(engine: Engine, question: str,
                                               site: str) -> None:
    read = engine.interpret(question)
    assert SKIN_NODULE in finding_ids(engine, question)
    assert [f.site for f in read.findings] == [site]
    assert not read.unrecognized


def test_the_bridge_of_the_nose_places_a_rash_and_keeps_its_shape_terms(
        engine: Engine) -> None:
    read = engine.interpret("a rash on the bridge of my nose")
    assert [f.site for f in read.findings] == ["bridge of my nose"]
    assert finding_ids(engine, "a wide bridge of the nose") == {"HP:0000431"}


@pytest.mark.parametrize("question", ["a lump in my buttock crease",
                                      "a lump in my natal cleft",
                                      "a lump in my gluteal cleft"])
def test_a_lump_in_the_cleft_of_the_buttocks_is_pilonidal(engine: Engine,
                                                          question: str) -> None:
    assert finding_ids(engine, question) == {PILONIDAL}


def test_rough_skin_is_read(engine: Engine) -> None:
    assert finding_ids(engine, "a rough patch of skin on my scalp") == {
        HYPERKERATOSIS, SCALING_SKIN}
    assert finding_ids(engine, "rough scaly patches on my face") == {SCALING_SKIN}
    assert not engine.interpret("rough scaly patches on my face").unrecognized
    assert "HP:0033834" in finding_ids(engine, "I've been feeling rough for days")  # Malaise
    assert answer_rank(engine, "rough scaly patches on the backs of my hands, I'm 70",
                       ACTINIC_KERATOSIS) <= 2


def test_a_perfect_tense_still_has_the_disease(engine: Engine) -> None:
    read = engine.interpret("she has had shingles for a week and a headache")
    assert SHINGLES in read.named_diseases
    assert not {RECURRENT_SHINGLES, SEVERE_VZV} & finding_ids(
        engine, "she has had shingles for a week and a headache")
