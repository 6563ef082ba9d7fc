"""'Nothing' denies a finding as the subject of its clause, never as a verb's object."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

PAIN, PRURITUS, FEVER, VERTIGO, HEMATURIA = (
    "HP:0012531", "HP:0000989", "HP:0001945", "HP:0002321", "HP:0000790")


def readings(engine: Engine, question: str) -> dict[str, bool]:
    """Each finding's first id, with whether it is negated."""
    return {f.ids[0]: f.negated for f in engine.interpret(question).findings}


@pytest.mark.parametrize("question", [
    "blood in my pee but nothing hurts",
    "Nothing hurts, but I have blood in my wee",
    "there's blood in my urine. nothing is painful.",
])
def test_nothing_opening_its_clause_denies_the_finding(engine: Engine, question: str) -> None:
    found = readings(engine, question)
    assert found.get(HEMATURIA) is False
    assert found.get(PAIN) is True


def test_each_clause_opened_by_nothing_is_denied(engine: Engine) -> None:
    found = readings(engine, "my ankle is swollen but nothing hurts and nothing itches")
    assert found.get(PAIN) is True and found.get(PRURITUS) is True


@pytest.mark.parametrize(("question", "term"), [
    ("I have eaten nothing and feel dizzy", VERTIGO),
    ("I can keep nothing down and have a fever", FEVER),
])
def test_nothing_as_an_object_denies_nothing_else(engine: Engine, question: str,
                                                   term: str) -> None:
    assert readings(engine, question).get(term) is False
