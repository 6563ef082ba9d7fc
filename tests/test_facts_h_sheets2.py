"""Hallmarks the HPO release lacks for well-known diseases (h-sheets2, issue 14).

Meckel diverticulum's only annotation was the diverticulum itself: its sheet adds painless
rectal bleeding (occasional: 25.3% of children with symptoms, PMID:30170459) and the
figure of people who have one, counted like a carrier figure because only 4% to 9% of them
ever have symptoms. Leber hereditary optic neuropathy's sheet gives its loss of central
vision the GeneReviews figure (PMID:20301353); X-linked ichthyosis gets a sheet (its dark
brown scales, OMIM:308100 and StatPearls PMID:28846233) shared by its OMIM and Orphanet records.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import annotated_frequency, answer_rank

MECKEL, LHON = "OMIM:155140", "OMIM:535000"
HEMATOCHEZIA, VISUAL_LOSS = "HP:0002573", "HP:0000572"


def test_meckel_diverticulum_gains_rectal_bleeding_as_occasional(engine: Engine) -> None:
    frequency = annotated_frequency(engine, MECKEL, HEMATOCHEZIA)
    assert frequency is not None and 0.05 <= frequency < 0.3


def test_meckel_has_no_carrier_figure(engine: Engine) -> None:
    # The review's figure counts everyone with the anomaly; `carriers` is for genotypes only,
    # so the sheet gives the figure in words and the ranker has none.
    prevalence = engine.ranker.prevalence[engine.knowledge.disease_index(MECKEL)]
    assert prevalence is None or not prevalence.carriers


def test_rectal_bleeding_in_an_older_adult_does_not_lead_with_meckel(engine: Engine) -> None:
    question = "70 year old with blood in his stool and weight loss"
    assert answer_rank(engine, question, MECKEL, top=3) == 3


def test_lhon_visual_loss_is_very_frequent(engine: Engine) -> None:
    assert annotated_frequency(engine, LHON, VISUAL_LOSS) == pytest.approx(0.9)


def test_x_linked_ichthyosis_sheet_covers_both_records(engine: Engine) -> None:
    for disease in ("OMIM:308100", "ORPHA:461"):
        sheet = engine.explain(disease).fact_sheet
        assert sheet is not None and sheet.id == "OMIM:308100"
