"""Weeks of pregnancy read from a question and weighed against a condition of pregnancy's
weeks (h-gestation, issue 14: text/gestation.py, a profile's `gestation`, rank/model.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import whatcauses.knowledge
from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.conditions import condition_profile_index, validate_profile
from whatcauses.text.gestation import read_gestation

from .readings import answer_rank

MISCARRIAGE = "MONDO:0041526"
ABRUPTION = "MONDO:0004846"
PRE_ECLAMPSIA = "MONDO:0005081"


@pytest.mark.parametrize(("text", "weeks"), [
    ("8 weeks pregnant and bleeding", (8.0, 8.0)),
    ("I'm 30 weeks and have a headache", (30.0, 30.0)),
    ("bleeding at 34 weeks and my bump is hard", (34.0, 34.0)),
    ("7/40 PV bleeding", (7.0, 7.0)),
    ("in my first trimester and being sick", (0.0, 13.0)),
    ("itching in my third trimester", (28.0, 42.0)),
    ("bleeding in early pregnancy", (0.0, 13.0)),
    ("swollen ankles in late pregnancy", (28.0, 42.0)),
    ("I just found out I'm pregnant and have cramps", (0.0, 13.0)),
])
def test_gestation_read(text: str, weeks: tuple[float, float]) -> None:
    found = read_gestation(text)
    assert found is not None
    assert (found.min_weeks, found.max_weeks) == weeks


@pytest.mark.parametrize("text", [
    "I am 40 years old with a cough", "2 weeks of cough", "cough for 3 weeks",
    "my baby is 6 weeks old", "at 2 weeks he got jaundice", "I'm 2 weeks late for my period",
    "took 1/40 of the dose", "I'm 6 weeks into a new job and tired", "I'm 8 weeks post-op",
    "I'm 30 weeks old", "I'm pregnant and 8 weeks out from surgery, at 8 weeks out I felt fine",
])
def test_no_gestation(text: str) -> None:
    assert read_gestation(text) is None


def test_asker_weeks_are_no_age(engine: Engine) -> None:
    interpretation = engine.interpret("I'm 36 weeks and have a headache")
    assert interpretation.age is None
    assert interpretation.gestation is not None
    assert interpretation.gestation.min_weeks == 36.0


def test_schema_gestation() -> None:
    profile = condition_profile_index()[PRE_ECLAMPSIA]
    assert profile.gestation is not None
    assert (profile.gestation.min_weeks, profile.gestation.max_weeks) == (20, 42)
    folder = Path(whatcauses.knowledge.__file__).parent / "curated" / "conditions"
    raw = yaml.safe_load((folder / profile.file).read_text())
    raw["gestation"] = {"min_weeks": 30, "max_weeks": 20, "sources": ["GUIDELINE:nice-ng133"]}
    with pytest.raises(DataError, match="min_weeks"):
        validate_profile(raw, profile.file)
    raw["gestation"] = {"min_weeks": 20, "max_weeks": 42, "sources": ["PMID:1"]}
    with pytest.raises(DataError):
        validate_profile(raw, profile.file)  # a source not among the references


def test_outside_window_falls(engine: Engine) -> None:
    # Bleeding with pain at 32 weeks: abruption (24-42 weeks) above miscarriage (before 24);
    # at 7 weeks, the other way round.
    late = "I'm 32 weeks pregnant and bleeding with tummy pain"
    early = "I'm 7 weeks pregnant and bleeding with tummy pain"
    assert answer_rank(engine, late, ABRUPTION) < answer_rank(engine, late, MISCARRIAGE)
    assert answer_rank(engine, early, MISCARRIAGE) < answer_rank(engine, early, ABRUPTION)
    fits = {c.id: c.gestation_fit for c in engine.ask(late, top=10).ranking.candidates}
    assert fits[MISCARRIAGE] is not None and fits[MISCARRIAGE].likelihood_ratio < 1
    assert fits[ABRUPTION] is not None and fits[ABRUPTION].likelihood_ratio == 1


def test_weeks_without_pregnancy_word(engine: Engine) -> None:
    # "I'm 36 weeks" names a pregnancy: a woman, pregnant, no baby of 36 weeks.
    interpretation = engine.interpret("I'm 36 weeks and have a headache")
    assert interpretation.sex == "female"
    assert any(x.key == "pregnancy" and not x.negated for x in interpretation.exposures)
