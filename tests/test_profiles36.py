"""Profiles of h-profiles36, on the real engine: a stomach that empties slowly is read as
Gastroparesis and puts the gastroparesis profile first; diabetic retinopathy is listed for
blurred sight in a person with long-standing diabetes; hypoparathyroidism is listed for low
calcium with low parathyroid hormone and spasms, and not for night cramps alone."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

GASTROPARESIS_TERM = "HP:0002578"
GASTROPARESIS, DIABETIC_RETINOPATHY = "MONDO:0006769", "MONDO:0005266"
HYPOPARATHYROIDISM = "MONDO:0001220"


@pytest.mark.parametrize("question", ["my stomach empties slowly",
                                      "the doctor said I have delayed stomach emptying",
                                      "slow stomach emptying since my diabetes got worse"])
def test_a_stomach_that_empties_slowly_is_gastroparesis(engine: Engine, question: str) -> None:
    assert GASTROPARESIS_TERM in present_ids(engine, question)


def test_slow_emptying_with_bloating_and_sickness_puts_gastroparesis_first(engine: Engine) -> None:
    question = ("My stomach empties really slowly, I'm bloated and sick after every meal and "
                "losing weight.")
    assert answer_rank(engine, question, GASTROPARESIS) == 0


def test_blurred_sight_after_years_of_diabetes_lists_retinopathy(engine: Engine) -> None:
    question = "I've had type 2 diabetes for 15 years and my vision has gone blurry"
    assert answer_rank(engine, question, DIABETIC_RETINOPATHY) < 3


def test_low_calcium_and_parathyroid_hormone_with_spasms_lists_it(engine: Engine) -> None:
    question = "Blood tests show low calcium and low parathyroid hormone, my hands go into spasms."
    assert answer_rank(engine, question, HYPOPARATHYROIDISM) < 3


def test_night_cramps_alone_do_not_put_hypoparathyroidism_first(engine: Engine) -> None:
    assert answer_rank(engine, "I get painful cramps in my calves at night",
                       HYPOPARATHYROIDISM) != 0
