"""A sentence that names nobody goes on about the child or aged person named before it, and
"the same way" is no shared trouble (lead, issue 14), on the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine


@pytest.mark.parametrize(("question", "age", "sex"), [
    ("My son is 24 and has a rash. No fever.", 24.0, "male"),
    ("My son is 24 and has a rash. Fever too.", 24.0, "male"),
    ("My 24 year old son lost the sight in one eye. It doesn't hurt.", 24.0, "male"),
    ("My daughter is 6 and has a cough. Worse at night.", 6.0, "female"),
    ("My dad is 70. Hand shakes at rest.", 70.0, "male"),
])
def test_a_sentence_naming_nobody_goes_on_about_the_person_before(
        engine: Engine, question: str, age: float, sex: str) -> None:
    reading = engine.interpret(question)
    assert (reading.age, reading.sex) == (age, sex)
    assert reading.findings, question


def test_after_a_relative_with_a_condition_the_asker_may_speak_of_themselves(
        engine: Engine) -> None:
    # A mother's named condition and no age: the subjectless sentence stays the asker's.
    reading = engine.interpret("My mum has thyroid problems. Always tired and gaining weight.")
    assert reading.age is None and reading.sex is None


def test_the_same_way_is_no_shared_trouble(engine: Engine) -> None:
    reading = engine.interpret("My 24 year old son lost the sight in one eye, and then the "
                               "other eye went the same way.")
    assert (reading.age, reading.sex) == (24.0, "male")
    assert reading.inheritance_modes == ()
    # "the same" with a relative still is.
    shared = engine.interpret("My son falls a lot. My sister's son had the same.")
    assert shared.inheritance_modes
