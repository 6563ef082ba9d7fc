"""Lay, age-led and body-site voices of h-voices7, on the real engine (a sentence and the HPO
ids it should or should not read): "fit" as the verb of rings and shoes is no seizure; a sore in
the mouth that won't heal is an oral ulcer; a pain after a growth's site hurts at that site;
which toes, and "between" them; a phrase after listed sites is said of each; plain words for
skin darkening, developmental regression, xanthelasma, grip myotonia, acral overgrowth, tunnel
vision, ectropion, ichthyosis, salty sweat, inattention, delayed walking, Gowers sign,
difficulty running, steppage gait, stretchy skin, a sunken chest, exercise intolerance, poor
suck, waddling, wide-based and ataxic gait, a weak grip, growth stopping, few or pointed teeth,
late sitting, no words, puffy ankles and a band-like headache."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import finding_ids, present_ids

SEIZURE, ACRAL_OVERGROWTH = "HP:0001250", "HP:0033794"
ORAL_ULCER, SKIN_ULCER, EPISTAXIS = "HP:0000155", "HP:0200042", "HP:0000421"
KNEE_PAIN, TOE_PAIN = "HP:0030839", "HP:0030841"
HYPERPIGMENTATION, REGRESSION, XANTHELASMA = "HP:0000953", "HP:0002376", "HP:0001114"
GRIP_MYOTONIA, TUNNEL_VISION, ECTROPION = "HP:0012899", "HP:0001133", "HP:0000656"
ICHTHYOSIS, SWEAT_CHLORIDE, SHORT_ATTENTION = "HP:0008064", "HP:0012236", "HP:0000736"
DELAYED_WALKING, GOWERS, DIFFICULTY_RUNNING = "HP:0031936", "HP:0003391", "HP:0009046"
JUMPING, STEPPAGE_GAIT = "HP:5200134", "HP:0003376"
ECLABION, DRY_EYES, XEROSTOMIA = "HP:0012472", "HP:0001097", "HP:0000217"


@pytest.mark.parametrize("question", ["his rings and shoes don't fit any more",
                                      "my shoes no longer fit",
                                      "the ring doesn't fit me"])
def test_fit_as_a_verb_is_no_seizure(engine: Engine, question: str) -> None:
    assert SEIZURE not in finding_ids(engine, question)


@pytest.mark.parametrize("question", ["he has fits", "she had a fit last night",
                                      "his fits are getting worse"])
def test_fit_as_a_noun_is_still_a_seizure(engine: Engine, question: str) -> None:
    assert SEIZURE in present_ids(engine, question)


def test_no_fits_is_still_a_negated_seizure(engine: Engine) -> None:
    findings = engine.interpret("no fits since June").findings
    assert any(SEIZURE in f.ids and f.negated for f in findings)


@pytest.mark.parametrize("question", ["sores in my mouth that won't heal",
                                      "ulcers on my tongue that won't heal"])
def test_a_sore_in_the_mouth_that_wont_heal_is_an_oral_ulcer(engine: Engine,
                                                             question: str) -> None:
    read = present_ids(engine, question)
    assert ORAL_ULCER in read
    assert SKIN_ULCER not in read


def test_a_sore_on_the_shin_that_wont_heal_stays_a_skin_ulcer(engine: Engine) -> None:
    assert SKIN_ULCER in present_ids(engine, "a sore on my shin that won't heal")


def test_a_lump_under_the_kneecap_that_hurts_is_knee_pain(engine: Engine) -> None:
    assert KNEE_PAIN in present_ids(engine, "a bony lump under my kneecap that hurts when I run")


def test_a_lump_on_the_nose_that_bleeds_is_still_no_nosebleed(engine: Engine) -> None:
    assert EPISTAXIS not in present_ids(engine, "a lump on her nose that bleeds")


@pytest.mark.parametrize("question", ["burning pain between my third and fourth toes",
                                      "burning pain between my toes"])
def test_pain_between_the_toes_is_toe_pain(engine: Engine, question: str) -> None:
    assert TOE_PAIN in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("my 8 year old's skin has gone darker", HYPERPIGMENTATION),
    ("his skin looks tanned", HYPERPIGMENTATION),
    ("she was walking fine but has stopped walking and talking", REGRESSION),
    ("little yellow lumps around her eyes", XANTHELASMA),
    ("my hand won't let go after I grip something", GRIP_MYOTONIA),
    ("his hands and feet have grown", ACRAL_OVERGROWTH),
    ("my side vision keeps closing in, like looking through a tunnel", TUNNEL_VISION),
    ("her eyelids are turned outwards", ECTROPION),
    ("born covered in thick hard plates of skin", ICHTHYOSIS),
    ("he tastes salty when we kiss him", SWEAT_CHLORIDE),
    ("he isn't paying attention at school", SHORT_ATTENTION),
    ("she hasn't started walking yet at 18 months", DELAYED_WALKING),
    ("he pushes on his knees to stand up from the floor", GOWERS),
    ("she walks her hands up her legs to stand", GOWERS),
    ("he can't run like other kids", DIFFICULTY_RUNNING),
    ("his feet slap when he walks", STEPPAGE_GAIT),
    ("her skin stretches a lot", "HP:0000974"),  # Hyperextensible skin
    ("his chest sinks in", "HP:0000767"),  # Pectus excavatum
    ("she can't tolerate exercise", "HP:0003546"),  # Exercise intolerance
    ("my baby has a weak cry and can't suck", "HP:0002033"),  # Poor suck
    ("he walks like a duck", "HP:0002515"),  # Waddling gait
    ("she walks with her feet wide apart", "HP:0002136"),  # Broad-based gait
    ("he walks like he's drunk", "HP:0002066"),  # Gait ataxia
    ("he has trouble gripping a pen", "HP:0033466"),  # Weak grip
    ("he has stopped growing", "HP:0001510"),  # Growth delay
    ("he has very few teeth", "HP:0009804"),  # Tooth agenesis
    ("his teeth are pointed", "HP:0000698"),  # Conical tooth
    ("he was late to sit and crawl", "HP:0025336"),  # Delayed ability to sit
    ("she has not said any words", "HP:0001344"),  # Absent speech
    ("my ankles puff up by the evening", "HP:0001785"),  # Ankle swelling
    ("I get a tight band around my head", "HP:0002315"),  # Headache
])
def test_plain_words_read_their_term(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_weakness_that_climbs_up_the_legs_is_no_gowers_sign(engine: Engine) -> None:
    question = "weakness that starts in the feet and climbs up the legs over a few days"
    assert GOWERS not in present_ids(engine, question)


def test_unable_to_jump_is_not_jumping(engine: Engine) -> None:
    assert JUMPING not in present_ids(engine, "he can't jump")



@pytest.mark.parametrize(("question", "first", "second"), [
    ("her eyelids and lips are turned outwards", ECTROPION, ECLABION),
    ("my eyes and mouth are dry", DRY_EYES, XEROSTOMIA),
])
def test_a_phrase_after_listed_sites_is_said_of_each(engine: Engine, question: str,
                                                     first: str, second: str) -> None:
    assert {first, second} <= present_ids(engine, question)


def test_sites_sharing_a_reading_stay_the_site_readers(engine: Engine) -> None:
    # Leg and arm are both limbs: Limb pain, not one pain per limb.
    assert "HP:0009763" in present_ids(engine, "my leg and arm are sore")


def test_a_site_with_its_own_statement_keeps_its_finding(engine: Engine) -> None:
    # "and my nose is blocked" starts a statement of its own: the legs ache, the nose is
    # blocked, and neither phrase is said of the other site.
    read = present_ids(engine, "my legs ache and my nose is blocked")
    assert {"HP:0012514", "HP:0001742"} <= read
