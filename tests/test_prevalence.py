"""Orphanet prevalence and onset: the build script's selection rule, the shipped tables, phrases.

Expected values of the shipped tables were read by hand from ../shared/data/orphanet-*.tsv.gz
(Orphanet ORPHApackets, commit cbae63b4b8) and ../shared/data/mondo-diseases.tsv.gz (MONDO,
commit fad2512b4).
"""

from __future__ import annotations

import gzip
import itertools
import math
import os
import random
from pathlib import Path

import pytest

from whatcauses.errors import DataError, UnknownDiseaseError
from whatcauses.knowledge.prevalence import (
    CASES_ONLY_PER_100000,
    INCIDENCE_DURATION_YEARS,
    MONDO_LINK,
    ONSET_FILE,
    ORPHANET_ONSET_YEARS,
    PREVALENCE_CLASSES,
    PREVALENCE_FILE,
    EstimateBasis,
    PrevalenceEstimate,
    PrevalenceKind,
    PrevalenceTable,
    onset_classes_for,
    onset_range_for,
    orphanet_table,
    prevalence_for,
    share_words,
)

from .conftest import REPO, SHARED_DATA, load_repo_module

PACKAGE_DATA = REPO / "src" / "whatcauses" / "knowledge" / "data"


build = load_repo_module("scripts/build_orphanet_tables.py")

PREVALENCE_HEADER = (
    "orpha_id\tlabel\tprevalence_type\tqualification\tprevalence_class\tmean_value\tgeographic"
    "\tsource"
)
DISORDERS_HEADER = "orpha_id\tlabel\tdisorder_type\tomim_exact\tage_of_onset\tinheritance\tparents"
MONDO_HEADER = "mondo_id\tlabel\tdoid\tumls\tomim\torphanet"

# A tiny Orphanet export, one entry per case of the rule.
SYNTHETIC_PREVALENCE = [
    # 1: an Unknown point prevalence is skipped; birth prevalence beats incidence.
    "ORPHA:1\tA\tPoint prevalence\tClass only\tUnknown\tno data\tWorldwide\tORPHANET",
    "ORPHA:1\tA\tAnnual incidence\tValue and class\t1-5 / 10 000\tno data\tWorldwide\t11[PMID]",
    "ORPHA:1\tA\tPrevalence at birth\tValue and class\t1-9 / 100 000\tno data\tEurope\t12[PMID]",
    # 2: countries only: the median figure (Italy), not the founder population's.
    "ORPHA:2\tB\tPoint prevalence\tValue and class\t1-9 / 1 000 000\tno data\tFrance\t21[PMID]",
    "ORPHA:2\tB\tPoint prevalence\tValue and class\t6-9 / 10 000\tno data\tFaroe Islands\t22[PMID]",
    "ORPHA:2\tB\tPoint prevalence\tValue and class\t1-9 / 100 000\tno data\tItaly\t23[PMID]",
    "ORPHA:2\tB\tPoint prevalence\tValue and class\t>1 / 1000\tno data\tSpecific population"
    "\t24[PMID]",
    # 3: Worldwide beats Europe, whatever the figures.
    "ORPHA:3\tC\tPoint prevalence\tValue and class\t1-5 / 10 000\t40.0\tEurope\t31[PMID]",
    "ORPHA:3\tC\tPoint prevalence\tClass only\t<1 / 1 000 000\tno data\tWorldwide\tORPHANET",
    # 4: a reported mean inside its class is used.
    "ORPHA:4\tD\tPoint prevalence\tValue and class\t1-5 / 10 000\t40.0\tEurope\t[EXPERT]",
    # 5: a mean outside its class is not; 0.0 is no value.
    "ORPHA:5\tE\tPoint prevalence\tValue and class\t1-5 / 10 000\t1.72\tWorldwide\t51[PMID]",
    "ORPHA:6\tF\tPoint prevalence\tClass only\t1-9 / 100 000\t0.0\tWorldwide\tORPHANET",
    # 7: case reports only; their mean (a case count) is ignored.
    "ORPHA:7\tG\tCases/families\tCase(s)\tno data\t90.0\tWorldwide\tPMID: 71 ; 72 ; EXPERT",
    # 8: nothing usable.
    "ORPHA:8\tH\tPoint prevalence\tClass only\tNot yet documented\tno data\tWorldwide\tORPHANET",
    "ORPHA:8\tH\tPrevalence at birth\tClass only\tUnknown\tno data\tEurope\tORPHANET",
    # 9: lifetime prevalence beats birth prevalence; point prevalence would beat both.
    "ORPHA:9\tI\tPrevalence at birth\tValue and class\t1-5 / 10 000\tno data\tWorldwide\t91[PMID]",
    "ORPHA:9\tI\tLifetime Prevalence\tValue and class\t1-9 / 100 000\tno data\tUnited Kingdom"
    "\t92[PMID]",
    # 10: incidence only, open top class.
    "ORPHA:10\tJ\tAnnual incidence\tValue and class\t>1 / 1000\tno data\tGreenland\t101[PMID]",
    # 11, 12: two Orphanet entries mapped to one OMIM id.
    "ORPHA:11\tK\tPoint prevalence\tClass only\t1-9 / 100 000\tno data\tWorldwide\tORPHANET",
    "ORPHA:12\tL\tPoint prevalence\tClass only\t1-9 / 1 000 000\tno data\tWorldwide\tORPHANET",
    # 13: one of Orphanet's classification headings, with a figure for the whole group.
    "ORPHA:13\tM\tPoint prevalence\tClass only\t1-5 / 10 000\tno data\tWorldwide\tORPHANET",
    # 15: an orphan designation alone is a ceiling: the class below.
    "ORPHA:15\tO\tPoint prevalence\tValue and class\t1-5 / 10 000\tno data\tEurope"
    "\tEuropean Medicines Agency 2019[INST]",
    # 16: the same, with a national study in that class: the class itself.
    "ORPHA:16\tP\tPoint prevalence\tValue and class\t1-5 / 10 000\tno data\tEurope"
    "\tEuropean Medicines Agency 2007[INST]",
    "ORPHA:16\tP\tPoint prevalence\tValue and class\t1-5 / 10 000\tno data\tDenmark\t161[PMID]",
    # 17: a study of another kind, a lower class or a founder population does not corroborate.
    "ORPHA:17\tQ\tPoint prevalence\tValue and class\t1-5 / 10 000\tno data\tEurope"
    "\tEuropean Medicines Agency 2015[INST]",
    "ORPHA:17\tQ\tAnnual incidence\tValue and class\t1-5 / 10 000\tno data\tFrance\t171[PMID]",
    "ORPHA:17\tQ\tPoint prevalence\tValue and class\t1-9 / 100 000\tno data\tItaly\t172[PMID]",
    "ORPHA:17\tQ\tPoint prevalence\tValue and class\t>1 / 1000\tno data"
    "\tSpecific population\t173[PMID]",
    # 18: an infection (under ORPHA:68416 through ORPHA:19): one country's figure from 1 in
    # 10,000 up counts an epidemic, not used; another country's lower figure is.
    "ORPHA:18\tR\tAnnual incidence\tValue and class\t1-5 / 10 000\tno data\tBrazil\t181[PMID]",
    "ORPHA:18\tR\tAnnual incidence\tValue and class\t1-9 / 100 000\tno data\tFrance\t182[PMID]",
    # 20: an infection with only an endemic country's figure gets none; 21, not an infection,
    # keeps the same figure.
    "ORPHA:20\tT\tAnnual incidence\tValue and class\t1-5 / 10 000\tno data\tAustralia\t201[PMID]",
    "ORPHA:21\tU\tAnnual incidence\tValue and class\t1-5 / 10 000\tno data\tAustralia\t211[PMID]",
]
SYNTHETIC_DISORDERS = [
    "ORPHA:1\tA\tDisease\tOMIM:100001\tNeonatal|Antenatal|No data available\t\t",
    "ORPHA:2\tB\tDisease\t\tAdult|Elderly\t\t",
    "ORPHA:8\tH\tDisease\t\tNo data available\t\t",
    "ORPHA:11\tK\tDisease\tOMIM:200000\tChildhood\t\t",
    "ORPHA:12\tL\tDisease\tOMIM:200000\tInfancy\t\t",
    "ORPHA:13\tM\tCategory\t\t\t\t",
    "ORPHA:14\tN\tDisease\tOMIM:300006\t\t\t",
    "ORPHA:18\tR\tDisease\t\t\t\tORPHA:19",
    "ORPHA:19\tS\tCategory\t\t\t\tORPHA:68416",
    "ORPHA:20\tT\tDisease\t\t\t\tORPHA:68416",
    "ORPHA:21\tU\tDisease\t\t\t\tORPHA:13",
]
# MONDO concepts with their exact OMIM and Orphanet matches (one case of the link rule each).
SYNTHETIC_MONDO = [
    # OMIM:300001 is only matched through MONDO: it takes ORPHA:3's figure.
    "MONDO:1\tone\t\t\tOMIM:300001\tOrphanet:3",
    # OMIM:100001 keeps the entry Orphanet maps it to (ORPHA:1), not MONDO's ORPHA:4.
    "MONDO:2\ttwo\t\t\tOMIM:100001\tOrphanet:4",
    # a classification heading's figure is not lent.
    "MONDO:3\tthree\t\t\tOMIM:300002\tOrphanet:13",
    # no Orphanet figure to lend (ORPHA:8 has none), or no Orphanet match at all.
    "MONDO:4\tfour\t\t\tOMIM:300004\tOrphanet:8",
    "MONDO:5\tfive\t\t\tOMIM:300003\t",
    # two Orphanet entries for one concept: the rule for several exact mappings (smaller figure).
    "MONDO:6\tsix\t\t\tOMIM:300005\tOrphanet:11|Orphanet:12",
    # Orphanet maps OMIM:300006 exactly to ORPHA:14, which has no figure: MONDO's ORPHA:6 gives one.
    "MONDO:7\tseven\t\t\tOMIM:300006\tOrphanet:6",
]


def _write_export(folder: Path, prevalence: list[str], disorders: list[str],
                  mondo: list[str] = SYNTHETIC_MONDO) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, header, rows in (
        (build.PREVALENCE_SOURCE, PREVALENCE_HEADER, prevalence),
        (build.DISORDERS_SOURCE, DISORDERS_HEADER, disorders),
        (build.MONDO_SOURCE, MONDO_HEADER, mondo),
    ):
        with gzip.open(folder / name, "wt", encoding="utf-8") as handle:
            handle.write("\n".join([header, *rows]) + "\n")
    return folder


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("orphanet")
    tables: dict[str, str] = build.build_tables(
        _write_export(folder, SYNTHETIC_PREVALENCE, SYNTHETIC_DISORDERS)
    )
    return tables


@pytest.fixture(scope="module")
def synthetic_table(synthetic: dict[str, str]) -> PrevalenceTable:
    return PrevalenceTable(synthetic[PREVALENCE_FILE], synthetic[ONSET_FILE])


def _get(table: PrevalenceTable, disease_id: str) -> PrevalenceEstimate:
    estimate = table.prevalence_for(disease_id)
    assert estimate is not None, disease_id
    return estimate


# --- the selection rule (script functions on a synthetic export) ---------------------------


def test_kind_order_skips_unknown_and_prefers_birth_over_incidence(
    synthetic_table: PrevalenceTable,
) -> None:
    a = _get(synthetic_table, "ORPHA:1")
    assert (a.kind, a.prevalence_class, a.geography) == (
        PrevalenceKind.BIRTH, "1-9 / 100 000", "Europe"
    )
    assert a.sources == ("PMID:12",)


def test_lifetime_prevalence_beats_birth_prevalence(synthetic_table: PrevalenceTable) -> None:
    assert _get(synthetic_table, "ORPHA:9").kind is PrevalenceKind.LIFETIME


def test_country_figures_give_their_median_not_the_founder_population(
    synthetic_table: PrevalenceTable,
) -> None:
    b = _get(synthetic_table, "ORPHA:2")
    assert (b.geography, b.prevalence_class, b.per_100000) == ("Italy", "1-9 / 100 000", 3.0)


def test_worldwide_beats_europe(synthetic_table: PrevalenceTable) -> None:
    c = _get(synthetic_table, "ORPHA:3")
    assert (c.geography, c.prevalence_class) == ("Worldwide", "<1 / 1 000 000")
    assert c.per_100000 == pytest.approx(0.03162)


def test_reported_mean_is_used_only_inside_its_class(synthetic_table: PrevalenceTable) -> None:
    d = _get(synthetic_table, "ORPHA:4")
    assert (d.per_100000, d.basis, d.sources) == (40.0, EstimateBasis.REPORTED, ("EXPERT",))
    e = _get(synthetic_table, "ORPHA:5")  # 1.72 per 100,000 is not "1-5 / 10 000"
    assert e.per_100000 == pytest.approx(22.36)
    assert e.basis is EstimateBasis.CLASS
    f = _get(synthetic_table, "ORPHA:6")  # 0.0 stands for "no value"
    assert (f.per_100000, f.basis) == (3.0, EstimateBasis.CLASS)


def test_an_orphan_designation_is_a_ceiling_unless_a_study_puts_the_disease_in_its_class(
    synthetic_table: PrevalenceTable,
) -> None:
    alone = _get(synthetic_table, "ORPHA:15")
    assert (alone.per_100000, alone.basis) == (3.0, EstimateBasis.CEILING)
    assert alone.phrase() == (
        "fewer than 5 in 10,000 people (an upper bound) (Orphanet, Europe)")
    corroborated = _get(synthetic_table, "ORPHA:16")
    assert corroborated.basis is EstimateBasis.CLASS
    assert corroborated.per_100000 == pytest.approx(22.36)
    assert corroborated.geography == "Europe"  # the figure is still the European record's
    assert corroborated.phrase() == "1 to 5 in 10,000 people (Orphanet, Europe)"
    not_corroborated = _get(synthetic_table, "ORPHA:17")
    assert (not_corroborated.per_100000, not_corroborated.basis) == (3.0, EstimateBasis.CEILING)


def test_case_reports_get_the_ultra_rare_figure(synthetic_table: PrevalenceTable) -> None:
    g = _get(synthetic_table, "ORPHA:7")
    assert (g.kind, g.per_100000, g.basis) == (
        PrevalenceKind.CASES, CASES_ONLY_PER_100000, EstimateBasis.CASES
    )
    assert g.per_100000 < PREVALENCE_CLASSES["<1 / 1 000 000"].midpoint
    assert g.sources == ("PMID:71", "PMID:72", "EXPERT")


def test_entries_without_a_usable_record_are_left_out(
    synthetic: dict[str, str], synthetic_table: PrevalenceTable
) -> None:
    assert synthetic_table.prevalence_for("ORPHA:8") is None
    ids = [line.split("\t")[0] for line in synthetic[PREVALENCE_FILE].splitlines()[1:]]
    assert ids == [f"ORPHA:{n}"
                   for n in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17, 18, 21)]
    # (by number)


def test_an_infections_endemic_figure_from_one_country_is_not_used(
    synthetic_table: PrevalenceTable,
) -> None:
    """Zika virus disease in Brazil, melioidosis in tropical Australia (h-prev9, issue 12)."""
    france = _get(synthetic_table, "ORPHA:18")
    assert (france.geography, france.prevalence_class) == ("France", "1-9 / 100 000")
    assert synthetic_table.prevalence_for("ORPHA:20") is None
    assert _get(synthetic_table, "ORPHA:21").geography == "Australia"


def test_incidence_becomes_a_prior_by_the_stated_duration(
    synthetic_table: PrevalenceTable,
) -> None:
    j = _get(synthetic_table, "ORPHA:10")
    assert j.kind is PrevalenceKind.INCIDENCE
    assert j.per_100000 == pytest.approx(316.2)  # sqrt(1 * 10) / 1,000
    assert j.prior_per_100000 == pytest.approx(316.2 * INCIDENCE_DURATION_YEARS)


def test_omim_ids_take_the_exactly_mapped_entry_by_the_documented_rule(
    synthetic_table: PrevalenceTable,
) -> None:
    assert _get(synthetic_table, "OMIM:100001").orpha_id == "ORPHA:1"
    # same kind, so the smaller figure wins
    assert _get(synthetic_table, "OMIM:200000").orpha_id == "ORPHA:12"
    assert synthetic_table.prevalence_for("OMIM:999999") is None
    assert _get(synthetic_table, "OMIM:100001").link == ""


def test_omim_ids_that_mondo_equates_with_an_entry_take_its_figure_after_orphanets_own(
    synthetic: dict[str, str], synthetic_table: PrevalenceTable,
) -> None:
    linked = _get(synthetic_table, "OMIM:300001")
    assert (linked.orpha_id, linked.link) == ("ORPHA:3", MONDO_LINK)
    assert linked.phrase() == "fewer than 1 in 1,000,000 people (Orphanet, via MONDO exact match)"
    assert linked.to_dict()["link"] == MONDO_LINK
    # Orphanet's own exact mapping stays first, and is not written again as a link.
    assert _get(synthetic_table, "OMIM:100001").orpha_id == "ORPHA:1"
    lines = synthetic[PREVALENCE_FILE].splitlines()
    rows = {line.split("\t")[0]: line.split("\t") for line in lines}
    assert rows["ORPHA:4"][-1] == "" and rows["ORPHA:3"][-1] == "OMIM:300001"
    # no figure from a classification heading, from an entry without one, or without a match
    for omim in ("OMIM:300002", "OMIM:300004", "OMIM:300003"):
        assert synthetic_table.prevalence_for(omim) is None, omim
    # several entries for one concept: the documented rule (same kind, smaller figure)
    assert _get(synthetic_table, "OMIM:300005").orpha_id == "ORPHA:12"
    # an exact Orphanet mapping without a figure does not block MONDO's
    assert _get(synthetic_table, "OMIM:300006").orpha_id == "ORPHA:6"
    # onset classes are Orphanet's exact mappings only
    assert synthetic_table.onset_classes_for("OMIM:300001") == ()


def test_onset_classes_are_in_age_order_and_merge_over_omim(
    synthetic_table: PrevalenceTable,
) -> None:
    assert synthetic_table.onset_classes_for("ORPHA:1") == ("Antenatal", "Neonatal")
    assert synthetic_table.onset_classes_for("OMIM:100001") == ("Antenatal", "Neonatal")
    assert synthetic_table.onset_classes_for("ORPHA:8") == ()  # "No data available" only
    assert synthetic_table.onset_classes_for("OMIM:200000") == ("Infancy", "Childhood")
    assert synthetic_table.onset_range_for("ORPHA:2") == (19.0, 120.0)


def test_output_does_not_depend_on_input_order(
    tmp_path: Path, synthetic: dict[str, str]
) -> None:
    shuffled = list(SYNTHETIC_PREVALENCE)
    random.Random(7).shuffle(shuffled)
    disorders = list(reversed(SYNTHETIC_DISORDERS))
    mondo = list(reversed(SYNTHETIC_MONDO))
    assert build.build_tables(_write_export(tmp_path, shuffled, disorders, mondo)) == synthetic


def test_sources_are_tidied_but_kept() -> None:
    assert build.parse_sources("[EXPERT]_123[PMID]_ORPHANET") == (
        "EXPERT", "PMID:123", "ORPHANET"
    )
    assert build.parse_sources("RARECARE surveillance of rare cancers in Europe[REG]") == (
        "RARECARE surveillance of rare cancers in Europe",
    )
    assert build.parse_sources("None") == ()


def test_missing_input_is_a_clear_exit(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"missing orphanet-prevalence\.tsv\.gz.*mondo-diseases"):
        build.build_tables(tmp_path)


# --- phrases -------------------------------------------------------------------------------


def _estimate(**changes: object) -> PrevalenceEstimate:
    fields: dict[str, object] = {
        "orpha_id": "ORPHA:1", "per_100000": 50.0, "prevalence_class": "1-5 / 10 000",
        "kind": PrevalenceKind.POINT, "geography": "Worldwide", "sources": ("PMID:1",),
        "basis": EstimateBasis.REPORTED,
    }  # fmt: skip
    fields.update(changes)
    return PrevalenceEstimate(**fields)  # type: ignore[arg-type]


def test_phrases_say_the_figure_what_it_counts_and_the_source() -> None:
    assert _estimate().phrase() == "about 1 in 2,000 people (Orphanet)"
    assert _estimate(geography="Europe").phrase() == "about 1 in 2,000 people (Orphanet, Europe)"
    assert _estimate(
        basis=EstimateBasis.CLASS, per_100000=0.03162, prevalence_class="<1 / 1 000 000"
    ).phrase() == "fewer than 1 in 1,000,000 people (Orphanet)"
    assert _estimate(basis=EstimateBasis.CLASS).phrase() == "1 to 5 in 10,000 people (Orphanet)"
    assert _estimate(
        basis=EstimateBasis.CLASS, per_100000=316.2, prevalence_class=">1 / 1000"
    ).phrase() == "more than 1 in 1,000 people (Orphanet)"
    assert _estimate(kind=PrevalenceKind.BIRTH, per_100000=3.3).phrase() == (
        "about 1 in 30,000 births (Orphanet)"
    )
    assert _estimate(
        kind=PrevalenceKind.CASES, basis=EstimateBasis.CASES, per_100000=0.01,
        prevalence_class="",
    ).phrase() == "only single cases or families reported (Orphanet)"
    assert _estimate(geography="Specific population").phrase().endswith(
        "(Orphanet, a specific population)"
    )


def test_incidence_phrases_say_new_cases_a_year() -> None:
    incidence = PrevalenceKind.INCIDENCE
    assert _estimate(kind=incidence, per_100000=9.4).phrase() == (
        "about 9.4 new cases per 100,000 people a year (Orphanet)"
    )
    assert _estimate(kind=incidence, per_100000=0.06).phrase() == (
        "about 6 new cases per 10,000,000 people a year (Orphanet)"
    )
    assert _estimate(
        kind=incidence, basis=EstimateBasis.CLASS, per_100000=0.3,
        prevalence_class="1-9 / 1 000 000", geography="Europe",
    ).phrase() == "1 to 9 new cases per 1,000,000 people a year (Orphanet, Europe)"
    assert _estimate(
        kind=incidence, basis=EstimateBasis.CLASS, per_100000=0.03162,
        prevalence_class="<1 / 1 000 000",
    ).phrase() == "fewer than 1 new case per 1,000,000 people a year (Orphanet)"


def test_class_midpoints_are_log_scale_and_inside_their_class() -> None:
    assert PREVALENCE_CLASSES["1-5 / 10 000"].midpoint == pytest.approx(
        100_000 * math.sqrt(5) / 10_000
    )
    for prevalence_class in PREVALENCE_CLASSES.values():
        assert prevalence_class.contains(prevalence_class.midpoint)


# --- the shipped tables --------------------------------------------------------------------


def test_shipped_tables_give_known_entries_their_orphanet_class() -> None:
    marfan = prevalence_for("ORPHA:558")
    assert marfan is not None
    assert (marfan.kind, marfan.prevalence_class, marfan.geography, marfan.sources) == (
        PrevalenceKind.POINT, "1-5 / 10 000", "Worldwide", ("PMID:20301510",)
    )
    assert marfan.phrase() == "1 to 5 in 10,000 people (Orphanet)"
    # Ataxia-telangiectasia: the European figure, not Italy's or Norway's.
    at = prevalence_for("orphanet:100")
    assert at is not None
    assert (at.prevalence_class, at.geography) == ("1-9 / 1 000 000", "Europe")
    # 48,XXYY: the point prevalence is Unknown, so the birth prevalence is used.
    xxyy = prevalence_for("ORPHA:10")
    assert xxyy is not None
    assert (xxyy.kind, xxyy.prevalence_class) == (PrevalenceKind.BIRTH, "1-9 / 100 000")
    # Stevens-Johnson syndrome: incidence only.
    sjs = prevalence_for("ORPHA:36426")
    assert sjs is not None
    assert sjs.phrase() == "1 to 9 new cases per 1,000,000 people a year (Orphanet, Europe)"
    # Congenital bilateral absence of vas deferens: a reported mean of 50 per 100,000.
    cbavd = prevalence_for("ORPHA:48")
    assert cbavd is not None
    assert cbavd.phrase() == "about 1 in 2,000 people (Orphanet, Europe)"
    # Immune thrombocytopenia: the European class of an orphan designation, corroborated by
    # a Danish point prevalence in the same class (not lowered to the class below).
    itp = prevalence_for("ORPHA:3002")
    assert itp is not None
    assert (itp.prevalence_class, itp.basis, itp.per_100000) == (
        "1-5 / 10 000", EstimateBasis.CLASS, pytest.approx(22.36))
    # Cohen syndrome: case reports only.
    cohen = prevalence_for("ORPHA:193")
    assert cohen is not None
    assert cohen.kind is PrevalenceKind.CASES


def test_shipped_tables_answer_omim_ids_through_exact_mappings() -> None:
    cystic_fibrosis = prevalence_for("OMIM:219700")
    assert cystic_fibrosis is not None
    assert (cystic_fibrosis.orpha_id, cystic_fibrosis.prevalence_class) == (
        "ORPHA:586", "1-5 / 10 000"
    )
    # OMIM:271245 maps to ORPHA:1186 and ORPHA:363534, both "<1 / 1 000 000": lower id.
    both = prevalence_for("OMIM:271245")
    assert both is not None
    assert both.orpha_id == "ORPHA:1186"
    assert onset_classes_for("OMIM:271245") == ("Neonatal", "Infancy")


def test_shipped_tables_answer_omim_ids_through_mondo_exact_matches() -> None:
    # MONDO:0004948 matches OMIM:151400 and ORPHA:67038 (B-cell chronic lymphocytic leukemia);
    # Orphanet maps no OMIM id to the entry.
    cll = prevalence_for("OMIM:151400")
    assert cll is not None
    assert (cll.orpha_id, cll.link) == ("ORPHA:67038", MONDO_LINK)
    assert cll.phrase().endswith("(Orphanet, Europe, via MONDO exact match)")
    # Orphanet maps OMIM:154700 exactly to "Marfan syndrome type 1" (ORPHA:284963, no figure);
    # MONDO:0007947 matches it to ORPHA:558 Marfan syndrome as well, which has one.
    marfan = prevalence_for("OMIM:154700")
    assert marfan is not None and marfan.orpha_id == "ORPHA:558"
    # Orphanet's own exact mapping is kept: cystic fibrosis is not marked as linked.
    cystic_fibrosis = prevalence_for("OMIM:219700")
    assert cystic_fibrosis is not None and cystic_fibrosis.link == ""
    # MONDO matches OMIM:167000 ovarian cancer to ORPHA:213500 "Rare ovarian cancer", one of
    # Orphanet's classification headings: its figure is not lent.
    assert prevalence_for("OMIM:167000") is None
    # OMIM:173900 is, for MONDO, polycystic kidney disease 1 (MONDO:0008263), not the whole of
    # autosomal dominant polycystic kidney disease (MONDO:0004691 = ORPHA:730): no figure.
    assert prevalence_for("OMIM:173900") is None


def test_diseases_without_a_figure_get_none() -> None:
    assert prevalence_for("ORPHA:100019") is None  # point prevalence "Unknown" only
    assert prevalence_for("DECIPHER:1") is None
    with pytest.raises(UnknownDiseaseError):
        prevalence_for("not a disease")


def test_shipped_onset_classes_and_ranges() -> None:
    assert onset_classes_for("ORPHA:100") == ("Infancy", "Childhood")
    assert onset_range_for("ORPHA:100") == (ORPHANET_ONSET_YEARS["Infancy"][0], 12.0)
    assert onset_classes_for("OMIM:300650") == ("Adult",)  # via ORPHA:1000
    assert onset_range_for("ORPHA:999999999") is None


def test_onset_ranges_are_contiguous_in_age_order() -> None:
    ranges = [r for name, r in ORPHANET_ONSET_YEARS.items() if name != "All ages"]
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    assert ORPHANET_ONSET_YEARS["All ages"] == (ranges[0][0], ranges[-1][1])


def test_shipped_tables_are_compact_and_sorted() -> None:
    for name in (PREVALENCE_FILE, ONSET_FILE):
        text = (PACKAGE_DATA / name).read_text(encoding="utf-8")
        assert len(text.encode()) < 600_000, name
        numbers = [int(line.split("\t")[0].split(":")[1]) for line in text.splitlines()[1:]]
        assert numbers == sorted(set(numbers)), name
    assert len(orphanet_table()) > 5_000


def test_a_damaged_table_is_a_data_error() -> None:
    good = (PACKAGE_DATA / PREVALENCE_FILE).read_text(encoding="utf-8").splitlines()
    onset = (PACKAGE_DATA / ONSET_FILE).read_text(encoding="utf-8")
    with pytest.raises(DataError, match="fields"):
        PrevalenceTable("\n".join([good[0], "ORPHA:1\t3"]), onset)
    with pytest.raises(DataError, match="columns"):
        PrevalenceTable("id\tfigure\n", onset)
    bad_kind = good[1].replace("point prevalence", "prevalence of sorts")
    with pytest.raises(DataError, match="bad row"):
        PrevalenceTable("\n".join([good[0], bad_kind]), onset)


# --- the shipped tables are the script's output --------------------------------------------


def _orphanet_data() -> Path:
    folder = Path(os.environ.get("WHATCAUSES_SHARED_DATA", SHARED_DATA))
    if not (folder / build.PREVALENCE_SOURCE).is_file():
        pytest.skip("the Orphanet files of ../shared/data are not present")
    return folder


def test_shipped_tables_are_byte_identical_to_a_fresh_build() -> None:
    tables = build.build_tables(_orphanet_data())
    for name, text in tables.items():
        assert (PACKAGE_DATA / name).read_bytes() == text.encode("utf-8"), (
            f"{name} differs from the script's output: rerun scripts/build_orphanet_tables.py"
        )


@pytest.mark.parametrize(("per_100000", "words"), [
    (50.0, "about 1 in 2,000"), (25_000.0, "about 1 in 4"), (72_100.0, "about 72 in 100"),
])
def test_a_share_reads_as_one_in_n_until_most_people_have_it(per_100000: float,
                                                               words: str) -> None:
    assert share_words(per_100000) == words
