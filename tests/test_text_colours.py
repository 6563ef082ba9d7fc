"""Colour changes of a body part and weather triggers (text/colours.py).

Fast tests read token lists with :func:`read_colours` and :func:`weather_triggers` alone;
the slow ones read whole questions with the real HPO, through the reader and the CLI.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text import colours
from whatcauses.text.colours import (
    ACROCYANOSIS,
    CIRCUMORAL_CYANOSIS,
    CONJUNCTIVAL_ICTERUS,
    CYANOSIS,
    ERYTHEMA,
    FACIAL_ERYTHEMA,
    GANGRENE,
    JAUNDICE,
    PALLOR,
    RAYNAUD,
    TABLE,
    ColourHit,
    read_colours,
    weather_triggers,
)

from .test_cli import cli

__all__ = ["cli"]  # the fixture, shared with test_cli
from whatcauses.text.normalize import tokenize

COLDNESS = "HP:0033850"


def _read(text: str) -> list[ColourHit]:
    words = [t.folded for t in tokenize(text)]
    return read_colours(words, list(range(len(words))), set())


def _ids(text: str) -> list[tuple[str, ...]]:
    return [hit.ids for hit in _read(text)]


def _weather(text: str) -> list[str]:
    words = [t.folded for t in tokenize(text)]
    return [words[p] for p in sorted(weather_triggers(words))]


# ---- one rule each ----

@pytest.mark.parametrize("text", ["my fingers go white", "my toes turn white",
                                  "my hands went white", "her feet have gone white",
                                  "white fingers", "the skin on my fingers turns white"])
def test_white_digits_hands_or_feet_are_raynaud(text: str) -> None:
    assert _ids(text) == [(RAYNAUD,)]


@pytest.mark.parametrize("text", ["my fingers go white then blue then red",
                                  "fingers going white and blue",
                                  "my hands turn pale and blue",
                                  "my fingers go white and then blue when it's cold, then red"])
def test_a_colour_sequence_is_read_once(text: str) -> None:
    assert _ids(text) == [(RAYNAUD,)]


def test_pale_or_blue_digits_are_raynaud_only_in_the_cold() -> None:
    assert _ids("my fingers go pale") == [(PALLOR,)]
    assert _ids("my fingers go pale in the cold") == [(RAYNAUD,)]
    assert _ids("my feet go purple when I stand") == [(ACROCYANOSIS,)]
    assert _ids("my toes go blue in winter") == [(RAYNAUD, ACROCYANOSIS)]


@pytest.mark.parametrize("text", ["her lips went blue", "his lips are dusky",
                                  "blue lips", "my tongue looks purple"])
def test_blue_lips_or_tongue_are_cyanosis(text: str) -> None:
    assert _ids(text) == [(CYANOSIS,)]


@pytest.mark.parametrize("text", ["she goes blue around the lips",
                                  "blue round his mouth when he feeds"])
def test_blue_around_the_lips_is_circumoral_cyanosis(text: str) -> None:
    assert _ids(text) == [(CIRCUMORAL_CYANOSIS,)]


def test_sites_and_colours_map_by_the_table() -> None:
    assert _ids("my skin turned yellow") == [(JAUNDICE,)]
    assert _ids("the whites of my eyes have gone yellow") == [(CONJUNCTIVAL_ICTERUS, JAUNDICE)]
    assert _ids("yellow eyes") == [(CONJUNCTIVAL_ICTERUS, JAUNDICE)]
    assert _ids("my face has gone very pale") == [(PALLOR,)]
    assert _ids("his cheeks went bright red") == [(FACIAL_ERYTHEMA,)]
    assert _ids("the skin on my shin went red") == [(ERYTHEMA,)]
    assert _ids("two of my toes have turned black") == [(GANGRENE,)]
    assert _ids("yellowing of the skin") == [(JAUNDICE,)]


def test_each_site_of_a_list_is_read() -> None:
    assert _ids("blue lips and fingers") == [(CYANOSIS,), (ACROCYANOSIS,)]
    assert _ids("my fingers and toes go white") == [(RAYNAUD,)]
    # Readings sharing a term are one finding: yellow skin and eyes is jaundice.
    assert _ids("yellow skin and eyes") == [(JAUNDICE,)]


@pytest.mark.parametrize("text", [
    "red eyes",  # no pair of the table: the lexicon's Red eye reads it
    "blue whites of the eyes",  # Blue sclerae, a lexicon phrase
    "white patches on the tongue",  # a lesion, not the tongue's colour
    "a red rash on my leg",
    "the rash on my face is red",
    "red eyes and the skin on her fingers is peeling",
    "she looks pale",  # no site: the person's colour (text/descriptors.py)
    "pale stools",
    "my skin went purple",  # a bruise or purpura, no reading here
])
def test_what_the_table_does_not_name_is_left_alone(text: str) -> None:
    assert _read(text) == []


def test_negation_words_are_no_words_of_the_finding() -> None:
    hit, = _read("his lips don't go blue")
    words = [t.folded for t in tokenize("his lips don't go blue")]
    assert "don't" not in [words[p] for p in hit.positions]


@pytest.mark.parametrize(("text", "phrase"), [
    ("my joints ache in the cold", ["in", "the", "cold"]),
    ("worse in the cold", ["worse", "in", "the", "cold"]),
    ("my knees ache more in cold weather", ["more", "in", "cold", "weather"]),
    ("my knee hurts when it's cold", ["when", "it's", "cold"]),
    ("it is worse in the heat", ["worse", "in", "the", "heat"]),
    ("hives on hot days", ["on", "hot", "days"]),
    ("pain during the winter", ["during", "the", "winter"]),
    ("cold weather makes it worse", ["cold", "weather"]),
])
def test_weather_phrases_are_triggers(text: str, phrase: list[str]) -> None:
    assert _weather(text) == phrase


@pytest.mark.parametrize("text", ["I feel cold all the time", "I am always cold",
                                  "cold hands", "I have a cold", "it hurts every day",
                                  "pain in my cold hands", "sensitive to cold"])
def test_being_cold_is_no_trigger(text: str) -> None:
    assert _weather(text) == []


# ---- properties ----

_SITE_WORDS = st.sampled_from(sorted(colours.SITES))
_COLOUR_WORDS = st.sampled_from(sorted(colours.COLOURS))
_VERB_FORMS = st.sampled_from(["turn", "turns", "turned", "turning", "go", "goes", "went",
                               "going", "have gone", "become", "became", "get", "are", "is",
                               "look", "looks", "changes colour to", "keep going"])
_OWNERS = st.sampled_from(["my", "his", "her", "the", "both"])


def _in_table(site: str, colour: str) -> bool:
    return (colours.COLOURS[colour], colours.SITES[site]) in TABLE


@settings(max_examples=300, deadline=None)
@given(_OWNERS, _SITE_WORDS, _VERB_FORMS, _COLOUR_WORDS)
def test_site_verb_colour_in_the_table_is_one_finding(owner: str, site: str, verb: str,
                                                      colour: str) -> None:
    hits = _read(f"{owner} {site} {verb} {colour}")
    if _in_table(site, colour):
        assert len(hits) == 1
        assert hits[0].ids  # the table's reading (or Raynaud phenomenon for white digits)
    else:
        assert hits == []


@settings(max_examples=200, deadline=None)
@given(_COLOUR_WORDS, _SITE_WORDS)
def test_colour_before_site_in_the_table_is_one_finding(colour: str, site: str) -> None:
    hits = _read(f"{colour} {site}")
    assert len(hits) == (1 if _in_table(site, colour) else 0)


@settings(max_examples=100, deadline=None)
@given(_OWNERS, _SITE_WORDS, _VERB_FORMS, _COLOUR_WORDS, st.sampled_from(
    [" in the cold", " when it's cold", " in winter", ""]))
def test_a_trailing_weather_phrase_is_never_a_site_or_colour(
        owner: str, site: str, verb: str, colour: str, weather: str) -> None:
    hits = _read(f"{owner} {site} {verb} {colour}{weather}")
    words = [t.folded for t in tokenize(f"{owner} {site} {verb} {colour}{weather}")]
    for hit in hits:
        assert not set(hit.positions) & weather_triggers(words)


# ---- through the reader, with the real HPO ----

@pytest.mark.slow
def test_every_table_id_is_a_current_hpo_term(engine: Engine) -> None:
    ontology = engine.knowledge.ontology
    for ids in TABLE.values():
        for i in ids:
            assert i in ontology and ontology.resolve(i).id == i


def _present(engine: Engine, question: str) -> list[tuple[str, ...]]:
    return [f.ids for f in engine.interpret(question).findings if not f.negated]


@pytest.mark.slow
@pytest.mark.parametrize(("question", "expected"), [
    ("my fingers go white", (RAYNAUD,)),
    ("my hands go white in the cold", (RAYNAUD,)),
    ("fingers going white and blue in winter", (RAYNAUD,)),
    ("my hands turn pale and blue", (RAYNAUD,)),
    ("my feet go purple when I stand", (ACROCYANOSIS,)),
    ("her lips went blue", (CYANOSIS,)),
    ("my skin turned yellow", (JAUNDICE,)),
])
def test_colour_changes_through_the_reader(engine: Engine, question: str,
                                           expected: tuple[str, ...]) -> None:
    assert _present(engine, question) == [expected]
    assert engine.interpret(question).unrecognized == ()


@pytest.mark.slow
@pytest.mark.parametrize("question", ["my lips don't go blue", "no yellow eyes",
                                      "her fingers never turn white"])
def test_a_negated_colour_change_is_excluded(engine: Engine, question: str) -> None:
    findings = engine.interpret(question).findings
    assert findings and all(f.negated for f in findings)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["joint pain in the cold",
                                      "my knee hurts when it's cold",
                                      "I get a rash in cold weather",
                                      "my chest hurts in the heat"])
def test_a_weather_trigger_is_no_finding(engine: Engine, question: str) -> None:
    interpretation = engine.interpret(question)
    assert all(COLDNESS not in f.ids for f in interpretation.findings)
    assert interpretation.findings
    assert interpretation.unrecognized == ()


@pytest.mark.slow
@pytest.mark.parametrize("question", ["cold hands", "my feet are cold"])
def test_being_cold_is_still_a_finding(engine: Engine, question: str) -> None:
    assert any(COLDNESS in ids for ids in _present(engine, question))


@pytest.mark.slow
def test_an_acral_colour_raises_no_emergency_notice(engine: Engine) -> None:
    assert engine.interpret("fingers going white and blue in winter").red_flags == ()
    assert engine.interpret("her lips went blue").red_flags


@pytest.mark.slow
def test_cli_reads_a_colour_change(cli: Any) -> None:
    result = cli(["ask", "my toes turn white in the cold", "--top", "3"])
    out = result.stdout
    assert result.code == 0
    assert "Raynaud phenomenon" in out.split("\n", 3)[0] + out
    assert "Coldness" not in out


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(_SITE_WORDS, _COLOUR_WORDS, st.sampled_from(
    ["my {site} don't go {colour}", "my {site} never turn {colour}",
     "no {colour} {site}", "my {site} have not gone {colour}"]))
def test_a_negated_colour_of_the_table_is_excluded(engine: Engine, site: str, colour: str,
                                                   form: str) -> None:
    if not _in_table(site, colour):
        return
    question = form.format(site=site, colour=colour)
    findings = engine.interpret(question).findings
    assert findings, question
    assert all(f.negated for f in findings), question


def test_a_colour_change_with_no_colour_named_is_raynaud_of_the_digits() -> None:
    assert _ids("my fingers change colour in the cold") == [(RAYNAUD,)]
    assert _read("my skin changes colour") == []


def test_the_cold_as_a_finding_is_no_raynaud_trigger() -> None:
    assert _ids("my hands are cold and blue") == [(ACROCYANOSIS,)]
    assert _ids("white, cold hands") == [(RAYNAUD,)]


def test_a_site_shared_by_a_series_of_describing_words_stays_free() -> None:
    text = "white, numb fingers"
    words = [t.folded for t in tokenize(text)]
    hit, = _read(text)
    assert hit.ids == (RAYNAUD,)
    assert "fingers" not in [words[p] for p in hit.positions]  # "numb fingers" reads too
    # Red and pale alone are lexicon findings: in a series they are left to it.
    assert _read("red, itchy, swollen toes") == []
    assert _read("painful red swollen knee") == []


def test_a_subject_starts_at_its_determiners() -> None:
    text = "she is very pale and her lips look grey"
    words = [t.folded for t in tokenize(text)]
    hit, = _read(text)
    assert [words[p] for p in hit.positions] == ["her", "lips", "look", "grey"]
    text = "the tips of my fingers go white"
    hit, = _read(text)
    assert len(hit.positions) == len(tokenize(text))


@pytest.mark.slow
def test_a_colour_describing_a_rash_is_no_second_finding(engine: Engine) -> None:
    findings = engine.interpret("a red rash on my leg").findings
    assert len(findings) == 1 and ERYTHEMA in findings[0].ids


# Every term the colour reader can name (its table and the colours said of a person).
SKIN_COLOURS = frozenset({i for ids in TABLE.values() for i in ids} | {
    CYANOSIS, PALLOR, JAUNDICE, ERYTHEMA, FACIAL_ERYTHEMA, ACROCYANOSIS, RAYNAUD,
    CIRCUMORAL_CYANOSIS, CONJUNCTIVAL_ICTERUS, GANGRENE})


def test_red_blood_is_the_colour_of_the_blood() -> None:
    # text/normalize.py passes over a colour before "blood" (the blood's own colour, so that
    # the phrase meets "coughing up blood"); the colour reader takes blood as matter with its
    # own colour: neither reads a red site.
    assert _read("coughing up red blood") == []
    assert _read("bright red blood on my face") == []


@pytest.mark.slow
@pytest.mark.parametrize("question", ["coughing up red blood",
                                      "I keep coughing up bright red blood"])
def test_red_blood_coughed_up_is_hemoptysis_and_no_skin_colour(
        engine: Engine, question: str) -> None:
    # The two modules agree on "red blood": Hemoptysis, and no colour of the skin beside it.
    found = {i for ids in _present(engine, question) for i in ids}
    assert "HP:0002105" in found  # Hemoptysis
    assert not found & SKIN_COLOURS, found
