"""Profiles and bleeding words of h-profiles22, on the real engine: the women's health bleeding
wordings the reader now reads, and the endometrial, cervical and testicular cancer profiles
ranking for their typical presentation (under the OMIM entry MONDO calls the same disease)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

ABNORMAL_VAGINAL_BLEEDING, POSTCOITAL_BLEEDING = "HP:0034263", "HP:0034264"
METRORRHAGIA, POSTMENOPAUSAL_BLEEDING = "HP:0100608", "HP:0033840"
ENDOMETRIAL_CANCER, CERVICAL_CANCER, TESTICULAR_GCT = "OMIM:608089", "OMIM:603956", "OMIM:273300"


@pytest.mark.parametrize(("question", "hpo"), [
    ("I have had some vaginal bleeding this week", ABNORMAL_VAGINAL_BLEEDING),
    ("bleeding from the vagina for two days", ABNORMAL_VAGINAL_BLEEDING),
    ("bleeding after intercourse for a month", POSTCOITAL_BLEEDING),
    ("spotting between periods since March", METRORRHAGIA),
    ("spotting after the menopause", POSTMENOPAUSAL_BLEEDING),
    ("vaginal bleeding after the menopause", POSTMENOPAUSAL_BLEEDING),
])
def test_bleeding_words_are_read(engine: Engine, question: str, hpo: str) -> None:
    assert hpo in present_ids(engine, question)



def test_bleeding_after_the_menopause_puts_endometrial_cancer_first(engine: Engine) -> None:
    question = "I am 63 and have had vaginal bleeding after the menopause for two weeks"
    assert answer_rank(engine, question, ENDOMETRIAL_CANCER) == 0


def test_bleeding_after_sex_and_between_periods_ranks_cervical_cancer(engine: Engine) -> None:
    question = "bleeding after intercourse and between periods for two months, I am 36"
    assert answer_rank(engine, question, CERVICAL_CANCER) < 3


def test_a_painless_testicular_lump_ranks_testicular_cancer(engine: Engine) -> None:
    question = "I am 28 and found a painless hard lump in my testicle"
    assert answer_rank(engine, question, TESTICULAR_GCT) < 3


def test_a_man_is_not_offered_the_womens_cancers(engine: Engine) -> None:
    answer = engine.ask("I am a 60 year old man with blood in my urine", top=30)
    ids = {c.id for c in answer.ranking.candidates}
    assert not {ENDOMETRIAL_CANCER, CERVICAL_CANCER} & ids
