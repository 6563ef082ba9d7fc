"""Everyday site words (h-sites9, issue 14): "lid" and "eye lid" are the eyelid, and what is red
at an eyelash is red on the eyelid (Eyelid erythema); a position word before "of" ("the bottom
of that finger", "the back of my knee") is a part of the site after it, not a site of its own
(the bottom is no buttock there), in the question's sites and in the profiles' alike."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import named_sites

from .readings import finding_ids, site_of

EYELID_ERYTHEMA = "HP:0040323"
ERYTHEMA = "HP:0010783"
CYST_OF_EYELID = "HP:0010604"


@pytest.mark.parametrize("question", [
    "a sore red pimple at the base of an eyelash on my lower lid",
    "the edges of my eye lids are red and crusty",
    "my upper lid is red",
])
def test_red_at_a_lash_or_lid_is_eyelid_erythema(engine: Engine, question: str) -> None:
    found = finding_ids(engine, question)
    assert EYELID_ERYTHEMA in found and ERYTHEMA not in found


def test_a_lump_on_the_lid_keeps_the_eyelid(engine: Engine) -> None:
    question = "a firm painless lump on my upper lid"
    assert CYST_OF_EYELID in finding_ids(engine, question)
    assert site_of(engine, question, CYST_OF_EYELID) == "lid"


@pytest.mark.parametrize(("text", "part"), [
    ("a lump in my palm at the bottom of that finger", "bottom"),
    ("pain at the back of my knee", "back"),
])
def test_a_position_before_of_is_no_site(text: str, part: str) -> None:
    named = named_sites(text, body_sites())
    assert part not in named.values()
    assert named  # the site after it is still named


def test_a_bottom_said_as_a_body_part_is_still_a_site() -> None:
    assert "bottom" in named_sites("my bottom is itchy", body_sites()).values()
