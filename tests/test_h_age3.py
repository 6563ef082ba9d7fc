"""Ages and life stages (h-age3, issues 12 and 14): "middle-aged" (and "middle aged") is a
person of 40 to 65, not an older one read from its "aged woman"; "aged" and "older" alone
still name older people."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine


@pytest.mark.slow
@pytest.mark.parametrize("question", ["a middle-aged woman with pain in her elbow",
                                      "my middle aged father has a cough",
                                      "my middle-aged mum has a cough"])
def test_middle_aged_is_40_to_65_not_an_older_person(engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    assert reading.age_range == (40.0, 65.0)


@pytest.mark.slow
def test_aged_and_older_people_stay_older(engine: Engine) -> None:
    for question in ("an aged man with a cough", "my aged mother has a cough",
                     "older people with back pain"):
        reading = engine.interpret(question)
        assert reading.age_range is not None and reading.age_range[0] >= 60, question


@pytest.mark.slow
def test_the_life_stage_named_first_is_the_persons(engine: Engine) -> None:
    # The question is about the middle-aged man, not his elderly father.
    reading = engine.interpret("a middle-aged man whose elderly father had gout has a painful toe")
    assert reading.age_range == (40.0, 65.0)
    assert engine.interpret("my elderly mum has a cough").age_range == (65.0, 100.0)


@pytest.mark.slow
def test_a_youngster_or_a_young_boy_is_a_child(engine: Engine) -> None:
    for question in ("a youngster with a limp", "a young boy with a limp",
                     "a young girl with tummy pain"):
        assert engine.interpret(question).age_range == (1.0, 12.0), question
    # A young man is a young adult still.
    assert engine.interpret("a young man with chest pain").age_range == (18.0, 35.0)
