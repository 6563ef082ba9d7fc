"""The question reader on the mini fixture ontology (fast; the full-HPO twins are in test_text.py).

The mini lexicon holds the fixture's names and synonyms: "Seizure" (synonyms "Fits",
"Epileptic seizure"), "Muscle stiffness" ("Stiff muscles"), "Muscle weakness", "Focal
seizure", "Generalized seizure", "Neuromuscular rigidity". The curated cue words, category
words and red flags are the real ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from whatcauses.errors import InputError, QuestionError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.sources import DataFiles
from whatcauses.limits import MAX_QUESTION_CHARS
from whatcauses.text.interpretation import Interpretation, RecognizedFinding
from whatcauses.text.lexicon import Lexicon, LexiconEntry
from whatcauses.text.negation import (
    NEGATION_LOOKAHEAD_TOKENS,
    NEGATION_LOOKBACK_WORDS,
    UNCERTAINTY_LOOKBACK_TOKENS,
)
from whatcauses.text.normalize import phrase_key
from whatcauses.text.question import QuestionReader

SEIZURE = "HP:0000101"
STIFFNESS = "HP:0000201"
WEAKNESS = "HP:0000203"


@pytest.fixture(scope="module")
def mini() -> Knowledge:
    """The hand-drawn mini data, loaded once for this module's readers."""
    return Knowledge.load(
        DataFiles(obo=FIXTURES / "mini.obo", hpoa=FIXTURES / "mini.hpoa", tag="mini"),
        package_version="test",
    )


@pytest.fixture(scope="module")
def reader(mini: Knowledge) -> QuestionReader:
    return QuestionReader(Lexicon.build(mini), mini.ontology)


def ids(findings: Iterable[RecognizedFinding]) -> set[str]:
    return {f.ids[0] for f in findings}


@pytest.mark.parametrize(
    "question",
    ["stiff muscles", "muscles are stiff", "my muscles are really stiff", "muscle stiffness",
     "Muscle Stiffness?"],
)
def test_word_order_and_inflection_read_as_one_finding(
        reader: QuestionReader, question: str) -> None:
    reading = reader.read(question)
    assert ids(reading.present) == {STIFFNESS}
    assert not reading.excluded and not reading.unrecognized


def test_a_finding_keeps_its_words_and_span_as_written(reader: QuestionReader) -> None:
    reading = reader.read("  ﬁts and Stiff Muscles  ")
    assert reading.question == "ﬁts and Stiff Muscles"
    assert {(f.text, f.labels[0]) for f in reading.findings} == {
        ("ﬁts", "Seizure"), ("Stiff Muscles", "Muscle stiffness")}
    for finding in reading.findings:
        assert reading.question[finding.start : finding.end] == finding.text


def test_but_no_negates_only_what_follows(reader: QuestionReader) -> None:
    reading = reader.read("fits but no muscle weakness")
    assert ids(reading.present) == {SEIZURE}
    assert ids(reading.excluded) == {WEAKNESS}


def test_a_negation_reaches_every_item_of_a_list(reader: QuestionReader) -> None:
    reading = reader.read("without fits or muscle weakness")
    assert ids(reading.excluded) == {SEIZURE, WEAKNESS}
    assert not reading.present


@pytest.mark.parametrize(
    "question",
    ["denies seizures", "no history of seizures", "free of seizures", "absence of seizures",
     "she doesn't have seizures", "she doesn’t have seizures",  # a curly apostrophe
     "seizures absent", "seizures were negative", "NO SEIZURES"],
)
def test_negation_cues(reader: QuestionReader, question: str) -> None:
    reading = reader.read(question)
    assert ids(reading.excluded) == {SEIZURE}
    assert not reading.present


def test_a_negation_stops_at_the_end_of_its_clause(reader: QuestionReader) -> None:
    reading = reader.read("no fever; fits")
    assert ids(reading.present) == {SEIZURE}


def test_a_negation_stops_at_an_unexplained_word(reader: QuestionReader) -> None:
    reading = reader.read("no idea why the fits started")
    assert ids(reading.present) == {SEIZURE}
    assert reading.unrecognized == ("idea",)


def test_the_negation_windows_have_the_documented_sizes(reader: QuestionReader) -> None:
    # Function words between a cue and its finding: within the window the cue reaches.
    near = "no " + "the " * (NEGATION_LOOKBACK_WORDS - 1) + "seizures"
    far = "no " + "the " * NEGATION_LOOKBACK_WORDS + "seizures"
    assert ids(reader.read(near).excluded) == {SEIZURE}
    assert ids(reader.read(far).present) == {SEIZURE}
    after_near = "seizures " + "the " * (NEGATION_LOOKAHEAD_TOKENS - 1) + "absent"
    after_far = "seizures " + "the " * NEGATION_LOOKAHEAD_TOKENS + "absent"
    assert ids(reader.read(after_near).excluded) == {SEIZURE}
    assert ids(reader.read(after_far).present) == {SEIZURE}
    unsure = "maybe " + "the " * (UNCERTAINTY_LOOKBACK_TOKENS - 1) + "seizures"
    sure = "maybe " + "the " * UNCERTAINTY_LOOKBACK_TOKENS + "seizures"
    assert reader.read(unsure).findings[0].uncertain
    assert not reader.read(sure).findings[0].uncertain


def test_coordinated_findings_are_read_separately(reader: QuestionReader) -> None:
    reading = reader.read("fits and muscle weakness")
    assert sorted((f.text, f.ids[0]) for f in reading.findings) == [
        ("fits", SEIZURE), ("muscle weakness", WEAKNESS)]


def test_words_apart_can_still_make_one_finding(reader: QuestionReader) -> None:
    reading = reader.read("the muscles in my legs are stiff")
    assert ids(reading.present) == {STIFFNESS}
    # No term for stiff leg muscles here: the site inside the finding is kept as its site.
    assert not reading.unrecognized and reading.present[0].site == "legs"


def test_category_words_name_a_category_not_a_finding(reader: QuestionReader) -> None:
    reading = reader.read("What autoimmune disease causes stiff muscles?")
    assert reading.categories == ("autoimmune",)
    assert reading.category_words == ("autoimmune disease",)
    assert ids(reading.present) == {STIFFNESS}
    assert not reading.unrecognized


def test_red_flags_are_raised_and_not_when_negated(reader: QuestionReader) -> None:
    flagged = reader.read("a thunderclap headache and fits")
    assert [f.text for f in flagged.red_flags] == ["thunderclap headache"]
    assert not reader.read("no thunderclap headache").red_flags
    assert not reader.read("stiff muscles").red_flags


def test_unrecognized_words_are_reported_never_dropped(reader: QuestionReader) -> None:
    reading = reader.read("fits and flibbertigibbet")
    assert ids(reading.present) == {SEIZURE}
    assert reading.unrecognized == ("flibbertigibbet",)


def test_age_and_sex_words_are_context_not_findings(reader: QuestionReader) -> None:
    reading = reader.read("my 8 year old son has fits")
    assert (reading.age, reading.sex) == (8.0, "male")
    assert ids(reading.present) == {SEIZURE} and not reading.unrecognized


def test_an_ambiguous_phrase_is_an_or_group(mini_knowledge: Knowledge) -> None:
    lexicon = Lexicon({phrase_key("tight muscles"): LexiconEntry((STIFFNESS, WEAKNESS),
                                                                 "curated", 1.1)})
    reading = QuestionReader(lexicon, mini_knowledge.ontology).read("tight muscles")
    assert not reading.present and len(reading.or_groups) == 1
    group = reading.or_groups[0]
    assert group.labels == ("Muscle stiffness", "Muscle weakness")
    shown = reading.to_dict()
    assert shown["or_groups"][0]["ids"] == [STIFFNESS, WEAKNESS] and not shown["findings"]


@pytest.mark.parametrize(
    "question", ["", "   \n\t ", "x" * (MAX_QUESTION_CHARS + 1), "fever\x00rash", None, 42]
)
def test_bad_questions_raise_one_line_question_error(
        reader: QuestionReader, question: object) -> None:
    with pytest.raises(QuestionError) as info:
        reader.read(question)  # type: ignore[arg-type]
    assert isinstance(info.value, InputError)
    assert str(info.value) and "\n" not in str(info.value)


def test_one_reader_serves_many_threads(reader: QuestionReader) -> None:
    questions = ["fits but no muscle weakness", "stiff muscles", "no history of seizures",
                 "my 8 year old son has fits"] * 25
    alone = [reader.read(q) for q in questions]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(reader.read, questions))
    assert together == alone


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(
    ["fits", "stiff", "muscles", "no", "not", "and", "but", ",", " ", "ﬁ", "é", "weakness",
     "absent", "maybe", "son", "8 year old", "\u0301"]), min_size=1, max_size=25).map("".join))
def test_every_finding_span_slices_the_question_to_its_text(
        reader: QuestionReader, words: str) -> None:
    try:
        reading: Interpretation = reader.read(words)
    except QuestionError:
        assert not words.strip()
        return
    for finding in reading.findings:
        assert reading.question[finding.start : finding.end] == finding.text


# ---- red flags that contain a negation word ----

@pytest.mark.parametrize(
    "question",
    ["I can't breathe", "a rash that doesn't fade", "he won't wake up",
     "a seizure that won't stop", "she has not passed urine all day"],
)
def test_red_flags_that_hold_a_negation_word_are_raised(
        reader: QuestionReader, question: str) -> None:
    flags = reader.read(question).red_flags
    assert flags, question
    assert all(flag.advice for flag in flags)


def test_a_red_flag_with_a_negation_word_is_still_negated_by_a_cue(
        reader: QuestionReader) -> None:
    assert not reader.read("no seizure that won't stop").red_flags
    # "not" inside the phrase is no cue for the fits before it.
    reading = reader.read("fits and has not passed urine all day")
    assert ids(reading.present) == {SEIZURE} and reading.red_flags


def test_absence_naming_a_seizure_type_is_no_negation(reader: QuestionReader) -> None:
    assert ids(reader.read("absence seizures").excluded) == set()
    assert ids(reader.read("absence of seizures").excluded) == {SEIZURE}


# ---- negation scope (NegEx-style) ----

FINDINGS = {"fits": SEIZURE, "stiff muscles": STIFFNESS, "muscle weakness": WEAKNESS}
_three = st.permutations(sorted(FINDINGS)).map(tuple)


def test_a_trailing_cue_reaches_only_the_finding_just_before_it(
        reader: QuestionReader) -> None:
    reading = reader.read("fits and muscle weakness absent")
    assert ids(reading.present) == {SEIZURE} and ids(reading.excluded) == {WEAKNESS}
    # ... and never across a coordinator to a finding before it.
    reading = reader.read("fits and absent muscle weakness")
    assert ids(reading.present) == {SEIZURE}


def test_a_new_statement_after_and_ends_a_negation(reader: QuestionReader) -> None:
    reading = reader.read("no fits and my muscles are stiff")
    assert ids(reading.excluded) == {SEIZURE} and ids(reading.present) == {STIFFNESS}
    reading = reader.read("no fits and a muscle weakness")
    assert ids(reading.present) == {WEAKNESS}


def test_a_comma_ends_a_negation_unless_the_list_closes_with_or(
        reader: QuestionReader) -> None:
    assert ids(reader.read("no fits, muscle weakness").present) == {WEAKNESS}
    reading = reader.read("no fits, muscle weakness or stiff muscles")
    assert ids(reading.excluded) == {SEIZURE, WEAKNESS, STIFFNESS}


@pytest.mark.parametrize("question", ["seizures ruled out", "ruled out seizures",
                                      "seizures were ruled out", "no sign of seizures"])
def test_cue_phrases_negate_and_are_not_unrecognised(reader: QuestionReader,
                                                      question: str) -> None:
    reading = reader.read(question)
    assert ids(reading.excluded) == {SEIZURE} and not reading.unrecognized


@settings(max_examples=60, deadline=None)
@given(_three, st.sampled_from(["no", "without", "denies", "free of"]),
       st.sampled_from([", ", " or ", " nor "]))
def test_a_cue_before_a_list_closed_by_or_negates_every_item(
        reader: QuestionReader, items: tuple[str, ...], cue: str, separator: str) -> None:
    text = f"{cue} {items[0]}{separator}{items[1]} or {items[2]}"
    reading = reader.read(text)
    assert ids(reading.excluded) == set(FINDINGS.values()), text
    assert not reading.present


@settings(max_examples=60, deadline=None)
@given(_three, st.sampled_from(["no", "denies", "not"]),
       st.sampled_from([" and ", ", ", " but ", ". ", "; "]))
def test_findings_before_a_cue_are_never_negated_by_it(
        reader: QuestionReader, items: tuple[str, ...], cue: str, separator: str) -> None:
    text = f"{items[0]}{separator}{cue} {items[1]}"
    reading = reader.read(text)
    assert FINDINGS[items[0]] in ids(reading.present), text
    assert ids(reading.excluded) == {FINDINGS[items[1]]}, text


@settings(max_examples=60, deadline=None)
@given(_three, st.sampled_from(["absent", "negative", "ruled out", "excluded"]),
       st.sampled_from([" and ", ", ", " or "]))
def test_a_trailing_cue_negates_exactly_one_finding(
        reader: QuestionReader, items: tuple[str, ...], cue: str, separator: str) -> None:
    text = f"{items[0]}{separator}{items[1]} {cue}"
    reading = reader.read(text)
    assert ids(reading.excluded) == {FINDINGS[items[1]]}, text
    assert FINDINGS[items[0]] in ids(reading.present), text


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["no", "not", "denies", "without", "fits", "stiff muscles",
                                 "and", "or", ",", "the", "absent", "negative", "maybe"]),
                max_size=12).map(" ".join),
       st.sampled_from([". ", "; ", " but ", "! ", "? "]))
def test_no_cue_reaches_across_a_clause_boundary(
        reader: QuestionReader, before: str, boundary: str) -> None:
    reading = reader.read(f"{before}{boundary}muscle weakness")
    assert ids(reading.present) >= {WEAKNESS}
    assert WEAKNESS not in ids(reading.excluded)


# ---- typos ----

@pytest.mark.parametrize(("question", "term", "typo", "corrected"), [
    ("muscle wekness", WEAKNESS, "wekness", "weakness"),
    ("stiff muscels", STIFFNESS, "muscels", "muscles"),
    ("siezures", SEIZURE, "siezures", "seizure"),
])
def test_a_misspelt_word_is_read_and_the_correction_shown(
        reader: QuestionReader, question: str, term: str, typo: str, corrected: str) -> None:
    reading = reader.read(question)
    assert ids(reading.present) == {term} and not reading.unrecognized
    assert [(c.text, c.corrected) for c in reading.corrections] == [(typo, corrected)]
    correction = reading.corrections[0]
    assert reading.question[correction.start:correction.end] == typo
    assert reading.to_dict()["corrections"][0]["corrected"] == corrected


@pytest.mark.parametrize("question", [
    "stif muscles",  # a short word is never corrected
    "the staff said so",  # a real English word is never a typo ("stiff")
    "flibbertigibbet",  # nothing near enough
])
def test_short_real_and_far_words_are_left_alone(reader: QuestionReader,
                                                  question: str) -> None:
    reading = reader.read(question)
    assert not reading.corrections
    assert reading.unrecognized


# ---- life stages and onset ----

@pytest.mark.parametrize(("question", "age_range"), [
    ("a newborn with fits", (0.0, 28 / 365.25)),
    ("a toddler with fits", (1.0, 3.0)),
    ("a teenager with fits", (12.0, 19.0)),
    ("fits in older people", (65.0, 100.0)),
    ("an elderly woman with fits", (65.0, 100.0)),
    ("a woman in her forties with fits", (40.0, 50.0)),
    ("fits in adults", (18.0, 65.0)),
])
def test_life_stages_are_age_ranges(reader: QuestionReader, question: str,
                                    age_range: tuple[float, float]) -> None:
    reading = reader.read(question)
    assert reading.age_range == age_range
    assert reading.age is not None and age_range[0] <= reading.age <= age_range[1]
    assert ids(reading.present) == {SEIZURE} and not reading.unrecognized


@pytest.mark.parametrize(("question", "onset"), [
    ("neonatal fits", None),  # neonatal onset is not in the mini ontology
    ("fits since birth", "HP:0003577"),
    ("adult-onset fits", "HP:0003581"),
    ("fits since childhood", None),
    ("as a child she had fits", None),
])
def test_onset_words_say_when_a_finding_began_not_the_age_now(
        reader: QuestionReader, question: str, onset: str | None) -> None:
    reading = reader.read(question)
    assert reading.age is None and reading.age_range is None
    assert ids(reading.present) == {SEIZURE} and not reading.unrecognized
    assert [o.id for o in reading.onset] == ([onset] if onset else [])
    if onset:
        shown = reading.to_dict()["onset"][0]
        assert reading.question[slice(*shown["span"])] == shown["text"]


# ---- body sites ----

RIGIDITY = "HP:0000202"


@pytest.fixture(scope="module")
def site_reader(mini: Knowledge) -> QuestionReader:
    """A reader whose lexicon knows a site-specific term: "Proximal muscle weakness" (played
    by the fixture's HP:0000202) besides the general "Muscle weakness"."""
    entries = {
        phrase_key("weakness"): LexiconEntry((WEAKNESS,), "curated", 1.1),
        phrase_key("muscle weakness"): LexiconEntry((WEAKNESS,), "name", 1.0),
        phrase_key("proximal muscle weakness"): LexiconEntry((RIGIDITY,), "name", 1.0),
    }
    return QuestionReader(Lexicon(entries), mini.ontology)


@pytest.mark.parametrize("question", [
    "weakness in the shoulders and thighs", "muscle weakness of both hips",
    "weakness in his upper arms", "my thighs and shoulders: weakness",
])
def test_a_finding_and_its_site_become_the_specific_term(
        site_reader: QuestionReader, question: str) -> None:
    reading = site_reader.read(question.replace(": ", " "))
    assert [f.ids for f in reading.findings] == [(RIGIDITY,)]
    finding = reading.findings[0]
    assert finding.site and finding.source == "site"
    assert not reading.unrecognized
    assert reading.question[finding.start:finding.end] == finding.text


def test_without_a_specific_term_the_site_is_kept(site_reader: QuestionReader) -> None:
    reading = site_reader.read("weakness in one eye")
    assert [f.ids for f in reading.findings] == [(WEAKNESS,)]
    assert reading.findings[0].site == "one eye" and not reading.unrecognized
    assert reading.to_dict()["findings"][0]["site"] == "one eye"


def test_sites_do_not_mix_across_findings_or_clauses(site_reader: QuestionReader) -> None:
    reading = site_reader.read("weakness, but the thighs are fine")
    assert [f.ids for f in reading.findings] == [(WEAKNESS,)]
    assert reading.findings[0].site is None


# ---- technical synonyms, adjective forms and modifiers ----

@pytest.fixture(scope="module")
def word_reader(mini: Knowledge) -> QuestionReader:
    """A lexicon with a technical EXACT synonym, an everyday-word EXACT synonym, an
    adjective form and clinical modifiers."""
    entries = {
        phrase_key("hyperphagia"): LexiconEntry((SEIZURE,), "EXACT", 0.9),
        phrase_key("cutting"): LexiconEntry((SEIZURE,), "EXACT", 0.9),
        phrase_key("hypokalemic"): LexiconEntry((WEAKNESS,), "inflection", 0.85),
        phrase_key("chest pain"): LexiconEntry((STIFFNESS,), "name", 1.0),
    }
    modifiers = frozenset({phrase_key("severe"), phrase_key("acute")})
    return QuestionReader(Lexicon(entries, modifiers=modifiers), mini.ontology)


def test_a_lone_technical_synonym_is_read_an_everyday_word_is_not(
        word_reader: QuestionReader) -> None:
    assert ids(word_reader.read("hyperphagia").present) == {SEIZURE}
    assert ids(word_reader.read("hypokalemic").present) == {WEAKNESS}
    cutting = word_reader.read("cutting")
    assert not cutting.findings and cutting.unrecognized == ("cutting",)


def test_modifiers_next_to_a_finding_belong_to_it(word_reader: QuestionReader) -> None:
    reading = word_reader.read("severe acute chest pain")
    assert ids(reading.present) == {STIFFNESS} and not reading.unrecognized
    assert reading.findings[0].text == "severe acute chest pain"
    # ... but not across other words.
    assert word_reader.read("severe and chest pain").unrecognized == ("severe",)
    lexicon = word_reader.lexicon
    assert lexicon.resolve(phrase_key("severe chest pain")) == lexicon.lookup(
        phrase_key("chest pain"))
    assert lexicon.lookup(phrase_key("severe chest pain")) is None
    assert lexicon.resolve(phrase_key("severe acute")) is None


# ---- disease-kind phrases ----

@pytest.mark.parametrize(("question", "categories"), [
    ("which inherited disorders cause fits", ("genetic",)),
    ("an infection that causes fits", ("infectious",)),
    ("is it genetic?", ("genetic",)),
    ("could it be cancer", ("neoplastic",)),
    ("an inherited muscle disease with fits", ("genetic", "neuromuscular")),
    ("fits after a viral illness", ()),  # a trigger, not the kind asked about
    ("fits and sinopulmonary infections", ()),  # a finding, not a kind
    ("she had cancer and now fits", ()),
    # "catching" (contagious) as written names a kind; another form of the verb does not.
    ("is it catching? he has fits", ("infectious",)),
    ("fits, and it catches when he breathes in", ()),
])
def test_categories_come_only_from_disease_kind_phrases(
        reader: QuestionReader, question: str, categories: tuple[str, ...]) -> None:
    reading = reader.read(question)
    assert reading.categories == categories
    assert ids(reading.present) >= ({SEIZURE} if "fits" in question else set())


# ---- every mapping with its span ----

@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(
    ["fits", "stiff muscles", "no", "and", "but", ",", "absent", "maybe", "my", "son",
     "8 year old", "a teenager", "since birth", "her father had the same", "siezures",
     "autoimmune disease", "what", "HP:0000203", "runs in the family", "é", "\u0301"]),
    min_size=1, max_size=12).map(" ".join))
def test_every_mapping_span_slices_the_question_to_its_text(
        reader: QuestionReader, words: str) -> None:
    reading = reader.read(words)
    mappings = reading.to_dict()["mappings"]
    for mapping in mappings:
        start, end = mapping["span"]
        assert reading.question[start:end] == mapping["text"], mapping
    kinds = {m["kind"] for m in mappings}
    assert kinds <= {"finding", "excluded finding", "category", "age", "sex", "onset",
                     "family history", "spelling"}
    assert len([m for m in mappings if "finding" in m["kind"]]) == len(reading.findings)


# ---- circumstances, describing words and a baby's life stage ----

@pytest.fixture(scope="module")
def context_reader(mini: Knowledge) -> QuestionReader:
    """A lexicon whose narrower terms are named as HPO names them: "Exercise-induced muscle
    weakness", "Neonatal muscle weakness" (played by fixture terms)."""
    entries = {
        phrase_key("weakness"): LexiconEntry((WEAKNESS,), "curated", 1.1),
        phrase_key("muscle weakness"): LexiconEntry((WEAKNESS,), "name", 1.0),
        phrase_key("exercise-induced muscle weakness"): LexiconEntry((RIGIDITY,), "name", 1.0),
        phrase_key("neonatal muscle weakness"): LexiconEntry((STIFFNESS,), "name", 1.0),
        phrase_key("fits"): LexiconEntry((SEIZURE,), "layperson", 0.95),
        phrase_key("painful"): LexiconEntry((SEIZURE,), "curated", 1.1),
    }
    return QuestionReader(Lexicon(entries), mini.ontology)


def test_a_circumstance_narrows_a_finding_like_a_site(context_reader: QuestionReader) -> None:
    reading = context_reader.read("weakness after exercise")
    assert [f.ids for f in reading.findings] == [(RIGIDITY,)]
    # The circumstance is part of the finding's words, but no site: it says when.
    assert reading.findings[0].text == "weakness after exercise"
    assert reading.findings[0].site is None and not reading.unrecognized


@pytest.mark.parametrize("question", ["fits after meals, worse when I lie down",
                                      "every night I have fits",
                                      "fits first thing in the morning"])
def test_time_and_trigger_words_are_neither_sites_findings_nor_unread(
        context_reader: QuestionReader, question: str) -> None:
    reading = context_reader.read(question)
    assert [f.ids for f in reading.findings] == [(SEIZURE,)]
    assert reading.findings[0].site is None
    assert reading.unrecognized in ((), ("worse",))


def test_a_newborns_finding_takes_the_neonatal_term(context_reader: QuestionReader) -> None:
    newborn = context_reader.read("my newborn has weakness")
    assert [f.ids for f in newborn.findings] == [(STIFFNESS, WEAKNESS)]
    assert ids(context_reader.read("my 8 year old has weakness").findings) == {WEAKNESS}


def test_a_describing_word_is_part_of_the_finding_beside_it(
        context_reader: QuestionReader) -> None:
    reading = context_reader.read("painful weakness, and weakness fits")
    assert ids(reading.findings) == {WEAKNESS}
    assert not reading.unrecognized


def test_hpo_abbreviations_are_read_only_as_written(mini_knowledge: Knowledge) -> None:
    from whatcauses.text.lexicon import abbreviation_key

    lexicon = Lexicon({abbreviation_key("GTC"): LexiconEntry((SEIZURE,), "abbreviation", 0.7),
                       phrase_key("muscle weakness"): LexiconEntry((WEAKNESS,), "name", 1.0)})
    reader = QuestionReader(lexicon, mini_knowledge.ontology)
    reading = reader.read("GTC and muscle weakness, no GTC before")
    assert ids(reading.present) == {SEIZURE, WEAKNESS}
    assert ids(reader.read("no GTC").excluded) == {SEIZURE}
    assert not reader.read("gtc").findings  # lower case: an ordinary word


@pytest.mark.parametrize("written", ["HP:0000203", "hp:0000203", "HP_0000203", "HP 0000203",
                                     "HP0000203"])
def test_hpo_ids_in_their_usual_spellings(reader: QuestionReader, written: str) -> None:
    reading = reader.read(f"{written} and fits")
    assert ids(reading.present) == {WEAKNESS, SEIZURE} and not reading.unrecognized


# ---- a described finding names its site through its head word ----

FOCAL = "HP:0000102"
GENERALIZED = "HP:0000103"


@pytest.fixture(scope="module")
def head_reader(mini: Knowledge) -> QuestionReader:
    """"Focal fits" is a kind of "fits" (Focal seizure under Seizure); "hand fits" plays an
    HPO term named by the head word and a site (Generalized seizure stands in)."""
    entries = {
        phrase_key("fits"): LexiconEntry((SEIZURE,), "layperson", 0.95),
        phrase_key("focal fits"): LexiconEntry((FOCAL,), "curated", 1.1),
        phrase_key("hand fits"): LexiconEntry((GENERALIZED,), "name", 1.0),
        phrase_key("muscle weakness"): LexiconEntry((WEAKNESS,), "name", 1.0),
        # A head word the whole is no kind of (Muscle stiffness is no ancestor of Muscle
        # weakness), with a site term of its own.
        phrase_key("weakness"): LexiconEntry((STIFFNESS,), "curated", 1.1),
        phrase_key("hand weakness"): LexiconEntry((GENERALIZED,), "name", 1.0),
    }
    return QuestionReader(Lexicon(entries), mini.ontology)


def test_a_described_finding_names_its_site_through_its_head(
        head_reader: QuestionReader) -> None:
    reading = head_reader.read("focal fits in the ball of my hand")
    # One complaint: the site's term or the described finding, as an OR-group.
    assert [f.ids for f in reading.findings] == [(GENERALIZED, FOCAL)]
    assert reading.findings[0].site == "hand" and not reading.unrecognized


def test_the_head_word_is_used_only_when_the_whole_is_a_kind_of_it(
        head_reader: QuestionReader) -> None:
    # "Muscle weakness" is no kind of what "weakness" means here: no "hand weakness".
    reading = head_reader.read("muscle weakness in my hand")
    assert [f.ids for f in reading.findings] == [(WEAKNESS,)]
    assert reading.findings[0].site == "hand"
