"""whatcauses' raw result files: one row per disease id, groups kept together."""

from __future__ import annotations

from pathlib import Path

import pytest
from whatcauses.errors import DataError
from whatcauses.rank.results import Candidate

from pheval_whatcauses.raw_results import (
    RawResultRow,
    candidate_rows,
    read_raw_result,
    write_raw_result,
)


def candidate(rank: int, ids: tuple[str, ...], name: str, score: float,
              own: str | None = None) -> Candidate:
    return Candidate(rank=rank, id=own or ids[0], ids=ids, name=name, score=score,
                     probability=0.5, likelihood_ratio=10.0)


def test_a_grouped_candidate_is_one_row_under_its_own_id() -> None:
    rows = candidate_rows([
        candidate(1, ("ORPHA:558", "OMIM:154700"), "Marfan syndrome", 9.4, own="OMIM:154700"),
        candidate(2, ("OMIM:616914",), "Marfan lipodystrophy syndrome", 8.9),
    ])
    assert [(r.rank, r.disease_identifier, r.disease_ids, r.score) for r in rows] == [
        (1, "OMIM:154700", ("OMIM:154700", "ORPHA:558"), 9.4),
        (2, "OMIM:616914", ("OMIM:616914",), 8.9),
    ]


def test_rows_survive_a_round_trip(tmp_path: Path) -> None:
    rows = [RawResultRow(1, "OMIM:154700", ("OMIM:154700", "ORPHA:558"),
                         'Marfan "syndrome"\twith tab', 9.123456789012345, 0.25),
            RawResultRow(2, "MONDO:0005148", ("MONDO:0005148",), "Type 2 diabetes", -1e-300,
                         0.0)]
    path = tmp_path / "case.tsv"
    write_raw_result(path, rows, ["whatcauses 0.1.0", "warning: HP:0000001 is\nnot a finding"])
    assert read_raw_result(path) == rows
    assert path.read_text().startswith("# whatcauses 0.1.0\n# warning: HP:0000001 is not a")


def test_a_case_without_candidates_reads_back_empty(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    write_raw_result(path, [], ["error: no usable phenotypic features"])
    assert read_raw_result(path) == []


@pytest.mark.parametrize("text", ["", "rank\tid\n", "rank\tdisease_identifier\tdisease_ids\t"
                                  "disease_name\tscore\tprobability\n1\tOMIM:1\tOMIM:1\tx\ty\t0\n"])
def test_a_damaged_file_is_a_data_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "case.tsv"
    path.write_text(text)
    with pytest.raises(DataError):
        read_raw_result(path)


def test_a_missing_file_says_to_run_first(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="run the run phase before post-processing"):
        read_raw_result(tmp_path / "case.tsv")
