"""Batch ranking on a Dask distributed cluster: ``whatcauses batch PATH --scheduler ADDRESS``.

The client reads the input lazily in partitions of records and submits one task per
partition; at most a few partitions per worker thread are pending, so the client's memory stays
constant however long the input. Each worker process loads the engine once (from its own
compiled cache, memory-mapped) and keeps it for every task it runs; a task parses, ranks and
renders its partition, so only bytes travel. Results come back in input order (or as they finish
with ``ordered=False``), and the bytes are those of a single-process run.

When a worker is lost, the scheduler runs its partitions again elsewhere (up to Dask's
``distributed.scheduler.allowed-failures``, 3 by default); the client writes each partition
exactly once, when its result arrives, so no case is lost or duplicated.

Dask is an optional dependency (``pip install 'whatcauses[cluster]'``): this module imports it
inside its functions, and :func:`require_dask` explains how to install it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from whatcauses.batch.cases import BatchSettings
from whatcauses.batch.pipeline import RenderedChunk, render_records
from whatcauses.batch.records import BatchRecord, partitions
from whatcauses.engine import Engine
from whatcauses.errors import DataError, InputError, WhatcausesError

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

INSTALL_HINT = "pip install 'whatcauses[cluster]'  (or: pip install 'dask[distributed]')"
# Records per partition (one task each): a task of a few seconds keeps the scheduler's
# per-task cost (about a millisecond) negligible and results streaming.
PARTITION_RECORDS = 128
# Partitions pending per worker thread: enough to hide the round trip to the client.
IN_FLIGHT_PER_THREAD = 3
CONNECT_TIMEOUT_SECONDS = 30
_LOCAL = re.compile(r"^local(?::(?P<workers>\d+))?$")


def require_dask() -> None:
    """Raise :class:`InputError` with the install command when Dask is missing."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise InputError(f"--scheduler needs Dask distributed, which is not installed: "
                         f"{INSTALL_HINT}") from None


def local_workers(spec: str) -> int | None:
    """``local`` -> the number of CPUs, ``local:N`` -> N; ``None`` for a scheduler address."""
    match = _LOCAL.match(spec.strip())
    if match is None:
        if spec.strip().startswith("local"):
            raise InputError(f"--scheduler {spec!r}: write local or local:N (N workers, N >= 1)")
        return None
    workers = int(match.group("workers") or os.cpu_count() or 1)
    if workers < 1:
        raise InputError("--scheduler local:N needs N >= 1")
    return workers


def local_cluster(workers: int) -> LocalCluster:
    """A LocalCluster of ``workers`` single-threaded processes on 127.0.0.1, without dashboard.

    The scheduler's HTTP server (metrics, health) still starts: on a free port, not on 8787,
    which another cluster on the machine may hold. The workers' statistical profiler (a stack
    sample every 10 ms) is switched off: it costs CPU and nobody looks at it here. The
    processes log only CRITICAL: on a busy machine a worker's last heartbeat can meet the
    scheduler's closed stream while the cluster shuts down, and Dask logs that ERROR with a
    traceback although every result has arrived; a failed task still reaches the client as
    an exception (run_on_cluster turns it into a one-line error).
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            host="127.0.0.1", dashboard_address=None,
                            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                            silence_logs=logging.CRITICAL)


@contextlib.contextmanager
def connect(spec: str, *, say: Callable[[str], None] | None = None) -> Iterator[Client]:
    """A Dask client for ``spec``: ``local[:N]`` starts a LocalCluster on 127.0.0.1 with N
    single-threaded worker processes (closed on exit); anything else is a scheduler address
    such as ``tcp://10.0.0.5:8786``."""
    require_dask()
    from distributed import Client

    workers = local_workers(spec)
    if workers is not None:
        if say is not None:
            say(f"starting a local Dask cluster with {workers} worker(s)")
        with local_cluster(workers) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(spec, timeout=CONNECT_TIMEOUT_SECONDS)
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {spec!r}: {exc}") from exc
    with client:
        yield client


# ---- on the workers ----

_ENGINE: Engine | None = None
_ENGINE_LOCK = threading.Lock()


def worker_engine() -> Engine:
    """This worker process's engine, loaded by its first task and kept for the others."""
    global _ENGINE  # noqa: PLW0603 - one engine per worker process, loaded once
    with _ENGINE_LOCK:
        if _ENGINE is None:
            _ENGINE = Engine.load()
        return _ENGINE


def rank_partition(records: list[BatchRecord], settings: BatchSettings) -> RenderedChunk:
    """The task each worker runs: rank and render one partition."""
    return render_records(worker_engine(), records, settings)


# ---- on the client ----


def _in_flight(client: Client) -> int:
    threads: int = sum(client.nthreads().values())
    return max(IN_FLIGHT_PER_THREAD * threads, 2)


def run_on_cluster(client: Client, records: Iterator[BatchRecord], settings: BatchSettings,
                   *, partition_records: int = PARTITION_RECORDS,
                   ordered: bool = True) -> Iterator[RenderedChunk]:
    """One rendered chunk per partition, in input order (or as they finish)."""
    run = uuid.uuid4().hex[:12]
    release: list[str] = []

    def submit(index: int, part: list[BatchRecord]) -> Future[RenderedChunk]:
        return client.submit(rank_partition, part, settings, key=f"whatcauses-{run}-{index}",
                             pure=False)

    def received(future: Future[RenderedChunk]) -> RenderedChunk:
        try:
            chunk = future.result()
        except WhatcausesError:
            raise
        except Exception as exc:  # KilledWorker, a worker's import or data error
            raise WhatcausesError(f"a partition failed on the cluster: "
                                  f"{type(exc).__name__}: {exc}") from exc
        finally:
            future.release()
        if chunk.data_release is not None:
            if not release:
                release.append(chunk.data_release)
            elif chunk.data_release != release[0]:
                raise DataError(
                    f"cluster workers rank on different data releases ({release[0]} and "
                    f"{chunk.data_release}): install the same release on every worker"
                )
        return chunk

    parts = enumerate(partitions(records, partition_records))
    if ordered:
        pending: deque[Future[RenderedChunk]] = deque()
        for index, part in parts:
            pending.append(submit(index, part))
            limit = _in_flight(client)  # workers may join or leave during a run
            while len(pending) >= limit:
                yield received(pending.popleft())
        while pending:
            yield received(pending.popleft())
        return
    from distributed import as_completed

    finished = as_completed()
    waiting = 0
    for index, part in parts:
        finished.add(submit(index, part))
        waiting += 1
        limit = _in_flight(client)
        while waiting >= limit:
            waiting -= 1
            yield received(next(finished))
    for future in finished:
        yield received(future)
