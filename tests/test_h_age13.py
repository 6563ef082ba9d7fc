"""Ages in words, onsets said by a time of life, and whose sex the asker's children say
(h-age13, issue 14).

A vulgar fraction after a figure is its decimal part ("my son is 12½", "my 4½ year old"); an
age with a plus ("I'm 60+", "seventy plus") is past it; "rising 5" is just below 5 and "just
gone 6" just past 6; an age may end where a new clause's subject runs on without a comma ("now
I'm 34 they are worse"); "post menopause" is the stage after the menopause. Since starting
school, since school, since secondary school, since the periods started and since university
are when the complaint began, not the age now. Children the asker counts or lists with their
ages before their own complaint ("my boys are 8 and 10 and I'm 41, I have ...") say nothing of
the asker's sex.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import onset_skips, read_onsets, read_person
from whatcauses.text.normalize import fold, fold_with_origin, tokenize

CHILDHOOD = "HP:0011463"
PEDIATRIC = "HP:0410280"
JUVENILE = "HP:0003621"
YOUNG_ADULT = "HP:0011462"


def _person(question: str):  # type: ignore[no-untyped-def]
    return read_person(question, skip=onset_skips(question, read_onsets(question)))


@pytest.mark.parametrize(("question", "age"), [
    ("my son is 12½, quite overweight, and limping", 12.5),
    ("my 4½ year old has a rash on her cheeks", 4.5),
    ("she's 1¾ and has a fever", 1.75),
    ("my son is rising 5 and wets the bed", 4.5),
    ("she's just gone 6 and has a sore throat", 6.0),
    ("I've had bad period pains for years and now I'm 34 they are worse", 34.0),
    ("my 4 1/2 year old has a rash", 4.5),
    ("my son is 2 1/2 and has a cough", 2.5),
    ("my little girl is 2 ½ and has a cough", 2.5),
    ("I'm touching 70 and get dizzy", 69.5),
])
def test_ages_in_everyday_words(question: str, age: float) -> None:
    assert _person(question).age == age


@pytest.mark.parametrize(("question", "age_range"), [
    ("I'm 60+ and my knees ache", (60.0, 100.0)),
    ("I'm sixty plus and get breathless", (60.0, 100.0)),
    ("my dad is seventy plus and confused", (70.0, 100.0)),
    ("I'm 18 months post menopause and have hot flushes", (45.0, 100.0)),
    ("since I went through the change I get hot flushes", (45.0, 100.0)),
    ("I'm the far side of 60 and my hip hurts", (60.0, 100.0)),
])
def test_an_age_past_a_bound_or_a_stage(question: str,
                                        age_range: tuple[float, float]) -> None:
    assert _person(question).age_range == age_range


def test_a_plus_after_a_measure_is_no_age() -> None:
    assert _person("he's 9 stone plus and has a cough").age is None


def test_a_fraction_after_a_figure_folds_to_its_decimal_with_offsets_kept() -> None:
    text = "my 4½ year old"
    folded, origin = fold_with_origin(text)
    assert folded == fold(text) == "my 4.5 year old"
    assert len(origin) == len(folded) + 1
    # No token is made of the point (a sentence end): "4" and "½" stay words.
    assert [t.text for t in tokenize(text)] == ["my", "4", "½", "year", "old"]


@pytest.mark.parametrize(("question", "onset"), [
    ("he has had tummy aches since starting school", CHILDHOOD),
    ("she has had headaches since she started school", CHILDHOOD),
    ("I've had migraines since I was at school", PEDIATRIC),
    ("I've had acne since I was in secondary school and I'm 30 now", JUVENILE),
    ("I've had painful periods since my periods started", JUVENILE),
    ("since she started her periods she gets cramps", JUVENILE),
    ("I've had IBS since I was at uni", YOUNG_ADULT),
    ("ever since my student days I get headaches", YOUNG_ADULT),
])
def test_a_time_of_life_after_since_is_an_onset(question: str, onset: str) -> None:
    assert [h.id for h in read_onsets(question)] == [onset]


def test_since_university_is_no_student_s_age_now() -> None:
    assert _person("I've had IBS since I was at uni").age is None
    assert _person("I'm at uni and have a fever").age_range == (18.0, 25.0)


def test_a_stage_the_child_has_just_begun_stays_the_age_now() -> None:
    person = _person("my daughter has had headaches since she started secondary school")
    assert person.age_range == (11.0, 18.0)


@pytest.mark.parametrize(("question", "sex"), [
    ("my boys are 8 and 10 and I'm 41, I have hot flushes and my periods have stopped",
     "female"),
    ("my girls are 5 and 7 and I'm 38, I have a painless lump in my testicle", "male"),
    ("I'm a mum of 3 boys and I get a burning pain when I pee", "female"),
    ("I'm a dad of two girls and I get pain in my big toe", "male"),
])
def test_the_asker_s_children_say_nothing_of_the_asker_s_sex(question: str, sex: str) -> None:
    assert _person(question).sex == sex


@pytest.mark.parametrize(("question", "sex"), [
    ("I'm a mum of 3 boys and my eldest has a cough", None),
    ("my boys are 8 and 10 and both have a cough", "male"),
])
def test_children_the_question_is_about_keep_their_words(question: str,
                                                          sex: str | None) -> None:
    assert _person(question).sex == sex


def test_the_asker_s_own_complaint_after_children_s_ages(engine: Engine) -> None:
    read = engine.interpret("my girls are 5 and 7 and I'm 38, I have a painless lump in my "
                            "testicle")
    assert (read.age, read.sex) == (38.0, "male")
