"""Common skin lumps that had no profile (h-profiles73, issue 13): the lipoma and the
epidermoid (sebaceous) cyst, known only by their sources' words for how common they are
(StatPearls: "a common subcutaneous tumor", "the most common cutaneous cysts")."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank

LIPOMA = "MONDO:0005106"
EPIDERMOID_CYST = "MONDO:0007547"
GANGLION = "MONDO:0004874"


def test_the_new_profiles_carry_their_defining_finding_and_a_qualitative_class() -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    defining = {
        LIPOMA: ("HP:0012032", "common"),  # Lipoma
        EPIDERMOID_CYST: ("HP:0200040", "common"),  # Epidermoid cyst
    }
    for mondo, (hpo, wording) in defining.items():
        profile = profiles[mondo]
        assert not profile.urgent, mondo
        assert hpo in {f.hpo for f in profile.findings if f.frequency == "obligate"}, mondo
        assert "HP:0001482" in {f.hpo for f in profile.findings}, mondo  # Subcutaneous nodule
        assert profile.prevalence.qualitative == wording, mondo


def test_a_soft_slowly_growing_lump_is_a_lipoma(engine: Engine) -> None:
    question = (
        "my 55 year old husband has a soft doughy lump on his thigh that has slowly got bigger"
    )
    assert answer_rank(engine, question, LIPOMA, top=3) == 0


def test_a_sore_red_sebaceous_cyst(engine: Engine) -> None:
    question = "I have a sebaceous cyst on my neck that has gone red and sore"
    assert answer_rank(engine, question, EPIDERMOID_CYST, top=3) < 3


def test_a_lump_on_the_back_of_the_wrist_stays_a_ganglion(engine: Engine) -> None:
    question = "smooth firm lump on the back of my wrist that gets bigger when I use my hand a lot"
    assert answer_rank(engine, question, GANGLION, top=3) < 3
