"""Family history read in more of the family's words (h-family8, issue 14): a sibling with
the same beside well parents after a comma, the mother and her brother named before the asker
gives their own age, parents who both carry something, and a denied family history kept as
an absence (Interpretation.family_history_denied)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import modes

DOMINANT = "HP:0000006"
RECESSIVE = "HP:0000007"
X_LINKED = "HP:0001417"
MITOCHONDRIAL = "HP:0001427"


@pytest.mark.parametrize("question", [
    "My sister had the same, our parents are fine.",
    "I'm a 38 year old man and my knuckles ache. My older sister had the same, our parents are "
    "fine.",
])
def test_a_sister_with_the_same_beside_well_parents_is_recessive(
        engine: Engine, question: str) -> None:
    assert modes(engine, question) == {RECESSIVE}


def test_the_mother_and_her_brother_before_the_askers_age_are_the_askers(
        engine: Engine) -> None:
    question = ("My mum and her brother both lost their central vision in their twenties. I'm 23 "
                "and the sight in my right eye went blurry.")
    assert {DOMINANT, X_LINKED, MITOCHONDRIAL} <= modes(engine, question)
    assert RECESSIVE not in modes(engine, question)


@pytest.mark.parametrize("question", [
    "The doctor told us we both carry something. Our baby isn't putting on weight.",
    "My husband and I both carry the gene and our son coughs all the time.",
    "Both of us carry a faulty gene. Our daughter has greasy poos.",
])
def test_parents_who_both_carry_something_are_recessive(engine: Engine, question: str) -> None:
    assert modes(engine, question) == {RECESSIVE}


def test_carrying_a_thing_is_no_family_history(engine: Engine) -> None:
    assert modes(engine, "We both carry the shopping bags upstairs and my back aches.") == set()


@pytest.mark.parametrize("question", [
    "I have red scaly patches on my elbows. Nobody else in the family has it.",
    "No family history of heart disease. I get chest pain when I run.",
    "Neither of my parents has it. I have patches on my skin.",
])
def test_a_denied_family_history_is_kept_as_an_absence(engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    assert reading.family_history_denied
    assert not reading.inheritance_modes
    assert "family_history_denied" in reading.to_dict()


@pytest.mark.parametrize("question", [
    "My parents aren't related. I have patches on my skin.",
    "My brother has the same but nobody else in the family has it.",
])
def test_no_denial_without_a_denied_family_or_beside_a_family_history(
        engine: Engine, question: str) -> None:
    assert not engine.interpret(question).family_history_denied
