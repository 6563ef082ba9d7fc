"""Type 1 diabetes has the onset range its sources give, and type 2 diabetes keeps its adult one
(h-profilefix3, issue 14). The sources make type 1 diabetes a disease of any age with its
highest incidence in childhood, present throughout the first six decades; the range therefore
weighs against an infant, not against a child or a middle-aged adult."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles
from whatcauses.knowledge.facts import fact_sheets

from .readings import answer_rank

TYPE_1_DIABETES = "OMIM:222100"


def test_type_1_diabetes_has_a_wide_onset_range_from_its_sources() -> None:
    sheet = next(s for s in fact_sheets() if s.id == TYPE_1_DIABETES)
    assert sheet.onset is not None
    assert tuple(sheet.onset) == (1, 60)
    assert "PMID:29199115" in sheet.onset_sources  # presents throughout six decades


def test_type_2_diabetes_keeps_its_adult_onset_range() -> None:
    t2d = next(p for p in load_condition_profiles() if p.id == "MONDO:0005148")
    assert t2d.onset.min_years >= 30



def test_a_thirsty_child_losing_weight_still_finds_type_1_diabetes(engine: Engine) -> None:
    question = ("my 9 year old is drinking huge amounts, weeing all the time, has started wetting "
                "the bed again and has lost weight")
    assert answer_rank(engine, question, TYPE_1_DIABETES) == 0
