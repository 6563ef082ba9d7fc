"""Position words and lumps at a site (text/sites.py, body_sites.yaml): "pain below my
kneecap", "the back of my knee", "a lump under my arm", "a bump on my finger"."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.sources import DataFiles
from whatcauses.text.lexicon import Lexicon
from whatcauses.text.normalize import stem
from whatcauses.text.sites import POSITION_WORDS, QUADRANT_HEIGHTS, SiteReader


def _reader() -> SiteReader:
    # Only the site vocabulary is used by part_of_site: the mini ontology and an empty
    # lexicon do.
    knowledge = Knowledge.load(
        DataFiles(obo=FIXTURES / "mini.obo", hpoa=FIXTURES / "mini.hpoa", tag="mini"),
        package_version="test",
    )
    return SiteReader(body_sites(), Lexicon({}), knowledge.ontology)


@pytest.mark.parametrize(("text", "position", "expected"), [
    ("pain in the back of my knee", 3, True),  # a part of the knee
    ("the front of her ears", 1, True),
    ("a swelling at the front of the neck", 4, False),  # a site phrase of its own
    ("pain in my back", 3, False),  # the back itself
    ("my back hurts", 1, False),
    ("one side of my face", 1, False),  # a side, never a part noun
])
def test_a_part_noun_before_of_is_no_site(text: str, position: int, expected: bool) -> None:
    words = text.split()
    assert _reader().part_of_site(words, position) is expected


def test_position_words_are_linkers_except_under() -> None:
    linkers = body_sites().linkers
    assert {"below", "above", "behind", "along"} <= linkers
    # "under" starts ages and states too ("under 5"): only the phrase "under my arm" is a site.
    assert "under" not in linkers
    assert ("under", "my", "arm") in body_sites().sites
    assert {"below", "above", "behind"} <= POSITION_WORDS


@pytest.mark.slow
@pytest.mark.parametrize(("question", "expected"), [
    # Below the kneecap is the front of the knee (h-reader47).
    ("I have a sharp pain below my kneecap", "HP:6001144"),  # Pain at the anterior aspect
    # The back of the knee is its posterior aspect (HPO names the pain there).
    ("pain in the back of my knee", "HP:6001145"),
    ("there's a lump under my arm", "HP:0034752"),  # Axillary lymphadenopathy
    ("a bump on my finger", "HP:6001163"),  # Finger mass
    ("a lump on my thyroid", "HP:0025388"),  # Thyroid nodule
    ("lumps in my lungs", "HP:0033821"),  # Pulmonary mass
])
def test_a_site_by_a_position_word_or_a_lump_names_the_site_term(
        engine: Engine, question: str, expected: str) -> None:
    reading = engine.interpret(question)
    assert expected in {i for f in reading.findings if not f.negated for i in f.ids}
    assert not reading.unrecognized


@pytest.mark.slow
@pytest.mark.parametrize("question", ["pain in the back of my knee",
                                      "the back of my ankle hurts"])
def test_the_back_of_a_site_is_no_back_pain(engine: Engine, question: str) -> None:
    reading = engine.interpret(question)
    assert "HP:0003418" not in {i for f in reading.findings for i in f.ids}  # Back pain


@pytest.mark.slow
def test_a_lump_is_never_oedema(engine: Engine) -> None:
    reading = engine.interpret("a red lump on her face")
    assert "HP:0000282" not in {i for f in reading.findings for i in f.ids}  # Facial edema


@pytest.mark.slow
def test_a_lump_alone_is_no_finding(engine: Engine) -> None:
    assert not engine.interpret("I found a lump").findings


@pytest.mark.slow
def test_position_words_inside_a_phrase_are_read(engine: Engine) -> None:
    reading = engine.interpret("pain under my heel")
    assert reading.findings and not reading.unrecognized


@pytest.mark.slow
@pytest.mark.parametrize(("question", "expected"), [
    # A position between a finding and its site, in HPO's words for it (body_sites.yaml
    # positions): front -> anterior, base, back of a hand -> dorsum.
    ("pain at the front of my shoulder", "HP:6001141"),  # Anterior shoulder pain
    ("aching at the base of my thumb", "HP:6001127"),  # Pain at the base of the thumb
    ("swelling on the backs of her hands", "HP:0007514"),  # Edema of the dorsum of hands
    # A position before a finding that names its own site.
    ("the outside of my hip aches", "HP:6001158"),  # Trochanteric pain
    ("medial knee pain on weight bearing", "HP:6001154"),  # Pain at the medial aspect ...
    # The part said before its site, and a position inside the finding's own phrase.
    ("the back of my hand is swollen", "HP:0007514"),  # Edema of the dorsum of hands
    ("pain on the outer side of my foot", "HP:6001153"),  # Pain on the lateral aspect ...
    # Sites HPO names together (body_sites.yaml together).
    ("my hands and feet sweat all the time", "HP:0007410"),  # Palmoplantar hyperhidrosis
    # Around a site: HPO's peri- word (body_sites.yaml around).
    ("redness around my mouth", "HP:0033194"),  # Perioral erythema
    # A part of the head HPO names no pain for takes the head's.
    ("pain in my temples", "HP:0002315"),  # Headache
    # A finger read as a finger, then the hand.
    ("pins and needles in my ring and little fingers", "HP:0033660"),  # Hand paresthesia
    ("pain in my thumb", "HP:0030837"),  # Finger pain
])
def test_a_position_or_a_pair_of_sites_names_the_specific_term(
        engine: Engine, question: str, expected: str) -> None:
    reading = engine.interpret(question)
    assert expected in {i for f in reading.findings if not f.negated for i in f.ids}


@pytest.mark.slow
@pytest.mark.parametrize("question", ["pain in the upper right belly",
                                      "pain in my lower left tummy"])
def test_a_quadrant_is_abdominal_pain_not_epigastric(engine: Engine, question: str) -> None:
    ids = {i for f in engine.interpret(question).findings for i in f.ids}
    assert "HP:0002027" in ids  # Abdominal pain
    assert "HP:0410019" not in ids  # Epigastric pain is upper and central


def test_the_quadrant_heights_are_position_readings_and_stems_alike() -> None:
    # One set serves the site reader (HPO position readings) and the phrase matcher (stems of
    # the question's words, text/recognize.py): each height is both, and the lay words for
    # it read as it ("top" of the tummy: upper).
    positions = body_sites().positions
    for height in QUADRANT_HEIGHTS:
        assert stem(height) == height
        assert positions[height] == (height,)
    assert stem("top") == "upper" and positions["top"] == ("upper",)


@pytest.mark.slow
def test_a_position_with_no_term_keeps_the_general_finding(engine: Engine) -> None:
    # "inside my knee" is within it, not at its inner side: Knee pain stays.
    ids = {i for f in engine.interpret("pain inside my knee").findings for i in f.ids}
    assert "HP:0030839" in ids and "HP:6001154" not in ids


@pytest.mark.slow
@pytest.mark.parametrize(("question", "expected"), [
    # On a limb a side says which one, no quadrant.
    ("pain in my upper left arm", "HP:6001139"),  # Upper arm pain
    # An adjective is of the site it stands before: "upper" is of the arms, never of the
    # thighs. Since h-reader49 "upper arms" is read whole (proximal upper limb), and the
    # two sites share their reading "proximal", as "shoulders and thighs" do.
    ("weakness in my upper arms and thighs", "HP:0003701"),  # Proximal muscle weakness
])
def test_a_height_or_an_adjective_stays_with_its_own_site(
        engine: Engine, question: str, expected: str) -> None:
    assert expected in {i for f in engine.interpret(question).findings for i in f.ids}
