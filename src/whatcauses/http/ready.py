"""``GET /api/ready``: may a load balancer send this replica traffic, and on what data?

200 with the data release and the cache state once the engine is loaded (and warmed up); 503
with ``"ready": false`` before that and while shutting down. ``/api/health`` says the process
answers at all; this route is the one for readiness probes: replicas are stateless and their
data is read-only, so a replica that is ready can take any request. Server paths are not shown.
"""

from __future__ import annotations

import os
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from whatcauses.engine import Engine
from whatcauses.http.schemas import ErrorResponse
from whatcauses.knowledge.sources import cache_dir
from whatcauses.version import __version__


class CacheState(BaseModel):
    knowledge: Literal["cached", "in memory"] = Field(
        description="cached: the compiled data is memory-mapped from the cache file; in memory: "
                    "the cache file could not be written, so each start compiles the data.")
    lexicon: Literal["loaded", "not loaded"] = Field(
        description="The question reader's lexicon (loaded at start-up, before the first ask).")
    directory_writable: bool = Field(
        description="Whether this replica may write its cache directory (a read-only one is "
                    "fine when the image was built with its cache).")


class ReadyModel(BaseModel):
    ready: bool
    version: str
    data_release: str | None
    data_source: str | None
    cache: CacheState | None


def readiness(engine: Engine | None) -> tuple[int, ReadyModel]:
    """The readiness of a replica whose engine is ``engine`` (``None`` while loading)."""
    if engine is None:
        return 503, ReadyModel(ready=False, version=__version__, data_release=None,
                               data_source=None, cache=None)
    info = engine.info()
    cache_file = engine.knowledge.cache_file
    directory = cache_dir()
    cache = CacheState(
        knowledge="cached" if cache_file is not None and cache_file.is_file() else "in memory",
        # The engine builds its question reader once, on first use (a cached property).
        lexicon="loaded" if "reader" in vars(engine) else "not loaded",
        directory_writable=directory.is_dir() and os.access(directory, os.W_OK),
    )
    return 200, ReadyModel(ready=True, version=__version__, data_release=info.data_release,
                           data_source=info.data_source, cache=cache)


router = APIRouter(prefix="/api", tags=["service"])


@router.get("/ready", response_model=ReadyModel, responses={
    **{status: {"model": ErrorResponse} for status in (400, 404, 422)},
    503: {"model": ReadyModel, "description": "Not ready: loading, or shutting down."},
})
async def ready(request: Request) -> JSONResponse:
    """Readiness for load balancers: data release and cache state; 503 until loaded."""
    status, body = readiness(getattr(request.app.state, "engine", None))
    return JSONResponse(body.model_dump(), status_code=status)
