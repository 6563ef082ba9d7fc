"""Reader gaps of h-reader22, on the real engine: people the patient meets at school or work
and the patient's turn after them ("a boy in his class ..., now he has ..."), a medicine
named by what it treats, living things seen on walls, one side of the body gone weak, a
heartbeat that goes slow then fast, restlessness by age, and a few lay wordings (a grey
child, hair on the chin, a hot joint, not bearing weight, the side of the back)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.medicines import medicine_words, names_a_medicine

from .readings import present_ids

VOMITING, DIARRHEA, FEVER, SKIN_RASH, EAR_PAIN = (
    "HP:0002013", "HP:0002014", "HP:0001945", "HP:0000988", "HP:0030766")
VISUAL_HALLUCINATION, HEMIPARESIS, MUSCLE_WEAKNESS = "HP:0002367", "HP:0001269", "HP:0001324"
BRADYCARDIA, TACHYCARDIA = "HP:0001662", "HP:0001649"
RESTLESSNESS, HYPERACTIVITY = "HP:0000711", "HP:0000752"
PALLOR, HIRSUTISM, ARTHRITIS, ANTALGIC_GAIT = "HP:0000980", "HP:0001007", "HP:0001369", "HP:0031955"
FLANK_PAIN, BACK_PAIN, VERTIGO, FAILURE_TO_THRIVE = (
    "HP:0030157", "HP:0003418", "HP:0002321", "HP:0001508")


def others_ids(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).others_findings for i in f.ids}


@pytest.mark.parametrize("question", [
    "a boy in his class has been vomiting and now he has diarrhoea",
    "loads of kids at his school have been vomiting, he has diarrhoea",
    "my daughter is 6, a girl in her class was vomiting and now she has diarrhoea",
])
def test_a_contact_at_school_is_not_the_patient(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert DIARRHEA in found and VOMITING not in found
    assert VOMITING in others_ids(engine, question)


@pytest.mark.parametrize("question", [
    "her best friend had a rash last week and now she has a fever",
    "my son's friend had a rash last week and now he has a fever",
])
def test_now_with_a_pronoun_turns_back_to_the_patient(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert FEVER in found and SKIN_RASH not in found


def test_the_patients_own_earlier_trouble_stays_theirs(engine: Engine) -> None:
    found = present_ids(engine, "my son had a rash last week and now he has an earache")
    assert {SKIN_RASH, EAR_PAIN} <= found


def test_a_boy_of_an_age_is_the_patient(engine: Engine) -> None:
    assert {FEVER, SKIN_RASH} <= present_ids(engine, "a 5 year old boy with a fever and a rash")


@pytest.mark.parametrize("question", ["I took travel sickness tablets and feel dizzy",
                                      "the pharmacist gave me some travel sickness pills, "
                                      "I feel dizzy"])
def test_a_medicine_named_by_what_it_treats_is_no_finding(engine: Engine,
                                                          question: str) -> None:
    found = present_ids(engine, question)
    assert VERTIGO in found and VOMITING not in found


def test_a_finding_said_apart_from_the_medicine_stays(engine: Engine) -> None:
    assert VOMITING in present_ids(engine, "taking anti-sickness tablets but still vomiting")


def test_medicine_positions() -> None:
    words = ["i", "took", "travel", "sickness", "tablets"]
    named = medicine_words(words)
    assert named == [(1, 4)]
    assert names_a_medicine([3], named) and not names_a_medicine([1], named)


@pytest.mark.parametrize("question", ["dad is seeing animals on the walls",
                                      "grandma keeps seeing insects crawling on the ceiling"])
def test_living_things_seen_on_walls_are_a_visual_hallucination(engine: Engine,
                                                                question: str) -> None:
    assert VISUAL_HALLUCINATION in present_ids(engine, question)


@pytest.mark.parametrize("question", ["I saw a spider on the ceiling and now I have a rash",
                                      "I see damp on the walls and I cough"])
def test_a_real_sight_on_a_wall_is_no_hallucination(engine: Engine, question: str) -> None:
    assert VISUAL_HALLUCINATION not in present_ids(engine, question)


@pytest.mark.parametrize("question", ["her left side went weak suddenly",
                                      "my right side is weak and numb",
                                      "I feel weak on one side"])
def test_one_side_of_the_body_gone_weak_is_hemiparesis(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert HEMIPARESIS in found and MUSCLE_WEAKNESS not in found


def test_the_side_of_a_part_is_not_one_side_of_the_body(engine: Engine) -> None:
    assert HEMIPARESIS not in present_ids(engine, "the right side of my face is weak")


@pytest.mark.parametrize("question", ["my heart beats slow then fast",
                                      "my heartbeat goes really slow and then races"])
def test_a_heartbeat_slow_then_fast_reads_both_rates(engine: Engine, question: str) -> None:
    assert {BRADYCARDIA, TACHYCARDIA} <= present_ids(engine, question)


def test_not_sitting_still_is_restlessness_in_an_adult_hyperactivity_in_a_child(
        engine: Engine) -> None:
    adult = engine.interpret("I'm 40 and can't sit still, on edge all day").findings
    child = engine.interpret("my 7 year old son can't sit still in class").findings
    assert adult[0].ids[0] == RESTLESSNESS and HYPERACTIVITY in adult[0].ids
    assert child[0].ids[0] == HYPERACTIVITY and RESTLESSNESS in child[0].ids


@pytest.mark.parametrize("question", ["my 8 month old went grey and floppy",
                                      "he looks grey and clammy", "he's gone ashen"])
def test_a_grey_look_is_pallor(engine: Engine, question: str) -> None:
    assert PALLOR in present_ids(engine, question)


def test_grey_hair_is_no_pallor(engine: Engine) -> None:
    assert PALLOR not in present_ids(engine, "my hair is going grey early")


@pytest.mark.parametrize("question,term", [
    ("dark hairs on my chin and upper lip", HIRSUTISM),
    ("my big toe joint is hot and red", ARTHRITIS),
    ("she won't put weight on her leg", ANTALGIC_GAIT),
    ("my 3 year old won't stand on his left leg", ANTALGIC_GAIT),
])
def test_lay_wordings(engine: Engine, question: str, term: str) -> None:
    found = present_ids(engine, question)
    assert term in found and FAILURE_TO_THRIVE not in found


def test_the_side_of_the_back_is_the_flank(engine: Engine) -> None:
    found = present_ids(engine, "pain in the right side of my back and a fever")
    assert FLANK_PAIN in found and BACK_PAIN not in found


def test_the_askers_own_child_at_nursery_is_the_patient(engine: Engine) -> None:
    found = present_ids(engine, "my little girl at nursery has been vomiting and has diarrhoea")
    assert {VOMITING, DIARRHEA} <= found


def test_how_it_came_on_may_stand_between_the_limbs_and_their_verb(engine: Engine) -> None:
    found = present_ids(engine, "my husband's right arm and leg suddenly went weak")
    assert HEMIPARESIS in found


def test_the_back_under_the_ribs_is_the_flank_not_the_abdomen(engine: Engine) -> None:
    found = present_ids(engine, "sharp pain on the left side of my back under the ribs")
    assert FLANK_PAIN in found and "HP:0002027" not in found  # Abdominal pain


def test_a_colour_before_a_body_part_is_the_parts_not_the_persons(engine: Engine) -> None:
    assert PALLOR not in present_ids(engine, "I have grey eyes and blurred vision")
