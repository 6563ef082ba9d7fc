"""PhEval's post-processing phase: raw results -> PhEval's standardised disease result files.

PhEval's ``generate_disease_result`` validates the table (``disease_identifier``, ``score``),
ranks it (higher score first; tied scores all take the worst of their ranks), maps each id to
MONDO, marks the corpus' diagnosis as the true positive (so an OMIM diagnosis is found under
its Orphanet twin when MONDO says they are one disease), adds the diagnosis with rank 0 when it
is absent, and writes ``pheval_disease_results/<case>-disease_result.parquet``.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
from pheval.post_processing import post_processing
from pheval.post_processing.post_processing import ResultType, SortOrder, generate_disease_result

from pheval_whatcauses.corpus import corpus_cases
from pheval_whatcauses.raw_results import RawResultRow, raw_result_path, read_raw_result

DISEASE_RESULT_SCHEMA = pl.Schema({"disease_identifier": pl.String, "score": pl.Float64})


def disease_result_table(rows: list[RawResultRow]) -> pl.DataFrame:
    """The table PhEval's disease result writer takes."""
    return pl.DataFrame(
        {
            "disease_identifier": [row.disease_identifier for row in rows],
            "score": [row.score for row in rows],
        },
        schema=DISEASE_RESULT_SCHEMA,
    )


def write_pheval_disease_results(raw_results_dir: Path, output_dir: Path,
                                 phenopacket_dir: Path) -> list[Path]:
    """Convert the raw result of every case of the corpus; returns the PhEval result files
    written, in case order (a raw file left from another corpus is not read)."""
    # PhEval writes the corpus' true diseases (the rows a missed diagnosis is counted from) once
    # per process and remembers that in a module-level set; a second run in the same process
    # (a script comparing settings) would then find no such rows and fail. Forget it first.
    post_processing.executed_results.discard(ResultType.DISEASE)
    written: list[Path] = []
    for case in corpus_cases(phenopacket_dir):
        raw_path = raw_result_path(raw_results_dir, case)
        generate_disease_result(
            disease_result_table(read_raw_result(raw_path)),
            SortOrder.DESCENDING,
            output_dir,
            raw_path,
            phenopacket_dir,
        )
        written.append(output_dir / "pheval_disease_results"
                       / f"{raw_path.stem}-disease_result.parquet")
    return written
