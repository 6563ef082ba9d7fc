"""Reader gaps of issue 14 (h-reader67): an illness said to come before the complaint is
history, not a finding now (text/preceding.py), and a sore throat before is the throat
infection exposure; words whose stems would merge words of other meanings keep stems of
their own ("tearful" is no "tearing" pain, "several" no "severe"); a laboratory result in
words reads with its level wherever the level stands ("liver enzymes came back a bit
raised")."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.text.normalize import phrase_key, stem
from whatcauses.text.preceding import preceding_spans

from .readings import finding_ids, present_ids

PHARYNGALGIA, PHARYNGITIS = "HP:0033050", "HP:0025439"
DARK_URINE = "HP:0040319"
HOARSE_VOICE = "HP:0001609"
FEVER, COUGH, DYSPNEA, FATIGUE = "HP:0001945", "HP:0012735", "HP:0002094", "HP:0012378"
MIGRAINE, ANXIETY = "HP:0002076", "HP:0000739"
SEIZURE, CONFUSION, HEADACHE, VOMITING = "HP:0001250", "HP:0001289", "HP:0002315", "HP:0002013"
PAIN, TEARFULNESS = "HP:0012531", "HP:0033705"
HYPERBILIRUBINEMIA, HIGH_TRANSAMINASES = "HP:0002904", "HP:0002910"
HYPOKALEMIA, HYPONATREMIA, HYPERCALCEMIA = "HP:0002900", "HP:0002902", "HP:0003072"
TEARING_CHEST_PAIN = "HP:6000049"


def test_an_illness_before_the_complaint_is_no_finding_now(engine: Engine) -> None:
    read = present_ids(engine, "two weeks after a sore throat my pee turned dark")
    assert DARK_URINE in read
    assert not {PHARYNGALGIA, PHARYNGITIS} & read
    read = present_ids(engine, "since having a fever and a cough a month ago I have been "
                               "short of breath and tired")
    assert {DYSPNEA, FATIGUE} <= read
    assert not {FEVER, COUGH} & read


def test_a_past_illness_before_now_and_used_to_are_history(engine: Engine) -> None:
    read = present_ids(engine, "I had glandular fever last year and now I am always tired")
    assert FATIGUE in read and FEVER not in read
    # A trouble said to be over is set aside, and its onset words date it only.
    reading = engine.interpret("I used to get migraines as a teenager but now I feel anxious")
    assert ANXIETY in {i for f in reading.findings for i in f.ids}
    assert MIGRAINE not in {i for f in reading.findings for i in f.ids}
    assert not reading.onset
    # An earlier trouble of another kind is history: a known condition, not a finding now.
    reading = engine.interpret("a week after a cold sore I got target shaped spots on my hands")
    assert any(f.known for f in reading.findings)
    # Still so: the migraines are now too; "more than I used to" compares.
    reading = engine.interpret("I used to get migraines and I still do")
    assert MIGRAINE in {i for f in reading.findings if not f.known for i in f.ids}
    reading = engine.interpret("I feel the cold more than I used to and I'm always tired")
    assert FATIGUE in {i for f in reading.findings if not f.known for i in f.ids}
    # An earlier episode of the complaint without a passing illness stays a finding.
    reading = engine.interpret("last year I lost the vision in one eye, and now my legs are "
                               "numb")
    assert not any(f.known for f in reading.findings)


def test_events_of_the_complaint_and_triggers_stay(engine: Engine) -> None:
    assert {SEIZURE, CONFUSION} <= present_ids(engine, "he was confused after a seizure")
    assert {HEADACHE, COUGH} <= present_ids(engine, "I get a headache after coughing")
    assert {HEADACHE, VOMITING} <= present_ids(
        engine, "since the headache started I have been vomiting")
    # The finding before the time word is the complaint.
    assert {PHARYNGALGIA, PHARYNGITIS} & present_ids(engine, "I have had a sore throat "
                                                             "after a cold")


def test_preceding_spans_end_at_the_next_clause() -> None:
    folded = ["two", "weeks", "after", "a", "sore", "throat", "my", "pee", "turned", "dark"]
    assert preceding_spans(folded) == [(2, 6, True)]
    assert preceding_spans(["a", "headache", "after", "eating"]) == []


def test_a_sore_throat_before_is_the_throat_infection_exposure(engine: Engine) -> None:
    keys = {x.key for x in engine.interpret(
        "two weeks after a sore throat my pee turned dark").exposures}
    assert "throat-infection" in keys
    keys = {x.key for x in engine.interpret("I have a sore throat and a fever").exposures}
    assert "throat-infection" not in keys


def test_words_of_other_meanings_keep_their_own_stems(engine: Engine) -> None:
    assert stem("tearful") != stem("tearing")
    assert stem("tearfulness") == stem("tearful")
    assert stem("several") != stem("severe")
    assert stem("periodic") != stem("period")
    assert stem("positive") != stem("position")
    read = present_ids(engine, "I feel anxious and tearful")
    assert {ANXIETY, TEARFULNESS} <= read and PAIN not in read
    # The tearing pain still reads its modifier.
    assert TEARING_CHEST_PAIN in {m.id for m in engine.interpret(
        "a tearing pain in my chest going through to my back").modifiers}


def test_a_lab_result_in_words_reads_with_its_level_anywhere(engine: Engine) -> None:
    assert phrase_key("liver enzymes came back a bit raised") == phrase_key(
        "raised liver enzymes")
    assert HYPERBILIRUBINEMIA in present_ids(engine, "slightly raised bilirubin")
    assert HIGH_TRANSAMINASES in present_ids(engine, "my liver enzymes came back a bit raised")
    assert HYPOKALEMIA in present_ids(engine, "my potassium levels were very low")
    assert HYPONATREMIA in present_ids(engine, "my sodium was a little low")
    assert HYPERCALCEMIA in present_ids(engine, "high levels of calcium on a blood test")
    # A denied level is negated, never present.
    assert HYPOKALEMIA not in present_ids(engine, "my potassium was not low")
    assert HYPOKALEMIA in finding_ids(engine, "my potassium was not low")
