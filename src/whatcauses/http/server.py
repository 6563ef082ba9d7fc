"""Serving the app on uvicorn: connection limits, and a request deadline uvicorn lacks.

uvicorn closes a keep-alive connection that stays idle, but it gives a client as long as it
likes to send a request: a connection that sends half a request line, or one header a minute,
is kept open for ever (500 such connections stayed open over a minute). The protocol classes
here close a connection that has not delivered a whole request (head and body) within
``request_timeout`` seconds of opening or of its previous response, and refuse a request head
over ``max_head_bytes``. Every limit has a documented default and can be set by
``WHATCAUSES_SERVE_<NAME>`` (upper case) or the matching ``whatcauses serve`` option.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

import h11
import orjson
from uvicorn.protocols.http import h11_impl
from uvicorn.protocols.http.h11_impl import H11Protocol

from whatcauses.errors import InputError
from whatcauses.http.app import SECURITY_HEADERS

try:
    from uvicorn.protocols.http import httptools_impl
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    HAVE_HTTPTOOLS = True
except ImportError:  # httptools is a dependency; h11 stays as the fallback
    HAVE_HTTPTOOLS = False


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """Connection limits of one ``whatcauses serve`` process (each worker has its own)."""

    # Seconds a connection has to deliver a whole request, from its opening or its previous
    # response: a slow or stalled client is cut off; a slow answer is not (the deadline stops
    # once the request is in).
    request_timeout: float = 10.0
    # Seconds an idle keep-alive connection stays open (uvicorn's timeout_keep_alive).
    keep_alive: float = 5.0
    # Open connections plus running requests per worker before new requests get a 503
    # (uvicorn's limit_concurrency): beyond it, requests would only queue for the CPU.
    max_connections: int = 512
    # Connections the kernel queues before this worker accepts them (listen backlog).
    backlog: int = 2048
    # Largest request head (request line and headers), in bytes: a URL holds a question of up
    # to 2,000 characters, percent-encoded (up to 12 bytes a character), with room to spare.
    max_head_bytes: int = 64 * 1024

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServerLimits:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for item in fields(cls):
            name = f"WHATCAUSES_SERVE_{item.name.upper()}"
            raw = env.get(name)
            if raw is None:
                continue
            kind = float if item.type in {"float", float} else int
            try:
                value = kind(raw)
            except ValueError:
                raise InputError(f"{name} must be a number, not {raw!r}") from None
            if not value > 0:
                raise InputError(f"{name} must be above 0, not {raw!r}")
            values[item.name] = value
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        return {f"WHATCAUSES_SERVE_{f.name.upper()}": str(getattr(self, f.name))
                for f in fields(self)}

    def uvicorn_options(self) -> dict[str, Any]:
        """The keyword arguments of ``uvicorn.run`` these limits set (the protocol included)."""
        return {
            "http": protocol_path(),
            "timeout_keep_alive": self.keep_alive,
            "limit_concurrency": self.max_connections,
            "backlog": self.backlog,
            "h11_max_incomplete_event_size": self.max_head_bytes,
        }


# ---- the answer to a request over the limit ----

OVERLOADED_BODY = (
    b'{"error":{"code":"overloaded","message":"the server is answering as many requests as it '
    b'can; try again shortly","details":null}}'
)


def _bad_request(message: str) -> bytes:
    """A whole 400 response (head and body) in the API's error shape, closing the connection."""
    body = orjson.dumps({"error": {"code": "bad_request", "message": message, "details": None}})
    head = [b"HTTP/1.1 400 Bad Request", b"content-type: application/json",
            b"content-length: " + str(len(body)).encode("ascii"), b"connection: close",
            *(name + b": " + value for name, value in SECURITY_HEADERS)]
    return b"\r\n".join(head) + b"\r\n\r\n" + body


async def service_unavailable(scope: Any, receive: Any, send: Any) -> None:
    """The 503 of a worker at ``max_connections``, in the API's error shape (uvicorn's own is
    the plain text "Service Unavailable"), with the security headers; the connection closes."""
    await send({
        "type": "http.response.start",
        "status": 503,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(OVERLOADED_BODY)).encode("ascii")),
            (b"connection", b"close"),
            (b"retry-after", b"1"),
            *SECURITY_HEADERS,
        ],
    })
    await send({"type": "http.response.body", "body": OVERLOADED_BODY, "more_body": False})


# uvicorn's protocols pick their 503 app by this module-level name when a request comes over
# ``limit_concurrency`` (inside the methods that read a request head, with no hook of their
# own), so the name is replaced in both protocol modules: this is the answer every server of
# this process gives at its limit (tests/test_http_server.py checks it on both protocols).
h11_impl.service_unavailable = service_unavailable  # type: ignore[attr-defined]
if HAVE_HTTPTOOLS:
    httptools_impl.service_unavailable = service_unavailable  # type: ignore[attr-defined]


def protocol_path() -> str:
    """httptools (C parser) when installed, else h11; both with the request deadline."""
    name = "HttpToolsProtocolWithDeadline" if HAVE_HTTPTOOLS else "H11ProtocolWithDeadline"
    return f"{__name__}:{name}"


class _Deadline:
    """A timer per connection that closes it when a whole request is not in on time, and a
    count of the bytes of the request head being received."""

    transport: asyncio.Transport
    loop: asyncio.AbstractEventLoop
    _deadline: asyncio.TimerHandle | None = None
    _limits: ServerLimits
    _head_bytes = 0

    # Shared by both protocols (each lists this class first, so super() reaches uvicorn's).
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._limits = ServerLimits.from_env()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to a request it cannot parse (a malformed request line, a bad
        header, a head over the bound), in the API's JSON error shape with the security
        headers instead of uvicorn's plain text; the connection closes as before."""
        self.transport.write(_bad_request(msg))
        self.transport.close()

    def _head_too_large(self, data: bytes) -> bool:
        """Count ``data`` towards the current request head; True once over the bound."""
        self._head_bytes += len(data)
        return self._head_bytes > self._limits.max_head_bytes

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self._limits.request_timeout, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()


class H11ProtocolWithDeadline(_Deadline, H11Protocol):
    """uvicorn's h11 protocol with the request deadline and a bound on the head (h11's own
    bound holds only for a head that arrives in pieces)."""

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE and self._head_too_large(data):
            self._disarm()
            self.send_400_response("Request head too large.")
            return
        super().data_received(data)

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state is not h11.IDLE:
            self._head_bytes = 0  # the head is in
        if self.conn.their_state in {h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR}:
            self._disarm()  # the request is in (or the connection is done with)

    def on_response_complete(self) -> None:
        self._arm()  # for the next request; handle_events stops it if one is already in
        super().on_response_complete()


if HAVE_HTTPTOOLS:

    class HttpToolsProtocolWithDeadline(_Deadline, HttpToolsProtocol):
        """uvicorn's httptools protocol with the request deadline and a bound on the head."""

        _head_done = False

        def data_received(self, data: bytes) -> None:
            if not self._head_done and self._head_too_large(data):
                self._disarm()
                self.send_400_response("Request head too large.")
                return
            super().data_received(data)

        def on_message_begin(self) -> None:
            self._head_done = False
            super().on_message_begin()

        def on_headers_complete(self) -> None:
            self._head_done = True
            self._head_bytes = 0
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self._disarm()
            super().on_message_complete()

        def on_response_complete(self) -> None:
            pipelined = bool(self.pipeline)  # a request already in: no deadline for it
            super().on_response_complete()
            if not pipelined and not self.transport.is_closing():
                self._head_done = False  # the next bytes start the next request's head
                self._arm()


__all__ = ["H11ProtocolWithDeadline", "ServerLimits", "protocol_path", "service_unavailable"]
