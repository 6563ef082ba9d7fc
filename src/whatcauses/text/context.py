"""Age and sex of the person a question is about ("my 8 year old son", "a woman in her 40s")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from whatcauses.text.normalize import fold_with_origin, original_span

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_NUM = r"(\d{1,3}(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")"
_UNITS = {"year": 1.0, "yr": 1.0, "y": 1.0, "month": 1 / 12, "mo": 1 / 12, "week": 7 / 365.25,
          "wk": 7 / 365.25, "day": 1 / 365.25}  # fmt: skip
_AGE_PATTERNS = (
    re.compile(_NUM + r"[\s-]*(years?|yrs?|y|months?|mos?|weeks?|wks?|days?)[\s-]*old\b"),
    re.compile(r"\baged?\s+" + _NUM + r"(?:\s*(years?|months?|weeks?|days?))?\b"),
    re.compile(_NUM + r"\s*(years?|yrs?|months?|weeks?|days?)\s+of\s+age\b"),
    re.compile(r"\b" + _NUM + r"[\s-]*(y/?o|yo)\b"),
)
_DECADE = re.compile(
    r"\bin\s+(?:his|her|their|my|your|the)\s+(?:early\s+|mid\s+|late\s+)?(\d0)'?s\b"
)
_LIFE_STAGES = (
    (re.compile(r"\b(newborns?|neonates?|neonatal|new[\s-]born)\b"), 0.02),
    (re.compile(r"\b(babies|baby|infants?)\b"), 0.5),
    (re.compile(r"\btoddlers?\b"), 2.0),
    (re.compile(r"\b(teenagers?|teens?|adolescents?)\b"), 15.0),
    (re.compile(r"\b(elderly|old age|pensioners?)\b"), 70.0),
    (re.compile(r"\b(child|children|kids?|schoolchild|preschooler)\b"), 10.0),
)
_MALE = re.compile(
    r"\b(male|man|men|boy|boys|son|sons|husband|father|dad|brother|grandfather|"
    r"grandson|nephew|uncle|gentleman|he|him|his)\b"
)
_FEMALE = re.compile(
    r"\b(female|woman|women|girl|girls|daughter|daughters|wife|mother|mum|mom|"
    r"sister|grandmother|granddaughter|niece|aunt|lady|she|her|hers|pregnant)\b"
)
_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}


@dataclass(frozen=True, slots=True)
class PersonContext:
    age: float | None
    age_text: str | None
    sex: str | None
    sex_text: str | None
    spans: tuple[tuple[int, int], ...]  # character spans that were read as age or sex


def _number(text: str) -> float:
    return float(_NUMBER_WORDS[text]) if text in _NUMBER_WORDS else float(text)


def read_person(question: str) -> PersonContext:
    """Find an age (in years) and a sex in a question; ``None`` when it says nothing.

    ``spans`` are character offsets into ``question`` itself."""
    text, origin = fold_with_origin(question)
    age: float | None = None
    age_text: str | None = None
    spans: list[tuple[int, int]] = []
    for pattern in _AGE_PATTERNS:
        match = pattern.search(text)
        if match:
            unit = (match.group(2) or "year").rstrip("s").replace("/", "")
            unit = {"yo": "year", "y": "year"}.get(unit, unit)
            age = _number(match.group(1)) * _UNITS.get(unit, 1.0)
            age_text, spans = match.group(0), [match.span()]
            break
    if age is None:
        decade = _DECADE.search(text)
        if decade:
            age, age_text, spans = float(decade.group(1)) + 5.0, decade.group(0), [decade.span()]
    if age is None:
        for pattern, value in _LIFE_STAGES:
            match = pattern.search(text)
            if match:
                age, age_text, spans = value, match.group(0), [match.span()]
                break
    sex: str | None = None
    sex_text: str | None = None
    male = [m for m in _MALE.finditer(text)]
    female = [m for m in _FEMALE.finditer(text)]
    nouns_m = [m for m in male if m.group(0) not in _PRONOUNS]
    nouns_f = [m for m in female if m.group(0) not in _PRONOUNS]
    if nouns_m and not nouns_f:
        sex, sex_text = "male", nouns_m[0].group(0)
    elif nouns_f and not nouns_m:
        sex, sex_text = "female", nouns_f[0].group(0)
    elif not nouns_m and not nouns_f and bool(male) != bool(female):
        sex = "male" if male else "female"
        sex_text = (male or female)[0].group(0)
    for m in male + female:
        spans.append(m.span())
    return PersonContext(
        age, age_text, sex, sex_text,
        tuple(original_span(origin, a, b) for a, b in spans if b > a),
    )
