"""`whatcauses batch --scheduler` on a Dask LocalCluster of 2 worker processes on 127.0.0.1.

The dev phenopackets must give exactly the single-process bytes, and a worker killed mid-run
must cost no case and duplicate none. Skips when Dask or ../shared/data is absent.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from whatcauses.batch import BatchSettings, iter_records, render_records
from whatcauses.cli import rank as cli_rank
from whatcauses.engine import Engine

from .cli_runner import invoke
from .conftest import run_cli

if TYPE_CHECKING:
    from distributed import Client

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow


def _dev_cases(shared_data: Path, count: int, folder: Path) -> Path:
    """The first ``count`` dev phenopackets as JSONL (one cohort after another)."""
    with gzip.open(shared_data / "phenopackets-dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        packets = [json.loads(line)["phenopacket"] for _, line in zip(range(count), handle,
                                                                      strict=False)]
    source = folder / "dev.jsonl"
    source.write_text("".join(json.dumps(p) + "\n" for p in packets), encoding="utf-8")
    return source


def test_a_local_cluster_writes_the_single_process_bytes(
        cli_env: dict[str, str], engine: Engine, shared_data: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 100 cases in 5 partitions of 20 spread over both workers, one more than the other.
    source = _dev_cases(shared_data, 100, tmp_path)
    # The single-process reference in this process (the session's engine): only the cluster
    # run needs the console script, whose workers load their own engines.
    monkeypatch.setattr(cli_rank, "load_engine", lambda *, questions=False: engine)
    single = invoke(["batch", str(source), "--top", "5"])
    assert single.code == 0, single.stderr
    cluster = run_cli(["batch", str(source), "--top", "5", "--scheduler", "local:2",
                       "--partition-size", "20"], cli_env, timeout=300)
    assert cluster.returncode == 0, cluster.stderr[-2000:]
    assert cluster.stdout == single.stdout.encode("utf-8")
    assert len(cluster.stdout.splitlines()) == 100
    assert b"starting a local Dask cluster with 2 worker(s)" in cluster.stderr
    assert b"Traceback" not in cluster.stderr


@pytest.fixture(scope="module")
def local_cluster(engine: Engine) -> Iterator[Client]:
    """The 2-worker LocalCluster of `--scheduler local:2` (workers share the session's warm
    cache dir), started once for this module: the killed-worker test runs last, and its nanny
    brings the cluster back to two workers anyway."""
    from distributed import Client

    from whatcauses.batch.cluster import local_cluster

    with local_cluster(2) as cluster, Client(cluster) as client:
        yield client


def test_unordered_results_hold_every_case_once(
        local_cluster: Client, engine: Engine, shared_data: Path, tmp_path: Path) -> None:
    from whatcauses.batch.cluster import run_on_cluster

    source = _dev_cases(shared_data, 48, tmp_path)
    settings = BatchSettings(top=2, evidence="none", output="tsv")
    chunks = list(run_on_cluster(local_cluster, iter_records(source), settings,
                                 partition_records=6, ordered=False))
    assert sorted(c.first for c in chunks) == list(range(1, 49, 6))
    ordered = b"".join(c.text for c in sorted(chunks, key=lambda c: c.first))
    assert ordered == render_records(engine, list(iter_records(source)), settings).text


def test_a_killed_worker_costs_no_case_and_duplicates_none(
        local_cluster: Client, engine: Engine, shared_data: Path, tmp_path: Path) -> None:
    from whatcauses.batch.cluster import run_on_cluster

    client = local_cluster
    source = _dev_cases(shared_data, 120, tmp_path)
    settings = BatchSettings(top=3, evidence="top")
    expected = render_records(engine, list(iter_records(source)), settings).text

    pids = client.run(os.getpid)
    assert len(pids) == 2
    chunks = []
    killed = None
    for chunk in run_on_cluster(client, iter_records(source), settings, partition_records=8):
        chunks.append(chunk)
        if killed is None:
            # The other partitions are queued or running on both workers: kill one of them.
            busy = {w for w, keys in client.processing().items() if keys}
            victim = next(w for w in pids if w in busy) if busy else next(iter(pids))
            killed = pids[victim]
            os.kill(killed, signal.SIGKILL)
    assert killed is not None
    assert [c.first for c in chunks] == list(range(1, 121, 8))
    assert sum(c.count for c in chunks) == 120
    assert b"".join(c.text for c in chunks) == expected
    ids = [json.loads(line)["id"] for line in expected.splitlines()]
    assert len(ids) == len(set(ids)) == 120
    assert killed not in client.run(os.getpid).values()  # the nanny started a fresh worker
