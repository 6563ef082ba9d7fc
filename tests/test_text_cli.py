"""What `whatcauses ask` shows of the question reader's work, on the mini fixture (fast)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from whatcauses.cli import ask as cli_ask
from whatcauses.engine import Engine

from .cli_runner import invoke


@pytest.fixture
def cli(mini_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Any:
    def mini(*, questions: bool = False) -> Engine:
        return mini_engine

    monkeypatch.setattr(cli_ask, "load_engine", mini)
    return invoke


def test_excluded_findings_are_marked_excluded(cli: Any) -> None:
    done = cli(["ask", "stiff muscles but no fits"])
    assert done.code == 0, done.stderr
    assert "stiff muscles -> Muscle stiffness;" in done.stdout
    assert "no fits -> Seizure (excluded)" in done.stdout
    trailing = cli(["ask", "stiff muscles, seizures ruled out"])
    assert "seizures ruled out -> Seizure (excluded)" in trailing.stdout


def test_hpo_ids_mix_with_words(cli: Any) -> None:
    done = cli(["ask", "HP:0000203, HP:0000111 and stiff muscles", "--json"])
    assert done.code == 0, done.stderr
    understood = json.loads(done.stdout)["interpretation"]
    found = {f["id"]: f for f in understood["findings"]}
    assert set(found) == {"HP:0000203", "HP:0000101", "HP:0000201"}
    assert found["HP:0000203"]["span"] == [0, 10] and found["HP:0000203"]["source"] == "id"
    # The alternative id is mapped, and the user is told so.
    assert any("HP:0000111" in note and "HP:0000101" in note for note in understood["notes"])
    text = cli(["ask", "HP:0000203 and no HP:0000101"])
    assert "no HP:0000101 -> Seizure (excluded)" in text.stdout


def test_an_unknown_hpo_id_is_reported_not_dropped(cli: Any) -> None:
    done = cli(["ask", "HP:0000201 and HP:0009999", "--json"])
    understood = json.loads(done.stdout)["interpretation"]
    assert "HP:0009999" in understood["unrecognized"]
    assert any("HP:0009999" in note for note in understood["notes"])


def test_context_is_shown_family_history_onset_age_range_and_corrections(cli: Any) -> None:
    done = cli(["ask", "a teenager with stiff muscels since birth; her father had the same"])
    assert done.code == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert "family history: father had the same -> Autosomal dominant inheritance" in out
    assert "onset: since birth -> Congenital onset" in out
    assert "age: 12-19 years (teenager)" in out
    assert "corrected: muscels -> muscles" in out
