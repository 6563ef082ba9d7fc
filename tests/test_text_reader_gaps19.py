"""Reader gaps of h-reader65, on the real engine: a relative clause right after a growth is
said of the growth ("my nose has a spot that bleeds" is no nosebleed), pain said of it still
places the pain ("my knee has a spot that hurts"); a baby or child "not drinking" feeds poorly,
an adult's "I don't drink" is no finding; a finding spread "across" a site keeps the site."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

EPISTAXIS, KNEE_PAIN, BACK_PAIN = "HP:0000421", "HP:0030839", "HP:0003418"
FEEDING_DIFFICULTIES, ABNORMAL_BLEEDING = "HP:0011968", "HP:0001892"


@pytest.mark.parametrize("question", ["my nose has a spot that bleeds",
                                      "my nose has a sore which bleeds",
                                      "her nose has a lump that bleeds"])
def test_a_growth_said_after_the_nose_bleeds_not_the_nose(engine: Engine,
                                                          question: str) -> None:
    read = present_ids(engine, question)
    assert EPISTAXIS not in read
    assert ABNORMAL_BLEEDING in read


def test_a_nosebleed_stays_one(engine: Engine) -> None:
    assert EPISTAXIS in present_ids(engine, "my nose bleeds every week")


def test_pain_of_a_spot_is_the_place_s_pain(engine: Engine) -> None:
    assert KNEE_PAIN in present_ids(engine, "my knee has a spot that hurts")


@pytest.mark.parametrize("question", ["my baby is not drinking",
                                      "my 2 year old won't drink",
                                      "my toddler has a fever and isn't drinking"])
def test_a_child_not_drinking_feeds_poorly(engine: Engine, question: str) -> None:
    assert FEEDING_DIFFICULTIES in present_ids(engine, question)


@pytest.mark.parametrize("question", ["I don't drink", "I don't drink or smoke",
                                      "my dad is not drinking"])
def test_an_adult_not_drinking_is_no_finding(engine: Engine, question: str) -> None:
    assert FEEDING_DIFFICULTIES not in present_ids(engine, question)


@pytest.mark.parametrize("question", ["burning pain across my upper back",
                                      "pain in my upper back"])
def test_pain_across_the_upper_back_is_back_pain(engine: Engine, question: str) -> None:
    assert BACK_PAIN in present_ids(engine, question)
