"""Plain lay voices of h-voices9, on the real engine: "the bottom right of my tummy" is a
quadrant of the tummy, not the bottom (buttocks); a list of activities after "whenever I" is
all circumstance ("whenever I cough, sneeze or laugh" names no sneezing); the asker's own
children ("since having my kids") set no child's age; "windy" weather is no flatulence; a
describing word before one-word findings and a finding with its noun describes that noun too
("dry itchy red patches" are dry patches); lay words of the h-voices9 lexicon block."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_person

from .readings import answer_rank, present_ids

ABDOMINAL_PAIN, ANAL_PAIN, BUTTOCK_PAIN = "HP:0002027", "HP:0500005", "HP:0030778"
SNEEZE, URINARY_INCONTINENCE, FLATULENCE = "HP:0025095", "HP:0000020", "HP:0033589"
DRY_SKIN, PHOTOPSIA, HEADACHE = "HP:0000958", "HP:0030786", "HP:0002315"
TENSION_HEADACHE, CONSTIPATION, ORTHOPNEA = "HP:0012228", "HP:0002019", "HP:0012764"
POLLAKISURIA, RHINORRHEA, FEVER = "HP:0100515", "HP:0031417", "HP:0001945"
REFLUX, VISUAL_FIELD_DEFECT, PANIC_ATTACK = "HP:0002020", "HP:0001123", "HP:0025269"


@pytest.mark.parametrize("question", [
    "pain in the bottom right of my belly",
    "pain in the bottom left of my stomach",
])
def test_bottom_with_a_side_of_the_tummy_is_no_buttock(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert ABDOMINAL_PAIN in read
    assert not read & {ANAL_PAIN, BUTTOCK_PAIN}


def test_the_bottom_alone_is_still_the_bottom(engine: Engine) -> None:
    assert ANAL_PAIN in present_ids(engine, "pain in my bottom")


def test_a_list_of_activities_after_whenever_is_circumstance(engine: Engine) -> None:
    read = present_ids(engine, "I wet myself a bit whenever I cough, sneeze or laugh")
    assert URINARY_INCONTINENCE in read
    assert SNEEZE not in read


def test_a_list_after_the_trigger_clause_is_still_read(engine: Engine) -> None:
    read = present_ids(engine, "every time I have milk I get bloated, windy and have to rush "
                               "to the toilet")
    assert FLATULENCE in read


@pytest.mark.parametrize("question", [
    "I wet myself since having my kids",
    "I have had back pain since having my kids",
    "I leak urine when I laugh, I have 3 kids",
])
def test_the_askers_own_children_set_no_age(question: str) -> None:
    assert read_person(question).age is None


def test_kids_as_the_patients_keep_their_age() -> None:
    assert read_person("my kids have a rash").age == 8.0


def test_stress_incontinence_of_a_mother_ranks_first(engine: Engine) -> None:
    question = "I wet myself a bit whenever I cough, sneeze or laugh since having my kids"
    assert answer_rank(engine, question, "MONDO:0004160") == 0


def test_windy_weather_is_no_flatulence(engine: Engine) -> None:
    assert FLATULENCE not in present_ids(engine, "cold and windy weather makes my face hurt")


def test_dry_before_itchy_red_patches_is_dry_skin(engine: Engine) -> None:
    read = present_ids(engine, "my baby has dry itchy red patches in the creases of her elbows")
    assert DRY_SKIN in read


@pytest.mark.parametrize(("question", "term"), [
    ("it stings when i wee and i keep running to the loo", POLLAKISURIA),
    ("I've got loads of new floaters and flashes in one eye", PHOTOPSIA),
    ("it's like a dark curtain coming across", VISUAL_FIELD_DEFECT),
    ("I have a bad head", HEADACHE),
    ("my eye waters and my nose runs", RHINORRHEA),
    ("I need 3 pillows to sleep", ORTHOPNEA),
    ("my poo is hard like pellets", CONSTIPATION),
    ("Feels like a tight band squeezing round my head", TENSION_HEADACHE),
    ("my heart races and I think I'm going to die", PANIC_ATTACK),
    ("Burning feeling rising up behind my breastbone", REFLUX),
])
def test_lay_words(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_burning_rising_up_is_no_fever(engine: Engine) -> None:
    assert FEVER not in present_ids(engine, "Burning feeling rising up behind my breastbone")


HEARING_IMPAIRMENT, VISUAL_IMPAIRMENT, POOR_APPETITE = "HP:0000365", "HP:0000505", "HP:0004396"


def negated_ids(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).findings if f.negated for i in f.ids}


@pytest.mark.parametrize(("question", "term"), [
    ("the room spins when I turn over in bed. Hearing is fine", HEARING_IMPAIRMENT),
    ("dizzy, my hearing is normal", HEARING_IMPAIRMENT),
    ("my eyesight is fine but I see flashes", VISUAL_IMPAIRMENT),
    ("my appetite's good, I have a cough", POOR_APPETITE),
])
def test_a_function_said_to_be_normal_denies_its_loss(engine: Engine, question: str,
                                                      term: str) -> None:
    assert term in negated_ids(engine, question)
    assert term not in present_ids(engine, question)


@pytest.mark.parametrize("question", ["my hearing is getting worse", "my hearing is not fine"])
def test_a_function_not_said_to_be_normal_is_not_denied(engine: Engine, question: str) -> None:
    assert HEARING_IMPAIRMENT not in negated_ids(engine, question)


def test_have_to_go_right_now_is_urgency(engine: Engine) -> None:
    read = present_ids(engine, "When I need to go I have to go right now or I leak")
    assert "HP:0000012" in read


def test_a_dribble_of_urine_is_no_drooling(engine: Engine) -> None:
    read = present_ids(engine, "it stings when i wee and only a dribble comes out")
    assert "HP:0002307" not in read
    assert "HP:0100518" in read
