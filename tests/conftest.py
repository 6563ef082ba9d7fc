"""Shared fixtures: a tiny hand-drawn knowledge base, and the real engine (loaded once).

The mini ontology (tests/fixtures/mini.obo)::

    HP:0000001 All
    ├── HP:0000118 Phenotypic abnormality
    │   ├── HP:0000100 Nervous system abnormality
    │   │   ├── HP:0000101 Seizure (alt id HP:0000111)
    │   │   │   ├── HP:0000102 Focal seizure
    │   │   │   └── HP:0000103 Generalized seizure
    │   │   └── HP:0000202 Neuromuscular rigidity  (also under Muscle stiffness)
    │   └── HP:0000200 Muscle abnormality
    │       ├── HP:0000201 Muscle stiffness
    │       │   └── HP:0000202 Neuromuscular rigidity
    │       └── HP:0000203 Muscle weakness
    ├── HP:0000005 Mode of inheritance ── HP:0000006 Autosomal dominant
    └── HP:0003674 Onset ── HP:0003581 Adult onset, HP:0003577 Congenital onset
    HP:0000999 obsolete, replaced by HP:0000203

Annotations (tests/fixtures/mini.hpoa): OMIM:100001 and ORPHA:200001 "Alpha disease" (twins),
OMIM:100002 "Beta syndrome", OMIM:100003 "Gamma myopathy"; every frequency form and a NOT row.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.sources import DataFiles

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def load_repo_module(relative: str) -> ModuleType:
    """A script of the repository (``bench/accuracy.py``) imported as a module, once per
    session; the test skips when this checkout does not have it."""
    path = REPO / relative
    if not path.is_file():
        pytest.skip(f"{relative} is not in this checkout")
    name = "whatcauses_repo_" + path.with_suffix("").relative_to(REPO).as_posix().replace("/", "_")
    if name in sys.modules:
        return sys.modules[name]
    if str(path.parent) not in sys.path:  # scripts import their siblings (bench/shared_data.py)
        sys.path.append(str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


# ../shared/data beside this checkout (or beside the main checkout of a git worktree).
SHARED_DATA: Path = load_repo_module("bench/shared_data.py").SHARED_DATA


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each test a node id of its own, and refuse a run in which two tests share one.

    pytest 9.2 builds a test's node id from its function name and its ``parametrize`` ids only,
    so the tests schemathesis makes from one function (one per API operation, the operation
    written only into the test's name) all got the same id. pytest-xdist hands out work by node
    id: under ``-n 2`` one of the eleven API tests ran and ten were never run nor reported.
    """
    for item in items:
        _name_params_into_nodeid(item)
    counts = Counter(item.nodeid for item in items)
    shared = sorted(nodeid for nodeid, count in counts.items() if count > 1)
    if shared:
        raise pytest.UsageError(
            "tests share a node id (pytest-xdist would run only one of each): " + ", ".join(shared)
        )


def _name_params_into_nodeid(item: pytest.Item) -> None:
    """A test named ``f[x]`` whose node id ends in ``::f`` gets ``[x]`` on its node id too."""
    if not isinstance(item, pytest.Function) or hasattr(item, "callspec"):
        return  # a parametrized test's id already carries its parameters
    base = item.originalname
    suffixed = item.name.startswith(base + "[") and item.name.endswith("]")
    if suffixed and item.nodeid.endswith("::" + base):
        # pytest keeps the id as a structured NodeId (private, pytest 9.2): set its params part.
        item._id = item._id.with_params(item.name[len(base) + 1 : -1])


@pytest.fixture(autouse=True)
def _private_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the user's real data dir; share one cache dir per session."""
    monkeypatch.setenv("WHATCAUSES_DATA_DIR", str(tmp_path_factory.getbasetemp() / "data-unused"))
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(_session_cache(tmp_path_factory)))


_CACHE: dict[str, Path] = {}


def _session_cache(factory: pytest.TempPathFactory) -> Path:
    if "dir" not in _CACHE:
        _CACHE["dir"] = factory.mktemp("cache")
    return _CACHE["dir"]


@pytest.fixture
def mini_files() -> DataFiles:
    return DataFiles(obo=FIXTURES / "mini.obo", hpoa=FIXTURES / "mini.hpoa", tag="mini")


@pytest.fixture
def mini_knowledge(mini_files: DataFiles) -> Knowledge:
    return Knowledge.load(mini_files, package_version="test")


@pytest.fixture
def mini_engine(mini_files: DataFiles) -> Engine:
    return Engine.load(mini_files)


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The real engine on the embedded HPO data (compiled once per test session)."""
    mp = pytest.MonkeyPatch()
    cache = _session_cache(tmp_path_factory)
    mp.setenv("WHATCAUSES_CACHE_DIR", str(cache))
    mp.setenv("WHATCAUSES_DATA_DIR", str(tmp_path_factory.getbasetemp() / "data-unused"))
    try:
        if _xdist_worker() is not None:
            _seed_worker_cache(tmp_path_factory.getbasetemp().parent / "seed-cache", cache)
        yield Engine.load()
    finally:
        mp.undo()


def _xdist_worker() -> str | None:
    """This process's pytest-xdist worker name (``gw0``), or None outside a parallel run."""
    return os.environ.get("PYTEST_XDIST_WORKER")


def _seed_worker_cache(seed: Path, cache: Path) -> None:
    """Copy the run's compiled caches into this worker's own cache dir, building them once.

    Each xdist worker keeps a cache dir of its own (some tests damage a session cache file on
    purpose, which must not reach a test running in the other worker at that moment), but the
    knowledge compile and the lexicon build (~25 s of CPU on the 2-core machine) need not run
    once per worker: the first worker builds them under a lock and the others copy the files.
    """
    from filelock import FileLock

    seed.mkdir(exist_ok=True)
    done = seed / "complete"
    with FileLock(seed.parent / "seed-cache.lock"):
        if not done.exists():
            engine = Engine.load()  # WHATCAUSES_CACHE_DIR is this worker's cache dir
            engine.interpret("warm the lexicon cache")
            _copy_caches(cache, seed)
            done.touch()
    _copy_caches(seed, cache)


def _copy_caches(source: Path, target: Path) -> None:
    """Every finished cache file of ``source`` (temporary files and marks skipped)."""
    for path in source.iterdir():
        finished = path.is_file() and path.name != "complete" and not path.name.startswith(".")
        if finished and not (target / path.name).exists():
            shutil.copy2(path, target / path.name)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "phenopackets-dev.jsonl.gz").exists():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


def run_cli(args: list[str], env: dict[str, str], stdin: bytes | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """Run the installed `whatcauses` console script as a user would."""
    # The script beside this interpreter first: the venv need not be activated.
    beside = Path(sys.executable).parent / "whatcauses"
    exe = str(beside) if beside.exists() else shutil.which("whatcauses")
    assert exe, "the whatcauses console script is not installed"
    return subprocess.run([exe, *args], env=env, input=stdin, capture_output=True,
                          timeout=timeout, check=False)


@pytest.fixture(scope="session")
def cli_env(engine: Engine) -> dict[str, str]:
    """The test session's environment for CLI runs: its cache dir, warm (data and lexicon)."""
    engine.interpret("warm the lexicon cache")
    env = dict(os.environ)
    cache = engine.knowledge.cache_file
    assert cache is not None
    env["WHATCAUSES_CACHE_DIR"] = str(cache.parent)
    env["WHATCAUSES_DATA_DIR"] = str(cache.parent.parent / "cli-data")
    env.pop("COLUMNS", None)
    return env


# Property tests draw the same examples on every run (a CI failure is reproducible, a pass is
# not luck); `HYPOTHESIS_PROFILE=explore` draws new ones when hunting for bugs.
settings.register_profile("deterministic", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
