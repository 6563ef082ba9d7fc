"""Normalisation: phrase keys, and tokens whose offsets point into the text as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text.context import read_person
from whatcauses.text.normalize import fold, phrase_key, tokenize


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("stiff muscles", "muscles are stiff"),  # word order, function words
        ("muscle stiffness", "stiff muscles"),  # -ness and plural
        ("swollen knees", "knee swelling"),  # irregular participle, inflection
        ("bloody diarrhoea", "bloody diarrhea"),  # UK/US spelling
        ("anaemia", "anemia"),
        ("oedema", "edema"),
        ("grey skin colour", "gray skin color"),
        ("can't walk", "unable to walk"),  # one negation mark
        ("unable to walk", "inability to walk"),
        ("no speech", "absent speech"),
        ("Sjögren syndrome", "sjogren syndrome"),  # accents and case
        ("ﬁbrosis", "fibrosis"),  # ligature
        ("sweating a lot", "excessive sweating"),  # a quantity is part of the key
        ("keeps falling", "falls a lot"),
        ("peeing all the time", "peeing too much"),
        ("my hearing is going", "hearing loss"),  # a function being lost
        # Lay names of the abdomen meet HPO's adjective.
        ("lump in my abdomen", "abdominal lump"), ("belly pain", "abdominal pain"),
        ("tender tummy", "abdomen is tender"),
        ("felt sick", "feel sick"),  # the irregular past of a frame verb
        # The light verbs of a difficulty meet HPO's "difficulty ...".
        ("trouble swallowing", "difficulty swallowing"),
        ("struggling to swallow", "difficulty swallowing"),
        ("trouble peeing", "difficulty urinating"),
        # A count of how often is a quantity; its number is part of it.
        ("peeing 15 times", "peeing a lot"), ("weeing every half hour", "weeing a lot"),
        ("several times", "a lot"),
        ("lost two stone", "lost weight"), ("put on 10 kg", "put on weight"),  # a weight
        # A count noun after an article: the illness.
        ("I've got a cold", "coryza"), ("a really bad cold, and", "really bad coryza"),
        ("recurrent colds", "colds, recurrent"),
        ("she has never had a period", "no periods"),  # "never": a missing function
        # Typed without apostrophes or spaces; "-ness" keeps the lay adjective's reading.
        ("she isnt eating", "she isn't eating"), ("peeing alot", "peeing a lot"),
        ("soreness", "sore"), ("pain into my groin", "pain in my groin"),
        ("got the runs", "diarrhoea"), ("HbA1c was raised", "elevated HbA1c"),
        # Plurals of lay nouns, a smell as HPO's odor, irregular past forms, "-ish" colours.
        ("greasy poos", "greasy stools"), ("sore tummies", "abdominal pain"),
        ("a musty smell", "musty odor"), ("smelly urine", "urine odor"),
        ("fed poorly", "poor feeding"), ("slept badly", "sleeping badly"),
        ("reddish urine", "red urine"), ("yellowish patches", "yellow patches"),
        ("whitish spots", "white spots"), ("bluish lips", "blue lips"),
        # "attacks of" are episodes.
        ("attacks of fever", "episodic fever"), ("bouts of diarrhoea", "episodes of diarrhea"),
        # Latin plurals of lesions (h-rarestudent1).
        ("gastric varices", "gastric varix"), ("colonic diverticula", "colonic diverticulum"),
        ("lentigines", "lentigo"),
    ],
)
def test_equivalent_phrases_share_one_key(one: str, other: str) -> None:
    assert phrase_key(one) == phrase_key(other)
    assert phrase_key(one)


@pytest.mark.parametrize(
    ("one", "other"),
    [("muscle pain", "muscle weakness"), ("absent reflexes", "reflexes"),
     ("dry eyes", "dry mouth"),
     # The stemmer cut "-itis" down to the organ: a body part read as its inflammation.
     ("tendons", "tendonitis"), ("tonsils", "tonsillitis"), ("hepatic", "hepatitis"),
     ("sinuses", "sinusitis"),
     # A quantity is no function word: "laughs a lot" is not "laughs", "too much hair" no hair.
     ("laughs a lot", "laughs"), ("too much hair", "hair"), ("eats too much", "eating"),
     # "going" is a loss only where it ends the statement.
     ("hearing is going to improve", "hearing loss"),
     # "a cold" (the illness) is neither "cold" (the sensation) nor "colds" (again and
     # again); "a cold sore" and "the cold" keep the adjective.
     ("a cold", "cold"), ("a cold", "colds"), ("colds", "cold"),
     ("a cold sore", "coryza sore"), ("feel the cold", "feel coryza"),
     ("a cold feeling in my legs", "coryza feeling in my legs"),
     # Only a count from three up, and "every" before a span of time, say "often".
     ("once or twice", "a lot"), ("two times", "a lot"), ("an hour", "a lot"),
     ("kidney stones", "kidney weight"), ("a stone", "weight"),
     # "fit" the adjective (healthy) is not "a fit"; "runs" is diarrhoea only after "the".
     ("I've always been fit", "I had a fit"), ("fit and well", "fits"),
     ("my nose runs", "the runs"),
     # "attacks" names episodes only before "of": "asthma attacks" are no episodic asthma.
     ("asthma attacks", "episodic asthma"), ("sores", "pain"),
     # One past event is no symptom: "fell" is not "falls", "forgot" not "forgetful".
     ("I fell off my bike", "falls"), ("I forgot", "forgetting"),
     # Only the listed Latin plurals: "pili" is HPO's own word ("Pili torti").
     ("pili torti", "pilus torti")],
)
def test_different_phrases_keep_different_keys(one: str, other: str) -> None:
    assert phrase_key(one) != phrase_key(other)


def test_function_words_and_lone_negations_have_no_key() -> None:
    assert phrase_key("the of and") == ""
    assert phrase_key("not") == ""


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Swollen KNEES, no fever", ["Swollen", "KNEES", ",", "no", "fever"]),
        # Folding changes the length of the text: offsets must still point into the original.
        ("ﬁbrosis and rash", ["ﬁbrosis", "and", "rash"]),
        ("Café-au-lait spots — no fever", ["Café", "-", "au", "-", "lait", "spots", "—", "no",
                                           "fever"]),
        ("cafe\u0301 au lait", ["cafe\u0301", "au", "lait"]),  # a separate combining accent
        ("fever…rash", ["fever", "…", "rash"]),  # one character folding to three
        ("I don’t have a rash", ["I", "don’t", "have", "a", "rash"]),
    ],
)
def test_tokens_are_the_words_as_written(text: str, surfaces: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens] == surfaces
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_tokens_carry_the_folded_form_the_word_lists_are_written_in() -> None:
    tokens = tokenize("I DON’T have ﬁts")
    assert [t.folded for t in tokens] == ["i", "don't", "have", "fits"]
    assert tokens[1].stem == "no"  # the negation mark


_SPELLED_OUT = frozenset({"and", "of", "query", "positive", "negative", "no"})


@given(st.text(max_size=60))
def test_every_token_span_slices_the_original_text_to_the_token(text: str) -> None:
    previous_end = 0
    for token in tokenize(text):
        assert 0 <= previous_end <= token.start < token.end <= len(text)
        assert text[token.start : token.end] == token.text
        assert token.folded
        # Shorthand is read as the words it stands for ("N&V": "&" as "and"; "+ve" as
        # "positive", "-ve" as "negative" or "no", "c/o" as "of", "?X" and "r/o" as "query").
        if token.folded not in _SPELLED_OUT:
            assert token.folded in fold(token.text)
            assert token.is_word == token.folded[0].isalnum()
        previous_end = token.end


@example("HP:0000000 and hp 1234567, HP12345678")
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_text_is_split_on_the_lower_cased_text_unchanged(text: str) -> None:
    # ASCII folds to its lower case, one character for one: spans are the regex's own (an HPO
    # id such as "HP:0001250", "HP 0001250" or "HP0001250" is one token).
    expected = [m.span() for m in re.finditer(
        r"hp[:_ ]?\d{7}(?!\d)|[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]", text.lower())]
    assert [(t.start, t.end) for t in tokenize(text)] == expected


@given(st.text(max_size=40), st.sampled_from(["my 8 year old son", "a woman in her 40s"]))
def test_person_spans_point_into_the_original_text(prefix: str, person: str) -> None:
    text = f"{prefix} {person}"
    context = read_person(text)
    assert context.age is not None
    for start, end in context.spans:
        assert 0 <= start < end <= len(text)
    # The age phrase itself is found where it was written.
    assert any(fold(text[start:end]) == context.age_text for start, end in context.spans)


@pytest.mark.parametrize(("question", "age"), [
    ("I'm 70 and my knee hurts when I walk", 70.0), ("My dad is 70, his hand shakes", 70.0),
    ("im 45 and always tired", 45.0), ("she's 8 now and coughs at night", 8.0),
    ("I'm 70 kg and tired", None), ("she is 5 months pregnant and sick", None),
    ("I'm 200 and tired", None),
])
def test_a_bare_number_after_a_person_and_is_reads_as_their_age(question: str,
                                                               age: float | None) -> None:
    assert read_person(question).age == age


@pytest.mark.parametrize(("noun", "adjectives"), [
    ("Hypokalemia", ["hypokalemic"]), ("Cyanosis", ["cyanotic"]), ("Arthritis", ["arthritic"]),
    ("Hypothyroidism", ["hypothyroid"]), ("Edema", ["edematous"]), ("Diarrhea", ["diarrheal"]),
    ("Insomnia", ["insomnic", "insomniac"]), ("Muscle weakness", []), ("Acne", []),
    ("Polyuria", ["polyuric", "polyuriac"]),
])
def test_one_word_terms_get_their_adjective_forms(noun: str, adjectives: list[str]) -> None:
    from whatcauses.text.lexicon import adjective_forms

    assert adjective_forms(noun) == adjectives


@pytest.mark.parametrize(("question", "age", "sex"), [
    ("45M with chest pain", 45.0, "male"), ("32F, fever", 32.0, "female"),
    ("45 yo M", 45.0, "male"), ("45yoF with a rash", 45.0, "female"),
    ("18mo girl", 1.5, "female"), ("weakness for 3 m", None, None),
    ("Had a few beers last night, 50 male.", 50.0, "male"), ("34 yo female, rash", 34.0, "female"),
    ("my 2 male cousins have it", None, "male"),
])
def test_clinicians_shorthand_for_age_and_sex(question: str, age: float | None,
                                              sex: str | None) -> None:
    person = read_person(question)
    assert (person.age, person.sex) == (age, sex)


@pytest.mark.parametrize(("question", "age_range"), [
    ("tremor in a man over 60", (60.0, 100.0)), ("fever in children under 5", (0.0, 5.0)),
    ("a fever over 39 degrees", None),
])
def test_age_bounds_said_of_people(question: str,
                                   age_range: tuple[float, float] | None) -> None:
    assert read_person(question).age_range == age_range


def test_stemming_in_many_threads_at_once_gives_the_serial_stems() -> None:
    """The HTTP API reads questions in a thread pool: stemming must not share state between
    threads (a shared Snowball stemmer once answered "string index out of range")."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from whatcauses.text.normalize import stem

    words = [f"{root}{ending}" for root in ("inflam", "swell", "weak", "stiff", "numb", "rash")
             for ending in ("ations", "ing", "nesses", "ened", "ational", "fulness", "ively")]
    # 20 rounds of the 42 words in each of 8 threads, switching every microsecond: the
    # interleavings come from the switching, not from more rounds (60 took three times as long).
    words = [f"{w}{'s' * (i % 3)}" for i in range(20) for w in words]
    serial = [stem.__wrapped__(w) for w in words]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            runs = list(pool.map(lambda _: [stem.__wrapped__(w) for w in words], range(8)))
    finally:
        sys.setswitchinterval(switch)
    assert all(run == serial for run in runs)


@pytest.mark.parametrize(("question", "sex"), [
    ("I'm pregnant and have headaches", "female"),
    ("she is 5 months pregnant", "female"),
    # Conceiving is asked about by men too, and "can't get pregnant" is a finding to read.
    ("we can't get pregnant", None), ("struggling to get pregnant", None),
    ("trying for a year without falling pregnant", None),
])
def test_pregnant_is_female_unless_it_is_about_conceiving(question: str, sex: str | None) -> None:
    assert read_person(question).sex == sex


def test_cannot_get_pregnant_is_read_as_infertility(engine: Engine) -> None:
    reading = engine.interpret("I can't get pregnant after two years of trying")
    assert "HP:0008222" in {i for f in reading.findings if not f.negated for i in f.ids}
