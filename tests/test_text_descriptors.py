"""Lay descriptors of body parts and lay anatomy (text/descriptors.py, body_sites.yaml).

Fast tests read with the mini fixture ontology and a small hand-made lexicon whose terms stand
in for HPO's ("Large ears" played by the fixture's Focal seizure, and so on); the slow ones
read the issue's examples with the real HPO.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from tests.readings import present_ids
from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.curated import body_sites, read_yaml
from whatcauses.knowledge.sources import DataFiles
from whatcauses.text.interpretation import RecognizedFinding
from whatcauses.text.lexicon import Lexicon, LexiconEntry
from whatcauses.text.normalize import phrase_key
from whatcauses.text.question import QuestionReader

LARGE_EARS = "HP:0000102"  # stands in for Macrotia ("Large ears")
WINGED = "HP:0000103"  # stands in for Scapular winging ("Winged scapulae")
PROXIMAL = "HP:0000202"  # stands in for Proximal muscle weakness
WEAKNESS = "HP:0000203"
SMALL_HAND = "HP:0000201"  # stands in for Small hand
NARROW_ONLY = "HP:0000101"  # a term named by a narrow synonym only
LARGE_TOE = "HP:0000100"  # a term "big" + "toe" would wrongly name


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    knowledge = Knowledge.load(
        DataFiles(obo=FIXTURES / "mini.obo", hpoa=FIXTURES / "mini.hpoa", tag="mini"),
        package_version="test",
    )
    entries = {
        phrase_key("large ears"): LexiconEntry((LARGE_EARS,), "layperson", 0.95),
        phrase_key("winged scapulae"): LexiconEntry((WINGED,), "EXACT", 0.9),
        phrase_key("muscle weakness"): LexiconEntry((WEAKNESS,), "name", 1.0),
        phrase_key("weakness"): LexiconEntry((WEAKNESS,), "curated", 1.1),
        phrase_key("proximal muscle weakness"): LexiconEntry((PROXIMAL,), "name", 1.0),
        phrase_key("small hand"): LexiconEntry((SMALL_HAND,), "name", 1.0),
        phrase_key("large nose"): LexiconEntry((NARROW_ONLY,), "NARROW", 0.5),
        phrase_key("large toe"): LexiconEntry((LARGE_TOE,), "layperson", 0.95),
    }
    return QuestionReader(Lexicon(entries), knowledge.ontology)


def first_ids(findings: Iterable[RecognizedFinding]) -> list[str]:
    return [f.ids[0] for f in findings]


@pytest.mark.parametrize("question", [
    "big ears", "huge ears", "his ears are big", "ears that are really big", "my ears look big",
    "ears which are enlarged", "Big Ears?",
])
def test_a_descriptor_and_its_site_are_one_finding_in_either_order(
        reader: QuestionReader, question: str) -> None:
    reading = reader.read(question)
    assert first_ids(reading.findings) == [LARGE_EARS]
    finding = reading.findings[0]
    assert finding.source == "site" and finding.site is not None
    assert finding.site.lower() == "ears"
    assert reading.question[finding.start:finding.end] == finding.text
    assert not reading.unrecognized


@pytest.mark.parametrize("question", [
    "shoulder blades that stick out", "my shoulder blades stick out",
    "his shoulder blades are sticking out", "sticking-out shoulder blades",
    "shoulder blades which poke out",
])
def test_lay_anatomy_is_translated_to_hpo_anatomy(reader: QuestionReader, question: str) -> None:
    # "shoulder blade" is read as HPO's "scapula", "stick out" as "winged".
    reading = reader.read(question)
    assert first_ids(reading.findings) == [WINGED]
    assert not reading.unrecognized


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["big", "huge", "enlarged", "bigger"]),
       st.sampled_from(["{d} ears", "ears that are {d}", "my ears are {d}",
                        "his ears which look {d}", "the ears are very {d}"]),
       st.sampled_from(["", "fever and ", "no rash, "]))
def test_descriptor_reorderings_read_the_same(reader: QuestionReader, descriptor: str,
                                              template: str, before: str) -> None:
    reading = reader.read(before + template.format(d=descriptor))
    described = [f for f in reading.findings if f.source == "site"]
    assert first_ids(described) == [LARGE_EARS] and not described[0].negated


def test_several_sites_share_their_reading(reader: QuestionReader) -> None:
    reading = reader.read("weak thighs and shoulders")
    assert first_ids(reading.findings) == [PROXIMAL]


def test_a_descriptor_is_negated_like_any_finding(reader: QuestionReader) -> None:
    reading = reader.read("no big ears but shoulder blades that stick out")
    assert first_ids(reading.excluded) == [LARGE_EARS]
    assert first_ids(reading.present) == [WINGED]


def test_only_close_synonyms_are_composed(reader: QuestionReader) -> None:
    # "Large nose" is only a narrow synonym here: "big nose" names no term.
    assert not reader.read("big nose").findings


def test_a_descriptor_belongs_to_the_word_next_to_it(reader: QuestionReader) -> None:
    # "small" describes the bump, not the hand: no "Small hand" across other words.
    reading = reader.read("a small red bump on his hand")
    assert SMALL_HAND not in first_ids(reading.findings)
    assert first_ids(reader.read("a small hand").findings) == [SMALL_HAND]


def test_a_descriptor_that_starts_a_site_name_is_part_of_the_site(
        reader: QuestionReader) -> None:
    # "big toe" is a site of its own (hallux), never "big" + "toe".
    assert not reader.read("pain in my big toe").findings
    assert first_ids(reader.read("a big toe").findings) == []
    assert first_ids(reader.read("my toes are big").findings) == [LARGE_TOE]


# ---- the curated vocabulary ----

def test_descriptor_and_site_vocabularies_are_apart() -> None:
    sites = body_sites()
    assert sites.descriptors[("stick", "out")][0] == "prominent"
    assert ("wide", "set") in sites.descriptors  # hyphens split as the reader splits them
    assert sites.sites[("shoulder", "blades")] == ("scapula", "scapular")
    assert not set(sites.descriptors) & set(sites.sites)


def test_a_descriptor_listed_as_a_site_is_a_data_error() -> None:
    import copy

    from whatcauses.errors import DataError
    from whatcauses.knowledge.curated import parse_body_sites

    raw = copy.deepcopy(read_yaml("body_sites.yaml"))
    raw["descriptors"]["ears"] = ["large"]
    with pytest.raises(DataError, match="descriptors lists site words"):
        parse_body_sites(raw)


# ---- the real HPO ----

_SITES = sorted(read_yaml("body_sites.yaml")["sites"])


@pytest.mark.slow
@pytest.mark.parametrize("site", _SITES)
def test_a_site_word_alone_is_never_a_finding(engine: Engine, site: str) -> None:
    for question in (site, f"my {site}", f"the {site} and"):
        assert not engine.interpret(question).findings, question


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_SITES),
       st.sampled_from([" ".join(d) for d in body_sites().descriptors]),
       st.sampled_from(["{d} {s}", "my {s} are {d}", "{s} that {d}"]))
def test_a_site_word_is_never_read_as_a_different_finding(
        engine: Engine, site: str, descriptor: str, template: str) -> None:
    """With a descriptor beside it, a site word is part of the descriptor's finding or of
    none: never a finding by itself."""
    reading = engine.interpret(template.format(d=descriptor, s=site))
    for finding in reading.findings:
        assert finding.text.lower() != site


@pytest.mark.slow
@pytest.mark.parametrize(("question", "expected"), [
    ("shoulder blades that stick out", "HP:0003691"),  # Scapular winging
    ("big ears", "HP:0000400"),  # Macrotia ("Large ears")
    ("his ears stick out", "HP:0000411"),  # Protruding ear
    ("thin calves", "HP:0008944"),  # Distal lower limb amyotrophy, not thinness
    ("weak thighs", "HP:0008994"),  # Proximal muscle weakness in lower limbs
    ("I can't feel my toes", "HP:0002936"),  # Distal sensory impairment
    ("eyes far apart", "HP:0000316"),  # Hypertelorism ("Widely spaced eyes")
    ("bendy joints", "HP:0001382"),  # Joint hypermobility
    ("yellow lumps on my heel tendons", "HP:0010874"),  # Tendon xanthomatosis
    ("the whites of his eyes are blue", "HP:0000592"),  # Blue sclerae
    ("weak legs that started in the feet", "HP:0009053"),  # Distal lower limb weakness
    ("cramps and muscle pain after exercise", "HP:0003710"),  # shared circumstance
    ("born without the coloured part of her eyes", "HP:0000526"),  # Aniridia ("Absent iris")
    ("tiny dents in the fingernails", "HP:0001803"),  # Nail pits
    ("tummy pain that comes and goes", "HP:0002574"),  # site and circumstance together
    ("a cough that won't go away", "HP:0034315"),  # Chronic cough
    ("he has had pneumonia twice", "HP:0006532"),  # Recurrent pneumonia
])
def test_lay_descriptions_on_the_real_hpo(engine: Engine, question: str,
                                          expected: str) -> None:
    reading = engine.interpret(question)
    assert expected in {i for f in reading.present for i in f.ids}
    assert not reading.unrecognized or reading.unrecognized == ("tiny",)


@pytest.mark.slow
def test_the_narrower_of_two_sites_stands_for_both(engine: Engine) -> None:
    reading = engine.interpret("weak legs that started in the feet")
    assert [f.ids for f in reading.findings] == [("HP:0009053",)]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "absent"), [
    ("my hair", "HP:0000998"),  # not Hypertrichosis ("too much hair")
    ("pain after eating", "HP:0002591"),  # not Polyphagia ("eats too much")
    ("her moods swing from crying to laughing", "HP:0040082"),  # not Happy demeanor
    ("sore tendons", "HP:0025230"),  # not Tendonitis (stemming)
    ("fever and pain in the knees", "HP:0030839"),  # fever takes no site
])
def test_words_are_not_read_as_findings_they_do_not_name(engine: Engine, question: str,
                                                         absent: str) -> None:
    reading = engine.interpret(question)
    got = {i for f in reading.findings for i in f.ids if f.text.lower() != "pain in the knees"}
    assert absent not in got


@pytest.mark.slow
def test_a_quantity_is_part_of_the_finding(engine: Engine) -> None:
    assert {f.ids[0] for f in engine.interpret("our son keeps falling").present} == {
        "HP:0002359"}  # Frequent falls
    lot = engine.interpret("I have a lot of pain")
    assert [f.ids[0] for f in lot.present] == ["HP:0012531"] and not lot.unrecognized


@pytest.mark.slow
def test_contracted_pronouns_are_function_words(engine: Engine) -> None:
    reading = engine.interpret("I've had a cough and she's always tired")
    assert not any("'" in word for word in reading.unrecognized)


@pytest.mark.slow
def test_a_quantity_never_stretches_a_phrase_across_a_statement(engine: Engine) -> None:
    reading = engine.interpret("they water all the time and he hates bright light")
    light = [f for f in reading.present if "HP:0000613" in f.ids]
    assert [f.text for f in light] == ["hates bright light"]


_PIECES = ["burning pain", "weak", "big", "thin", "pain", "swelling", "ears", "hands", "feet",
           "legs", "shoulder blades", "stick out", "after exercise", "a lot", "cramps", "fever",
           "tummy", "comes and goes", "no", "that", "in the", "and", "my", "rash"]


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=2, max_size=7))
def test_findings_never_overlap_and_keep_their_text(engine: Engine, pieces: list[str]) -> None:
    question = " ".join(pieces)
    reading = engine.interpret(question)
    spans = {(f.start, f.end) for f in reading.findings}
    for finding in reading.findings:
        assert question[finding.start:finding.end] == finding.text
    for a in spans:
        for b in spans:
            assert a == b or a[1] <= b[0] or b[1] <= a[0], (question, spans)


@pytest.mark.slow
def test_a_phrase_across_and_does_not_take_a_described_site(engine: Engine) -> None:
    reading = engine.interpret("a long face, big ears and large testicles")
    by_text = {f.text: f.ids[0] for f in reading.present}
    assert by_text["big ears"] == "HP:0000400"  # Macrotia
    assert by_text["large testicles"] == "HP:0000053"  # Macroorchidism


@pytest.mark.slow
@pytest.mark.parametrize("question", ["a dislocated eye lens", "pain in my big toe joint",
                                      "a swelling at the front of the neck"])
def test_site_words_inside_a_finding_are_never_unrecognised(engine: Engine,
                                                             question: str) -> None:
    reading = engine.interpret(question)
    assert reading.findings and not reading.unrecognized


SHORT_NOSE = "HP:0003196"


@pytest.mark.slow
@pytest.mark.parametrize("question, wrong", [
    ("a small spot on my nose", SHORT_NOSE),
    ("my nose has a small spot", SHORT_NOSE),
    ("a big spot on my chin full of pus", "HP:0000303"),  # Mandibular prognathia
    ("a tiny spot on my eyelid", "HP:0430009"),
])
def test_a_size_word_measures_the_spot_after_it_not_the_site(engine: Engine, question: str,
                                                             wrong: str) -> None:
    # h-reader64 (issue 14): the spot is small, not the nose.
    assert wrong not in present_ids(engine, question)


@pytest.mark.slow
@pytest.mark.parametrize("question, right", [
    ("my nose is small", SHORT_NOSE),
    ("a small nose", SHORT_NOSE),
    ("my child has a small head", "HP:0000252"),  # Microcephaly
    ("his ears are big", "HP:0000400"),  # Macrotia
])
def test_a_size_said_of_a_site_is_still_read(engine: Engine, question: str, right: str) -> None:
    assert right in present_ids(engine, question)


@pytest.mark.slow
def test_a_relative_clause_after_a_spot_is_said_of_the_spot(engine: Engine) -> None:
    # h-reader64: "that bleeds" is the spot's, no nosebleed (Epistaxis).
    assert "HP:0000421" not in present_ids(engine, "my nose has a small spot that bleeds")
