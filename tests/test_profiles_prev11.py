"""Common conditions that phenotype.hpoa held only as OMIM numbered or susceptibility series,
with no profile, fact sheet or figure (h-prev11, issue 12): premature ovarian insufficiency,
Paget disease of bone, tooth agenesis and dyslexia. Each profile names its series, carries a
sourced figure, and is answered for a plain question; bench/series_gaps.py finds such series."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import condition_profile_index

from .readings import answer_rank, present_ids

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import series_gaps

POI = "MONDO:0005387"
PAGET = "MONDO:0005382"
TOOTH_AGENESIS = "MONDO:0005486"
DYSLEXIA = "MONDO:0005489"
DYSLEXIA_TERM = "HP:0010522"


@pytest.mark.parametrize(("condition", "defining", "series_entry"), [
    (POI, "HP:0008232", "OMIM:311360"),  # raised FSH; premature ovarian failure 1
    (PAGET, "HP:0002653", "OMIM:167250"),  # bone pain (frequent); Paget disease of bone 3
    (TOOTH_AGENESIS, "HP:0000668", "OMIM:106600"),  # hypodontia; selective tooth agenesis 1
    (DYSLEXIA, DYSLEXIA_TERM, "OMIM:127700"),  # dyslexia; susceptibility to dyslexia 1
])
def test_each_profile_names_its_series_and_has_a_figure(
        condition: str, defining: str, series_entry: str) -> None:
    profile = condition_profile_index()[condition]
    assert defining in {f.hpo for f in profile.findings}
    assert series_entry in profile.includes
    assert profile.prevalence.per_100000 is not None and profile.prevalence.per_100000 >= 300


def test_the_profiles_figures_count_the_people_their_sources_count() -> None:
    index = condition_profile_index()
    assert index[POI].sex is not None and index[POI].sex.only == "female"
    assert index[PAGET].prevalence.ages == (55, 120)
    # Orphanet's oligodontia is MONDO's exact match for tooth agenesis: one candidate.
    assert "ORPHA:99798" in index[TOOTH_AGENESIS].same_as


@pytest.mark.parametrize("question", [
    "my daughter struggles with reading and spelling",
    "she keeps mixing things up, she mixes up her letters",
    "he has always been a slow reader",
])
def test_trouble_reading_and_spelling_reads_dyslexia(engine: Engine, question: str) -> None:
    assert DYSLEXIA_TERM in present_ids(engine, question)


@pytest.mark.slow
@pytest.mark.parametrize(("question", "condition"), [
    ("I am 31, my periods have stopped for months and I get hot flushes, not pregnant", POI),
    ("my 70 year old father has bone pain in his leg and a raised alkaline phosphatase", PAGET),
    ("my son is 13 and one of his adult teeth never grew in, the baby tooth is still there",
     TOOTH_AGENESIS),
    ("my 9 year old is clever but struggles to read and spell", DYSLEXIA),
])
def test_a_plain_question_finds_the_condition(engine: Engine, question: str,
                                              condition: str) -> None:
    assert answer_rank(engine, question, condition, top=3) < 3


@pytest.mark.parametrize(("label", "stem", "kind"), [
    # words are singular, as series_inventory.words gives them ("legs" -> "leg")
    ("Restless legs syndrome, susceptibility to, 1", ("restless", "leg", "syndrome"),
     "susceptibility"),
    ("glaucoma 1, open angle, F", ("glaucoma", "open", "angle"), "numbered"),
    ("premature ovarian failure 2A", ("premature", "ovarian", "failure"), "numbered"),
])
def test_a_series_entry_has_the_stem_of_its_condition(label: str, stem: tuple[str, ...],
                                                      kind: str) -> None:
    assert series_gaps.series_stem(label) == (stem, kind)


@pytest.mark.parametrize("label", ["Asthma", "Celiac disease, epilepsy and cerebral calcification"])
def test_a_label_without_a_designation_is_no_series_entry(label: str) -> None:
    assert series_gaps.series_stem(label) is None
