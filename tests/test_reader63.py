"""Reader gaps of issue 14 (h-reader63): a plain bleeding said by a pregnant woman is
Abnormal vaginal bleeding (not a bleeding tendency), while a named site's bleeding, a
bleeding tendency and a pregnancy only tried for keep their readings; a mole that has got
darker, bigger or is growing is an Atypical nevus beside Nevus."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

ABNORMAL_BLEEDING = "HP:0001892"
VAGINAL_BLEEDING = "HP:0034263"
GINGIVAL_BLEEDING = "HP:0000225"
EPISTAXIS = "HP:0000421"
BRUISING = "HP:0000978"
NEVUS = "HP:0003764"
ATYPICAL_NEVUS = "HP:0001062"
PLACENTAL_ABRUPTION = "MONDO:0004846"


def test_bleeding_in_a_pregnancy_is_vaginal_bleeding(engine: Engine) -> None:
    for question in ("I'm 30 weeks pregnant and bleeding, with a hard painful tummy",
                     "I am 7 weeks pregnant and bleeding with pain low down on one side",
                     "she is pregnant and has started bleeding"):
        found = present_ids(engine, question)
        assert VAGINAL_BLEEDING in found, question
        assert ABNORMAL_BLEEDING not in found, question


def test_bleeding_in_a_late_pregnancy_ranks_placental_abruption(engine: Engine) -> None:
    question = "I'm 30 weeks pregnant and bleeding, with a hard painful tummy"
    assert answer_rank(engine, question, PLACENTAL_ABRUPTION, top=3) < 3


def test_a_sited_bleeding_a_tendency_or_no_pregnancy_keep_their_readings(
        engine: Engine) -> None:
    assert GINGIVAL_BLEEDING in present_ids(engine, "I'm pregnant and my gums are bleeding")
    assert EPISTAXIS in present_ids(engine, "I'm pregnant and have a nosebleed every day")
    tendency = present_ids(engine, "I'm pregnant and I bruise and bleed easily")
    assert {ABNORMAL_BLEEDING, BRUISING} <= tendency
    assert VAGINAL_BLEEDING not in tendency
    assert ABNORMAL_BLEEDING in present_ids(engine, "I keep bleeding for no reason")
    assert VAGINAL_BLEEDING not in present_ids(engine, "I keep bleeding for no reason")
    tried = present_ids(engine, "we have been trying to get pregnant and I keep bleeding")
    assert VAGINAL_BLEEDING not in tried


def test_a_mole_that_changes_is_an_atypical_nevus(engine: Engine) -> None:
    for question in ("one of my moles has got darker over the last few months",
                     "my mole is getting bigger",
                     "a mole on my arm is growing",
                     "a mole on my leg has changed shape and is getting bigger"):
        assert {NEVUS, ATYPICAL_NEVUS} <= present_ids(engine, question), question
    assert ATYPICAL_NEVUS not in present_ids(engine, "I have a mole on my cheek")
