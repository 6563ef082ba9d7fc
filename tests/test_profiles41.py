"""Profiles of h-profiles41, on the real engine: a toddler who stops breathing and turns blue
after crying puts breath-holding spells first; sudden round bald patches put alopecia areata
first and thinning at the temples does not; neck pain that shoots down the arm lists cervical
radiculopathy near the top while leg pain from the back stays with sciatica; a red sore rash in
the skin folds of the groin and belly puts intertrigo first."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

BREATH_HOLDING, ALOPECIA_AREATA = "MONDO:0011861", "MONDO:0005340"
RADICULOPATHY, SCIATICA, INTERTRIGO = "MONDO:0002959", "MONDO:0024333", "MONDO:0021340"


def test_crying_toddler_who_turns_blue_and_faints_has_breath_holding_spells(engine: Engine) -> None:
    question = ("When my 18 month old cries hard he stops breathing, turns blue and passes out "
                "for a few seconds.")
    assert answer_rank(engine, question, BREATH_HOLDING) == 0


def test_round_bald_patches_put_alopecia_areata_first(engine: Engine) -> None:
    question = "I've suddenly got round bald patches on my scalp, the skin there looks smooth."
    assert answer_rank(engine, question, ALOPECIA_AREATA) == 0


def test_receding_temples_are_not_alopecia_areata_first(engine: Engine) -> None:
    question = "my hair is thinning on top and receding at the temples, I'm a 35 year old man"
    assert answer_rank(engine, question, ALOPECIA_AREATA) != 0


def test_neck_pain_shooting_down_the_arm_lists_cervical_radiculopathy(engine: Engine) -> None:
    question = ("I'm 55 and pain shoots from my neck down my right arm with pins and needles "
                "in my fingers.")
    assert answer_rank(engine, question, RADICULOPATHY) < 3


def test_leg_pain_from_the_back_stays_with_sciatica(engine: Engine) -> None:
    assert answer_rank(engine, "I have back pain shooting down my leg", SCIATICA) == 0


def test_sore_rash_in_the_skin_folds_is_intertrigo(engine: Engine) -> None:
    question = "I'm overweight and get a red sore rash in the folds of my groin and belly."
    assert answer_rank(engine, question, INTERTRIGO) == 0
