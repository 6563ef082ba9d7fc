"""The Dupuytren contracture profile and the words added with it (h-profiles23), on the real
engine: a finger that stays bent and cannot be straightened reads as Flexion contracture of
finger, a lump in the palm as Subcutaneous nodule; a typical question ranks the profile (merged
with its phenotype.hpoa twin OMIM:126900) near the top, and a lump elsewhere under the skin
does not put it first (the profile leaves Subcutaneous nodule out: HPO has no palm nodule term,
and a common condition matching every lump led the ranking for lumps on the shoulder)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

FINGER_CONTRACTURE, SUBCUTANEOUS_NODULE = "HP:0012785", "HP:0001482"
DUPUYTREN = {"MONDO:0007476", "OMIM:126900"}


@pytest.mark.parametrize("question", ["my little finger will not straighten",
                                      "I cannot straighten my little finger",
                                      "two of my fingers stay bent",
                                      "my finger has curled into my palm"])
def test_a_finger_that_stays_bent_is_a_flexion_contracture(engine: Engine,
                                                           question: str) -> None:
    assert FINGER_CONTRACTURE in present_ids(engine, question)


@pytest.mark.parametrize("question", ["a hard lump in my palm", "firm knots in the palm"])
def test_a_lump_in_the_palm_is_a_subcutaneous_nodule(engine: Engine, question: str) -> None:
    assert SUBCUTANEOUS_NODULE in present_ids(engine, question)


def _ids(engine: Engine, question: str) -> list[set[str]]:
    return [set(c.ids) | {c.id} for c in engine.ask(question, top=10).ranking.candidates]


def test_bent_fingers_in_an_older_man_rank_dupuytren_first(engine: Engine) -> None:
    ranked = _ids(engine, "I'm a 66 year old man and two of my fingers stay bent, "
                          "I cannot straighten them any more")
    assert ranked and ranked[0] & DUPUYTREN


def test_a_lump_under_the_skin_of_the_shoulder_does_not_lead_with_dupuytren(
        engine: Engine) -> None:
    ranked = _ids(engine, "a soft lump under the skin on my shoulder that moves when I push it")
    assert not (ranked and ranked[0] & DUPUYTREN)
