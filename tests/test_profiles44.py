"""Common diseases that phenotype.hpoa holds only as OMIM/Orphanet entries, ranked through a
profile under their MONDO id (h-profiles44): myasthenia gravis (MONDO:0009688, same as
OMIM:254200 and ORPHA:589) now carries a sourced population prevalence and onset ages, and
stands as one candidate with the two entries it unites. An older man whose eyelid droops and
whose speech and swallowing tire through a meal now finds it first, ahead of oculopharyngeal
muscular dystrophy (it was third before the profile)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank

MYASTHENIA = "MONDO:0009688"


@pytest.mark.parametrize("question", [
    "My 72 year old dad's eyelid has started drooping, his speech slurs and he struggles to "
    "swallow by the end of a meal.",
    "I'm 30 and by the evening my eyelids droop and I see double, and my arms tire quickly "
    "when I brush my hair.",
    "Fluctuating bilateral ptosis and diplopia with fatigable proximal limb weakness in a 65 "
    "year old man; sensation and reflexes normal.",
])
def test_fatigable_eye_and_bulbar_weakness_puts_myasthenia_first(engine: Engine,
                                                                  question: str) -> None:
    assert answer_rank(engine, question, MYASTHENIA) == 0


def test_myasthenia_profile_carries_its_sourced_prevalence(engine: Engine) -> None:
    question = "My eyelids droop and I see double by the end of the day."
    candidates = engine.ask(question, top=10).ranking.candidates
    mg = next(c for c in candidates if MYASTHENIA in {c.id, *c.ids})
    assert {"OMIM:254200", "ORPHA:589"} <= {mg.id, *mg.ids}
    assert mg.prevalence is not None
    assert mg.prevalence.per_100000 == pytest.approx(17.3)
