"""The `whatcauses` console script, run as a user would run it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import run_cli as run

pytestmark = pytest.mark.slow


def test_rank_json_has_the_documented_shape(cli_env: dict[str, str]) -> None:
    done = run(["rank", "HP:0002063", "HP:0003552", "--top", "5", "--json"], cli_env)
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert set(payload) >= {"query", "candidates", "data_release"}
    assert payload["data_release"] == "2025-01-16"
    assert len(payload["candidates"]) == 5
    first = payload["candidates"][0]
    assert set(first) >= {"id", "ids", "name", "score", "probability", "evidence"}
    assert first["id"] in first["ids"]
    assert {e["hpo_id"] for e in first["evidence"]} == {"HP:0002063", "HP:0003552"}
    scores = [c["score"] for c in payload["candidates"]]
    assert scores == sorted(scores, reverse=True)


def test_rank_table_is_readable(cli_env: dict[str, str]) -> None:
    done = run(["rank", "HP:0001250", "--exclude", "HP:0001263", "--top", "3"], cli_env)
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode()
    assert "Ranked diagnoses" in text and "2025-01-16" in text


def test_rank_maps_alt_ids_with_a_warning(cli_env: dict[str, str]) -> None:
    # HP:0002379 is an alternative id of HP:0002066 Gait ataxia in this release.
    done = run(["rank", "HP:0002379", "--json", "--top", "1"], cli_env)
    assert done.returncode == 0, done.stderr
    assert b"HP:0002066" in done.stderr
    assert json.loads(done.stdout)["query"]["present"] == ["HP:0002066"]


@pytest.mark.parametrize(
    "args",
    [["rank", "HP:9999999"], ["rank", "seizure"], ["rank", "HP:0001250", "--top", "0"],
     ["rank", "HP:0001250", "--sex", "robot"], ["rank", "HP:0001250", "--exclude", "HP:0001250"]],
)
def test_bad_rank_input_is_one_line_and_exit_2(cli_env: dict[str, str], args: list[str]) -> None:
    done = run(args, cli_env)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert done.stderr.strip()


def test_info_reports_release_counts_and_cache(cli_env: dict[str, str]) -> None:
    done = run(["info", "--json"], cli_env)
    assert done.returncode == 0, done.stderr
    info: dict[str, Any] = json.loads(done.stdout)
    assert info["data_release"] == "2025-01-16"
    assert info["terms"] > 15000 and info["diseases"] > 12000 and info["annotations"] > 200000
    assert info["cache_file"] and Path(info["cache_file"]).exists()


def _packet(pid: str, features: list[tuple[str, bool]]) -> dict[str, Any]:
    return {
        "id": pid,
        "subject": {
            "id": "s",
            "sex": "FEMALE",
            "timeAtLastEncounter": {"age": {"iso8601duration": "P8Y"}},
        },
        "phenotypicFeatures": [{"type": {"id": t}, "excluded": ex} for t, ex in features],
        "diseases": [{"term": {"id": "OMIM:184850"}}],
    }


def test_batch_streams_results_and_reports_bad_records(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    lines = [
        json.dumps(_packet("good-1", [("HP:0002063", False), ("HP:0001324", True)])),
        "{not json",
        json.dumps({"id": "empty", "phenotypicFeatures": []}),
        json.dumps(_packet("unknown-term", [("HP:0002063", False), ("HP:9999998", False)])),
    ]
    source = tmp_path / "cases.jsonl"
    source.write_text("\n".join(lines) + "\n")
    done = run(["batch", str(source), "--top", "3"], cli_env)
    assert done.returncode == 1
    results = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r.get("id") for r in results] == ["good-1", None, "empty", "unknown-term"]
    assert len(results[0]["candidates"]) == 3 and "error" not in results[0]
    assert results[1]["error"]["code"] == "bad_input"
    assert "phenotypicFeatures" in results[2]["error"]["message"]
    assert "candidates" in results[3] and any("HP:9999998" in w for w in results[3]["warnings"])


def test_batch_tsv_has_one_row_per_candidate(cli_env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "one.json"
    source.write_text(json.dumps(_packet("p1", [("HP:0001250", False)])))
    done = run(["batch", str(source), "--format", "tsv", "--top", "4"], cli_env)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.decode().strip().splitlines()
    assert rows[0].startswith("case\trank") and len(rows) == 5
    assert "HP:0001250=" in rows[1]


def test_batch_with_workers_matches_single_process(
    cli_env: dict[str, str], tmp_path: Path, shared_data: Path
) -> None:
    with gzip.open(shared_data / "phenopackets-dev.jsonl.gz", "rt") as handle:
        packets = [
            json.loads(line)["phenopacket"] for _, line in zip(range(12), handle, strict=False)
        ]
    source = tmp_path / "dev.jsonl"
    source.write_text("\n".join(json.dumps(p) for p in packets) + "\n")
    one = run(["batch", str(source), "--top", "5"], cli_env)
    two = run(["batch", str(source), "--top", "5", "--workers", "2"], cli_env)
    assert one.returncode == 0 and two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
