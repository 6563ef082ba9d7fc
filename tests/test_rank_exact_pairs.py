"""One disease under an OMIM and an Orphanet id that Orphanet maps as exactly the same (h-rarerank2,
issue 14), and the unnamed hallmarks of a candidate whose family's forms join it.

The twin finder joins records by name only; Orphanet's exact mappings join 1,185 more pairs of
the embedded knowledge, which a plain-language question now ranks as one candidate (a family
led by the OMIM record, ModelParameters.question_exact_pair_families). The hallmarks a
question leaves unnamed weigh a candidate by its own records and its family's disease, not by
the sparsest form that joined it (rank/unnamed.py, reordered).
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
from whatcauses.rank.results import Candidate
from whatcauses.rank.unnamed import reordered

POMPE_OMIM, POMPE_ORPHA = "OMIM:232300", "ORPHA:365"
ADULT_POMPE = ("I'm 35 and over the last few years my hips and thighs have got so weak that "
               "stairs are hard, I get breathless lying flat and I keep getting chest infections")
FITS_AND_WHITE_PATCHES = ("my 3 year old has had fits since he was a baby, white patches on his "
                          "skin and his development is slow")
TUBEROUS_SCLEROSIS = "ORPHA:805"


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


def _candidate(rank: int, ids: tuple[str, ...], score: float) -> Candidate:
    return Candidate(rank=rank, id=ids[0], ids=ids, name=ids[0], score=score,
                     probability=0.1, likelihood_ratio=1.0)


def test_a_joined_form_lends_its_family_no_lighter_hallmarks() -> None:
    # A (index 0) leads a family whose form F (index 1, its own group) has no hallmark; B
    # (index 2) scores a little lower and has no unnamed hallmark either.
    candidates = [_candidate(1, ("A", "F"), 2.0), _candidate(2, ("B",), 1.99)]
    index = {"A": 0, "F": 1, "B": 2}
    log_weight = np.array([-1.0, 0.0, 0.0])
    twin_group = np.asarray([0, 1, 2])
    best_member = reordered(candidates, 2, index, log_weight, lambda m: True)
    assert [c.ids[0] for c in best_member] == ["A", "B"]
    own = reordered(candidates, 2, index, log_weight, lambda m: True, twin_group=twin_group)
    assert [c.ids[0] for c in own] == ["B", "A"]
    # Led by its form, the family still counts the disease it stands for (its head).
    led_by_form = [_candidate(1, ("F", "A"), 2.0), _candidate(2, ("B",), 1.99)]
    log_weight = np.array([0.0, -1.0, 0.0])
    shown = reordered(led_by_form, 2, index, log_weight, lambda m: True,
                      twin_group=twin_group, family_heads={0})
    assert [c.ids[0] for c in shown] == ["F", "B"]


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


@pytest.mark.slow
def test_angelman_forms_lend_it_no_lighter_hallmarks(engine: Engine) -> None:
    candidates = engine.ask(FITS_AND_WHITE_PATCHES, top=5).ranking.candidates
    assert candidates[0].id == TUBEROUS_SCLEROSIS
