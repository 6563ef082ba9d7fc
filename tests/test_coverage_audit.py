"""The common-diagnoses coverage audit (bench/coverage.py, issue 13) and what h-audit added for
its biggest gaps: profiles of skin squamous cell carcinoma and anogenital warts, and the lay
words for a wart-like growth. The MONDO checks skip when ../shared/data is absent."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
import yaml

from whatcauses.engine import Engine

from .conftest import load_repo_module
from .readings import answer_rank, present_ids
from .test_conditions import _mondo, _shared_data

REPO = Path(__file__).resolve().parents[1]
DIAGNOSES = REPO / "bench" / "data" / "common_diagnoses.yaml"
SCC = "MONDO:0002529"
WARTS = "MONDO:0005647"


@pytest.fixture(scope="module")
def coverage() -> ModuleType:
    return load_repo_module("bench/coverage.py")


def diagnoses() -> list[dict[str, str | None]]:
    return yaml.safe_load(DIAGNOSES.read_text(encoding="utf-8"))


def test_the_list_holds_about_200_distinct_diagnoses() -> None:
    items = diagnoses()
    assert 180 <= len(items) <= 260
    names = [str(i["name"]).lower() for i in items]
    assert len(names) == len(set(names))
    ids = [i["mondo"] for i in items if i["mondo"]]
    assert len(ids) == len(set(ids))


def test_every_mondo_id_and_label_is_mondos() -> None:
    if _shared_data() is None:
        pytest.skip("../shared/data/mondo-diseases.tsv.gz is not present")
    table = _mondo()
    for item in diagnoses():
        if item["mondo"]:
            assert item["mondo"] in table, item
            assert table[str(item["mondo"])][0] == item["mondo_label"], item


def test_the_audit_counts_the_new_profiles_as_covered(coverage: ModuleType) -> None:
    if _shared_data() is None:
        pytest.skip("../shared/data/mondo-diseases.tsv.gz is not present")
    items = [{"name": "skin SCC", "mondo": SCC}, {"name": "genital warts", "mondo": WARTS},
             {"name": "hypertension", "mondo": "MONDO:0005044"}]
    verdicts = coverage.audit(items, coverage.mondo_xrefs(_shared_data()), set())
    assert verdicts[0].covered_by.startswith("profile cutaneous-squamous-cell-carcinoma")
    assert verdicts[1].covered_by.startswith("profile anogenital-warts")
    # hypertension's profile stands under essential hypertension: not covered by id, but named
    assert verdicts[2].covered_by == ""
    assert coverage.named_by("hypertension") == "profile essential-hypertension.yaml"


def test_a_wart_like_growth_reads_as_warts(engine: Engine) -> None:
    assert "HP:0200043" in present_ids(engine, "warty bumps in my groin")
    assert "HP:0200043" in present_ids(engine, "cauliflower-like growths around my anus")


def test_the_new_profiles_rank_for_their_presentations(engine: Engine) -> None:
    assert answer_rank(engine, "cauliflower like growths around my anus, they sometimes itch "
                       "and bleed", WARTS) < 3
    assert answer_rank(engine, "rough scaly patch on my cheek that turned into a raised sore "
                       "that bleeds", SCC) < 3
