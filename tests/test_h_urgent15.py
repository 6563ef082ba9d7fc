"""Emergencies of every organ system told by a worried person or carer (h-urgent15, issue 13;
bench/data/probe_h-urgent15.yaml): a headache told as a blow to the head, waking in the night
with a pain, a pain going "through to" a place, and six red-flag combinations (a heart
attack without chest pain, tummy pain through to the back with sickness, very bad testicle
pain, one painful swollen leg or calf, a baby's bouts of screaming tummy pain, a limp with a
fever in an under-5), with the everyday look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

pytestmark = pytest.mark.slow

THUNDERCLAP, INSOMNIA, TESTICULAR_PAIN = "HP:0030907", "HP:0031355", "HP:0033839"
SHOULDER_PAIN, BACK_PAIN = "HP:0030834", "HP:0003418"
DISSECTION, SAH = "MONDO:0005561", "MONDO:0019543"


@pytest.mark.parametrize("question", [
    "it felt like she'd been hit on the back of the head with a bat",
    "a headache like being hit on the head",
])
def test_a_headache_told_as_a_blow_is_a_thunderclap_headache(engine: Engine,
                                                             question: str) -> None:
    assert THUNDERCLAP in present_ids(engine, question)


def test_a_real_blow_to_the_head_is_no_thunderclap_headache(engine: Engine) -> None:
    ids = present_ids(engine, "he was hit on the head with a ball and now has a headache")
    assert THUNDERCLAP not in ids


def test_the_blow_simile_names_subarachnoid_haemorrhage_with_the_notice(engine: Engine) -> None:
    question = ("my wife said it felt like she'd been hit on the back of the head with a bat, "
                "then she was sick and can't stand the light")
    assert answer_rank(engine, question, SAH) < 3
    assert engine.ask(question).urgent is not None


def test_waking_in_the_night_with_a_pain_is_no_insomnia(engine: Engine) -> None:
    ids = present_ids(engine, "my son woke in the night with agony in one of his testicles")
    assert INSOMNIA not in ids and TESTICULAR_PAIN in ids


def test_waking_in_the_night_alone_is_still_insomnia(engine: Engine) -> None:
    assert INSOMNIA in present_ids(engine, "I wake up in the night and can't get back to sleep")


def test_a_pain_shot_through_to_between_the_shoulder_blades_is_back_pain(engine: Engine) -> None:
    question = ("tearing pain in my chest that shot through to between my shoulder blades, "
                "worst pain of my life")
    ids = present_ids(engine, question)
    assert BACK_PAIN in ids and SHOULDER_PAIN not in ids
    assert answer_rank(engine, question, DISSECTION) < 3


@pytest.mark.parametrize("question", [
    "my 62 year old wife feels sick, is clammy and sweaty and has an ache in her jaw and left "
    "arm, no real chest pain",
    "severe pain in my upper tummy going through to my back, I keep being sick",
    "my 15 year old woke in the night with agony in one of his testicles",
    "severe testicle pain",
    "the back of my leg below the knee is swollen, warm and sore since my long flight",
    "my right calf has swollen up and is tender and red, it's bigger than the other one",
    "my 8 month old keeps having spells of screaming where she pulls her knees up to her "
    "tummy, then goes quiet and pale",
    "my 5 year old has a limp and a fever and won't let me touch his hip",
])
def test_these_emergencies_raise_the_notice(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is not None, question


@pytest.mark.parametrize("question", [
    "my arm aches after the gym and I sweat a lot",
    "my jaw hurts when I chew and I feel sick",
    "period cramps going into my back and I feel sick",
    "lower back pain and I feel sick",
    "a dull ache in my left testicle for months",
    "I have had a tight band-like headache at the end of the working day for a week",
    "my ankles swell up by the evening and ache",
    "my legs are swollen and achy in this heat",
    "My lower leg is red, hot, swollen and painful and I feel feverish.",
    "my 6 week old screams every evening and pulls his legs up to his tummy",
    "my 3 year old has been limping since he fell off the slide",
])
def test_everyday_look_alikes_stay_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question
