"""A disease named alone as the question's subject (h-reader69, issue 14), on the real engine:
a condition profile's name or lay name with no finding of the person's beside it ("what
causes shingles") is the disease said (text/question.py ``_named_alone``), ranked for its
usual findings, never the HPO term of the same words that adds a course or severity the
question does not say (Recurrent shingles, Severe varicella zoster infection, Recurrent
tonsillitis); beside another finding too since h-reader71."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, cli_interpretation, finding_ids

RECURRENT_SHINGLES, SEVERE_VZV = "HP:0032275", "HP:0032170"
RECURRENT_TONSILLITIS, FEVER = "HP:0011110", "HP:0001945"
SHINGLES, MEASLES = "MONDO:0005609", "MONDO:0004619"
# Tonsillitis has its own profile since h-profiles76; before, strep throat (MONDO:0021783)
# answered its name.
TONSILLITIS = "MONDO:0001039"


@pytest.mark.parametrize("question", ["what causes shingles",
                                      "I've got shingles on my chest, why did I get it?"])
def test_shingles_named_alone_is_the_disease_not_an_immunodeficiency(
        engine: Engine, question: str) -> None:
    read = engine.interpret(question)
    assert not {RECURRENT_SHINGLES, SEVERE_VZV} & finding_ids(engine, question)
    assert SHINGLES in read.named_diseases
    assert not read.unrecognized
    assert answer_rank(engine, question, SHINGLES) == 0


@pytest.mark.parametrize(("question", "disease"), [("what causes measles", MEASLES),
                                                   ("what gives you tonsillitis", TONSILLITIS)])
def test_a_profile_named_alone_leads(engine: Engine, question: str, disease: str) -> None:
    assert answer_rank(engine, question, disease) == 0


def test_beside_another_finding_the_disease_is_said_too(engine: Engine) -> None:
    # h-reader71: beside another finding, with no word of a course, the disease is said and
    # the other finding stays (tests/test_text_reader71.py).
    question = "my son has tonsillitis and a fever"
    read = engine.interpret(question)
    assert [d.text for d in read.said_diseases] == ["tonsillitis"]
    assert FEVER in finding_ids(engine, question)
    assert RECURRENT_TONSILLITIS not in finding_ids(engine, question)


def test_a_relative_s_named_disease_stays_family_history(engine: Engine) -> None:
    read = engine.interpret("my sister has lupus, could I get it too?")
    assert read.relative_diseases
    assert not read.said_diseases


def test_the_cli_shows_the_disease_named(engine: Engine,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shown = cli_interpretation(engine, monkeypatch, "what causes shingles")
    assert [d["diseases"][0] for d in shown["said_diseases"]] == [SHINGLES]
    assert any(m["kind"] == "disease" for m in shown["mappings"])


def test_the_answer_says_the_disease_named_not_an_empty_mapping(engine: Engine) -> None:
    text = engine.ask("what causes shingles").answer
    assert "You name shingles (Shingles (herpes zoster))" in text
    assert "these correspond to ." not in text
