"""The compiled cache: one checksummed file per (data release, package version).

Layout of a cache file: an 8-byte magic, a 4-byte CRC-32 of the payload, an 8-byte payload
length, then the payload: a JSON table of contents and each array's raw bytes. Files are
written to a temporary name, fsynced and renamed into place, so a reader sees either no file
or a whole one. A file whose
length or checksum does not match is reported once, deleted and rebuilt, never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
import struct
import tempfile
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from whatcauses.errors import CacheError
from whatcauses.knowledge.sources import DataFiles, cache_dir

MAGIC = b"WCCACHE2"
FORMAT_VERSION = 12
_HEADER = struct.Struct("<8sIQ")

Arrays = dict[str, np.ndarray[Any, Any]]


class CacheWarning(UserWarning):
    """A cache file was unusable and has been rebuilt."""


def file_digest(path: Path) -> str:
    """SHA-256 of a file's content, memoised by (path, size, mtime) to keep start-up fast."""
    stat = path.stat()
    memo = cache_dir() / "digests.json"
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    try:
        known: dict[str, str] = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if key in known:
        return known[key]
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    known[key] = digest.hexdigest()
    # A read-only cache dir only costs the memo, not correctness.
    with contextlib.suppress(OSError):
        atomic_write_bytes(memo, json.dumps(known).encode("utf-8"))
    return known[key]


def atomic_write_bytes(target: Path, payload: bytes) -> None:
    """Write ``payload`` to ``target`` so that readers never see a partial file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def cache_path(files: DataFiles, package_version: str) -> Path:
    key = hashlib.sha256(
        f"{file_digest(files.obo)}|{file_digest(files.hpoa)}".encode()
    ).hexdigest()[:20]
    return cache_dir() / f"knowledge-{key}-v{package_version}-f{FORMAT_VERSION}.bin"


def write_cache(path: Path, arrays: Arrays) -> None:
    """Write arrays as: header, JSON table of contents, then each array's raw bytes (aligned)."""
    table = []
    chunks: list[bytes] = []
    offset = 0
    for name, array in arrays.items():
        data = np.ascontiguousarray(array)
        raw = data.tobytes()
        table.append({"name": name, "dtype": data.dtype.str, "shape": list(data.shape),
                      "offset": offset, "size": len(raw)})
        padding = (-len(raw)) % 64
        chunks.append(raw + b"\0" * padding)
        offset += len(raw) + padding
    contents = json.dumps(table).encode("utf-8")
    payload = struct.pack("<Q", len(contents)) + contents + b"".join(chunks)
    header = _HEADER.pack(MAGIC, zlib.crc32(payload), len(payload))
    atomic_write_bytes(path, header + payload)


def read_cache(path: Path) -> Arrays:
    """Read and verify a cache file; raises :class:`CacheError` when it cannot be trusted.

    Arrays are read-only views into one buffer (no copies), which also keeps the loaded
    knowledge immutable.
    """
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            # A read-only memory map: pages are shared with the OS cache, never copied.
            blob = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
    except (OSError, ValueError) as exc:
        raise CacheError(f"cannot read cache {path}: {exc}") from exc
    if len(blob) < _HEADER.size:
        raise CacheError(f"cache {path} is truncated")
    magic, crc, length = _HEADER.unpack_from(blob)
    payload = memoryview(blob)[_HEADER.size :]
    if magic != MAGIC or length != len(payload):
        raise CacheError(f"cache {path} is truncated or not a whatcauses cache")
    if zlib.crc32(payload) != crc:
        raise CacheError(f"cache {path} failed its checksum")
    try:
        (toc_length,) = struct.unpack_from("<Q", payload)
        table = json.loads(bytes(payload[8 : 8 + toc_length]))
        base = 8 + toc_length
        arrays: Arrays = {}
        for entry in table:
            dtype = np.dtype(entry["dtype"])
            count = entry["size"] // dtype.itemsize if dtype.itemsize else 0
            array = np.frombuffer(payload, dtype=dtype, count=count,
                                  offset=base + entry["offset"])
            arrays[entry["name"]] = array.reshape(entry["shape"])
    except (ValueError, KeyError, TypeError, struct.error) as exc:
        raise CacheError(f"cache {path} is unreadable: {exc}") from exc
    return arrays


def load_or_build(
    files: DataFiles, package_version: str, build: Callable[[DataFiles], Arrays]
) -> tuple[Arrays, Path]:
    """Return the compiled arrays for ``files``, from cache when it is there and sound."""
    path = cache_path(files, package_version)
    if path.exists():
        try:
            return read_cache(path), path
        except CacheError as exc:
            warnings.warn(f"{exc}; rebuilding it", CacheWarning, stacklevel=2)
            path.unlink(missing_ok=True)
    arrays = build(files)
    try:
        write_cache(path, arrays)
    except OSError as exc:
        warnings.warn(f"could not write cache {path}: {exc}", CacheWarning, stacklevel=2)
    return arrays, path
