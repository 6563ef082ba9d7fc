"""What the store holds: the active release, its files, the embedded default, the others."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from whatcauses.errors import ReleaseError
from whatcauses.knowledge.releases.activation import read_pointer
from whatcauses.knowledge.releases.manifest import (
    FileRecord,
    ReleaseManifest,
    installed_tags,
    read_manifest,
)
from whatcauses.knowledge.sources import EMBEDDED_TAG, embedded_files, releases_dir
from whatcauses.knowledge.store import file_digest


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


def status() -> StoreStatus:
    """The active release, its files and hashes, the embedded default and what is installed."""
    pointer = read_pointer()
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
            FileRecord(p.name, file_digest(p), p.stat().st_size)
            for p in (embedded.obo, embedded.hpoa)
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
