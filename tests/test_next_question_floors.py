"""The next questions of a plain-language question weigh each leader at the noise floor the
question ranker gives it: a common complaint a leader's annotations leave out is raised as the
ranking raises it (ModelParameters.question_common_complaint_floor; h-rank2, issue 14), so that
what a question is expected to do is what its answer does to the ranking."""

from __future__ import annotations

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.explain import next_question as nq

FATIGUE = "HP:0012378"
SEIZURE = "HP:0001250"


def _field(engine: Engine, question: str, parameters_of_questions: bool) -> nq._Leaders:
    ranking = engine.ask(question).ranking
    ranker = engine.ranker.question_ranker if parameters_of_questions else engine.ranker
    return nq._Leaders(engine.knowledge, list(ranking.candidates[:nq.LEADERS]),
                       ranker.parameters)


def test_a_common_complaint_is_weighed_at_the_question_rankers_raised_floor(
        engine: Engine) -> None:
    field = _field(engine, "my big toe is red, hot and swollen", True)
    model = engine.ranker.question_ranker.model
    term = engine.knowledge.ontology.index(FATIGUE)
    floors = field.floor_ratios([term])[0]
    ratios = model.observed_floor_ratios(term)
    expected = [max(float(ratios[m]) for m in entries) for entries in field.entries]
    # The profiles' model frequencies, not the ranking's refinement credit: close to it.
    assert floors.tolist() == pytest.approx(expected, rel=0.1)
    assert np.all(floors > field.floors)  # raised above the plain floors (tiredness is common)
    assert np.all(floors <= 1.0)
    shown = field.shown([term], np.zeros((1, len(field.candidates))))
    background = float(engine.knowledge.background[term])
    assert shown[0, :-1] == pytest.approx(np.clip(floors * background, 1e-6, 1 - 1e-6))


def test_a_finding_the_profiles_seldom_show_keeps_the_plain_floors(engine: Engine) -> None:
    field = _field(engine, "my big toe is red, hot and swollen", True)
    term = engine.knowledge.ontology.index(SEIZURE)
    assert field.floor_ratios([term])[0].tolist() == field.floors.tolist()


def test_case_reports_keep_the_plain_floors(engine: Engine) -> None:
    field = _field(engine, "my big toe is red, hot and swollen", False)
    assert not field.parameters.common_complaint_floor
    term = engine.knowledge.ontology.index(FATIGUE)
    assert field.floor_ratios([term])[0].tolist() == field.floors.tolist()
