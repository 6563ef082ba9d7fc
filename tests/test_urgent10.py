"""Emergencies told indirectly (h-urgent10, issue 13; bench/data/probe_h-urgent10.yaml): a
pain that spreads "right through" to the back is read where it reaches, also after a pain
quality ("a tearing pain in my chest going through to my back"), which puts aortic dissection
first; a throat that swells after a sting or a food raises the notice and names anaphylaxis
(its profile records the throat swelling under HPO's own term, and a bee or wasp sting is an
exposure that lifts it), while an everyday sore, swollen throat stays quiet."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import spreads_onward, tokenize

from .readings import answer_rank, present_ids

pytestmark = pytest.mark.slow

CHEST_PAIN, BACK_PAIN, LEG_PAIN = "HP:0100749", "HP:0003418", "HP:0012514"
PHARYNGEAL_EDEMA = "HP:0011855"
DISSECTION, ANAPHYLAXIS = "MONDO:0005561", "MONDO:0100053"


def test_an_adverb_between_a_spreading_verb_and_its_direction_is_dropped() -> None:
    tokens = tokenize("pain in my chest going right through to my back")
    assert "right" not in [t.folded for t in tokens]
    verb = [t.folded for t in tokens].index("going")
    assert spreads_onward(tokens, verb)


def test_right_elsewhere_is_kept() -> None:
    assert "right" in [t.folded for t in tokenize("pain in my right side going to my back")]
    assert "right" in [t.folded for t in tokenize("turn right down the road")]


@pytest.mark.parametrize(("question", "reached"), [
    ("a tearing pain in my chest going right through to my back", BACK_PAIN),
    ("a tearing pain in my chest going through to my back", BACK_PAIN),
    ("pain in my chest that goes straight through to my back", BACK_PAIN),
    ("my back hurts and it shoots right down my leg", LEG_PAIN),
])
def test_a_spreading_pain_is_read_where_it_reaches(engine: Engine, question: str,
                                                    reached: str) -> None:
    assert reached in present_ids(engine, question), question


@pytest.mark.parametrize("question", [
    "a tearing pain in my chest going right through to my back",
    "a tearing pain in my chest going through to my back",
])
def test_the_place_a_pain_spreads_from_keeps_its_pain(engine: Engine, question: str) -> None:
    findings = engine.interpret(question).findings
    chest = [f for f in findings if CHEST_PAIN in f.ids]
    assert chest and "going" not in chest[0].text, [f.text for f in findings]


def test_tearing_chest_pain_through_to_the_back_names_dissection_first(engine: Engine) -> None:
    assert answer_rank(engine, "a tearing pain in my chest going right through to my back",
                       DISSECTION) == 0


@pytest.mark.parametrize("question", [
    "my throat feels like it's swelling up after a bee stung me",
    "after eating peanuts my throat started swelling",
    "my throat feels tight and swollen after a wasp sting",
])
def test_a_throat_swelling_after_a_sting_or_a_food_raises_the_notice(engine: Engine,
                                                                     question: str) -> None:
    assert PHARYNGEAL_EDEMA in present_ids(engine, question)
    assert engine.ask(question).urgent is not None, question
    assert answer_rank(engine, question, ANAPHYLAXIS, top=5) < 5, question


@pytest.mark.parametrize("question", [
    "my throat is sore and swollen and it hurts to swallow",
    "I got stung by a wasp and the sting site is red and itchy",
    "my throat feels swollen with hay fever",
])
def test_an_everyday_swollen_throat_or_sting_stays_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question


def test_a_named_insect_sting_is_an_exposure(engine: Engine) -> None:
    assert "insect-sting" in engine.interpret("a bee stung me on the hand").exposure_keys
    assert "insect-sting" not in engine.interpret("it stings when I pee").exposure_keys


def test_a_lopsided_mouth_with_a_weak_arm_is_two_stroke_signs(engine: Engine) -> None:
    question = "her mouth is lopsided and she can't lift her left arm"
    assert "HP:0010628" in present_ids(engine, question)
    assert engine.ask(question).urgent is not None


def test_a_lopsided_smile_alone_stays_quiet(engine: Engine) -> None:
    assert engine.ask("my baby has a lopsided smile when he cries").urgent is None


def test_sight_gone_black_in_one_eye_is_read_and_raises_the_notice(engine: Engine) -> None:
    question = "my vision went black in one eye for a few minutes then came back"
    assert "HP:0000572" in present_ids(engine, question)
    assert engine.ask(question).urgent is not None
    assert answer_rank(engine, question, "MONDO:0005264", top=5) < 5  # TIA


def test_lips_and_tongue_swelling_after_taking_a_medicine_raise_the_notice(
        engine: Engine) -> None:
    assert engine.ask("my lips and tongue are swelling up after taking ibuprofen").urgent
    assert engine.ask("my lip has been a bit swollen since I bit it").urgent is None


@pytest.mark.parametrize("question", [
    "black poo after taking iron tablets",
    "my poo has gone black since I started ferrous sulfate for anaemia",
])
def test_black_stools_on_iron_tablets_stay_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question


@pytest.mark.parametrize("question", [
    "my stools are black",
    "black tarry stools and I feel faint, I take iron tablets",
    "my poo has gone black and sticky like tar and I feel dizzy when I stand up",
])
def test_black_stools_alone_or_with_faintness_raise_the_notice(engine: Engine,
                                                               question: str) -> None:
    assert engine.ask(question).urgent is not None, question


def test_the_worst_headache_ever_had_is_a_thunderclap_headache(engine: Engine) -> None:
    question = "my headache is the worst I've ever had and it came on in a second"
    assert "HP:0030907" in present_ids(engine, question)
    assert engine.ask(question).urgent is not None
    assert answer_rank(engine, question, "MONDO:0019543", top=5) < 5  # subarachnoid haemorrhage


@pytest.mark.parametrize("question", [
    "my worst headaches are on mondays",
    "the worst part is the ache in my tummy after meals",
])
def test_worst_alone_raises_no_notice(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question
