"""Where a finding is (h-sites10, issue 14): a swelling said at a small place HPO names a lump
of is that lump, not generalized Edema, which stays for the limbs, the ankles and the face; a
site placed by another after it ("the back of my ankle just above the heel") is a landmark,
not a second site; "right" before a preposition is an adverb, not a side; a phrase never reads
the first word of a longer site apart from the rest of it ("bottom crack"); a side said after
a phrase that holds its site leaves the phrase's readings whole; the creases and folds of the
skin are a site (the flexures), and a joint after "the creases of" names only the fold."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import named_sites

from .readings import answer_rank, finding_ids, present_ids, site_of

EDEMA = "HP:0000969"
PILONIDAL = "HP:0010767"  # Sacrococcygeal pilonidal abnormality
AXILLARY_NODES = "HP:0034752"
BREAST_MASS = "HP:0032408"
ANKLE_PAIN = "HP:0030840"
FOOT_PAIN = "HP:0025238"
CHEST_PAIN = "HP:0100749"
MASTALGIA = "HP:0034265"
KNEE_PAIN = "HP:0030839"
EPIGASTRIC_PAIN = "HP:0410019"
BOWEL_INCONTINENCE = "HP:0002607"
SUBMANDIBULAR_REGION = "HP:0410013"
PEDAL_EDEMA = "HP:0010741"
FACIAL_EDEMA = "HP:0000282"


@pytest.mark.parametrize(("question", "lump"), [
    ("a swelling just above my tailbone", PILONIDAL),
    ("a painful swelling near the top of my bottom crack", PILONIDAL),
    ("a swelling in my armpit", AXILLARY_NODES),
    ("a swelling on my breast", BREAST_MASS),
])
def test_a_swelling_at_a_small_place_is_its_lump(engine: Engine, question: str,
                                                 lump: str) -> None:
    found = finding_ids(engine, question)
    assert lump in found and EDEMA not in found


def test_a_painful_swelling_keeps_its_pain(engine: Engine) -> None:
    found = present_ids(engine, "a painful swelling just above my tailbone")
    assert PILONIDAL in found and "HP:0012531" in found


@pytest.mark.parametrize(("question", "kept"), [
    ("a swelling on my shin", EDEMA),
    ("a swelling on my leg", PEDAL_EDEMA),
    ("swelling of my face", FACIAL_EDEMA),
    ("my testicle is swollen", EDEMA),
])
def test_limbs_the_face_and_a_swollen_part_keep_their_swelling(engine: Engine, question: str,
                                                                kept: str) -> None:
    assert kept in finding_ids(engine, question)


@pytest.mark.parametrize("question", [
    "pain at the back of my ankle just above the heel",
    "pain in my ankle just above the heel",
])
def test_a_landmark_is_no_second_site(engine: Engine, question: str) -> None:
    found = finding_ids(engine, question)
    assert ANKLE_PAIN in found and FOOT_PAIN not in found
    assert "heel" in (site_of(engine, question, ANKLE_PAIN) or "")


def test_a_landmark_with_its_side(engine: Engine) -> None:
    found = finding_ids(engine, "pain in my chest under my left breast")
    assert CHEST_PAIN in found and MASTALGIA not in found


def test_a_landmark_names_the_term_when_the_site_names_none(engine: Engine) -> None:
    question = "a sore swollen lump at the top of his shin under the knee"
    assert KNEE_PAIN in finding_ids(engine, question)


def test_two_sites_in_a_list_are_no_landmark(engine: Engine) -> None:
    found = finding_ids(engine, "pain in my ankle and my heel")
    assert ANKLE_PAIN in found and FOOT_PAIN in found


def test_right_before_a_preposition_is_no_side(engine: Engine) -> None:
    assert EPIGASTRIC_PAIN in finding_ids(engine, "pain right at the top of my tummy")


def test_a_phrase_does_not_split_a_longer_site(engine: Engine) -> None:
    question = "a swelling near the top of my bottom crack that keeps leaking"
    assert BOWEL_INCONTINENCE not in finding_ids(engine, question)
    assert BOWEL_INCONTINENCE in finding_ids(engine, "my bottom keeps leaking")


def test_a_side_after_a_phrase_with_its_site_keeps_its_readings(engine: Engine) -> None:
    assert SUBMANDIBULAR_REGION in finding_ids(engine, "swelling under my jaw on one side")


@pytest.mark.parametrize(("text", "keys", "not_keys"), [
    ("a rash in the creases of his elbows", {"skin fold|flexural"}, {"elbow|joint"}),
    ("a rash in the creases of his elbows and knees", {"skin fold|flexural"},
     {"elbow|joint", "knee|joint"}),
    ("the crook of my arm", {"skin fold|flexural"}, set()),
    # One crease alone is a line of the skin, no flexure ("a single crease across his palm").
    ("a single crease across his palm", set(), {"skin fold|flexural"}),
])
def test_the_folds_of_the_skin_are_a_site(text: str, keys: set[str],
                                          not_keys: set[str]) -> None:
    named = set(named_sites(text, body_sites()))
    assert keys <= named and not named & not_keys


def test_a_flexural_rash_keeps_its_site_and_finds_atopic_eczema(engine: Engine) -> None:
    question = "itchy dry rash in the creases of his elbows since he was a baby"
    assert site_of(engine, question, "HP:0000988") == "creases of his elbows"
    assert answer_rank(engine, question, "MONDO:0004980") == 0
