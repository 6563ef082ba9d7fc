"""`whatcauses ask` and `whatcauses explain` on the embedded HPO release.

In-process on the session's engine (tests/cli_runner.py), plus one run of the installed
console script reading a real pipe.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from whatcauses.limits import MAX_QUESTION_CHARS

from .cli_runner import CliResult
from .conftest import run_cli
from .test_cli import cli

pytestmark = pytest.mark.slow

__all__ = ["cli"]  # the fixture, shared with test_cli


def assert_one_line_error(done: CliResult) -> str:
    assert done.code == 2, (done.code, done.stderr)
    message = done.stderr.strip()
    assert message and "Traceback" not in message
    assert len(message.splitlines()) == 1, message
    assert not done.stdout
    return message


def test_ask_json_gives_candidates_and_what_was_understood(cli: Any) -> None:
    done = cli(["ask", "What autoimmune disease causes muscle stiffness? No fever.", "--json",
                "--top", "5"])
    assert done.code == 0, done.stderr
    answer = json.loads(done.stdout)
    assert 0 < len(answer["candidates"]) <= 5
    assert all(c["id"] and c["name"] for c in answer["candidates"])
    understood = answer["interpretation"]
    assert understood["category"] == "autoimmune"
    shown = understood["findings"] + understood["or_groups"]
    assert any("HP:0003552" in f["ids"] and not f["negated"] for f in shown)
    assert any(f["id"] == "HP:0001945" and f["negated"] for f in understood["findings"])
    assert answer["answer"]


def test_ask_reads_the_question_from_stdin(cli: Any) -> None:
    for args in (["ask", "-", "--json"], ["ask", "--json"]):
        done = cli(args, stdin=b"swollen knees and a rash\n")
        assert done.code == 0, done.stderr
        assert json.loads(done.stdout)["candidates"]


def test_ask_table_output_is_readable(cli: Any) -> None:
    done = cli(["ask", "my 8 year old son has a rash and swollen knees", "--top", "3"])
    assert done.code == 0, done.stderr
    assert "Understood" in done.stdout and "Candidates" in done.stdout
    assert "2025-01-16" in done.stdout


def test_question_without_a_known_finding_says_so(cli: Any) -> None:
    done = cli(["ask", "hello there, how are you?", "--json"])
    assert done.code == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["candidates"] == []
    assert answer["message"] and "hello" in answer["interpretation"]["unrecognized"]


@pytest.mark.parametrize(
    "question", ["", "   ", "fever " * (MAX_QUESTION_CHARS // 6 + 10)],
    ids=["empty", "whitespace", "too-long"],
)
def test_bad_question_is_one_line_and_exit_2(cli: Any, question: str) -> None:
    assert_one_line_error(cli(["ask", question, "--json"]))


@pytest.mark.parametrize(
    "payload",
    [b"fever and \xff\xfe rash", b"\x00\x01\x02binary\x00", b"", b" \n\t\n",
     b"fever " * 12000],
    ids=["not-utf8", "binary", "empty", "whitespace", "over-64-KiB"],
)
@pytest.mark.parametrize("args", [["ask", "-"], ["ask"]], ids=["dash", "no-argument"])
def test_bad_stdin_is_one_line_and_exit_2(cli: Any, payload: bytes, args: list[str]) -> None:
    assert_one_line_error(cli([*args, "--json"], stdin=payload))


def test_ask_top_is_bounded(cli: Any) -> None:
    done = cli(["ask", "fever", "--top", "101"])
    assert done.code == 2 and "top must be between 1 and 100, not 101" in done.stderr


def test_explain_gives_the_fact_sheet(cli: Any) -> None:
    done = cli(["explain", "OMIM:184850", "--json"])
    assert done.code == 0, done.stderr
    details = json.loads(done.stdout)
    assert details["id"] == "OMIM:184850"
    assert "stiff" in details["name"].lower()
    assert details["has_fact_sheet"] and details["fact_sheet"]["summary"]
    assert all(s["sources"] for s in details["fact_sheet"]["summary"])
    assert details["annotations"]
    text = cli(["explain", "orphanet:3198"])
    assert text.code == 0 and "(ORPHA:3198, OMIM:184850)" in text.stdout


def test_explain_says_how_common_the_disease_is_with_its_source(cli: Any) -> None:
    done = cli(["explain", "OMIM:184850", "--json"])
    figure = json.loads(done.stdout)["prevalence"]
    assert figure["source"] == "Orphanet" and figure["rare"] and figure["per_100000"] > 0
    text = cli(["explain", "OMIM:184850"]).stdout
    assert "How common:" in text and "Orphanet" in text


@pytest.mark.parametrize(
    ("given", "reported"),
    [("OMIM:000001", "OMIM:000001"), ("OMIM:1", "OMIM:000001"), ("ORPHA:0000001", "ORPHA:1")],
)
def test_explain_unknown_disease_names_the_canonical_id(
    cli: Any, given: str, reported: str
) -> None:
    message = assert_one_line_error(cli(["explain", given]))
    assert message == f"error: {reported} is not annotated in this release"


def test_explain_malformed_omim_id_is_exit_2(cli: Any) -> None:
    message = assert_one_line_error(cli(["explain", "OMIM:1848501"]))
    assert "an OMIM id has 6 digits" in message


def test_console_script_reads_a_real_pipe(cli_env: dict[str, str]) -> None:
    done = run_cli(["ask", "--json"], cli_env, stdin=b"swollen knees and a rash\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["candidates"]
    bad = run_cli(["ask", "-"], cli_env, stdin=b"fever and \xff rash")
    assert bad.returncode == 2
    assert bad.stderr == b"error: standard input is not UTF-8 text\n"


def test_a_condition_and_its_inherited_forms_are_one_candidate(cli: Any) -> None:
    # Atrial fibrillation's profile includes the familial forms OMIM lists apart: one
    # candidate under the profile's name, every id in JSON, the first few in the table.
    question = "my heart keeps racing and fluttering irregularly and I get breathless"
    answer = json.loads(cli(["ask", question, "--json", "--top", "10"]).stdout)
    fibrillation = [c for c in answer["candidates"] if "MONDO:0004981" in c["ids"]]
    assert len(fibrillation) == 1
    assert fibrillation[0]["name"] == "Atrial fibrillation"
    assert {"OMIM:608583", "ORPHA:334"} <= set(fibrillation[0]["ids"])
    assert not any(c["name"].startswith("Atrial fibrillation, familial")
                   for c in answer["candidates"])
    table = cli(["ask", question, "--top", "3"]).stdout
    assert f"+{len(fibrillation[0]['ids']) - 4}" in table  # "+14 more", wrapped by the table
