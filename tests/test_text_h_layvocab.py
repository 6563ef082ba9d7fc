"""Everyday descriptions of signs (h-layvocab, issue 14): a colour said of a body part meets
hp.obo's own term for the two ("her gums have gone brown": Intra-oral hyperpigmentation; "the
whites of his eyes are brown": Pigmentation of the sclera), and a normal colour of a part that
HPO names nothing for stays unread ("brown eyes", "dark skin"); a tint before a colour is a
shade of it ("a greyish bronze colour" is bronze); a part that bends backwards or the wrong way
is its hyperextension, one that slips or pops out of place its dislocation; webs of skin at
the sides of the neck are a webbed neck; a second descriptor after "and" is said of the site
the clause began with ("his ears are big and stick out")."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

INTRA_ORAL_HYPERPIGMENTATION = "HP:0010284"
SCLERAL_PIGMENTATION = "HP:0007832"
SILVER_GRAY_HAIR = "HP:0002218"
BRONZE_SKIN = "HP:0007574"
HYPERPIGMENTATION = "HP:0000953"
PALLOR = "HP:0000980"
CYANOSIS = "HP:0000961"
ERYTHEMA = "HP:0010783"
PATELLAR_DISLOCATION = "HP:0002999"
SHOULDER_DISLOCATION = "HP:0003834"
ELBOW_DISLOCATION = "HP:0003042"
PROPTOSIS = "HP:0000520"
KNEE_HYPEREXTENSION = "HP:0010500"
FINGER_HYPEREXTENSION = "HP:0001187"
WEBBED_NECK = "HP:0000465"
CUTIS_LAXA = "HP:0000973"
HYPERTELORISM = "HP:0000316"
FACIAL_HYPERTRICHOSIS = "HP:0002219"
HYPEREXTENSIBLE_SKIN = "HP:0000974"
PROTRUDING_EAR = "HP:0000411"
MACROTIA = "HP:0000400"


@pytest.mark.parametrize(("question", "term"), [
    ("over the last year her gums have gone brown", INTRA_ORAL_HYPERPIGMENTATION),
    ("his gums are black", INTRA_ORAL_HYPERPIGMENTATION),
    ("the whites of his eyes have brown patches", SCLERAL_PIGMENTATION),
    ("the whites of his eyes are brown", SCLERAL_PIGMENTATION),
    ("her hair is silver", SILVER_GRAY_HAIR),
])
def test_a_colour_of_a_part_is_hpo_term_for_the_two(engine: Engine, question: str,
                                                     term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "she has brown eyes and brown hair",
    "I have dark skin",
    "he has a black eye",
    "his poo is brown",
])
def test_a_normal_colour_of_a_part_reads_no_finding(engine: Engine, question: str) -> None:
    assert not present_ids(engine, question)


@pytest.mark.parametrize(("question", "term", "not_term"), [
    ("my dad's skin has turned a greyish bronze colour", BRONZE_SKIN, PALLOR),
    ("his skin has gone a reddish brown", HYPERPIGMENTATION, ERYTHEMA),
])
def test_a_tint_before_a_colour_is_a_shade_of_it(engine: Engine, question: str, term: str,
                                                 not_term: str) -> None:
    read = present_ids(engine, question)
    assert term in read
    assert not_term not in read


def test_a_colour_sequence_still_reads_each_colour(engine: Engine) -> None:
    # "white then blue": two colours of a sequence, no tint.
    assert "HP:0030880" in present_ids(engine, "his fingers go white then blue in the cold")


@pytest.mark.parametrize(("question", "term"), [
    ("her kneecaps keep slipping out of place", PATELLAR_DISLOCATION),
    ("my shoulder keeps popping out of place", SHOULDER_DISLOCATION),
    ("her elbow came out of joint", ELBOW_DISLOCATION),
    ("her eyes pop out", PROPTOSIS),
])
def test_a_part_out_of_place_is_its_dislocation(engine: Engine, question: str,
                                                 term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("my knees bend backwards when I stand", KNEE_HYPEREXTENSION),
    ("her fingers bend backwards", FINGER_HYPEREXTENSION),
])
def test_a_part_that_bends_backwards_is_its_hyperextension(engine: Engine, question: str,
                                                           term: str) -> None:
    assert term in present_ids(engine, question)


def test_folds_of_skin_at_the_sides_of_the_neck_are_a_webbed_neck(engine: Engine) -> None:
    for question in ("my baby son has loose folds of skin at the sides of his neck",
                     "she has webs of skin at the sides of her neck"):
        read = present_ids(engine, question)
        assert WEBBED_NECK in read
        assert CUTIS_LAXA not in read


@pytest.mark.parametrize(("question", "term"), [
    ("his eyes are set far apart", HYPERTELORISM),
    ("she has a hairy face", FACIAL_HYPERTRICHOSIS),
    ("her skin stretches way more than other kids' skin", HYPEREXTENSIBLE_SKIN),
])
def test_everyday_descriptors_of_a_part(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_second_descriptor_after_and_shares_the_site(engine: Engine) -> None:
    read = present_ids(engine, "his ears are big and stick out")
    assert {MACROTIA, PROTRUDING_EAR} <= read
    read = present_ids(engine, "her kneecaps are small and slip out of place")
    assert PATELLAR_DISLOCATION in read
    # Another site after "and" has its own descriptor.
    assert PROTRUDING_EAR not in present_ids(engine, "his ears are big and his nose sticks out")


@pytest.mark.parametrize(("question", "term"), [
    ("Increased facial hair growth", FACIAL_HYPERTRICHOSIS),  # hp.obo's own layperson name
    ("Slow rate of hair growth", "HP:0002217"),  # Slow-growing hair
    ("she has excessive hair growth on her face", FACIAL_HYPERTRICHOSIS),
])
def test_hair_growth_is_the_hair_growing_no_lump(engine: Engine, question: str,
                                                 term: str) -> None:
    read = present_ids(engine, question)
    assert term in read
    assert "HP:6000726" not in read  # Scalp nodule


def test_a_growth_on_the_scalp_stays_a_lump(engine: Engine) -> None:
    assert "HP:6000726" in present_ids(engine, "a growth on his scalp")
