"""Every curated fact sheet follows the schema, cites its sources and names real diseases."""

from __future__ import annotations

import json
import re

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.curated import category_vocabulary, lay_terms, red_flags
from whatcauses.knowledge.facts import (
    PREVALENCE_KINDS,
    SheetPrevalence,
    fact_sheets,
    validate_sheet,
)
from whatcauses.knowledge.sheet_model import FindingFrequency, decode_sheet, encode_sheet

SHEET = {
    "id": "OMIM:100001",
    "name": "Alpha disease",
    "categories": ["genetic"],
    "summary": [{"text": "A made-up disease.", "sources": ["OMIM:100001"]}],
    "references": [{"id": "OMIM:100001", "title": "ALPHA DISEASE"}],
}


def test_there_are_at_least_80_fact_sheets() -> None:
    assert len(fact_sheets()) >= 80


def test_every_statement_is_sourced_and_every_source_listed() -> None:
    for sheet in fact_sheets():
        statements = [s for group in sheet.sections.values() for s in group]
        statements += list(sheet.distinguishing)
        assert statements, sheet.file
        for statement in statements:
            assert statement.sources, (sheet.file, statement.text)
            assert set(statement.sources) <= set(sheet.references), (sheet.file, statement.text)


def test_pubmed_references_carry_title_and_year() -> None:
    for sheet in fact_sheets():
        for ref in sheet.references.values():
            assert ref.title.strip(), (sheet.file, ref.id)
            if ref.id.startswith("PMID:"):
                assert ref.year is not None and 1950 < ref.year <= 2026, (sheet.file, ref.id)


@pytest.mark.slow
def test_sheet_ids_and_hpo_ids_exist_in_the_data(engine: Engine) -> None:
    knowledge = engine.knowledge
    for sheet in fact_sheets():
        for disease_id in sheet.ids:
            assert knowledge.has_disease(disease_id), (sheet.file, disease_id)
        for statement in [*(s for g in sheet.sections.values() for s in g), *sheet.distinguishing]:
            for hpo in statement.hpo:
                assert hpo in knowledge.ontology, (sheet.file, hpo)
            for other in statement.versus:
                assert knowledge.has_disease(other), (sheet.file, other)


def test_no_disease_has_two_sheets() -> None:
    seen: dict[str, str] = {}
    for sheet in fact_sheets():
        for disease_id in sheet.ids:
            assert disease_id not in seen, (disease_id, seen.get(disease_id), sheet.file)
            seen[disease_id] = sheet.file


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "OMIM:12"}, "malformed disease id"),
        ({"categories": ["spooky"]}, "unknown categories"),
        ({"summary": [{"text": "No source.", "sources": []}]}, "without sources"),
        ({"summary": [{"text": "Unlisted.", "sources": ["PMID:1"]}]}, "not listed"),
        ({"summary": []}, "needs a summary"),
        ({"references": [{"id": "PMID:abc", "title": "x"}]}, "malformed reference"),
    ],
)
def test_schema_violations_are_rejected(change: dict[str, object], message: str) -> None:
    with pytest.raises(DataError, match=message):
        validate_sheet({**SHEET, **change}, "broken.yaml")


PREVALENCE = {
    "per_100000": 35,
    "kind": "point prevalence",
    "population": "adults in Europe",
    "text": "About 1 in 3,000 adults.",
    "sources": ["OMIM:100001"],
}


def test_a_sheet_without_prevalence_has_none() -> None:
    assert validate_sheet(SHEET, "alpha.yaml").prevalence is None


def test_a_valid_prevalence_block_is_read_as_typed_fields() -> None:
    sheet = validate_sheet({**SHEET, "prevalence": PREVALENCE}, "alpha.yaml")
    assert sheet.prevalence == SheetPrevalence(
        per_100000=35.0,
        kind="point prevalence",
        population="adults in Europe",
        text="About 1 in 3,000 adults.",
        sources=("OMIM:100001",),
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"per_100000": 0}, r"prevalence\.per_100000: must be above 0"),
        ({"per_100000": 100_001}, r"prevalence\.per_100000: must be above 0"),
        ({"per_100000": "1 in 2000"}, r"prevalence\.per_100000: must be a number"),
        ({"per_100000": True}, r"prevalence\.per_100000: must be a number"),
        ({"kind": "incidence"}, r"prevalence\.kind: must be one of"),
        ({"population": " "}, r"prevalence\.population: needs a non-empty text"),
        ({"text": None}, r"prevalence\.text: needs a non-empty text"),
        ({"sources": []}, r"prevalence\.sources: needs at least one source"),
        ({"sources": ["PMID:1"]}, r"prevalence\.sources: source PMID:1 is not listed"),
        ({"per_10000": 3}, r"prevalence: unknown keys \['per_10000'\]"),
        ({"setting": "hospital"}, r"prevalence\.setting: must be one of"),
    ],
)
def test_prevalence_violations_name_the_file_and_key(
    change: dict[str, object], message: str
) -> None:
    with pytest.raises(DataError, match=rf"^broken\.yaml {message}"):
        validate_sheet({**SHEET, "prevalence": {**PREVALENCE, **change}}, "broken.yaml")


def test_an_empty_prevalence_key_is_an_error_not_an_absence() -> None:
    with pytest.raises(DataError, match=r"^broken\.yaml prevalence: must be a mapping"):
        validate_sheet({**SHEET, "prevalence": None}, "broken.yaml")


def test_common_diseases_missing_from_orphanet_carry_their_own_prevalence() -> None:
    # Orphanet has no figure for these; without a sheet figure they would fall to the default.
    by_file = {sheet.file: sheet for sheet in fact_sheets()}
    for file in (
        "multiple-sclerosis.yaml", "hashimoto-thyroiditis.yaml", "parkinson-disease.yaml",
        "celiac-disease.yaml", "rheumatoid-arthritis.yaml", "psoriasis.yaml",
    ):
        prevalence = by_file[file].prevalence
        assert prevalence is not None, file
        assert prevalence.per_100000 >= 10 and prevalence.kind in PREVALENCE_KINDS, file


def test_curated_vocabularies_are_well_formed() -> None:
    hpo = re.compile(r"^HP:\d{7}$")
    for entry in lay_terms():
        assert entry.phrase == entry.phrase.strip() and (bool(entry.hpo) != (entry.kind == "none"))
        assert all(hpo.match(h) for h in entry.hpo), entry
        assert entry.kind in {"finding", "lab", "antibody", "none"}
    vocabulary = category_vocabulary()
    assert "autoimmune" in vocabulary.words and "autoimmune" in vocabulary.roots
    assert all(flag.advice for flag in red_flags())


FINDING = {"text": "Stiff legs.", "sources": ["OMIM:100001"], "hpo": ["HP:0001257"]}
FIGURE = {"class": "frequent", "basis": "about half of 100 patients", "sources": ["PMID:7"]}
WITH_PMID = [*SHEET["references"], {"id": "PMID:7", "title": "A cohort", "year": 2020}]


def test_a_finding_reads_its_sourced_frequency() -> None:
    sheet = validate_sheet({**SHEET, "references": WITH_PMID,
                            "findings": [{**FINDING, "frequency": FIGURE}, FINDING]},
                           "alpha.yaml")
    with_figure, without = sheet.section("findings")
    assert with_figure.frequency == FindingFrequency(
        "frequent", "about half of 100 patients", ("PMID:7",))
    assert without.frequency is None
    # The compiled form keeps it.
    assert decode_sheet(json.loads(json.dumps(encode_sheet(sheet)))) == sheet


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ({**FINDING, "frequency": {**FIGURE, "class": "excluded"}}, "class: must be one of"),
        ({**FINDING, "frequency": {**FIGURE, "class": "often"}}, "class: must be one of"),
        ({**FINDING, "frequency": {**FIGURE, "basis": " "}}, "basis: needs a non-empty"),
        ({**FINDING, "frequency": {**FIGURE, "sources": []}}, "needs at least one source"),
        ({**FINDING, "frequency": {**FIGURE, "sources": ["PMID:8"]}}, "not listed"),
        ({**FINDING, "frequency": {**FIGURE, "share": 0.5}}, "unknown keys"),
        ({**FINDING, "frequency": "frequent"}, "must be a mapping"),
        ({"text": "Stiff legs.", "sources": ["OMIM:100001"], "frequency": FIGURE},
         "needs the finding's hpo ids"),
    ],
)
def test_malformed_finding_frequencies_are_rejected(statement: dict[str, object],
                                                    message: str) -> None:
    with pytest.raises(DataError, match=message):
        validate_sheet({**SHEET, "references": WITH_PMID, "findings": [statement]}, "a.yaml")


def test_only_findings_carry_a_frequency() -> None:
    summary = [{"text": "A made-up disease.", "sources": ["OMIM:100001"], "frequency": FIGURE}]
    with pytest.raises(DataError, match="only a finding"):
        validate_sheet({**SHEET, "references": WITH_PMID, "summary": summary}, "a.yaml")


def test_every_sheet_frequency_states_its_basis_and_cites_a_listed_source() -> None:
    for sheet in fact_sheets():
        for statement in sheet.section("findings"):
            if statement.frequency is not None:
                assert statement.hpo and statement.frequency.basis.strip(), sheet.file
                assert set(statement.frequency.sources) <= set(sheet.references), sheet.file
