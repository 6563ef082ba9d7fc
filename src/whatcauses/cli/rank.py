"""``whatcauses rank``, ``batch`` and ``info``: ranking from HPO ids, one case or many."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from whatcauses.cli.options import (
    BatchFormat,
    BatchFormatOption,
    JsonFlag,
    PriorOption,
    SexOption,
    TopOption,
    option,
)
from whatcauses.cli.output import console, print_json, warn
from whatcauses.cli.startup import load_engine

if TYPE_CHECKING:
    from whatcauses.rank.results import Ranking


def render_ranking(ranking: Ranking, target: Any) -> None:
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
    target.print(table)


def rank(
    terms: Annotated[list[str], typer.Argument(help="Observed HPO ids, e.g. HP:0002063.")],
    exclude: Annotated[
        list[str] | None, option("--exclude", "-x", help="An HPO id that is absent.")
    ] = None,
    age: Annotated[float | None, option(help="Age in years.")] = None,
    sex: SexOption = None,
    top: TopOption = 10,
    prior: PriorOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Rank every annotated disease for HPO terms (observed and excluded).

    Ids are HP: and 7 digits, in the Phenotypic abnormality branch (HP:0000118).
    Alternative and obsolete ids are mapped to the current term, with a warning.

    Examples:
    $ whatcauses rank HP:0002063 HP:0003552 --top 5
    $ whatcauses rank HP:0001250 --exclude HP:0001263 --age 8 --sex female --json
    $ whatcauses rank HP:0001945 HP:0002315 --prior prevalence
    """
    engine = load_engine()
    ranking = engine.rank(terms, exclude or [], age=age, sex=sex.value if sex else None, top=top,
                          prior=prior.value if prior else None)
    warn(ranking.query.warnings)
    if as_json:
        print_json(ranking.to_dict())
    else:
        render_ranking(ranking, console())


def batch(
    path: Annotated[Path, typer.Argument(help="JSONL of phenopackets, a .json, or a folder.")],
    top: TopOption = 10,
    output_format: BatchFormatOption = BatchFormat.jsonl,
    workers: Annotated[int, option(min=1, max=64, help="Worker processes.")] = 1,
) -> None:
    """Rank many GA4GH phenopackets; streams one result per case.

    A record that cannot be ranked gets an error object in the output;
    the command then exits with 1 once all the others are done.

    Examples:
    $ whatcauses batch cases.jsonl --top 5 > results.jsonl
    $ whatcauses batch phenopackets/ --format tsv --workers 2 > results.tsv
    """
    from whatcauses.batch import TSV_HEADER, iter_records, run_batch

    engine = load_engine()
    records = iter_records(path)
    failures = 0
    progress = None
    task = None
    if sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(console=console(stderr=True), transient=True)
        progress.start()
        task = progress.add_task("ranking", total=None)
    if output_format is BatchFormat.tsv:
        sys.stdout.write(TSV_HEADER)
    try:
        for result in run_batch(engine, records, top, workers, output_format.value):
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


def info(as_json: JsonFlag = False) -> None:
    """Version, data release, counts and cache location.

    Examples:
    $ whatcauses info
    $ whatcauses info --json
    """
    details = load_engine().info().to_dict()
    if as_json:
        print_json(details)
        return
    for key, value in details.items():
        sys.stdout.write(f"{key.replace('_', ' ')}: {value}\n")
