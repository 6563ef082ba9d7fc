"""Several worker processes, each with a listening socket of its own (``SO_REUSEPORT``).

uvicorn's ``--workers`` binds one socket in the supervisor and hands it to every worker. Each
worker's event loop then accepts *every* pending connection when it wakes (asyncio takes up
to ``backlog`` connections a wake-up), so a burst of keep-alive connections, such as a load
balancer's or a benchmark client's pool, often lands on one worker while the other idles:
measured runs of ``bench/load.py`` flipped between about 80 and 190 ask requests a second on
the same code, and the slow runs had one busy worker.

With ``SO_REUSEPORT`` (Linux 3.9+) each worker binds a socket of its own to the same address
and the kernel spreads new connections over them by a hash of the client's address and
port, so the pool is shared evenly whatever the timing. The supervisor stays uvicorn's
(restart of a dead worker, SIGINT/SIGTERM, SIGHUP, SIGTTIN/SIGTTOU); only the socket a worker
listens on changes, and a replacement worker binds a new one.

The supervisor holds the address, bound but not listening, for the server's lifetime: it
reserves the port (``--port 0`` gets its number there) and a socket that does not listen gets
no connections. Before that, the address is bound once *without* ``SO_REUSEPORT``, so that a
port another server already listens on is refused with a clear message instead of silently
shared with it.

Elsewhere (no ``SO_REUSEPORT``, or macOS and the BSDs, whose ``SO_REUSEPORT`` does not
spread connections) the shared socket of uvicorn is used as before.
"""

from __future__ import annotations

import socket
import sys

from uvicorn.config import Config
from uvicorn.supervisors import multiprocess

from whatcauses.errors import InputError


def reuse_port_supported() -> bool:
    """True where the kernel spreads connections over sockets sharing a port (Linux)."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def _reuse_port_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(_family(host), socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    # Linux copies TCP_NODELAY from a listening socket to those it accepts (see
    # cli/serve.py: without it, a response written as head then body waits ~40 ms for the
    # client's delayed ACK).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    return sock


def reserve_address(host: str, port: int) -> socket.socket:
    """The supervisor's hold on ``host:port``: bound with ``SO_REUSEPORT``, not listening.

    Raises :class:`InputError` when the address is taken (or cannot be bound) by anyone,
    including another whatcauses server.
    """
    try:
        with socket.socket(_family(host), socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
            port = probe.getsockname()[1]
        return _reuse_port_socket(host, port)
    except OSError as error:
        raise InputError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


class ReusePortProcess(multiprocess.Process):
    """A uvicorn worker that binds its own ``SO_REUSEPORT`` socket to the configured address
    when it starts (in the child, so a replacement worker gets a fresh socket)."""

    def target(self, sockets: list[socket.socket] | None = None) -> None:  # pragma: no cover
        # Runs in the worker process (coverage is not collected there).
        own = _reuse_port_socket(self.config.host, self.config.port)
        own.set_inheritable(True)
        super().target([own])


def run_workers(config: Config, reserved: socket.socket) -> None:
    """Run ``config.workers`` workers under uvicorn's supervisor, each on its own socket.

    ``reserved`` is :func:`reserve_address`'s socket; ``config.port`` must be its port.
    """
    # uvicorn's supervisor creates its workers through this module-level name in four places
    # (start, restart on SIGHUP, replacement of a dead worker, SIGTTIN) with no hook of its
    # own; this process is the supervisor of `whatcauses serve` and nothing else.
    multiprocess.Process = ReusePortProcess  # type: ignore[misc]
    host, port = reserved.getsockname()[:2]
    scheme_host = f"[{host}]" if ":" in host else host
    multiprocess.logger.info(
        "Uvicorn running on http://%s:%d with a socket per worker (Press CTRL+C to quit)",
        scheme_host, port)
    try:
        multiprocess.Multiprocess(config, sockets=[]).run()
    finally:
        reserved.close()


__all__ = ["ReusePortProcess", "reserve_address", "reuse_port_supported", "run_workers"]
