"""The plain lay voice (h-lay20, issue 14): the middle of a part, a finding that "comes on" or
"comes up" at its site, a verb of exertion that cannot be done, blood "in it" after a cough,
the colour of a bleeding, small things seen in the hair, and lay wordings of fatty stools, a
faint, weight loss, infrequent periods, a baby's recession and poor feeding, tenesmus, pain
on chewing, a cough in fits and a twitching face."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids

CHEST_TIGHTNESS = "HP:0031352"
ANGINA = "HP:0001681"
BLURRED_VISION = "HP:0000622"
CENTRAL_SCOTOMA = "HP:0000603"
POSTEXERTIONAL = "HP:0030973"
INABILITY_TO_WALK = "HP:0002540"
HEMOPTYSIS = "HP:0002105"
ERYTHEMA = "HP:0010783"
AXILLARY_LYMPHADENOPATHY = "HP:0034752"
GROIN_PAIN = "HP:0031520"
WHITE_HAIR = "HP:0011364"
REFLUX = "HP:0002020"
STEATORRHEA = "HP:0002570"
CONSTIPATION = "HP:0002019"
FLUSHING = "HP:0031284"
SYNCOPE = "HP:0001279"
WEIGHT_LOSS = "HP:0001824"
OLIGOMENORRHEA = "HP:0000876"
RETRACTIONS = "HP:0030864"
FEEDING_DIFFICULTIES = "HP:0011968"
TENESMUS = "HP:0012702"
JAW_CLAUDICATION = "HP:0030164"
SEIZURE = "HP:0001250"
HEMIFACIAL_SPASM = "HP:0010828"
FACIAL_TICS = "HP:0011468"
INTERMITTENT_CLAUDICATION = "HP:0004417"


@pytest.mark.parametrize("question", [
    "a tight feeling in the middle of my chest",
    "a heavy feeling in the centre of my chest",
])
def test_a_feeling_in_the_middle_of_the_chest(engine: Engine, question: str) -> None:
    assert CHEST_TIGHTNESS in present_ids(engine, question)


def test_the_middle_of_the_vision_is_no_part_of_a_site(engine: Engine) -> None:
    ids = present_ids(engine, "the middle of my vision has gone blurry")
    assert CENTRAL_SCOTOMA in ids


def test_a_feeling_that_comes_on_when_walking_uphill(engine: Engine) -> None:
    question = "a tight heavy feeling in the middle of my chest comes on when i walk up a hill"
    assert ANGINA in present_ids(engine, question)


def test_calf_cramps_up_after_walking(engine: Engine) -> None:
    ids = present_ids(engine, "my calf cramps up after i walk a couple of hundred yards")
    assert INTERMITTENT_CLAUDICATION in ids


def test_a_taste_that_comes_into_the_mouth_keeps_reflux(engine: Engine) -> None:
    ids = present_ids(engine, "a sour taste comes into my mouth at night")
    assert REFLUX in ids


def test_lumps_that_keep_coming_up_at_a_site(engine: Engine) -> None:
    ids = present_ids(engine, "lumps keep coming up in my armpits")
    assert AXILLARY_LYMPHADENOPATHY in ids


def test_lumps_that_come_up_are_no_path_of_a_pain(engine: Engine) -> None:
    ids = present_ids(engine, "painful lumps coming up in my armpits")
    assert GROIN_PAIN not in ids and AXILLARY_LYMPHADENOPATHY in ids


def test_a_walk_that_cannot_be_done_is_no_circumstance(engine: Engine) -> None:
    ids = present_ids(engine, "i keep being sick and cant walk")
    assert POSTEXERTIONAL not in ids and INABILITY_TO_WALK in ids


def test_blood_in_it_after_a_cough(engine: Engine) -> None:
    question = "ive been coughing for two months, sometimes theres blood in it"
    assert HEMOPTYSIS in present_ids(engine, question)


def test_no_blood_in_it_after_a_cough_is_denied(engine: Engine) -> None:
    question = "a cough with green phlegm, no blood in it"
    assert HEMOPTYSIS in finding_ids(engine, question)
    assert HEMOPTYSIS not in present_ids(engine, question)


def test_the_colour_of_a_bleeding_is_no_erythema(engine: Engine) -> None:
    assert ERYTHEMA not in present_ids(engine, "some painless bright red bleeding")


@pytest.mark.parametrize("question", [
    "white specks stuck to her hair",
    "white flakes in his hair",
])
def test_small_white_things_in_the_hair_are_no_white_hair(engine: Engine,
                                                         question: str) -> None:
    assert WHITE_HAIR not in present_ids(engine, question)


def test_hair_gone_white_stays_white_hair(engine: Engine) -> None:
    assert WHITE_HAIR in present_ids(engine, "his hair has gone white")


def test_stools_hard_to_flush(engine: Engine) -> None:
    ids = present_ids(engine, "my poos are loose pale and smelly and hard to flush")
    assert STEATORRHEA in ids
    assert CONSTIPATION not in ids and FLUSHING not in ids


@pytest.mark.parametrize(("question", "term"), [
    ("i keel over whenever i see blood", SYNCOPE),
    ("my clothes are hanging off me", WEIGHT_LOSS),
    ("my periods only come every few months", OLIGOMENORRHEA),
    ("the skin is sucking in under her ribs", RETRACTIONS),
    ("shes not finishing her feeds", FEEDING_DIFFICULTIES),
    ("i feel like i need to go even when nothing comes out", TENESMUS),
    ("it hurts him to chew", JAW_CLAUDICATION),
])
def test_plain_lay_wordings(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_cough_that_comes_in_fits_is_no_seizure(engine: Engine) -> None:
    ids = present_ids(engine, "a cough for three weeks that comes in long fits")
    assert SEIZURE not in ids


def test_fits_alone_stay_seizures(engine: Engine) -> None:
    assert SEIZURE in present_ids(engine, "she has fits")


def test_one_side_of_the_face_twitching(engine: Engine) -> None:
    question = "the muscles on one side of my face keep twitching"
    ids = present_ids(engine, question)
    assert HEMIFACIAL_SPASM in ids and FACIAL_TICS not in ids


def test_a_twitching_face_is_an_either_or_word(engine: Engine) -> None:
    ids = present_ids(engine, "my face keeps twitching")
    assert {FACIAL_TICS, HEMIFACIAL_SPASM} <= ids
