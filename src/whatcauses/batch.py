"""Rank many phenopackets: read lazily, rank, and yield one result per case in input order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from whatcauses.engine import Engine
from whatcauses.errors import InputError, WhatcausesError
from whatcauses.phenopackets import read_phenopacket


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """One input record: its position, where it came from, and its text (or a read error)."""

    number: int
    origin: str
    text: str | None
    error: str | None = None


def iter_records(path: Path) -> Iterator[BatchRecord]:
    """Records of a JSONL file, a single .json phenopacket, or a folder of .json/.jsonl files."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in {".json", ".jsonl"})
        if not files:
            raise InputError(f"{path} holds no .json or .jsonl files")
        number = 0
        for file in files:
            for record in iter_records(file):
                number += 1
                yield BatchRecord(number, record.origin, record.text, record.error)
        return
    if not path.is_file():
        raise InputError(f"no such file or folder: {path}")
    if path.suffix == ".json":
        try:
            yield BatchRecord(1, str(path), path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            yield BatchRecord(1, str(path), None, "the file is not UTF-8 text")
        return
    with path.open("rb") as handle:
        number = 0
        for line_number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            number += 1
            origin = f"{path}:{line_number}"
            try:
                yield BatchRecord(number, origin, raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield BatchRecord(number, origin, None, "the line is not UTF-8 text")


def rank_record(engine: Engine, record: BatchRecord, top: int) -> dict[str, Any]:
    """Rank one record; a bad record gives an ``error`` object instead of candidates."""
    result: dict[str, Any] = {"id": None, "source": record.origin}
    try:
        if record.error is not None:
            raise InputError(record.error)
        assert record.text is not None  # the reader sets text or error
        try:
            packet = json.loads(record.text)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg} at column {exc.colno}") from exc
        if isinstance(packet, dict):
            result["id"] = packet.get("id")
        case = read_phenopacket(packet)
        ranking = engine.rank(
            case.present, case.excluded, age=case.age, sex=case.sex, top=top, strict=False
        )
        if not ranking.query.present and not ranking.query.excluded:
            raise InputError("no usable phenotypic features (all terms unknown)")
        result["candidates"] = [c.to_dict() for c in ranking.candidates]
        result["warnings"] = list(ranking.query.warnings)
        result["query"] = ranking.query.to_dict()
        result["data_release"] = ranking.data_release
    except WhatcausesError as exc:
        result["error"] = {"code": exc.code, "message": str(exc)}
    return result


_WORKER_ENGINE: Engine | None = None


def _init_worker() -> None:
    global _WORKER_ENGINE  # noqa: PLW0603 - one engine per worker process, loaded once
    _WORKER_ENGINE = Engine.load()


def _work(args: tuple[BatchRecord, int]) -> dict[str, Any]:
    assert _WORKER_ENGINE is not None  # set by the initializer
    return rank_record(_WORKER_ENGINE, *args)


def run_batch(
    engine: Engine, records: Iterator[BatchRecord], top: int, workers: int = 1
) -> Iterator[dict[str, Any]]:
    """Yield results in input order, streaming (bounded look-ahead with several workers)."""
    if workers <= 1:
        for record in records:
            yield rank_record(engine, record, top)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
        while True:
            chunk = list(islice(records, 256))
            if not chunk:
                break
            yield from pool.map(_work, [(r, top) for r in chunk], chunksize=16)
