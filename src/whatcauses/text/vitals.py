"""Vital signs given as numbers: "pulse 35", "BP 190/110", "temp 39.5", "sats 88% on air",
"RR 28", "heart rate of 140 bpm", "blood pressure 120 over 80".

A measured value is a finding only when it lies outside the usual range; a value inside it is
no finding at all ("temperature of 36.9" is no fever, although the bare word "temperature"
reads Fever: "running a temperature"). The words of a reading are always taken, so that no
later step reads "temperature" or "pulse" on its own.

The cut-offs are those of the HPO definitions where they give one and of named guidelines
where they do not, for adults; heart and breathing rates and blood pressure are read only for
a person not known to be a child, whose normal ranges depend on the age:

* heart rate: Tachycardia above 100 and Bradycardia below 60 beats a minute (HPO Bradycardia:
  "in adults, slower than 60 beats per minute"; Tachycardia "exceeds the range of the normal
  resting heartrate for age", which is 60-100 for adults, American Heart Association);
* blood pressure: Hypertension at 140/90 mmHg or above (clinic blood pressure, NICE NG136,
  2019), Hypotension below 90/60 (NHS "Low blood pressure (hypotension)");
* temperature: Fever at 38.0 C (100.4 F) or above (NICE NG143, 2019; CDC's definition of a
  measured fever), Hypothermia below 35.0 C (HPO Hypothermia, comment);
* oxygen saturation: Hypoxemia below 94 % (below the 94-98 % target range of the British
  Thoracic Society oxygen guideline, 2017);
* breathing rate: Tachypnea above 20 and Bradypnea below 12 breaths a minute (the normal
  12-20 of the Royal College of Physicians' NEWS2, 2017);
* Glasgow Coma Scale ("GCS 11/15", "GCS 13"): Reduced consciousness below 15, the scale's
  full score of an alert, oriented person who obeys commands (Teasdale and Jennett, Lancet
  1974, PMID:4136544; h-clinician4). Scores run from 3 to 15; the "/15" written after the
  score is part of the reading. Adults only, as the scale's verbal part differs for young
  children.

"Under"/"below" before the number make it an upper bound, which can only say a value is low
("sats below 90"); "over"/"above" a lower bound, which can only say it is high.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

_Named = TypeVar("_Named")
_Hit = TypeVar("_Hit", bound="_Positioned")

TACHYCARDIA, BRADYCARDIA = "HP:0001649", "HP:0001662"
HYPERTENSION, HYPOTENSION = "HP:0000822", "HP:0002615"
FEVER, HYPOTHERMIA = "HP:0001945", "HP:0002045"
HYPOXEMIA = "HP:0012418"
REDUCED_CONSCIOUSNESS = "HP:0004372"
TACHYPNEA, BRADYPNEA = "HP:0002789", "HP:0046507"

HEART, PRESSURE, TEMPERATURE, OXYGEN, BREATHING, COMA_SCALE = (
    "heart rate", "blood pressure", "temperature", "oxygen saturation", "breathing rate",
    "Glasgow Coma Scale")
# Measures whose normal range in children differs from adults' (not read for a child, a
# person younger than this many years).
CHILD_BELOW_YEARS = 12.0
ADULT_RANGES = frozenset({HEART, PRESSURE, BREATHING, COMA_SCALE})
# The Glasgow Coma Scale's full score, written after a score as its whole ("GCS 14/15").
_FULL_COMA_SCORE = 15.0

# The words that name a measure (folded tokens), longest first.
_MEASURES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("oxygen", "saturation"), OXYGEN), (("oxygen", "saturations"), OXYGEN),
    (("oxygen", "sats"), OXYGEN), (("oxygen", "level"), OXYGEN), (("oxygen", "levels"), OXYGEN),
    (("o2", "sats"), OXYGEN), (("o2", "sat"), OXYGEN), (("o2", "saturation"), OXYGEN),
    (("heart", "rate"), HEART), (("pulse", "rate"), HEART), (("resting", "pulse"), HEART),
    (("blood", "pressure"), PRESSURE), (("respiratory", "rate"), BREATHING),
    (("breathing", "rate"), BREATHING), (("resp", "rate"), BREATHING),
    (("pulse",), HEART), (("hr",), HEART), (("bp",), PRESSURE),
    (("temperature",), TEMPERATURE), (("temp",), TEMPERATURE), (("t",), TEMPERATURE),
    (("sats",), OXYGEN),
    (("saturation",), OXYGEN), (("saturations",), OXYGEN), (("spo2",), OXYGEN),
    (("rr",), BREATHING),
    (("gcs",), COMA_SCALE), (("glasgow", "coma", "scale"), COMA_SCALE),
    (("glasgow", "coma", "score"), COMA_SCALE),
)
# Words that may stand between the measure and its number ("pulse is only 35", "temp of
# 39", "BP: 190/110", "heart rate went up to 150").
_BETWEEN = frozenset({
    "is", "was", "were", "of", "at", "only", "about", "around", "roughly", "approximately",
    "approx", "nearly", "almost", "just", "now", "still", "has", "been", "reading", "read",
    "measured", "came", "went", "goes", "dropped", "drops", "fell", "falls", "rose", "up",
    "down", "to", "it's", "its", "as", "low", "high", "=", ":", "-", "~", "(", "a"})
_BELOW = frozenset({"under", "below", "<"})
_ABOVE = frozenset({"over", "above", ">"})
_REACH = 4  # words at most between the measure and its number
# A note's bare "T" is a temperature only right before a number of degrees Celsius ("T 39.2",
# "T 35"): "T 2 diabetes" is none.
_NOTE_TEMPERATURE = (34.0, 43.0)
# Words after the number that belong to the reading (its unit).
_UNITS = frozenset({
    "bpm", "beats", "per", "a", "minute", "min", "/", "mmhg", "mm", "hg", "c", "f", "degrees",
    "degree", "celsius", "centigrade", "fahrenheit", "°", "°c", "°f", "%", "percent",
    "breaths", "on", "air", "ra"})
_UNIT_REACH = 4
# Words before "sats"/"saturation" that make it another saturation than the blood's oxygen
# ("transferrin sats 78%", an iron study read by text/labs.py; h-clinician8).
_NOT_OXYGEN_AFTER = frozenset({"transferrin", "tf", "iron"})
# Plausible values of each measure (anything else is no vital sign: "pulse 2 days ago").
_PLAUSIBLE = {HEART: (20.0, 250.0), TEMPERATURE: (30.0, 113.0), OXYGEN: (50.0, 100.0),
              BREATHING: (4.0, 80.0), PRESSURE: (50.0, 300.0), COMA_SCALE: (3.0, 15.0)}


@dataclass(frozen=True, slots=True)
class VitalHit:
    """One measured vital sign: its measure, the positions of its words, the finding it is
    (``term``, None when the value is in the usual range) and the value as written."""

    measure: str
    positions: tuple[int, ...]
    term: str | None
    value: str


def read_vitals(words: Sequence[str], consumed: Collection[int] = ()) -> list[VitalHit]:
    """The vital signs of a question (``words``: its folded tokens, punctuation included).
    Each hit's ``term`` is read with adults' ranges; a caller reading about a child uses only
    the measures outside ``ADULT_RANGES`` (see :func:`finding_for`)."""
    return scan_readings(words, consumed,
                         lambda k, taken: phrase_at(words, k, taken, _MEASURE_INDEX),
                         lambda k, length, measure, taken: _reading(words, k, length, measure,
                                                                    taken))


class _Positioned(Protocol):
    @property
    def positions(self) -> tuple[int, ...]: ...


def scan_readings(words: Sequence[str], consumed: Collection[int],
                  named_at: Callable[[int, Collection[int]], tuple[int, _Named] | None],
                  read: Callable[[int, int, _Named, Collection[int]], _Hit | None]
                  ) -> list[_Hit]:
    """The measured values of a question, left to right: at each position, the name of a
    measure (``named_at``: its length in words and what it names) and then its value
    (``read``); a reading's words are taken, so no later reading uses them. Shared by the
    readers of measured values (text/labs.py)."""
    hits: list[_Hit] = []
    taken: set[int] = set(consumed)
    k = 0
    while k < len(words):
        named = named_at(k, taken)
        if named is None:
            k += 1
            continue
        length, what = named
        hit = read(k, length, what, taken)
        if hit is None:
            k += length
            continue
        hits.append(hit)
        taken.update(hit.positions)
        k = max(hit.positions) + 1
    return hits


def phrase_index(table: Sequence[tuple[tuple[str, ...], _Named]]
                 ) -> dict[str, tuple[tuple[tuple[str, ...], _Named], ...]]:
    """``table``'s phrases by their first word, each word's in the table's order: a phrase
    can stand at a position only when its first word does, so :func:`phrase_at` looks at
    those few instead of the whole table at every word of every question."""
    index: dict[str, list[tuple[tuple[str, ...], _Named]]] = {}
    for phrase, named in table:
        if phrase:
            index.setdefault(phrase[0], []).append((phrase, named))
    return {word: tuple(entries) for word, entries in index.items()}


def phrase_at(words: Sequence[str], k: int, taken: Collection[int],
              index: Mapping[str, Sequence[tuple[tuple[str, ...], _Named]]]
              ) -> tuple[int, _Named] | None:
    """The first phrase of the table of ``index`` (:func:`phrase_index`; longest first) that
    stands at ``k`` on untaken words: its length and what it names."""
    if k >= len(words):
        return None
    for phrase, named in index.get(words[k], ()):
        n = len(phrase)
        if tuple(words[k:k + n]) == phrase and not any(k + i in taken for i in range(n)):
            return n, named
    return None


_MEASURE_INDEX = phrase_index(_MEASURES)


def finding_for(hit: VitalHit, child: bool) -> str | None:
    """The finding a reading makes for this person: none from an adult's range for a child."""
    return None if child and hit.measure in ADULT_RANGES else hit.term


def _reading(words: Sequence[str], k: int, length: int, measure: str,
             taken: Collection[int]) -> VitalHit | None:
    """The number after the measure at ``k`` and the finding it makes, if any."""
    if measure == OXYGEN and k > 0 and words[k - 1] in _NOT_OXYGEN_AFTER:
        return None
    lead = lead_in(words, k + length, taken, _BETWEEN, number)
    if lead is None:
        return None
    between, bound, j = lead
    positions = [*range(k, k + length), *between]
    value, j = read_number(words, j, positions)
    if value is None:
        return None
    second = None
    if measure == PRESSURE:
        if j + 1 < len(words) and words[j] in ("/", "over") and number(words[j + 1]) is not None:
            positions.append(j)
            second, j = read_number(words, j + 1, positions)
        if second is None:
            return None
    if measure == COMA_SCALE and j + 1 < len(words) and words[j] == "/":
        if number(words[j + 1]) != _FULL_COMA_SCORE:
            return None  # "GCS 3/7 ago": a time, no score
        positions.extend((j, j + 1))  # "GCS 14/15": the score out of the scale's whole
        j += 2
    low, high = _PLAUSIBLE[measure]
    if words[k] == "t" and (number(words[k + 1]) is None
                            or not _NOTE_TEMPERATURE[0] <= value <= _NOTE_TEMPERATURE[1]):
        return None
    if not low <= value <= high:
        return None
    while j < len(words) and words[j] in _UNITS and j - positions[-1] <= _UNIT_REACH:
        positions.append(j)
        j += 1
    written = f"{value:g}" if second is None else f"{value:g}/{second:g}"
    term = _finding(measure, value, second, bound)
    return VitalHit(measure, tuple(positions), term, written)


def lead_in(words: Sequence[str], start: int, taken: Collection[int], between: Collection[str],
            is_number: Callable[[str], object]) -> tuple[list[int], str | None, int] | None:
    """The words from ``start`` up to a measured value's number ("is only", "of about", "below"):
    their positions, the bound they set ("below"/"above" for "under", "less than", "over" …,
    else None) and the number's position; None when another word, a taken word or no number
    within reach comes first. Shared by the readers of measured values (text/labs.py)."""
    positions: list[int] = []
    bound = None
    j = start
    while j < len(words) and j - start <= _REACH:
        word = words[j]
        if j in taken:
            return None
        if is_number(word) is not None:
            return positions, bound, j
        if word in _BELOW or word in _ABOVE:
            bound = "below" if word in _BELOW else "above"
        elif word in ("less", "more", "than"):
            bound = "below" if word == "less" else "above" if word == "more" else bound
        elif word not in between:
            return None
        positions.append(j)
        j += 1
    return None


def read_number(words: Sequence[str], j: int,
                positions: list[int]) -> tuple[float | None, int]:
    """The number at ``j`` with its decimals ("39", ".", "5c" is 39.5) or its thousands ("15",
    ",", "000" is 15000): its value and the position after it; the positions read are added
    to ``positions``. Shared by the readers of measured values (text/labs.py)."""
    whole = number(words[j])
    if whole is None:
        return None, j
    positions.append(j)
    j += 1
    while (j + 1 < len(words) and words[j] == "," and len(words[j + 1]) == 3
           and words[j + 1].isdigit()):
        whole = whole * 1000 + int(words[j + 1])
        positions.extend((j, j + 1))
        j += 2
    if j + 1 < len(words) and words[j] in (".", ",") and words[j + 1][:1].isdigit():
        digits = "".join(c for c in words[j + 1] if c.isdigit())
        if digits and words[j + 1].startswith(digits) and len(digits) <= 2:
            positions.extend((j, j + 1))
            return float(f"{int(whole)}.{digits}"), j + 2
    return whole, j


def number(word: str) -> float | None:
    """The whole number a token writes, with a trailing percent or degree sign ("88%", "39c")."""
    digits = word.rstrip("%cf°")
    return float(digits) if digits.isdigit() else None


def _finding(measure: str, value: float, second: float | None, bound: str | None) -> str | None:
    """The finding a value makes (None in the usual range). An upper bound ("below 90") can
    only make a low value, a lower bound ("over 120") only a high one."""
    high: str | None = None
    low: str | None = None
    if measure == HEART:
        high = TACHYCARDIA if value > 100 else None
        low = BRADYCARDIA if value < 60 else None
    elif measure == BREATHING:
        high = TACHYPNEA if value > 20 else None
        low = BRADYPNEA if value < 12 else None
    elif measure == OXYGEN:
        low = HYPOXEMIA if value < 94 else None
    elif measure == COMA_SCALE:
        low = REDUCED_CONSCIOUSNESS if value < _FULL_COMA_SCORE else None
    elif measure == TEMPERATURE:
        celsius = value if value < 50 else (value - 32) * 5 / 9
        high = FEVER if celsius >= 38.0 else None
        low = HYPOTHERMIA if celsius < 35.0 else None
    elif measure == PRESSURE and second is not None:
        high = HYPERTENSION if value >= 140 or second >= 90 else None
        low = HYPOTENSION if value < 90 or second < 60 else None
        if high and low:  # "150/55": a wide pulse pressure, neither reading alone
            return None
    if bound == "below":
        return low
    if bound == "above":
        return high
    return high or low


# h-urgent16 (issue 13): measured vital signs that need urgent assessment, scored as the Royal
# College of Physicians' National Early Warning Score 2 (NEWS2, 2017, Chart 1: "The NEWS
# scoring system") scores them. Each band below is a row of that chart: a value in a band
# scores its points, a value in none of them (the normal range) scores 0. The RCP asks for an
# urgent assessment by a clinician at an aggregate score of 5 or more, or a score of 3 in any
# one parameter ("red score"; treated as a score of 5 or 6), and for an emergency assessment at
# 7 or more; NICE NG51 (Suspected sepsis, 2016, updated 2024, recommendation 1.11.5) reads a
# NEWS2 score of 7 or more as a high and 5 or 6 as a moderate risk of severe illness or death
# from sepsis. NEWS2 is for people aged 16 and over and not for pregnant women (RCP 2017), so it
# is not scored for a younger person (here) nor in pregnancy (text/question.py).
# Rows (value ranges, inclusive; points):
#   respiration rate: <=8: 3; 9-11: 1; 21-24: 2; >=25: 3
#   SpO2 scale 1 (no known hypercapnic respiratory failure): <=91: 3; 92-93: 2; 94-95: 1
#   SpO2 scale 2 (chronic hypercapnic lung disease such as COPD, target 88-92 %):
#     <=83: 3; 84-85: 2; 86-87: 1 (the chart's scores above 92 % on oxygen are not read: a
#     question seldom says the oxygen given)
#   systolic blood pressure: <=90: 3; 91-100: 2; 101-110: 1; >=220: 3
#   pulse: <=40: 3; 41-50: 1; 91-110: 1; 111-130: 2; >=131: 3
#   consciousness: any state other than alert, including new confusion ("CVPU"): 3 (here a
#     Glasgow Coma Scale below 15, or confusion or reduced consciousness said beside a
#     measured value: a word alone is left to the red flags and combinations)
#   temperature (C): <=35.0: 3; 35.1-36.0: 1; 38.1-39.0: 1; >=39.1: 2
NEWS2_URGENT_TOTAL = 5
NEWS2_RED_SCORE = 3
_NEWS2_BANDS: dict[str, tuple[tuple[float, float, int], ...]] = {
    BREATHING: ((0, 8, 3), (9, 11, 1), (21, 24, 2), (25, 999, 3)),
    OXYGEN: ((0, 91, 3), (92, 93, 2), (94, 95, 1)),
    PRESSURE: ((0, 90, 3), (91, 100, 2), (101, 110, 1), (220, 999, 3)),
    HEART: ((0, 40, 3), (41, 50, 1), (91, 110, 1), (111, 130, 2), (131, 999, 3)),
    TEMPERATURE: ((0, 35.0, 3), (35.1, 36.0, 1), (38.1, 39.0, 1), (39.1, 999, 2)),
}
_NEWS2_SCALE2_OXYGEN = ((0, 83, 3), (84, 85, 2), (86, 87, 1))
NEWS2_FROM_YEARS = 16.0
# A pulse taken during or right after exercise is no resting pulse ("my heart rate goes up to
# 150 when I run"): NEWS2 scores observations of someone at rest.
_EXERTION = frozenset({
    "run", "running", "jog", "jogging", "exercise", "exercising", "workout", "workouts", "gym",
    "cycling", "sprint", "sprinting", "training", "spin", "treadmill", "hiit", "sport"})
# Words that name chronic hypercapnic lung disease, for which NEWS2 scores SpO2 on its scale 2.
_SCALE2 = frozenset({"copd", "emphysema", "hypercapnic", "hypercapnia"})


def news2_score(hit: VitalHit, words: Sequence[str] = ()) -> int:
    """The NEWS2 points of one measured value (0 for a measure NEWS2 does not score or a value
    in the normal range). ``words``: the question's folded tokens (exertion, lung disease)."""
    if hit.measure == COMA_SCALE:
        return NEWS2_RED_SCORE if hit.term == REDUCED_CONSCIOUSNESS else 0
    bands = _NEWS2_BANDS.get(hit.measure)
    if bands is None:
        return 0
    if hit.measure == HEART and _EXERTION.intersection(words):
        return 0
    if hit.measure == OXYGEN and _SCALE2.intersection(words):
        bands = _NEWS2_SCALE2_OXYGEN
    value = float(hit.value.split("/")[0])  # the systolic pressure of "80/50"
    if hit.measure == TEMPERATURE and value >= 50:
        value = round((value - 32) * 5 / 9, 1)
    if hit.term is None and _finding(hit.measure, value, None, None) is not None \
            and hit.measure != PRESSURE:
        return 0  # a bound that says the other side ("pulse over 40")
    return next((points for low, high, points in bands if low <= value <= high), 0)


def news2_alert(hits: Sequence[VitalHit], words: Sequence[str], age: float | None,
                altered: bool) -> list[VitalHit] | None:
    """The measured values that call for urgent assessment by NEWS2 (a red score in one of
    them, or an aggregate of 5 or more), or None. ``altered``: the question says the person
    is confused or has reduced consciousness (scored 3 with at least one measured value)."""
    if age is not None and age < NEWS2_FROM_YEARS:
        return _child_alert(hits, age)
    scored = [(hit, news2_score(hit, words)) for hit in hits]
    scored = [(hit, points) for hit, points in scored if points]
    if not scored:
        return None
    total = sum(points for _, points in scored)
    if altered and not any(hit.measure == COMA_SCALE for hit, _ in scored):
        total += NEWS2_RED_SCORE
    if total >= NEWS2_URGENT_TOTAL or any(p >= NEWS2_RED_SCORE for _, p in scored):
        return [hit for hit, _ in scored]
    return None


# h-clinician9: severe hypertension in pregnancy, which NEWS2 does not score (it is not for
# pregnant women). NICE CG107 (Hypertension in pregnancy, 2010; its definitions kept by NG133,
# 2019, updated 2023) names a systolic pressure of 160 mmHg or more, or a diastolic of 110 mmHg
# or more, severe hypertension, and severe pre-eclampsia is pre-eclampsia with severe
# hypertension; NG133 recommendation 1.1.1 asks a pregnant woman with symptoms of pre-eclampsia
# to see a healthcare professional immediately. Table of (measure, systolic or single value,
# diastolic) limits at or above which a reading in pregnancy calls for urgent assessment.
PREGNANCY_URGENT: tuple[tuple[str, float, float | None], ...] = ((PRESSURE, 160.0, 110.0),)


def pregnancy_alert(hits: Sequence[VitalHit]) -> list[VitalHit] | None:
    """The measured values of a pregnant woman at or above ``PREGNANCY_URGENT``'s limits, or
    None. A bound ("BP under 170") says no value and raises nothing."""
    urgent: list[VitalHit] = []
    for hit in hits:
        if hit.term is None:
            continue  # in the usual range, or a bound of the other side
        for measure, first, second in PREGNANCY_URGENT:
            if hit.measure != measure:
                continue
            parts = [number(p) for p in hit.value.split("/")]
            if (parts[0] is not None and parts[0] >= first) or (
                    second is not None and len(parts) > 1 and parts[1] is not None
                    and parts[1] >= second):
                urgent.append(hit)
    return urgent or None


# NICE NG143 (Fever in under 5s, 2019, updated 2021), traffic light table, red (high risk)
# features under "respiratory": tachypnoea, a respiratory rate over 60 breaths a minute, at any
# age under 5 (the amber rates, over 50 at 6-12 months and over 40 past 12 months, ask for a
# face-to-face assessment, not an emergency one, and are not read here).
NG143_RED_BREATHING = 60.0
NG143_UNDER_YEARS = 5.0


def _child_alert(hits: Sequence[VitalHit], age: float) -> list[VitalHit] | None:
    """The measured values of a child that are a red feature of NICE NG143, or None."""
    if age >= NG143_UNDER_YEARS:
        return None
    red = [hit for hit in hits
           if hit.measure == BREATHING and float(hit.value) > NG143_RED_BREATHING]
    return red or None
