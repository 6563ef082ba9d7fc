"""Reader gaps of h-reader15, on the real engine (a sentence and the HPO ids it should or
should not read): a relative named bare is a subject; an inability to lose
weight is no weight loss; burning behind or pain below the breastbone; rushing to pass
water; lay blisters and a tight chest read as the terms condition profiles use."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize
from whatcauses.text.persons import mentions

from .readings import present_ids

RASH, FEVER = "HP:0000988", "HP:0001945"
WEIGHT_LOSS, INCREASED_WEIGHT = "HP:0001824", "HP:0004324"
REFLUX, CHEST_PAIN, EPIGASTRIC_PAIN, SUNKEN_OR_PROMINENT_STERNUM = (
    "HP:0002020", "HP:0100749", "HP:0410019", "HP:0000884")
URINARY_URGENCY, BOWEL_URGENCY = "HP:0000012", "HP:0012701"
SKIN_VESICLE, CHEST_TIGHTNESS = "HP:0200037", "HP:0031352"


# ---- a relative named bare ----

@pytest.mark.parametrize("question", ["Dad has diabetes, and I'm always thirsty.",
                                      "I'm always thirsty. Mum had breast cancer."])
def test_a_relative_named_bare_at_a_sentence_start_is_a_subject(question: str) -> None:
    tokens = tokenize(question)
    stretches = mentions(tokens, frozenset({"dad", "mum"}))
    assert [s.mention.word for s in stretches] in (["dad"], ["mum"])
    assert stretches[0].mention.possessive == stretches[0].mention.noun


def test_a_relative_who_is_the_patient_keeps_the_findings(engine: Engine) -> None:
    assert {RASH, FEVER} <= present_ids(engine, "My son has a rash and a fever.")
    assert FEVER in present_ids(engine, "Mum here. My son has a fever.")


# ---- inverted and misplaced readings ----

@pytest.mark.parametrize("question", ["I just can't lose weight however hard I diet.",
                                      "I'm unable to lose any weight.",
                                      "I cannot lose weight.",
                                      "I'm struggling to shift the weight."])
def test_an_inability_to_lose_weight_is_no_weight_loss(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert WEIGHT_LOSS not in found and INCREASED_WEIGHT in found


def test_losing_weight_stays_weight_loss(engine: Engine) -> None:
    assert WEIGHT_LOSS in present_ids(engine, "I've been losing weight.")


@pytest.mark.parametrize("question", ["Burning behind my breastbone after I eat.",
                                      "a burning behind the breast bone at night"])
def test_burning_behind_the_breastbone_is_reflux_or_chest_pain(engine: Engine,
                                                               question: str) -> None:
    found = present_ids(engine, question)
    assert {REFLUX, CHEST_PAIN} <= found and SUNKEN_OR_PROMINENT_STERNUM not in found


@pytest.mark.parametrize("question", ["Pain just below my breastbone.",
                                      "A gnawing ache below the breastbone."])
def test_pain_below_the_breastbone_is_epigastric(engine: Engine, question: str) -> None:
    assert EPIGASTRIC_PAIN in present_ids(engine, question)


@pytest.mark.parametrize("question", ["I have to rush to pee.",
                                      "I keep having to rush to the toilet to pee.",
                                      "Always rushing to the loo for a wee."])
def test_rushing_to_pee_is_urinary_urgency(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert URINARY_URGENCY in found and BOWEL_URGENCY not in found


# ---- terms the profiles use ----

def test_a_blistering_rash_may_be_skin_vesicles(engine: Engine) -> None:
    assert SKIN_VESICLE in present_ids(engine, "She has a blistering rash on her arms.")


@pytest.mark.parametrize("question", ["I have chest tightness.", "I get a tight chest."])
def test_chest_tightness_may_be_chest_pain(engine: Engine, question: str) -> None:
    assert {CHEST_TIGHTNESS, CHEST_PAIN} <= present_ids(engine, question)


# ---- pain under the ribs ----

ABDOMINAL_PAIN = "HP:0002027"


@pytest.mark.parametrize("question", ["Pain under my ribs.", "Pain under my left ribs.",
                                      "A dull ache under my rib cage."])
def test_pain_under_the_ribs_is_abdominal(engine: Engine, question: str) -> None:
    assert ABDOMINAL_PAIN in present_ids(engine, question)


def test_under_still_starts_a_state(engine: Engine) -> None:
    reading = engine.interpret("I'm under stress and have chest pain.")
    assert ABDOMINAL_PAIN not in {i for f in reading.findings for i in f.ids}


# ---- the loo is the toilet ----

NOCTURIA = "HP:0000017"


def test_the_loo_reads_as_the_toilet(engine: Engine) -> None:
    assert BOWEL_URGENCY in present_ids(engine, "Loose stools and I'm rushing to the loo.")
    assert NOCTURIA in present_ids(engine, "I'm up to the loo three times a night.")
    assert NOCTURIA in present_ids(engine, "I'm up to the toilet at night.")


# ---- a spreading pain's direction; an extent over an OR-group ----

BACK_PAIN, KYPHOSIS, BLISTERING = "HP:0003418", "HP:0002808", "HP:0008066"


@pytest.mark.parametrize("question", ["The pain goes round to my back.",
                                      "Pain under my ribs, and it spreads round to my back."])
def test_a_pain_spreading_round_to_the_back_is_back_pain(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert BACK_PAIN in found and KYPHOSIS not in found


def test_a_rounded_back_stays_kyphosis(engine: Engine) -> None:
    assert KYPHOSIS in present_ids(engine, "He has a rounded back.")


def test_blisters_all_over_keep_both_readings(engine: Engine) -> None:
    assert {BLISTERING, SKIN_VESICLE} <= present_ids(engine, "Blisters all over his tummy.")
