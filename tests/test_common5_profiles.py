"""Common conditions that had no curated profile (h-common5, issue 14), on the real engine:
viral meningitis and herpangina rank for their typical presentation, a meningitis picture
still raises the urgent notice, and herpangina's childhood onset keeps it down for an older
adult with the same mouth ulcers."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import condition_profile_index

from .readings import answer_rank

VIRAL_MENINGITIS, BACTERIAL_MENINGITIS = "MONDO:0007015", "MONDO:0006670"
HERPANGINA = "MONDO:0005791"

MENINGITIS_QUESTION = "I am 30 with a bad headache, a fever, a stiff neck and light hurts my eyes"


def test_meningitis_picture_ranks_viral_and_bacterial_meningitis(engine: Engine) -> None:
    assert answer_rank(engine, MENINGITIS_QUESTION, VIRAL_MENINGITIS) < 3
    assert answer_rank(engine, MENINGITIS_QUESTION, BACTERIAL_MENINGITIS) < 3


def test_meningitis_picture_raises_the_urgent_notice(engine: Engine) -> None:
    assert engine.ask(MENINGITIS_QUESTION).urgent is not None


def test_toddler_with_fever_and_ulcers_at_the_back_of_the_mouth_finds_herpangina(
        engine: Engine) -> None:
    question = "my 2 year old has a high fever and little ulcers at the back of her mouth"
    assert answer_rank(engine, question, HERPANGINA) < 3


def test_herpangina_is_weighed_down_for_an_older_adult(engine: Engine) -> None:
    child = "my 2 year old has a high fever and little ulcers at the back of her mouth"
    adult = "I am 70 and have a high fever and little ulcers at the back of my mouth"
    assert answer_rank(engine, adult, HERPANGINA) > answer_rank(engine, child, HERPANGINA)


def test_new_profiles_are_sourced_and_flagged() -> None:
    profiles = condition_profile_index()
    assert profiles[VIRAL_MENINGITIS].urgent
    assert not profiles[HERPANGINA].urgent
    for disease in (VIRAL_MENINGITIS, HERPANGINA):
        assert all(reference.year for reference in profiles[disease].references)
