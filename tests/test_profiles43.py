"""Common conditions told apart by a sourced finding (h-profiles43), on the real engine: dizzy
spells or near-fainting with a slow pulse in an older person put complete heart block among the
first three (the 2018 ACC/AHA/HRS bradycardia guideline names presyncope and transient dizziness
among the manifestations of symptomatic bradycardia); a varicose vein that turns red, hard and
sore puts superficial thrombophlebitis first (Thrombosis Canada: varicose veins in up to 80% of
superficial vein thromboses), while aching varicose veins alone still put varicose veins first;
"my hands shake" read as Hand tremor puts essential tremor first, while hands that shake on
stopping drink still put alcohol use disorder first."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank

COMPLETE_HEART_BLOCK = "MONDO:0000468"
SUPERFICIAL_THROMBOPHLEBITIS, VARICOSE_VEINS = "MONDO:0002800", "MONDO:0008638"


@pytest.mark.parametrize("question", [
    "My 80 year old father keeps getting dizzy spells and has fainted, and his pulse is very slow.",
    "I'm 76, I feel lightheaded and nearly pass out, and my heart rate is only 38.",
    "Dizzy spells, blackouts and a very slow heartbeat in my 84 year old grandmother.",
])
def test_dizziness_with_a_slow_pulse_puts_heart_block_in_the_first_three(
        engine: Engine, question: str) -> None:
    assert answer_rank(engine, question, COMPLETE_HEART_BLOCK) <= 2


@pytest.mark.parametrize("question", [
    "One of my varicose veins has turned red, hard and sore to touch.",
    "A painful red lump has come up along a varicose vein on my calf.",
])
def test_red_sore_varicose_vein_puts_thrombophlebitis_first(engine: Engine, question: str) -> None:
    assert answer_rank(engine, question, SUPERFICIAL_THROMBOPHLEBITIS) == 0


def test_aching_varicose_veins_still_put_varicose_veins_first(engine: Engine) -> None:
    question = "My varicose veins ache and my legs feel heavy at the end of the day."
    assert answer_rank(engine, question, VARICOSE_VEINS) == 0


ESSENTIAL_TREMOR, ALCOHOL_USE_DISORDER = "MONDO:0003233", "MONDO:0007079"


@pytest.mark.parametrize("question", [
    "I'm 68 and my hands shake whenever I hold a newspaper or lift a spoon.",
    "I've got shaky hands when I write, my father had the same.",
])
def test_hands_that_shake_when_used_put_essential_tremor_first(engine: Engine,
                                                               question: str) -> None:
    # "hands shake" / "shaky hands" now read Hand tremor (HP:0002378), which the essential
    # tremor profile lists as obligate, rather than the bare Tremor of alcohol withdrawal.
    assert answer_rank(engine, question, ESSENTIAL_TREMOR) == 0


def test_hands_that_shake_on_stopping_drink_still_put_alcohol_first(engine: Engine) -> None:
    question = "I drink a bottle of vodka a day and when I stop my hands shake and I sweat."
    assert answer_rank(engine, question, ALCOHOL_USE_DISORDER) == 0
