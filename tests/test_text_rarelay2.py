"""Lay wordings of rare diseases' signs that read no finding, or a denied one (h-rarelay2,
issue 14), on the real engine: a phrase hp.obo names as a finding is that finding and no
condition's lay name said alone (only a course or severity word of a term's name is "added",
never a place word: "tunnel vision", Peripheral visual field loss); pupils of unequal size,
salt craving and missing knee reflexes in lay words; "never ... before, but now ... them"
says the trouble is new, not absent."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids

PERIPHERAL_FIELD_LOSS, ANISOCORIA = "HP:0007994", "HP:0009916"
SALT_CRAVING, ABSENT_KNEE_REFLEXES = "HP:0030083", "HP:0006844"
HEADACHE, SEIZURE, EPISTAXIS = "HP:0002315", "HP:0001250", "HP:0000421"
GLAUCOMA_PROFILE, SHINGLES = "MONDO:0005338", "MONDO:0005609"


def test_tunnel_vision_said_alone_is_the_finding(engine: Engine) -> None:
    read = engine.interpret("I have tunnel vision")
    assert PERIPHERAL_FIELD_LOSS in finding_ids(engine, "I have tunnel vision")
    assert GLAUCOMA_PROFILE not in read.named_diseases


def test_a_course_word_still_makes_the_disease_said(engine: Engine) -> None:
    # "shingles" is HPO's Recurrent shingles only with a course the words do not say.
    assert SHINGLES in engine.interpret("what causes shingles").named_diseases


@pytest.mark.parametrize("question", [
    "my pupils are different sizes",
    "one of my pupils is bigger than the other",
    "unequal pupils",
    "his pupils are not the same size",
])
def test_pupils_of_unequal_size(engine: Engine, question: str) -> None:
    assert ANISOCORIA in finding_ids(engine, question)


@pytest.mark.parametrize("question", ["I crave salty food", "I've been craving salty foods"])
def test_salt_craving_with_its_verb(engine: Engine, question: str) -> None:
    assert SALT_CRAVING in finding_ids(engine, question)


@pytest.mark.parametrize("question", ["the doctor found no knee reflexes",
                                      "he has absent knee reflexes"])
def test_missing_knee_reflexes_are_a_finding(engine: Engine, question: str) -> None:
    read = engine.interpret(question)
    assert ABSENT_KNEE_REFLEXES in {i for f in read.findings if not f.negated for i in f.ids}


@pytest.mark.parametrize(("question", "finding"), [
    ("I never had headaches before but now I get them every day", HEADACHE),
    ("she never had nosebleeds before, but recently she gets them every week", EPISTAXIS),
])
def test_never_before_but_now_is_new_not_absent(engine: Engine, question: str,
                                                finding: str) -> None:
    read = engine.interpret(question)
    assert finding in {i for f in read.findings if not f.negated for i in f.ids}


def test_never_before_alone_stays_denied(engine: Engine) -> None:
    read = engine.interpret("I have never had a seizure before")
    assert SEIZURE in {i for f in read.findings if f.negated for i in f.ids}


TELANGIECTASIA, ABDOMINAL_DISTENTION = "HP:0001009", "HP:0003270"
GOITER, MACROCEPHALY = "HP:0000853", "HP:0000256"


def test_red_threads_are_telangiectasia(engine: Engine) -> None:
    assert TELANGIECTASIA in finding_ids(engine, "little red threads in the whites of his eyes")


@pytest.mark.parametrize(("question", "finding"), [
    ("my neck has got bigger at the front", GOITER),
    ("my tummy has got bigger", ABDOMINAL_DISTENTION),
    # a part with a size term of its own keeps it
    ("his head is getting bigger", MACROCEPHALY),
])
def test_a_part_that_got_bigger(engine: Engine, question: str, finding: str) -> None:
    assert finding in finding_ids(engine, question)
