"""Erythema nodosum carries what its 2021 review says of it (h-profiles78, issue 14): the nodules
are red, come on both legs alike, and are frequently joined by malaise and joint pain mainly in
the ankles and knees (PMID:33683567). A young adult with tender red lumps on the shins and sore
ankles should be told of it first, not of knee or back complaints that explain the joints only."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import ConditionProfile, load_condition_profiles

from .readings import annotated_frequency, answer_rank

ERYTHEMA_NODOSUM = "MONDO:0850231"
ERYTHEMA = "HP:0010783"
ANKLE_PAIN = "HP:0030840"
MALAISE = "HP:0033834"
BILATERAL = "HP:0012832"
REVIEW = "PMID:33683567"


def _profile() -> ConditionProfile:
    return next(p for p in load_condition_profiles() if p.id == ERYTHEMA_NODOSUM)


def test_the_new_findings_rest_on_the_review() -> None:
    findings = {f.hpo: f for f in _profile().findings}
    for term in (ERYTHEMA, ANKLE_PAIN, MALAISE):
        assert term in findings
        assert REVIEW in findings[term].sources
    assert BILATERAL in findings["HP:0012219"].modifiers


def test_the_compiled_knowledge_gives_the_red_colour_and_the_ankles(engine: Engine) -> None:
    assert (annotated_frequency(engine, ERYTHEMA_NODOSUM, ERYTHEMA) or 0) >= 0.8
    assert (annotated_frequency(engine, ERYTHEMA_NODOSUM, ANKLE_PAIN) or 0) >= 0.3


def test_red_shin_lumps_with_sore_ankles_lead_to_erythema_nodosum(engine: Engine) -> None:
    question = "I'm 27 and have tender red lumps on my shins, and my ankles ache"
    assert answer_rank(engine, question, ERYTHEMA_NODOSUM) == 0
