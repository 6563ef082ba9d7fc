"""When a complaint comes and what brings it on or eases it (h-triggers, issues 13 and 14):
a complaint said by where and when is one finding with both readings (text/sites.py), a
relief is no trigger and the evening, lying flat and a sharp pain are modifiers
(text/modifiers.py), a complaint shared with the household and dairy foods are exposures
(text/exposures.py, curated/exposures.yaml)."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.text.modifiers import (
    LYING_FLAT,
    NOCTURNAL,
    SHARP,
    TRIGGERED_BY_EXERTION,
    WORSE_IN_EVENING,
)

from .readings import answer_rank, modifier_ids, present_ids

MORNING_STIFFNESS = "HP:0005197"  # Generalized morning stiffness
SPINAL_RIGIDITY = "HP:0003306"
ANKYLOSING_SPONDYLITIS = "OMIM:106300"
EMERY_DREIFUSS_X = "ORPHA:98863"
SCABIES = "MONDO:0004525"
LACTOSE_INTOLERANCE = "MONDO:0006065"
ORTHOPNEA = "HP:0012764"


def _exposure_keys(engine: Engine, question: str) -> list[tuple[str, bool]]:
    return [(x.key, x.negated) for x in engine.interpret(question).exposures]


def test_a_complaint_said_by_where_and_when_is_one_finding_with_both_readings(
        engine: Engine) -> None:
    reading = engine.interpret("my back is stiff every morning for over an hour")
    stiff = [f for f in reading.findings if MORNING_STIFFNESS in f.ids]
    assert len(stiff) == 1
    # The time's term first, the place's reading kept in the same group: the stiffness is
    # counted once, so a disease known for a rigid spine does not get it twice.
    assert stiff[0].ids[0] == MORNING_STIFFNESS and SPINAL_RIGIDITY in stiff[0].ids
    assert not [f for f in reading.findings if SPINAL_RIGIDITY in f.ids and f is not stiff[0]]


def test_morning_back_stiffness_in_a_young_adult_names_ankylosing_spondylitis(
        engine: Engine) -> None:
    question = ("my back is stiff every morning for over an hour and gets better when I "
                "move about, I'm 28")
    assert answer_rank(engine, question, ANKYLOSING_SPONDYLITIS) < 3
    assert answer_rank(engine, question, EMERY_DREIFUSS_X) > 0


def test_a_relief_is_no_trigger(engine: Engine) -> None:
    assert TRIGGERED_BY_EXERTION not in modifier_ids(
        engine, "my legs ache and it's better when I walk about")
    assert TRIGGERED_BY_EXERTION not in modifier_ids(
        engine, "the pain eases when I walk")
    # Still a trigger when nothing eases it; a time is no trigger and stays.
    assert TRIGGERED_BY_EXERTION in modifier_ids(engine, "my calves hurt when I walk")
    assert NOCTURNAL in modifier_ids(engine, "the itch is better in the day, worse at night")


def test_the_evening_lying_flat_and_a_sharp_pain_are_modifiers(engine: Engine) -> None:
    assert WORSE_IN_EVENING in modifier_ids(engine, "my legs ache in the evenings")
    assert LYING_FLAT in modifier_ids(engine, "chest pain that is worse when I lie down")
    assert SHARP in modifier_ids(engine, "a sharp pain in my chest")
    assert SHARP in modifier_ids(engine, "stabbing chest pain")
    # "lie down" alone eases a migraine; "sharp" of something else is no pain.
    assert LYING_FLAT not in modifier_ids(engine, "a headache and I have to lie down")
    assert SHARP not in modifier_ids(engine, "I cut myself on something sharp")
    # Breathlessness lying flat is Orthopnea, a finding, and no pain's modifier.
    assert LYING_FLAT not in modifier_ids(engine, "short of breath when I lie flat")
    assert present_ids(engine, "short of breath when I lie flat") == {ORTHOPNEA}


def test_a_complaint_shared_with_the_household_is_a_contact_with_the_ill(
        engine: Engine) -> None:
    for question in ("itchy bumps between my fingers, my partner has it too",
                     "me and the children all have an itchy rash",
                     "my whole family has itchy skin that is worse at night"):
        assert ("sick-contacts", False) in _exposure_keys(engine, question), question
    for question in ("my partner doesn't have it but I have an itchy rash",
                     "I have an itchy rash and my partner says it's eczema",
                     "my husband has a cold",
                     "it runs in the family, my partner's father had the same",
                     "I have two kids and I'm tired all the time",
                     "my dad has the same itchy rash"):
        assert "sick-contacts" not in dict(_exposure_keys(engine, question)), question
    assert answer_rank(engine, "itchy bumps between my fingers, my partner has it too",
                       SCABIES) == 0


def test_dairy_foods_are_read_as_the_trigger_and_lift_lactose_intolerance(
        engine: Engine) -> None:
    assert ("dairy-foods", False) in _exposure_keys(
        engine, "diarrhoea and cramps after drinking milk")
    assert "dairy-foods" not in dict(_exposure_keys(engine, "I have a milk allergy"))
    assert "dairy-foods" not in dict(_exposure_keys(engine, "my baby is on formula milk"))
    question = "I get bloated, gassy and have loose stools whenever I have dairy"
    assert answer_rank(engine, question, LACTOSE_INTOLERANCE) == 0
    without = answer_rank(engine, "diarrhoea and cramps", LACTOSE_INTOLERANCE, top=30)
    with_milk = answer_rank(engine, "diarrhoea and cramps after drinking milk",
                            LACTOSE_INTOLERANCE, top=30)
    assert with_milk < without


def test_a_profile_recording_the_modifier_rises_with_it(engine: Engine) -> None:
    pericarditis = "MONDO:0005904"
    plain = answer_rank(engine, "chest pain", pericarditis, top=40)
    lying = answer_rank(engine, "sharp chest pain that is worse when I lie flat", pericarditis,
                        top=40)
    assert lying < plain
    fits = [c for c in engine.ask("sharp chest pain that is worse when I lie flat",
                                  top=40).ranking.candidates if pericarditis in {c.id, *c.ids}]
    assert {f.modifier for f in fits[0].modifier_fits} == {LYING_FLAT, SHARP}


def test_exertion_said_of_another_person_is_read_and_lifts_asthma(engine: Engine) -> None:
    assert TRIGGERED_BY_EXERTION in modifier_ids(engine, "my son coughs when he runs around")
    asthma = "MONDO:0004979"
    assert answer_rank(engine, "my son coughs at night and when he runs around", asthma) == 0
