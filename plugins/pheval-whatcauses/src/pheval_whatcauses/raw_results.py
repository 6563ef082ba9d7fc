"""whatcauses' own result file per case (PhEval's "raw results"): a small TSV kept for reading.

One row per ranked candidate, under the candidate's own id. A candidate that groups several
entries of one disease (an OMIM entry and its Orphanet twin) lists them all in ``disease_ids``
for the reader, but PhEval sees only the candidate's own id: PhEval maps ids to MONDO itself,
and scoring a group's other ids would let a wrong grouping inflate the figures. Lines starting
with ``#`` record the run and any warnings.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from whatcauses.errors import DataError
from whatcauses.rank.results import Candidate

from pheval_whatcauses.corpus import CorpusCase

RAW_COLUMNS = ("rank", "disease_identifier", "disease_ids", "disease_name", "score",
               "probability")


@dataclass(frozen=True, slots=True)
class RawResultRow:
    """One ranked candidate."""

    rank: int
    disease_identifier: str  # the candidate's own id
    disease_ids: tuple[str, ...]  # every id grouped with it as the same disease, its own first
    disease_name: str
    score: float  # log10 posterior odds: higher is better
    probability: float


def raw_result_path(raw_results_dir: Path, case: CorpusCase) -> Path:
    """``case-1.json`` -> ``raw_results/case-1.tsv``: PhEval names its result after the stem."""
    return raw_results_dir / f"{case.name}.tsv"


def candidate_rows(candidates: Sequence[Candidate]) -> list[RawResultRow]:
    """The rows of ranked candidates, in rank order."""
    return [RawResultRow(c.rank, c.id, (c.id, *(i for i in c.ids if i != c.id)), c.name,
                         c.score, c.probability) for c in candidates]


def write_raw_result(path: Path, rows: Sequence[RawResultRow], notes: Sequence[str]) -> None:
    """Write one case's rows, after ``# note`` lines (run description, warnings, error)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        for note in notes:
            handle.write("# " + " ".join(note.split()) + "\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(RAW_COLUMNS)
        for row in rows:
            writer.writerow((row.rank, row.disease_identifier, ";".join(row.disease_ids),
                             row.disease_name, repr(row.score), repr(row.probability)))


def read_raw_result(path: Path) -> list[RawResultRow]:
    """Read a file written by :func:`write_raw_result`; a missing or damaged file is a
    :class:`DataError`."""
    if not path.is_file():
        raise DataError(f"no raw result at {path}: run the run phase before post-processing")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t")
    header = next(reader, None)
    if header is None or tuple(header) != RAW_COLUMNS:
        raise DataError(f"{path} is not a whatcauses raw result (header {header!r})")
    rows: list[RawResultRow] = []
    for number, fields in enumerate(reader, start=2):
        try:
            rank, disease_id, disease_ids, name, score, probability = fields
            rows.append(RawResultRow(int(rank), disease_id, tuple(disease_ids.split(";")), name,
                                     float(score), float(probability)))
        except ValueError as exc:
            raise DataError(f"{path}: row {number} is malformed: {fields!r}") from exc
    return rows
