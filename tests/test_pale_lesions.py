""""Pale" right before a lesion noun is the lesion's colour, no pallor of the person; said of
the person or the skin it stays Pallor."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

PALLOR = "HP:0000980"


@pytest.mark.parametrize("question", [
    "pale bumps on my face",
    "pale spots on my arms",
    "small pale lumps on my eyelids",
])
def test_a_pale_lesion_is_no_pallor(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert PALLOR not in ids
    assert ids  # the lesion itself is still read


@pytest.mark.parametrize("question", [
    "she is pale and has bumps on her face",
    "he looks pale",
    "pale skin and tiredness",
])
def test_a_pale_person_is_still_pallor(engine: Engine, question: str) -> None:
    assert PALLOR in present_ids(engine, question)
