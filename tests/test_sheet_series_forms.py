"""A fact sheet's series forms rank with it in questions and lend it only their id (h-series2,
issue 12).

A sheet lists under ``includes`` the OMIM numbered, susceptibility and familial entries of its
disease ("Diabetes mellitus, insulin-dependent, 2", "Systemic lupus erythematosus,
susceptibility to, 6"; bench/series_inventory.py finds them). In a plain-language question
each joins the sheet's twin group and shows under the sheet's name, but the group's prior,
onset range, sex ratio and findings stay the sheet's own entries': type 1 diabetes mellitus
2's early young adult onset (16 to 19 years) would otherwise have become type 1 diabetes's,
whose entry records none, and lupus susceptibility 6's cohort frequencies lifted lupus past
systemic juvenile arthritis for a 6-year-old (h-series1's measurement, facts/SCHEMA.md "Series
forms"). Case reports keep the release's twin groups: the forms rank apart there as before.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.facts import validate_sheet
from whatcauses.rank.inheritance import x_linked_recessive_diseases
from whatcauses.rank.model import ModelParameters

from .readings import answer_rank

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import series_inventory as inventory

T1D = "OMIM:222100"
T1D_2 = "OMIM:125852"  # autosomal dominant, early young adult onset
SLE = "OMIM:152700"
SLE_ORPHANET = "ORPHA:536"
SLE_6 = "OMIM:609939"  # polygenic; arthritis in 78% and 85/220 of a cohort
ARTHRITIS = "HP:0001369"
RETINITIS_PIGMENTOSA = "OMIM:268000"
THIRSTY_BOY = ("my 9 year old son is always thirsty, needs the toilet all the time and has "
               "lost weight even though he eats loads")
SHEET = {"id": "OMIM:100001", "name": "Made-up disease",
         "summary": [{"text": "A made-up disease.", "sources": ["OMIM:100001"]}],
         "references": [{"id": "OMIM:100001", "title": "MADE-UP DISEASE"}]}


def test_includes_are_read_and_checked() -> None:
    sheet = validate_sheet({**SHEET, "includes": ["OMIM:100002", "ORPHA:3"]}, "ok.yaml")
    assert sheet.includes == ("OMIM:100002", "ORPHA:3")
    assert "OMIM:100002" not in sheet.ids  # no figure, text or lay name of the sheet's
    for broken in (["omim 100002"], ["OMIM:100002", "OMIM:100002"], ["OMIM:100001"]):
        with pytest.raises(DataError, match="includes"):
            validate_sheet({**SHEET, "includes": broken}, "broken.yaml")


def test_a_form_ranks_with_its_sheet_in_questions_only(engine: Engine) -> None:
    index = engine.knowledge.disease_index
    question_groups = engine.knowledge.arrays["question_twin_group"]
    case_groups = engine.knowledge.arrays["twin_group"]
    assert question_groups[index(T1D_2)] == question_groups[index(T1D)]
    assert case_groups[index(T1D_2)] != case_groups[index(T1D)]
    first = engine.ask(THIRSTY_BOY, top=5).ranking.candidates[0]
    # named by the sheet's own entry and name, the form among its ids
    assert (first.id, first.name) == (T1D, "Type 1 diabetes mellitus")
    assert T1D_2 in first.ids


def test_a_form_lends_its_group_no_onset_range(engine: Engine) -> None:
    ranker = engine.ranker.question_ranker
    index = engine.knowledge.disease_index
    lower, upper = ranker.model.onset_bounds
    assert (lower[index(T1D_2)], upper[index(T1D_2)]) == (16.0, 19.0)
    # type 1 diabetes's range is its sheet's own (1 to 60 years, h-profilefix3), not the
    # form's, so a 9-year-old's age weighs nothing
    assert (lower[index(T1D)], upper[index(T1D)]) == (1.0, 60.0)
    assert ranker._question_age_log_ratio(9.0)[index(T1D)] == 0.0


def test_a_form_lends_its_group_no_prior_weight(engine: Engine) -> None:
    ranker = engine.ranker.question_ranker
    index = engine.knowledge.disease_index
    weights = np.ones(engine.knowledge.n_diseases)
    weights[index(T1D_2)] = 1000.0  # a context weight only the form carries
    united = ranker._prior_union(weights)
    assert united[index(T1D)] == united[index(T1D_2)] == 1.0
    # case reports: the form is no member of the sheet's group
    assert engine.ranker._prior_union(weights)[index(T1D)] == 1.0
    assert engine.ranker._prior_union(weights)[index(T1D_2)] == 1000.0


def test_a_form_lends_its_group_no_findings(engine: Engine) -> None:
    index = engine.knowledge.disease_index
    arthritis = engine.knowledge.ontology.index(ARTHRITIS)
    entry = engine.ranker.question_ranker._observed(arthritis, None)
    own_best = max(entry.own[index(SLE)], entry.own[index(SLE_ORPHANET)])
    assert entry.own[index(SLE_6)] > own_best  # the form's cohort figures are higher
    assert entry.united[index(SLE)] == pytest.approx(own_best)
    # with sheet_forms_lend_findings, a non-Mendelian form lends them as a profile's does
    lending = Engine(engine.knowledge, replace(ModelParameters(), sheet_forms_lend_findings=True))
    lent = lending.ranker.question_ranker._observed(arthritis, None)
    assert lent.united[index(SLE)] == pytest.approx(lent.own[index(SLE_6)])


def test_a_form_lends_its_group_no_sex_ratio(engine: Engine) -> None:
    index = engine.knowledge.disease_index
    x_linked = set(x_linked_recessive_diseases(engine.knowledge))
    question = engine.ranker.question_ranker
    group = question._twin_group[index(RETINITIS_PIGMENTOSA)]
    forms = [d for d in np.flatnonzero(question._twin_group == group).tolist()
             if d in x_linked]
    assert forms  # retinitis pigmentosa 2, 3, ...: X-linked recessive
    assert not question._sex_known[forms].any()
    assert engine.ranker._sex_known[forms].all()


def test_the_juvenile_series_the_sheets_leave_apart_rank_apart(engine: Engine) -> None:
    # PINK1 early-onset parkinsonism is no form of the sheet's late-onset Parkinson disease
    # (series_inventory.LEFT_APART), so it stays a candidate of its own.
    index = engine.knowledge.disease_index
    groups = engine.knowledge.arrays["question_twin_group"]
    assert groups[index("OMIM:605909")] != groups[index("OMIM:168600")]


def test_every_sheet_names_its_series_or_says_why_not(engine: Engine) -> None:
    mondo = inventory.mondo_labels()
    if not mondo:
        pytest.skip("../shared/data/mondo-diseases.tsv.gz is not present")
    index, twins = engine.knowledge.disease_ids_index, engine.knowledge.arrays["twin_group"]
    unnamed = [(f.condition.id, f.disease_id, f.label)
               for f in inventory.inventory(inventory.hpoa_names(), mondo,
                                            inventory.conditions())
               if f.condition.kind == "sheet" and not f.named and f.kind != "same"
               and not inventory.left_apart(f.condition.id, f.disease_id)
               and twins[index[f.disease_id]] != twins[index[f.condition.id]]]
    assert unnamed == []


def test_a_sheets_disease_still_leads_its_everyday_question(engine: Engine) -> None:
    assert answer_rank(engine, THIRSTY_BOY, T1D) == 0
