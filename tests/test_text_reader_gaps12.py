"""Reader gaps of h-reader19, on the real engine (a sentence and the HPO ids it should or
should not read): something coming out of the back passage, soreness at the vaginal opening,
a swelling or glands under the jaw, breathing that stops in sleep, breathing through the
mouth, a blocked or nasal voice, and light or noise that cannot be borne."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

RECTAL_PROLAPSE, HEMORRHOIDS = "HP:0002035", "HP:0032551"
PERIANAL_ABSCESS, VULVODYNIA, BARTHOLIN_CYST = "HP:0009789", "HP:0030943", "HP:0430134"
FACIAL_EDEMA, JAW_SWELLING = "HP:0000282", "HP:0030793"
SUBMANDIBULAR_NODES = "HP:0033176"
APNEA, SLEEP_APNEA = "HP:0002104", "HP:0010535"
MOUTH_BREATHING, NASAL_CONGESTION, HYPONASAL = "HP:6000463", "HP:0001742", "HP:0100271"
TRISMUS, DYSPHONIA = "HP:0000211", "HP:0001618"
PHOTOPHOBIA, PHONOPHOBIA = "HP:0000613", "HP:0002183"


@pytest.mark.parametrize("question", ["something pink comes out of my back passage",
                                      "a lump slips out of my back passage when I go",
                                      "something bulges out of my anus when I strain"])
def test_something_out_of_the_back_passage_is_a_prolapse_or_piles(engine: Engine,
                                                                  question: str) -> None:
    assert {RECTAL_PROLAPSE, HEMORRHOIDS} & present_ids(engine, question)


@pytest.mark.parametrize("question", ["her bowel is falling out", "his insides come out"])
def test_a_bowel_falling_out_is_rectal_prolapse(engine: Engine, question: str) -> None:
    assert RECTAL_PROLAPSE in present_ids(engine, question)


def test_a_swelling_beside_the_back_passage_is_an_abscess_there(engine: Engine) -> None:
    assert PERIANAL_ABSCESS in present_ids(engine, "a painful swelling next to my back passage")


@pytest.mark.parametrize("question", ["stinging pain at the entrance to my vagina",
                                      "burning pain around the opening of my vagina"])
def test_pain_at_the_vaginal_opening_is_vulvar_pain(engine: Engine, question: str) -> None:
    assert VULVODYNIA in present_ids(engine, question)


def test_a_lump_beside_the_vaginal_opening_is_a_bartholin_cyst(engine: Engine) -> None:
    assert BARTHOLIN_CYST in present_ids(engine, "a painful lump at the side of my vaginal opening")


@pytest.mark.parametrize("question", ["a swelling under my jaw when I eat",
                                      "the area under my jaw swells up"])
def test_a_swelling_under_the_jaw_is_soft_tissue_not_the_jaw_bone(engine: Engine,
                                                                  question: str) -> None:
    found = present_ids(engine, question)
    assert FACIAL_EDEMA in found and JAW_SWELLING not in found


def test_swollen_glands_under_the_jaw_are_submandibular_nodes(engine: Engine) -> None:
    assert SUBMANDIBULAR_NODES in present_ids(engine, "swollen glands under my jaw")


@pytest.mark.parametrize("question", ["he stops breathing in his sleep",
                                      "my son stops breathing at night"])
def test_breathing_that_stops_in_sleep_is_sleep_apnea(engine: Engine, question: str) -> None:
    assert SLEEP_APNEA in present_ids(engine, question)


def test_breathing_that_stops_is_apnea(engine: Engine) -> None:
    assert APNEA in present_ids(engine, "she stopped breathing and went blue")


@pytest.mark.parametrize("question", ["he always breathes through his mouth",
                                      "I have to breathe through my mouth"])
def test_breathing_through_the_mouth(engine: Engine, question: str) -> None:
    assert MOUTH_BREATHING in present_ids(engine, question)


def test_a_voice_that_sounds_blocked_up(engine: Engine) -> None:
    assert {NASAL_CONGESTION, HYPONASAL} & present_ids(engine, "she sounds blocked up all the time")


def test_talking_through_the_nose_is_a_nasal_voice(engine: Engine) -> None:
    assert HYPONASAL in present_ids(engine, "he talks through his nose")


def test_a_mouth_that_will_hardly_open_and_a_muffled_voice(engine: Engine) -> None:
    found = present_ids(engine, "I can hardly open my mouth and my voice sounds muffled")
    assert {TRISMUS, DYSPHONIA} <= found


@pytest.mark.parametrize("question", ["he can't stand bright light", "I can't bear light"])
def test_light_that_cannot_be_borne_is_photophobia(engine: Engine, question: str) -> None:
    assert PHOTOPHOBIA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["she can't stand loud noises",
                                      "I can't tolerate loud sounds"])
def test_noise_that_cannot_be_borne_is_phonophobia(engine: Engine, question: str) -> None:
    assert PHONOPHOBIA in present_ids(engine, question)


def test_the_jaw_itself_swollen_stays_jaw_swelling(engine: Engine) -> None:
    assert JAW_SWELLING in present_ids(engine, "my jaw is swollen on one side")
