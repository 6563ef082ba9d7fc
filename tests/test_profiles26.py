"""Profiles and lump words of h-profiles26, on the real engine: the kidney-mass and front-of-neck
lump wordings the reader now reads, and the thyroid cancer and renal cell carcinoma profiles
ranking for their typical presentation (one candidate with the OMIM entries they include)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

RENAL_NEOPLASM, GOITER, THYROID_NODULE = "HP:0009726", "HP:0000853", "HP:0025388"
THYROID_CANCER, RENAL_CELL_CARCINOMA = "MONDO:0002108", "MONDO:0005086"


@pytest.mark.parametrize(("question", "hpo"), [
    ("a scan found a mass on my kidney", RENAL_NEOPLASM),
    ("they told me I have a kidney tumour", RENAL_NEOPLASM),
    ("a growth on my kidney was seen on ultrasound", RENAL_NEOPLASM),
    ("I have a lump at the front of my neck", GOITER),
    ("I have a lump at the front of my neck", THYROID_NODULE),
])
def test_lump_words_are_read(engine: Engine, question: str, hpo: str) -> None:
    assert hpo in present_ids(engine, question)



def test_a_thyroid_nodule_with_a_neck_gland_puts_thyroid_cancer_first(engine: Engine) -> None:
    question = "my doctor felt a nodule on my thyroid and there is a swollen gland in my neck"
    assert answer_rank(engine, question, THYROID_CANCER) == 0


def test_a_kidney_mass_on_a_scan_ranks_kidney_cancer(engine: Engine) -> None:
    question = "a scan found a mass on my kidney, I am 58"
    assert answer_rank(engine, question, RENAL_CELL_CARCINOMA) < 3


def test_blood_in_the_urine_with_side_pain_lists_kidney_cancer(engine: Engine) -> None:
    question = "I am 62 and have had blood in my pee and a dull ache in my side under the ribs"
    assert answer_rank(engine, question, RENAL_CELL_CARCINOMA) < 10
