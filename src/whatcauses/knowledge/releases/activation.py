"""The active-release pointer (``active.json``) and the commands that move it: use, rollback."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from whatcauses.errors import DataError, ReleaseError
from whatcauses.knowledge.releases.lock import file_errors, store_lock
from whatcauses.knowledge.releases.manifest import (
    ReleaseManifest,
    read_manifest,
    sha256_of,
    utc_now,
)
from whatcauses.knowledge.releases.tags import check_tag
from whatcauses.knowledge.sources import (
    EMBEDDED_TAG,
    HPOA_NAME,
    OBO_NAME,
    DataFiles,
    active_pointer,
    active_tag,
    embedded_files,
    genes_file,
    releases_dir,
)
from whatcauses.knowledge.store import atomic_write_bytes


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


def read_pointer() -> dict[str, Any]:
    """The pointer's record ``{"tag", "previous", "activated_at"}``; empty when there is none."""
    try:
        record = json.loads(active_pointer().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ReleaseError(f"the active-release pointer {active_pointer()} is unreadable: {exc}"
                           ) from exc
    return record if isinstance(record, dict) else {}


def write_pointer(tag: str, previous: str | None) -> None:
    record = {"tag": tag, "previous": previous, "activated_at": utc_now()}
    atomic_write_bytes(active_pointer(), (json.dumps(record, indent=2) + "\n").encode("utf-8"))


def current_pointer() -> tuple[str | None, str | None]:
    """(active tag, previous tag), both None when the pointer is unreadable."""
    try:
        previous = read_pointer().get("previous")
        return active_tag(), str(previous) if previous else None
    except DataError:
        return None, None  # an unreadable pointer is what `use` is there to repair


def files_of(tag: str) -> DataFiles:
    if tag == EMBEDDED_TAG:
        return embedded_files()
    folder = releases_dir() / tag
    return DataFiles(obo=folder / OBO_NAME, hpoa=folder / HPOA_NAME, tag=tag,
                     genes=genes_file(folder))


def activate(tag: str, action: str, manifest: ReleaseManifest | None) -> Outcome:
    """Point ``active.json`` at ``tag``, remembering the release it replaces."""
    current, earlier = current_pointer()
    previous = current if current != tag else earlier
    write_pointer(tag, previous)
    message = f"{action} release {tag}; it is now active (previous: {previous or 'none'})"
    return Outcome(action, tag, previous, message, manifest)


def use(tag: str, *, lock_timeout: float = 30.0) -> Outcome:
    """Activate an installed release (or ``embedded``) after checking its files."""
    if tag != EMBEDDED_TAG:
        check_tag(tag)
    with file_errors("use"), store_lock(lock_timeout):
        manifest = check_installed(tag)
        if current_pointer()[0] == tag:
            pointer = read_pointer()
            return Outcome("unchanged", tag, pointer.get("previous"),
                           f"release {tag} is already active", manifest)
        return activate(tag, "activated", manifest)


def rollback(*, lock_timeout: float = 30.0) -> Outcome:
    """Go back to the release that was active before the current one."""
    with file_errors("rollback"), store_lock(lock_timeout):
        previous = read_pointer().get("previous")
        if not previous:
            raise ReleaseError("there is no previous release to roll back to")
        manifest = check_installed(str(previous))
        return activate(str(previous), "rolled back to", manifest)


def check_installed(tag: str) -> ReleaseManifest | None:
    """Files present and unchanged since install, and the compiled cache ready."""
    if tag == EMBEDDED_TAG:
        files = embedded_files()
        manifest = None
    else:
        manifest = read_manifest(tag)
        files = files_of(tag)
        for record, path in zip(manifest.files, (files.obo, files.hpoa), strict=True):
            if not path.is_file():
                raise ReleaseError(f"release {tag!r} is damaged: {path} is missing")
            if path.stat().st_size != record.size or sha256_of(path) != record.sha256:
                raise ReleaseError(
                    f"release {tag!r} is damaged: {path.name} changed since it was installed "
                    f"(reinstall it with `whatcauses data import` or `update --force`)"
                )
    from whatcauses.knowledge.base import Knowledge
    from whatcauses.version import __version__

    try:
        Knowledge.load(files, __version__)
    except DataError as exc:
        raise ReleaseError(f"release {tag!r} cannot be loaded: {exc}") from exc
    return manifest
