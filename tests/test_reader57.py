"""Reader gaps of issue 14 (h-reader57): slowness of movement in lay words is Bradykinesia,
blood said with a bowel finding ("diarrhoea with blood") is blood in the stool, "82 years
young" is an age, the "pinky" is the little finger, and calf pain on walking is Intermittent
claudication."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, cli_interpretation, finding_ids

BRADYKINESIA = "HP:0002067"
BLOODY_DIARRHEA = "HP:0025085"
HEMATOCHEZIA = "HP:0002573"
CLAUDICATION = "HP:0004417"
CALF_MYALGIA = "HP:0031921"  # Gastrocnemius myalgia
PARKINSON = "OMIM:168600"
PAD = "MONDO:0005386"


@pytest.mark.parametrize("question", [
    "my right hand shakes when it is resting, and I've become slow",
    "my dad's hand trembles when he sits still and he has slowed down a lot",
    "my left hand shakes at rest and everything takes longer",
])
def test_slowness_in_lay_words_is_bradykinesia(engine: Engine, question: str) -> None:
    assert BRADYKINESIA in finding_ids(engine, question)
    assert answer_rank(engine, question, PARKINSON, top=3) < 3


def test_slow_said_of_other_things_is_not_bradykinesia(engine: Engine) -> None:
    assert BRADYKINESIA not in finding_ids(engine, "my heart is slow")
    assert BRADYKINESIA not in finding_ids(engine, "my stream of urine is slow")


@pytest.mark.parametrize("question", [
    "diarrhoea with blood and a fever",
    "looser stools with blood and mucus for six weeks",
    "my bowels have been looser, with blood",
    "my bowel habit has changed, runnier, with blood",
])
def test_blood_with_a_bowel_finding_is_blood_in_the_stool(engine: Engine,
                                                          question: str) -> None:
    found = [f for f in engine.interpret(question).findings if HEMATOCHEZIA in f.ids]
    assert found and found[0].ids[0] == BLOODY_DIARRHEA
    assert "blood" not in engine.interpret(question).unrecognized
    # Blood with other findings keeps their readings.
    assert HEMATOCHEZIA not in finding_ids(engine, "coughing with blood")
    # Only blood joins across the comma: "headache, with nausea" stays two findings.
    assert [f.labels for f in engine.interpret("headache, with nausea").findings] == [
        ("Headache",), ("Nausea",)]


def test_years_young_is_an_age(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    reading = cli_interpretation(engine, monkeypatch,
                                 "I am 82 years young and my knee hurts")
    assert reading["age"] == 82
    assert "young" not in reading["unrecognized"]
    assert engine.interpret("my 2 year old has a cough").age == 2


def test_the_pinky_is_the_little_finger(engine: Engine) -> None:
    reading = engine.interpret("tingling in my pinky")
    assert reading.findings[0].labels == ("Hand paresthesia",)
    assert "pinky" not in reading.unrecognized
    assert "pinky" not in engine.interpret("pain in my pinky finger").unrecognized


def test_calf_pain_on_walking_is_claudication(engine: Engine) -> None:
    question = "pain in my calves when I walk that goes away when I stop"
    assert CLAUDICATION in finding_ids(engine, question)
    assert CALF_MYALGIA not in finding_ids(engine, question)
    assert answer_rank(engine, question, PAD) == 0
    # Calf pain with no walking stays calf muscle pain.
    assert CALF_MYALGIA in finding_ids(engine, "my calf is painful")
