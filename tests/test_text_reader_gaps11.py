"""Reader gaps of h-reader18 (carers and parents, bench/data/probe_reader11.yaml): the age a
carer gives beside the person ("my mum, 80,"), grandparents' family words, "goes"/"went" as
forms of "go", a predicate after "has been", and toilet, skin and baby wordings (a sentence
and the HPO ids it should or should not read, on the real engine)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_person
from whatcauses.text.normalize import stem

from .readings import cli_interpretation, present_ids

CYANOSIS, HYPOTONIA, EPIPHORA = "HP:0000961", "HP:0001252", "HP:0009926"
INCONTINENCE, CRUSTING, PAPULE = "HP:0000020", "HP:0007473", "HP:0200034"
SEBORRHEIC, SCALING = "HP:0001051", "HP:0040189"
PROJECTILE, VOMITING = "HP:0002587", "HP:0002013"
INSPIRATORY_STRIDOR, TONIC_CLONIC = "HP:0005348", "HP:0002069"
FEEDING, HEMATOCHEZIA, JAUNDICE = "HP:0011968", "HP:0002573", "HP:0000952"
DIARRHEA, REFLUX, OLIGURIA = "HP:0002014", "HP:0002020", "HP:0100520"
CONSTIPATION, STRABISMUS, TEARFULNESS = "HP:0002019", "HP:0000486", "HP:0033705"


@pytest.mark.parametrize(("question", "age", "sex"), [
    ("My mum, 80, keeps falling over.", 80.0, "female"),
    ("My dad (75) is breathless lying flat.", 75.0, "male"),
    ("My nan, who is 85, is off her food.", 85.0, "female"),
    ("my nan who is 85 keeps falling", 85.0, "female"),
    ("My little girl, 4, has blisters on her hands.", 4.0, "female"),
    ("Our son, 2, goes blue when he coughs.", 2.0, "male"),
    ("our baby, 3 months, is off his feeds", 0.25, "male"),
    ("my grandad (78) keeps getting up at night", 78.0, "male"),
    ("the patient, 45, has chest pain", 45.0, None),
    ("My partner's son, 9, has a sore throat.", 9.0, "male"),
    ("she's only 3 and has a rash", 3.0, "female"),
    ("my son is nearly 3", 3.0, "male"),
    ("my daughter just turned 5", 5.0, "female"),
    ("my eldest, 12, has headaches", 12.0, None),
    ("Mum (82) is confused", 82.0, "female"),
    ("my dad, late 70s, keeps falling", 78.0, "male"),  # late: 76-80 (h-reader31)
])
def test_an_age_beside_the_person_is_their_age(question: str, age: float,
                                               sex: str | None) -> None:
    person = read_person(question)
    assert (person.age, person.sex) == (age, sex)


@pytest.mark.parametrize("question", [
    "my son, 2 days ago, fell off the sofa", "my mum, 60 kg, is always tired",
    "my brother, 6 foot, has back pain", "my wife who is 5 months pregnant feels sick",
    "my son who is 6 foot tall has knee pain", "I'm only 5 foot 2", "he's nearly 6 foot",
    "she's about 3 months pregnant", "the temperature is about 38 and rising",
])
def test_a_number_beside_the_person_that_is_no_age(question: str) -> None:
    assert read_person(question).age is None


def test_the_age_beside_the_person_reaches_the_cli_reading(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    interpretation = cli_interpretation(engine, monkeypatch,
                                        "My dad, 75, gets breathless lying flat.")
    assert interpretation["age"] == 75.0 and interpretation["sex"] == "male"


def test_goes_went_and_gone_are_go() -> None:
    assert stem("goes") == stem("went") == stem("gone") == stem("going") == stem("go")


@pytest.mark.parametrize("question", ["she is floppy and goes blue", "she went blue",
                                      "he goes blue when he coughs"])
def test_going_blue_in_any_form_is_cyanosis(engine: Engine, question: str) -> None:
    assert CYANOSIS in present_ids(engine, question)


@pytest.mark.parametrize("question", ["My 3 week old is very yellow.", "my nan has gone yellow"])
def test_a_colour_said_of_an_age_noun_or_a_grandparent_is_the_skins(engine: Engine,
                                                                   question: str) -> None:
    assert JAUNDICE in present_ids(engine, question)


def test_a_colour_said_of_one_is_no_persons(engine: Engine) -> None:
    assert JAUNDICE not in present_ids(engine, "the left one is yellow")


def test_floppy_and_goes_blue_reads_both(engine: Engine) -> None:
    assert {CYANOSIS, HYPOTONIA} <= present_ids(engine, "she is floppy and goes blue")


@pytest.mark.parametrize("question", ["Our baby's eye has been sticky and watery since birth.",
                                      "his eyes have been sticky and watery"])
def test_a_predicate_after_has_been_describes_the_part(engine: Engine, question: str) -> None:
    assert EPIPHORA in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("she keeps wetting herself", INCONTINENCE),
    ("he has wet himself twice today", INCONTINENCE),
    ("crusty golden sores round his nose", CRUSTING),
    ("a crusty rash on her chin", CRUSTING),
    ("little pearly lumpy spots on his tummy", PAPULE),
    ("a lumpy rash on his arms", PAPULE),
    ("a thick yellow crusty scalp", SEBORRHEIC),
    ("greasy scales behind his ears", SCALING),
    ("he keeps throwing up forcefully after feeds", PROJECTILE),
    ("a harsh noise when he breathes in", INSPIRATORY_STRIDOR),
    ("she went stiff and jerky for a minute", TONIC_CLONIC),
    ("he is taking less milk than usual", FEEDING),
    ("his poo looks like redcurrant jelly", HEMATOCHEZIA),
    ("he's got the squits", DIARRHEA),
    ("she's bringing up her milk after feeds", REFLUX),
    ("fewer wet nappies than usual", OLIGURIA),
    ("he's straining to poo", CONSTIPATION),
])
def test_carers_wordings(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("crusty eyes in the morning", CRUSTING),  # eyelids: conjunctivitis or blepharitis
    ("I threw up after dinner", PROJECTILE),  # plain vomiting
    ("he's got the squits", STRABISMUS),  # a fuzzy match to "squint" before
    ("weepy patches of skin on her arms", TEARFULNESS),  # oozing skin, no mood
])
def test_neighbouring_wordings_keep_their_reading(engine: Engine, question: str,
                                                  term: str) -> None:
    assert term not in present_ids(engine, question)


def test_plain_vomiting_stays_vomiting(engine: Engine) -> None:
    assert VOMITING in present_ids(engine, "I threw up after dinner")


def test_weepy_said_of_a_person_stays_tearfulness(engine: Engine) -> None:
    assert TEARFULNESS in present_ids(engine, "I've been weepy all week")
