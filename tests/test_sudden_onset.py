"""A sudden onset (h-urgent3, issue 13 item 3): the reader keeps "sudden", "suddenly", "out of
nowhere" as HPO's Acute (text/modifiers.py), a disease whose profile records a sudden onset on
a related finding weighs ONSET_WEIGHT more (rank/modifiers.py), and sudden stroke signs raise
the urgent notice (red_flag_combinations.yaml)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.modifiers import ONSET_WEIGHT, modifier_weights
from whatcauses.text.modifiers import ACUTE

from .readings import answer_rank, modifier_ids

TESTICULAR_PAIN = "HP:0033839"
TORSION = "MONDO:0008541"
VARICOCELE = "MONDO:0001498"


def test_the_reader_keeps_a_sudden_onset(engine: Engine) -> None:
    assert ACUTE in modifier_ids(engine, "Sudden severe pain in my testicle")
    assert ACUTE in modifier_ids(engine, "My arm suddenly went weak")
    assert ACUTE in modifier_ids(engine, "All of a sudden I couldn't breathe")
    assert ACUTE in modifier_ids(engine, "A headache out of nowhere")
    # Said of nothing sudden, or denied, it is not kept.
    assert ACUTE not in modifier_ids(engine, "Pain in my testicle for months")
    assert ACUTE not in modifier_ids(engine, "The pain was not sudden")


def test_a_condition_recording_a_sudden_onset_weighs_more(engine: Engine) -> None:
    knowledge = engine.knowledge
    weights = modifier_weights(knowledge, [TESTICULAR_PAIN], [ACUTE])
    assert weights is not None
    # Torsion's scrotal pain is sudden (its profile, from the EAU guideline); a varicocele
    # records no onset and is not weighed down for it.
    assert weights[knowledge.disease_index(TORSION)] == ONSET_WEIGHT
    assert weights[knowledge.disease_index(VARICOCELE)] == 1.0


@pytest.mark.slow
def test_sudden_testicle_pain_lifts_torsion(engine: Engine) -> None:
    answer = engine.ask("sudden severe pain in my testicle", top=10)
    ids = [{c.id, *c.ids} for c in answer.ranking.candidates]
    torsion = next(n for n, group in enumerate(ids) if TORSION in group)
    assert torsion < 3 and torsion < answer_rank(engine, "severe pain in my testicle", TORSION)
    assert answer.urgent is not None
    fit = next(c for c in answer.ranking.candidates if TORSION in {c.id, *c.ids})
    assert any(m.modifier == ACUTE for m in fit.modifier_fits)


@pytest.mark.parametrize("question", [
    "sudden weakness in my left arm and leg",
    "his face suddenly drooped and his speech went slurred",
])
def test_sudden_stroke_signs_raise_the_urgent_notice(engine: Engine, question: str) -> None:
    assert engine.interpret(question).red_flags, question


def test_long_standing_weakness_stays_quiet(engine: Engine) -> None:
    assert not engine.interpret("weakness in my left arm and leg that has crept up over years"
                                ).red_flags


@pytest.mark.parametrize("question", [
    # NHS pre-eclampsia page: a bad headache or vision problems in pregnancy.
    "I'm 34 weeks pregnant with a bad headache and blurred vision",
    # NHS shortness of breath page: sudden breathlessness with a painful or swollen leg.
    "sudden shortness of breath and my leg is swollen",
    # NHS ectopic pregnancy page: pain low down with a late period, said as weeks since it.
    "six weeks since my last period and I have pain low on one side and some bleeding",
])
def test_sourced_combinations_raise_the_urgent_notice(engine: Engine, question: str) -> None:
    assert engine.interpret(question).red_flags, question


@pytest.mark.parametrize("question", [
    "I'm pregnant and have a headache",  # a headache alone is common in pregnancy
    "I get short of breath and my ankles swell",  # no sudden onset
])
def test_the_same_findings_without_the_context_stay_quiet(engine: Engine, question: str) -> None:
    assert not engine.interpret(question).red_flags, question
