"""Profiles of h-profiles50: adolescent idiopathic scoliosis, chronic venous insufficiency and
developmental dysplasia of the hip.

Adolescent idiopathic scoliosis (MONDO:0005488) is held with the school-screening prevalence
of a 2013 review (0.47-5.2%, PMID:24432052) and onset ages of 10-18, so a parent's or
clinician's picture of a sideways curve of the spine in a teenager finds it first (only
syndromes that list scoliosis among many signs came up before). It is not marked `lasting`,
so plain back pain in an adult does not bring it up. Chronic venous insufficiency
(MONDO:0000492) is held with the annual incidence of the Edinburgh Vein Study (0.7% a year,
PMID:26993896); swollen legs with skin changes and an ulcer near the ankle find it first, while
bulging leg veins alone still find varicose veins first. Developmental dysplasia of the hip
(MONDO:0000158) is held with the infant prevalence of a 2023 meta-analysis (1.40%,
PMID:37879719) and onset in the first year, grouping the familial OMIM forms; a breech newborn
with a shallow hip socket finds it first, and an adult's hip pain does not bring it up."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

SCOLIOSIS = "MONDO:0005488"
CVI = "MONDO:0000492"
VARICOSE = "MONDO:0008638"
DDH = "MONDO:0000158"


def test_a_teenagers_sideways_spine_curve_finds_scoliosis_first(engine: Engine) -> None:
    question = "A 14 year old girl has a sideways curve of her spine found at a school check."
    assert answer_rank(engine, question, SCOLIOSIS) == 0


def test_plain_back_pain_in_an_adult_keeps_scoliosis_out_of_the_top_three(
    engine: Engine,
) -> None:
    assert answer_rank(engine, "My back hurts, I'm 30.", SCOLIOSIS) >= 3


def test_swollen_legs_with_skin_changes_and_an_ulcer_find_venous_insufficiency(
    engine: Engine,
) -> None:
    question = ("Swollen ankles, brown skin on the lower legs and an ulcer near the ankle "
                "in a 65 year old man.")
    assert answer_rank(engine, question, CVI) == 0


def test_bulging_leg_veins_alone_still_find_varicose_veins_first(engine: Engine) -> None:
    question = "I have bulging twisted veins on my legs."
    assert answer_rank(engine, question, VARICOSE) == 0
    assert answer_rank(engine, question, CVI) > 0


def test_a_breech_newborn_with_a_shallow_hip_socket_finds_hip_dysplasia(engine: Engine) -> None:
    question = "A newborn girl born breech; the hip scan shows a shallow acetabulum."
    assert answer_rank(engine, question, DDH) == 0


def test_the_familial_omim_forms_rank_under_the_profile(engine: Engine) -> None:
    candidates = engine.ask("Congenital dislocation of the hip in a newborn girl.",
                            top=10).ranking.candidates
    first = candidates[0]
    assert DDH in {first.id, *first.ids}
    assert "OMIM:142700" in {first.id, *first.ids}


def test_hip_pain_in_an_adult_does_not_bring_up_infant_hip_dysplasia(engine: Engine) -> None:
    assert answer_rank(engine, "A 40 year old woman with hip pain.", DDH) >= 3
