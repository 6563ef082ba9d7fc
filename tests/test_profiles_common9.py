"""Everyday musculoskeletal, skin and environmental conditions that had no profile
(h-common9, issue 12): cervical spondylosis, trigger finger, Achilles tendinopathy, nappy rash,
insect sting allergy, papular urticaria, cholinergic and cold urticaria. Each is read from a
plain question and answered under its own name."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import condition_profile_index

from .readings import answer_rank, modifier_ids, present_ids

CERVICAL_SPONDYLOSIS = "MONDO:0008481"
TRIGGER_FINGER = "MONDO:0004855"
ACHILLES = "MONDO:0004857"
NAPPY_RASH = "MONDO:0006564"
STING_ALLERGY = "MONDO:0007831"
PAPULAR_URTICARIA = "MONDO:0043254"
CHOLINERGIC_URTICARIA = "MONDO:0006534"
COLD_URTICARIA = "MONDO:0022799"
ATOPIC_ECZEMA = "MONDO:0004980"
PLANTAR_FASCIITIS = "MONDO:0004833"

TRIGGER_FINGER_TERM = "HP:0012276"  # Digital flexor tenosynovitis (synonym "Trigger finger")
TRIGGERED_BY_COLD = "HP:0025206"


def test_the_profiles_carry_their_defining_finding() -> None:
    index = condition_profile_index()
    defining = {
        CERVICAL_SPONDYLOSIS: "HP:0008480",  # Cervical spondylosis
        TRIGGER_FINGER: TRIGGER_FINGER_TERM,
        ACHILLES: "HP:0025273",  # Achilles tendonitis
        NAPPY_RASH: "HP:0010783",  # Erythema
        PAPULAR_URTICARIA: "HP:0410339",  # Insect bite allergy
        CHOLINERGIC_URTICARIA: "HP:0001025",  # Urticaria
        COLD_URTICARIA: "HP:0410135",  # Cold urticaria
    }
    for mondo, hpo in defining.items():
        obligate = {f.hpo for f in index[mondo].findings if f.frequency == "obligate"}
        assert hpo in obligate, mondo
    # The same disease as phenotype.hpoa's entries, enriched rather than listed twice.
    assert "OMIM:184300" in index[CERVICAL_SPONDYLOSIS].same_as
    assert "OMIM:147540" in index[STING_ALLERGY].same_as


def test_a_sting_reaction_needs_a_sting() -> None:
    exposures = {e.key: e for e in condition_profile_index()[STING_ALLERGY].exposures}
    assert exposures["insect-sting"].necessary


@pytest.mark.parametrize("question", [
    "my ring finger gets stuck bent and clicks when I straighten it",
    "my thumb locks when I bend it",
])
def test_a_locking_finger_reads_trigger_finger(engine: Engine, question: str) -> None:
    assert TRIGGER_FINGER_TERM in present_ids(engine, question)


def test_cold_water_reads_triggered_by_cold(engine: Engine) -> None:
    question = "my skin comes up in hives after swimming in cold water"
    assert modifier_ids(engine, question) == [TRIGGERED_BY_COLD]


@pytest.mark.parametrize(("question", "disease"), [
    ("I'm 62 and my neck has been stiff and aching for months", CERVICAL_SPONDYLOSIS),
    ("my ring finger gets stuck bent and clicks when I straighten it", TRIGGER_FINGER),
    ("my baby's bottom is red and sore where the nappy touches", NAPPY_RASH),
    ("got stung by a wasp yesterday and now my whole forearm is swollen, red and itchy",
     STING_ALLERGY),
    ("I get tiny itchy hives all over when I exercise or get hot", CHOLINERGIC_URTICARIA),
])
def test_everyday_complaints_answer_their_condition_first(
        engine: Engine, question: str, disease: str) -> None:
    assert answer_rank(engine, question, disease, top=3) == 0


@pytest.mark.parametrize(("question", "disease"), [
    ("itchy red bumps from insect bites that keep coming back on my child's arms and legs",
     PAPULAR_URTICARIA),
    ("pain and stiffness at the back of my heel above the heel bone, worse when I start running",
     ACHILLES),
])
def test_bite_bumps_and_achilles_pain_are_among_the_first(
        engine: Engine, question: str, disease: str) -> None:
    assert answer_rank(engine, question, disease, top=3) < 3


def test_the_new_profiles_leave_eczema_and_heel_pain_to_their_own(engine: Engine) -> None:
    # The hives profiles do not take an itchy rash in the skin creases from atopic eczema, nor
    # Achilles tendinopathy the pain under the heel from plantar fasciitis.
    assert answer_rank(engine, "dry itchy rash in the creases of my elbows and behind my knees",
                       ATOPIC_ECZEMA, top=3) == 0
    assert answer_rank(engine, "pain at the bottom of my heel first thing in the morning",
                       PLANTAR_FASCIITIS, top=3) == 0


def test_a_sting_reaction_without_a_sting_is_not_first(engine: Engine) -> None:
    assert answer_rank(engine, "my forearm is swollen, red and itchy", STING_ALLERGY,
                       top=3) > 0
