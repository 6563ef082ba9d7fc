"""Family history said in everyday words (h-family10, issue 14): a relative's condition said
young with no age, the curated condition a relative's words name weighed as that condition
(its family risk) rather than as the rare syndromes that list it, a relative's condition kept
theirs when the patient's finding only shares a group member with it, and "haemophilia" as
the everyday name of both haemophilias."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine


def _relative(engine: Engine, question: str, text: str):  # type: ignore[no-untyped-def]
    found = [f for f in engine.interpret(question).findings if f.text == text]
    assert found, f"{text!r} not read"
    return found[0]


@pytest.mark.parametrize(("question", "condition"), [
    ("My grandad had a stroke young. I'm 38 and my arm went weak for half an hour.", "stroke"),
    ("my mum had breast cancer when she was young and I have a lump in my breast",
     "breast cancer"),
    ("my dad had a heart attack quite young and I get chest pain walking uphill",
     "heart attack"),
])
def test_condition_said_young(engine: Engine, question: str, condition: str) -> None:
    finding = _relative(engine, question, condition)
    assert finding.relative is not None
    assert finding.relative_young
    assert finding.relative_age is None


@pytest.mark.parametrize("question", [
    "my dad had a stroke when I was young and I get headaches",
    "my dad had a stroke young family and all, I get headaches",
])
def test_asker_youth_or_young_family_is_no_young_onset(engine: Engine, question: str) -> None:
    finding = _relative(engine, question, "stroke")
    assert finding.relative == "dad"
    assert not finding.relative_young


def test_relatives_words_name_a_curated_condition(engine: Engine) -> None:
    finding = _relative(engine, "my sister has coeliac disease and I get bloating and diarrhoea",
                        "coeliac disease")
    assert finding.relative == "sister"
    assert "MONDO:0005130" in finding.relative_named


def test_named_condition_lifted_by_its_family_risk_not_the_syndromes(engine: Engine) -> None:
    """A sister's coeliac disease lifts coeliac disease by its measured family risk
    (profile's family_risk, PMID:26416192), and no longer gives rare syndromes that list
    coeliac disease (VISS syndrome, OMIM:619472) their whole likelihood ratio."""
    answer = engine.ask("my sister has coeliac disease and I get bloating and diarrhoea",
                        top=10)
    ids = [c.id for c in answer.ranking.candidates]
    first = answer.ranking.candidates[0]
    assert first.id == "OMIM:212750" or "MONDO:0005130" in first.ids
    assert first.family_history == ("coeliac disease",)
    assert "OMIM:619472" not in ids


def test_group_member_does_not_make_relatives_condition_the_patients(engine: Engine) -> None:
    question = "my mum has glaucoma. my eye pressure is raised."
    assert _relative(engine, question, "glaucoma").relative == "mum"
    own = [f for f in engine.interpret(question).own if f.text == "glaucoma"]
    assert not own


def test_shared_condition_stays_the_patients(engine: Engine) -> None:
    # the patient's own finding of the same term is theirs (and family history of a mode)
    findings = engine.interpret("I have a tremor and my father has a tremor").findings
    assert [f.relative for f in findings if f.text == "tremor"] == [None]


def test_haemophilia_named_in_a_relative_is_x_linked_family_history(engine: Engine) -> None:
    answer = engine.ask("My brother has haemophilia and my baby boy bruises really easily "
                        "and bled for ages after a blood test.", top=5)
    assert "HP:0001419" in answer.interpretation.inheritance_modes
    haemophilias = {"OMIM:306700", "OMIM:306900"}
    assert haemophilias & {c.id for c in answer.ranking.candidates[:2]}


def test_part_of_the_words_names_no_condition(engine: Engine) -> None:
    # "type 1" is a bracketed part of a syndrome's name: no name of "type 1 diabetic"
    finding = _relative(engine, "my brother is type 1 diabetic and I'm thirsty all the time",
                        "type 1 diabetic")
    assert finding.relative == "brother"
    assert finding.relative_named == ()


@pytest.mark.parametrize("question", [
    "the men on my dad's side all had heart attacks young, I'm 40 with chest pain on exertion",
    "everyone on my dad's side had heart attacks and I get chest pain on exertion",
])
def test_side_of_the_family_before_the_askers_clause(engine: Engine, question: str) -> None:
    findings = {f.text: f.relative for f in engine.interpret(question).findings}
    assert findings["heart attacks"] is not None
    assert findings["chest pain on exertion"] is None


def test_asker_told_by_the_family_stays_the_askers(engine: Engine) -> None:
    findings = {f.text: f.relative
                for f in engine.interpret("it runs in my family, they say I get headaches")
                .findings}
    assert findings["headaches"] is None


def test_contracted_has_keeps_a_first_degree_relative(engine: Engine) -> None:
    """"my sister's got coeliac": the sister is a first-degree relative, so coeliac disease
    takes its family-risk lift, as for "my sister has coeliac"."""
    contracted = engine.ask("my sister's got coeliac and I'm bloated all the time", top=3)
    plain = engine.ask("my sister has coeliac and I'm bloated all the time", top=3)
    first, other = contracted.ranking.candidates[0], plain.ranking.candidates[0]
    assert first.id == other.id == "OMIM:212750"
    assert first.probability == pytest.approx(other.probability, rel=0.05)
