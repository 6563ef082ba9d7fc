"""Pain just below the ribs in pregnancy or in the weeks after a birth raises the urgent notice
(NHS pre-eclampsia symptoms page): HPO files Epigastric pain under Pain, not Abdominal pain, so
the pregnancy pain combination did not reach it. The same pain without a pregnancy or a birth
raises nothing."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine


@pytest.mark.parametrize("question", [
    "34 weeks pregnant, pain at the top of my stomach and feeling sick",
    "I gave birth 10 days ago and now I have pain at the top of my stomach",
    "epigastric pain at 36 weeks pregnant",
])
def test_epigastric_pain_in_pregnancy_or_after_a_birth_raises_the_notice(
        engine: Engine, question: str) -> None:
    urgent = engine.ask(question).urgent
    assert urgent is not None and "pre-eclampsia" in str(urgent)


@pytest.mark.parametrize("question", [
    "pain at the top of my stomach after eating spicy food",
    "epigastric pain and heartburn after meals",
])
def test_epigastric_pain_alone_raises_nothing(engine: Engine, question: str) -> None:
    assert not engine.ask(question).urgent


def test_a_denied_pregnancy_raises_nothing(engine: Engine) -> None:
    assert not engine.ask("epigastric pain after meals, not pregnant").urgent
