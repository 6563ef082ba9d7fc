"""Lay wordings of six classes (h-lay10, issue 14): cataplexy in plain words, a purple or
dark red birthmark (port-wine stain), fever in attacks or episodes, weakness in attacks or of
all four limbs that passed within hours (Periodic paralysis), a bright red raised or spongy
mark (Hemangioma), and a finding a denied family history says no relative has ("nobody else
in the family is deaf"), which is not the person's own."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids

CATAPLEXY = "HP:0002524"
NEVUS_FLAMMEUS = "HP:0001052"
RECURRENT_FEVER = "HP:0001954"
PERIODIC_PARALYSIS = "HP:0003768"
TETRAPLEGIA = "HP:0002445"
HEMANGIOMA = "HP:0001028"
HEARING_IMPAIRMENT = "HP:0000365"
SEIZURE = "HP:0001250"
TIA = "HP:0002326"


@pytest.mark.parametrize("question", [
    "my legs give way when I laugh and I am sleepy all day",
    "his legs give way when he is startled",
    "my knees go weak when I laugh",
])
def test_limbs_giving_way_with_laughter_or_a_startle_are_cataplexy(
        engine: Engine, question: str) -> None:
    assert CATAPLEXY in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "our baby has a purple birthmark on his cheek",
    "she was born with a dark red birthmark on her arm",
])
def test_a_purple_or_dark_red_birthmark_is_a_port_wine_stain(
        engine: Engine, question: str) -> None:
    assert NEVUS_FLAMMEUS in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "I get attacks of fever every month",
    "episodes of high temperature with joint pain",
    "bouts of fever since childhood",
])
def test_fever_in_attacks_or_episodes_is_recurrent_fever(engine: Engine, question: str) -> None:
    assert RECURRENT_FEVER in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "I get attacks of weakness after big meals",
    "I couldn't move my arms and legs for two hours, then it went away",
    "I felt weak all over for a few hours then was back to normal",
])
def test_weakness_in_attacks_or_passing_within_hours_is_periodic_paralysis(
        engine: Engine, question: str) -> None:
    assert PERIODIC_PARALYSIS in present_ids(engine, question)


def test_a_focal_passing_deficit_stays_a_tia_and_a_bare_weak_is_no_paralysis(
        engine: Engine) -> None:
    focal = present_ids(engine, "my arm went weak for twenty minutes then was back to normal")
    assert TIA in focal and PERIODIC_PARALYSIS not in focal
    assert PERIODIC_PARALYSIS not in present_ids(
        engine, "I felt weak for a few minutes then it passed")
    assert PERIODIC_PARALYSIS not in present_ids(engine, "I can't move my arms and legs")


@pytest.mark.parametrize("question", [
    "my 6 week old has a bright red raised spongy lump on her arm",
    "a strawberry mark on my baby's back",
    "a red spongy lump on his scalp",
])
def test_a_bright_red_raised_or_spongy_mark_is_a_hemangioma(
        engine: Engine, question: str) -> None:
    assert HEMANGIOMA in present_ids(engine, question)


@pytest.mark.parametrize(("question", "denied"), [
    ("my son keeps getting ear infections, nobody else in the family is deaf",
     HEARING_IMPAIRMENT),
    ("my son has ear infections, no one in my family has seizures", SEIZURE),
])
def test_a_finding_no_relative_has_is_not_the_persons_own(
        engine: Engine, question: str, denied: str) -> None:
    assert denied not in present_ids(engine, question)
    reading = engine.interpret(question)
    assert not any(denied in f.ids for f in reading.own)
    assert not any(denied in f.ids for f in reading.family_findings)


def test_the_persons_own_finding_beside_a_denial_stays_theirs(engine: Engine) -> None:
    assert SEIZURE in present_ids(engine, "nobody in the family knows why I have seizures")
    assert SEIZURE in finding_ids(engine, "I have seizures but nobody else in the family does")
