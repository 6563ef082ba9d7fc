"""Long everyday sentences (h-longclause, issue 14): a hedge inside a finding ("my eyelids are
sort of drooping") and an aside set off by commas between a part and what is said of it ("my
urine, which is normally clear, has turned red") no longer lose the finding
(text/normalize.py ``_drop_hedges``; text/referents.py ``carry_sites_over_asides``)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize
from whatcauses.text.referents import carry_sites_over_asides

from .readings import finding_ids, present_ids

PTOSIS, MASTICATION, SMALL_TESTES = "HP:0000508", "HP:0005216", "HP:0008734"
FACIAL_EDEMA, DYSURIA, SKIN_RASH = "HP:0000282", "HP:0100518", "HP:0000988"
JOINT_SWELLING, RED_URINE, LEG_WEAKNESS = "HP:0001386", "HP:0040318", "HP:0007340"
STIFF_KNEE, BLURRED_VISION, DARK_URINE = "HP:0025263", "HP:0000622", "HP:0040319"
ERYTHEMA, EDEMA = "HP:0010783", "HP:0000969"
SITES = {("knees",), ("legs",), ("joints",), ("eyes",)}


@pytest.mark.parametrize(("question", "term"), [
    ("I think my eyelids are sort of drooping", PTOSIS),
    ("chewing gets kind of hard halfway through a meal", MASTICATION),
    ("his testicles are sort of small", SMALL_TESTES),
    ("her face is sorta puffy", FACIAL_EDEMA),
    ("it kinda burns when I pee", DYSURIA),
    ("she has a sort of rash on her arms", SKIN_RASH),
])
def test_a_hedge_inside_a_finding_keeps_it(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("text", ["what kind of rash is it", "which sort of doctor",
                                  "he is kind", "sort it out"])
def test_kind_and_sort_that_are_no_hedge_stay(text: str) -> None:
    words = [t.folded for t in tokenize(text)]
    assert "kind" in words or "sort" in words


def test_a_hedge_leaves_the_words_spans_in_the_text(engine: Engine) -> None:
    question = "my eyelids are sort of drooping"
    (finding,) = [f for f in engine.interpret(question).findings if PTOSIS in f.ids]
    assert question[finding.start:finding.end] == "eyelids are sort of drooping"


@pytest.mark.parametrize(("question", "term"), [
    ("his joints, which used to be fine, are now swollen", JOINT_SWELLING),
    ("my urine, which is normally clear, has turned red", RED_URINE),
    ("my legs, for the past few weeks, have been really weak", LEG_WEAKNESS),
    ("her legs have been, for a few months now, really weak", LEG_WEAKNESS),
    ("my knees, especially in the mornings, are stiff and swollen", STIFF_KNEE),
    ("my vision, in the evenings, gets blurry", BLURRED_VISION),
    ("after a hard workout my pee, which is usually normal, goes dark like cola", DARK_URINE),
])
def test_an_aside_keeps_the_part_of_what_is_said_after_it(
        engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "wrong"), [
    ("my urine, which is normally clear, has turned red", ERYTHEMA),
    ("his joints, which used to be fine, are now swollen", EDEMA),
])
def test_what_is_said_after_an_aside_is_no_bare_finding(
        engine: Engine, question: str, wrong: str) -> None:
    assert wrong not in finding_ids(engine, question)


def test_the_part_given_again_has_no_width_and_the_aside_stays_a_clause() -> None:
    text = "my knees, especially in the mornings, are stiff"
    tokens = carry_sites_over_asides(tokenize(text), lambda words: words in SITES)
    (copy,) = [t for t in tokens if t.start == t.end]
    assert (copy.folded, copy.text, copy.start) == ("knees", "", text.index("are"))
    assert [t.folded for t in tokens].count(",") == 2


@pytest.mark.parametrize("text", [
    "my knees hurt, especially in the mornings, and I feel tired",  # a statement after it
    "my knees, especially in the mornings, my hips too",  # a subject of its own
    "pain in knees, especially in the mornings, is bad",  # no part of its own
    "my mum, who is 70, has a swollen knee",  # no part
])
def test_no_part_is_given_again_without_a_part_and_an_aside_before_a_bare_predicate(
        text: str) -> None:
    tokens = carry_sites_over_asides(tokenize(text), lambda words: words in SITES)
    assert not any(t.start == t.end for t in tokens)


def test_a_negated_finding_after_an_aside_stays_negated(engine: Engine) -> None:
    question = "my knees, especially in the mornings, are not swollen"
    assert JOINT_SWELLING in finding_ids(engine, question) - present_ids(engine, question)


RENAL_CYST, RENAL_DUPLICATION, ALOPECIA = "HP:0000107", "HP:0000075", "HP:0001596"
HYPERTRICHOSIS = "HP:0000998"


@pytest.mark.parametrize(("question", "meant", "wrong"), [
    ("the scan showed lots of kidney cysts", RENAL_CYST, RENAL_DUPLICATION),
    ("she has had a lot of hair loss", ALOPECIA, HYPERTRICHOSIS),
])
def test_an_amount_counts_the_whole_noun_after_of(
        engine: Engine, question: str, meant: str, wrong: str) -> None:
    ids = present_ids(engine, question)
    assert meant in ids
    assert wrong not in ids


def test_an_amount_with_a_longer_phrase_keeps_it(engine: Engine) -> None:
    assert HYPERTRICHOSIS in present_ids(engine, "lots of body hair")


SMALL_HAND, SHORT_FOOT = "HP:0200055", "HP:0001773"


@pytest.mark.parametrize("question", ["she has tiny hands and feet", "teeny hands and feet"])
def test_a_size_word_is_shared_by_the_parts_listed_after_it(engine: Engine, question: str) -> None:
    assert {SMALL_HAND, SHORT_FOOT} <= present_ids(engine, question)
