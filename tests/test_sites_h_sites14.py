"""Site composition, h-sites14 (issue 14): a site said with an organ's finding decides the organ
("a smelly discharge from my ear" is no vaginal discharge); named matter flowing out of a part
is matter from it; a bare noun of matter meets a site said later in its sentence, past words
between commas; a side said inside a phrase that names its own site is kept with that site."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids, site_of

VAGINAL_DISCHARGE = "HP:0034269"
OTITIS_EXTERNA = "HP:0410017"
RHINORRHEA = "HP:0031417"
GINGIVAL_BLEEDING = "HP:0000225"
HEMATOCHEZIA = "HP:0002573"
ABNORMAL_BLEEDING = "HP:0001892"
TINNITUS = "HP:0000360"
CONJUNCTIVITIS = "HP:0000509"


@pytest.mark.parametrize("text", [
    "smelly discharge from the ear",
    "a smelly discharge has been coming out of my left ear for a few days",
    "there's some discharge, yellowish and smelly, that keeps leaking from my ear",
])
def test_an_ear_discharge_is_no_vaginal_discharge(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert OTITIS_EXTERNA in ids
    assert VAGINAL_DISCHARGE not in ids


def test_the_organ_reading_stays_where_no_other_site_is_said(engine: Engine) -> None:
    # The default reading is untouched with no site, or with its own organ's words.
    assert VAGINAL_DISCHARGE in present_ids(engine, "a smelly discharge and itching down there")
    assert VAGINAL_DISCHARGE in present_ids(engine, "smelly discharge from my vagina")


def test_a_discharge_from_the_nose_is_rhinorrhea(engine: Engine) -> None:
    ids = present_ids(engine, "a thick green discharge from my nose for ten days")
    assert RHINORRHEA in ids
    assert VAGINAL_DISCHARGE not in ids


@pytest.mark.parametrize(("text", "term"), [
    ("discharge coming from my eye", CONJUNCTIVITIS),
    ("blood coming out of my bottom", HEMATOCHEZIA),
])
def test_matter_flowing_out_of_a_part_is_from_it(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


@pytest.mark.parametrize(("text", "term"), [
    ("there is bleeding, only a little, from my gums whenever I brush", GINGIVAL_BLEEDING),
    ("some bleeding when I wipe, bright red, coming from my back passage", HEMATOCHEZIA),
])
def test_a_bare_noun_meets_a_site_said_later(engine: Engine, text: str, term: str) -> None:
    ids = present_ids(engine, text)
    assert term in ids
    assert ABNORMAL_BLEEDING not in ids


def test_a_later_word_that_is_no_site_places_nothing(engine: Engine) -> None:
    assert site_of(engine, "bleeding when I walk in the park", ABNORMAL_BLEEDING) is None


@pytest.mark.parametrize(("text", "site"), [
    ("ringing in both ears", "both ears"),
    ("buzzing in one ear", "one ear"),
])
def test_a_side_inside_a_lay_phrase_is_kept(engine: Engine, text: str, site: str) -> None:
    assert site_of(engine, text, TINNITUS) == site


def test_no_side_no_site_kept_inside_a_phrase(engine: Engine) -> None:
    assert site_of(engine, "ringing in the ears", TINNITUS) is None


def test_a_site_within_the_organ_keeps_the_organs_reading(engine: Engine) -> None:
    # The lip lies within the mouth under a name "Recurrent oral herpes" does not share: the
    # shorter phrase's reading ("sores") is read beside it, never in its place.
    ids = present_ids(engine, "I keep getting cold sores on my lip")
    assert "HP:0410028" in ids  # Recurrent oral herpes
