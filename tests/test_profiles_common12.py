"""Everyday conditions without a profile (h-common12, issues 12/14). Of placenta praevia,
HELLP syndrome, nosebleed, heavy menstrual bleeding, low back pain, ankle sprain and inguinal
hernia, only the first two have a MONDO disease id (MONDO:0005918, MONDO:0008585); both are
conditions of pregnancy with a `gestation` window and the pregnancy as a necessary exposure.
Placental abruption gains that exposure too, and ectopic pregnancy the pregnancy as a plain
(not necessary) exposure, so that no condition of pregnancy outweighs another tenfold only
because its profile lists the pregnancy. The reader reads a heavy bleeding in pregnancy as
vaginal bleeding (no periods in pregnancy) and weeks said after "pregnant"."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles
from whatcauses.text.gestation import read_gestation

from .readings import answer_rank, present_ids

PRAEVIA = "MONDO:0005918"
HELLP = "MONDO:0008585"
ABRUPTION = "MONDO:0004846"
PRE_ECLAMPSIA = "MONDO:0005081"
MISCARRIAGE = "MONDO:0041526"
ECTOPIC = "MONDO:0000755"
PLACENTA_PREVIA = "HP:0430070"
VAGINAL_BLEEDING = "HP:0034263"
MENORRHAGIA = "HP:0000132"


def test_the_new_profiles_are_urgent_conditions_of_pregnancy() -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    praevia, hellp = profiles[PRAEVIA], profiles[HELLP]
    assert praevia.urgent and hellp.urgent
    assert PLACENTA_PREVIA in {f.hpo for f in praevia.findings if f.frequency == "obligate"}
    # Low platelets and raised liver enzymes define HELLP syndrome (Tennessee criteria).
    assert {"HP:0001873", "HP:0002910"} <= {f.hpo for f in hellp.findings
                                             if f.frequency == "obligate"}
    assert hellp.same_as == ("ORPHA:244242",)
    for profile in (praevia, hellp):
        assert profile.gestation is not None and profile.gestation.min_weeks == 20
        assert {x.key for x in profile.exposures if x.necessary} >= {"pregnancy"}
    # HELLP syndrome also begins in the two days after the birth.
    assert "recent-birth" in {x.key for x in hellp.exposures if x.necessary}
    assert "pregnancy" in {x.key for x in profiles[ABRUPTION].exposures if x.necessary}
    assert "pregnancy" in {x.key for x in profiles[ECTOPIC].exposures if not x.necessary}


@pytest.mark.parametrize("question", [
    "35 weeks pregnant, my scan showed a low lying placenta and now I'm bleeding",
    "they said my placenta is lying low",
])
def test_a_low_lying_placenta_is_read(engine: Engine, question: str) -> None:
    assert PLACENTA_PREVIA in present_ids(engine, question)


def test_bleeding_with_a_low_placenta_names_praevia_first(engine: Engine) -> None:
    question = "35 weeks pregnant, my scan showed a low lying placenta and now I'm bleeding"
    assert answer_rank(engine, question, PRAEVIA, top=3) == 0


def test_late_pregnancy_bleeding_names_praevia_and_abruption(engine: Engine) -> None:
    question = "I'm 32 weeks pregnant and suddenly started bleeding bright red blood"
    assert answer_rank(engine, question, PRAEVIA, top=3) < 2
    assert answer_rank(engine, question, ABRUPTION, top=3) < 2
    # Pain in the back or belly with the bleeding is the abruption's (PMID:16752262).
    painful = "I am 32 weeks pregnant and have sudden bleeding and a bad pain in my lower back"
    assert answer_rank(engine, painful, ABRUPTION, top=3) == 0


def test_praevia_needs_a_pregnancy(engine: Engine) -> None:
    # Bleeding outside pregnancy weighs it down by its necessary exposure, below cervical
    # cancer, which the bleeding after sex and between periods names.
    question = "I'm 38 and I bleed after sex and sometimes between my periods"
    candidates = engine.ask(question, top=10).ranking.candidates
    praevia = next(c for c in candidates if PRAEVIA in {c.id, *c.ids})
    assert "pregnancy" in praevia.to_dict()["unnamed_exposures"]
    assert answer_rank(engine, question, "OMIM:603956") < answer_rank(engine, question, PRAEVIA)


def test_early_pregnancy_bleeding_is_no_praevia(engine: Engine) -> None:
    question = "I'm 7 weeks pregnant and bleeding with cramps"
    assert answer_rank(engine, question, MISCARRIAGE, top=3) < 2
    assert answer_rank(engine, question, PRAEVIA, top=3) == 3


def test_low_platelets_and_liver_enzymes_in_pregnancy_name_hellp(engine: Engine) -> None:
    assert answer_rank(engine, "what causes low platelets and raised liver enzymes in late "
                       "pregnancy", HELLP, top=3) == 0
    after_birth = ("two days after giving birth I have bad pain in the upper stomach and "
                   "nausea, and my blood tests show low platelets and raised liver enzymes")
    assert answer_rank(engine, after_birth, HELLP, top=3) == 0
    # High blood pressure with the low platelets: pre-eclampsia and HELLP, the first two.
    question = ("pregnant woman at 36 weeks with high blood pressure, upper abdominal pain "
                "and low platelets on her blood test")
    assert answer_rank(engine, question, PRE_ECLAMPSIA, top=3) < 2
    assert answer_rank(engine, question, HELLP, top=3) < 2


def test_a_heavy_bleeding_in_pregnancy_is_no_heavy_period(engine: Engine) -> None:
    question = "heavy bleeding after sex at 30 weeks pregnant, no cramps or pain"
    found = present_ids(engine, question)
    assert VAGINAL_BLEEDING in found and MENORRHAGIA not in found
    assert answer_rank(engine, question, PRAEVIA, top=3) < 3
    # Outside pregnancy the same words are still heavy periods.
    assert MENORRHAGIA in present_ids(engine, "I have heavy bleeding every month")


@pytest.mark.parametrize(("text", "weeks"), [
    ("pregnant 8 weeks and bleeding heavily", 8.0),
    ("I am pregnant for 10 weeks and being sick", 10.0),
])
def test_weeks_said_after_pregnant(text: str, weeks: float) -> None:
    found = read_gestation(text)
    assert found is not None and found.min_weeks == found.max_weeks == weeks


@pytest.mark.parametrize("text", [
    "I was pregnant 8 weeks ago", "I got pregnant 3 weeks after my period",
])
def test_time_since_a_pregnancy_is_no_gestation(text: str) -> None:
    assert read_gestation(text) is None


def test_early_weeks_keep_late_pregnancy_conditions_down(engine: Engine) -> None:
    question = "pregnant 8 weeks and bleeding heavily with bad cramping pain"
    assert answer_rank(engine, question, ECTOPIC, top=3) < 3
    assert answer_rank(engine, question, ABRUPTION, top=2) == 2
