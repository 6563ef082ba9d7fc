""""Without" negates only what follows it (NegEx's pre-negation triggers; h-clinician10, issue
14), on the mini fixture (fast). The lexicon below knows two absences, as HPO and the lay terms
do ("no sweating" is Anhidrosis, "no ear" Anotia): "not walking" (so "without walking" too,
phrases being keyed without word order) and "no muscle". "Walking without stiff muscles" says
the walking is there and the stiffness is not; it never reads "without walking". And "without
muscle weakness" negates the weakness, never reading "without muscle" as an absence of its
own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.text.question import QuestionReader

from .readings import first_ids, mini_reader

STIFFNESS, WEAKNESS = "HP:0000201", "HP:0000203"
# The absences are played by the fixture's seizures: terms no other finding of the tests
# implies or is implied by.
NOT_WALKING, NO_MUSCLE = "HP:0000103", "HP:0000102"
FINDINGS = {"stiff muscles": STIFFNESS, "muscle weakness": WEAKNESS}
_two = st.permutations(sorted(FINDINGS)).map(tuple)
_without = st.sampled_from(["without", "w/o", "Without", "W/O"])


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    # The fixture's names and synonyms, and the absences above.
    return mini_reader({"not walking": NOT_WALKING, "no muscle": NO_MUSCLE})



@settings(max_examples=40, deadline=None)
@given(_two, _without)
def test_without_negates_the_finding_after_it_and_not_the_one_before(
        reader: QuestionReader, items: tuple[str, ...], without: str) -> None:
    text = f"{items[0]} {without} {items[1]}"
    reading = reader.read(text)
    assert first_ids(reading.present) == {FINDINGS[items[0]]}, text
    assert first_ids(reading.excluded) == {FINDINGS[items[1]]}, text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(FINDINGS)), _without,
       st.sampled_from(["", "a ", "any "]))
def test_a_word_before_without_never_makes_an_absence_with_it(
        reader: QuestionReader, item: str, without: str, article: str) -> None:
    text = f"walking {without} {article}{item}"
    reading = reader.read(text)
    assert NOT_WALKING not in first_ids(reading.present) | first_ids(reading.excluded), text
    assert first_ids(reading.excluded) == {FINDINGS[item]}, text


@settings(max_examples=20, deadline=None)
@given(_without)
def test_without_before_its_word_still_makes_the_absence(
        reader: QuestionReader, without: str) -> None:
    reading = reader.read(f"seen {without} walking")
    assert first_ids(reading.present) == {NOT_WALKING}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["no", "without", "w/o"]), st.sampled_from(["", "stiff muscles, "]))
def test_a_negation_before_a_phrase_negates_the_whole_phrase(
        reader: QuestionReader, cue: str, before: str) -> None:
    text = f"{before}{cue} muscle weakness"
    reading = reader.read(text)
    assert NO_MUSCLE not in first_ids(reading.present) | first_ids(reading.excluded), text
    assert WEAKNESS in first_ids(reading.excluded), text
