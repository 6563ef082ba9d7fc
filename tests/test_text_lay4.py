"""Plain lay wording, round two (h-lay4, issue 14): one test group per mechanism: "since" a
count of time as a duration, "my pressure is high" as blood pressure, a substance's intake as
no level, "came over all" as "felt", a silent "h" in words spelt as they sound, and the
lexicon entries of lay_terms.yaml's h-lay4 block, with guards for what none of them may
read."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.course import read_course
from whatcauses.text.spelling import SpellingCorrector, sound_key

from .readings import present_ids

HYPERTENSION = "HP:0000822"
HYPOTENSION = "HP:0002615"
OCULAR_HYPERTENSION = "HP:0007906"
HYPERGLYCEMIA = "HP:0003074"
INSOMNIA = "HP:0100785"
FEVER = "HP:0001945"
HYPERHIDROSIS = "HP:0000975"
DIARRHEA = "HP:0002014"
MALAISE = "HP:0033834"
UNSTEADY = "HP:0002172"
CHEST_PAIN = "HP:0100749"
BOWEL_SOUNDS = "HP:0030143"
BLADDER = "HP:0000009"
DYSURIA = "HP:0100518"
ORTHOSTATIC = "HP:0001278"
NECK_LUMPS = {"HP:0025289", "HP:0000853"}


# "since" before a count of time is "for".
@pytest.mark.parametrize(("question", "days"), [
    ("my belly is hurting me since three days", 3.0),
    ("I have a cough since 2 weeks", 14.0),
    ("fever since about a week", 7.0),
])
def test_since_a_count_of_time_is_a_duration(question: str, days: float) -> None:
    course = read_course(question)
    assert course is not None and course.days == days


def test_since_an_age_or_a_point_after_an_event_is_no_duration() -> None:
    assert read_course("he has had asthma since 3 years old") is None
    assert read_course("the pain started since 2 days after the operation") is None


# "my pressure is high": the person's blood pressure.
@pytest.mark.parametrize(("question", "term"), [
    ("my pressure is high", HYPERTENSION),
    ("doctor says my pressure is a bit up", HYPERTENSION),
    ("his pressure was very low when they checked", HYPOTENSION),
])
def test_own_pressure_with_a_level_is_blood_pressure(engine: Engine, question: str,
                                                     term: str) -> None:
    assert term in present_ids(engine, question)


def test_other_pressures_are_no_blood_pressure(engine: Engine) -> None:
    found = present_ids(engine, "the pressure at work is high and I can't sleep at night")
    assert HYPERTENSION not in found
    assert INSOMNIA in found
    found = present_ids(engine, "my eye pressure is high")
    assert OCULAR_HYPERTENSION in found and HYPERTENSION not in found


# A substance's intake is a diet, no level.
def test_sugar_intake_is_no_blood_sugar(engine: Engine) -> None:
    found = present_ids(engine, "my sugar intake is high and I have a toothache")
    assert HYPERGLYCEMIA not in found
    assert HYPERGLYCEMIA in present_ids(engine, "my sugar is high, the nurse said")


# "came over all" is "felt".
def test_came_over_all_is_felt(engine: Engine) -> None:
    found = present_ids(engine, "I came over all hot and sweaty")
    assert {FEVER, HYPERHIDROSIS} <= found  # as "I felt hot and sweaty" reads


def test_came_over_all_the_way_is_a_journey(engine: Engine) -> None:
    assert present_ids(engine, "she came over all the way from Leeds") == set()


# A silent "h" in words spelt as they sound.
def test_a_silent_h_is_left_out_of_the_sound_key() -> None:
    assert sound_key("diarreah") == sound_key("diarrhea")
    assert sound_key("chest") != sound_key("cest")  # "ch" keeps its "h"
    assert SpellingCorrector(["diarrhea", "nausea"]).correct("diarreah") == "diarrhea"


def test_diarreah_reads_diarrhea(engine: Engine) -> None:
    assert DIARRHEA in present_ids(engine, "I literally have diarreah and cramps")


# Lexicon entries (lay_terms.yaml, h-lay4).
@pytest.mark.parametrize(("question", "terms"), [
    ("I am having the loose motions", {DIARRHEA}),
    ("I have the flu feeling since yesterday", {MALAISE}),
    ("I feel off and my pee burns", {MALAISE, DYSURIA}),
    ("I feel off since two days", {MALAISE}),
    ("my chest is catching", {CHEST_PAIN}),
    ("my tummy is gurgling and rumbling all the time", {BOWEL_SOUNDS}),
    ("my waterworks are playing up", {BLADDER}),
    ("feeling dizzy-ish when I get up out of my chair", {ORTHOSTATIC}),
])
def test_lay_wordings_read_their_terms(engine: Engine, question: str, terms: set[str]) -> None:
    assert terms <= present_ids(engine, question)


# "off" ending a phrase of feeling is unwell.
@pytest.mark.parametrize("question", ["I feel off", "I have been feeling a bit off for a week",
                                      "I felt off and shivery"])
def test_feeling_off_is_malaise(engine: Engine, question: str) -> None:
    assert MALAISE in present_ids(engine, question)


def test_off_my_food_and_feel_feverish_is_no_malaise(engine: Engine) -> None:
    assert MALAISE not in present_ids(engine, "I've gone off my food and feel feverish")


def test_feel_off_balance_stays_unsteadiness(engine: Engine) -> None:
    found = present_ids(engine, "I feel off balance when I walk")
    assert UNSTEADY in found and MALAISE not in found


def test_a_lump_in_the_throat_felt_is_no_neck_lump(engine: Engine) -> None:
    # No HPO term names the feeling (globus); it is left unread, never a lump in the neck.
    found = present_ids(engine, "I feel like there's a lump in my throat when I'm anxious")
    assert not found & NECK_LUMPS
