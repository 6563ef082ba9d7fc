"""Family history told in everyday present-tense words (h-family3, issue 14): "my mum's got the
same thing" (a contracted "has"), "I inherited it from my dad", "my parents don't have it";
unaffected parents or a denied family history said alone weigh nothing, and the answer says how
a family history read as inheritance was weighed."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

DOMINANT = "HP:0000006"
RECESSIVE = "HP:0000007"
X_LINKED = "HP:0001417"
MITOCHONDRIAL = "HP:0001427"


def _modes(engine: Engine, question: str) -> set[str]:
    return {m for evidence in engine.interpret(question).inheritance for m in evidence.modes}


@pytest.mark.parametrize(("question", "expected"), [
    ("My mum's got the same thing, my joints are really bendy",
     {DOMINANT, X_LINKED, MITOCHONDRIAL}),
    ("My dad's got it too, my hands shake when I write", {DOMINANT}),
    ("my dad's the same, my hands shake when I write", {DOMINANT}),
    ("My brother's had the same, I keep getting kidney stones",
     {DOMINANT, RECESSIVE, X_LINKED, MITOCHONDRIAL}),
])
def test_a_contracted_has_after_a_relative_is_an_affected_relative(
        engine: Engine, question: str, expected: set[str]) -> None:
    assert _modes(engine, question) == expected


@pytest.mark.parametrize("question", [
    "my mum's brother has a tremor",
    "on my dad's side, my hands shake",
])
def test_a_possessive_relative_stays_a_possessive(engine: Engine, question: str) -> None:
    # "my mum's brother" is the mother's brother (an uncle), not the mother nor a brother of
    # the asker's; "dad's side" is a side of the family.
    assert RECESSIVE not in _modes(engine, question)


@pytest.mark.parametrize(("question", "expected"), [
    ("It's inherited from my dad, I have a tremor", {DOMINANT}),
    ("I inherited it from my mum and my joints are bendy", {DOMINANT, X_LINKED, MITOCHONDRIAL}),
    ("it was passed down to me from my grandmother, my fingers are bent", {DOMINANT}),
])
def test_inherited_from_a_relative_is_an_affected_relative(
        engine: Engine, question: str, expected: set[str]) -> None:
    assert _modes(engine, question) == expected


def test_caught_from_a_relative_is_no_inheritance(engine: Engine) -> None:
    assert not _modes(engine, "I got it from my brother, I have a rash")


@pytest.mark.parametrize("question", [
    "my parents don't have it, I have a tremor",
    "neither of my parents has it, I have a tremor",
    "my mum and dad are fine, I have a tremor",
    "nobody else in the family has it, I have a tremor",
])
def test_unaffected_parents_or_a_denied_family_history_alone_weigh_nothing(
        engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    assert not reading.inheritance
    # The words are explained, not left unrecognised.
    assert not {"parents", "family"} & {w.lower() for w in reading.unrecognized}


@pytest.mark.parametrize("question", [
    "my parents don't have it but my brother has it too, I have night blindness",
    "My sister has the same, but mum and dad are fine",
])
def test_unaffected_parents_beside_an_affected_sibling_point_to_recessive(
        engine: Engine, question: str) -> None:
    assert RECESSIVE in engine.interpret(question).inheritance_modes


def test_a_denied_family_history_does_not_mark_a_dominant_disease_down(engine: Engine) -> None:
    # Half of neurofibromatosis type 1 cases are new mutations: "nobody else has it" must not
    # push it down.
    question = "my daughter has lots of light brown birthmarks and freckles in her armpits"
    plain = [c.id for c in engine.ask(question, top=3).ranking.candidates]
    denied = [c.id for c in engine.ask("Nobody else in the family has it, but " + question,
                                       top=3).ranking.candidates]
    assert denied[0] == plain[0] == "OMIM:162200"


def test_the_answer_says_how_the_family_history_was_weighed(engine: Engine) -> None:
    answer = engine.ask("My dad has the same thing, my hands shake when I write", top=3)
    text = " ".join(answer.answer.split())
    assert "Read as family history: 'dad has the same thing'" in text
    assert "autosomal dominant inheritance" in text


def test_no_inheritance_sentence_without_a_family_history(engine: Engine) -> None:
    answer = engine.ask("my hands shake when I write", top=3)
    assert answer.answer
    assert "Read as family history" not in answer.answer


@pytest.mark.parametrize("question", [
    "my maternal grandmother had the same, I have droopy eyelids",
    "my mum's mum had it too, I have droopy eyelids",
    "my gran on my mum's side had the same, I have droopy eyelids",
])
def test_the_mothers_mother_fits_mitochondrial_inheritance(engine: Engine, question: str) -> None:
    assert MITOCHONDRIAL in _modes(engine, question)


@pytest.mark.parametrize("question", [
    "my dad's mum had it too, I have droopy eyelids",
    "my grandmother had the same, I have droopy eyelids",
])
def test_a_grandmother_not_on_the_mothers_side_is_dominant_only(
        engine: Engine, question: str) -> None:
    assert _modes(engine, question) == {DOMINANT}


@pytest.mark.parametrize(("question", "expected"), [
    ("my mum has migraines and so do I", {DOMINANT, X_LINKED, MITOCHONDRIAL}),
    ("my mum's always had migraines and so have I", {DOMINANT, X_LINKED, MITOCHONDRIAL}),
    ("my mum gets them and I do too", {DOMINANT, X_LINKED, MITOCHONDRIAL}),
    ("my sister has eczema, me too", {DOMINANT, RECESSIVE, MITOCHONDRIAL}),
    ("my dad had kidney stones and now I've got them too", {DOMINANT}),
])
def test_the_asker_sharing_a_relatives_trouble_makes_the_relative_affected(
        engine: Engine, question: str, expected: set[str]) -> None:
    assert _modes(engine, question) == expected


def test_the_shared_trouble_stays_the_askers_finding(engine: Engine) -> None:
    reading = engine.interpret("my mum has migraines and so do I")
    assert [f.text for f in reading.own] == ["migraines"]


@pytest.mark.parametrize("question", [
    "my son has a rash and so do I",  # a parent may have caught it from the child
    "my dad has diabetes and I have a rash too",
    "my dad has them checked every year, I have a cough",
])
def test_no_sharing_read_where_none_is_said(engine: Engine, question: str) -> None:
    assert not _modes(engine, question)
