"""Every condition profile follows the schema, cites its sources and names real ids.

The ids are checked against the embedded HPO data (slow) and against MONDO's disease table in
../shared/data/mondo-diseases.tsv.gz (skipped when that folder is absent).
"""

from __future__ import annotations

import copy
import gzip
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge import conditions
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.conditions import (
    FREQUENCY_VALUES,
    ConditionProfile,
    load_condition_profiles,
    validate_profile,
)

from .conftest import SHARED_DATA

REPO = Path(__file__).resolve().parents[1]
PHENOTYPIC_ABNORMALITY = "HP:0000118"

PROFILE: dict[str, Any] = {
    "id": "MONDO:0000001",
    "mondo_label": "disease",
    "name": "Made-up condition",
    "lay_names": ["made-up"],
    "same_as": [],
    "organ_system": "cardiovascular",
    "categories": ["cardiovascular"],
    "urgent": False,
    "prevalence": {
        "per_100000": 100, "kind": "point prevalence", "population": "adults",
        "text": "About 1 in 1,000 adults.", "sources": ["PMID:1"],
    },
    "onset": {"min_years": 40, "max_years": 80, "sources": ["PMID:1"]},
    "sex": {"female_to_male": 0.5, "sources": ["PMID:1"]},
    "findings": [
        {"hpo": f"HP:000000{i}", "label": f"Finding {i}", "frequency": "frequent",
         "basis": "about half", "sources": ["PMID:1"]}
        for i in range(1, 6)
    ],
    "summary": [{"text": "A made-up  condition\nfor tests.", "sources": ["PMID:1"]}],
    "mechanism": [{"text": "None.", "sources": ["PMID:1"]}],
    "diagnosis": [{"text": "None.", "sources": ["GUIDELINE:made-up-2020"]}],
    "management": [{"text": "None.", "sources": ["PMID:1"]}],
    "red_flags": [],
    "distinguishing": [{"text": "Other.", "versus": ["OMIM:100001"], "sources": ["PMID:1"]}],
    "references": [
        {"id": "PMID:1", "title": "A made-up review", "year": 2020},
        {"id": "GUIDELINE:made-up-2020", "title": "Made-up body: made-up guideline (2020)"},
    ],
}


def _changed(path: str, value: Any) -> dict[str, Any]:
    """A copy of PROFILE with the value at a dotted path replaced (``None`` deletes it)."""
    raw = copy.deepcopy(PROFILE)
    *parents, last = path.split(".")
    node: Any = raw
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is None:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return raw


def _statements(profile: ConditionProfile) -> Iterator[tuple[str, Any]]:
    for section in ("summary", "mechanism", "diagnosis", "management", "red_flags",
                    "distinguishing"):
        for statement in profile.section(section):
            yield section, statement


# --- the validator on small examples -------------------------------------------------------


def test_a_valid_profile_gives_frozen_typed_fields() -> None:
    profile = validate_profile(PROFILE, "made-up.yaml")
    assert profile.slug == "made-up" and profile.ids == ("MONDO:0000001",)
    assert profile.prevalence.per_100000 == 100 and profile.onset.max_years == 80
    assert profile.sex is not None and profile.sex.female_to_male == 0.5
    assert [f.frequency_value for f in profile.findings] == [0.55] * 5
    assert profile.summary[0].text == "A made-up condition for tests."
    assert profile.reference_index["GUIDELINE:made-up-2020"].year is None
    with pytest.raises(ValueError, match="frozen"):
        profile.name = "changed"  # type: ignore[misc]


def test_a_prevalence_setting_is_optional_and_read() -> None:
    assert validate_profile(PROFILE, "made-up.yaml").prevalence.setting is None
    marked = validate_profile(_changed("prevalence.setting", "clinic"), "made-up.yaml")
    assert marked.prevalence.setting == "clinic"


def test_shipped_settings_reach_the_compiled_figure_and_its_words() -> None:
    from whatcauses.knowledge.curated import PREVALENCE_SETTINGS
    from whatcauses.knowledge.curated_diseases import curated_diseases

    compiled = curated_diseases().prevalence
    marked = [p for p in load_condition_profiles() if p.prevalence.setting]
    assert any(p.slug == "blepharitis" and p.prevalence.setting == "clinic" for p in marked)
    for profile in marked:
        setting = profile.prevalence.setting
        assert setting is not None
        figure = compiled[profile.id]
        assert figure[4] == setting and figure[1].endswith(PREVALENCE_SETTINGS[setting])


def test_frequency_classes_map_to_the_middle_of_their_hpo_range() -> None:
    assert FREQUENCY_VALUES == {
        "obligate": 1.0, "very frequent": 0.9, "frequent": 0.55, "occasional": 0.17,
        "very rare": 0.025, "excluded": 0.0,
    }


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("urgent", None, r"urgent: Field required"),
        ("prevalence.sources", None, r"prevalence\.sources: Field required"),
        ("findings.0.frequency", "often", r"findings\.0\.frequency: Input should be"),
        ("findings.0.hpo", "HP:12", r"findings\.0\.hpo: String should match"),
        ("summary.0.sources", ["PMID:2"], r"summary\.0\.sources: source PMID:2 is not listed"),
        ("findings.1.sources", ["PMID:3"], r"findings\.1\.sources: source PMID:3 is not listed"),
        ("summary.0.sources", [], r"summary\.0: statement without sources"),
        ("id", "MONDO:123", r"id: String should match"),
        ("same_as", ["OMIM:12345"], r"same_as\.0: String should match"),
        ("organ_system", "heart", r"organ_system: Input should be"),
        ("categories", ["spooky"], r"categories: unknown categories"),
        ("prevalence.kind", "incidence", r"prevalence\.kind: Input should be"),
        ("prevalence.setting", "hospital", r"prevalence\.setting: Input should be"),
        ("onset.min_years", 90, r"onset: min_years 90.* exceeds max_years 80"),
        ("sex.only", "female", r"sex: .*either female_to_male or only"),
        ("findings", PROFILE["findings"][:4], r"findings: .*at least 5"),
        ("findings.1.hpo", "HP:0000001", r"findings\.1: HP:0000001 is listed twice"),
        ("distinguishing.0.versus", ["DOID:1"], r"malformed versus id"),
        ("references.0.id", "PMID:x", r"malformed reference id"),
        ("summary.0.colour", "red", r"summary\.0\.colour: Unexpected keyword"),
        ("mondo_name", "typo", r"mondo_name: Extra inputs are not permitted"),
    ],
)
def test_schema_violations_raise_a_data_error_naming_file_and_key(
    path: str, value: Any, message: str
) -> None:
    with pytest.raises(DataError, match=r"condition profile broken\.yaml: .*" + message):
        validate_profile(_changed(path, value), "broken.yaml")


def test_two_profiles_of_one_disease_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    text = yaml.safe_dump(PROFILE)
    monkeypatch.setattr(conditions, "_profile_files",
                        lambda: iter([("one.yaml", text), ("two.yaml", text)]))
    conditions.load_condition_profiles.cache_clear()
    try:
        with pytest.raises(DataError, match=r"two\.yaml: MONDO:0000001 is also in one\.yaml"):
            conditions.load_condition_profiles()
    finally:
        conditions.load_condition_profiles.cache_clear()


def test_a_file_that_is_not_yaml_is_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conditions, "_profile_files", lambda: iter([("bad.yaml", "a: [")]))
    conditions.load_condition_profiles.cache_clear()
    try:
        with pytest.raises(DataError, match=r"bad\.yaml is not valid YAML"):
            conditions.load_condition_profiles()
    finally:
        conditions.load_condition_profiles.cache_clear()


# --- every shipped profile -----------------------------------------------------------------


def test_shipped_profiles_load_with_unique_ids() -> None:
    # A broken file fails here with the DataError naming its file and key.
    seen: dict[str, str] = {}
    for profile in load_condition_profiles():
        for disease_id in profile.ids:
            assert disease_id not in seen, (disease_id, seen.get(disease_id), profile.file)
            seen[disease_id] = profile.file
    assert len({p.slug for p in load_condition_profiles()}) == len(load_condition_profiles())


def test_every_profile_cites_listed_references() -> None:
    for profile in load_condition_profiles():
        listed = set(profile.reference_index)
        assert listed, profile.file
        for section, statement in _statements(profile):
            assert statement.sources, (profile.file, section, statement.text)
            assert set(statement.sources) <= listed, (profile.file, section, statement.text)
        for finding in profile.findings:
            assert set(finding.sources) <= listed, (profile.file, finding.hpo)
        for ref in profile.references:
            if ref.id.startswith("PMID:"):
                assert ref.year is not None and 1950 < ref.year <= 2026, (profile.file, ref.id)


@pytest.fixture
def knowledge(engine: Engine) -> Knowledge:
    # The session engine's compiled data: Knowledge.load() would compile (~15 s) a second
    # cache of the same release under the package version "0".
    return engine.knowledge


@pytest.mark.slow
def test_finding_ids_are_current_phenotypic_abnormalities(knowledge: Knowledge) -> None:
    ontology = knowledge.ontology
    root = ontology.index(PHENOTYPIC_ABNORMALITY)
    for profile in load_condition_profiles():
        hpo_ids = [(f.hpo, f.label) for f in profile.findings]
        hpo_ids += [(h, None) for _, s in _statements(profile) for h in s.hpo]
        for hpo, label in hpo_ids:
            # The compiled ontology holds only live primary ids (obsolete and alt ids redirect).
            assert hpo in ontology, (profile.file, hpo, "unknown, obsolete or an alt id")
            assert ontology.is_ancestor(root, ontology.index(hpo)), (profile.file, hpo)
            if label is not None:
                assert label.casefold() == ontology.name(hpo).casefold(), (
                    profile.file, hpo, label, ontology.name(hpo))


def test_finding_modifiers_are_optional_read_and_checked() -> None:
    assert validate_profile(PROFILE, "made-up.yaml").findings[0].modifiers == ()
    marked = validate_profile(_changed("findings.0.modifiers", ["HP:0025301"]), "made-up.yaml")
    assert marked.findings[0].modifiers == ("HP:0025301",)
    for modifiers, message in ((["HP:0025301", "HP:0025301"], "listed twice"),
                               (["night"], "modifiers")):
        with pytest.raises(DataError, match=message):
            validate_profile(_changed("findings.0.modifiers", modifiers), "broken.yaml")
    excluded = _changed("findings.0.frequency", "excluded")
    excluded["findings"][0]["modifiers"] = ["HP:0025301"]
    with pytest.raises(DataError, match="an excluded finding has no modifiers"):
        validate_profile(excluded, "broken.yaml")


@pytest.mark.slow
def test_finding_modifiers_are_clinical_modifiers(knowledge: Knowledge) -> None:
    ontology = knowledge.ontology
    root = ontology.index("HP:0012823")  # Clinical modifier
    shipped = [(p.file, m) for p in load_condition_profiles() for f in p.findings
               for m in f.modifiers]
    assert shipped  # the mechanism has profile data to weigh (rank/modifiers.py)
    for file, modifier in shipped:
        assert modifier in ontology, (file, modifier)
        assert ontology.is_ancestor(root, ontology.index(modifier)), (file, modifier)


@pytest.mark.slow
def test_same_as_and_lookalike_ids_are_annotated_diseases(knowledge: Knowledge) -> None:
    for profile in load_condition_profiles():
        for disease_id in profile.ids[1:]:
            assert knowledge.has_disease(disease_id), (profile.file, disease_id)
        for _, statement in _statements(profile):
            for other in statement.versus:
                if not other.startswith("MONDO:"):
                    assert knowledge.has_disease(other), (profile.file, other)


# --- against MONDO (../shared/data) --------------------------------------------------------


def _shared_data() -> Path | None:
    """../shared/data (tests/conftest.py: beside the repository or its main checkout)."""
    return SHARED_DATA if (SHARED_DATA / "mondo-diseases.tsv.gz").exists() else None


@lru_cache(maxsize=1)
def _mondo() -> dict[str, tuple[str, frozenset[str]]]:
    """MONDO id -> (label, exact OMIM/ORPHA mappings in phenotype.hpoa spelling)."""
    folder = _shared_data()
    assert folder is not None
    table: dict[str, tuple[str, frozenset[str]]] = {}
    with gzip.open(folder / "mondo-diseases.tsv.gz", "rt", encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            row = dict(zip(header, line.rstrip("\n").split("\t"), strict=False))
            mapped = [m for column in ("omim", "orphanet") for m in row.get(column, "").split("|")]
            ids = frozenset(m.replace("Orphanet:", "ORPHA:") for m in mapped if m)
            table[row["mondo_id"]] = (row["label"], ids)
    return table


@pytest.fixture
def mondo() -> dict[str, tuple[str, frozenset[str]]]:
    if _shared_data() is None:
        pytest.skip("../shared/data/mondo-diseases.tsv.gz is not present")
    return _mondo()


def test_mondo_ids_exist_with_their_recorded_label(
    mondo: dict[str, tuple[str, frozenset[str]]],
) -> None:
    for profile in load_condition_profiles():
        assert profile.id in mondo, (profile.file, profile.id)
        assert not mondo[profile.id][0].startswith("obsolete"), (profile.file, profile.id)
        assert mondo[profile.id][0] == profile.mondo_label, (
            profile.file, profile.mondo_label, mondo[profile.id][0])
        for _, statement in _statements(profile):
            for other in statement.versus:
                if other.startswith("MONDO:"):
                    assert other in mondo, (profile.file, other)


def test_same_as_ids_are_exact_mondo_mappings(
    mondo: dict[str, tuple[str, frozenset[str]]],
) -> None:
    for profile in load_condition_profiles():
        exact = mondo[profile.id][1]
        for disease_id in profile.same_as:
            assert disease_id in exact, (profile.file, disease_id, sorted(exact))


def _words(text: str) -> set[str]:
    """A label's words, singular, without a parenthesised gloss ("Melanoma (skin)")."""
    bare = re.sub(r"\(.*?\)", "", text.lower())
    return {w.removesuffix("s") for w in re.findall(r"[a-z0-9]+", bare)}


def test_included_ids_are_narrower_forms_named_after_the_condition(
    mondo: dict[str, tuple[str, frozenset[str]]],
) -> None:
    # An included entry maps to another MONDO concept (else it belongs in same_as) whose label
    # holds the condition's name or MONDO label: "atrial fibrillation, familial, 3" under
    # atrial fibrillation. A different disease that happens to be listed never passes.
    concepts: dict[str, list[str]] = {}
    for mondo_id, (_, mapped) in mondo.items():
        for disease_id in mapped:
            concepts.setdefault(disease_id, []).append(mondo_id)
    for profile in load_condition_profiles():
        for disease_id in profile.includes:
            assert disease_id not in mondo[profile.id][1], (profile.file, disease_id, "same_as")
            labels = [mondo[m][0] for m in concepts.get(disease_id, [])]
            assert any(_words(profile.name) <= _words(label)
                       or _words(profile.mondo_label) <= _words(label) for label in labels), (
                profile.file, disease_id, labels)
