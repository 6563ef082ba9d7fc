"""Reader work of h-reader56 (issue 14), on the real engine and through the CLI: a negation
said inside the first item of an "or" list ("haven't pooed or passed wind") covers the later
items; an article after "or" opens the next item, not a new statement; a pale or white colour
word a few describing words before a patch is the patch's colour (not Pallor, not Poliosis);
plain red spots read as red papules as well as petechiae; a painless sore keeps the sore and drops
the pain; a pain likened to a weight on a part is that part's pain; a leg swollen from the knee
down is the lower leg, not the knee joint."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import cli_interpretation, present_ids

CONSTIPATION, OBSTIPATION, FLATULENCE = "HP:0002019", "HP:0034782", "HP:0033589"
FEVER, COUGH, BLEEDING = "HP:0001945", "HP:0012735", "HP:0001892"
NAUSEA, VOMITING = "HP:0002018", "HP:0002013"
PALLOR, POLIOSIS, HYPOPIGMENTED, SCALING = "HP:0000980", "HP:0002290", "HP:0001053", "HP:0040189"
RED_PAPULE, PETECHIAE = "HP:0030350", "HP:0000967"
GENITAL_ULCERS, PENILE_PAIN = "HP:0003249", "HP:0040411"
PAIN, CHEST_PAIN, BACK_PAIN = "HP:0012531", "HP:0100749", "HP:0003418"
PEDAL_EDEMA, JOINT_SWELLING = "HP:0010741", "HP:0001386"


def excluded_ids(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).findings if f.negated for i in f.ids}


# ---- a negation inside the first item of an "or" list ----

@pytest.mark.parametrize("question", ["I haven't pooed or passed wind for two days",
                                      "haven't pooed or passed wind and my tummy is swollen"])
def test_a_negated_first_item_covers_the_items_its_or_joins(engine: Engine,
                                                            question: str) -> None:
    present = present_ids(engine, question)
    # "haven't passed wind" is a finding of its own: Obstipation, no Flatulence.
    assert OBSTIPATION in present and FLATULENCE not in present


def test_an_or_item_with_no_absence_of_its_own_is_excluded(engine: Engine) -> None:
    question = "I haven't had a period or any bleeding"
    assert BLEEDING in excluded_ids(engine, question)
    assert BLEEDING not in present_ids(engine, question)


@pytest.mark.parametrize("question", ["haven't pooed and I feel sick",
                                      "I haven't pooed, I feel sick"])
def test_and_or_a_new_statement_ends_the_inner_negation(engine: Engine, question: str) -> None:
    present = present_ids(engine, question)
    assert CONSTIPATION in present and NAUSEA in present


def test_an_article_after_or_opens_the_next_item(engine: Engine) -> None:
    assert {FEVER, COUGH} <= excluded_ids(engine, "I don't have a fever or a cough")
    # ... while after "and" it may open a new statement, as before.
    assert COUGH in present_ids(engine, "no fever and a cough")


def test_the_cli_shows_the_or_item_excluded(engine: Engine,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    interpretation = cli_interpretation(engine, monkeypatch, "not eating or vomiting")
    assert VOMITING in {i for f in interpretation["findings"] if f["negated"]
                        for i in f["ids"]}


# ---- a colour said of a skin patch ----

@pytest.mark.parametrize("question", ["pale scaly patches on my chest",
                                      "pale dry patches on her cheeks",
                                      "white scaly patches on my elbows",
                                      "white, dry, scaly patches on my knees"])
def test_a_colour_before_describing_words_and_a_patch_is_the_patch(engine: Engine,
                                                                  question: str) -> None:
    present = present_ids(engine, question)
    assert HYPOPIGMENTED in present
    assert PALLOR not in present and POLIOSIS not in present


@pytest.mark.parametrize("question", ["she looks pale and has patches of hair loss",
                                      "his skin is pale and clammy", "she looks pale"])
def test_pallor_of_the_person_stays(engine: Engine, question: str) -> None:
    assert PALLOR in present_ids(engine, question)


def test_described_patches_keep_their_own_finding(engine: Engine) -> None:
    assert SCALING in present_ids(engine, "pale scaly patches on my chest")


# ---- red spots, painless sores, likened pain, swelling below the knee ----

def test_plain_red_spots_read_as_red_papules_or_petechiae(engine: Engine) -> None:
    present = present_ids(engine, "itchy red spots on my tummy")
    assert {RED_PAPULE, PETECHIAE} <= present
    # Tiny spots keep Petechiae alone.
    assert RED_PAPULE not in present_ids(engine, "tiny red spots on my legs")


@pytest.mark.parametrize("question", ["a painless sore on my penis",
                                      "I've got a painless ulcer on my penis"])
def test_a_painless_genital_sore_is_a_genital_ulcer_without_pain(engine: Engine,
                                                                question: str) -> None:
    present = present_ids(engine, question)
    assert GENITAL_ULCERS in present and PENILE_PAIN not in present


def test_a_sore_penis_is_still_pain(engine: Engine) -> None:
    assert PENILE_PAIN in present_ids(engine, "my penis is sore")


@pytest.mark.parametrize(("question", "site_pain"), [
    ("pain like an elephant sitting on my chest", CHEST_PAIN),
    ("pain as if someone is standing on my chest", CHEST_PAIN),
    ("a pain like a knife in my back", BACK_PAIN),
])
def test_a_likened_pain_is_the_pain_of_its_part(engine: Engine, question: str,
                                                site_pain: str) -> None:
    present = present_ids(engine, question)
    assert site_pain in present and PAIN not in present


def test_a_likeness_with_no_part_keeps_the_pain(engine: Engine) -> None:
    assert PAIN in present_ids(engine, "pain like nothing else")


@pytest.mark.parametrize("question", ["my left leg is swollen from the knee down",
                                      "both legs swollen from the knees down",
                                      "swollen below the knee"])
def test_swollen_from_the_knee_down_is_the_lower_leg(engine: Engine, question: str) -> None:
    present = present_ids(engine, question)
    assert PEDAL_EDEMA in present and JOINT_SWELLING not in present


def test_a_swollen_knee_is_still_the_joint(engine: Engine) -> None:
    assert JOINT_SWELLING in present_ids(engine, "my knee is swollen")
