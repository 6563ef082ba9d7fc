"""The clinician voice, round five (issue 14, h-clinician5): a family history in capitals
("FHx SCD", "FH of MI", "FHx: ...", "Family hx of ...") is the family's, a note's opening age
and sex letter are the patient's whatever other ages follow, laboratory values of
alkaline phosphatase, creatinine and urea, "reduced UO" as a reduced urine output and "?SAH" as
a query; through the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids, relatives

SUDDEN_CARDIAC_DEATH, SYNCOPE = "HP:0001645", "HP:0001279"
HIGH_ALP, HIGH_CREATININE, HIGH_UREA = "HP:0003155", "HP:0003259", "HP:0003138"
HYPERKALEMIA, OLIGURIA, SAH = "HP:0002153", "HP:0100520", "HP:0002138"
FAMILY = "family"
CHOLANGITIS, AKI = "MONDO:0001930", "MONDO:0002492"


@pytest.mark.parametrize("text", [
    "FHx sudden cardiac death. Syncope on exertion",
    "FHx: sudden cardiac death. Syncope on exertion",
    "FHx of sudden cardiac death. Syncope on exertion",
    "FH of sudden cardiac death. Syncope on exertion",
    "Family hx of sudden cardiac death. Syncope on exertion",
    "FHx - sudden cardiac death. Syncope on exertion",
])
def test_a_family_history_heading_gives_its_object_to_the_family(engine: Engine,
                                                                text: str) -> None:
    read = relatives(engine, text)
    assert read[SUDDEN_CARDIAC_DEATH] == FAMILY
    assert read[SYNCOPE] is None  # the patient's own, in the next sentence


def test_a_family_history_heading_after_the_complaint(engine: Engine) -> None:
    read = relatives(engine, "19M, collapse, FHx sudden cardiac death")
    assert read[SUDDEN_CARDIAC_DEATH] == FAMILY
    assert read[SYNCOPE] is None


@pytest.mark.parametrize(("text", "age", "sex"), [
    ("19M, LOC x2 on exertion, FHx SCD (uncle aged 30)", 19.0, "male"),
    ("F 28, palpitations, mum aged 60 has the same", 28.0, "female"),
    ("28yo F, palpitations, brother aged 40 has the same", 28.0, "female"),
    ("pt 74M, collapse, wife aged 70 found him", 74.0, "male"),
    ("45 M, cough, wife aged 40", 45.0, "male"),
    # the other forms keep their reading
    ("my wife is 45 and has a cough", 45.0, "female"),
    ("Male, 67, confused", 67.0, "male"),
])
def test_a_notes_opening_person_is_the_patient(engine: Engine, text: str, age: float,
                                               sex: str) -> None:
    read = engine.interpret(text)
    assert read.age == pytest.approx(age)
    assert read.sex == sex


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("58F, RUQ pain, ALP 420", {HIGH_ALP}, set()),
    ("alk phos 300 IU/L, itch", {HIGH_ALP}, set()),
    ("ALP 95, itch", set(), {HIGH_ALP}),
    ("79M, creat 310, K 6.1", {HIGH_CREATININE, HYPERKALEMIA}, set()),
    ("creatinine 1.8 mg/dL", {HIGH_CREATININE}, set()),
    # a woman's upper limit is lower than a man's
    ("F 40, creatinine 115", {HIGH_CREATININE}, set()),
    ("M 40, creatinine 115", set(), {HIGH_CREATININE}),
    # in a range where micromoles and milligrams disagree: unread
    ("creatinine 15", set(), {HIGH_CREATININE}),
    ("urea 24, vomiting", {HIGH_UREA}, set()),
    ("urea 6.1, vomiting", set(), {HIGH_UREA}),
    # milligrams only when written: 40 mg/dL is a normal urea
    ("urea 40 mg/dL, vomiting", set(), {HIGH_UREA}),
    ("urine creatinine 12 mmol/L", set(), {HIGH_CREATININE}),
])
def test_liver_and_kidney_values_outside_the_adult_interval(engine: Engine, text: str,
                                                           present: set[str],
                                                           absent: set[str]) -> None:
    read = present_ids(engine, text)
    assert present <= read
    assert not absent & read


@pytest.mark.parametrize("text", ["reduced UO", "79M, poor UO, D&V", "↓ UO since yesterday"])
def test_a_reduced_urine_output_in_shorthand(engine: Engine, text: str) -> None:
    assert OLIGURIA in present_ids(engine, text)


def test_uo_alone_or_as_a_measure_names_nothing(engine: Engine) -> None:
    assert OLIGURIA not in present_ids(engine, "UO 30 ml/h, catheterised")


def test_a_queried_diagnosis_is_no_finding(engine: Engine) -> None:
    queried = {i: f.queried for f in engine.interpret("?SAH - 47F, thunderclap HA").findings
               for i in f.ids}
    assert queried[SAH]
    # a query alone is no evidence to rank on
    assert not engine.ask("?SAH", top=5).ranking.candidates


def test_notes_with_values_rank_their_condition_first(engine: Engine) -> None:
    assert answer_rank(engine, "58F, 2/7 RUQ pain, fevers and rigors, jaundiced, ALP 420, "
                               "bili 65, known gallstones", CHOLANGITIS) == 0
    assert answer_rank(engine, "79M, 2/7 D&V, reduced UO, creat 310 (baseline 95), urea 24, "
                               "K 6.1", AKI) == 0


DIARRHEA, VOMITING, GBS = "HP:0002014", "HP:0002013", "ORPHA:98916"


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a note's item of a passing illness weeks ago is the illness before, not a finding now
    ("28yo F, 1/52 weak legs, areflexia, D&V 3/52 ago", {DIARRHEA, VOMITING}, set()),
    ("RIF pain, fever, diarrhoea 3 weeks ago", {DIARRHEA}, set()),
    # days ago may be the complaint's own start; alone, the item is the complaint
    ("abdominal pain, vomiting 2 days ago", set(), {VOMITING}),
    ("diarrhoea 3 weeks ago", set(), {DIARRHEA}),
])
def test_a_note_item_of_an_illness_weeks_ago_is_before_the_complaint(
        engine: Engine, text: str, gone: set[str], kept: set[str]) -> None:
    read = present_ids(engine, text)
    assert not gone & read
    assert kept <= read


def test_a_preceding_illness_in_a_note_leaves_its_sequel_first(engine: Engine) -> None:
    assert answer_rank(engine, "28yo F, 1/52 ascending weakness of both legs & tingling feet, "
                               "areflexia, D&V 3/52 ago", GBS) == 0
