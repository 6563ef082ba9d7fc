"""Plain lay wording, round three (h-lay5, issue 14): one test group per mechanism: a particle
after a clause of its own, a burning that rises, a "keep" that counts another verb, the
nursery names of the toilet and going "for a" wee, slang parts, a part "full of" or "covered
in" something, "hot to the touch" of a part, made-up "-y" adjectives, and the lexicon entries
of lay_terms.yaml's h-lay5 block, with guards for what none of them may read."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize

from .readings import present_ids

FEVER = "HP:0001945"
REFLUX = "HP:0002020"
POLYDACTYLY = {"HP:0001161", "HP:0010442"}
HAND_PARESTHESIA = "HP:0033660"
CONSTIPATION = "HP:0002019"
URINARY_RETENTION = "HP:0000016"
BREAST_MASS = "HP:0032408"
MASTALGIA = "HP:0034265"
ORAL_WHITE_LESION = "HP:0025125"
SKIN_PATCHES = {"HP:0001053", "HP:0001045"}
ORAL_ULCER = "HP:0000155"
ARTHRITIS = "HP:0001369"
ERYTHEMA = "HP:0010783"
WHEEZING = "HP:0030828"
DISTENTION = "HP:0003270"
URTICARIA = "HP:0001025"
DAYTIME_SLEEPINESS = "HP:0001262"
NASAL_CONGESTION = "HP:0001742"
FREQUENT_FALLS = "HP:0002359"
RESTLESS_LEGS = "HP:0012452"
DYSURIA = "HP:0100518"
PAINFUL_DEFECATION = "HP:6000222"
PURULENT_SPUTUM = "HP:0034777"
DYSPNEA = "HP:0002094"
EPIPHORA = "HP:0009926"
HEMATOCHEZIA = "HP:0002573"
PENILE_DISCHARGE = "HP:6000108"
GALACTORRHEA = "HP:0100829"
PURULENT_EYE = "HP:0034427"
TEARFULNESS = "HP:0033705"
ANKLE_PAIN = "HP:0030840"


# A particle after a clause of its own is that clause's verb's: no "burning up" (Fever).
@pytest.mark.parametrize("question", [
    "I get a burning feeling that comes up behind my breastbone after I eat",
    "a burning feeling that rises up into my chest after meals",
    "a burning feeling coming up behind my breastbone",
])
def test_a_burning_that_rises_is_heartburn_no_fever(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert REFLUX in found
    assert FEVER not in found


@pytest.mark.parametrize("question", ["I feel like I am burning up",
                                      "he's burning up, and his rash is spreading"])
def test_burning_up_of_a_person_stays_fever(engine: Engine, question: str) -> None:
    assert FEVER in present_ids(engine, question)


# "keep" counts the verb right after it, no "extra" thing.
def test_keep_waking_up_with_my_fingers_is_no_extra_finger(engine: Engine) -> None:
    found = present_ids(engine, "I keep waking up with my fingers tingly and numb")
    assert not POLYDACTYLY & found
    assert HAND_PARESTHESIA in found


@pytest.mark.parametrize(("question", "term"), [
    ("he keeps falling over", FREQUENT_FALLS),
    ("I keep moving my legs at night", RESTLESS_LEGS),
])
def test_keep_with_its_own_verb_still_reads(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_extra_fingers_stay_polydactyly(engine: Engine) -> None:
    assert POLYDACTYLY & present_ids(engine, "he was born with extra fingers")


# The nursery names of the toilet, and going "for a" wee or poo.
@pytest.mark.parametrize(("question", "term"), [
    ("I can't go for a number two, I haven't been in five days", CONSTIPATION),
    ("I can't go for a poo", CONSTIPATION),
    ("I can't go for a wee", URINARY_RETENTION),
])
def test_going_for_a_poo_or_wee_is_the_verb(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


# Doing or having a wee or poo is the verb too, within the reach of a phrase's words.
@pytest.mark.parametrize(("question", "term"), [
    ("there's a burning pain when I do a wee", DYSURIA),
    ("it hurts down below when I have a wee", DYSURIA),
    ("it hurts when I do a number two", PAINFUL_DEFECATION),
])
def test_doing_a_wee_or_poo_is_the_verb(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_blood_on_the_tissue_after_a_poo_is_on_the_toilet_paper(engine: Engine) -> None:
    found = present_ids(engine, "it's agony every time I have a poo and there's bright red "
                                "blood on the tissue")
    assert {PAINFUL_DEFECATION, HEMATOCHEZIA} <= found
    assert HEMATOCHEZIA not in present_ids(
        engine, "when I blow my nose there is blood on the tissue")


def test_not_going_in_a_sentence_about_poo_is_constipation(engine: Engine) -> None:
    found = present_ids(engine, "my tummy's been bloated and I'm going back and forth between "
                                "runny poo and not going at all")
    assert CONSTIPATION in found


@pytest.mark.parametrize("question", ["I haven't been to the doctor about my poo",
                                      "my poo is fine, I'm not going to worry"])
def test_not_going_somewhere_is_no_constipation(engine: Engine, question: str) -> None:
    assert CONSTIPATION not in present_ids(engine, question)


def test_a_wee_thing_is_small_in_scots() -> None:
    words = [t.folded for t in tokenize("I have a wee lump on my arm")]
    assert words[:4] == ["i", "have", "a", "wee"]


def test_number_two_after_no_article_or_verb_is_a_count() -> None:
    words = [t.folded for t in tokenize("my number one worry is question number two")]
    assert "wee" not in words and "poo" not in words
    assert [t.folded for t in tokenize("doing number twos")][1] == "poos"


def test_going_for_a_walk_is_no_toilet_trip(engine: Engine) -> None:
    assert present_ids(engine, "I went for a walk") == set()


# Slang parts.
@pytest.mark.parametrize(("question", "term"), [
    ("I found a lump in my boob that wasn't there before", BREAST_MASS),
    ("my boobs are sore before my period", MASTALGIA),
])
def test_slang_breast_is_the_breast(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


# Matter of no name coming out of a part is a discharge from it.
@pytest.mark.parametrize(("question", "term"), [
    ("there's stuff dripping out the end of my willy", PENILE_DISCHARGE),
    ("white stuff coming out of my penis", PENILE_DISCHARGE),
    ("yellow stuff leaking from my nipple", GALACTORRHEA),
    ("gunk is coming out of my eye", PURULENT_EYE),
])
def test_stuff_coming_out_of_a_part_is_its_discharge(engine: Engine, question: str,
                                                     term: str) -> None:
    assert term in present_ids(engine, question)


def test_something_coming_out_is_no_discharge() -> None:
    assert "discharge" not in [t.folded for t in tokenize("something is coming out of me")]


# A part "full of" or "covered in" something has it.
def test_a_mouth_full_of_white_patches_is_an_oral_lesion(engine: Engine) -> None:
    found = present_ids(engine, "my baby's mouth is full of little white patches")
    assert ORAL_WHITE_LESION in found
    assert not SKIN_PATCHES & found


def test_a_mouth_full_of_ulcers_reads_them(engine: Engine) -> None:
    assert ORAL_ULCER in present_ids(engine, "my mouth is full of ulcers")


def test_a_person_full_of_or_covered_in_something_is_not_changed() -> None:
    assert "full" in [t.folded for t in tokenize("he is full of beans")]
    assert "covered" in [t.folded for t in tokenize("I was covered in mud")]


# "Hot to the touch" said of a part is warmth there, no fever.
@pytest.mark.parametrize(("question", "kept"), [
    ("my knee is hot to touch", ARTHRITIS),
    ("a red patch on my shin that's hot to the touch", ERYTHEMA),
    ("my leg is red and hot to touch", ERYTHEMA),
])
def test_a_part_hot_to_the_touch_is_no_fever(engine: Engine, question: str, kept: str) -> None:
    found = present_ids(engine, question)
    assert FEVER not in found
    assert kept in found


@pytest.mark.parametrize("question", ["he is hot to touch", "my baby is hot to the touch",
                                      "he is pale and hot to touch"])
def test_a_person_hot_to_the_touch_has_a_fever(engine: Engine, question: str) -> None:
    assert FEVER in present_ids(engine, question)


# Made-up "-y" adjectives read as the word they are made on.
@pytest.mark.parametrize(("question", "term"), [
    ("my breathing is whistly", WHEEZING),
    ("my chest goes all tight and whistly at night", WHEEZING),
    ("my tummy is crampy and bloaty", DISTENTION),
])
def test_made_up_y_adjectives_read_their_word(engine: Engine, question: str,
                                              term: str) -> None:
    assert term in present_ids(engine, question)


# "gone" links a part to the states said of it, as "went" does.
def test_eyes_gone_weepy_are_watery_eyes(engine: Engine) -> None:
    found = present_ids(engine, "my eyes have gone all red and weepy")
    assert EPIPHORA in found
    assert TEARFULNESS not in found


def test_ankles_gone_puffy_and_sore_are_sore_ankles(engine: Engine) -> None:
    assert ANKLE_PAIN in present_ids(engine, "my ankles have gone puffy and sore")


def test_english_y_words_keep_their_own_sense(engine: Engine) -> None:
    # "handy" is no hand, "shiny" no shin: words of the dictionary are never unmade.
    assert present_ids(engine, "my phone is handy and shiny") == set()


# Lexicon entries (lay_terms.yaml, h-lay5).
@pytest.mark.parametrize(("question", "term"), [
    ("I've come out in itchy raised blotches all over", URTICARIA),
    ("itchy raised bumps on my arms", URTICARIA),
    ("I can't keep my eyes open in the daytime", DAYTIME_SLEEPINESS),
    ("my nose is stuffed", NASAL_CONGESTION),
    ("my chest is whistling", WHEEZING),
])
def test_lay_wordings_read_their_terms(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_coughing_up_yellow_matter_is_its_colour(engine: Engine) -> None:
    assert PURULENT_SPUTUM in present_ids(engine, "I'm coughing up yellow gunk")


def test_not_enough_air_is_breathlessness(engine: Engine) -> None:
    assert DYSPNEA in present_ids(engine, "I feel like I can't get enough air in")


def test_stuffed_after_a_meal_is_no_congestion(engine: Engine) -> None:
    assert NASAL_CONGESTION not in present_ids(engine, "I'm stuffed after dinner")
