"""Risk factors said in words beside a complaint (h-rank3, issue 14): smoking, heavy drinking,
the combined pill or HRT, a raised PSA given as a number, and a body weight or diabetes said as
what the person is, read from the question and weighing the diseases whose curated, sourced
text names them."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.exposures import EXPOSURE_WEIGHT, exposure_weights
from whatcauses.text import labs

from .readings import answer_rank

BLADDER_CANCER = "MONDO:0001187"
OESOPHAGEAL_CANCER = "MONDO:0007576"
DVT = "MONDO:0005399"
PULMONARY_EMBOLISM = "MONDO:0005279"
DIABETES = "HP:0000819"
OBESITY = "HP:0001513"



def read_ids(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).findings if not f.negated for i in f.ids}


def known_ids(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).known_conditions for i in f.ids}


@pytest.mark.slow
@pytest.mark.parametrize(("key", "disease"), [
    ("smoking", OESOPHAGEAL_CANCER),
    ("heavy-alcohol", OESOPHAGEAL_CANCER), ("hormone-pill", DVT),
    ("hormone-pill", PULMONARY_EMBOLISM),
])
def test_a_named_risk_factor_weighs_the_diseases_whose_sources_name_it(
        engine: Engine, key: str, disease: str) -> None:
    weights = exposure_weights(engine.knowledge, [key])
    assert weights is not None
    assert weights[engine.knowledge.disease_index(disease)] == EXPOSURE_WEIGHT


@pytest.mark.slow
@pytest.mark.parametrize(("question", "key"), [
    ("I'm on the combined pill and my calf is swollen", "hormone-pill"),
    ("on HRT, sudden breathlessness", "hormone-pill"),
    ("I take the oral contraceptive and my leg is swollen", "hormone-pill"),
    ("I drink a bottle of wine every day and my eyes are yellow", "heavy-alcohol"),
    ("four pints a night and my belly is swollen", "heavy-alcohol"),
])
def test_the_risk_factor_is_read_from_everyday_words(engine: Engine, question: str,
                                                     key: str) -> None:
    assert key in engine.interpret(question).exposure_keys


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "I took a pill for my headache and now my calf is swollen",
    "I'm on the mini pill and my calf is swollen",
])
def test_a_pill_that_names_no_hormone_is_no_hormone_pill(engine: Engine, question: str) -> None:
    assert "hormone-pill" not in engine.interpret(question).exposure_keys


@pytest.mark.slow
@pytest.mark.parametrize(("question", "high"), [
    ("my PSA was 12", True),  # above every age's threshold
    ("PSA 14 ng/ml", True),
    ("I'm 55 and my PSA came back at 5.1", True),  # NICE NG12: above 3.5 at 50 to 59
    ("I'm 72 and my PSA came back at 5.1", False),  # below 6.5 at 70 to 79
    ("PSA 4", False),  # between the thresholds, the age unknown: left unread
    ("PSA 1.2 and I get up at night to pee", False),
])
def test_a_psa_number_is_read_against_the_age_specific_threshold(engine: Engine, question: str,
                                                                  high: bool) -> None:
    assert (labs.HIGH_PSA in read_ids(engine, question)) is high


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "I'm 58, obese and diabetic, and I've had some bleeding after the menopause",
    "I'm a smoker and diabetic and my feet burn at night",
    "I'm 70, diabetic and my feet burn at night",
])
def test_diabetes_at_the_end_of_a_list_after_i_m_is_known(engine: Engine, question: str) -> None:
    assert DIABETES in known_ids(engine, question)


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "I'm 58, obese and diabetic, and I've had some bleeding after the menopause",
    "I'm very overweight and my knees ache",
    "he is always hungry and overweight",
])
def test_a_body_weight_stays_a_finding(engine: Engine, question: str) -> None:
    assert OBESITY not in known_ids(engine, question)
    assert OBESITY in read_ids(engine, question)


@pytest.mark.slow
def test_a_smoker_s_painless_blood_in_the_urine_puts_bladder_cancer_near_the_top(
        engine: Engine) -> None:
    question = ("I'm 63 and have smoked twenty a day since I was a teenager, and for a week "
                "there's been blood in my wee but no pain at all")
    place = answer_rank(engine, question, BLADDER_CANCER)
    assert place < 3
    plain = "I'm 63 and for a week there's been blood in my wee but no pain at all"
    plain_place = answer_rank(engine, plain, BLADDER_CANCER)
    assert plain_place >= place
