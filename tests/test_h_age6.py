"""Ages and onsets (h-age6, issue 14): "middle age" and "old age" after words of beginning
say when the findings began, not the person's age now."""

from __future__ import annotations

import pytest

from whatcauses.text.context import read_onsets, read_person


def _age(question: str) -> float | None:
    return read_person(question, tuple((h.start, h.end) for h in read_onsets(question))).age


@pytest.mark.parametrize(("question", "onset"), [
    ("ataxia that started in middle age", "HP:0003596"),
    ("a tremor since middle age", "HP:0003596"),
    ("weakness from middle age on", "HP:0003596"),
    ("onset in middle age of a slowly worsening ataxia", "HP:0003596"),
    ("middle-age onset ataxia", "HP:0003596"),
    ("a tremor that began in old age", "HP:0003584"),
    ("elderly-onset myasthenia", "HP:0003584"),
    ("ataxia with onset in the sixties", "HP:0003584"),
    ("a dementia that came on late in life", "HP:0003584"),
])
def test_life_stage_after_words_of_beginning_is_an_onset(question: str, onset: str) -> None:
    assert [h.id for h in read_onsets(question)] == [onset]
    assert _age(question) is None


@pytest.mark.parametrize(("question", "age"), [
    ("a man in middle age with ataxia", 50.0),
    ("a man in old age with a tremor", 72.0),
])
def test_life_stage_alone_stays_the_age_now(question: str, age: float) -> None:
    assert read_onsets(question) == ()
    assert _age(question) == age


def test_a_man_in_his_sixties_whose_ataxia_began_in_middle_age() -> None:
    question = "a man in his sixties whose ataxia started in middle age"
    assert [h.id for h in read_onsets(question)] == ["HP:0003596"]
    assert _age(question) == 65.0



@pytest.mark.parametrize("question", [
    "pain at the base of my thumb on the wrist side when I lift my baby",
    "my nipples are sore when I feed my baby",
    "I have back pain from carrying my toddler",
    "since I had the baby four weeks ago I cry every day and cannot sleep",
])
def test_a_child_the_asker_handles_is_no_age_of_the_person(question: str) -> None:
    assert _age(question) is None


@pytest.mark.parametrize(("question", "age"), [
    ("when I feed my baby she vomits everything", 0.5),
    ("my baby cries when I lift her legs", 0.5),
    ("my toddler screams when I pick him up", 2.0),
])
def test_a_handled_child_who_has_the_findings_keeps_the_age(question: str, age: float) -> None:
    assert _age(question) == age
