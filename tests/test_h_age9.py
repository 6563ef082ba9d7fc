"""The age voice (h-age9, issue 14): a decade after a verb of beginning with words between
("I started getting headaches in my twenties") says when the findings began, not the age
now; "at 45, I have started ..." and "a child of 5" are ages now. Before a condition
profile's onset range a question's age weighs it by how far before (a year early little, a
lifetime early much), not by one step at the range's start."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated_diseases import CuratedDiseases
from whatcauses.knowledge.sources import DataFiles
from whatcauses.rank.model import ModelParameters
from whatcauses.text.context import PersonContext, read_onsets, read_person

from .test_age_bands import PROFILE, profiled
from .test_priors import STIFF, _engine, _row

__all__ = ["profiled"]  # the fixture, shared with test_age_bands


def _person(question: str) -> PersonContext:
    return read_person(question, tuple((h.start, h.end) for h in read_onsets(question)))


@pytest.mark.parametrize(("question", "onset"), [
    ("I started getting headaches in my twenties", "HP:0011462"),
    ("I first got it in my early twenties", "HP:0011462"),
    ("my mum first noticed it in her forties", "HP:0003596"),
    ("his tremor began slowly in his sixties", "HP:0003584"),
])
def test_a_decade_after_a_verb_of_beginning_is_an_onset(question: str, onset: str) -> None:
    hints = read_onsets(question)
    assert [h.id for h in hints] == [onset]
    # Only the decade's words: the words between stay open to findings.
    assert hints[0].text.startswith("in ")
    assert _person(question).age is None


def test_the_age_now_beside_an_onset_decade_is_kept() -> None:
    question = "I started getting headaches in my twenties and I'm now 50"
    assert [h.id for h in read_onsets(question)] == ["HP:0011462"]
    assert _person(question).age == 50.0


@pytest.mark.parametrize("question", [
    "I started a new job and I'm in my forties and have headaches",
    "I started to feel tired, in my forties now",
    "he was diagnosed with diabetes in his fifties and now has numb feet",
    "my mum and her sister both started losing their sight in their twenties",
])
def test_a_decade_not_of_beginning_is_no_onset(question: str) -> None:
    assert not any(h.text.startswith("in ") for h in read_onsets(question))


@pytest.mark.parametrize(("question", "age"), [
    ("at 45, I have started to get a cough", 45.0),
    ("at 62 my hands have started to shake", 62.0),
    ("a child of 5 with a cough", 5.0),
    ("a kid of 7 with a rash", 7.0),
])
def test_an_age_now_is_read(question: str, age: float) -> None:
    assert _person(question).age == age


def test_an_age_then_is_no_age_now() -> None:
    assert _person("at 20 I had asthma and now I cough").age is None


def test_before_a_profile_range_the_ratio_falls_smoothly_to_the_floor(profiled: Engine) -> None:
    # The profile's range is 10-45 years: a year early weighs little, a fifth early
    # onset_mismatch_lr, half the start age or less the floor; the case reports' rule (age)
    # stays the step.
    model = profiled.ranker.model
    index = profiled.knowledge.disease_index(PROFILE)
    parameters = ModelParameters()
    ratios = [float(model.question_age(age)[index]) for age in (10.0, 9.0, 8.0, 5.0, 1.0)]
    assert ratios[0] == 1.0
    assert 0.4 < ratios[1] < 0.6
    assert ratios[2] == pytest.approx(parameters.onset_mismatch_lr)
    assert ratios[3] == pytest.approx(parameters.question_early_floor, rel=0.6)
    assert ratios[4] == pytest.approx(parameters.question_early_floor)
    assert float(model.age(9.0)[index]) == pytest.approx(parameters.onset_mismatch_lr,
                                                         rel=0.1)


def test_hpo_onset_classes_keep_the_early_step(profiled: Engine) -> None:
    model = profiled.ranker.model
    hpo = ~model.profile_onset
    for age in (0.02, 3.0, 12.0):  # below the late margin, which differs (20 years)
        assert np.array_equal(model.question_age(age)[hpo], model.age(age)[hpo])


def test_a_step_of_one_turns_the_early_rule_off(mini_files: DataFiles) -> None:
    curated = CuratedDiseases(annotations=(_row(PROFILE, STIFF, 0.9, "Young stiffness"),),
                              onset={PROFILE: [10.0, 45.0]})
    off = _engine(mini_files, curated, replace(ModelParameters(), question_early_step=1.0))
    index = off.knowledge.disease_index(PROFILE)
    model = off.ranker.model
    for age in (9.0, 5.0, 1.0):
        assert float(model.question_age(age)[index]) == float(model.age(age)[index])
