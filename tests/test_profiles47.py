"""Skin, mouth and infant profiles (h-profiles47).

Polymorphic light eruption (MONDO:0041182) is brought on only by light, so it is marked with
sun or artificial ultraviolet exposure as necessary: an itchy rash after the first strong sun of
the year finds it near the top, while the same rash with no sun in the question leaves it out of
the top three. Burning mouth syndrome (ORPHA:353253, now with a general-population prevalence)
leads a textbook burning tongue ahead of oral thrush, which led it before. Infantile haemangioma
(OMIM:602089) reaches the top three for a baby's growing strawberry mark."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

PLE = "MONDO:0041182"
BMS = "MONDO:0006687"
HAEMANGIOMA = "MONDO:0011191"


def test_itchy_bumps_after_the_first_spring_sun_find_polymorphic_light_eruption(
        engine: Engine) -> None:
    question = ("Every spring when I first go out in the sun I get an itchy rash of little red "
                "bumps on my arms and chest a few hours later.")
    assert answer_rank(engine, question, PLE) < 3


def test_an_itchy_rash_without_sun_leaves_polymorphic_light_eruption_out_of_the_top_three(
        engine: Engine) -> None:
    question = "I have an itchy rash of little red bumps on my arms and chest."
    assert answer_rank(engine, question, PLE) >= 3


def test_a_burning_tongue_with_a_metallic_taste_finds_burning_mouth_syndrome_first(
        engine: Engine) -> None:
    question = ("My tongue and lips have burned every day for months and things taste metallic, "
                "but the dentist says my mouth looks normal.")
    assert answer_rank(engine, question, BMS) == 0


def test_a_babys_growing_strawberry_mark_finds_infantile_haemangioma(engine: Engine) -> None:
    question = ("My 2 month old baby has a raised bright red strawberry mark on her arm that is "
                "getting bigger.")
    assert answer_rank(engine, question, HAEMANGIOMA) < 3
