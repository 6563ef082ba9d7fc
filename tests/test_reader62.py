"""Reader gaps of issue 14 (h-reader62): "hot" said of a person is Fever (not of the weather
or a joint); a child who has not drunk feeds poorly (not "I don't drink"); a diet is no
appetite; a negation whose own words end before "and I'm ..." reaches no further; a hand
that shakes when it rests; a face without expression; eyes that don't move properly; white
patches of the skin (not Poliosis); a site said as the place of the finding before "and" is
no word of the finding after it; a relative who told the asker something is no family
history; "psoriasis" in a person's own words."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids

FEVER = "HP:0001945"
FEEDING_DIFFICULTIES = "HP:0011968"
POOR_APPETITE = "HP:0004396"
FATIGUE = "HP:0012378"
RESTING_TREMOR = "HP:0002322"
HYPOMIMIA = "HP:0000338"
OPHTHALMOPARESIS = "HP:0000597"
POLIOSIS = "HP:0002290"
HYPOPIGMENTED_PATCHES = "HP:0001053"
TINNITUS = "HP:0000360"
UNILATERAL_DEAFNESS = "HP:0009900"
MUSCLE_SPASM = "HP:0003394"
HAND_PARESTHESIA = "HP:0033660"
PSORIASIS = "HP:0003765"
COLD_INTOLERANCE = "HP:6000855"
COLDNESS = "HP:0033850"


def test_a_person_who_is_hot_has_a_fever(engine: Engine) -> None:
    assert FEVER in present_ids(engine, "my son is hot and floppy")
    assert FEVER in present_ids(engine, "she is very hot and has a cough")
    assert FEVER in present_ids(engine, "my daughter's hot and sleepy")


def test_hot_weather_a_hot_joint_and_hot_and_cold_are_no_fever(engine: Engine) -> None:
    assert FEVER not in finding_ids(engine, "it's hot outside today and I have a headache")
    assert FEVER not in finding_ids(engine, "my knee is hot, red and swollen")
    assert FEVER not in finding_ids(engine, "he's hot and cold")
    assert FEVER not in finding_ids(engine, "she is always hot")


def test_a_child_who_has_not_drunk_feeds_poorly(engine: Engine) -> None:
    assert FEEDING_DIFFICULTIES in present_ids(
        engine, "my toddler has diarrhoea and hasn't drunk anything since this morning")
    assert FEEDING_DIFFICULTIES in present_ids(engine, "my baby is refusing to drink")
    assert FEEDING_DIFFICULTIES not in finding_ids(engine, "I don't drink or smoke")


def test_a_diet_is_no_appetite_and_its_negation_ends_before_a_new_statement(
        engine: Engine) -> None:
    question = "I don't eat meat and I'm tired"
    assert POOR_APPETITE not in finding_ids(engine, question)
    assert FATIGUE in present_ids(engine, question)
    assert FATIGUE in present_ids(engine, "I don't smoke and I'm tired all the time")


def test_a_hand_that_shakes_when_it_rests(engine: Engine) -> None:
    assert RESTING_TREMOR in present_ids(
        engine, "my dad has a hand that shakes when it rests in his lap")


def test_a_face_without_expression(engine: Engine) -> None:
    assert HYPOMIMIA in present_ids(engine, "there is no expression on his face")
    assert HYPOMIMIA in present_ids(engine, "her face looks blank and she moves slowly")


def test_eyes_that_do_not_move_properly(engine: Engine) -> None:
    assert OPHTHALMOPARESIS in present_ids(engine, "my eyes don't move properly")


def test_white_patches_of_skin_are_no_poliosis(engine: Engine) -> None:
    read = present_ids(engine, "white patches on my hands")
    assert HYPOPIGMENTED_PATCHES in read
    assert POLIOSIS not in read
    assert POLIOSIS in present_ids(engine, "a white patch in my hair")


def test_a_site_of_the_finding_before_and_stays_its_own(engine: Engine) -> None:
    read = present_ids(engine, "ringing in one ear and hearing loss")
    assert TINNITUS in read
    assert UNILATERAL_DEAFNESS not in read
    question = "cramps in my hands and tingling around my mouth"
    assert MUSCLE_SPASM in present_ids(engine, question)
    assert HAND_PARESTHESIA not in finding_ids(engine, question)


def test_a_relative_who_told_me_is_no_family_history(engine: Engine) -> None:
    assert not engine.interpret("I get headaches in the morning, my dad told me too").inheritance
    assert engine.interpret("I get headaches, my mum says she had it too").inheritance


def test_psoriasis_in_own_words(engine: Engine) -> None:
    assert PSORIASIS in present_ids(engine, "I have psoriasis and now my joints hurt")


def test_cold_said_of_a_part_is_its_coldness_of_a_person_cold_intolerance(
        engine: Engine) -> None:
    assert COLD_INTOLERANCE in present_ids(engine, "I'm cold all the time")
    assert COLD_INTOLERANCE in present_ids(engine, "I get cold easily")
    read = present_ids(engine, "my feet are always cold")
    assert COLDNESS in read
    assert COLD_INTOLERANCE not in read
