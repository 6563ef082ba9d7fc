"""A fact sheet's sourced finding frequency fills the gaps phenotype.hpoa leaves, never more.

Runs on the test release (tests/fixtures/mini.*): Gamma myopathy (OMIM:100003) is annotated
with muscle weakness (HP:0000203) without a frequency and with rigidity (HP:0000202) as very
rare; Alpha disease (OMIM:100001) has a NOT for muscle weakness.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.explain.evidence import describe
from whatcauses.explain.wording import frequency_words
from whatcauses.knowledge.annotations import parse_hpoa
from whatcauses.knowledge.base import AnnotationRecord, Knowledge
from whatcauses.knowledge.compile import compile_release
from whatcauses.knowledge.curated_diseases import (
    SHEET_BIOCURATION,
    CuratedDiseases,
    SheetFinding,
)
from whatcauses.knowledge.obo import parse_obo
from whatcauses.knowledge.sources import DataFiles

GAMMA, ALPHA = "OMIM:100003", "OMIM:100001"
WEAK, RIGID, SEIZURE = "HP:0000203", "HP:0000202", "HP:0000101"


def _engine(files: DataFiles, findings: tuple[SheetFinding, ...]) -> Engine:
    with files.obo.open(encoding="utf-8") as obo, files.hpoa.open(encoding="utf-8") as hpoa:
        arrays = compile_release(parse_obo(obo), parse_hpoa(hpoa),
                                 CuratedDiseases(sheet_findings=findings))
    return Engine(Knowledge(arrays, files))


def _figure(disease: str, term: str, frequency_class: str = "very frequent") -> SheetFinding:
    return SheetFinding((disease,), "A disease", term, (disease,), frequency_class, ("PMID:9",))


@pytest.fixture
def sheeted(mini_files: DataFiles) -> Engine:
    return _engine(mini_files, (
        _figure(GAMMA, WEAK),  # annotated without a frequency: filled
        _figure(GAMMA, RIGID, "frequent"),  # annotated as very rare: kept
        _figure(GAMMA, SEIZURE, "occasional"),  # not annotated: added with its figure
        _figure(ALPHA, WEAK),  # a NOT row: left alone
    ))


def _rows(engine: Engine, disease: str, term: str) -> list[AnnotationRecord]:
    k = engine.knowledge
    return [r for r in k.annotations(k.disease_index(disease)) if r.hpo_id == term]


def test_a_sheet_frequency_fills_an_annotation_without_one(sheeted: Engine) -> None:
    (row,) = _rows(sheeted, GAMMA, WEAK)
    assert row.frequency == pytest.approx(0.9)
    assert row.frequency_text == "very frequent"
    assert row.frequency_sources == ("PMID:9",)
    # the row stays the release's (its curation), citing the figure's source besides its own
    assert row.biocuration != SHEET_BIOCURATION
    assert row.references == ("OMIM:100003", "PMID:9")


def test_a_frequency_the_release_records_is_never_overwritten(sheeted: Engine) -> None:
    (row,) = _rows(sheeted, GAMMA, RIGID)
    assert row.frequency == pytest.approx(0.025)
    assert row.frequency_sources == ()
    (negated,) = _rows(sheeted, ALPHA, WEAK)
    assert negated.negated and negated.frequency is None
    assert negated.frequency_sources == ()


def test_a_finding_the_sheet_adds_carries_its_figure(sheeted: Engine) -> None:
    (row,) = _rows(sheeted, GAMMA, SEIZURE)
    assert row.biocuration == SHEET_BIOCURATION
    assert row.frequency == pytest.approx(0.17)
    assert row.frequency_sources == ("PMID:9",)


def test_the_filled_frequency_reaches_the_model(mini_files: DataFiles, sheeted: Engine) -> None:
    plain = _engine(mini_files, ())

    def ratio(engine: Engine) -> float:
        candidate = next(c for c in engine.rank([WEAK], top=5).candidates if GAMMA in c.ids)
        return candidate.evidence[0].likelihood_ratio

    # 0.9 (very frequent) in place of the default share of an annotation without a frequency
    assert ratio(sheeted) > ratio(plain)


def test_the_evidence_line_names_the_curated_figure_and_its_source(sheeted: Engine) -> None:
    candidate = next(c for c in sheeted.rank([WEAK], top=5).candidates if GAMMA in c.ids)
    (item,) = candidate.evidence
    assert item.frequency_sources == ("PMID:9",)
    assert item.to_dict()["frequency_sources"] == ["PMID:9"]
    line = describe(sheeted.knowledge.ontology, item).text
    assert "curated fact sheet" in line and "PMID:9" in line
    assert "not recorded" not in line


def test_frequency_words_say_the_class_and_where_a_curated_figure_comes_from() -> None:
    assert frequency_words(None) == "frequency not recorded"
    assert frequency_words(0.55) == "often, about 55%"
    assert frequency_words(0.55, ("PMID:9",)) == (
        "often (30-79%; figure from a curated fact sheet, citing PMID:9)")
    assert frequency_words(1.0, ("PMID:9", "OMIM:100001")) == (
        "in all patients (figure from a curated fact sheet, citing PMID:9, OMIM:100001)")


def test_the_api_names_the_curated_figure_source(sheeted: Engine) -> None:
    testclient = pytest.importorskip("fastapi.testclient")
    from whatcauses.http.app import create_app

    with testclient.TestClient(create_app(engine_factory=lambda: sheeted)) as client:
        body = client.post("/api/rank", json={"present": [WEAK]}).json()
    gamma = next(c for c in body["candidates"] if GAMMA in c["ids"])
    (item,) = gamma["evidence"]
    assert item["frequency_sources"] == ["PMID:9"]
    assert item["frequency"] == pytest.approx(0.9)


@pytest.mark.parametrize(("disease", "term", "frequency_class", "source"), [
    # a term the release annotates without a frequency: filled with the sheet's class
    ("OMIM:177900", "HP:0003765", "very frequent", "GUIDELINE:nice-ta103-psoriasis"),
    # a term only the sheet names (psoriasis plaques are red): added with its figure
    ("OMIM:177900", "HP:0010783", "very frequent", "GUIDELINE:nice-ta103-psoriasis"),
    ("OMIM:222100", "HP:0001993", "occasional", "PMID:32382815"),
])
def test_real_sheet_figures_reach_the_release_annotations(
        engine: Engine, disease: str, term: str, frequency_class: str, source: str) -> None:
    (row,) = _rows(engine, disease, term)
    assert row.frequency_text == frequency_class
    assert source in row.frequency_sources
