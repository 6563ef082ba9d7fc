"""Profile of h-profiles39, on the real engine: complete heart block (third-degree
atrioventricular block) is listed when an ECG shows it in an older person who faints, and
is not put first for a young person's faint on standing up."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

COMPLETE_HEART_BLOCK = "MONDO:0000468"


def test_an_ecg_showing_complete_heart_block_lists_it(engine: Engine) -> None:
    question = "The ECG showed complete heart block; my father is 80 and keeps fainting."
    assert answer_rank(engine, question, COMPLETE_HEART_BLOCK) < 3


def test_a_young_faint_on_standing_does_not_put_heart_block_first(engine: Engine) -> None:
    question = "I'm 19 and I fainted after standing up quickly in a hot room"
    assert answer_rank(engine, question, COMPLETE_HEART_BLOCK) != 0
