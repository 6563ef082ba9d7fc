"""Comparatives of a part that changed (lead, issue 14, s17): "my hair is getting thinner",
"my periods are getting heavier" read as the adjective's finding when no phrase names the
comparative itself; a phrase that does ("my mole is getting bigger": a changing mole) keeps
its own meaning, and "a dark spot" never reads as a spot that got darker."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text.lexicon import comparative_base
from whatcauses.text.normalize import COMPARATIVES, phrase_key

from .readings import present_ids

SPARSE_SCALP_HAIR = "HP:0002209"
MENORRHAGIA = "HP:0000132"
DARK_URINE = "HP:0040319"
LOWER_LIMB_WEAKNESS = "HP:0007340"
HAND_MUSCLE_WEAKNESS = "HP:0030237"
NEVUS = "HP:0003764"
ATYPICAL_NEVUS = "HP:0001062"
LIP_FRECKLE = "HP:0010798"


@pytest.mark.parametrize(("text", "term"), [
    ("my hair is getting thinner", SPARSE_SCALP_HAIR),
    ("my periods are getting heavier", MENORRHAGIA),
    ("my pee is darker than usual", DARK_URINE),
    ("my legs are getting weaker", LOWER_LIMB_WEAKNESS),
    ("over the past year my hands have slowly got weaker", HAND_MUSCLE_WEAKNESS),
])
def test_a_comparative_reads_as_its_adjective(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_a_phrase_naming_the_change_keeps_its_meaning(engine: Engine) -> None:
    assert {NEVUS, ATYPICAL_NEVUS} <= present_ids(engine, "my mole is getting bigger")


def test_an_adjective_is_no_change(engine: Engine) -> None:
    found = present_ids(engine, "he has dark freckles on his lips")
    assert LIP_FRECKLE in found
    assert ATYPICAL_NEVUS not in found


def test_a_key_without_comparatives_has_no_base() -> None:
    assert comparative_base(phrase_key("thin hair")) is None
    assert comparative_base(phrase_key("no longer walking")) is None


@given(st.lists(st.sampled_from(sorted(COMPARATIVES)), min_size=1, max_size=3),
       st.sampled_from(["neck", "hair", "legs", "urine"]))
def test_the_base_key_is_the_key_of_the_adjectives(words: list[str], noun: str) -> None:
    compared = phrase_key(" ".join([noun, *words]))
    plain = phrase_key(" ".join([noun, *(COMPARATIVES[w] for w in words)]))
    assert comparative_base(compared) == plain
