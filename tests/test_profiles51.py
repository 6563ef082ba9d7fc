"""Profile of h-profiles51: acute aortic dissection (issue 13's acute emergencies).

MONDO has no aortic dissection concept in the release of ../shared/data, so the profile stands
under MONDO:0005561 'aortic disorder' (as anal fissure stands under 'anus disorder'). It is
urgent, held with the population incidence of the Oxford Vascular Study (6 in 100,000 a year,
PMID:23599348), and its chest pain records the modifier HP:6000049 (pain described as tearing
or ripping), which the reader now reads from "tearing pain", "ripping in character" and the
like. "A tearing pain" used to read Tearfulness, from hp.obo's layperson synonym "Tearing"
(crying); it now reads Pain, joined to its site. A pulse deficit and a difference in blood
pressure between the arms are read as Weak pulse | Absent pulse and Asymmetric blood pressure
between arms."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

DISSECTION = "MONDO:0005561"
ACS = "MONDO:0005542"
TEARING = "HP:6000049"
TEARFULNESS = "HP:0033705"


def test_sudden_tearing_chest_pain_through_to_the_back_finds_dissection_first(
    engine: Engine,
) -> None:
    question = ("A 68 year old woman with high blood pressure had a sudden tearing pain in her "
                "chest going through to her back.")
    assert answer_rank(engine, question, DISSECTION) == 0


def test_unequal_arm_blood_pressure_with_chest_and_back_pain_finds_dissection_first(
    engine: Engine,
) -> None:
    question = ("Severe chest and back pain that started suddenly, with unequal blood pressure "
                "in the arms, in a 72 year old man.")
    assert answer_rank(engine, question, DISSECTION) == 0


def test_a_classic_heart_attack_picture_keeps_acute_coronary_syndrome_first(
    engine: Engine,
) -> None:
    question = ("Crushing chest pressure spreading to my left arm and jaw with sweating and "
                "nausea, I'm 60.")
    assert answer_rank(engine, question, ACS) == 0
    assert answer_rank(engine, question, DISSECTION) > 0


def test_a_tearing_pain_is_a_modifier_not_tearfulness(engine: Engine) -> None:
    question = "I had a tearing pain in my chest."
    reading = engine.interpret(question)
    assert TEARING in [m.id for m in reading.modifiers]
    found = present_ids(engine, question)
    assert TEARFULNESS not in found
    assert "HP:0100749" in found


def test_ripping_pain_between_the_shoulder_blades_with_fainting_brings_dissection_up(
    engine: Engine,
) -> None:
    # Without an age or a blood pressure, a common faint still comes first (4th at writing).
    question = "Sudden ripping pain between my shoulder blades and then I fainted."
    assert answer_rank(engine, question, DISSECTION) < 5
