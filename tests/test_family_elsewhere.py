"""A relative's condition beside the asker's findings in another organ (h-family11, issue 14):
a relative's common condition lifts the inherited diseases that show one of the asker's
findings by its ratio up to a bound, not the tempered lift, when the condition itself does not
fit them (rank/ranker.py, Ranker._relatives_elsewhere); relatives counted before "of my"
("two of my mum's brothers") are the subject; a relative of a relative ("my mum's brother")
fits their own modes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.family_findings import common_condition_rows, named_disease_rows

from .readings import answer_rank

A1AT_DEFICIENCY = "OMIM:613490"
EMPHYSEMA = ("My father got emphysema in his forties and he never smoked. I'm 28, my eyes and "
             "skin have gone yellow and the doctor says my liver is enlarged.")


def _relative(engine: Engine, question: str, text: str):  # type: ignore[no-untyped-def]
    found = [f for f in engine.interpret(question).family_findings if f.text == text]
    assert found, f"{text!r} not read as a relative's"
    return found[0]


def _elsewhere(engine: Engine, question: str, text: str):  # type: ignore[no-untyped-def]
    """The ranker's elsewhere mask for the relative's finding ``text`` of ``question``."""
    ranker = engine.ranker
    onto = engine.knowledge.ontology
    interpretation = engine.interpret(question)
    finding = _relative(engine, question, text)
    own = [onto.index(f.ids[0]) for f in interpretation.own if not f.negated]
    named = ranker._named_conditions(finding.relative_named)
    rows = named_disease_rows(engine.knowledge, named, ranker._twin_group) if named else []
    plain = bool(named) and not bool(ranker._mendelian[rows].any())
    return ranker._relatives_elsewhere(onto.index(finding.ids[0]), plain, own, rows)


def test_relatives_emphysema_beside_the_askers_jaundice_lifts_a1at_deficiency(
        engine: Engine) -> None:
    mask = _elsewhere(engine, EMPHYSEMA, "emphysema")
    assert mask is not None
    assert mask[engine.knowledge.disease_ids_index[A1AT_DEFICIENCY]]
    assert answer_rank(engine, EMPHYSEMA, A1AT_DEFICIENCY) == 0


def test_relatives_condition_that_fits_the_askers_findings_stays_tempered(
        engine: Engine) -> None:
    """The asker's own findings are the relative's condition's (a sister's coeliac disease,
    the asker's bloating and diarrhoea): every disease takes the tempered lift (h-family10)."""
    question = "my sister has coeliac disease and I get bloating and diarrhoea"
    assert _elsewhere(engine, question, "coeliac disease") is None


def test_a_parent_term_of_the_askers_finding_fits_the_relatives_condition(
        engine: Engine) -> None:
    """A father's heart attack beside the asker's angina on the stairs: the heart attack's
    chest pain fits angina, so no rare disease that lists a heart attack is lifted past
    stable angina."""
    question = ("Heart disease runs in my family, my father had a heart attack at 50, and I "
                "get chest tightness when I climb stairs.")
    assert _elsewhere(engine, question, "heart attack") is None


def test_switched_off_the_relatives_condition_stays_tempered(engine: Engine) -> None:
    parameters = replace(engine.ranker.parameters, question_relative_elsewhere_lift=1.0)
    tempered = Engine(engine.knowledge, parameters)
    assert answer_rank(tempered, EMPHYSEMA, A1AT_DEFICIENCY) > 0


def test_common_condition_rows_of_a_relatives_bowel_cancer(engine: Engine) -> None:
    k = engine.knowledge
    term = k.ontology.index("HP:0003003")  # Colon cancer
    rows = common_condition_rows(k, engine.ranker._common_records, term)
    assert k.disease_ids_index["MONDO:0005575"] in rows  # the bowel cancer profile


@pytest.mark.parametrize(("question", "relative"), [
    ("Two of my mum's brothers went deaf in their twenties and my pee has blood in it.",
     "brothers"),
    ("Both of my sisters have asthma and I get wheezy.", "sisters"),
])
def test_relatives_counted_before_of_are_the_subject(engine: Engine, question: str,
                                                     relative: str) -> None:
    interpretation = engine.interpret(question)
    assert [f.relative for f in interpretation.family_findings] == [relative]


def test_liked_to_counted_relatives_stays_the_askers(engine: Engine) -> None:
    interpretation = engine.interpret("I have asthma like both of my sisters.")
    assert not interpretation.family_findings
    assert any(f.ids[0] == "HP:0002099" for f in interpretation.own)


def test_mothers_brother_sharing_the_askers_finding_fits_x_linked_and_mitochondrial(
        engine: Engine) -> None:
    interpretation = engine.interpret(
        "My mum's brother went blind in his twenties. I've lost the middle of my vision.")
    assert set(interpretation.inheritance_modes) == {"HP:0001417", "HP:0001427"}
    assert [e.text for e in interpretation.inheritance] == ["mum's brother"]
