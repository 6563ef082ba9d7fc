"""The interview: next questions for any findings, their claims checked by re-ranking, the HTTP
route, the printable report and ``whatcauses interview`` through a scripted standard input."""

from __future__ import annotations

import gzip
import json
import warnings
from pathlib import Path
from typing import Any

import pytest

from whatcauses.cli import interview as cli_interview
from whatcauses.engine import Engine
from whatcauses.explain.next_question import (
    Findings,
    RankingContext,
    checked_questions,
    findings_ranker,
    interview_step,
    next_questions,
    raised_by,
)
from whatcauses.http.app import create_app
from whatcauses.limits import MAX_QUESTION_CHARS

from .cli_runner import CliResult, invoke

with warnings.catch_warnings():
    # Starlette asks for `httpx2`; the TestClient works as documented with httpx.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

STIFFNESS = ("HP:0003552", "HP:0003394")  # muscle stiffness, muscle spasm
# Finding sets of several kinds: neuromuscular, cardiac, skeletal dysplasia, ambiguous.
FINDING_SETS = (
    STIFFNESS,
    ("HP:0100749", "HP:0002094"),  # chest pain, dyspnea
    ("HP:0004322", "HP:0002650", "HP:0000545"),  # short stature, scoliosis, myopia
    ("HP:0001250",),  # seizure
)


# ---- the questions on the mini fixture ----


def test_findings_record_each_answer() -> None:
    start = Findings(("HP:0000201",))
    after = start.answered("HP:0000103", "yes").answered("HP:0000203", "no")
    after = after.answered("HP:0000102", "unknown")
    assert after.present == ("HP:0000201", "HP:0000103")
    assert after.excluded == ("HP:0000203",)
    assert after.unknown == ("HP:0000102",)
    # Answering again replaces the earlier answer.
    again = after.answered("HP:0000102", "yes")
    assert "HP:0000102" in again.present and "HP:0000102" not in again.unknown
    assert again.count == 4


def test_questions_on_the_mini_ontology_separate_its_diseases(mini_engine: Engine) -> None:
    rank = findings_ranker(mini_engine.rank, RankingContext())
    ranking, questions = interview_step(mini_engine.knowledge, rank, Findings(("HP:0000100",)))
    assert len(ranking.candidates) >= 2
    assert questions, "a nervous system finding leaves its diseases to be told apart"
    for question in questions:
        assert question.checked
        assert question.hpo_id not in ("HP:0000100", "HP:0000118", "HP:0000001")
        assert question.text.endswith("?") and question.label
        assert question.information_gain > 0
    # One question per branch: none is an ancestor of another.
    onto = mini_engine.knowledge.ontology
    terms = [onto.index(q.hpo_id) for q in questions]
    assert not any(onto.is_ancestor(a, b) for a in terms for b in terms if a != b)


def test_a_present_finding_is_never_asked_again_nor_what_it_implies(mini_engine: Engine) -> None:
    ranking = mini_engine.rank(["HP:0000102"], top=10)
    asked = {q.hpo_id for q in next_questions(mini_engine.knowledge, ranking, limit=10)}
    # Focal seizure implies seizure and the nervous system abnormality above it.
    assert not asked & {"HP:0000102", "HP:0000101", "HP:0000100"}


def test_a_yes_to_a_refinement_replaces_the_general_finding(mini_engine: Engine) -> None:
    ranking = mini_engine.rank(["HP:0000100"], top=10)
    questions = next_questions(mini_engine.knowledge, ranking, limit=10)
    onto = mini_engine.knowledge.ontology
    refining = [q for q in questions if onto.is_ancestor(onto.index("HP:0000100"),
                                                         onto.index(q.hpo_id))]
    assert refining, "a refinement of a present finding may be asked"
    question = refining[0]
    assert question.replaces == ("HP:0000100",)
    after = Findings(("HP:0000100",)).answered(question.hpo_id, "yes", question.replaces)
    assert after.present == (question.hpo_id,)
    kept = Findings(("HP:0000100",)).answered(question.hpo_id, "no", question.replaces)
    assert kept.present == ("HP:0000100",) and kept.excluded == (question.hpo_id,)


def test_dont_know_is_not_asked_again(mini_engine: Engine) -> None:
    rank = findings_ranker(mini_engine.rank, RankingContext())
    findings = Findings(("HP:0000100",))
    _, first = interview_step(mini_engine.knowledge, rank, findings, limit=1)
    assert first
    skipped = findings.answered(first[0].hpo_id, "unknown")
    ranking, after = interview_step(mini_engine.knowledge, rank, skipped, limit=10)
    assert first[0].hpo_id not in {q.hpo_id for q in after}
    # "Don't know" does not change the ranking.
    assert [c.id for c in ranking.candidates] == [c.id for c in rank(findings).candidates]


def test_favours_are_confirmed_by_the_reranker(mini_engine: Engine) -> None:
    ranking = mini_engine.rank(["HP:0000100"], top=10)
    questions = next_questions(mini_engine.knowledge, ranking)
    # A re-ranker that lowers every candidate: no claim survives the check.
    checked = checked_questions(questions, ranking, lambda question, answer: ranking.__class__(
        ranking.query, (), ranking.data_release))
    assert all(not q.favours and not q.favours_if_no and not q.why for q in checked)
    assert raised_by(ranking, ranking) == ()


# ---- "yes" never lowers the candidate it favours (real data) ----


@pytest.mark.slow
@pytest.mark.parametrize("present", FINDING_SETS, ids="+".join)
@pytest.mark.parametrize("prior", ["prevalence", "uniform"])
def test_yes_never_lowers_a_favoured_candidate(engine: Engine, present: tuple[str, ...],
                                               prior: str) -> None:
    context = RankingContext(prior=prior)
    rank = findings_ranker(engine.rank, context, top=10)
    findings = Findings(present)
    ranking, questions = interview_step(engine.knowledge, rank, findings, limit=5)
    assert questions
    claims = 0
    for question in questions:
        assert question.checked
        yes = rank(findings.answered(question.hpo_id, "yes", question.replaces))
        no = rank(findings.answered(question.hpo_id, "no"))
        for favoured, after in [(i, yes) for i in question.favours] + [
                (i, no) for i in question.favours_if_no]:
            claims += 1
            old = next(c for c in ranking.candidates if c.id == favoured)
            # The same candidate: its own id, else a twin's (an Orphanet group's ids ride on
            # the form that stands for it, so two forms of one group share those).
            new = next((c for c in after.candidates if c.id == old.id), None) or next(
                c for c in after.candidates if set(c.ids) & set(old.ids))
            assert new.probability >= old.probability, (question.hpo_id, favoured)
            # Twin entries stay one candidate under one name.
            assert new.name == old.name
    assert claims, "some question should favour some candidate"


@pytest.mark.slow
def test_questions_name_what_they_separate_in_words(engine: Engine) -> None:
    rank = findings_ranker(engine.rank, RankingContext(prior="prevalence"))
    ranking, questions = interview_step(engine.knowledge, rank, Findings(STIFFNESS), limit=3)
    names = {c.name for c in ranking.candidates}
    for question in questions:
        assert question.why.startswith(("Yes makes", "No makes"))
        assert any(name in question.why for name in names)


# ---- HTTP ----


@pytest.fixture(scope="module")
def client(engine: Engine) -> Any:
    with TestClient(create_app(lambda: engine)) as test_client:
        yield test_client


@pytest.mark.slow
def test_interview_route_gives_ranking_and_checked_questions(client: Any) -> None:
    response = client.post("/api/interview?top=5&questions=3",
                           json={"present": list(STIFFNESS), "prior": "prevalence"})
    assert response.status_code == 200, response.text
    payload = response.json()
    assert len(payload["candidates"]) == 5
    assert 1 <= len(payload["next_questions"]) <= 3
    question = payload["next_questions"][0]
    assert set(question) >= {"text", "ids", "hpo_id", "label", "favours", "favours_if_no",
                             "why", "information_gain", "checked", "replaces"}
    assert question["checked"] is True
    assert payload["data_release"] == "2025-01-16"
    for candidate in payload["candidates"]:
        assert candidate["id"] in payload["categories"]
    assert set(payload["labels"]) == set(STIFFNESS)


@pytest.mark.slow
def test_interview_route_answers_after_each_answer(client: Any) -> None:
    body: dict[str, Any] = {"present": list(STIFFNESS), "excluded": [], "unknown": []}
    seen: set[str] = set()
    for answer in ("yes", "no", "unknown"):
        payload = client.post("/api/interview", json=body).json()
        assert payload["next_questions"], answer
        hpo_id = payload["next_questions"][0]["hpo_id"]
        assert hpo_id not in seen
        seen.add(hpo_id)
        key = {"yes": "present", "no": "excluded", "unknown": "unknown"}[answer]
        body[key] = [*body[key], hpo_id]
    assert client.post("/api/interview", json=body).json()["next_questions"]


@pytest.mark.slow
def test_interview_route_is_lenient_when_asked_and_strict_otherwise(client: Any) -> None:
    lenient = client.post("/api/interview", json={
        "present": ["HP:9999999", "HP:0003552"], "strict": False}).json()
    assert lenient["query"]["present"] == ["HP:0003552"]
    assert any("HP:9999999" in w for w in lenient["query"]["warnings"])
    strict = client.post("/api/interview", json={"present": ["HP:9999999"]})
    assert strict.status_code == 400
    assert strict.json()["error"]["code"] == "unknown_term"
    empty = client.post("/api/interview", json={"present": []}).json()
    assert empty["candidates"] == [] and empty["next_questions"] == []
    bad = client.post("/api/interview", json={"present": [], "prior": "loud"})
    assert bad.status_code == 422
    unknown_field = client.post("/api/interview", json={"present": [], "extra": 1})
    assert unknown_field.status_code == 422


@pytest.mark.slow
def test_report_route_returns_a_self_contained_page(client: Any) -> None:
    response = client.get("/api/report", params={"q": "stiff muscles and painful spasms"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    html = response.text
    for part in ("Findings", "Ranked conditions", "Sources", "HPO data release 2025-01-16",
                 "Generated", "Not medical advice", "curated profiles of common conditions"):
        assert part in html
    assert "<script" not in html and "PubMed article" not in html
    assert client.get("/api/report", params={"p": "HP:0003552", "x": "HP:0001250"}
                      ).status_code == 200
    assert client.get("/api/report").status_code == 400
    assert client.get("/api/report", params={"p": "HP:9999999"}).status_code == 400


@pytest.mark.slow
def test_limits_route_tells_the_question_limit(client: Any) -> None:
    limits = client.get("/api/limits").json()
    assert limits["max_question_chars"] == MAX_QUESTION_CHARS
    assert limits["max_questions"] >= 3


# ---- the terminal ----


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Any:
    def session_engine(*, questions: bool = False) -> Engine:
        return engine

    monkeypatch.setattr(cli_interview, "load_engine", session_engine)
    return invoke


@pytest.mark.slow
def test_cli_interview_through_a_scripted_stdin(cli: Any) -> None:
    done: CliResult = cli(["interview", "-p", STIFFNESS[0], "-p", STIFFNESS[1],
                           "--questions", "3", "--stop-at", "0.99"], stdin="y\nmaybe\nn\ns\n")
    assert done.code == 0, done.stderr
    assert done.stdout.count("?") >= 3  # three questions asked
    assert "Please answer y (yes), n (no), s (skip" in done.stdout  # "maybe" asked again
    assert "Stopped: the question limit is reached" in done.stdout
    assert "not medical advice" in done.stdout


@pytest.mark.slow
def test_cli_interview_json_transcript(cli: Any) -> None:
    done = cli(["interview", "-p", STIFFNESS[0], "-p", STIFFNESS[1], "--questions", "2",
                "--stop-at", "0.99", "--json"], stdin="y\nn\n")
    assert done.code == 0, done.stderr
    transcript = json.loads(done.stdout)
    steps = transcript["steps"]
    assert [s["answer"] for s in steps] == [None, "yes", "no"]
    assert steps[0]["question"] is None and all(s["question"] for s in steps[1:])
    assert all(1 <= len(s["candidates"]) <= 10 for s in steps)
    assert steps[1]["question"] in transcript["findings"]["present"]
    assert steps[2]["question"] in transcript["findings"]["excluded"]
    assert transcript["stopped"] == "asked_enough"
    assert transcript["data_release"] == "2025-01-16"
    assert "?" in done.stderr  # the prompts went to stderr


@pytest.mark.slow
def test_cli_interview_stops_at_end_of_input_and_from_a_question(cli: Any) -> None:
    done = cli(["interview", "crushing chest pain and trouble breathing", "--json"], stdin="")
    assert done.code == 0, done.stderr
    transcript = json.loads(done.stdout)
    assert transcript["stopped"] == "stopped" and len(transcript["steps"]) == 1
    assert "URGENT" in done.stderr


@pytest.mark.slow
def test_cli_interview_without_findings_is_a_usage_error(cli: Any) -> None:
    done = cli(["interview"], stdin="")
    assert done.code == 2
    assert "no findings" in done.stderr and "Traceback" not in done.stderr


def _write_cases(path: Path, wrapped: bool) -> None:
    packets = [
        {"id": "case-sps", "phenotypicFeatures": [
            {"type": {"id": "HP:0003552"}}, {"type": {"id": "HP:0003394"}},
            {"type": {"id": "HP:0002063"}}, {"type": {"id": "HP:0001257"}},
            {"type": {"id": "HP:0001250"}, "excluded": True}]},
        {"id": "case-chest", "phenotypicFeatures": [
            {"type": {"id": "HP:0100749"}}, {"type": {"id": "HP:0002094"}},
            {"type": {"id": "HP:0001962"}}]},
    ]
    lines = [json.dumps({"id": p["id"], "phenopacket": p} if wrapped else p) for p in packets]
    lines.append("not json")
    text = "\n".join(lines) + "\n"
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(text.encode()))
    else:
        path.write_text(text)


@pytest.mark.slow
@pytest.mark.parametrize("name,wrapped", [("cases.jsonl", False), ("cases.jsonl.gz", True)])
def test_cli_simulate_prints_one_line_per_case(cli: Any, tmp_path: Path, name: str,
                                               wrapped: bool) -> None:
    path = tmp_path / name
    _write_cases(path, wrapped)
    args = ["interview", "--simulate", str(path), "--start", "2", "--questions", "5", "--json"]
    done = cli(args)
    assert done.code == 1  # the bad line
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line.get("id") for line in lines[:2]] == ["case-sps", "case-chest"]
    assert "error" in lines[2]
    for line in lines[:2]:
        assert set(line) == {"id", "steps"}
        steps = line["steps"]
        assert steps[0] == {"question": None, "answer": None, "candidates": steps[0]["candidates"]}
        assert 1 <= len(steps) <= 6
        for step in steps:
            assert set(step) == {"question", "answer", "candidates"}
            assert 1 <= len(step["candidates"]) <= 10
        assert all(s["answer"] in {"yes", "no", "unknown"} for s in steps[1:])
    # Seeded: the same file gives the same transcript.
    assert cli(args).stdout == done.stdout


@pytest.mark.slow
def test_cli_report_writes_the_html_report(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    done = cli(["report", "-p", STIFFNESS[0], "-p", STIFFNESS[1], "-x", "HP:0001250",
                "-o", str(target)])
    assert done.code == 0, done.stderr
    html = target.read_text(encoding="utf-8")
    assert "absent: Seizure" in html and "Ranked conditions" in html
    assert "2025-01-16" in html and "PubMed " in html
    to_stdout = cli(["report", "stiff muscles and painful spasms"])
    assert to_stdout.code == 0 and to_stdout.stdout.startswith("<!doctype html>")
    assert "Question:" in to_stdout.stdout
