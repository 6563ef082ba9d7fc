"""Red-flag conditions for their red-flag presentations (h-urgent6, issue 13;
bench/data/probe_h-urgent6.yaml): pain between the shoulder blades read as back pain (aortic
dissection), a passing loss of sight explained by the TIA profile (its amaurosis fugax recorded
also as Visual loss) and raising the notice, through the API and the CLI."""

from __future__ import annotations

import json
from typing import Any

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank
from .test_cli import cli

pytestmark = pytest.mark.slow

__all__ = ["cli"]

BACK_PAIN = "HP:0003418"
INTRASCAPULAR_PAIN = "HP:0033746"
DISSECTION = "MONDO:0005561"
TIA = "MONDO:0005264"


@pytest.mark.parametrize("question", [
    "sudden tearing pain between my shoulder blades",
    "a ripping pain between his shoulder blades",
    "ripping pain in my upper back",
])
def test_pain_between_the_shoulder_blades_is_back_pain(engine: Engine, question: str) -> None:
    read = engine.interpret(question)
    assert any(BACK_PAIN in f.ids for f in read.findings), (question, read.findings)


def test_the_plain_phrase_keeps_hpos_term_and_its_parent(engine: Engine) -> None:
    read = engine.interpret("pain between my shoulder blades")
    ids = {i for f in read.findings for i in f.ids}
    assert {INTRASCAPULAR_PAIN, BACK_PAIN} <= ids, read.findings


@pytest.mark.parametrize(("question", "disease_id", "best"), [
    ("sudden tearing pain between my shoulder blades, I'm 65", DISSECTION, 1),
    ("ripping pain in my upper back that came on suddenly, I'm 70", DISSECTION, 1),
    # Visual loss: the TIA profile records its amaurosis fugax as Visual loss too
    ("I'm 70 and suddenly lost the sight in one eye for a few minutes", TIA, 3),
])
def test_the_emergency_ranks_high(engine: Engine, question: str, disease_id: str,
                                  best: int) -> None:
    # answer_rank counts from 0 and gives ``top`` for a disease not among the first ``top``.
    rank = answer_rank(engine, question, disease_id, top=30)
    assert rank < best, (question, rank + 1)


@pytest.mark.parametrize("question", [
    "I lost the sight in one eye for a few minutes and it came back",
    "brief loss of vision in one eye",
])
def test_sight_lost_for_minutes_raises_the_notice(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is not None, question


def test_slowly_failing_sight_stays_quiet(engine: Engine) -> None:
    assert engine.ask("my sight has been getting worse over the years").urgent is None


def test_the_cli_names_the_tia(cli: Any) -> None:
    done = cli(["ask", "I lost the sight in one eye for a few minutes, it's back now",
                "--json", "--top", "10"])
    assert done.code == 0, done.stderr
    payload = json.loads(done.stdout)
    assert "TIA" in " ".join(payload["urgent"]["advice"])
