"""Red-flag presentations read so their emergencies rank (h-urgent8, issue 13;
bench/data/probe_h-urgent8.yaml): grunting while breathing is Respiratory distress, thoughts
of suicide said in lay words are Suicidal ideation, and a bare "grunting" reads nothing.
Through the API and the CLI."""

from __future__ import annotations

import json
from typing import Any

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, finding_ids
from .test_cli import cli

pytestmark = pytest.mark.slow

__all__ = ["cli"]

RESPIRATORY_DISTRESS = "HP:0002098"
SUICIDAL_IDEATION = "HP:0031589"
BRONCHIOLITIS = "MONDO:0020680"
DEPRESSION = "MONDO:0002009"


@pytest.mark.parametrize("question", [
    "my baby is grunting with each breath",
    "she is grunting when she breathes",
    "he makes grunting noises when he breathes",
])
def test_grunting_while_breathing_is_respiratory_distress(engine: Engine, question: str) -> None:
    assert RESPIRATORY_DISTRESS in finding_ids(engine, question), question


def test_bare_grunting_reads_nothing(engine: Engine) -> None:
    assert RESPIRATORY_DISTRESS not in finding_ids(engine, "the man was grunting and shouting")


@pytest.mark.parametrize("question", [
    "I have thoughts of killing myself",
    "I keep thinking about killing myself",
    "I've had thoughts of ending my life",
    "I have thoughts of suicide",
    "I want to kill myself",
])
def test_lay_suicidal_thoughts_are_suicidal_ideation(engine: Engine, question: str) -> None:
    assert SUICIDAL_IDEATION in finding_ids(engine, question), question


@pytest.mark.parametrize(("question", "disease_id", "best"), [
    ("my 4 month old is grunting with every breath and has a runny nose and cough",
     BRONCHIOLITIS, 3),
    ("I feel low and have thoughts of killing myself", DEPRESSION, 1),
])
def test_the_emergency_ranks_high(engine: Engine, question: str, disease_id: str,
                                  best: int) -> None:
    # answer_rank counts from 0 and gives ``top`` for a disease not among the first ``top``.
    rank = answer_rank(engine, question, disease_id, top=30)
    assert rank < best, (question, rank + 1)


def test_the_cli_reads_suicidal_thoughts(cli: Any) -> None:
    done = cli(["ask", "I keep thinking about killing myself and I can't sleep", "--json"])
    assert done.code == 0, done.stderr
    assert SUICIDAL_IDEATION in done.stdout
    assert json.loads(done.stdout)
