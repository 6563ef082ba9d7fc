"""Urgent-care notices for red-flag presentations of children and adults (h-urgent3 of
wave 3, issue 14; red_flags.yaml and red_flag_combinations.yaml): a child who will not bear
weight (NICE CKS acute childhood limp), a newborn's meconium not passed (NICE CG99), green
vomit in a baby days old, a first fit, unfelt or bilateral bladder trouble with back pain
(GIRFT cauda equina pathway), confusion over days in an older person (NICE CG103); and the
everyday look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("question", [
    # A child who cannot bear weight, with or without a fever (CKS red flag).
    "my 8 year old can't put any weight on his left leg since last night and his hip hurts",
    "my 14 year old daughter has a sore knee and now she can't stand on that leg",
    "my 4 year old is refusing to walk this morning",
    # A limp with a fever past 5 (CKS), the under-5s being NICE NG143's.
    "my 9 year old has a fever and a limp",
    # A newborn who has not passed meconium (NICE CG99 red flag).
    "my newborn son hasn't passed meconium yet",
    # Green vomit in a baby days old.
    "my 3 day old baby is throwing up green",
    # A first fit, said as "for the first time".
    "my husband had a seizure for the first time today",
    # Back pain with a leak of urine the person did not feel (GIRFT pathway).
    "lower back pain and I wet myself without realising",
    # Confusion over days in an older person (NICE CG103).
    "my 80 year old mum has been confused for the last few days",
])
def test_a_red_flag_presentation_raises_the_urgent_notice(engine: Engine, question: str) -> None:
    assert engine.interpret(question).red_flags, question


@pytest.mark.parametrize("question", [
    # A limp alone, or an adult who cannot bear weight, is no child's red flag here.
    "my 7 year old has had a slight limp since football on saturday",
    "I'm 35 and can't put weight on my ankle after twisting it",
    # A toddler's constipation is no newborn's meconium.
    "my 2 year old hasn't done a poo for three days",
    # A seizure of long-standing epilepsy.
    "I have epilepsy and had a seizure last month",
    # Stress incontinence beside back pain, felt and on one side.
    "I leak a little urine when I cough and I have a bad back",
    # Confusion grown over years (dementia), not days.
    "my 80 year old dad has been getting more confused over the last two years",
])
def test_the_everyday_look_alikes_stay_quiet(engine: Engine, question: str) -> None:
    assert not engine.interpret(question).red_flags, question


def test_a_child_who_will_not_bear_weight_is_read_with_antalgic_gait(engine: Engine) -> None:
    findings = engine.interpret("my 5 year old refuses to walk").findings
    assert any("HP:0031955" in f.ids and not f.negated for f in findings)


def test_a_newborn_without_a_first_poo_ranks_hirschsprung_disease(engine: Engine) -> None:
    question = "our baby is 3 days old and hasn't done her first poo, her tummy is swollen"
    candidates = engine.ask(question, top=10).ranking.candidates
    assert any({"ORPHA:388", "OMIM:142623"} & {c.id, *c.ids} for c in candidates[:5])
