"""Staging folders: where a release is downloaded or copied and verified before it is published.

The engine never reads a staging folder; the lock holder removes any it finds, since they can
only belong to a command that died (see :func:`~.lock.store_lock`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whatcauses.knowledge.sources import releases_dir

STAGING_PREFIX = ".staging-"


@contextmanager
def staging_folder() -> Iterator[Path]:
    """A fresh staging folder in the store, removed on the way out whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=releases_dir()))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_staging(root: Path) -> list[str]:
    """Remove leftover staging folders; only call it with the store's lock held."""
    removed = []
    for folder in root.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder.name)
    return removed


def fsync_tree(folder: Path) -> None:
    """Flush a staged release to disk, so the renames that publish it never outrun its data."""
    for path in sorted(folder.rglob("*"), key=lambda p: -len(p.parts)):
        _fsync(path)
    _fsync(folder)


def _fsync(path: Path) -> None:
    if path.is_dir():
        directory_flag = getattr(os, "O_DIRECTORY", None)
        if directory_flag is None:
            return  # Windows cannot open a folder for fsync; NTFS journals the renames itself
        fd = os.open(path, os.O_RDONLY | directory_flag)
    else:
        fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
