"""Profiles of h-profiles40, on the real engine: a scar that keeps growing beyond the wound is
read as Keloids and puts the keloid profile first; an inflamed gum flap over a partly erupted
wisdom tooth with trismus lists pericoronitis beside a dental abscess; a throbbing tooth with a
swollen face stays a dental abscess first."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

KELOID, PERICORONITIS, DENTAL_ABSCESS = "MONDO:0005348", "MONDO:0006899", "MONDO:0000750"


def test_an_overgrown_itchy_piercing_scar_puts_keloid_first(engine: Engine) -> None:
    question = "My ear piercing scar has grown into a big raised shiny lump that itches."
    assert answer_rank(engine, question, KELOID) == 0


def test_an_inflamed_flap_over_a_wisdom_tooth_lists_pericoronitis(engine: Engine) -> None:
    question = ("Painful swollen operculum over a partially erupted mandibular third molar "
                "with trismus and submandibular lymphadenopathy.")
    # < 4 since h-intruders3: cellulitis's profile explains Submandibular lymphadenopathy
    # through its general Lymphadenopathy (question_profile_specificity_exponent) and edges
    # past it; of the findings read, pericoronitis's own profile explains only the trismus.
    assert answer_rank(engine, question, PERICORONITIS) < 4


def test_a_throbbing_tooth_with_a_swollen_face_stays_a_dental_abscess(engine: Engine) -> None:
    question = "My tooth is throbbing and my face is swollen"
    assert answer_rank(engine, question, DENTAL_ABSCESS) == 0
    assert answer_rank(engine, question, PERICORONITIS) != 0
