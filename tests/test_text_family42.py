"""Family history in the family voice (issue 14, h-reader42), on the real engine: "and so
did my mother", "too" ending a relative's clause, "the same way", early deaths, the mother's
line, the asker's siblings as the patient's uncles and aunts, and a child who stays the patient
when the asker adds troubles of their own."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

DOMINANT, RECESSIVE, X_LINKED, MITO = "HP:0000006", "HP:0000007", "HP:0001417", "HP:0001427"


@pytest.mark.parametrize(("question", "modes"), [
    # "so did", "so does" after the trouble: the relative has it.
    ("I have throbbing headaches with flashing lights, and so did my grandmother.", (DOMINANT,)),
    ("My hands shake when I write, and so does my aunt.", (DOMINANT,)),
    # Mother and her father both affected: two generations, dominant as much as X-linked.
    ("I can't whistle. My mum has it and so did her father.", (DOMINANT, X_LINKED)),
    # "too" ending a long clause about relatives named after the asker.
    ("I wake up unable to move my legs. My father and my sister get these attacks of "
     "paralysis too.", (DOMINANT,)),
    # "the same way" said of a relative; a brother of the mother shares her mitochondria.
    ("I lost the central vision in both eyes. My mother's brother went blind the same way.",
     (X_LINKED, MITO)),
    # An early death of relatives; the asker's brothers are the patient's uncles.
    ("My little boy keeps getting abscesses and pneumonia. Two of my brothers died of "
     "infections when they were young.", (DOMINANT, X_LINKED)),
    ("My grandson has a big liver and stiff joints. His mother's brother died as a teenager.",
     (X_LINKED, MITO)),
    # Relatives named first, the asker's complaint after: "her sister" is the asker's aunt
    # (the first named is the patient when the asker tells no complaint: a sibling).
    ("My mum and her sister both had breast cancer in their 40s. I found a lump in my breast.",
     (DOMINANT,)),
    ("My dad has a tremor and his brother too.", (DOMINANT, RECESSIVE, X_LINKED, MITO)),
])
def test_family_voice_wordings_point_to_modes(engine: Engine, question: str,
                                              modes: tuple[str, ...]) -> None:
    assert engine.interpret(question).inheritance_modes == modes


@pytest.mark.parametrize("question", [
    # The first person named may be the patient: their "too" and "same way" are their own.
    "My son has a fever and a cough and a rash too.",
    "My 24 year old son lost the sight in one eye, and then the other eye went the same way.",
    # The asker speaks of themselves in between.
    "I get headaches. My dad has diabetes and I have a rash too.",
    # A relative's death when the asker was young is no early death of the relative.
    "I have chest pain. My dad died of a heart attack when I was a child.",
])
def test_no_family_history_read(engine: Engine, question: str) -> None:
    assert engine.interpret(question).inheritance_modes == ()


def test_child_whose_age_opens_the_question_stays_the_patient(engine: Engine) -> None:
    reading = engine.interpret("My 9 year old daughter gets bad headaches with tummy pain and "
                               "being sick. I get migraines and so did my mother.")
    assert (reading.age, reading.sex) == (9.0, "female")
    reading = engine.interpret("My 4 year old son wheezes and coughs at night. His dad has "
                               "asthma and I have hay fever.")
    assert (reading.age, reading.sex) == (4.0, "male")


def test_asker_who_caught_it_from_the_child_is_the_patient(engine: Engine) -> None:
    reading = engine.interpret("My 5 year old son had chickenpox last week and now I have an "
                               "itchy rash.")
    assert reading.age != 5.0


def test_head_control_and_ear_infections_in_lay_words(engine: Engine) -> None:
    assert "HP:0002421" in present_ids(engine, "My baby can't hold her head up.")
    assert {"HP:0000403", "HP:0410018"} <= present_ids(
        engine, "My son has had repeated ear infections since he was a baby.")
    assert {"HP:0010798", "HP:0010284"} <= present_ids(
        engine, "My 12 year old has dark freckles on her lips and inside her mouth.")


def test_maternal_uncle_points_to_a_mitochondrial_disease(engine: Engine) -> None:
    question = ("I'm a 22 year old man and lost the central vision in one eye over a few weeks, "
                "then the other eye went too. My mother's brother went blind the same way.")
    assert answer_rank(engine, question, "OMIM:535000") <= 2


@pytest.mark.parametrize(("question", "sex"), [
    # "his"/"her" before the child's relative is the child's pronoun.
    ("My 14 year old can't see well in dim light. His parents are first cousins.", "male"),
    ("My 3-year-old is floppy and her brother had the same.", "female"),
    # Not for an adult ("my 70 year old") nor for the asker's wife's relatives.
    ("My 70 year old has a tremor and her sister has the same.", None),
    ("My wife has a rash and her sister has psoriasis. I have a cough.", None),
])
def test_childs_pronoun_before_a_relative_gives_the_sex(engine: Engine, question: str,
                                                        sex: str | None) -> None:
    assert engine.interpret(question).sex == sex


@pytest.mark.parametrize(("question", "modes"), [
    # The asker, parent of the child asked about, had it in their own childhood.
    ("My 6-year-old daughter has a rash on her cheeks. I had the same as a child.", (DOMINANT,)),
    ("My 8 year old son gets nosebleeds a lot. I had them as a kid too.", (DOMINANT,)),
    ("My son wets the bed. I was the same at his age.", (DOMINANT,)),
    # Without childhood words the asker may have caught it; denied, it is no history.
    ("My toddler has a fever. I have a sore throat too.", ()),
    ("My son has eczema. I never had it as a child.", ()),
])
def test_parent_who_had_it_as_a_child(engine: Engine, question: str,
                                      modes: tuple[str, ...]) -> None:
    assert engine.interpret(question).inheritance_modes == modes
