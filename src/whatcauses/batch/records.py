"""Reading batch input lazily: one record per JSONL line, per .json file, or per file in a folder.

Records keep their raw bytes: the worker that ranks a record parses it, so that parsing is
spread over the workers and only bytes travel between processes or machines. Memory stays
constant however large the input: files are read line by line, and :func:`partitions` groups
records into fixed-size lists for a cluster.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from whatcauses.errors import InputError

# Suffixes read as one record a line; a plain .json file is one record.
LINE_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
FILE_SUFFIXES = (".json",)


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """One input record: its position (from 1), where it came from, its bytes or a read error."""

    number: int
    origin: str
    raw: bytes | None
    error: str | None = None


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in (*LINE_SUFFIXES, *FILE_SUFFIXES) if name.endswith(s)), "")


def iter_records(path: Path) -> Iterator[BatchRecord]:
    """Records of a JSONL file (.jsonl, .ndjson, .jsonl.gz), a .json file, or a folder of them.

    Blank lines are skipped; a folder's files are read in name order. Raises
    :class:`InputError` at once (before any record) for a missing path or an empty folder.
    """
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and _suffix(p))
        if not files:
            raise InputError(f"{path} holds no .json or .jsonl files")
        return _renumbered(_file_records(f) for f in files)
    if not path.is_file():
        raise InputError(f"no such file or folder: {path}")
    return _file_records(path)


def _renumbered(streams: Iterable[Iterator[BatchRecord]]) -> Iterator[BatchRecord]:
    number = 0
    for stream in streams:
        for record in stream:
            number += 1
            yield BatchRecord(number, record.origin, record.raw, record.error)


def _file_records(path: Path) -> Iterator[BatchRecord]:
    if _suffix(path) in FILE_SUFFIXES:
        yield BatchRecord(1, str(path), path.read_bytes())
        return
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        yield from _line_records(handle, str(path))  # type: ignore[arg-type]


def _line_records(handle: BinaryIO, name: str) -> Iterator[BatchRecord]:
    number = 0
    try:
        for line_number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            number += 1
            yield BatchRecord(number, f"{name}:{line_number}", raw)
    except (OSError, EOFError) as exc:  # a truncated or corrupt .gz
        raise InputError(f"{name}: cannot read past record {number}: {exc}") from exc


def partitions(records: Iterator[BatchRecord], size: int) -> Iterator[list[BatchRecord]]:
    """Consecutive lists of ``size`` records (the last may be shorter), read as needed."""
    if size < 1:
        raise InputError("a partition holds at least one record")
    while chunk := list(islice(records, size)):
        yield chunk
