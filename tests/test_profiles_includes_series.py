"""OMIM series of common conditions rank with their profile (h-includes, issue 12).

phenotype.hpoa holds many common conditions only as OMIM series of inherited or susceptibility
forms ("Macular degeneration, age-related, N", "Migraine with or without aura, susceptibility to,
N", "Alzheimer disease N", "Amyotrophic lateral sclerosis N", "Preeclampsia/eclampsia N"), each
without a figure. The profiles now list them under ``includes``, so a question shows the
profile once instead of the profile and, apart from it, its numbered forms. The familial
cardiomyopathy series and the idiopathic generalized epilepsy series stay apart: joined, their
annotations lifted the profile for unrelated case reports (bench/profiles.py top-3 69.9 ->
69.5 with both cardiomyopathies, -> 69.8 with epilepsy alone)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

AMD = "MONDO:0005150"
MIGRAINE_WITHOUT_AURA = "MONDO:0100431"
ALZHEIMER = "MONDO:0004975"
ALS = "MONDO:0004976"
PRE_ECLAMPSIA = "MONDO:0005081"
DCM = "MONDO:0005021"
EPILEPSY = "MONDO:0005027"


def _profile(mondo_id: str):  # type: ignore[no-untyped-def]
    return next(p for p in load_condition_profiles() if p.id == mondo_id)


@pytest.mark.parametrize(("profile", "forms"), [
    (AMD, ["OMIM:603075", "OMIM:153800", "OMIM:615591"]),  # ARMD1, ARMD2, ARMD15 susceptibility
    (MIGRAINE_WITHOUT_AURA, ["OMIM:157300", "OMIM:613656"]),  # MGR1, MGR13
    (ALZHEIMER, ["OMIM:104310", "OMIM:607822"]),  # AD2 (APOE), AD3 (PSEN1)
    (ALS, ["OMIM:105400", "OMIM:617892"]),  # ALS1 (SOD1), ALS24 susceptibility
    (PRE_ECLAMPSIA, ["OMIM:189800", "OMIM:614595"]),
])
def test_the_series_is_listed_under_includes(profile: str, forms: list[str]) -> None:
    assert set(forms) <= set(_profile(profile).includes)


def test_the_series_left_apart_stays_apart() -> None:
    assert "OMIM:115200" not in _profile(DCM).includes  # Cardiomyopathy, dilated, 1A
    assert "OMIM:600669" not in _profile(EPILEPSY).includes  # Epilepsy, idiopathic generalized


@pytest.mark.parametrize(("question", "profile", "form"), [
    ("my 76 year old father says his central vision is blurry and straight lines look wavy",
     AMD, "OMIM:603075"),
    ("throbbing headaches on one side with feeling sick, bright light hurts, my mum had the same",
     MIGRAINE_WITHOUT_AURA, "OMIM:157300"),
])
def test_a_question_shows_the_condition_once_with_its_forms(
    engine: Engine, question: str, profile: str, form: str,
) -> None:
    candidates = engine.ask(question, top=10).ranking.candidates
    holding = [c for c in candidates if form in c.ids]
    assert len(holding) == 1 and profile in holding[0].ids
    assert candidates.index(holding[0]) < 3
