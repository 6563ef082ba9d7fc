"""Everyday condition profiles list the findings people report beside the headline one
(h-profiles72, issue 13): a hoarse voice, aching muscles and a dulled sense of smell in a
cold (NHS Choices 2013), tiredness before a migraine (PMID:16961788), aching muscles in an
underactive thyroid (NHS Choices 2009)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import condition_profile_index

from .readings import answer_rank, present_ids

COLD = "MONDO:0005709"
HAY_FEVER = "MONDO:0011786"
MIGRAINE_WITHOUT_AURA = "MONDO:0100431"
HYPOTHYROIDISM = "MONDO:0005420"


def _frequency(mondo: str, hpo: str) -> str | None:
    found = [f for f in condition_profile_index()[mondo].findings if f.hpo == hpo]
    return found[0].frequency if found else None


@pytest.mark.parametrize(("hpo", "frequency"), [
    ("HP:0001609", "occasional"), ("HP:0003326", "occasional"), ("HP:0004409", "occasional")])
def test_cold_lists_the_nhs_symptoms(hpo: str, frequency: str) -> None:
    assert _frequency(COLD, hpo) == frequency


def test_migraine_without_aura_tiredness_is_frequent() -> None:
    assert _frequency(MIGRAINE_WITHOUT_AURA, "HP:0012378") == "frequent"


def test_underactive_thyroid_lists_aching_muscles() -> None:
    assert _frequency(HYPOTHYROIDISM, "HP:0003326") == "frequent"


def test_feeling_unwell_and_cramps_are_left_out() -> None:
    # generic findings left out on purpose: they lifted a cold and an underactive thyroid
    # above scarlet fever, tetanus and hypoparathyroidism in the dev probes
    assert _frequency(COLD, "HP:0033834") is None
    assert _frequency(HYPOTHYROIDISM, "HP:0003394") is None


def test_hoarse_and_run_down_with_a_runny_nose_ranks_a_cold_first(engine: Engine) -> None:
    question = "runny nose, sneezing, a hoarse voice and I feel generally run down"
    assert "HP:0001609" in present_ids(engine, question)
    assert answer_rank(engine, question, COLD) == 0


def test_itchy_watery_eyes_with_sneezing_still_rank_hay_fever_first(engine: Engine) -> None:
    question = "every spring I sneeze a lot and my eyes are itchy and watery"
    assert answer_rank(engine, question, HAY_FEVER) == 0


def test_cold_aching_and_cramping_muscles_rank_underactive_thyroid_first(
        engine: Engine) -> None:
    question = "I'm always cold, my muscles ache and cramp and I'm constipated"
    assert answer_rank(engine, question, HYPOTHYROIDISM) == 0
