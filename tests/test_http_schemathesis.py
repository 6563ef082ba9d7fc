"""Property-based tests of the HTTP API against its own OpenAPI schema (schemathesis).

Generated requests, valid and invalid, must never produce a server error, and every answer
(errors included) must match the documented status codes, content type and response schema.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from whatcauses.engine import Engine
from whatcauses.http.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # schemathesis' import-time deprecation chatter
    import schemathesis
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
]


# The schema needs no engine; the engine is handed over per module below, because the ASGI
# transport does not run the lifespan (and the session's engine is shared with other tests).
APP = create_app(engine_factory=Engine.load)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
# A route whose engine method is not written yet answers a deliberate 503; leave it out until
# the method exists (tests/test_http_api.py checks that 503).
_ROUTES = {"ask": "/api/ask", "explain": "/api/diseases/{disease_id}", "search_terms": "/api/terms"}
_MISSING = [path for name, path in _ROUTES.items() if not hasattr(Engine, name)]
if _MISSING:
    schema = schema.exclude(path=_MISSING)


REQUEST_TIMEOUT_SECONDS = 120


@pytest.fixture(scope="module", autouse=True)
def _loaded(engine: Engine) -> None:
    APP.state.engine = engine


@schema.parametrize()
@settings(
    # bench/reliability.py runs the long pass (over 1,000 cases); this keeps the suite short.
    max_examples=15,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_never_fails_and_keeps_its_schema(case: Any) -> None:
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
        # schemathesis' default is 10 s a request; a full report (/api/report) took longer on
        # a 2-core machine at load 20, and CI's machine is often busy: a slow answer is no
        # failure of the schema.
        timeout=REQUEST_TIMEOUT_SECONDS,
    )
