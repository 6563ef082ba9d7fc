"""Rare-disease signs in HPO's words and in plain words (h-lay6, issue 14): adjective forms of
the Greek and Latin endings a plain "-ic" misses ("microcephalic", "dyspneic", "hemiparetic",
"cachectic", "telangiectatic", "pruritic", "icteric"), British spellings inside a word
("hypoxaemic", "tachypnoeic", "lymphoedema"), and the lexicon entries of lay_terms.yaml's
h-lay6 block, with guards for what none of them may read."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.lexicon import adjective_forms
from whatcauses.text.normalize import stem

from .readings import present_ids

MICROCEPHALY = "HP:0000252"
MACROCEPHALY = "HP:0000256"
BRACHYCEPHALY = "HP:0000248"
DYSPNEA = "HP:0002094"
APNEA = "HP:0002104"
TACHYPNEA = "HP:0002789"
HEMIPARESIS = "HP:0001269"
CACHEXIA = "HP:0004326"
ANOREXIA = "HP:0002039"
TELANGIECTASIA = "HP:0001009"
PRURITUS = "HP:0000989"
JAUNDICE = "HP:0000952"
HYPOXEMIA = "HP:0012418"
LYMPHEDEMA = "HP:0001004"
MICRO_HEMATURIA = "HP:0002907"
RHINORRHEA = "HP:0031417"
CLONUS = "HP:0002169"
TONGUE_FASCICULATIONS = "HP:0001308"
CAFE_AU_LAIT = "HP:0000957"


@pytest.mark.parametrize(("noun", "adjectives"), [
    ("Microcephaly", ["microcephalic"]), ("Dyspnea", ["dyspneic"]), ("Apnea", ["apneic"]),
    ("Hemiparesis", ["hemiparetic"]), ("Cachexia", ["cachectic", "cachexic"]),
    ("Telangiectasia", ["telangiectatic"]), ("Bronchiectasis", ["bronchiectatic"]),
    ("Myelodysplasia", ["myelodysplastic"]), ("Pruritus", ["pruritic"]),
    ("Icterus", ["icteric"]), ("Dyslexia", ["dyslectic", "dyslexic"]),
    ("Clonus", []), ("Nystagmus", []),
])
def test_greek_and_latin_endings_get_their_own_adjective_forms(noun: str,
                                                               adjectives: list[str]) -> None:
    assert adjective_forms(noun) == adjectives


@pytest.mark.parametrize(("question", "term"), [
    ("he is microcephalic", MICROCEPHALY), ("baby is macrocephalic", MACROCEPHALY),
    ("a brachycephalic head", BRACHYCEPHALY), ("she is dyspneic and pale", DYSPNEA),
    ("the baby was apneic for 20 seconds", APNEA),
    ("left hemiparetic after the stroke", HEMIPARESIS),
    ("he looks cachectic", CACHEXIA), ("she is anorectic and losing weight", ANOREXIA),
    ("telangiectatic vessels on her cheeks", TELANGIECTASIA), ("a pruritic rash", PRURITUS),
    ("icteric sclera", JAUNDICE),
])
def test_a_clinicians_adjective_reads_as_its_hpo_noun(engine: Engine, question: str,
                                                      term: str) -> None:
    assert term in present_ids(engine, question)


def test_clonic_seizures_read_no_clonus(engine: Engine) -> None:
    assert CLONUS not in present_ids(engine, "he had tonic-clonic seizures")


@pytest.mark.parametrize(("word", "american"), [
    ("hypoxaemic", "hypoxem"), ("bacteraemia", "bacterem"), ("tachypnoea", "tachypne"),
    ("lymphoedema", "lymphedema"), ("rhinorrhoea", "rhinorrhea"), ("microhaematuria", "microhem"),
    ("paraesthesia", "paresthe"),
])
def test_british_spellings_inside_a_word_stem_as_american(word: str, american: str) -> None:
    assert stem(word).startswith(american[:6])
    assert stem(word) == stem(word.replace("ae", "e").replace("oe", "e"))


@pytest.mark.parametrize(("question", "term"), [
    ("he is hypoxaemic on air", HYPOXEMIA), ("she is tachypnoeic", TACHYPNEA),
    ("lymphoedema of both legs", LYMPHEDEMA), ("microhaematuria on the dipstick", MICRO_HEMATURIA),
    ("constant rhinorrhoea", RHINORRHEA),
])
def test_british_spellings_inside_a_word_read_their_term(engine: Engine, question: str,
                                                         term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("my baby's tongue quivers", TONGUE_FASCICULATIONS),
    ("a quivering tongue and floppy arms", TONGUE_FASCICULATIONS),
    ("she has several cafe au lait patches", CAFE_AU_LAIT),
    ("café-au-lait marks on his back", CAFE_AU_LAIT),
])
def test_h_lay6_lay_terms(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_quivering_lip_is_no_tongue_sign(engine: Engine) -> None:
    found = present_ids(engine, "her lip is quivering and she is crying")
    assert TONGUE_FASCICULATIONS not in found


def test_dots_on_the_skin_read_as_spots(engine: Engine) -> None:
    # "purple dots" meets the curated "purple spots" (Purpura | Petechiae) without a phrase of
    # its own, as "little red dots" met "little red spots" only through a twin entry.
    found = present_ids(engine, "she has tiny purple dots on her tummy")
    assert {"HP:0000979", "HP:0000967"} & found
