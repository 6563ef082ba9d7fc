"""Profile sites of issue 13 (h-profiles57): a painful lump in the armpit is read as a lump of
the skin as well as a swollen gland, so that hidradenitis suppurativa, whose profile records
its painful nodules in the armpits and groin, can meet it; a lump there said without pain
stays a swollen gland only."""

from __future__ import annotations

from typing import Any

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, cli_interpretation

HIDRADENITIS = "MONDO:0006559"
SUBCUTANEOUS_NODULE = "HP:0001482"
AXILLARY_NODES = "HP:0034752"


def _ids(interpretation: dict[str, Any]) -> list[set[str]]:
    return [set(f["ids"]) for f in [*interpretation["findings"], *interpretation["or_groups"]]]


def test_a_painful_lump_in_the_armpit_is_skin_or_gland(engine: Engine,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    question = "I keep getting painful lumps in my armpit that come back again and again"
    read = _ids(cli_interpretation(engine, monkeypatch, question))
    assert {SUBCUTANEOUS_NODULE, AXILLARY_NODES} in read
    assert answer_rank(engine, question, HIDRADENITIS, top=3) < 3


def test_a_lump_in_the_armpit_without_pain_stays_a_gland(engine: Engine) -> None:
    read = [set(f.ids) for f in engine.interpret(
        "a painless lump in my armpit and night sweats").findings]
    assert {AXILLARY_NODES} in read
    assert not any(SUBCUTANEOUS_NODULE in ids for ids in read)
