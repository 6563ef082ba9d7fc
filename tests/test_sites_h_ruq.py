"""Under the ribs on one side is that side's upper quadrant of the abdomen (h-ruq, issue 14)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import site_keys

from .readings import present_ids

GALLSTONES = "MONDO:0012672"
CHOLECYSTITIS = "MONDO:0043994"


@pytest.mark.parametrize(("text", "quadrant"), [
    ("pain under my right ribs after a fatty meal", "abdomen upper right"),
    ("sharp pain in my right side under the ribs", "abdomen upper right"),
    ("an ache below the ribs on the left", "abdomen upper left"),
    ("pain beneath my right rib cage", "abdomen upper right"),
])
def test_under_the_ribs_on_a_side_is_its_upper_quadrant(text: str, quadrant: str) -> None:
    assert quadrant in site_keys(text, body_sites())


@pytest.mark.parametrize("text", [
    "pain in the right side of my back under the ribs",
    "pain under my ribs",
    "my right knee hurts and I bruised my ribs",
])
def test_no_quadrant_at_the_back_without_a_side_or_not_under(text: str) -> None:
    assert not [k for k in site_keys(text, body_sites()) if k.startswith("abdomen ")]


def test_the_right_ribs_lift_the_gallbladder_profiles(engine: Engine) -> None:
    answer = engine.ask("pain under my right ribs after eating a fatty meal", top=10)
    fits = {i: {fit.key for fit in c.site_fits}
            for c in answer.ranking.candidates for i in (c.id, *c.ids)}
    assert "abdomen upper right" in fits.get(GALLSTONES, set()) | fits.get(CHOLECYSTITIS, set())


EPIGASTRIC_PAIN = "HP:0410019"


def test_a_burning_in_the_pit_of_the_stomach_is_epigastric_pain(engine: Engine) -> None:
    assert EPIGASTRIC_PAIN in present_ids(engine, "burning pain in the pit of my stomach")
    assert "HP:0033345" not in present_ids(engine, "a burning in the pit of my stomach")
