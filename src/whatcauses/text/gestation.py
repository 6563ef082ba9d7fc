"""How far into a pregnancy the person is, as a question says it (h-gestation, issue 14).

"8 weeks pregnant", "I'm 30 weeks" (a person who asks is not 30 weeks old), "bleeding at 34
weeks" in a question about a pregnancy, "7/40" (clinicians' weeks over the forty of a term
pregnancy), "5 months pregnant", "in my third trimester", "early pregnancy", "just found out
I'm pregnant": a :class:`Gestation` of weeks from the last menstrual period, one week or a
range. The ranking weighs conditions of pregnancy by it (a profile's ``gestation``,
rank/model.py LikelihoodModel.gestation). A duration ("2 weeks of cough", "for 3 weeks",
"weeks ago") or an age ("40 years") is none. Weeks outside 1-45 are no gestation, nor are
the weeks of a pregnancy before this one ("I lost my last baby at 10 weeks": the reader
passes their words as ``skip``, text/preceding.py; h-age10).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A term pregnancy is about 40 weeks; 42 is post-term. A gestation said as weeks is read
# between these bounds only.
FIRST_WEEK = 1.0
LAST_WEEK = 45.0
TERM_WEEKS = 42.0
# Weeks of a month of pregnancy (52 / 12), for "5 months pregnant".
WEEKS_PER_MONTH = 52.0 / 12.0
# The trimesters in weeks (NICE antenatal care; the first to 13 completed weeks), and what
# "early" and "late" pregnancy span (the first and the third trimester).
TRIMESTERS = {"first": (0.0, 13.0), "1st": (0.0, 13.0), "second": (13.0, 28.0),
              "2nd": (13.0, 28.0), "third": (28.0, TERM_WEEKS), "3rd": (28.0, TERM_WEEKS),
              "last": (28.0, TERM_WEEKS), "final": (28.0, TERM_WEEKS)}
EARLY = (0.0, 13.0)
LATE = (28.0, TERM_WEEKS)

_NUMBER = r"(\d{1,2}(?:\.\d)?)"
_WEEKS = r"(?:weeks?|wks?|w)"
# Words that make weeks a pregnancy's in any question ("30 weeks pregnant", "12 weeks along",
# "20 weeks gestation", "28 weeks into my pregnancy", "34+2 weeks pregnant").
_WEEKS_PREGNANT = re.compile(
    r"\b" + _NUMBER + r"\s*(?:\+\s*\d\s*)?(?:-\s*)?" + _WEEKS
    + r"(?:\s*\+\s*\d\s*(?:days?|d)?)?\s+(?:pregnant|along|gone|gestation(?:al)?|"
    r"(?:of|into)\s+(?:my\s+|her\s+|the\s+|a\s+)?(?:pregnancy|gestation))\b")
# The same weeks said after the word (h-common12): "pregnant 8 weeks and bleeding", "pregnant
# for 10 weeks"; not a time since ("pregnant 8 weeks ago", "got pregnant 3 weeks after").
_PREGNANT_WEEKS = re.compile(
    r"\bpregnant\s+(?:for\s+|about\s+|around\s+|nearly\s+|almost\s+)?" + _NUMBER + r"\s*"
    + _WEEKS + r"\b(?!\s+(?:ago|since|after|before|later|post\w*|postpartum|old)\b)")
_MONTHS_PREGNANT = re.compile(r"\b(\d)\s*(?:-\s*)?months?\s+(?:pregnant|along|gone|"
                              r"(?:of|into)\s+(?:my\s+|her\s+|the\s+)?pregnancy)\b")
# Clinicians' shorthand: "7/40", "32+4/40".
_OVER_FORTY = re.compile(r"(?<![\d/.])(\d{1,2})(?:\+\d)?\s*/\s*40\b(?![\d/.])")
# The asker's own weeks ("I'm 30 weeks", "I am 36 weeks"): no person who writes a question
# is weeks old, so they are a pregnancy's, when the weeks end their phrase ("I'm 30 weeks
# and ...", "I'm 36 weeks, ..."): "I'm 30 weeks old", "I'm 6 weeks into a new job", "I'm 2
# weeks late" and "I'm 8 weeks post-op" are not read.
_ASKER_WEEKS = re.compile(r"\b(?:i'?m|i\s+am|im)\s+(?:now\s+|only\s+|about\s+|nearly\s+|almost\s+)?"
                          + _NUMBER + r"\s*" + _WEEKS
                          + r"\b(?=\s*(?:$|[,.;:!?)&-]|(?:and|but|with|now|today|so|here|"
                          r"pregnant|along|gone|tomorrow)\b))")
# "at 34 weeks", "she is 20 weeks", in a question that speaks of a pregnancy.
_AT_WEEKS = re.compile(r"\b(?:at|she'?s|she\s+is|i'?m|i\s+am)\s+" + _NUMBER + r"\s*" + _WEEKS
                       + r"\b(?!\s+(?:old|ago|since|of\b|after|later|before|now|late|"
                       r"overdue|post\w*|into|out|off|from|clean|sober))")
# h-clinician9: and clinicians' words, "primigravida", "multigravida" and the gravida/para
# notation ("G1P0", "G2 P1"), which make "at 36 weeks" a pregnancy's weeks.
_PREGNANCY_WORDS = re.compile(r"\b(?:pregnan\w*|expecting|gestation\w*|trimester|bump|midwife|"
                              r"antenatal|due\s+date|the\s+baby\s+(?:is\s+)?moving|"
                              r"primigravid\w*|multigravid\w*|g\d{1,2}\s*p\d{1,2})\b")
_TRIMESTER = re.compile(r"\b(first|1st|second|2nd|third|3rd|last|final)\s+trimester\b")
_EARLY = re.compile(r"\b(?:early\s+(?:stages?\s+of\s+)?pregnancy|"
                    r"early\s+in\s+(?:my\s+|her\s+|the\s+)?pregnancy|(?:just|only\s+just|recently)\s+(?:found\s+out|discovered|learned|"
                    r"learnt)\s+(?:that\s+)?(?:i'?m|i\s+am|im|she'?s|she\s+is|we'?re)\s+pregnant|"
                    r"newly\s+pregnant|just\s+got\s+a\s+positive\s+(?:pregnancy\s+)?test)\b")
_LATE = re.compile(r"\b(?:late\s+(?:stages?\s+of\s+)?pregnancy|late\s+in\s+(?:my\s+|her\s+|the\s+)?"
                   r"pregnancy|heavily\s+pregnant)\b")


@dataclass(frozen=True, slots=True)
class Gestation:
    """Weeks of pregnancy the question gives (one week: ``min_weeks == max_weeks``), with the
    words and their character span."""

    min_weeks: float
    max_weeks: float
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return {"min_weeks": self.min_weeks, "max_weeks": self.max_weeks, "text": self.text,
                "span": [self.start, self.end]}


def _said(match: re.Match[str], text: str, low: float, high: float) -> Gestation:
    """The weeks ``low`` to ``high`` that ``match`` of ``text`` says."""
    return Gestation(low, high, text[match.start():match.end()], match.start(), match.end())


def _weeks(match: re.Match[str], text: str, first: float = FIRST_WEEK) -> Gestation | None:
    weeks = float(match.group(1))
    if not first <= weeks <= LAST_WEEK:
        return None
    return _said(match, text, weeks, weeks)


def read_gestation(text: str, skip: Sequence[tuple[int, int]] = ()) -> Gestation | None:
    """The gestation ``text`` gives, or ``None``; the first wording found in the order of how
    exactly it says the weeks (weeks, then months, then trimesters, early and late). The
    character spans ``skip`` speak of a pregnancy before the present one ("I lost my last
    baby at 10 weeks", text/preceding.py): their weeks and words are not read (h-age10)."""
    lower = "".join(" " if any(a <= k < b for a, b in skip) else ch
                    for k, ch in enumerate(text.lower()))
    for pattern in (_WEEKS_PREGNANT, _PREGNANT_WEEKS, _OVER_FORTY, _ASKER_WEEKS):
        for match in pattern.finditer(lower):
            said_pregnant = pattern is _WEEKS_PREGNANT or pattern is _PREGNANT_WEEKS
            found = _weeks(match, text, FIRST_WEEK if said_pregnant else 4.0)
            if found is not None:
                return found
    if _PREGNANCY_WORDS.search(lower):
        for match in _AT_WEEKS.finditer(lower):
            found = _weeks(match, text)
            if found is not None:
                return found
    months = _MONTHS_PREGNANT.search(lower)
    if months is not None and 1 <= int(months.group(1)) <= 10:
        count = int(months.group(1))
        return _said(months, text, round(count * WEEKS_PER_MONTH, 1),
                     min(round((count + 1) * WEEKS_PER_MONTH, 1), TERM_WEEKS))
    trimester = _TRIMESTER.search(lower)
    if trimester is not None:
        return _said(trimester, text, *TRIMESTERS[trimester.group(1)])
    for pattern, (low, high) in ((_EARLY, EARLY), (_LATE, LATE)):
        said = pattern.search(lower)
        if said is not None:
            return _said(said, text, low, high)
    return None
