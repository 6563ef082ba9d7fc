"""A function said to be hard is a difficulty (issue 14, lead s18; text/normalize.py
``_mark_hard_functions``): "he finds it difficult to climb stairs", "walking has become
difficult", "it is hard for him to get up from a chair", "he can barely walk" read as HPO's
difficulty terms, while a hard texture, a scarce amount and a hard word about the asking keep
their readings."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

STAIRS, GAIT, DYSPHAGIA, DYSPNEA = "HP:0003551", "HP:0001288", "HP:0002015", "HP:0002094"
PROXIMAL_WEAKNESS, GOWERS, CONSTIPATION = "HP:0003701", "HP:0003391", "HP:0002019"
TRISMUS, OLIGURIA = "HP:0000211", "HP:0100520"


@pytest.mark.parametrize(("question", "term"), [
    ("he finds it difficult to climb stairs", STAIRS),
    ("she finds it hard to climb the stairs", STAIRS),
    ("it is hard for him to climb stairs", STAIRS),
    ("climbing stairs is hard for him", STAIRS),
    ("walking has become difficult", GAIT),
    ("he finds walking difficult", GAIT),
    ("it's difficult to walk", GAIT),
    ("swallowing is getting harder", DYSPHAGIA),
    ("she finds it hard to breathe", DYSPNEA),
    ("it's hard to get up from a chair", PROXIMAL_WEAKNESS),
    ("getting up from the floor is hard", GOWERS),
    ("he has difficulty getting up from the floor", GOWERS),
    ("he can barely walk", GAIT),
    ("I can hardly breathe", DYSPNEA),
    ("she can hardly swallow", DYSPHAGIA),
])
def test_a_function_said_to_be_hard_is_a_difficulty(
        engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("my poo is hard", CONSTIPATION),
    ("I can barely open my mouth", TRISMUS),
    ("he is hardly passing urine", OLIGURIA),
])
def test_hard_as_a_texture_and_scarcity_keep_their_readings(
        engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "it's hard to say when it started",
    "it's hard to get an appointment",
    "it was a tough year",
    "I can hardly wait",
])
def test_a_hard_word_about_the_asking_reads_nothing(engine: Engine, question: str) -> None:
    assert not present_ids(engine, question)
