"""Plain lay body-site voices of h-voices8, on the real engine (a sentence and the HPO ids it
should or should not read): a chest pain said to come when breathing in is pleuritic, whatever
words stand between the pain and its site, and breathing in names no other finding; "balls" are
the testicles (but "the balls of my feet" the forefoot); the bum crack is where HPO's pilonidal
terms lie; a lump that leaks pus; the last item of a predicate's series past a comma shares its
site ("my big toe went red, hot and swollen"), but not past a sentence's end; a degree word
("really") keeps an item on the series' site; "swollen" before a lump that is read is no
oedema; shaking hands as a greeting is no tremor, "my hands shake" still is; the part of a
site ("the front of") does not part the words of a phrase ("red lumps on the front of my
shins")."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

PLEURITIC_CHEST_PAIN, CHEST_PAIN, DYSPNEA = "HP:0033771", "HP:0100749", "HP:0002094"
TESTICULAR_PAIN, FOOT_PAIN, PILONIDAL_ABSCESS = "HP:0033839", "HP:0025238", "HP:0010771"
PURULENT_SKIN_DRAINAGE, JOINT_SWELLING, EDEMA = "HP:6001119", "HP:0001386", "HP:0000969"
TREMOR, ERYTHEMA_NODOSUM = "HP:0001337", "HP:0012219"
TREMORS = {TREMOR, "HP:0002378"}  # Tremor, or Hand tremor (h-profiles43: "hands shake")


@pytest.mark.parametrize("question", [
    "stabbing pain in the side of my chest when I breathe in",
    "a sharp pain in my chest whenever I take a deep breath",
    "pain on the left side of my chest when I'm breathing in",
])
def test_chest_pain_when_breathing_in_is_pleuritic(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert PLEURITIC_CHEST_PAIN in read
    assert CHEST_PAIN not in read


def test_breathing_in_alone_is_no_chest_pain(engine: Engine) -> None:
    read = present_ids(engine, "I get short of breath when I breathe in")
    assert DYSPNEA in read
    assert PLEURITIC_CHEST_PAIN not in read


@pytest.mark.parametrize("question", ["my balls hurt", "one of my balls is painful"])
def test_balls_are_the_testicles(engine: Engine, question: str) -> None:
    assert TESTICULAR_PAIN in present_ids(engine, question)


def test_the_balls_of_the_feet_are_no_testicles(engine: Engine) -> None:
    read = present_ids(engine, "pain in the balls of my feet")
    assert FOOT_PAIN in read
    assert TESTICULAR_PAIN not in read


def test_an_abscess_in_the_bum_crack_is_pilonidal(engine: Engine) -> None:
    assert PILONIDAL_ABSCESS in present_ids(engine, "an abscess at the top of my bum crack")


def test_a_lump_that_leaks_pus(engine: Engine) -> None:
    assert PURULENT_SKIN_DRAINAGE in present_ids(engine, "a lump that leaks pus")


@pytest.mark.parametrize("question", ["my big toe went red, hot and swollen overnight",
                                      "my big toe is red, hot and swollen"])
def test_a_series_past_a_comma_shares_the_predicates_site(engine: Engine,
                                                          question: str) -> None:
    read = present_ids(engine, question)
    assert JOINT_SWELLING in read
    assert EDEMA not in read


def test_a_new_sentence_does_not_share_the_site(engine: Engine) -> None:
    read = present_ids(engine, "my big toe is red. Hot and swollen")
    assert JOINT_SWELLING not in read


@pytest.mark.parametrize(("question", "site_pain"), [
    ("my ear is red and really hurts", "HP:0030766"),  # Ear pain
    ("my knee is swollen and really hurts", "HP:0030839"),  # Knee pain
    ("my ankle is swollen and very painful", "HP:0030840"),  # Ankle pain
])
def test_a_degree_word_keeps_the_series_on_its_site(engine: Engine, question: str,
                                                    site_pain: str) -> None:
    assert site_pain in present_ids(engine, question)


@pytest.mark.parametrize(("question", "lump"), [
    ("a swollen lump in my armpit", "HP:0034752"),  # Axillary lymphadenopathy
    ("a painful swollen lump on my wrist", "HP:0001225"),  # Wrist swelling
])
def test_swollen_before_a_lump_is_no_oedema(engine: Engine, question: str, lump: str) -> None:
    read = present_ids(engine, question)
    assert lump in read
    assert EDEMA not in read


def test_swollen_before_no_growth_is_still_oedema(engine: Engine) -> None:
    assert EDEMA in present_ids(engine, "a swollen lump")


@pytest.mark.parametrize("question", ["my grip won't let go after I shake hands",
                                      "after shaking hands I can't let go",
                                      "I hate shaking hands with people"])
def test_shaking_hands_as_a_greeting_is_no_tremor(engine: Engine, question: str) -> None:
    assert not TREMORS & present_ids(engine, question)


@pytest.mark.parametrize("question", ["my hands shake", "I have shaking hands",
                                      "shaking hands and sweating"])
def test_shaking_hands_said_of_the_hands_is_still_a_tremor(engine: Engine,
                                                           question: str) -> None:
    assert TREMORS & present_ids(engine, question)


@pytest.mark.parametrize("question", ["red lumps on the front of my shins",
                                      "tender red lumps on the front of both my shins"])
def test_the_part_of_a_site_does_not_part_a_phrase(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert ERYTHEMA_NODOSUM in read
