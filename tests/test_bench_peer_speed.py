"""The speed bench's measuring helpers and the hpo3 peer's plumbing (bench/).

Nothing here downloads: tests that need hpo3 run only when bench/.peer-venv already exists.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import peer_hpo3  # noqa: E402
import speed  # noqa: E402

peer_ready = pytest.mark.skipif(
    not peer_hpo3.READY_MARK.is_file(), reason="the hpo3 peer venv is not built (bench/.peer-venv)"
)


def test_run_reports_wall_time_exit_code_and_peak_memory() -> None:
    done = speed.run([sys.executable, "-c", "import sys; b = bytearray(40 << 20); sys.exit(3)"])
    assert done.returncode == 3
    assert done.wall > 0
    assert done.rss_mb >= 40  # the 40 MB buffer shows in the child's own ru_maxrss


def test_repeat_turns_a_failing_command_into_one_clear_error() -> None:
    with pytest.raises(RuntimeError, match="exit 2"):
        speed.repeat([sys.executable, "-c", "import sys; sys.exit(2)"], 2)


def test_table_puts_targets_and_verdicts_beside_figures() -> None:
    rows = [speed.Row("peak RSS of `rank` (MB)", "125", "<= 300", "ok"),
            speed.Row("cold first run (s)", "25.0", "<= 20", "MISSED", note="empty cache")]
    text = speed.render(rows, 5)
    assert "median of 5 runs" in text
    assert any("125" in line and "<= 300" in line and "ok" in line for line in text.splitlines())
    assert any("MISSED" in line and "empty cache" in line for line in text.splitlines())


def test_fixed_cases_stand_in_when_the_dev_data_is_absent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(speed, "DEV_CASES", tmp_path / "absent.jsonl.gz")
    packets, note = speed.load_cases(200)
    assert "fixed" in note
    assert len(packets) == len(speed.FALLBACK_CASES)
    assert packets[0]["phenotypicFeatures"][0]["type"]["id"].startswith("HP:")


def test_peer_rejects_a_bare_string_and_answers_nothing_for_no_cases() -> None:
    with pytest.raises(TypeError):
        peer_hpo3.rank_cases("HP:0002063")  # type: ignore[arg-type]
    assert peer_hpo3.rank_cases([]) == []


def test_peer_answer_cache_survives_a_line_cut_short(tmp_path: Path) -> None:
    store = tmp_path / "answers.jsonl"
    peer_hpo3._append_answer(store, ("HP:0002063",), ["ORPHA:3175", "OMIM:184850"])
    with store.open("a", encoding="utf-8") as handle:
        handle.write('{"terms": ["HP:0001250"], "ran')  # an interrupted run
    answers = peer_hpo3._read_answers(store)
    assert answers == {("HP:0002063",): ["ORPHA:3175", "OMIM:184850"]}


@pytest.mark.slow
@peer_ready
def test_peer_skips_unknown_ids_and_returns_prefixed_disease_ids() -> None:
    results = peer_hpo3.rank_cases_detailed(
        [["HP:0002063", "HP:0003552", "HP:9999999"], ["not-an-id"]], top=5
    )
    first, second = results
    assert first["skipped"] == ["HP:9999999"]
    assert len(first["ranked"]) == 5
    assert all(d.startswith(("OMIM:", "ORPHA:")) for d in first["ranked"])
    assert second == {"ranked": [], "used": [], "skipped": ["not-an-id"]}
