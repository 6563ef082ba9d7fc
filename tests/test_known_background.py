"""A known condition as the background of a new complaint, a risk factor bounded by its
source's relative risk, and lab values said in number words (h-rank4, issue 14)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.rank.exposures import EXPOSURE_WEIGHT, exposure_weights
from whatcauses.rank.known import (
    EXPLAINED_SHARE,
    disease_name_table,
    explained_weights,
    known_name_table,
    named_by_names,
)
from whatcauses.text import labs
from whatcauses.text.normalize import tokenize

from .readings import answer_rank

TYPE_2_DIABETES = "MONDO:0005148"
ENDOMETRIAL_CANCER = "MONDO:0011962"
DIABETIC_RETINOPATHY = "MONDO:0005266"



NAMES = ["Type 2 diabetes", "Type 1 diabetes mellitus", "Pulmonary hypertension",
         "Iron-deficiency anaemia", "Diabetic retinopathy"]
IDS = ["D:t2", "D:t1", "D:ph", "D:ida", "D:dr"]
LAY = {"D:t2": ("diabetes", "sugar diabetes"), "D:ida": ("anaemia", "low iron")}


@pytest.mark.parametrize(("forms", "named"), [
    (["Diabetes mellitus"], ("D:t2",)),  # a lay name inside the label
    (["Type I diabetes mellitus", "Type 1 diabetes"], ("D:t1",)),  # the longest name only
    (["Type II diabetes mellitus", "Type 2 diabetes"], ("D:t2",)),
    (["Hypertension", "High blood pressure"], ()),  # a name that holds the label is another
    (["Anemia", "Anaemia"], ("D:ida",)),
])
def test_the_diseases_a_known_condition_is_are_named_by_its_label(
        forms: list[str], named: tuple[str, ...]) -> None:
    assert named_by_names(forms, disease_name_table(NAMES, IDS, LAY)) == named
    assert named_by_names(forms, known_name_table(forms, NAMES, IDS, LAY)) == named


_SAID_WORDS = sorted({w for text in (*NAMES, *(n for lay in LAY.values() for n in lay))
                      for w in text.replace("-", " ").split()} | {"I", "had", "Type II", "my"})


@given(st.lists(st.lists(st.sampled_from(_SAID_WORDS), min_size=1, max_size=5).map(" ".join),
                min_size=1, max_size=3))
def test_the_table_of_a_conditions_own_words_names_what_the_whole_table_names(
        forms: list[str]) -> None:
    # known_name_table folds only the names that can start inside the forms: the same answer
    # as the table of every name, without folding every name.
    assert (named_by_names(forms, known_name_table(forms, NAMES, IDS, LAY))
            == named_by_names(forms, disease_name_table(NAMES, IDS, LAY)))


def test_a_finding_the_known_disease_explains_tells_the_candidates_apart_less() -> None:
    ratios = np.array([30.0, 1.0, 0.5])
    factor = explained_weights([ratios], [0.01], [0.6])
    assert factor is not None
    weighed = ratios * factor
    assert 1.0 < weighed[0] < ratios[0]  # the best explanation keeps an edge, smaller
    assert weighed[2] > ratios[2]  # not explaining it costs less: the known condition does
    assert explained_weights([ratios], [0.01], [EXPLAINED_SHARE / 2]) is None  # occasional


def test_a_value_in_number_words_is_read() -> None:
    for text, value in [("my PSA was eleven", 11.0), ("PSA came back at twenty-two", 22.0),
                        ("PSA was eleven point five", 11.5)]:
        hits = labs.read_labs([t.folded for t in tokenize(text)])
        assert [h.values for h in hits] == [(value,)], text
    for text in ["my PSA was one of the tests", "TSH two weeks ago was fine"]:
        assert not labs.read_labs([t.folded for t in tokenize(text)]), text


class _Knowledge:
    """The attributes exposure_weights reads, for three diseases."""

    def __init__(self) -> None:
        self.disease_ids_index = {"D:a": 0, "D:b": 1, "D:c": 2}
        self.n_diseases = 3
        self.curated_exposures = {"D:a": ("smoking",), "D:b": ("smoking",)}
        self.required_exposures: dict[str, tuple[str, ...]] = {}
        self.exposure_risks = {"D:a": {"smoking": 1.74}, "D:b": {"smoking": 25.0}}


def test_a_risk_factor_weighs_no_more_than_its_source_s_relative_risk() -> None:
    weights = exposure_weights(_Knowledge(), ["smoking"])  # type: ignore[arg-type]
    assert weights is not None
    assert weights.tolist() == pytest.approx([1.74, EXPOSURE_WEIGHT, 1.0])


@pytest.mark.slow
def test_a_known_diabetes_does_not_outrank_the_new_complaint(engine: Engine) -> None:
    question = ("I'm 58, obese and diabetic, and I've had some bleeding again though my "
                "periods stopped six years ago")
    cancer = answer_rank(engine, question, ENDOMETRIAL_CANCER)
    diabetes = answer_rank(engine, question, TYPE_2_DIABETES)
    assert cancer < 10 and cancer < diabetes
    eyes = "I'm diabetic and the vision in one eye has gone blurry with dark floaters"
    retinopathy = answer_rank(engine, eyes, DIABETIC_RETINOPATHY)
    diabetes = answer_rank(engine, eyes, TYPE_2_DIABETES)
    assert retinopathy < 10 and retinopathy < diabetes


@pytest.mark.slow
def test_a_psa_said_in_words_is_read_high(engine: Engine) -> None:
    reading = engine.interpret("I'm 74, my PSA came back at twenty-two and my back aches")
    assert labs.HIGH_PSA in {i for f in reading.present for i in f.ids}


@pytest.mark.slow
@pytest.mark.parametrize(("question", "thirst"), [
    ("I drink six pints every night and my skin is yellow", False),  # heavy drinking
    ("I drink six pints of water a day", True),
    ("I drink a lot of water and pee all the time", True),
])
def test_words_of_a_confirmed_exposure_are_no_finding_too(engine: Engine, question: str,
                                                        thirst: bool) -> None:
    read = {i for f in engine.interpret(question).present for i in f.ids}
    assert ("HP:0001959" in read) is thirst  # Polydipsia
