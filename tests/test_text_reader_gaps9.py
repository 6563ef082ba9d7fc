"""Reader gaps of h-reader16, on the real engine (a sentence and the HPO ids it should or
should not read): a tender or sore testicle hurts; a swimming head is dizziness; an
intention to lose weight is no weight loss; "burning up" before a place is a burning there,
not a fever."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.curated import parse_lay_terms
from whatcauses.text.normalize import FILLER_MARK, tokenize

from .readings import present_ids

TESTICULAR_PAIN, DIZZINESS = "HP:0033839", "HP:0002321"
WEIGHT_LOSS, FEVER = "HP:0001824", "HP:0001945"
REFLUX, CHEST_PAIN = "HP:0002020", "HP:0100749"


@pytest.mark.parametrize("question", ["tender testicle for two days", "my testicle is tender",
                                      "My left testicle is sore.", "my testicles are sore"])
def test_a_tender_or_sore_testicle_is_testicular_pain(engine: Engine, question: str) -> None:
    assert TESTICULAR_PAIN in present_ids(engine, question)


@pytest.mark.parametrize("question", ["my head swims when I stand up",
                                      "My head is swimming all day."])
def test_a_swimming_head_is_dizziness(engine: Engine, question: str) -> None:
    assert DIZZINESS in present_ids(engine, question)


@pytest.mark.parametrize("question", ["I'm trying to lose weight.",
                                      "I want to lose weight for my wedding.",
                                      "I'm on a diet to lose weight.",
                                      "I need to lose weight."])
def test_an_intention_to_lose_weight_is_no_weight_loss(engine: Engine, question: str) -> None:
    assert WEIGHT_LOSS not in present_ids(engine, question)


@pytest.mark.parametrize("question", ["I've been losing weight.", "I lost weight without trying."])
def test_weight_lost_stays_weight_loss(engine: Engine, question: str) -> None:
    assert WEIGHT_LOSS in present_ids(engine, question)


@pytest.mark.parametrize("question", ["burning up behind my breastbone after dinner",
                                      "it's burning up in my chest"])
def test_burning_up_before_a_place_is_a_burning_there(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert {REFLUX, CHEST_PAIN} <= found and FEVER not in found


@pytest.mark.parametrize("question", ["I'm burning up and shivering.", "burning up at night",
                                      "she was burning up in the night"])
def test_burning_up_without_a_place_stays_fever(engine: Engine, question: str) -> None:
    assert FEVER in present_ids(engine, question)


def test_only_up_before_a_place_becomes_a_filler() -> None:
    at_site = tokenize("burning up behind my breastbone")
    assert at_site[1].stem == FILLER_MARK
    assert tokenize("burning up at night")[1].stem != FILLER_MARK


def test_a_wording_of_no_finding_has_no_ids_and_only_it() -> None:
    terms = parse_lay_terms([{"phrase": "trying to lose weight", "hpo": [], "kind": "none"}])
    assert terms[0].hpo == () and terms[0].kind == "none"
    with pytest.raises(DataError):
        parse_lay_terms([{"phrase": "lose weight", "hpo": [], "kind": "finding"}])
    with pytest.raises(DataError):
        parse_lay_terms([{"phrase": "lose weight", "hpo": ["HP:0001824"], "kind": "none"}])
