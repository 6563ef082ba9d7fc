"""A complaint "worse" with exertion is brought on by it: "SOB worse on exertion" reads as
"SOB on exertion" does (Exertional dyspnea), "chest pain worse on exertion" as Angina
pectoris; "worse" before other circumstances keeps its word."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize

from .readings import present_ids

EXERTIONAL_DYSPNEA, ANGINA = "HP:0002875", "HP:0001681"


@pytest.mark.parametrize(("question", "term"), [
    ("SOB worse on exertion", EXERTIONAL_DYSPNEA),
    ("58M, SOB worse on exertion and ankle swelling", EXERTIONAL_DYSPNEA),
    ("chest pain worse on exertion", ANGINA),
    ("chest pain worse when walking uphill", ANGINA),
])
def test_worse_with_exertion_is_brought_on_by_it(engine: Engine, question: str,
                                                 term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "headache worse at night",
    "pain worse lying flat",
    "is it worse?",
    "worse on exertion",
])
def test_worse_elsewhere_keeps_its_word(question: str) -> None:
    assert "worse" in [t.folded for t in tokenize(question)]
