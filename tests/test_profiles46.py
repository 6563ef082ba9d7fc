"""Sore throat and slow-pulse look-alikes (h-profiles46).

Strep throat's profile now lists Pharyngitis (HP:0025439), the inflamed throat its sources are
about, so a Centor-style picture written as a clinician would (pharyngitis with exudate, fever,
tender front neck glands, no cough) finds strep throat first; before, strep throat was fourth
behind Kawasaki disease and HIV, or out of the top ten. The lexicon reads a red or inflamed
throat as Pharyngitis, so "red throat, fever, swollen glands" finds strep throat first too.

Atrial fibrillation's profile no longer includes familial atrial fibrillation 10 (OMIM:614022,
SCN5A): its HPO entry records one family's conduction disease (a slow pulse in 5 of 6) and,
united with the common condition, made a slow pulse look like a usual sign of AF, so AF led
'slow pulse and fainting'."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank

STREP = "MONDO:0021783"
AF = "MONDO:0004981"


@pytest.mark.parametrize("question", [
    "Pharyngitis with tonsillar exudate, fever, tender anterior cervical lymphadenopathy and "
    "absence of cough.",
    "Acute pharyngitis with fever and tender cervical lymph nodes in a 10 year old, no cough "
    "or coryza.",
    "red throat, fever, swollen glands",
])
def test_pharyngitis_with_fever_and_no_cough_puts_strep_throat_first(engine: Engine,
                                                                      question: str) -> None:
    assert answer_rank(engine, question, STREP) == 0


def test_familial_af_10_is_not_united_with_common_atrial_fibrillation(engine: Engine) -> None:
    candidates = engine.ask("irregular heartbeat and palpitations", top=10).ranking.candidates
    af = next(c for c in candidates if AF in {c.id, *c.ids})
    assert "OMIM:614022" not in {af.id, *af.ids}
    assert "ORPHA:334" in {af.id, *af.ids}


def test_slow_pulse_and_fainting_does_not_put_atrial_fibrillation_first(engine: Engine) -> None:
    assert answer_rank(engine, "Slow pulse and fainting.", AF) > 0
