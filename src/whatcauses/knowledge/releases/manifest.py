"""The manifest of an installed release (``<TAG>/release.json``) and the file records in it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from whatcauses.errors import ReleaseError
from whatcauses.knowledge.sources import releases_dir
from whatcauses.knowledge.store import atomic_write_bytes

MANIFEST_NAME = "release.json"


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

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> FileRecord:
        return cls(str(record["name"]), str(record["sha256"]), int(record["size"]))


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
            files=tuple(FileRecord.from_dict(f) for f in record["files"]),
            source=str(record.get("source", "")),
            installed_at=str(record.get("installed_at", "")),
            mondo_files=tuple(FileRecord.from_dict(f) for f in record.get("mondo_files", [])),
        )


def utc_now() -> str:
    """The time stamp written into manifests and the active-release pointer."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def file_record(path: Path) -> FileRecord:
    return FileRecord(path.name, sha256_of(path), path.stat().st_size)


def read_manifest(tag: str) -> ReleaseManifest:
    path = releases_dir() / tag / MANIFEST_NAME
    try:
        return ReleaseManifest.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ReleaseError(f"release {tag!r} is not installed (no {path})") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReleaseError(f"the manifest of release {tag!r} is unreadable: {exc}") from exc


def write_manifest(folder: Path, manifest: ReleaseManifest) -> None:
    payload = json.dumps(manifest.to_dict(), indent=2) + "\n"
    atomic_write_bytes(folder / MANIFEST_NAME, payload.encode("utf-8"))


def installed_tags() -> list[str]:
    """Tags of the releases installed under the store (not the embedded default), sorted."""
    root = releases_dir()
    if not root.is_dir():
        return []
    return sorted(
        p.name for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST_NAME).is_file()
    )
