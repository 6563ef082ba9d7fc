"""The clinician voice, round four (issue 14, h-clinician4): arrows written before their
analyte ("↑TSH ↓fT4") and beside a sign in words ("↓ breath sounds"), a note's sex with a
decade ("F 60s") or apart from the age ("45 M"), a young child's age as a fraction ("8/12 old
boy"), a gestation ("7/40") and "UPT" as a pregnancy, joints by their initials ("DIPJ"), and
the note words of lay_terms (angina, ESM, pansystolic murmur, TATT, amnesia, sausage digits,
anal tone, a quadrant's mass, periorbital puffiness); through the real engine."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import exposure_vocabulary, red_flag_combinations
from whatcauses.text.course import read_course

from .readings import present_ids

HIGH_TSH, LOW_TSH, LOW_FT4, HIGH_FT4 = "HP:0002925", "HP:0031098", "HP:0033078", "HP:0033077"
HYPERCALCEMIA, HIGH_PTH, HIGH_CRP = "HP:0003072", "HP:0003165", "HP:0011227"
DIMINISHED_BREATH_SOUNDS, WEAK_ANAL_TONE = "HP:4000214", "HP:0034917"
JOINT_SWELLING, ARTHRALGIA = "HP:0001386", "HP:0002829"
ANGINA, MIDSYSTOLIC, HOLOSYSTOLIC, MURMUR = "HP:0001681", "HP:0031665", "HP:0031667", "HP:0030148"
FATIGUE, MEMORY, BRADYCARDIA = "HP:0012378", "HP:0002354", "HP:0001662"
FINGER_DACTYLITIS, ABDOMINAL_MASS = "HP:0031090", "HP:0031500"
PERIORBITAL_EDEMA = "HP:0100539"
ECTOPIC = "MONDO:0000755"


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("54F, tired, constipated, ↑TSH ↓fT4", {HIGH_TSH, LOW_FT4}, {LOW_TSH, HIGH_FT4}),
    ("54F, tired, ↑ TSH ↓ fT4", {HIGH_TSH, LOW_FT4}, {LOW_TSH, HIGH_FT4}),
    ("high TSH low fT4, tired", {HIGH_TSH, LOW_FT4}, {LOW_TSH, HIGH_FT4}),
    # the level after its analyte keeps its reading
    ("28F tremor, TSH low fT4 high", {LOW_TSH, HIGH_FT4}, {HIGH_TSH, LOW_FT4}),
    ("28F tremor, TSH ↓ fT4 ↑", {LOW_TSH, HIGH_FT4}, {HIGH_TSH, LOW_FT4}),
    ("57F renal stones, ↑Ca ↑PTH", {HYPERCALCEMIA, HIGH_PTH}, set()),
])
def test_an_arrow_before_each_analyte_is_its_own(engine: Engine, text: str, present: set[str],
                                                 absent: set[str]) -> None:
    read = present_ids(engine, text)
    assert present <= read
    assert not absent & read


def test_an_arrow_beside_a_sign_in_words_is_its_direction(engine: Engine) -> None:
    assert DIMINISHED_BREATH_SOUNDS in present_ids(
        engine, "19M, pleuritic CP, ↓ breath sounds R, hyperresonant R chest")
    assert WEAK_ANAL_TONE in present_ids(engine, "48M, LBP, saddle anaesthesia, ↓ anal tone on PR")
    # beside a laboratory name it stays the result's level
    assert HIGH_CRP in present_ids(engine, "72F LIF pain, fever, CRP ↑")


@pytest.mark.parametrize(("text", "age", "sex"), [
    ("F 60s, cough", 65.0, "female"),
    ("60s F, cough", 65.0, "female"),
    ("F30s, polyuria", 35.0, "female"),
    ("M 40's with SOB", 45.0, "male"),
    ("45 M, cough", 45.0, "male"),
    ("M45, chest pain", 45.0, "male"),
    ("8/12 old boy, cough", 8 / 12, "male"),
    ("9/12 F, cough", 9 / 12, "female"),
    ("boy aged 8/12, cough", 8 / 12, "male"),    # months, not eight years
])
def test_a_notes_age_and_sex(engine: Engine, text: str, age: float, sex: str) -> None:
    reading = engine.interpret(text)
    assert reading.age == pytest.approx(age)
    assert reading.sex == sex


def test_a_decade_gives_its_range_and_a_duration_is_no_age(engine: Engine) -> None:
    assert engine.interpret("F 60s, cough").age_range == (60.0, 70.0)
    assert engine.interpret("3/52 old baby, cough").age == pytest.approx(21 / 365.25)
    assert engine.interpret("3/12 hx of cough").age is None
    assert engine.interpret("45M, 3/12 hx cough").age == 45.0


def test_a_childs_age_fraction_is_no_duration() -> None:
    course = read_course("8/12 M, 2/7 cough and fever")
    assert course is not None and course.days == 2.0
    assert read_course("8/12 old boy, cough") is None
    course = read_course("45M, 3/12 hx cough")
    assert course is not None and course.days == 90.0


def _pregnant(engine: Engine, text: str) -> bool | None:
    """True: a pregnancy read; False: a pregnancy denied; None: none named."""
    said = [x for x in engine.interpret(text).exposures if x.key == "pregnancy"]
    return None if not said else not any(x.negated for x in said)


def test_a_gestation_and_a_pregnancy_test_name_a_pregnancy(engine: Engine) -> None:
    question = "26F, 7/40 by LMP, PV spotting, LIF pain, shoulder tip pain"
    assert _pregnant(engine, question) is True
    answer = engine.ask(question, top=5)
    assert answer.urgent is not None
    assert answer.ranking.candidates[0].id == ECTOPIC
    assert _pregnant(engine, "LIF pain, +ve UPT") is True
    assert engine.ask("LIF pain, +ve UPT", top=5).urgent is not None
    assert _pregnant(engine, "UPT -ve, LIF pain") is False
    assert engine.ask("UPT -ve, LIF pain", top=5).urgent is None
    # a blood pressure, a date or a gestation past term is no pregnancy
    assert _pregnant(engine, "BP 120/40, dizzy") is None
    assert _pregnant(engine, "seen on 7/40/2020, dizzy") is None
    assert _pregnant(engine, "dizzy 50/40") is None


def test_the_pregnancy_combinations_name_known_exposures() -> None:
    keys = {e.key for e in exposure_vocabulary()}
    named = [c for c in red_flag_combinations() if c.exposures]
    assert named
    assert all(set(c.exposures) <= keys for c in named)


@pytest.mark.parametrize(("text", "expected"), [
    ("39F, DIPJ swelling, psoriasis", JOINT_SWELLING),
    ("63M, hot swollen 1st MTPJ", JOINT_SWELLING),
    ("painful MCPJs and PIPJs", ARTHRALGIA),
])
def test_a_joint_by_its_initials(engine: Engine, text: str, expected: str) -> None:
    assert expected in present_ids(engine, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("78M, exertional syncope & angina", ANGINA),
    ("78M, ESM radiating to carotids", MIDSYSTOLIC),
    ("78M, ejection systolic murmur", MIDSYSTOLIC),
    ("IVDU, fevers, new pansystolic murmur", HOLOSYSTOLIC),
    ("34F, TATT, wt gain", FATIGUE),
    ("17M, head injury, brief LOC, amnesia for the event", MEMORY),
    ("39F, sausage digits, nail pitting", FINGER_DACTYLITIS),
    ("dactylitis of the toes", "HP:0031091"),
    ("8/12 old boy, redcurrant jelly stool, sausage-shaped mass RUQ", ABDOMINAL_MASS),
    ("epigastric mass, weight loss", ABDOMINAL_MASS),
    ("5 yo M, periorbital puffiness, frothy urine", PERIORBITAL_EDEMA),
])
def test_note_words(engine: Engine, text: str, expected: str) -> None:
    assert expected in present_ids(engine, text)


def test_a_slow_rising_pulse_is_no_slow_pulse(engine: Engine) -> None:
    read = present_ids(engine, "78M, O/E slow-rising pulse, ESM")
    assert BRADYCARDIA not in read
    assert MIDSYSTOLIC in read
    assert MURMUR not in read


REDUCED_CONSCIOUSNESS = "HP:0004372"


@pytest.mark.parametrize(("text", "read"), [
    ("42F, sudden severe HA, vomiting, GCS 14/15", True),
    ("hypotensive, febrile, GCS 9", True),
    ("hypotensive, febrile, ↓GCS", True),
    ("17M, head injury, brief LOC, GCS 15/15", False),   # the full score
    ("GCS 3/7 ago was 15", False),                       # a time, no score
    ("5yo, fever, GCS 10", False),                       # a child's scale differs
])
def test_a_glasgow_coma_score_below_the_full_score(engine: Engine, text: str,
                                                  read: bool) -> None:
    assert (REDUCED_CONSCIOUSNESS in present_ids(engine, text)) is read


def test_a_name_is_no_shorthand(engine: Engine) -> None:
    assert "HP:0001662" not in present_ids(engine, "Brady is my son, he has a cough")


@pytest.mark.parametrize(("text", "urgent"), [
    ("negative pregnancy test, LIF pain", False),
    ("pregnancy test negative, LIF pain", False),
    ("pregnancy test +ve, LIF pain", True),
    # another word of the combination still counts
    ("missed period, pregnancy test negative, LIF pain", True),
])
def test_a_denied_pregnancy_is_no_word_of_the_pregnancy_notice(engine: Engine, text: str,
                                                               urgent: bool) -> None:
    assert (engine.ask(text, top=5).urgent is not None) is urgent


@pytest.mark.parametrize(("text", "expected"), [
    ("+ve Phalen's, numb fingers at night", "HP:0033673"),   # Positive Phalen test
    ("Phalen's positive", "HP:0033673"),
    ("RIF pain, RIF guarding", "HP:0032546"),                # Abdominal guarding
    ("T1DM, vomiting, Kussmaul breathing", "HP:0002883"),    # Hyperventilation
    ("wt loss, Virchow's node, early satiety", "HP:0034750"),  # Supraclavicular lymphadenopathy
])
def test_signs_and_tests_named_after_people(engine: Engine, text: str, expected: str) -> None:
    assert expected in present_ids(engine, text)


def test_guarding_alone_and_kussmaul_alone_keep_their_readings(engine: Engine) -> None:
    assert "HP:0032546" not in present_ids(engine, "he keeps guarding his sore knee")
    assert "HP:0002883" not in present_ids(engine, "Kussmaul pulse")
