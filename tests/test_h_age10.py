"""Ages and persons in words, and a pregnancy before this one (h-age10, issue 14).

A retired person, a pensioner, one "getting on a bit" or in their "golden years" is an older
adult (55-100); one doing GCSEs is 14-16 and one doing A-levels 16-18 (the English national
curriculum's key stages). A child the asker names by an age ("my 3-year-old has ...") or by a
place among the children ("my youngest") makes the question no longer about the asker alone,
while the asker's own job ("I'm a teacher") does not. A pregnancy before the present one ("I
lost my last baby at 10 weeks", "in my last pregnancy I had ...") gives no gestation now, no
pregnancy now, and what it held is history, not a finding now.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_person
from whatcauses.text.gestation import read_gestation

from .readings import cli_interpretation, present_ids

DIABETES = "HP:0000819"
OLDER = (55.0, 100.0)


@pytest.mark.parametrize("question", [
    "I'm a retired teacher and my knees ache in the morning",
    "since I retired I keep getting dizzy when I stand up",
    "I've been retired for ten years and have a cough",
    "my mum, who is retired, has a cough",
    "since my retirement I have felt low",
    "I'm getting on a bit and my hands have started to shake",
    "in my golden years now and my memory is getting worse",
])
def test_later_life_words_give_an_older_adult(question: str) -> None:
    assert read_person(question).age_range == OLDER


@pytest.mark.parametrize("question", [
    "I was medically retired from the police and have back pain",
    "I retired early and have a cough",
    "I retired on ill health grounds and have a cough",
    "a retired footballer with knee pain",
    "we adopted a retired greyhound and I have a rash",
])
def test_an_early_retirement_or_a_young_career_s_end_gives_no_age(question: str) -> None:
    assert read_person(question).age is None


def test_a_number_said_wins_over_retirement() -> None:
    assert read_person("I'm 52 and retired, my knees ache").age == 52.0


@pytest.mark.parametrize(("question", "age_range"), [
    ("I'm doing my GCSEs and get palpitations", (14.0, 16.0)),
    ("my son is revising for his A-levels and has headaches", (16.0, 18.0)),
])
def test_school_exams_give_the_years_they_are_taken_in(question: str,
                                                       age_range: tuple[float, float]) -> None:
    assert read_person(question).age_range == age_range


@pytest.mark.parametrize(("question", "age_range"), [
    ("my college-age son has a rash", (18.0, 25.0)),
    ("my primary-age daughter has nits", (4.0, 11.0)),
    ("a secondary school age boy with knee pain", (11.0, 18.0)),
])
def test_a_stage_s_age_said_as_such(question: str, age_range: tuple[float, float]) -> None:
    assert read_person(question).age_range == age_range


def test_exams_in_the_past_give_no_age() -> None:
    assert read_person("since my GCSEs I've had headaches").age is None


def test_the_cli_shows_the_retirement_it_read_as_the_age(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    said = cli_interpretation(engine, monkeypatch,
                              "I'm a retired teacher and my knees ache in the morning")
    assert said["age_range"] == list(OLDER)
    ages = [m for m in said["mappings"] if m["kind"] == "age"]
    assert [m["text"] for m in ages] == ["retired"]


@pytest.mark.parametrize("question", [
    "my 3-year-old has a barking cough",
    "my 3 year old has a barking cough and I get hay fever",
    "my youngest has a barking cough and noisy breathing at night",
    "our little one has a rash and I'm worried",
    "my 3yo has a barking cough",
    "our 2 yo keeps vomiting and I have a cold",
])
def test_a_child_named_by_age_or_place_is_not_the_asker_alone(engine: Engine,
                                                              question: str) -> None:
    assert not engine.interpret(question).asker_alone


@pytest.mark.parametrize("question", [
    "I'm a teacher and after a cold my voice has gone croaky",
    "I am a retired teacher and my back aches",
    "my left one hurts, my knee is swollen",
])
def test_the_asker_s_own_job_is_no_other_person(engine: Engine, question: str) -> None:
    assert engine.interpret(question).asker_alone


@pytest.mark.parametrize(("question", "weeks"), [
    ("I lost my last baby at 10 weeks, I'm pregnant again and now at 34 weeks I have a "
     "headache", 34.0),
    ("I miscarried at 8 weeks last time and now I'm bleeding", None),
    ("In my last pregnancy I had bleeding at 30 weeks. Now I have a headache", None),
    ("I'm 8 weeks pregnant and miscarried at 9 weeks last time, I have cramps", 8.0),
    ("I had a bleed at 20 weeks last time, now I'm pregnant and spotting", None),
    ("I'm 12 weeks pregnant and the last time I ate I was sick", 12.0),
])
def test_a_past_pregnancy_s_weeks_are_no_gestation_now(engine: Engine, question: str,
                                                       weeks: float | None) -> None:
    gestation = engine.interpret(question).gestation
    assert (gestation.min_weeks if gestation else None) == weeks


def test_gestation_skips_the_spans_it_is_told_of() -> None:
    text = "I lost my last baby at 10 weeks and I'm pregnant"
    assert read_gestation(text) is not None
    assert read_gestation(text, [(0, 31)]) is None


def test_a_past_pregnancy_is_no_pregnancy_now_and_its_findings_are_history(
        engine: Engine) -> None:
    question = "In my last pregnancy I had gestational diabetes. Now I'm 41, always thirsty"
    read = engine.interpret(question)
    assert "pregnancy" not in read.exposure_keys
    assert DIABETES in present_ids(engine, question)
    assert all(f.known for f in read.findings if DIABETES in f.ids)


def test_the_asker_s_own_job_is_context_not_an_unrecognised_word(engine: Engine) -> None:
    read = engine.interpret("I'm a retired teacher and my knees ache in the morning")
    assert not any("teacher" in words for words in read.unrecognized)


def test_a_child_named_by_an_age_in_shorthand_is_someone_else_than_the_asker(
        engine: Engine) -> None:
    read = engine.interpret("my 18mo has a barking cough and I have hay fever")
    assert read.age == 1.5
    assert not read.asker_alone
