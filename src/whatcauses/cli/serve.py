"""``whatcauses serve``: the HTTP API and the web page on uvicorn.

FastAPI and uvicorn are imported only here, inside the command, so that `whatcauses rank`
does not pay for them. Every limit has a default (below, in ``--help``) and can also be set
in the environment: ``WHATCAUSES_HTTP_<NAME>`` for what one request may ask
(:class:`whatcauses.http.app.Limits`), ``WHATCAUSES_SERVE_<NAME>`` for connections
(:class:`whatcauses.http.server.ServerLimits`); an option given on the command line wins.
"""

from __future__ import annotations

import os
import socket
from typing import Annotated, Any

from whatcauses.cli.options import LogLevel, LogLevelOption, option

# The limits' options default to None: "the environment's value, else the default of Limits /
# ServerLimits". Their help repeats those defaults (a test keeps them equal), since importing
# the classes here would load FastAPI and uvicorn for every command.


def serve(
    host: Annotated[str, option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, option(min=0, max=65535, help="TCP port (0: any free).")] = 8000,
    workers: Annotated[
        int, option(min=1, max=64, help="Worker processes, each with its own engine.")
    ] = 1,
    max_body_bytes: Annotated[
        int | None, option(min=1, help="Largest request body accepted (default 262144).")
    ] = None,
    max_top: Annotated[
        int | None,
        option(min=1, help="Most candidates one request may ask for (default 500); it only "
                           "lowers the engine's own bounds (rank 500, ask 100)."),
    ] = None,
    request_timeout: Annotated[
        float | None,
        option(min=0.1, help="Seconds a connection has to send a whole request (default 10)."),
    ] = None,
    keep_alive: Annotated[
        float | None, option(min=0.1, help="Seconds an idle connection stays open (default 5).")
    ] = None,
    max_connections: Annotated[
        int | None,
        option(min=1, help="Connections plus running requests per worker before new requests "
                           "get a 503 (default 512)."),
    ] = None,
    backlog: Annotated[
        int | None, option(min=1, help="Connections the kernel queues (default 2048).")
    ] = None,
    access_log: Annotated[
        bool, option("--access-log/--no-access-log", help="Log every request.")
    ] = True,
    log_level: LogLevelOption = LogLevel.info,
) -> None:
    """Serve the JSON API (/api/..., schema at /openapi.json) and the web page (/).

    Limits can also be set in the environment (WHATCAUSES_HTTP_MAX_TOP,
    WHATCAUSES_SERVE_REQUEST_TIMEOUT, ...; an option wins).

    Examples:
    $ whatcauses serve
    $ whatcauses serve --host 0.0.0.0 --port 8080 --workers 2 --no-access-log
    """
    from dataclasses import replace

    import uvicorn

    from whatcauses.http.app import Limits, create_app
    from whatcauses.http.server import ServerLimits

    given: dict[str, Any] = {"max_body_bytes": max_body_bytes, "max_top": max_top}
    limits = replace(Limits.from_env(), **{k: v for k, v in given.items() if v is not None})
    connection: dict[str, Any] = {"request_timeout": request_timeout, "keep_alive": keep_alive,
                  "max_connections": max_connections, "backlog": backlog}
    server_limits = replace(ServerLimits.from_env(),
                            **{k: v for k, v in connection.items() if v is not None})
    # The protocol classes (in every worker) read their limits from the environment.
    os.environ.update(server_limits.to_env())
    options = {"host": host, "port": port, "access_log": access_log,
               "log_level": log_level.value, **server_limits.uvicorn_options()}
    if workers == 1:
        uvicorn.run(create_app(limits=limits), **options)
        return
    # Several processes need an import string; each worker reads the limits from its env.
    os.environ.update(limits.to_env())
    app = "whatcauses.http.app:app_from_env"
    from whatcauses.http import workers as per_worker

    if not per_worker.reuse_port_supported():
        _listen_without_nagle(uvicorn.Config)
        uvicorn.run(app, factory=True, workers=workers, **options)
        return
    # A listening socket per worker, so that the kernel spreads connections evenly.
    reserved = per_worker.reserve_address(host, port)
    options["port"] = reserved.getsockname()[1]
    per_worker.run_workers(uvicorn.Config(app, factory=True, workers=workers, **options),
                           reserved)


def _listen_without_nagle(config_class: Any) -> None:
    """Make uvicorn's shared listening socket (``--workers`` > 1) hand out TCP_NODELAY sockets.

    uvicorn opens that socket with protocol 0, so asyncio does not recognise the accepted
    connections as TCP and leaves Nagle's algorithm on: every response, written as head then
    body, then waits for the client's delayed ACK (~40 ms on Linux). Linux copies TCP_NODELAY
    from a listening socket to the sockets it accepts, so setting it there is enough.
    """
    original = getattr(config_class, "bind_socket", None)
    if original is None or getattr(original, "_whatcauses_nodelay", False):
        return

    def bind_socket(self: Any) -> socket.socket:
        sock: socket.socket = original(self)
        if sock.family in {socket.AF_INET, socket.AF_INET6}:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    bind_socket._whatcauses_nodelay = True  # type: ignore[attr-defined]
    config_class.bind_socket = bind_socket
