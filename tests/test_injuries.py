"""Questions that describe an injury (h-injury, issues 16 and 13; bench/data/probe_h-injury.yaml):
whatcauses ranks diseases, not injuries, so the answer says so near the top, in the narrative,
the CLI, the HTTP JSON (and the page: tests/test_browser.py), with sourced lines on when an
injury needs assessment; the ranking is still shown. A blow to the head in any wording the
reader knows completes the head-injury red-flag combination. Everyday wordings that share a
word with an injury ("fell asleep", "burning feet", "I keep falling over") read none."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from whatcauses.answer.safety import INJURY_NOT_RANKED
from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.http.app import create_app
from whatcauses.http.schemas import AskModel
from whatcauses.knowledge.curated import (
    injury_vocabulary,
    parse_injuries,
    read_yaml,
    red_flag_combinations,
)

from .readings import cli_interpretation, present_ids

with warnings.catch_warnings():
    # Starlette asks for `httpx2`; the TestClient works as documented with httpx.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

ANKLE = "my ankle is swollen after I went over on it"
KNOCKED_HEAD = "my son knocked his head on the corner of a table and has been vomiting"
OTTAWA = {"PMID:1554175", "PMID:8433468"}
NICE_HEAD = "GUIDELINE:nice-ng232"
CALL_999 = "GUIDELINE:swast-when-to-call-999"


def injury_keys(engine: Engine, question: str) -> list[str]:
    return list(engine.interpret(question).injury_keys)


@pytest.mark.parametrize(("question", "key"), [
    (ANKLE, "twisting"),
    ("rolled my ankle on the stairs", "twisting"),
    ("I sprained my wrist", "twisting"),
    ("fell off my bike and my wrist is painful", "fall"),
    ("she tripped on a rug", "fall"),
    ("my daughter was hit on the head by a swing", "head-injury"),
    ("I banged my head on a cupboard", "head-injury"),
    ("got hit in the eye by a football", "blow"),
    ("I cut my finger on a knife", "cut"),
    ("I burned my hand on the oven", "burn"),
    ("hurt my back lifting a heavy box", "lifting"),
    ("I was in a car accident last week", "road-accident"),
    ("a sports injury to my knee", "sports"),
    ("I broke my wrist last year", "injury"),
])
def test_injuries_are_read_in_everyday_words(engine: Engine, question: str, key: str) -> None:
    assert key in injury_keys(engine, question), question


@pytest.mark.parametrize("question", [
    "I fell asleep on the sofa and woke up with a stiff neck",
    "my hair is falling out",
    "burning feet at night",
    "a burning pain when I pee",
    "I keep falling over and my legs are weak",
    "my mum has acute kidney injury",
    "I have cut down on coffee but still get headaches",
    "she hit puberty early and has acne",
    "my bones break easily and I have had many fractures",
    "I feel burnt out and tired all the time",
    "I got hit by a wave of nausea and dizziness",
    "I tripped over my words and my face felt numb",
])
def test_everyday_wordings_that_share_a_word_read_no_injury(engine: Engine,
                                                             question: str) -> None:
    assert injury_keys(engine, question) == [], question


HEAD_BANGING, SELF_INJURY, FALLS = "HP:0012168", "HP:0100716", "HP:0002527"
NEURALGIA, PARESTHESIA = "HP:0033345", "HP:0003401"


@pytest.mark.parametrize(("question", "absent"), [
    ("I banged my head yesterday and now I have a headache", {HEAD_BANGING, SELF_INJURY}),
    ("since a fall off my bike my knee aches", {FALLS}),
    ("I burned my hand on the oven and it has blisters", {NEURALGIA, PARESTHESIA}),
])
def test_the_words_of_an_injury_are_no_finding(engine: Engine, question: str,
                                               absent: set[str]) -> None:
    found = present_ids(engine, question)
    assert found and not found & absent, question


@pytest.mark.parametrize("question", [
    "I have type 2 diabetes and a cut on my toe won't heal",
    "I keep falling over and my legs are weak",
])
def test_a_finding_that_holds_such_words_stays(engine: Engine, question: str) -> None:
    assert present_ids(engine, question), question


@pytest.mark.parametrize("question", [
    "worst headache of my life, like being hit on the back of the head",
    "I feel like I've been hit by a truck and ache all over",
    "as if I'd been kicked in the stomach",
    "it feels like I was hit by a truck",
    "a sharp pain like I'm being stabbed",
])
def test_a_likeness_is_a_feeling_not_an_injury(engine: Engine, question: str) -> None:
    assert injury_keys(engine, question) == [], question


def test_a_hedge_is_still_an_injury(engine: Engine) -> None:
    assert injury_keys(engine, "it looks like I broke my toe, it is purple") == ["injury"]


@pytest.mark.parametrize("question", [
    "both my ankles are swollen by the evening, I have not injured them",
    "swollen knee, no injury",
])
def test_a_denied_injury_is_read_as_denied_and_gives_no_note(engine: Engine,
                                                             question: str) -> None:
    read = engine.interpret(question).injuries
    assert read and all(i.negated for i in read), question
    answer = engine.ask(question)
    assert answer.injury is None
    assert "injury" not in answer.sections
    assert INJURY_NOT_RANKED not in answer.answer


def test_the_note_comes_first_and_the_ranking_is_still_shown(engine: Engine) -> None:
    answer = engine.ask(ANKLE)
    assert answer.injury is not None and answer.urgent is None
    # The first paragraph of the narrative is the note; the causes follow it.
    first = answer.answer.split("\n\n")[0]
    assert first.startswith("You describe a twisting injury.")
    assert INJURY_NOT_RANKED in first
    assert "the diseases the findings alone would suggest" in first
    assert answer.ranking.candidates, "the ranking is not hidden"
    # Ankle and foot injuries get the Ottawa ankle rules, every injury when to call 999.
    cited = {c.id for c in answer.citations if c.in_answer}
    assert OTTAWA | {CALL_999} <= cited
    assert [a.sources[0] for a in answer.injury.advice] == ["PMID:1554175", CALL_999]
    assert NICE_HEAD not in cited


def test_a_question_with_no_finding_still_gets_the_note(engine: Engine) -> None:
    answer = engine.ask("I cut myself")
    assert not answer.ranking.candidates
    assert answer.injury is not None
    assert "cannot say what the injury is" in answer.injury.notice


def test_a_blow_to_the_head_in_other_words_raises_the_urgent_notice(engine: Engine) -> None:
    answer = engine.ask(KNOCKED_HEAD)
    assert answer.urgent is not None
    assert answer.injury is not None
    assert answer.injury.advice[0].sources == (NICE_HEAD,)
    # The urgent notice stays first, the note second.
    paragraphs = answer.answer.split("\n\n")
    assert paragraphs[0].startswith("Urgent:")
    assert paragraphs[1].startswith("You describe a blow to the head.")


def test_a_fever_after_a_cut_in_other_words_raises_the_urgent_notice(engine: Engine) -> None:
    question = "I cut my hand on some glass and now it is red and swollen and I have a fever"
    answer = engine.ask(question)
    assert answer.urgent is not None and "necrotising fasciitis" in " ".join(
        answer.urgent.advice)
    assert engine.ask("I cut my hand on some glass and it is sore").urgent is None


def test_a_blow_to_the_head_without_a_warning_sign_is_no_emergency(engine: Engine) -> None:
    answer = engine.ask("my son knocked his head on a table and has a bruise on his forehead")
    assert answer.urgent is None
    assert answer.injury is not None


def test_the_head_injury_combination_names_the_injury() -> None:
    named = {c.name: c.injuries for c in red_flag_combinations()}
    assert named["head injury with warning signs"] == ("head-injury",)
    assert named["fever after a cut or wound"] == ("cut",)
    keys = {i.key for i in injury_vocabulary().injuries}
    assert all(set(injuries) <= keys for injuries in named.values())


def test_every_assessment_line_cites_listed_sources() -> None:
    vocabulary = injury_vocabulary()
    listed = {r.id for r in vocabulary.references}
    assert vocabulary.assessment
    for line in vocabulary.assessment:
        assert line.sources and set(line.sources) <= listed


def test_a_broken_injuries_file_is_a_data_error() -> None:
    raw = read_yaml("injuries.yaml")
    with pytest.raises(DataError, match="not listed in references"):
        parse_injuries({**raw, "references": []})
    with pytest.raises(DataError, match="slot"):
        parse_injuries({**raw, "not_injuries": ["<his> fall"]})


def test_the_cli_says_so_before_the_causes(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    interpretation = cli_interpretation(engine, monkeypatch, ANKLE)
    assert [(i["key"], i["text"], i["negated"]) for i in interpretation["injuries"]] == [
        ("twisting", "went over on", False)]
    assert {"kind": "injury", "text": "went over on"}.items() <= next(
        m for m in interpretation["mappings"] if m["kind"] == "injury").items()
    from .cli_runner import invoke

    done = invoke(["ask", ANKLE, "--top", "3"])
    assert done.code == 0, done.stderr
    out = done.stdout
    assert "INJURY" in out and "injury: went over on -> a twisting injury" in out
    assert out.index("Injuries are outside what whatcauses ranks") < out.index("Candidates")
    done = invoke(["ask", ANKLE, "--json"])
    payload = json.loads(done.stdout)
    assert payload["injury"]["injuries"] == ["a twisting injury"]
    assert payload["sections"]["injury"][0]["text"].startswith("You describe")


@pytest.fixture(scope="module")
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(engine_factory=lambda: engine)) as test_client:
        yield test_client


def test_the_http_answer_carries_the_note(client: TestClient) -> None:
    response = client.get("/api/ask", params={"q": ANKLE})
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()
    AskModel.model_validate(payload)
    assert payload["injury"]["notice"].startswith("You describe a twisting injury.")
    assert payload["injury"]["advice"][0]["sources"] == sorted(OTTAWA)
    assert payload["candidates"], "the ranking is not hidden"
    response = client.get("/api/ask", params={"q": "swollen ankles, no injury"})
    assert response.json()["injury"] is None


def test_the_printable_report_carries_the_note(client: TestClient) -> None:
    response = client.get("/api/report", params={"q": ANKLE})
    assert response.status_code == 200, response.text
    html = response.text
    assert "Injuries are outside what whatcauses ranks" in html and "Ottawa ankle rules" in html
    assert html.index("About injuries") < html.index("Ranked conditions")
