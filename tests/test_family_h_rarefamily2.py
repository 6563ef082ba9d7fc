"""Family history said in other words (h-rarefamily2, issue 14): a couple who are related
without the word "cousins", a relative's boys and girls, a question whether the asker will get
a relative's trouble, heart bypass surgery as coronary disease, and a device fitted as no fit."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

DOMINANT, RECESSIVE, X_LINKED, MITO = "HP:0000006", "HP:0000007", "HP:0001417", "HP:0001427"
CORONARY = "HP:0001677"


def modes(engine: Engine, question: str) -> set[str]:
    return set(engine.interpret(question).inheritance_modes)


@pytest.mark.parametrize("tail", [
    "My husband and I are related.",
    "Both our families come from the same village and are related.",
    "Our families are related.",
    "My husband and I are from the same family.",
    "We come from the same family.",
    "My wife's father and my father are brothers.",
    "Her dad and his dad are brothers.",
    "Our mothers are sisters.",
])
def test_a_couple_related_in_other_words_points_to_recessive(engine: Engine,
                                                             tail: str) -> None:
    assert modes(engine, "Our baby is floppy and can't hold her head up. " + tail) == {RECESSIVE}


@pytest.mark.parametrize("question", [
    "My headaches are related to stress.",
    "Are my symptoms related? My mum and I both get tired.",
    "My mum and dad are brothers in arms.",
    "I have a rash and my brother and I are from the same family.",
])
def test_other_relations_are_no_consanguinity(engine: Engine, question: str) -> None:
    assert RECESSIVE not in modes(engine, question)


def test_a_couple_from_the_same_family_shares_no_trouble(engine: Engine) -> None:
    # "the same family" is a kinship, never "the same" trouble (dominant, as a parent's).
    assert DOMINANT not in modes(engine, "Our baby is floppy. My husband and I are from the "
                                         "same family.")


@pytest.mark.parametrize(("question", "expected"), [
    ("My little boy keeps getting pneumonia. My sister's two boys have had the same.",
     {X_LINKED, MITO}),
    ("My son has learning difficulties. My sister's boys are the same.", {X_LINKED, MITO}),
    ("I have a tremor and my brother's kids have it too.", {DOMINANT}),
])
def test_a_relatives_boys_and_girls_are_their_children(engine: Engine, question: str,
                                                       expected: set[str]) -> None:
    assert modes(engine, question) == expected


def test_the_askers_own_boy_is_no_relative_of_a_relative(engine: Engine) -> None:
    # "my boy" is the patient, not a nephew: no X-linked reading from a sister's possessive.
    assert X_LINKED not in modes(engine, "My boy has the same rash as his sister.")


@pytest.mark.parametrize("question", [
    "My dad is 50 and has started making jerky movements he can't control and his memory is "
    "going. Will I get it?",
    "My mum has cataracts and droopy eyelids. Could I get it too?",
    "My brother has psoriasis. Will my kids get it?",
])
def test_will_i_get_it_makes_a_relatives_troubles_family_history(engine: Engine,
                                                                 question: str) -> None:
    reading = engine.interpret(question)
    assert reading.family_findings
    assert not reading.own


def test_a_relatives_troubles_told_without_a_question_stay_theirs(engine: Engine) -> None:
    # No question of the asker's own risk: the father is the one asked about.
    reading = engine.interpret("My dad is 50 and has started making jerky movements he can't "
                               "control and his memory is going.")
    assert reading.own
    assert not reading.family_findings


@pytest.mark.parametrize(("question", "term"), [
    ("I have yellow lumps on my tendons. My dad had bypass surgery on his heart at 42.",
     CORONARY),
    ("I get chest pain. My father had a triple bypass at 50.", CORONARY),
])
def test_a_relatives_treatment_says_their_condition(engine: Engine, question: str,
                                                    term: str) -> None:
    reading = engine.interpret(question)
    assert any(term in f.ids for f in reading.family_findings)
    assert not any(term in f.ids for f in reading.own)


def test_a_gastric_bypass_is_no_coronary_disease(engine: Engine) -> None:
    reading = engine.interpret("I had a gastric bypass and now I have diarrhoea.")
    assert not any(CORONARY in f.ids for f in reading.findings)


@pytest.mark.parametrize("question", [
    "My brother had a defibrillator fitted at 28. I get chest pain.",
    "My dad had a pacemaker fitted last year and I get dizzy spells.",
    "My grandad was fitted with a pacemaker. I faint sometimes.",
])
def test_a_device_fitted_is_no_fit(engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    assert not any("HP:0001250" in f.ids for f in (*reading.findings, *reading.family_findings))


def test_a_child_who_fitted_still_had_a_seizure(engine: Engine) -> None:
    reading = engine.interpret("My son fitted for five minutes.")
    assert any("HP:0001250" in f.ids for f in reading.findings)
