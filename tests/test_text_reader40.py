"""Lay wordings the reader left unread (h-reader40, issue 14): a part "killing" someone
hurts; a size word said of the tonsils; a memory said to be bad; a knee that locks; a site
run into "ache" ("stomachache", the misspelt "stomache" where it is a noun of its own, the
site where it is a place); a chest that is the place of blisters or a rash does not burn
inside (no heartburn); "whenever" times a finding as "when" does; nearly passing out; a typo
is the word that keeps the letters typed; a lay word with its "'s" reads as it does alone."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

ABDOMINAL_PAIN = "HP:0002027"
ABDOMINAL_CRAMPS = "HP:0032155"
EAR_PAIN = "HP:0030766"
HEADACHE = "HP:0002315"
BACK_PAIN = "HP:0003418"
ENLARGED_TONSILS = "HP:0030812"
MEMORY_IMPAIRMENT = "HP:0002354"
KNEE_MOBILITY = "HP:0010501"
REFLUX = "HP:0002020"
SKIN_VESICLE = "HP:0200037"
ORTHOSTATIC_HYPOTENSION = "HP:0001278"
PRESYNCOPE = "HP:0031972"
SYNCOPE = "HP:0001279"


@pytest.mark.parametrize(("text", "term"), [
    ("my sons ear is killing him", EAR_PAIN),
    ("my head is killing me", HEADACHE),
    ("my back has been killing me for weeks", BACK_PAIN),
])
def test_a_part_killing_someone_hurts(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


@pytest.mark.parametrize("text", [
    "my daughter's tonsils are huge", "she has big tonsils", "his tonsils look enormous",
    "her tonsils are massive"])
def test_a_size_word_said_of_the_tonsils(engine: Engine, text: str) -> None:
    assert ENLARGED_TONSILS in present_ids(engine, text)


@pytest.mark.parametrize("text", [
    "my memory has been awful since the accident", "my memory is bad", "he has a terrible memory"])
def test_a_memory_said_to_be_bad(engine: Engine, text: str) -> None:
    assert MEMORY_IMPAIRMENT in present_ids(engine, text)


def test_not_remembering_when_is_no_memory_finding(engine: Engine) -> None:
    assert MEMORY_IMPAIRMENT not in present_ids(
        engine, "I can't remember when it started but I have had a cough for ages")


def test_a_knee_that_locks(engine: Engine) -> None:
    assert KNEE_MOBILITY in present_ids(engine, "my knee keeps locking on the stairs")
    assert KNEE_MOBILITY not in present_ids(engine, "the door locks behind me and I feel sick")


@pytest.mark.parametrize("text", [
    "I have a stomachache", "a tummyache since lunch", "ive had a really bad stomache and the runs",
    "I get stomaches a lot"])
def test_a_site_run_into_ache_is_its_pain(engine: Engine, text: str) -> None:
    assert ABDOMINAL_PAIN in present_ids(engine, text)


def test_the_misspelt_site_before_a_word_of_its_own_stays_the_site(engine: Engine) -> None:
    # "stomache cramps" keeps its one finding (cramps of the stomach), read with the site.
    assert ABDOMINAL_CRAMPS in present_ids(engine, "stomache cramps after eating")
    reading = engine.interpret("pain in my upper stomache")
    assert [c.corrected for c in reading.corrections] == ["stomach"]


@pytest.mark.parametrize("text", [
    "a band of blisters across my chest and it burns", "blisters on my chest, burning",
    "a rash on my chest that burns"])
def test_a_burning_lesion_on_the_chest_is_no_heartburn(engine: Engine, text: str) -> None:
    assert REFLUX not in present_ids(engine, text)


def test_a_burning_in_the_chest_apart_from_a_lesion_is_still_heartburn(engine: Engine) -> None:
    assert SKIN_VESICLE in present_ids(engine, "a band of blisters across my chest and it burns")
    assert REFLUX in present_ids(engine, "I have a rash on my arm and burning in my chest")
    assert REFLUX in present_ids(engine, "burning in my chest after I eat")


def test_whenever_times_a_finding_as_when_does(engine: Engine) -> None:
    assert ORTHOSTATIC_HYPOTENSION in present_ids(engine, "I go dizzy whenever I stand up")


def test_nearly_passing_out_is_no_faint(engine: Engine) -> None:
    found = present_ids(engine, "sometimes I nearly pass out")
    assert PRESYNCOPE in found
    assert SYNCOPE not in found


WHEEZING = "HP:0030828"
NOCTURIA = "HP:0000017"
HYPOESTHESIA = "HP:0033748"


def test_a_typo_keeps_the_letters_typed(engine: Engine) -> None:
    # "weezing" is one edit from "wheezing" and from "weeing": the "z" was typed.
    found = present_ids(engine, "weezing at night")
    assert WHEEZING in found
    assert NOCTURIA not in found
    assert HYPOESTHESIA in present_ids(engine, "numbess in my hand")


@pytest.mark.parametrize(("text", "term"), [
    ("my tummy's been upset for days", ABDOMINAL_PAIN),
    ("my tummy's sore", ABDOMINAL_PAIN),
])
def test_a_lay_word_with_its_s_reads_as_alone(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_describing_words_after_is_share_a_noun_that_is_no_site(engine: Engine) -> None:
    found = present_ids(engine, "my periods are heavy and painful")
    assert {"HP:0000132", "HP:0100607"} <= found  # Menorrhagia, Dysmenorrhea


@pytest.mark.parametrize(("text", "term"), [
    ("I have a crick in my neck", "HP:0030833"),
    ("I've got a dodgy tummy", ABDOMINAL_PAIN),
    ("my throat is killing me and my glands are up", "HP:0002716"),
])
def test_british_everyday_wordings(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_glands_that_are_fine_are_not_up(engine: Engine) -> None:
    assert "HP:0002716" not in present_ids(
        engine, "my glands are fine but I woke up with a sore throat")


@pytest.mark.parametrize("text", ["this cough is killing me", "the worry is killing me"])
def test_killing_without_a_part_names_no_pain(engine: Engine, text: str) -> None:
    assert "HP:0012531" not in present_ids(engine, text)


def test_it_carries_the_knee_to_locking(engine: Engine) -> None:
    found = present_ids(engine, "twisted my knee, it swelled up and now it locks")
    assert KNEE_MOBILITY in found
    assert "HP:0001386" in found  # Joint swelling


def test_food_tasting_funny(engine: Engine) -> None:
    assert "HP:0031249" in present_ids(engine, "everything tastes funny since the virus")
