"""Profiles of h-profiles42, on the real engine: sudden severe abdominal pain in an old person
with atrial fibrillation puts acute mesenteric ischaemia first; a diagnosed atrial flutter with
palpitations lists atrial flutter near the top while a young coffee drinker's palpitations do not;
bloody diarrhoea with fever after undercooked chicken puts Campylobacter first, and a household
with diarrhoea and vomiting since yesterday stays with viral gastroenteritis."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

MESENTERIC_ISCHAEMIA, ATRIAL_FLUTTER = "MONDO:0006855", "MONDO:0005310"
CAMPYLOBACTER, GASTROENTERITIS = "MONDO:0005688", "MONDO:0002269"


def test_sudden_belly_pain_with_atrial_fibrillation_is_mesenteric_ischaemia(engine: Engine) -> None:
    question = "sudden severe stomach pain in a 75 year old man with atrial fibrillation"
    assert answer_rank(engine, question, MESENTERIC_ISCHAEMIA) == 0


def test_diagnosed_atrial_flutter_with_palpitations_lists_flutter(engine: Engine) -> None:
    question = ("The ECG showed a sawtooth pattern and my doctor said my heart rhythm is atrial "
                "flutter; I feel palpitations and tired.")
    assert answer_rank(engine, question, ATRIAL_FLUTTER) < 3


def test_young_coffee_drinkers_palpitations_are_not_atrial_flutter(engine: Engine) -> None:
    question = "palpitations in a 25 year old woman after coffee"
    assert answer_rank(engine, question, ATRIAL_FLUTTER) >= 3


def test_bloody_diarrhoea_after_undercooked_chicken_is_campylobacter(engine: Engine) -> None:
    question = ("bloody diarrhoea, fever and stomach cramps 3 days after eating undercooked "
                "chicken at a barbecue")
    assert answer_rank(engine, question, CAMPYLOBACTER) == 0


def test_household_diarrhoea_and_vomiting_stays_viral_gastroenteritis(engine: Engine) -> None:
    question = "I have diarrhoea and vomiting since yesterday, my kids have it too"
    assert answer_rank(engine, question, GASTROENTERITIS) == 0
    assert answer_rank(engine, question, CAMPYLOBACTER) != 0
