"""Clinicians' shorthand for rare diseases (issue 14, h-rareclin1), through the real engine:
HPO's abbreviation synonyms of several words ("Elevated sweat Cl", "Prolonged PT"), a
circulating concentration said high or low in words ("low renin", "IgG raised"), an antibody
named from its HPO term ("AQP4 antibodies", "anti-MOG +ve") and the sweat test's number
against its sourced decision limit (60 mmol/L, at any age)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.lexicon import (
    antibody_wordings,
    ecg_shorthand,
    is_abbreviated_phrase,
    level_keys,
    specimen_of,
)

from .readings import present_ids

LOW_RENIN, LOW_ALDOSTERONE = "HP:0003351", "HP:0004319"
HIGH_IGG, HIGH_LH = "HP:0003237", "HP:0011969"
HIGH_SWEAT_CHLORIDE, PROLONGED_PT = "HP:0012236", "HP:0008151"
AQP4, MOG = "HP:0033342", "HP:0032492"
HYPERHIDROSIS = "HP:0000975"
PROLONGED_QTC, ST_ELEVATION = "HP:0005184", "HP:0012251"
HIGH_TRANSAMINASES, KAYSER_FLEISCHER = "HP:0002910", "HP:0200032"
CAFE_AU_LAIT, IRON_DEFICIENCY_ANEMIA = "HP:0000957", "HP:0001891"
RETICULOCYTOSIS = "HP:0001923"


def test_an_ecg_interval_is_named_by_its_waves() -> None:
    assert ecg_shorthand("Prolonged QTc interval") == "Prolonged QTc"
    assert ecg_shorthand("ST segment elevation") == "ST elevation"
    assert ecg_shorthand("Abnormal anterior eye segment morphology") is None


def test_an_abbreviated_phrase_is_several_words() -> None:
    assert is_abbreviated_phrase("Elevated sweat Cl")
    assert not is_abbreviated_phrase("RA")


def test_antibody_wordings_need_a_named_antigen() -> None:
    assert "anti-MOG" in antibody_wordings("Anti-MOG antibody positivity")
    assert "AQP4 antibodies" in antibody_wordings("Anti-AQP4 antibody positivity")
    assert antibody_wordings("Anti-thyroid antibody positivity") == []
    assert antibody_wordings("Hypertension") == []


def test_a_concentration_has_level_keys_only_in_the_blood() -> None:
    assert "high igg" in level_keys("Increased circulating IgG concentration")
    urinary = level_keys("Increased urinary calcium level")
    assert "calcium high" not in urinary and all(specimen_of(key) for key in urinary)
    assert "elev lh" in level_keys("Elevated LH level", in_blood=True)
    assert level_keys("Increased circulating vitamin A concentration") == []


@pytest.mark.parametrize(("question", "term"), [
    ("17M, HTN, hypoK, low renin", LOW_RENIN),
    ("renin is low", LOW_RENIN),
    ("low aldosterone", LOW_ALDOSTERONE),
    ("19F, ALT 900, IgG raised, jaundice", HIGH_IGG),
    ("LH raised, FSH raised", HIGH_LH),
    ("prolonged PT, easy bruising", PROLONGED_PT),
    ("optic neuritis, AQP4 antibodies", AQP4),
    ("optic neuritis, anti-MOG +ve", MOG),
    ("14F, prolonged QTc, syncope on exertion", PROLONGED_QTC),
    ("QTc prolonged", PROLONGED_QTC),
    ("38M, coved ST elevation V1-V2", ST_ELEVATION),
    ("16M, LFTs deranged, KF rings, tremor", HIGH_TRANSAMINASES),
    ("16M, LFTs deranged, KF rings, tremor", KAYSER_FLEISCHER),
    ("7M, pancytopenia, absent thumbs, CALs", CAFE_AU_LAIT),
    ("recurrent epistaxis, IDA", IRON_DEFICIENCY_ANEMIA),
    ("Hb 8, retics up, spherocytes", RETICULOCYTOSIS),
    ("renin was low", LOW_RENIN),
    ("IgG up", HIGH_IGG),
])
def test_shorthand_is_read(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", ["neonate, meconium ileus, sweat Cl 90",
                                      "sweat chloride 75 mmol/L", "4yo, sweat test 110"])
def test_a_high_sweat_chloride_is_read_at_any_age(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert HIGH_SWEAT_CHLORIDE in found and HYPERHIDROSIS not in found


@pytest.mark.parametrize("question", ["sweat chloride 45", "2yo, sweat test 25 mmol/L"])
def test_an_intermediate_or_normal_sweat_chloride_is_no_finding(engine: Engine,
                                                                 question: str) -> None:
    assert HIGH_SWEAT_CHLORIDE not in present_ids(engine, question)
