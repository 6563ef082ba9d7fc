"""New everyday condition profiles (h-profiles64, issue 13): presbyopia, adjustment disorder,
sleep terrors, illness anxiety disorder, separation anxiety disorder and trichotillomania, with
the lay wordings of poor near vision, of a child waking up screaming and of pulling out
eyelashes."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank, present_ids

PRESBYOPIA = "MONDO:0001330"
ADJUSTMENT = "MONDO:0003265"
SLEEP_TERRORS = "MONDO:0800355"
ILLNESS_ANXIETY = "MONDO:0001596"
SEPARATION_ANXIETY = "MONDO:0001098"
TRICHOTILLOMANIA = "MONDO:0013189"
GANGLION = "MONDO:0004874"
DEPRESSION = "MONDO:0002009"


def test_the_new_profiles_load_with_their_defining_findings() -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    defining = {
        PRESBYOPIA: "HP:0000622",  # Blurred vision
        ADJUSTMENT: "HP:0000716",  # Depression
        SLEEP_TERRORS: "HP:0030765",  # Sleep terror
        ILLNESS_ANXIETY: "HP:0025785",  # Abnormal preoccupation
        SEPARATION_ANXIETY: "HP:0031468",  # Separation insecurity
        TRICHOTILLOMANIA: "HP:0012167",  # Hair-pulling
    }
    for mondo, hpo in defining.items():
        assert hpo in {f.hpo for f in profiles[mondo].findings}, mondo


def test_a_46_year_old_who_cannot_read_small_print(engine: Engine) -> None:
    question = "I'm 46 and can't read small print any more, I have to hold my phone further away"
    assert {"HP:0007663", "HP:0000622"} <= present_ids(engine, question)
    assert answer_rank(engine, question, PRESBYOPIA, top=3) == 0


def test_blurred_near_vision_in_the_mid_forties(engine: Engine) -> None:
    question = "my near vision is getting blurry since I turned 45, reading a menu is hard"
    assert answer_rank(engine, question, PRESBYOPIA, top=3) == 0


def test_a_child_who_wakes_up_screaming_and_remembers_nothing(engine: Engine) -> None:
    question = ("my 4 year old wakes up screaming an hour after going to sleep, looks "
                "terrified, and remembers nothing in the morning")
    assert "HP:0030765" in present_ids(engine, question)
    assert answer_rank(engine, question, SLEEP_TERRORS, top=3) == 0


def test_night_terrors_named(engine: Engine) -> None:
    assert answer_rank(engine, "my son has night terrors", SLEEP_TERRORS, top=3) == 0


def test_a_girl_who_pulls_out_her_eyelashes(engine: Engine) -> None:
    question = "my 13 year old daughter pulls out her eyelashes"
    assert "HP:0012167" in present_ids(engine, question)
    assert answer_rank(engine, question, TRICHOTILLOMANIA, top=3) == 0


def test_neighbours_keep_their_places(engine: Engine) -> None:
    # The wrist ganglion was second (after De Quervain tenosynovitis) before these profiles.
    wrist = "lump on the back of my wrist that gets bigger and smaller"
    assert answer_rank(engine, wrist, GANGLION, top=3) < 3
    low = ("I have felt low every day for three months, no interest in anything, waking "
           "early and no energy")
    assert answer_rank(engine, low, DEPRESSION, top=3) == 0
