"""An interview's re-rank keeps what its question said besides the findings.

The web page asks /api/ask first, then re-ranks through /api/interview after each answer. With
the question sent along (``question``), the re-rank is the ranking ``ask`` makes, the findings
being the interview's: the family history, genes named, exposures, durations and onsets the
question gave stay in force (explain/next_question.py ``interpretation_with``).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from whatcauses.engine import Engine
from whatcauses.explain.next_question import Findings, findings_of, interpretation_with
from whatcauses.http.app import create_app
from whatcauses.limits import MAX_QUESTION_CHARS

with warnings.catch_warnings():
    # Starlette asks for `httpx2`; the TestClient works as documented with httpx.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

QUESTIONS = [
    "What autoimmune disease causes muscle stiffness?",
    # a gene named (text/genes.py)
    "I have an FBN1 variant, I'm very tall with long thin fingers and my lens dislocated",
    # family history (text/family.py) and an age
    "My mother and her brother both had bowel polyps. I'm 26 and I have blood in my poo.",
    # an exposure (text/exposures.py) and a duration
    "fever and a headache for three days after a tick bite on a camping trip",
    # a denied finding and a sex
    "I'm a woman with painful swollen finger joints and morning stiffness but no rash",
]


@pytest.fixture(scope="module")
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(engine_factory=lambda: engine)) as test_client:
        yield test_client


def _body(findings: Findings, **more: Any) -> dict[str, Any]:
    return {"present": list(findings.present), "excluded": list(findings.excluded),
            "or_groups": [list(g) for g in findings.or_groups], **more}


def _question_findings(engine: Engine, question: str) -> Findings:
    findings, _ = findings_of(engine.interpret(question), engine.knowledge.ontology,
                              engine.ranker.model.background)
    return findings


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_questions_own_findings_rank_as_ask_ranks_them(
        client: TestClient, engine: Engine, question: str) -> None:
    asked = client.get("/api/ask", params={"q": question, "top": 10}).json()
    findings = _question_findings(engine, question)
    interview = client.post("/api/interview", params={"top": 10, "questions": 0},
                            json=_body(findings, question=question))
    assert interview.status_code == 200, interview.text
    assert [c["id"] for c in interview.json()["candidates"]] == [
        c["id"] for c in asked["candidates"]]


def test_the_inverse_of_findings_of_ranks_as_the_question(engine: Engine) -> None:
    for question in QUESTIONS:
        read = engine.interpret(question)
        again = interpretation_with(read, _question_findings(engine, question),
                                    engine.knowledge.ontology.name)
        assert ([c.id for c in engine.rank_interpretation(again).candidates]
                == [c.id for c in engine.rank_interpretation(read).candidates])


def test_a_gene_the_question_named_still_weighs_after_an_answer(
        client: TestClient, engine: Engine) -> None:
    question = QUESTIONS[1]
    findings = _question_findings(engine, question).answered("HP:0001166", "yes")  # Arachnodactyly
    with_question = client.post("/api/interview", params={"top": 10, "questions": 0},
                                json=_body(findings, question=question)).json()
    without = client.post("/api/interview", params={"top": 10, "questions": 0},
                          json=_body(findings)).json()
    lifted = [c for c in with_question["candidates"] if "FBN1" in (c.get("genes") or [])]
    assert lifted and lifted[0] is with_question["candidates"][0]
    assert not any(c.get("genes") for c in without["candidates"])


def test_findings_the_person_added_are_ranked_beside_the_questions(
        client: TestClient, engine: Engine) -> None:
    question = QUESTIONS[2]
    findings = _question_findings(engine, question)
    answered = findings.answered("HP:0002014", "yes")  # Diarrhea
    body = client.post("/api/interview", params={"top": 10, "questions": 0},
                       json=_body(answered, question=question)).json()
    assert "HP:0002014" in body["query"]["present"]
    assert body["candidates"]


def test_an_age_given_replaces_the_questions(client: TestClient, engine: Engine) -> None:
    question = QUESTIONS[2]
    findings = _question_findings(engine, question)
    body = client.post("/api/interview", params={"top": 10, "questions": 0},
                       json=_body(findings, question=question, age=70.0)).json()
    assert body["query"]["age"] == 70.0


def test_a_question_over_the_limit_is_a_json_error(client: TestClient) -> None:
    response = client.post("/api/interview", json={"present": ["HP:0002315"],
                                                   "question": "x" * (MAX_QUESTION_CHARS + 1)})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/json")
    assert "Traceback" not in response.text


def test_the_terminal_interview_ranks_its_question_as_ask_does(engine: Engine) -> None:
    from whatcauses.cli.interview import run_interview
    from whatcauses.explain.next_question import RankingContext

    question = QUESTIONS[1]
    read = engine.interpret(question)
    findings, context = findings_of(read, engine.knowledge.ontology,
                                    engine.ranker.model.background)
    assert isinstance(context, RankingContext)
    result = run_interview(engine, findings, context, lambda *_: None, max_questions=1,
                           check=False, interpretation=read)
    asked = engine.ask(question, top=10)
    assert ([c.id for c in result.ranking.candidates[:10]]
            == [c.id for c in asked.ranking.candidates[:10]])


@pytest.mark.parametrize("params", [
    {"q": "headache", "x": "0" * 40},
    {"q": "fever", "p": "HP:0001945,HP:9999999"},
    {"q": "headache", "p": "HP:0001945", "g": "HP:0002315|HP:0000001x"},
])
def test_the_report_of_a_question_checks_the_ids_it_is_given(
        client: TestClient, params: dict[str, str]) -> None:
    # Found by schemathesis: the ids of a report with a question went to the question's
    # ranking unchecked.
    response = client.get("/api/report", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unknown_term"
