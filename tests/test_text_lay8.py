"""Lay questions typed in a hurry (h-lay8, issue 14): informal spellings ("nite", "evry",
"tite"), misspelt negative contractions ("dosent", "havnt"), "-ey" adjectives ("shakey"),
"take ages to" as "slow to", what "it" stands for after a poo, a wee or vomiting, and a
complaint said with its own denied compound ("cough with no blood")."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize
from whatcauses.text.spelling import negative_contraction

from .readings import finding_ids, present_ids

PAIN = "HP:0012531"
FEVER = "HP:0001945"
NIGHT_SWEATS = "HP:0030166"
HYPERHIDROSIS = "HP:0000975"
CHEST_TIGHTNESS = "HP:0031352"
NOCTURIA = "HP:0000017"
MAINTENANCE_INSOMNIA = "HP:0031355"
TREMOR = "HP:0001337"
VOCAL_TREMOR = "HP:0012477"
HAND_TREMOR = "HP:0002378"
POOR_WOUND_HEALING = "HP:0001058"
POOR_APPETITE = "HP:0004396"
BLURRED_VISION = "HP:0000622"
REFLUX = "HP:0002020"
DIARRHEA = "HP:0002014"
BLOODY_DIARRHEA = "HP:0025085"
COUGH = "HP:0012735"
HEMOPTYSIS = "HP:0002105"
VOMITING = "HP:0002013"
HEMATEMESIS = "HP:0002248"
URINARY_ODOR = "HP:0012088"
MELENA = "HP:0002249"
RASH = "HP:0000988"
VERTIGO = "HP:0002321"


@pytest.mark.parametrize(("typed", "meant"), [
    ("dosent", "doesnt"), ("doesent", "doesnt"), ("dosnt", "doesnt"), ("dosen't", "doesnt"),
    ("havnt", "havent"), ("wasent", "wasnt"), ("dident", "didnt"), ("deosnt", "doesnt"),
    ("carnt", "cant"), ("coudnt", "couldnt"),
])
def test_misspelt_negative_contractions(typed: str, meant: str) -> None:
    assert negative_contraction(typed) == meant


@pytest.mark.parametrize("word", ["doesnt", "joint", "point", "paint", "dint", "cant", "jiont",
                                  "patient", "urgent"])
def test_other_words_ending_in_nt_are_no_contractions(word: str) -> None:
    assert negative_contraction(word) is None


def test_informal_spelling_keeps_what_was_typed() -> None:
    night = next(t for t in tokenize("wheezy at nite") if t.text == "nite")
    assert night.folded == "night"


@pytest.mark.parametrize(("question", "term"), [
    ("lump in my neck that dosent hurt", PAIN),
    ("i havnt had a fever", FEVER),
    ("aint got a temp", FEVER),
    ("i dident have a rash", RASH),
    ("wasent dizzy at all", VERTIGO),
])
def test_misspelt_negation_denies(engine: Engine, question: str, term: str) -> None:
    assert term in finding_ids(engine, question)
    assert term not in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("sweating at nite", NIGHT_SWEATS),
    ("my chest feels tite", CHEST_TIGHTNESS),
    ("i wake up at nite to pee", NOCTURIA),
    ("i wake up at night to pee", NOCTURIA),
    ("im shakey all the time", TREMOR),
    ("her voice is shakey", VOCAL_TREMOR),
    ("little cuts take ages to heal", POOR_WOUND_HEALING),
    ("it takes forever to heal", POOR_WOUND_HEALING),
    ("i dont want to eat", POOR_APPETITE),
    ("he doesn't want to eat anything", POOR_APPETITE),
    ("i dont feel like eating", POOR_APPETITE),
    ("my eyes have gone blurry", BLURRED_VISION),
    ("sour stuff comes up in my throat when i lie down", REFLUX),
    ("theres no blood in my poo tho its really runny", DIARRHEA),
    ("no pain when i wee but it smells really strong", URINARY_ODOR),
    ("i had a poo and it was black", MELENA),
])
def test_lay_wordings(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "absent"), [
    ("sweating at nite", HYPERHIDROSIS),
    ("i wake up at night to pee", MAINTENANCE_INSOMNIA),
    ("her voice is shakey", TREMOR),
    ("pins and needles in my fingers, shakeing my hand makes it go away", HAND_TREMOR),
    ("it takes ages for the results to come back", POOR_WOUND_HEALING),
])
def test_guards(engine: Engine, question: str, absent: str) -> None:
    assert absent not in present_ids(engine, question)


@pytest.mark.parametrize(("question", "complaint", "compound"), [
    ("cough with no blood", COUGH, HEMOPTYSIS),
    ("diarrhoea without blood", DIARRHEA, BLOODY_DIARRHEA),
    ("vomiting with no blood in it", VOMITING, HEMATEMESIS),
    ("been throwing up but theres no blood in it", VOMITING, HEMATEMESIS),
    ("i keep getting the runs but no blood in it", DIARRHEA, BLOODY_DIARRHEA),
])
def test_complaint_kept_beside_its_denied_compound(engine: Engine, question: str,
                                                   complaint: str, compound: str) -> None:
    assert complaint in present_ids(engine, question)
    assert compound in finding_ids(engine, question)
    assert compound not in present_ids(engine, question)


HEADACHE = "HP:0002315"
PRURITUS = "HP:0000989"
EDEMA = "HP:0000969"
SORE_THROAT = "HP:0033050"


@pytest.mark.parametrize(("question", "denied", "said"), [
    ("no fever my head is pounding", FEVER, HEADACHE),
    ("no rash its just itchy", RASH, PRURITUS),
    ("doesnt hurt its just swollen", PAIN, EDEMA),
    ("i dont have a temp my throat is really sore", FEVER, SORE_THROAT),
])
def test_run_on_sentence_ends_the_negation(engine: Engine, question: str, denied: str,
                                           said: str) -> None:
    assert denied in finding_ids(engine, question)
    assert denied not in present_ids(engine, question)
    assert said in present_ids(engine, question)


def test_negated_list_still_reaches_every_item(engine: Engine) -> None:
    assert not {FEVER, RASH} & present_ids(engine, "no fever, rash or itching")
    assert {FEVER, RASH} <= finding_ids(engine, "no fever, rash or itching")


POLLAKISURIA = "HP:0100515"


@pytest.mark.parametrize("question", [
    "it stings when i wee and im going evry 5 mins",
    "my wee burns and im going all the time",
])
def test_going_often_in_a_sentence_about_a_wee(engine: Engine, question: str) -> None:
    assert POLLAKISURIA in present_ids(engine, question)


def test_going_often_beside_a_poo_is_left_alone(engine: Engine) -> None:
    assert POLLAKISURIA not in present_ids(engine, "im going all the time and my poo is runny")


KNEE_PAIN = "HP:0030839"


@pytest.mark.parametrize(("question", "term"), [
    ("its not very itchy", PRURITUS),
    ("the rash isnt that itchy", PRURITUS),
    ("not too painful", PAIN),
    ("not much pain", PAIN),
    ("my knee doesnt hurt much", KNEE_PAIN),
    ("doesnt hurt that much", PAIN),
])
def test_negation_of_a_degree_is_a_mild_finding(engine: Engine, question: str,
                                                term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("not itchy", PRURITUS),
    ("it doesnt hurt", PAIN),
    ("no more pain", PAIN),
])
def test_plain_negation_still_denies(engine: Engine, question: str, term: str) -> None:
    assert term not in present_ids(engine, question)


NAUSEA = "HP:0002018"
ABDOMINAL_DISTENTION = "HP:0003270"


def test_frame_verb_of_a_new_subject_takes_no_word_before_it(engine: Engine) -> None:
    question = "havent been sick i just feel bloated all the time"
    assert ABDOMINAL_DISTENTION in present_ids(engine, question)
    assert NAUSEA not in finding_ids(engine, question)
    assert NAUSEA in present_ids(engine, "i feel sick")


PALPITATIONS = "HP:0001962"
PARESTHESIA = "HP:0003401"
ATYPICAL_BEHAVIOR = "HP:0000708"


@pytest.mark.parametrize(("question", "term"), [
    ("my heart does a weird flip flop thing", PALPITATIONS),
    ("my heart keeps flip flopping", PALPITATIONS),
    ("it feels like ants are crawling on my skin", PARESTHESIA),
    ("he has been acting weird", ATYPICAL_BEHAVIOR),
])
def test_vague_words_inside_a_phrase(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)
