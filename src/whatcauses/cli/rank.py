"""``whatcauses rank``, ``batch`` and ``info``: ranking from HPO ids, one case or many."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from whatcauses.cli.options import (
    AgeOption,
    BatchFormat,
    BatchFormatOption,
    ExcludeOption,
    JsonFlag,
    PriorOption,
    SexOption,
    TopOption,
    option,
)
from whatcauses.cli.output import candidate_ids, console, print_json, warn
from whatcauses.cli.startup import load_engine
from whatcauses.errors import InputError

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
        table.add_row(str(c.rank), c.name, candidate_ids(c.ids), f"{c.probability:.3f}", evidence)
    target.print(table)


def rank(
    terms: Annotated[list[str], typer.Argument(help="Observed HPO ids, e.g. HP:0002063.")],
    exclude: ExcludeOption = None,
    age: AgeOption = None,
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


class Evidence(StrEnum):
    """Which candidates of a batch result carry per-finding evidence."""

    none = "none"
    top = "top"  # the first candidate only
    all = "all"  # every candidate shown


class BatchInput(StrEnum):
    """What each batch record is."""

    phenopacket = "phenopacket"  # a GA4GH Phenopacket v2 object
    text = "text"  # {"id": ..., "text": ...}, read by the question reader


# A log line at most this often when stderr is not a terminal (long runs in a job log).
PROGRESS_EVERY_SECONDS = 10.0


class _Progress:
    """Cases done, on stderr: a live counter on a terminal, else a line now and then."""

    def __init__(self) -> None:
        self.done = 0
        self.failed = 0
        self._start = self._last = time.monotonic()
        self._live: Any = None
        self._task: Any = None
        if sys.stderr.isatty():
            from rich.progress import Progress

            self._live = Progress(console=console(stderr=True), transient=True)
            self._task = self._live.add_task("ranking", total=None)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *_: object) -> None:
        if self._live is not None and self._live.live.is_started:
            self._live.stop()

    def advance(self, cases: int, failed: int) -> None:
        self.done += cases
        self.failed += failed
        if self._live is not None:
            # Started with the first result, once worker processes have been forked: the
            # live display runs a thread, and forking a process with threads is unsafe.
            if not self._live.live.is_started:
                self._live.start()
            self._live.advance(self._task, cases)
            return
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_SECONDS:
            self._last = now
            rate = self.done / max(now - self._start, 1e-9)
            sys.stderr.write(f"whatcauses batch: {self.done} cases ranked ({rate:.0f}/s), "
                             f"{self.failed} failed\n")
            sys.stderr.flush()


def batch(
    path: Annotated[Path, typer.Argument(
        help="JSONL (.jsonl, .jsonl.gz) of phenopackets or notes, a .json, or a folder.")],
    top: TopOption = 10,
    output_format: BatchFormatOption = BatchFormat.jsonl,
    evidence: Annotated[Evidence, option(
        case_sensitive=False,
        help="Per-finding evidence (likelihood ratios) for no candidate, the first, or all.",
    )] = Evidence.all,
    input_kind: Annotated[BatchInput, option(
        "--input", case_sensitive=False,
        help='phenopacket: GA4GH phenopackets; text: {"id", "text"} notes read as questions.',
    )] = BatchInput.phenopacket,
    workers: Annotated[int, option(min=1, max=64, help="Worker processes on this machine.")] = 1,
    scheduler: Annotated[str | None, option(
        help="Run on Dask: a scheduler address (tcp://host:8786) or local[:N] for a local "
             "cluster of N workers. Needs Dask (the 'cluster' extra of whatcauses).",
    )] = None,
    partition_size: Annotated[int | None, option(
        min=1, max=100_000, help="Records per Dask task (with --scheduler; default 128).",
    )] = None,
    unordered: Annotated[bool, option(
        "--unordered", help="With --scheduler: write results as they finish, not in input order.",
    )] = False,
) -> None:
    """Rank many GA4GH phenopackets (or free-text notes); streams one result per case.

    A record that cannot be ranked gets an error object (a TSV row with the message);
    the command then exits with 1 once all the others are done. The output is the same
    bytes with one process, --workers N or --scheduler (unless --unordered).

    Examples:
    $ whatcauses batch cases.jsonl --top 5 > results.jsonl
    $ whatcauses batch phenopackets/ --format tsv --workers 2 > results.tsv
    $ whatcauses batch cases.jsonl --evidence top --format findings-tsv > findings.tsv
    $ whatcauses batch notes.jsonl --input text --evidence none > ranked-notes.jsonl
    $ whatcauses batch cases.jsonl.gz --scheduler tcp://10.0.0.5:8786 > results.jsonl
    $ whatcauses batch cases.jsonl --scheduler local:2 > results.jsonl
    """
    from whatcauses.batch import HEADERS, BatchSettings, iter_records, run_batch

    if scheduler is None and (unordered or partition_size is not None):
        raise InputError("--unordered and --partition-size apply to --scheduler runs only")
    if scheduler is not None and workers != 1:
        raise InputError("use either --workers (this machine) or --scheduler (Dask), not both")
    settings = BatchSettings(top=top, evidence=evidence.value, output=output_format.value,
                             input=input_kind.value)
    records = iter_records(path)
    out = sys.stdout.buffer
    with contextlib.ExitStack() as stack:
        if scheduler is not None:
            from whatcauses.batch.cluster import (
                PARTITION_RECORDS,
                connect,
                require_dask,
                run_on_cluster,
            )

            require_dask()
            client = stack.enter_context(connect(scheduler, say=_say))
            chunks = run_on_cluster(client, records, settings, ordered=not unordered,
                                    partition_records=partition_size or PARTITION_RECORDS)
        else:
            engine = load_engine(questions=input_kind is BatchInput.text)
            chunks = run_batch(engine, records, settings, workers)
        progress = stack.enter_context(_Progress())
        try:
            out.write(HEADERS[settings.output])
            for chunk in chunks:
                out.write(chunk.text)
                out.flush()
                progress.advance(chunk.count, chunk.failures)
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, without a traceback at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(1) from None
    if progress.failed:
        sys.stderr.write(f"{progress.failed} record(s) could not be ranked "
                         "(see their error objects)\n")
        raise typer.Exit(1)


def _say(message: str) -> None:
    sys.stderr.write(f"whatcauses batch: {message}\n")
    sys.stderr.flush()


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
