"""Rank many phenopackets: read lazily, rank, and yield one result per case in input order."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable, Iterator
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
    """Workers forked from the parent share its loaded engine; spawned ones load their own."""
    global _WORKER_ENGINE  # noqa: PLW0603 - one engine per worker process, loaded once
    if _WORKER_ENGINE is None:
        _WORKER_ENGINE = Engine.load()


@dataclass(frozen=True, slots=True)
class RenderedResult:
    """One case's output text (a JSONL line, or TSV rows) and whether it failed."""

    failed: bool
    text: str


def render_jsonl(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False) + "\n"


def render_tsv(result: dict[str, Any]) -> str:
    case = str(result.get("id") or "")
    if "error" in result:
        return f"{case}\t\t\t\t\t\terror: {result['error']['message']}\n"
    rows = []
    for c in result["candidates"]:
        lrs = ";".join(
            f"{'-' if e['excluded'] else ''}{e['hpo_id']}={e['likelihood_ratio']:.4g}"
            for e in c["evidence"]
        )
        rows.append(
            f"{case}\t{c['rank']}\t{c['id']}\t{c['name']}\t{c['probability']:.6g}\t{lrs}\t\n"
        )
    return "".join(rows)


TSV_HEADER = "case\trank\tdisease_id\tdisease_name\tprobability\tfinding_lrs\terror\n"
RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "jsonl": render_jsonl,
    "tsv": render_tsv,
}


def _rendered(engine: Engine, record: BatchRecord, top: int, output: str) -> RenderedResult:
    result = rank_record(engine, record, top)
    return RenderedResult("error" in result, RENDERERS[output](result))


def _work(args: tuple[BatchRecord, int, str]) -> RenderedResult:
    assert _WORKER_ENGINE is not None  # set before the workers start, or by the initializer
    return _rendered(_WORKER_ENGINE, *args)


def run_batch(
    engine: Engine, records: Iterator[BatchRecord], top: int, workers: int = 1,
    output: str = "jsonl",
) -> Iterator[RenderedResult]:
    """Rendered results in input order, streaming (bounded look-ahead with several workers).

    Workers render their own output, so only short strings travel between processes.
    """
    if output not in RENDERERS:
        raise InputError(f"unknown output format {output!r}; use jsonl or tsv")
    if workers <= 1:
        for record in records:
            yield _rendered(engine, record, top, output)
        return
    global _WORKER_ENGINE  # noqa: PLW0603 - handed to forked workers (copy-on-write)
    _WORKER_ENGINE = engine
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_init_worker) as pool:
        while True:
            chunk = list(islice(records, 64 * workers))
            if not chunk:
                break
            yield from pool.map(_work, [(r, top, output) for r in chunk], chunksize=8)
