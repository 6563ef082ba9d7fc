"""Clinicians' notes and lasting complaints (issue 14): shorthand ("N&V", "abdo pain", "wt
loss", "PR bleeding", "febrile", "RIF pain"), durations in clinicians' notation ("3/7 hx", "a 2
week history of", "x 3 weeks"; text/course.py) and findings that have lasted long enough to take
their lasting form ("diarrhoea for 3 months": Chronic diarrhea), on the rules alone and through
the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.course import read_course

from .readings import present_ids

NAUSEA, VOMITING, DIARRHEA = "HP:0002018", "HP:0002013", "HP:0002014"
ABDOMINAL_PAIN, WEIGHT_LOSS, WEIGHT_GAIN = "HP:0002027", "HP:0001824", "HP:0004324"
HEMATOCHEZIA, FEVER = "HP:0002573", "HP:0001945"
HYPERHIDROSIS, PALPITATIONS, POLLAKISURIA = "HP:0000975", "HP:0001962", "HP:0100515"
VAGINAL_BLEEDING, VAGINAL_DISCHARGE, PELVIC_PAIN = "HP:0034263", "HP:0034269", "HP:0034267"
CHRONIC_DIARRHEA, COUGH, CHRONIC_COUGH = "HP:0002028", "HP:0012735", "HP:0034315"
NAUSEA_AND_VOMITING = "HP:0002017"


@pytest.mark.parametrize(("text", "days"), [
    ("45M c/o SOB and wheeze, 3/7 hx", 3.0),
    ("2/52 hx of polyuria and polydipsia", 14.0),
    ("productive cough 3/52", 21.0),
    ("6/12 hx of wt loss", 180.0),
    ("cough x 3 weeks", 21.0),
    ("diarrhoea x2 days", 2.0),
    ("a 3-day history of fever", 3.0),
    ("a five day hx of sore throat", 5.0),
    ("two months' history of cough", 60.0),
])
def test_clinicians_durations(text: str, days: float) -> None:
    course = read_course(text)
    assert course is not None and course.days == days


@pytest.mark.parametrize("text", [
    "LMP 7/52 ago",  # the last period, no complaint's length
    "30F, 9/40 pregnant",  # a gestation
    "seen in clinic on 3/12",  # a date
    "cough since 3/12/2024",  # a date
    "back from Spain 3/7 ago, now unwell",  # a past event
    "8/7 hx",  # no count of days of a week
    "smoked x 30 years",  # a habit
])
def test_no_clinicians_duration(text: str) -> None:
    assert read_course(text) is None


def test_letter_pairs_are_the_symptoms_written_out(engine: Engine) -> None:
    for text in ("34M, 2/7 hx of N&V", "persistent n/v", "N+V since this morning"):
        read = present_ids(engine, text)
        assert {NAUSEA, VOMITING} <= read and NAUSEA_AND_VOMITING not in read, text
    assert {DIARRHEA, VOMITING} <= present_ids(engine, "child with D&V since last night")
    assert {NAUSEA, VOMITING, DIARRHEA} <= present_ids(engine, "N/V/D for two days")
    negated = {i for f in engine.interpret("no N&V, abdo pain").findings if f.negated
               for i in f.ids}
    assert {NAUSEA, VOMITING} <= negated
    # Letters not joined by a symptom table's letters stay as they are.
    assert present_ids(engine, "stayed at a B&B, did a Q&A") == set()


def test_clinicians_shorthand(engine: Engine) -> None:
    assert ABDOMINAL_PAIN in present_ids(engine, "crampy abdo pain")
    assert {WEIGHT_LOSS} <= present_ids(engine, "3/12 hx of wt loss")
    assert WEIGHT_GAIN in present_ids(engine, "wt gain 4kg over 2/52")
    assert HEMATOCHEZIA in present_ids(engine, "61F with PR bleeding")
    assert FEVER in present_ids(engine, "febrile 38.9 with rigors")
    assert {HYPERHIDROSIS, NAUSEA} <= present_ids(engine, "crushing chest pain, diaphoretic "
                                                          "and nauseated")
    assert PALPITATIONS in present_ids(engine, "6/52 hx of palps")
    assert POLLAKISURIA in present_ids(engine, "dysuria and urinary frequency")
    assert {VAGINAL_BLEEDING, VAGINAL_DISCHARGE} <= present_ids(engine, "PV bleeding and PV "
                                                                        "discharge")
    assert {PELVIC_PAIN, ABDOMINAL_PAIN} <= present_ids(engine, "suprapubic pain, dysuria")
    for text in ("1/7 hx of RIF pain", "LIF pain", "periumbilical pain",
                 "pain in the right iliac fossa"):
        assert ABDOMINAL_PAIN in present_ids(engine, text), text
    # "afebrile" is no fever.
    assert FEVER not in present_ids(engine, "afebrile, no rash")


def test_a_lasting_finding_takes_its_lasting_form(engine: Engine) -> None:
    group = next(f.ids for f in engine.interpret("cough x 10 weeks").findings)
    assert group == (CHRONIC_COUGH, COUGH)  # the plain finding stays beside it
    assert CHRONIC_DIARRHEA in present_ids(
        engine, "for the last three months I've had watery diarrhoea")
    assert CHRONIC_DIARRHEA in present_ids(engine, "22M, diarrhoea for months, lost a stone")
    assert CHRONIC_COUGH in present_ids(engine, "I've had a dry cough for about 3 months now")
    assert CHRONIC_COUGH in present_ids(engine, "cough x 10 weeks")
    # Too short for the lasting form (HPO: over 4 weeks of diarrhoea, 8 of cough).
    assert DIARRHEA in present_ids(engine, "diarrhoea for 2 weeks")
    assert COUGH in present_ids(engine, "a cough for 5 weeks")
    # The duration nearest the finding in its sentence is the one that counts.
    read = present_ids(engine, "I've had a cough for 3 months and diarrhoea since yesterday")
    assert CHRONIC_COUGH in read and DIARRHEA in read and CHRONIC_DIARRHEA not in read
    read = present_ids(engine, "Diarrhoea since yesterday. Cough for 3 months.")
    assert DIARRHEA in read and CHRONIC_DIARRHEA not in read


DYSURIA = "HP:0100518"


def test_it_stings_after_the_urine_is_passing_it_stinging(engine: Engine) -> None:
    for text in ("my wee smells and it stings", "my pee has turned red with blood, it stings "
                 "too", "my pee is cloudy and it's really stinging"):
        assert DYSURIA in present_ids(engine, text), text
    # Another part named between, or no urine named in the sentence: no dysuria.
    for text in ("my wee is fine but my eye is red and it stings",
                 "I drink lots of water and it burns", "My wee is clear. It stings.",
                 "I cut my finger and it stings"):
        assert DYSURIA not in present_ids(engine, text), text


def test_needing_the_toilet_more_often(engine: Engine) -> None:
    for text in ("I need the toilet more often than usual", "I'm up to the toilet all the time",
                 "up and down to the loo"):
        assert POLLAKISURIA in present_ids(engine, text), text
