"""Common conditions given the defining finding their profile or fact sheet lacked (h-profilefix2,
issue 12), on the real engine: a child wetting the bed again after being dry, with weight loss
or thirst, puts type 1 diabetes first (NICE CG111), while a child never dry at night still puts
bedwetting first; a sausage toe beside psoriasis puts psoriatic arthritis first (CASPAR's
dactylitis is a whole swollen digit, toe or finger); aching bones with a kidney stone and high
calcium put primary hyperparathyroidism first (PMID:7677469); a big appetite with weight loss
and shaking hands puts hyperthyroidism first (PMID:8537590), while a hungry, sweaty, shaky
person on insulin still has low blood sugar first; an aching thumb base at 66 puts
osteoarthritis first (EULAR 2018 hand osteoarthritis, PMID:30154087); years of back stiffness
that eases on moving, with a painful red eye, put ankylosing spondylitis first now that its
sheet's "painful red eye from anterior uveitis" names Red eye and Ocular pain."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank

TYPE_1_DIABETES, BEDWETTING = "OMIM:222100", "MONDO:0000022"
PSORIATIC_ARTHRITIS = "MONDO:0011849"
PRIMARY_HYPERPARATHYROIDISM = "MONDO:0010837"
HYPERTHYROIDISM, HYPOGLYCAEMIA = "MONDO:0004425", "MONDO:0004946"
OSTEOARTHRITIS = "MONDO:0005178"
ANKYLOSING_SPONDYLITIS, ANTERIOR_UVEITIS = "OMIM:106300", "MONDO:0006651"


@pytest.mark.parametrize("question", [
    "our 8 year old son was dry at night but has started wetting the bed again and has lost "
    "weight",
    "my 10 year old has begun wetting the bed again, is thirsty all the time and has lost weight",
])
def test_bedwetting_again_with_weight_loss_puts_type_1_diabetes_first(
        engine: Engine, question: str) -> None:
    assert answer_rank(engine, question, TYPE_1_DIABETES) == 0


def test_never_dry_at_night_still_puts_bedwetting_first(engine: Engine) -> None:
    question = "my 9 year old is wetting the bed, he has never been dry at night"
    assert answer_rank(engine, question, BEDWETTING) == 0


def test_sausage_toe_with_psoriasis_puts_psoriatic_arthritis_first(engine: Engine) -> None:
    question = "I have psoriasis on my scalp and one toe has swollen up like a sausage"
    assert answer_rank(engine, question, PSORIATIC_ARTHRITIS) == 0


def test_aching_bones_kidney_stone_and_high_calcium_put_hyperparathyroidism_first(
        engine: Engine) -> None:
    question = "I'm 60 and my bones ache, I had a kidney stone and my calcium is high"
    assert answer_rank(engine, question, PRIMARY_HYPERPARATHYROIDISM) == 0


def test_big_appetite_with_weight_loss_puts_hyperthyroidism_first(engine: Engine) -> None:
    question = ("I'm 30, always hungry and eating more than ever, yet I'm losing weight and my "
                "hands shake")
    assert answer_rank(engine, question, HYPERTHYROIDISM) == 0


@pytest.mark.parametrize("question", [
    "I'm diabetic on insulin and suddenly went sweaty and shaky and really hungry, my heart is "
    "pounding",
    "I take insulin for my diabetes and all of a sudden I'm sweating, trembling and very hungry",
])
def test_hungry_and_shaky_on_insulin_stays_low_blood_sugar(engine: Engine, question: str) -> None:
    assert answer_rank(engine, question, HYPOGLYCAEMIA) == 0


def test_aching_thumb_base_at_66_puts_osteoarthritis_first(engine: Engine) -> None:
    question = "I'm 66 and the base of my thumb aches when I grip a jar or turn a key"
    assert answer_rank(engine, question, OSTEOARTHRITIS) == 0


def test_back_stiffness_easing_on_moving_with_a_red_painful_eye_puts_spondylitis_first(
        engine: Engine) -> None:
    question = ("I'm 27 and my lower back has been stiff for years, better once I get moving, and "
                "now my right eye is red, sore and light hurts it")
    assert answer_rank(engine, question, ANKYLOSING_SPONDYLITIS) == 0
    assert answer_rank(engine, question, ANTERIOR_UVEITIS) < 5


@pytest.mark.parametrize(("profile", "hpo", "frequency", "source"), [
    (PSORIATIC_ARTHRITIS, "HP:0031091", "frequent", "GUIDELINE:caspar-2006-psa-criteria"),
    (PRIMARY_HYPERPARATHYROIDISM, "HP:0002653", "occasional", "PMID:7677469"),
    (HYPERTHYROIDISM, "HP:0002591", "occasional", "PMID:8537590"),
    (OSTEOARTHRITIS, "HP:6001127", "occasional", "PMID:30154087"),
])
def test_profiles_carry_the_sourced_finding(profile: str, hpo: str, frequency: str,
                                            source: str) -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    found = [f for f in profiles[profile].findings if f.hpo == hpo]
    assert len(found) == 1
    assert found[0].frequency == frequency
    assert source in found[0].sources
