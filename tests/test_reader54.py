"""Reader gaps of issue 14 (h-reader54): a list of sites before one descriptor is read at each
site, more sudden-onset wordings, a blue tinge of the lips, thick yellow hard skin, limbs that
move on their own, too breathless to talk in full sentences, a finding placed at a site that a
disease shows only elsewhere (rank/sites.py ``site_mismatch_weights``), a condition the person
says they are (text/known.py) and a relative's past diagnosis said alone (text/persons.py
``family_history_alone``)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.sites import SITE_MISMATCH_WEIGHT, site_mismatch_weights
from whatcauses.text.modifiers import ACUTE

from .readings import answer_rank, cli_interpretation, modifier_ids, present_ids

ANKLE_SWELLING = "HP:0001785"
FINGER_SWELLING = "HP:0025131"
JAUNDICE = "HP:0000952"
HYPERKERATOSIS = "HP:0000962"
RESTLESS_LEGS = "HP:0012452"
INVOLUNTARY_MOVEMENTS = "HP:0004305"
DYSPNEA = "HP:0002094"
CYANOSIS = {"HP:0000961", "HP:0034030"}  # Cyanosis, Lip cyanosis
PARESTHESIA = "HP:0003401"
CARPAL_TUNNEL = "MONDO:0007275"


def test_a_list_of_sites_before_a_descriptor_is_read_at_each(engine: Engine) -> None:
    read = present_ids(engine, "my ankles and fingers are puffy")
    assert {ANKLE_SWELLING, FINGER_SWELLING} <= read
    # The nearest site alone without a linking verb or a list ("puffy fingers").
    assert ANKLE_SWELLING not in present_ids(engine, "puffy fingers")


def test_more_words_for_a_sudden_onset(engine: Engine) -> None:
    assert ACUTE in modifier_ids(engine, "I woke up with one side of my face drooping")
    assert ACUTE in modifier_ids(engine, "a terrible headache that came on all at once")
    # A habit of waking with it is no sudden onset.
    assert ACUTE not in modifier_ids(engine, "I wake up with a headache every morning")


def test_a_blue_tinge_to_the_lips_is_cyanosis_and_urgent(engine: Engine) -> None:
    question = "my baby has a blue tinge to his lips and is wheezing"
    assert CYANOSIS & present_ids(engine, question)
    assert engine.interpret(question).red_flags


def test_thick_yellow_hard_skin_is_no_jaundice(engine: Engine) -> None:
    read = present_ids(engine, "thick yellow skin on the soles of my feet")
    assert JAUNDICE not in read and HYPERKERATOSIS in read
    assert JAUNDICE in present_ids(engine, "my skin and eyes have gone yellow")


def test_limbs_that_move_on_their_own_are_involuntary_movements(engine: Engine) -> None:
    read = present_ids(engine, "my arms and legs move on their own")
    assert INVOLUNTARY_MOVEMENTS in read and RESTLESS_LEGS not in read
    assert RESTLESS_LEGS in present_ids(engine, "I have an urge to move my legs at night")


def test_too_breathless_to_talk_in_full_sentences(engine: Engine) -> None:
    question = "he's wheezing and can't talk in full sentences"
    assert DYSPNEA in present_ids(engine, question)
    assert engine.interpret(question).red_flags


def test_a_site_a_disease_shows_only_elsewhere_weighs_less(engine: Engine) -> None:
    knowledge = engine.knowledge
    weights = site_mismatch_weights(knowledge, [((PARESTHESIA,), "outer thigh")])
    assert weights is not None
    index = knowledge.disease_ids_index
    # Carpal tunnel syndrome lists Hand paresthesia, no paresthesia of the leg.
    assert weights[index[CARPAL_TUNNEL]] == SITE_MISMATCH_WEIGHT
    # At the hand it fits, and no site leaves every weight alone.
    at_hand = site_mismatch_weights(knowledge, [((PARESTHESIA,), "hand")])
    assert at_hand is None or at_hand[index[CARPAL_TUNNEL]] == 1.0
    assert site_mismatch_weights(knowledge, [((PARESTHESIA,), "nowhere")]) is None
    # Through the answer: carpal tunnel no longer leads numbness of the thigh, and still
    # leads tingling of the thumb and fingers.
    assert answer_rank(engine, "numbness in the outer thigh", CARPAL_TUNNEL) > 0
    assert answer_rank(engine, "tingling in my thumb and first two fingers at night",
                       CARPAL_TUNNEL) == 0


TYPE_1_DIABETES = "HP:0100651"
DIABETES = "HP:0000819"
COLON_CANCER = "HP:0003003"
DKA = "MONDO:0012819"


def _known(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).known_conditions for i in f.ids}


def test_a_condition_the_person_says_they_are_is_known_not_a_finding(engine: Engine) -> None:
    question = "I'm a type 1 diabetic and I've been vomiting and breathing fast"
    assert TYPE_1_DIABETES in _known(engine, question)
    assert TYPE_1_DIABETES not in {f.ids[0] for f in engine.interpret(question).present}
    assert DIABETES in _known(engine, "as a diabetic I get numb feet")
    assert _known(engine, "I'm asthmatic and have a cough")
    # Said of a part or with no identity word, diabetes stays a finding.
    assert not _known(engine, "my diabetic foot has an ulcer")
    # A known condition lifts the diseases that list it: ketoacidosis rises with it.
    fruity = "I've been vomiting, breathing fast and my breath smells fruity"
    assert answer_rank(engine, "I'm a type 1 diabetic and " + fruity, DKA) < answer_rank(
        engine, fruity, DKA)


def test_a_known_condition_in_the_cli_json(engine: Engine, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    said = cli_interpretation(engine, monkeypatch, "I'm asthmatic and I have a fever")
    known = [f for f in [*said["findings"], *said["or_groups"]] if f["known"]]
    assert known and known[0]["text"] == "asthmatic"


def test_a_relatives_past_diagnosis_alone_is_family_history(engine: Engine) -> None:
    for question in ("my mother had bowel cancer", "my mother had bowel cancer, am I at risk?",
                     "my dad died of a heart attack at 50, am I at risk?"):
        reading = engine.interpret(question)
        assert reading.family_findings and not reading.present, question
    assert COLON_CANCER in {i for f in engine.interpret("my mother had bowel cancer")
                            .family_findings for i in f.ids}
    # The relative's condition is ranked for its inherited causes.
    assert answer_rank(engine, "my mother had bowel cancer, am I at risk?", "ORPHA:144") < 10
    # A relative with a complaint, or a child, is the patient still.
    for question in ("my dad had chest pain yesterday", "my son has a fever",
                     "my mum has chest pain and I'm worried", "my dad passed out at work"):
        reading = engine.interpret(question)
        assert reading.present and not reading.family_findings, question


def test_hair_is_the_hair_of_the_head(engine: Engine) -> None:
    """A person's "hair" is on the scalp: pattern hair loss, whose hair loss HPO files as
    Alopecia of scalp, is not marked down as showing it only elsewhere."""
    knowledge = engine.knowledge
    alopecia = "HP:0001596"
    pattern_hair_loss = knowledge.disease_ids_index["MONDO:0005339"]
    weights = site_mismatch_weights(knowledge, [((alopecia,), "hair")])
    assert weights is None or weights[pattern_hair_loss] == 1.0
    # Hair loss said at another place still marks it down ("hair loss on my legs").
    on_legs = site_mismatch_weights(knowledge, [((alopecia,), "legs")])
    assert on_legs is not None and on_legs[pattern_hair_loss] == SITE_MISMATCH_WEIGHT
