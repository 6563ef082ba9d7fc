"""Limb segments named by a joint and stocking numbness (h-sites5, issue 14): below the knee
is the lower leg and above it the thigh, below the elbow the forearm, with "my", "his" or
"the" before the joint; a finding HPO names for no segment keeps the joint's term ("pain just
below the knee"); numbness "in a stocking distribution" is Distal sensory impairment."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

DISTAL_LOWER_LIMB_AMYOTROPHY = "HP:0008944"
SKELETAL_MUSCLE_ATROPHY = "HP:0003202"
PROXIMAL_LOWER_LIMB_WEAKNESS = "HP:0008994"
DISTAL_UPPER_LIMB_WEAKNESS = "HP:0008959"
DISTAL_LOWER_LIMB_WEAKNESS = "HP:0009053"
DISTAL_SENSORY_IMPAIRMENT = "HP:0002936"
HYPOESTHESIA = "HP:0033748"
KNEE_PAIN = "HP:0030839"
PES_CAVUS = "HP:0001761"
CMT1A = "OMIM:118220"


@pytest.mark.parametrize(("text", "term", "general"), [
    ("wasting of the muscles below the knees", DISTAL_LOWER_LIMB_AMYOTROPHY,
     SKELETAL_MUSCLE_ATROPHY),
    ("wasting of the muscles below his knees", DISTAL_LOWER_LIMB_AMYOTROPHY,
     SKELETAL_MUSCLE_ATROPHY),
    ("my muscles below my knees are weak", DISTAL_LOWER_LIMB_WEAKNESS, None),
    ("weakness of the muscles above the knees", PROXIMAL_LOWER_LIMB_WEAKNESS, None),
    ("weak muscles below the elbows", DISTAL_UPPER_LIMB_WEAKNESS, None),
])
def test_a_joint_with_below_or_above_names_the_segment(engine: Engine, text: str, term: str,
                                                       general: str | None) -> None:
    ids = present_ids(engine, text)
    assert term in ids
    if general is not None:
        assert general not in ids


@pytest.mark.parametrize("text", ["pain just below the knee", "pain below my knee"])
def test_a_finding_without_a_segment_term_keeps_the_joint(engine: Engine, text: str) -> None:
    assert KNEE_PAIN in present_ids(engine, text)


@pytest.mark.parametrize("text", [
    "numbness in a stocking distribution",
    "numbness in a glove and stocking distribution",
    "glove and stocking numbness",
])
def test_stocking_numbness_is_distal_sensory_impairment(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert DISTAL_SENSORY_IMPAIRMENT in ids
    assert HYPOESTHESIA not in ids


def test_a_length_dependent_neuropathy_question(engine: Engine) -> None:
    question = ("wasting of the muscles below the knees, high arched feet and numbness in a "
                "stocking distribution; my father had the same")
    assert {DISTAL_LOWER_LIMB_AMYOTROPHY, PES_CAVUS,
            DISTAL_SENSORY_IMPAIRMENT} <= present_ids(engine, question)
    assert answer_rank(engine, question, CMT1A, top=3) < 3


SHOULDER_GIRDLE_WEAKNESS = "HP:0003547"
GENERALIZED_MUSCLE_WEAKNESS = "HP:0003324"
GENITAL_BLISTERING = "HP:0031464"
SKIN_VESICLE = "HP:0200037"


@pytest.mark.parametrize("text", ["weakness of the shoulders", "shoulder weakness",
                                  "shoulder girdle muscle weakness"])
def test_a_site_weakness_keeps_no_generalized_reading(engine: Engine, text: str) -> None:
    ids = present_ids(engine, text)
    assert SHOULDER_GIRDLE_WEAKNESS in ids
    assert GENERALIZED_MUSCLE_WEAKNESS not in ids


def test_other_readings_of_a_word_narrowed_by_a_site_stay(engine: Engine) -> None:
    assert {GENITAL_BLISTERING, SKIN_VESICLE} <= present_ids(engine, "blisters on my genitals")
