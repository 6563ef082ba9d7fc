"""Question understanding (issue 14, h-reader33), on the real engine: the body-site voice. A
site carried across a pronoun to the next clause's finding (text/referents.py), the throat
and the groin as sites, the inside of the cheek as the mouth, "just" before a position, an
ulcer at a site, fingertips, and the person's possessive and age between a finding and its
site."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

KNEE_PAIN, WRIST_PAIN, ANKLE_PAIN = "HP:0030839", "HP:0030836", "HP:0030840"
RED_EYE, PAIN = "HP:0025337", "HP:0012531"
PHARYNGALGIA, FLANK_PAIN = "HP:0033050", "HP:0030157"
INGUINAL_SWELLING, EDEMA = "HP:6000913", "HP:0000969"
ORAL_LEUKOPLAKIA, ORAL_BLEEDING = "HP:0002745", "HP:0040184"
ANTERIOR_KNEE_PAIN = "HP:6001144"


@pytest.mark.parametrize(("question", "site_term"), [
    ("My knee is swollen and it hurts.", KNEE_PAIN),
    ("There is a lump on my wrist and it hurts.", WRIST_PAIN),
    ("My left ankle swelled up after a fall, it's really painful.", ANKLE_PAIN),
    ("My eye is sore and it's red.", RED_EYE),
])
def test_pronoun_carries_the_site(engine: Engine, question: str, site_term: str) -> None:
    read = present_ids(engine, question)
    assert site_term in read
    assert PAIN not in read


@pytest.mark.parametrize("question", [
    # No site before the pronoun, or the pronoun is no subject of a finding.
    "I have a cough and it hurts.",
    "It hurts all over.",
    # A sentence break ends the reach.
    "My knee was operated on years ago. It hurts.",
])
def test_pronoun_without_a_site_stays_general(engine: Engine, question: str) -> None:
    assert KNEE_PAIN not in present_ids(engine, question)


def test_throat_is_a_site(engine: Engine) -> None:
    read = present_ids(engine, "Pain in the side of my throat.")
    assert PHARYNGALGIA in read
    assert FLANK_PAIN not in read


def test_groin_swelling(engine: Engine) -> None:
    read = present_ids(engine, "A swelling in my groin.")
    assert INGUINAL_SWELLING in read
    assert EDEMA not in read


@pytest.mark.parametrize(("question", "term"), [
    ("White patches on the inside of my cheeks.", ORAL_LEUKOPLAKIA),
    ("Bleeding from the inside of my cheek.", ORAL_BLEEDING),
])
def test_inside_of_the_cheek_is_the_mouth(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_just_before_a_position(engine: Engine) -> None:
    read = present_ids(engine, "Pain just below my kneecap.")
    assert ANTERIOR_KNEE_PAIN in read or KNEE_PAIN in read
    assert PAIN not in read


ORAL_ULCER, GENITAL_ULCERS, NASAL_ULCER, DIGITAL_ULCER = (
    "HP:0000155", "HP:0003249", "HP:0033361", "HP:0031917")
FINGER_PAIN, FINGER_SWELLING = "HP:0030837", "HP:0025131"
EAR_PAIN, TESTICULAR_PAIN, PALMOPLANTAR_BLISTERING = "HP:0030766", "HP:0033839", "HP:0007446"


@pytest.mark.parametrize(("question", "term"), [
    ("Ulcers on the inside of my cheeks.", ORAL_ULCER),
    ("An ulcer on my penis.", GENITAL_ULCERS),
    ("Ulcers in my nose.", NASAL_ULCER),
    ("Ulcers on my fingertips.", DIGITAL_ULCER),
])
def test_ulcer_at_a_site(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("Pain in my fingertips.", FINGER_PAIN),
    ("My fingertips are swollen.", FINGER_SWELLING),
])
def test_fingertips_are_fingers(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("Pain in my 7 year old son's left ear.", EAR_PAIN),
    ("Sudden pain in my 13 year old's left testicle.", TESTICULAR_PAIN),
    ("Blisters on my toddler's hands and feet.", PALMOPLANTAR_BLISTERING),
])
def test_person_between_finding_and_site(engine: Engine, question: str, term: str) -> None:
    read = present_ids(engine, question)
    assert term in read
    assert PAIN not in read


EPIGASTRIC_PAIN, HYPERTENSION = "HP:0410019", "HP:0000822"


def test_high_is_upper(engine: Engine) -> None:
    assert EPIGASTRIC_PAIN in present_ids(engine, "Pain high in my stomach.")
    # Not a position before a finding that names no site.
    assert HYPERTENSION in present_ids(engine, "High blood pressure and a headache.")


MICROGNATHIA = "HP:0000347"


def test_bare_site_is_no_little_size(engine: Engine) -> None:
    # HPO's "Little lower jaw" (Micrognathia) is keyed by "lower jaw" alone once "little" (a
    # stopword) drops: left out, so the bare site reads no finding.
    assert MICROGNATHIA not in present_ids(engine, "Electric jolts in my cheek and lower jaw.")
    assert MICROGNATHIA in present_ids(engine, "My baby has a small lower jaw.")


def test_pronoun_of_an_action_keeps_no_site(engine: Engine) -> None:
    # "it hurts him to chew": the chewing says where, not the ears named before.
    read = present_ids(
        engine, "My son has swelling in front of both ears and it hurts him to chew.")
    assert EAR_PAIN not in read
