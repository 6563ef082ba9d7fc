"""The server's connection limits, on a real uvicorn over loopback (the mini engine).

uvicorn alone keeps a connection that never finishes its request open for ever; with the
protocols of :mod:`whatcauses.http.server` each connection has ``request_timeout`` seconds to
deliver a whole request, and a request head is bounded.
"""

from __future__ import annotations

import json
import select
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from whatcauses.engine import Engine
from whatcauses.errors import InputError
from whatcauses.http.app import Limits, create_app
from whatcauses.http.server import HAVE_HTTPTOOLS, ServerLimits
from whatcauses.knowledge.sources import DataFiles

FIXTURES = Path(__file__).parent / "fixtures"

PROTOCOLS = ["whatcauses.http.server:H11ProtocolWithDeadline"]
if HAVE_HTTPTOOLS:
    PROTOCOLS.append("whatcauses.http.server:HttpToolsProtocolWithDeadline")
TIMEOUT = 1.0
# How long a check waits for what the server must do within TIMEOUT: without a deadline the
# connections stay open for ever, so a wide margin proves the same and keeps the tests steady
# on a machine busy with other work (3 x TIMEOUT failed at load 8).
PATIENCE = 10 * TIMEOUT


class SlowRanking:
    """The mini engine, with rankings that take longer than the request deadline."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def rank(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(TIMEOUT * 1.5)
        return self._engine.rank(*args, **kwargs)


@contextmanager
def _serving(protocol: str, limits: ServerLimits, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[int]:
    """A real uvicorn with ``limits`` on a free loopback port (the slow mini engine)."""
    with pytest.MonkeyPatch.context() as env:
        for name, value in limits.to_env().items():
            env.setenv(name, value)
        # Module scope runs before the per-test private dirs: name this module's own.
        env.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path_factory.mktemp("server-cache")))
        env.setenv("WHATCAUSES_DATA_DIR", str(tmp_path_factory.mktemp("server-data")))
        files = DataFiles(obo=FIXTURES / "mini.obo", hpoa=FIXTURES / "mini.hpoa", tag="mini")
        slow = SlowRanking(Engine.load(files))
        app = create_app(engine_factory=lambda: slow, limits=Limits())  # type: ignore[arg-type,return-value]
        options = {**limits.uvicorn_options(), "http": protocol}
        config = uvicorn.Config(app, log_level="error", loop="asyncio", **options)
        uv = uvicorn.Server(config)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        port: int = listener.getsockname()[1]
        thread = threading.Thread(target=uv.run, kwargs={"sockets": [listener]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 60
        while not uv.started:
            assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
            time.sleep(0.02)
        yield port
        uv.should_exit = True
        thread.join(10)
        listener.close()


@pytest.fixture(scope="module", params=PROTOCOLS, ids=lambda p: p.rsplit(":", 1)[1])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[int]:
    """One server per protocol for the module (each start loads an engine and warms it)."""
    limits = ServerLimits(request_timeout=TIMEOUT, keep_alive=TIMEOUT, max_head_bytes=4096)
    with _serving(request.param, limits, tmp_path_factory) as port:
        yield port


def _connect(port: int, data: bytes = b"") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port))
    if data:
        sock.sendall(data)
    return sock


def _closed_by_server(sock: socket.socket, within: float) -> bool:
    """True once the server closes the connection (any answer before the close is read)."""
    end = time.monotonic() + within
    while (left := end - time.monotonic()) > 0:
        ready, _, _ = select.select([sock], [], [], left)
        if not ready:
            continue
        try:
            if not sock.recv(65536):
                return True
        except ConnectionResetError:
            return True
    return False


def _request(port: int, head: bytes, body: bytes = b"") -> bytes:
    with _connect(port, head + body) as sock:
        sock.settimeout(3 * PATIENCE)
        reply = b""
        while b"\r\n\r\n" not in reply:
            reply += sock.recv(65536)
        return reply


def test_slow_and_stalled_connections_are_closed(server: int) -> None:
    stalled = [
        *(_connect(server) for _ in range(40)),  # connect, then nothing
        *(_connect(server, b"GET /api/health HTTP/1.1\r\nHost: x\r\n") for _ in range(40)),
        *(_connect(server, b"POST /api/rank HTTP/1.1\r\nHost: x\r\nContent-Type: "
                           b"application/json\r\nContent-Length: 100\r\n\r\n{") for _ in range(20)),
    ]
    # Meanwhile the server answers everyone else.
    assert _request(server, b"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n").startswith(
        b"HTTP/1.1 200")
    start = time.monotonic()
    still_open = [s for s in stalled if not _closed_by_server(s, PATIENCE - (time.monotonic()
                                                                                - start))]
    for sock in stalled:
        sock.close()
    assert not still_open, f"{len(still_open)} of {len(stalled)} stalled connections are open"


def test_a_slow_answer_is_not_cut_off(server: int) -> None:
    body = b'{"present": ["HP:0000201"]}'
    head = (b"POST /api/rank HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n")
    assert _request(server, head, body).startswith(b"HTTP/1.1 200")  # takes 1.5 x the deadline


def test_an_idle_keep_alive_connection_is_closed(server: int) -> None:
    with _connect(server, b"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n") as sock:
        assert _closed_by_server(sock, PATIENCE)


def _read_to_close(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    sock.settimeout(3 * PATIENCE)
    reply = b""
    while chunk := sock.recv(65536):
        reply += chunk
    return reply


def _json_400(port: int, request: bytes) -> dict[str, Any]:
    """The body of the 400 reply to ``request``, checked to be the API's JSON error with the
    security headers (the server closes the connection after it)."""
    with _connect(port, request) as sock:
        reply = _read_to_close(sock)
    head, _, body = reply.partition(b"\r\n\r\n")
    lines = head.lower().split(b"\r\n")
    assert lines[0].startswith(b"http/1.1 400"), reply[:200]
    assert b"content-type: application/json" in lines
    assert b"x-content-type-options: nosniff" in lines
    error: dict[str, Any] = json.loads(body)["error"]
    assert error["code"] == "bad_request" and error["message"]
    return error


def test_an_oversized_request_head_is_refused(server: int) -> None:
    head = b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"a" * 8000 + b"\r\n\r\n"
    _json_400(server, head)


def test_a_malformed_request_gets_a_json_400(server: int) -> None:
    _json_400(server, b"NOT A REQUEST LINE\r\n\r\n")


def test_limits_come_from_the_environment() -> None:
    limits = ServerLimits.from_env({"WHATCAUSES_SERVE_REQUEST_TIMEOUT": "2.5",
                                    "WHATCAUSES_SERVE_MAX_CONNECTIONS": "64"})
    assert (limits.request_timeout, limits.max_connections) == (2.5, 64)
    assert ServerLimits.from_env(limits.to_env()) == limits
    for raw in ("soon", "0", "-1"):
        with pytest.raises(InputError, match="WHATCAUSES_SERVE_REQUEST_TIMEOUT"):
            ServerLimits.from_env({"WHATCAUSES_SERVE_REQUEST_TIMEOUT": raw})


def test_serve_help_states_the_real_defaults() -> None:
    from tests.cli_runner import invoke

    text = " ".join(invoke(["serve", "--help"]).stdout.replace("│", " ").split())
    server, request = ServerLimits(), Limits()
    for number in (server.request_timeout, server.keep_alive, server.max_connections,
                   server.backlog, request.max_body_bytes, request.max_top):
        assert f"(default {number:g})" in text, number


def test_an_oversized_head_after_a_first_request_is_refused(server: int) -> None:
    with _connect(server, b"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n") as sock:
        sock.settimeout(10)
        reply = b""
        while b'{"status":"ok"}' not in reply:
            reply += sock.recv(65536)
        sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"a" * 8000
                     + b"\r\n\r\n")
        second = b""
        while b"\r\n\r\n" not in second:
            second += sock.recv(65536)
        assert second.startswith(b"HTTP/1.1 4")


@pytest.mark.parametrize("protocol", PROTOCOLS, ids=lambda p: p.rsplit(":", 1)[1])
def test_a_request_over_the_connection_limit_gets_a_json_503(
        protocol: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    # Long deadlines: the first connection must still be open when the second arrives, however
    # busy the machine (with the default 5 s keep-alive it once closed first at load 20).
    limits = ServerLimits(max_connections=2, request_timeout=120, keep_alive=120)
    health = b"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"
    # One connection open (the limit counts connections and running requests): the next
    # request is over the limit.
    with _serving(protocol, limits, tmp_path_factory) as port, _connect(port, health) as first:
        first.settimeout(10)
        assert first.recv(65536).startswith(b"HTTP/1.1 200")
        with _connect(port, health) as second:
            reply = _read_to_close(second)
    head, _, body = reply.partition(b"\r\n\r\n")
    headers = dict(line.split(b": ", 1) for line in head.lower().split(b"\r\n")[1:])
    assert head.startswith(b"HTTP/1.1 503")
    assert headers[b"content-type"] == b"application/json"
    assert headers[b"x-content-type-options"] == b"nosniff"
    assert int(headers[b"content-length"]) == len(body)
    error = json.loads(body)["error"]
    assert error["code"] == "overloaded" and error["message"] and error["details"] is None
