"""`whatcauses rank`, `batch` and `info` on the embedded HPO release.

Most tests run the entry point in-process on the session's engine (tests/cli_runner.py); the
last ones run the installed console script, for its exit codes and a real start-up.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from whatcauses.cli import ask as cli_ask
from whatcauses.cli import rank as cli_rank
from whatcauses.engine import Engine

from .cli_runner import CliResult, invoke
from .conftest import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Any:
    """``invoke``, with the commands given the session's engine instead of loading one."""

    def session_engine(*, questions: bool = False) -> Engine:
        return engine

    for module in (cli_rank, cli_ask):
        monkeypatch.setattr(module, "load_engine", session_engine)
    return invoke


def test_rank_json_has_the_documented_shape(cli: Any) -> None:
    done: CliResult = cli(["rank", "HP:0002063", "HP:0003552", "--top", "5", "--json"])
    assert done.code == 0, done.stderr
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


def test_rank_table_is_readable(cli: Any) -> None:
    done = cli(["rank", "HP:0001250", "--exclude", "HP:0001263", "--top", "3", "--sex", "Female"])
    assert done.code == 0, done.stderr
    assert "Ranked diagnoses" in done.stdout and "2025-01-16" in done.stdout


@pytest.mark.parametrize(
    ("given", "current", "name"),
    [
        ("HP:0002379", "HP:0002066", "Gait ataxia"),
        # Also has an obsolete stanza in hp.obo, but HP:0000044 lists it as an alt_id.
        ("HP:0003335", "HP:0000044", "Hypogonadotropic hypogonadism"),
    ],
)
def test_rank_maps_alternative_ids_with_a_warning(
    cli: Any, given: str, current: str, name: str
) -> None:
    done = cli(["rank", given, "--json", "--top", "1"])
    assert done.code == 0, done.stderr
    assert done.stderr == f"warning: {given} is an alternative id; using {current} ({name})\n"
    assert json.loads(done.stdout)["query"]["present"] == [current]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rank", "HP:9999999"], "not a term of this HPO release"),
        (["rank", "seizure"], "not an HPO term id"),
        (["rank", "HP:12"], "exactly 7 digits"),
        (["rank", "HP:00012500"], "exactly 7 digits"),
        (["rank", "HP:0000001"], "'All' is not a phenotypic abnormality"),
        (["rank", "HP:0000006"], "'Autosomal dominant inheritance' is not a phenotypic"),
        (["rank", "HP:0001250", "--exclude", "HP:0003577"], "is not a phenotypic abnormality"),
        (["rank", "HP:0001250", "--exclude", "HP:0001250"], "HP:0001250"),
        (["rank", "HP:0001250", "--top", "0"], "top must be between 1 and 500, not 0"),
        (["rank", "HP:0001250", "--sex", "robot"], "'robot' is not one of 'male', 'female'"),
    ],
)
def test_bad_rank_input_is_a_clear_message_and_exit_2(
    cli: Any, args: list[str], message: str
) -> None:
    done = cli(args)
    assert done.code == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr and not done.stdout


def test_info_reports_release_counts_and_cache(cli: Any) -> None:
    done = cli(["info", "--json"])
    assert done.code == 0, done.stderr
    info: dict[str, Any] = json.loads(done.stdout)
    assert info["data_release"] == "2025-01-16"
    assert info["terms"] > 15000 and info["diseases"] > 12000 and info["annotations"] > 200000
    assert info["cache_file"] and Path(info["cache_file"]).exists()
    text = cli(["info"])
    assert text.code == 0 and "data release: 2025-01-16" in text.stdout


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


def test_batch_streams_results_and_reports_bad_records(cli: Any, tmp_path: Path) -> None:
    lines = [
        json.dumps(_packet("good-1", [("HP:0002063", False), ("HP:0001324", True)])),
        "{not json",
        json.dumps({"id": "empty", "phenotypicFeatures": []}),
        json.dumps(_packet("unknown-term", [("HP:0002063", False), ("HP:9999998", False)])),
        json.dumps(_packet("not-a-finding", [("HP:0002063", False), ("HP:0000006", False)])),
    ]
    source = tmp_path / "cases.jsonl"
    source.write_text("\n".join(lines) + "\n")
    done = cli(["batch", str(source), "--top", "3"])
    assert done.code == 1
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r.get("id") for r in results] == ["good-1", None, "empty", "unknown-term",
                                              "not-a-finding"]
    assert len(results[0]["candidates"]) == 3 and "error" not in results[0]
    assert results[1]["error"]["code"] == "bad_input"
    assert "phenotypicFeatures" in results[2]["error"]["message"]
    assert "candidates" in results[3] and any("HP:9999998" in w for w in results[3]["warnings"])
    # A term outside the phenotype branch is left out with a warning, as an unknown one is.
    assert any("not a phenotypic abnormality" in w for w in results[4]["warnings"])
    assert results[4]["candidates"]


def test_batch_tsv_has_one_row_per_candidate(cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "one.json"
    source.write_text(json.dumps(_packet("p1", [("HP:0001250", False)])))
    done = cli(["batch", str(source), "--format", "tsv", "--top", "4"])
    assert done.code == 0, done.stderr
    rows = done.stdout.strip().splitlines()
    assert rows[0].startswith("case\trank") and len(rows) == 5
    assert "HP:0001250=" in rows[1]


def test_batch_format_is_a_choice(cli: Any, tmp_path: Path) -> None:
    done = cli(["batch", str(tmp_path), "--format", "xml"])
    assert done.code == 2
    assert "'xml' is not one of 'jsonl', 'tsv'" in done.stderr


# ---- the installed console script ----


def test_console_script_ranks_and_maps_errors_to_exit_codes(cli_env: dict[str, str]) -> None:
    done = run_cli(["rank", "HP:0002063", "HP:0003552", "--top", "2", "--json"], cli_env)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["candidates"]) == 2
    malformed = run_cli(["rank", "HP:12"], cli_env)
    assert malformed.returncode == 2
    assert malformed.stderr.decode().startswith("error: malformed HPO term id 'HP:12'")
    # A usage error and --version through the script: tests/test_cli_help.py


def test_batch_with_workers_matches_single_process(
    cli: Any, cli_env: dict[str, str], tmp_path: Path, shared_data: Path
) -> None:
    with gzip.open(shared_data / "phenopackets-dev.jsonl.gz", "rt") as handle:
        packets = [
            json.loads(line)["phenopacket"] for _, line in zip(range(12), handle, strict=False)
        ]
    source = tmp_path / "dev.jsonl"
    source.write_text("\n".join(json.dumps(p) for p in packets) + "\n")
    # The single-process reference in this process; the worker processes through the script.
    one = cli(["batch", str(source), "--top", "5"])
    two = run_cli(["batch", str(source), "--top", "5", "--workers", "2"], cli_env)
    assert one.code == 0 and two.returncode == 0, two.stderr
    assert one.stdout.encode("utf-8") == two.stdout
