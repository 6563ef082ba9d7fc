"""Ages and bounds written in words, compounds included ("seventy five", "twenty-two"), and
how often someone goes to the toilet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text.context import read_person
from whatcauses.text.course import read_course
from whatcauses.text.normalize import number_word_value

from .readings import present_ids

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@given(st.integers(min_value=2, max_value=9), st.integers(min_value=1, max_value=9),
       st.sampled_from([" ", "-", "  "]))
def test_a_compound_number_word_is_tens_plus_units(tens: int, units: int, joiner: str) -> None:
    words = f"{_TENS[tens - 2]}{joiner}{_UNITS[units - 1]}"
    assert number_word_value(words) == 10 * tens + units


@pytest.mark.parametrize(("words", "value"), [
    ("eight", 8), ("eighteen", 18), ("Seventy", 70), ("one twenty", None), ("five two", None),
    ("twenty twenty", None), ("several", None),
])
def test_number_word_values(words: str, value: int | None) -> None:
    assert number_word_value(words) == value


@pytest.mark.parametrize(("question", "age"), [
    ("my dad is seventy five and his hand shakes", 75.0),
    ("my mum is seventy-five years old with a tremor", 75.0),
    ("my nan, who is eighty two, is confused", 82.0),
    ("my daughter, twenty two months, has a rash", 22 / 12),
    ("I'm sixty and my knee hurts", 60.0),
    ("she is two and has a rash", 2.0),
    ("my son who is ten hates school", 10.0),
])
def test_an_age_in_words_beside_the_person(question: str, age: float) -> None:
    assert read_person(question).age == pytest.approx(age)


@pytest.mark.parametrize(("question", "age_range"), [
    ("a man over sixty with back pain", (60.0, 100.0)),
    ("children under five with a rash", (0.0, 5.0)),
    ("people over 65.", (65.0, 100.0)),
])
def test_an_age_bound_in_words_or_digits(question: str, age_range: tuple[float, float]) -> None:
    assert read_person(question).age_range == age_range


@pytest.mark.parametrize("question", [
    "my husband is 5.5 stone", "a man over 6 feet tall", "a man over 6.5 feet",
    "my mum, who is 9 stone, is tired", "i'm one of those people who gets headaches",
])
def test_a_measure_is_no_age(question: str) -> None:
    assert read_person(question).age is None


def test_a_compound_number_word_counts_a_duration() -> None:
    course = read_course("I've had a cough for twenty one days")
    assert course is not None and course.days == 21.0


@pytest.mark.parametrize("question", [
    "I'm going to the toilet a lot", "I keep going to the loo more often",
    "she goes to the toilet all the time",
])
def test_going_to_the_toilet_often_reads_both_kinds_of_frequency(
        engine: Engine, question: str) -> None:
    assert {"HP:0100515", "HP:0002014"} <= present_ids(engine, question)
