"""Morning stiffness said by where (h-stiffback, issues 13/14): the word before a finding
phrase that starts with a site is part of the site when the two make a longer one ("my lower
back is stiff": the lower back, not "back" with "lower" unread)."""

from __future__ import annotations

from whatcauses.engine import Engine

SPINAL_RIGIDITY = "HP:0003306"


def _site_and_unread(engine: Engine, question: str) -> tuple[str | None, tuple[str, ...]]:
    reading = engine.interpret(question)
    found = [f for f in reading.findings if SPINAL_RIGIDITY in f.ids]
    assert len(found) == 1, reading.findings
    return found[0].site, tuple(reading.unrecognized)


def test_the_lower_back_is_the_site_of_a_stiff_back(engine: Engine) -> None:
    assert _site_and_unread(engine, "my lower back is stiff") == ("lower back", ())


def test_the_lower_back_is_the_site_of_a_stiff_back_every_morning(engine: Engine) -> None:
    site, unread = _site_and_unread(engine, "I'm 26 and my lower back is stiff every morning")
    assert site == "lower back" and "lower" not in unread


def test_a_back_alone_stays_the_back(engine: Engine) -> None:
    assert _site_and_unread(engine, "my back is stiff")[0] == "back"
