"""Vital signs given as numbers (text/vitals.py), through the question reader and the engine."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatcauses import Engine
from whatcauses.text import vitals
from whatcauses.text.normalize import tokenize


def labels(engine: Engine, question: str) -> list[tuple[str, bool]]:
    return [(label, f.negated) for f in engine.interpret(question).findings
            for label in f.labels]


@pytest.mark.parametrize(("question", "expected"), [
    ("my pulse is only 35", "Bradycardia"),
    ("HR 130 and breathless", "Tachycardia"),
    ("heart rate of 140 bpm", "Tachycardia"),
    ("BP 190/110", "Hypertension"),
    ("blood pressure 150 over 95", "Hypertension"),
    ("BP 80/50 and clammy", "Hypotension"),
    ("temp 39.5C", "Fever"),
    ("running a temperature of 101F", "Fever"),
    ("sats 88% on air", "Hypoxemia"),
    ("oxygen saturation below 90", "Hypoxemia"),
    ("RR 28", "Tachypnea"),
    ("body temperature 34.2 after a night outside", "Hypothermia"),
])
def test_a_value_outside_the_usual_range_is_its_finding(engine: Engine, question: str,
                                                        expected: str) -> None:
    assert (expected, False) in labels(engine, question)


@pytest.mark.parametrize("question", [
    "my temperature is 37.2",
    "a temperature of 36.9",
    "pulse 72, BP 124/78",
    "sats 98%",
])
def test_a_value_in_the_usual_range_is_no_finding_and_no_unread_word(engine: Engine,
                                                                     question: str) -> None:
    interpretation = engine.interpret(question)
    assert interpretation.findings == ()
    assert interpretation.unrecognized == ()


def test_a_bare_temperature_is_still_a_fever(engine: Engine) -> None:
    assert ("Fever", False) in labels(engine, "I have a temperature and a cough")


def test_the_number_of_a_reading_is_no_age(engine: Engine) -> None:
    interpretation = engine.interpret("running a temperature of 101F with a sore throat")
    assert interpretation.age is None


def test_a_child_s_heart_rate_is_not_read_with_adult_ranges(engine: Engine) -> None:
    interpretation = engine.interpret("my 3 year old has a heart rate of 130 and a temp of 39")
    read = [label for f in interpretation.findings for label in f.labels]
    assert read == ["Fever"]
    assert interpretation.unrecognized == ()


def test_an_adult_s_readings_rank_with_the_other_findings(engine: Engine) -> None:
    answer = engine.ask("I'm 70, I keep fainting and my pulse is 38", top=10)
    assert any("Bradycardia" in f.labels for f in answer.interpretation.findings)
    assert answer.ranking.candidates


@pytest.mark.parametrize(("question", "expected"), [
    ("sats below 92", "Hypoxemia"),  # an upper bound under the range says the value is low
    ("pulse over 120", "Tachycardia"),
])
def test_bounds(engine: Engine, question: str, expected: str) -> None:
    assert (expected, False) in labels(engine, question)


def test_an_upper_bound_never_makes_a_high_value() -> None:
    [hit] = vitals.read_vitals([t.folded for t in tokenize("temp under 39")])
    assert hit.term is None


def test_implausible_numbers_are_no_reading() -> None:
    assert vitals.read_vitals([t.folded for t in tokenize("pulse 2 days ago was fine")]) == []


@given(st.integers(min_value=60, max_value=100))
def test_every_adult_resting_rate_in_range_is_no_finding(rate: int) -> None:
    [hit] = vitals.read_vitals([t.folded for t in tokenize(f"pulse {rate}")])
    assert hit.term is None


@given(st.integers(min_value=101, max_value=250))
def test_every_rate_above_100_is_tachycardia(rate: int) -> None:
    [hit] = vitals.read_vitals([t.folded for t in tokenize(f"heart rate {rate} bpm")])
    assert hit.term == vitals.TACHYCARDIA


@pytest.mark.parametrize(("question", "expected"), [
    ("o/e T 39.2, sats 89%", ["Fever", "Hypoxemia"]),
    ("T 2 diabetes for years", []),
    ("T 36.8, pulse 80", []),
])
def test_a_note_s_bare_t_is_a_temperature_only_before_degrees(engine: Engine, question: str,
                                                               expected: list[str]) -> None:
    read = [label for f in engine.interpret(question).findings for label in f.labels
            if label in ("Fever", "Hypoxemia", "Hypothermia")]
    assert read == expected
