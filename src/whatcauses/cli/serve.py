"""``whatcauses serve``: the HTTP API and the web page on uvicorn.

FastAPI and uvicorn are imported only here, inside the command, so that `whatcauses rank`
does not pay for them.
"""

from __future__ import annotations

import os
import socket
from typing import Annotated, Any

from whatcauses.cli.options import LogLevel, LogLevelOption, option


def serve(
    host: Annotated[str, option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, option(min=0, max=65535, help="TCP port (0: any free).")] = 8000,
    workers: Annotated[
        int, option(min=1, max=64, help="Worker processes, each with its own engine.")
    ] = 1,
    max_question_chars: Annotated[
        int, option(min=1, help="Longest question accepted.")
    ] = 1000,
    max_body_bytes: Annotated[
        int, option(min=1, help="Largest request body accepted.")
    ] = 256 * 1024,
    max_top: Annotated[
        int, option(min=1, help="Most candidates one request may ask for.")
    ] = 100,
    access_log: Annotated[
        bool, option("--access-log/--no-access-log", help="Log every request.")
    ] = True,
    log_level: LogLevelOption = LogLevel.info,
) -> None:
    """Serve the JSON API (/api/..., schema at /openapi.json) and the web page (/).

    Examples:
    $ whatcauses serve
    $ whatcauses serve --host 0.0.0.0 --port 8080 --workers 2 --no-access-log
    """
    import uvicorn

    from whatcauses.http.app import Limits, create_app

    base = Limits.from_env()
    limits = Limits(
        max_question_chars=max_question_chars,
        max_body_bytes=max_body_bytes,
        max_top=max_top,
        max_term_query_chars=base.max_term_query_chars,
        max_term_results=base.max_term_results,
    )
    options = {"host": host, "port": port, "access_log": access_log,
               "log_level": log_level.value}
    if workers == 1:
        uvicorn.run(create_app(limits=limits), **options)  # type: ignore[arg-type]
        return
    # Several processes need an import string; each worker reads the limits from its env.
    os.environ.update(limits.to_env())
    _listen_without_nagle(uvicorn.Config)
    uvicorn.run(
        "whatcauses.http.app:app_from_env", factory=True, workers=workers,
        **options,  # type: ignore[arg-type]
    )


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

