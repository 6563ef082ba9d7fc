"""Site reading, h-sites16 (issue 14): every describing word of a series said of a site takes
the site; the skin around, near or next to the mouth or the eye is no part of their inside; a
burning said of the belly's pain is no nerve pain; a patch is what a describing word before
"patches of skin" describes; a shade before a describing word describes the noun; a discharge
said after a finding leaves it its place; the fold of someone's joint names the fold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import named_sites
from whatcauses.text.interpretation import RecognizedFinding
from whatcauses.text.visceral import NERVE_PAIN, visceral_burning

from .readings import present_ids, site_of

ERYTHEMA = "HP:0010783"
ORAL_LEUKOPLAKIA = "HP:0002745"
ORAL_WHITE_LESION = "HP:0025125"
HYPOPIGMENTED_PATCHES = "HP:0001053"
RED_EYE = "HP:0025337"
OCULAR_PRURITUS = "HP:0033841"
OCULAR_PAIN = "HP:0200026"
PERIORBITAL_EDEMA = "HP:0100539"
PERIORAL_ERYTHEMA = "HP:0033194"
PALLOR = "HP:0000980"
ABDOMINAL_PAIN = "HP:0002027"
EPIGASTRIC_PAIN = "HP:0410019"
NEURALGIA, PARESTHESIA = "HP:0033345", "HP:0003401"
TESTICULAR_PAIN = "HP:0033839"
GENERALIZED_MORNING_STIFFNESS = "HP:0005197"


# ---- a series said of a site ----

def test_every_word_of_a_series_takes_the_site(engine: Engine) -> None:
    reading = engine.interpret("I'm breastfeeding and my left breast is hot, red and hard")
    red = next(f for f in reading.findings if ERYTHEMA in f.ids)
    assert red.site is not None and "breast" in red.site
    sore = site_of(engine, "one of my testicles is swollen, warm and sore", TESTICULAR_PAIN)
    assert sore is not None and "testicles" in sore


def test_a_series_item_keeps_its_own_readings_with_the_site(engine: Engine) -> None:
    text = "my wrists and knuckles are swollen, stiff and painful every morning"
    assert GENERALIZED_MORNING_STIFFNESS in present_ids(engine, text)
    site = site_of(engine, text, GENERALIZED_MORNING_STIFFNESS)
    assert site is not None and "knuckles" in site


def test_a_denied_series_is_left_as_read(engine: Engine) -> None:
    reading = engine.interpret("my knee is not red, hot or swollen")
    assert all(f.negated for f in reading.findings if ERYTHEMA in f.ids)


def test_a_series_ends_at_a_new_subject(engine: Engine) -> None:
    reading = engine.interpret("my left shin is red, hot and swollen and I feel shivery")
    shivery = [f for f in reading.findings if f.text == "shivery"]
    assert shivery and shivery[0].site is None


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["my left breast", "the skin on my shin", "her right cheek"]),
       st.sampled_from(["is", "looks", "has gone"]),
       st.sampled_from(["hot", "sore", "swollen", "itchy"]))
def test_a_later_red_of_a_series_is_the_sites(engine: Engine, subject: str, verb: str,
                                              first: str) -> None:
    """Within the rule's scope (a site, a linking verb, items joined by commas and "and"),
    the redness said second is the subject's, whatever came first."""
    reading = engine.interpret(f"{subject} {verb} {first}, red and tender")
    red = [f for f in reading.findings if f.text == "red"]
    assert red and all(f.site is not None and not f.negated for f in red)


# ---- the skin beside the mouth and the eye ----

@pytest.mark.parametrize("question", [
    "white patches of skin around my mouth",
    "white patches around my mouth",
    "white patches near my mouth",
    "white patches next to my son's mouth",
])
def test_patches_around_the_mouth_are_no_oral_lesion(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert not ids & {ORAL_LEUKOPLAKIA, ORAL_WHITE_LESION}
    assert HYPOPIGMENTED_PATCHES in ids


def test_inside_the_mouth_is_still_the_mouth(engine: Engine) -> None:
    assert ORAL_LEUKOPLAKIA in present_ids(engine, "white patches inside my mouth")


def test_the_skin_around_the_eye_is_no_eye(engine: Engine) -> None:
    ids = present_ids(engine, "the skin around my eye is red")
    assert RED_EYE not in ids and ERYTHEMA in ids
    assert OCULAR_PRURITUS not in present_ids(engine, "itchy skin around my eyes")
    assert PERIORBITAL_EDEMA in present_ids(engine, "the skin around my eye is puffy")
    assert PERIORAL_ERYTHEMA in present_ids(engine, "redness around my mouth")


def test_a_pain_around_the_eye_is_still_the_eyes(engine: Engine) -> None:
    assert OCULAR_PAIN in present_ids(engine, "pain on one side of my head around my eye")
    assert OCULAR_PAIN in present_ids(engine, "a pain around my left eye")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["around", "round", "near", "next to", "beside"]),
       st.sampled_from(["my", "his", "her son's", "both"]),
       st.sampled_from(["mouth", "eye", "eyes"]))
def test_nothing_said_beside_a_part_reads_its_inside(engine: Engine, beside: str, whose: str,
                                                     part: str) -> None:
    """Within the rule's scope (a look of the skin said beside the mouth or the eye), none of
    the part's own inside terms is read."""
    ids = present_ids(engine, f"white patches {beside} {whose} {part}")
    assert not ids & {ORAL_LEUKOPLAKIA, ORAL_WHITE_LESION, RED_EYE, OCULAR_PRURITUS}


# ---- a burning of the belly ----

@pytest.mark.parametrize(("question", "pain"), [
    ("burning abdominal pain after meals", ABDOMINAL_PAIN),
    ("a burning pain in my tummy", ABDOMINAL_PAIN),
    ("a burning pain high up in my stomach", EPIGASTRIC_PAIN),
])
def test_a_burning_belly_pain_is_no_nerve_pain(engine: Engine, question: str, pain: str) -> None:
    ids = present_ids(engine, question)
    assert pain in ids
    assert not ids & {NEURALGIA, PARESTHESIA}


@pytest.mark.parametrize("question", [
    "burning pain in my feet at night",
    "a burning pain in a strip across my ribs",
])
def test_a_burning_of_the_skin_or_feet_stays_a_nerve_pain(engine: Engine, question: str) -> None:
    assert present_ids(engine, question) & {NEURALGIA, PARESTHESIA}


def _finding(text: str, ids: tuple[str, ...], start: int, negated: bool = False
             ) -> RecognizedFinding:
    return RecognizedFinding(text=text, ids=ids, labels=ids, negated=negated, uncertain=False,
                             source="curated", kind="finding", start=start,
                             end=start + len(text))


def test_visceral_burning_drops_only_a_burning_said_right_before_a_belly_pain(
        engine: Engine) -> None:
    onto = engine.knowledge.ontology
    text = "burning abdominal pain"
    burning = _finding("burning", (NEURALGIA, PARESTHESIA), 0)
    pain = _finding("abdominal pain", (ABDOMINAL_PAIN,), 8)
    assert visceral_burning(onto, text, [burning, pain]) == [pain]
    apart = "burning feet, abdominal pain"
    far = _finding("abdominal pain", (ABDOMINAL_PAIN,), 14)
    assert visceral_burning(onto, apart, [burning, far]) == [burning, far]
    denied = _finding("burning", (NEURALGIA, PARESTHESIA), 0, negated=True)
    assert visceral_burning(onto, text, [denied, pain]) == [denied, pain]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([ABDOMINAL_PAIN, EPIGASTRIC_PAIN, NEURALGIA, PARESTHESIA,
                                 ERYTHEMA, "HP:0001945"]), min_size=1, max_size=4, unique=True))
def test_visceral_burning_only_ever_removes_nerve_readings(engine: Engine,
                                                           ids: list[str]) -> None:
    """Whatever a finding's OR-group, the pass drops nerve readings only, and only beside a
    belly pain; every other reading stays."""
    finding = _finding("burning pain in my tummy", tuple(ids), 0)
    out = visceral_burning(engine.knowledge.ontology, finding.text, [finding])
    kept = {i for f in out for i in f.ids}
    assert set(ids) - NERVE_PAIN <= kept
    if not {ABDOMINAL_PAIN, EPIGASTRIC_PAIN} & set(ids):
        assert kept == set(ids)


# ---- patches and shades ----

def test_a_describing_word_before_patches_of_skin_describes_the_patches(engine: Engine) -> None:
    ids = present_ids(engine, "my son has pale dry patches of skin around his mouth")
    assert HYPOPIGMENTED_PATCHES in ids
    assert PALLOR not in ids


def test_a_shade_before_a_colour_still_describes_the_colour(engine: Engine) -> None:
    assert "HP:0040319" not in present_ids(engine, "dark red urine")  # no Dark urine



# ---- a series before a noun at a site ----

EYELID_ERYTHEMA, EYELID_PAIN = "HP:0040323", "HP:0034808"
PILONIDAL = "HP:0010767"


def test_every_word_before_a_placed_noun_takes_its_site(engine: Engine) -> None:
    ids = present_ids(engine, "a red, sore, swollen lump on the edge of my upper eyelid")
    assert {EYELID_ERYTHEMA, EYELID_PAIN} <= ids
    assert ERYTHEMA not in ids


def test_a_word_before_a_noun_with_no_site_is_left_alone(engine: Engine) -> None:
    reading = engine.interpret("a red, sore, swollen lump")
    red = [f for f in reading.findings if f.text == "red"]
    assert red and red[0].site is None


# ---- what comes out of a finding ----

@pytest.mark.parametrize("verb", ["oozing pus", "leaking pus", "weeping fluid"])
def test_a_discharge_said_after_a_finding_leaves_it_its_place(engine: Engine, verb: str) -> None:
    text = f"a painful swelling {verb} at the top of the cleft between my buttocks"
    assert PILONIDAL in present_ids(engine, text)



def test_an_item_read_as_nothing_in_a_series_stays_so(engine: Engine) -> None:
    ids = present_ids(engine, "I fell asleep in the sun and now my back is red, burning and tender")
    assert not ids & {NEURALGIA, PARESTHESIA}


def test_a_word_naming_its_term_is_no_describing_word(engine: Engine) -> None:
    text = "pain and stiffness at the back of my heel above the heel bone"
    assert any(f.text == "pain" and f.site is None for f in engine.interpret(text).findings)


def test_a_word_describes_no_part_beside_its_noun(engine: Engine) -> None:
    ids = present_ids(engine, "red, sore, moist rash in the skin folds under my breasts")
    assert "HP:0034265" not in ids  # no Mastalgia


def test_a_fold_of_someones_joint_names_the_fold_only() -> None:
    keys = named_sites("the skin in the creases of my child's elbows", body_sites())
    assert not any(k.startswith("elbow") for k in keys)
    assert any(k.startswith("elbow") for k in named_sites("my son's elbows", body_sites()))
