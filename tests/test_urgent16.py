"""Vital signs and clinical shorthand that call for urgent care (h-urgent16, issue 13):
measured values scored as the Royal College of Physicians' NEWS2 (2017) scores them raise the
urgent notice at a red score (3) in one of them or at 5 or more in all (NICE NG51, 2024, reads
5-6 as moderate and 7 or more as high risk from sepsis); a fever with low blood pressure is a
sepsis sign (NG51 high-risk criterion); a young child who does not wake or stay awake is a red
feature of NICE NG143. Normal or mildly raised readings, and a pulse on exercise, raise
nothing."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text import vitals


@pytest.mark.parametrize("question", [
    "sats 88% on room air and short of breath",
    "resp rate 28, productive cough",
    "BP 78/45, feeling dizzy",
    "pulse 38 and I feel faint",
    "temp 34.8 after a night outside",
    "GCS 13/15 after a fall",
    "HR 118, temp 39.4, RR 22",  # 2 + 2 + 2: an aggregate of 6
    "T 38.6, HR 112, new confusion",  # 1 + 2 + 3 for the confusion beside the values
])
def test_vital_signs_in_the_news2_urgent_range_raise_the_notice(engine: Engine,
                                                                question: str) -> None:
    assert engine.ask(question).urgent is not None


@pytest.mark.parametrize("question", [
    "BP 128/82, pulse 70, routine check",
    "temp 37.9 with a runny nose",
    "HR 102, temp 38.2, sore throat",  # 1 + 1
    "GCS 15/15 and a sore knee",
    "my pulse gets up to 150 when I'm at the gym",
    "I have COPD and my sats are usually 89%",  # NEWS2 scale 2: 88-92 % scores 0
])
def test_normal_or_mildly_abnormal_readings_raise_nothing(engine: Engine,
                                                          question: str) -> None:
    assert not engine.ask(question).urgent


def test_a_child_is_not_scored_on_news2(engine: Engine) -> None:
    # NEWS2 is for people aged 16 and over: a toddler's pulse of 120 is normal for the age.
    assert not engine.ask("my 2 year old has a pulse of 120 and a runny nose").urgent


@pytest.mark.parametrize("question", ["febrile and hypotensive",
                                      "a high temperature and low blood pressure"])
def test_fever_with_low_blood_pressure_is_a_sepsis_sign(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.urgent is not None and "sepsis" in str(answer.urgent)


@pytest.mark.parametrize("question", [
    "my baby is floppy and won't wake properly",
    "my 2 year old has a fever and keeps falling back to sleep when we wake her",
    "my 6 month old is vomiting and is hard to wake",
])
def test_a_young_child_who_does_not_wake_is_urgent(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is not None


def test_an_adult_who_cannot_wake_properly_in_the_morning_raises_nothing(engine: Engine) -> None:
    assert not engine.ask("I'm tired and can't wake up properly in the mornings").urgent


def test_news2_points_follow_the_chart() -> None:
    def hit(measure: str, value: str, term: str | None = None) -> vitals.VitalHit:
        return vitals.VitalHit(measure, (0,), term, value)

    assert vitals.news2_score(hit(vitals.BREATHING, "25", vitals.TACHYPNEA)) == 3
    assert vitals.news2_score(hit(vitals.BREATHING, "22", vitals.TACHYPNEA)) == 2
    assert vitals.news2_score(hit(vitals.OXYGEN, "91", vitals.HYPOXEMIA)) == 3
    assert vitals.news2_score(hit(vitals.OXYGEN, "93", vitals.HYPOXEMIA)) == 2
    assert vitals.news2_score(hit(vitals.PRESSURE, "90/60")) == 3
    assert vitals.news2_score(hit(vitals.PRESSURE, "225/110", vitals.HYPERTENSION)) == 3
    assert vitals.news2_score(hit(vitals.HEART, "131", vitals.TACHYCARDIA)) == 3
    assert vitals.news2_score(hit(vitals.HEART, "130", vitals.TACHYCARDIA)) == 2
    assert vitals.news2_score(hit(vitals.TEMPERATURE, "39.1", vitals.FEVER)) == 2
    assert vitals.news2_score(hit(vitals.TEMPERATURE, "95", vitals.HYPOTHERMIA)) == 3  # 35 C
    assert vitals.news2_score(hit(vitals.COMA_SCALE, "14", vitals.REDUCED_CONSCIOUSNESS)) == 3
    assert vitals.news2_score(hit(vitals.HEART, "72")) == 0


def test_a_breathing_rate_over_60_in_a_child_under_5_is_urgent(engine: Engine) -> None:
    # NICE NG143 red feature: a respiratory rate over 60 breaths a minute.
    assert engine.ask("my 8 month old has a fever and a resp rate of 66").urgent is not None
    assert not engine.ask("my 3 year old has a cold, resp rate 30").urgent
