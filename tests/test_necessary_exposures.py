"""Exposures that define a disease (``necessary: true``): validated, compiled, weighed down
when the question names none of them, and said so in the evidence, the JSON and the CLI.

Sunburn is the shipped example: its profile marks ``sun-exposure`` necessary."""

from __future__ import annotations

import copy
import json
from typing import Any

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.conditions import validate_profile
from whatcauses.knowledge.facts import validate_sheet
from whatcauses.knowledge.sheet_model import decode_sheet, encode_sheet
from whatcauses.rank.exposures import EXPOSURE_WEIGHT, UNNAMED_WEIGHT, exposure_weights

from .test_cli import cli
from .test_conditions import PROFILE

__all__ = ["cli"]  # the fixture, shared with test_cli

SUNBURN = "MONDO:0005326"
RED_SKIN = "My skin is red, sore and itchy."


def _sheet(entry: dict[str, Any]) -> dict[str, Any]:
    return {"id": "OMIM:100001", "name": "Alpha",
            "summary": [{"text": "A.", "sources": ["OMIM:100001"]}],
            "references": [{"id": "OMIM:100001", "title": "ALPHA"}], "exposures": [entry]}


def test_a_profile_marks_an_exposure_necessary_and_it_defaults_to_not() -> None:
    raw = copy.deepcopy(PROFILE)
    raw["exposures"] = [
        {"key": "tick-bite", "text": "Caught from ticks.", "sources": ["PMID:1"],
         "necessary": True},
        {"key": "sun-exposure", "text": "Worse in the sun.", "sources": ["PMID:1"]}]
    profile = validate_profile(raw, "ok.yaml")
    assert [(e.key, e.necessary) for e in profile.exposures] == [
        ("tick-bite", True), ("sun-exposure", False)]


def test_a_fact_sheet_marks_an_exposure_necessary_and_keeps_it_through_the_cache() -> None:
    entry = {"key": "tick-bite", "text": "Ticks.", "sources": ["OMIM:100001"], "necessary": True}
    sheet = validate_sheet(_sheet(entry), "alpha.yaml")
    assert sheet.exposures[0].necessary
    assert decode_sheet(encode_sheet(sheet)).exposures == sheet.exposures


def test_a_fact_sheet_necessary_must_be_true_or_false() -> None:
    entry = {"key": "tick-bite", "text": "Ticks.", "sources": ["OMIM:100001"],
             "necessary": "yes"}
    with pytest.raises(DataError, match=r"alpha\.yaml exposures\.0\.necessary: must be true"):
        validate_sheet(_sheet(entry), "alpha.yaml")


def test_the_unnamed_weight_is_bounded_and_never_zero() -> None:
    assert 0 < UNNAMED_WEIGHT < 1
    assert abs(UNNAMED_WEIGHT * EXPOSURE_WEIGHT - 1.0) < 1e-12


@pytest.mark.slow
def test_a_defined_disease_weighs_less_unless_its_exposure_is_named(engine: Engine) -> None:
    knowledge: Knowledge = engine.knowledge
    assert knowledge.required_exposures[SUNBURN] == ("sun-exposure",)
    at = knowledge.disease_index(SUNBURN)
    unnamed = exposure_weights(knowledge, [])
    other = exposure_weights(knowledge, ["tick-bite"])
    named = exposure_weights(knowledge, ["sun-exposure"])
    assert unnamed is not None and other is not None and named is not None
    assert unnamed[at] == other[at] == UNNAMED_WEIGHT
    assert named[at] == EXPOSURE_WEIGHT
    # Only the diseases that mark an exposure necessary are weighed when none is named
    defined = [knowledge.disease_index(d) for d in knowledge.required_exposures
               if knowledge.has_disease(d)]
    assert np.count_nonzero(unnamed != 1.0) == len(defined)


@pytest.mark.slow
def test_sunburn_leads_only_when_the_sun_is_named_and_the_evidence_says_why(
        engine: Engine) -> None:
    without = engine.ask(RED_SKIN, top=10)
    assert SUNBURN not in without.ranking.candidates[0].ids
    shown = [c for c in without.ranking.candidates if SUNBURN in c.ids]
    assert all(c.unnamed_exposures == ("sun-exposure",) for c in shown)
    with_sun = engine.ask("After a day in the sun my skin is red, sore and itchy.", top=10)
    first = with_sun.ranking.candidates[0]
    assert SUNBURN in first.ids and first.exposures == ("sun-exposure",)
    assert not first.unnamed_exposures


@pytest.mark.slow
def test_the_evidence_line_cites_the_profile(engine: Engine) -> None:
    answer = engine.ask("Red, sore, peeling skin on my shoulders.", top=30)
    explained = next((e for e in answer.candidate_explanations if e.id == SUNBURN), None)
    if explained is None:  # sunburn fell out of the explained candidates: nothing to check
        pytest.skip("sunburn not among the explained candidates")
    line = next(x for x in explained.opposing if x.text.startswith("It occurs only with"))
    assert "time in the sun" in line.text and line.citations


@pytest.mark.slow
def test_ask_json_lists_the_unnamed_exposure(cli: Any) -> None:
    done = cli(["ask", "Red, sore, peeling skin on my shoulders.", "--top", "30", "--json"])
    assert done.code == 0, done.stderr
    candidates = json.loads(done.stdout)["candidates"]
    sunburn = next(c for c in candidates if SUNBURN in c["ids"])
    assert sunburn["unnamed_exposures"] == ["sun-exposure"]


# Conditions of pregnancy and the postnatal period mark pregnancy (and, for postnatal
# depression, a recent birth) necessary.
POSTNATAL_DEPRESSION = "MONDO:0005929"
GESTATIONAL_DIABETES = "MONDO:0005406"
LOW_MOOD = ("i dont enjoy anything anymore, sleep badly, cant concentrate at work and feel "
            "worthless most days")


@pytest.mark.slow
def test_conditions_of_pregnancy_need_a_pregnancy_or_a_birth(engine: Engine) -> None:
    required = engine.knowledge.required_exposures
    assert set(required[POSTNATAL_DEPRESSION]) == {"pregnancy", "recent-birth"}
    assert required[GESTATIONAL_DIABETES] == ("pregnancy",)


@pytest.mark.parametrize(("question", "key"), [
    ("I'm 30 weeks pregnant and my ankles are swollen.", "pregnancy"),
    ("I gave birth six weeks ago and cry all the time.", "recent-birth"),
    ("Since my baby was born I can't sleep.", "recent-birth"),
])
@pytest.mark.slow
def test_pregnancy_and_a_recent_birth_are_read(engine: Engine, question: str,
                                               key: str) -> None:
    assert key in engine.interpret(question).exposure_keys


@pytest.mark.parametrize("question", [
    "My baby was born with a rash on her cheeks.",  # a newborn's condition, not a birth
    "Deaf since birth, now ringing in the ears.",
    "I am not pregnant but my periods stopped.",
])
@pytest.mark.slow
def test_a_newborn_or_a_negated_pregnancy_names_no_such_exposure(engine: Engine,
                                                                 question: str) -> None:
    keys = engine.interpret(question).exposure_keys
    assert "pregnancy" not in keys and "recent-birth" not in keys


@pytest.mark.slow
def test_low_mood_without_a_baby_is_not_postnatal_depression_first(engine: Engine) -> None:
    first = engine.ask(LOW_MOOD, top=10).ranking.candidates[0]
    assert POSTNATAL_DEPRESSION not in first.ids
    after_birth = engine.ask("I gave birth two months ago. " + LOW_MOOD, top=10)
    assert POSTNATAL_DEPRESSION in after_birth.ranking.candidates[0].ids
