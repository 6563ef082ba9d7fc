"""Everyday ear-nose-throat, chest-wall and liver presentations that had no curated cause
(h-profiles63, issue 13): chest wall pain at the breastbone that hurts when pressed ranks
costochondritis / Tietze syndrome first; yellow eyes that come with illness or missed meals
rank Gilbert syndrome first; ringing ears after a loud concert rank noise-induced hearing
loss first, while an old man who struggles to hear without any noise named keeps age-related
hearing loss first (loud noise is a necessary exposure); a sore throat with cough and runny
nose ranks the acute sore throat profile near the top, and strep throat stays first for the
classic streptococcal picture."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import ConditionProfile, load_condition_profiles

from .readings import answer_rank, finding_ids

COSTOCHONDRITIS = "MONDO:0001858"
GILBERT = "MONDO:0007745"
NOISE_HEARING_LOSS = "MONDO:0013098"
PRESBYCUSIS = "MONDO:0043765"
ACUTE_PHARYNGITIS = "MONDO:0020600"
STREP_THROAT = "MONDO:0021783"
GERD = "MONDO:0007186"


def _profile(mondo: str) -> ConditionProfile:
    return next(p for p in load_condition_profiles() if p.id == mondo)


def test_the_new_profiles_load_with_their_defining_findings() -> None:
    assert "HP:0006649" in {f.hpo for f in _profile(COSTOCHONDRITIS).findings}
    assert "HP:0008282" in {f.hpo for f in _profile(GILBERT).findings}
    assert "HP:0000365" in {f.hpo for f in _profile(NOISE_HEARING_LOSS).findings}
    assert "HP:0033050" in {f.hpo for f in _profile(ACUTE_PHARYNGITIS).findings}
    assert [(e.key, e.necessary) for e in _profile(NOISE_HEARING_LOSS).exposures] == [
        ("loud-noise", True)]


def test_chest_wall_pain_beside_the_breastbone_that_hurts_when_pressed(engine: Engine) -> None:
    question = ("sharp pain at the front of my chest beside the breastbone that hurts when I "
                "press on it")
    assert answer_rank(engine, question, COSTOCHONDRITIS, top=3) == 0


def test_burning_behind_the_breastbone_after_meals_stays_reflux(engine: Engine) -> None:
    question = "burning behind my breastbone after meals, worse when I lie down"
    assert answer_rank(engine, question, GERD, top=3) == 0


def test_yellow_eyes_when_ill_or_after_missed_meals(engine: Engine) -> None:
    question = ("the whites of my eyes turn a little yellow when I am ill or skip meals, "
                "otherwise I feel fine")
    assert answer_rank(engine, question, GILBERT, top=3) == 0


def test_ringing_ears_after_a_loud_concert(engine: Engine) -> None:
    question = ("my ears have been ringing and sounds are muffled since a very loud concert "
                "last night")
    assert answer_rank(engine, question, NOISE_HEARING_LOSS, top=3) == 0


def test_hearing_phrases_are_read(engine: Engine) -> None:
    for question in ("I struggle to hear conversations", "I have trouble hearing",
                     "I have difficulty hearing my friends"):
        assert "HP:0000365" in finding_ids(engine, question), question


def test_hearing_loss_without_noise_keeps_age_related_hearing_loss_first(engine: Engine) -> None:
    question = "my 78 year old grandad has trouble hearing and struggles to hear in noisy places"
    assert answer_rank(engine, question, PRESBYCUSIS, top=3) == 0
    assert answer_rank(engine, question, NOISE_HEARING_LOSS, top=10) >= 3


def test_a_viral_sore_throat_and_the_classic_strep_throat(engine: Engine) -> None:
    viral = ("I've had a sore throat for three days with a runny nose and a cough, and a "
             "slight temperature.")
    assert answer_rank(engine, viral, ACUTE_PHARYNGITIS, top=3) < 3
    strep = ("high fever, very sore throat, swollen tonsils with white spots and tender neck "
             "glands, no cough")
    assert answer_rank(engine, strep, STREP_THROAT, top=3) == 0
