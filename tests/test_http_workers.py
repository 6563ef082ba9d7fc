"""`whatcauses serve --workers N`: a listening socket per worker, spread by the kernel.

Checked on a real server: N sockets listen on the port (uvicorn's shared socket shows as
one), connections on fresh sockets are all answered, a worker killed with SIGKILL is replaced
with a socket of its own, and a port that a server already holds is refused in one line.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from whatcauses.engine import Engine
from whatcauses.http.workers import reserve_address, reuse_port_supported

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not reuse_port_supported(), reason="SO_REUSEPORT spreads only on Linux"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _listeners(port: int) -> int:
    """Sockets in LISTEN state on ``port`` (IPv4), from the kernel's own table."""
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":
            count += 1
    return count


def _wait_for(condition: object, what: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _workers(parent: int) -> list[int]:
    """The supervisor's worker processes (multiprocessing's resource tracker left out)."""
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(stat[1]) == parent and stat[0] != "Z" and b"spawn_main" in command:
                children.append(int(entry.name))
    return children


def _exe() -> str:
    beside = Path(sys.executable).with_name("whatcauses")
    exe = str(beside) if beside.exists() else shutil.which("whatcauses")
    assert exe, "the whatcauses console script is not installed"
    return exe


@pytest.fixture(scope="module")
def env(engine: Engine) -> dict[str, str]:
    cache = engine.knowledge.cache_file
    assert cache is not None
    values = dict(os.environ)
    values["WHATCAUSES_CACHE_DIR"] = str(cache.parent)
    values["WHATCAUSES_DATA_DIR"] = str(cache.parent.parent / "workers-data")
    return values


@pytest.fixture(scope="module")
def two_workers(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = _free_port()
    log = tmp_path_factory.mktemp("workers") / "serve.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [_exe(), "serve", "--port", str(port), "--workers", "2", "--no-access-log",
             "--log-level", "warning"],
            env=env, stdout=sink, stderr=subprocess.STDOUT)
    try:
        _wait_for(lambda: process.poll() is not None or _listeners(port) == 2,
                  "two listening sockets")
        assert process.poll() is None, log.read_text()[-2000:]
        yield process, port
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _answered_on_fresh_connections(port: int, count: int) -> list[int]:
    statuses = []
    for _ in range(count):
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            statuses.append(client.get("/api/health").status_code)
    return statuses


def test_each_worker_listens_on_a_socket_of_its_own(
        two_workers: tuple[subprocess.Popen[bytes], int]) -> None:
    _, port = two_workers
    assert _listeners(port) == 2
    assert _answered_on_fresh_connections(port, 20) == [200] * 20


def test_a_killed_worker_is_replaced_with_its_own_socket(
        two_workers: tuple[subprocess.Popen[bytes], int]) -> None:
    process, port = two_workers
    before = _workers(process.pid)
    assert len(before) == 2
    os.kill(before[0], signal.SIGKILL)
    _wait_for(lambda: before[0] not in _workers(process.pid)
              and len(_workers(process.pid)) == 2 and _listeners(port) == 2,
              "a replacement worker listening")
    assert _answered_on_fresh_connections(port, 20) == [200] * 20


def test_a_port_in_use_is_refused_in_one_line(
        two_workers: tuple[subprocess.Popen[bytes], int], env: dict[str, str]) -> None:
    _, port = two_workers
    result = subprocess.run([_exe(), "serve", "--port", str(port), "--workers", "2"],
                            env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: cannot listen on 127.0.0.1:{port}: Address already in use")
    assert "Traceback" not in result.stdout + result.stderr


def test_the_reserved_address_takes_no_connections() -> None:
    reserved = reserve_address("127.0.0.1", 0)
    try:
        port = reserved.getsockname()[1]
        assert _listeners(port) == 0
        with pytest.raises(ConnectionRefusedError), \
                socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
    finally:
        reserved.close()
