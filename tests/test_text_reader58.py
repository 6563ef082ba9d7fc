"""Reader work of h-reader58 (issue 14), on the real engine and through the CLI: an illness
said as what a complaint followed ("a cough that started after a cold", "since a bout of flu",
"following a chest infection") is the recent illness before it (an exposure), not a finding
now; an illness said as present ("I have a cold and a cough") stays a finding."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import cli_interpretation, present_ids

COUGH, RHINITIS, CHEST_PAIN, EAR_PAIN = "HP:0012735", "HP:0012384", "HP:0100749", "HP:0030766"
RESP_INFECTION = "HP:0011947"


def exposure_keys(engine: Engine, question: str) -> list[str]:
    return [x.key for x in engine.interpret(question).exposures]


@pytest.mark.parametrize(("question", "finding", "illness"), [
    ("a cough that started after a cold", COUGH, RHINITIS),
    ("my ear hurts, it started after a cold last week", EAR_PAIN, RHINITIS),
    ("chest pain following a cold", CHEST_PAIN, RHINITIS),
    ("cough since a bout of flu", COUGH, RHINITIS),
    ("a wheezy cough following a chest infection", COUGH, RESP_INFECTION),
])
def test_an_illness_said_as_what_came_first_is_no_finding_now(
        engine: Engine, question: str, finding: str, illness: str) -> None:
    present = present_ids(engine, question)
    assert finding in present and illness not in present
    assert exposure_keys(engine, question) == ["recent-viral-illness"]


@pytest.mark.parametrize("question", ["I have a cold and a cough",
                                      "I've got a bad cold and now a cough"])
def test_an_illness_said_as_present_stays_a_finding(engine: Engine, question: str) -> None:
    assert {RHINITIS, COUGH} <= present_ids(engine, question)


def test_an_exposure_that_is_part_of_a_finding_keeps_the_finding(engine: Engine) -> None:
    # "after the sun" leads an exposure, but the finding's words reach beyond it.
    assert "HP:0000992" in present_ids(engine, "a rash on my face after the sun")


def test_the_cli_shows_the_illness_before_as_an_exposure(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = cli_interpretation(engine, monkeypatch, "a cough that started after a cold")
    assert [x["key"] for x in shown["exposures"]] == ["recent-viral-illness"]
    assert all(RHINITIS not in f["ids"] for f in shown["findings"])


# ---- a side word before a site keeps a trailing circumstance ----

HAND_TREMOR, RESTING_TREMOR = "HP:0002378", "HP:0002322"


@pytest.mark.parametrize("question", ["my right hand shakes when it is resting",
                                      "my left hand trembles at rest",
                                      "my hand shakes when it is resting"])
def test_a_side_word_before_the_site_keeps_the_circumstance(engine: Engine,
                                                            question: str) -> None:
    assert {HAND_TREMOR, RESTING_TREMOR} <= present_ids(engine, question)


def test_the_side_stays_part_of_the_site_said(engine: Engine) -> None:
    findings = engine.interpret("my right hand shakes when it is resting").findings
    assert {f.site for f in findings} == {"right hand"}


def test_a_side_word_alone_before_a_site_reads_as_before(engine: Engine) -> None:
    assert RESTING_TREMOR not in present_ids(engine, "my right hand shakes")
    assert HAND_TREMOR in present_ids(engine, "my right hand shakes")
