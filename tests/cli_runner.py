"""Run the ``whatcauses`` entry point in-process, as a user would see it: exit code and streams.

:func:`invoke` goes through :func:`whatcauses.cli.main` (so errors get their one-line message
and exit code) inside click's ``CliRunner``, which swaps stdin, stdout and stderr. (typer's
runner wraps the same class but only takes a Typer app, which would skip ``main``.) A
subprocess adds only the interpreter start-up; a few tests keep one for the console script.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import click
from click.testing import CliRunner

from whatcauses.cli import main


@dataclass(frozen=True)
class CliResult:
    code: int
    stdout: str
    stderr: str


@click.command(context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("argv", nargs=-1, type=click.UNPROCESSED)
def _entry(argv: tuple[str, ...]) -> None:
    main(list(argv))


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click 8.1
    except TypeError:
        return CliRunner()  # click 8.2 keeps stderr apart by itself


def invoke(args: Sequence[str], stdin: bytes | str | None = None) -> CliResult:
    """Run ``whatcauses ARGS`` in this process; unexpected exceptions propagate."""
    result = _runner().invoke(_entry, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return CliResult(result.exit_code, result.stdout, result.stderr)
