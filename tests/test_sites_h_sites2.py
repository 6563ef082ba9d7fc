"""Body-site questions (h-sites2, issue 14): a "tender" place is pain there; the side of the
hip is its outside and the side below the ribs the flank; and a site the reader composed into
a term that does not name it ("an ache at the back of my heel": Foot pain) still weighs the
condition profiles whose summary names it (rank/sites.py ``unsaid_sites``)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.sites import unsaid_sites

from .readings import answer_rank, present_ids

SHOULDER_PAIN = "HP:0030834"
KNEE_PAIN = "HP:0030839"
TROCHANTERIC_PAIN = "HP:6001158"
FLANK_PAIN = "HP:0030157"
CHEST_PAIN = "HP:0100749"
NECK_PAIN = "HP:0030833"
ANTERIOR_NECK_SWELLING = "HP:6000176"
SIALOLITHIASIS = "MONDO:0006970"
BURSITIS = "MONDO:0002471"
KIDNEY_STONES = "MONDO:0008171"


@pytest.mark.parametrize(("text", "term"), [
    ("a tender spot over the top of my shoulder when I lift my arm", SHOULDER_PAIN),
    ("a tender area over my kneecap", KNEE_PAIN),
    ("my knee is tender", KNEE_PAIN),
])
def test_a_tender_place_is_pain_there(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_painful_tender_still_describes_the_swelling_after_it(engine: Engine) -> None:
    ids = present_ids(engine, "a painful tender swelling at the front of my neck")
    assert {NECK_PAIN, ANTERIOR_NECK_SWELLING} <= ids


def test_the_side_of_the_hip_is_its_outside(engine: Engine) -> None:
    assert TROCHANTERIC_PAIN in present_ids(
        engine, "pain on the side of my hip when I lie on it at night")
    assert answer_rank(engine, "pain on the side of my hip when I lie on it at night",
                       BURSITIS) < 3


def test_the_side_below_the_ribs_is_the_flank(engine: Engine) -> None:
    text = "pain in my side below the ribs that comes in waves and goes down to my groin"
    ids = present_ids(engine, text)
    assert FLANK_PAIN in ids and CHEST_PAIN not in ids
    assert answer_rank(engine, text, KIDNEY_STONES) < 3


def test_the_first_site_a_general_term_leaves_out_is_kept() -> None:
    assert unsaid_sites("ache at the back of my heel", ["Foot pain"]) == {
        "heel|calcaneal": "heel"}
    assert set(unsaid_sites("pain under my right ribs", ["Abdominal pain"])) == {"rib|thoracic"}


def test_no_site_when_the_term_names_it_or_it_comes_later() -> None:
    # The term's own wordings name it (a synonym counts: Ptosis, "Drooping upper eyelid").
    assert unsaid_sites("my scalp is tender", ["Scalp tenderness"]) == {}
    assert unsaid_sites("eyelids have been drooping", ["Ptosis", "Drooping upper eyelid"]) == {}
    # A later site is where the finding spreads, not where it is.
    assert unsaid_sites("pain in my chest spreading to my left arm", ["Chest pain"]) == {}


def test_a_composed_site_weighs_the_profiles_naming_it(engine: Engine) -> None:
    answer = engine.ask("swelling under my jaw that comes up when I eat", top=10)
    top = {c.id: c for c in answer.ranking.candidates[:3]}
    assert SIALOLITHIASIS in top
    # The jaw's key is its readings (body_sites.yaml: "jaw", then the trigeminal nerve's).
    assert [fit.site for fit in top[SIALOLITHIASIS].site_fits] == ["jaw"]
    assert [fit.key.split("|")[0] for fit in top[SIALOLITHIASIS].site_fits] == ["jaw"]


FROZEN_SHOULDER = "MONDO:0006763"
APPENDICITIS = "MONDO:0005649"
LIMITED_SHOULDER_MOVEMENT = "HP:0006467"


def test_a_shoulder_getting_stiffer_that_cannot_reach_behind_the_back(engine: Engine) -> None:
    text = "my shoulder has got stiffer and stiffer for months and I can't reach behind my back"
    assert LIMITED_SHOULDER_MOVEMENT in present_ids(engine, text)
    assert answer_rank(engine, text, FROZEN_SHOULDER) < 3


def test_a_quadrant_in_a_later_clause_is_the_abdominal_pains(engine: Engine) -> None:
    text = "pain that started around my belly button and moved to the lower right of my tummy"
    answer = engine.ask(text, top=10)
    found = next(c for c in answer.ranking.candidates if APPENDICITIS in {c.id, *c.ids})
    assert found.rank <= 3
    assert any(fit.key == "abdomen lower right" for fit in found.site_fits)
