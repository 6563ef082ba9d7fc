"""Reader gaps of issue 14 (h-reader61): the items of an "or" list after a negated or
impossible verb ("isn't eating, drinking or weeing", "can't walk or talk") read with that
negation when the two name a finding; long lists of describing words before or after their
noun ("a red, hot, swollen, painful knee") each read with the noun, a body site in HPO's words
for it (a hot knee is a hot joint); "slow" only where what is slow is named; a baby who
draws the knees up has tummy pain."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids

POOR_APPETITE = "HP:0004396"
ANURIA = "HP:0100519"
OLIGURIA = "HP:0100520"
COUGH = "HP:0012735"
SNEEZE = "HP:0025095"
VOMITING = "HP:0002013"
APHASIA = "HP:0002381"
HEARING_IMPAIRMENT = "HP:0000365"
ARTHRITIS = "HP:0001369"
JOINT_SWELLING = "HP:0001386"
EDEMA = "HP:0000969"
KNEE_PAIN = "HP:0030839"
ABDOMINAL_PAIN = "HP:0002027"
BRADYKINESIA = "HP:0002067"
BRADYLALIA = "HP:5200038"
GROWTH_DELAY = "HP:0001510"
LETHARGY = "HP:0001254"
IRRITABILITY = "HP:0000737"
SCALING_SKIN = "HP:0040189"


@pytest.mark.parametrize("question", [
    "he isn't eating, drinking or weeing",
    "my baby isn't feeding or weeing much",
    "he hasn't been eating, drinking or passing urine today",
])
def test_a_negated_verb_list_reads_each_verb_with_its_negation(engine: Engine,
                                                                question: str) -> None:
    ids = present_ids(engine, question)
    assert {ANURIA, OLIGURIA} & ids  # "isn't weeing": little or no urine, a finding


def test_the_first_verb_of_the_list_stays_a_present_finding(engine: Engine) -> None:
    assert POOR_APPETITE in present_ids(engine, "she isn't eating, drinking or weeing")


@pytest.mark.parametrize(("question", "wanted"), [
    ("she can't walk or talk", APHASIA),
    ("I can't see or hear properly", HEARING_IMPAIRMENT),
])
def test_an_inability_list_reads_each_verb_with_it(engine: Engine, question: str,
                                                   wanted: str) -> None:
    assert wanted in present_ids(engine, question)


def test_an_item_that_names_nothing_with_the_negation_stays_excluded(engine: Engine) -> None:
    question = "a sore throat and a fever but he isn't coughing or sneezing"
    assert {COUGH, SNEEZE} <= finding_ids(engine, question)
    assert not {COUGH, SNEEZE} & present_ids(engine, question)
    question = "he isn't eating or vomiting"
    assert VOMITING in finding_ids(engine, question)
    assert VOMITING not in present_ids(engine, question)


def test_the_list_ends_at_and(engine: Engine) -> None:
    # "and" ends the scope of the negation inside "isn't eating": the weeing is no absence.
    assert not {ANURIA, OLIGURIA} & finding_ids(engine, "he isn't eating and is weeing a lot")


@pytest.mark.parametrize("question", [
    "my 7 year old has a red, hot, swollen, painful knee",
    "my knee is red, hot, swollen, stiff and painful",
    "his knee is swollen, red and hot",
    "my big toe joint is red, hot, swollen, shiny and agonisingly painful",
])
def test_hot_in_a_long_list_is_a_hot_joint(engine: Engine, question: str) -> None:
    assert ARTHRITIS in present_ids(engine, question)


def test_every_describing_word_of_a_long_list_reads(engine: Engine) -> None:
    ids = present_ids(engine, "my 7 year old has a red, hot, swollen, painful knee")
    assert {ARTHRITIS, JOINT_SWELLING, KNEE_PAIN} <= ids
    ids = present_ids(engine, "my big toe joint is red, hot, swollen, shiny and agonisingly "
                              "painful")
    assert "HP:0030841" in ids  # Toe pain, past the fifth describing word


def test_hot_keeps_the_series_site_of_swollen(engine: Engine) -> None:
    # "hot", read with the toe, still lets "swollen" take the toe as its site: joint
    # swelling, no oedema.
    ids = present_ids(engine, "My big toe is red, hot and swollen and the pain woke me at night.")
    assert JOINT_SWELLING in ids
    assert EDEMA not in ids


def test_a_long_list_of_findings_shares_no_noun(engine: Engine) -> None:
    # "dry" is no dry skin: the list holds words that name terms of their own.
    ids = finding_ids(engine, "dry, fever, headache, cough, itchy skin")
    assert "HP:0000958" not in ids  # Dry skin
    assert "HP:0000989" in ids  # Pruritus


def test_flaky_patches_are_scaling_skin(engine: Engine) -> None:
    assert SCALING_SKIN in present_ids(engine, "itchy, red, flaky patches on my elbows")


@pytest.mark.parametrize(("question", "wanted"), [
    ("my dad walks slowly with small steps", BRADYKINESIA),
    ("she talks slowly and quietly", BRADYLALIA),
])
def test_slow_reads_where_what_is_slow_is_named(engine: Engine, question: str,
                                                wanted: str) -> None:
    assert wanted in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "he's gone slow",
    "my 2 year old is slow to walk and slow to talk",
    "a lump that has grown slowly over years",
])
def test_slow_alone_or_said_of_milestones_or_lumps_reads_no_slowness(engine: Engine,
                                                                     question: str) -> None:
    ids = finding_ids(engine, question)
    assert not {BRADYKINESIA, BRADYLALIA, GROWTH_DELAY, LETHARGY} & ids


@pytest.mark.parametrize("question", [
    "my 8 month old keeps drawing his knees up to his chest",
    "my baby pulls her legs up to her tummy and cries",
])
def test_a_baby_drawing_the_knees_up_has_tummy_pain(engine: Engine, question: str) -> None:
    assert ABDOMINAL_PAIN in present_ids(engine, question)


def test_tummy_pain_takes_no_knee_from_the_knees_drawn_up(engine: Engine) -> None:
    question = "my 2 year old suddenly cries with tummy pain and pulls his knees up"
    ids = finding_ids(engine, question)
    assert ABDOMINAL_PAIN in ids
    assert KNEE_PAIN not in ids


@pytest.mark.parametrize("question", [
    "my 1 year old has a fever and can't be settled",
    "my 2 month old cries for hours every evening and can't be comforted",
])
def test_a_baby_who_cannot_be_settled_is_irritable(engine: Engine, question: str) -> None:
    assert IRRITABILITY in present_ids(engine, question)
