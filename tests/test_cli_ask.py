"""`whatcauses ask` and `whatcauses explain` through the installed console script."""

from __future__ import annotations

import json
import subprocess

import pytest

from whatcauses.text.question import MAX_QUESTION_CHARS

from .conftest import run_cli as run

pytestmark = pytest.mark.slow


def assert_one_line_error(done: subprocess.CompletedProcess[bytes]) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    message = done.stderr.decode("utf-8", "replace").strip()
    assert message and "Traceback" not in message
    assert len(message.splitlines()) == 1, message
    assert not done.stdout
    return message


def test_ask_json_gives_candidates_and_what_was_understood(cli_env: dict[str, str]) -> None:
    done = run(["ask", "What autoimmune disease causes muscle stiffness? No fever.", "--json",
                "--top", "5"], cli_env)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert 0 < len(answer["candidates"]) <= 5
    assert all(c["id"] and c["name"] for c in answer["candidates"])
    understood = answer["interpretation"]
    assert understood["category"] == "autoimmune"
    shown = understood["findings"] + understood["or_groups"]
    assert any("HP:0003552" in f["ids"] and not f["negated"] for f in shown)
    assert any(f["id"] == "HP:0001945" and f["negated"] for f in understood["findings"])
    assert answer["answer"]


def test_ask_reads_the_question_from_stdin(cli_env: dict[str, str]) -> None:
    for args in (["ask", "-", "--json"], ["ask", "--json"]):
        done = run(args, cli_env, stdin=b"swollen knees and a rash\n")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["candidates"]


def test_ask_table_output_is_readable(cli_env: dict[str, str]) -> None:
    done = run(["ask", "my 8 year old son has a rash and swollen knees", "--top", "3"], cli_env)
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode()
    assert "Understood" in text and "Candidates" in text and "2025-01-16" in text


def test_question_without_a_known_finding_says_so(cli_env: dict[str, str]) -> None:
    done = run(["ask", "hello there, how are you?", "--json"], cli_env)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["candidates"] == []
    assert answer["message"] and "hello" in answer["interpretation"]["unrecognized"]


@pytest.mark.parametrize(
    "question", ["", "   ", "fever " * (MAX_QUESTION_CHARS // 6 + 10)],
    ids=["empty", "whitespace", "too-long"],
)
def test_bad_question_is_one_line_and_exit_2(cli_env: dict[str, str], question: str) -> None:
    assert_one_line_error(run(["ask", question, "--json"], cli_env))


@pytest.mark.parametrize(
    "payload",
    [b"fever and \xff\xfe rash", b"\x00\x01\x02binary\x00", b"", b" \n\t\n"],
    ids=["not-utf8", "binary", "empty", "whitespace"],
)
@pytest.mark.parametrize("args", [["ask", "-"], ["ask"]], ids=["dash", "no-argument"])
def test_bad_stdin_is_one_line_and_exit_2(cli_env: dict[str, str], payload: bytes,
                                          args: list[str]) -> None:
    assert_one_line_error(run([*args, "--json"], cli_env, stdin=payload))


def test_explain_gives_the_fact_sheet(cli_env: dict[str, str]) -> None:
    done = run(["explain", "OMIM:184850", "--json"], cli_env)
    assert done.returncode == 0, done.stderr
    details = json.loads(done.stdout)
    assert details["id"] == "OMIM:184850"
    assert "stiff" in details["name"].lower()
    assert details["has_fact_sheet"] and details["fact_sheet"]["summary"]
    assert all(s["sources"] for s in details["fact_sheet"]["summary"])
    assert details["annotations"]


def test_explain_unknown_disease_is_exit_2(cli_env: dict[str, str]) -> None:
    message = assert_one_line_error(run(["explain", "OMIM:1"], cli_env))
    assert "OMIM:1" in message
