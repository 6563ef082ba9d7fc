"""Discharge from an ear (otorrhoea) is read as the ear infections it is a sign of (HPO has no
term for the discharge itself), not as the vaginal discharge that "discharge" alone means in a
question with no site; the discharge down below keeps that reading."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

OTITIS_EXTERNA = "HP:0410017"
OTITIS_MEDIA = "HP:0000388"
VAGINAL_DISCHARGE = "HP:0034269"


@pytest.mark.parametrize("question", [
    "discharge from one ear and it's itchy",
    "my 4 year old has a runny ear and a fever",
    "gunky discharge coming out of his ear",
    "my ear is discharging",
    "otorrhoea for a week",
])
def test_ear_discharge_reads_the_ear_infections(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert {OTITIS_EXTERNA, OTITIS_MEDIA} <= ids
    assert VAGINAL_DISCHARGE not in ids


def test_discharge_down_below_stays_vaginal(engine: Engine) -> None:
    ids = present_ids(engine, "smelly discharge down below")
    assert VAGINAL_DISCHARGE in ids
    assert OTITIS_EXTERNA not in ids


@pytest.mark.parametrize(("question", "answer"), [
    ("my ear is itchy and sore with a discharge from the ear canal after swimming",
     "MONDO:0001051"),  # acute otitis externa
])
def test_ear_discharge_ranks_an_ear_infection_high(engine: Engine, question: str,
                                                   answer: str) -> None:
    assert answer_rank(engine, question, answer) < 3
