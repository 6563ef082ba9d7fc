"""Cardinal findings that common conditions' profiles lacked (h-profiles74, issue 14): multiple
sclerosis's Lhermitte's sign, fatigue, spasticity and bladder symptoms, each with its
source's figure or wording, and hypertrophic cardiomyopathy's sudden cardiac death from the
HCM Risk-SCD cohort; Lhermitte's sign told in lay words."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank, present_ids

MULTIPLE_SCLEROSIS = "MONDO:0005301"
HCM = "MONDO:0005045"
LHERMITTE = "HP:0032504"
NEURALGIA = "HP:0033345"


def test_multiple_sclerosis_lists_its_lasting_symptoms_with_their_sources() -> None:
    profile = {p.id: p for p in load_condition_profiles()}[MULTIPLE_SCLEROSIS]
    findings = {f.hpo: f for f in profile.findings}
    expected = {
        LHERMITTE: ("occasional", "GUIDELINE:nice-ng220"),
        "HP:0012378": ("frequent", "PMID:34856949"),  # Fatigue: 36.5-78%
        "HP:0001257": ("very frequent", "PMID:15471378"),  # Spasticity: 84%
        "HP:0000012": ("frequent", "PMID:25741223"),  # Urinary urgency: 61.7%
        "HP:0000020": ("frequent", "PMID:25741223"),  # Urinary incontinence: 79%
    }
    for hpo, (frequency, source) in expected.items():
        assert findings[hpo].frequency == frequency, hpo
        assert source in findings[hpo].sources, hpo


def test_hcm_sudden_death_class_rests_on_the_risk_cohort() -> None:
    profile = {p.id: p for p in load_condition_profiles()}[HCM]
    death = next(f for f in profile.findings if f.hpo == "HP:0001645")
    assert death.frequency == "occasional"
    assert "PMID:24126876" in death.sources


def test_an_electric_shock_down_the_back_is_lhermittes_sign(engine: Engine) -> None:
    assert LHERMITTE in present_ids(
        engine, "I get an electric shock running down my back when I bend my head forward")
    assert LHERMITTE in present_ids(engine, "a buzzing electric feeling down my spine")


def test_an_electric_shock_down_a_leg_stays_neuralgia(engine: Engine) -> None:
    read = present_ids(engine, "electric shock running down the back of my leg when I bend over")
    assert NEURALGIA in read
    assert LHERMITTE not in read


def test_lhermittes_sign_with_tiredness_points_to_multiple_sclerosis(engine: Engine) -> None:
    question = ("whenever I look down at my phone an electric shock goes down my spine, and I'm "
                "tired all the time, I'm a 29 year old woman")
    assert answer_rank(engine, question, MULTIPLE_SCLEROSIS, top=3) < 3


def test_flashing_lights_late_in_pregnancy_point_to_pre_eclampsia(engine: Engine) -> None:
    profile = {p.id: p for p in load_condition_profiles()}["MONDO:0005081"]
    photopsia = next(f for f in profile.findings if f.hpo == "HP:0030786")
    assert "GUIDELINE:nice-ng133" in photopsia.sources
    question = ("I'm 34 weeks pregnant and have a bad headache with flashing lights in front of "
                "my eyes, and my hands have puffed up")
    assert answer_rank(engine, question, "MONDO:0005081", top=3) == 0
