"""Whose finding, and words that say when (text/persons.py, text/triggers.py), on the real
engine."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize
from whatcauses.text.persons import mentions, others
from whatcauses.text.triggers import activity_slots, trigger_clauses, wakes_someone

from .readings import present_ids

TREMOR, FATIGUE, INSOMNIA, JUMPING = "HP:0001337", "HP:0012378", "HP:0100785", "HP:5200134"
SCALING_SKIN, DOMINANT, BACK_PAIN = "HP:0040189", "HP:0000006", "HP:0003418"


def test_someone_elses_finding_is_not_the_askers(engine: Engine) -> None:
    reading = engine.interpret("My husband has back pain and I'm tired all the time.")
    assert {i for f in reading.findings for i in f.ids} == {FATIGUE}
    assert any(BACK_PAIN in f.ids for f in reading.others_findings)
    assert reading.sex is None  # "husband" says nothing of the asker's sex
    assert any(m["kind"] == "someone else's finding" for m in reading.mappings())


def test_a_blood_relatives_finding_stays_as_family_history(engine: Engine) -> None:
    # The ranking has no other channel for a relative's condition, so it stays a finding;
    # the relative's noun no longer gives the asker's sex.
    reading = engine.interpret("My mum has an underactive thyroid and I'm tired all the time.")
    assert FATIGUE in {i for f in reading.findings for i in f.ids}
    assert reading.sex is None
    assert not reading.others_findings


def test_a_relative_alone_is_the_patient(engine: Engine) -> None:
    reading = engine.interpret("My father has a tremor in his hands.")
    assert reading.findings and not reading.others_findings
    assert reading.sex == "male"


def test_the_same_finding_as_a_relative_is_the_askers_once(engine: Engine) -> None:
    reading = engine.interpret("My hands shake when I hold a cup and my father had the same shake.")
    groups = [f for f in reading.findings if f.is_group]
    assert TREMOR in present_ids(engine, "I have the same tremor as my father.")
    assert not groups  # the relative's "shake" (Tremor | Chills) is the asker's tremor again
    assert DOMINANT in reading.inheritance_modes


def test_a_relative_sharing_a_finding_is_family_history(engine: Engine) -> None:
    reading = engine.interpret("I have a tremor and my father has a tremor.")
    assert DOMINANT in reading.inheritance_modes


def test_the_patients_relative_is_someone_else_when_a_relative_is_the_patient() -> None:
    tokens = tokenize("Fever in my son, and his sister had a cough last week.")
    stretches = mentions(tokens, frozenset({"son", "sister"}))
    assert [s.mention.word for s in stretches] == ["sister"]  # "in my son" is no subject
    fever, cough = [1], [12]
    assert [s.mention.word for s in others(tokens, stretches, [fever, cough])] == ["sister"]


def test_a_stretch_about_him_is_not_the_askers() -> None:
    tokens = tokenize("My son has a fever and I noticed a rash on his chest.")
    stretches = mentions(tokens, frozenset({"son"}))
    fever, rash = [4], [9]
    assert others(tokens, stretches, [fever, rash]) == []


def test_an_activity_of_a_trigger_clause_is_no_finding(engine: Engine) -> None:
    assert JUMPING not in present_ids(engine, "My knee hurts when I run or jump.")
    tokens = tokenize("my knee hurts when she has a fever")
    clauses = trigger_clauses(tokens, frozenset())
    assert [list(c) for c in clauses] == [[3, 4, 5, 6, 7]]
    assert 7 not in activity_slots(tokens, clauses, frozenset({"and", "or"}))


def test_a_finding_that_wakes_the_person_is_timed_not_insomnia(engine: Engine) -> None:
    reading = engine.interpret("The pain in my foot wakes me at night.")
    assert INSOMNIA not in {i for f in reading.findings for i in f.ids}
    assert "HP:0025238" in {i for f in reading.findings for i in f.ids}  # Foot pain
    assert not reading.unrecognized
    assert INSOMNIA in present_ids(engine, "I keep waking at night.")
    assert wakes_someone(tokenize("it keeps him awake"), [1])


def test_describing_words_after_is_share_the_noun(engine: Engine) -> None:
    assert SCALING_SKIN in present_ids(engine, "My skin is red and peeling.")
    assert SCALING_SKIN in present_ids(
        engine, "The skin behind my knees is red, scaly and weeping.")
