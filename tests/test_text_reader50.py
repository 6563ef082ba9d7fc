"""The lay voice (h-reader50, issue 14): plain-words paraphrases of the HPO terms with most
disease annotations, a describing word before a noun of its own ("after a big meal") that is
no size of a site said before it, and "tingly" that is no "tinge"."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import cli_interpretation, present_ids

JOINT_HYPERMOBILITY, XANTHOMATOSIS, ECTOPIA_LENTIS = "HP:0001382", "HP:0000991", "HP:0001083"
PHOTOSENSITIVITY, INTESTINAL_OBSTRUCTION = "HP:0000992", "HP:0005214"
CONJUNCTIVAL_TELANGIECTASIA, DELAYED_MECONIUM = "HP:0000524", "HP:6000224"
LOWER_LIMB_HYPERTROPHY, PARESTHESIA, TETRAPLEGIA = "HP:0010496", "HP:0003401", "HP:0002445"
MITRAL_VALVE_PROLAPSE, HYPOTONIA, SCOLIOSIS = "HP:0001634", "HP:0001252", "HP:0002650"
HYPERLORDOSIS, GENU_VALGUM, CRYPTORCHIDISM = "HP:0003307", "HP:0002857", "HP:0000028"
OSTEOPENIA, MUSCLE_WEAKNESS, HYDRONEPHROSIS, EDEMA = (
    "HP:0000938", "HP:0001324", "HP:0000126", "HP:0000969")


@pytest.mark.parametrize(("question", "term"), [
    ("his skin stretches a lot and her joints bend too far", JOINT_HYPERMOBILITY),
    ("she is very bendy", JOINT_HYPERMOBILITY),
    ("yellow bumps on his elbows and knees", XANTHOMATOSIS),
    ("the lenses in her eyes have slipped", ECTOPIA_LENTIS),
    ("she burns badly in the sun and has loads of freckles", PHOTOSENSITIVITY),
    ("bad tummy pains from his bowel getting blocked", INTESTINAL_OBSTRUCTION),
    ("the whites of her eyes have little red veins", CONJUNCTIVAL_TELANGIECTASIA),
    ("my baby hasn't done a poo since birth", DELAYED_MECONIUM),
    ("she is knock kneed", GENU_VALGUM),
    ("his testicles haven't come down", CRYPTORCHIDISM),
    ("she has a swayback", HYPERLORDOSIS),
])
def test_lay_paraphrases_of_much_annotated_terms(engine: Engine, question: str,
                                                 term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_lay_reading_through_the_cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    reading = cli_interpretation(engine, monkeypatch, "my daughter's joints bend too far")
    assert JOINT_HYPERMOBILITY in str(reading)


@pytest.mark.parametrize("question", [
    "he can't move his legs after a big meal",
    "her legs after a big day out are swollen",
])
def test_a_describing_word_before_its_own_noun_is_no_size_of_the_site(
        engine: Engine, question: str) -> None:
    assert LOWER_LIMB_HYPERTROPHY not in present_ids(engine, question)


def test_the_site_said_big_is_still_read(engine: Engine) -> None:
    assert LOWER_LIMB_HYPERTROPHY in present_ids(engine, "my legs are big")


def test_both_limbs_that_cannot_move_after_a_meal(engine: Engine) -> None:
    ids = present_ids(engine, "he wakes up and can't move his arms and legs after a big meal")
    assert TETRAPLEGIA in ids


def test_a_tinge_is_no_tingling(engine: Engine) -> None:
    assert PARESTHESIA not in present_ids(engine, "a blue tinge to his lips")
    assert PARESTHESIA in present_ids(engine, "my feet are tingly")


@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("he has a floppy heart valve", MITRAL_VALVE_PROLAPSE, HYPOTONIA),
    ("she has weak bones", OSTEOPENIA, MUSCLE_WEAKNESS),
    ("the scan showed his kidneys are swollen", HYDRONEPHROSIS, EDEMA),
])
def test_a_part_said_in_lay_words_is_not_read_as_the_word_alone(
        engine: Engine, question: str, right: str, wrong: str) -> None:
    ids = present_ids(engine, question)
    assert right in ids
    assert wrong not in ids


def test_a_curved_back_stays_scoliosis(engine: Engine) -> None:
    ids = present_ids(engine, "he has a curved back")
    assert SCOLIOSIS in ids
    assert HYPERLORDOSIS not in ids


NYSTAGMUS, TREMOR, FALLS, PREMATURE_TOOTH_LOSS = "HP:0000639", "HP:0001337", "HP:0002527", (
    "HP:0006480")
CARDIOMYOPATHY, EXERCISE_MYOGLOBINURIA, CLUBBING = "HP:0001638", "HP:0008305", "HP:0100759"


@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("his eyes shake all the time", NYSTAGMUS, TREMOR),
    ("her teeth fall out early", PREMATURE_TOOTH_LOSS, FALLS),
    ("the doctor said his heart muscle is weak", CARDIOMYOPATHY, MUSCLE_WEAKNESS),
])
def test_a_finding_of_a_part_is_not_the_verb_alone(engine: Engine, question: str, right: str,
                                                   wrong: str) -> None:
    ids = present_ids(engine, question)
    assert right in ids
    assert wrong not in ids


@pytest.mark.parametrize(("question", "term"), [
    ("his wee goes dark brown after exercise", EXERCISE_MYOGLOBINURIA),
    ("her fingertips are rounded like drumsticks", CLUBBING),
])
def test_second_list_of_lay_paraphrases(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)
