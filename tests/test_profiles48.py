"""Primary-care profiles of h-profiles48: patellar tendinopathy and ovarian cyst.

Patellar tendinopathy (jumper's knee, MONDO:0001042) is held under its MONDO class with the
general-population prevalence of a 2023 meta-analysis (0.1%, PMID:37347023), so it ranks, but
behind the commoner knee complaints when a question gives only knee pain. The ovarian cyst
profile (MONDO:0003282) lists Pelvic mass, and the lexicon reads an "adnexal mass" as one, so a
clinician's picture of one-sided pelvic pain with an adnexal mass in a young woman finds it first
(it was sixth behind pelvic infections and endometriosis, read as Pelvic pain alone)."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

PATELLAR = "MONDO:0001042"
OVARIAN_CYST = "MONDO:0003282"


def test_adnexal_mass_reads_as_pelvic_mass(engine: Engine) -> None:
    assert "HP:0031501" in present_ids(engine, "an adnexal mass on ultrasound")


def test_pelvic_pain_with_an_adnexal_mass_puts_ovarian_cyst_first(engine: Engine) -> None:
    question = ("Unilateral pelvic pain with a feeling of pressure and an adnexal mass on "
                "ultrasound in a 28 year old woman.")
    assert answer_rank(engine, question, OVARIAN_CYST) == 0


def test_ovarian_cyst_is_weighed_down_for_a_man(engine: Engine) -> None:
    rank = answer_rank(engine, "A 40 year old man with pelvic pain and a cyst on the ovary",
                       OVARIAN_CYST)
    assert rank > 0


def test_jumpers_knee_ranks_for_knee_pain_below_the_kneecap(engine: Engine) -> None:
    rank = answer_rank(engine, "I play basketball and have pain just below my kneecap when I "
                       "jump.", PATELLAR)
    assert rank < 10
