"""Profiles for two conditions an earlier session left out for want of five sourced findings
(h-profiles75, issue 14): priapism (urgent, men only) and cholesteatoma. A lasting painful
erection ranks priapism first while erectile dysfunction keeps its own questions; an ear that
keeps discharging with hearing loss and dizziness brings cholesteatoma into the first five."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import condition_profile_index

from .readings import annotated_frequency, answer_rank

PRIAPISM = "MONDO:0004745"
CHOLESTEATOMA = "MONDO:0006530"
ERECTILE_DYSFUNCTION = "MONDO:0005362"


def test_priapism_is_an_urgent_condition_of_men_with_sourced_findings() -> None:
    profile = condition_profile_index()[PRIAPISM]
    assert profile.urgent
    assert profile.sex is not None and profile.sex.only == "male"
    frequencies = {f.hpo: f.frequency for f in profile.findings}
    assert frequencies["HP:0200023"] == "obligate"  # Priapism
    assert frequencies["HP:0040411"] == "very frequent"  # Pain in penis


@pytest.mark.parametrize("question", [
    "my erection won't go down, it has been about five hours now and it is really painful",
    "I have had an erection for six hours and it will not go down",
])
def test_a_lasting_painful_erection_ranks_priapism_first(engine: Engine, question: str) -> None:
    assert answer_rank(engine, question, PRIAPISM) == 0


@pytest.mark.parametrize("question", [
    "I can't keep an erection for long",
    "I'm 55 and struggle to get an erection",
])
def test_erectile_dysfunction_keeps_its_own_questions(engine: Engine, question: str) -> None:
    assert answer_rank(engine, question, ERECTILE_DYSFUNCTION) == 0
    assert answer_rank(engine, question, PRIAPISM, top=30) > 5


def test_cholesteatoma_carries_its_own_term_and_the_finnish_otitis_figure(
        engine: Engine) -> None:
    assert annotated_frequency(engine, CHOLESTEATOMA, "HP:0009797") == pytest.approx(1.0)
    # 72.4 % of the operated Finnish patients had had otitis media (PMID:10478597)
    otitis = annotated_frequency(engine, CHOLESTEATOMA, "HP:0000388")
    assert otitis is not None and 0.3 <= otitis < 0.8


def test_a_discharging_ear_with_deafness_and_dizziness_raises_cholesteatoma(
        engine: Engine) -> None:
    assert answer_rank(engine, "ear discharge, hearing loss and dizziness", CHOLESTEATOMA) < 5
