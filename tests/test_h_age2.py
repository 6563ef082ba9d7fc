"""Ages and life stages (h-age2, issues 12 and 14): how older people tell of hearing loss
and of looser bowels (lay_terms.yaml), and the presbycusis question they answer."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

HEARING_IMPAIRMENT = "HP:0000365"
SPEECH_DISCRIMINATION = "HP:0001963"
DIARRHEA = "HP:0002014"
PRESBYCUSIS = "MONDO:0043765"


@pytest.mark.slow
def test_hearing_that_fails_in_company_or_needs_the_tv_loud(engine: Engine) -> None:
    assert SPEECH_DISCRIMINATION in present_ids(
        engine, "I can't follow conversations in noisy places")
    assert HEARING_IMPAIRMENT in present_ids(engine, "the TV needs to be loud")
    assert HEARING_IMPAIRMENT in present_ids(engine, "my mum has to have the TV louder than us")
    question = "I'm 80 and I can't follow conversations in noisy places, the TV needs to be loud"
    assert answer_rank(engine, question, PRESBYCUSIS) == 0


@pytest.mark.slow
def test_looser_bowels_are_diarrhoea(engine: Engine) -> None:
    assert DIARRHEA in present_ids(engine, "my bowels have been looser for two months")
    assert DIARRHEA in present_ids(engine, "looser stools for weeks")


@pytest.mark.slow
def test_an_aged_parent_is_an_older_person_and_aged_3_stays_a_number(engine: Engine) -> None:
    aged = engine.interpret("My aged father has a cough")
    assert aged.age_range is not None and aged.age_range[0] >= 60
    assert engine.interpret("my grandson aged 3 has a cough").age == 3.0
    assert engine.interpret("I have aged skin on my hands").age is None


@pytest.mark.slow
def test_for_as_long_as_i_remember_is_a_duration_said(engine: Engine) -> None:
    # Without "can", as with it: ten years, so a lasting condition keeps the case reports'
    # margin (specific phobia, onset 4-13, at 40).
    said = engine.interpret("I'm 40 and I've been terrified of spiders for as long as I remember")
    assert said.course is not None and said.course.days >= 365
