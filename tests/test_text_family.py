"""Family history: from the question's words to inheritance evidence and the ranking.

On the mini fixture (fast): its only mode of inheritance is HP:0000006 Autosomal dominant,
annotated to OMIM:100001 Alpha disease; the reader's family words are the curated ones.
"""

from __future__ import annotations

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.rank.inheritance import FITTING_LR, NOT_FITTING_LR, inheritance_ratios
from whatcauses.text.family import combined_modes

DOMINANT, RECESSIVE, X_LINKED = "HP:0000006", "HP:0000007", "HP:0001417"


def test_fitting_diseases_rise_others_with_a_mode_fall_the_rest_stay(
        mini_knowledge: Knowledge) -> None:
    ratios = inheritance_ratios(mini_knowledge, [DOMINANT])
    assert ratios is not None
    alpha = mini_knowledge.disease_index("OMIM:100001")
    assert ratios[alpha] == FITTING_LR
    others = np.delete(ratios, alpha)
    assert np.all(others == 1.0)  # no inheritance annotation: unaffected
    assert set(np.unique(ratios)) <= {NOT_FITTING_LR, 1.0, FITTING_LR}


def test_no_known_mode_gives_no_ratios(mini_knowledge: Knowledge) -> None:
    assert inheritance_ratios(mini_knowledge, []) is None
    assert inheritance_ratios(mini_knowledge, [RECESSIVE]) is None  # not in the mini release


def test_statements_narrow_each_other_down() -> None:
    assert combined_modes([(RECESSIVE, X_LINKED), (RECESSIVE,)]) == (RECESSIVE,)
    assert combined_modes([(DOMINANT,), (RECESSIVE,)]) == (DOMINANT, RECESSIVE)
    assert combined_modes([]) == ()


@pytest.mark.parametrize("question", [
    "stiff muscles, her father had the same problem",
    "stiff muscles; it runs in the family",
    "stiff muscles and HP:0000006",
])
def test_family_history_is_read_and_shown(mini_engine: Engine, question: str) -> None:
    reading = mini_engine.interpret(question)
    assert reading.inheritance_modes == (DOMINANT,)
    assert not reading.unrecognized
    shown = reading.to_dict()
    evidence = shown["inheritance"][0]
    assert evidence["modes"] == [DOMINANT]
    assert reading.question[slice(*evidence["span"])] == evidence["text"]
    assert shown["inheritance_modes"] == [DOMINANT]


def test_an_affected_relative_is_not_the_person(mini_engine: Engine) -> None:
    reading = mini_engine.interpret("she has stiff muscles and her father had the same")
    assert reading.sex == "female"
    about_father = mini_engine.interpret("my father has stiff muscles")
    assert about_father.sex == "male" and not about_father.inheritance


def test_negated_family_history_is_no_evidence(mini_engine: Engine) -> None:
    reading = mini_engine.interpret("stiff muscles, no family history")
    assert not reading.inheritance and not reading.unrecognized


def test_the_ranking_uses_the_family_history(mini_engine: Engine) -> None:
    def alpha_probability(question: str) -> float:
        ranking = mini_engine.rank_interpretation(mini_engine.interpret(question))
        return next(c.probability for c in ranking.candidates if "OMIM:100001" in c.ids)

    plain = alpha_probability("stiff muscles")
    familial = alpha_probability("stiff muscles; her father had the same")
    assert familial > plain


@pytest.mark.parametrize(("question", "modes"), [
    ("which autosomal recessive disease causes stiff muscles", ("HP:0000007",)),
    ("stiff muscles, is it X-linked?", ("HP:0001417",)),
    ("stiff muscles, autosomal dominant", (DOMINANT,)),
])
def test_a_mode_named_outright_is_evidence(mini_engine: Engine, question: str,
                                           modes: tuple[str, ...]) -> None:
    reading = mini_engine.interpret(question)
    known = tuple(m for m in modes if m in mini_engine.knowledge.ontology)
    assert reading.inheritance_modes == known and not reading.unrecognized
