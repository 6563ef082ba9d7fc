"""Forum-style questions (issue 14): guesses, resolved complaints, other people's complaints
and run-on wordings are not read as the person's findings (text/guesses.py, text/resolved.py,
text/persons.py), on the rules alone and on the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.guesses import guess_heads
from whatcauses.text.normalize import tokenize
from whatcauses.text.resolved import resolved_spans

from .readings import present_ids

MIGRAINE, STROKE, ANEMIA = "HP:0002076", "HP:0001297", "HP:0001903"
ANXIETY, VERTIGO, RHINITIS, COUGH = "HP:0000739", "HP:0002321", "HP:0012384", "HP:0012735"
RHINORRHEA, WEIGHT_LOSS = "HP:0031417", "HP:0001824"
EXERTIONAL_DYSPNEA, TINNITUS, PICA = "HP:0002875", "HP:0000360", "HP:0011856"


def _folded(text: str) -> list[str]:
    return [t.folded for t in tokenize(text)]


def _heads(text: str) -> list[str]:
    folded = _folded(text)
    return [folded[h] for h in guess_heads(folded)]


@pytest.mark.parametrize(("text", "head"), [
    ("could this be arthritis or have I broken it", "arthritis"),
    ("could it be my thyroid?", "thyroid"),
    ("Is it a migraine?", "migraine"),
    ("im terrified its a stroke", "stroke"),
    ("my sister says its probably anxiety", "anxiety"),
    ("the GP told me it was a virus", "virus"),
    ("a blood test for anemia", "anemia"),
    ("they checked me for diabetes", "diabetes"),
])
def test_a_guess_has_a_head(text: str, head: str) -> None:
    assert _heads(text) == [head]


@pytest.mark.parametrize("text", [
    "is this rash serious?",  # the person's own rash, named with "this"
    "could this rash spread",  # a modal without "be" asks about the rash
    "it's a sharp pain in my side",  # a report, with no verb of fearing or saying
    "is it normal to have headaches",
    "why is it itchy",  # a question about the person's own finding
    "I think it's swollen",  # a report of what the asker sees
])
def test_no_guess(text: str) -> None:
    folded = _folded(text)
    assert not [folded[h] for h in guess_heads(folded) if folded[h] in
                {"rash", "sharp", "pain", "headaches", "itchy", "swollen"}]


def test_a_complaint_said_to_be_over_is_resolved() -> None:
    folded = _folded("I had an ear infection last year but that cleared up. Now I'm dizzy.")
    spans = resolved_spans(folded)
    assert len(spans) == 1
    start, end = spans[0]
    assert "infection" in folded[start:end] and "dizzy" not in folded[start:end]


@pytest.mark.parametrize("text", [
    "a high fever for 3 days that went away, then a rash",  # recent: part of this illness
    "I had eczema as a child, it cleared up but now it's back",  # it came back
    "I've had headaches for years",  # no end marker
])
def test_no_resolved_complaint(text: str) -> None:
    assert resolved_spans(_folded(text)) == []


def test_guesses_are_not_findings(engine: Engine) -> None:
    question = "My big toe is red hot and swollen. Could this be arthritis?"
    assert present_ids(engine, question)  # the toe is read (a hot toe joint is Arthritis)...
    # ...the guess is not
    assert all("arthritis" not in f.text.lower() for f in engine.interpret(question).findings)
    assert MIGRAINE not in present_ids(engine, "Pain behind my left eye every night, is this a "
                                               "migraine?")
    assert STROKE not in present_ids(engine, "My face has dropped on one side, I'm terrified "
                                             "its a stroke")
    assert ANEMIA not in present_ids(engine, "I'm always tired, the gp did a blood test for "
                                             "anemia in march")
    assert ANXIETY not in present_ids(engine, "I'm short of breath and my sister says its "
                                              "probably anxiety")


def test_a_resolved_complaint_is_not_a_finding(engine: Engine) -> None:
    read = present_ids(engine, "The room spins when I roll over. I had an ear infection last "
                               "year but that cleared up with drops.")
    assert VERTIGO in read
    assert not {i for i in read if i != VERTIGO and "otitis" in
                engine.knowledge.ontology.name(i).lower()}


def test_another_kind_of_person_is_someone_else(engine: Engine) -> None:
    reading = engine.interpret("My son is 4 and has a cough. My husband has had a cold as well.")
    assert COUGH in {i for f in reading.findings for i in f.ids}
    assert RHINITIS not in {i for f in reading.findings for i in f.ids}
    assert any(RHINITIS in f.ids for f in reading.others_findings)
    # Two nouns of one kind may be the same child: both findings stay.
    reading = engine.interpret("My daughter has a cough and my little girl has a runny nose")
    assert {COUGH, RHINORRHEA} <= {i for f in reading.findings for i in f.ids}


def test_an_intensifier_or_a_likening_is_no_negation(engine: Engine) -> None:
    reading = engine.interpret("Never known pain like it, worse than childbirth")
    assert any(not f.negated for f in reading.findings)
    assert RHINORRHEA in present_ids(engine, "It started like a normal cold with a runny nose")


def test_run_on_wordings(engine: Engine) -> None:
    assert WEIGHT_LOSS in present_ids(engine, "ive lost about 8kg without trying")
    assert EXERTIONAL_DYSPNEA in present_ids(engine, "I get out of breath going up the stairs")
    assert TINNITUS in present_ids(engine, "a roaring noise in my left ear")
    assert PICA in present_ids(engine, "I keep wanting to chew ice cubes")


SEIZURE = "HP:0001250"


@pytest.mark.parametrize(("text", "well"), [
    ("I'm 42 and normally fit, I play football", True),
    ("otherwise fit and well", True),
    ("she had a fit last night", False),
    ("he keeps having fits", False),
])
def test_fit_meaning_healthy_is_no_seizure(engine: Engine, text: str, well: bool) -> None:
    assert (SEIZURE not in present_ids(engine, text)) == well
