"""Reader gaps of h-reader29, on the real engine (a sentence and the HPO ids it should or
should not read): a blood count said with its level ("lymphocytes are raised"); a descriptor
said of a list of sites ("my ears and nose are big") or of sites HPO names together ("the
palms of her hands and soles of her feet are thick"); a position word inside a phrase places
the finding ("a swelling behind my knee"), and a part noun inside a lexicon phrase is a word of
it ("a lump at the back of the knee"); people the person is compared with set no age
("shorter than other kids"); a confirmed exposure phrase is no finding ("drinks a lot of
beer": no Polydipsia)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

LYMPHOCYTOSIS, MONOCYTOSIS, THROMBOCYTOSIS = "HP:0100827", "HP:0012311", "HP:0001894"
MACROTIA, PROMINENT_NOSE = "HP:0000400", "HP:0000448"
PALMOPLANTAR_HYPERKERATOSIS, PALMOPLANTAR_KERATODERMA = "HP:0000972", "HP:0000982"
POPLITEAL_CYST, JOINT_SWELLING = "HP:0032072", "HP:0001386"
POLYDIPSIA = "HP:0001959"
SHORT_STATURE, PETECHIAE = "HP:0004322", "HP:0000967"
PAROTID_ENLARGEMENT, FINGER_SWELLING = "HP:0011801", "HP:0025131"
DELAYED_SPEECH, VERRUCAE = "HP:0000750", "HP:0200043"


@pytest.mark.parametrize(("question", "term"), [
    ("his blood test says the lymphocytes are raised", LYMPHOCYTOSIS),
    ("my lymphocytes are high", LYMPHOCYTOSIS),
    ("my monocyte count is high", MONOCYTOSIS),
    ("her platelets are raised", THROMBOCYTOSIS),
])
def test_a_blood_count_with_its_level(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", ["my ears and nose are big",
                                      "her nose and ears look large"])
def test_a_descriptor_is_said_of_every_site_of_a_list(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert MACROTIA in read
    assert PROMINENT_NOSE in read


def test_a_descriptor_of_sites_hpo_names_together(engine: Engine) -> None:
    question = "the palms of her hands and soles of her feet are thick"
    assert PALMOPLANTAR_HYPERKERATOSIS in present_ids(engine, question)


def test_two_sites_named_together_among_others(engine: Engine) -> None:
    question = "she has thick skin on the palms of her hands and the soles of her feet"
    assert PALMOPLANTAR_KERATODERMA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["a lump at the back of the knee",
                                      "swelling behind my knee",
                                      "a swelling behind his knee that comes and goes"])
def test_a_lump_behind_the_knee_is_popliteal(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert POPLITEAL_CYST in read
    assert JOINT_SWELLING not in read


@pytest.mark.parametrize("question", ["my son is much shorter than other kids in his class",
                                      "she is shorter than the other children her age"])
def test_people_compared_with_set_no_age(engine: Engine, question: str) -> None:
    assert SHORT_STATURE in present_ids(engine, question)
    assert engine.interpret(question).age is None


@pytest.mark.parametrize(("question", "term"), [
    ("little red spots on her skin", PETECHIAE),
    ("both his cheeks under his ears are swollen and he has a fever", PAROTID_ENLARGEMENT),
    ("my rings no longer fit", FINGER_SWELLING),
    ("my 2 year old has no words yet", DELAYED_SPEECH),
    ("a rough lump on my thumb", VERRUCAE),
])
def test_lay_wordings(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", ["he drinks a lot at weekends and his hands shake",
                                      "my dad drinks a lot of beer and his belly is swelling"])
def test_drinking_said_of_alcohol_is_no_polydipsia(engine: Engine, question: str) -> None:
    assert POLYDIPSIA not in present_ids(engine, question)


def test_drinking_a_lot_alone_stays_polydipsia(engine: Engine) -> None:
    assert POLYDIPSIA in present_ids(engine, "he drinks a lot and pees a lot")
