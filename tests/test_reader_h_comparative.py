"""Comparatives of a part that changed or differs (h-comparative, issue 14): said of a body site
they are the site reader's descriptors with their adjective's wordings ("my hair is getting
thinner", "the skin on my fingers has become thicker"), under its rules (a relative clause
after a place describes the thing there); said of no site, they read as their adjective ("my
periods are getting heavier", "he is much taller than his classmates"). "become" stays no
linking word ("he has become slow" keeps its phrase), and a phrase naming the change itself
keeps its meaning ("my mole is getting bigger")."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.text.lexicon import comparative_base
from whatcauses.text.normalize import phrase_key

from .readings import present_ids

SPARSE_SCALP_HAIR = "HP:0002209"
MENORRHAGIA = "HP:0000132"
TALL_STATURE = "HP:0000098"
SHORT_STATURE = "HP:0004322"
THICKENED_SKIN = "HP:0001072"
XEROSTOMIA = "HP:0000217"
SPLENOMEGALY = "HP:0001744"
ROUND_FACE = "HP:0000311"
DISTAL_LOWER_LIMB_AMYOTROPHY = "HP:0008944"
DARK_URINE = "HP:0040319"
PALLOR = "HP:0000980"
PECTUS_EXCAVATUM = "HP:0000767"
MACROGLOSSIA = "HP:0000158"
LARGE_FACE = "HP:0100729"
BRADYKINESIA = "HP:0002067"
NEVUS = "HP:0003764"


@pytest.mark.parametrize(("text", "term"), [
    ("my hair is getting thinner at the front", SPARSE_SCALP_HAIR),
    ("the skin on my fingers has become thicker and tighter", THICKENED_SKIN),
    ("my mouth has become drier", XEROSTOMIA),
    ("my face has become rounder", ROUND_FACE),
    ("my lower legs have become thinner", DISTAL_LOWER_LIMB_AMYOTROPHY),
    ("his chest has become more sunken", PECTUS_EXCAVATUM),
    ("her tongue has grown much bigger", MACROGLOSSIA),
])
def test_a_comparative_said_of_a_site_is_its_adjective(engine: Engine, text: str,
                                                       term: str) -> None:
    assert term in present_ids(engine, text)


@pytest.mark.parametrize(("text", "term"), [
    ("my periods are getting heavier", MENORRHAGIA),
    ("my son is much taller than his classmates", TALL_STATURE),
    ("he is shorter than his friends", SHORT_STATURE),
    ("my pee is darker than usual", DARK_URINE),
    ("she looks paler than usual", PALLOR),
])
def test_a_comparative_said_of_no_site_reads_as_its_adjective(engine: Engine, text: str,
                                                              term: str) -> None:
    assert term in present_ids(engine, text)


def test_a_comparison_with_the_normal_denies_nothing(engine: Engine) -> None:
    assert SPLENOMEGALY in present_ids(engine, "my spleen is larger than normal")
    assert MENORRHAGIA in present_ids(engine, "my periods are heavier than normal")


def test_a_relative_clause_after_a_place_still_describes_the_thing_there(engine: Engine) -> None:
    found = present_ids(engine, "white patches on my hands and face that are getting bigger")
    assert LARGE_FACE not in found
    assert LARGE_FACE not in present_ids(engine, "spots on my face that are getting larger")


def test_become_is_no_linking_word(engine: Engine) -> None:
    assert BRADYKINESIA in present_ids(engine, "my right hand shakes and I've become slow")


def test_a_phrase_naming_the_change_keeps_its_meaning(engine: Engine) -> None:
    assert NEVUS in present_ids(engine, "my mole is getting bigger")


def test_the_base_key_leaves_sites_to_the_site_reader() -> None:
    assert comparative_base(phrase_key("periods heavier")) == phrase_key("heavy periods")
    assert comparative_base(phrase_key("taller")) == phrase_key("tall")
    # A key with a body site: the site reader's descriptors read it, under its rules.
    assert comparative_base(phrase_key("face bigger")) is None
    assert comparative_base(phrase_key("thin hair")) is None
    assert comparative_base(phrase_key("no longer walking")) is None


def test_every_comparative_is_a_descriptor() -> None:
    sites = body_sites()
    assert sites.comparatives
    assert all((comparative,) in sites.descriptors for comparative in sites.comparatives)
    assert sites.descriptors[("thinner",)] == sites.descriptors[("thin",)]
    assert sites.descriptors[("drier",)] == ("dry",)
