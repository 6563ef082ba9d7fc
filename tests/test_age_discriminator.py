"""Ages as the discriminator (h-age12, issue 14).

The same complaint has other causes at other ages, so the reader must keep the age however it
is said ("a man of about sixty", "a baby of 3 weeks", "aged about 3"), the asker's own age
beside the ages of several children ("the kids are 4 and 7 and I'm 35"), and when the trouble
began ("when I hit puberty", "my mum was 45 when her memory started going"); and the ranker
must weigh a condition of the first months or years of life down in a person many times
older than any age it begins at ("I'm 30 and have projectile vomiting" is no pyloric
stenosis).
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_onsets, read_person

WEEK = 7 / 365.25


@pytest.mark.parametrize(("text", "age"), [
    ("a man of about sixty with a cough", 60.0),
    ("a baby of 3 weeks with a cough", 3 * WEEK),
    ("a boy of 6 months with a cough", 0.5),
    ("my granddaughter aged about 3 has a rash", 3.0),
    ("a girl aged around 7 has a rash", 7.0),
    ("a frail woman of 88 who keeps falling", 88.0),
])
def test_ages_said_roughly_or_in_months_are_read(text: str, age: float) -> None:
    person = read_person(text)
    assert person.age == pytest.approx(age)


def test_an_adult_of_some_weeks_is_no_age() -> None:
    # "a woman of 30 weeks" is her pregnancy, and "a baby of 3" says no unit.
    assert read_person("a woman of 30 weeks with a headache").age is None
    assert read_person("a baby of 3 with a cough").age != pytest.approx(3.0)


@pytest.mark.parametrize(("text", "age"), [
    ("the kids are 4 and 7 and I'm 35; I have a cough", 35.0),
    ("my kids are 4 and 7. I'm 35 and have a cough", 35.0),
    ("my boys are 6, 9 and 12 and I'm 41 and I have hot flushes", 41.0),
    # The children's ages stay when no other age is said: they are the persons asked about.
    ("my kids are 4 and 7 and both have a rash", 4.0),
    ("my son is 4 and has a cough", 4.0),
])
def test_the_askers_own_age_beside_several_childrens(text: str, age: float) -> None:
    assert read_person(text).age == pytest.approx(age)


@pytest.mark.parametrize(("text", "onset"), [
    ("when I hit puberty my periods were very heavy", "HP:0003621"),
    ("after she went through puberty she got terrible spots", "HP:0003621"),
    ("my mum was 45 when her memory started going", "HP:0003596"),
    ("my son was 3 when the fits began", "HP:0011463"),
])
def test_onsets_said_with_puberty_or_a_named_persons_age(text: str, onset: str) -> None:
    assert [hint.id for hint in read_onsets(text)] == [onset]


def test_a_named_persons_age_at_onset_is_no_age_now(engine: Engine) -> None:
    reading = engine.interpret("my mum was 45 when her memory started going")
    assert reading.age is None
    assert [o.id for o in reading.onset] == ["HP:0003596"]


@pytest.mark.parametrize(("text", "term"), [
    ("my hearing has gone in both ears", "HP:0000365"),
    ("my hearing has slowly gone", "HP:0000365"),
    ("he had a fit where he went stiff and jerked", "HP:0002069"),
    ("she went stiff then shook", "HP:0002069"),
    ("he passed a red jelly-like poo", "HP:6000686"),
])
def test_lay_wordings_read(engine: Engine, text: str, term: str) -> None:
    reading = engine.interpret(text)
    found = {i for f in (*reading.present, *reading.or_groups) for i in f.ids}
    assert term in found


def test_the_pain_that_has_gone_is_no_hearing_loss(engine: Engine) -> None:
    reading = engine.interpret("the pain has gone")
    found = {i for f in (*reading.present, *reading.or_groups) for i in f.ids}
    assert "HP:0000365" not in found


def test_projectile_vomiting_is_urgent_in_a_young_baby_only(engine: Engine) -> None:
    baby = engine.ask("my 5 week old has projectile vomiting after every feed")
    assert baby.urgent is not None
    assert any("pyloric stenosis" in advice for advice in baby.urgent.to_dict()["advice"])
    assert engine.ask("I'm 30 and have projectile vomiting").urgent is None


def test_far_past_a_profiles_range_weighs_below_the_floor(engine: Engine) -> None:
    model = engine.ranker.model
    index = engine.knowledge.disease_ids_index
    pyloric = index["MONDO:0001560"]  # birth to 3 months
    febrile = index["MONDO:0000032"]  # 6 months to 5 years
    floor = model.parameters.question_late_onset_floor
    assert model.question_age(30.0)[pyloric] < floor / 5
    assert model.question_age(35.0)[febrile] < floor
    # Near the range's end the floor and the exponent are as before.
    assert model.question_age(7.0)[febrile] == pytest.approx(max((5 / 7) ** 3, floor))
    assert model.question_age(12.0)[febrile] == pytest.approx(floor)


@pytest.mark.parametrize(("text", "not_first"), [
    ("I'm 30 and have projectile vomiting", "MONDO:0001560"),
    ("I'm 35 and I had a fit with a high fever", "MONDO:0000032"),
])
def test_a_babys_condition_does_not_lead_an_adults_question(
        engine: Engine, text: str, not_first: str) -> None:
    first = engine.ask(text).ranking.candidates[0]
    assert not_first not in first.ids


@pytest.mark.parametrize(("text", "first"), [
    ("my 5 week old has projectile vomiting after every feed", "MONDO:0001560"),
    ("A 2 year old with a high temperature had a fit where he went stiff and jerked",
     "MONDO:0000032"),
])
def test_the_same_complaint_at_the_ages_it_belongs_to(
        engine: Engine, text: str, first: str) -> None:
    assert first in engine.ask(text).ranking.candidates[0].ids
