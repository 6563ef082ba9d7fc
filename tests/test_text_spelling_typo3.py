"""Typo tolerance (h-typo3, issue 14): two edits for long unknown words, the score that picks
among candidates (first letter, sound, letters kept), ambiguity left as typed, and the
invariants that real words and the vocabulary's own words are never changed."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text.spelling import (
    MIN_TYPO_LETTERS,
    SOUND_CHECK_LETTERS,
    TWO_EDIT_LETTERS,
    SpellingCorrector,
    english_words,
)

from .readings import cli_interpretation, present_ids

HEADACHE = "HP:0002315"
THUNDERCLAP_HEADACHE = "HP:0030907"
DIARRHEA = "HP:0002014"
VOMITING = "HP:0002013"
PALPITATIONS = "HP:0001962"
FEVER = "HP:0001945"
SEIZURE = "HP:0001250"

VOCABULARY = ["headache", "dizziness", "deafness", "temperature", "vomiting", "eczema",
              "excess", "edema", "enema", "breath", "breach", "seizure", "seizures", "rash",
              "rashes", "swollen", "fever"]


@pytest.fixture(scope="module")
def corrector() -> SpellingCorrector:
    return SpellingCorrector(VOCABULARY)


# Two edits for long words.
@pytest.mark.parametrize(("typo", "word"), [
    ("heachache", "headache"),  # 9 letters: no sound check
    ("tempature", "temperature"),
    ("vommitting", "vomiting"),
    ("deziness", "dizziness"),  # 8 letters: sounds like "dizziness", not like "deafness"
])
def test_a_long_word_two_edits_away_is_corrected(corrector: SpellingCorrector, typo: str,
                                                 word: str) -> None:
    assert len(typo) >= TWO_EDIT_LETTERS
    assert corrector.correct(typo) == word


def test_a_word_shorter_than_the_two_edit_length_gets_one_edit_only(
        corrector: SpellingCorrector) -> None:
    assert len("hedach") < TWO_EDIT_LETTERS
    assert corrector.correct("hedach") is None  # two edits from "headache"
    assert corrector.correct("hedache") == "headache"  # one edit


def test_two_edits_away_the_first_letter_must_be_the_one_typed(
        corrector: SpellingCorrector) -> None:
    assert corrector.correct("dizzyniss") == "dizziness"
    assert corrector.correct("tizzyness") is None


def test_below_the_sound_check_length_two_edits_must_sound_alike() -> None:
    assert len("deziness") < SOUND_CHECK_LETTERS
    assert SpellingCorrector(["deafness"]).correct("deziness") is None


# Ambiguity is left as typed.
def test_a_typo_as_near_to_two_different_words_is_not_corrected(
        corrector: SpellingCorrector) -> None:
    assert corrector.correct("breash") is None  # "breath" or "breach"


def test_forms_of_one_word_are_no_ambiguity(corrector: SpellingCorrector) -> None:
    assert corrector.correct("seizurs") == "seizures"
    assert corrector.correct("rashs") == "rashes"


def test_the_word_that_keeps_every_letter_typed_wins_a_tie() -> None:
    assert SpellingCorrector(["swollen", "stolen"]).correct("swolen") == "swollen"


# Invariants.
@given(word=st.sampled_from(VOCABULARY))
def test_a_vocabulary_word_is_never_changed(word: str) -> None:
    assert SpellingCorrector(VOCABULARY).correct(word) is None


@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1,
                    max_size=MIN_TYPO_LETTERS - 1))
def test_a_short_word_is_never_changed(corrector: SpellingCorrector, word: str) -> None:
    assert corrector.correct(word) is None


# The word lists the two properties below draw from, built once rather than for each example
# (the same sorted lists, so the same examples are drawn).
@cache
def _known_words(engine: Engine) -> list[str]:
    return sorted({w for w in engine.reader.lexicon.words()
                   if w.isalpha() and len(w) >= MIN_TYPO_LETTERS})


@cache
def _long_english_words() -> list[str]:
    return sorted(w for w in english_words() if w.isalpha() and len(w) >= TWO_EDIT_LETTERS)


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_known_term_is_never_changed_by_the_reader(engine: Engine, data: Any) -> None:
    word = data.draw(st.sampled_from(_known_words(engine)))
    assert engine.reader._spelling().correct(word) is None
    assert engine.interpret(f"I have {word}").corrections == ()


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_real_english_word_is_never_changed_by_the_reader(engine: Engine, data: Any) -> None:
    word = data.draw(st.sampled_from(_long_english_words()))
    assert engine.interpret(f"I have {word} for a week").corrections == ()


# Through the reader.
def test_the_worst_headache_misspelt_raises_the_urgent_notice(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "worst heachache of my life and a stiff neck"
    reading = engine.interpret(question)
    assert THUNDERCLAP_HEADACHE in {i for f in reading.findings for i in f.ids}
    assert reading.red_flags
    shown = cli_interpretation(engine, monkeypatch, question)["corrections"]
    assert {"text": "heachache", "corrected": "headache", "span": [6, 15]} in shown


@pytest.mark.parametrize(("question", "term"), [
    ("diarhea since yesterday", DIARRHEA),
    ("vommitting all night", VOMITING),
    ("palpatations when I lie down", PALPITATIONS),
    ("a high tempature for three days", FEVER),
    ("my son had seizurs", SEIZURE),
    ("a bad heachache every morning", HEADACHE),
])
def test_lay_misspellings_are_read(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_an_ambiguous_typo_is_shown_uncorrected(engine: Engine) -> None:
    # "excema" is two edits from "eczema", "excess", "edema" and "enema" alike (and short).
    assert engine.interpret("excema on my hands").corrections == ()


def test_a_word_of_a_known_disease_name_is_no_typo(engine: Engine) -> None:
    # "vaginosis" is two edits from "vaginitis", but the name of a curated condition.
    reading = engine.interpret("what causes bacterial vaginosis")
    assert reading.corrections == ()
    assert "MONDO:0005316" in {i for d in reading.said_diseases for i in d.diseases}
