"""Negation over an "or" list whose cue is said inside the first item ("haven't pooed or
passed wind"), on the mini fixture (fast). The lexicon below knows "not walking" as a finding
of its own, beside "stiff muscles" and "muscle weakness": the cue is part of that finding,
and its "or" list is in its scope."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.text.question import QuestionReader

from .readings import first_ids, mini_reader

STIFFNESS, WEAKNESS = "HP:0000201", "HP:0000203"
# "Not walking" is played by the fixture's Generalized seizure: a term no other finding of
# the lists implies or is implied by (an implied ancestor would be dropped from the reading).
NOT_WALKING = "HP:0000103"
FINDINGS = {"stiff muscles": STIFFNESS, "muscle weakness": WEAKNESS}
_two = st.permutations(sorted(FINDINGS)).map(tuple)
_inner_cues = st.sampled_from(["not", "isn't", "hasn't been", "wasn't", "haven't been"])


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    # The fixture's names and synonyms, and the absences above.
    return mini_reader({"not walking": NOT_WALKING})



@settings(max_examples=60, deadline=None)
@given(_two, _inner_cues, st.sampled_from([" or ", " nor ", ", "]))
def test_a_cue_inside_the_first_item_negates_the_rest_of_its_or_list(
        reader: QuestionReader, items: tuple[str, ...], cue: str, separator: str) -> None:
    text = f"{cue} walking{separator}{items[0]} or {items[1]}"
    reading = reader.read(text)
    assert first_ids(reading.present) == {NOT_WALKING}, text
    assert first_ids(reading.excluded) == {FINDINGS[items[0]], FINDINGS[items[1]]}, text


@settings(max_examples=60, deadline=None)
@given(_two, _inner_cues, st.sampled_from([" and ", ". ", "; ", " but ", ", "]))
def test_a_cue_inside_a_finding_never_reaches_past_and_or_a_boundary(
        reader: QuestionReader, items: tuple[str, ...], cue: str, separator: str) -> None:
    # A comma with no "or" closing the list ends the scope too.
    text = f"{cue} walking{separator}{items[0]}"
    reading = reader.read(text)
    assert first_ids(reading.present) == {NOT_WALKING, FINDINGS[items[0]]}, text
    assert not reading.excluded, text


@settings(max_examples=60, deadline=None)
@given(_two, _inner_cues)
def test_findings_before_a_negated_finding_are_not_reached(
        reader: QuestionReader, items: tuple[str, ...], cue: str) -> None:
    text = f"{items[0]} or {cue} walking"
    reading = reader.read(text)
    assert first_ids(reading.present) == {FINDINGS[items[0]], NOT_WALKING}, text


@settings(max_examples=60, deadline=None)
@given(_two, st.sampled_from(["no", "not", "denies", "without"]),
       st.sampled_from([" or a ", " or an ", " nor a "]))
def test_an_article_after_or_keeps_the_list_in_scope(
        reader: QuestionReader, items: tuple[str, ...], cue: str, separator: str) -> None:
    text = f"{cue} {items[0]}{separator}{items[1]}"
    reading = reader.read(text)
    assert first_ids(reading.excluded) == {FINDINGS[items[0]], FINDINGS[items[1]]}, text
    assert not reading.present, text


@settings(max_examples=40, deadline=None)
@given(_two, st.sampled_from(["no", "not", "denies"]))
def test_an_article_after_and_still_opens_a_new_statement(
        reader: QuestionReader, items: tuple[str, ...], cue: str) -> None:
    text = f"{cue} {items[0]} and a {items[1]}"
    reading = reader.read(text)
    assert first_ids(reading.excluded) == {FINDINGS[items[0]]}, text
    assert first_ids(reading.present) == {FINDINGS[items[1]]}, text
