"""Reflexes said to be gone or lost are absent, at the reflex named (HPO's lay synonyms
"Absent reflexes", "Absent ankle reflexes", "Absent knee jerk reflex")."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

AREFLEXIA = "HP:0001284"
ABSENT_ACHILLES = "HP:0003438"
ABSENT_PATELLAR = "HP:0006844"


@pytest.mark.parametrize(("text", "term"), [
    ("his ankle reflexes are gone", ABSENT_ACHILLES),
    ("she has lost her ankle reflexes", ABSENT_ACHILLES),
    ("my ankle jerks have gone", ABSENT_ACHILLES),
    ("he has lost the knee jerks", ABSENT_PATELLAR),
    ("his reflexes are gone", AREFLEXIA),
])
def test_gone_or_lost_reflexes_are_absent_where_named(engine: Engine, text: str,
                                                      term: str) -> None:
    assert term in present_ids(engine, text)
