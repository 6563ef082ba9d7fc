"""Fact sheets' same_as entries rank as one candidate with the sheet's own in plain-language
questions (h-ranker4), unless the sheet lists them under ranks_apart; case reports keep the
release's twins. On the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.facts import fact_sheets, validate_sheet

from .test_facts import SHEET


def _group(engine: Engine, disease_id: str, array: str = "question_twin_group") -> int:
    k = engine.knowledge
    return int(k.arrays[array][k.disease_ids_index[disease_id]])


def test_a_sheets_same_as_entry_joins_its_twin_group(engine: Engine) -> None:
    # Myotonic dystrophy 1 (OMIM) and Steinert myotonic dystrophy (Orphanet): one disease
    # whose names the twin finder cannot match.
    assert _group(engine, "OMIM:160900") == _group(engine, "ORPHA:273")
    assert _group(engine, "OMIM:125310") == _group(engine, "ORPHA:136")  # CADASIL


def test_case_reports_keep_the_releases_twins(engine: Engine) -> None:
    assert (_group(engine, "OMIM:160900", "twin_group")
            != _group(engine, "ORPHA:273", "twin_group"))
    ranking = engine.rank(["HP:0002486", "HP:0000508", "HP:0000518"], top=10)
    assert not any({"OMIM:160900", "ORPHA:273"} <= set(c.ids) for c in ranking.candidates)


def test_an_entry_that_ranks_apart_keeps_its_own_group(engine: Engine) -> None:
    # Early-onset autosomal dominant Alzheimer disease is a form of Alzheimer disease.
    assert _group(engine, "OMIM:104300") != _group(engine, "ORPHA:1020")


def test_one_candidate_lists_both_records_of_the_disease(engine: Engine) -> None:
    answer = engine.ask("My hand won't let go after I grip something, my eyelids droop and "
                        "my face is long and thin. I had cataracts at 40.", top=10)
    ids = [set(c.ids) for c in answer.ranking.candidates]
    joined = [i for i, group in enumerate(ids) if {"OMIM:160900", "ORPHA:273"} <= group]
    assert joined and joined[0] < 3
    assert not any(("OMIM:160900" in g) != ("ORPHA:273" in g) for g in ids)


def test_a_45_year_olds_chorea_is_not_read_as_alzheimer_disease(engine: Engine) -> None:
    answer = engine.ask("My husband is 45 and has jerky movements he can't control, mood swings "
                        "and is getting forgetful. His father died in a care home with the same.",
                        top=3)
    assert answer.ranking.candidates[0].id != "OMIM:104300"


def test_the_sheets_own_entry_keeps_a_finding_a_form_that_ranks_apart_shows(
        engine: Engine) -> None:
    # Hereditary haemochromatosis (OMIM:235200): its sheet names fatigue, which the release
    # annotates for the Orphanet "symptomatic form" (ORPHA:465508, ranked apart) only.
    answer = engine.ask("My 50-year-old husband is exhausted, his knuckles ache, his skin looks "
                        "tanned and he was just diagnosed with diabetes", top=10)
    ids = [c.id for c in answer.ranking.candidates]
    assert "OMIM:235200" in ids[:3]
    shown = answer.ranking.candidates[ids.index("OMIM:235200")]
    assert next(e for e in shown.evidence if e.hpo_id == "HP:0012378").match == "exact"


def test_ranks_apart_ids_must_be_among_same_as() -> None:
    with pytest.raises(DataError, match="ranks_apart"):
        validate_sheet({**SHEET, "ranks_apart": ["ORPHA:1"]}, "broken.yaml")
    sheet = validate_sheet({**SHEET, "same_as": ["ORPHA:1", "ORPHA:2"],
                            "ranks_apart": ["ORPHA:2"]}, "ok.yaml")
    assert sheet.ids[1:] == ("ORPHA:1", "ORPHA:2")
    assert sheet.twin_ids[1:] == ("ORPHA:1",)


def test_every_ranks_apart_id_is_a_same_as_id() -> None:
    for sheet in fact_sheets():
        assert set(sheet.ranks_apart) <= set(sheet.same_as), sheet.file
