"""Body-site questions (h-reader41, issue 14): the part of a site set aside ("the tip of",
"the back of") does not part a pair of finding words any more than it parts a phrase's, so
"burning at the tip of my penis when I pee" reads as "burning in my penis when I pee" does."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

DYSURIA = "HP:0100518"
URETHRITIS = "MONDO:0005297"


@pytest.mark.parametrize("text", [
    "burning at the tip of my penis when I pee",
    "it burns at the tip of my penis when I pee",
    "burning in my penis when I pee",
])
def test_a_part_of_the_site_does_not_part_a_pair(engine: Engine, text: str) -> None:
    assert DYSURIA in present_ids(engine, text)


def test_the_part_of_the_site_still_keeps_far_words_apart(engine: Engine) -> None:
    # The part's words leave the distance of other words as it was: "burning" and "pee"
    # nine words apart with no part of a site between stay two words.
    assert DYSURIA not in present_ids(
        engine, "burning sensation after the long run today and later on I pee a lot")


def test_dysuria_at_the_tip_of_the_penis_answers_urethritis(engine: Engine) -> None:
    assert answer_rank(engine, "burning at the tip of my penis when I pee", URETHRITIS) < 10
