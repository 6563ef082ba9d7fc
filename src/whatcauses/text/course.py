"""How long the complaint has lasted ("for 3 days", "since yesterday", "for years").

The course is evidence a clinician weighs at once: a cough of four days and a cough of ten
years have different causes. :func:`read_course` finds the phrases that say how long the
complaint has lasted and turns each into days; the longest is the course (the complaint has
lasted at least as long as its oldest part). rank/course.py weighs the diseases whose sourced
episode length does not fit it.

The reader is conservative: it reads a duration only where the words tie it to a complaint
lasting ("for 3 days", "over the past 2 weeks", "started 3 days ago", "since last week",
"came on suddenly"; in clinicians' notes "3/7 hx", "a 2 week history of", "cough x 3 weeks"),
never a bare "3 days" or an age ("3 years old"), and skips durations said
of a habit or a circumstance ("I've smoked for 30 years", "worked there for 10 years").
Vague words get a modest value of their kind: "for days" 3, "for weeks" 21, "for months" 180,
"for years" and "for ages" a year and more, "all my life" ten years.
"""

from __future__ import annotations

import re

from whatcauses.text.interpretation import Course
from whatcauses.text.normalize import (
    NUMBER_WORDS,
    fold_with_origin,
    number_word_value,
    number_words_pattern,
    original_span,
)

# The shared number words, with the words of a count that only a duration uses.
_NUMBER_WORDS = {
    **NUMBER_WORDS, "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a few": 3, "few": 3, "several": 4, "a good few": 4,
}  # fmt: skip
_UNIT_DAYS = {"day": 1.0, "night": 1.0, "week": 7.0, "wk": 7.0,
              "fortnight": 14.0, "month": 30.0, "year": 365.0, "yr": 365.0}  # fmt: skip
# A bare plural unit ("for weeks"): a modest value of its kind, not its upper end.
_VAGUE_DAYS = {"days": 3.0, "weeks": 21.0, "months": 180.0, "years": 730.0,
               "ages": 365.0, "decades": 7300.0}  # fmt: skip
_NUM = (r"(\d{1,3}(?:\.\d+)?|a good few|a couple(?: of)?|couple of|a few|few|several|an?|"
        + number_words_pattern() + r")")
_UNIT = r"(days?|nights?|weeks?|wks?|fortnights?|months?|years?|yrs?)"
# "for", "over the past", "in the last", "for about", "for more than", "for over a year".
_LEAD = (r"\b(?:(?:for|over|during|throughout)\s+(?:the\s+)?(?:last|past|previous)?|"
         r"in\s+the\s+(?:last|past|previous))\s*"
         r"(?:(?:about|around|roughly|nearly|almost|over|more than|at least|well over|"
         r"the best part of|a good)\s+)?")
# "for 2-3 days", "for two or three weeks": the lower end counts.
_RANGE = r"(?:\s*(?:-|to|or)\s*(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten))?"
_SPAN = re.compile(_LEAD + _NUM + _RANGE + r"(?:\s+and\s+a\s+half)?[\s-]+" + _UNIT
                   + r"\b(?!\s+at\s+a\s+time)")
_VAGUE = re.compile(r"\bfor\s+(?:many\s+|several\s+|some\s+)?(days|weeks|months|years|"
                    r"ages|decades)\b(?!\s+at\s+a\s+time)")
# "started 3 days ago", "since 2 weeks ago", "began a month ago".
_AGO = re.compile(r"\b(?:started|starting|began|begun|came on|come on|since|noticed|"
                  r"first noticed|appeared|developed)\b[^.,;!?]{0,40}?\b" + _NUM + r"[\s-]+"
                  + _UNIT + r"\s+ago\b")
# Clinicians' notation: "3/7" days, "2/52" weeks, "6/12" months (a count over the days of a
# week, weeks or months of a year), tied to the complaint by "hx"/"history" or standing after
# a finding ("productive cough 3/52"); never a date ("on 3/12", "3/12/2024"), a gestation
# ("9/40") or a past event ("back from Spain 3/7 ago"). The count is below the whole ("8/7"
# is no duration). Nor a young child's age in the same notation ("8/12 old boy", "9/12 F",
# "aged 3/52"; text/context.py reads it as the age; h-clinician4).
_FRACTION_DAYS = {"7": 1.0, "52": 7.0, "12": 30.0}
_FRACTION = re.compile(r"(?<![\d/.])(?<!\bon )(?<!\bsince )(?<!\bfrom )(?<!\buntil )"
                       r"(?<!\bdated )(?<!\blmp )(?<!\baged )(?<!\bage )"
                       r"(\d{1,2})\s*/\s*(7|52|12)\b"
                       r"(?!\s*/\s*\d)(?!\s+ago\b)"
                       r"(?!\s*(?:[\s-]*old\b|[mf]\b(?!\s*/)|(?:male|female|boy|girl|baby|"
                       r"infant|child|son|daughter|neonate|newborn)\b))")
# "a 3 day history of", "3-week hx", "two months' history", "cough x 3 weeks", "x2 days".
_HISTORY = re.compile(r"\b" + _NUM + _RANGE + r"[\s-]*" + _UNIT
                      + r"(?:'|'s)?\s+(?:hx|history)\b")
_TIMES = re.compile(r"(?<![a-z0-9])x\s*" + _NUM + r"[\s-]*" + _UNIT + r"\b")
# h-lay4: "since" before a count of time is "for" in Indian, African and other English ("my
# belly is hurting since three days", "cough since 2 weeks"); not before "ago" (_AGO reads
# it), nor an age ("since 3 years old") or a point after an event ("since 2 days after").
_SINCE_SPAN = re.compile(r"\bsince\s+(?:(?:about|around|nearly|almost|over|more than)\s+)?"
                         + _NUM + _RANGE + r"[\s-]+" + _UNIT
                         + r"\b(?!\s+(?:ago|old|of age|after|before|later))")
# Named points in time and words of a sudden, recent start: (pattern, days).
_SINCE: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"\bsince\s+(?:yesterday|last night|this morning|today|earlier today|"
                r"this afternoon|this evening|lunchtime)\b"), 1.0),
    (re.compile(r"\b(?:came on|come on|started|began|developed)\s+(?:all\s+of\s+a\s+|very\s+)?"
                r"(?:suddenly|overnight|this morning|today|yesterday|last night|"
                r"out of the blue|sudden)\b|\b(?:woke|woken|waking)\s+up\s+(?:this morning\s+)?"
                r"with\b|\bcame up (?:this morning|today|overnight|last night)\b|"
                r"\b(?:this morning|last night|overnight|yesterday)\b(?=\s*(?:[.;!?]|$))"), 1.0),
    (re.compile(r"\bsince\s+(?:the\s+)?(?:weekend|last weekend|monday|tuesday|wednesday|"
                r"thursday|friday|saturday|sunday)\b"), 4.0),
    (re.compile(r"\bsince\s+last\s+week\b"), 7.0),
    (re.compile(r"\bsince\s+last\s+month\b"), 30.0),
    (re.compile(r"\bsince\s+last\s+year\b"), 365.0),
    # A time of life long past ("since I was a child", "since childhood", "since my teens",
    # "since I was at school", "since I was at uni", "since my periods started"): the
    # complaint has lasted years, as "for years" (h-age13: gastroenteritis led a complaint
    # "on and off since I was at uni"). Not a baby's or a toddler's time, which may be a
    # few months ago.
    (re.compile(r"\b(?:ever\s+)?since\s+(?:(?:i|he|she|they|we)\s+(?:was|were)\s+(?:(?:a|an)\s+)?"
                r"(?:child|kid|little|small|young|boy|girl|lad|teenager|teen|adolescent|"
                r"schoolboy|schoolgirl|student|at\s+school|at\s+(?:uni|university|college)|"
                r"in\s+(?:primary|secondary|high|junior)\s+school|in\s+(?:my|his|her|their)\s+"
                r"(?:teens|twenties|thirties|forties|fifties))"
                r"|(?:early\s+)?childhood|puberty|(?:my|his|her|their)\s+(?:teens|teenage\s+years|"
                r"twenties|thirties|school\s*days|student\s+days|uni\s+days|university\s+days)"
                r"|(?:my|her)\s+(?:first\s+)?periods?\s+(?:started|began|came)"
                r"|(?:i|she)\s+(?:started|began|got)\s+(?:my|her)\s+(?:first\s+)?periods?)\b"),
     730.0),
    (re.compile(r"\b(?:all\s+(?:my|his|her|their)\s+(?:life|lives)|(?:my|his|her|their)\s+"
                r"whole\s+life|for\s+as\s+long\s+as\s+(?:i|he|she|they)\s+(?:can\s+)?remember|"
                r"lifelong|life-long)\b"), 3650.0),
)
# A duration said of a habit or a circumstance, not of the complaint: skipped when one of
# these words comes before it in the same clause.
_NOT_COMPLAINT = re.compile(
    r"\b(?:smok\w*|drink\w*|drank|drunk|work\w*|worked|lived?|living|taking|took|taken|on\s+the|"
    r"been\s+on|using|used|married|pregnant|retired|vegan|vegetarian|diet\w*|travel\w*|"
    r"stayed?|job|prescribed|treated|medication|tablets?|pills?|injections?|"
    r"breast\s*feed\w*|breastfeeding|trying|tried|lasts?|lasting|attacks?|episodes?|"
    r"bouts?|spells?)\b")
_CLAUSE_END = re.compile(r"[.,;:!?]|\b(?:and|but|so|then|because)\b")


def _number(word: str) -> float:
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    value = number_word_value(word)
    return float(value) if value is not None else float(word)


def _unit(word: str) -> float:
    return _UNIT_DAYS[word.rstrip("s")]


def _about_habit(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of a habit or circumstance."""
    before = text[max(0, start - 60):start]
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end():] if ends else before
    return bool(_NOT_COMPLAINT.search(clause))


def read_course(question: str) -> Course | None:
    """The longest duration the question gives its complaint, ``None`` when it gives none
    (span: offsets into ``question``)."""
    text, origin = fold_with_origin(question)
    kept = [(d, a, b) for d, a, b in _durations(text) if not _about_habit(text, a)]
    if not kept:
        return None
    days, a, b = max(kept, key=lambda item: (item[0], -item[1]))
    start, end = original_span(origin, a, b)
    return Course(days, question[start:end], start, end)


def complaint_durations(question: str) -> list[Course]:
    """Every duration the question gives its complaint (not those of a habit), in order
    (span: offsets into ``question``)."""
    text, origin = fold_with_origin(question)
    found = []
    for days, a, b in sorted(_durations(text), key=lambda item: item[1]):
        if not _about_habit(text, a):
            start, end = original_span(origin, a, b)
            found.append(Course(days, question[start:end], start, end))
    return found


# A finding HPO names apart once it has lasted long, by the HPO definition of the lasting
# form: finding -> (lasting form, days it must have lasted, more than); text/question.py
# reads such a finding as the lasting form or itself. Chronic diarrhea is "usually
# taken to mean diarrhea that has persisted for over 4 weeks"; Chronic cough is "a cough
# lasting longer than eight weeks in adults or longer than four weeks in children" (the adult
# bound, the stricter, for all).
LASTING_FORMS: dict[str, tuple[str, float]] = {
    "HP:0002014": ("HP:0002028", 28.0),  # Diarrhea -> Chronic diarrhea
    "HP:0012735": ("HP:0034315", 56.0),  # Cough -> Chronic cough
}


def durations(question: str) -> list[Course]:
    """Every duration the question gives, of the complaint or not ("trying to get pregnant
    for a year"), in order (span: offsets into ``question``)."""
    text, origin = fold_with_origin(question)
    found = []
    for days, a, b in sorted(_durations(text), key=lambda item: item[1]):
        start, end = original_span(origin, a, b)
        found.append(Course(days, question[start:end], start, end))
    return found


def _durations(text: str) -> list[tuple[float, int, int]]:
    """(days, start, end) of each duration in the folded ``text``."""
    found: list[tuple[float, int, int]] = []
    for match in _SPAN.finditer(text):
        days = _number(match.group(1)) * _unit(match.group(2))
        if "and a half" in match.group(0):
            days += _unit(match.group(2)) / 2
        found.append((days, *match.span()))
    for match in _SINCE_SPAN.finditer(text):
        found.append((_number(match.group(1)) * _unit(match.group(2)), *match.span()))
    for match in _AGO.finditer(text):
        found.append((_number(match.group(1)) * _unit(match.group(2)), *match.span()))
    for match in _FRACTION.finditer(text):
        count, whole = int(match.group(1)), int(match.group(2))
        if 0 < count < whole:
            found.append((count * _FRACTION_DAYS[match.group(2)], *match.span()))
    for pattern in (_HISTORY, _TIMES):
        for match in pattern.finditer(text):
            found.append((_number(match.group(1)) * _unit(match.group(2)), *match.span()))
    for match in _VAGUE.finditer(text):
        found.append((_VAGUE_DAYS[match.group(1)], *match.span()))
    for pattern, days in _SINCE:
        for match in pattern.finditer(text):
            found.append((days, *match.span()))
    return [(d, a, b) for d, a, b in found if d > 0]
