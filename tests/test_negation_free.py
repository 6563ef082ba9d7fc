"""The word "free" after a finding denies that finding ("pain free", "seizure free"), and only it;
before one ("free of seizures") it still opens a scope (question_words.yaml)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids

PAIN, SEIZURE, TREMOR = "HP:0012531", "HP:0001250", "HP:0001337"


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("seizure free for two years but now a tremor", SEIZURE, TREMOR),
    ("free of seizures, tremor", SEIZURE, TREMOR),
])
def test_free_denies_the_finding_it_names(engine: Engine, text: str, absent: str,
                                          present: str) -> None:
    said = present_ids(engine, text)
    assert absent in finding_ids(engine, text) and absent not in said
    assert present in said


def test_pain_free_bleeding_keeps_the_bleeding(engine: Engine) -> None:
    # "free" bound forward before: the bleeding read as absent, the pain as present.
    text = "pain free bleeding at 32 weeks pregnant"
    said = present_ids(engine, text)
    assert PAIN in finding_ids(engine, text) and PAIN not in said
    assert said  # the bleeding stays


@pytest.mark.parametrize("text", ["pain-free bleeding at 32 weeks pregnant", "she is pain-free"])
def test_a_hyphenated_free_denies_its_first_half(engine: Engine, text: str) -> None:
    # The first half stays a finding ("pain-free" is no compound that says nothing) and the
    # hyphen of the one word does not keep "free" from it.
    assert PAIN in finding_ids(engine, text) and PAIN not in present_ids(engine, text)


def test_a_hyphenated_free_after_a_non_finding_reads_nothing(engine: Engine) -> None:
    assert "HP:0002014" in present_ids(engine, "gluten-free diet and diarrhoea")  # Diarrhea
