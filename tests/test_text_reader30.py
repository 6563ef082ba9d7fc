"""Reader gaps of h-reader30 (issue 14), on the real engine (a sentence and the HPO ids it
should or should not read): an HPO-named site phrase that narrows one reading of an either-or
word keeps its other readings in the same finding ("painful blisters on my genitals"); lay
wordings of pleuritic chest pain, an ovarian cyst, a decreased need for sleep, uncontrolled
spending, excessive checking and social anxiety."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

GENITAL_BLISTERING, SKIN_VESICLE = "HP:0031464", "HP:0200037"
PLEURITIC_CHEST_PAIN, OVARIAN_CYST = "HP:0033771", "HP:0000138"
DECREASED_NEED_FOR_SLEEP, ADDICTIVE_SPENDING = "HP:5200276", "HP:5200333"
EXCESSIVE_CHECKING, SOCIAL_ANXIETY = "HP:5200050", "HP:6000029"


def test_blisters_at_a_named_site_keep_the_small_blister_reading(engine: Engine) -> None:
    findings = engine.interpret("painful blisters on my genitals that keep coming back").findings
    groups = [set(f.ids) for f in findings if GENITAL_BLISTERING in f.ids]
    # One finding with both readings (an OR-group), never two findings.
    assert groups == [{GENITAL_BLISTERING, SKIN_VESICLE}]
    assert not any(SKIN_VESICLE in f.ids and GENITAL_BLISTERING not in f.ids
                   for f in findings)


def test_a_curated_phrase_keeps_its_own_readings(engine: Engine) -> None:
    # "stiff neck" is curated: the readings of "stiff" are not added to it.
    findings = engine.interpret("a stiff neck and a fever").findings
    neck = next(f for f in findings if "neck" in f.text)
    assert "HP:0002063" not in neck.ids  # Rigidity


@pytest.mark.parametrize("question", [
    "sharp pain in my chest every time I breathe in deeply",
    "sudden sharp pain in my chest when I breathe in",
    "it hurts to breathe in"])
def test_chest_pain_on_breathing_in_is_pleuritic(engine: Engine, question: str) -> None:
    assert PLEURITIC_CHEST_PAIN in present_ids(engine, question)


@pytest.mark.parametrize("question", ["the scan found a cyst on my ovary",
                                      "I have cysts on my ovaries"])
def test_a_cyst_on_the_ovary_is_an_ovarian_cyst(engine: Engine, question: str) -> None:
    assert OVARIAN_CYST in present_ids(engine, question)


@pytest.mark.parametrize("question, term", [
    ("I barely need any sleep lately", DECREASED_NEED_FOR_SLEEP),
    ("my brother hardly needs any sleep", DECREASED_NEED_FOR_SLEEP),
    ("she has been spending money like crazy", ADDICTIVE_SPENDING),
    ("I have to check the door is locked again and again", EXCESSIVE_CHECKING),
    ("I'm terrified of people judging me", SOCIAL_ANXIETY),
    ("she is scared of embarrassing herself in front of others", SOCIAL_ANXIETY)])
def test_lay_wordings_of_mood_and_anxiety(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


MANIA, EUPHORIA, PRESSURED_SPEECH, RISKY_BEHAVIOR = (
    "HP:0100754", "HP:0031844", "HP:5200265", "HP:0031472")


def test_feeling_on_top_of_the_world_is_elated(engine: Engine) -> None:
    read = present_ids(engine, "for the past week I've felt on top of the world")
    assert {MANIA, EUPHORIA} <= read


def test_spending_money_like_crazy_is_also_risky(engine: Engine) -> None:
    assert RISKY_BEHAVIOR in present_ids(engine, "he has been spending money like crazy")


def test_talking_nonstop_is_pressured_speech(engine: Engine) -> None:
    assert PRESSURED_SPEECH in present_ids(engine, "my brother talks nonstop and barely sleeps")
    assert PRESSURED_SPEECH not in present_ids(engine, "I can't stop talking about it")
