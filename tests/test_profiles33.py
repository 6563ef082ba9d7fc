"""Profiles of h-profiles33, on the real engine: acute lymphoblastic leukaemia in children
ranking for its typical presentation (pallor, tiredness, fevers and unexplained bruises in a
young child) and not for the same complaints in an older adult; the glioblastoma profile
ranking as one candidate with Orphanet's glioblastoma (ORPHA:360, its same_as)."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

CHILDHOOD_ALL = "MONDO:0000870"
GLIOBLASTOMA, ORPHA_GLIOBLASTOMA = "MONDO:0018177", "ORPHA:360"


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


def test_the_glioblastoma_profile_and_orphanet_entry_rank_as_one(engine: Engine) -> None:
    question = ("My 64 year old father's MRI shows a lesion in his brain with swelling around "
                "it; he has headaches and his arm is weak")
    candidates = engine.ask(question, top=10).ranking.candidates
    first = candidates[0]
    assert {GLIOBLASTOMA, ORPHA_GLIOBLASTOMA} <= {first.id, *first.ids}
    assert sum(GLIOBLASTOMA in {c.id, *c.ids} for c in candidates) == 1


def test_headaches_in_a_young_child_do_not_put_glioblastoma_first(engine: Engine) -> None:
    assert answer_rank(engine, "my 6 year old gets headaches", GLIOBLASTOMA) != 0
