"""Weak organ systems of issues 12 and 14 (h-organs1): eye, heart and autoimmune wordings.
The lay words for the eye's findings (halos around lights, a blur in the middle of the
vision), waking gasping at night, long morning stiffness; a red rash is red by HPO's own
definition (no Facial erythema beside a Malar rash); "painful" before a site keeps its pain; a
size said in a relative clause after a place describes the thing there, not the site; a
category word is no typo; exertion in a sport is a trigger."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank, modifier_ids, present_ids

BLURRED_VISION, PHOTOPHOBIA = "HP:0000622", "HP:0000613"
CENTRAL_SCOTOMA, REDUCED_ACUITY = "HP:0000603", "HP:0007663"
MELANOCYTIC_NEVUS = "HP:0000995"
PND, INSOMNIA = "HP:0034807", "HP:0031355"
MORNING_STIFFNESS, JOINT_STIFFNESS = "HP:0005197", "HP:0001387"
MALAR_RASH, FACIAL_ERYTHEMA, ERYTHEMA = "HP:0025300", "HP:0001041", "HP:0010783"
OCULAR_PAIN, RED_EYE, KNEE_PAIN = "HP:0200026", "HP:0025337", "HP:0030839"
PAIN = "HP:0012531"
LARGE_FACE, LARGE_HANDS, LEG_HYPERTROPHY = "HP:0100729", "HP:0001176", "HP:0010496"
ARRHYTHMIA, HELIOTROPE_EYELID, PURPURA = "HP:0011675", "HP:0030845", "HP:0000979"
TRIGGERED_BY_EXERTION = "HP:0025377"
CATARACT, AMD = "MONDO:0004847", "MONDO:0005150"
SLE, RA = "OMIM:152700", "OMIM:180300"


def test_halos_and_a_cloudy_view_are_the_blurred_sight_of_a_cataract(engine: Engine) -> None:
    question = ("my dad is 70 and sees halos around car headlights at night and everything "
                "looks cloudy, it has come on slowly")
    read = present_ids(engine, question)
    assert {BLURRED_VISION, PHOTOPHOBIA} <= read
    assert answer_rank(engine, question, CATARACT, top=3) < 3


def test_a_blur_in_the_middle_of_the_vision_is_central(engine: Engine) -> None:
    for question in ("the middle of my vision has gone blurry",
                     "there's a blur in the centre of her vision"):
        assert {CENTRAL_SCOTOMA, REDUCED_ACUITY} <= present_ids(engine, question), question
    read = present_ids(engine, "a dark spot in the middle of my vision")
    assert CENTRAL_SCOTOMA in read and MELANOCYTIC_NEVUS not in read
    question = ("I'm 74 and over the past year the middle of my vision has gone blurry, "
                "straight lines look wavy when I read")
    assert answer_rank(engine, question, AMD, top=3) < 3


def test_waking_at_night_gasping_is_paroxysmal_nocturnal_dyspnea(engine: Engine) -> None:
    read = present_ids(engine, "I wake up at night gasping for breath")
    assert PND in read and INSOMNIA not in read


def test_morning_stiffness_for_over_an_hour_is_no_brief_joint_stiffness(engine: Engine) -> None:
    read = present_ids(engine, "55F, swelling of the MCP and PIP joints with morning stiffness "
                               "over an hour for three months")
    assert MORNING_STIFFNESS in read and JOINT_STIFFNESS not in read
    assert JOINT_STIFFNESS in present_ids(engine, "morning stiffness in my knees")


def test_a_red_rash_over_the_cheeks_is_the_malar_rash_alone(engine: Engine) -> None:
    read = present_ids(engine, "she has a red rash across her cheeks and nose")
    assert MALAR_RASH in read and not {FACIAL_ERYTHEMA, ERYTHEMA} & read
    # A red patch is no rash: its redness is still read.
    assert ERYTHEMA in present_ids(engine, "red scaly patches on my elbows")
    question = ("My 28 year old daughter has a red rash across her cheeks and nose and her "
                "joints ache, she's always tired")
    assert answer_rank(engine, question, SLE, top=3) < 3


def test_painful_before_a_site_keeps_its_pain(engine: Engine) -> None:
    read = present_ids(engine, "she has a painful red eye")
    assert {OCULAR_PAIN, RED_EYE} <= read
    assert KNEE_PAIN in present_ids(engine, "a painful swollen knee")
    # Before lumps placed on a site it still describes them: no Pain of its own.
    assert PAIN not in present_ids(engine, "painful red lumps on my shins")


def test_a_size_in_a_relative_clause_after_a_place_is_the_things_there(engine: Engine) -> None:
    read = present_ids(engine, "I have white patches of skin on my hands and face that are "
                               "getting bigger")
    assert not {LARGE_FACE, LARGE_HANDS} & read
    assert LEG_HYPERTROPHY not in present_ids(
        engine, "spots on my arms and legs that are getting bigger")
    assert LARGE_HANDS in present_ids(engine, "my hands and feet are getting bigger")


def test_a_category_word_is_no_typo(engine: Engine) -> None:
    answer = engine.ask("what rheumatological disease causes white fingers in the cold?")
    assert "blood" not in answer.interpretation.categories


def test_organ_wordings(engine: Engine) -> None:
    assert ARRHYTHMIA in present_ids(engine, "my heartbeat is all over the place")
    read = present_ids(engine, "I have a purple rash on my eyelids")
    assert HELIOTROPE_EYELID in read and PURPURA not in read
    question = "my hands are stiff and painful in the morning and my knuckles are swollen"
    assert answer_rank(engine, question, RA, top=3) < 3


def test_a_game_of_sport_is_exertion(engine: Engine) -> None:
    assert TRIGGERED_BY_EXERTION in modifier_ids(
        engine, "my 17 year old son collapsed while playing football")
    assert TRIGGERED_BY_EXERTION in modifier_ids(engine, "I fainted while running")
    assert TRIGGERED_BY_EXERTION not in modifier_ids(
        engine, "my son was playing with his toys when he fainted")


def test_more_eye_and_heart_wordings(engine: Engine) -> None:
    assert "HP:0001097" in present_ids(engine, "my eyes feel like there's sand in them")
    assert "HP:0012508" in present_ids(engine, "straight lines look crooked")
    assert "HP:0000662" in present_ids(engine, "I can't see well in dim light")
    assert "HP:0001123" in present_ids(engine, "a shadow over part of my vision")
    assert "HP:0001962" in present_ids(engine, "I get a thumping in my chest at night")
