"""Site composition, h-sites15 (issue 14): a side said after a lay phrase that holds its own
site keeps that site; a descriptor stacked before another shares its site ("thin weak
muscles in both hands"); a part turned in is inverted; "the right hand side" names no hand;
a disease whose curated texts place the question's finding at other sites only weighs less."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import named_sites
from whatcauses.rank.sites import placed_elsewhere

from .readings import present_ids, site_of

HAND_MUSCLE_ATROPHY = "HP:0009130"
SKELETAL_MUSCLE_ATROPHY = "HP:0003202"
PROXIMAL_LOWER_LIMB_AMYOTROPHY = "HP:0008956"
INVERTED_NIPPLES = "HP:0003186"
SUBMANDIBULAR = "HP:0410013"
CARPAL_TUNNEL = "MONDO:0007275"
MERALGIA = "MONDO:0023757"


def test_a_side_after_a_phrase_keeps_the_phrase_site(engine: Engine) -> None:
    text = "a swelling under my jaw on one side that comes up when I eat"
    site = site_of(engine, text, SUBMANDIBULAR)
    assert site is not None and "jaw" in site and "one side" in site


def test_a_stacked_descriptor_shares_the_next_ones_site(engine: Engine) -> None:
    ids = present_ids(engine, "thin weak muscles in both hands")
    assert HAND_MUSCLE_ATROPHY in ids
    assert SKELETAL_MUSCLE_ATROPHY not in ids
    assert PROXIMAL_LOWER_LIMB_AMYOTROPHY in present_ids(engine, "thin, weak muscles in my thighs")


def test_a_stacked_descriptor_with_no_term_there_keeps_the_site(engine: Engine) -> None:
    reading = engine.interpret("red itchy skin on my elbows")
    red = next(f for f in reading.findings if f.text == "red")
    assert red.site is not None and "elbows" in red.site


def test_a_nipple_turned_in_is_inverted(engine: Engine) -> None:
    for text in ("my nipple has turned in", "the nipple on that side has turned in",
                 "a nipple that is pulled in"):
        assert INVERTED_NIPPLES in present_ids(engine, text), text


def test_the_right_hand_side_names_no_hand() -> None:
    keys = named_sites("pain low down on the right hand side of my tummy", body_sites())
    assert not any(k.startswith("hand") for k in keys)
    assert any(k.startswith("hand") for k in named_sites("pain in my right hand", body_sites()))


def test_the_breast_bone_is_the_sternum(engine: Engine) -> None:
    reading = engine.interpret("burning up behind my breast bone when I bend over")
    assert any(f.site == "breast bone" for f in reading.findings)


def test_a_finding_placed_elsewhere_only_weighs_less(engine: Engine) -> None:
    text = "numb patch on the outer part of my thigh"
    reading = engine.interpret(f"a burning {text}")
    numb = next(f for f in reading.findings if "numb" in f.text)
    located = [(numb.ids, {"proximal lower limb|proximal|thigh|lower limb": "thigh"}, text,
                numb.labels)]
    away = placed_elsewhere(engine.knowledge, located)
    assert CARPAL_TUNNEL in away  # "tingling, numbness and pain in the thumb, index ..."
    assert MERALGIA not in away


def test_a_site_a_text_places_the_finding_at_too_leaves_it(engine: Engine) -> None:
    # The legs hold the feet: a neuropathy of the feet and legs is not elsewhere.
    text = "numbness in both feet"
    reading = engine.interpret(text)
    numb = reading.findings[0]
    located = [(numb.ids, {"foot|feet|distal lower limb|distal": "feet"}, text, numb.labels)]
    away = placed_elsewhere(engine.knowledge, located)
    assert "MONDO:0001583" not in away  # diabetic peripheral neuropathy
    assert CARPAL_TUNNEL in away
