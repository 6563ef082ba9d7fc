"""Emergencies a carer names by what was swallowed (lead, 2026-12-06, issue 13/16): a button
battery or magnets raise the urgent notice before any finding is stated; a harmless object
does not (Alder Hey Children's NHS FT "Swallowed something"; GOSH 2020)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine


@pytest.mark.parametrize("question", [
    "my child swallowed a button battery",
    "I think my toddler has swallowed one of the batteries from the remote",
    "baby swallowed a watch battery",
    "my son swallowed two magnets from his toy",
    "my son swallowed some magnets",
])
def test_a_swallowed_battery_or_magnet_is_urgent(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.urgent is not None
    assert "A&E" in str(answer.urgent)


@pytest.mark.parametrize("question", ["she swallowed a coin", "my phone battery is swollen"])
def test_other_swallowed_things_and_batteries_raise_nothing(engine: Engine,
                                                           question: str) -> None:
    assert not engine.ask(question).urgent


@pytest.mark.parametrize("question", [
    "my diabetic son is breathing fast, vomiting and very drowsy, his breath smells fruity",
    "I have type 1 diabetes and I keep being sick",
])
def test_signs_of_ketoacidosis_with_diabetes_are_urgent(engine: Engine, question: str) -> None:
    # NHS "Diabetic ketoacidosis": 999 or A&E when a person with diabetes has its symptoms.
    answer = engine.ask(question)
    assert answer.urgent is not None and "ketoacidosis" in str(answer.urgent)


@pytest.mark.parametrize("question", ["I'm diabetic and always thirsty",
                                      "my feet are numb and tingly and I'm diabetic",
                                      "I keep being sick and breathing fast after running"])
def test_diabetes_or_its_signs_alone_raise_nothing(engine: Engine, question: str) -> None:
    assert not engine.ask(question).urgent
