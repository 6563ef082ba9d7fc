"""Words read in the wrong sense (h-reader35), on the real engine: a mood word said of a body
part ("my eye gets red and irritated") is no Irritability; a skin word said of a lining ("my
throat is red") is no skin Erythema, while redness that HPO names with its site stays (Red
eye, Facial erythema) and a person's irritability stays; "comes round" is waking from a faint,
never "come ... quickly"; a child holding his breath when upset is a Breath-holding spell; and
plain wordings of halitosis, cracked lip corners and forgetfulness are read."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

IRRITABILITY, ERYTHEMA, RED_EYE, FACIAL_ERYTHEMA = (
    "HP:0000737", "HP:0010783", "HP:0025337", "HP:0001041")
PREMATURE_EJACULATION, BREATH_HOLDING, HALITOSIS = "HP:0012876", "HP:6000950", "HP:0100812"
ANGULAR_CHEILITIS, MEMORY_IMPAIRMENT = "HP:0030318", "HP:0002354"
BREATH_HOLDING_SPELLS, ACUTE_OTITIS_EXTERNA = "MONDO:0011861", "MONDO:0001051"
OTITIS_EXTERNA = "HP:0410017"


@pytest.mark.parametrize("question", [
    "My eye sometimes gets red and irritated.",
    "My eyes feel irritated in the wind.",
    "I have irritated eyes.",
    "The tip of my penis is red and irritated.",
    "My skin is red and irritated."])
def test_an_irritated_body_part_is_no_irritability(engine: Engine, question: str) -> None:
    assert IRRITABILITY not in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "He is irritable and his tummy hurts.",
    "My tummy hurts and I get irritated easily.",
    "My knee pain makes her irritable.",
    "She is irritable, eyes are red."])
def test_a_persons_irritability_stays(engine: Engine, question: str) -> None:
    assert IRRITABILITY in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "My throat is red and sore.",
    "I have a red, sore throat.",
    "My tongue has smooth red patches.",
    "My ear canal is red and swollen."])
def test_redness_of_a_lining_is_no_skin_erythema(engine: Engine, question: str) -> None:
    assert ERYTHEMA not in present_ids(engine, question)


def test_redness_hpo_names_with_its_site_stays(engine: Engine) -> None:
    assert RED_EYE in present_ids(engine, "My eye sometimes gets red and irritated.")
    assert FACIAL_ERYTHEMA in present_ids(engine, "My baby has red cheeks.")
    assert ERYTHEMA in present_ids(engine, "My skin is red and irritated.")


def test_a_red_ear_canal_is_otitis_externa(engine: Engine) -> None:
    question = "My ear canal is red and swollen and it hurts when I pull my earlobe."
    assert OTITIS_EXTERNA in present_ids(engine, question)
    assert answer_rank(engine, question, ACUTE_OTITIS_EXTERNA) == 0


@pytest.mark.parametrize("question", [
    "My toddler goes pale and floppy, then comes round quickly.",
    "He fainted and came round quickly."])
def test_coming_round_is_no_premature_ejaculation(engine: Engine, question: str) -> None:
    assert PREMATURE_EJACULATION not in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "My son holds his breath when he is upset and turns blue.",
    "My daughter holds her breath when she cries."])
def test_holding_the_breath_when_upset_is_a_breath_holding_spell(
        engine: Engine, question: str) -> None:
    assert BREATH_HOLDING in present_ids(engine, question)
    assert answer_rank(engine, question, BREATH_HOLDING_SPELLS) < 3


@pytest.mark.parametrize(("question", "term"), [
    ("My breath smells.", HALITOSIS),
    ("The corners of my lips are sore with painful cracks.", ANGULAR_CHEILITIS),
    ("My grandmother repeats herself.", MEMORY_IMPAIRMENT)])
def test_plain_wordings_are_read(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize(("question", "wrong"), [
    ("I'm sick of being tired all the time.", "HP:0002013"),  # Vomiting
    ("I'm tired of feeling bloated.", "HP:0012378"),  # Fatigue
    ("My skin breaks out in itchy welts.", "HP:0001061"),  # Acne
    ("My back went when I bent to pick up the shopping.", "HP:0002650"),  # Scoliosis
    ("My daughter holds her breath and goes limp.", "HP:0031955"),  # Antalgic gait
    ("I get a cold sore on my lip.", "HP:0033850")])  # Coldness
def test_idioms_are_not_read_word_by_word(engine: Engine, question: str, wrong: str) -> None:
    assert wrong not in present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("I keep breaking out in spots.", "HP:0001061"),  # Acne: what breaks out is unread
    ("Her spine is bent to one side.", "HP:0002650"),  # Scoliosis: the shape of a part
    ("He walks with a limp.", "HP:0031955"),  # Antalgic gait
    ("My daughter goes limp in her spells.", "HP:0001252"),  # Hypotonia
    ("My hand goes dead at night.", "HP:0033748"),  # Hypoesthesia
    ("I get butterflies in my stomach.", "HP:0000739"),  # Anxiety
    ("I keep flying off the handle.", IRRITABILITY),
    ("My ankles have blown up by the evening.", "HP:0001785")])  # Ankle swelling
def test_idioms_read_in_their_own_sense(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "He's been a pain in the neck all week and has a fever.",
    "Getting up the stairs is a pain."])
def test_a_nuisance_is_no_pain(engine: Engine, question: str) -> None:
    assert not {"HP:0012531", "HP:0030833"} & present_ids(engine, question)


@pytest.mark.parametrize(("question", "term"), [
    ("There is a pain in my chest.", "HP:0100749"),  # Chest pain
    ("It is a pain in my lower back that comes and goes.", "HP:0003419"),  # Low back pain
    ("I have a pain in my neck.", "HP:0030833")])  # Neck pain
def test_a_pain_placed_in_the_body_stays(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_holding_the_breath_when_hurt_is_no_breathing_pain(engine: Engine) -> None:
    read = present_ids(engine, "She holds her breath when she gets hurt.")
    assert BREATH_HOLDING in read
    assert "HP:0033771" not in read  # Pleuritic chest pain


def test_jelly_legs_and_funny_speech_are_weakness_and_a_speech_disorder(engine: Engine) -> None:
    question = "My legs went like jelly and my speech went funny for ten minutes, but I'm fine now."
    assert {"HP:0007340", "HP:0001260"} <= present_ids(engine, question)


def test_an_irritable_bladder_is_no_irritability(engine: Engine) -> None:
    assert IRRITABILITY not in present_ids(engine, "My bladder is irritable and I go all the time.")


def test_teeth_sensitive_to_cold_are_no_cold_intolerance(engine: Engine) -> None:
    assert "HP:6000855" not in present_ids(engine, "My teeth are sensitive to cold drinks.")
    assert "HP:6000855" in present_ids(engine, "I am sensitive to cold and always wear a jumper.")


def test_tender_boobs_are_breast_pain(engine: Engine) -> None:
    assert "HP:0034265" in present_ids(engine, "My period is late and my boobs are tender.")


@pytest.mark.parametrize("question", [
    "A week after a cold sore I got round red spots on my hands.",
    "I keep getting cold sores."])
def test_a_cold_sore_is_no_coldness_nor_pain(engine: Engine, question: str) -> None:
    read = present_ids(engine, question)
    assert "HP:0410028" in read  # Recurrent oral herpes, as "cold sores" reads
    assert not {"HP:0033850", "HP:6000855", "HP:0012531"} & read


def test_a_cold_and_a_sore_throat_stay_apart(engine: Engine) -> None:
    read = present_ids(engine, "I have a cold sore throat and fever.")
    assert "HP:0033050" in read and "HP:0410028" not in read



def test_a_person_after_the_part_keeps_the_mood(engine: Engine) -> None:
    assert IRRITABILITY in present_ids(engine, "His eye is sore and he's irritable.")
