"""Why a body site or a clinical modifier lifted a candidate (rank/sites.py, rank/modifiers.py),
with what says so: the candidate's ``site_fits`` and ``modifier_fits`` (weight and sources),
its evidence lines, one cited sentence of the answer, the CLI's Why column and the HTTP API."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from whatcauses.engine import Engine
from whatcauses.explain.evidence import MODIFIER_LINE_ID, SITE_LINE_ID, lift_lines
from whatcauses.knowledge.conditions import condition_profile_index
from whatcauses.rank.modifiers import MAX_MODIFIER_WEIGHT, MODIFIER_WEIGHT, modifier_fits
from whatcauses.rank.results import Candidate
from whatcauses.rank.sites import SITE_WEIGHT
from whatcauses.text.modifiers import NOCTURNAL, ModifierMention

from .test_cli import cli

__all__ = ["cli"]  # the fixture, shared with test_cli

PENIS = "burning at the tip of my penis when I pee"
NIGHT = "itchy skin that is worse at night"
GONORRHOEA = "MONDO:0004277"
CYSTITIS = "MONDO:0001650"
SCABIES = "MONDO:0004525"
PRURITUS = "HP:0000989"


def _candidate(engine: Engine, question: str, disease: str) -> Candidate:
    ranking = engine.ask(question).ranking
    return next(c for c in ranking.candidates if disease in c.ids)


def test_a_site_lift_names_the_site_the_weight_and_the_statement(engine: Engine) -> None:
    gonorrhoea = _candidate(engine, PENIS, GONORRHOEA)
    (fit,) = gonorrhoea.site_fits
    assert fit.site == "penis" and fit.likelihood_ratio == SITE_WEIGHT
    # the profile's summary statement that names the penis, with that statement's sources
    summary = condition_profile_index()[GONORRHOEA].summary
    stated = next(s for s in summary if "penis" in s.text)
    assert fit.statement == stated.text and fit.sources == tuple(stated.sources)
    # cystitis' profile names no penis: it was not lifted, and says nothing of a site
    assert _candidate(engine, PENIS, CYSTITIS).site_fits == ()
    assert gonorrhoea.to_dict()["site_fits"][0]["sources"] == list(stated.sources)


def test_a_quadrant_lift_says_the_quadrant(engine: Engine) -> None:
    ranking = engine.ask("pain in the lower right side of my tummy and fever").ranking
    lifted = [c for c in ranking.candidates if c.site_fits]
    assert lifted and all(f.site == "lower right abdomen" for c in lifted for f in c.site_fits)
    assert all(f.sources for c in lifted for f in c.site_fits)


def test_a_modifier_lift_names_the_modifier_the_weight_and_the_finding_sources(
        engine: Engine) -> None:
    scabies = _candidate(engine, NIGHT, SCABIES)
    (fit,) = scabies.modifier_fits
    assert (fit.modifier, fit.label, fit.text, fit.finding) == (NOCTURNAL, "Nocturnal",
                                                                "at night", PRURITUS)
    assert fit.likelihood_ratio == MODIFIER_WEIGHT
    finding = next(f for f in condition_profile_index()[SCABIES].findings
                   if f.hpo == PRURITUS and NOCTURNAL in f.modifiers)
    assert set(finding.sources) <= set(fit.sources)
    assert scabies.to_dict()["modifier_fits"][0]["modifier"] == NOCTURNAL


def test_modifier_weights_stop_at_the_cap(engine: Engine) -> None:
    knowledge = engine.knowledge
    position = knowledge.disease_index(SCABIES)
    row = int(knowledge.annotation_rows(position)[0])
    mentions = [ModifierMention(m, m, m, 0, 1) for m in ("A", "B", "C")]
    fits = modifier_fits(knowledge, [SCABIES], {position: {m.id: [row] for m in mentions}},
                         mentions)
    ratios = [f.likelihood_ratio for f in fits]
    assert ratios == [MODIFIER_WEIGHT, MODIFIER_WEIGHT, 1.0]
    assert ratios[0] * ratios[1] * ratios[2] == MAX_MODIFIER_WEIGHT


def test_the_lifts_are_evidence_lines_and_one_cited_sentence_each(engine: Engine) -> None:
    answer = engine.ask(PENIS)
    gonorrhoea = next(e for e in answer.candidate_explanations if e.id == GONORRHOEA)
    site = [s for s, _ in gonorrhoea.context if "names the penis" in s.text]
    assert site and site[0].citations  # a context line (the page shows those), cited
    said = [s for s in answer.sections["candidates"] if s.text.startswith("You mention the penis")]
    assert len(said) == 1 and said[0].citations
    cited = {c.n: c.id for c in answer.citations}
    fit = _candidate(engine, PENIS, GONORRHOEA).site_fits[0]
    assert {cited[n] for n in said[0].citations} == set(fit.sources)

    night = engine.ask(NIGHT)
    said = [s for s in night.sections["candidates"] if s.text.startswith('You say "at night"')]
    assert said and all(s.citations for s in said)
    assert "its sources record itching as nocturnal" in said[0].text


def test_lift_lines_have_their_own_ids(engine: Engine) -> None:
    scabies = _candidate(engine, NIGHT, SCABIES)
    lines = lift_lines(engine.knowledge.ontology, scabies)
    assert [line.hpo_id for line in lines] == [MODIFIER_LINE_ID]
    assert "(likelihood ratio 2)" in lines[0].text and lines[0].supports
    gonorrhoea = _candidate(engine, PENIS, GONORRHOEA)
    assert [line.hpo_id for line in lift_lines(engine.knowledge.ontology, gonorrhoea)] == [
        SITE_LINE_ID]


@pytest.mark.slow
def test_the_cli_says_why_a_candidate_rose(cli: Any) -> None:
    done = cli(["ask", NIGHT])
    assert done.code == 0, done.stderr
    text = " ".join(done.stdout.replace("│", " ").split())
    assert 'Its sources record itching as nocturnal, as you describe it ("at night")' in text
    assert 'You say "at night": its sources record itching as nocturnal.' in text
    done = cli(["ask", PENIS, "--json"])
    body = json.loads(done.stdout)
    fits = next(c["site_fits"] for c in body["candidates"] if GONORRHOEA in c["ids"])
    assert fits[0]["site"] == "penis" and fits[0]["likelihood_ratio"] == SITE_WEIGHT


@pytest.fixture(scope="module")
def client(engine: Engine) -> Iterator[Any]:
    with warnings.catch_warnings():
        # Starlette asks for `httpx2`; the TestClient works as documented with httpx.
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from whatcauses.http.app import create_app

    with TestClient(create_app(engine_factory=lambda: engine)) as test_client:
        yield test_client


def test_the_http_api_gives_the_lifts_with_their_sources(client: Any) -> None:
    from whatcauses.http.schemas import AskModel

    for question, key in ((PENIS, "site_fits"), (NIGHT, "modifier_fits")):
        response = client.get("/api/ask", params={"q": question})
        assert response.status_code == 200, response.text
        body = response.json()
        AskModel.model_validate(body)
        lifted = [c for c in body["candidates"] if c[key]]
        assert lifted and all(f["sources"] and f["likelihood_ratio"] > 1
                              for c in lifted for f in c[key])
        cited = {c["id"] for c in body["citations"]}
        assert all(set(f["sources"]) <= cited for c in lifted for f in c[key])
        explained = {e["id"]: e for e in body["explanations"]}
        first = explained[lifted[0]["id"]]
        assert any("likelihood ratio" in line["text"] and line["supports"]
                   and ("names the penis" in line["text"] or "nocturnal" in line["text"])
                   for line in first["context"])
