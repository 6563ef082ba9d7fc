"""Exposures: the vocabulary, the reader, the ranker's weight, the answer's sentence, the CLI.

The vocabulary and a profile's ``exposures:`` list are checked on small examples; the reader
on the mini fixture (its words are the curated ones); the weight and the answer on the real
engine, where condition profiles and fact sheets list exposures.
"""

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
from whatcauses.knowledge.curated import exposure_vocabulary, parse_exposures
from whatcauses.knowledge.facts import validate_sheet
from whatcauses.rank.exposures import EXPOSURE_WEIGHT, exposure_weights

from .test_cli import cli
from .test_conditions import PROFILE

__all__ = ["cli"]  # the fixture, shared with test_cli

LYME = "Weeks after a tick bite I have fever, tiredness, one side of my face has dropped and " \
       "my knee is swollen. What could cause this?"


# --- the vocabulary and the disease lists -------------------------------------------------


def test_shipped_vocabulary_loads_with_unique_keys() -> None:
    keys = [e.key for e in exposure_vocabulary()]
    assert "tick-bite" in keys and len(keys) == len(set(keys))
    assert all(e.label and e.phrases for e in exposure_vocabulary())


@pytest.mark.parametrize(("raw", "message"), [
    ([{"key": "Tick bite", "label": "a tick bite", "phrases": ["tick bite"]}],
     r"entry 1 \(key 'Tick bite'\)\.key: String should match"),
    ([{"key": "tick-bite", "label": "a tick bite", "phrases": ["Tick Bite"]}],
     r"phrases\[0\]: String should match"),
    ([{"key": "tick-bite", "label": "a tick bite", "phrases": []}], r"phrases: .*at least 1"),
    ([{"key": "a", "label": "x", "phrases": ["x"]}, {"key": "a", "label": "y", "phrases": ["y"]}],
     r"'a' is listed twice"),
    # a phrase read only when sought may not also be read always
    ([{"key": "a", "label": "x", "phrases": ["baby"], "sought_phrases": ["baby"]}],
     r"'baby' is listed twice"),
])
def test_a_bad_vocabulary_entry_is_a_data_error_naming_file_and_key(
        raw: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(DataError, match=r"exposures\.yaml: .*" + message):
        parse_exposures(raw)


def test_sought_phrases_are_parsed_apart_from_phrases() -> None:
    (exposure,) = parse_exposures([{"key": "pregnancy", "label": "pregnancy",
                                    "phrases": ["pregnant"], "sought_phrases": ["baby"]}])
    assert exposure.phrases == ("pregnant",) and exposure.sought_phrases == ("baby",)
    (plain,) = parse_exposures([{"key": "a", "label": "x", "phrases": ["x"]}])
    assert plain.sought_phrases == ()


def _with_exposures(exposures: list[dict[str, Any]]) -> dict[str, Any]:
    raw = copy.deepcopy(PROFILE)
    raw["exposures"] = exposures
    return raw


def test_a_profile_lists_sourced_exposures() -> None:
    profile = validate_profile(_with_exposures(
        [{"key": "tick-bite", "text": "Caught from ticks.", "sources": ["PMID:1"]}]), "ok.yaml")
    assert [(e.key, e.text, e.sources) for e in profile.exposures] == [
        ("tick-bite", "Caught from ticks.", ("PMID:1",))]


@pytest.mark.parametrize(("entry", "message"), [
    ({"key": "tick-bites", "text": "x", "sources": ["PMID:1"]},
     r"exposures\.0\.key: 'tick-bites' is not an exposure"),
    ({"key": "tick-bite", "text": "x", "sources": ["PMID:9"]},
     r"exposures\.0\.sources: source PMID:9 is not listed"),
    ({"key": "tick-bite", "text": "x", "sources": []}, r"exposures\.0\.sources: needs"),
    ({"key": "tick-bite", "text": "x", "sources": ["PMID:1"], "weight": 3},
     r"exposures\.0\.weight: Unexpected keyword"),
    ({"key": "tick-bite", "text": " ", "sources": ["PMID:1"]}, r"exposures\.0\.text: needs"),
])
def test_a_profile_with_a_bad_exposure_fails_validation(entry: dict[str, Any],
                                                        message: str) -> None:
    with pytest.raises(DataError, match=r"condition profile broken\.yaml: .*" + message):
        validate_profile(_with_exposures([entry]), "broken.yaml")


def test_a_fact_sheet_with_a_bad_exposure_key_fails_validation() -> None:
    sheet = {"id": "OMIM:100001", "name": "Alpha", "summary": [{"text": "A.", "sources":
             ["OMIM:100001"]}], "references": [{"id": "OMIM:100001", "title": "ALPHA"}],
             "exposures": [{"key": "moon-light", "text": "x", "sources": ["OMIM:100001"]}]}
    with pytest.raises(DataError, match=r"alpha\.yaml exposures\.0\.key: 'moon-light'"):
        validate_sheet(sheet, "alpha.yaml")


# --- the reader --------------------------------------------------------------------------


def test_an_exposure_is_read_shown_and_not_a_finding(mini_engine: Engine) -> None:
    reading = mini_engine.interpret("stiff muscles weeks after a tick bite")
    assert [(x.key, x.text, x.negated) for x in reading.exposures] == [
        ("tick-bite", "after a tick bite", False)]
    assert reading.exposure_keys == ("tick-bite",)
    assert not reading.unrecognized
    assert all("tick" not in f.text for f in reading.findings)
    shown = reading.to_dict()
    exposure = shown["exposures"][0]
    assert exposure["key"] == "tick-bite" and exposure["label"] == "a tick bite"
    assert reading.question[slice(*exposure["span"])] == exposure["text"]
    assert any(m["kind"] == "exposure" for m in shown["mappings"])


@pytest.mark.parametrize(("question", "key"), [
    ("stiff muscles, no recent travel", "travel-abroad"),
    ("stiff muscles; I have never smoked", "smoking"),
])
def test_a_negated_exposure_is_marked_and_weighs_nothing(mini_engine: Engine, question: str,
                                                         key: str) -> None:
    reading = mini_engine.interpret(question)
    assert [(x.key, x.negated) for x in reading.exposures] == [(key, True)]
    assert reading.exposure_keys == ()
    assert reading.to_dict()["mappings"][-1]["kind"] == "excluded exposure"


# --- the weight and the answer -----------------------------------------------------------


@pytest.mark.slow
def test_diseases_listing_the_exposure_weigh_more_others_are_unchanged(engine: Engine) -> None:
    knowledge: Knowledge = engine.knowledge
    weights = exposure_weights(knowledge, ["tick-bite"])
    assert weights is not None
    listed = [knowledge.disease_index(d) for d, keys in knowledge.curated_exposures.items()
              if "tick-bite" in keys and knowledge.has_disease(d)]
    assert listed and np.all(weights[listed] == EXPOSURE_WEIGHT)
    # Besides them only the diseases defined by another exposure (test_necessary_exposures)
    defined = {knowledge.disease_index(d) for d in knowledge.required_exposures
               if knowledge.has_disease(d)}
    assert set(np.flatnonzero(weights != 1.0)) == set(listed) | defined


@pytest.mark.slow
@pytest.mark.parametrize("frame_words", ["", "Which diseases are known for "])
def test_a_named_exposure_lifts_the_disease_that_lists_it(engine: Engine,
                                                          frame_words: str) -> None:
    # Findings that fit Lyme disease without singling it out, so the exposure has room to act
    findings = "fever and a swollen knee"
    before = engine.rank_interpretation(engine.interpret(f"{frame_words}{findings}"), top=30)
    after = engine.rank_interpretation(
        engine.interpret(f"{frame_words}{findings} after a tick bite"), top=30)

    def place(ranking: Any) -> int:
        return next((c.rank for c in ranking.candidates if "ORPHA:91546" in c.ids), 99)

    assert place(after) < place(before)
    lyme = next(c for c in after.candidates if "ORPHA:91546" in c.ids)
    assert lyme.exposures == ("tick-bite",)
    assert all(not c.exposures for c in before.candidates)


@pytest.mark.slow
def test_the_answer_says_why_the_exposure_matters_with_a_source(engine: Engine) -> None:
    answer = engine.ask(LYME)
    lyme = next(e for e in answer.candidate_explanations if e.name == "Lyme disease")
    sentence = next(s for s in lyme.summary if s.text.startswith("You mention a tick bite:"))
    assert sentence.citations
    assert "You mention a tick bite:" in answer.answer


@pytest.mark.slow
def test_ask_shows_the_exposure_in_what_was_understood(cli: Any) -> None:
    done = cli(["ask", LYME, "--top", "10"])
    assert done.code == 0, done.stderr
    assert "exposure: after a tick bite -> a tick bite" in done.stdout
    assert "Lyme disease" in done.stdout
    done = cli(["ask", "fever and chills, no recent travel", "--json"])
    shown = json.loads(done.stdout)["interpretation"]["exposures"]
    assert [(x["key"], x["negated"]) for x in shown] == [("travel-abroad", True)]
