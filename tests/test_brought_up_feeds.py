"""A feed a vomiting verb brings up is its object (h-lay22, issue 14): the word of how many
before it ("every", "most", "each") is no word, so "brings up every feed" reads as "brings up
feeds"; after a preposition ("after every feed") it still says when. A word of degree before
"force" ("with such force") is no word either."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import FILLER_MARK, tokenize

from .readings import present_ids

REFLUX, VOMITING, PROJECTILE = "HP:0002020", "HP:0002013", "HP:0002587"


@pytest.mark.parametrize("question", [
    "my baby brings up every feed",
    "my 2 month old brought up most of her feed again",
])
def test_a_quantified_feed_brought_up_is_vomiting(engine: Engine, question: str) -> None:
    assert {REFLUX, VOMITING} & present_ids(engine, question)


def test_every_feed_brought_up_with_such_force_is_projectile(engine: Engine) -> None:
    question = "my 4 week old brings up every feed with such force it hits the wall"
    assert PROJECTILE in present_ids(engine, question)


def test_after_every_feed_keeps_its_words() -> None:
    words = [t.folded for t in tokenize("he is sick after every feed")]
    assert "every" in words


def test_a_degree_before_force_only_after_with() -> None:
    assert FILLER_MARK in [t.folded for t in tokenize("he threw it up with such force")]
    assert "such" in [t.folded for t in tokenize("such force is needed")]
