"""Family history as inheritance evidence for Mendelian diseases (h-family5, issue 14): an
affected relative told by a verb standing for the trouble at the end of a clause ("neither
parent has it but his brother does"), relatives named together with possessives ("my mother's
brother and my grandmother's sister went blind the same way") and the line of women a trouble
passes down ("the female line")."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import modes

DOMINANT = "HP:0000006"
RECESSIVE = "HP:0000007"
X_LINKED = "HP:0001417"
MITOCHONDRIAL = "HP:0001427"


@pytest.mark.parametrize("question", [
    "My son has painful swollen hands and yellow eyes. Neither parent has it but his brother does.",
    "I have a rash. My parents don't have it, but my sister does.",
])
def test_a_relative_with_a_stand_in_verb_ending_the_clause_is_affected(
        engine: Engine, question: str) -> None:
    # An affected sibling of unaffected parents: recessive (or X-linked through a carrier).
    assert RECESSIVE in modes(engine, question)
    assert DOMINANT not in modes(engine, question)


@pytest.mark.parametrize("question", [
    "Who does the cooking? My dad does.",
    "My dad did. I have a rash.",
])
def test_a_stand_in_verb_after_the_first_person_named_is_no_family_history(
        engine: Engine, question: str) -> None:
    assert not modes(engine, question)


def test_relatives_named_together_share_the_same_way(engine: Engine) -> None:
    question = ("I lost the central vision in one eye, then in the other. My mother's brother "
                "and my grandmother's sister went blind the same way.")
    texts = [evidence.text for evidence in engine.interpret(question).inheritance]
    assert any(text.startswith("mother's brother") for text in texts)
    assert MITOCHONDRIAL in modes(engine, question)


def test_the_asker_s_own_eye_going_the_same_way_is_no_family_history(engine: Engine) -> None:
    assert not modes(engine, "My mum said my other eye went the same way.")


@pytest.mark.parametrize("question", [
    "I have droopy eyelids and weak muscles. It is passed down the female line.",
    "I have droopy eyelids and weak muscles. It comes down the maternal line.",
])
def test_the_female_line_is_transmission_through_mothers(engine: Engine, question: str) -> None:
    assert modes(engine, question) == {X_LINKED, MITOCHONDRIAL}


def test_relatives_listed_with_now_share_it(engine: Engine) -> None:
    question = "I have a rash. My grandfather, my mother and now my son have it."
    texts = [evidence.text for evidence in engine.interpret(question).inheritance]
    assert any(text.startswith("grandfather") for text in texts)


@pytest.mark.parametrize("question", [
    "I have a rash. None of my family have it except my brother.",
    "I have a rash. Nobody else has it apart from my sister.",
])
def test_a_relative_excepted_from_a_denial_is_affected(engine: Engine, question: str) -> None:
    assert RECESSIVE in modes(engine, question)


def test_an_exception_to_a_denied_thing_is_no_family_history(engine: Engine) -> None:
    assert not modes(engine, "I have a rash. I have no pain except my brother says it hurts.")


def test_a_denial_of_people_before_a_family_phrase_denies_it(engine: Engine) -> None:
    assert not modes(engine, "I have a rash. No one else in the family has it other than me.")
    assert modes(engine, "I have a rash. No one knows why but it runs in the family.")


@pytest.mark.parametrize("question", [
    "I have weak muscles. It affects the men in my mum's family.",
    "I have weak muscles. All the boys on my mother's side have it.",
])
def test_the_males_of_the_mother_s_side_are_x_linked(engine: Engine, question: str) -> None:
    assert modes(engine, question) == {X_LINKED}


def test_the_women_of_the_mother_s_side_stay_a_side(engine: Engine) -> None:
    assert modes(engine, "I have weak muscles. The women on my mum's side have it.") == {
        DOMINANT, X_LINKED, MITOCHONDRIAL}


@pytest.mark.parametrize("question", [
    "my son does not hear well",
    "my daughter doesn't sleep well and wakes screaming",
    "my son does not walk well",
])
def test_well_describing_how_a_relative_does_something_is_no_family_history(
        engine: Engine, question: str) -> None:
    # "well" says how the child hears, sleeps or walks; only "as well" says a relative shares it.
    assert not modes(engine, question)


def test_as_well_after_a_relative_still_says_they_share_the_trouble(engine: Engine) -> None:
    assert DOMINANT in modes(engine, "I get migraines and my mum has them as well")
