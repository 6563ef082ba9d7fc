"""The curated prevalence table (knowledge/curated/prevalence.yaml, issue 12).

It gives sourced figures to diseases that have no fact sheet and no Orphanet figure: the table
validates (a bad entry is a DataError naming the file and the entry), names real diseases
that no sheet or profile already covers, reaches the prevalence prior, and the answer cites
its source by title.
"""

from __future__ import annotations

import copy
from typing import Any

import numpy as np
import pytest

from whatcauses.answer.compose import _reference_titles
from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.curated import parse_prevalence_table, prevalence_table, read_yaml
from whatcauses.knowledge.curated_diseases import curated_diseases
from whatcauses.knowledge.sheets import curated_sheet_index
from whatcauses.rank.model import ModelParameters

GOOD: dict[str, Any] = {
    "id": "OMIM:145500",
    "name": "Essential hypertension",
    "per_100000": 31100,
    "kind": "point prevalence",
    "population": "adults worldwide",
    "text": "About a third of adults have high blood pressure.",
    "sources": ["PMID:32024986"],
    "references": [{"id": "PMID:32024986", "title": "The global epidemiology of hypertension",
                    "year": 2020}],
}


def test_the_shipped_table_loads_with_one_entry_per_disease() -> None:
    table = prevalence_table()
    assert len(table) >= 10
    assert len({row.id for row in table}) == len(table)
    for row in table:
        assert set(row.sources) <= {ref.id for ref in row.references}, row.id
        for ref in row.references:
            if ref.id.startswith("PMID:"):
                assert ref.year is not None and 1950 < ref.year <= 2026, (row.id, ref.id)


def test_a_good_entry_parses() -> None:
    (row,) = parse_prevalence_table([GOOD])
    assert (row.id, row.per_100000, row.kind) == ("OMIM:145500", 31100.0, "point prevalence")
    assert row.references[0].title == "The global epidemiology of hypertension"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "OMIM:12"}, r"^prevalence.yaml: entry 1 \(id 'OMIM:12'\)\.id"),
        ({"per_100000": 0}, r"\.per_100000"),
        ({"per_100000": 200_000}, r"\.per_100000"),
        ({"per_100000": "12"}, r"\.per_100000"),
        ({"per_100000": True}, r"\.per_100000"),
        ({"kind": "incidence"}, r"\.kind"),
        ({"sources": []}, r"\.sources"),
        ({"sources": ["PMID:1"]}, r"not listed in references"),
        ({"sources": ["Wikipedia"]}, r"\.sources\[0\]"),
        ({"references": []}, r"\.references"),
        ({"text": " "}, r"\.text"),
        ({"note": "extra"}, r"\.note"),
        ({"setting": "hospital"}, r"\.setting"),
    ],
)
def test_a_bad_entry_names_file_and_key(change: dict[str, Any], message: str) -> None:
    entry = {**copy.deepcopy(GOOD), **change}
    pattern = message if message.startswith("^") else r"prevalence.yaml: entry 1 .*" + message
    with pytest.raises(DataError, match=pattern):
        parse_prevalence_table([entry])


def test_a_setting_is_read_and_marks_the_compiled_figure() -> None:
    (row,) = parse_prevalence_table([{**GOOD, "setting": "one population"}])
    assert row.setting == "one population"
    assert parse_prevalence_table([GOOD])[0].setting is None
    compiled = curated_diseases().prevalence
    marked = [r for r in prevalence_table() if r.setting]
    assert marked
    for entry in marked:
        assert compiled[entry.id][4] == entry.setting
        assert "measured in" in compiled[entry.id][1]


def test_a_disease_listed_twice_is_a_data_error() -> None:
    with pytest.raises(DataError, match=r"prevalence.yaml: .*listed twice"):
        parse_prevalence_table([GOOD, copy.deepcopy(GOOD)])


def test_the_shipped_file_is_a_list() -> None:
    assert isinstance(read_yaml("prevalence.yaml"), list)


def test_table_diseases_have_no_sheet_or_profile() -> None:
    # A sheet's or profile's own figure is the place for such a disease: one figure per disease.
    index = curated_sheet_index()
    for row in prevalence_table():
        assert row.id not in index, (row.id, index[row.id].file if row.id in index else "")


def test_table_figures_are_compiled_with_the_curated_figures() -> None:
    compiled = curated_diseases().prevalence
    for row in prevalence_table():
        assert compiled[row.id][0] == row.per_100000
        assert list(compiled[row.id][2]) == list(row.sources)


def test_the_answer_cites_table_sources_by_title() -> None:
    titles = _reference_titles()
    for row in prevalence_table():
        for ref in row.references:
            assert titles[ref.id], ref.id


@pytest.mark.slow
def test_table_ids_exist_in_the_loaded_data(engine: Engine) -> None:
    for row in prevalence_table():
        assert engine.knowledge.has_disease(row.id), row.id


@pytest.mark.slow
def test_a_curated_figure_replaces_the_default_in_the_prior(engine: Engine) -> None:
    ranker = engine.ranker
    index = engine.knowledge.disease_index("OMIM:145500")  # essential hypertension
    figure = ranker.prevalence[index]
    assert figure is not None and figure.source == "curated" and figure.common
    assert figure.references == ("PMID:32024986",)
    parameters = ModelParameters()
    weights = ranker.prevalence_prior(parameters.person_prevalence_exponent)
    default = np.flatnonzero(np.asarray([f is None for f in ranker.prevalence]))
    assert default.size and weights[index] > weights[default[0]] * 10


@pytest.mark.slow
def test_ids_a_sheet_names_as_one_disease_share_its_figure(engine: Engine) -> None:
    # The fragile X sheet has no figure of its own; its OMIM entry takes its Orphanet twin's.
    knowledge = engine.knowledge
    omim = engine.ranker.prevalence[knowledge.disease_index("OMIM:300624")]
    orpha = engine.ranker.prevalence[knowledge.disease_index("ORPHA:908")]
    assert omim is not None and orpha is not None
    assert (omim.per_100000, omim.source) == (orpha.per_100000, "Orphanet")


@pytest.mark.slow
def test_the_answer_shows_a_table_figure_with_its_source(engine: Engine) -> None:
    answer = engine.ask("My skin and eyes turn slightly yellow when I fast, otherwise I feel fine")
    gilbert = next(c for c in answer.ranking.candidates if "OMIM:143500" in c.ids)
    assert gilbert.prevalence is not None and gilbert.prevalence.source == "curated"
    assert gilbert.prevalence.phrase in answer.answer
    cited = {c.id: c.title for c in answer.citations}
    assert cited.get("PMID:1142378") == "Population studies on Gilbert's syndrome"


@pytest.mark.slow
def test_the_answer_says_where_a_one_setting_figure_was_measured(engine: Engine) -> None:
    # Blepharitis' figure counts patients seen by eye doctors (its profile's `setting`).
    answer = engine.ask("my eyelids are red, crusty and itchy every morning and my eyes feel "
                        "gritty")
    blepharitis = next(c for c in answer.ranking.candidates if "MONDO:0004785" in c.ids)
    figure = blepharitis.prevalence
    assert figure is not None and not figure.general_population
    assert not figure.common and not figure.rare
    assert figure.phrase.endswith("not in the general population")
    assert f"Known only from one population or setting: Blepharitis, {figure.phrase}" in (
        answer.answer)


def test_a_sheet_figure_stays_with_the_sheet_entry_when_a_named_id_has_its_own() -> None:
    # The Alzheimer sheet names the Orphanet entry of the early-onset dominant form as the
    # same disease; that entry has Orphanet's figure and must not inherit the sheet's
    # figure of the common disease (people aged 65 and over).
    prevalence = curated_diseases().prevalence
    assert "OMIM:104300" in prevalence
    assert "ORPHA:1020" not in prevalence


@pytest.mark.slow
def test_a_narrower_entry_keeps_its_own_figure_in_the_prior(engine: Engine) -> None:
    knowledge = engine.knowledge
    common = engine.ranker.prevalence[knowledge.disease_index("OMIM:104300")]
    early = engine.ranker.prevalence[knowledge.disease_index("ORPHA:1020")]
    assert common is not None and common.source == "curated" and common.per_100000 > 1000
    assert early is not None and early.source == "Orphanet" and early.per_100000 < 100
