"""Skin lesions told in lay words (h-reader69, issue 14), on the real engine: a dark, black or
brown spot, mark or freckle is a pigmented lesion (a mole or a dark macule); such a lesion
said to grow, get bigger or darker, or change is a changing mole or a skin growth; a scab or
sore that won't heal is a skin ulcer or poor healing; a pearly lump is a skin nodule. A site
that only places the lesion says nothing of the part's own size ("a dark spot on my arm has
got bigger" is no bigger arm)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

MELANOCYTIC_NEVUS, HYPERMELANOTIC_MACULE = "HP:0000995", "HP:0001034"
ATYPICAL_NEVUS, SKIN_NEOPLASM = "HP:0001062", "HP:0008069"
SKIN_ULCER, SKIN_NODULE = "HP:0200042", "HP:0200036"
UPPER_LIMB_HYPERTROPHY = "HP:0010484"
MELANOMA = "MONDO:0005012"


@pytest.mark.parametrize("question", ["a dark spot on my cheek", "I found a black mark on my foot",
                                      "there is a brown spot on my back"])
def test_a_dark_spot_is_a_pigmented_lesion(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert {MELANOCYTIC_NEVUS, HYPERMELANOTIC_MACULE} <= read


@pytest.mark.parametrize("question", ["a patch on my shoulder keeps growing",
                                      "the freckle on my leg has gone darker",
                                      "this spot has changed shape"])
def test_a_growing_or_changing_spot_is_a_changing_lesion(engine: Engine,
                                                         question: str) -> None:
    read = present_ids(engine, question)
    assert {ATYPICAL_NEVUS, SKIN_NEOPLASM} <= read


def test_a_spot_placed_on_the_arm_grows_not_the_arm(engine: Engine) -> None:
    question = "a dark spot on my arm has got bigger and itches"
    read = present_ids(engine, question)
    assert UPPER_LIMB_HYPERTROPHY not in read
    assert ATYPICAL_NEVUS in read
    assert answer_rank(engine, question, MELANOMA) < 3


def test_an_arm_that_grew_is_still_a_bigger_arm(engine: Engine) -> None:
    assert UPPER_LIMB_HYPERTROPHY in present_ids(engine, "my arm has got bigger")


def test_a_scab_that_will_not_heal_is_an_ulcer(engine: Engine) -> None:
    assert SKIN_ULCER in present_ids(engine, "I have a scab that won't heal")


def test_a_pearly_lump_is_a_skin_nodule(engine: Engine) -> None:
    assert SKIN_NODULE in present_ids(engine, "a pearly lump on my nose")
