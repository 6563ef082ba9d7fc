"""HTTP: disease search by name, the rank prior, and what the knowledge covers."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from whatcauses.engine import Engine
from whatcauses.http.app import create_app

with warnings.catch_warnings():
    # Starlette asks for `httpx2`; the TestClient works as documented with httpx.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(engine_factory=lambda: engine)) as test_client:
        yield test_client


def test_diseases_are_found_by_everyday_names(client: TestClient) -> None:
    found = client.get("/api/diseases", params={"q": "heart attack"}).json()
    assert found["diseases"][0]["id"] == "MONDO:0005542"
    assert found["diseases"][0]["matched"] == "heart attack"
    assert client.get("/api/diseases", params={"q": ""}).status_code in (400, 422)


def test_rank_accepts_a_named_prior(client: TestClient) -> None:
    body = {"present": ["HP:0001945", "HP:0002315"]}
    uniform = client.post("/api/rank", json=body).json()
    weighted = client.post("/api/rank", json={**body, "prior": "prevalence"}).json()
    assert all(c["prior_weight"] == 1.0 for c in uniform["candidates"])
    assert any(c["prior_weight"] != 1.0 for c in weighted["candidates"])
    assert any(c["prevalence"] for c in weighted["candidates"])
    bad = client.post("/api/rank", json={**body, "prior": "popular"})
    assert bad.status_code in (400, 422) and "error" in bad.json()


def test_info_and_answers_say_what_the_knowledge_covers(client: TestClient) -> None:
    info = client.get("/api/info").json()
    assert info["condition_profiles"] >= 150 and "Human Phenotype Ontology" in info["coverage"]
    answer = client.get("/api/ask", params={"q": "itchy rash on my elbows"}).json()
    assert answer["coverage"] == info["coverage"]
