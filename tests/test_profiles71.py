"""Profiles of h-profiles71 (issue 13), on the real engine: volvulus (a twisted colon, urgent)
comes first for an elderly person whose belly is hugely swollen with no stool or wind passed;
a lung abscess comes first for weeks of fever, chills and night sweats with a cough bringing up
phlegm; and alcohol-related liver disease, which gained the examination signs the AASLD/ACG
2010 guideline names (spider naevi, parotid enlargement, Dupuytren's contracture), comes first
for a heavy drinker with spider naevi (third, eighth and seventeenth before)."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank

VOLVULUS, LUNG_ABSCESS, ALCOHOL_LIVER = "MONDO:0004570", "MONDO:0000744", "MONDO:0043693"


def test_a_hugely_swollen_belly_without_wind_in_an_old_man_puts_volvulus_first(
        engine: Engine) -> None:
    question = ("my elderly father has a hugely swollen belly, he can't pass wind or stool "
                "and is vomiting")
    assert answer_rank(engine, question, VOLVULUS) < 2


def test_a_constipated_care_home_resident_with_a_tight_belly_lists_volvulus(
        engine: Engine) -> None:
    question = ("my 80 year old mother in a care home is very constipated and her tummy is "
                "massively bloated and tight")
    assert answer_rank(engine, question, VOLVULUS) < 6


def test_weeks_of_fever_and_a_phlegmy_cough_with_night_sweats_put_lung_abscess_first(
        engine: Engine) -> None:
    question = ("weeks of fever, chills and night sweats with a cough bringing up lots of "
                "phlegm and chest pain")
    assert answer_rank(engine, question, LUNG_ABSCESS) == 0


def test_spider_naevi_in_a_heavy_drinker_put_alcohol_related_liver_disease_first(
        engine: Engine) -> None:
    question = ("I drink heavily and have spider naevi on my chest and swollen cheeks in "
                "front of my ears")
    assert answer_rank(engine, question, ALCOHOL_LIVER) == 0


def test_the_new_profiles_carry_their_figures_and_urgency() -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    volvulus, abscess = profiles[VOLVULUS], profiles[LUNG_ABSCESS]
    assert volvulus.urgent and not abscess.urgent
    assert volvulus.prevalence.kind == "annual incidence"
    assert abscess.prevalence.setting == "clinic"
    liver = {f.hpo for f in profiles[ALCOHOL_LIVER].findings}
    assert {"HP:0012522", "HP:0011801", "HP:0005679"} <= liver
