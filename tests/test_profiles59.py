"""Urgent profiles of common adult presentations (h-profiles59, issue 13): Wernicke
encephalopathy and thyroid storm rank for their emergency presentations and raise the urgent
notice, while the ordinary look-alike (an overactive thyroid with palpitations, double vision
alone) stays quiet; staggering, "burning hot" and huge pupils are read."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

WERNICKE = "MONDO:0007020"
THYROID_STORM = "MONDO:0006996"
HYPERTHYROIDISM = "MONDO:0004425"


def test_a_heavy_drinker_confused_with_flickering_eyes_is_wernicke(engine: Engine) -> None:
    question = ("my brother drinks a lot of vodka and over two days he has become confused, "
                "he staggers when he walks and his eyes flicker")
    assert answer_rank(engine, question, WERNICKE, top=3) < 3
    assert engine.ask(question).urgent is not None


def test_confusion_with_double_vision_raises_the_notice(engine: Engine) -> None:
    answer = engine.ask("my dad is confused and keeps saying he is seeing double")
    assert answer.urgent is not None
    assert any("Wernicke" in advice for advice in answer.urgent.advice)


@pytest.mark.parametrize("question", [
    "I get double vision when I am very tired at the end of the day",
    "my mother with dementia gets confused in the evenings",
])
def test_double_vision_or_confusion_alone_stays_quiet(engine: Engine, question: str) -> None:
    urgent = engine.ask(question).urgent
    assert urgent is None or not any("Wernicke" in advice for advice in urgent.advice)


def test_an_overactive_thyroid_with_fever_and_confusion_is_a_storm(engine: Engine) -> None:
    question = ("I have hyperthyroidism and now I have a temperature of 39, my heart is racing "
                "and I feel confused")
    assert answer_rank(engine, question, THYROID_STORM, top=3) < 3
    assert engine.ask(question).urgent is not None


def test_ordinary_hyperthyroidism_stays_quiet_and_first(engine: Engine) -> None:
    question = "I have an overactive thyroid, my hands shake and my heart flutters"
    answer = engine.ask(question)
    assert answer.urgent is None
    assert (answer_rank(engine, question, HYPERTHYROIDISM)
            < answer_rank(engine, question, THYROID_STORM))


@pytest.mark.parametrize(("question", "term"), [
    ("he staggers when he walks", "HP:0002066"),  # Gait ataxia
    ("she is burning hot", "HP:0001945"),  # Fever
    ("his pupils are huge", "HP:0011499"),  # Mydriasis
])
def test_lay_words_of_these_presentations_are_read(engine: Engine, question: str,
                                                   term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "I take sertraline and since this morning my legs keep jerking and I am sweating buckets",
    "after adding tramadol to my citalopram my muscles are twitching and I feel agitated",
])
def test_jerking_with_sweating_or_agitation_on_a_serotonin_drug_raises_the_notice(
        engine: Engine, question: str) -> None:
    urgent = engine.ask(question).urgent
    assert urgent is not None
    assert any("serotonin syndrome" in advice for advice in urgent.advice)


@pytest.mark.parametrize("question", [
    "since starting sertraline I sweat a lot and my hands shake",
    "my muscles keep twitching and I sweat at night",
])
def test_side_effects_or_twitching_without_a_serotonin_drug_stay_quiet(
        engine: Engine, question: str) -> None:
    urgent = engine.ask(question).urgent
    assert urgent is None or not any("serotonin" in advice for advice in urgent.advice)


@pytest.mark.parametrize("question", [
    "I have had an erection for six hours and it will not go down",
    "my partner has a painful erection for hours after injecting his erection drug",
])
def test_an_erection_lasting_hours_is_priapism_and_urgent(engine: Engine, question: str) -> None:
    assert "HP:0200023" in present_ids(engine, question)  # Priapism
    assert engine.ask(question).urgent is not None


@pytest.mark.parametrize("question", [
    "my fever won't go down",
    "I can't keep an erection for long",
    "I get painful erections at night",
])
def test_other_things_that_will_not_go_down_are_not_priapism(engine: Engine,
                                                              question: str) -> None:
    assert "HP:0200023" not in present_ids(engine, question)


PERFORATED_ULCER = "MONDO:0004260"
PEPTIC_ULCER = "MONDO:0004247"


def test_sudden_pain_with_a_rigid_belly_after_an_ulcer_is_a_perforation(engine: Engine) -> None:
    question = ("I had a duodenal ulcer last year and this evening I suddenly got terrible pain "
                "in my stomach, my stomach is rock hard and my pulse is fast")
    assert answer_rank(engine, question, PERFORATED_ULCER, top=3) < 3
    assert engine.ask(question).urgent is not None


def test_a_burning_ulcer_pain_stays_a_plain_ulcer(engine: Engine) -> None:
    question = "a gnawing burning pain in my upper abdomen that wakes me at night"
    assert (answer_rank(engine, question, PEPTIC_ULCER, top=30)
            < answer_rank(engine, question, PERFORATED_ULCER, top=30))


def test_a_rock_hard_belly_reads_abdominal_rigidity(engine: Engine) -> None:
    assert "HP:0032545" in present_ids(engine, "his belly is rock hard")
