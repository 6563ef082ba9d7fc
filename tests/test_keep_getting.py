""""Keep getting" before a noun says the thing comes back: the noun's own phrase is read
("I keep getting kidney stones" is Nephrolithiasis, never HPO's "Extra kidney"), while
"keeps falling over" keeps its quantity (Frequent falls)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

NEPHROLITHIASIS = "HP:0000787"
RENAL_DUPLICATION = "HP:0000075"
FREQUENT_FALLS = "HP:0002359"


@pytest.mark.parametrize("question", [
    "I keep getting kidney stones",
    "my husband keeps getting kidney stones, why?",
    "she kept getting kidney stones as a teenager",
])
def test_recurring_noun_reads_its_own_phrase(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert NEPHROLITHIASIS in read
    assert RENAL_DUPLICATION not in read


def test_a_kept_doing_keeps_its_quantity(engine: Engine) -> None:
    assert FREQUENT_FALLS in present_ids(engine, "my nan keeps falling over")
