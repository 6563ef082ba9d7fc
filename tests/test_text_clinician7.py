"""The clinician voice, round seven (issue 14, h-clinician7): a sign named after a person said to
be negative ("-ve Romberg", "neg Babinski", "Murphy's -ve") as its positive sign negated; "Ab"
after a test's name as antibody; "intol", "LN"; laboratory values told against the upper limit
of normal ("lipase 3x ULN"), a high ferritin, lipase and low complement in words, and bare white
counts of a leukaemia; through the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, finding_ids, present_ids

ROMBERG, BABINSKI, MURPHY = "HP:0002403", "HP:0003487", "HP:0034753"
FEVER, LYMPHADENOPATHY, HEAT_INTOLERANCE = "HP:0001945", "HP:0002716", "HP:0002046"
ACHR, TPO = "HP:0030208", "HP:0025379"
HIGH_LIPASE, HIGH_ALT, HIGH_CK = "HP:0032932", "HP:0031964", "HP:0003236"
HIGH_AMYLASE = "HP:0410288"
HIGH_FERRITIN, LOW_FERRITIN = "HP:0003281", "HP:0012343"
LOW_C3, LOW_C4, LEUKOCYTOSIS = "HP:0005421", "HP:0045042", "HP:0001974"
ARTHRALGIA, BIG_GALLBLADDER, JVP = "HP:0002829", "HP:0034506", "HP:0030848"
HYPOESTHESIA = "HP:0033748"


def negated_ids(engine: Engine, question: str) -> set[str]:
    return finding_ids(engine, question) - present_ids(engine, question)


@pytest.mark.parametrize(("text", "term"), [
    ("-ve Romberg", ROMBERG),
    ("neg Romberg", ROMBERG),
    ("Romberg -ve", ROMBERG),
    ("Romberg negative", ROMBERG),
    ("neg Babinski", BABINSKI),
    ("Babinski -ve", BABINSKI),
    ("-ve Murphy's", MURPHY),
    ("70M o/e: resting tremor L hand, bradykinesia, rigidity, -ve Romberg", ROMBERG),
])
def test_a_negative_eponymous_sign_is_its_positive_sign_negated(
        engine: Engine, text: str, term: str) -> None:
    assert term in negated_ids(engine, text)
    assert term not in present_ids(engine, text)


def test_positive_signs_and_a_plain_negative_stay_as_they_were(engine: Engine) -> None:
    read = "neg Romberg, +ve Babinski"
    assert BABINSKI in present_ids(engine, read) and ROMBERG in negated_ids(engine, read)
    assert FEVER in negated_ids(engine, "28F c/o dysuria, -ve fever, no loin pain")


@pytest.mark.parametrize(("text", "term"), [
    ("AChR Ab +ve", ACHR),
    ("anti-TPO Abs raised", TPO),
    ("heat intol, tremor", HEAT_INTOLERANCE),
    ("polyarthralgia, malar rash", ARTHRALGIA),
    ("painless jaundice, palpable GB", BIG_GALLBLADDER),
    ("JVP ↑, bibasal creps", JVP),
])
def test_clinicians_abbreviations(engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_ab_is_no_antibody_in_lower_case(engine: Engine) -> None:
    assert ACHR not in present_ids(engine, "sore abs after the gym")


def test_no_ln_and_no_sensory_loss_are_negated(engine: Engine) -> None:
    assert LYMPHADENOPATHY in negated_ids(engine, "O/E: hepatosplenomegaly, no LN")
    assert HYPOESTHESIA in negated_ids(engine, "fasciculations, brisk reflexes, no sensory loss")


@pytest.mark.parametrize(("text", "term"), [
    ("lipase 3x ULN", HIGH_LIPASE),
    ("ALT 5 x ULN", HIGH_ALT),
    ("CK >10xULN", HIGH_CK),
    ("amylase 3 times ULN", HIGH_AMYLASE),
    ("lipase ↑", HIGH_LIPASE),
])
def test_a_multiple_of_the_upper_limit_of_normal_is_high(
        engine: Engine, text: str, term: str) -> None:
    assert term in present_ids(engine, text)


def test_at_or_below_the_upper_limit_says_nothing(engine: Engine) -> None:
    assert HIGH_ALT not in present_ids(engine, "ALT 0.8x ULN")
    assert not present_ids(engine, "lipase 1x ULN")


def test_uln_is_no_count_of_episodes(engine: Engine) -> None:
    # "3x" before a finding is "recurrent" (h-clinician6); before ULN it is a multiple.
    assert HIGH_LIPASE in present_ids(engine, "epigastric pain, lipase 3x ULN")


@pytest.mark.parametrize(("text", "term", "read"), [
    ("ferritin 2400", HIGH_FERRITIN, True),
    ("ferritin 250 ug/L", HIGH_FERRITIN, True),
    ("ferritin 150", HIGH_FERRITIN, False),
    ("ferritin 4", LOW_FERRITIN, True),
    ("low C3", LOW_C3, True),
    ("C3 ↓, C4 low", LOW_C4, True),
    ("WCC 160", LEUKOCYTOSIS, True),
    ("WBC 16,000", LEUKOCYTOSIS, True),
    ("WCC 4500", LEUKOCYTOSIS, False),
])
def test_laboratory_values(engine: Engine, text: str, term: str, read: bool) -> None:
    assert (term in present_ids(engine, text)) is read


@pytest.mark.parametrize(("text", "negated"), [
    ("IVDU, fever, new murmur", False),
    ("PWID with jaundice", False),
    ("injects drugs, tired", False),
    ("no IVDU, fever and murmur", True),
])
def test_injecting_drug_use_is_an_exposure(engine: Engine, text: str, negated: bool) -> None:
    mentions = [m for m in engine.interpret(text).exposures if m.key == "injecting-drug-use"]
    assert mentions and mentions[0].negated is negated


def test_injecting_drugs_weighs_for_hepatitis_c(engine: Engine) -> None:
    assert answer_rank(engine, "jaundice, tired, IVDU", "MONDO:0005231") < answer_rank(
        engine, "jaundice, tired", "MONDO:0005231")


POLYURIA, DYSPNEA, HYPERTENSION, T2DM = "HP:0000103", "HP:0002094", "HP:0000822", "HP:0005978"


def test_the_complaint_after_a_past_history_is_read(engine: Engine) -> None:
    assert POLYURIA in present_ids(engine, "PMH T2DM, presents with polyuria and polydipsia")
    assert DYSPNEA in present_ids(engine, "PMH asthma, now SOB and wheeze")
    # the history itself stays set aside
    assert T2DM not in present_ids(engine, "PMH T2DM, presents with polyuria and polydipsia")
    assert not present_ids(engine, "PMH HTN, T2DM") & {HYPERTENSION, T2DM}
