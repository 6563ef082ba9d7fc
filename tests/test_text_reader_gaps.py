"""Reader gaps of issue 14 (h-reader10), on the real engine: a negated verb after a body
site, colour words a finding already implies, figurative pain, pain that spreads, "at rest",
trying to get pregnant, abdominal quadrants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text.healing import read_healing
from whatcauses.text.normalize import tokenize

from .readings import present_ids

POOR_HEALING = "HP:0001058"


def _labels(engine: Engine, question: str) -> set[str]:
    return {label for f in engine.interpret(question).findings for label in f.labels}


# ---- a negation after a site belongs to the verb that follows it ----

def test_a_site_that_wont_heal_is_not_an_absent_part(engine: Engine) -> None:
    assert not any(label.startswith("Absent") for label in _labels(engine, "My foot won't heal."))
    # a phrase that names the healing still reads it
    assert POOR_HEALING in present_ids(engine, "My cut won't heal.")


@settings(max_examples=25, deadline=None)
@given(site=st.sampled_from(["foot", "leg", "arm", "hand", "shoulder", "eyes", "legs", "toe"]),
       verb=st.sampled_from(["won't heal", "won't keep still", "can't move", "doesn't bend",
                             "won't open", "didn't straighten"]))
def test_a_negated_verb_after_a_site_never_makes_the_site_absent(
        engine: Engine, site: str, verb: str) -> None:
    labels = _labels(engine, f"My {site} {verb}.")
    assert not any(label.startswith(("Absent", "Aplasia")) for label in labels)


def test_a_negation_before_a_site_still_names_an_absent_part(engine: Engine) -> None:
    labels = _labels(engine, "She was born with no hands.")
    assert any(label.startswith("Absent") for label in labels)
    # and a negated verb that is the finding's own phrase is still read
    assert "Primary amenorrhea" in _labels(engine, "Her periods haven't started.")


# ---- trying to get pregnant is no pregnancy ----

def _exposures(engine: Engine, question: str) -> tuple[str, ...]:
    return engine.interpret(question).exposure_keys


@settings(max_examples=20, deadline=None)
@given(wish=st.sampled_from(["We have been trying to get", "I can't get", "I want to get",
                             "We are struggling to fall", "I am hoping to become"]))
def test_a_pregnancy_only_wished_for_is_no_pregnancy(engine: Engine, wish: str) -> None:
    reading = engine.interpret(f"{wish} pregnant and my periods are irregular.")
    assert "pregnancy" not in reading.exposure_keys
    # it is reported, as an exposure that is not there
    assert any(m["kind"] == "excluded exposure" for m in reading.mappings())


def test_a_pregnancy_that_happened_is_still_one(engine: Engine) -> None:
    assert "pregnancy" in _exposures(engine, "I am 20 weeks pregnant and have a headache.")
    assert "pregnancy" in _exposures(engine, "I got pregnant last month and feel sick.")
    assert "pregnancy" not in _exposures(engine, "We are planning a pregnancy.")


# ---- one reading for a colour word a finding already says ----

ERYTHEMA, FACIAL_ERYTHEMA = "HP:0010783", "HP:0001041"


def test_a_statement_of_its_own_stays_though_implied(engine: Engine) -> None:
    # Panic attack is narrower than Anxiety, but "always anxious" is said for itself
    labels = _labels(engine, "always anxious and I get panic attacks")
    assert {"Anxiety", "Panic attack"} <= labels


def test_the_colour_of_a_red_rash_is_no_second_finding(engine: Engine) -> None:
    reading = engine.interpret("I have a red rash on my arms.")
    # once: the colour is Erythema, the rash its other readings
    assert sum(f.ids.count(ERYTHEMA) for f in reading.findings) == 1
    assert any(f.is_group and "Skin rash" in f.labels for f in reading.findings)
    cheeks = engine.interpret("My toddler has bright red cheeks.")
    assert [f.ids for f in cheeks.findings] == [(FACIAL_ERYTHEMA,)]


@settings(max_examples=30, deadline=None)
@given(parts=st.lists(st.sampled_from(["a red rash", "red skin", "red cheeks", "pain",
                                       "joint pain", "a fever", "recurrent fevers", "itching",
                                       "itchy red eyes", "no fever", "a headache"]),
                      min_size=2, max_size=4, unique=True))
def test_no_finding_is_implied_by_one_beside_it(engine: Engine, parts: list[str]) -> None:
    question = "I have " + " and ".join(parts) + "."
    reading = engine.interpret(question)
    onto = engine.knowledge.ontology
    for f in reading.findings:
        if f.is_group:
            continue
        beside = [i for g in reading.findings if g is not f and g.negated == f.negated
                  and len(question[min(f.end, g.end):max(f.start, g.start)].split()) <= 3
                  for i in g.ids if i in onto]
        assert not any(f.ids[0] == i or onto.is_ancestor(onto.index(f.ids[0]), onto.index(i))
                       for i in beside), (f.text, f.ids)


# ---- figurative pain ----

PAIN, CHEST_PAIN, SHOCK, HEADACHE = "HP:0012531", "HP:0100749", "HP:0031273", "HP:0002315"


@settings(max_examples=30, deadline=None)
@given(site=st.sampled_from(["foot", "chest", "back", "knee", "head", "stomach"]),
       image=st.sampled_from(["it is on fire", "an elephant is sitting on it", "knives",
                              "an electric shock", "I have been stabbed", "it is in a vice",
                              "broken glass"]))
def test_a_pain_simile_is_pain_at_the_site(engine: Engine, site: str, image: str) -> None:
    reading = engine.interpret(f"My {site} feels like {image}.")
    onto = engine.knowledge.ontology
    ids = [i for f in reading.findings for i in f.ids]
    assert SHOCK not in ids
    assert any(i in (HEADACHE, PAIN) or onto.is_ancestor(onto.index(PAIN), onto.index(i))
               for i in ids if i in onto), (image, [f.labels for f in reading.findings])
    # the image's words are no unknown words
    assert not {"knives", "elephant", "shock", "glass", "vice"} & set(reading.unrecognized)


def test_a_simile_after_pain_is_no_second_pain_and_keeps_the_site(engine: Engine) -> None:
    reading = engine.interpret("A pain like knives in my stomach.")
    assert [f.labels for f in reading.findings] == [("Abdominal pain",)]
    assert CHEST_PAIN in present_ids(engine, "It feels like an elephant is sitting on my chest.") \
        or "Angina pectoris" in _labels(engine, "It feels like an elephant is sitting on my chest.")


def test_like_without_an_image_is_no_pain(engine: Engine) -> None:
    assert "Pain" not in _labels(engine, "I feel like I have gained weight.")
    assert "Increased body weight" in _labels(engine, "I feel like I have gained weight.")


# ---- pain that spreads ----

LOW_BACK_PAIN, LEG_PAIN, ARM_PAIN, FLANK_PAIN, GROIN_PAIN, BACK_PAIN = (
    "HP:0003419", "HP:0012514", "HP:0012513", "HP:0030157", "HP:0031520", "HP:0003418")


def test_the_place_a_pain_reaches_is_read_too(engine: Engine) -> None:
    assert {LOW_BACK_PAIN, LEG_PAIN} <= present_ids(
        engine, "Pain in my lower back that shoots down my leg.")
    assert ARM_PAIN in present_ids(engine, "Chest pain spreading to my left arm.")
    assert {FLANK_PAIN, GROIN_PAIN} <= present_ids(
        engine, "Pain in my side that travels down to my groin.")


@settings(max_examples=20, deadline=None)
@given(verb=st.sampled_from(["spreads", "shoots", "goes", "travels", "radiates"]),
       direction=st.sampled_from(["down", "to", "into", "up"]))
def test_only_a_pain_spreads(engine: Engine, verb: str, direction: str) -> None:
    # a rash or a swelling that spreads is no pain, and a pain that goes away goes nowhere
    assert not any("pain" in label.lower() for label in
                   _labels(engine, f"I have a rash that {verb} {direction} my arms."))
    question = f"My leg hurts and the rash {verb} {direction} my back."
    assert BACK_PAIN not in present_ids(engine, question)


# ---- abdominal quadrants ----

ABDOMINAL_PAIN = "HP:0002027"


@settings(max_examples=15, deadline=None)
@given(side=st.sampled_from(["right", "left"]), level=st.sampled_from(["upper", "lower"]),
       order=st.booleans())
def test_a_quadrant_pain_is_abdominal_pain_with_its_site(
        engine: Engine, side: str, level: str, order: bool) -> None:
    quadrant = f"{side} {level} quadrant" if order else f"{level} {side} quadrant"
    reading = engine.interpret(f"Pain in the {quadrant} since yesterday.")
    pains = [f for f in reading.findings if ABDOMINAL_PAIN in f.ids]
    assert pains and pains[0].site is not None and "quadrant" in pains[0].site
    assert ABDOMINAL_PAIN in present_ids(engine, f"{side[0].upper()}{level[0].upper()}Q pain")


# ---- at rest ----

RESTING_TREMOR, TREMOR, REST_DYSPNEA = "HP:0002322", "HP:0001337", "HP:0033710"


def test_rest_belongs_to_its_own_finding(engine: Engine) -> None:
    assert RESTING_TREMOR in present_ids(engine, "My hand shakes when it is resting in my lap.")
    assert REST_DYSPNEA in present_ids(engine, "I get breathless even at rest.")


@settings(max_examples=15, deadline=None)
@given(finding=st.sampled_from(["my knee hurts", "I get chest pain", "I feel dizzy",
                                "I am breathless", "my legs ache"]),
       rest=st.sampled_from(["when resting", "at rest", "when it is resting"]))
def test_rest_alone_is_no_tremor(engine: Engine, finding: str, rest: str) -> None:
    assert not {RESTING_TREMOR, TREMOR} & present_ids(engine, f"{finding} {rest}.")


# ---- h-reader12: six more classes (bench/data/probe_reader5.yaml) ----

SKIN_ULCER = "HP:0200042"
JAW_PAIN = "HP:0040264"
ARM_PAIN = "HP:0012513"
SHOULDER_PAIN = "HP:0030834"
BACK_PAIN = "HP:0003418"
KNEE_PAIN = "HP:0030839"
HIP_PAIN = "HP:0030838"
INFERTILITY = "HP:0000789"
PRESYNCOPE = "HP:0031972"
COLD_INTOLERANCE = "HP:6000855"
HEAT_INTOLERANCE = "HP:0002046"


@settings(max_examples=20, deadline=None)
@given(verb=st.sampled_from(["spreading to", "going into", "shoots into", "radiates to"]),
       first=st.sampled_from(["my arm", "my left arm"]), joiner=st.sampled_from(["", "my "]))
def test_each_site_a_pain_reaches_is_read(engine: Engine, verb: str, first: str,
                                          joiner: str) -> None:
    present = present_ids(engine, f"Chest pain {verb} {first} and {joiner}jaw when I walk.")
    assert {ARM_PAIN, JAW_PAIN} <= present


def test_two_joint_sites_after_one_pain_word_are_two_findings(engine: Engine) -> None:
    assert {KNEE_PAIN, HIP_PAIN} <= present_ids(engine, "Pain in my left knee and my hip.")
    # "and my hip hurts" is a statement of its own, and still hip pain
    assert HIP_PAIN in present_ids(engine, "Pain in my knee and my hip hurts too.")


@settings(max_examples=20, deadline=None)
@given(pronoun=st.sampled_from(["it", "the pain", "this"]),
       verb=st.sampled_from(["goes into", "spreads to", "shoots into", "goes through to"]),
       site=st.sampled_from([("my right shoulder", SHOULDER_PAIN), ("my back", BACK_PAIN)]))
def test_a_spreading_clause_after_and_refers_back_to_the_pain(
        engine: Engine, pronoun: str, verb: str, site: tuple[str, str]) -> None:
    words, term = site
    question = f"I have a bad pain in my stomach after meals, and {pronoun} {verb} {words}."
    assert term in present_ids(engine, question)


@settings(max_examples=10, deadline=None)
@given(verb=st.sampled_from(["goes into", "spreads to"]))
def test_something_else_that_spreads_after_and_is_no_pain(engine: Engine, verb: str) -> None:
    present = present_ids(engine, f"I have a rash on my chest, and it {verb} my back.")
    assert BACK_PAIN not in present


@settings(max_examples=25, deadline=None)
@given(noun=st.sampled_from(["a sore", "an ulcer", "sores", "a cut", "a wound"]),
       site=st.sampled_from(["", " on my shin", " on my left foot"]),
       verb=st.sampled_from(["that won't heal", "that isn't healing", "that has not healed",
                             "won't heal"]))
def test_a_wound_that_does_not_heal(engine: Engine, noun: str, site: str, verb: str) -> None:
    interpretation = engine.interpret(f"I have {noun}{site} {verb}.")
    present = {i for f in interpretation.findings if not f.negated for i in f.ids}
    assert present & {SKIN_ULCER, POOR_HEALING}
    assert "HP:0012531" not in present  # never bare Pain from "sore"
    assert interpretation.unrecognized == ()


@settings(max_examples=10, deadline=None)
@given(site=st.sampled_from(["arm", "throat", "back"]))
def test_not_healing_needs_a_wound_noun(engine: Engine, site: str) -> None:
    # "sore" as an adjective is pain; the healing rule is bound to the noun
    present = present_ids(engine, f"My {site} is sore and won't heal.")
    assert SKIN_ULCER not in present


@pytest.mark.parametrize("question", [
    "We can't conceive.", "My husband and I are struggling to conceive.",
    "No luck getting pregnant after two years.", "We are having trouble getting pregnant."])
def test_failing_to_conceive_is_infertility(engine: Engine, question: str) -> None:
    interpretation = engine.interpret(question)
    assert INFERTILITY in {i for f in interpretation.findings for i in f.ids}
    assert not any(x.key == "pregnancy" and not x.negated for x in interpretation.exposures)


@pytest.mark.parametrize("spelling", ["light-headed", "light headed", "lightheaded"])
def test_light_headed_in_every_spelling(engine: Engine, spelling: str) -> None:
    interpretation = engine.interpret(f"I feel {spelling} and tired.")
    assert PRESYNCOPE in {i for f in interpretation.findings for i in f.ids}
    assert interpretation.unrecognized == ()
    # on standing, the lay phrase's narrower term or the word's own
    standing = present_ids(engine, f"I go {spelling} when I stand up.")
    assert standing & {PRESYNCOPE, "HP:0001278"}


@pytest.mark.parametrize(("question", "term"), [
    ("I can't tolerate the cold any more.", COLD_INTOLERANCE),
    ("I cannot cope with the cold and my hair is thin.", COLD_INTOLERANCE),
    ("I feel the cold much more than others.", COLD_INTOLERANCE),
    ("I can't tolerate the heat and I sweat a lot.", HEAT_INTOLERANCE)])
def test_intolerance_of_cold_or_heat(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def _healing(text: str) -> list[tuple[str, ...]]:
    words = [t.folded for t in tokenize(text)]
    return [hit.ids for hit in read_healing(words, list(range(len(words))), set())]


@settings(max_examples=40, deadline=None)
@given(between=st.lists(st.sampled_from(["on", "my", "left", "shin", "that", "still"]),
                        max_size=5),
       breaker=st.sampled_from([",", "and", "but", "."]))
def test_a_break_before_the_negated_verb_ends_the_wound(between: list[str],
                                                       breaker: str) -> None:
    assert _healing(f"a sore {' '.join(between)} {breaker} it won't heal") == []
    assert _healing(f"a sore {' '.join(between)} won't heal") != []


@pytest.mark.parametrize("text", ["my arm is sore and won't heal", "I cut my finger",
                                  "the cut is healing well", "a sore throat"])
def test_no_wound_noun_or_no_negated_healing_reads_nothing(text: str) -> None:
    assert _healing(text) == []


@settings(max_examples=20, deadline=None)
@given(duration=st.sampled_from([("for a year", True), ("for 18 months", True),
                                 ("for two years", True), ("for 3 months", False),
                                 ("for six weeks", False), ("", False)]),
       verb=st.sampled_from(["We have been trying to get pregnant", "I've tried to get pregnant"]))
def test_a_pregnancy_tried_for_a_year_is_infertility(
        engine: Engine, duration: tuple[str, bool], verb: str) -> None:
    words, infertile = duration
    interpretation = engine.interpret(f"{verb} {words}.".replace(" .", "."))
    present = {i for f in interpretation.findings if not f.negated for i in f.ids}
    assert (INFERTILITY in present) == infertile
    assert not any(x.key == "pregnancy" and not x.negated for x in interpretation.exposures)


def test_a_year_in_another_sentence_says_nothing_of_trying(engine: Engine) -> None:
    question = "I've had headaches for a year. We are trying to get pregnant."
    assert INFERTILITY not in present_ids(engine, question)
