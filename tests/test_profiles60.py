"""Common childhood profiles of issue 13 (h-profiles60): transient synovitis of the hip
(irritable hip), filed under MONDO's "transient arthritis", and IgA vasculitis, whose profile
joins Orphanet's annotated entry ORPHA:761 and gives it a figure and onset ages."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

TRANSIENT_SYNOVITIS = "MONDO:0002204"
IGA_VASCULITIS = "MONDO:0019167"


def test_a_young_child_limping_with_a_sore_hip_meets_irritable_hip(engine: Engine) -> None:
    question = "my 6 year old son is limping and says his hip hurts, it started yesterday"
    assert answer_rank(engine, question, TRANSIENT_SYNOVITIS, top=5) < 3


def test_iga_vasculitis_profile_joins_the_orphanet_entry(engine: Engine) -> None:
    details = engine.explain(IGA_VASCULITIS).to_dict()
    assert "ORPHA:761" in str(details)
    question = ("my 7 year old daughter has purple spots on her legs, a sore tummy and "
                "painful joints")
    assert answer_rank(engine, question, IGA_VASCULITIS, top=5) < 3
