"""Reader gaps of issue 14 (h-reader59): a person who is limp (after a copula, or beside
floppy or unresponsive) has lost muscle tone (Hypotonia), while a limp in the walk stays
Antalgic gait; and a kind doubted ("I don't think it's an infection") sets no category."""

from __future__ import annotations

import json

import pytest

from whatcauses.engine import Engine

from .readings import cli_interpretation, finding_ids

HYPOTONIA = "HP:0001252"
ANTALGIC_GAIT = "HP:0031955"


@pytest.mark.parametrize("question", [
    "my son is limp and unresponsive with a fever",
    "she seems limp and floppy",
    "the baby was limp",
    "he is very limp and pale",
    "the baby is limp and lifeless",
    "my son went limp",
])
def test_a_limp_person_is_hypotonia(engine: Engine, question: str) -> None:
    ids = finding_ids(engine, question)
    assert HYPOTONIA in ids
    assert ANTALGIC_GAIT not in ids


@pytest.mark.parametrize("question", [
    "he has a limp",
    "she's walking with a limp",
    "my son is limping",
    "his limp is worse in the evening",
    "my daughter walks with a slight limp",
])
def test_a_limp_in_the_walk_stays_antalgic_gait(engine: Engine, question: str) -> None:
    ids = finding_ids(engine, question)
    assert ANTALGIC_GAIT in ids
    assert HYPOTONIA not in ids


def test_a_limp_and_a_floppy_child_are_both_read(engine: Engine) -> None:
    ids = finding_ids(engine, "he has had a limp and is floppy")
    assert {ANTALGIC_GAIT, HYPOTONIA} <= ids


def test_limp_person_through_the_cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    out = json.dumps(cli_interpretation(
        engine, monkeypatch, "my son is limp and unresponsive with a fever"))
    assert HYPOTONIA in out
    assert ANTALGIC_GAIT not in out


@pytest.mark.parametrize("question", [
    "I don't think it's an infection, what causes a rash and joint pain",
    "I doubt it's cancer but I have lost weight",
    "doctors didn't think it was genetic, my son has seizures",
    "I do not believe it is an infection, my knee is swollen",
])
def test_a_doubted_kind_sets_no_category(engine: Engine, question: str) -> None:
    assert engine.interpret(question).categories == ()


@pytest.mark.parametrize(("question", "category"), [
    ("I'm not sure if it's autoimmune, what causes joint pain", "autoimmune"),
    ("could it be an infection? I have a fever", "infectious"),
    ("I don't know if it's genetic, my son has seizures", "genetic"),
])
def test_an_unsure_or_asked_kind_stays(engine: Engine, question: str, category: str) -> None:
    assert category in engine.interpret(question).categories
