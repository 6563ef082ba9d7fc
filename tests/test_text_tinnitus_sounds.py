"""The sounds people name for tinnitus (NHS "Tinnitus"; RNID "Signs of tinnitus") are read as
Tinnitus whichever ear and however many ears they are heard in."""

from __future__ import annotations

import pytest

from tests.readings import present_ids
from whatcauses.engine import Engine

TINNITUS = "HP:0000360"


@pytest.mark.parametrize("question", [
    "a humming in my ears all day",
    "I hear a hissing noise in my ear at night",
    "whistling in both my ears",
    "a beeping in my left ear",
    "there are noises in my ears that nobody else hears",
])
def test_named_sounds_in_the_ears_are_tinnitus(engine: Engine, question: str) -> None:
    assert TINNITUS in present_ids(engine, question)


def test_no_sounds_in_the_ears_excludes_tinnitus(engine: Engine) -> None:
    assert TINNITUS not in present_ids(engine, "dizzy spells but no humming in my ears")
