"""A comma inside a list of body sites that ends with "and"/"or" joins its sites as "and" does
(text/referents.py ``join_site_lists``; issue 14, lead s18): "pain in my hands, knees and feet"
is Hand pain, Knee pain and Foot pain, not Hand pain alone; a comma that ends a statement stays."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize
from whatcauses.text.referents import join_site_lists

from .readings import present_ids

HAND_PAIN, KNEE_PAIN, FOOT_PAIN = "HP:0046505", "HP:0030839", "HP:0025238"
PROXIMAL_WEAKNESS, FACIAL_EDEMA, SWOLLEN_LIP = "HP:0003701", "HP:0000282", "HP:0031244"
SITES = {("hands",), ("knees",), ("feet",), ("face",), ("lips",), ("left", "knee"),
         ("hip",), ("ankles",)}


def _joined(text: str) -> list[str]:
    return [t.folded for t in join_site_lists(tokenize(text), lambda words: words in SITES)]


@pytest.mark.parametrize("text", [
    "pain in my hands, knees and feet", "pain in my hands, knees, and feet",
    "my left knee, my hip and both ankles"])
def test_the_commas_of_a_site_list_join_it(text: str) -> None:
    assert "," not in _joined(text)


@pytest.mark.parametrize("text", [
    "my knees hurt, hands are swollen", "pain in my knees, and a rash",
    "pain in my hands, knees", "low sodium, potassium and chloride"])
def test_other_commas_stay(text: str) -> None:
    assert "," in _joined(text)


@pytest.mark.parametrize(("question", "terms"), [
    ("pain in my hands, knees and feet", {HAND_PAIN, KNEE_PAIN, FOOT_PAIN}),
    ("pain in my hands, knees, and feet", {HAND_PAIN, KNEE_PAIN, FOOT_PAIN}),
    ("weakness in my shoulders, hips and thighs", {PROXIMAL_WEAKNESS}),
    ("swelling of my hands, face and lips", {FACIAL_EDEMA, SWOLLEN_LIP}),
])
def test_a_finding_keeps_every_site_of_its_list(
        engine: Engine, question: str, terms: set[str]) -> None:
    assert terms <= present_ids(engine, question)
