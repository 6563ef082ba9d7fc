"""The HTTP API and the web page, as one FastAPI app: ``create_app()``.

The engine is loaded once per process in the lifespan handler (in a worker thread, so the
event loop stays free) and shared by every request: it is immutable after load, so requests
never wait for each other on it. Ranking is CPU-bound numpy work, so the routes that touch the
engine are plain ``def`` functions, which FastAPI runs in its threadpool.

Every error leaves as ``{"error": {"code", "message", "details"}}``; the mapping from the
exception tree of :mod:`whatcauses.errors` to status codes lives in :func:`_status_of` only.

The outermost layer (:class:`Edge`) gives every response, errors included, the security
headers, answers HEAD and OPTIONS on every route, and refuses query strings that are not
UTF-8. Request bounds (``top``, the question's length) are the engine's own
(:mod:`whatcauses.limits`), checked with its messages, so the CLI, Python and HTTP agree.

The module is somewhat over 500 lines because the edge (headers, HEAD/OPTIONS, query-string
checks), the error mapping and the API routes share one set of limits; the interview, report
and readiness routes live in modules of their own.
"""

import logging
import os
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, fields
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import unquote_to_bytes

import anyio.to_thread
import orjson
from fastapi import APIRouter, Body, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from whatcauses.engine import Engine
from whatcauses.errors import (
    InputError,
    QuestionError,
    UnknownDiseaseError,
    WhatcausesError,
)
from whatcauses.http.ready import router as ready_router
from whatcauses.http.schemas import (
    AskModel,
    DiseaseModel,
    DiseaseSearchModel,
    ErrorResponse,
    HealthModel,
    InfoModel,
    Phenopacket,
    RankBody,
    RankingModel,
    TermsModel,
)
from whatcauses.limits import MAX_ASK_TOP, MAX_QUESTION_CHARS, MAX_RANK_TOP, check_top
from whatcauses.version import __version__

log = logging.getLogger("whatcauses.http")

STATIC_DIR = Path(str(files("whatcauses.http") / "static"))
_ERROR_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    503: "not_available",
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse} for status in (400, 404, 413, 422, 503)
}
# The page needs nothing from elsewhere (it must work offline); citation links are navigations.
_PAGE_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# On every response, the API's and the assets' too: a JSON body must never be sniffed into
# HTML or framed; and the page's URL holds the question, which no citation link may pass on
# as a Referer.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", _PAGE_POLICY.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may ask for. Each can be set by ``WHATCAUSES_HTTP_<NAME>`` (upper case).

    The question's length and ``top`` are bounded by the engine itself (the same for the CLI,
    Python and HTTP, :mod:`whatcauses.limits`); ``max_top`` can only lower ``top``'s bound.
    """

    max_body_bytes: int = 256 * 1024
    max_top: int = MAX_RANK_TOP
    max_term_query_chars: int = 100
    max_term_results: int = 50
    # Threads that may run engine work at once in one process (anyio's default is 40). The
    # work is CPU-bound numpy under the GIL: many threads add no throughput but make each
    # request wait on GIL hand-offs (in process, 8 threads answered half as many questions per
    # second as 1). Two keep a slow request from holding up the next one; requests beyond that
    # wait their turn in the event loop. Scale with `serve --workers`.
    compute_threads: int = 2

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Limits":
        env = os.environ if environ is None else environ
        values: dict[str, int] = {}
        for item in fields(cls):
            name = f"WHATCAUSES_HTTP_{item.name.upper()}"
            raw = env.get(name)
            if raw is None:
                continue
            try:
                values[item.name] = int(raw)
            except ValueError:
                raise InputError(f"{name} must be an integer, not {raw!r}") from None
            if values[item.name] < 1:
                raise InputError(f"{name} must be at least 1")
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        return {
            f"WHATCAUSES_HTTP_{f.name.upper()}": str(getattr(self, f.name)) for f in fields(self)
        }


# ---- errors: one place maps exceptions to statuses ----


def _status_of(exc: WhatcausesError) -> int:
    if isinstance(exc, UnknownDiseaseError):
        return 404
    if isinstance(exc, InputError):
        return 400
    # Data problems are the server's, not the caller's: the service cannot answer right now.
    return 503


def error_response(status: int, code: str, message: str, details: Any = None) -> Response:
    return json_response({"error": {"code": code, "message": message, "details": details}},
                         status)


def _handle_whatcauses(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, WhatcausesError)
    return error_response(_status_of(exc), exc.code, str(exc))


def _handle_http(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    response = error_response(
        exc.status_code, _ERROR_CODES.get(exc.status_code, "http_error"), message
    )
    if exc.headers:
        response.headers.update(exc.headers)
    return response


def _handle_validation(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"location": [str(p) for p in e.get("loc", ())], "message": e.get("msg", ""),
         "type": e.get("type", "")}
        for e in exc.errors()
    ]
    if any(d["type"] == "json_invalid" for d in details):
        return error_response(422, "invalid_json", "the request body is not valid JSON", details)
    first = details[0] if details else {"location": [], "message": "invalid request"}
    where = ".".join(first["location"][1:] or first["location"]) or "request"
    return error_response(422, "invalid_request", f"{where}: {first['message']}", details)


def _handle_unexpected(_: Request, exc: Exception) -> Response:
    # The traceback goes to the server log, never to the client.
    log.error("unhandled error", exc_info=exc)
    return error_response(500, "internal_error", "internal error; see the server log")


# ---- request body size ----


class BodyLimit:
    """Refuse request bodies above ``max_bytes`` with a JSON 413, before any parsing."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in {"GET", "HEAD", "OPTIONS"}:
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, receive, send)
            return
        # Chunked bodies carry no length: read up to the limit, then replay to the app.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        pending: list[Message] = [
            {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        ]

        async def replay() -> Message:
            return pending.pop() if pending else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(
            413, "body_too_large", f"the request body is over {self.max_bytes} bytes"
        )
        await response(scope, receive, send)


# ---- the edge: headers, HEAD, OPTIONS, UTF-8 ----


class Edge:
    """The outermost layer: security headers on every response, HEAD and OPTIONS on every
    route, and no query string that is not UTF-8 once percent-decoded.

    Starlette decodes a query string's bytes with replacement characters, so that
    ``q=%FF`` would reach a route as U+FFFD; the CLI refuses such input, and so does
    the API.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers += [h for h in SECURITY_HEADERS if h[0] not in present]
                message = {**message, "headers": headers}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        if not _is_utf8_query(scope.get("query_string", b"")):
            response = error_response(400, "bad_input", "the query string is not UTF-8 text")
            await response(scope, receive, send_secured)
            return
        if scope["method"] == "OPTIONS":
            allowed = await self._allowed_methods(scope, receive)
            if allowed is not None:
                await Response(status_code=204, headers={"Allow": allowed})(
                    scope, receive, send_secured)
                return
        elif head:  # a GET whose body is not sent; its length and type are
            scope = {**scope, "method": "GET"}
        await self.app(scope, receive, send_secured)

    async def _allowed_methods(self, scope: Scope, receive: Receive) -> str | None:
        """The methods a path takes, from the router's own 405 answer to OPTIONS (no route
        takes OPTIONS, so no handler runs); ``None`` when the path is not a route."""
        answer: dict[str, Any] = {}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                answer["allow"] = dict(message.get("headers", ())).get(b"allow", b"")

        await self.app(scope, receive, capture)
        if answer.get("status") != 405:
            return None
        methods = {m.strip().upper() for m in answer["allow"].decode("latin-1").split(",")}
        methods.discard("")
        if "GET" in methods:
            methods.add("HEAD")
        return ", ".join(sorted(methods | {"OPTIONS"}))


def _is_utf8_query(raw: bytes) -> bool:
    if b"%" not in raw:
        return True  # uvicorn hands over the request line's bytes, which are ASCII
    try:
        unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class _App(FastAPI):
    """FastAPI with :class:`Edge` outside everything, its own error middleware included, so
    that even a 500 carries the security headers."""

    def build_middleware_stack(self) -> ASGIApp:
        return Edge(super().build_middleware_stack())


# ---- helpers ----


# numpy scalars (a float64 that slipped into a payload) and non-text keys are written as the
# standard library would write them.
_ORJSON_OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


def _json_default(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def json_response(payload: Any, status: int = 200) -> Response:
    """Serialise a ``to_dict()`` payload as is (its shape is the documented response model).

    orjson: several times faster than the standard library on the large answers, and JSON has
    no NaN or Infinity, which it writes as null.
    """
    body = orjson.dumps(payload, default=_json_default, option=_ORJSON_OPTIONS)
    return Response(body, status_code=status, media_type="application/json")


def _as_dict(item: Any) -> dict[str, Any]:
    if hasattr(item, "to_dict"):
        result: dict[str, Any] = item.to_dict()
        return result
    return dict(item)


async def get_engine(request: Request) -> Engine:
    """The engine of this process (tests may swap it with ``app.dependency_overrides``).

    ``async`` on purpose: a plain ``def`` dependency would cost every request an extra trip
    through the threadpool, for a mere attribute read.
    """
    engine: Engine | None = getattr(request.app.state, "engine", None)
    if engine is None:
        raise HTTPException(503, "the engine is not loaded yet")
    return engine


def _warm_up(engine: Engine) -> None:
    """Pay the lazy first-use costs (text decoding, lexicon) before the first request does."""
    try:
        engine.rank(["HP:0001250"], top=1)
        engine.search_terms("stiff", 1)
        engine.ask("What causes muscle stiffness?", top=1)
    except Exception:  # a warm-up failure must not stop the service; the request will report it
        log.warning("engine warm-up failed", exc_info=True)


# ---- routes ----

EngineDep = Annotated[Engine, Depends(get_engine)]


def _api_router(limits: Limits) -> APIRouter:
    router = APIRouter(prefix="/api", responses=_ERRORS)
    # Bounds are checked by check_top (the engine's message, a 400); the schema states them.
    rank_top = min(limits.max_top, MAX_RANK_TOP)
    ask_top = min(limits.max_top, MAX_ASK_TOP)
    rank_top_param = Query(description=f"How many candidates (1-{rank_top}).",
                           json_schema_extra={"minimum": 1, "maximum": rank_top})
    ask_top_param = Query(description=f"How many candidates (1-{ask_top}).",
                          json_schema_extra={"minimum": 1, "maximum": ask_top})

    # Cheap routes are coroutines (no threadpool trip); those that compute are plain functions,
    # which FastAPI runs in its threadpool so that the event loop stays free.
    @router.get("/health", response_model=HealthModel, tags=["service"])
    async def health(engine: EngineDep) -> Response:
        return json_response({"status": "ok"})

    @router.get("/info", response_model=InfoModel, tags=["service"])
    async def info(engine: EngineDep) -> Response:
        details = engine.info().to_dict()
        details.pop("cache_file", None)  # a server path is none of a client's business
        return json_response(details)

    @router.get("/ask", response_model=AskModel, tags=["answers"])
    def ask(
        engine: EngineDep,
        q: Annotated[str, Query(
            min_length=1, description="A question in plain words (the engine's length limit).",
            json_schema_extra={"maxLength": MAX_QUESTION_CHARS})],
        top: Annotated[int, ask_top_param] = 10,
    ) -> Response:
        """Parse a question and answer it: the same JSON as ``whatcauses ask --json``."""
        if not q.strip():
            raise QuestionError("the question is empty")
        answer = engine.ask(q, top=check_top(top, ask_top))
        return json_response(_as_dict(answer))

    @router.post("/rank", response_model=RankingModel, tags=["answers"])
    def rank(
        engine: EngineDep,
        body: Annotated[RankBody, Body(
            description="HPO ids present/excluded (with age, sex), or a GA4GH phenopacket.",
            openapi_examples={
                "findings": {"value": {"present": ["HP:0002063", "HP:0003552"],
                                       "excluded": ["HP:0001250"], "age": 40}},
                "phenopacket": {"value": {"id": "case-1", "subject": {"sex": "FEMALE"},
                                          "phenotypicFeatures": [{"type": {"id": "HP:0002063"}}]}},
            },
        )],
        top: Annotated[int, rank_top_param] = 10,
    ) -> Response:
        """Rank every annotated disease: the same JSON as ``whatcauses rank --json``."""
        check_top(top, rank_top)
        if isinstance(body, Phenopacket):
            from whatcauses.phenopackets import read_phenopacket

            case = read_phenopacket(body.model_dump(mode="json", exclude_none=True))
            ranking = engine.rank(case.present, case.excluded, age=case.age, sex=case.sex,
                                  top=top)
        else:
            ranking = engine.rank(body.present, body.excluded, or_groups=body.or_groups,
                                  age=body.age, sex=body.sex, top=top,
                                  categories=body.categories, prior=body.prior)
        return json_response(ranking.to_dict())

    @router.get("/diseases/{disease_id}", response_model=DiseaseModel, tags=["answers"])
    def disease(
        engine: EngineDep,
        disease_id: Annotated[str, PathParam(max_length=40, examples=["OMIM:184850"],
                                             description="OMIM:123456, ORPHA:1234 or DECIPHER:12")],
    ) -> Response:
        """A disease and its annotations: the same JSON as ``whatcauses explain --json``."""
        engine.knowledge.disease_index(disease_id)  # unknown -> UnknownDiseaseError -> 404
        explanation = engine.explain(disease_id)
        return json_response(_as_dict(explanation))

    @router.get("/terms", response_model=TermsModel, tags=["terms"])
    def terms(
        engine: EngineDep,
        q: Annotated[str, Query(min_length=1, max_length=limits.max_term_query_chars,
                                description="Start of a term name or synonym.")],
        limit: Annotated[int, Query(ge=1, le=limits.max_term_results)] = 10,
    ) -> Response:
        """HPO terms whose name or synonym matches ``q``, for autocomplete."""
        found = engine.search_terms(q, limit) if q.strip() else []
        return json_response({"query": q, "terms": [_as_dict(t) for t in found]})

    @router.get("/diseases", response_model=DiseaseSearchModel, tags=["terms"])
    def diseases(
        engine: EngineDep,
        q: Annotated[str, Query(min_length=1, max_length=limits.max_term_query_chars,
                                description="Words of a disease name or everyday name.")],
        limit: Annotated[int, Query(ge=1, le=limits.max_term_results)] = 10,
    ) -> Response:
        """Diseases whose name or everyday name matches ``q`` ("heart attack", "lupus")."""
        found = engine.search_diseases(q, limit) if q.strip() else []
        return json_response({"query": q, "diseases": [h.to_dict() for h in found]})

    return router


def create_app(
    engine_factory: Callable[[], Engine] | None = None, limits: Limits | None = None
) -> FastAPI:
    """The app; ``engine_factory`` (default :meth:`Engine.load`) runs once, at startup."""
    chosen = limits or Limits.from_env()

    def load() -> Engine:
        return engine_factory() if engine_factory is not None else Engine.load()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = chosen.compute_threads
        engine = await anyio.to_thread.run_sync(load)
        await anyio.to_thread.run_sync(_warm_up, engine)
        app.state.engine = engine
        yield
        app.state.engine = None

    app = _App(
        title="whatcauses",
        version=__version__,
        summary="What causes this? Ranked, cited answers from the Human Phenotype Ontology.",
        description="Not medical advice. Every error is `{\"error\": {\"code\", \"message\", "
        "\"details\"}}` with a 4xx status for bad input.",
        lifespan=lifespan,
        # The interactive docs pages load their scripts from a CDN; this server works offline.
        docs_url=None,
        redoc_url=None,
    )
    app.state.engine = None
    app.state.limits = chosen
    app.add_exception_handler(WhatcausesError, _handle_whatcauses)
    app.add_exception_handler(HTTPException, _handle_http)
    app.add_exception_handler(RequestValidationError, _handle_validation)
    app.add_exception_handler(Exception, _handle_unexpected)
    app.add_middleware(BodyLimit, max_bytes=chosen.max_body_bytes)
    app.include_router(_api_router(chosen))
    app.include_router(ready_router)  # GET /api/ready, for load balancers (http/ready.py)
    from whatcauses.http.interview import interview_router  # imports this module: not at top

    app.include_router(interview_router(chosen))

    @app.get("/", include_in_schema=False)
    def page() -> Response:
        return FileResponse(
            STATIC_DIR / "index.html",
            headers={"Content-Security-Policy": _PAGE_POLICY, "Cache-Control": "no-cache"},
        )

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def app_from_env() -> FastAPI:
    """The factory ``whatcauses serve --workers N`` hands to uvicorn (limits from the env)."""
    return create_app()


__all__ = ["Limits", "app_from_env", "create_app", "get_engine"]
