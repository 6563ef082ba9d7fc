"""Reader work of h-common5 (issues 12/13), on the real engine and through the CLI: everyday
complaints read as their findings so the common causes come back: thick yellow nails stay
yellow nails (a nail's texture says nothing against its colour; thick yellow skin stays a
callus, not jaundice), crumbly toenails are crumbly nails, a band squeezing the head is the
band-like headache, worry about everything is anxiety, pain over the cheekbones is facial
pain."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import cli_interpretation, present_ids

YELLOW_NAILS, NAIL_DYSTROPHY, JAUNDICE = "HP:0011367", "HP:0008404", "HP:0000952"
TENSION_HEADACHE, HEADACHE, ANXIETY = "HP:0012228", "HP:0002315", "HP:0000739"
JAW_PAIN, HEAD_NECK_PAIN, MYALGIA = "HP:0040264", "HP:0046506", "HP:0003326"
ONYCHOMYCOSIS_PROFILE = "MONDO:0001628"


def test_thick_yellow_crumbly_toenails_are_yellow_and_dystrophic(engine: Engine) -> None:
    present = present_ids(engine, "thick yellow crumbly toenails")
    assert {YELLOW_NAILS, NAIL_DYSTROPHY} <= present
    answer = engine.ask("thick yellow crumbly toenails", top=3)
    assert answer.ranking.candidates[0].id == ONYCHOMYCOSIS_PROFILE


@pytest.mark.parametrize("question", ["thick yellow nails", "thick yellow toenails"])
def test_a_texture_word_keeps_the_yellow_of_nails(engine: Engine, question: str) -> None:
    assert YELLOW_NAILS in present_ids(engine, question)


def test_thick_yellow_skin_is_still_no_jaundice(engine: Engine) -> None:
    assert JAUNDICE not in present_ids(engine, "thick yellow hard skin on my heels")


@pytest.mark.parametrize("question", ["my head feels like a tight band is squeezing it",
                                      "pressure like a band around my forehead"])
def test_a_band_squeezing_the_head_is_the_band_like_headache(engine: Engine,
                                                             question: str) -> None:
    assert {TENSION_HEADACHE, HEADACHE} <= present_ids(engine, question)


def test_worry_about_everything_is_anxiety_and_its_negation_excludes_it(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ANXIETY in present_ids(engine, "worrying about everything all the time")
    interpretation = cli_interpretation(engine, monkeypatch,
                                        "I'm not worrying about everything")
    assert ANXIETY in {i for f in interpretation["findings"] if f["negated"]
                       for i in f["ids"]}


def test_pain_over_the_cheekbones_is_facial_pain(engine: Engine) -> None:
    present = present_ids(engine, "pain over my cheekbones and a blocked nose")
    assert {JAW_PAIN, HEAD_NECK_PAIN} <= present and MYALGIA not in present
