"""Running a batch on this machine: in process, or on worker processes forked from it.

Forked workers share the parent's loaded engine (its arrays are copy-on-write pages, so each
worker adds little memory and no load time). Records go to the workers in chunks, each worker
parses, ranks and renders its chunk, and only bytes travel back. At most
``IN_FLIGHT_PER_WORKER`` chunks per worker are pending at any time, so memory stays constant
however long the input, and results leave in input order.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from whatcauses.batch.cases import BatchSettings, rank_record
from whatcauses.batch.records import BatchRecord, partitions
from whatcauses.batch.rendering import RENDERERS
from whatcauses.engine import Engine
from whatcauses.errors import WhatcausesError

# Records per task: large enough that inter-process traffic is a small share of the work,
# small enough that results stream out steadily.
CHUNK_RECORDS = 16
# Chunks queued per worker: keeps every worker busy while the parent writes output.
IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class RenderedChunk:
    """The output of consecutive records: their bytes, how many there were and how many failed,
    and the data release they were ranked on (``None`` when every record failed)."""

    first: int
    count: int
    failures: int
    text: bytes
    data_release: str | None


def render_records(engine: Engine, records: Sequence[BatchRecord],
                   settings: BatchSettings) -> RenderedChunk:
    """Rank and render consecutive records (the unit of work of every batch worker)."""
    render = RENDERERS[settings.output]
    parts = []
    failures = 0
    release = None
    for record in records:
        result = rank_record(engine, record, settings)
        if "error" in result:
            failures += 1
        else:
            release = result["data_release"]
        parts.append(render(result))
    first = records[0].number if records else 0
    return RenderedChunk(first, len(records), failures, b"".join(parts), release)


# A finding, age and sex that touch every table the ranker builds on first use.
_WARM_UP_FINDING = "HP:0001250"  # Seizure
_WARM_UP_NOTE = "fever and headache"


def warm_up(engine: Engine, settings: BatchSettings) -> None:
    """Build the engine's lazily computed tables (onset ranges, prevalence, aspect names, the
    question reader) in the parent, so that forked workers share them, copy-on-write,
    instead of each building its own."""
    with contextlib.suppress(WhatcausesError):  # a release without the term: workers build
        engine.rank([_WARM_UP_FINDING], age=30.0, sex="female", top=settings.top)
    if settings.input == "text":
        engine.interpret(_WARM_UP_NOTE)


_WORKER_ENGINE: Engine | None = None


def _init_worker() -> None:
    """Workers forked from the parent share its loaded engine; spawned ones load their own."""
    global _WORKER_ENGINE  # noqa: PLW0603 - one engine per worker process, loaded once
    if _WORKER_ENGINE is None:
        _WORKER_ENGINE = Engine.load()


def _work(records: list[BatchRecord], settings: BatchSettings) -> RenderedChunk:
    assert _WORKER_ENGINE is not None  # set before the workers start, or by the initializer
    return render_records(_WORKER_ENGINE, records, settings)


def run_batch(engine: Engine, records: Iterator[BatchRecord], settings: BatchSettings,
              workers: int = 1) -> Iterator[RenderedChunk]:
    """Rendered results in input order, streamed: one chunk per record in process, one per
    :data:`CHUNK_RECORDS` records with several workers."""
    if workers <= 1:
        # As for forked workers below: the loaded engine moves to a generation the collector
        # never visits, so that the full collections a run triggers (each case's evidence
        # allocates hundreds of objects) visit only what the run itself keeps (measured:
        # 0.4 to 0.6 ms a case with all evidence went to them).
        gc.freeze()
        try:
            for record in records:
                yield render_records(engine, [record], settings)
        finally:
            gc.unfreeze()
        return
    global _WORKER_ENGINE  # noqa: PLW0603 - handed to forked workers (copy-on-write)
    _WORKER_ENGINE = engine
    warm_up(engine, settings)
    # Objects that exist now move to a generation the collector never visits, so collections
    # in the workers do not write to (and so copy) the pages they share with the parent.
    gc.freeze()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=_init_worker)
    pending: deque[Future[RenderedChunk]] = deque()
    try:
        for chunk in partitions(records, CHUNK_RECORDS):
            pending.append(pool.submit(_work, chunk, settings))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise WhatcausesError(
            "a batch worker process died (out of memory, or killed); no output was written "
            "for the records after the last line written"
        ) from exc
    finally:
        # A consumer that stops early (Ctrl-C, a closed pipe) must not wait for queued work.
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()
        _WORKER_ENGINE = None
