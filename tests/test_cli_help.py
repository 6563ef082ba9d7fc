"""The command line's own surface: --version, help with examples, choices, lazy imports, and the
first-run progress line. None of these needs the HPO data loaded.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import threading
import time
from pathlib import Path

import click
import pytest
import typer.main

from whatcauses import __version__
from whatcauses.cli import app, startup
from whatcauses.cli import ask as cli_ask
from whatcauses.cli import rank as cli_rank
from whatcauses.engine import Engine

from .cli_runner import invoke
from .conftest import run_cli


def command_paths() -> list[tuple[list[str], click.Command]]:
    """Every command and group of the app, as (words after `whatcauses`, command)."""
    found: list[tuple[list[str], click.Command]] = []

    def walk(path: list[str], command: click.Command) -> None:
        found.append((path, command))
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk([*path, name], sub)

    walk([], typer.main.get_command(app))
    return found


def examples(command: click.Command) -> list[str]:
    text = command.help or ""
    assert "Examples:" in text
    return [line.strip()[2:] for line in text.split("Examples:", 1)[1].splitlines()
            if line.strip().startswith("$ ")]


def test_version_prints_the_package_version() -> None:
    done = invoke(["--version"])
    assert (done.code, done.stdout, done.stderr) == (0, f"whatcauses {__version__}\n", "")


def test_the_command_tree_is_complete() -> None:
    names = {" ".join(path) for path, _ in command_paths()}
    assert names == {"", "rank", "batch", "info", "ask", "explain", "serve", "interview",
                     "report", "data",
                     "data status", "data update", "data import", "data use", "data rollback",
                     "data prune"}


@pytest.mark.parametrize(("path", "command"), command_paths(),
                         ids=lambda p: " ".join(p) if isinstance(p, list) else "")
def test_every_help_shows_examples_that_parse(path: list[str], command: click.Command) -> None:
    done = invoke([*path, "--help"])
    assert done.code == 0, done.stderr
    assert "Examples:" in done.stdout
    shown = examples(command)
    assert shown
    for example in shown:
        words = shlex.split(example.split("|")[-1].split(">")[0])
        assert words[:len(path) + 1] == ["whatcauses", *path], example
        if "COMMAND" in words:
            continue  # a placeholder, not a runnable example
        target, rest = typer.main.get_command(app), words[1:]
        while isinstance(target, click.Group):
            target, rest = target.commands[rest[0]], rest[1:]
        target.make_context(target.name, rest)  # raises on an unknown option or bad value


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail a test that loads the engine: argument checks come first."""

    def refuse(**_: object) -> Engine:
        raise AssertionError("the engine was loaded")

    for module in (cli_rank, cli_ask):
        monkeypatch.setattr(module, "load_engine", refuse)


@pytest.mark.usefixtures("no_engine")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rank", "HP:0001250", "--sex", "robot"], "'robot' is not one of 'male', 'female'"),
        (["rank", "HP:0001250", "--sex", "m"], "'m' is not one of 'male', 'female'"),
        (["batch", ".", "--format", "xml"], "'xml' is not one of 'jsonl', 'tsv'"),
        (["serve", "--log-level", "loud"], "'loud' is not one of 'critical', 'error'"),
        (["rank", "HP:0001250", "--top", "501"], "top must be between 1 and 500, not 501"),
    ],
)
def test_choices_are_checked_before_anything_loads(args: list[str], message: str) -> None:
    done = invoke(args)
    assert done.code == 2
    assert message in done.stderr and "env var" not in done.stderr
    assert not done.stdout


def test_help_lists_the_choices() -> None:
    assert "[male|female]" in invoke(["rank", "--help"]).stdout
    assert "[jsonl|tsv|findings-tsv]" in invoke(["batch", "--help"]).stdout


def test_importing_the_cli_loads_only_typer_and_click() -> None:
    """The commands import the engine, rich, FastAPI or uvicorn inside themselves, when run."""
    code = (
        "import json, sys\n"
        "import whatcauses.cli\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    modules = json.loads(done.stdout)
    packages = {m.split(".")[0] for m in modules} - set(sys.stdlib_module_names)
    assert packages <= {"__main__", "_distutils_hack", "click", "shellingham", "typer",
                        "whatcauses"}
    ours = [m for m in modules if m.startswith("whatcauses.") and ".cli" not in m]
    assert ours == ["whatcauses.errors", "whatcauses.limits", "whatcauses.version"]


def test_console_script_entry_point() -> None:
    done = run_cli(["--version"], dict(os.environ))
    assert done.returncode == 0 and done.stdout.decode() == f"whatcauses {__version__}\n"
    usage = run_cli(["rank", "--sex", "x", "HP:0001250"], dict(os.environ))
    assert usage.returncode == 2 and b"Traceback" not in usage.stderr


# ---- the first-run progress line ----


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set when the progress line has been written (it still goes to stderr)."""
    event = threading.Event()
    original = startup._say

    def say(message: str) -> None:
        original(message)
        event.set()

    monkeypatch.setattr(startup, "_say", say)
    return event


def test_progress_line_appears_once_when_the_block_outlasts_its_delay(
    said: threading.Event, capsys: pytest.CaptureFixture[str]
) -> None:
    with startup.progress_line("building...", after=0.01):
        assert said.wait(30)  # the block runs until the line is out: no race with the timer
    assert capsys.readouterr().err == "building...\n"


def test_progress_line_stays_silent_for_a_quick_block(
    said: threading.Event, capsys: pytest.CaptureFixture[str]
) -> None:
    with startup.progress_line("building...", after=60):
        pass
    assert not said.is_set() and capsys.readouterr().err == ""


def _fake_load(wait_for: threading.Event | None) -> object:
    engine = object()

    def load(*_: object, **__: object) -> object:
        if wait_for is not None:
            assert wait_for.wait(30)
        return engine

    return load


def test_a_first_run_that_builds_the_cache_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: threading.Event,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path / "empty-cache"))
    monkeypatch.setattr(startup, "NOTICE_AFTER_SECONDS", 0.01)
    monkeypatch.setattr(Engine, "load", _fake_load(said))  # a build that lasts past the delay
    startup.load_engine()
    assert capsys.readouterr().err == startup.BUILD_NOTICE + "\n"


def test_a_first_run_says_so_once_for_both_caches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: threading.Event,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``ask`` builds the knowledge cache, then the lexicon: one line, not one per build."""
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path / "empty-cache"))
    monkeypatch.setattr(startup, "NOTICE_AFTER_SECONDS", 0.01)

    class SlowEngine:
        @property
        def reader(self) -> object:  # a lexicon build that lasts past the delay too
            time.sleep(0.2)
            return object()

    monkeypatch.setattr(Engine, "load", lambda *_, **__: (said.wait(30), SlowEngine())[1])
    startup.load_engine(questions=True)
    assert capsys.readouterr().err == startup.BUILD_NOTICE + "\n"


def test_a_run_with_its_cache_never_prints_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: threading.Event,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from whatcauses.knowledge.base import knowledge_cache_path
    from whatcauses.knowledge.sources import active_files

    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path / "cache"))
    cached = knowledge_cache_path(active_files(), __version__)
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.touch()
    monkeypatch.setattr(startup, "NOTICE_AFTER_SECONDS", 0.0)
    slow = threading.Event()
    threading.Timer(0.2, slow.set).start()
    monkeypatch.setattr(Engine, "load", _fake_load(slow))  # slow, but not a build
    startup.load_engine()
    assert not said.is_set() and capsys.readouterr().err == ""


def test_the_notice_looks_for_the_cache_the_engine_writes(engine: Engine) -> None:
    """The start-up check and Knowledge.load name the same file, so a warm run stays quiet."""
    from whatcauses.knowledge.base import knowledge_cache_path

    assert engine.knowledge.cache_file == knowledge_cache_path(engine.knowledge.files, __version__)
    assert startup._knowledge_cached()
