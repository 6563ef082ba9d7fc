"""hpo3 as a peer system for the benchmarks, run from its own virtualenv.

hpo3 (the Rust-backed HPO library) installs a module named ``pyhpo`` that clashes with our
pinned pyhpo==4.0.0, so it cannot live in our venv. On first use this module creates
``bench/.peer-venv`` (``python -m venv`` + ``pip install hpo3``) and then drives
``peer_worker_hpo3.py`` inside it: one subprocess per batch, cases as JSONL on stdin, ranked
disease ids as JSONL on stdout.

By default hpo3 reads the same HPO release whatcauses uses (hp.obo + phenotype.hpoa embedded
in pyhpo 4.0.0, 2025-01-16), so an accuracy difference is the method's and not the data's;
``release="bundled"`` uses hpo3's own newer built-in release instead.

    from peer_hpo3 import rank_cases
    rank_cases([["HP:0002063", "HP:0003552"]])[0][:3]   # ['ORPHA:3175', ...]

Run directly for a smoke test: ``python bench/peer_hpo3.py HP:0002063 HP:0003552``.
"""

from __future__ import annotations

import atexit
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, Literal

BENCH = Path(__file__).resolve().parent
PEER_VENV = BENCH / ".peer-venv"
WORKER = BENCH / "peer_worker_hpo3.py"
HPO3_REQUIREMENT = "hpo3"
READY_MARK = PEER_VENV / ".ready"
NAME = "hpo3"
DESCRIPTION = "hpo3 HPOSet similarity (Resnik, OMIM IC, funSimAvg)"

Release = Literal["same", "bundled"]


class PeerError(RuntimeError):
    """The peer venv could not be built or the worker failed."""


def peer_python() -> Path:
    return PEER_VENV / "bin" / "python"


def ensure_peer_venv(*, quiet: bool = True) -> Path:
    """The peer venv's python, creating the venv and installing hpo3 first if needed.

    A lock file keeps two benches started together from building it at the same time; the
    ``.ready`` mark is written last, so a half-built venv (interrupted install) is rebuilt.
    """
    if READY_MARK.is_file() and peer_python().is_file():
        return peer_python()
    # The lock lives outside the tree so that it never shows up as an untracked file.
    with (Path(tempfile.gettempdir()) / "whatcauses-peer-venv.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if READY_MARK.is_file() and peer_python().is_file():
            return peer_python()
        shutil.rmtree(PEER_VENV, ignore_errors=True)
        sys.stderr.write(f"creating the hpo3 peer venv in {PEER_VENV} (once)...\n")
        steps = [
            [sys.executable, "-m", "venv", str(PEER_VENV)],
            [str(peer_python()), "-m", "pip", "install", "--disable-pip-version-check",
             *(["--quiet"] if quiet else []), HPO3_REQUIREMENT],
        ]
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
                raise PeerError(f"{' '.join(step[:4])}... failed: " + " | ".join(tail))
        READY_MARK.write_text("hpo3\n", encoding="utf-8")
    return peer_python()


def same_release_folder() -> Path:
    """The folder holding the HPO files whatcauses embeds (found without importing pyhpo)."""
    from whatcauses.knowledge.sources import embedded_files

    return embedded_files().obo.parent


def worker_command(release: Release | Path = "same", *extra: str) -> list[str]:
    """The worker's command line; ``release`` may also be a folder with hp.obo + phenotype.hpoa."""
    python = ensure_peer_venv()
    command = [str(python), str(WORKER)]
    if isinstance(release, Path):
        command += ["--data-folder", str(release)]
    elif release == "same":
        command += ["--data-folder", str(same_release_folder())]
    elif release != "bundled":
        raise ValueError(f"release must be 'same', 'bundled' or a folder, not {release!r}")
    return command + list(extra)


def _worker_env() -> dict[str, str]:
    # The worker must not see our venv's site-packages (they hold the other pyhpo).
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}


def _run(command: list[str], stdin: str = "", timeout: float | None = None) -> str:
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, text=True,
                              timeout=timeout, env=_worker_env(), check=False)
    except subprocess.TimeoutExpired as exc:
        raise PeerError(f"the hpo3 worker took longer than {timeout} s") from exc
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-3:]
        raise PeerError(f"the hpo3 worker failed (exit {done.returncode}): " + " | ".join(tail))
    return done.stdout


def rank_cases_detailed(
    cases: Sequence[Sequence[str]], *, top: int = 100, release: Release = "same",
    timeout: float | None = None,
) -> list[dict[str, Any]]:
    """Per case: ``ranked`` ids (best first), ``used`` and ``skipped`` (unknown to hpo3) ids."""
    if isinstance(cases, str) or any(isinstance(c, str) for c in cases):
        raise TypeError("cases must be a list of lists of HPO ids")
    if not cases:
        return []
    stdin = "".join(json.dumps(list(case)) + "\n" for case in cases)
    out = _run(worker_command(release, "--top", str(top)), stdin, timeout)
    results = [json.loads(line) for line in out.splitlines() if line.strip()]
    if len(results) != len(cases):
        raise PeerError(f"the hpo3 worker answered {len(results)} of {len(cases)} cases")
    return results


def rank_cases(
    cases: Sequence[Sequence[str]], *, top: int = 100, release: Release = "same"
) -> list[list[str]]:
    """Rank all OMIM and Orphanet diseases for each case (a list of HPO ids) with hpo3.

    One subprocess for the whole batch; ids hpo3 doesn't know are skipped (a case with none
    left gets an empty ranking). Disease ids come back as "OMIM:123456" / "ORPHA:1234".
    """
    return [r["ranked"] for r in rank_cases_detailed(cases, top=top, release=release)]


def peer_info(release: Release = "same") -> dict[str, Any]:
    """hpo3's version, the HPO release it loaded and its disease counts."""
    info: dict[str, Any] = json.loads(_run(worker_command(release, "--info")))
    return info


def _answer_cache(command: list[str]) -> Path:
    """Where answers of this exact peer set-up are kept (bench/results/, gitignored)."""
    parts = [*command, *sorted(p.name for p in PEER_VENV.glob("lib/*/site-packages/hpo3-*"))]
    if "--data-folder" in command:
        folder = Path(command[command.index("--data-folder") + 1])
        for name in ("hp.obo", "phenotype.hpoa"):
            stat = (folder / name).stat()
            parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
    return BENCH / "results" / f"hpo3-answers-{key}.jsonl"


def _read_answers(path: Path) -> dict[tuple[str, ...], list[str]]:
    answers: dict[tuple[str, ...], list[str]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return answers
    for line in lines:
        try:
            record = json.loads(line)
            answers[tuple(record["terms"])] = list(record["ranked"])
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by an interrupted run; it is simply asked again
    return answers


def _append_answer(path: Path, terms: tuple[str, ...], ranked: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"terms": list(terms), "ranked": ranked}) + "\n")


class Hpo3System:
    """hpo3 as a system of bench/accuracy.py: ``rank(observed, excluded) -> ids``.

    The accuracy bench asks one case at a time, so this keeps one worker process alive and
    talks to it a line at a time (loading the ontology costs ~1.5 s; ranking 0.1-0.6 s a case,
    growing with the number of findings). Excluded findings are ignored: HPOSet similarity has
    no notion of an absent finding. Answers are memoised by the observed ids - in memory, so
    the "+excluded" pass is free, and on disk under bench/results/ (gitignored), keyed by hpo3's
    version and the release files, because the peer never changes while our model is tuned.
    """

    def __init__(self, release: Release | Path = "same", top: int = 100,
                 cache: bool = True) -> None:
        self.name = NAME
        self.top = top
        self._command = worker_command(release, "--top", str(top))
        self._process: subprocess.Popen[str] | None = None
        self._memo: dict[tuple[str, ...], list[str]] = {}
        self._cache_file = _answer_cache(self._command) if cache else None
        if self._cache_file is not None:
            self._memo.update(_read_answers(self._cache_file))

    def _worker(self) -> tuple[IO[str], IO[str]]:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(
                self._command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, text=True, bufsize=1, env=_worker_env(),
            )
            atexit.register(self.close)
        assert self._process.stdin is not None and self._process.stdout is not None
        return self._process.stdin, self._process.stdout

    def rank(self, observed: Sequence[str], excluded: Sequence[str] = ()) -> list[str]:
        key = tuple(observed)
        if key not in self._memo:
            stdin, stdout = self._worker()
            stdin.write(json.dumps(list(observed)) + "\n")
            stdin.flush()
            line = stdout.readline()
            if not line:
                self.close()
                raise PeerError("the hpo3 worker stopped answering")
            self._memo[key] = json.loads(line)["ranked"]
            if self._cache_file is not None:
                _append_answer(self._cache_file, key, self._memo[key])
        return list(self._memo[key])

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()

    def __enter__(self) -> Hpo3System:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_system(knowledge: Any = None) -> Hpo3System:
    """The hook bench/accuracy.py looks for: hpo3 on the release ``knowledge`` was loaded from."""
    files = getattr(knowledge, "files", None)
    folder = getattr(files, "obo", None)
    return Hpo3System(folder.parent if isinstance(folder, Path) else "same")


def main(argv: list[str]) -> int:
    terms = argv or ["HP:0002063", "HP:0003552"]
    try:
        info = peer_info()
        result = rank_cases_detailed([terms], top=10)[0]
    except PeerError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stdout.write(json.dumps(info) + "\n")
    if result["skipped"]:
        sys.stdout.write(f"skipped (unknown to hpo3): {' '.join(result['skipped'])}\n")
    for position, disease in enumerate(result["ranked"], start=1):
        sys.stdout.write(f"{position:3d}  {disease}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
