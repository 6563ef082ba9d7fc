"""Family history in lay and clinician voices (h-family12, issue 14): a relative's tumour named
with its organ is that organ's neoplasm (text/normalize.py _name_organ_tumours); a disease
kind named with its organ after "had" is a finding, no illness that came before; a relative
named bare after a heading's colon is the subject ("FHx: mother had ..."); a question whose
only findings are a relative's, asked of the asker's own risk, weighs the inherited diseases
first (rank/hereditary.py family_alone_weights)."""

from __future__ import annotations

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.rank.hereditary import HEREDITARY_WEIGHT, family_alone_weights

from .readings import answer_rank, present_ids, relatives

PITUITARY_NEOPLASM = "HP:0040277"
PANCREAS_NEOPLASM = "HP:0002894"
ADRENAL_NEOPLASM = "HP:0100631"
THYROID_NEOPLASM = "HP:0100031"
NEOPLASM = "HP:0002664"
ASTHMA = "HP:0002099"
BREAST_CARCINOMA = "HP:0003002"
MEN1 = "OMIM:131100"
HBOC = "ORPHA:145"


def test_a_relatives_organ_tumours_are_the_organs_neoplasms(engine: Engine) -> None:
    said = relatives(engine, "My dad had a pituitary tumour and his brother had a tumour in "
                             "his pancreas. I've had kidney stones twice.")
    assert said.get(PITUITARY_NEOPLASM) == "dad"
    assert said.get(PANCREAS_NEOPLASM) == "brother"


@pytest.mark.parametrize(("question", "term"), [
    ("I had a tumour on my adrenal gland", ADRENAL_NEOPLASM),
    ("I have an adrenal tumour", ADRENAL_NEOPLASM),
    ("a tumor of her parathyroid glands", "HP:0100733"),
    ("I have a thyroid tumour", THYROID_NEOPLASM),
    ("I had thyroid cancer", THYROID_NEOPLASM),
])
def test_an_organ_tumour_is_read(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_bare_tumour_stays_the_kind_asked_about(engine: Engine) -> None:
    reading = engine.interpret("What tumours cause headaches?")
    assert "neoplastic" in reading.categories
    assert NEOPLASM not in {i for f in reading.findings for i in f.ids}


def test_a_mothers_cancer_after_had_is_hers(engine: Engine) -> None:
    assert relatives(engine, "My mother had thyroid cancer. I get headaches.").get(
        THYROID_NEOPLASM) == "mother"


def test_a_relative_after_a_heading_colon_is_the_subject(engine: Engine) -> None:
    assert relatives(engine, "Kidney stones. FHx: mother had asthma.").get(ASTHMA) == "mother"


def test_a_relatives_findings_alone_asked_of_my_risk_are_family_history(engine: Engine) -> None:
    question = "My sister has breast cancer. What is my risk?"
    assert relatives(engine, question).get(BREAST_CARCINOMA) == "sister"
    assert answer_rank(engine, question, HBOC) < 10


def test_a_relatives_relative_counts_as_family(engine: Engine) -> None:
    said = relatives(engine, "My mum had ovarian cancer and her sister had breast cancer at 39. "
                             "Could I have inherited something?")
    assert said.get(BREAST_CARCINOMA) == "sister"
    assert not any(r is None for r in said.values())


def test_men1_first_for_a_familys_endocrine_tumours(engine: Engine) -> None:
    assert answer_rank(engine, "My dad had a pituitary tumour and his brother had a tumour in "
                               "his pancreas. I've had kidney stones twice and my blood calcium "
                               "is high.", MEN1) == 0


def test_family_alone_weights_only_when_the_findings_are_a_relatives() -> None:
    inherited = np.array([True, False, True])
    assert family_alone_weights(inherited, False) is None
    weights = family_alone_weights(inherited, True)
    assert weights is not None
    assert weights.tolist() == [1.0, HEREDITARY_WEIGHT, 1.0]
