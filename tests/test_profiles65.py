"""Urgent presentations that had no profile (h-profiles65, issue 13): acute cholangitis,
alcohol withdrawal, Mallory-Weiss tear, oesophageal varices and orbital cellulitis, with the
urgent notices for their emergency combinations and the NSAID exposure that keeps peptic ulcer
disease first when a question names ibuprofen with vomited blood."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank, present_ids

CHOLANGITIS = "MONDO:0001930"
WITHDRAWAL = "MONDO:0005433"
MALLORY_WEISS = "MONDO:0043247"
VARICES = "MONDO:0001221"
ORBITAL = "MONDO:0006881"
PEPTIC_ULCER = "MONDO:0004247"
STYE = "MONDO:0005800"


def test_the_new_profiles_are_urgent_with_their_defining_findings() -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    defining = {
        CHOLANGITIS: "HP:0000952",  # Jaundice
        WITHDRAWAL: "HP:0001337",  # Tremor
        MALLORY_WEISS: "HP:0002248",  # Hematemesis
        VARICES: "HP:0001394",  # Cirrhosis
        ORBITAL: "HP:0000520",  # Proptosis
    }
    for mondo, hpo in defining.items():
        assert profiles[mondo].urgent, mondo
        assert hpo in {f.hpo for f in profiles[mondo].findings}, mondo


def _flags(engine: Engine, question: str) -> bool:
    return bool(engine.ask(question, top=3).interpretation.red_flags)


def test_fever_shivers_and_yellow_eyes_with_gallstones(engine: Engine) -> None:
    question = "I have gallstones and now a temperature, shivering and my eyes are yellow"
    assert _flags(engine, question)
    assert answer_rank(engine, question, CHOLANGITIS, top=3) == 0


def test_a_child_with_a_swollen_lid_whose_eye_sticks_out(engine: Engine) -> None:
    question = "my son's eyelid is swollen and red, he has a fever and his eye sticks out"
    assert "HP:0000520" in present_ids(engine, question)  # Proptosis
    assert _flags(engine, question)
    assert answer_rank(engine, question, ORBITAL, top=3) < 3


def test_a_swollen_lid_alone_raises_no_notice(engine: Engine) -> None:
    question = "my eyelid is a bit swollen and sore on the edge"
    assert not _flags(engine, question)
    assert answer_rank(engine, question, ORBITAL, top=3) != 0


def test_seeing_things_after_stopping_drinking(engine: Engine) -> None:
    question = ("my husband is a heavy drinker, he stopped drinking three days ago and now "
                "he is shaking and seeing things")
    assert _flags(engine, question)
    assert answer_rank(engine, question, WITHDRAWAL, top=3) < 3


def test_blood_in_vomit_after_retching_all_night(engine: Engine) -> None:
    question = "after being sick and retching all night there is blood in my vomit"
    assert answer_rank(engine, question, MALLORY_WEISS, top=3) < 3


def test_vomiting_blood_with_cirrhosis(engine: Engine) -> None:
    question = "I have cirrhosis and I have just vomited a lot of blood"
    assert answer_rank(engine, question, VARICES, top=3) == 0


def test_ibuprofen_keeps_peptic_ulcer_first_for_vomited_blood(engine: Engine) -> None:
    question = "I take ibuprofen every day for my knees and today I vomited blood"
    assert answer_rank(engine, question, PEPTIC_ULCER, top=3) == 0
