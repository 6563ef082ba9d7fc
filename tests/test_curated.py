"""The curated word files are checked on read: a bad entry names the file and the key."""

from __future__ import annotations

import copy
import re
from importlib.resources import files
from typing import Any

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.curated import (
    lay_terms,
    parse_lay_terms,
    parse_question_words,
    parse_red_flags,
    question_words,
    read_yaml,
)
from whatcauses.text.normalize import phrase_key, tokenize


def test_the_shipped_question_words_load_once() -> None:
    words = question_words()
    assert question_words() is words  # cached: read once per process, not per question
    assert {"no", "without", "denies"} <= words.negation_before
    assert ("free", "of") in words.negation_phrases_before
    assert words.negation_cue_only_after <= words.negation_after
    assert "result" in words.frame and "and" in words.coordinators


def _question_words(change: Any) -> dict[str, Any]:
    raw = copy.deepcopy(read_yaml("question_words.yaml"))
    change(raw)
    assert isinstance(raw, dict)
    return raw


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda raw: raw["negation"]["before_finding"].insert(0, False),  # an unquoted "no"
         r"question_words.yaml: negation.before_finding\[0\]: Input should be a valid string"),
        (lambda raw: raw["frame"].append("result"),
         r"question_words.yaml: frame: Value error, 'result' is listed twice"),
        (lambda raw: raw["uncertainty"].append("Maybe"),
         r"question_words.yaml: uncertainty\[\d+\]: String should match pattern"),
        (lambda raw: raw["negation"].pop("after_finding"),
         r"question_words.yaml: negation.after_finding: Field required"),
        (lambda raw: raw["negation"]["cue_only_after_finding"].append("gone"),
         r"question_words.yaml: negation: Value error, cue_only_after_finding lists words "
         r"not in after_finding: \['gone'\]"),
        (lambda raw: raw.update(lab_hints=["anti"]),
         r"question_words.yaml: lab_hints: Extra inputs are not permitted"),
        (lambda raw: raw.update(clause_words=[]),
         r"question_words.yaml: clause_words: .*at least 1 item"),
    ],
)
def test_a_bad_question_word_entry_names_file_and_key(change: Any, message: str) -> None:
    with pytest.raises(DataError, match=message):
        parse_question_words(_question_words(change))


def test_an_empty_question_words_file_is_a_data_error() -> None:
    with pytest.raises(DataError, match=r"question_words.yaml: \(whole file\)"):
        parse_question_words(None)


def test_a_red_flag_without_advice_is_a_data_error_not_a_key_error() -> None:
    raw = [{"phrase": "chest pain", "hpo": ["HP:0100749"], "advice": "Call now."},
           {"phrase": "thunderclap headache", "hpo": ["HP:0030907"]}]
    with pytest.raises(
        DataError,
        match=r"red_flags.yaml: entry 2 \(phrase 'thunderclap headache'\)\.advice: Field required",
    ):
        parse_red_flags(raw)
    assert parse_red_flags(raw[:1])[0].hpo == ("HP:0100749",)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"phrase": "tired", "hpo": ["0012378"]}, r"entry 1 \(phrase 'tired'\)\.hpo\[0\]"),
        ({"phrase": "tired", "hpo": ["HP:0012378"], "kind": "symptom"},
         r"entry 1 \(phrase 'tired'\)\.kind: Input should be 'finding', 'lab', 'antibody' or"
         r" 'none'"),
        ({"phrase": "", "hpo": ["HP:0012378"]}, r"entry 1\.phrase"),
        ({"phrase": "tired", "hpo": []},
         r"entry 1 \(phrase 'tired'\): Value error, a wording of kind none has no hpo ids"),
    ],
)
def test_a_bad_lay_term_names_file_and_entry(entry: dict[str, Any], message: str) -> None:
    with pytest.raises(DataError, match=r"lay_terms.yaml: " + message):
        parse_lay_terms([entry])


def test_an_abbreviation_must_be_capitals() -> None:
    ok = parse_lay_terms([{"phrase": "SOB", "hpo": ["HP:0002094"], "abbreviation": True}])
    assert ok[0].abbreviation
    with pytest.raises(DataError, match=r"lay_terms.yaml: entry 1 \(phrase 'sob'\)"):
        parse_lay_terms([{"phrase": "sob", "hpo": ["HP:0002094"], "abbreviation": True}])


def test_the_shipped_family_and_site_words_load() -> None:
    from whatcauses.knowledge.curated import body_sites, family_words

    family = family_words()
    assert family.relatives["father"] == ("HP:0000006",)
    assert family.maternal_males <= set(family.relatives)
    sites = body_sites()
    assert "proximal" in sites.sites[("thighs",)] and sites.sides[("both",)] == "bilateral"
    assert ("after", "eating") in sites.sites


def test_a_family_statement_with_an_unknown_mode_is_a_data_error() -> None:
    from whatcauses.knowledge.curated import parse_family_words

    raw = copy.deepcopy(read_yaml("family_history.yaml"))
    raw["statements"][0]["modes"] = ["HP:0000118"]
    with pytest.raises(DataError, match=r"family_history.yaml: statements\[0\]\.modes\[0\]"):
        parse_family_words(raw)


def test_first_degree_relatives_are_known_relatives_and_the_parents_and_children() -> None:
    from whatcauses.knowledge.curated import family_words, parse_family_words

    words = family_words()
    assert {"mum", "dad", "brother", "sister", "son", "daughter"} <= words.first_degree
    assert not {"uncle", "aunt", "cousin", "grandma"} & words.first_degree
    raw = copy.deepcopy(read_yaml("family_history.yaml"))
    raw["first_degree"] = [*raw["first_degree"], "neighbour"]
    with pytest.raises(DataError, match="first_degree lists words not in relatives"):
        parse_family_words(raw)


# ---- lay_terms.yaml against the real HPO (issues 12/13/14) ----

_LINE = re.compile(
    r'^- \{phrase: "(?P<phrase>[^"]+)", hpo: \[(?P<ids>[^\]]+)\].*\}  # (?P<names>.+)$')


@pytest.mark.slow
def test_every_lay_term_is_a_current_phenotypic_abnormality_named_as_its_comment_says(
    engine: Engine,
) -> None:
    """Every id exists in this release, is not obsolete or an alternative id, lies under
    HP:0000118, and the trailing comment (for human review) gives the terms' own names."""
    ontology = engine.knowledge.ontology
    for entry in lay_terms():
        for hpo in entry.hpo:
            resolution = ontology.resolve(hpo)  # raises outside Phenotypic abnormality
            assert resolution.id == hpo and resolution.note is None, (entry.phrase, hpo)
    text = (files("whatcauses.knowledge") / "curated" / "lay_terms.yaml").read_text("utf-8")
    lines = [m for line in text.splitlines() if (m := _LINE.match(line))]
    assert len(lines) == sum(1 for entry in lay_terms() if entry.hpo)  # kind none: no ids
    for match in lines:
        ids = [i.strip() for i in match["ids"].split(",")]
        names = [n.strip() for n in match["names"].split(" | ")]
        assert names == [ontology.name(i) for i in ids], match["phrase"]


def test_no_lay_phrase_rests_on_words_the_matcher_ignores() -> None:
    """A phrase of several words whose key is one word claims that word alone: "sleeping too
    much" keyed as "sleep" read every "sleeping" as Hypersomnia. Such an entry is written as
    the one word, so that what it claims is plain."""
    for entry in lay_terms():
        words = [t for t in tokenize(entry.phrase) if t.is_word]
        assert len(words) == 1 or " " in phrase_key(entry.phrase), entry.phrase


def test_each_lay_phrase_key_has_one_meaning() -> None:
    """Two wordings that normalise to one key must not claim different terms (the first
    would silently win)."""
    meaning: dict[str, tuple[str, tuple[str, ...]]] = {}
    for entry in lay_terms():
        if entry.abbreviation:
            continue
        key = phrase_key(entry.phrase)
        first = meaning.setdefault(key, (entry.phrase, tuple(entry.hpo)))
        assert first[1] == tuple(entry.hpo), (first, entry.phrase, entry.hpo)
