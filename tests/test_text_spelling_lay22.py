"""Typo tolerance (h-lay22, issue 14): among candidates equally near, the one made of the very
letters typed (a swap) wins, and the "ache" of a pain word spelt "ake" sounds as it does."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.spelling import SpellingCorrector, sound_key

from .readings import present_ids

FATIGUE, HEADACHE, EAR_PAIN = "HP:0012378", "HP:0002315", "HP:0030766"


def test_a_tie_of_words_with_another_first_letter_stays_ambiguous() -> None:
    # Preferring the first letter typed ("caughing": coughing, not laughing) corrected more
    # real words than it mended typos (text/spelling.py, rule 3).
    assert SpellingCorrector(["laughing", "coughing"]).correct("caughing") is None


def test_the_candidate_of_the_letters_typed_in_another_order_wins_a_tie() -> None:
    # "tierd" is one swap from "tired" and one letter more than "tied".
    assert SpellingCorrector(["tired", "tied"]).correct("tierd") == "tired"


def test_a_swap_into_a_rarer_word_does_not_win_the_tie() -> None:
    # "spasmus" (of "Spasmus nutans") is the letters of "spasums" swapped; "spasms" is used
    # in more phrases: the tie stays, and the plural's stem is read ("spasum": spasm).
    corrector = SpellingCorrector(["spasmus", "spasms", "spasms", "spasm"])
    assert corrector.correct("spasums") != "spasmus"


@pytest.mark.parametrize("typo", ["headake", "earake", "toothake"])
def test_ake_sounds_as_the_ache_of_a_pain_word(typo: str) -> None:
    word = typo.replace("ake", "ache")
    assert sound_key(typo) == sound_key(word)
    assert SpellingCorrector([word, "awake"]).correct(typo) == word


@pytest.mark.parametrize(("question", "term"), [
    ("i feel tierd all the time", FATIGUE),
    ("i have a bad headake", HEADACHE),
    ("my son has earake", EAR_PAIN),
])
def test_lay_misspellings_are_read(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)
