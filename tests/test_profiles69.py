"""Paracetamol (acetaminophen) poisoning (h-profiles69, issue 13): an urgent profile whose
defining exposure is an overdose of paracetamol, read only from wordings of too much of it
("a whole packet of paracetamol", "too many tylenol"), never from the drug's name alone."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank

PARACETAMOL = "MONDO:0018741"


def _exposures(engine: Engine, question: str) -> list[str]:
    return [e.key for e in engine.interpret(question).exposures if not e.negated]


def test_the_profile_is_urgent_and_needs_the_overdose() -> None:
    profile = next(p for p in load_condition_profiles() if p.id == PARACETAMOL)
    assert profile.urgent
    assert [(e.key, e.necessary) for e in profile.exposures] == [("paracetamol-overdose", True)]
    assert "HP:0006554" in {f.hpo for f in profile.findings}  # Acute hepatic failure


def test_wordings_of_too_much_paracetamol_name_the_overdose(engine: Engine) -> None:
    for question in ("my daughter swallowed a whole packet of paracetamol",
                     "I took far too many tylenol tablets yesterday",
                     "she took an overdose of paracetamol last night",
                     "he drank a bottle of acetaminophen syrup"):
        assert _exposures(engine, question) == ["paracetamol-overdose"], question


def test_an_ordinary_dose_names_no_overdose(engine: Engine) -> None:
    question = "I took two paracetamol for my headache and now I feel sick"
    assert _exposures(engine, question) == []
    assert answer_rank(engine, question, PARACETAMOL) == 10


def test_liver_failure_after_an_overdose_puts_the_poisoning_first(engine: Engine) -> None:
    question = "what causes liver failure after an overdose of tylenol"
    assert answer_rank(engine, question, PARACETAMOL, top=3) == 0


def test_too_much_paracetamol_raises_the_urgent_notice(engine: Engine) -> None:
    def flagged(question: str) -> bool:
        return bool(engine.ask(question, top=3).interpretation.red_flags)

    assert flagged("my daughter swallowed a whole packet of paracetamol and feels sick")
    assert flagged("I took far too many tylenol tablets and now I am vomiting")
    assert not flagged("I took two paracetamol for my headache and now I feel sick")
