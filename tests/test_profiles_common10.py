"""Everyday ear, eye, women's health and children's conditions that had no profile
(h-common10, issue 12): earwax impaction, subconjunctival haemorrhage, miscarriage, the
menopause and the undescended testicle. MONDO has no concept of their own for the first four,
so they stand under the MONDO class they belong to (as anal fissure stands under 'anus
disorder'); the undescended testicle enriches OMIM:219050, which MONDO calls the same disease."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank, present_ids

EARWAX = "MONDO:0002776"
SUBCONJUNCTIVAL_HAEMORRHAGE = "MONDO:0001174"
MISCARRIAGE = "MONDO:0041526"
MENOPAUSE = "MONDO:0002263"
UNDESCENDED_TESTIS = "MONDO:0009047"
ECTOPIC_PREGNANCY = "MONDO:0000755"


def test_the_new_profiles_carry_their_defining_finding() -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    defining = {
        EARWAX: "HP:0030788",  # Impacted cerumen
        SUBCONJUNCTIVAL_HAEMORRHAGE: "HP:0011896",  # Subconjunctival hemorrhage
        UNDESCENDED_TESTIS: "HP:0000028",  # Cryptorchidism
    }
    for mondo, hpo in defining.items():
        assert hpo in {f.hpo for f in profiles[mondo].findings if f.frequency == "obligate"}
    assert "OMIM:219050" in profiles[UNDESCENDED_TESTIS].same_as
    # The bleed is painless and leaves sight alone: both argue against it.
    excluded = {f.hpo for f in profiles[SUBCONJUNCTIVAL_HAEMORRHAGE].findings
                if f.frequency == "excluded"}
    assert {"HP:0200026", "HP:0000572"} <= excluded  # Ocular pain, Visual loss


def test_a_blood_spot_on_the_white_of_the_eye_is_read_and_ranked(engine: Engine) -> None:
    question = "I woke up with a bright red blotch on the white of my eye, it doesn't hurt"
    assert "HP:0011896" in present_ids(engine, question)
    assert answer_rank(engine, question, SUBCONJUNCTIVAL_HAEMORRHAGE, top=3) == 0
    assert answer_rank(engine, "burst blood vessel in my eye", SUBCONJUNCTIVAL_HAEMORRHAGE,
                       top=3) == 0


def test_plugged_ears_with_earwax_in_an_older_man(engine: Engine) -> None:
    question = "my 75 year old dad says his ears feel plugged up and he has a lot of earwax"
    assert "HP:0030789" in present_ids(engine, question)  # Excessive cerumen
    assert answer_rank(engine, question, EARWAX, top=3) == 0


def test_bleeding_in_early_pregnancy_names_miscarriage_and_ectopic(engine: Engine) -> None:
    question = "I'm 8 weeks pregnant and have started bleeding with period-like cramps"
    assert answer_rank(engine, question, MISCARRIAGE, top=3) < 3
    assert answer_rank(engine, question, ECTOPIC_PREGNANCY, top=3) < 3


def test_miscarriage_needs_a_pregnancy(engine: Engine) -> None:
    # Its one necessary exposure is the pregnancy: bleeding between periods does not name it.
    question = "bleeding between periods for two months, I am 36"
    assert answer_rank(engine, question, MISCARRIAGE, top=5) == 5


def test_hot_flushes_at_51_are_the_menopause_and_weigh_less_at_25(engine: Engine) -> None:
    question = "I'm 51, my periods have become irregular and I get hot flushes and night sweats"
    assert answer_rank(engine, question, MENOPAUSE, top=3) == 0
    # At 25, twenty years before its usual start (45-55), the age weighs against it.
    young = "I'm a 25 year old woman with hot flushes and night sweats"
    candidate = next(c for c in engine.ask(young, top=5).ranking.candidates
                     if c.id == MENOPAUSE)
    assert candidate.age_fit is not None and candidate.age_fit.likelihood_ratio < 0.5


def test_an_empty_scrotum_in_a_baby_boy(engine: Engine) -> None:
    question = "my baby boy's scrotum looks empty on one side"
    # "on one side" makes it Unilateral cryptorchidism, a more specific form.
    assert present_ids(engine, question) & {"HP:0000028", "HP:0012741"}
    assert answer_rank(engine, question, UNDESCENDED_TESTIS, top=3) == 0
