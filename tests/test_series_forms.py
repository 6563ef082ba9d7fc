"""Numbered and susceptibility forms of curated conditions (h-series1, issue 12).

phenotype.hpoa records many common diseases mainly as OMIM series ("Sarcoidosis,
susceptibility to, 1", "Glaucoma 1, open angle, A"), each without a figure, so the prior counts
such an entry as rare. bench/series_inventory.py finds, for every profile and fact sheet, the
entries whose MONDO label (or, where MONDO maps none, phenotype.hpoa name) is the condition's
name plus series words only. A profile lists them under ``includes`` unless LEFT_APART says why
not; a fact sheet too since h-series2, whose forms lend the sheet only their id
(tests/test_sheet_series_forms.py; facts/SCHEMA.md, "includes: series forms")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from whatcauses.engine import Engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import series_inventory as inventory

OPEN_ANGLE_GLAUCOMA = "MONDO:0005338"
GLAUCOMA_1A = "OMIM:137750"


@pytest.mark.parametrize(("entry", "condition", "kind"), [
    ("systemic lupus erythematosus, susceptibility to, 6", "Systemic lupus erythematosus",
     "susceptibility"),
    ("Parkinson disease 8, autosomal dominant", "Parkinson disease", "numbered"),
    ("glaucoma 1, open angle, A", "Open-angle glaucoma", "numbered"),
    ("type 1 diabetes mellitus 2", "Type 1 diabetes mellitus", "numbered"),
    ("Goiter, multinodular, familial", "multinodular goiter", "familial"),
    # a number of the condition's own name moved: another disease
    ("type 1 diabetes mellitus 2", "type 2 diabetes mellitus", None),
    # other words than series words: a different disease that shares the name
    ("Asthma-related traits, susceptibility to, 1", "Asthma", None),
    ("Celiac disease, epilepsy and cerebral calcification syndrome", "Celiac disease", None),
    ("Epilepsy, idiopathic generalized, susceptibility to, 1", "Epilepsy", None),
    ("Psoriasis 15, pustular, susceptibility to", "Psoriasis", None),
])
def test_a_series_form_is_the_name_plus_series_words(
        entry: str, condition: str, kind: str | None) -> None:
    assert inventory.series_form(entry, condition) == kind


def test_mondo_decides_where_it_maps_the_entry() -> None:
    # OMIM:260300 is "Parkinson disease 15" in phenotype.hpoa, "parkinsonian-pyramidal
    # syndrome" in MONDO; OMIM:602477 "Febrile seizures, familial, 2" is filed under epilepsy.
    assert inventory._match([("MONDO label", "parkinsonian-pyramidal syndrome"),
                             ("HPO name", "Parkinson disease 15, autosomal recessive")],
                            ["Parkinson disease"]) is None
    assert inventory._match([("HPO name", "Parkinson disease 17")],
                            ["Parkinson disease"]) is not None
    # every label that holds the name must be a form ("juvenile" is no series word)
    assert inventory._match([("MONDO label", "amyotrophic lateral sclerosis 4"),
                             ("MONDO label", "juvenile amyotrophic lateral sclerosis 4")],
                            ["Amyotrophic lateral sclerosis"]) is None


def _inventory() -> list[inventory.Form]:
    mondo = inventory.mondo_labels()
    if not mondo:
        pytest.skip("../shared/data/mondo-diseases.tsv.gz is not present")
    return inventory.inventory(inventory.hpoa_names(), mondo, inventory.conditions())


def test_every_profile_names_its_series_or_says_why_not() -> None:
    unnamed = [(f.condition.id, f.disease_id, f.label) for f in _inventory()
               if f.condition.kind == "profile" and not f.named
               and not inventory.left_apart(f.condition.id, f.disease_id)]
    assert unnamed == []


@pytest.mark.slow
def test_a_profile_ranks_once_with_its_numbered_forms(engine: Engine) -> None:
    question = ("my 65 year old dad is slowly losing the side vision in both eyes and the "
                "optician said his eye pressure is high")
    candidates = engine.ask(question, top=10).ranking.candidates
    holding = [c for c in candidates if GLAUCOMA_1A in c.ids]
    assert len(holding) == 1 and OPEN_ANGLE_GLAUCOMA in holding[0].ids
    assert candidates.index(holding[0]) == 0
