"""Load test of the HTTP API: a real `whatcauses serve` on loopback, driven by a concurrent client.

    .venv/bin/python bench/load.py                      # 3 runs, medians: ~3 minutes on 2 cores
    .venv/bin/python bench/load.py --runs 1 --workers 2 --concurrency 8 --requests 2000 --json
    .venv/bin/python bench/load.py --runs 1 --endpoints ask --profile /tmp/prof  # needs py-spy

Starts `whatcauses serve` on 127.0.0.1 on a free port, waits for /api/health, warms up, then
sends a bounded number of requests per endpoint from ``--concurrency`` keep-alive connections
and prints req/s with p50/p99 latency for POST /api/rank and GET /api/ask; stops the server.

The client is this script's own asyncio HTTP/1.1 keep-alive client (a few dozen lines below):
it costs far less CPU per request than httpx, which matters when client and server share two
cores. Rank bodies come from ../shared/data/phenopackets-dev.jsonl.gz when present (varied
real-size cases, up to 30 present and 30 excluded ids each), else a few fixed id lists;
questions from bench/data/questions_dev.yaml.
Targets from issue 7: rank >= 300 req/s, ask >= 150 req/s, p99 <= 100 ms (health and whole
dev cases are shown against the rank target for scale).

Each run starts a fresh server; the table shows every run and the median. On a shared machine
req/s says as much about the neighbours as about whatcauses, so each row also gives the CPU
time per request of the server (all its processes) and of this client, read from /proc, and
the ceiling they imply on the machine's cores when nothing else runs: cores x 1000 /
(server + client CPU ms per request). The load average at the start of each run is printed.
``--profile DIR`` samples one worker with py-spy (``pip install py-spy``) during each measured
phase and writes its stacks (``DIR/ENDPOINT.txt``, collapsed) and the functions that cost most.

Last figures (quiet machine, load 1.1-2.1, medians of 3 runs, `--endpoints health rank ask`,
after per-worker listening sockets): rank 572 req/s, p50 13 ms, p99 32 ms; ask 172 req/s,
p50 47 ms, p99 86 ms (runs 172 / 160 / 174 req/s, p99 82 / 103 / 86 ms); the busiest worker
did 50-52 % of the work in every rank and ask run. Before (main ac914be, one listening socket
shared by the workers): rank 482 req/s, p99 46 ms; ask 83 req/s, p99 169 ms, and bimodal runs
(ask 78 / 191 / 75 req/s in an earlier set): the client opens its 8 keep-alive connections at
once, asyncio's accept loop takes every pending one in a wake-up, so one worker could hold
most of them. `whatcauses serve --workers N` now gives each worker a socket of its own
(SO_REUSEPORT, http/workers.py) and the kernel spreads the connections; the "busiest worker"
column shows the spread (50 % is even for 2 workers).

Figures of issue 17 (``--runs 1 --endpoints health rank ask --json``, three runs each of main
e395e1e and of branch h-http, interleaved; medians; 2 workers, 8 connections, 2 CPUs shared
with other jobs: 1-min load average 7.8-12.9 at the starts, so req/s mostly measures the
neighbours, and server CPU per request is the figure to compare):

| endpoint | code | req/s | p50 ms | p99 ms | server CPU ms/req | CPU ceiling req/s |
|---|---|---:|---:|---:|---:|---:|
| rank | before | 74.7 | 80 | 348 | 4.8 | 395 |
| rank | after | 79.0 | 68 | 320 | 5.1 | 377 |
| ask | before | 12.3 | 651 | 1658 | 32.1 | 62 |
| ask | after | 32.7 | 232 | 560 | 10.6 | 183 |

Ask costs a third of the CPU it did (in process, per dev question: 21.8 -> 10.1 ms CPU at a load
near 6; on main 7ce69b9 with this branch merged, 27.0 -> 9.3 ms at a load near 8): the next
questions read the model per leading disease for all terms at once
(``Knowledge.model_frequencies``), the closest category members are found in one vectorised
pass, look-alike statements and negation phrases are indexed, a knowledge question's evidence
is built in one pass. Rank's CPU is unchanged within the noise (its evidence and calibration
are most of it). The req/s targets (rank >= 300, ask >= 150) are now below the CPU ceilings
(what the cores allow with nothing else running), but neither they nor p99 <= 100 ms can be
shown on a machine this loaded. Running the routes inline on the
event loop instead of in the threadpool, and 1 compute thread instead of 2, changed neither
CPU per request nor req/s beyond the noise (two pairs of runs each).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import gzip
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from shared_data import SHARED_DATA

BENCH = Path(__file__).resolve().parent
DEV_CASES = SHARED_DATA / "phenopackets-dev.jsonl.gz"
QUESTIONS = BENCH / "data" / "questions_dev.yaml"
# Question-sized requests (what the page sends): 2-5 findings, some excluded.
TYPICAL_CASES = [
    {"present": ["HP:0002063", "HP:0003552"]},
    {"present": ["HP:0002063", "HP:0003552", "HP:0003326"], "categories": ["autoimmune"]},
    {"present": ["HP:0001250", "HP:0001263", "HP:0000252"], "excluded": ["HP:0001166"]},
    {"present": ["HP:0001166", "HP:0001083", "HP:0002616"]},
    {"present": ["HP:0000365", "HP:0000505", "HP:0000407", "HP:0000510"]},
    {"present": ["HP:0001945", "HP:0000988", "HP:0002829"], "age": 8},
    {"present": ["HP:0000662", "HP:0000510"], "excluded": ["HP:0000365"]},
    {"present": ["HP:0002315", "HP:0001824", "HP:0012378"], "sex": "female"},
]
FALLBACK_QUESTIONS = [
    "What autoimmune disease causes muscle stiffness?",
    "What causes fever, rash and joint pain in a child?",
    "What causes night blindness and loss of side vision?",
    "What genetic disease causes tall stature and a dislocated lens?",
]
TARGETS = {"rank": 300.0, "ask": 150.0, "rank-cases": 300.0, "health": 300.0}
P99_TARGET_MS = 100.0


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    body: bytes = b""


@dataclass(frozen=True, slots=True)
class Result:
    endpoint: str
    requests: int
    errors: int  # 5xx: the server failed
    rejected: int  # 4xx: e.g. a dev case with an id this release lacks
    seconds: float
    latencies_ms: tuple[float, ...]
    server_cpu_s: float = 0.0  # CPU time of the server's processes during the phase
    client_cpu_s: float = 0.0  # CPU time of this client during the phase
    # The busiest worker's share of the workers' CPU time during the phase: 1 / workers when
    # the connections are spread evenly, 1.0 when one worker did everything.
    busiest_worker_share: float = 0.0

    @property
    def server_cpu_ms(self) -> float:
        return 1000 * self.server_cpu_s / max(self.requests, 1)

    @property
    def client_cpu_ms(self) -> float:
        return 1000 * self.client_cpu_s / max(self.requests, 1)

    @property
    def ceiling(self) -> float:
        """req/s the CPU time allows on this machine's cores with nothing else running."""
        per_request = self.server_cpu_ms + self.client_cpu_ms
        return (os.cpu_count() or 1) * 1000 / per_request if per_request else 0.0

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def to_dict(self) -> dict[str, Any]:
        return {
            "endpoint": self.endpoint,
            "requests": self.requests,
            "errors": self.errors,
            "rejected_4xx": self.rejected,
            "seconds": round(self.seconds, 3),
            "req_per_s": round(self.rate, 1),
            "p50_ms": round(self.percentile(0.50), 2),
            "p99_ms": round(self.percentile(0.99), 2),
            "mean_ms": round(statistics.fmean(self.latencies_ms), 2),
            "server_cpu_ms": round(self.server_cpu_ms, 2),
            "client_cpu_ms": round(self.client_cpu_ms, 2),
            "cpu_ceiling_req_per_s": round(self.ceiling, 1),
            "busiest_worker_share": round(self.busiest_worker_share, 2),
        }


# ---- workload ----


def rank_requests() -> list[Request]:
    return [Request("POST", "/api/rank?top=10", json.dumps(b).encode()) for b in TYPICAL_CASES]


def case_requests(limit: int) -> list[Request]:
    bodies: list[dict[str, Any]] = []
    if DEV_CASES.exists():
        with gzip.open(DEV_CASES, "rt", encoding="utf-8") as lines:
            packets = [json.loads(line) for line in lines]
        step = max(1, len(packets) // limit)
        for packet in packets[::step][:limit]:
            # One case per line: {"id", "present": [...], "excluded": [...], ...}.
            present = list(packet.get("present") or [])
            excluded = list(packet.get("excluded") or [])
            if present:
                bodies.append({"present": present[:30], "excluded": excluded[:30]})
    if not bodies:
        bodies = list(TYPICAL_CASES)
    return [Request("POST", "/api/rank?top=10", json.dumps(b).encode()) for b in bodies]


def ask_requests(limit: int) -> list[Request]:
    questions: list[str] = []
    if QUESTIONS.exists():
        import yaml

        entries = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8")) or []
        questions = [e["question"] for e in entries if isinstance(e, dict) and e.get("question")]
    questions = questions[:limit] or FALLBACK_QUESTIONS
    return [Request("GET", f"/api/ask?q={quote(q)}&top=10") for q in questions]


# ---- a minimal keep-alive HTTP/1.1 client ----


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str):
        self.reader, self.writer, self.host = reader, writer, host

    @classmethod
    async def open(cls, host: str, port: int) -> Connection:
        reader, writer = await asyncio.open_connection(host, port)
        return cls(reader, writer, host)

    async def send(self, request: Request) -> int:
        head = [f"{request.method} {request.path} HTTP/1.1", f"Host: {self.host}",
                "Accept: application/json"]
        if request.body:
            head += ["Content-Type: application/json", f"Content-Length: {len(request.body)}"]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + request.body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        length = 0
        while True:
            line = await self.reader.readline()
            if line in {b"\r\n", b""}:
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        if request.method != "HEAD":  # a HEAD answer states the length of a body it omits
            await self.reader.readexactly(length)
        return status

    async def close(self) -> None:
        self.writer.close()
        # The server may have closed it first (an idle keep-alive connection).
        with contextlib.suppress(ConnectionError):
            await self.writer.wait_closed()


def process_tree_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by ``root`` and all its descendants."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(used.get(pid, 0.0) for pid in tree)


def pid_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by one process (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def worker_pids(root: int) -> list[int]:
    """The server's worker processes (the children of uvicorn's supervisor), else itself."""
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(fields[1]) == root and b"spawn_main" in cmdline:
                children.append(int(entry.name))
    return sorted(children) or [root]


async def drive(port: int, endpoint: str, requests: list[Request], total: int,
                concurrency: int, server_pid: int | None = None) -> Result:
    latencies: list[float] = []
    errors = rejected = 0
    next_index = 0

    async def worker() -> None:
        nonlocal next_index, errors, rejected
        connection = await Connection.open("127.0.0.1", port)
        try:
            while next_index < total:
                request = requests[next_index % len(requests)]
                next_index += 1
                start = time.perf_counter()
                status = await connection.send(request)
                latencies.append((time.perf_counter() - start) * 1000)
                if status >= 500:
                    errors += 1
                elif status >= 400:
                    rejected += 1
        finally:
            await connection.close()

    server_before = process_tree_cpu(server_pid) if server_pid else 0.0
    workers = worker_pids(server_pid) if server_pid else []
    workers_before = [pid_cpu(pid) for pid in workers]
    client_before = time.process_time()
    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    seconds = time.perf_counter() - start
    client = time.process_time() - client_before
    server = process_tree_cpu(server_pid) - server_before if server_pid else 0.0
    used = [pid_cpu(pid) - before for pid, before in zip(workers, workers_before, strict=True)]
    share = max(used) / sum(used) if used and sum(used) > 0 else 0.0
    return Result(endpoint, len(latencies), errors, rejected, seconds, tuple(latencies),
                  server, client, share)


# ---- the server ----


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_server(port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("whatcauses")
    command = [str(exe) if exe.exists() else "whatcauses", "serve", "--port", str(port),
               "--workers", str(workers), "--no-access-log", "--log-level", "warning"]
    with log.open("wb") as sink:
        return subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)


async def wait_healthy(port: int, process: subprocess.Popen[bytes], timeout: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if process.poll() is not None:
            raise SystemExit("the server exited during startup")
        try:
            connection = await Connection.open("127.0.0.1", port)
            status = await connection.send(Request("GET", "/api/health"))
            await connection.close()
            if status == 200:
                return time.perf_counter() - start
        except (OSError, asyncio.IncompleteReadError, IndexError, ValueError):
            pass
        await asyncio.sleep(0.1)
    raise SystemExit(f"the server did not become healthy within {timeout:.0f} s")


def start_profile(pid: int, seconds: int, out: Path) -> subprocess.Popen[bytes] | None:
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        sys.stderr.write("--profile: py-spy is not installed (pip install py-spy)\n")
        return None
    return subprocess.Popen(
        [spy, "record", "--pid", str(pid), "--duration", str(seconds), "--rate", "200",
         "--format", "raw", "--nonblocking", "--output", str(out)],
        stdout=subprocess.DEVNULL, stderr=out.with_suffix(".log").open("wb"))


def summarize_profile(path: Path, limit: int = 30) -> str:
    """The functions with the most samples, as a share of the samples spent on requests
    (stacks through whatcauses, FastAPI, Starlette or uvicorn; threads waiting are left out)."""
    inclusive: collections.Counter[str] = collections.Counter()
    busy = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        names = set()
        for frame in stack.split(";"):
            function, _, where = frame.partition(" (")
            module = where.split(":")[0].rsplit("/site-packages/", 1)[-1].rsplit("/src/", 1)[-1]
            if any(part in module for part in ("whatcauses", "fastapi", "starlette", "uvicorn",
                                               "orjson", "pydantic", "numpy")):
                names.add(f"{function} ({module})")
        if names and not stack.endswith(("wait (threading.py", "get (queue.py")):
            busy += int(count)
            inclusive.update(dict.fromkeys(names, int(count)))
    lines = [f"{path.stem}: {busy} samples on requests; inclusive share"]
    lines += [f"  {100 * n / max(busy, 1):5.1f}%  {name}" for name, n
              in inclusive.most_common(limit)]
    return "\n".join(lines)


async def run(args: argparse.Namespace) -> tuple[float, list[Result]]:
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "serve.log"
        process = start_server(port, args.workers, log)
        try:
            startup = await wait_healthy(port, process, 180)
            workloads = {
                "health": [Request("GET", "/api/health")],
                "rank": rank_requests(),
                "rank-cases": case_requests(200),
                "ask": ask_requests(200),
            }
            results = []
            for endpoint in args.endpoints:
                requests = workloads[endpoint]
                # Warm-up: every worker process sees every kind of request once.
                await drive(port, endpoint, requests, min(len(requests), 100) * args.workers,
                            args.concurrency)
                total = {"health": args.requests, "rank": args.requests, "ask": args.ask_requests,
                         "rank-cases": args.case_requests}[endpoint]
                spy = None
                if args.profile:
                    args.profile.mkdir(parents=True, exist_ok=True)
                    spy = start_profile(worker_pids(process.pid)[0], 15,
                                        args.profile / f"{endpoint}.txt")
                results.append(await drive(port, endpoint, requests, total, args.concurrency,
                                           process.pid))
                if spy is not None:
                    spy.wait()
                    sys.stderr.write(summarize_profile(args.profile / f"{endpoint}.txt") + "\n")
            return startup, results
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.returncode not in {0, -15} and log.exists():
                sys.stderr.write(log.read_text()[-2000:])


def row_of(result: Result, run: str) -> dict[str, Any]:
    row = result.to_dict()
    target = TARGETS[result.endpoint]
    row["run"] = run
    row["target"] = f">= {target:.0f} req/s, p99 <= {P99_TARGET_MS:.0f} ms"
    row["met"] = bool(result.rate >= target and result.percentile(0.99) <= P99_TARGET_MS
                      and not result.errors)
    return row


def median_row(rows: list[dict[str, Any]]) -> dict[str, Any]:
    middle = {key: statistics.median(r[key] for r in rows)
              for key in ("requests", "errors", "rejected_4xx", "req_per_s", "p50_ms", "p99_ms",
                          "server_cpu_ms", "client_cpu_ms", "cpu_ceiling_req_per_s",
                              "busiest_worker_share")}
    target = TARGETS[rows[0]["endpoint"]]
    return {**rows[0], **middle, "run": "median",
            "met": bool(middle["req_per_s"] >= target and middle["p99_ms"] <= P99_TARGET_MS
                        and not middle["errors"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--concurrency", type=int, default=8, help="open connections")
    parser.add_argument("--requests", type=int, default=2000, help="measured rank requests")
    parser.add_argument("--ask-requests", type=int, default=1000, help="measured ask requests")
    parser.add_argument("--case-requests", type=int, default=200,
                        help="measured rank requests with whole dev cases (~20 ids each)")
    parser.add_argument("--endpoints", nargs="+", default=["health", "rank", "ask", "rank-cases"],
                        choices=["health", "rank", "ask", "rank-cases"],
                        help="health shows what the HTTP stack alone costs")
    parser.add_argument("--runs", type=int, default=3, help="runs, each on a fresh server")
    parser.add_argument("--profile", type=Path, default=None,
                        help="sample one worker with py-spy during each measured phase")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    startups = []
    loads = []
    for number in range(1, args.runs + 1):
        loads.append(os.getloadavg()[0])
        startup, results = asyncio.run(run(args))
        startups.append(startup)
        rows += [row_of(result, str(number)) for result in results]
    if args.runs > 1:
        rows += [median_row([r for r in rows if r["endpoint"] == endpoint])
                 for endpoint in args.endpoints]
    setup = {"workers": args.workers, "concurrency": args.concurrency, "cpus": os.cpu_count(),
             "runs": args.runs, "startup_s": [round(s, 2) for s in startups],
             "load_average_at_start": [round(x, 2) for x in loads],
             "client": "bench/load.py asyncio HTTP/1.1 keep-alive"}
    if args.json:
        sys.stdout.write(json.dumps({"setup": setup, "results": rows}, indent=2) + "\n")
        return
    sys.stdout.write(
        f"whatcauses serve, {args.workers} worker(s), {args.concurrency} connections, "
        f"{os.cpu_count()} CPUs, {args.runs} run(s); server ready in "
        f"{', '.join(f'{s:.1f}' for s in startups)} s; 1-min load average at the start of each "
        f"run: {', '.join(f'{x:.1f}' for x in loads)}\n\n"
        "| endpoint | run | requests | 5xx | 4xx | req/s | p50 ms | p99 ms | server CPU ms/req "
        "| client CPU ms/req | CPU ceiling req/s | busiest worker | target | met |\n"
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n"
    )
    for row in sorted(rows, key=lambda r: (args.endpoints.index(r["endpoint"]), r["run"])):
        sys.stdout.write(
            f"| {row['endpoint']} | {row['run']} | {row['requests']} | {row['errors']} | "
            f"{row['rejected_4xx']} | {row['req_per_s']} | {row['p50_ms']} | {row['p99_ms']} | "
            f"{row['server_cpu_ms']} | {row['client_cpu_ms']} | {row['cpu_ceiling_req_per_s']} | "
            f"{row['busiest_worker_share']:.0%} | {row['target']} | "
            f"{'yes' if row['met'] else 'no'} |\n"
        )


if __name__ == "__main__":
    main()
