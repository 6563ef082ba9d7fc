"""Relatives as family context, never the patient's findings (h-family6, issue 14): the asker's
own trouble when the question is about their child is a parent's, family history; a child
named by an age alone ("my 3 year old") is the person asked about; a relative's narrower form
of the patient's own trouble lifts only the diseases that list it; a relative "diagnosed
with it", "treated for it", "born with it" or who "passed it on" is affected; the mother's
father is dominant as well as X-linked once the mother shares the trouble."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, cli_interpretation, modes, relatives

DOMINANT = "HP:0000006"
RECESSIVE = "HP:0000007"
X_LINKED = "HP:0001417"
ALLERGIC_RHINITIS = "HP:0003193"
MIGRAINE = "HP:0002076"


@pytest.mark.parametrize("question", [
    "My 3 year old has dry itchy skin on his elbows. His dad has asthma and I get hay fever.",
    "My 3-year-old has a rash and I get hay fever",
    "My 4 year old son has a rash and I get hay fever.",
])
def test_the_askers_own_trouble_beside_their_childs_is_a_parents(
        engine: Engine, question: str) -> None:
    assert relatives(engine, question)[ALLERGIC_RHINITIS] == "parent"


def test_the_parents_trouble_is_family_history_in_the_json(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    interpretation = cli_interpretation(
        engine, monkeypatch, "My 9 year old daughter gets bad headaches. I get migraines.")
    migraine = [f for f in interpretation["findings"] if f["id"] == MIGRAINE]
    assert migraine and migraine[0]["relative"] == "parent"


@pytest.mark.parametrize("question", [
    # The asker shares or caught the child's trouble: the asker's own finding.
    "My son had chickenpox and now I have a rash",
    "I get hay fever and my 3 year old has a rash",
])
def test_the_asker_who_speaks_first_or_shares_keeps_their_finding(
        engine: Engine, question: str) -> None:
    assert relatives(engine, question)[ALLERGIC_RHINITIS if "hay" in question
                                        else "HP:0000988"] is None


def test_a_parents_chest_pain_still_raises_the_urgent_notice(engine: Engine) -> None:
    answer = engine.ask("My 4 year old has a fever. I have chest pain.")
    assert answer.urgent is not None


def test_a_relatives_migraine_lifts_migraine_not_every_cause_of_headache(
        engine: Engine) -> None:
    question = "My 9 year old daughter gets bad headaches. Her dad gets migraines."
    candidates = engine.ask(question, top=10).ranking.candidates
    assert "migraine" in candidates[0].name.lower()
    lifted = [c.name for c in candidates if c.family_history]
    assert lifted and all("migraine" in name.lower() for name in lifted)


@pytest.mark.parametrize("tail", [
    "My mum was diagnosed with it at 40.",
    "My dad has been treated for it.",
    "My gran died from it.",
    "My dad passed it on to me.",
])
def test_a_relative_diagnosed_treated_or_passing_it_on_is_affected(
        engine: Engine, tail: str) -> None:
    assert DOMINANT in modes(engine, "I have a tremor in both hands. " + tail)


def test_a_brother_born_with_it_is_an_affected_sibling(engine: Engine) -> None:
    # An affected brother alone fits every mode (h-rarefamily1; unaffected parents said beside
    # him narrow it to recessive or X-linked).
    assert modes(engine, "I have a tremor in both hands. My brother was born with it.") == {
        DOMINANT, RECESSIVE, X_LINKED, "HP:0001427"}


@pytest.mark.parametrize("tail", [
    "My brother got it from school.",
    "My son got it from me.",
])
def test_catching_it_is_no_family_history(engine: Engine, tail: str) -> None:
    assert not modes(engine, "I have a cough. " + tail)


@pytest.mark.parametrize("question", [
    "24F, diabetes diagnosed at 20, islet antibodies negative. Mother diabetic at 25 and "
    "maternal grandfather too.",
    "I have a tremor. My mum has it and so did my maternal grandfather.",
])
def test_the_mothers_father_beside_an_affected_mother_is_dominant_too(
        engine: Engine, question: str) -> None:
    assert modes(engine, question) == {DOMINANT, X_LINKED}


def test_the_mothers_father_alone_stays_x_linked(engine: Engine) -> None:
    assert modes(engine, "I'm going deaf. My grandad on my mum's side had it too.") == {
        X_LINKED}


def test_a_childs_eczema_leads_beside_a_parents_hay_fever(engine: Engine) -> None:
    question = ("My 3 year old has dry itchy skin in the creases of his elbows and behind his "
                "knees. His dad has asthma and I get hay fever.")
    assert answer_rank(engine, question, "MONDO:0004980") == 0


@pytest.mark.parametrize(("question", "relative"), [
    ("I'm 50 with blood in my stool. Paternal aunt had endometrial cancer and father had "
     "bowel cancer.", "aunt"),
    ("38M with rectal bleeding. Father had bowel cancer at 45 and paternal aunt endometrial "
     "cancer at 50.", "aunt"),
])
def test_a_relative_named_by_their_side_in_a_note_is_a_relative(
        engine: Engine, question: str, relative: str) -> None:
    said_of = {f.text: f.relative for f in engine.interpret(question).findings}
    assert said_of["cancer"] == relative
    assert said_of["bowel cancer"] == "father"


@pytest.mark.parametrize("question", [
    "My son, 6, has a cough and wheeze. Asthma runs in his dad's family.",
    "My son has a cough. Asthma runs in my husband's family.",
])
def test_what_runs_in_a_named_side_of_the_family_is_the_familys(
        engine: Engine, question: str) -> None:
    said_of = relatives(engine, question)
    assert said_of["HP:0002099"] == "family"
    assert said_of["HP:0012735"] is None  # the child's own cough


def test_a_parent_sharing_the_childs_trouble_is_told_by_their_clause(engine: Engine) -> None:
    reading = engine.interpret("My 5 year old has eczema. I have eczema.")
    assert [e.text for e in reading.inheritance] == ["I have eczema"]
    assert DOMINANT in reading.inheritance_modes
