"""A measured substance's level in plain words (h-rarestudent1, issue 14): HPO names most
levels "Decreased circulating renin concentration", "Reduced haptoglobin level"; a textbook
or a clinician says "low renin", "raised aldosterone", "a low haptoglobin". The lexicon reads
the level word and the substance (text/lexicon.py, level_keys); a urine level keeps its
specimen word, and a two-letter substance ("mg") is left to its other senses."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.lexicon import level_keys, specimen_of

from .readings import present_ids

LOW_RENIN = "HP:0003351"
LOW_ALDOSTERONE = "HP:0004319"
LOW_HAPTOGLOBIN = "HP:0020181"
HIGH_URINE_CITRATE = "HP:0012406"
HYPOMAGNESEMIA = "HP:0002917"


@pytest.mark.parametrize(("name", "keys"), [
    ("Decreased circulating renin concentration", ["decreas renin", "low renin", "reduc renin"]),
    ("Elevated circulating creatine kinase concentration",
     ["creatin elev kinas", "creatin high kinas", "creatin increas kinas"]),
    ("Reduced haptoglobin level", ["decreas haptoglobin", "haptoglobin low", "haptoglobin reduc"]),
])
def test_a_level_term_gives_its_level_and_substance_words(name: str, keys: list[str]) -> None:
    assert set(keys) <= set(level_keys(name))


@pytest.mark.parametrize("name", [
    "Hypokalemia",  # one word: the adjective and lay forms are its own
    "High blood Mg levels",  # a two-letter substance
    "Low maternal circulating alpha-fetoprotein concentration",  # a level of someone else
    "Abnormal circulating renin concentration",  # no direction
    "Increased circulating vitamin A concentration",  # "a" is no word of a key
    "Decreased circulating acid labile subunit of insulin like growth factor concentration",
])
def test_other_names_give_no_level_keys(name: str) -> None:
    assert level_keys(name) == []


def test_a_specimens_level_keeps_its_specimen_word() -> None:
    keys = level_keys("Increased urine citrate concentration")  # test_text_specimens.py
    assert "citrat high urin" in keys
    assert all(specimen_of(key) == "urine" for key in keys)


@pytest.mark.parametrize(("question", "term"), [
    ("Which syndrome is characterised by hypertension, hypokalaemia and low renin?", LOW_RENIN),
    ("his renin was low", LOW_RENIN),
    ("decreased renin and a low aldosterone", LOW_ALDOSTERONE),
    ("anaemia, jaundice and a low haptoglobin", LOW_HAPTOGLOBIN),
    ("kidney stones and high urine citrate", HIGH_URINE_CITRATE),
])
def test_levels_said_in_plain_words_are_read(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_dose_in_milligrams_is_no_magnesium(engine: Engine) -> None:
    assert HYPOMAGNESEMIA not in present_ids(engine, "she takes a high mg dose of aspirin")


@pytest.mark.parametrize(("question", "term"), [
    ("Which X-linked recessive disorder causes haemarthroses and a prolonged APTT?", "HP:0003645"),
    ("bruising with a prolonged PT", "HP:0008151"),
    ("erythema nodosum, hilar lymphadenopathy and a raised ACE", "HP:6000213"),
])
def test_clotting_times_and_ace_by_their_abbreviations(engine: Engine, question: str,
                                                       term: str) -> None:
    assert term in present_ids(engine, question)
