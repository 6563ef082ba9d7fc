"""The HTTP API, through the real app (lifespan included) on the real embedded data."""

from __future__ import annotations

import asyncio
import json
import math
import threading
import time
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError, InputError, QuestionError
from whatcauses.http.app import STATIC_DIR, Limits, create_app
from whatcauses.http.schemas import (
    AskModel,
    DiseaseModel,
    ErrorResponse,
    InfoModel,
    RankingModel,
    TermsModel,
)
from whatcauses.limits import MAX_ASK_TOP, MAX_QUESTION_CHARS, MAX_RANK_TOP

with warnings.catch_warnings():
    # Starlette asks for `httpx2`; the TestClient works as documented with httpx.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

SEED = "What autoimmune disease causes muscle stiffness?"
STIFF_PERSON = {"OMIM:184850", "ORPHA:3198"}


class SlowEngine:
    """The real engine with a delay on every ranking (a slow request)."""

    def __init__(self, engine: Engine, delay: float) -> None:
        self._engine = engine
        self.delay = delay

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def rank(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(self.delay)
        return self._engine.rank(*args, **kwargs)


@pytest.fixture(scope="module")
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(engine_factory=lambda: engine)) as test_client:
        yield test_client


def error_of(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    ErrorResponse.model_validate(body)
    assert set(body["error"]) == {"code", "message", "details"}
    assert "Traceback" not in response.text
    message: str = body["error"]["message"]
    assert message and "\n" not in message
    error: dict[str, Any] = body["error"]
    return error


# ---- service ----


def test_health_and_info(client: TestClient, engine: Engine) -> None:
    assert client.get("/api/health").json() == {"status": "ok"}
    info = client.get("/api/info").json()
    InfoModel.model_validate(info)
    assert info["data_release"] == engine.data_release == "2025-01-16"
    assert info["diseases"] > 12_000 and info["terms"] > 15_000
    assert "cache_file" not in info  # no server paths leak to clients


def test_engine_loads_once_at_startup_and_is_shared(engine: Engine) -> None:
    loads = []

    def factory() -> Engine:
        loads.append(1)
        return engine

    with TestClient(create_app(engine_factory=factory)) as test_client:
        assert loads == [1]  # loaded by the lifespan, before any request
        for _ in range(3):
            test_client.post("/api/rank", json={"present": ["HP:0002063"]})
        assert loads == [1]


def test_a_data_error_at_startup_stops_the_server() -> None:
    def broken() -> Engine:
        raise DataError("the embedded HPO data is missing")

    with pytest.raises(DataError), TestClient(create_app(engine_factory=broken)):
        pass


# ---- rank ----


def test_rank_is_the_json_of_rank_json(client: TestClient, engine: Engine) -> None:
    response = client.post(
        "/api/rank?top=5",
        json={
            "present": ["HP:0002063", "HP:0003552"],
            "excluded": ["HP:0001250"],
            "age": 45,
            "sex": "female",
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    RankingModel.model_validate(body)
    expected = engine.rank(
        ["HP:0002063", "HP:0003552"], ["HP:0001250"], age=45, sex="female", top=5
    ).to_dict()
    assert body == json.loads(json.dumps(expected))
    assert len(body["candidates"]) == 5
    assert body["query"]["excluded"] == ["HP:0001250"]


def test_rank_takes_a_phenopacket(client: TestClient, engine: Engine) -> None:
    packet = {
        "id": "case-1",
        "subject": {
            "id": "p1",
            "sex": "MALE",
            "timeAtLastEncounter": {"age": {"iso8601duration": "P40Y"}},
        },
        "phenotypicFeatures": [
            {"type": {"id": "HP:0002063", "label": "Rigidity"}},
            {"type": {"id": "HP:0003552", "label": "Muscle spasm"}},
            {"type": {"id": "HP:0001250", "label": "Seizure"}, "excluded": True},
        ],
        "diseases": [{"term": {"id": "OMIM:184850"}}],  # ignored: known only after diagnosis
    }
    body = client.post("/api/rank?top=3", json=packet).json()
    RankingModel.model_validate(body)
    assert body["query"]["present"] == ["HP:0002063", "HP:0003552"]
    assert body["query"]["excluded"] == ["HP:0001250"]
    assert body["query"]["sex"] == "male" and body["query"]["age"] == 40
    expected = engine.rank(
        ["HP:0002063", "HP:0003552"], ["HP:0001250"], age=40, sex="male", top=3
    ).to_dict()
    assert body == json.loads(json.dumps(expected))


def test_rank_maps_obsolete_ids_with_a_warning(client: TestClient) -> None:
    # HP:0001388 (joint laxity) is an alt id of HP:0001382 in this release.
    body = client.post("/api/rank", json={"present": ["HP:0001388"]}).json()
    assert body["query"]["present"] == ["HP:0001382"]
    assert body["query"]["warnings"]


def test_rank_without_findings_is_an_empty_ranking(client: TestClient) -> None:
    body = client.post("/api/rank", json={}).json()
    assert body["candidates"] == []


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"present": ["HP:9999999"]}, 400, "unknown_term"),
        ({"present": ["not an id"]}, 422, "invalid_request"),
        ({"present": ["HP:12"]}, 422, "invalid_request"),
        ({"present": ["HP:0000001"]}, 400, "unknown_term"),
        ({"present": ["HP:0002063"], "excluded": ["HP:0002063"]}, 400, "bad_input"),
        ({"present": "HP:0002063"}, 422, "invalid_request"),
        ({"present": ["HP:0002063"], "symptoms": ["x"]}, 422, "invalid_request"),
        ({"present": ["HP:0002063"], "age": -3}, 422, "invalid_request"),
        ({"present": ["HP:0002063"], "age": 300}, 422, "invalid_request"),
        ({"present": ["HP:0002063"], "sex": "x"}, 422, "invalid_request"),
        ({"present": ["HP:0002063"] * 201}, 422, "invalid_request"),
        ([1, 2], 422, "invalid_request"),
        ("HP:0002063", 422, "invalid_request"),
        ({"phenotypicFeatures": []}, 422, "invalid_request"),
        ({"phenotypicFeatures": [{"excluded": True}]}, 422, "invalid_request"),
        ({"phenotypicFeatures": [{"type": {"id": "HP:9999999"}}]}, 400, "unknown_term"),
        # Strict types: a wrong type is a mistake to report, not a value to guess.
        ({"present": ["HP:0002063"], "age": False}, 422, "invalid_request"),
        ({"present": ["HP:0002063"], "age": "40"}, 422, "invalid_request"),
        ({"present": ["HP:0002063"], "age": True}, 422, "invalid_request"),
        ({"present": [2063]}, 422, "invalid_request"),
        ({"phenotypicFeatures": [{"type": {"id": "HP:0002063"}, "excluded": "yes"}]}, 422,
         "invalid_request"),
        ({"id": 7, "phenotypicFeatures": [{"type": {"id": "HP:0002063"}}]}, 422,
         "invalid_request"),
        # The phenopacket's ids are checked by the schema, like the findings' ids.
        ({"phenotypicFeatures": [{"type": {"id": "not an id"}}]}, 422, "invalid_request"),
        ({"phenotypicFeatures": [{"type": {"id": "HP:12"}}]}, 422, "invalid_request"),
        ({"phenotypicFeatures": [{"type": {"id": "OMIM:184850"}}]}, 422, "invalid_request"),
    ],
)
def test_rank_rejects_bad_bodies(client: TestClient, body: Any, status: int, code: str) -> None:
    error = error_of(client.post("/api/rank", json=body), status)
    assert error["code"] == code


def test_rank_rejects_malformed_json(client: TestClient) -> None:
    response = client.post(
        "/api/rank", content=b'{"present": [', headers={"content-type": "application/json"}
    )
    assert error_of(response, 422)["code"] == "invalid_json"


def test_rank_validation_errors_say_where(client: TestClient) -> None:
    error = error_of(client.post("/api/rank", json={"present": ["HP:0002063"], "age": "old"}), 422)
    assert "age" in error["message"]
    assert error["details"][0]["location"][-1] == "age"


@pytest.mark.parametrize(("top", "status"), [("0", 400), ("501", 400), ("ten", 422)])
def test_rank_rejects_bad_top(client: TestClient, top: str, status: int) -> None:
    response = client.post(f"/api/rank?top={top}", json={"present": ["HP:0002063"]})
    assert "top" in error_of(response, status)["message"]


def test_a_well_formed_id_in_another_spelling_is_read(client: TestClient) -> None:
    body = client.post("/api/rank", json={"present": ["hp_0002063"]}).json()
    assert body["query"]["present"] == ["HP:0002063"]


def test_too_large_bodies_are_refused(engine: Engine) -> None:
    app = create_app(engine_factory=lambda: engine, limits=Limits(max_body_bytes=1000))
    with TestClient(app) as small:
        big = {"present": ["HP:0002063"] * 150}
        assert error_of(small.post("/api/rank", json=big), 413)["code"] == "body_too_large"

        def chunks() -> Iterator[bytes]:  # no content-length: streamed
            yield b'{"present": ['
            for _ in range(150):
                yield b'"HP:0002063",'
            yield b'"HP:0002063"]}'

        assert error_of(small.post("/api/rank", content=chunks()), 413)["code"] == "body_too_large"
        assert small.post("/api/rank", json={"present": ["HP:0002063"]}).status_code == 200


# ---- ask ----


def test_ask_is_the_json_of_ask_json(client: TestClient, engine: Engine) -> None:
    response = client.get("/api/ask", params={"q": SEED, "top": 5})
    assert response.status_code == 200, response.text
    body = response.json()
    AskModel.model_validate(body)
    expected = engine.ask(SEED, top=5).to_dict()  # type: ignore[attr-defined]
    assert body == json.loads(json.dumps(expected))
    stiff_person = [c for c in body["candidates"] if set(c["ids"]) & STIFF_PERSON]
    assert stiff_person  # (its place in the ranking is the engine's tests' business)
    assert body["data_release"] == "2025-01-16"
    if "answer" in expected:  # the narrative layer is being written alongside
        assert body["disclaimer"] and body["answer"]


def test_ask_gives_the_modifiers_the_question_names(client: TestClient) -> None:
    response = client.get("/api/ask", params={"q": "a cough that is worse at night", "top": 3})
    assert response.status_code == 200, response.text
    modifiers = response.json()["interpretation"]["modifiers"]
    assert [(m["id"], m["label"], m["text"]) for m in modifiers] == [
        ("HP:0025301", "Nocturnal", "at night")]


def test_ask_gives_the_sources_of_a_course_fit(client: TestClient) -> None:
    # a complaint of two years: the days-long gastroenteritis is weighed down by its course
    question = "Watery diarrhoea and stomach cramps for the last 2 years."
    response = client.get("/api/ask", params={"q": question, "top": 30})
    assert response.status_code == 200, response.text
    body = response.json()
    AskModel.model_validate(body)
    fits = [c for c in body["candidates"] if c["course_fit"] is not None]
    assert fits and all(c["course_fit"]["sources"] for c in fits)
    cited = {c["id"] for c in body["citations"]}
    explained = {e["id"] for e in body["explanations"]}
    assert all(set(c["course_fit"]["sources"]) <= cited for c in fits if c["id"] in explained)


def test_ask_rejects_bad_questions(client: TestClient) -> None:
    too_long = "x" * (MAX_QUESTION_CHARS + 1)
    assert error_of(client.get("/api/ask", params={"q": too_long}), 400)["code"] == "bad_question"
    assert error_of(client.get("/api/ask", params={"q": ""}), 422)["code"] == "invalid_request"
    assert error_of(client.get("/api/ask"), 422)["code"] == "invalid_request"
    assert error_of(client.get("/api/ask", params={"q": "   "}), 400)["code"] == "bad_question"
    assert error_of(client.get("/api/ask", params={"q": SEED, "top": 0}), 400)["code"] == (
        "bad_input"
    )


# ---- one rule everywhere: the CLI, Python and HTTP ----


def _cli_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from whatcauses.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.strip().splitlines()[-1]  # usage errors come after click's usage lines


@pytest.mark.parametrize(("route", "limit"), [("rank", MAX_RANK_TOP), ("ask", MAX_ASK_TOP)])
def test_top_has_one_bound_and_one_message_everywhere(
    client: TestClient, engine: Engine, capsys: pytest.CaptureFixture[str], route: str,
    limit: int,
) -> None:
    over = limit + 1
    message = f"top must be between 1 and {limit}, not {over}"
    if route == "rank":
        response = client.post(f"/api/rank?top={over}", json={"present": ["HP:0002063"]})
        with pytest.raises(InputError) as python:
            engine.rank(["HP:0002063"], top=over)
        cli = _cli_error(["rank", "HP:0002063", "--top", str(over)], capsys)
        assert client.post(f"/api/rank?top={limit}",
                           json={"present": ["HP:0002063"]}).status_code == 200
    else:
        response = client.get("/api/ask", params={"q": SEED, "top": over})
        with pytest.raises(InputError) as python:
            engine.ask(SEED, top=over)
        cli = _cli_error(["ask", SEED, "--top", str(over)], capsys)
    assert error_of(response, 400)["message"] == message
    assert str(python.value) == message
    assert message in cli
    with pytest.raises(InputError, match="top must be between"):
        engine.rank(["HP:0002063"], top=10**6)  # the 50-second request of the issue


def test_the_question_limit_is_one_everywhere(
    client: TestClient, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    too_long = "fever " * (MAX_QUESTION_CHARS // 6 + 1)
    response = client.get("/api/ask", params={"q": too_long})
    with pytest.raises(QuestionError) as python:
        engine.ask(too_long)
    cli = _cli_error(["ask", too_long], capsys)
    assert error_of(response, 400)["message"] == str(python.value)
    assert str(python.value) in cli
    fits = ("fever and rash " * 200)[:MAX_QUESTION_CHARS]
    assert client.get("/api/ask", params={"q": fits, "top": 1}).status_code == 200


def test_text_that_is_not_utf8_is_refused_everywhere(
    client: TestClient, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    error = error_of(client.get("/api/ask?q=fever%20%FF%20rash"), 400)
    assert "UTF-8" in error["message"]
    assert "UTF-8" in error_of(client.get("/api/terms?q=%C3"), 400)["message"]
    assert client.get("/api/ask?q=fi%C3%A8vre&top=1").status_code == 200  # UTF-8 escapes pass
    undecodable = b"fever \xff rash".decode("utf-8", "surrogateescape")  # as sys.argv has it
    with pytest.raises(QuestionError, match="not UTF-8"):
        engine.ask(undecodable)
    assert "not UTF-8" in _cli_error(["ask", undecodable], capsys)


def test_limits_come_from_the_environment() -> None:
    limits = Limits.from_env(
        {"WHATCAUSES_HTTP_MAX_TOP": "7", "WHATCAUSES_HTTP_MAX_BODY_BYTES": "10"}
    )
    assert (limits.max_top, limits.max_body_bytes) == (7, 10)
    assert Limits.from_env(limits.to_env()) == limits
    with pytest.raises(InputError, match="integer"):
        Limits.from_env({"WHATCAUSES_HTTP_MAX_TOP": "many"})


# ---- diseases ----


def test_disease_is_the_json_of_explain_json(client: TestClient, engine: Engine) -> None:
    response = client.get("/api/diseases/OMIM:184850")
    assert response.status_code == 200, response.text
    expected = engine.explain("OMIM:184850").to_dict()  # type: ignore[attr-defined]
    assert response.json() == json.loads(json.dumps(expected))
    DiseaseModel.model_validate(response.json())
    assert response.json()["name"].lower().startswith("stiff")


def test_ask_puts_an_emergency_notice_first(client: TestClient) -> None:
    body = client.get("/api/ask", params={"q": "sudden severe headache and a stiff neck"}).json()
    AskModel.model_validate(body)
    assert body["urgent"] and body["urgent"]["notice"]


@pytest.mark.parametrize("disease_id", ["OMIM:999999", "ORPHA:0", "nonsense", "OMIM:"])
def test_unknown_disease_is_404(client: TestClient, disease_id: str) -> None:
    assert error_of(client.get(f"/api/diseases/{disease_id}"), 404)["code"] == "unknown_disease"


# ---- terms ----


def test_terms_autocomplete(client: TestClient) -> None:
    body = client.get("/api/terms", params={"q": "stiff", "limit": 10}).json()
    TermsModel.model_validate(body)
    assert 0 < len(body["terms"]) <= 10
    for term in body["terms"]:
        assert term["id"].startswith("HP:") and term["label"]
        assert "stiff" in (term["matched"] or term["label"]).lower()


@pytest.mark.parametrize(
    "params",
    [{"q": ""}, {"q": "stiff", "limit": 0}, {"q": "stiff", "limit": 51}, {"q": "x" * 101}, {}],
)
def test_terms_rejects_bad_parameters(client: TestClient, params: dict[str, Any]) -> None:
    assert error_of(client.get("/api/terms", params=params), 422)["code"] == "invalid_request"


# ---- everything else ----


def test_unknown_routes_and_methods_are_json_errors(client: TestClient) -> None:
    assert error_of(client.get("/api/nothing"), 404)["code"] == "not_found"
    assert error_of(client.delete("/api/rank"), 405)["code"] == "method_not_allowed"
    assert error_of(client.get("/api/rank"), 405)["code"] == "method_not_allowed"


def test_openapi_documents_models_and_errors(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    assert set(paths) == {
        "/api/health",
        "/api/info",
        "/api/ready",
        "/api/ask",
        "/api/rank",
        "/api/diseases/{disease_id}",
        "/api/diseases",
        "/api/terms",
        "/api/interview",
        "/api/report",
        "/api/limits",
    }
    for path, operations in paths.items():
        for operation in operations.values():
            content = operation["responses"]["200"]["content"]
            if path == "/api/report":  # the printable report is an HTML page
                assert set(content) == {"text/html"}
            else:
                assert "$ref" in content["application/json"]["schema"], path
            for status in ("400", "404", "422"):
                error = operation["responses"][status]["content"]["application/json"]["schema"]
                assert error["$ref"].endswith("/ErrorResponse"), (path, status)
    body = paths["/api/rank"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert {"#/components/schemas/RankRequest", "#/components/schemas/Phenopacket"} <= {
        option["$ref"] for option in body["oneOf"]
    }


def test_page_and_assets_are_served_offline(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "Not medical advice" in page.text
    for asset in ("/static/app.js", "/static/style.css"):
        assert client.get(asset).status_code == 200
    # No asset is loaded from elsewhere: only same-origin src/href in the page and stylesheet.
    html = (STATIC_DIR / "index.html").read_text()
    css = (STATIC_DIR / "style.css").read_text()
    assert (
        'src="http' not in html and 'href="http' not in html and "//" not in css.replace("://", "")
    )
    assert "url(" not in css


# ---- the work one request does ----


def test_json_responses_write_what_the_standard_library_writes() -> None:
    import numpy as np

    from whatcauses.http.app import json_response

    payload = {"p": np.float64(0.25), "n": np.int64(3), "ok": np.bool_(True), "nan": math.nan,
               "inf": -math.inf, 7: "seven", "ids": ("a", "b"), "set": {"b", "a"}}
    body = json.loads(json_response(payload).body)
    assert body == {"p": 0.25, "n": 3, "ok": True, "nan": None, "inf": None, "7": "seven",
                    "ids": ["a", "b"], "set": ["a", "b"]}


def test_evidence_is_built_only_for_the_candidates_shown(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import whatcauses.rank.ranker as ranker_module

    built: list[int] = []  # the twin groups whose evidence is built, over all calls
    original = ranker_module.groups_evidence

    def counting(*args: Any) -> Any:
        built.extend(1 for _ in args[3])
        return original(*args)

    expected = engine.ask(SEED, top=5).to_dict()  # type: ignore[attr-defined]
    monkeypatch.setattr(ranker_module, "groups_evidence", counting)
    answer = engine.ask(SEED, top=5)
    assert answer.interpretation.frame != "person"  # ranks deeper than it shows
    assert len(built) == len(answer.ranking.candidates) == 5
    assert answer.to_dict() == expected  # type: ignore[attr-defined]


# ---- headers, HEAD and OPTIONS on every route ----

SECURED = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


def assert_secured(response: httpx.Response) -> None:
    for name, value in SECURED.items():
        assert response.headers.get(name) == value, (response.url, name)
    assert "default-src 'self'" in response.headers["content-security-policy"], response.url


class BrokenEngine(SlowEngine):
    def rank(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug")


def test_every_response_carries_the_security_headers(client: TestClient, engine: Engine) -> None:
    for response in [
        client.get("/"), client.get("/static/app.js"), client.get("/openapi.json"),
        client.get("/api/health"), client.get("/api/info"),
        client.get("/api/ask", params={"q": SEED, "top": 1}),
        client.post("/api/rank", json={"present": ["HP:0002063"]}),
        client.get("/api/nothing"), client.delete("/api/rank"),  # 404, 405
        client.post("/api/rank", json={"present": "x"}),  # 422
        client.post("/api/rank", json={"present": ["HP:9999999"]}),  # 400
        client.get("/api/ask?q=%FF"),  # refused at the edge
        client.head("/api/health"), client.options("/api/rank"),
    ]:
        assert_secured(response)
    small = create_app(engine_factory=lambda: engine, limits=Limits(max_body_bytes=10))
    with TestClient(small) as tiny:
        assert_secured(tiny.post("/api/rank", json={"present": ["HP:0002063"]}))  # 413
    broken = BrokenEngine(engine, 0)
    app = create_app(engine_factory=lambda: broken)  # type: ignore[arg-type,return-value]
    with TestClient(app, raise_server_exceptions=False) as failing:
        response = failing.post("/api/rank", json={"present": ["HP:0002063"]})
        assert error_of(response, 500)["code"] == "internal_error"
        assert_secured(response)


@pytest.mark.parametrize(
    "path", ["/", "/static/app.js", "/api/health", "/api/info", "/openapi.json",
             f"/api/ask?q={SEED}&top=1", "/api/diseases/OMIM:184850", "/api/terms?q=stiff"],
)
def test_head_is_a_get_without_its_body(client: TestClient, path: str) -> None:
    head = client.head(path)
    get = client.get(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == get.headers["content-length"]


@pytest.mark.parametrize(
    ("path", "allowed"),
    [("/", "GET, HEAD, OPTIONS"), ("/api/health", "GET, HEAD, OPTIONS"),
     ("/api/rank", "OPTIONS, POST"), ("/static/app.js", "GET, HEAD, OPTIONS"),
     ("/api/diseases/OMIM:184850", "GET, HEAD, OPTIONS")],
)
def test_options_says_which_methods_a_route_takes(
    client: TestClient, path: str, allowed: str
) -> None:
    response = client.options(path)
    assert response.status_code == 204 and response.headers["allow"] == allowed
    assert response.content == b""


def test_options_on_an_unknown_route_is_a_404(client: TestClient) -> None:
    assert error_of(client.options("/api/nothing"), 404)["code"] == "not_found"


class MeetingEngine(SlowEngine):
    """The real engine whose rankings wait for each other at a barrier before they answer."""

    def __init__(self, engine: Engine, parties: int) -> None:
        super().__init__(engine, delay=0.0)
        # A generous timeout: a ranking left alone fails only if the others never come.
        self.meeting = threading.Barrier(parties, timeout=60)

    def rank(self, *args: Any, **kwargs: Any) -> Any:
        self.meeting.wait()
        return self._engine.rank(*args, **kwargs)


def test_requests_do_not_wait_for_each_other(engine: Engine) -> None:
    """Rankings run side by side: the engine runs in the threadpool, not on the event loop.

    Each ranking waits at a barrier for a second one (the served app's threadpool has
    ``Limits.compute_threads`` = 2 threads), so the test proves that they overlap without
    timing them (a wall-clock bound failed on a machine at load 20): requests served one after
    the other would break the barrier and fail.
    """
    meeting = MeetingEngine(engine, parties=Limits().compute_threads)
    app = create_app(engine_factory=lambda: meeting)  # type: ignore[arg-type,return-value]

    async def run() -> None:
        app.state.engine = meeting
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test",
                                     timeout=120) as http:
            responses = await asyncio.gather(
                *[http.post("/api/rank", json={"present": ["HP:0002063"]}) for _ in range(4)]
            )
            assert [r.status_code for r in responses] == [200] * 4
            assert not meeting.meeting.broken
            health = await http.get("/api/health")
            assert health.status_code == 200

    asyncio.run(run())


# ---- the command ----


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["serve", "--log-level", "loud"], "--log-level"),
        (["serve", "--port", "70000"], "70000"),
        (["serve", "--workers", "0"], "0"),
    ],
)
def test_serve_rejects_bad_options_in_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from whatcauses.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_carrier_figure_says_so_in_the_api(client: TestClient) -> None:
    # Lynch syndrome's curated figure counts carriers of a causative variant (`setting:
    # carriers`): the API says so, so that the page can badge it "Carriers counted".
    lynch = client.get("/api/diseases/ORPHA:144").json()["prevalence"]
    assert lynch["carriers"] is True and lynch["general_population"] is False
    other = client.get("/api/diseases/OMIM:184850").json()["prevalence"]
    assert other is None or other["carriers"] is False


def test_a_qualitative_figure_says_so_in_the_api(client: TestClient) -> None:
    # Telogen effluvium's profile gives the class "common" its source's wording supports
    # (h-profiles66): the API names the class beside the stand-in figure, and the phrase gives
    # the word, not a number, so that the page badges it "Common (the source's word)".
    figure = client.get("/api/diseases/MONDO:0002153").json()["prevalence"]
    assert figure["qualitative"] == "common" and figure["per_100000"] == 100.0
    assert "no population figure" in figure["phrase"] and "1 in" not in figure["phrase"]
    lynch = client.get("/api/diseases/ORPHA:144").json()["prevalence"]
    assert lynch["qualitative"] is None
