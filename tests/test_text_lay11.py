"""Lay wordings across organ systems (h-lay11, issue 14): a giving way that laughter or a
startle sets off (Cataplexy, whatever words say the giving way), a finding said to keep coming
back (its "Recurrent" term), attacks of weakness of the arms and legs lasting hours with no
word of recovery (Periodic paralysis), sounds heard in the head (Tinnitus), the back of the
heel and a bare "achilles" as the Achilles tendon's site, grey, tar-like and floating stools
and bubbly urine (white threads in a stool are no pale stool); and a lump felt in the throat,
which HPO has no term for (globus), is no neck mass."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, finding_ids, present_ids

CATAPLEXY = "HP:0002524"
JOINT_HYPERMOBILITY = "HP:0001382"
HYPOTONIA = "HP:0001252"
RECURRENT_FEVER = "HP:0001954"
FEVER = "HP:0001945"
RECURRENT_SINUSITIS = "HP:0011108"
PERIODIC_PARALYSIS = "HP:0003768"
LIMITED_SHOULDER_MOVEMENT = "HP:0006467"
LIMB_WEAKNESS = "HP:0003690"
TIA = "HP:0002326"
TINNITUS = "HP:0000360"
TENDON_PAIN = "HP:0032510"
ACHOLIC_STOOLS = "HP:0011985"
MELENA = "HP:0002249"
STEATORRHEA = "HP:0002570"
FOAMY_URINE = "HP:0031504"
NECK_LUMPS = {"HP:0000853", "HP:0025289", "HP:0025388"}  # Goiter, Cervical LAD, Thyroid nodule


@pytest.mark.parametrize("question", [
    "my knees buckle when I laugh",
    "whenever I laugh my knees buckle",
    "my knees buckle when something makes me laugh",
    "laughing makes my legs go weak",
    "she goes floppy when she gets excited",
])
def test_a_giving_way_that_an_emotion_sets_off_is_cataplexy(
        engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert CATAPLEXY in read
    assert not read & {JOINT_HYPERMOBILITY, HYPOTONIA}


@pytest.mark.parametrize(("question", "kept"), [
    ("my knee gives way when I run", JOINT_HYPERMOBILITY),
    ("my baby is floppy and a happy laughing baby", HYPOTONIA),
    ("my son goes limp after crying", HYPOTONIA),
    ("my knee gives way when I walk far, and I laugh it off", JOINT_HYPERMOBILITY),
])
def test_no_emotion_setting_it_off_keeps_the_giving_way(
        engine: Engine, question: str, kept: str) -> None:
    read = present_ids(engine, question)
    assert kept in read
    assert CATAPLEXY not in read


def test_narcolepsy_leads_for_sleepiness_with_knees_that_buckle_at_a_laugh(
        engine: Engine) -> None:
    question = ("i keep nodding off in the day, even mid conversation, and my knees buckle "
                "when something makes me laugh")
    assert answer_rank(engine, question, "ORPHA:2073") == 0


@pytest.mark.parametrize(("question", "recurrent"), [
    ("fevers that keep coming back", RECURRENT_FEVER),
    ("my fever keeps coming back every month", RECURRENT_FEVER),
    ("I keep getting fevers", RECURRENT_FEVER),
    ("his sinusitis keeps coming back", RECURRENT_SINUSITIS),
])
def test_a_finding_that_keeps_coming_back_is_its_recurrent_term(
        engine: Engine, question: str, recurrent: str) -> None:
    assert recurrent in present_ids(engine, question)


def test_a_fever_that_came_back_once_stays_a_fever(engine: Engine) -> None:
    read = present_ids(engine, "the fever came back after the antibiotics")
    assert FEVER in read
    assert RECURRENT_FEVER not in read


def test_attacks_of_weakness_of_arms_and_legs_for_hours_are_periodic_paralysis(
        engine: Engine) -> None:
    question = ("every few weeks i get attacks where i cant lift my arms or legs for hours, "
                "mostly the morning after a big sugary meal")
    read = present_ids(engine, question)
    assert {PERIODIC_PARALYSIS, LIMB_WEAKNESS} <= read
    # The limbs say a weakness of them all, not a stiff shoulder.
    assert LIMITED_SHOULDER_MOVEMENT not in read
    assert answer_rank(engine, question, "OMIM:170400", top=3) < 3


@pytest.mark.parametrize("question", [
    "sometimes I wake up and can't move my arms and legs for a few hours",
    # The lead, s10: other words of now-and-then episodes say the same.
    "some mornings I wake up and can't move my arms and legs for a few hours",
    "occasionally I can't lift my arms or legs for hours",
    "every so often my arms and legs go completely weak for a couple of hours",
])
def test_now_and_then_weak_arms_and_legs_for_hours_are_periodic_paralysis(
        engine: Engine, question: str) -> None:
    assert PERIODIC_PARALYSIS in present_ids(engine, question)


def test_weak_arms_and_legs_for_hours_with_no_episode_word_are_not_periodic(
        engine: Engine) -> None:
    assert PERIODIC_PARALYSIS not in present_ids(
        engine, "I can't move my arms and legs for a few hours after the accident")


@pytest.mark.parametrize("question", [
    "panic attacks where my hands go numb for ten minutes",
    "episodes where my legs go weak for a few minutes",
])
def test_attacks_of_a_focal_deficit_need_a_recovery(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert not read & {TIA, PERIODIC_PARALYSIS}


def test_weakness_of_every_limb_that_passed_is_no_tia(engine: Engine) -> None:
    read = present_ids(engine, "attacks where my arms and legs go completely weak for several "
                               "hours after exercise, then I am normal again")
    assert PERIODIC_PARALYSIS in read
    assert TIA not in read


@pytest.mark.parametrize("question", [
    "theres a constant hum in my head, worse at night",
    "humming in my head and dizzy",
    "my head is buzzing all the time",
    "ringing in my head",
])
def test_a_sound_in_the_head_is_tinnitus(engine: Engine, question: str) -> None:
    assert TINNITUS in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "my achilles hurts",
    "pain at the back of my heel",
    "my 11 year old has pain at the back of his heels after football",
])
def test_the_back_of_the_heel_is_the_achilles_tendon(engine: Engine, question: str) -> None:
    assert TENDON_PAIN in present_ids(engine, question)


def test_achilles_tendinopathy_leads_for_pain_at_the_back_of_the_heel(engine: Engine) -> None:
    question = ("pain and stiffness at the back of my heel above the shoe since i started "
                "running more, no injury")
    assert answer_rank(engine, question, "MONDO:0004857") == 0


@pytest.mark.parametrize(("question", "term"), [
    ("my poos are grey and smell awful", ACHOLIC_STOOLS),
    ("my poo is like tar", MELENA),
    ("his poo floats and is really smelly", STEATORRHEA),
    ("my wee is bubbly", FOAMY_URINE),
])
def test_stools_and_urine_as_people_describe_them(
        engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_white_threads_in_a_stool_are_no_pale_stool(engine: Engine) -> None:
    assert ACHOLIC_STOOLS not in present_ids(
        engine, "my 7 year old's bottom is itchy at night and I saw tiny white threads in "
                "his poo")


def test_a_lump_felt_in_the_throat_is_no_neck_mass(engine: Engine) -> None:
    question = ("heartburn after meals and it feels like theres a lump in my throat when i "
                "swallow my spit, food goes down fine")
    assert not finding_ids(engine, question) & NECK_LUMPS
    assert answer_rank(engine, question, "MONDO:0007186") == 0
