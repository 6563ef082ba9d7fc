"""The profiles' age bands (onset range, lasting flag, the ages a figure counts) are compiled
into the knowledge cache, so that a question with an age reads no profile YAML at run time;
the bands the ranker weighs are those the profiles give."""

from __future__ import annotations

import math

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles


@pytest.mark.slow
def test_the_compiled_bands_are_the_profiles(engine: Engine) -> None:
    index = engine.knowledge.disease_ids_index
    carried = engine.ranker.parameters.question_age_band_lasting_carried
    pregnancies = engine.ranker.parameters.question_age_band_pregnancies_counted
    expected = []
    for profile in load_condition_profiles():
        position = index.get(profile.id)
        if position is None:
            continue
        duration = profile.prevalence.duration
        lasting = carried and duration is not None and duration.typical == "lasting"
        # A condition of pregnancy's figure counts pregnancies, at its onset ages (h-age14).
        ages = profile.prevalence.ages
        if ages is None and pregnancies and profile.gestation is not None:
            ages = (profile.onset.min_years, profile.onset.max_years)
        expected.append((position, profile.onset.min_years,
                         math.inf if lasting else profile.onset.max_years, ages))
    assert len(expected) > 400
    assert list(engine.ranker._age_bands) == expected


@pytest.mark.slow
def test_a_lasting_condition_is_carried_past_its_onset_ages(engine: Engine) -> None:
    bands = engine.ranker._age_bands
    assert any(last == math.inf for _, _, last, _ in bands)
    assert any(ages is not None for _, _, _, ages in bands)
