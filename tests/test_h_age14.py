"""Ages and onsets said of someone else, and figures of pregnancies (h-age14, issue 14).

Onset words right after a relative's illness ("my uncle had glaucoma from a young age") date
that illness, not the person's findings; a life stage in the plural after "since we/they
were" ("since we were kids") is when the findings began, not the age now. A condition of
pregnancy (a profile with `gestation`) counts its figure among pregnancies, which happen at
its onset ages, so an age in that range does not raise it as a figure of all ages.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated_diseases import CuratedDiseases
from whatcauses.knowledge.sources import DataFiles
from whatcauses.rank.model import ModelParameters

from .test_priors import STIFF, WEAK, _engine, _row

ECTOPIC = "MONDO:0000755"
PEDIATRIC = "HP:0410280"
INFANTILE = "HP:0003593"
CHILDHOOD = "HP:0011463"
JUVENILE = "HP:0003621"
PREGNANCY = "MONDO:0000011"  # a condition of pregnancy made here: 18-45 years, 4-12 weeks
ALL_AGES = "MONDO:0000012"  # the same range and figure without a gestation window


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "my uncle had glaucoma from a young age and my eyesight is getting blurry",
    "my brother has been deaf since birth and my ears ring",
    "my sister has had migraines since her teens and now I get bad headaches",
    "my grandad had diabetes since his forties and I'm always thirsty",
    "my sister got arthritis as a child and my knees hurt",
])
def test_onset_words_of_a_relatives_illness_are_not_the_persons(engine: Engine,
                                                                 question: str) -> None:
    assert engine.interpret(question).onset == ()


@pytest.mark.slow
@pytest.mark.parametrize(("question", "onset"), [
    # The person's own clause keeps its onset words, beside a relative's or not.
    ("my dad had asthma, I have had it since childhood", PEDIATRIC),
    ("I've had eczema since I was a baby, my mum has it too", INFANTILE),
    ("my dad has had a tremor since his 60s", "HP:0003584"),
    ("I have had asthma like my dad since childhood", PEDIATRIC),
])
def test_the_persons_own_onset_words_stay(engine: Engine, question: str, onset: str) -> None:
    assert [o.id for o in engine.interpret(question).onset] == [onset]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "onset", "age"), [
    ("my sister and I have both had eczema since we were babies", INFANTILE, None),
    ("we've both had asthma since we were kids", PEDIATRIC, None),
    ("since they were babies both twins have had a cough", INFANTILE, None),
    ("my twins have been wheezy since they were toddlers", CHILDHOOD, None),
    ("my brother and I have had acne since we were teenagers, I'm 30 now", JUVENILE, 30.0),
])
def test_a_plural_life_stage_after_since_is_an_onset_not_the_age_now(
        engine: Engine, question: str, onset: str, age: float | None) -> None:
    reading = engine.interpret(question)
    assert [o.id for o in reading.onset] == [onset]
    assert reading.age == age  # before, a baby's 0.5 or a child's 8 years


@pytest.mark.slow
def test_kids_that_are_no_time_of_life_stay_no_onset(engine: Engine) -> None:
    assert engine.interpret("when kids at school tease him he gets stomach aches").onset == ()


def _pregnancy_engine(files: DataFiles, counted: bool) -> Engine:
    figure = [2000.0, "about 2 in 100", ["PMID:1"], "point prevalence", None, None, None, [],
              None]
    curated = CuratedDiseases(
        annotations=(_row(PREGNANCY, STIFF, 0.9, "Pregnancy stiffness"),
                     _row(PREGNANCY, WEAK, 0.55, "Pregnancy stiffness"),
                     _row(ALL_AGES, STIFF, 0.9, "Adult stiffness"),
                     _row(ALL_AGES, WEAK, 0.55, "Adult stiffness")),
        prevalence={PREGNANCY: figure, ALL_AGES: figure},
        onset={PREGNANCY: [18.0, 45.0], ALL_AGES: [18.0, 45.0]},
        age_bands={PREGNANCY: [18.0, 45.0, False, None], ALL_AGES: [18.0, 45.0, False, None]},
        gestation={PREGNANCY: [4.0, 12.0]},
    )
    parameters = replace(ModelParameters(), question_age_band_pregnancies_counted=counted)
    return _engine(files, curated, parameters)


def test_a_figure_of_pregnancies_is_not_raised_by_an_age_in_its_range(
        mini_files: DataFiles) -> None:
    engine = _pregnancy_engine(mini_files, counted=True)
    index = engine.knowledge.disease_ids_index
    weights = engine.ranker._age_band_prior(30.0)
    assert weights is not None
    assert float(weights[index[PREGNANCY]]) == 1.0
    # A figure of people of all ages with the same onset range is raised (80 / 27 years).
    assert float(weights[index[ALL_AGES]]) > 1.0
    # Turned off, the figure of pregnancies is raised as one of all ages.
    off = _pregnancy_engine(mini_files, counted=False)
    weights_off = off.ranker._age_band_prior(30.0)
    assert weights_off is not None
    assert float(weights_off[index[PREGNANCY]]) == float(weights_off[index[ALL_AGES]])


@pytest.mark.slow
def test_an_age_alone_no_longer_lifts_ectopic_pregnancy_for_pain_after_eating(
        engine: Engine) -> None:
    question = "I'm 43 and I get pain in my tummy after eating"
    ids = [c.ids for c in engine.ask(question).ranking.candidates]
    rank = next(i for i, c in enumerate(ids) if ECTOPIC in c)
    assert rank >= 3  # 2nd before h-age14, above irritable bowel syndrome
    off = Engine(engine.knowledge, replace(engine.ranker.parameters,
                                           question_age_band_pregnancies_counted=False))
    before = [c.ids for c in off.ask(question).ranking.candidates]
    assert next(i for i, c in enumerate(before) if ECTOPIC in c) < rank
