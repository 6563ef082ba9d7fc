"""Every cache file whatcauses writes and reads back, checked on read.

Two layouts share one header (an 8-byte magic, a 4-byte CRC-32 of the payload, an 8-byte
payload length):

* the compiled knowledge (``knowledge-*.bin``): the payload is a JSON table of contents and
  each array's raw bytes, memory-mapped on load (:func:`write_cache`, :func:`read_cache`);
* every other cache (``*.cache``: the lexicon, the compiled sheet table, the file-digest memo):
  the payload is the name of its kind, a newline, then a JSON document
  (:func:`store_verified_json`, :func:`load_verified_json`), whose shape the reader checks too.

Files are written to a temporary name, fsynced and renamed into place, so a reader sees either
no file or a whole one. A file that fails its length, checksum, kind or shape check, or cannot
be read at all (a directory in its place, say), is reported in one line (logger
``whatcauses.cache``, which prints the bare message on stderr when the application configured
no logging), removed and rebuilt, never trusted.
"""

from __future__ import annotations

import contextlib
import gc
import glob
import hashlib
import json
import logging
import mmap
import os
import struct
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from whatcauses.errors import CacheError
from whatcauses.knowledge.sources import DataFiles, cache_dir

MAGIC = b"WCCACHE2"
VERIFIED_MAGIC = b"WCFILE01"
# 32: the gene-disease links (gene_symbols_json, gene_ptr, gene_disease; knowledge/genes.py)
# and genes_to_phenotype.txt's digest in the cache key.
FORMAT_VERSION = 32
_HEADER = struct.Struct("<8sIQ")
DIGEST_MEMO = "digests.cache"

Arrays = dict[str, np.ndarray[Any, Any]]

log = logging.getLogger("whatcauses.cache")
_unwritable_reported: set[Path] = set()
_report_lock = threading.Lock()


def cache_warning(message: str) -> None:
    """Report a cache problem in one line: ``whatcauses: <message>``.

    Through :mod:`logging` rather than :mod:`warnings`: with no logging configured, Python's
    last-resort handler prints the bare message on stderr (one line, where ``warnings`` adds the
    source path and a line of code), and servers and applications route it like any log line.
    """
    log.warning("whatcauses: %s", " ".join(message.split()))


def _report_unwritable(path: Path, exc: OSError) -> None:
    """Once per process and folder: caches cannot be saved, so every run rebuilds them."""
    with _report_lock:
        if path.parent in _unwritable_reported:
            return
        _unwritable_reported.add(path.parent)
    reason = exc.strerror or type(exc).__name__
    cache_warning(f"cannot write caches in {path.parent} ({reason}); they are rebuilt on "
                  "every run until it is writable (or WHATCAUSES_CACHE_DIR names another)")


def discard(path: Path) -> None:
    """Remove a cache file that failed its checks (an empty directory in its place too)."""
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            path.rmdir()  # never a tree: a non-empty folder here is left for its owner
        else:
            path.unlink(missing_ok=True)


def file_digest(path: Path) -> str:
    """SHA-256 of a file's content, memoised by (path, size, mtime) to keep start-up fast."""
    stat = path.stat()
    memo = cache_dir() / DIGEST_MEMO
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    known: dict[str, str] = load_verified_json(memo, "file digests", _is_digest_memo) or {}
    if key in known:
        return known[key]
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    known[key] = digest.hexdigest()
    store_verified_json(memo, "file digests", known)
    return known[key]


def _is_digest_memo(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(v, str) and len(v) == 64 for v in value.values()
    )


# A temporary file this old is left over from a writer that died (kill -9, power loss) in the
# middle of writing: no build takes this long, even on a busy machine.
STALE_TEMP_SECONDS = 600


def atomic_write_bytes(target: Path, payload: bytes) -> None:
    """Write ``payload`` to ``target`` so that readers never see a partial file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(target)
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


def remove_stale_temps(target: Path) -> None:
    """Remove temporary files of ``target`` that a dead writer left behind."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for temp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):  # gone already, or another process's to remove
            if temp.stat().st_mtime < cutoff:
                temp.unlink()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a cache is decoded into many long-lived objects.

    Every few hundred new containers the collector runs, and now and then it walks the whole
    heap: decoding the caches of a first answer (sheet table, lexicon, Orphanet figures) set
    it off often enough to cost a fifth of that answer's CPU time, though those objects form
    no cycles to collect. Reference counting still frees memory meanwhile. A collector the
    application disabled stays disabled; with threads, the collector is back on once the
    first loader that found it on is done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---- verified JSON caches ----


def store_verified(path: Path, kind: str, body: bytes) -> bool:
    """Write ``body`` (JSON bytes) as a checksummed cache file of ``kind``; False when it could
    not be written (an unwritable cache only costs time: reported once, never raised)."""
    payload = kind.encode("utf-8") + b"\n" + body
    try:
        atomic_write_bytes(path, _HEADER.pack(VERIFIED_MAGIC, zlib.crc32(payload), len(payload))
                           + payload)
    except OSError as exc:
        _report_unwritable(path, exc)
        return False
    return True


def store_verified_json(path: Path, kind: str, value: Any) -> bool:
    """:func:`store_verified` of ``value`` as JSON."""
    return store_verified(path, kind, json.dumps(value, ensure_ascii=False).encode("utf-8"))


def read_verified(path: Path, kind: str) -> bytes:
    """The JSON bytes of a cache file of ``kind``, after its length, checksum and kind checks.

    Raises :class:`FileNotFoundError` when there is no file, :class:`CacheError` when there is
    one that cannot be trusted.
    """
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise
    except NotADirectoryError as exc:  # the cache folder is a file: no cache file either
        raise FileNotFoundError(str(exc)) from exc
    except OSError as exc:
        raise CacheError(f"cache {path} is unreadable ({exc.strerror or exc})") from exc
    if len(blob) < _HEADER.size:
        raise CacheError(f"cache {path} is truncated or not a whatcauses cache")
    magic, crc, length = _HEADER.unpack_from(blob)
    payload = blob[_HEADER.size :]
    if magic != VERIFIED_MAGIC or length != len(payload):
        raise CacheError(f"cache {path} is truncated or not a whatcauses cache")
    if zlib.crc32(payload) != crc:
        raise CacheError(f"cache {path} failed its checksum")
    label, newline, body = payload.partition(b"\n")
    if not newline or label != kind.encode("utf-8"):
        raise CacheError(f"cache {path} holds {label[:40]!r}, not {kind}")
    return body


def load_verified(path: Path, kind: str) -> bytes | None:
    """:func:`read_verified`, or ``None`` when there is no file or it failed a check (then it
    is reported in one line and removed, for the caller to rebuild)."""
    try:
        return read_verified(path, kind)
    except FileNotFoundError:
        return None
    except CacheError as exc:
        cache_warning(f"{exc}; rebuilding it")
        discard(path)
        return None


def load_verified_json(path: Path, kind: str, valid: Callable[[Any], bool]) -> Any:
    """The value of a cache file of ``kind``, or ``None`` as :func:`load_verified` says.

    ``valid`` checks the decoded value's shape: a file can be sound bytes and still hold
    something else than its reader expects (say, one written by a buggy or other version).
    """
    body = load_verified(path, kind)
    if body is None:
        return None
    try:
        with collector_paused():
            value = json.loads(body)
    except ValueError:
        value = valid  # not JSON: fails the shape check below
    if value is valid or not valid(value):
        cache_warning(f"cache {path} does not hold {kind} in the expected shape; rebuilding it")
        discard(path)
        return None
    return value


def load_or_store_json(path: Path, kind: str, valid: Callable[[Any], bool],
                       build: Callable[[], Any]) -> Any:
    """The value of a verified JSON cache: read back when the file is there and sound
    (:func:`load_verified_json`), else ``build()``, stored (an unwritable cache costs time,
    not answers) and returned."""
    value = load_verified_json(path, kind, valid)
    if value is None:
        value = build()
        store_verified_json(path, kind, value)
    return value


# ---- the compiled knowledge ----


def cache_path(files: DataFiles, package_version: str) -> Path:
    digests = [file_digest(files.obo), file_digest(files.hpoa)]
    if files.genes is not None:
        digests.append(file_digest(files.genes))
    key = hashlib.sha256("|".join(digests).encode()).hexdigest()[:20]
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
    except FileNotFoundError:
        raise
    except NotADirectoryError as exc:  # the cache folder is a file: no cache file either
        raise FileNotFoundError(str(exc)) from exc
    except (OSError, ValueError) as exc:
        raise CacheError(f"cache {path} is unreadable ({exc})") from exc
    if len(blob) < _HEADER.size:
        raise CacheError(f"cache {path} is truncated or not a whatcauses cache")
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
    try:
        return read_cache(path), path
    except FileNotFoundError:
        pass
    except CacheError as exc:
        cache_warning(f"{exc}; rebuilding it")
        discard(path)
    arrays = build(files)
    try:
        write_cache(path, arrays)
    except OSError as exc:
        _report_unwritable(path, exc)
    return arrays, path
