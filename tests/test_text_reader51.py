"""Misreadings left by other helpers (h-reader51, issue 14): two verbs before one particle,
pain of the face, "-sided" and the pelvis, spotting after sex, intensifier idioms, a knee that
gives out, someone who cannot be woken or barely breathes (the urgent notice), a clicking
hip, and a relative's condition: found in the asker's own body, or an inherited disease
named (family history)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.named_diseases import NamedDiseases

from .readings import cli_interpretation, present_ids

MALAISE, FATIGUE, FLANK_PAIN, PELVIC_PAIN = "HP:0033834", "HP:0012378", "HP:0030157", "HP:0034267"
HEAD_NECK_PAIN, JAW_PAIN, PAIN = "HP:0046506", "HP:0040264", "HP:0012531"
POSTCOITAL_BLEEDING, DYSURIA, BURNING_EYE = "HP:0034264", "HP:0100518", "HP:6000420"
PHARYNGALGIA, JOINT_HYPERMOBILITY = "HP:0033050", "HP:0001382"
REDUCED_CONSCIOUSNESS, BRADYPNEA = "HP:0004372", "HP:0046507"
NOCTURNAL, CREPITUS, HIP_DYSPLASIA = "HP:0025301", "HP:0034431", "HP:0001385"
BREAST_CARCINOMA, BREAST_MASS = "HP:0003002", "HP:0032408"
AUTOSOMAL_RECESSIVE = "HP:0000007"


@pytest.mark.parametrize("question", [
    "my knee hurts when I run or go down stairs",
    "pain around my kneecap when I run or walk down stairs",
    "my knee hurts when I run down the stairs",
])
def test_a_particle_shared_by_two_verbs_is_no_run_down(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert MALAISE not in ids
    assert FATIGUE not in ids


@pytest.mark.parametrize("question", ["I feel run down and tired", "I've been so run down"])
def test_feeling_run_down_is_still_malaise(engine: Engine, question: str) -> None:
    assert MALAISE in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "sharp pains on one side of my face",
    "pain in my face",
    "my face hurts",
    "pain in my cheek",
])
def test_pain_of_the_face_is_no_bare_pain(engine: Engine, question: str) -> None:
    finding = next(f for f in engine.interpret(question).findings)
    assert finding.ids[:2] == (JAW_PAIN, HEAD_NECK_PAIN)


@pytest.mark.parametrize("question", [
    "one-sided pelvic pain and fever",
    "pain on one side of my pelvis",
    "sudden one-sided pelvic pain with feeling sick",
])
def test_one_side_of_the_pelvis_is_no_flank(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert PELVIC_PAIN in ids
    assert FLANK_PAIN not in ids


def test_left_sided_chest_pain_is_no_flank_pain(engine: Engine) -> None:
    assert FLANK_PAIN not in present_ids(engine, "left-sided chest pain")


def test_spotting_after_sex(engine: Engine) -> None:
    assert POSTCOITAL_BLEEDING in present_ids(engine, "I keep spotting after sex")


@pytest.mark.parametrize(("question", "finding"), [
    ("it burns like mad when I pee", DYSURIA),
    ("my eyes sting like crazy", BURNING_EYE),
    ("my throat hurts like hell", PHARYNGALGIA),
])
def test_an_intensifier_idiom_keeps_the_finding_and_is_understood(
        engine: Engine, question: str, finding: str) -> None:
    reading = engine.interpret(question)
    assert finding in {i for f in reading.findings for i in f.ids}
    assert not reading.unrecognized


@pytest.mark.parametrize("question", ["my knee keeps giving out", "my knees give out"])
def test_a_knee_that_gives_out_gives_way(engine: Engine, question: str) -> None:
    assert JOINT_HYPERMOBILITY in present_ids(engine, question)


@pytest.mark.parametrize(("question", "finding"), [
    ("we can't wake him", REDUCED_CONSCIOUSNESS),
    ("she can't be woken", REDUCED_CONSCIOUSNESS),
    ("he's barely breathing", BRADYPNEA),
])
def test_someone_who_cannot_be_woken_raises_the_urgent_notice(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, question: str, finding: str) -> None:
    interpretation = cli_interpretation(engine, monkeypatch, question)
    assert interpretation["red_flags"]
    read = [*interpretation["findings"], *interpretation["or_groups"]]
    assert finding in {i for f in read for i in f["ids"]}
    assert not any(m["ids"] == [NOCTURNAL] for m in interpretation["modifiers"])


@pytest.mark.parametrize("question", ["I can't wake up in the mornings",
                                      "I can't wake early enough for work"])
def test_hard_waking_of_oneself_is_no_emergency(engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    assert not reading.red_flags
    assert REDUCED_CONSCIOUSNESS not in {i for f in reading.findings for i in f.ids}


def test_waking_at_night_is_still_nocturnal(engine: Engine) -> None:
    modifiers = engine.interpret("the cough wakes him at night").modifiers
    assert NOCTURNAL in {m.id for m in modifiers}


@pytest.mark.parametrize("question", ["my baby's hip clicks", "clicking hip in my newborn"])
def test_a_clicking_hip(engine: Engine, question: str) -> None:
    finding = engine.interpret(question).findings[0]
    assert finding.ids[:2] == (CREPITUS, HIP_DYSPLASIA)


@pytest.mark.parametrize("question", [
    "my mum had breast cancer and I found a lump in my breast",
    "I found a lump in my breast and my mum had breast cancer",
])
def test_a_lump_found_in_the_askers_own_body_is_the_askers(
        engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    assert BREAST_MASS in {i for f in reading.own for i in f.ids}
    assert BREAST_CARCINOMA in {i for f in reading.family_findings for i in f.ids}
    assert BREAST_CARCINOMA not in {i for f in reading.own for i in f.ids}


def test_i_noticed_a_rash_on_his_arm_is_still_his(engine: Engine) -> None:
    reading = engine.interpret("my son has a fever and I noticed a rash on his arm")
    assert all(f.relative is None for f in reading.findings)


def test_a_relatives_inherited_disease_is_a_family_statement(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    question = ("my brother has cystic fibrosis and my son keeps getting chest infections "
                "and has greasy poo")
    interpretation = cli_interpretation(engine, monkeypatch, question)
    statements = interpretation["inheritance"]
    assert [s["text"] for s in statements] == ["my brother has cystic fibrosis"]
    assert AUTOSOMAL_RECESSIVE in statements[0]["modes"]
    assert "cystic fibrosis" not in " ".join(interpretation["unrecognized"]).lower()


def test_a_spouses_disease_is_no_family_history(engine: Engine) -> None:
    assert not engine.interpret("my wife has cystic fibrosis and I have a cough").inheritance


def test_a_relatives_named_disease_alone_names_the_disease(engine: Engine) -> None:
    # Since h-reader55: said alone, the relative's named disease is what the question is
    # about (tests/test_reader55.py); beside a finding of the patient's it is family history
    # for the modes alone.
    assert engine.interpret("my brother has cystic fibrosis").named_diseases
    assert not engine.interpret("my brother has cystic fibrosis and I have a cough"
                                ).named_diseases


def test_named_diseases_match_whole_names_only() -> None:
    named = NamedDiseases.build([("Cystic fibrosis", ["HP:0000007"]), ("Gout", ["HP:0000006"]),
                                 ("Haemophilia", ["HP:0001419"])])
    assert len(named) == 2  # a one-word name needs 8 letters
    from whatcauses.text.normalize import tokenize
    tokens = tokenize("my brother has cystic fibrosis and hemophilia")
    hits = named.find(tokens, range(len(tokens)))
    assert [tuple(tokens[p].text for p in h.positions) for h in hits] == [
        ("cystic", "fibrosis"), ("hemophilia",)]
    assert named.find(tokens, range(len(tokens)), taken={3}) == [hits[1]]
