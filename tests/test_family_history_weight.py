"""How a question's family history reaches the ranking (h-family3, issue 14): a blood
relative's young sudden death read as the relative's Sudden cardiac death, the age a relative
had their condition at, and an early onset of a common condition as a clue to its inherited
forms (rank/family_findings.py early_onset)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import family_words
from whatcauses.text.family import SUDDEN_CARDIAC_DEATH, young_sudden_deaths
from whatcauses.text.normalize import tokenize

HYPERTROPHIC_CARDIOMYOPATHY = {"MONDO:0005045", "OMIM:192600"}
LYNCH = {"ORPHA:144", "OMIM:120435"}


def deaths(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    return [(tokens[d.relative].folded,
             " ".join(t.text for t in tokens[d.start: d.end + 1]))
            for d in young_sudden_deaths(tokens, family_words().relatives)]


@pytest.mark.parametrize(("text", "relative"), [
    ("My cousin died suddenly at 24 playing football.", "cousin"),
    ("My brother died in his sleep at 30 and nobody knew why.", "brother"),
    ("Her uncle dropped dead in his twenties.", "uncle"),
    ("My sister's son collapsed and died at 17 while running.", "son"),
])
def test_a_relatives_young_sudden_death_is_read(text: str, relative: str) -> None:
    assert [r for r, _ in deaths(text)] == [relative]


@pytest.mark.parametrize("text", [
    "My grandad died suddenly at 70 from a heart attack.",  # old: mostly coronary disease
    "My dad died suddenly, leaving a young family.",  # no age at death
    "I nearly died suddenly at 20.",  # the asker
    "A boy at school died suddenly at 15.",  # no blood relative
    "My mum died at 30 of breast cancer.",  # not sudden
])
def test_no_young_sudden_death_of_a_relative(text: str) -> None:
    assert deaths(text) == []


def test_the_young_sudden_death_is_the_relatives_finding(engine: Engine) -> None:
    interpretation = engine.interpret(
        "I'm 19 and my heart flutters and I nearly blacked out running for the bus. My cousin "
        "died suddenly at 24 playing football.")
    theirs = [f for f in interpretation.family_findings if SUDDEN_CARDIAC_DEATH in f.ids]
    assert [f.relative for f in theirs] == ["cousin"]
    assert SUDDEN_CARDIAC_DEATH not in {i for f in interpretation.own for i in f.ids}


def test_a_young_sudden_death_puts_an_inherited_heart_condition_first(engine: Engine) -> None:
    question = ("I'm 19 and my heart flutters and I nearly blacked out running for the bus. My "
                "cousin died suddenly at 24 playing football.")
    first = engine.ask(question, top=3).ranking.candidates[0]
    assert ({first.id, *first.ids} & HYPERTROPHIC_CARDIOMYOPATHY
            and first.family_history)


def test_an_old_relatives_sudden_death_leaves_a_cold_first(engine: Engine) -> None:
    question = ("My grandad died suddenly at 70 from a heart attack. I've had a runny nose, a "
                "sore throat and a cough for three days.")
    interpretation = engine.interpret(question)
    assert SUDDEN_CARDIAC_DEATH not in {i for f in interpretation.findings for i in f.ids}
    top = [c.id for c in engine.ask(question, top=3).ranking.candidates]
    assert "MONDO:0005709" in top  # Common cold


@pytest.mark.parametrize(("text", "age"), [
    ("My mum had breast cancer at 38 and I found a lump in my breast.", 38.0),
    ("My dad had bowel cancer at the age of 45, I have blood in my poo.", 45.0),
    ("My dad had bowel cancer, I have blood in my poo at 45.", None),
])
def test_the_age_a_relative_had_it_at(engine: Engine, text: str, age: float | None) -> None:
    found = [f.relative_age for f in engine.interpret(text).family_findings]
    assert found == [age]


def _lynch_rank(engine: Engine, age: int) -> int:
    question = (f"My mum had bowel cancer at {age}. I'm 38 and I've had blood in my poo and "
                "looser stools for a few weeks.")
    ranked = engine.ask(question, top=30).ranking.candidates
    return next((n for n, c in enumerate(ranked, 1) if {c.id, *c.ids} & LYNCH), 99)


def test_a_relatives_early_bowel_cancer_is_a_clue_to_lynch_syndrome(engine: Engine) -> None:
    # Before 50 (bowel cancer's usual onset in its profile) the relative's cancer lifts the
    # inherited form; at 72 it is a common cancer, no near-decisive clue.
    assert _lynch_rank(engine, 45) <= 5
    assert _lynch_rank(engine, 45) < _lynch_rank(engine, 72)


def test_a_profiles_family_risk_lifts_a_first_degree_relatives_disease(engine: Engine) -> None:
    # Coeliac disease: 7.5 % of first-degree relatives (PMID:26416192) over about 0.7 % of
    # people, about tenfold, more than the flat lift of 3 of a relative's named disease.
    from whatcauses.rank.family_findings import RELATIVE_DISEASE_LIFT, family_risk_lift

    lift = family_risk_lift(engine.knowledge, ("MONDO:0005130",), engine.ranker.prevalence)
    assert lift is not None and 8 < lift < 13 and lift > RELATIVE_DISEASE_LIFT
    assert family_risk_lift(engine.knowledge, ("MONDO:0005709",),  # common cold: no figure
                            engine.ranker.prevalence) is None


def test_a_close_relatives_hypertrophic_cardiomyopathy_lifts_it(engine: Engine) -> None:
    def rank(relative: str) -> int:
        question = (f"I'm 22 and I get a pounding heart and feel dizzy when I train at the gym. "
                    f"My {relative} has a thickened heart muscle.")
        ranked = engine.ask(question, top=30).ranking.candidates
        return next((n for n, c in enumerate(ranked, 1)
                     if {c.id, *c.ids} & HYPERTROPHIC_CARDIOMYOPATHY), 99)

    assert rank("brother") <= 3
    assert rank("brother") <= rank("cousin")
