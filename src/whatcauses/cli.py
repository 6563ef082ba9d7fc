"""The ``whatcauses`` command line: thin over :class:`whatcauses.Engine`.

Each command parses its arguments, calls one engine method and renders the result; errors
are mapped to exit codes in one place (:func:`main`): 2 for bad input, 1 for data problems.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer

from whatcauses.errors import InputError, WhatcausesError

if TYPE_CHECKING:
    from whatcauses.engine import Engine
    from whatcauses.rank.results import Ranking

app = typer.Typer(
    name="whatcauses",
    help="What causes this? Ranked, cited answers from the Human Phenotype Ontology.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
TopOption = Annotated[int, typer.Option("--top", "-n", min=1, max=500, help="How many candidates.")]


def _engine() -> Engine:
    from whatcauses.engine import Engine

    return Engine.load()


def _print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _warn(messages: tuple[str, ...] | list[str]) -> None:
    for message in messages:
        sys.stderr.write(f"warning: {message}\n")


def render_ranking(ranking: Ranking, console: Any) -> None:
    """A readable table of candidates with their strongest evidence."""
    from rich.table import Table

    table = Table(title=f"Ranked diagnoses (HPO release {ranking.data_release})", expand=False)
    table.add_column("#", justify="right")
    table.add_column("Disease")
    table.add_column("Id(s)")
    table.add_column("Post-test p", justify="right")
    table.add_column("Key evidence (likelihood ratio)")
    for c in ranking.candidates:
        best = sorted(c.evidence, key=lambda e: -e.likelihood_ratio)[:3]
        evidence = "; ".join(
            f"{'no ' if e.excluded else ''}{e.label} ({e.match}, LR {e.likelihood_ratio:.2g})"
            for e in best
        )
        table.add_row(str(c.rank), c.name, " ".join(c.ids), f"{c.probability:.3f}", evidence)
    console.print(table)


@app.command()
def rank(
    terms: Annotated[list[str], typer.Argument(help="Observed HPO ids, e.g. HP:0002063.")],
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", "-x", help="An HPO id that is absent.")
    ] = None,
    age: Annotated[float | None, typer.Option(help="Age in years.")] = None,
    sex: Annotated[str | None, typer.Option(help="male or female.")] = None,
    top: TopOption = 10,
    as_json: JsonFlag = False,
) -> None:
    """Rank every annotated disease for HPO terms (observed and excluded)."""
    engine = _engine()
    ranking = engine.rank(terms, exclude or [], age=age, sex=sex, top=top)
    _warn(list(ranking.query.warnings))
    if as_json:
        _print_json(ranking.to_dict())
    else:
        render_ranking(ranking, _console())


@app.command()
def batch(
    path: Annotated[Path, typer.Argument(help="JSONL of phenopackets, a .json, or a folder.")],
    top: TopOption = 10,
    output_format: Annotated[
        str, typer.Option("--format", help="jsonl (one line per case) or tsv.")
    ] = "jsonl",
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
) -> None:
    """Rank many GA4GH phenopackets; streams one result per case."""
    from whatcauses.batch import TSV_HEADER, iter_records, run_batch

    if output_format not in {"jsonl", "tsv"}:
        raise InputError(f"--format must be jsonl or tsv, not {output_format!r}")
    engine = _engine()
    records = iter_records(path)
    failures = 0
    progress = None
    task = None
    if sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(console=_console(stderr=True), transient=True)
        progress.start()
        task = progress.add_task("ranking", total=None)
    if output_format == "tsv":
        sys.stdout.write(TSV_HEADER)
    try:
        for result in run_batch(engine, records, top, workers, output_format):
            failures += result.failed
            sys.stdout.write(result.text)
            sys.stdout.flush()
            if progress is not None and task is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
    if failures:
        sys.stderr.write(f"{failures} record(s) could not be ranked (see their error objects)\n")
        raise typer.Exit(1)


@app.command()
def info(as_json: JsonFlag = False) -> None:
    """Version, data release, counts and cache location."""
    details = _engine().info().to_dict()
    if as_json:
        _print_json(details)
        return
    for key, value in details.items():
        sys.stdout.write(f"{key.replace('_', ' ')}: {value}\n")


def _register_optional_commands() -> None:
    """Commands that live in their own modules (kept out of the import path of `rank`)."""
    from whatcauses import cli_more

    cli_more.register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and map errors to one line and an exit code."""
    _register_optional_commands()
    try:
        code = app(args=argv, standalone_mode=False)
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

