"""Common conditions told apart by their distinguishing finding (h-profilefix), on the real
engine: stiffness of both shoulders and hips puts polymyalgia rheumatica ahead of rotator cuff
tendinopathy, while one painful shoulder still puts the tendinopathy first; attacks of a racing
heart that start and stop suddenly (Paroxysmal tachycardia, bridged to Paroxysmal
supraventricular tachycardia) put SVT first, while a racing heart with weight loss, sweating
and heat intolerance still puts hyperthyroidism first; a red, hot, swollen big toe overnight puts
gout (now annotated with Toe pain) ahead of cellulitis; a past painful loss of sight in one eye
followed by numb, tingling legs puts the multiple sclerosis profile (which unites OMIM's
susceptibility entry) first."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank

PMR, ROTATOR_CUFF = "MONDO:0019735", "MONDO:0007028"
SVT, HYPERTHYROIDISM = "MONDO:0005476", "MONDO:0004425"
GOUT = "MONDO:0005393"
MULTIPLE_SCLEROSIS = "MONDO:0005301"


@pytest.mark.parametrize("question", [
    "My 75 year old mum has aching and stiffness in both shoulders and hips, worst in the "
    "mornings.",
    "I'm 72 and for the past month I've had stiffness and aching in both shoulders and hips, "
    "worst in the morning.",
])
def test_stiff_shoulders_and_hips_put_polymyalgia_first(engine: Engine, question: str) -> None:
    assert answer_rank(engine, question, PMR) == 0


def test_one_painful_shoulder_still_puts_rotator_cuff_first(engine: Engine) -> None:
    question = "I'm 70 and my shoulder hurts when I lift my arm above my head."
    assert answer_rank(engine, question, ROTATOR_CUFF) == 0


def test_sudden_racing_heart_attacks_put_svt_first(engine: Engine) -> None:
    question = ("I'm 22 and my heart suddenly starts racing very fast for a few minutes, then "
                "stops just as suddenly.")
    assert answer_rank(engine, question, SVT) == 0


def test_racing_heart_with_weight_loss_and_heat_intolerance_stays_thyroid(engine: Engine) -> None:
    question = ("My heart races all the time, I've lost weight though I'm eating more, I'm "
                "sweaty, can't stand the heat and my hands shake.")
    assert answer_rank(engine, question, HYPERTHYROIDISM) == 0


def test_red_hot_big_toe_overnight_puts_gout_first(engine: Engine) -> None:
    question = ("Woke at 3am with my big toe on fire. Red, swollen and I couldn't bear the duvet "
                "touching it. Had a few beers last night, 50 male.")
    assert answer_rank(engine, question, GOUT) == 0


def test_past_visual_loss_then_numb_legs_puts_multiple_sclerosis_first(engine: Engine) -> None:
    question = ("I'm 29 and last year I lost vision in one eye with pain moving it for a few "
                "weeks, and now my legs have gone numb and tingly.")
    assert answer_rank(engine, question, MULTIPLE_SCLEROSIS) == 0
