"""Reader gaps of issue 14 (h-doing): findings told through what a person cannot do or does
only with an aid. An inability no entry names reads as the difficulty of the same function;
a function done only by holding on to something is its difficulty; "can't let go" after a
grip told earlier in the sentence is Handgrip myotonia; a face too weak to whistle or drink
through a straw; "dry" as the verb of a task ("to dry my hair")."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.text.lexicon import difficulty_of
from whatcauses.text.normalize import phrase_key

from .readings import present_ids

GOWERS, PROXIMAL_WEAKNESS = "HP:0003391", "HP:0003701"
STAIRS, HANDGRIP_MYOTONIA = "HP:0003551", "HP:0012899"
FACIAL_WEAKNESS, WHEEZING = "HP:0030319", "HP:0030828"
DRY_HAIR, DRY_SKIN = "HP:0011359", "HP:0000958"


def test_an_inability_reads_as_the_difficulty_of_its_function(engine: Engine) -> None:
    assert {GOWERS, PROXIMAL_WEAKNESS} <= present_ids(engine, "he can't get up from the floor")
    assert STAIRS in present_ids(engine, "she is unable to walk up stairs")
    assert difficulty_of(phrase_key("can't get up from the floor")) == phrase_key(
        "difficulty getting up from the floor")


def test_a_bare_verbs_inability_stays_an_idiom(engine: Engine) -> None:
    assert difficulty_of(phrase_key("can't stand")) is None
    assert present_ids(engine, "I can't stand for long") == set()
    assert present_ids(engine, "I can't remember when it started") == set()


def test_a_function_done_only_with_an_aid_is_its_difficulty(engine: Engine) -> None:
    for question in ("I have to hold the rail to go upstairs",
                     "he has to hold the banister to get up the stairs",
                     "she needs to grab the handrail to climb the stairs"):
        assert STAIRS in present_ids(engine, question), question
    # an aid that is a part of the body is Gowers sign's own wording
    assert GOWERS in present_ids(engine, "he has to push on his knees to stand up from the floor")
    assert present_ids(engine, "I have to hold my head up to see") == set()


def test_letting_go_after_a_grip_told_before_it(engine: Engine) -> None:
    for question in ("when I grip something my hand locks and I can't let go straight away",
                     "when my son grips the handlebars he can't let go for a few seconds"):
        assert HANDGRIP_MYOTONIA in present_ids(engine, question), question
    assert HANDGRIP_MYOTONIA not in present_ids(engine, "I can't let go of the past")
    assert HANDGRIP_MYOTONIA not in present_ids(
        engine, "I grabbed the rail. I can't let go of this worry")


def test_a_face_too_weak_to_whistle_or_drink_through_a_straw(engine: Engine) -> None:
    for question in ("I can't whistle", "she has trouble drinking through a straw",
                     "he can't blow up a balloon"):
        assert FACIAL_WEAKNESS in present_ids(engine, question), question
    assert WHEEZING in present_ids(engine, "my chest is whistling")


def test_drying_as_a_task_is_no_dryness(engine: Engine) -> None:
    question = "my arms get so tired I can't keep them up to dry my hair"
    assert DRY_HAIR not in present_ids(engine, question)
    assert DRY_HAIR in present_ids(engine, "my hair is dry and brittle")
    assert DRY_SKIN in present_ids(engine, "she is prone to dry skin")
