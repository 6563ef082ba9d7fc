"""Emergencies that show only in a combination of findings (red_flag_combinations.yaml)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.curated import parse_red_flag_combinations, red_flag_combinations

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("question", [
    "fever, a stiff neck and the light hurts my eyes",  # across clauses
    "my chest feels tight and heavy and I'm sweating",
    "sudden severe pain in my testicle",
    "I'm pregnant and bleeding with pain in my belly",
    "my lips and tongue are swelling after a bee sting",
    "she's having a fit that won't stop",
    "my baby is floppy, not feeding and very sleepy",
    "pain in my calf and now I'm short of breath",
    "severe headache, vomiting and blurred vision after I hit my head",
])
def test_a_completed_combination_raises_the_urgent_notice(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.urgent is not None, question
    assert answer.answer.lower().startswith("urgent")


@pytest.mark.parametrize("question", [
    "fever and a cough for two days",  # one half of a combination only
    "testicular pain for months",  # no sudden onset
    "I'm not pregnant but I have belly pain and some bleeding",  # context word negated
    "fever but no stiff neck and no problem with bright light",  # other half excluded
    "I had a seizure as a child",
])
def test_an_incomplete_or_negated_combination_stays_quiet(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.urgent is None, question


def test_a_combination_says_its_notice_once(engine: Engine) -> None:
    """A red-flag phrase that already covers the findings is not repeated by a combination."""
    interpretation = engine.interpret("Sudden severe headache, the worst of my life")
    assert len({f.advice for f in interpretation.red_flags}) == len(interpretation.red_flags)
    assert len(interpretation.red_flags) == 1


def test_every_combination_names_existing_phenotype_terms(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    for combination in red_flag_combinations():
        for group in combination.findings:
            for term in group:
                assert term in onto, (combination.name, term)


def test_a_combination_without_a_source_is_a_data_error() -> None:
    raw = [{"name": "meningitis", "findings": [["HP:0001945"], ["HP:0031179"]],
            "advice": "Call now."}]
    with pytest.raises(DataError, match=r"red_flag_combinations.yaml.*source"):
        parse_red_flag_combinations(raw)
    with pytest.raises(DataError, match=r"findings"):
        parse_red_flag_combinations([{**raw[0], "source": "NHS", "findings": [[]]}])
    ok = parse_red_flag_combinations([{**raw[0], "source": "NHS", "words": ["Sudden"]}])
    assert ok[0].words == ("sudden",)


# h-urgent4: emergencies whose lay presentations raised no notice before.
@pytest.mark.parametrize("question", [
    "sudden ripping pain in my upper back",  # aortic dissection
    "using tampons and now a high fever and a rash like sunburn",  # toxic shock syndrome
    "a small cut on my hand and now I have a fever",  # necrotising fasciitis
    "the wound is far more painful than it looks",
    "high fever and drooling, he can't swallow",  # epiglottitis
    "my inhaler isn't helping and I'm wheezing",  # asthma attack
    "diabetic, very thirsty, peeing a lot and vomiting",  # diabetic ketoacidosis
    "very drowsy with pinpoint pupils",  # opioid overdose
    "pain in my testicle and I've been sick",  # testicular torsion
    "my eye is painful and red and my vision is blurred",  # acute glaucoma
    "flashing lights then a shadow across my vision",  # retinal detachment
    "my baby is 4 weeks old and has a fever",  # fever under three months
    "my diabetic mum is sweating and confused",  # low blood sugar
    "elderly with a chest infection, now chills and confusion",  # sepsis signs
    "my period is 2 weeks late and I have bleeding and tummy pain",  # ectopic pregnancy
    "a headache that came on within seconds",  # thunderclap onset
    "spots that don't fade under a glass and a fever",  # meningitis
    "my dad has a chest infection and now he's confused",  # sepsis without a measured fever
    "sudden pain in my ball and I've been sick",  # testicular torsion in everyday words
])
def test_an_emergency_presentation_raises_the_urgent_notice(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is not None, question


@pytest.mark.parametrize("question", [
    "tearing pain in my bottom when I poo",  # anal fissure: no chest, back or belly pain
    "drooling since my Parkinson's got worse and trouble swallowing",  # no fever
    "I'm diabetic and always thirsty",  # no sickness
    "my 2 year old has a fever and is pulling at her ear",  # not under three months
    "I get floaters when I look at a white wall",  # no shadow or curtain
    "night sweats for a month, I'm diabetic",  # no confusion or odd behaviour
    "I've had asthma since childhood, my inhaler helps",
    "I keep getting chest infections every winter",  # no sepsis sign
])
def test_a_look_alike_stays_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question
