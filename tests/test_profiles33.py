"""Profiles of h-profiles33, on the real engine: acute lymphoblastic leukaemia in children
ranking for its typical presentation (pallor, tiredness, fevers and unexplained bruises in a
young child) and not for the same complaints in an older adult."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

CHILDHOOD_ALL = "MONDO:0000870"


def test_a_pale_tired_bruised_toddler_with_fevers_puts_leukaemia_first(engine: Engine) -> None:
    question = ("My 4 year old has been pale and tired for weeks, keeps getting fevers and "
                "has bruises I can't explain")
    assert answer_rank(engine, question, CHILDHOOD_ALL) == 0


def test_bruises_and_a_big_spleen_in_a_small_child_list_leukaemia(engine: Engine) -> None:
    question = ("my 3 year old son complains his legs hurt, he has lots of bruises and his "
                "tummy looks swollen, the doctor felt a big spleen")
    assert answer_rank(engine, question, CHILDHOOD_ALL) < 3


def test_a_tired_pale_older_adult_does_not_get_childhood_leukaemia_first(engine: Engine) -> None:
    question = "I'm 70, pale and tired all the time and I bruise easily"
    assert answer_rank(engine, question, CHILDHOOD_ALL) != 0
