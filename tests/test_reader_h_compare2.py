"""Findings told as a comparison with other people or with before (h-compare2, issue 14):
the compared thing after "than" (people: "other boys", "his sister", "the rest of us"; or the
person before: "before", "it used to be", "he did a year ago") is no finding and no site;
what the comparison is in may follow it ("much slower than his sister at learning to walk");
"less" and "fewer" keep the direction (the lexicon reads them as "reduced" where no wording
has them: "sweats less than other boys" is Hypohidrosis, never Hyperhidrosis); comparatives
coordinated before "than" are each read; a comparison with no people and no earlier time
("for less than a week") is a quantity and keeps its words."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.lexicon import reduced_key
from whatcauses.text.normalize import FILLER_MARK, phrase_key, tokenize

from .readings import present_ids

HYPOHIDROSIS = "HP:0000966"
HYPERHIDROSIS = "HP:0000975"
DELAYED_WALKING = "HP:0031936"
HEARING_IMPAIRMENT = "HP:0000365"
LONG_FACE = "HP:0000276"
LONG_FINGERS = "HP:0100807"
FOAMY_URINE = "HP:0031504"
STEATORRHEA = "HP:0002570"
RECURRENT_FRACTURES = "HP:0002757"
MUSCLE_WEAKNESS = "HP:0001324"
DECREASED_BODY_WEIGHT = "HP:0004325"
HYPERPIGMENTATION = "HP:0000953"
XEROSTOMIA = "HP:0000217"
SHORT_STATURE = "HP:0004322"
SHORT_PALM = "HP:0004279"
FEVER = "HP:0001945"
OLIGURIA = "HP:0100520"
SUPERNUMERARY_TOOTH = "HP:0011069"


@pytest.mark.parametrize("text", [
    "my son sweats much less than other boys",
    "he sweats far less than his brother and gets very hot",
    "my teenage son sweats less than other boys, gets burning pains in his hands",
])
def test_less_than_others_keeps_its_direction(engine: Engine, text: str) -> None:
    found = present_ids(engine, text)
    assert HYPOHIDROSIS in found
    assert HYPERHIDROSIS not in found


@pytest.mark.parametrize(("text", "term"), [
    ("she was much slower than her brother at learning to walk", DELAYED_WALKING),
    ("he hears less well than he did a year ago", HEARING_IMPAIRMENT),
    ("his face is longer than his sister's", LONG_FACE),
    ("his fingers are longer than ours", LONG_FINGERS),
    ("his pee is frothier than before", FOAMY_URINE),
    ("her poos are greasier and smellier than normal", STEATORRHEA),
    ("my son breaks bones far more easily than other kids", RECURRENT_FRACTURES),
    ("my skin is darker than it used to be", HYPERPIGMENTATION),
    ("my mouth is much drier than it used to be", XEROSTOMIA),
])
def test_a_comparison_reads_its_finding(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_coordinated_comparatives_are_each_read(engine: Engine) -> None:
    found = present_ids(engine, "he is weaker and thinner than his brother")
    assert MUSCLE_WEAKNESS in found
    assert DECREASED_BODY_WEIGHT in found


def test_the_reference_before_a_new_clause_joins_nothing(engine: Engine) -> None:
    # "than all the kids in his class" stands between "shorter" and the next clause's hands.
    found = present_ids(engine, "my son eats far more than his brothers and is always hungry, "
                                "he is shorter than all the kids in his class and his hands "
                                "and feet are smaller than theirs")
    assert SHORT_STATURE in found
    assert SHORT_PALM not in found


def test_a_quantity_is_no_comparison_with_people() -> None:
    folded = [t.folded for t in tokenize("a fever for less than a week")]
    assert folded[-4:] == ["less", "than", "a", "week"]
    folded = [t.folded for t in tokenize("he sweats much less than other boys")]
    assert folded == ["he", "sweats", "much", "less", "than", "other", "boys"]
    folded = [t.folded for t in tokenize("he was far slower than his sister at walking")]
    assert folded == ["he", "was", "much", "slow", *[FILLER_MARK] * 3, "at", "walking"]


def test_a_wording_that_ends_with_its_reference_keeps_it(engine: Engine) -> None:
    # "smaller than other kids" (Short stature) is keyed with its reference: "smaller" alone
    # is no short stature, nor "teeth" alone ("more teeth than normal") a supernumerary one.
    assert SHORT_STATURE not in present_ids(engine, "one pupil hardly gets smaller in bright light")
    assert SUPERNUMERARY_TOOTH not in present_ids(engine, "gaps have opened between my teeth")


def test_the_reduced_key_keeps_wordings_of_less() -> None:
    assert reduced_key(phrase_key("sweats less")) == phrase_key("reduced sweating")
    assert reduced_key(phrase_key("sweating")) is None


def test_wordings_with_less_keep_their_meaning(engine: Engine) -> None:
    assert OLIGURIA in present_ids(engine, "fewer wet nappies than usual")
    assert HEARING_IMPAIRMENT in present_ids(engine, "my mum has to have the TV louder than us")


def test_a_quantity_keeps_its_finding(engine: Engine) -> None:
    assert FEVER in present_ids(engine, "I have had a fever for less than a week")
