"""``whatcauses data ...`` end to end: exit codes, one-line errors, JSON, and provenance.

Runs the real CLI entry point (in-process, plus two subprocess runs for Ctrl-C and a plain
console run) on private data/cache dirs, with downloads from a local 127.0.0.1 server.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.test_releases import (
    BASE_DATE,
    ReleaseServer,
    bad_releases,
    release_texts,
    server,
    store,
    store_entries,
    write_release,
)
from whatcauses.cli import app, main
from whatcauses.knowledge import releases
from whatcauses.knowledge.sources import active_tag, releases_dir

__all__ = ["server", "store"]  # fixtures shared with test_releases


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI as a user would; returns (exit code, stdout, stderr)."""
    code = 0
    try:
        main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def fixture_folder(base: Path, date: str = BASE_DATE) -> Path:
    return write_release(base / f"src-{date}", *release_texts(date))


def one_line_error(err: str, fragment: str) -> None:
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert fragment in err
    assert "Traceback" not in err


def test_status_on_a_fresh_store(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(capsys, "data", "status")
    assert report["active"] == "embedded" and report["previous"] is None
    assert [r["tag"] for r in report["releases"]] == ["embedded"]
    code, out, _ = run(capsys, "data", "status")
    assert code == 0
    assert "active release: embedded" in out and "sha256" in out


def test_import_use_rollback_prune(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "data", "import", str(fixture_folder(store)))
    assert code == 0, err
    assert f"installed release {BASE_DATE}" in out and "4 diseases" in out
    second = run_json(capsys, "data", "import", str(fixture_folder(store, "2030-02-01")))
    assert (second["active"], second["previous"]) == ("2030-02-01", BASE_DATE)
    assert second["release"]["counts"] == {"terms": 11, "diseases": 4, "annotations": 9}
    assert run_json(capsys, "data", "rollback")["active"] == BASE_DATE
    assert run_json(capsys, "info")["data_release"] == BASE_DATE
    assert run_json(capsys, "data", "use", "2030-02-01")["active"] == "2030-02-01"
    code, out, _ = run(capsys, "data", "status")
    assert "* 2030-02-01" in out and f"  {BASE_DATE}" in out
    pruned = run_json(capsys, "data", "prune")
    assert pruned["removed"] == [BASE_DATE]
    assert releases.installed_tags() == ["2030-02-01"]


def test_import_without_activation(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "data", "import", str(fixture_folder(store)), "--no-activate",
                      "--tag", "mirror-copy")
    assert result["active"] == "embedded" and result["release"]["tag"] == "mirror-copy"


@pytest.mark.parametrize(
    ("argv", "code", "fragment"),
    [
        (["data", "import", "/no/such/folder"], 2, "no such folder"),
        (["data", "import", ".", "--tag", "../up"], 2, "invalid release tag"),
        (["data", "use", "a/b"], 2, "invalid release tag"),
        (["data", "use", "2031-01-01"], 1, "not installed"),
        (["data", "rollback"], 1, "no previous release"),
        (["data", "update", "--url", "ftp://example.org"], 2, "--url must be an http(s) URL"),
    ],
)
def test_bad_arguments_give_one_line_and_an_exit_code(
    store: Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, fragment: str
) -> None:
    got, _, err = run(capsys, *argv)
    assert got == code
    one_line_error(err, fragment)


@pytest.mark.parametrize("case", sorted(bad_releases()))
def test_rejected_import_exits_1_and_keeps_answering(
    store: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    assert run(capsys, "data", "import", str(fixture_folder(store)))[0] == 0
    obo, hpoa, fragment = bad_releases()[case]
    code, _, err = run(capsys, "data", "import", str(write_release(store / "bad", obo, hpoa)))
    assert code == 1
    one_line_error(err, fragment)
    ranking = run_json(capsys, "rank", "HP:0001250")
    assert ranking["data_release"] == BASE_DATE and ranking["candidates"]


def test_import_of_a_huge_sparse_file_exits_1_before_copying(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = fixture_folder(store)
    obo = folder / "hp.obo"
    with obo.open("r+b") as handle:
        handle.truncate(2 * 1024**3)  # 2 GiB, sparse: the header is right, the size is not
    started = time.monotonic()
    code, out, err = run(capsys, "data", "import", str(folder))
    assert code == 1 and not out
    one_line_error(err, "hp.obo is 2,147,483,648 bytes, over the 134,217,728-byte limit")
    assert time.monotonic() - started < 5
    assert not releases_dir().exists() or store_entries() == []


def test_update_from_a_mirror(
    store: Path, server: ReleaseServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.publish("v2030-02-01", *release_texts("2030-02-01"))
    result = run_json(capsys, "data", "update", "--release", "2030-02-01", "--url", server.url)
    assert result["active"] == "2030-02-01" and result["action"] == "installed"
    assert result["release"]["source"].startswith(f"download {server.url}")
    assert run_json(capsys, "info")["data_release"] == "2030-02-01"


@pytest.mark.parametrize(
    ("mode", "case", "fragment"),
    [
        ("cut_always", None, "failed after 1 tries"),
        ("slow", None, "timed out"),
        ("ok", "truncated at a line", "truncated"),
        ("ok", "truncated mid-line", "columns"),
        ("ok", "mismatched dates", "mismatched files"),
        ("ok", "html instead of obo", "not an OBO ontology"),
    ],
)
def test_failed_update_leaves_the_previous_release_answering(
    store: Path,
    server: ReleaseServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    case: str | None,
    fragment: str,
) -> None:
    assert run(capsys, "data", "import", str(fixture_folder(store)))[0] == 0
    files = bad_releases()[case][:2] if case else release_texts("2030-02-01")
    server.publish("v2030-02-01", *files, mode=mode)
    monkeypatch.setenv("WHATCAUSES_RELEASE_URL", server.url)
    code, _, err = run(capsys, "data", "update", "--release", "v2030-02-01",
                       "--timeout", "0.3", "--retries", "0")
    assert code == 1
    one_line_error(err, fragment)
    assert active_tag() == BASE_DATE
    assert store_entries() == [BASE_DATE, "active.json"]
    assert run_json(capsys, "rank", "HP:0001250", "HP:0001324")["data_release"] == BASE_DATE
    names = {c.name or getattr(c.callback, "__name__", "") for c in app.registered_commands}
    if "ask" in names:  # the ask command lives in its own module (cli_ask)
        answer = run_json(capsys, "ask", "What causes seizures and muscle weakness?")
        assert answer["data_release"] == BASE_DATE


def test_busy_store_is_reported(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with releases.store_lock():
        code, _, err = run(capsys, "data", "import", str(fixture_folder(store)), "--wait", "0")
    assert code == 1
    one_line_error(err, "another whatcauses data command")


def _interruptible() -> None:
    # A test run started in the background (`cmd &` in a script) ignores SIGINT, and a child
    # inherits that: Python then installs no KeyboardInterrupt handler and Ctrl-C is lost.
    # The child is given the default disposition, as a terminal's foreground job has.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _cli(*argv: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from whatcauses.cli import main; main()", *argv],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_interruptible,  # noqa: PLW1509 - a single-threaded test process
    )


def test_console_run_and_ctrl_c_during_update(
    store: Path, server: ReleaseServer, capsys: pytest.CaptureFixture[str],
) -> None:
    env = dict(os.environ)
    # The release to keep is imported in this process; the console run is the update below.
    code, out, err = run(capsys, "data", "import", str(fixture_folder(store)))
    assert code == 0, err
    assert f"installed release {BASE_DATE}" in out
    pointer = (releases_dir() / "active.json").read_bytes()

    server.publish("v2030-02-01", *release_texts("2030-02-01"), mode="hold")
    held = server.routes["/releases/download/v2030-02-01/hp.obo"]
    process = _cli("data", "update", "--release", "2030-02-01", "--url", server.url,
                   "--timeout", "60", env=env)
    try:
        # The server has sent half of hp.obo and holds the rest until the test ends, so the
        # update is inside its download, and stays there, when Ctrl-C arrives.
        assert held.sending.wait(120), "the update never reached the server"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
    finally:
        held.resume.set()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert "Traceback" not in err  # typer turns Ctrl-C into a quiet exit 130, as shells expect
    assert (releases_dir() / "active.json").read_bytes() == pointer
    assert store_entries() == [BASE_DATE, "active.json"]
