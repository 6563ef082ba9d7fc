"""Reader gaps of h-reader24 (issue 14), on the real engine (a sentence and the HPO ids it
should or should not read): a negated verb after a named finger says what the finger does not
do, not that it is missing; a colour said of pus is no colour of the nail beside it; an
ingrown toenail; fresh blood when wiping; a racing heart that stops suddenly;
spotting years after the periods stopped; a cold counted back in time."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

APLASIA_4TH_FINGER, FINGER_CONTRACTURE = "HP:0009281", "HP:0012785"
YELLOW_NAILS, LEUKONYCHIA, INGROWN_NAIL = "HP:0011367", "HP:0001820", "HP:0012710"
HEMATOCHEZIA = "HP:0002573"
PAROXYSMAL_TACHYCARDIA = "HP:0006688"
POSTMENOPAUSAL_BLEEDING, SECONDARY_AMENORRHEA = "HP:0033840", "HP:0000869"
COLDNESS = "HP:0033850"


@pytest.mark.parametrize("question", ["my ring finger will not straighten",
                                      "My ring finger won't straighten any more."])
def test_a_negated_verb_after_a_named_finger_is_no_absent_finger(engine: Engine,
                                                                  question: str) -> None:
    found = present_ids(engine, question)
    assert APLASIA_4TH_FINGER not in found
    assert FINGER_CONTRACTURE in found


def test_a_missing_ring_finger_is_still_read(engine: Engine) -> None:
    assert APLASIA_4TH_FINGER in present_ids(engine, "she was born with no ring finger")


@pytest.mark.parametrize("question", [
    "painful red swollen toe next to the nail with yellow pus",
    "her fingernail has yellow pus under it",
    "the nail with white pus",
])
def test_a_colour_said_of_pus_is_no_nail_colour(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert YELLOW_NAILS not in found
    assert LEUKONYCHIA not in found


@pytest.mark.parametrize("question", ["my toenails are thick and yellow",
                                      "my nails have gone yellow"])
def test_yellow_nails_are_still_read(engine: Engine, question: str) -> None:
    assert YELLOW_NAILS in present_ids(engine, question)


@pytest.mark.parametrize("question", ["infected ingrown toenail?",
                                      "ingrowing toenail on my big toe"])
def test_an_ingrown_toenail(engine: Engine, question: str) -> None:
    assert INGROWN_NAIL in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "I've noticed some bright red blood when I wipe after going to the toilet",
    "a few drops of bright red blood in the toilet bowl afterwards",
])
def test_fresh_blood_when_wiping_or_in_the_bowl(engine: Engine, question: str) -> None:
    assert HEMATOCHEZIA in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "my heart races and it starts and stops suddenly",
    "my heart suddenly races for a few minutes and then stops just as suddenly",
    "palpitations that stop abruptly",
])
def test_a_racing_heart_that_stops_suddenly_is_paroxysmal(engine: Engine,
                                                          question: str) -> None:
    assert PAROXYSMAL_TACHYCARDIA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["the pain stops suddenly",
                                      "my heart is racing. The headache stopped suddenly."])
def test_a_sudden_stop_of_something_else_is_no_paroxysm(engine: Engine,
                                                        question: str) -> None:
    assert PAROXYSMAL_TACHYCARDIA not in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "my mum is 58 and she has started spotting again years after her periods stopped",
    "bleeding years after her periods stopped",
])
def test_spotting_after_the_periods_stopped(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert POSTMENOPAUSAL_BLEEDING in found
    assert SECONDARY_AMENORRHEA not in found


@pytest.mark.parametrize("question", ["cough since a cold three weeks ago",
                                      "I had a cold 2 weeks ago and still cough"])
def test_a_cold_counted_back_in_time_is_no_coldness(engine: Engine, question: str) -> None:
    assert COLDNESS not in present_ids(engine, question)
