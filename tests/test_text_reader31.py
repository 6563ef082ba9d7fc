"""Question understanding (issue 14, h-reader31), on the real engine: relatives of relatives
named with "his"/"her", "this"/"that" as the trouble a relative has, a side named by the
parent's family, a sibling beside an affected parent, more ways to say an age, and onset
words that name an age at onset rather than the age now."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_onsets, read_person

DOMINANT, RECESSIVE, X_LINKED = "HP:0000006", "HP:0000007", "HP:0001417"
# A brother of the mother shares her mitochondria as well as her X (h-reader42).
MITO = "HP:0001427"


@pytest.mark.parametrize(("question", "modes"), [
    # "his"/"her" after the asker's relative: that relative's relative.
    ("I have a tremor. My dad and his brother both have it.", (DOMINANT,)),
    ("I get migraines. My mum and her sister had the same.", (DOMINANT,)),
    # a mother and her brother both affected fit dominant inheritance too (h-family7)
    ("I have bad cramps. My mum and her brother had the same.", (DOMINANT, X_LINKED, MITO)),
    ("I faint a lot. My dad had a heart attack at 45 and his brother died suddenly at 40.",
     (DOMINANT,)),
    # ... but the patient's own relative when the pronoun points to the patient.
    # (an affected brother alone fits every mode: h-rarefamily1)
    ("My dad has a tremor and his brother has it too.", (DOMINANT, RECESSIVE, X_LINKED, MITO)),
    ("My daughter has fits and her brother had the same.",
     (DOMINANT, RECESSIVE, X_LINKED, MITO)),
    # "this" / "that" as the trouble asked about.
    # (through the mother: X-linked, or mitochondrial, which a brother shares; h-rarefamily1)
    ("My brother and my uncle on mum's side both had this.", (X_LINKED, MITO)),
    ("My uncle on my mother's side had this.", (X_LINKED, MITO)),
    # A side named by the parent's family; aunt in everyday spelling.
    ("I have a tremor. It runs in my dad's family.", (DOMINANT,)),
    ("I have a tremor. My auntie had the same.", (DOMINANT,)),
    # A sibling beside an affected father: dominant, not a three-way tie.
    ("I get swellings. My dad and my brother get the same swellings.", (DOMINANT,)),
    # A mother and her son: what a mother passes on (h-rarefamily1: a brother fits every
    # mode, so the mother's modes stand).
    ("I get swellings. My mum and my brother get the same.", (DOMINANT, X_LINKED, MITO)),
])
def test_family_history_modes(engine: Engine, question: str, modes: tuple[str, ...]) -> None:
    interpretation = engine.ask(question, top=1).interpretation
    assert interpretation.inheritance_modes == modes


@pytest.mark.parametrize(("question", "age", "age_range"), [
    ("A man of 50 with chest pain.", 50.0, (50.0, 50.0)),
    ("He's in his mid-50s and breathless.", 55.0, (53.0, 57.0)),
    ("I'm in my late forties and tired.", 48.0, (46.0, 50.0)),
    ("Late 50s male with back pain.", 58.0, (56.0, 60.0)),
    ("My husband is 60ish and snores.", 60.0, (57.0, 63.0)),
    ("I'm sixty-something with sore knees.", 64.0, (60.0, 69.0)),
    ("I'm over 60 and get dizzy.", 65.0, (60.0, 100.0)),
    ("She's under 2 and has a rash.", 1.0, (0.0, 2.0)),
])
def test_ages_in_words(question: str, age: float, age_range: tuple[float, float]) -> None:
    person = read_person(question)
    assert person.age == pytest.approx(age)
    assert person.age_range == pytest.approx(age_range)


@pytest.mark.parametrize("question", [
    "I'm over 2 weeks late for my period.",
    "He's over 6 foot and has back pain.",
    "A man of 6 foot with a cough.",
])
def test_no_age_from_times_or_measures(question: str) -> None:
    assert read_person(question).age is None


@pytest.mark.parametrize(("question", "onset"), [
    ("He has had a squint ever since he was born.", "HP:0003577"),
    ("I've had eczema since I was 12.", "HP:0003621"),
    ("She has had a rash since she was 6 months old.", "HP:0003593"),
    ("Bad acne since puberty.", "HP:0003621"),
    ("I've had migraines since my twenties.", "HP:0011462"),
    ("He's been clumsy since he was small.", "HP:0011463"),
])
def test_onset_words(question: str, onset: str) -> None:
    assert [hint.id for hint in read_onsets(question)] == [onset]


def test_an_onset_age_is_not_the_age_now(engine: Engine) -> None:
    interpretation = engine.ask("She has had a rash since she was 6 months old.",
                                top=1).interpretation
    assert interpretation.age is None
    assert [o.id for o in interpretation.onset] == ["HP:0003593"]
    interpretation = engine.ask("My son is 4 and since he was 2 he has had eczema.",
                                top=1).interpretation
    assert interpretation.age == 4.0


@pytest.mark.parametrize(("question", "term"), [
    ("Our 6 month old now startles at every noise.", "HP:0002267"),
    ("Our baby was sitting but can no longer sit.", "HP:0002376"),
    ("My baby is floppy and her tongue flickers.", "HP:0001308"),
    ("He has a twitchy chin and trouble swallowing.", "HP:0002380"),
    ("Her eyelids droop and she chokes when swallowing.", "HP:0002015"),
    ("I'm 58 and my fingers are bending into my palm.", "HP:0012785"),
    ("There is a thick cord in my palm.", "HP:0005679"),
    ("He has a painful bony lump just below his kneecap.", "HP:6001144"),
])
def test_lay_words_of_inherited_troubles(engine: Engine, question: str, term: str) -> None:
    interpretation = engine.ask(question, top=1).interpretation
    assert any(term in f.ids for f in interpretation.findings if not f.negated)
