"""Heart, kidney and metabolic rare diseases the release annotates thinly (h-sheets3, issue 14).

bench/sheet_gaps.py listed them by Orphanet figure. Coarctation of the aorta's Orphanet and OMIM
records share a sheet that adds weak, delayed femoral pulses and lower leg than arm blood
pressure (PMID:15187499); Bartter syndrome's Orphanet record carried two annotations and gains
the salt-wasting findings of its Orphanet summary and the ERKNet consensus (PMID:33509356),
its OMIM types listed as includes; wild-type ATTR amyloidosis gains rupture of the distal biceps
tendon (33% of 111 patients, PMID:28898370); MODY gains its defining young-onset diabetes.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import annotated_frequency, answer_rank

COARCTATION, COARCTATION_OMIM = "ORPHA:1457", "OMIM:120000"
BARTTER, WT_ATTR, MODY = "ORPHA:112", "ORPHA:330001", "ORPHA:552"
TENDON_RUPTURE, MODY_TERM = "HP:0100550", "HP:0004904"


def test_coarctation_sheet_covers_its_orphanet_and_omim_records(engine: Engine) -> None:
    for disease in (COARCTATION, COARCTATION_OMIM):
        sheet = engine.explain(disease).fact_sheet
        assert sheet is not None and sheet.id == COARCTATION


def test_arm_hypertension_with_weak_femoral_pulses_names_coarctation(engine: Engine) -> None:
    question = ("17 year old with high blood pressure in his arms, weak femoral pulses and a "
                "systolic murmur")
    assert answer_rank(engine, question, COARCTATION, top=3) < 3


def test_bartter_gains_hypokalaemic_alkalosis(engine: Engine) -> None:
    # The release annotated only short stature and a metabolic abnormality; the sheet gives
    # no figure, so the added row carries none.
    k = engine.knowledge
    terms = {r.hpo_id for r in k.annotations(k.disease_index(BARTTER))}
    assert {"HP:0001960", "HP:0000103", "HP:0000121", "HP:0001561"} <= terms


def test_bartter_leads_for_a_salt_wasting_infant_born_after_polyhydramnios(
        engine: Engine) -> None:
    question = ("baby born early after polyhydramnios, passing a lot of urine, with low "
                "potassium and nephrocalcinosis")
    assert answer_rank(engine, question, BARTTER, top=3) < 3


def test_bartter_types_rank_under_the_sheet(engine: Engine) -> None:
    sheet = engine.explain("OMIM:607364").fact_sheet
    assert sheet is None or sheet.id == BARTTER
    assert "OMIM:607364" in {f for s in [engine.explain(BARTTER).fact_sheet] if s
                             for f in s.includes}


def test_wild_type_attr_biceps_tendon_rupture_is_frequent(engine: Engine) -> None:
    frequency = annotated_frequency(engine, WT_ATTR, TENDON_RUPTURE)
    assert frequency is not None and 0.3 <= frequency < 0.8


def test_mody_diabetes_is_obligate(engine: Engine) -> None:
    assert annotated_frequency(engine, MODY, MODY_TERM) == pytest.approx(1.0)


PPCM = "ORPHA:563"


def test_peripartum_cardiomyopathy_needs_a_pregnancy_or_a_recent_birth(engine: Engine) -> None:
    # Its exposures are necessary (PMID:20675664: late pregnancy or the months after delivery).
    after_birth = answer_rank(engine, "three weeks after giving birth I am breathless lying "
                              "flat and my ankles are swollen", PPCM)
    without = answer_rank(engine, "I am breathless lying flat and my ankles are swollen", PPCM)
    assert after_birth < 3 and after_birth < without
