"""Profiles of h-profiles53 (issue 13: common conditions still missing a profile).

Coeliac disease (includes OMIM:212750, the susceptibility entry phenotype.hpoa carries), hereditary
haemochromatosis (enriches OMIM:235200), hypertrophic cardiomyopathy (the numbered familial
forms left apart), chronic pancreatitis (includes the hereditary form, ORPHA:676), central retinal
artery occlusion (urgent) and G6PD deficiency (includes OMIM:300908, with fava beans and new
medicines as its named triggers: exposures.yaml key `fava-beans`)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank

COELIAC = "MONDO:0005130"
HAEMOCHROMATOSIS = "MONDO:0021001"
HCM = "MONDO:0005045"
CHRONIC_PANCREATITIS = "MONDO:0005003"
CRAO = "MONDO:0001633"
G6PD = "MONDO:0005775"


def _first(engine: Engine, question: str, top: int = 5):  # type: ignore[no-untyped-def]
    return engine.ask(question, top=top).ranking.candidates


def test_the_susceptibility_entries_rank_under_their_common_disease(engine: Engine) -> None:
    candidates = _first(engine, "bloating, chronic diarrhoea and weight loss after eating bread "
                                "and pasta, with iron deficiency anaemia")
    coeliac = next(c for c in candidates if COELIAC in c.ids)
    assert "OMIM:212750" in coeliac.ids
    # The familial HCM forms stay candidates of their own (see hypertrophic-cardiomyopathy.yaml).
    lvh = _first(engine, "What causes left ventricular hypertrophy?", top=10)
    hcm = next(c for c in lvh if HCM in c.ids)
    assert "OMIM:192600" not in hcm.ids


def test_gluten_symptoms_find_coeliac_disease_first(engine: Engine) -> None:
    question = ("I get bloated with diarrhoea and wind after eating bread or pasta, I'm always "
                "tired and have lost weight.")
    assert answer_rank(engine, question, COELIAC) == 0


def test_a_heavy_drinker_with_back_pain_and_greasy_stools_finds_chronic_pancreatitis(
    engine: Engine,
) -> None:
    question = ("I drink a lot and keep getting pain in my upper tummy going through to my back, "
                "with greasy floating poo and weight loss.")
    assert answer_rank(engine, question, CHRONIC_PANCREATITIS) == 0


def test_iron_overload_in_a_middle_aged_man_finds_haemochromatosis(engine: Engine) -> None:
    question = ("iron overload with high transferrin saturation, enlarged liver and loss of "
                "libido in a middle aged man")
    assert answer_rank(engine, question, HAEMOCHROMATOSIS) < 3


def test_sudden_painless_loss_of_sight_with_a_cherry_red_spot_is_an_urgent_eye_stroke(
    engine: Engine,
) -> None:
    question = ("sudden painless monocular vision loss with a cherry red spot at the macula and "
                "a relative afferent pupillary defect")
    assert answer_rank(engine, question, CRAO) == 0
    profile = next(p for p in load_condition_profiles() if p.id == CRAO)
    assert profile.urgent


@pytest.mark.slow
def test_broad_beans_are_read_as_the_trigger_of_g6pd_deficiency(engine: Engine) -> None:
    question = "My son turned yellow and his wee went dark like cola after he ate broad beans."
    assert "fava-beans" in engine.interpret(question).exposure_keys
    candidates = _first(engine, question)
    g6pd = next(c for c in candidates if G6PD in c.ids)
    assert "fava-beans" in g6pd.exposures
    assert answer_rank(engine, question, G6PD) < 3
