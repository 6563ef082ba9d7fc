"""Profiles of h-profiles52 (issue 13): cardinal findings that common profiles lacked.

Primary hyperparathyroidism gains thirst, passing much urine and constipation (NICE NG132
names them as the symptoms of hypercalcaemia that should prompt a calcium test); diverticulitis
a raised C-reactive protein (PMID:17573742); childhood nephrotic syndrome swollen eyelids and
face (Orphanet ORPHA:567546, the form that later stops responding to steroids, now listed under
``includes``); migraine with aura a one-sided headache (ICHD-3); trichomoniasis and pelvic
inflammatory disease a vaginal discharge; restless legs and carpal tunnel syndrome their
night-time worsening (modifier Nocturnal). The ovarian cyst figure (14% of women of 55-74 in a
cancer screening trial's ultrasound) is marked as measured in one population."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import ConditionProfile, load_condition_profiles

from .readings import answer_rank

HYPERPARATHYROIDISM = "MONDO:0010837"
DIVERTICULITIS = "MONDO:0001674"
NEPHROTIC = "MONDO:0019067"
MIGRAINE_AURA = "MONDO:0005475"
OVARIAN_CYST = "MONDO:0003282"
RESTLESS_LEGS = "MONDO:0005391"
CARPAL_TUNNEL = "MONDO:0007275"
UNILATERAL = "HP:0012833"
NOCTURNAL = "HP:0025301"


def _profile(disease_id: str) -> ConditionProfile:
    return next(p for p in load_condition_profiles() if p.id == disease_id)


def _finding_ids(disease_id: str) -> set[str]:
    return {f.hpo for f in _profile(disease_id).findings}


def test_the_added_findings_are_in_the_profiles() -> None:
    assert {"HP:0001959", "HP:0000103", "HP:0002019"} <= _finding_ids(HYPERPARATHYROIDISM)
    assert "HP:0011227" in _finding_ids(DIVERTICULITIS)
    assert {"HP:0100540", "HP:0000282"} <= _finding_ids(NEPHROTIC)
    assert "ORPHA:567546" in _profile(NEPHROTIC).includes
    assert "HP:0034269" in _finding_ids("MONDO:0002154")  # trichomoniasis
    assert "HP:0034269" in _finding_ids("MONDO:0000922")  # pelvic inflammatory disease


def test_the_added_modifiers_are_recorded() -> None:
    headache = next(f for f in _profile(MIGRAINE_AURA).findings if f.hpo == "HP:0002315")
    assert UNILATERAL in headache.modifiers
    legs = next(f for f in _profile(RESTLESS_LEGS).findings if f.hpo == "HP:0012452")
    assert NOCTURNAL in legs.modifiers
    hand = next(f for f in _profile(CARPAL_TUNNEL).findings if f.hpo == "HP:0033660")
    assert NOCTURNAL in hand.modifiers


def test_the_ovarian_cyst_screening_figure_is_marked_as_one_population() -> None:
    assert _profile(OVARIAN_CYST).prevalence.setting == "one population"


def test_thirst_much_urine_and_constipation_with_high_calcium_find_hyperparathyroidism(
    engine: Engine,
) -> None:
    question = "62 year old woman with polyuria, polydipsia, constipation and raised calcium"
    assert answer_rank(engine, question, HYPERPARATHYROIDISM) < 3


def test_left_lower_pain_fever_and_a_raised_crp_bring_up_diverticulitis(engine: Engine) -> None:
    question = "70 year old with left lower abdominal pain, fever and raised CRP"
    assert answer_rank(engine, question, DIVERTICULITIS) < 3


def test_a_small_child_with_puffy_eyelids_and_protein_in_the_urine_finds_nephrotic_syndrome(
    engine: Engine,
) -> None:
    question = "3 year old boy with swollen eyelids, swollen legs and protein in his urine"
    assert answer_rank(engine, question, NEPHROTIC) < 3
