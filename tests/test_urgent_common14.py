"""Two urgent presentations of childhood (h-common14, issue 14): an older child or young
teenager who limps with hip, groin or knee pain (NICE CKS "Limp (childhood) - acute": urgent
assessment past 9 years with hip pain, for a slipped upper femoral epiphysis), and a young
child's first fit with a fever (NICE CKS "Febrile seizure": urgent hospital assessment for a
first febrile seizure). Look-alikes raise nothing: a sore knee without a limp, a limp with heel
pain, an adult's limp, a repeat febrile seizure the question names as one, and a fit without a
fever past the age band."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import red_flag_combinations


@pytest.mark.parametrize("question", [
    "my 12 year old son has had a limp and a sore knee for two weeks, no fever",
    "13 year old with pain in the groin and hip for three weeks and now walking with a limp",
    "my daughter is 10 and has been limping with hip pain since last week",
])
def test_a_limp_with_hip_or_knee_pain_past_9_raises_the_notice(
        engine: Engine, question: str) -> None:
    urgent = engine.ask(question).urgent
    assert urgent is not None and "slipped hip growth plate" in str(urgent)


@pytest.mark.parametrize("question", [
    "my 14 year old has a tender bony lump just below his kneecap that hurts after football",
    "my 12 year old limps and has a sore heel after football",
    "I'm 40 and limp because my knee hurts",
    "my 6 year old has a sore knee but walks normally",
])
def test_look_alikes_of_a_slipped_hip_raise_nothing(engine: Engine, question: str) -> None:
    assert not engine.ask(question).urgent


@pytest.mark.parametrize("question", [
    "my 2 year old had a febrile convulsion this morning",
    "my son aged 3 had a fit with a fever of 39",
    "my 18 month old had a high temperature and then had a seizure",
])
def test_a_young_childs_fit_with_a_fever_raises_the_notice(
        engine: Engine, question: str) -> None:
    urgent = engine.ask(question).urgent
    assert urgent is not None and "febrile seizure" in str(urgent)


@pytest.mark.parametrize("question", [
    "my 2 year old had another febrile convulsion this morning, she has had them before",
    "my 8 year old had a seizure, no fever",
    "my 4 year old has a fever and a cough",
])
def test_a_repeat_or_feverless_fit_or_a_fever_alone_raises_no_febrile_notice(
        engine: Engine, question: str) -> None:
    assert "febrile seizure" not in str(engine.ask(question).urgent)


def test_unless_words_are_read_from_the_curated_file() -> None:
    chosen = {c.name: c for c in red_flag_combinations()}
    first = chosen["a first fit with a fever in a young child"]
    assert "another fit" in first.unless
    assert chosen["a limp with hip or knee pain in an older child"].unless == ()
