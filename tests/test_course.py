"""The course of the complaint: read from the question (text/course.py), weighed against the
profiles' episode duration (rank/course.py), said in the evidence and the JSON."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.explain.evidence import course_words, describe_course
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.conditions import load_condition_profiles
from whatcauses.rank.course import (
    NEW_DAYS,
    NEW_WEIGHT,
    OVERRUN_WEIGHT,
    SLOW_DAYS,
    SLOW_WEIGHT,
    course_fit,
    course_ratio,
    course_weights,
    hpo_slow_courses,
)
from whatcauses.rank.results import CourseFit
from whatcauses.text.context import read_person
from whatcauses.text.course import read_course
from whatcauses.text.normalize import NUMBER_WORDS

from .test_cli import cli

__all__ = ["cli"]  # the fixture, shared with test_cli

GASTROENTERITIS = "MONDO:0002269"  # duration: days
IBS = "MONDO:0005052"  # duration: lasting
CMT1B = "OMIM:118200"  # phenotype.hpoa course: Slowly progressive, Insidious onset
PD19A = "OMIM:615528"  # phenotype.hpoa course: Slowly progressive and Rapidly progressive


@pytest.mark.parametrize(("question", "days", "text"), [
    ("Cough with phlegm for 4 days.", 4.0, "for 4 days"),
    ("I've had a rash for the last six months", 180.0, "for the last six months"),
    ("Tired for over a year now", 365.0, "for over a year"),
    ("Sore knee for one and a half years", 547.5, "for one and a half years"),
    ("Headache for 2-3 days", 2.0, "for 2-3 days"),
    ("Loose stools on and off for years", 730.0, "for years"),
    ("Diarrhoea since yesterday.", 1.0, "since yesterday"),
    ("It started 3 weeks ago, a dry cough", 21.0, "started 3 weeks ago"),
    ("Fever and aches that came on suddenly", 1.0, "came on suddenly"),
    ("I woke up with a swollen eye", 1.0, "woke up with"),
    ("Itchy eczema all my life", 3650.0, "all my life"),
    ("Since last week my ear hurts", 7.0, "Since last week"),
])
def test_the_course_is_read_in_days(question: str, days: float, text: str) -> None:
    hint = read_course(question)
    assert hint is not None
    assert hint.days == pytest.approx(days)
    assert hint.text == text
    assert question[hint.start:hint.end] == text


@pytest.mark.parametrize("question", [
    "My 3 year old has a rash",                      # an age, not a course
    "I pee 10 times in a day",                       # a count
    "Headaches that last for 3 days at a time",      # how long one attack lasts
    "In 2 weeks I have an exam and a headache",      # the future
    "Itchy red skin on my elbows",                   # no time at all
])
def test_no_course_is_read_where_none_is_said(question: str) -> None:
    assert read_course(question) is None


def test_a_habit_is_not_the_course_and_the_longest_course_counts() -> None:
    hint = read_course("I've smoked for 30 years and now a cough for 4 days")
    assert hint is not None and hint.days == 4.0
    both = read_course("Bloating for 2 years, and vomiting since yesterday")
    assert both is not None and both.days == 730.0


def test_the_factor_is_bounded_and_one_without_a_course() -> None:
    assert course_ratio(None, 3650.0) == 1.0
    assert course_ratio("days", 10.0) == 1.0
    assert course_ratio("days", 180.0) == OVERRUN_WEIGHT
    assert course_ratio("weeks", 150.0) == 1.0  # within twice its longest usual episode
    assert course_ratio("weeks", 365.0) == OVERRUN_WEIGHT
    assert course_ratio("lasting", 1.0) == NEW_WEIGHT
    assert course_ratio("lasting", NEW_DAYS + 1) == 1.0
    for typical in ("days", "weeks", "months", "lasting", None):
        for days in (0.5, 1.0, 7.0, 60.0, 400.0, 4000.0):
            assert 0.0 < OVERRUN_WEIGHT <= course_ratio(typical, days) <= 1.0
    assert NEW_WEIGHT > OVERRUN_WEIGHT  # a new complaint is weaker evidence than a long one


def test_only_curated_courses_are_weighed(engine: Engine) -> None:
    knowledge: Knowledge = engine.knowledge
    assert course_weights(knowledge, None) is None
    weights = course_weights(knowledge, 365.0)
    assert weights is not None
    index = knowledge.disease_ids_index
    assert weights[index[GASTROENTERITIS]] == OVERRUN_WEIGHT
    assert weights[index[IBS]] == 1.0
    # over a year, every disease without a curated course (the HPO diseases among them) keeps 1
    assert int(np.count_nonzero(weights != 1.0)) <= len(knowledge.curated_prevalence)
    short = course_weights(knowledge, 1.0)
    assert short is not None and short[index[IBS]] == NEW_WEIGHT
    assert short[index[GASTROENTERITIS]] == 1.0


def test_a_slow_hpo_course_weighs_only_against_a_complaint_of_days() -> None:
    assert course_ratio("slow", 4.0) == SLOW_WEIGHT
    assert course_ratio("slow", SLOW_DAYS) == SLOW_WEIGHT
    assert course_ratio("slow", SLOW_DAYS + 1) == 1.0
    assert course_ratio("slow", 3650.0) == 1.0
    assert OVERRUN_WEIGHT < SLOW_WEIGHT < 1.0


def test_hpo_diseases_recorded_as_slowly_progressive_are_weighed(engine: Engine) -> None:
    knowledge: Knowledge = engine.knowledge
    slow = hpo_slow_courses(knowledge)
    assert slow.get(CMT1B)  # with the annotation's references
    assert PD19A not in slow  # recorded as rapidly progressive too: not only slow
    assert not set(slow) & set(knowledge.curated_prevalence)
    index = knowledge.disease_ids_index
    days = course_weights(knowledge, 4.0)
    assert days is not None and days[index[CMT1B]] == SLOW_WEIGHT
    assert days[index[PD19A]] == 1.0
    years = course_weights(knowledge, 730.0)
    assert years is None or years[index[CMT1B]] == 1.0
    fit = course_fit(knowledge, (CMT1B,), 4.0)
    assert fit is not None and fit.typical == "slow" and fit.sources == slow[CMT1B]
    assert course_fit(knowledge, (CMT1B,), 730.0) is None
    line = describe_course(fit, fit.sources)
    assert "slowly progressive" in line.text and not line.supports


def test_the_evidence_line_says_the_course() -> None:
    line = describe_course(CourseFit(180.0, "days", OVERRUN_WEIGHT), ())
    assert line.text.startswith("Its episodes usually last days")
    assert "about 6 months" in line.text and not line.supports
    assert course_words(1.0) == "about 1 day"
    assert course_words(730.0) == "about 2 years"


def _duration_sources(disease_id: str) -> tuple[str, ...]:
    """The sources a profile gives for its episode duration class."""
    profile = next(p for p in load_condition_profiles() if p.id == disease_id)
    assert profile.prevalence.duration is not None
    return tuple(profile.prevalence.duration.sources)


def test_the_fit_carries_the_duration_sources(engine: Engine) -> None:
    knowledge: Knowledge = engine.knowledge
    fit = course_fit(knowledge, (GASTROENTERITIS,), 365.0)
    assert fit is not None and fit.sources == _duration_sources(GASTROENTERITIS)
    assert fit.to_dict()["sources"] == list(fit.sources)
    fit = course_fit(knowledge, (IBS,), 1.0)
    assert fit is not None and fit.sources == _duration_sources(IBS)
    assert course_fit(knowledge, (IBS,), 365.0) is None  # a course that fits says nothing


def test_the_evidence_line_cites_the_duration_sources() -> None:
    sources = ("GUIDELINE:nice-cg84",)
    line = describe_course(CourseFit(180.0, "days", OVERRUN_WEIGHT, sources), sources)
    assert line.references == sources and line.to_dict()["references"] == list(sources)


def test_the_answer_cites_the_duration_sources(engine: Engine) -> None:
    # a short course weighs the lasting IBS down, a long one the days-long gastroenteritis
    cited = 0
    for question in ("Watery diarrhoea, bloating and stomach cramps since yesterday.",
                     "Watery diarrhoea and stomach cramps for the last 2 years."):
        answer = engine.ask(question, top=30)
        numbers = {c.n: c.id for c in answer.citations}
        explained = {e.id: e for e in answer.candidate_explanations}
        for candidate in answer.ranking.candidates:
            fit, why = candidate.course_fit, explained.get(candidate.id)
            if fit is None or why is None:
                continue
            assert fit.sources, candidate.id
            line = next(s for s in (*why.supporting, *why.opposing)
                        if "the complaint has lasted" in s.text)
            assert {numbers[n] for n in line.citations} == set(fit.sources)
            titles = {c.id: c.title for c in answer.citations}
            assert all(titles[s] != s for s in fit.sources)  # cited by the profile's title
            cited += 1
    assert cited


def test_the_course_moves_the_ranking_through_ask(engine: Engine) -> None:
    def place(question: str, disease: str) -> int:
        ids = [c.id for c in engine.ask(question, top=30).ranking.candidates]
        return ids.index(disease) if disease in ids else 99

    short = "Watery diarrhoea and stomach cramps since yesterday."
    long = "Watery diarrhoea and stomach cramps for the last 2 years."
    assert place(short, GASTROENTERITIS) < place(long, GASTROENTERITIS)
    answer = engine.ask(long, top=30)
    assert answer.interpretation.course is not None
    assert answer.interpretation.to_dict()["course"]["days"] == 730.0
    assert any(m["kind"] == "course" for m in answer.interpretation.mappings())
    fitted = [c for c in answer.ranking.candidates if c.id == GASTROENTERITIS]
    if fitted:  # still listed: its evidence says why it weighs less
        fit = fitted[0].course_fit
        assert fit is not None and fit.typical == "days"
        assert fitted[0].to_dict()["course_fit"]["likelihood_ratio"] == OVERRUN_WEIGHT


def test_the_cli_shows_the_course_and_its_json_the_fit(cli: Any) -> None:
    question = "Watery diarrhoea and stomach cramps for the last 2 years."
    shown = cli(["ask", question, "--top", "30"])
    assert shown.code == 0, shown.stderr
    assert "course: for the last 2 years -> about 2 years" in shown.stdout
    done = cli(["ask", question, "--top", "30", "--json"])
    assert done.code == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["interpretation"]["course"]["days"] == 730.0
    fits = [c["course_fit"] for c in data["candidates"] if c["course_fit"] is not None]
    assert fits and all(f["likelihood_ratio"] in (OVERRUN_WEIGHT, NEW_WEIGHT) for f in fits)
    assert all(f["sources"] for f in fits)  # every curated duration is sourced
    explained = {e["id"] for e in data["explanations"]}
    cited = {c["id"] for c in data["citations"]}
    assert all(set(c["course_fit"]["sources"]) <= cited for c in data["candidates"]
               if c["course_fit"] is not None and c["id"] in explained)


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=1, max_value=20),
       unit=st.sampled_from([("days", 1.0), ("weeks", 7.0), ("months", 30.0)]))
def test_a_duration_in_words_reads_as_in_digits(n: int, unit: tuple[str, float]) -> None:
    # one table of number words serves ages and durations (text/normalize.py): "sixteen
    # weeks" is 16 weeks, "seventeen days" never "seven"
    words = {v: k for k, v in NUMBER_WORDS.items()}
    in_words = read_course(f"a cough for {words[n]} {unit[0]}")
    in_digits = read_course(f"a cough for {n} {unit[0]}")
    assert in_words is not None and in_digits is not None
    assert in_words.days == in_digits.days == n * unit[1]


@settings(max_examples=30, deadline=None)
@given(n=st.sampled_from([2, 7, 13, 14, 16, 17, 19, 30, 40, 70]))
def test_an_age_in_words_reads_as_in_digits(n: int) -> None:
    words = {v: k for k, v in NUMBER_WORDS.items()}
    assert read_person(f"my {words[n]} year old has a rash").age == float(n)
