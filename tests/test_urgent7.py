"""Urgent-care notices for red flags said in lay words (h-urgent7, issue 13;
bench/data/probe_h-urgent7.yaml): someone hard to wake or unresponsive with a fever or
floppiness, a fit past five minutes, suddenly not moving an arm or leg, lips or tongue swelling
after a medicine, sudden pain with a swollen testicle, suicidal thoughts in other words, a
chemical in the eye and a baby with no wet nappies; their look-alikes stay quiet. Through the
API and the CLI."""

from __future__ import annotations

import json
from typing import Any

import pytest

from whatcauses.engine import Engine

from .test_cli import cli

pytestmark = pytest.mark.slow

__all__ = ["cli"]


@pytest.mark.parametrize("question", [
    "my daughter has a high temperature and is difficult to wake",
    "my dad is unresponsive and has a fever",
    "he had a seizure that has gone on for over 5 minutes",
    "my wife suddenly can't move her right arm",
    "my lips swelled up after I took an antibiotic",
    "sudden pain in my testicle and my scrotum is swollen",
    "I have thoughts of killing myself",
    "I don't want to be alive any more",
    "I got some chemicals in my eye at work",
    "my baby has had no wet nappies today",
])
def test_the_red_flag_raises_the_notice(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is not None, question


@pytest.mark.parametrize("question", [
    "I feel drowsy with a mild temperature and a runny nose",
    "I've had epilepsy for years, my fits usually last a minute",
    "my lips get dry and cracked in winter",
    "a dull ache in my testicle on and off for weeks, no swelling",
    "I've been feeling low for months and don't enjoy things",
    "my eyes are red and itchy every summer",
    "I find it hard to wake up in the mornings",
])
def test_the_look_alike_stays_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question


def test_the_cli_gives_the_notice_and_the_control_none(cli: Any) -> None:
    done = cli(["ask", "my toddler is floppy and hard to wake with a temperature", "--json"])
    assert done.code == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["urgent"] is not None
    assert "emergency" in " ".join(payload["urgent"]["advice"]).lower()
    done = cli(["ask", "my toddler has a runny nose and a slight temperature but is playing",
                "--json"])
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["urgent"] is None
