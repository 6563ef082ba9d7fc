"""The store's lock, held by every command that changes the store, and its file-error guard.

The lock is a :class:`filelock.FileLock` (``flock`` on Unix, ``LockFileEx`` on Windows): the
operating system releases it when the process dies, so a killed command never blocks the
next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout

from whatcauses.errors import ReleaseError
from whatcauses.knowledge.releases.staging import remove_stale_staging
from whatcauses.knowledge.sources import releases_dir

LOCK_NAME = ".lock"
LOCK_POLL_SECONDS = 0.1


@contextmanager
def store_lock(timeout: float = 30.0) -> Iterator[None]:
    """Hold the store's lock, waiting at most ``timeout`` seconds for another command."""
    root = releases_dir()
    root.mkdir(parents=True, exist_ok=True)
    lock = FileLock(root / LOCK_NAME)
    try:
        lock.acquire(timeout=timeout, poll_interval=LOCK_POLL_SECONDS)
    except Timeout:
        raise ReleaseError(
            f"another whatcauses data command is changing {root}; try again when it has finished"
        ) from None
    try:
        # Any staging folder left now belongs to a command that died while holding the lock.
        remove_stale_staging(root)
        yield
    finally:
        lock.release()


@contextmanager
def file_errors(action: str) -> Iterator[None]:
    """Report a file-system failure (disk full, permissions) as a one-line ReleaseError."""
    try:
        yield
    except OSError as exc:
        raise ReleaseError(f"{action} failed: {exc.strerror or exc} "
                           f"({exc.filename or releases_dir()})") from exc
