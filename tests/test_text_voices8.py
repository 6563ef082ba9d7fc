"""Plain lay body-site voices of h-voices8, on the real engine (a sentence and the HPO ids it
should or should not read): a chest pain said to come when breathing in is pleuritic, whatever
words stand between the pain and its site ("a stabbing pain in the side of my chest when I
breathe in"), and breathing in names no other finding."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

PLEURITIC_CHEST_PAIN, CHEST_PAIN, DYSPNEA = "HP:0033771", "HP:0100749", "HP:0002094"


@pytest.mark.parametrize("question", [
    "stabbing pain in the side of my chest when I breathe in",
    "a sharp pain in my chest whenever I take a deep breath",
    "pain on the left side of my chest when I'm breathing in",
])
def test_chest_pain_when_breathing_in_is_pleuritic(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert PLEURITIC_CHEST_PAIN in read
    assert CHEST_PAIN not in read


def test_breathing_in_alone_is_no_chest_pain(engine: Engine) -> None:
    read = present_ids(engine, "I get short of breath when I breathe in")
    assert DYSPNEA in read
    assert PLEURITIC_CHEST_PAIN not in read
