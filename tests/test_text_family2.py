"""Family history in everyday wordings (issue 14, h-family2), on the real engine: sides of
the family, relatives of relatives, unaffected parents, couples who are cousins, a relative
who "had the same" far from the word "same", and the ranking effect of such a reading."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

DOMINANT, RECESSIVE, X_LINKED = "HP:0000006", "HP:0000007", "HP:0001417"


@pytest.mark.parametrize(("question", "modes"), [
    # Male relatives related through a woman: X-linked.
    ("My son falls a lot and has big calves. My sister's son had the same.", (X_LINKED,)),
    ("My son falls a lot. My uncle on my mother's side had the same.", (X_LINKED,)),
    ("My boy bruises easily. My mum's brother was a bleeder too.", (X_LINKED,)),
    # A relative of a relative through a man is an uncle, not a brother.
    ("I have a tremor. My dad's brother has the same.", (DOMINANT,)),
    # Affected sibling, unaffected parents: recessive (or X-linked for a brother).
    ("I have a tremor and slurred speech. My older sister has the same, but mum and dad are "
     "fine.", (RECESSIVE,)),
    ("My vision is blurry. My brother has it too though neither of our parents does.",
     (RECESSIVE, X_LINKED)),
    # Couples who are cousins.
    ("Our baby has a big spleen. My husband and I are first cousins.", (RECESSIVE,)),
    ("Our newborn has cloudy eyes. We are cousins.", (RECESSIVE,)),
    ("He walks unsteadily. His parents are second cousins.", (RECESSIVE,)),
    # "the same" far from the relative, in the relative's clause.
    ("My daughter is jaundiced. My father had his spleen removed for the same thing.",
     (DOMINANT,)),
    # A side of the family in lay words.
    ("He has jerky movements. It runs on his dad's side.", (DOMINANT,)),
])
def test_family_wordings_point_to_modes(engine: Engine, question: str,
                                        modes: tuple[str, ...]) -> None:
    reading = engine.interpret(question)
    assert reading.inheritance_modes == modes
    assert not reading.unrecognized


def test_a_twin_brother_is_one_relative(engine: Engine) -> None:
    reading = engine.interpret("My twin brother has it too: zigzag lines in my vision.")
    assert len(reading.inheritance) == 1
    assert reading.inheritance[0].text == "twin brother has it too"


def test_unaffected_parents_are_no_affected_relatives(engine: Engine) -> None:
    reading = engine.interpret("I have a tremor. My sister has the same, but mum and dad are "
                               "fine.")
    assert DOMINANT not in reading.inheritance_modes


def test_the_words_of_a_statement_say_nothing_of_the_sex(engine: Engine) -> None:
    reading = engine.interpret("Our baby is pale and her tummy is swollen. My husband and I are "
                               "first cousins.")
    assert reading.sex == "female"


def test_the_family_history_of_the_person_keeps_their_own_findings(engine: Engine) -> None:
    reading = engine.interpret("My son keeps falling over and has big calves. My sister's son "
                               "had the same.")
    labels = {label for f in reading.findings for label in f.labels}
    assert {"Frequent falls", "Calf muscle pseudohypertrophy"} <= labels
    assert not any(f.negated for f in reading.findings)


def test_an_x_linked_history_raises_an_x_linked_disease(engine: Engine) -> None:
    def duchenne(question: str) -> float:
        ranking = engine.rank_interpretation(engine.interpret(question), top=50)
        return next(c.probability for c in ranking.candidates if "OMIM:310200" in c.ids)

    plain = duchenne("My son is 5, keeps falling over and has big calves.")
    familial = duchenne("My son is 5, keeps falling over and has big calves. My sister's son "
                        "had the same.")
    assert familial > plain
