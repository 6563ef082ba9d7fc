"""Cited answers: the seed question, citation coverage, red flags, honesty, determinism."""

from __future__ import annotations

import re

import pytest

from whatcauses.engine import Engine

pytestmark = pytest.mark.slow

SEED = "What autoimmune disease causes muscle stiffness?"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    return [s for p in text.split("\n\n") for s in _SENTENCE.split(p) if s.strip()]


def test_seed_question_leads_with_stiff_person_syndrome(engine: Engine) -> None:
    answer = engine.ask(SEED)
    ids = [c.id for c in answer.ranking.candidates]
    assert ids[0] in {"OMIM:184850", "ORPHA:3198", "ORPHA:443804"}
    assert any(c.id == "OMIM:126200" or "OMIM:126200" in c.ids for c in answer.ranking.candidates)
    assert answer.interpretation.categories == ("autoimmune",)


def test_seed_answer_explains_mechanism_lookalikes_and_management(engine: Engine) -> None:
    text = engine.ask(SEED).answer
    for needle in ("GAD", "GABA", "Myasthenia gravis", "Lambert-Eaton", "benzodiazepine"):
        assert needle.lower() in text.lower(), needle
    assert "immunoglobulin" in text.lower() or "plasma exchange" in text.lower()
    assert "weakness" in text.lower()


def test_nearly_every_sentence_is_cited(engine: Engine) -> None:
    for question in (SEED, "dry eyes, dry mouth and joint pain but no fever",
                     "my 8 year old has a rash and swollen knees"):
        answer = engine.ask(question)
        parts = sentences(answer.answer)
        cited = [s for s in parts if re.search(r"\[\d+\]\s*$", s)]
        assert len(cited) >= 0.9 * len(parts), question
        numbers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
        assert numbers <= {c.n for c in answer.citations}
        assert len(answer.citations) >= 3


def test_red_flags_lead_with_an_urgent_notice(engine: Engine) -> None:
    answer = engine.ask("sudden crushing chest pain and I can't breathe")
    assert answer.urgent is not None
    assert answer.answer.lower().startswith("urgent")
    assert "emergency" in answer.answer.lower()
    assert answer.to_dict()["urgent"]["triggers"]


def test_negated_red_flag_gives_no_notice(engine: Engine) -> None:
    answer = engine.ask("joint pain and a rash, no chest pain")
    assert answer.urgent is None


def test_question_without_findings_is_answered_honestly(engine: Engine) -> None:
    answer = engine.ask("what causes bad luck?")
    assert answer.ranking.candidates == ()
    assert answer.message and "bad luck" in answer.message
    assert answer.to_dict()["candidates"] == []


def test_answers_are_deterministic(engine: Engine) -> None:
    first = engine.ask("my 8 year old has a rash and swollen knees").to_dict()
    second = engine.ask("my 8 year old has a rash and swollen knees").to_dict()
    assert first == second


def test_every_answer_has_a_disclaimer_and_release(engine: Engine) -> None:
    payload = engine.ask(SEED).to_dict()
    assert "not medical advice" in payload["disclaimer"]
    assert payload["data_release"] == "2025-01-16"
    assert payload["next_questions"] and payload["next_questions"][0]["ids"]
    assert payload["sections"]["contrasts"]


def test_explain_uses_the_fact_sheet_or_says_none_exists(engine: Engine) -> None:
    curated = engine.explain("OMIM:184850").to_dict()
    assert curated["has_fact_sheet"] and curated["fact_sheet"]["management"]
    assert any(c["category"] == "autoimmune" for c in curated["categories"])
    plain = engine.explain("OMIM:619340").to_dict()
    assert not plain["has_fact_sheet"]
    assert "No curated summary exists" in plain["data_summary"]
    assert plain["annotations"]
