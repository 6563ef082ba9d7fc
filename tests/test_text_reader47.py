"""Misreadings left by other helpers (h-reader47, issue 14): a side of a named site is no
flank, a colour of stool or urine is no skin finding, bleeding past the menopause, breasts
grown in a male, little red spots on the lips, pain below the kneecap."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

FLANK_PAIN, CHEST_PAIN, HEADACHE = "HP:0030157", "HP:0100749", "HP:0002315"
ABDOMINAL_PAIN, ERYTHEMA, HEMATOCHEZIA = "HP:0002027", "HP:0010783", "HP:0002573"
DYSMENORRHEA, POSTMENOPAUSAL_BLEEDING = "HP:0100607", "HP:0033840"
GYNECOMASTIA, BREAST_HYPERTROPHY = "HP:0000771", "HP:0010313"
LIP_TELANGIECTASIA, PETECHIAE, ANTERIOR_KNEE_PAIN = "HP:0000214", "HP:0000967", "HP:6001144"
HEMIPARESIS = "HP:0001269"


@pytest.mark.parametrize(("question", "site"), [
    ("sharp pain on one side of my chest", CHEST_PAIN),
    ("sharp pain on the left side of my chest", CHEST_PAIN),
    ("throbbing pain on one side of my head with feeling sick", HEADACHE),
    ("dull ache on one side of my lower tummy", ABDOMINAL_PAIN),
    ("sharp pain on the right side of my tummy", ABDOMINAL_PAIN),
])
def test_a_side_of_a_named_site_is_that_site(engine: Engine, question: str, site: str) -> None:
    ids = present_ids(engine, question)
    assert site in ids
    assert FLANK_PAIN not in ids


@pytest.mark.parametrize("question", [
    "sharp pain in my side that comes in waves",
    "pain in my side",
])
def test_the_side_itself_is_still_the_flank(engine: Engine, question: str) -> None:
    assert FLANK_PAIN in present_ids(engine, question)


def test_a_phrase_that_takes_the_site_stays_whole(engine: Engine) -> None:
    assert HEMIPARESIS in present_ids(engine, "weakness down one side of my body")


@pytest.mark.parametrize("question", [
    "my baby has red jelly poo",
    "red poo since this morning",
])
def test_a_colour_of_stool_is_no_skin_finding(engine: Engine, question: str) -> None:
    ids = present_ids(engine, question)
    assert ERYTHEMA not in ids
    assert HEMATOCHEZIA in ids


def test_cramps_on_the_first_days_of_a_period(engine: Engine) -> None:
    assert DYSMENORRHEA in present_ids(engine, "bad cramps on the first days of my period")


@pytest.mark.parametrize("question", [
    "I'm post-menopausal and have started bleeding again",
    "I went through the menopause six years ago and now I have some vaginal bleeding",
])
def test_bleeding_past_the_menopause(engine: Engine, question: str) -> None:
    assert POSTMENOPAUSAL_BLEEDING in present_ids(engine, question)


def test_bleeding_before_the_menopause_is_not_postmenopausal(engine: Engine) -> None:
    assert POSTMENOPAUSAL_BLEEDING not in present_ids(
        engine, "I'm going through the menopause and have heavy bleeding")


def test_breasts_grown_in_a_man(engine: Engine) -> None:
    assert GYNECOMASTIA in present_ids(engine, "I'm a 45 year old man and my breasts have grown")
    woman = present_ids(engine, "I'm a woman and my breasts have grown")
    assert GYNECOMASTIA not in woman and BREAST_HYPERTROPHY in woman


def test_little_red_spots_on_the_lips(engine: Engine) -> None:
    assert LIP_TELANGIECTASIA in present_ids(engine, "little red spots on my lips")
    assert PETECHIAE in present_ids(engine, "little red spots on her skin")


def test_pain_below_the_kneecap(engine: Engine) -> None:
    assert ANTERIOR_KNEE_PAIN in present_ids(engine, "pain below my kneecap when I jump")
