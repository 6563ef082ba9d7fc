"""An affected sibling alone fits every mode of inheritance (h-rarefamily1, issue 14)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

DOMINANT, RECESSIVE, X_LINKED, MITO = "HP:0000006", "HP:0000007", "HP:0001417", "HP:0001427"


def modes(engine: Engine, question: str) -> set[str]:
    return set(engine.interpret(question).inheritance_modes)


@pytest.mark.parametrize(("question", "expected"), [
    # A parent may carry a dominant variant unsaid; siblings share their mother's mtDNA.
    ("My brother died suddenly at 30. I faint when I exercise.",
     {DOMINANT, RECESSIVE, X_LINKED, MITO}),
    ("I have kidney stones and my sister has them too.", {DOMINANT, RECESSIVE, MITO}),
    # Unaffected parents beside an affected sibling still point to recessive or X-linked.
    ("I have a tremor. My brother has the same, but mum and dad are fine.",
     {RECESSIVE, X_LINKED}),
    ("I have a tremor. My sister has the same, but mum and dad are fine.", {RECESSIVE}),
    # Consanguinity beside an affected sib stays recessive.
    ("3F, recurrent chest infections, steatorrhoea. Consanguineous parents, affected sib.",
     {RECESSIVE}),
    # A brother and a mother's brother: what passes through the mother.
    ("I lost the central vision in both eyes. My brother and my mother's brother went blind "
     "the same way.", {X_LINKED, MITO}),
])
def test_an_affected_sibling_fits_every_mode(engine: Engine, question: str,
                                             expected: set[str]) -> None:
    assert modes(engine, question) == expected


def test_a_brother_and_a_maternal_uncle_going_blind_lift_leber_optic_neuropathy(
        engine: Engine) -> None:
    answer = engine.ask("I'm 24 and over a few weeks I lost the central vision in one eye, then "
                        "the other. My brother and my mother's brother went blind the same way "
                        "in their twenties.", top=3)
    assert any("OMIM:535000" in c.ids or c.id == "OMIM:535000"
               for c in answer.ranking.candidates)


@pytest.mark.parametrize("tail", [
    "My brother has the same but my parents don't.",
    "My brother has it too but my parents do not.",
    "My brother has the same but our parents are not affected.",
    "My brother has the same, my dad didn't.",
])
def test_parents_said_short_to_be_unaffected_narrow_a_siblings_modes(engine: Engine,
                                                                     tail: str) -> None:
    assert modes(engine, "I have a tremor. " + tail) == {RECESSIVE, X_LINKED}


def test_a_parent_who_does_not_know_is_not_unaffected(engine: Engine) -> None:
    assert modes(engine, "I have a tremor. My brother has the same. My parents don't know "
                         "what it is.") == {DOMINANT, RECESSIVE, X_LINKED, MITO}


def test_parents_from_the_same_village_share_no_trouble(engine: Engine) -> None:
    assert DOMINANT not in modes(engine, "I have a tremor. My parents are from the same "
                                         "village and are related.")


@pytest.mark.parametrize(("question", "term"), [
    ("I bruise easily and my mother died at 38 when an artery burst.", "HP:0025019"),
    ("I bruise easily. My dad died of a burst artery.", "HP:0025019"),
])
def test_a_relatives_burst_artery_is_theirs(engine: Engine, question: str,
                                                    term: str) -> None:
    reading = engine.interpret(question)
    assert any(term in f.ids for f in reading.family_findings)
    assert not any(term in f.ids for f in reading.own)
