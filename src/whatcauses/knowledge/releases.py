"""Installed HPO data releases: status, download, verify, install, activate, roll back, prune.

Store layout under :func:`~whatcauses.knowledge.sources.releases_dir`::

    releases/
      active.json          {"tag", "previous", "activated_at"}; absent means the embedded default
      .lock                flock'ed by every command that changes the store
      .staging-XXXX/       a release being downloaded or verified (never read by the engine)
      <TAG>/hp.obo
      <TAG>/phenotype.hpoa
      <TAG>/release.json   the manifest: release date, counts, sha256 and size of each file
      <TAG>/mondo/*.sssom.tsv   optional MONDO equivalence mappings

A release becomes visible in two renames: its verified staging folder to ``<TAG>``, then a
new pointer over ``active.json``. A crash or Ctrl-C before the second rename leaves the old
pointer in place, so the engine never reads a half-installed release; leftover staging
folders are removed by the next command that takes the lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whatcauses.errors import DataError, ReleaseError
from whatcauses.knowledge.sources import (
    EMBEDDED_TAG,
    HPOA_NAME,
    OBO_NAME,
    DataFiles,
    active_pointer,
    active_tag,
    embedded_files,
    releases_dir,
)
from whatcauses.knowledge.store import atomic_write_bytes, cache_path, file_digest

if TYPE_CHECKING:
    import httpx

    from whatcauses.knowledge.base import Knowledge

DEFAULT_RELEASE_URL = "https://github.com/obophenotype/human-phenotype-ontology/releases"
DEFAULT_MONDO_URL = (
    "https://raw.githubusercontent.com/monarch-initiative/mondo/master/src/ontology/mappings"
)
RELEASE_URL_ENV = "WHATCAUSES_RELEASE_URL"
MONDO_URL_ENV = "WHATCAUSES_MONDO_URL"
MONDO_FILES = ("mondo_exactmatch_omim.sssom.tsv", "mondo_exactmatch_orphanet.sssom.tsv")
MANIFEST_NAME = "release.json"
LOCK_NAME = ".lock"
STAGING_PREFIX = ".staging-"

# A new release may differ from the one it replaces by this factor in any count. HPO grows a
# few per cent per release; a file cut short or a wrong file shows up as a large drop.
MIN_COUNT_RATIO = 0.8
MAX_COUNT_RATIO = 2.0
# Share of annotations allowed to cite HPO ids missing from hp.obo. Consistent releases have
# none (the 2025-01-16 release has 0 of 271,702); the compiler itself only stops at 5 %.
MAX_UNKNOWN_TERM_SHARE = 0.01
# phenotype.hpoa announces its disease count per source in its header; a file that yields
# clearly fewer diseases was cut short (the header counts a couple of entries loosely).
MIN_ANNOUNCED_SHARE = 0.99

_TAG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")

Progress = Callable[[str, int, int | None], None]
"""Called as ``progress(file_name, bytes_done, bytes_total_or_None)`` while downloading."""


# ---- results ----


@dataclass(frozen=True, slots=True)
class Counts:
    """Sizes of a release, compared between releases as a sanity check."""

    terms: int
    diseases: int
    annotations: int

    def to_dict(self) -> dict[str, int]:
        return {"terms": self.terms, "diseases": self.diseases, "annotations": self.annotations}


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One file of a release, with the hash it was installed with."""

    name: str
    sha256: str
    size: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


@dataclass(frozen=True, slots=True)
class ReleaseManifest:
    """What was verified about a release when it was installed (``<TAG>/release.json``)."""

    tag: str
    release_date: str
    data_version: str
    hpoa_version: str
    counts: Counts
    files: tuple[FileRecord, ...]
    source: str
    installed_at: str
    mondo_files: tuple[FileRecord, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "tag": self.tag,
            "release_date": self.release_date,
            "data_version": self.data_version,
            "hpoa_version": self.hpoa_version,
            "counts": self.counts.to_dict(),
            "files": [f.to_dict() for f in self.files],
            "mondo_files": [f.to_dict() for f in self.mondo_files],
            "source": self.source,
            "installed_at": self.installed_at,
        }

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> ReleaseManifest:
        counts = record["counts"]
        return cls(
            tag=str(record["tag"]),
            release_date=str(record["release_date"]),
            data_version=str(record.get("data_version", "")),
            hpoa_version=str(record.get("hpoa_version", "")),
            counts=Counts(int(counts["terms"]), int(counts["diseases"]),
                          int(counts["annotations"])),
            files=tuple(FileRecord(str(f["name"]), str(f["sha256"]), int(f["size"]))
                        for f in record["files"]),
            source=str(record.get("source", "")),
            installed_at=str(record.get("installed_at", "")),
            mondo_files=tuple(FileRecord(str(f["name"]), str(f["sha256"]), int(f["size"]))
                              for f in record.get("mondo_files", [])),
        )


@dataclass(frozen=True, slots=True)
class InstalledRelease:
    """One release on disk (or the embedded default) as listed by :func:`status`."""

    tag: str
    location: str
    active: bool
    manifest: ReleaseManifest | None  # None for the embedded default and unreadable folders
    problem: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tag": self.tag,
            "location": self.location,
            "active": self.active,
            "release_date": self.manifest.release_date if self.manifest else None,
            "counts": self.manifest.counts.to_dict() if self.manifest else None,
            "source": self.manifest.source if self.manifest else None,
            "installed_at": self.manifest.installed_at if self.manifest else None,
            "problem": self.problem,
        }


@dataclass(frozen=True, slots=True)
class StoreStatus:
    """The answer of ``whatcauses data status``."""

    active: str
    previous: str | None
    location: str
    files: tuple[FileRecord, ...]
    embedded_location: str
    releases: tuple[InstalledRelease, ...]
    store: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "active": self.active,
            "previous": self.previous,
            "location": self.location,
            "files": [f.to_dict() for f in self.files],
            "embedded_default": {"tag": EMBEDDED_TAG, "location": self.embedded_location},
            "releases": [r.to_dict() for r in self.releases],
            "store": self.store,
        }


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of a command that changed the store."""

    action: str
    active: str
    previous: str | None
    message: str
    manifest: ReleaseManifest | None = None
    removed: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "active": self.active,
            "previous": self.previous,
            "message": self.message,
            "release": self.manifest.to_dict() if self.manifest else None,
            "removed": list(self.removed),
        }


@dataclass(frozen=True, slots=True)
class DownloadOptions:
    """Network behaviour of :func:`update`; tests shorten the timeouts and back-off."""

    base_url: str | None = None  # default: $WHATCAUSES_RELEASE_URL, else the HPO GitHub releases
    mondo_url: str | None = None  # default: $WHATCAUSES_MONDO_URL, else MONDO's mappings folder
    timeout: float = 60.0  # seconds without progress (connect, read) before a try fails
    retries: int = 4  # further tries after a transient failure, each resuming where it stopped
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    progress: Progress | None = None


# ---- small helpers ----


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def check_tag(tag: str) -> str:
    """Reject tags that could escape the store or clash with its own files."""
    if not _TAG.match(tag):
        raise ReleaseError(
            f"invalid release tag {tag!r}: use letters, digits, '.', '_' or '-' (e.g. 2025-01-16)"
        )
    return tag


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _file_record(path: Path, name: str | None = None) -> FileRecord:
    return FileRecord(name or path.name, sha256_of(path), path.stat().st_size)


def _read_pointer() -> dict[str, Any]:
    try:
        record = json.loads(active_pointer().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ReleaseError(f"the active-release pointer {active_pointer()} is unreadable: {exc}"
                           ) from exc
    return record if isinstance(record, dict) else {}


def read_manifest(tag: str) -> ReleaseManifest:
    path = releases_dir() / tag / MANIFEST_NAME
    try:
        return ReleaseManifest.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ReleaseError(f"release {tag!r} is not installed (no {path})") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReleaseError(f"the manifest of release {tag!r} is unreadable: {exc}") from exc


def installed_tags() -> list[str]:
    """Tags of the releases installed under the store (not the embedded default), sorted."""
    root = releases_dir()
    if not root.is_dir():
        return []
    return sorted(
        p.name for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST_NAME).is_file()
    )


@contextlib.contextmanager
def _file_errors(action: str) -> Iterator[None]:
    """Report a file-system failure (disk full, permissions) as a one-line ReleaseError."""
    try:
        yield
    except OSError as exc:
        raise ReleaseError(f"{action} failed: {exc.strerror or exc} "
                           f"({exc.filename or releases_dir()})") from exc


@contextlib.contextmanager
def store_lock(timeout: float = 30.0) -> Iterator[None]:
    """Hold the store's lock (an flock, released by the OS if the process dies)."""
    root = releases_dir()
    root.mkdir(parents=True, exist_ok=True)
    handle = (root / LOCK_NAME).open("a+")
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ReleaseError(
                        f"another whatcauses data command is changing {root}; try again "
                        "when it has finished"
                    ) from None
                time.sleep(0.1)
        _remove_stale_staging(root)
        yield
    finally:
        handle.close()  # closing the descriptor releases the flock


def _remove_stale_staging(root: Path) -> list[str]:
    # Only called with the lock held, so any staging folder belongs to a process that died.
    removed = []
    for folder in root.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder.name)
    return removed


def _write_pointer(tag: str, previous: str | None) -> None:
    record = {"tag": tag, "previous": previous, "activated_at": _now()}
    atomic_write_bytes(active_pointer(), (json.dumps(record, indent=2) + "\n").encode("utf-8"))


def _files_of(tag: str) -> DataFiles:
    if tag == EMBEDDED_TAG:
        return embedded_files()
    folder = releases_dir() / tag
    return DataFiles(obo=folder / OBO_NAME, hpoa=folder / HPOA_NAME, tag=tag)


# ---- verification ----


def _hpoa_header(path: Path) -> dict[str, str]:
    header: dict[str, str] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
    return header


def _dangling_parents(obo: Path) -> list[str]:
    """``is_a`` targets that have no stanza of their own.

    A complete hp.obo has none (obsolete terms keep their stanzas); a file cut short at a
    stanza boundary parses cleanly but loses the parents of some surviving terms.
    """
    declared: set[str] = set()
    parents: set[str] = set()
    in_term = False
    with obo.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("["):
                in_term = line.startswith("[Term]")
            elif in_term and line.startswith("id:"):
                declared.add(line[3:].strip())
            elif in_term and line.startswith("is_a:"):
                parents.add(line[5:].split("!", 1)[0].split("{", 1)[0].strip())
    return sorted(parents - declared)


def _announced_diseases(description: str) -> int | None:
    # e.g. 'HPO annotations for rare diseases [8359: OMIM; 47: DECIPHER; 4283 ORPHANET]'
    bracket = re.search(r"\[([^\]]*)\]", description)
    if not bracket:
        return None
    numbers = [int(n) for n in re.findall(r"\d+", bracket.group(1))]
    return sum(numbers) if numbers else None


def _compare_counts(new: Counts, baseline: Counts, baseline_tag: str) -> None:
    for name in ("terms", "diseases", "annotations"):
        value, before = getattr(new, name), getattr(baseline, name)
        if before and not (MIN_COUNT_RATIO * before <= value <= MAX_COUNT_RATIO * before):
            raise ReleaseError(
                f"the new release has {value} {name} against {before} in release "
                f"{baseline_tag!r}, outside the sane range "
                f"({MIN_COUNT_RATIO:g}x-{MAX_COUNT_RATIO:g}x): a truncated or wrong file? "
                "(override with --skip-count-check)"
            )


def verify_files(
    obo: Path,
    hpoa: Path,
    *,
    baseline: ReleaseManifest | None = None,
    expected_date: str | None = None,
    package_version: str | None = None,
) -> tuple[Counts, str, str, str]:
    """Parse and compile a release completely; return (counts, date, data-version, hpoa version).

    Builds the compiled cache as a side effect, so the engine starts at once on the new
    release. Raises :class:`ReleaseError` for anything that makes the release untrustworthy.
    """
    from whatcauses import __version__
    from whatcauses.knowledge.base import Knowledge

    for path in (obo, hpoa):
        if not path.is_file() or path.stat().st_size == 0:
            raise ReleaseError(f"{path.name} is missing or empty")
    # The cheap whole-file check first: it rejects a cut-off hp.obo before a full compile.
    dangling = _dangling_parents(obo)
    if dangling:
        raise ReleaseError(
            f"hp.obo is incomplete: {len(dangling)} parent term(s) have no entry "
            f"(e.g. {', '.join(dangling[:3])}); the file was cut short"
        )
    try:
        knowledge = Knowledge.load(
            DataFiles(obo=obo, hpoa=hpoa, tag="candidate"), package_version or __version__
        )
    except DataError as exc:
        raise ReleaseError(f"the release files do not parse: {exc}") from exc
    except (ValueError, KeyError, IndexError) as exc:
        raise ReleaseError(f"the release files are malformed: {exc!r}") from exc
    try:
        return _check_knowledge(knowledge, hpoa, baseline, expected_date)
    except ReleaseError:
        # A rejected release must not leave its compiled cache behind.
        if knowledge.cache_file is not None:
            knowledge.cache_file.unlink(missing_ok=True)
        raise


def _check_knowledge(
    knowledge: Knowledge,
    hpoa: Path,
    baseline: ReleaseManifest | None,
    expected_date: str | None,
) -> tuple[Counts, str, str, str]:
    counts = Counts(len(knowledge.ontology), knowledge.n_diseases, knowledge.n_annotations)
    date_match = _DATE.search(knowledge.data_version)
    if not date_match:
        raise ReleaseError(
            "hp.obo states no release date (its 'data-version' header is "
            f"{knowledge.data_version or 'missing'!r})"
        )
    release_date = date_match.group(1)
    hpoa_date = _DATE.search(knowledge.hpoa_version)
    if hpoa_date and hpoa_date.group(1) != release_date:
        raise ReleaseError(
            f"mismatched files: hp.obo is release {release_date} but phenotype.hpoa is "
            f"{hpoa_date.group(1)}"
        )
    if expected_date and expected_date != release_date:
        raise ReleaseError(
            f"asked for release {expected_date} but the files are release {release_date}"
        )
    unknown = int((knowledge.arrays["ann_term"] < 0).sum())
    if unknown > MAX_UNKNOWN_TERM_SHARE * counts.annotations:
        raise ReleaseError(
            f"{unknown} of {counts.annotations} annotations cite HPO ids missing from hp.obo: "
            "hp.obo is truncated or from another release"
        )
    announced = _announced_diseases(_hpoa_header(hpoa).get("description", ""))
    if announced and counts.diseases < MIN_ANNOUNCED_SHARE * announced:
        raise ReleaseError(
            f"phenotype.hpoa announces {announced} diseases but only {counts.diseases} were "
            "read: the file is truncated"
        )
    if baseline is not None:
        _compare_counts(counts, baseline.counts, baseline.tag)
    return counts, release_date, knowledge.data_version, knowledge.hpoa_version


def _verify_mondo(path: Path) -> FileRecord:
    with path.open(encoding="utf-8", errors="replace") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    columns = lines[0].rstrip("\n").split("\t") if lines else []
    if "subject_id" not in columns or "object_id" not in columns or len(lines) < 2:
        raise ReleaseError(f"{path.name} is not an SSSOM mapping table (no subject_id/object_id "
                           "header or no rows)")
    return _file_record(path)


def _baseline() -> ReleaseManifest | None:
    # Counts are compared with the release in use when it is an installed one. The embedded
    # default has no manifest; comparing with it would need a full compile at every update.
    tag = _current_pointer()[0]
    if tag is None or tag == EMBEDDED_TAG:
        return None
    try:
        return read_manifest(tag)
    except ReleaseError:
        return None


# ---- install and activate ----


def _install_staged(
    staging: Path,
    *,
    tag: str | None,
    source: str,
    expected_date: str | None,
    check_counts: bool,
    force: bool,
    activate: bool,
) -> Outcome:
    """Verify a filled staging folder, move it into place and (optionally) activate it."""
    obo, hpoa = staging / OBO_NAME, staging / HPOA_NAME
    baseline = _baseline() if check_counts else None
    counts, release_date, data_version, hpoa_version = verify_files(
        obo, hpoa, baseline=baseline, expected_date=expected_date
    )
    chosen = check_tag(tag or release_date)
    if chosen == EMBEDDED_TAG:
        raise ReleaseError(f"{EMBEDDED_TAG!r} is reserved for the packaged default release")
    mondo = tuple(_verify_mondo(staging / "mondo" / name) for name in MONDO_FILES
                  if (staging / "mondo" / name).is_file())
    manifest = ReleaseManifest(
        tag=chosen,
        release_date=release_date,
        data_version=data_version,
        hpoa_version=hpoa_version,
        counts=counts,
        files=(_file_record(obo), _file_record(hpoa)),
        source=source,
        installed_at=_now(),
        mondo_files=mondo,
    )
    atomic_write_bytes(staging / MANIFEST_NAME,
                       (json.dumps(manifest.to_dict(), indent=2) + "\n").encode("utf-8"))
    _fsync_tree(staging)
    target = releases_dir() / chosen
    action = "installed"
    if target.exists():
        existing = None
        with contextlib.suppress(ReleaseError):
            existing = read_manifest(chosen)
        if existing is not None and existing.files == manifest.files and not force:
            action = "already installed"
            manifest = existing
        elif not force and existing is not None:
            raise ReleaseError(
                f"release {chosen!r} is already installed with different files; choose another "
                "--tag or replace it with --force"
            )
        else:
            # Swap folders with the old one parked aside, so the tag never names a half copy.
            parked = releases_dir() / f"{STAGING_PREFIX}old-{chosen}"
            os.replace(target, parked)
            os.replace(staging, target)
            shutil.rmtree(parked, ignore_errors=True)
            action = "replaced"
    else:
        os.replace(staging, target)
    if not activate:
        pointer = _read_pointer()
        current = str(pointer.get("tag") or EMBEDDED_TAG)
        return Outcome(action, current, pointer.get("previous"),
                       f"{action} release {chosen} (not activated; {current} stays active)",
                       manifest)
    return _activate(chosen, action, manifest)


def _fsync_tree(folder: Path) -> None:
    """Flush a staged release to disk, so the renames that publish it never outrun its data."""
    for path in sorted(folder.rglob("*"), key=lambda p: -len(p.parts)):
        flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
        fd = os.open(path, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _current_pointer() -> tuple[str | None, str | None]:
    """(active tag, previous tag), both None when the pointer is unreadable."""
    try:
        previous = _read_pointer().get("previous")
        return active_tag(), str(previous) if previous else None
    except DataError:
        return None, None  # an unreadable pointer is what `use` is there to repair


def _activate(tag: str, action: str, manifest: ReleaseManifest | None) -> Outcome:
    current, earlier = _current_pointer()
    previous = current if current != tag else earlier
    _write_pointer(tag, previous)
    message = f"{action} release {tag}; it is now active (previous: {previous or 'none'})"
    return Outcome(action, tag, previous, message, manifest)


@contextlib.contextmanager
def _staging() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=releases_dir()))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def import_release(
    folder: Path,
    *,
    tag: str | None = None,
    check_counts: bool = True,
    force: bool = False,
    activate: bool = True,
    lock_timeout: float = 30.0,
) -> Outcome:
    """Install (and activate) a release from a local folder holding hp.obo and phenotype.hpoa.

    MONDO mapping files found beside them (or in a ``mondo`` sub-folder) are kept too.
    """
    if not folder.is_dir():
        raise ReleaseError(f"no such folder: {folder}")
    missing = [n for n in (OBO_NAME, HPOA_NAME) if not (folder / n).is_file()]
    if missing:
        raise ReleaseError(f"{folder} lacks {' and '.join(missing)}")
    if tag is not None:
        check_tag(tag)
    with _file_errors("import"), store_lock(lock_timeout), _staging() as staging:
        for name in (OBO_NAME, HPOA_NAME):
            shutil.copyfile(folder / name, staging / name)
        for name in MONDO_FILES:
            for candidate in (folder / name, folder / "mondo" / name):
                if candidate.is_file():
                    (staging / "mondo").mkdir(exist_ok=True)
                    shutil.copyfile(candidate, staging / "mondo" / name)
                    break
        return _install_staged(staging, tag=tag, source=f"import {folder.resolve()}",
                               expected_date=None, check_counts=check_counts, force=force,
                               activate=activate)


def release_base_url(explicit: str | None = None) -> str:
    return (explicit or os.environ.get(RELEASE_URL_ENV) or DEFAULT_RELEASE_URL).rstrip("/")


def mondo_base_url(explicit: str | None = None) -> str:
    return (explicit or os.environ.get(MONDO_URL_ENV) or DEFAULT_MONDO_URL).rstrip("/")


def remote_tag(release: str) -> str:
    """The GitHub tag of a release: ``2025-01-16`` and ``v2025-01-16`` both give the latter."""
    check_tag(release)
    return f"v{release}" if _DATE.fullmatch(release) else release


def asset_url(base: str, release: str | None, name: str) -> str:
    if release is None or release == "latest":
        return f"{base}/latest/download/{name}"
    return f"{base}/download/{remote_tag(release)}/{name}"


def update(
    release: str | None = None,
    *,
    with_mondo: bool = False,
    options: DownloadOptions | None = None,
    check_counts: bool = True,
    force: bool = False,
    lock_timeout: float = 30.0,
) -> Outcome:
    """Download the latest (or a named) release, verify it, install it and activate it."""
    chosen = options or DownloadOptions()
    base = release_base_url(chosen.base_url)
    wanted = None if release in (None, "latest") else release
    expected_date = None
    if wanted is not None:
        tag_date = _DATE.fullmatch(wanted.removeprefix("v"))
        expected_date = tag_date.group(1) if tag_date else None
    urls = {name: asset_url(base, wanted, name) for name in (OBO_NAME, HPOA_NAME)}
    with _file_errors("update"), store_lock(lock_timeout), _staging() as staging:
        with _client(chosen) as client:
            for name, url in urls.items():
                download(client, url, staging / name, chosen)
            if with_mondo:
                (staging / "mondo").mkdir()
                mondo_base = mondo_base_url(chosen.mondo_url)
                for name in MONDO_FILES:
                    download(client, f"{mondo_base}/{name}", staging / "mondo" / name, chosen)
        return _install_staged(staging, tag=None, source=f"download {urls[OBO_NAME]}",
                               expected_date=expected_date, check_counts=check_counts,
                               force=force, activate=True)


def use(tag: str, *, lock_timeout: float = 30.0) -> Outcome:
    """Activate an installed release (or ``embedded``) after checking its files."""
    if tag != EMBEDDED_TAG:
        check_tag(tag)
    with _file_errors("use"), store_lock(lock_timeout):
        manifest = _check_installed(tag)
        if _current_pointer()[0] == tag:
            pointer = _read_pointer()
            return Outcome("unchanged", tag, pointer.get("previous"),
                           f"release {tag} is already active", manifest)
        return _activate(tag, "activated", manifest)


def rollback(*, lock_timeout: float = 30.0) -> Outcome:
    """Go back to the release that was active before the current one."""
    with _file_errors("rollback"), store_lock(lock_timeout):
        previous = _read_pointer().get("previous")
        if not previous:
            raise ReleaseError("there is no previous release to roll back to")
        manifest = _check_installed(str(previous))
        return _activate(str(previous), "rolled back to", manifest)


def _check_installed(tag: str) -> ReleaseManifest | None:
    """Files present and unchanged since install, and the compiled cache ready."""
    if tag == EMBEDDED_TAG:
        files = embedded_files()
        manifest = None
    else:
        manifest = read_manifest(tag)
        files = _files_of(tag)
        for record, path in zip(manifest.files, (files.obo, files.hpoa), strict=True):
            if not path.is_file():
                raise ReleaseError(f"release {tag!r} is damaged: {path} is missing")
            if path.stat().st_size != record.size or sha256_of(path) != record.sha256:
                raise ReleaseError(
                    f"release {tag!r} is damaged: {path.name} changed since it was installed "
                    f"(reinstall it with `whatcauses data import` or `update --force`)"
                )
    from whatcauses import __version__
    from whatcauses.knowledge.base import Knowledge

    try:
        Knowledge.load(files, __version__)
    except DataError as exc:
        raise ReleaseError(f"release {tag!r} cannot be loaded: {exc}") from exc
    return manifest


def prune(*, dry_run: bool = False, lock_timeout: float = 30.0) -> Outcome:
    """Remove every installed release except the active one (the embedded one always stays)."""
    from whatcauses import __version__

    with _file_errors("prune"), store_lock(lock_timeout):
        pointer = _read_pointer()
        current = str(pointer.get("tag") or EMBEDDED_TAG)
        doomed = [t for t in installed_tags() if t != current]
        if not dry_run:
            for tag in doomed:
                files = _files_of(tag)
                with contextlib.suppress(OSError):
                    cache_path(files, __version__).unlink(missing_ok=True)
                shutil.rmtree(releases_dir() / tag)
            if pointer and pointer.get("previous") in doomed:
                _write_pointer(current, None)
        verb = "would remove" if dry_run else "removed"
        message = f"{verb} {len(doomed)} release(s)" + (f": {', '.join(doomed)}" if doomed else "")
        return Outcome("pruned", current, _read_pointer().get("previous"), message, None,
                       tuple(doomed))


def status() -> StoreStatus:
    """The active release, its files and hashes, the embedded default and what is installed."""
    pointer = _read_pointer()
    current = str(pointer.get("tag") or EMBEDDED_TAG)
    embedded = embedded_files()
    releases = [InstalledRelease(EMBEDDED_TAG, str(embedded.obo.parent),
                                 current == EMBEDDED_TAG, None)]
    for tag in installed_tags():
        try:
            releases.append(InstalledRelease(tag, str(releases_dir() / tag), current == tag,
                                             read_manifest(tag)))
        except ReleaseError as exc:
            releases.append(InstalledRelease(tag, str(releases_dir() / tag), current == tag,
                                             None, str(exc)))
    if current == EMBEDDED_TAG:
        files: Sequence[FileRecord] = tuple(
            FileRecord(p.name, file_digest(p), p.stat().st_size) for p in (embedded.obo,
                                                                            embedded.hpoa)
        )
        location = str(embedded.obo.parent)
    else:
        location = str(releases_dir() / current)
        try:
            files = read_manifest(current).files
        except ReleaseError:
            files = ()
        if not (releases_dir() / current).is_dir():
            releases.append(InstalledRelease(current, location, True, None,
                                             "the active release's folder is missing"))
    return StoreStatus(
        active=current,
        previous=pointer.get("previous"),
        location=location,
        files=tuple(files),
        embedded_location=str(embedded.obo.parent),
        releases=tuple(releases),
        store=str(releases_dir()),
    )


# ---- downloading ----


def _client(options: DownloadOptions) -> httpx.Client:
    import httpx

    from whatcauses import __version__

    return httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(options.timeout),
        headers={"User-Agent": f"whatcauses/{__version__} (data update)"},
    )


class _TransientError(Exception):
    """A failure worth another try (network hiccup, timeout, 5xx)."""


def download(client: httpx.Client, url: str, target: Path, options: DownloadOptions) -> None:
    """Stream ``url`` to ``target``, resuming with HTTP Range after transient failures.

    The size announced by the server (Content-Length / Content-Range) must be met exactly,
    and a SHA-256 digest header, when the server sends one, must match.
    """
    import httpx

    attempts = options.retries + 1
    last = ""
    for attempt in range(attempts):
        if attempt:
            time.sleep(options.backoff * 2 ** (attempt - 1))
        try:
            _download_once(client, url, target, options)
            return
        except _TransientError as exc:
            last = str(exc)
        except httpx.TimeoutException:
            last = f"timed out after {options.timeout:g} s without data"
        except httpx.TransportError as exc:
            last = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    raise ReleaseError(f"download of {url} failed after {attempts} tries: {last}")


def _download_once(client: httpx.Client, url: str, target: Path,
                   options: DownloadOptions) -> None:
    have = target.stat().st_size if target.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    with client.stream("GET", url, headers=headers) as response:
        code = response.status_code
        if code == 416 and have:
            # Asked to resume past the end: the previous try had already got everything.
            _check_complete(target, _total_from_range(response), response)
            return
        if code in (408, 425, 429) or code >= 500:
            raise _TransientError(f"HTTP {code} from {url}")
        if code == 404:
            raise ReleaseError(f"not found: {url} (is the release tag right?)")
        if code not in (200, 206):
            raise ReleaseError(f"HTTP {code} from {url}")
        if code == 206 and have:
            total = _total_from_range(response)
            mode = "ab"
        else:
            have, mode = 0, "wb"  # the server ignored Range: start over
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
        with target.open(mode) as handle:
            done = have
            _report(options, target.name, done, total)
            # No chunk_size: httpx would hold back a partial chunk, losing it on a dropped
            # connection, and resuming needs every byte that arrived on disk.
            for chunk in response.iter_bytes():
                handle.write(chunk)
                done += len(chunk)
                _report(options, target.name, done, total)
            handle.flush()
            os.fsync(handle.fileno())
        _check_complete(target, total, response)


def _report(options: DownloadOptions, name: str, done: int, total: int | None) -> None:
    if options.progress is not None:
        options.progress(name, done, total)


def _total_from_range(response: httpx.Response) -> int | None:
    match = re.search(r"/(\d+)\s*$", response.headers.get("Content-Range", ""))
    return int(match.group(1)) if match else None


def _check_complete(target: Path, total: int | None, response: httpx.Response) -> None:
    size = target.stat().st_size
    if total is not None and size < total:
        raise _TransientError(f"{target.name}: got {size} of {total} bytes")
    if total is not None and size > total:
        target.unlink()
        raise _TransientError(f"{target.name}: got {size} bytes, more than the {total} announced")
    expected = _sha256_header(response)
    if expected and sha256_of(target) != expected:
        target.unlink()
        raise ReleaseError(f"{target.name} does not match the SHA-256 the server announced")


def _sha256_header(response: httpx.Response) -> str | None:
    """A SHA-256 from ``Repr-Digest``/``Digest`` (base64) or ``X-Checksum-Sha256`` (hex)."""
    import base64
    import binascii

    plain: str | None = response.headers.get("X-Checksum-Sha256")
    if plain:
        return plain.strip().lower()
    for header in ("Repr-Digest", "Digest"):
        value: str = response.headers.get(header, "")
        match = re.search(r"sha-256=:?([A-Za-z0-9+/=]+):?", value, flags=re.IGNORECASE)
        if match:
            with contextlib.suppress(binascii.Error):
                return base64.b64decode(match.group(1)).hex()
    return None

