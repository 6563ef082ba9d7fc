"""Body-site questions in everyday words, round two (h-reader68, issue 14): "bottom" and
"backside" said as a body part are the anus and buttocks, "the bottom of" a part stays a part;
a pain said of a lump read as a finding of its own is at the lump's place, a pain of blisters
is not; a pain joined by "and" to a finding at a site of several words shares that whole
site."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

PAIN = "HP:0012531"
PRURITUS = "HP:0000989"
ANAL_PAIN = "HP:0500005"
BUTTOCK_PAIN = "HP:0034805"
FOOT_PAIN = "HP:0025238"
BACK_PAIN = "HP:0003418"
KNEE_PAIN = "HP:0030839"
THREADWORMS = "MONDO:0005746"


def _sites(engine: Engine, text: str, term: str) -> list[str | None]:
    return [f.site for f in engine.interpret(text).findings if term in f.ids]


@pytest.mark.parametrize("text", ["my son has an itchy bottom at night",
                                  "she keeps scratching her bottom"])
def test_an_itch_of_the_bottom_keeps_its_site(engine: Engine, text: str) -> None:
    assert _sites(engine, text, PRURITUS) == ["bottom"]


def test_an_itchy_bottom_at_night_lifts_the_profile_that_names_it(engine: Engine) -> None:
    question = "my 5 year old keeps scratching her bottom at night, she says it is really itchy"
    assert answer_rank(engine, question, THREADWORMS) == 0


@pytest.mark.parametrize("text", ["pain in my bottom", "my backside hurts",
                                  "it hurts my bottom when I poo"])
def test_pain_in_the_bottom_is_at_the_anus(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert ANAL_PAIN in ids
    assert PAIN not in ids


def test_pain_in_the_bottom_may_be_the_buttocks_too(engine: Engine) -> None:
    assert BUTTOCK_PAIN in present_ids(engine, "pain in my bottom")


@pytest.mark.parametrize("text", ["sharp pain in the bottom of my heel",
                                  "the bottom of my foot hurts"])
def test_the_bottom_of_a_part_is_that_part(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert FOOT_PAIN in ids
    assert not {ANAL_PAIN, BUTTOCK_PAIN} & ids


def test_a_pain_said_of_a_growth_read_is_at_its_place(engine: Engine) -> None:
    ids = present_ids(engine, "a painful hard lump on my knee")
    assert KNEE_PAIN in ids
    assert PAIN not in ids
    # The lump is still read as a finding of its own.
    assert "HP:0200036" in ids  # Skin nodule


def test_a_pain_of_blisters_takes_no_deep_site(engine: Engine) -> None:
    ids = present_ids(engine, "painful band of blisters on one side of my back")
    assert BACK_PAIN not in ids


def test_a_pain_joined_to_a_finding_shares_its_whole_site(engine: Engine) -> None:
    text = "pain and swelling at the top of the crease between my buttocks"
    assert _sites(engine, text, PAIN) == ["crease between my buttocks"]
    assert BUTTOCK_PAIN not in present_ids(engine, text)
