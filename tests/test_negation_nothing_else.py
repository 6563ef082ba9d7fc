"""'Nothing else' and 'no other' deny what the question has not named (h-lay22, issue 14): a
finding the question says is there is not denied by them, and the words after "nothing" are
not said of the noun before it."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

PAIN, ABDOMINAL_PAIN, TOE_PAIN, KNEE_PAIN, ARTHRALGIA, ARTHRITIS, PRURITUS = (
    "HP:0012531", "HP:0002027", "HP:0030841", "HP:0030839", "HP:0002829", "HP:0001369",
    "HP:0000989")


def readings(engine: Engine, question: str) -> dict[str, bool]:
    """Each id of each finding, with whether the finding is negated."""
    return {i: f.negated for f in engine.interpret(question).findings for i in f.ids}


@pytest.mark.parametrize("question", [
    "swollen toe. Nothing else hurts.",
    "I have a cough, nothing else hurts",
    "a rash on my chest and nothing else is painful",
])
def test_nothing_else_denies_a_finding_not_named(engine: Engine, question: str) -> None:
    assert readings(engine, question).get(PAIN) is True


@pytest.mark.parametrize(("question", "named"), [
    ("my tummy hurts round my belly button, nothing else hurts", ABDOMINAL_PAIN),
    ("my big toe is swollen and painful, no other pain", TOE_PAIN),
    ("my big toe is so painful i cant stand the sheet on it, nothing else hurts", TOE_PAIN),
])
def test_nothing_else_leaves_the_named_finding_alone(engine: Engine, question: str,
                                                     named: str) -> None:
    found = readings(engine, question)
    assert found.get(named) is False
    assert PAIN not in found  # neither present nor denied


def test_no_other_joints_does_not_deny_the_named_joint(engine: Engine) -> None:
    found = readings(engine, "my big toe is swollen, no other joints hurt")
    assert found.get(ARTHRITIS) is False


def test_words_after_nothing_are_not_said_of_the_noun_before(engine: Engine) -> None:
    found = readings(engine, "my knee is swollen, nothing else hurts")
    assert KNEE_PAIN not in found and ARTHRALGIA not in found


def test_nothing_else_without_a_finding_reads_nothing(engine: Engine) -> None:
    found = readings(engine, "it burns when i wee, no temp and nothing else is wrong")
    assert PAIN not in found and PRURITUS not in found
