"""Misreadings found by other helpers (h-reader53, issue 14): an age said bare at the end of
a list of traits, a describing word after a comma in a note's shorthand, a manner said as an
adverb, words read in the wrong sense ("tests", "short-lived", a vitamin named by its letter,
"no pain" beside sore eyes), one "ball", "puffed up", a pain path whose start is said last."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_person
from whatcauses.text.normalize import stem

from .readings import cli_interpretation, present_ids

ABSENT_TESTIS, SHORT_STATURE, VITAMIN_A = "HP:0010469", "HP:0004322", "HP:0004905"
PROJECTILE_VOMITING, VOMITING, PLEURITIC_CHEST_PAIN = "HP:0002587", "HP:0002013", "HP:0033771"
PLEURITIS, ARRHYTHMIA, THUNDERCLAP = "HP:0002102", "HP:0011675", "HP:0030907"
TESTICULAR_PAIN, DRY_SKIN, OCULAR_PAIN, CONJUNCTIVITIS = (
    "HP:0033839", "HP:0000958", "HP:0200026", "HP:0000509")
PERIORBITAL_EDEMA, PRODUCTIVE_COUGH = "HP:0100539", "HP:0031245"


@pytest.mark.parametrize(("question", "age"), [
    ("I'm tall and thin and 20 and I had a sudden chest pain", 20.0),
    ("my son is thin and 19, sudden sharp chest pain", 19.0),
    ("I'm overweight and 58 and get a tight chest", 58.0),
    ("I'm a smoker, overweight and 45.", 45.0),
])
def test_an_age_at_the_end_of_a_list_of_traits(question: str, age: float) -> None:
    assert read_person(question).age == age


@pytest.mark.parametrize("question", [
    "I'm pregnant and 12 weeks",  # the pregnancy's weeks
    "I'm on tablets and 2 of them make me sick",
    "she is tired and 3 times a day she vomits",
    "he is short and 5 foot",
])
def test_a_count_or_measure_after_traits_is_no_age(question: str) -> None:
    assert read_person(question).age is None


def test_a_bare_age_after_traits_through_the_cli(engine: Engine,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    read = cli_interpretation(engine, monkeypatch, "I'm tall and thin and 20 with chest pain")
    assert read["age"] == 20.0


@pytest.mark.parametrize(("question", "narrow", "broad"), [
    ("6 week old, vomiting after every feed, projectile, hungry", PROJECTILE_VOMITING, VOMITING),
    ("chest pain, pleuritic, sudden onset", PLEURITIC_CHEST_PAIN, PLEURITIS),
    ("cough, productive", PRODUCTIVE_COUGH, None),
])
def test_a_describing_word_after_a_comma_narrows_the_finding(
        engine: Engine, question: str, narrow: str, broad: str | None) -> None:
    ids = present_ids(engine, question)
    assert narrow in ids
    if broad is not None:
        assert broad not in ids


def test_a_list_after_an_ambiguous_reading_is_left_as_it_was(engine: Engine) -> None:
    # "red" of the nail fold is read two ways; "swollen" is a finding of the list, no kind.
    ids = present_ids(engine, "the skin around my fingernail is red, swollen, throbbing")
    assert "HP:0000969" in ids  # Edema, as before


@pytest.mark.parametrize("question", [
    "my heart keeps racing irregularly and I feel faint",
    "my heart is irregular",
    "my heart is fast and irregular",
])
def test_an_irregular_heart_in_other_words(engine: Engine, question: str) -> None:
    assert ARRHYTHMIA in present_ids(engine, question)


def test_an_adverb_reads_only_with_a_site(engine: Engine) -> None:
    # "quickly" with "goes" is no "comes too quickly" (Premature ejaculation).
    ids = present_ids(engine, "he goes pale and floppy quickly")
    assert "HP:0012876" not in ids


def test_an_explosive_headache(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    read = cli_interpretation(engine, monkeypatch, "an explosive headache out of nowhere")
    assert THUNDERCLAP in {i for f in read["findings"] for i in f["ids"]}


def test_tests_are_no_testes(engine: Engine) -> None:
    assert stem("testes") != stem("tests")
    assert ABSENT_TESTIS not in present_ids(engine, "my doctor said tests are not needed")
    assert ABSENT_TESTIS in present_ids(engine, "absent testes")


@pytest.mark.parametrize("question", ["short-lived spinning dizziness",
                                      "short-term dizziness when I stand"])
def test_the_first_half_of_a_hyphenated_word(engine: Engine, question: str) -> None:
    assert SHORT_STATURE not in present_ids(engine, question)


@pytest.mark.parametrize(("question", "kept"), [
    ("light-headed and sweaty", "HP:0031972"),  # Presyncope: one word joined
    ("dry-ish skin", DRY_SKIN),
])
def test_hyphenated_words_that_keep_their_reading(engine: Engine, question: str,
                                                  kept: str) -> None:
    assert kept in present_ids(engine, question)


def test_a_vitamin_named_by_its_letter(engine: Engine) -> None:
    ids = present_ids(engine, "which vitamin deficiency causes a sore red tongue")
    assert VITAMIN_A not in ids


@pytest.mark.parametrize("question", ["sudden severe pain in my left ball",
                                      "pain in my ball"])
def test_one_ball_is_a_testicle(engine: Engine, question: str) -> None:
    assert TESTICULAR_PAIN in present_ids(engine, question)


@pytest.mark.parametrize("question", ["pain in the ball of my foot",
                                      "feels like a ball in my throat"])
def test_other_balls_are_no_testicle(engine: Engine, question: str) -> None:
    assert TESTICULAR_PAIN not in present_ids(engine, question)


def test_puffed_up_is_swelling(engine: Engine) -> None:
    ids = present_ids(engine, "my child's eyes are puffed up every morning")
    assert PERIORBITAL_EDEMA in ids
    assert "HP:0002094" not in present_ids(engine, "my ankles are puffed up")  # no Dyspnea


def test_no_pain_beside_sore_eyes_excludes_eye_pain(engine: Engine) -> None:
    answer = engine.ask("my eyes are red and sticky but there is no pain", top=5)
    excluded = {e.hpo_id for c in answer.ranking.candidates for e in c.evidence if e.excluded}
    assert OCULAR_PAIN in excluded
    assert CONJUNCTIVITIS not in excluded


@pytest.mark.parametrize("question", ["shooting pain down one leg from my lower back",
                                      "burning pain down my left leg from my buttock"])
def test_a_sciatic_path_whose_start_is_said_last(engine: Engine, question: str) -> None:
    assert "HP:0011868" in present_ids(engine, question)  # Sciatica


def test_a_leg_pain_from_the_knee_is_no_sciatic_path(engine: Engine) -> None:
    assert "HP:0011868" not in present_ids(engine, "pain down my leg from my knee")


def test_a_list_of_sites_before_its_verb_starts_a_statement(engine: Engine) -> None:
    # "and my ankles and fingers are puffy" is a statement of its own, not more sites of the
    # headache.
    headache = next(f for f in engine.interpret(
        "a pounding headache and my ankles and fingers are puffy").findings
        if "HP:0002315" in f.ids)
    assert headache.text == "pounding headache"


def test_a_list_of_sites_without_a_verb_still_goes_on(engine: Engine) -> None:
    ids = present_ids(engine, "pain in my neck and my shoulders and my arms")
    assert {"HP:0030833", "HP:0030834"} <= ids  # Neck pain, Shoulder pain


@pytest.mark.parametrize("question", ["spotting", "I have some spotting and my period is late"])
def test_spotting_alone_is_vaginal_bleeding(engine: Engine, question: str) -> None:
    assert "HP:0034263" in present_ids(engine, question)  # Abnormal vaginal bleeding


@pytest.mark.parametrize(("question", "kept"), [
    ("spotting between periods", "HP:0100608"),  # Metrorrhagia
    ("red spots on my skin", "HP:0000967"),  # Petechiae
])
def test_spotting_and_spots_keep_their_readings(engine: Engine, question: str,
                                                kept: str) -> None:
    assert kept in present_ids(engine, question)
