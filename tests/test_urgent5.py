"""Emergencies in lay words that raised no urgent notice, and a look-alike that raised one
(h-urgent5, issue 13; bench/data/probe_h-urgent5.yaml): the notice through the API, the CLI
and the web API, and the ranking it brings (the urgent weight of Ranker.question_prior)."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from whatcauses.engine import Engine
from whatcauses.http.app import create_app

from .readings import answer_rank
from .test_cli import cli

with warnings.catch_warnings():
    # Starlette asks for `httpx2`; the TestClient works as documented with httpx.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

__all__ = ["cli"]


@pytest.mark.parametrize("question", [
    "my wife's speech went all jumbled at breakfast",  # F.A.S.T. speech sign, lay word
    "my dad's face has dropped and he can't lift his arm",  # two F.A.S.T. signs, no "sudden"
    "she's had a fever for two days and now she's talking nonsense",  # sepsis signs
    "my grandad has gone really confused over the last day",  # sudden confusion
    "I woke up and couldn't see anything out of my right eye",  # sight lost on waking
    "I suddenly couldn't see out of one eye",
    "he makes a harsh noise when he breathes in, even at rest",  # stridor at rest (croup)
    "my 3 month old baby is vomiting green",  # bile in a baby
    "16M acute scrotal pain and vomiting",  # torsion said as scrotal pain
    "24F, 7 weeks amenorrhoea, lower abdominal pain and PV bleeding",  # ectopic, clinician
    "sudden pain in my lower back and I can't feel my bum",  # cauda equina
    "my leg is suddenly cold, pale and very painful",  # acute limb ischaemia
    "fever, headache and a non-blanching rash",  # petechiae with fever
    "horrible sore throat and I can't swallow my own spit",  # epiglottitis (drooling)
    "pain around my belly button moved down to the right and I've been sick",  # appendicitis
    "28M RIF pain, anorexia and low-grade fever",
    "I went deaf in my left ear overnight",  # sudden hearing loss
])
def test_an_emergency_raises_the_urgent_notice(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.urgent is not None, question
    assert answer.answer.lower().startswith("urgent")


@pytest.mark.parametrize("question", [
    # A denied list ends with "or": the shadow is denied as the flashes are.
    "I get a few new floaters now and then, no flashes or shadow",
    "no flashes, floaters or shadow, just blurry reading",
    "my toddler had a cold and now has a hoarse voice, playing happily",
    "I wake up with a headache every morning",
    "my leg goes cold and pale when I walk far",  # claudication: no sudden onset
    "back pain for years and I sometimes leak urine when I cough",  # no bowel or saddle sign
    "I keep vomiting green after a night out",  # adult: no baby or child
    "pain in the lower right of my tummy when I run",  # no fever, sickness or lost appetite
    "my hearing has got worse over the years",  # no sudden loss
])
def test_a_look_alike_stays_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question


def test_the_cli_shows_the_notice_first(cli: Any) -> None:
    question = "my grandad has gone really confused over the last day"
    done = cli(["ask", question, "--json", "--top", "5"])
    assert done.code == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["urgent"]["notice"].startswith("Urgent")
    assert "confused" in " ".join(payload["urgent"]["triggers"])
    quiet = cli(["ask", "I get a few new floaters now and then, no flashes or shadow",
                 "--json", "--top", "5"])
    assert json.loads(quiet.stdout)["urgent"] is None


@pytest.fixture(scope="module")
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(engine_factory=lambda: engine)) as test_client:
        yield test_client


def test_the_web_api_shows_the_notice(client: TestClient) -> None:
    body = client.get("/api/ask", params={"q": "my baby is 6 weeks old and vomiting green"}).json()
    assert body["urgent"] and "green" in body["urgent"]["notice"]


@pytest.mark.parametrize(("question", "disease_id", "best"), [
    # "no appetite" reads Anorexia as well as Poor appetite (as "loss of appetite" does)
    ("pain started around my belly button and moved down to the right, I've no appetite "
     "and feel hot", "MONDO:0005649", 3),  # acute appendicitis
    # the jumbled speech is read, and with the arm the notice weighs the stroke up
    ("my wife's speech went all jumbled and she can't lift her left arm", "MONDO:1060198", 5),
    ("my dad's face has dropped and he can't lift his arm", "MONDO:1060198", 1),
    # blood and mucus in a nappy is blood and mucus in the stool
    ("my 9 month old keeps screaming every few minutes, then goes floppy, and there's blood "
     "and mucus in his nappy", "MONDO:0007835", 1),  # intussusception
])
def test_an_emergency_ranks_high(engine: Engine, question: str, disease_id: str,
                                 best: int) -> None:
    # answer_rank counts from 0 and gives ``top`` for a disease not among the first ``top``.
    rank = answer_rank(engine, question, disease_id, top=20)
    assert rank < best, (question, rank + 1)


def test_woke_up_and_overnight_say_a_sudden_onset(engine: Engine) -> None:
    for question in ("I woke up and couldn't see out of one eye", "I went deaf overnight"):
        modifiers = [m.id for m in engine.interpret(question).modifiers]
        assert "HP:0011009" in modifiers, question
    assert not engine.interpret("I wake up with a headache every morning").modifiers
