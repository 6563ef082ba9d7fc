"""Speed and memory of whatcauses (and hpo3's load time for scale), as one table.

    .venv/bin/python bench/speed.py            # about 1-2 minutes on 2 cores
    .venv/bin/python bench/speed.py --runs 3 --no-peer --json

Every figure is the median of ``--runs`` runs of a fresh subprocess; peak RSS comes from
``os.wait4`` (the kernel's ru_maxrss of that process, as /usr/bin/time -v reports it), and for
multi-process commands also from sampling the summed RSS of the whole process tree. Cases are
200 phenopackets of ../shared/data/phenopackets-dev.jsonl.gz (evenly spaced through the file,
which is grouped by cohort); without that file a few fixed HPO-id lists stand in.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shared_data import SHARED_DATA

BENCH = Path(__file__).resolve().parent
DEV_CASES = SHARED_DATA / "phenopackets-dev.jsonl.gz"
RANK_TERMS = ["HP:0002063", "HP:0003552"]  # rigidity, muscle stiffness
QUESTION = "What autoimmune disease causes muscle stiffness?"
# Stand-ins when the dev cases are absent: a few common presentations of known diseases.
FALLBACK_CASES = [
    ["HP:0002063", "HP:0003552", "HP:0003326"],
    ["HP:0001250", "HP:0001263", "HP:0000252"],
    ["HP:0001166", "HP:0001083", "HP:0002616"],
    ["HP:0000365", "HP:0000505", "HP:0000407", "HP:0000510"],
    ["HP:0001945", "HP:0002829", "HP:0000988", "HP:0012378"],
    ["HP:0001644", "HP:0001635", "HP:0001278"],
]

# Targets from the project plan; a figure is checked against them when they apply.
TARGET_RANK_RATIO = 0.35  # whatcauses rank end to end vs hpo3 loading its ontology
TARGET_RSS_MB = 300.0
TARGET_COLD_S = 20.0


@dataclass(frozen=True, slots=True)
class Run:
    """One finished subprocess: wall seconds, exit code, peak RSS (largest process, tree)."""

    wall: float
    returncode: int
    rss_mb: float
    tree_rss_mb: float
    stdout: str
    stderr: str


@dataclass(slots=True)
class Row:
    measure: str
    figure: str
    target: str = ""
    verdict: str = ""
    note: str = ""
    values: dict[str, Any] = field(default_factory=dict)


def _tree_rss_kb(root: int) -> int:
    """Summed VmRSS of ``root`` and all its descendants, read from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as handle:
                status = handle.read()
        except OSError:
            continue
        pid = int(entry)
        for line in status.splitlines():
            if line.startswith("PPid:"):
                parents[pid] = int(line.split()[1])
            elif line.startswith("VmRSS:"):
                rss[pid] = int(line.split()[1])
    total = 0
    for pid, kb in rss.items():
        node = pid
        while node and node != root:
            node = parents.get(node, 0)
        if node == root:
            total += kb
    return total


def child_env(**extra: str) -> dict[str, str]:
    """The environment of measured commands: ours, but allowed to write bytecode.

    An installed wheel carries compiled .pyc files; with PYTHONDONTWRITEBYTECODE set (as in
    some sandboxes) an editable install recompiles every module on every start, which would
    add a cost no user pays. The warm-up run writes the bytecode.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def run(command: Sequence[str], *, env: dict[str, str] | None = None,
        sample_tree: bool = False, timeout: float = 600.0) -> Run:
    """Run a command to completion; output goes through temp files (no pipe deadlock)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(list(command), stdout=out, stderr=err,
                                   env=env if env is not None else child_env())
        peak_tree = 0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak_tree
            while not stop.is_set():
                peak_tree = max(peak_tree, _tree_rss_kb(process.pid))
                stop.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True) if sample_tree else None
        if sampler:
            sampler.start()
        deadline = start + timeout
        while True:
            # wait4 gives this child's own rusage (ru_maxrss in KiB on Linux).
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        stop.set()
        if sampler:
            sampler.join()
        out.seek(0)
        err.seek(0)
        return Run(wall, process.returncode, usage.ru_maxrss / 1024, peak_tree / 1024,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def repeat(command: Sequence[str], runs: int, **kwargs: Any) -> list[Run]:
    results = []
    for _ in range(runs):
        result = run(command, **kwargs)
        if result.returncode != 0:
            tail = result.stderr.strip().splitlines()[-3:]
            raise RuntimeError(f"{' '.join(command[:4])}... exit {result.returncode}: {tail}")
        results.append(result)
    return results


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def whatcauses_command() -> list[str]:
    script = Path(sys.executable).parent / "whatcauses"
    if script.is_file():
        return [str(script)]
    found = shutil.which("whatcauses")
    if not found:
        raise SystemExit("error: the whatcauses command is not installed in this environment")
    return [found]


def load_cases(limit: int) -> tuple[list[dict[str, Any]], str]:
    """Up to ``limit`` phenopackets, evenly spaced through the dev file (or the stand-ins)."""
    if DEV_CASES.is_file():
        # Two passes that keep only the chosen cases: the children this process starts inherit
        # its resident size until they exec (Linux counts it in their ru_maxrss), so holding
        # all 3,723 parsed cases here once put ~100 MB on every peak RSS figure below.
        with gzip.open(DEV_CASES, "rt", encoding="utf-8") as handle:
            total = sum(1 for line in handle if line.strip())
        step = max(1, total // limit)
        packets: list[dict[str, Any]] = []
        with gzip.open(DEV_CASES, "rt", encoding="utf-8") as handle:
            lines = (line for line in handle if line.strip())
            for index, line in enumerate(lines):
                if index % step == 0 and len(packets) < limit:
                    packets.append(json.loads(line)["phenopacket"])
        return packets, f"{len(packets)} phenopacket-dev cases"
    packets = [
        {"id": f"fixed-{n}", "phenotypicFeatures": [{"type": {"id": t}} for t in terms]}
        for n, terms in enumerate(FALLBACK_CASES, start=1)
    ]
    return packets, f"{len(packets)} fixed HPO-id lists (dev cases absent)"


# ---- the in-process child: python bench/speed.py --child-rank CASES.jsonl RUNS ----

def child_rank(path: Path, runs: int) -> None:
    """Load the engine, then time engine.rank over every case, ``runs`` times."""
    start = time.perf_counter()
    from whatcauses.engine import Engine
    from whatcauses.errors import WhatcausesError
    from whatcauses.phenopackets import read_phenopacket

    engine = Engine.load()
    load_s = time.perf_counter() - start
    cases = [read_phenopacket(json.loads(line)) for line in path.read_text().splitlines()]
    per_run: list[float] = []
    worst = 0.0
    failures = 0
    for _ in range(runs):
        total = 0.0
        for case in cases:
            t0 = time.perf_counter()
            try:
                # As `whatcauses batch` calls it: all findings, age and sex, lenient ids.
                engine.rank(case.present, case.excluded, age=case.age, sex=case.sex, top=10,
                            strict=False)
            except WhatcausesError:
                failures += 1
            spent = time.perf_counter() - t0
            total += spent
            worst = max(worst, spent)
        per_run.append(1000 * total / len(cases))
    sys.stdout.write(json.dumps({
        "load_s": load_s, "ms_per_case": per_run, "worst_ms": 1000 * worst,
        "failures": failures // runs, "diseases": engine.knowledge.n_diseases,
    }) + "\n")


# ---- the table ----

def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def measure_all(args: argparse.Namespace, say: Callable[[str], None]) -> list[Row]:
    rows: list[Row] = []
    wc = whatcauses_command()
    packets, case_note = load_cases(args.cases)
    work = Path(tempfile.mkdtemp(prefix="whatcauses-speed-"))
    try:
        cases_file = work / "cases.jsonl"
        cases_file.write_text("".join(json.dumps(p) + "\n" for p in packets), encoding="utf-8")
        n = len(packets)

        say("warming the cache")
        run([*wc, "rank", *RANK_TERMS, "--json"])

        say("in-process rank")
        child = run([sys.executable, str(Path(__file__).resolve()), "--child-rank",
                     str(cases_file), str(args.runs)])
        if child.returncode != 0:
            raise RuntimeError(f"in-process child failed: {child.stderr.strip()[-400:]}")
        stats = json.loads(child.stdout)
        rows.append(Row("Engine.load() in process, warm cache (s)", f"{stats['load_s']:.2f}",
                        values={"load_s": stats["load_s"]}))
        note = f"{case_note}, {stats['diseases']} diseases, top 10 with evidence"
        if stats["failures"]:
            note += f"; {stats['failures']} case(s) rejected"
        rows.append(Row("rank per case, in process (ms/case)",
                        f"{median(stats['ms_per_case']):.1f}",
                        note=f"{note}; slowest case {stats['worst_ms']:.0f} ms",
                        values={"ms_per_case": median(stats["ms_per_case"])}))

        say("whatcauses rank end to end")
        rank_runs = repeat([*wc, "rank", *RANK_TERMS, "--json"], args.runs)
        rank_wall = median([r.wall for r in rank_runs])
        rank_rss = max(r.rss_mb for r in rank_runs)
        rows.append(Row(f"`whatcauses rank {' '.join(RANK_TERMS)} --json`, warm (s)",
                        f"{rank_wall:.2f}", values={"wall_s": rank_wall}))

        if not args.no_peer:
            say("hpo3 Ontology() load (peer venv)")
            from peer_hpo3 import PeerError, worker_command

            try:
                peer = repeat(worker_command("bundled", "--load-only"), args.runs)
            except (PeerError, RuntimeError) as exc:
                rows.append(Row("hpo3 Ontology() load in its venv (s)", "n/a", note=str(exc)))
            else:
                peer_wall = median([r.wall for r in peer])
                inner = median([json.loads(r.stdout)["load_seconds"] for r in peer])
                rows.append(Row("hpo3 Ontology() load in its venv (s)", f"{peer_wall:.2f}",
                                note=f"process wall; Ontology() alone {inner:.2f} s; "
                                     f"peak RSS {max(r.rss_mb for r in peer):.0f} MB",
                                values={"wall_s": peer_wall, "ontology_s": inner}))
                ratio = rank_wall / peer_wall
                rows.append(Row("ratio: whatcauses rank / hpo3 load", f"{ratio:.2f}x",
                                f"<= {TARGET_RANK_RATIO}x", verdict(ratio <= TARGET_RANK_RATIO),
                                values={"ratio": ratio}))

        batch_rss: list[float] = []
        for workers in (1, 2):
            say(f"whatcauses batch --workers {workers}")
            batch = repeat([*wc, "batch", str(cases_file), "--workers", str(workers)],
                           args.runs, sample_tree=True)
            answered = sum(1 for line in batch[0].stdout.splitlines() if line.strip())
            wall = median([r.wall for r in batch])
            tree = max(r.tree_rss_mb for r in batch)
            batch_rss.append(max(r.rss_mb for r in batch))
            rows.append(Row(f"`whatcauses batch --workers {workers}` (cases/s)",
                            f"{n / wall:.0f}",
                            note=f"{n} cases in {wall:.2f} s incl. start-up; "
                                 f"{answered} results; process tree peak {tree:.0f} MB",
                            values={"cases_per_s": n / wall, "wall_s": wall,
                                    "tree_rss_mb": tree}))

        rows.append(Row("peak RSS of `rank` (MB)", f"{rank_rss:.0f}", f"<= {TARGET_RSS_MB:.0f}",
                        verdict(rank_rss <= TARGET_RSS_MB), values={"rss_mb": rank_rss}))
        worst_batch = max(batch_rss)
        rows.append(Row("peak RSS of `batch` (MB, largest process)", f"{worst_batch:.0f}",
                        f"<= {TARGET_RSS_MB:.0f}", verdict(worst_batch <= TARGET_RSS_MB),
                        values={"rss_mb": worst_batch}))

        say("cold first run")
        cold: list[Run] = []
        for _ in range(max(1, min(args.runs, args.cold_runs))):
            cache = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
            env = child_env(WHATCAUSES_CACHE_DIR=str(cache))
            cold += repeat([*wc, "rank", *RANK_TERMS, "--json"], 1, env=env)
        cold_wall = median([r.wall for r in cold])
        cold_rss = max(r.rss_mb for r in cold)
        rows.append(Row("cold first run: build cache + rank (s)", f"{cold_wall:.1f}",
                        f"<= {TARGET_COLD_S:.0f}", verdict(cold_wall <= TARGET_COLD_S),
                        note=f"empty WHATCAUSES_CACHE_DIR; peak RSS {cold_rss:.0f} MB",
                        values={"wall_s": cold_wall, "rss_mb": cold_rss}))

        help_text = run([*wc, "--help"]).stdout
        if any(line.strip("│ ").startswith("ask ") for line in help_text.splitlines()):
            say("whatcauses ask end to end")
            ask = repeat([*wc, "ask", QUESTION, "--json"], args.runs)
            ask_wall = median([r.wall for r in ask])
            rows.append(Row(f'`whatcauses ask "{QUESTION}" --json` (s)', f"{ask_wall:.2f}",
                            note=f"peak RSS {max(r.rss_mb for r in ask):.0f} MB",
                            values={"wall_s": ask_wall}))
        else:
            rows.append(Row("`whatcauses ask` end to end", "skipped",
                            note="no ask command in `whatcauses --help` yet"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def render(rows: list[Row], runs: int) -> str:
    header = ("measure", "figure", "target", "", "note")
    table = [header, *[(r.measure, r.figure, r.target, r.verdict, r.note) for r in rows]]
    widths = [max(len(line[i]) for line in table) for i in range(4)]
    # The load average tells a reader whether other work shared the CPUs during the run.
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [f"whatcauses speed (median of {runs} runs; {os.cpu_count()} CPUs; load {load})"]
    for number, line in enumerate(table):
        cells = [line[i].ljust(widths[i]) for i in range(4)]
        cells[1] = line[1].rjust(widths[1])  # figures right-aligned
        lines.append("  ".join([*cells, line[4]]).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths) + "  ----")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="whatcauses speed and memory benchmark")
    parser.add_argument("--runs", type=int, default=5, help="Runs per figure (median).")
    parser.add_argument("--cold-runs", type=int, default=3, help="Runs of the cold start.")
    parser.add_argument("--cases", type=int, default=200, help="How many dev cases.")
    parser.add_argument("--no-peer", action="store_true", help="Skip hpo3 (no peer venv).")
    parser.add_argument("--json", action="store_true", help="Print the rows as JSON.")
    parser.add_argument("--child-rank", nargs=2, metavar=("CASES", "RUNS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_rank:
        child_rank(Path(args.child_rank[0]), int(args.child_rank[1]))
        return 0
    if args.runs < 1 or args.cases < 1:
        parser.error("--runs and --cases must be at least 1")
    sys.path.insert(0, str(BENCH))  # peer_hpo3 sits beside this file

    def say(message: str) -> None:
        sys.stderr.write(f"... {message}\n")

    try:
        rows = measure_all(args, say)
    except RuntimeError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    if args.json:
        sys.stdout.write(json.dumps([{"measure": r.measure, "figure": r.figure,
                                      "target": r.target, "verdict": r.verdict,
                                      "note": r.note, **r.values} for r in rows], indent=1))
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(rows, args.runs) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
