"""Condition profiles added by h-common14 (issue 14): Perthes disease (uniting OMIM:150600 and
ORPHA:2380), tongue-tie (uniting OMIM:106280) and acoustic neuroma. Each is found for its own
presentation, and the look-alikes keep theirs: a teenager's limp with knee pain stays with a
slipped capital femoral epiphysis, age-related hearing loss in both ears with presbycusis."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank

PERTHES = "MONDO:0007885"
TONGUE_TIE = "MONDO:0007125"
ACOUSTIC_NEUROMA = "MONDO:0001569"
SCFE = "MONDO:0018382"
PRESBYCUSIS = "MONDO:0043765"


def test_the_profiles_load_with_their_sourced_figures() -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    assert profiles[PERTHES].prevalence.kind == "annual incidence"
    assert profiles[PERTHES].onset.min_years == 4
    assert profiles[TONGUE_TIE].prevalence.per_100000 == 7000
    assert profiles[ACOUSTIC_NEUROMA].prevalence.per_100000 == 4.2


def test_a_young_childs_limp_with_hip_pain_for_weeks_finds_perthes(engine: Engine) -> None:
    question = "my 6 year old son has had a limp and hip pain for five weeks, no fever"
    assert answer_rank(engine, question, PERTHES, top=3) < 3


def test_a_teenagers_limp_with_knee_pain_stays_with_a_slipped_hip(engine: Engine) -> None:
    question = "my 13 year old son has had a limp and knee pain for three weeks"
    assert answer_rank(engine, question, SCFE, top=3) < 3


def test_a_breastfeeding_baby_with_a_tongue_tie_finds_it(engine: Engine) -> None:
    question = "my baby has a tongue tie and can't latch when breastfeeding"
    assert answer_rank(engine, question, TONGUE_TIE, top=3) < 3


def test_gradual_hearing_loss_in_one_ear_lists_an_acoustic_neuroma(engine: Engine) -> None:
    question = "gradual hearing loss in my left ear only, with ringing in that ear, I am 55"
    assert answer_rank(engine, question, ACOUSTIC_NEUROMA, top=10) < 10


def test_hearing_loss_in_both_ears_in_old_age_stays_with_presbycusis(engine: Engine) -> None:
    question = "I'm 75 and my hearing has slowly got worse in both ears"
    assert answer_rank(engine, question, PRESBYCUSIS, top=3) < 3
