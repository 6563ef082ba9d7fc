"""Common diseases that phenotype.hpoa holds only as OMIM/Orphanet entries, ranked through a
profile under their MONDO id (h-profiles45): amyotrophic lateral sclerosis (MONDO:0004976, same
as ORPHA:803) now carries a sourced population prevalence (5.4 per 100,000 in Europe, Chiò 2013)
in place of Orphanet's band, adult onset ages and a sex ratio, and stands as one candidate with
the Orphanet entry it unites. Alzheimer disease (MONDO:0004975) ranks OMIM:104300, whose only
signs were dementia, parkinsonism and brain findings, with its sourced memory findings and an
onset range from 60: progressive memory loss in an older person now finds it among the first
candidates (it was sixth before the profile)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank

ALS = "MONDO:0004976"
ALZHEIMER = "MONDO:0004975"


@pytest.mark.parametrize("question", [
    "My 66 year old mum's speech has become slurred, she chokes when she swallows, and her "
    "tongue twitches.",
    "62 year old man with progressive asymmetric limb weakness, muscle wasting, widespread "
    "fasciculations and brisk reflexes with an extensor plantar; sensation normal.",
])
def test_upper_and_lower_motor_signs_in_later_life_put_als_first(engine: Engine,
                                                                 question: str) -> None:
    assert answer_rank(engine, question, ALS) == 0


def test_als_profile_carries_its_sourced_prevalence(engine: Engine) -> None:
    question = "Muscle wasting and twitching with brisk reflexes and slurred speech."
    candidates = engine.ask(question, top=10).ranking.candidates
    als = next(c for c in candidates if ALS in {c.id, *c.ids})
    assert "ORPHA:803" in {als.id, *als.ids}
    assert als.prevalence is not None
    assert als.prevalence.per_100000 == pytest.approx(5.4)
    assert "PMID:23860588" in als.prevalence.references


def test_als_onset_ages_weigh_a_teenager_down(engine: Engine) -> None:
    # The same bulbar complaint: first for a woman of 66, out of the first three at 15, below
    # the profile's adult onset range.
    template = ("My {age} year old {who}'s speech has become slurred, {she} chokes when {she} "
                "swallows, and {her} tongue twitches.")
    old = template.format(age=66, who="mum", she="she", her="her")
    young = template.format(age=15, who="son", she="he", her="his")
    assert answer_rank(engine, old, ALS) == 0
    # At 15 the profile's onset ages weigh it down (to well under half its share at 66); it
    # may still lead, since a twitching tongue with bulbar signs is what its sheet describes
    # (the site of a sheet finding lifts it, h-ranker14) and the look-alikes are adult-onset too.
    assert _share(engine, young, ALS) < 0.5 * _share(engine, old, ALS)


def _share(engine: Engine, question: str, disease: str) -> float:
    candidates = engine.ask(question, top=10).ranking.candidates
    return next((c.probability for c in candidates if disease in {c.id, *c.ids}), 0.0)


def test_progressive_memory_loss_with_disorientation_finds_alzheimer(engine: Engine) -> None:
    question = ("Progressive cognitive decline with memory impairment and disorientation in time "
                "and place.")
    assert answer_rank(engine, question, ALZHEIMER) <= 3
    assert answer_rank(engine, question, "OMIM:104300") == answer_rank(engine, question, ALZHEIMER)


def test_alzheimer_profile_carries_its_population_prevalence(engine: Engine) -> None:
    candidates = engine.ask("80 year old with dementia and memory impairment.",
                            top=10).ranking.candidates
    assert candidates[0].id == ALZHEIMER or ALZHEIMER in candidates[0].ids
    assert candidates[0].prevalence is not None
    assert candidates[0].prevalence.per_100000 == pytest.approx(4020)
    assert "PMID:27307128" in candidates[0].prevalence.references
