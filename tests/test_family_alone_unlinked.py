"""A question whose only findings are a relative's asks what the asker may have inherited: a
disease that is neither inherited nor the relative's condition itself gets no support from the
relative's findings (ModelParameters.question_family_alone_unlinked). Breast fibroadenoma,
which lists breast cancer as a rare later risk, led "My sister has breast cancer. What is my
risk?" on its prior alone."""

from __future__ import annotations

import dataclasses

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank

FIBROADENOMA = "MONDO:0002056"
BREAST_CANCER = "MONDO:0007254"
COLORECTAL_CANCER = "MONDO:0005575"
LYNCH = "ORPHA:144"


def test_a_non_inherited_disease_is_not_raised_by_a_sisters_cancer(engine: Engine) -> None:
    question = "My sister has breast cancer. What is my risk?"
    assert answer_rank(engine, question, FIBROADENOMA) >= 3
    assert answer_rank(engine, question, BREAST_CANCER) < 3


@pytest.mark.parametrize(("question", "disease"), [
    ("my mother had bowel cancer, am I at risk?", COLORECTAL_CANCER),
    ("my mother had bowel cancer, am I at risk?", LYNCH),
])
def test_the_relatives_own_condition_and_inherited_causes_stay(engine: Engine, question: str,
                                                                disease: str) -> None:
    assert answer_rank(engine, question, disease) < 5


def test_the_rule_can_be_turned_off(engine: Engine) -> None:
    parameters = dataclasses.replace(engine.ranker.question_ranker.parameters,
                                     question_family_alone_unlinked=False)
    off = Engine(engine.knowledge, parameters)
    question = "My sister has breast cancer. What is my risk?"
    assert answer_rank(off, question, FIBROADENOMA) < answer_rank(engine, question, FIBROADENOMA)
