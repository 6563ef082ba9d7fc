"""Reader false positives of h-reader26 (issue 14), on the real engine (a sentence and the HPO
ids it should or should not read): "back" as an adverb or particle is not the back; "keeps"
after a finger counts the verb after it, not an extra finger; a nail cut too short is no short
nail; one chest or ear infection is not a recurrent one; a spotty rash is no acne; boils are
not chronic furunculosis unless they keep coming."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

BACK_PAIN, LOW_BACK_PAIN = "HP:0003418", "HP:0003419"
POLYDACTYLY_4TH_FINGER, HAND_POLYDACTYLY = "HP:0009972", "HP:0001161"
PARESTHESIA, HYPOESTHESIA = "HP:0003401", "HP:0033748"
SHORT_NAIL = "HP:0001799"
RECURRENT_RESPIRATORY, RECURRENT_LOWER_RESPIRATORY = "HP:0002205", "HP:0002783"
RESPIRATORY_INFECTION = "HP:0011947"
RECURRENT_OTITIS, ACUTE_OTITIS = "HP:0000403", "HP:0000371"
RECURRENT_UTI = "HP:0000010"
ACNE, SKIN_RASH = "HP:0001061", "HP:0000988"
FURUNCLE, CHRONIC_FURUNCULOSIS = "HP:0020083", "HP:0011132"
FREQUENT_FALLS = "HP:0002359"


@pytest.mark.parametrize("question", [
    "it hurts to pull the foreskin back",
    "the earache went away and then the pain came back",
    "it hurts when I tilt my head back",
    "the pain keeps coming back",
])
def test_back_as_a_particle_is_not_the_back(engine: Engine, question: str) -> None:
    assert BACK_PAIN not in present_ids(engine, question)


@pytest.mark.parametrize("question", ["pain in my back", "bending back hurts",
                                      "I have had back pain since I came back from holiday"])
def test_the_back_that_hurts_is_still_read(engine: Engine, question: str) -> None:
    assert BACK_PAIN in present_ids(engine, question)


def test_a_lower_back_hurt_moving_furniture_is_still_read(engine: Engine) -> None:
    assert LOW_BACK_PAIN in present_ids(engine, "I hurt my lower back moving furniture")


@pytest.mark.parametrize("question", [
    "my little finger is numb and half of my ring finger keeps tingling",
    "My little finger and half of my ring finger keep going numb",
])
def test_a_finger_that_keeps_doing_something_is_no_extra_finger(engine: Engine,
                                                               question: str) -> None:
    found = present_ids(engine, question)
    assert not found & {POLYDACTYLY_4TH_FINGER, HAND_POLYDACTYLY}
    assert found & {PARESTHESIA, HYPOESTHESIA}


def test_keeps_still_counts_the_verb_after_it(engine: Engine) -> None:
    assert FREQUENT_FALLS in present_ids(engine, "he keeps falling")


def test_a_nail_cut_too_short_is_no_short_nail(engine: Engine) -> None:
    assert SHORT_NAIL not in present_ids(engine, "I cut the nail too short on my big toe")
    assert SHORT_NAIL in present_ids(engine, "her nails are very short")


def test_one_chest_infection_is_not_recurrent(engine: Engine) -> None:
    found = present_ids(engine, "I've had a chest infection for a week")
    assert not found & {RECURRENT_RESPIRATORY, RECURRENT_LOWER_RESPIRATORY}
    assert RESPIRATORY_INFECTION in found
    again = present_ids(engine, "he keeps getting chest infections")
    assert again & {RECURRENT_RESPIRATORY, RECURRENT_LOWER_RESPIRATORY}


def test_one_ear_infection_is_not_recurrent(engine: Engine) -> None:
    found = present_ids(engine, "my toddler has an ear infection")
    assert RECURRENT_OTITIS not in found
    assert ACUTE_OTITIS in found
    assert RECURRENT_OTITIS in present_ids(engine, "she gets a lot of ear infections")


def test_a_urine_infection_reads_as_before(engine: Engine) -> None:
    # Said alone or, with no word of a course, beside another finding, "a urine infection"
    # is the disease named, no Recurrent urinary tract infections (h-reader69, h-reader71:
    # tests/test_text_said_diseases69.py, tests/test_text_reader71.py); "another" keeps it.
    assert RECURRENT_UTI not in present_ids(engine,
                                            "I think I have a urine infection and a fever")
    assert RECURRENT_UTI in present_ids(engine, "I have another urine infection and a fever")
    alone = engine.interpret("I think I have a urine infection")
    assert RECURRENT_UTI not in present_ids(engine, "I think I have a urine infection")
    assert [d.diseases[0] for d in alone.said_diseases] == ["MONDO:0001650"]


def test_a_spotty_rash_is_no_acne(engine: Engine) -> None:
    found = present_ids(engine, "my child has a pink spotty rash")
    assert ACNE not in found
    assert SKIN_RASH in found


def test_boils_are_furuncles_and_only_recurring_ones_chronic(engine: Engine) -> None:
    found = present_ids(engine, "painful boils in my groin")
    assert FURUNCLE in found
    assert CHRONIC_FURUNCULOSIS not in found
    assert CHRONIC_FURUNCULOSIS in present_ids(engine, "I keep getting boils")
