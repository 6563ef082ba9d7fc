"""Sites said in everyday ways (h-sites7, issue 14): a site of two words is never read as
something else ("ear canal": no canal one swam in); the look of a finding between it and its
place ("a rash with a raised edge on my arm") leaves the place the finding's; a junction of
two sites ("where my ribs meet my breastbone") names both; skin gone brown at a site is
Hyperpigmentation of the skin, and "and my legs" after a colour starts a new subject; a side
said with no site ("weakness down my right side") is a side of the body (Hemiparesis)."""

from __future__ import annotations

from typing import Any

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, cli_interpretation, present_ids

PRURITUS = "HP:0000989"
EAR_PAIN = "HP:0030766"
CHEST_PAIN = "HP:0100749"
NECK_PAIN = "HP:0030833"
SHOULDER_PAIN = "HP:0030834"
HYPERPIGMENTATION = "HP:0000953"
LOWER_LIMB_PAIN = "HP:0012514"
RAYNAUD = "HP:0030880"
TINEA = "MONDO:0004678"
VENOUS_INSUFFICIENCY = "MONDO:0000492"
HEMIPARESIS = "HP:0001269"


def _sites(interpretation: dict[str, Any]) -> dict[str, str | None]:
    """Each finding's (or OR-group's) text and the site kept beside it."""
    return {f["text"]: f.get("site")
            for f in [*interpretation["findings"], *interpretation.get("or_groups", [])]}


@pytest.mark.parametrize("text", [
    "my ear canal is itchy",
    "itchy ear canal",
    "pain deep in my ear canal",
])
def test_the_ear_canal_is_a_site_not_an_exposure(engine: Engine, text: str) -> None:
    interpretation = engine.interpret(text)
    assert not [x for x in interpretation.exposures if x.key == "fresh-water"]
    assert present_ids(engine, text) & {PRURITUS, EAR_PAIN}


def test_a_canal_one_swam_in_is_still_an_exposure(engine: Engine) -> None:
    interpretation = engine.interpret("I swam in a canal and now have a fever")
    assert [x for x in interpretation.exposures if x.key == "fresh-water"]


def test_the_ear_canal_is_kept_as_the_site(engine: Engine,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    sites = _sites(cli_interpretation(engine, monkeypatch, "my ear canal is itchy"))
    assert any(site and "ear canal" in site for site in sites.values())


@pytest.mark.parametrize(("text", "site"), [
    ("a rash with a raised edge on my arm", "arm"),
    ("a red rash with scaly edges on my chest", "chest"),
    ("an itchy red rash with a raised edge in my groin and on my inner thighs", "groin"),
])
def test_the_look_of_a_finding_leaves_its_place(engine: Engine,
                                                monkeypatch: pytest.MonkeyPatch,
                                                text: str, site: str) -> None:
    sites = _sites(cli_interpretation(engine, monkeypatch, text))
    assert any(s and site in s for s in sites.values()), sites


def test_a_finding_said_with_another_is_no_look(engine: Engine,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # "with swelling": a finding of its own takes the knee, not the pain.
    sites = _sites(cli_interpretation(engine, monkeypatch, "pain with swelling in my knee"))
    assert sites.get("pain") is None


def test_a_groin_rash_with_a_raised_edge_lifts_tinea(engine: Engine) -> None:
    assert answer_rank(engine, "an itchy red rash with a raised edge in my groin and on my "
                               "inner thighs", TINEA) < 10


@pytest.mark.parametrize(("text", "wanted"), [
    ("pain where my ribs meet my breastbone", {CHEST_PAIN}),
    ("a sore spot where my neck meets my shoulder", {NECK_PAIN, SHOULDER_PAIN}),
])
def test_a_junction_of_two_sites_names_both(engine: Engine, text: str,
                                            wanted: set[str]) -> None:
    assert wanted <= present_ids(engine, text)


@pytest.mark.parametrize("text", [
    "the skin around both my ankles has gone brown",
    "brown skin on my shins",
    "my feet have gone brown",
])
def test_skin_gone_brown_is_hyperpigmentation(engine: Engine, text: str) -> None:
    assert HYPERPIGMENTATION in present_ids(engine, text)


def test_and_my_after_a_colour_starts_a_new_subject(engine: Engine,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    text = "the skin around my ankles has gone brown and my legs feel heavy"
    ids = present_ids(engine, text)
    assert {HYPERPIGMENTATION, LOWER_LIMB_PAIN} <= ids
    sites = _sites(cli_interpretation(engine, monkeypatch, text))
    brown = next(t for t in sites if "brown" in t)
    assert sites[brown] == "ankles"
    assert RAYNAUD in present_ids(engine, "my fingers go white and my toes hurt")


def test_brown_ankles_and_heavy_legs_lift_venous_insufficiency(engine: Engine) -> None:
    assert answer_rank(engine, "the skin around both my ankles has gone brown and my legs "
                               "feel heavy by the evening", VENOUS_INSUFFICIENCY) < 3


@pytest.mark.parametrize("text", [
    "weakness on the right side",
    "weakness down my right side",
    "my left side is weak",
])
def test_a_side_with_no_site_is_a_side_of_the_body(engine: Engine, text: str) -> None:
    assert HEMIPARESIS in present_ids(engine, text)


def test_a_side_of_a_site_is_that_site_s_side(engine: Engine) -> None:
    ids = present_ids(engine, "weakness on the right side of my face")
    assert HEMIPARESIS not in ids
