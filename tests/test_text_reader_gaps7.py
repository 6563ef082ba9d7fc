"""Reader gaps of h-reader14, on the real engine (a sentence and the HPO ids it should read):
the limbs a weakness or paralysis takes (hemi-, para-, tetra-), a circumstance before its
finding, a pain path down a limb, white skin (never white hair unless hair is named), sex
from anatomy words, the skin around a nail, vaginal dryness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text import limbs
from whatcauses.text.context import read_person

from .readings import cli_interpretation, present_ids

HEMIPARESIS, HEMIPLEGIA = "HP:0001269", "HP:0002301"
PARAPARESIS, PARAPLEGIA = "HP:0002385", "HP:0010550"
TETRAPLEGIA, PARALYSIS = "HP:0002445", "HP:0003470"
LIMB_WEAKNESS, LOWER_LIMB_WEAKNESS = "HP:0003690", "HP:0007340"
ORTHOSTATIC_HYPOTENSION, VERTIGO = "HP:0001278", "HP:0002321"
LOWER_LIMB_PAIN, UPPER_LIMB_PAIN, BUTTOCK_PAIN = "HP:0012514", "HP:0012513", "HP:0034805"
CALF_PAIN, ANKLE_PAIN, HIP_PAIN = "HP:0031921", "HP:0030840", "HP:0030838"
POLIOSIS, HYPOPIGMENTED_PATCHES = "HP:0002290", "HP:0001053"
HYPOPIGMENTED_GENITALIA = "HP:0030259"
PERIUNGUAL_ERYTHEMA, VAGINAL_DRYNESS, PRURITUS_VULVAE = "HP:0033425", "HP:0031088", "HP:0032004"


# ---- limbs: one side, both legs, all four ----

@settings(max_examples=12, deadline=None)
@given(side=st.sampled_from(["right", "left"]),
       form=st.sampled_from(["weakness in my {} arm and leg", "my {} arm and leg are weak",
                             "my {} arm and leg went weak"]))
def test_weakness_of_an_arm_and_a_leg_on_one_side_is_hemiparesis(
        engine: Engine, side: str, form: str) -> None:
    found = present_ids(engine, form.format(side) + ".")
    assert HEMIPARESIS in found and not {PARAPARESIS, PARAPLEGIA} & found


@pytest.mark.parametrize("side", ["right", "left"])
def test_paralysis_of_one_arm_and_leg_is_hemiplegia_never_paraplegia(
        engine: Engine, side: str) -> None:
    found = present_ids(engine, f"Paralysis of my {side} arm and leg.")
    assert HEMIPLEGIA in found and not {PARAPLEGIA, PARAPARESIS} & found


def test_paralysis_of_one_leg_is_no_paraplegia(engine: Engine) -> None:
    found = present_ids(engine, "Paralysis of my right leg.")
    assert PARALYSIS in found and not {PARAPLEGIA, PARAPARESIS} & found


def test_paralysis_of_both_legs_stays_paraplegia(engine: Engine) -> None:
    assert PARAPLEGIA in present_ids(engine, "Paralysis of both legs.")


def test_paralysis_of_all_four_limbs_is_tetraplegia(engine: Engine) -> None:
    assert TETRAPLEGIA in present_ids(engine, "Paralysis of all four limbs.")


@pytest.mark.parametrize(("question", "expected"), [
    ("Weakness in both arms and legs.", LIMB_WEAKNESS),
    ("Weakness in my legs.", LOWER_LIMB_WEAKNESS),
])
def test_weakness_of_both_sides_keeps_the_lay_limb_term(
        engine: Engine, question: str, expected: str) -> None:
    found = present_ids(engine, question)
    assert expected in found and not {HEMIPARESIS, PARAPARESIS} & found


@pytest.mark.parametrize(("words", "pattern"), [
    ("right arm and leg", "hemi"), ("arm and leg", "hemi"), ("both legs", "para"),
    ("legs", "para"), ("arms and legs", "tetra"), ("all four limbs", "tetra"),
    ("right leg", None), ("arm", None), ("left and right leg", None),
])
def test_limb_patterns(words: str, pattern: str | None) -> None:
    assert limbs.pattern_of(limbs.limb_words(words.split())) == pattern


# ---- a circumstance before its finding ----

@pytest.mark.parametrize("question", [
    "When I get up off the sofa I go lightheaded.",
    "Whenever I stand up quickly I feel dizzy.",
    "Every time I get up from my chair I feel dizzy.",
    "I'm fine, but when I stand up too fast I go light headed.",
])
def test_a_leading_circumstance_joins_its_finding(engine: Engine, question: str) -> None:
    assert ORTHOSTATIC_HYPOTENSION in present_ids(engine, question)


def test_a_circumstance_of_another_sentence_does_not_join(engine: Engine) -> None:
    found = present_ids(engine, "I stand up a lot at work. I feel dizzy.")
    assert VERTIGO in found and ORTHOSTATIC_HYPOTENSION not in found


# ---- a pain path down a limb ----

@pytest.mark.parametrize(("question", "start"), [
    ("Pain shoots from my buttock down the back of my leg to my calf.", BUTTOCK_PAIN),
    ("A pain going from my bum all the way down to my ankle.", BUTTOCK_PAIN),
])
def test_a_pain_path_down_the_leg_is_leg_pain(engine: Engine, question: str,
                                              start: str) -> None:
    found = present_ids(engine, question)
    assert {start, LOWER_LIMB_PAIN} <= found and not {CALF_PAIN, ANKLE_PAIN} & found


def test_a_pain_path_down_the_arm_is_arm_pain(engine: Engine) -> None:
    assert UPPER_LIMB_PAIN in present_ids(engine, "Pain from my neck down to my fingers.")


def test_a_list_of_sites_is_no_path(engine: Engine) -> None:
    found = present_ids(engine, "I have pain in my hip and my calf.")
    assert {HIP_PAIN, CALF_PAIN} <= found and LOWER_LIMB_PAIN not in found


# ---- white skin, white hair ----

@pytest.mark.parametrize("question", ["I have white patches on my skin.",
                                      "I have a white patch of skin on my arm."])
def test_white_patches_of_skin_are_hypopigmentation_never_poliosis(
        engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    found = {i for f in reading.findings for i in f.ids}
    assert POLIOSIS not in found
    assert any(i in found for i in (HYPOPIGMENTED_PATCHES, "HP:0007526"))


@pytest.mark.parametrize("question", ["A patch of white hair.",
                                      "I have a white patch in my hair."])
def test_white_hair_stays_poliosis(engine: Engine, question: str) -> None:
    assert POLIOSIS in present_ids(engine, question)


def test_a_vulva_gone_white_is_hypopigmented_genitalia(engine: Engine) -> None:
    found = present_ids(engine, "My vulva has gone white.")
    assert HYPOPIGMENTED_GENITALIA in found and POLIOSIS not in found


# ---- sex from anatomy words ----

@pytest.mark.parametrize(("question", "sex"), [
    ("My vulva is itchy.", "female"), ("Since the menopause I sweat at night.", "female"),
    ("My periods are heavy.", "female"), ("My womb feels heavy.", "female"),
    ("My vagina feels dry.", "female"),
    ("My left testicle is swollen.", "male"), ("My GP wants to check my prostate.", "male"),
    ("A rash on my penis.", "male"),
])
def test_anatomy_words_say_the_sex(question: str, sex: str) -> None:
    assert read_person(question).sex == sex


@pytest.mark.parametrize("question", ["I had periods of dizziness.",
                                      "Short periods of feeling faint."])
def test_periods_of_something_say_no_sex(question: str) -> None:
    assert read_person(question).sex is None


def test_anatomy_words_stay_words_of_a_finding(engine: Engine) -> None:
    reading = engine.interpret("My vagina feels dry.")
    assert reading.sex == "female"
    assert VAGINAL_DRYNESS in {i for f in reading.findings for i in f.ids}


def test_an_itchy_vulva_is_pruritus_vulvae(engine: Engine) -> None:
    assert PRURITUS_VULVAE in present_ids(engine, "My vulva is itchy.")


# ---- the skin around a nail ----

@pytest.mark.parametrize("question", ["The skin around my thumbnail has gone red.",
                                      "Redness around my fingernails.",
                                      "Red swollen skin next to my fingernail."])
def test_red_skin_around_a_nail_is_periungual_erythema(engine: Engine, question: str) -> None:
    assert PERIUNGUAL_ERYTHEMA in present_ids(engine, question)


# ---- through the CLI ----

def test_ask_shows_hemiplegia_and_the_sex_from_anatomy(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    interpretation = cli_interpretation(
        engine, monkeypatch, "Paralysis of my right arm and leg, and my prostate was checked")
    found = {f["id"] for f in interpretation["findings"]}
    assert HEMIPLEGIA in found and not {PARAPLEGIA, PARAPARESIS} & found
    assert interpretation["sex"] == "male"
