"""Everyday shapes of lay questions (h-lay18, issue 14): a lesion placed at the back of the
throat or on the roof of the mouth, a posture bent forward that eases a finding, "came up"
before how a part looks, a denial limited to the rest of the body, a likeness that is no
exposure, "thin" said of matter, a part noun after its site, and lay words of urgency, little
sleep, fast talk and a transfusion."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids

ORAL_ULCER = "HP:0000155"
ORAL_BLISTERS = "HP:0200097"
PHARYNGALGIA = "HP:0033050"
ARTHRITIS = "HP:0001369"
JOINT_SWELLING = "HP:0001386"
EDEMA = "HP:0000969"
SKIN_RASH = "HP:0000988"
MALAR_RASH = "HP:0025300"
FLEXION = "HP:6000050"
BODY_WEIGHT = "HP:0004325"
ANAL_PAIN = "HP:0500005"
SHORT_STATURE = "HP:0004322"
URINARY_URGENCY = "HP:0000012"
ANEMIA = "HP:0001903"
DELAYED_SPEECH = "HP:0000750"
PRESSURED_SPEECH = "HP:5200265"
INSOMNIA = "HP:0100785"


def modifier_ids(engine: Engine, question: str) -> set[str]:
    return {m.id for m in engine.interpret(question).modifiers}


@pytest.mark.parametrize("question", [
    "he has little ulcers at the back of his throat",
    "ulcers on the roof of her mouth",
])
def test_ulcers_at_the_back_of_the_throat_are_the_mouths(engine: Engine, question: str) -> None:
    assert ORAL_ULCER in present_ids(engine, question)


def test_blisters_at_the_back_of_the_throat(engine: Engine) -> None:
    assert ORAL_BLISTERS in present_ids(engine, "blisters at the back of his throat")


def test_pain_at_the_back_of_the_throat_stays_the_throats(engine: Engine) -> None:
    assert PHARYNGALGIA in present_ids(engine, "pain at the back of my throat")


def test_a_knee_that_came_up_hot_red_and_swollen_is_a_joint(engine: Engine) -> None:
    found = present_ids(engine, "his knee came up hot, red and swollen overnight")
    assert ARTHRITIS in found and JOINT_SWELLING in found and EDEMA not in found


@pytest.mark.parametrize("question", ["a rash came up on his tummy",
                                      "the test came up negative"])
def test_came_up_before_no_state_keeps_its_words(engine: Engine, question: str) -> None:
    assert ARTHRITIS not in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "sharp chest pain, better when I lean forward",
    "terrible pain in my tummy, it only eases if i sit forward",
    "my legs ache when i walk, it eases when i sit down or lean forward on the trolley",
    "he has to sit leaning forward to breathe",
])
def test_a_posture_bent_forward_that_eases_is_flexion(engine: Engine, question: str) -> None:
    assert FLEXION in modifier_ids(engine, question)


@pytest.mark.parametrize("question", [
    "throbbing pain in my cheeks, worse when I bend forward",
    "it is better lying down and worse when I lean forward",
    "I lean forward to pick things up",
])
def test_bending_forward_that_brings_it_on_is_no_relief(engine: Engine, question: str) -> None:
    assert FLEXION not in modifier_ids(engine, question)


@pytest.mark.parametrize("question", ["an itchy rash on my hands, no rash anywhere else",
                                      "a rash on her cheeks, no rash anywhere else"])
def test_a_denial_of_the_rest_of_the_body_keeps_the_rash(engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    denied = {i for f in reading.findings if f.negated for i in f.ids}
    assert SKIN_RASH not in denied and (present_ids(engine, question) & {SKIN_RASH, MALAR_RASH})


def test_a_limited_denial_of_nothing_named_stays_a_denial(engine: Engine) -> None:
    question = "a smooth bald patch on my head, no rash anywhere else"
    assert SKIN_RASH in finding_ids(engine, question) - present_ids(engine, question)


def test_a_likeness_of_pregnancy_is_no_pregnancy(engine: Engine) -> None:
    reading = engine.interpret("my tummy sticks out like im pregnant")
    assert not [x for x in reading.exposures if x.key == "pregnancy" and not x.negated]
    reading = engine.interpret("I'm pregnant and my tummy sticks out")
    assert [x for x in reading.exposures if x.key == "pregnancy" and not x.negated]


@pytest.mark.parametrize("question", ["thin grey discharge with a fishy smell",
                                      "my discharge is thin and watery"])
def test_thin_matter_is_no_thin_person(engine: Engine, question: str) -> None:
    assert BODY_WEIGHT not in present_ids(engine, question)


def test_a_thin_person_is_still_thin(engine: Engine) -> None:
    assert BODY_WEIGHT in present_ids(engine, "he is very thin and pale")


def test_a_part_after_its_site_is_no_bottom(engine: Engine) -> None:
    question = "the gum over my back tooth at the bottom is swollen and sore"
    assert ANAL_PAIN not in present_ids(engine, question)
    assert ANAL_PAIN in present_ids(engine, "my bottom is sore")


def test_caught_short_is_urgency(engine: Engine) -> None:
    found = present_ids(engine, "i get caught short all the time")
    assert URINARY_URGENCY in found and SHORT_STATURE not in found


def test_a_blood_transfusion_needed_is_anaemia(engine: Engine) -> None:
    assert ANEMIA in present_ids(engine, "my periods got so heavy i needed a blood transfusion")


def test_hardly_slept_is_little_sleep_not_late_speech(engine: Engine) -> None:
    found = present_ids(engine, "he has hardly slept, talking a mile a minute")
    assert {INSOMNIA, PRESSURED_SPEECH} <= found and DELAYED_SPEECH not in found
