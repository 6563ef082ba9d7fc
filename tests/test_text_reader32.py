"""Lay wordings of h-reader32, on the real engine: a burning feeling behind the breastbone and
a sour taste are heartburn (Gastroesophageal reflux); a person's spinning is Vertigo while a
child spinning himself round stays the behaviour Spinning; a crawling feeling in the legs and
having to move them are Restless legs; a swelling under the jaw reads the submandibular region
first; being terrified of something is a Phobia, and a fear of gaining weight is no Increased
body weight."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

REFLUX, VERTIGO, SPINNING = "HP:0002020", "HP:0002321", "HP:5200069"
RESTLESS_LEGS, SUBMANDIBULAR, FACIAL_EDEMA = "HP:0012452", "HP:0410013", "HP:0000282"
PHOBIA, INCREASED_WEIGHT = "HP:5200232", "HP:0004324"
GERD, RLS, SIALOLITHIASIS = "MONDO:0007186", "MONDO:0005391", "MONDO:0006970"
SPECIFIC_PHOBIA, ANOREXIA_NERVOSA = "MONDO:0012000", "MONDO:0005351"


@pytest.mark.parametrize("question", [
    "a burning feeling behind my breastbone after meals",
    "a burning sensation under his breastbone when he lies down",
    "a sour taste in my mouth in the mornings",
    "acid in my throat at night"])
def test_heartburn_wordings_read_reflux(engine: Engine, question: str) -> None:
    assert REFLUX in present_ids(engine, question)


def test_burning_behind_the_breastbone_with_a_sour_taste_puts_reflux_first(
        engine: Engine) -> None:
    question = ("I get a burning feeling behind my breastbone after meals and a sour taste "
                "in my mouth.")
    assert answer_rank(engine, question, GERD) == 0


@pytest.mark.parametrize("question", ["I get attacks of spinning lasting hours",
                                      "I feel like I'm spinning when I turn my head",
                                      "bouts of spinning and feeling sick"])
def test_a_persons_spinning_is_vertigo(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert VERTIGO in ids and SPINNING not in ids


def test_a_child_spinning_himself_round_stays_the_behaviour(engine: Engine) -> None:
    ids = present_ids(engine, "our son keeps spinning himself round and flapping his hands")
    assert SPINNING in ids and VERTIGO not in ids


@pytest.mark.parametrize("question", [
    "a creepy crawling feeling in my legs in the evening",
    "I can't stop moving my legs in bed"])
def test_restless_legs_wordings(engine: Engine, question: str) -> None:
    assert RESTLESS_LEGS in present_ids(engine, question)


def test_crawling_legs_and_urge_to_move_put_restless_legs_first(engine: Engine) -> None:
    question = ("In the evening I get a creepy crawling feeling in my legs and I can't stop "
                "moving my legs; walking about helps.")
    assert answer_rank(engine, question, RLS) == 0


def test_swelling_under_the_jaw_at_meals_lists_the_salivary_stone(engine: Engine) -> None:
    question = "What causes swelling under the jaw at mealtimes?"
    assert SUBMANDIBULAR in present_ids(engine, question)
    assert answer_rank(engine, question, SIALOLITHIASIS) < 3


def test_terrified_of_an_animal_is_a_phobia(engine: Engine) -> None:
    question = "I've been terrified of spiders all my life and panic if I see one"
    assert PHOBIA in present_ids(engine, question)
    assert answer_rank(engine, question, SPECIFIC_PHOBIA) == 0


def test_fear_of_gaining_weight_is_no_weight_gain(engine: Engine) -> None:
    question = "She is very thin but terrified of gaining weight and eats almost nothing"
    assert INCREASED_WEIGHT not in present_ids(engine, question)
    assert answer_rank(engine, question, ANOREXIA_NERVOSA) < 3


TINNITUS, UNILATERAL_DEAFNESS, MENIERE = "HP:0000360", "HP:0009900", "MONDO:0007972"


def test_ringing_listed_with_an_ear_finding_shares_its_ear(engine: Engine) -> None:
    """A word that reads as nothing alone ("ringing") takes the site of the finding it is
    listed with: HPO's layperson "Ringing in the ears" beside the one-sided deafness."""
    question = "attacks of spinning with ringing and muffled hearing in my left ear"
    ids = present_ids(engine, question)
    assert {TINNITUS, UNILATERAL_DEAFNESS, VERTIGO} <= ids
    assert answer_rank(engine, question, MENIERE) < 3


def test_a_verb_before_and_takes_no_site_of_a_number(engine: Engine) -> None:
    """Only a word listed with a finding shares its site: "when I walk and two of my toes"
    is no toe walking."""
    question = "my calves cramp when I walk and two of my toes have turned black"
    assert "HP:0030051" not in present_ids(engine, question)


def test_two_sites_after_the_list_are_not_narrowed_to_the_last(engine: Engine) -> None:
    """"aching and stiffness in both shoulders and hips" names two sites: the aching stays
    pain of both the shoulders and the hips."""
    question = "aching and stiffness in both shoulders and hips, worst in the mornings"
    assert {"HP:0030834", "HP:0030838"} <= present_ids(engine, question)


def test_dull_hearing_in_one_ear_is_one_sided_deafness(engine: Engine) -> None:
    assert UNILATERAL_DEAFNESS in present_ids(engine, "dull hearing in my right ear")


def test_swelling_in_front_of_both_ears_with_fever_puts_mumps_first(engine: Engine) -> None:
    question = "My son has a fever and swelling in front of both ears and it hurts him to chew."
    assert "HP:0011801" in present_ids(engine, question)
    assert answer_rank(engine, question, "MONDO:0000989") == 0


def test_bare_spinning_may_be_the_sensation(engine: Engine) -> None:
    assert VERTIGO in present_ids(engine, "I get the spins and feel sick")


def test_a_child_spinning_in_circles_is_the_behaviour_alone(engine: Engine) -> None:
    ids = present_ids(engine, "my daughter spins in circles for ages and lines up her toys")
    assert SPINNING in ids and VERTIGO not in ids
