"""Readers, compilation and the ontology view, on the hand-drawn mini data."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.errors import DataError, UnknownDiseaseError, UnknownTermError
from whatcauses.knowledge.annotations import parse_frequency, parse_hpoa
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.ids import normalize_disease_id, normalize_hpo_id
from whatcauses.knowledge.obo import parse_obo
from whatcauses.knowledge.sources import DataFiles

from .conftest import FIXTURES


def test_obo_reads_every_field_a_clinical_tool_needs() -> None:
    doc = parse_obo((FIXTURES / "mini.obo").read_text().splitlines())
    assert doc.release == "2099-01-01"
    seizure = next(t for t in doc.terms if t.id == "HP:0000101")
    assert seizure.name == "Seizure"
    assert seizure.alt_ids == ["HP:0000111"]
    assert ("Fits", "EXACT", "layperson") in [(s.text, s.scope, s.kind) for s in seizure.synonyms]
    rigidity = next(t for t in doc.terms if t.id == "HP:0000202")
    assert rigidity.parents == ["HP:0000201", "HP:0000100"]
    obsolete = next(t for t in doc.terms if t.id == "HP:0000999")
    assert obsolete.obsolete and obsolete.replaced_by == ["HP:0000203"]
    nerve = next(t for t in doc.terms if t.id == "HP:0000100")
    assert nerve.definition == "A made-up organ system for tests."


def test_obo_rejects_text_that_is_not_obo() -> None:
    with pytest.raises(DataError):
        parse_obo(["hello", "world"])


def test_hpoa_reads_all_columns_and_frequency_forms() -> None:
    parsed = parse_hpoa((FIXTURES / "mini.hpoa").read_text().splitlines())
    assert parsed.version == "2099-01-01"
    rows = parsed.rows
    assert len(rows) == 12
    first = rows[0]
    assert (first.disease_id, first.hpo_id, first.frequency) == ("OMIM:100001", "HP:0000102", 0.895)
    assert rows[1].references == ("PMID:11", "OMIM:100001") and rows[1].frequency == 0.5
    assert rows[2].negated
    assert rows[7].frequency == 0.25
    assert rows[8].sex == "FEMALE"
    assert rows[3].aspect == "C" and rows[4].aspect == "I"
    assert rows[10].frequency is None


def test_hpoa_rejects_a_wrong_header_and_short_rows() -> None:
    with pytest.raises(DataError, match="header"):
        parse_hpoa(["a\tb\tc", "1\t2\t3"])
    lines = (FIXTURES / "mini.hpoa").read_text().splitlines()
    with pytest.raises(DataError, match="columns"):
        parse_hpoa([*lines, "OMIM:1\tX\t\tHP:0000101"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [("HP:0040280", 1.0), ("HP:0040285", 0.0), ("1/4", 0.25), ("0/3", 0.0), ("40%", 0.4),
     ("7.5%", 0.075), ("", None)],
)
def test_frequency_forms(text: str, expected: float | None) -> None:
    assert parse_frequency(text) == expected


@given(st.integers(0, 500), st.integers(1, 500))
def test_ratio_frequencies_are_probabilities(numerator: int, denominator: int) -> None:
    if numerator > denominator:
        with pytest.raises(DataError):
            parse_frequency(f"{numerator}/{denominator}")
    else:
        value = parse_frequency(f"{numerator}/{denominator}")
        assert value is not None and 0.0 <= value <= 1.0
        assert math.isclose(value, numerator / denominator)


@given(st.integers(0, 9_999_999))
def test_hpo_id_spellings_normalise_to_one_form(number: int) -> None:
    canonical = f"HP:{number:07d}"
    for spelling in (canonical, f"hp:{number:07d}", f"HP_{number:07d}", f" {canonical}\n",
                     f"http://purl.obolibrary.org/obo/HP_{number:07d}"):
        assert normalize_hpo_id(spelling) == canonical


@given(st.text("0123456789", min_size=1, max_size=12).filter(lambda d: len(d) != 7))
def test_hpo_ids_need_exactly_seven_digits(digits: str) -> None:
    # "HP:12" was read as HP:0000012, a real term: a typo must not pick some other finding.
    with pytest.raises(UnknownTermError, match="exactly 7 digits"):
        normalize_hpo_id(f"HP:{digits}")


def test_omim_ids_keep_their_six_digits() -> None:
    assert normalize_disease_id("OMIM:000001") == "OMIM:000001"
    assert normalize_disease_id("mim:1") == "OMIM:000001"
    assert normalize_disease_id("OMIM:184850") == "OMIM:184850"
    assert normalize_disease_id("ORPHA:0003198") == "ORPHA:3198"
    with pytest.raises(UnknownDiseaseError, match="an OMIM id has 6 digits"):
        normalize_disease_id("OMIM:1848500")


def test_malformed_ids_are_input_errors() -> None:
    with pytest.raises(UnknownTermError):
        normalize_hpo_id("seizure")
    with pytest.raises(UnknownDiseaseError):
        normalize_disease_id("XYZ:1")
    assert normalize_disease_id("orphanet:0589") == "ORPHA:589"


def test_compiled_knowledge_follows_the_true_path_rule(mini_knowledge: Knowledge) -> None:
    k = mini_knowledge
    onto = k.ontology
    assert len(onto) == 15 and "HP:0000999" not in onto
    seizure = onto.index("HP:0000101")
    diseases, freq = k.implied_column(seizure)
    by_id = {k.disease_ids[d]: round(float(f), 3) for d, f in zip(diseases, freq, strict=True)}
    # Focal seizure (0.895) implies seizure for Alpha; Beta shows generalized seizures in 25 %.
    assert by_id == {"OMIM:100001": 0.895, "ORPHA:200001": 0.545, "OMIM:100002": 0.25}
    assert math.isclose(float(k.background[seizure]), (0.895 + 0.545 + 0.25) / 4, rel_tol=1e-6)
    rigidity = onto.index("HP:0000202")
    assert sorted(onto.ids[i] for i in onto.parents(rigidity)) == ["HP:0000100", "HP:0000201"]
    assert onto.is_ancestor(onto.index("HP:0000200"), rigidity)


def test_any_and_all_under_a_root_count_the_root_and_skip_unknown_ids(
        mini_knowledge: Knowledge) -> None:
    onto = mini_knowledge.ontology
    # HP:0000202 (rigidity) is below HP:0000200; HP:0000100 is not.
    assert onto.any_under("HP:0000200", ["HP:0000100", "HP:0000202"])
    assert not onto.all_under("HP:0000200", ["HP:0000100", "HP:0000202"])
    assert onto.all_under("HP:0000200", ["HP:0000200", "HP:0000202"])
    assert not onto.any_under("HP:0000200", ["HP:9999999"])
    assert not onto.all_under("HP:0000200", ["HP:0000202", "HP:9999999"])
    assert onto.all_under("HP:0000200", []) and not onto.any_under("HP:0000200", [])
    assert not onto.all_under("HP:9999999", []) and not onto.any_under("HP:9999999", [])


def test_alt_and_obsolete_ids_resolve_with_a_note(mini_knowledge: Knowledge) -> None:
    onto = mini_knowledge.ontology
    alt = onto.resolve("HP:0000111")
    assert alt.id == "HP:0000101"
    assert alt.note == "HP:0000111 is an alternative id; using HP:0000101 (Seizure)"
    old = onto.resolve("HP:0000999")
    assert old.id == "HP:0000203"
    assert old.note == "HP:0000999 is an obsolete id; using HP:0000203 (Muscle weakness)"
    with pytest.raises(UnknownTermError):
        onto.resolve("HP:0123456")


def test_an_alt_id_with_an_obsolete_stanza_is_still_an_alternative_id(
    tmp_path: Path, mini_files: DataFiles
) -> None:
    # HPO keeps obsolete stanzas for some alt ids (HP:0003335, alt id of HP:0000044).
    obo = tmp_path / "hp.obo"
    obo.write_text(mini_files.obo.read_text() + (
        "\n[Term]\nid: HP:0000111\nname: obsolete Fits\nis_obsolete: true\n"
        "replaced_by: HP:0000101\n"
    ))
    onto = Knowledge.load(DataFiles(obo=obo, hpoa=mini_files.hpoa, tag="alt"), "test").ontology
    note = onto.resolve("HP:0000111").note
    assert note == "HP:0000111 is an alternative id; using HP:0000101 (Seizure)"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("HP:0000001", "HP:0000001 'All'"),
     ("HP:0000006", "HP:0000006 'Autosomal dominant inheritance'"),
     ("HP:0003581", "HP:0003581 'Adult onset'")],
)
def test_findings_must_be_phenotypic_abnormalities(
    mini_knowledge: Knowledge, raw: str, shown: str
) -> None:
    onto = mini_knowledge.ontology
    with pytest.raises(UnknownTermError, match=f"^{shown} is not a phenotypic abnormality"):
        onto.resolve(raw)
    assert onto.resolve(raw, finding=False).id == raw  # other lookups still find the term
    assert onto.resolve("HP:0000118").id == "HP:0000118"
    assert onto.resolve("HP:0000102").note is None


def test_ranking_refuses_a_non_finding_and_skips_it_when_lenient(mini_engine: Engine) -> None:
    with pytest.raises(UnknownTermError, match="not a phenotypic abnormality"):
        mini_engine.rank(["HP:0000101", "HP:0000006"])
    lenient = mini_engine.rank(["HP:0000101", "HP:0000006"], strict=False)
    assert list(lenient.query.present) == ["HP:0000101"]
    assert any("not a phenotypic abnormality" in w for w in lenient.query.warnings)


def test_annotation_records_keep_references_and_qualifiers(mini_knowledge: Knowledge) -> None:
    records = mini_knowledge.annotations(mini_knowledge.disease_index("OMIM:100001"))
    stiffness = next(r for r in records if r.hpo_id == "HP:0000201")
    assert stiffness.references == ("PMID:11", "OMIM:100001")
    assert stiffness.frequency == 0.5 and stiffness.frequency_text == "1/2"
    assert any(r.negated and r.hpo_id == "HP:0000203" for r in records)


def test_twins_are_grouped_by_name_and_shared_annotations(mini_knowledge: Knowledge) -> None:
    k = mini_knowledge
    group = k.arrays["twin_group"]
    alpha_omim, alpha_orpha = k.disease_index("OMIM:100001"), k.disease_index("ORPHA:200001")
    assert group[alpha_omim] == group[alpha_orpha]
    assert group[k.disease_index("OMIM:100002")] != group[alpha_omim]


@pytest.mark.parametrize("which", ["mini", "embedded"])
def test_children_invert_the_parent_lists_in_ascending_order(
    which: str, mini_knowledge: Knowledge, engine: Engine,
) -> None:
    onto = (mini_knowledge if which == "mini" else engine.knowledge).ontology
    expected: list[list[int]] = [[] for _ in onto.ids]
    for child in range(len(onto.ids)):
        for parent in onto.parents(child):
            expected[int(parent)].append(child)
    assert [onto.children(i) for i in range(len(onto.ids))] == expected
    assert all(type(c) is int for i in range(len(onto.ids)) for c in onto.children(i))
