"""'Fits of' a doing is a bout of it, not a seizure; fits said alone, or of what a seizure is
seen as, stay a seizure."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

SEIZURE, COUGH, SNEEZE = "HP:0001250", "HP:0012735", "HP:0025095"


@pytest.mark.parametrize(("question", "term"), [
    ("my son has fits of coughing at night", COUGH),
    ("she has fits of sneezing every morning", SNEEZE),
])
def test_fits_of_a_doing_are_bouts_of_it(engine: Engine, question: str, term: str) -> None:
    ids = present_ids(engine, question)
    assert term in ids
    assert SEIZURE not in ids


@pytest.mark.parametrize("question", [
    "he had a fit and then slept",
    "she has fits",
    "fits of shaking and he bit his tongue",
])
def test_fits_alone_or_of_shaking_stay_seizures(engine: Engine, question: str) -> None:
    assert SEIZURE in present_ids(engine, question)
