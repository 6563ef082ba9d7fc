"""Body-site questions in everyday words (h-reader66, issue 14): a position word inside a
finding's own phrase narrows it to HPO's located child ("an ache behind my knee": Pain at the
posterior aspect of the knee); the spine is felt through the back ("pain at the bottom of my
spine": Low back pain); a site phrase is read whichever determiner it is said with ("the side
of your back"); the tips of the fingers are the fingers; a finding said "there" is at the site
named before it; curated clinicians' shorthand is read in lower case when it is no English
word ("lbp"), never "sob"."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import parse_body_sites

from .readings import present_ids

PAIN_BEHIND_KNEE = "HP:6001145"  # Pain at the posterior aspect of the knee
KNEE_PAIN = "HP:0030839"
BACK_PAIN = "HP:0003418"
LOW_BACK_PAIN = "HP:0003419"
PAIN = "HP:0012531"
FLANK_PAIN = "HP:0030157"
HAND_PARESTHESIA = "HP:0033660"
POPLITEAL_CYST = "HP:0032072"
EDEMA = "HP:0000969"
PAIN_AT_BASE_OF_THUMB = "HP:6001127"
HYPERTENSION = "HP:0000822"
DYSPNEA = "HP:0002094"
RECURRENT_UTI = "HP:0000010"


@pytest.mark.parametrize("text", ["an ache behind my knee", "pain behind my knee"])
def test_behind_a_site_is_its_posterior_aspect(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert PAIN_BEHIND_KNEE in ids
    assert KNEE_PAIN not in ids


@pytest.mark.parametrize(("text", "term"), [
    ("pain in my spine", BACK_PAIN),
    ("pain at the bottom of my spine", LOW_BACK_PAIN),
    ("pain at the base of my spine", LOW_BACK_PAIN),
    ("pain in my lower spine", LOW_BACK_PAIN),
])
def test_the_spine_takes_the_backs_terms(engine: Engine, text: str, term: str) -> None:
    ids = present_ids(engine, text)
    assert term in ids
    assert PAIN not in ids


def test_a_sites_own_base_comes_first(engine: Engine) -> None:
    assert PAIN_AT_BASE_OF_THUMB in present_ids(engine, "pain at the base of my thumb")


@pytest.mark.parametrize("text", ["pain in the side of your back",
                                  "pain in the side of their back"])
def test_a_site_phrase_is_read_with_any_determiner(engine: Engine, text: str) -> None:
    assert FLANK_PAIN in present_ids(engine, text)


def test_each_determiner_of_a_site_phrase_is_a_key_of_its_own() -> None:
    raw = {"sites": {"side of my back": ["flank"], "side of the back": ["lateral back"]},
           "circumstances": {}, "sides": {}, "linkers": ["in"], "descriptors": {}}
    sites = parse_body_sites(raw).sites
    assert sites[("side", "of", "your", "back")] == ("flank",)
    # A wording written out keeps its own readings.
    assert sites[("side", "of", "the", "back")] == ("lateral back",)


def test_the_tips_of_the_fingers_are_at_the_fingers(engine: Engine) -> None:
    assert HAND_PARESTHESIA in present_ids(engine, "tingling in the tips of my fingers")


def test_a_finding_there_is_at_the_site_named_before(engine: Engine) -> None:
    ids = present_ids(engine, "an ache behind my knee with a soft swelling there")
    assert POPLITEAL_CYST in ids
    assert EDEMA not in ids


def test_there_is_opens_a_clause_of_its_own(engine: Engine) -> None:
    assert POPLITEAL_CYST not in present_ids(engine, "pain behind my knee and swelling there is")


@pytest.mark.parametrize(("text", "term"), [("htn for years", HYPERTENSION),
                                            ("recurrent utis", RECURRENT_UTI),
                                            ("lbp for 3 weeks", LOW_BACK_PAIN)])
def test_curated_shorthand_is_read_in_lower_case(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_lower_case_shorthand_that_is_an_english_word_is_not_read(engine: Engine) -> None:
    assert DYSPNEA not in present_ids(engine, "she started to sob")
    assert DYSPNEA in present_ids(engine, "SOB on the stairs")


def test_a_pain_said_of_an_unread_growth_takes_its_place(engine: Engine) -> None:
    ids = present_ids(engine, "a painful bony bump just below his kneecap")
    assert KNEE_PAIN in ids
    assert PAIN not in ids


HEMORRHOIDS = "HP:0032551"
PRURITUS = "HP:0000989"


def test_a_word_that_ends_a_longer_site_is_that_sites(engine: Engine) -> None:
    # "bottom" is the end of "the crease of his bottom", no "lump ... bottom" (Hemorrhoids).
    assert HEMORRHOIDS not in present_ids(engine, "a lump in the crease of his bottom")
    assert HEMORRHOIDS in present_ids(engine, "a lump at my bottom")


def test_the_crease_of_the_buttocks_is_kept_as_the_site(engine: Engine) -> None:
    found = [f for f in engine.interpret("itching in the crease of my bum").findings
             if PRURITUS in f.ids]
    assert found and found[0].site == "crease of my bum"
