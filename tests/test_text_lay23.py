"""Lay wording and typos (h-lay23, issue 14): a word of two run together is read as the two
words ("backpain"), a typo prefers a word that names a finding ("fevor" is fever, not fetor;
"nautious" is nauseous, not cautious), a typo whose vowels went astray is the one word of its
consonants ("seizers"), "phlegm" sounds as "flem", and a back pain that shoots
down the leg keeps its back pain."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.spelling import SpellingCorrector, consonant_key, sound_key

from .readings import present_ids

BACK_PAIN, LOW_BACK_PAIN, SCIATICA = "HP:0003418", "HP:0003419", "HP:0011868"
NECK_PAIN, RHINORRHEA, ALOPECIA, NAUSEA = "HP:0030833", "HP:0031417", "HP:0001596", "HP:0002018"
FEVER, SEIZURE = "HP:0001945", "HP:0001250"


@pytest.mark.parametrize(("question", "term"), [
    ("i have had backpain for a week", BACK_PAIN),
    ("my neckpain is worse in the morning", NECK_PAIN),
    ("my toddler has a runnynose", RHINORRHEA),
    ("my hairloss is getting worse", ALOPECIA),
    ("bad lowerback pain", LOW_BACK_PAIN),
])
def test_two_words_run_together_are_read_as_the_two(engine: Engine, question: str,
                                                     term: str) -> None:
    assert term in present_ids(engine, question)


def test_the_cut_is_shown_as_a_correction(engine: Engine) -> None:
    corrections = engine.interpret("i have had backpain for a week").corrections
    assert [(c.text, c.corrected) for c in corrections] == [("backpain", "back pain")]


def test_a_typo_of_one_word_is_not_cut_in_two(engine: Engine) -> None:
    # "painfull" is one letter from "painful", though "pain" and "full" are words too.
    corrections = engine.interpret("my knee is so painfull").corrections
    assert [(c.text, c.corrected) for c in corrections] == [("painfull", "painful")]


def test_a_word_a_marker_pass_cut_is_no_correction(engine: Engine) -> None:
    assert engine.interpret("a nontender lump in my neck").corrections == ()


@pytest.mark.parametrize(("question", "term"), [
    ("my son had a high fevor", FEVER),
    ("i feel nautious all day", NAUSEA),
    ("he has had seizers since he was small", SEIZURE),
])
def test_lay_misspellings_are_read(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_of_two_words_equally_near_the_one_naming_a_finding_wins() -> None:
    assert SpellingCorrector(["fetor", "fever"]).correct("fevor") is None
    assert SpellingCorrector(["fetor", "fever"], {"fever"}).correct("fevor") == "fever"


def test_a_word_naming_a_finding_is_found_when_the_nearest_names_none() -> None:
    corrector = SpellingCorrector(["cautious", "nauseous"], {"nauseous"})
    assert corrector.correct("nautious") == "cautious"
    assert corrector.correct_to_finding("nautious") == "nauseous"


def test_the_one_word_of_the_consonants_typed_is_the_last_resort() -> None:
    assert consonant_key("seizers") == consonant_key("seizures")
    # "dioreah" shares the consonants of "diarrhea" but is four edits away: left as typed.
    assert consonant_key("dioreah") == consonant_key("diarrhea")
    assert SpellingCorrector(["diarrhea"]).correct("dioreah") is None
    assert SpellingCorrector(["seizures", "sizes"]).correct("seizers") == "seizures"
    # Not between near words that are different words, nor for a short word.
    assert SpellingCorrector(["laughing", "coughing"]).correct("caughing") is None
    assert SpellingCorrector(["headache"]).correct("hedach") is None


@pytest.mark.parametrize(("typo", "word"), [("flemm", "phlegm"), ("nautious", "nauseous")])
def test_spellings_that_sound_alike(typo: str, word: str) -> None:
    assert sound_key(typo) == sound_key(word)


@pytest.mark.parametrize("question", [
    "my back pain shoots down my leg",
    "i have back pain that shoots down my leg",
    "my backpain shoots down my leg",
])
def test_a_back_pain_that_shoots_down_the_leg_keeps_the_back_pain(engine: Engine,
                                                                   question: str) -> None:
    found = present_ids(engine, question)
    assert BACK_PAIN in found and SCIATICA in found
