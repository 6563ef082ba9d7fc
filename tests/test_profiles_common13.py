"""Common conditions that had no profile (h-common13, issues 12 and 14): myopia and otosclerosis
(which replace their prevalence-table rows and unite their OMIM series; IgA nephropathy keeps its
table row: its profile's onset source could not be checked),
the nodule of a trigger finger (described, not ranked), and the lay wordings of distance blur
and of visible blood in the urine."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles
from whatcauses.knowledge.curated import prevalence_table

from .readings import answer_rank, present_ids

MYOPIA = "MONDO:0001384"
OTOSCLEROSIS = "MONDO:0005349"
IGA_NEPHROPATHY = "ORPHA:34145"
TRIGGER_FINGER = "MONDO:0004855"
PRESBYOPIA = "MONDO:0001330"


def test_the_profiles_unite_their_omim_and_orphanet_entries() -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    assert "OMIM:160700" in profiles[MYOPIA].includes  # Myopia 2, autosomal dominant
    assert "OMIM:166800" in profiles[OTOSCLEROSIS].includes  # Otosclerosis 1
    # The profiles carry the figures the prevalence table held for them.
    table = {row.id for row in prevalence_table()}
    assert "OMIM:166800" not in table


def test_the_trigger_finger_profile_describes_the_palmar_nodule() -> None:
    profile = next(p for p in load_condition_profiles() if p.id == TRIGGER_FINGER)
    assert any("nodule" in s.text for s in profile.diagnosis)


def test_distance_blur_in_a_teenager_is_short_sightedness(engine: Engine) -> None:
    question = "I'm 16 and I can't see things far away clearly any more, reading is fine"
    assert "HP:0000545" in present_ids(engine, question)
    assert answer_rank(engine, question, MYOPIA, top=3) == 0


def test_near_blur_in_the_forties_stays_presbyopia(engine: Engine) -> None:
    question = "I'm 48 and I can't read small print any more, far away is fine"
    assert answer_rank(engine, question, PRESBYOPIA, top=3) == 0


def test_young_adult_with_slowly_worsening_hearing_in_both_ears(engine: Engine) -> None:
    question = "woman of 30 whose hearing has got slowly worse in both ears over a few years"
    assert answer_rank(engine, question, OTOSCLEROSIS, top=10) < 10


def test_visible_blood_in_the_urine_is_read_as_macroscopic_haematuria(engine: Engine) -> None:
    question = "I keep getting visible blood in the urine when I have a cold, I am 24"
    assert "HP:0012587" in present_ids(engine, question)
    assert answer_rank(engine, question, IGA_NEPHROPATHY, top=10) < 10
