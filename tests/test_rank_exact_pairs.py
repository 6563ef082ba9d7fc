"""One disease under an OMIM and an Orphanet id that Orphanet maps as exactly the same (h-rarerank2,
issue 14).

The twin finder joins records by name only; Orphanet's exact mappings equate 1,185 more pairs
of the embedded knowledge, which a plain-language question now ranks as one candidate (a
family led by the OMIM record, ModelParameters.question_exact_pair_families).
"""

from __future__ import annotations

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.prevalence import (
    FORMS_COLUMNS,
    FORMS_FILE,
    ONSET_COLUMNS,
    ONSET_FILE,
    orphanet_exact_pairs,
    parse_exact_pairs,
)
from whatcauses.rank.grouping import exact_pair_families

POMPE_OMIM, POMPE_ORPHA = "OMIM:232300", "ORPHA:365"
ADULT_POMPE = ("I'm 35 and over the last few years my hips and thighs have got so weak that "
               "stairs are hard, I get breathless lying flat and I keep getting chest infections")


def _table(columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return "\n".join("\t".join(r) for r in [columns, *rows]) + "\n"


def test_exact_pairs_are_one_to_one_over_every_table() -> None:
    forms = _table(FORMS_COLUMNS, [("ORPHA:1", "ORPHA:9", "OMIM:100100"),
                                   ("ORPHA:2", "ORPHA:9", "OMIM:200100|OMIM:300100")])
    onset = _table(ONSET_COLUMNS, [("ORPHA:1", "Adult", "OMIM:100100"),
                                   ("ORPHA:4", "Adult", "OMIM:400100"),
                                   ("ORPHA:5", "Adult", "OMIM:400100")])
    # ORPHA:1 = OMIM:100100 in two tables counts once; ORPHA:2 maps to two OMIM entries and
    # OMIM:400100 to two Orphanet entries: which of them is the same disease is not said.
    assert parse_exact_pairs({FORMS_FILE: forms, ONSET_FILE: onset}) == (
        ("ORPHA:1", "OMIM:100100"),)


def test_an_orphanet_record_joins_its_omim_twin_as_a_family() -> None:
    ids = ["OMIM:100", "ORPHA:1", "ORPHA:2", "OMIM:200"]
    twin_group = np.asarray([0, 1, 2, 2])  # ORPHA:2 and OMIM:200 are twins by name already
    pairs = [("ORPHA:1", "OMIM:100"), ("ORPHA:2", "OMIM:200"), ("ORPHA:7", "OMIM:100")]
    assert exact_pair_families(ids, twin_group, pairs) == {0: (1,)}


def test_the_packaged_pairs_equate_pompe_disease_with_its_orphanet_record() -> None:
    pairs = orphanet_exact_pairs()
    assert (POMPE_ORPHA, POMPE_OMIM) in pairs
    assert len({o for o, _ in pairs}) == len(pairs) == len({m for _, m in pairs})


@pytest.mark.slow
def test_a_question_ranks_pompe_disease_as_one_candidate(engine: Engine) -> None:
    candidates = engine.ask(ADULT_POMPE, top=10).ranking.candidates
    holding = [c for c in candidates if {POMPE_OMIM, POMPE_ORPHA} & set(c.ids)]
    assert len(holding) == 1
    assert {POMPE_OMIM, POMPE_ORPHA} <= set(holding[0].ids)
    assert holding[0].rank == 1
