"""Family-history and age readings of h-reader52 (issue 14): "only" with the males of a
family ("it only affects the boys") is X-linked; "since he was a newborn" is a neonatal onset,
not the age now; "now at 12 he ..." is the age now; "in their twenties" after relatives is
their age, not the person's."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_onsets, read_person

X_LINKED = "HP:0001417"


@pytest.mark.parametrize("question", [
    "my son has eczema and tiny red spots, it only affects the boys in my family",
    "only the men in our family have ever had it and my son has swollen joints",
    "it only seems to affect the boys: my son bleeds for ages after a cut",
])
def test_only_the_males_of_a_family_is_x_linked(engine: Engine, question: str) -> None:
    modes = {m for evidence in engine.interpret(question).inheritance for m in evidence.modes}
    assert X_LINKED in modes


@pytest.mark.parametrize("question", [
    "I only get headaches when I look after the boys",
    "not only the boys have it, my daughter does too",
])
def test_only_without_the_males_of_a_family_affected_is_no_x_linked(
        engine: Engine, question: str) -> None:
    modes = {m for evidence in engine.interpret(question).inheritance for m in evidence.modes}
    assert X_LINKED not in modes


def _person(question: str) -> float | None:
    return read_person(question, tuple((h.start, h.end) for h in read_onsets(question))).age


def test_since_a_newborn_is_a_neonatal_onset_not_the_age_now() -> None:
    question = "since he was a newborn he has had very dry thick scaly skin all over"
    assert [h.id for h in read_onsets(question)] == ["HP:0003623"]
    assert _person(question) is None


@pytest.mark.parametrize(("question", "age"), [
    ("clumsy since he was a toddler, and now at 12 he has high arches and numb feet", 12.0),
    ("as a newborn she was floppy, and now at 4 she is always hungry", 4.0),
    ("at 82 my mum keeps falling", 82.0),
])
def test_now_at_an_age_is_the_age_now(question: str, age: float) -> None:
    assert _person(question) == pytest.approx(age)


@pytest.mark.parametrize("question", [
    "at 3 my son wakes screaming",
    "now at 3am he wakes up coughing",
])
def test_a_small_number_without_now_or_a_time_is_no_age(question: str) -> None:
    assert _person(question) is None


@pytest.mark.parametrize("question", [
    "my mum and her mother lost the central vision in both eyes in their twenties",
    "It runs on my dad's side: heart attacks in their forties.",
    "both my brothers went deaf in their thirties",
])
def test_in_their_decade_after_relatives_is_not_the_persons_age(question: str) -> None:
    assert _person(question) is None


@pytest.mark.parametrize(("question", "age"), [
    ("someone in their 60s with a cough", 65.0),
    ("my partner is in their forties and snores", 45.0),
])
def test_in_their_decade_of_one_person_is_the_persons_age(question: str, age: float) -> None:
    assert _person(question) == pytest.approx(age)
