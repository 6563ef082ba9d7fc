"""PhEval's run phase for whatcauses: rank every case of a corpus, one raw result file each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from whatcauses import Engine
from whatcauses.errors import InputError, WhatcausesError
from whatcauses.version import __version__

from pheval_whatcauses.corpus import CorpusCase, corpus_cases, read_case
from pheval_whatcauses.raw_results import (
    RawResultRow,
    candidate_rows,
    raw_result_path,
    write_raw_result,
)
from pheval_whatcauses.settings import WhatcausesSettings


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    """What ranking one case gave: how many rows were written, warnings, or why none were."""

    name: str
    rows: int
    warnings: tuple[str, ...] = ()
    error: str | None = None


def rank_case(engine: Engine, case: CorpusCase, settings: WhatcausesSettings
              ) -> tuple[list[RawResultRow], tuple[str, ...]]:
    """The rows and warnings of one case; raises :class:`WhatcausesError` on unusable input."""
    packet = read_case(case.path)
    ranking = engine.rank(
        packet.present,
        packet.excluded if settings.excluded_findings else (),
        age=packet.age,
        sex=packet.sex,
        top=settings.top,
        prior=settings.prior,
        strict=False,  # an unknown or obsolete term is a warning, as in `whatcauses batch`
        evidence=False,  # PhEval reads ids and scores only
    )
    if not ranking.query.present and not ranking.query.excluded:
        # A ranking on the prior alone would be scored as if it were an answer.
        raise InputError("no usable phenotypic features (all terms unknown)")
    return candidate_rows(ranking.candidates), ranking.query.warnings


def rank_corpus(engine: Engine, phenopacket_dir: Path, raw_results_dir: Path,
                settings: WhatcausesSettings) -> list[CaseOutcome]:
    """Rank each phenopacket and write its raw result; a bad case gets an empty result.

    An empty result still yields a PhEval result file, in which the true disease counts as
    not found: a case whatcauses cannot read is a miss, not a case left out of the figures.
    """
    raw_results_dir.mkdir(parents=True, exist_ok=True)
    run_note = (f"whatcauses {__version__}, HPO release {engine.data_release}, "
                + " ".join(f"{key}={value}" for key, value in settings.to_dict().items()))
    outcomes: list[CaseOutcome] = []
    for case in corpus_cases(phenopacket_dir):
        try:
            rows, warnings = rank_case(engine, case, settings)
        except WhatcausesError as exc:
            write_raw_result(raw_result_path(raw_results_dir, case), [],
                             [run_note, f"error: {exc}"])
            outcomes.append(CaseOutcome(case.name, 0, error=str(exc)))
            continue
        write_raw_result(raw_result_path(raw_results_dir, case), rows,
                         [run_note, *(f"warning: {w}" for w in warnings)])
        outcomes.append(CaseOutcome(case.name, len(rows), warnings))
    return outcomes
