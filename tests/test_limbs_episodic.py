"""An episodic weakness said of the limbs keeps its course in time (text/limbs.py): the
attacks strike the limbs, so "attacks of weakness in his legs" is Periodic paralysis, not
Paraplegia (a lasting paralysis of both legs), while a lasting weakness or paralysis still
takes the pattern its limbs say."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

PERIODIC_PARALYSIS = "HP:0003768"
PARAPLEGIA = "HP:0010550"
TETRAPLEGIA = "HP:0002445"
HEMIPARESIS = "HP:0001269"


@pytest.mark.parametrize("text", [
    "he gets attacks of weakness in his legs after big meals",
    "episodes of weakness in both legs",
    "attacks of weakness in his arms and legs",
])
def test_attacks_of_weakness_in_the_limbs_stay_periodic_paralysis(engine: Engine,
                                                                   text: str) -> None:
    read = present_ids(engine, text)
    assert PERIODIC_PARALYSIS in read
    assert not read & {PARAPLEGIA, TETRAPLEGIA}


def test_a_lasting_weakness_still_takes_its_limbs_pattern(engine: Engine) -> None:
    assert HEMIPARESIS in present_ids(engine, "weakness in my right arm and leg")
