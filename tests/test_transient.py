"""Passing episodes and things seen (h-reader36, issue 14): a focal deficit that lasted minutes
and went back to normal reads its transient term (text/transient.py); worms seen in the stool
and lice seen in the hair read their HPO terms (lay_terms.yaml); everyday efforts ("when I
hurry", "when I do the gardening") are exertion circumstances (body_sites.yaml)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.transient import passing_sentences

from .readings import answer_rank, present_ids

TIA = "HP:0002326"
AMAUROSIS_FUGAX = "HP:0100576"
INTESTINAL_WORM = "HP:6001038"
PEDICULOSIS_CAPITIS = "HP:6000743"


@pytest.mark.parametrize("text", [
    "my arm went weak for twenty minutes then was completely back to normal",
    "his speech was slurred for about 10 minutes, then it went away",
    "my left arm and leg went numb for half an hour, now i feel fine",
])
def test_a_brief_recovered_sentence_is_passing(text: str) -> None:
    assert passing_sentences(text)


@pytest.mark.parametrize("text", [
    "my arm has been weak for 3 days",  # days: not brief
    "my arm went weak twenty minutes ago",  # no recovery
    "my arm went weak for twenty minutes. it's fine now.",  # recovery in another sentence
])
def test_no_passing_sentence_without_both_marks(text: str) -> None:
    assert not passing_sentences(text)


def test_a_deficit_gone_within_minutes_reads_a_tia_and_leads_to_it(engine: Engine) -> None:
    question = "my arm went weak for twenty minutes then was completely back to normal"
    assert TIA in present_ids(engine, question)
    assert answer_rank(engine, question, "MONDO:0005264") == 0


def test_a_deficit_still_there_reads_no_tia(engine: Engine) -> None:
    assert TIA not in present_ids(
        engine, "my arm has been weak for twenty minutes and it's not better")
    assert TIA not in present_ids(engine, "my arm has been weak for 3 days")


def test_sight_that_came_back_reads_amaurosis_fugax(engine: Engine) -> None:
    question = ("I suddenly lost the sight in one eye for a few minutes and then it came back")
    found = present_ids(engine, question)
    assert AMAUROSIS_FUGAX in found and TIA not in found


def test_a_negated_deficit_adds_nothing(engine: Engine) -> None:
    found = present_ids(
        engine, "no weakness in my arm, the headache lasted 20 minutes and went away")
    assert TIA not in found


def test_worms_seen_in_the_stool_lead_to_threadworm(engine: Engine) -> None:
    question = "I can see little white worms in his poo"
    assert INTESTINAL_WORM in present_ids(engine, question)
    assert answer_rank(engine, question, "MONDO:0005746") == 0


def test_lice_seen_in_the_hair_lead_to_head_lice(engine: Engine) -> None:
    question = "my daughter's scalp is itching and there are lice in her hair"
    assert PEDICULOSIS_CAPITIS in present_ids(engine, question)
    assert answer_rank(engine, question, "MONDO:0003471") == 0


@pytest.mark.parametrize("question", [
    "I get chest pain when I do the gardening",
    "chest pain when I hurry for the bus",
    "tight chest when I carry heavy shopping",
])
def test_an_everyday_effort_makes_chest_pain_angina(engine: Engine, question: str) -> None:
    assert "HP:0001681" in present_ids(engine, question)  # Angina pectoris


def test_an_everyday_effort_makes_breathlessness_exertional(engine: Engine) -> None:
    exertional_dyspnea = "HP:0002875"
    assert exertional_dyspnea in present_ids(engine, "I get out of breath when I hurry")


def test_a_passing_deficit_with_a_headache_is_left_to_migraine(engine: Engine) -> None:
    question = ("I lost part of my vision for half an hour then it came back and a bad headache "
                "started")
    found = present_ids(engine, question)
    assert AMAUROSIS_FUGAX not in found and TIA not in found


def test_passing_out_is_no_recovery() -> None:
    assert not passing_sentences("i passed out for a minute and my arm was weak")


@pytest.mark.parametrize("question", [
    "my leg went numb for a few minutes after sitting on it, then it went away",
    "my hand went numb for ten minutes after I slept on my arm, it is fine now",
    "my foot went to sleep for five minutes and then it was back to normal",
])
def test_a_limb_numb_under_pressure_is_no_passing_deficit(engine: Engine, question: str) -> None:
    assert TIA not in present_ids(engine, question)


def test_sitting_on_a_sofa_is_no_pressure_on_a_limb(engine: Engine) -> None:
    question = ("my left arm and face went numb for 15 minutes while sitting on the sofa, "
                "then it went away")
    assert TIA in present_ids(engine, question)
