"""A finding said to return at regular intervals ("every 3 weeks", "like clockwork") is read
as HPO's "Recurrent" term of it (text/intervals.py, QuestionReader._one_episode)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.intervals import interval_words, regular_return
from whatcauses.text.normalize import tokenize

from .readings import present_ids

FEVER, RECURRENT_FEVER = "HP:0001945", "HP:0001954"


def _returns(text: str) -> bool:
    words = [t.folded for t in tokenize(text)]
    return regular_return(words, range(len(words)))


@pytest.mark.parametrize("text", [
    "a temperature every 3 to 4 weeks", "every few weeks i get a fever", "once a month",
    "fevers like clockwork", "every other month", "every three weeks", "every couple of months",
    "every 10 days",
])
def test_intervals_of_return(text: str) -> None:
    assert _returns(text)


@pytest.mark.parametrize("text", [
    "every day", "every night", "every time i run", "paracetamol every 4 hours",
    "every morning", "for 3 weeks",
])
def test_no_interval_of_return(text: str) -> None:
    assert not _returns(text)


@pytest.mark.parametrize("text", [
    "my toddler gets a tempreture every 3 to 4 weeks like clockwork",
    "every few weeks i get a high temperature and tummy pain",
    "she gets fevers every month",
])
def test_a_fever_at_intervals_is_recurrent_fever(engine: Engine, text: str) -> None:
    said = present_ids(engine, text)
    assert RECURRENT_FEVER in said and FEVER not in said


def test_a_daily_check_keeps_a_plain_fever(engine: Engine) -> None:
    said = present_ids(engine, "i check his temperature every day and it is high")
    assert RECURRENT_FEVER not in said


def test_the_words_of_the_interval_are_understood(engine: Engine) -> None:
    unread = " ".join(engine.interpret(
        "my toddler gets a temperature every 3 to 4 weeks like clockwork").unrecognized)
    assert "every" not in unread and "clockwork" not in unread


def test_interval_words_are_found_where_they_stand() -> None:
    words = [t.folded for t in tokenize("a fever every 3 to 4 weeks like clockwork")]
    found = interval_words(words, range(len(words)))
    assert [words[p] for p in found] == ["every", "3", "to", "4", "weeks", "like", "clockwork"]
