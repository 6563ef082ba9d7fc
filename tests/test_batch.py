"""`whatcauses batch` on the mini knowledge base: input reading, evidence scopes, the three
output formats, free-text notes with bad lines, forked workers, and option checks.

The real-data runs (dev phenopackets, Dask) are in tests/test_cluster.py.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from whatcauses.batch import (
    HEADERS,
    BatchRecord,
    BatchSettings,
    iter_records,
    partitions,
    rank_record,
    run_batch,
)
from whatcauses.cli import rank as cli_rank
from whatcauses.engine import Engine
from whatcauses.errors import InputError

from .cli_runner import CliResult, invoke


def _packet(case: str, present: Sequence[str], excluded: Sequence[str] = (),
            **subject: Any) -> dict[str, Any]:
    features = [{"type": {"id": t}} for t in present]
    features += [{"type": {"id": t}, "excluded": True} for t in excluded]
    return {"id": case, "subject": {"id": case, **subject}, "phenotypicFeatures": features}


GOOD = _packet("good", ["HP:0000102", "HP:0000201"], ["HP:0000203"], sex="FEMALE")
SECOND = _packet("second", ["HP:0000203"])


def _jsonl(path: Path, lines: list[Any]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
                    encoding="utf-8")
    return path


@pytest.fixture
def cli(mini_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Any:
    """``invoke`` with the batch command given the mini engine."""

    def mini(*, questions: bool = False) -> Engine:
        return mini_engine

    monkeypatch.setattr(cli_rank, "load_engine", mini)
    return invoke


def _results(done: CliResult) -> list[dict[str, Any]]:
    return [json.loads(line) for line in done.stdout.splitlines()]


# ---- reading ----


def test_records_keep_their_number_and_line_and_skip_blank_lines(tmp_path: Path) -> None:
    source = tmp_path / "cases.jsonl"
    source.write_bytes(b'{"a": 1}\n\n   \n{"b": 2}\n')
    records = list(iter_records(source))
    assert [(r.number, r.origin, r.raw) for r in records] == [
        (1, f"{source}:1", b'{"a": 1}\n'), (2, f"{source}:4", b'{"b": 2}\n')]


def test_a_folder_is_read_in_name_order_with_gzip_and_numbered_across_files(
        tmp_path: Path) -> None:
    _jsonl(tmp_path / "b.jsonl", [SECOND])
    with gzip.open(tmp_path / "c.jsonl.gz", "wt") as handle:
        handle.write(json.dumps(GOOD) + "\n" + json.dumps(SECOND) + "\n")
    (tmp_path / "a.json").write_text(json.dumps(GOOD))
    (tmp_path / "notes.txt").write_text("ignored")
    records = list(iter_records(tmp_path))
    assert [r.number for r in records] == [1, 2, 3, 4]
    assert [Path(r.origin.split(":")[0]).name for r in records] == [
        "a.json", "b.jsonl", "c.jsonl.gz", "c.jsonl.gz"]
    assert json.loads(records[2].raw or b"")["id"] == "good"


def test_missing_paths_and_empty_folders_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        iter_records(tmp_path / "absent.jsonl")
    with pytest.raises(InputError, match=r"holds no \.json"):
        iter_records(tmp_path)


def test_partitions_read_only_what_they_hand_out() -> None:
    consumed: list[int] = []

    def endless() -> Iterator[BatchRecord]:
        for n in itertools.count(1):
            consumed.append(n)
            yield BatchRecord(n, f"x:{n}", b"{}")

    first_two = list(itertools.islice(partitions(endless(), 3), 2))
    assert [[r.number for r in p] for p in first_two] == [[1, 2, 3], [4, 5, 6]]
    assert len(consumed) == 6
    assert [len(p) for p in partitions(iter([BatchRecord(1, "x", b"")] * 7), 3)] == [3, 3, 1]


# ---- ranking one record ----


@pytest.mark.parametrize(("scope", "with_evidence"), [("all", [3, 3, 3]), ("top", [3, 0, 0]),
                                                     ("none", [0, 0, 0])])
def test_evidence_scope_decides_which_candidates_carry_per_finding_ratios(
        mini_engine: Engine, scope: Any, with_evidence: list[int]) -> None:
    record = BatchRecord(1, "cases.jsonl:1", json.dumps(GOOD).encode())
    result = rank_record(mini_engine, record, BatchSettings(top=3, evidence=scope))
    assert [len(c["evidence"]) for c in result["candidates"]] == with_evidence
    if with_evidence[0]:
        first = result["candidates"][0]["evidence"]
        assert {(e["hpo_id"], e["excluded"]) for e in first} == {
            ("HP:0000102", False), ("HP:0000201", False), ("HP:0000203", True)}
        assert all(e["likelihood_ratio"] > 0 for e in first)


def test_a_bad_record_gives_an_error_object_not_an_exception(mini_engine: Engine) -> None:
    settings = BatchSettings(top=2)
    bad_json = rank_record(mini_engine, BatchRecord(1, "f:1", b"{not json"), settings)
    assert bad_json["error"]["code"] == "bad_input"
    assert bad_json["error"]["message"].startswith("invalid JSON")
    latin1 = rank_record(mini_engine, BatchRecord(2, "f:2", '{"id": "é"}'.encode("latin-1")),
                         settings)
    assert latin1["error"]["message"] == "the line is not UTF-8 text"
    unknown = rank_record(mini_engine, BatchRecord(3, "f:3", json.dumps(
        _packet("u", ["HP:9999998"])).encode()), settings)
    assert unknown["id"] == "u" and "all terms unknown" in unknown["error"]["message"]


def test_settings_refuse_a_findings_table_without_evidence() -> None:
    with pytest.raises(InputError, match="findings-tsv"):
        BatchSettings(output="findings-tsv", evidence="none")
    with pytest.raises(InputError, match="top"):
        BatchSettings(top=0)


# ---- the command ----


def test_jsonl_output_is_one_compact_line_per_case_in_input_order(
        cli: Any, tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "cases.jsonl", [GOOD, "[1, 2]", SECOND])
    done = cli(["batch", str(source), "--top", "2"])
    assert done.code == 1
    assert "1 record(s) could not be ranked" in done.stderr
    results = _results(done)
    assert [r.get("id") for r in results] == ["good", None, "second"]
    assert [r["source"] for r in results] == [f"{source}:{n}" for n in (1, 2, 3)]
    assert results[1]["error"]["message"] == "a phenopacket must be a JSON object"
    assert results[0]["data_release"] == "2099-01-01"
    assert ", " not in done.stdout.splitlines()[0][:60]  # orjson's compact separators


def test_findings_tsv_has_one_row_per_finding_of_each_candidate_with_evidence(
        cli: Any, tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "cases.jsonl", [GOOD, "{oops"])
    done = cli(["batch", str(source), "--top", "3", "--evidence", "top",
                "--format", "findings-tsv"])
    assert done.code == 1
    rows = list(csv.DictReader(done.stdout.splitlines(), delimiter="\t"))
    assert done.stdout.encode().startswith(HEADERS["findings-tsv"])
    findings = [r for r in rows if not r["error"]]
    assert {r["rank"] for r in findings} == {"1"}  # --evidence top: the first candidate only
    assert {(r["hpo_id"], r["status"]) for r in findings} == {
        ("HP:0000102", "present"), ("HP:0000201", "present"), ("HP:0000203", "excluded")}
    for row in findings:
        assert float(row["likelihood_ratio"]) > 0
        assert row["match"] in {"exact", "implied", "more_specific", "none", "contradicted"}
    contradicted = next(r for r in findings if r["hpo_id"] == "HP:0000203")
    assert contradicted["match"] == "contradicted"  # Alpha disease: NOT muscle weakness
    assert rows[-1]["error"].startswith("error: invalid JSON")
    widths = {len(line.split("\t")) for line in done.stdout.splitlines()}
    assert widths == {13}


def test_tsv_cells_never_break_a_row(mini_engine: Engine) -> None:
    from whatcauses.batch.rendering import render_tsv

    result = {"id": "a\tb\nc", "error": {"code": "bad_input", "message": "line\none\tand"}}
    row = render_tsv(result).decode()
    assert row.count("\n") == 1 and row.count("\t") == 6
    assert row.startswith("a b c\t") and row.endswith("error: line one and\n")


def test_findings_tsv_without_evidence_is_a_usage_error(cli: Any, tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "cases.jsonl", [GOOD])
    done = cli(["batch", str(source), "--evidence", "none", "--format", "findings-tsv"])
    assert done.code == 2 and "use --evidence top or all" in done.stderr
    assert not done.stdout


def test_notes_are_read_ranked_and_bad_lines_reported(cli: Any, tmp_path: Path) -> None:
    lines = [
        {"id": "n1", "text": "Seizures and muscle stiffness since birth, no muscle weakness."},
        "not json at all",
        ["a", "list"],
        {"id": "n4"},
        {"id": "n5", "text": "   "},
        {"id": "n6", "text": 42},
        {"id": "n7", "text": "I feel a bit tired of all this"},
        {"id": "n8", "text": "x" * 2100},
        {"id": "n9", "text": "muscle weakness"},
    ]
    source = _jsonl(tmp_path / "notes.jsonl", lines)
    done = cli(["batch", str(source), "--input", "text", "--top", "2", "--evidence", "top"])
    assert done.code == 1
    assert "7 record(s) could not be ranked" in done.stderr
    results = _results(done)
    assert [r["id"] for r in results] == [
        "n1", None, None, "n4", "n5", "n6", "n7", "n8", "n9"]
    first = results[0]
    understood = {(f["id"], f["negated"]) for f in first["interpretation"]["findings"]}
    assert {("HP:0000101", False), ("HP:0000201", False), ("HP:0000203", True)} <= understood
    assert first["candidates"][0]["id"] == "OMIM:100001"
    assert first["candidates"][0]["evidence"] and not first["candidates"][1]["evidence"]
    assert first["query"]["excluded"] == ["HP:0000203"]
    messages = [r.get("error", {}).get("message", "") for r in results]
    assert messages[1].startswith("invalid JSON")
    assert "JSON object" in messages[2]
    assert messages[3] == 'the note has no "text"'
    assert results[4]["error"]["code"] == results[5]["error"]["code"] == "bad_question"
    assert messages[4] == "the note's text is empty"
    assert messages[5] == 'the note\'s "text" must be a string'
    assert messages[6] == "no present findings recognised in the text"
    assert "unrecognized" in results[6]["interpretation"]  # kept: what was (not) understood
    assert messages[7] == "the note is 2100 characters long; notes are read up to 2000 characters"
    assert results[8]["candidates"] and "error" not in results[8]


def test_forked_workers_write_the_same_bytes_as_one_process(
        mini_engine: Engine, tmp_path: Path) -> None:
    findings = [["HP:0000102"], ["HP:0000203"], ["HP:0000201", "HP:0000103"]]
    cases = [_packet(f"c{n}", findings[n % 3]) for n in range(40)]
    source = _jsonl(tmp_path / "cases.jsonl", [*cases[:20], "{broken", *cases[20:]])
    settings = BatchSettings(top=3, evidence="all", output="tsv")
    one = list(run_batch(mini_engine, iter_records(source), settings, workers=1))
    two = list(run_batch(mini_engine, iter_records(source), settings, workers=2))
    assert b"".join(c.text for c in one) == b"".join(c.text for c in two)
    assert sum(c.count for c in two) == 41 and sum(c.failures for c in two) == 1
    assert [c.first for c in two] == sorted(c.first for c in two)


@pytest.mark.parametrize(("args", "message"), [
    (["--unordered"], "apply to --scheduler runs only"),
    (["--partition-size", "10"], "apply to --scheduler runs only"),
    (["--scheduler", "local:2", "--workers", "2"], "not both"),
    (["--scheduler", "local:zero"], "write local or local:N"),
])
def test_cluster_options_are_checked(cli: Any, tmp_path: Path, args: list[str],
                                     message: str) -> None:
    pytest.importorskip("distributed")
    source = _jsonl(tmp_path / "cases.jsonl", [GOOD])
    done = cli(["batch", str(source), *args])
    assert done.code == 2 and message in done.stderr, done.stderr
    assert not done.stdout


def test_scheduler_without_dask_says_how_to_install_it(
        cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    source = _jsonl(tmp_path / "cases.jsonl", [GOOD])
    done = cli(["batch", str(source), "--scheduler", "local:2"])
    assert done.code == 2
    assert "pip install 'whatcauses[cluster]'" in done.stderr
    assert "Traceback" not in done.stderr and not done.stdout


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_read_only_a_bounded_way_ahead_of_the_output(
        mini_engine: Engine, workers: int) -> None:
    from whatcauses.batch.pipeline import CHUNK_RECORDS, IN_FLIGHT_PER_WORKER

    consumed: list[int] = []
    raw = json.dumps(SECOND).encode()

    def endless() -> Iterator[BatchRecord]:
        for n in itertools.count(1):
            consumed.append(n)
            yield BatchRecord(n, f"x:{n}", raw)

    chunks = run_batch(mini_engine, endless(), BatchSettings(top=1), workers=workers)
    written = sum(c.count for c in itertools.islice(chunks, 20))
    chunks.close()  # a consumer that stops early: the pool is shut down, queued work cancelled
    look_ahead = CHUNK_RECORDS * IN_FLIGHT_PER_WORKER * workers if workers > 1 else 0
    assert len(consumed) <= written + look_ahead
