"""A stressful life event and a traumatic event as exposures (h-misses1, issue 13).

Adjustment disorder is by definition a reaction to an identifiable stressor (DSM-5, ICD-11
6B43), post-traumatic stress disorder to a traumatic event (DSM-5 criterion A): both profiles
mark their event ``necessary``, so a question that names it lifts the disorder and one that
names none weighs it down. Jumping sports lift jumper's knee (patellar tendinopathy). Pain
"far worse than it looks" is HPO's Pain disproportionate to abnormality on physical exam, a
modifier necrotising fasciitis records on its pain."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, modifier_ids, present_ids

ADJUSTMENT = "MONDO:0003265"
PTSD = "MONDO:0005146"
FASCIITIS = "MONDO:0004835"
DISPROPORTIONATE = "HP:6001123"


def _exposures(engine: Engine, question: str) -> set[str]:
    return {e.key for e in engine.interpret(question).exposures if not e.negated}


@pytest.mark.parametrize("question", [
    "After my divorce I've been anxious and low for six weeks.",
    "Ever since I was made redundant I cry a lot and worry all the time.",
    "I'm struggling to cope after moving abroad for work.",
    "Since my marriage broke up I can't focus at work.",
])
def test_a_stressful_change_in_life_is_read(engine: Engine, question: str) -> None:
    assert "stressful-life-event" in _exposures(engine, question)


@pytest.mark.parametrize("question", [
    "I broke my wrist and now my fingers tingle.",
    "My nails split and peel.",
    "I feel stressed and anxious all the time.",
    "I had a panic attack on the train.",
    "Shooting pains down my leg.",
    "My son has toilet accidents at school.",
])
def test_words_that_name_no_such_event_read_none(engine: Engine, question: str) -> None:
    assert not _exposures(engine, question) & {"stressful-life-event", "traumatic-event"}


@pytest.mark.parametrize("question", [
    "Since the car crash I get flashbacks and nightmares.",
    "I was sexually assaulted last year and now I can't sleep.",
    "He is a veteran and still has nightmares about combat.",
])
def test_a_traumatic_event_is_read(engine: Engine, question: str) -> None:
    assert "traumatic-event" in _exposures(engine, question)


def test_adjustment_disorder_rises_with_the_stressor_named(engine: Engine) -> None:
    question = "I'm struggling to cope after moving abroad for work, overwhelmed and crying a lot."
    assert answer_rank(engine, question, ADJUSTMENT) == 0
    assert answer_rank(engine, "I'm overwhelmed and crying a lot.", ADJUSTMENT) > 2


def test_ptsd_without_a_named_trauma_is_weighed_down(engine: Engine) -> None:
    candidates = engine.ask("I worry all the time and sleep badly.", top=60).ranking.candidates
    ptsd = next(c for c in candidates if PTSD in {c.id, *c.ids})
    assert ptsd.unnamed_exposures == ("traumatic-event",)
    trauma = "Since the car crash I get flashbacks and nightmares and I'm jumpy all the time."
    assert answer_rank(engine, trauma, PTSD) == 0


@pytest.mark.parametrize("question", [
    "my leg is red and swollen and the pain is far worse than it looks",
    "the pain is out of proportion to the redness",
    "much more painful than it looks",
])
def test_pain_worse_than_it_looks_is_the_disproportion_modifier(
        engine: Engine, question: str) -> None:
    assert DISPROPORTIONATE in modifier_ids(engine, question)


@pytest.mark.parametrize("question", [
    "the pain is worse than yesterday",
    "my knee pain is worse at night",
])
def test_pain_merely_worse_is_no_disproportion(engine: Engine, question: str) -> None:
    assert DISPROPORTIONATE not in modifier_ids(engine, question)


def test_necrotising_fasciitis_records_the_disproportion_on_its_pain(engine: Engine) -> None:
    question = ("I have a fever and my leg is red and swollen around a small cut, "
                "but the pain is far worse than it looks")
    assert "HP:0012531" in present_ids(engine, question)
    candidates = engine.ask(question, top=20).ranking.candidates
    fasciitis = next(c for c in candidates if FASCIITIS in {c.id, *c.ids})
    assert [f.modifier for f in fasciitis.modifier_fits] == [DISPROPORTIONATE]
    plain = "I have a fever and my leg is red and swollen around a small cut and it hurts"
    assert answer_rank(engine, question, FASCIITIS, 20) < answer_rank(engine, plain, FASCIITIS, 20)


PATELLAR_TENDINOPATHY = "MONDO:0001042"


@pytest.mark.parametrize("question", [
    "I play volleyball and my knee hurts below the kneecap.",
    "pain below my kneecap when I jump",
])
def test_a_jumping_sport_is_read(engine: Engine, question: str) -> None:
    assert "jumping-sports" in _exposures(engine, question)


def test_jumpers_knee_rises_with_the_jumping_named(engine: Engine) -> None:
    plain = "I'm 24 and have pain just below my kneecap."
    jumping = "I'm 24 and play basketball and have pain just below my kneecap when I jump."
    assert answer_rank(engine, jumping, PATELLAR_TENDINOPATHY) < 3
    assert (answer_rank(engine, jumping, PATELLAR_TENDINOPATHY)
            < answer_rank(engine, plain, PATELLAR_TENDINOPATHY))

