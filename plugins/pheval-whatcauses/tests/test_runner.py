"""End to end through PhEval: `pheval run` finds the runner by its entry point, and PhEval's own
validator and benchmark reader accept what it writes. Skips when PhEval is not installed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("pheval", reason="PhEval is not installed (see the plugin's README)")

import duckdb
import polars as pl
from click.testing import CliRunner
from pheval.analyse.benchmark import scan_directory
from pheval.analyse.benchmark_output_type import BenchmarkOutputTypeEnum
from pheval.analyse.rank_stats import compute_rank_stats
from pheval.analyse.run_data_parser import RunConfig
from pheval.cli_pheval import run as pheval_run
from pheval.cli_pheval_utils import benchmark as pheval_benchmark
from pheval.post_processing.validate_result_format import ResultSchema
from whatcauses import Engine
from whatcauses.errors import InputError

from corpus_factory import TINY_CASES, write_corpus, write_input_dir
from pheval_whatcauses.post_process import disease_result_table
from pheval_whatcauses.raw_results import read_raw_result
from pheval_whatcauses.runner import WhatcausesPhEvalRunner

MARFAN_MONDO = "MONDO:0007947"
STIFF_PERSON_MONDO = "MONDO:0008491"


def pheval_cli_run(input_dir: Path, testdata_dir: Path, output_dir: Path) -> Any:
    output_dir.mkdir(parents=True, exist_ok=True)
    return CliRunner().invoke(pheval_run, [
        "--input-dir", str(input_dir), "--testdata-dir", str(testdata_dir),
        "--runner", "whatcausesphevalrunner", "--output-dir", str(output_dir),
    ])


@pytest.fixture(scope="module")
def pheval_run_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One `pheval run` of the tiny corpus (top 20, uniform prior), as a user would start it."""
    root = tmp_path_factory.mktemp("pheval")
    input_dir = write_input_dir(root / "whatcauses-config", {"top": 20, "prior": "uniform"})
    testdata_dir = root / "tiny-corpus"
    phenopacket_dir = write_corpus(testdata_dir)
    output_dir = root / "output"
    result = pheval_cli_run(input_dir, testdata_dir, output_dir)
    assert result.exit_code == 0, (result.output, result.exception)
    return {"input": input_dir, "testdata": testdata_dir, "phenopackets": phenopacket_dir,
            "output": output_dir}


def disease_result(output_dir: Path, case: str) -> pl.DataFrame:
    return pl.read_parquet(output_dir / "pheval_disease_results" / f"{case}-disease_result.parquet")


def test_pheval_run_writes_one_disease_result_per_case(pheval_run_dirs: dict[str, Path]) -> None:
    output = pheval_run_dirs["output"]
    written = sorted(p.name for p in (output / "pheval_disease_results").iterdir())
    assert written == sorted(f"{case.name}-disease_result.parquet" for case in TINY_CASES)
    assert sorted(p.name for p in (output / "raw_results").iterdir()) == sorted(
        f"{case.name}.tsv" for case in TINY_CASES)
    metadata = yaml.safe_load((output / "results.yml").read_text())
    assert metadata["tool"] == "whatcauses"
    options = metadata["tool_specific_configuration_options"]
    assert options["top"] == 20 and options["prior"] == "uniform"
    assert options["hpo_release"] == "2025-01-16"


def test_phevals_benchmark_reader_counts_two_top_hits_and_one_miss(
        pheval_run_dirs: dict[str, Path]) -> None:
    run = RunConfig(run_identifier="whatcauses", phenopacket_dir=pheval_run_dirs["phenopackets"],
                    results_dir=pheval_run_dirs["output"], gene_analysis=False,
                    variant_analysis=False, disease_analysis=True, threshold=None,
                    score_order="descending")
    scan = scan_directory(run, BenchmarkOutputTypeEnum.DISEASE.value)
    stats = compute_rank_stats("whatcauses", scan).collect().row(0, named=True)
    assert (stats["top1"], stats["found"], stats["total"]) == (2, 2, 3)
    found = (scan.filter(pl.col("true_positive")).select("result_file", "mondo_identifier", "rank")
             .collect().sort("result_file").rows())
    assert found == [
        ("marfan-case-disease_result.parquet", MARFAN_MONDO, 1),
        ("stiff-person-case-disease_result.parquet", STIFF_PERSON_MONDO, 1),
        ("unknown-terms-case-disease_result.parquet", STIFF_PERSON_MONDO, 0),
    ]


def test_pheval_utils_benchmark_summarises_the_run(pheval_run_dirs: dict[str, Path],
                                                   tmp_path: Path) -> None:
    titles = {"plot_type": "bar_cumulative", "rank_plot_title": None, "roc_curve_title": None,
              "precision_recall_title": None}
    run_yaml = tmp_path / "benchmark.yaml"
    run_yaml.write_text(yaml.safe_dump({
        "benchmark_name": "tiny",
        "runs": [{"run_identifier": "whatcauses", "results_dir": str(pheval_run_dirs["output"]),
                  "phenopacket_dir": str(pheval_run_dirs["phenopackets"]),
                  "gene_analysis": False, "variant_analysis": False, "disease_analysis": True,
                  "threshold": None, "score_order": "descending"}],
        "plot_customisation": {f"{kind}_plots": titles
                               for kind in ("gene", "disease", "variant")},
    }))
    result = CliRunner().invoke(pheval_benchmark, ["--run-yaml", str(run_yaml), "--output-dir",
                                                   str(tmp_path / "report"), "--no-curves"])
    assert result.exit_code == 0, (result.output, result.exception)
    with duckdb.connect(str(tmp_path / "report" / "tiny.duckdb"), read_only=True) as db:
        summary = db.execute(
            "select top1, top10, found, total from tiny_disease_summary").fetchall()
    assert summary == [(2, 2, 2, 3)]


def test_a_grouped_candidate_is_scored_under_its_own_id_only(
        pheval_run_dirs: dict[str, Path]) -> None:
    # Marfan syndrome is one candidate for OMIM:154700 and ORPHA:558: PhEval sees one row, so
    # the next disease ranks 2 and a wrong grouping could not add a hit.
    result = disease_result(pheval_run_dirs["output"], "marfan-case").sort("rank")
    assert result.row(0, named=True)["disease_identifier"] == "OMIM:154700"
    assert result.row(0, named=True)["true_positive"]
    assert result["rank"].to_list()[:2] == [1, 2]
    assert "ORPHA:558" not in result["disease_identifier"].to_list()
    raw = read_raw_result(pheval_run_dirs["output"] / "raw_results" / "marfan-case.tsv")
    assert raw[0].disease_ids == ("OMIM:154700", "ORPHA:558")


def test_an_orphanet_diagnosis_is_found_through_phevals_mondo_mapping(
        pheval_run_dirs: dict[str, Path]) -> None:
    result = disease_result(pheval_run_dirs["output"], "stiff-person-case").sort("rank")
    hit = result.row(0, named=True)
    assert (hit["disease_identifier"], hit["mondo_identifier"], hit["rank"]) == (
        "OMIM:184850", STIFF_PERSON_MONDO, 1)
    assert hit["true_positive"]


def test_an_unreadable_case_is_a_miss_with_its_reason_on_record(
        pheval_run_dirs: dict[str, Path]) -> None:
    result = disease_result(pheval_run_dirs["output"], "unknown-terms-case")
    assert result.rows(named=True) == [{"rank": 0, "score": 0.0,
                                        "disease_identifier": "OMIM:184850",
                                        "mondo_identifier": STIFF_PERSON_MONDO,
                                        "true_positive": True}]
    raw = (pheval_run_dirs["output"] / "raw_results" / "unknown-terms-case.tsv").read_text()
    assert "# error: no usable phenotypic features" in raw


def test_the_result_table_passes_phevals_validator(pheval_run_dirs: dict[str, Path]) -> None:
    raw_dir = pheval_run_dirs["output"] / "raw_results"
    for case in TINY_CASES:
        table = disease_result_table(read_raw_result(raw_dir / f"{case.name}.tsv"))
        assert ResultSchema.DISEASE_RESULT_SCHEMA.validate(table)


def test_the_prevalence_prior_reaches_the_ranking(pheval_run_dirs: dict[str, Path],
                                                  tmp_path: Path) -> None:
    # The runner's phases called directly (as `pheval run` does), in the same process as the
    # first run: the result files must be complete again.
    input_dir = write_input_dir(tmp_path / "config", {"top": 5, "prior": "prevalence",
                                                      "excluded_findings": False})
    output_dir = tmp_path / "output"
    output_dir.mkdir()
    runner = WhatcausesPhEvalRunner(input_dir, pheval_run_dirs["testdata"], tmp_path,
                                    output_dir, input_dir / "config.yaml", "0.1.0")
    runner.build_output_directory_structure()
    runner.prepare()
    runner.run()
    runner.post_process()
    marfan = TINY_CASES[0]
    expected = Engine.load().rank(marfan.present, (), age=12.0, sex="male", top=5,
                                  prior="prevalence", evidence=False)
    rows = read_raw_result(output_dir / "raw_results" / "marfan-case.tsv")
    assert [(r.disease_identifier, r.score) for r in rows] == [
        (c.id, c.score) for c in expected.candidates]
    assert len(list((output_dir / "pheval_disease_results").iterdir())) == len(TINY_CASES)


def test_gene_analysis_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    input_dir = write_input_dir(tmp_path / "config", None, gene_analysis=True)
    testdata_dir = tmp_path / "corpus"
    write_corpus(testdata_dir)
    result = pheval_cli_run(input_dir, testdata_dir, tmp_path / "output")
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)
    assert "prioritises diseases, not genes" in str(result.exception)


def test_a_bad_option_is_refused_before_ranking(tmp_path: Path) -> None:
    input_dir = write_input_dir(tmp_path / "config", {"top": 10, "prior": "flat"})
    testdata_dir = tmp_path / "corpus"
    write_corpus(testdata_dir)
    result = pheval_cli_run(input_dir, testdata_dir, tmp_path / "output")
    assert isinstance(result.exception, InputError)
    assert "prior must be one of uniform, prevalence, not 'flat'" in str(result.exception)
    assert not list((tmp_path / "output" / "raw_results").iterdir())
