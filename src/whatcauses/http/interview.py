"""The interview routes: next questions for any set of findings, and the printable report.

``POST /api/interview`` ranks a set of findings (as ``/api/rank`` does, plus the findings
answered "don't know" and the prior a question implies) and returns the ranking with the next
questions; each question's "favours" are confirmed by re-ranking with that answer, so "yes"
never lowers a candidate it says it favours. The web page calls it after every change.
``GET /api/report`` returns the printable HTML report of the page's state; ``GET /api/limits``
tells the page the server's input limits.
"""


from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from whatcauses.engine import Engine
from whatcauses.errors import InputError
from whatcauses.explain.next_question import (
    Findings,
    RankingContext,
    findings_of,
    interview_ranker,
    interview_step,
    stop_reason,
)
from whatcauses.explain.wording import plain_label
from whatcauses.http.app import EngineDep, Limits, json_response
from whatcauses.http.report import report_html
from whatcauses.http.schemas import (
    CandidateModel,
    ErrorResponse,
    NextQuestionModel,
    QueryModel,
    RankRequest,
)
from whatcauses.knowledge.curated import CATEGORY_KEYS
from whatcauses.limits import MAX_QUESTION_CHARS

MAX_QUESTIONS = 10
MAX_DESCRIBED = 50
# The interview's own end: the leading candidate holds this share of the probability.
STOP_AT = 0.9
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse} for status in (400, 404, 413, 422, 503)
}


class InterviewRequest(RankRequest):
    """Findings as for ``/api/rank``, plus what an interview knows besides."""

    unknown: list[str] = Field(
        default_factory=list, max_length=200,
        description="HPO ids answered \"don't know\": not asked again, not ranked on.")
    prior: Literal["prevalence", "uniform"] | None = Field(
        default=None, description="\"prevalence\" weighs how common each disease is (a "
        "question about a person), \"uniform\" does not; default: as /api/rank.")
    strict: bool = Field(
        default=True, description="false: unknown or malformed ids are left out with a "
        "warning (query.warnings) instead of a 400.")
    describe: list[str] = Field(
        default_factory=list, max_length=MAX_DESCRIBED,
        description="More disease ids whose categories the answer should list.")
    question: str | None = Field(
        default=None, max_length=MAX_QUESTION_CHARS,
        description="The question the findings came from (as /api/ask read it): its other "
        "evidence (family history, genes named, exposures, how long it has lasted, onset, "
        "age, sex, kind of disease, prior) stays in force, with these findings in place of "
        "the question's own. age, sex and categories given here replace the question's.")


class InterviewModel(BaseModel):
    """The ranking of the findings (as /api/rank) with the next questions."""

    query: QueryModel
    candidates: list[CandidateModel]
    diseases_scored: int
    data_release: str
    next_questions: list[NextQuestionModel]
    stop: Literal["confident", "no_question"] | None = Field(
        description="Why no question is offered, if none is.")
    categories: dict[str, list[str]] = Field(
        description="Disease id -> its categories, for the candidates and the ids described.")
    labels: dict[str, str] = Field(description="HPO id -> plain name, for every finding given.")


class LimitsModel(BaseModel):
    max_question_chars: int
    max_top: int
    max_term_query_chars: int
    max_questions: int


def _categories(engine: Engine, ids: list[str]) -> dict[str, list[str]]:
    """Each disease's categories (a twin group's are its entries' together)."""
    knowledge = engine.knowledge
    result: dict[str, list[str]] = {}
    for disease_id in dict.fromkeys(ids):
        if not knowledge.has_disease(disease_id):
            continue
        index = knowledge.disease_index(disease_id)
        result[disease_id] = [c for c in CATEGORY_KEYS if engine.categories.mask(c)[index]]
    return result


def _labels(engine: Engine, findings: Findings) -> dict[str, str]:
    """HPO id -> plain name (a lay synonym when the HPO has one), for every finding of the
    request, "don't know" answers included."""
    onto = engine.knowledge.ontology
    ids = [*findings.present, *findings.excluded, *findings.unknown,
           *(t for g in findings.or_groups for t in g)]
    return {t: plain_label(onto, t) for t in dict.fromkeys(ids)}


def _group_categories(engine: Engine, ids: list[str]) -> list[str]:
    found = _categories(engine, ids)
    return [c for c in CATEGORY_KEYS if any(c in cats for cats in found.values())]


def interview_router(limits: Limits) -> APIRouter:
    router = APIRouter(prefix="/api")
    top_param = Query(ge=1, le=limits.max_top, description="How many candidates.")

    @router.post("/interview", response_model=InterviewModel, tags=["answers"],
                 responses=_ERRORS)
    def interview(
        engine: EngineDep,
        body: Annotated[InterviewRequest, Body(openapi_examples={
            "findings": {"value": {"present": ["HP:0002063", "HP:0003552"],
                                   "unknown": ["HP:0001250"], "prior": "prevalence"}},
            "empty": {"value": {"present": []}},
        })],
        top: Annotated[int, top_param] = 10,
        questions: Annotated[int, Query(ge=0, le=MAX_QUESTIONS,
                                        description="How many next questions.")] = 3,
    ) -> Response:
        """Rank the findings and offer the next questions (findings-only sessions too)."""
        present, notes = engine.resolve_terms(body.present, strict=body.strict)
        excluded, more = engine.resolve_terms(body.excluded, strict=body.strict)
        notes += more
        groups = []
        for group in body.or_groups:
            members, more = engine.resolve_terms(group, strict=body.strict)
            notes += more
            if members:
                groups.append(tuple(members))
        unknown, more = engine.resolve_terms(body.unknown, strict=body.strict)
        notes += more
        findings = Findings(tuple(present), tuple(excluded), tuple(groups), tuple(unknown))
        context = RankingContext(body.age, body.sex, tuple(body.categories), body.prior)
        asked = (engine.interpret(body.question)
                 if body.question is not None and body.question.strip() else None)
        if not findings.count:
            payload: dict[str, Any] = {
                "query": {"present": [], "excluded": [], "or_groups": [], "age": body.age,
                          "sex": body.sex, "warnings": notes},
                "candidates": [], "diseases_scored": 0, "data_release": engine.data_release,
                "next_questions": [], "stop": "no_question",
                "categories": _categories(engine, body.describe),
                "labels": {},
            }
            return json_response(payload)
        ranker = interview_ranker(engine.ranker, context, asked, top, evidence=True)
        ranking, offered = interview_step(engine.knowledge, ranker.rank, findings, questions,
                                          parameters=ranker.parameters)
        payload = ranking.to_dict()
        payload["query"]["warnings"] = [*notes, *payload["query"]["warnings"]]
        payload["candidates"] = payload["candidates"][:top]
        payload["next_questions"] = [q.to_dict() for q in offered]
        payload["stop"] = stop_reason(ranking, offered, STOP_AT) if questions else None
        described = _categories(engine, body.describe)
        for candidate in payload["candidates"]:
            described[candidate["id"]] = _group_categories(engine, candidate["ids"])
        payload["categories"] = described
        payload["labels"] = _labels(engine, findings)
        return json_response(payload)

    @router.get("/report", tags=["answers"], response_class=HTMLResponse, responses={
        200: {"description": "The report, one self-contained HTML page."},
        # Errors stay JSON; said explicitly, as the route's own media type is HTML.
        **{status: {"description": "An error.", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
           for status in (400, 404, 413, 422, 503)},
    })
    def report(
        engine: EngineDep,
        q: Annotated[str | None, Query(max_length=MAX_QUESTION_CHARS,
                                       description="The question, as the page's ?q=.")] = None,
        p: Annotated[str | None, Query(max_length=4000, description="Present ids, comma-"
                                       "separated (the page's ?p=).")] = None,
        x: Annotated[str | None, Query(max_length=4000, description="Absent ids.")] = None,
        g: Annotated[list[str] | None, Query(description="An any-of group: ids joined "
                                             "by |.")] = None,
        top: Annotated[int, top_param] = 10,
    ) -> Response:
        """The printable HTML report of a question and/or findings (the page's URL state)."""
        explicit = p is not None or x is not None or bool(g)
        answer = None
        findings, context = Findings(), RankingContext()
        if q is not None and q.strip():
            answer = engine.ask(q, top=top)
            findings, context = findings_of(answer.interpretation, engine.knowledge.ontology,
                                            engine.ranker.model.background)
        if explicit:
            # Checked and mapped as /api/rank checks them (a 400 for an id that is none).
            def resolved(raw: list[str]) -> tuple[str, ...]:
                return tuple(engine.resolve_terms(raw)[0])

            findings = Findings(
                resolved(_split(p, ",")), resolved(_split(x, ",")),
                tuple(resolved(_split(group, "|")) for group in g or () if _split(group, "|")))
        if not findings.count:
            raise InputError("nothing to report: give a question (q) or findings (p, x, g)")
        ranking = interview_ranker(
            engine.ranker, context, None if answer is None else answer.interpretation, top,
            evidence=True).rank(findings)
        html = report_html(engine, ranking, answer=answer)
        return Response(html.encode("utf-8"), media_type="text/html; charset=utf-8", headers={
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
            "Content-Disposition": 'inline; filename="whatcauses-report.html"',
        })

    @router.get("/limits", response_model=LimitsModel, tags=["service"], responses=_ERRORS)
    async def input_limits() -> Response:
        """The server's input limits, so that a client can tell people before it sends."""
        return json_response({"max_question_chars": MAX_QUESTION_CHARS,
                              "max_top": limits.max_top,
                              "max_term_query_chars": limits.max_term_query_chars,
                              "max_questions": MAX_QUESTIONS})

    return router


def _split(value: str | None, separator: str) -> list[str]:
    return [part.strip() for part in (value or "").split(separator) if part.strip()]


__all__ = ["InterviewModel", "InterviewRequest", "interview_router"]
