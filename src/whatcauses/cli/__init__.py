"""The ``whatcauses`` command line: thin over :class:`whatcauses.Engine`.

Each command parses its arguments, calls one engine method and renders the result; errors
are mapped to exit codes in one place (:func:`main`): 2 for bad input (usage errors too),
1 for data problems, 130 for Ctrl-C.

    options    options shared by several commands (--json, --top, --sex, --format, ...)
    output     JSON lines, rich consoles, warnings
    startup    loading the engine, with a progress line when a first run builds caches
    rank       rank, batch, info
    ask        ask, explain
    releases   data status|update|import|use|rollback|prune
    serve      serve

The command modules import only typer at module level; the engine, rich, FastAPI and
uvicorn load inside the commands that need them, so ``whatcauses rank`` starts fast.
"""

from __future__ import annotations

import sys
from typing import Annotated

import click
import typer

from whatcauses.cli import ask, interview, rank, releases, serve
from whatcauses.cli.options import option
from whatcauses.errors import InputError, WhatcausesError

__all__ = ["app", "main"]

app = typer.Typer(
    name="whatcauses",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from whatcauses.version import __version__

        sys.stdout.write(f"whatcauses {__version__}\n")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        option("--version", callback=_print_version, is_eager=True,
                     help="Print the version and exit."),
    ] = False,
) -> None:
    """What causes this? Ranked, cited answers from the Human Phenotype Ontology.

    Examples:
    $ whatcauses ask "What autoimmune disease causes muscle stiffness?"
    $ whatcauses rank HP:0002063 HP:0003552 --top 5
    $ whatcauses COMMAND --help
    """


app.command()(rank.rank)
app.command()(rank.batch)
app.command()(rank.info)
app.command()(ask.ask)
app.command()(ask.explain)
app.command()(serve.serve)
app.command()(interview.interview)
app.command()(interview.report)
app.add_typer(releases.data_app, name="data")


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and map errors to one line and an exit code."""
    try:
        code = app(args=argv, prog_name="whatcauses", standalone_mode=False)
        if isinstance(code, int) and code:
            raise SystemExit(code)
    except WhatcausesError as exc:
        sys.stderr.write(f"error: {exc}\n")
        raise SystemExit(2 if isinstance(exc, InputError) else 1) from None
    except click.exceptions.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except (click.exceptions.Abort, KeyboardInterrupt):
        sys.stderr.write("interrupted\n")
        raise SystemExit(130) from None
    except click.ClickException as exc:  # usage errors: bad options, bad values
        exc.show()
        raise SystemExit(exc.exit_code) from None
