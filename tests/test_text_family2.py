"""Family history in everyday wordings (issue 14, h-family2), on the real engine: sides of
the family, relatives of relatives, unaffected parents, couples who are cousins, a relative
who "had the same" far from the word "same", and the ranking effect of such a reading."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

DOMINANT, RECESSIVE, X_LINKED = "HP:0000006", "HP:0000007", "HP:0001417"
# A male relative of the mother's line shares her mitochondria as well as her X.
MITO = "HP:0001427"


@pytest.mark.parametrize(("question", "modes"), [
    # Male relatives related through a woman: X-linked.
    ("My son falls a lot and has big calves. My sister's son had the same.", (X_LINKED, MITO)),
    ("My son falls a lot. My uncle on my mother's side had the same.", (X_LINKED, MITO)),
    ("My boy bruises easily. My mum's brother was a bleeder too.", (X_LINKED, MITO)),
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
    # A relative who has "it", died of it, or whom the person is "like".
    ("I have jerky movements. My dad died of it at 50.", (DOMINANT,)),
    # An affected brother alone fits every mode (h-rarefamily1): a parent may carry a dominant
    # variant unsaid, and brothers share their mother's X and mitochondria.
    ("I have a tremor. My brothers both have it.", (DOMINANT, RECESSIVE, X_LINKED, MITO)),
    ("My son falls a lot. My mother's father had it.", (X_LINKED,)),
    ("I have a tremor. My half-brother has the same.", (DOMINANT, RECESSIVE, X_LINKED, MITO)),
    # Couples who are cousins, in other words.
    ("My baby is floppy. My husband is my cousin.", (RECESSIVE,)),
    ("My baby is floppy. His mother and father are first cousins.", (RECESSIVE,)),
    # An early or sudden death of a relative.
    ("I get chest pain on exercise. My father died suddenly at 35.", (DOMINANT,)),
    # People named together who "both" have it: the first is the patient.
    ("My son and my sister's son both have big calves and fall a lot.", (X_LINKED, MITO)),
    ("My dad and I both get migraines with flashing lights.", (DOMINANT,)),
    ("Me and my brother both have a tremor.", (DOMINANT, RECESSIVE, X_LINKED, MITO)),
    # The asker's husband or partner is the parent of the asker's child.
    ("My son has itchy scaly patches on his elbows. My husband has the same.", (DOMINANT,)),
    ("My daughter gets headaches with vomiting. My partner had the same as a child.",
     (DOMINANT,)),
    # Clinicians' shorthand; an affected word before a relative describes that relative.
    ("5M, proximal weakness, calf hypertrophy. FHx: maternal uncle affected.", (X_LINKED, MITO)),
    ("3F, recurrent chest infections, steatorrhoea. Consanguineous parents, affected sib.",
     (RECESSIVE,)),
    ("40M chorea, mat uncle had similar.", (X_LINKED, MITO)),
    # Generations.
    ("I have a tremor. I'm the third generation to have it.", (DOMINANT,)),
    ("I have a tremor. It skipped a generation.", (RECESSIVE, X_LINKED)),
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


@pytest.mark.parametrize("question", [
    "My family doctor says I have a tremor.",
    "I have a tremor. No one else in the family has it.",
    "Nobody in my family has had this. I have a tremor.",
    "My husband is visiting his cousin and I have a cough.",
    "My mum thinks it is eczema. I have an itchy rash.",
    "My mum and dad both have colds and I have a fever.",
    "My sister has both eczema and asthma.",
    "I have itchy scaly patches on my elbows. My husband has the same.",
    "I had chickenpox last week and my brother got it from me.",
])
def test_words_that_tell_no_family_history(engine: Engine, question: str) -> None:
    assert engine.interpret(question).inheritance_modes == ()


def test_a_family_the_trouble_is_in_fits_every_mode(engine: Engine) -> None:
    for question in ("I have a tremor. It's in the family.",
                     "I get migraines. The women in my family all get them.",
                     "I get migraines like my mum."):
        assert engine.interpret(question).inheritance_modes, question


@pytest.mark.parametrize(("question", "label"), [
    ("My central vision has been going blurry since I was 12.", "Central scotoma"),
    ("I can't let go of things after gripping them.", "Handgrip myotonia"),
    ("I can't release my grip.", "Handgrip myotonia"),
])
def test_findings_of_the_family_probe(engine: Engine, question: str, label: str) -> None:
    reading = engine.interpret(question)
    assert label in {lab for f in reading.findings for lab in f.labels}
