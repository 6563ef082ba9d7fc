"""Age and sex of the person a question is about ("my 8 year old son", "a woman in her 40s")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from whatcauses.knowledge.onset import onset_class_for_age
from whatcauses.text.normalize import (
    fold_with_origin,
    number_word_value,
    number_words_pattern,
    original_span,
)

_NUM = r"(\d{1,3}(?:\.\d+)?|" + number_words_pattern() + r")"
_UNITS = {"year": 1.0, "yr": 1.0, "y": 1.0, "month": 1 / 12, "mo": 1 / 12, "mth": 1 / 12,
          "week": 7 / 365.25,
          "wk": 7 / 365.25, "day": 1 / 365.25, "hour": 1 / (24 * 365.25)}  # fmt: skip
# A half written as a fraction apart from the figure ("my 4 1/2 year old", "2 ½": h-age13).
_SPACED_HALF = r"\s+1\s?[/\u2044]\s?2(?!\d)"
# A word of rough age before a number ("aged about 3", "a man of around sixty").
_ROUGHLY = r"(?:(?:about|around|roughly|approximately|approx\.?|nearly|almost|only|just)\s+)?"
_AGE_PATTERNS = (
    # "my two and a half year old": the half is added. "82 years young" is the playful way
    # of saying "82 years old" (h-reader57).
    # A half written apart from the figure (_SPACED_HALF) is added too; the number never
    # starts after a slash or a point.
    re.compile(r"(?<![\d/\u2044.])" + _NUM + r"(?:[\s-]+and[\s-]+a[\s-]+half|" + _SPACED_HALF
               + r")?[\s-]*(years?|yrs?|y|months?|mos?|mths?|weeks?|wks?|days?)[\s-]*"
               r"(?:old|young)\b"),
    # A word of rough age may stand between ("my granddaughter aged about 3", "a girl aged
    # around 7": h-age12, the granddaughter's life stage or no age was read).
    re.compile(r"\baged?(?:\s*:)?\s+" + _ROUGHLY + _NUM
               + r"(?:\s*(years?|months?|weeks?|days?))?\b"),
    re.compile(_NUM + r"\s*(years?|yrs?|months?|weeks?|days?)\s+of\s+age\b"),
    re.compile(r"\b" + _NUM + r"[\s-]*(y/?o|yo|y\.o)(?:\.|\b)"),
)
# "I'm 70 and ...", "my dad is 70, his hand shakes": a bare number after a person and "is"/"am",
# only when nothing follows it that would make it a weight, a height or a count ("I'm 70 kg",
# "she is 5 months pregnant"). Carers also give the age beside the person, in apposition
# ("my mum, 80, keeps falling", "my dad (75) is breathless", "my nan, who is 85, is ..."),
# with a word or two before the noun ("my little girl, 4,").
_RELATIVES = (r"(?:dad|daddy|father|mum|mummy|mam|mom|mommy|mother|son|daughter|husband|hubby|"
              r"wife|partner|brother|sister|grandma|grandmother|granny|gran|nan|nana|nanna|"
              r"grandad|granddad|grandpa|grandfather|boy|girl|lad|lass|toddler|teenager|"
              r"baby|child|kid|friend|aunt|uncle|nephew|niece|grandson|granddaughter|"
              r"stepson|stepdaughter|boyfriend|girlfriend|patient|twins?|eldest|youngest|kids|"
              r"children|boys|girls|sons|daughters|"
              r"oldest|little one|youngster|"
              # h-age5: relatives by marriage and step-parents ("my mother-in-law is 80",
              # "my step-dad is 70"), cousins and neighbours: no age was read.
              r"(?:mother|father|sister|brother|son|daughter)[\s-]in[\s-]law|"
              r"step[\s-]?(?:mum|mom|mother|dad|father|son|daughter)|cousin|neighbou?r)")
_BEFORE_NOUN = (r"(?:(?:little|baby|teenage|teen|elderly|young|old|older|younger|eldest|"
                r"youngest|oldest|big|wee)\s+){0,2}"
                # h-age5: a great-grandparent ("my great grandad is 90", "my
                # great-great-grandmother, 101,"): the grandparent's 75 was read instead.
                r"(?:great[\s-]+){0,2}")
# The number may carry its unit ("our baby, 3 months, ..."); a relative clause ("who is
# 85") is an age whatever follows unless a unit of something else does ("who is 5 months
# pregnant" has its own end, "who is 6 foot" none).
# An aside in brackets ("I'm 45 (male) with ...") and "going on" ("12 going on 13") end it
# too (h-age8: no age was read).
# So does the subject of a new clause run on without a comma ("now I'm 34 they are worse",
# "she's 3 she has a rash"; h-age13: no age was read).
_AGE_END = (r"(?=\s*(?:$|[,.;:!?)(])|\s+(?:and|but|with|now|so|who|yet|today|this|"
            r"going\s+on|i|i'?m|i'?ve|he|she|they|it|my|we)\b)")
_BARE_UNIT = r"(?:\s*(years?|yrs?|months?|mos?|weeks?|wks?|days?)\b)?"
# Another's relative too: "my partner's son, 9,", "my sister's baby, 3 months,"; a parent
# or grandparent named as such at the start ("Mum (82) is confused").
_OWNER = (r"(?:(?:my|our|his|her|the) (?:[a-z]+'s\s+)?" + _BEFORE_NOUN + _RELATIVES
          + r"|^(?:mum|mom|dad|nan|gran|granny|grandad|grandma|grandpa))")
# A word of degree or a change before the number ("she's only 3", "nearly 3", "just turned 5",
# "just gone 6": a British way of saying just past it; h-age13, no age was read).
_NEARLY = r"(?:\s+(?:only|nearly|almost|just|about|around|now|just turned|turned|just gone))?"
# Units of a measure, not an age ("who is 9 stone", "a man over 6 feet").
_MEASURES = r"percent|kgs?|kilos?|st|stone|lbs?|pounds?|cm|ft|foot|feet|inch(?:es)?"
_BARE_AGE = re.compile(
    r"\b(?:i'?m|i am|(?:he|she)(?:'s| is)|" + _OWNER
    + r"(?:'s| is| are|,?\s+who(?:'s| is)|\s*,|\s*\((?:\s*aged?)?|\s+(?:just\s+)?turned))"
    + _NEARLY + r"\s*" + _NUM + r"(?![.\d]\d)(?:" + _SPACED_HALF + r")?" + _BARE_UNIT
    + _AGE_END)
# An age said bare at the end of a list of the person's traits ("I'm tall and thin and 20",
# "my son is thin and 19, ...", "I'm overweight, a smoker and 58"): the number in years,
# after one to four words joined by "and" or commas, none a preposition or a number (a
# count or a measure: "I'm on tablets and 2 ...", "she is 5 foot 2 and ..."), and with no
# unit ("I'm pregnant and 12 weeks" is the pregnancy) (h-reader53).
_TRAIT = (r"(?:a\s+|an\s+|very\s+|quite\s+|really\s+)?"
          r"(?!(?:on|in|at|of|for|to|with|off|about|over|under|and)\b)[a-z][a-z'-]*")
_LISTED_AGE = re.compile(
    r"\b(?:i'?m|i am|(?:he|she)(?:'s| is)|" + _OWNER + r"(?:'s| is))\s+" + _TRAIT
    + r"(?:(?:\s*,\s*|\s+and\s+)" + _TRAIT + r"){0,3}(?:\s*,)?\s+and\s+" + _NUM + r"()"
    + r"(?![.\d]\d)(?!\s*(?:" + _MEASURES + r"|%|years?|yrs?|months?|weeks?|days?|times?)\b)"
    + _AGE_END)
# The asker's age after their description of themselves as a parent or grandparent at the
# start of the question or of a sentence ("mother of two girls, 45, ...", "Dad of three (52)
# ...", "I'm a mum to a toddler, 29, and ..."; h-family9: no age was read). The children's
# words may have been blanked (_askers_children); the number, in years, must end its phrase
# ("mum of 3, 2 of them ..." is a count).
_PARENT_OF_AGE = re.compile(
    r"(?:^|[.;!?]\s*)\s*(?:(?:i'?m|i am)\s+)?(?:an?\s+)?(?:[a-z]+\s+)?"
    r"(?:mum|mom|mother|mam|dad|father|parent|grandmother|grandma|granny|nan|gran|grandfather|"
    r"grandad|granddad|grandpa)\s+(?:of|to)\b[a-z0-9\s'-]{0,40}?(?:,|\(|\s-)\s*" + _NUM
    + r"()(?![.\d]\d)\s*\)?" + _AGE_END)
# An age in apposition after a person named with "a" or "an" ("a man, 70, with a cough", "a
# woman (45) who ...", "a patient, 64, presents with", "a boy, 6, has"; h-age16: no age was
# read, while "my mum, 80," was): only with its comma or bracket, so that "a man 6 foot tall"
# and "a girl 2 years ago" say nothing; the number ends its phrase as in _BARE_AGE and may
# carry a unit of a young age ("a baby, 3 months, ...").
_A_PERSON = (r"(?:man|woman|lady|gentleman|gent|guy|bloke|chap|fellow|person|boy|girl|lad|lass|"
             r"patient|child|kid|baby|infant|toddler|teenager|teen|pensioner|female|male|student|"
             r"mother|father|mum|mom|dad)")
_APPOSED_AGE = re.compile(
    r"\ban?\s+" + _BEFORE_NOUN + _A_PERSON + r"\s*(?:,|\((?:\s*aged?)?)" + _NEARLY + r"\s*"
    + _NUM + r"(?![.\d]\d)" + _BARE_UNIT + r"\s*\)?" + _AGE_END)
# An age just reached or about to be ("he turned 60 last month", "I'm turning 50 soon"),
# said of the asker or of someone named by a pronoun.
_TURNED = re.compile(
    r"\b(?:i|he|she|i'?m|i am|(?:he|she)(?:'s| is))\s+(?:just\s+|recently\s+|about\s+to\s+)?"
    r"(?:turned|turning|turn)\s+" + _NUM + r"()(?![.\d]\d)(?!\s*(?:" + _MEASURES
    + r"|%|o'?clock|am|pm)\b)\b")
# An age given beside "my age" ("at my age (62)", "someone my age, 45,", "for a man of my
# age - 70", "my age is 58"; h-age8: no age was read).
_MY_AGE = re.compile(
    r"\b(?:my|his|her|your|their)\s+age\s*(?:\(\s*(?:aged?\s*)?|,\s*|\s+of\s+|\s*[-:]\s*|"
    r"\s+(?:is|being)\s+)" + _NUM + _BARE_UNIT + r"(?![.\d]\d)(?!\s*(?:" + _MEASURES
    + r"|%|times?)\b)\b")
# An age about to be reached, said of the person ("my daughter turns 16 next month", "my son
# will be 5 in March", "she's coming up to 2", "I'm pushing 60", "a man approaching 60",
# "I've just hit 40"; h-age8: no age was read): the person is just below it
# (_said_otherwise). Not a time or a measure ("I'll be 2 weeks late", "coming up to 40
# weeks").
_UPCOMING_SUBJECT = (r"(?:i|i'?m|i am|i'?ll|i'?ve|i have|(?:he|she)(?:'s| is|'ll| will| has)?|"
                     + _OWNER + r"(?:'s| is|'ll| will| has|,?\s+who(?:'s| is|'ll| will| has))?"
                     r"|(?:a|an)\s+(?:man|woman|lady|gentleman|guy|bloke|boy|girl|lad|lass)"
                     r"(?:\s+who(?:'s| is))?)")
_UPCOMING = re.compile(
    r"\b" + _UPCOMING_SUBJECT + r"\s+(?:just\s+|about\s+to\s+|soon\s+|fast\s+)?"
    r"(?P<verb>turns|turning|turn|be|going\s+to\s+be|coming\s+up\s+(?:to|on)|approaching|"
    r"nearing|pushing|knocking\s+on|getting\s+on\s+for|close\s+to|hit|hits|hitting|touching|"
    # "rising 5": British for a child about to turn 5 (h-age13: no age was read).
    r"rising)\s+"
    + r"(?P<num>" + _NUM[1:] + r"(?:\s*(?P<unit>years?|months?|weeks?))?(?:[\s-]+old)?"
    r"(?![.\d]\d)(?=\s*(?:$|[,.;:!?)(])|\s+(?:and|but|with|so|who|yet|today|this|next|in|on|soon|"
    r"tomorrow|shortly|later|at|now|years?)\b)")
# A child born a number of days, weeks or months ago ("my son was born 10 days ago"; h-age8:
# no age was read, or a baby's six months from "baby"): that is the age, when the question
# speaks of the child ("he", "she") or not of the asker at all (a mother's "my baby was born
# two weeks ago and I have a fever" is about her).
# Hours too, and a birth named by its day ("born yesterday", "born this morning", "born last
# night", "born an hour ago"; h-age16: read as any baby, 6 months, or no age): a day old, or
# half a day for today's.
_BORN_AGO = re.compile(
    r"\bborn\s+(?:just\s+|only\s+|about\s+|around\s+)?" + _NUM
    + r"\s*(hours?|days?|weeks?|months?)\s+ago\b")
_BORN_LATELY = re.compile(
    r"\bborn\s+(?:just\s+|only\s+)?(?:(?P<yesterday>yesterday|the\s+day\s+before)|today|"
    r"this\s+(?:morning|afternoon|evening)|last\s+night|overnight|earlier\s+today|"
    r"an?\s+(?:few\s+)?hours?\s+ago)\b")
_BORN_BABY = re.compile(r"\b(?:my|our|the)\s+(?:new\s+|little\s+)?(?:baby|babies|twins)\s+"
                        r"(?:was|were)\s+born\b")
_ASKER = re.compile(r"\b(?:i|i'm|im|i've|ive|me|myself)\b")
# "a year old", "she's a month old", "he's a year and a half": one unit, said with the
# person (not "this mole is a year old"; h-age8: no age was read).
_ONE_UNIT = re.compile(
    r"\b(?:i'?m|i am|(?:he|she)(?:'s| is)|" + _OWNER
    + r"(?:'s| is|,?\s+who(?:'s| is)|\s*,))" + _NEARLY
    + r"\s+a\s+(year|month|week)(?:[\s-]+and[\s-]+a[\s-]+half)?(?:[\s-]+old)?\b"
    + r"(?!\s+(?:ago|now|since))")
# The age now after the onset, its subject left out ("seizures since infancy and is now 30",
# "a squint since birth and is now 6"; h-age8: no age was read), unless its sentence names
# a measure or a pain before it ("his temperature was 38 and is now 39", "the pain was 3 and
# is now 8").
_NOW_AGE = re.compile(r"\b(?:and|but)\s+(?:is|'s|am|'m)\s+now\s+" + _NUM + r"(?![.\d]\d)"
                      + _BARE_UNIT + _AGE_END)
# An age said to be the one now ("now she is 4", "she's now 12", "now aged 30"): when the
# question gives another age as well, that one is when something began or happened ("she had
# her first seizure at 6 months old and now she is 4"; h-rareage1: the age now was read as
# 6 months).
_EXPLICIT_NOW = re.compile(
    r"\b(?:now\s+(?:(?:he|she|i|they)(?:'s|\s+is|'m|\s+am|'re|\s+are)\s+)?(?:aged\s+)?"
    r"|(?:he|she|i|they)(?:'s|\s+is|'m|\s+am|'re|\s+are)\s+now\s+(?:aged\s+)?)"
    + _NUM + r"(?![.\d]\d)" + _BARE_UNIT + r"(?:[\s-]+old)?" + _AGE_END)
_MEASURED = re.compile(r"\b(?:temperature|temp|fever|weight|weighs?|weighed|score|level|pain|"
                       r"reading|pressure|sugar|count|pulse|rate|bmi|kg|stone|degrees)\b|°")
# A school year said as when findings began ("clumsy since I was in year 7"): no age now.
_SINCE_SCHOOL = re.compile(r"\b(?:since|from|when)\s+(?:(?:i|he|she|they|we)\s+(?:was|were)\s+)?"
                           r"(?:in\s+)?(?:the\s+)?$")
_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b|" + _SPACED_HALF)
_WHO_AGE = re.compile(
    # "who has just turned 2", "who turned 80 last month" (h-age5: no age was read); never
    # "who has" alone ("who has 2 children").
    r"\b" + _OWNER + r",?\s+who(?:(?:'s| is)" + _NEARLY
    + r"|(?:'s|\s+has)?\s+(?:just\s+|recently\s+)?turned)\s+" + _NUM + _BARE_UNIT
    + r"(?![\d.%]|\s*(?:" + _MEASURES + r"|times?|(?:(?:months?|weeks?)\s+)?(?:pregnant|along))\b)")
# "at 82 my mum ...", "at 79, she ...": the age before the person the question is about. Only
# 13 to 110 (a smaller number "at 3" is as often a time: "at 3 my son wakes screaming"), any
# age from 1 when said with "age" ("at the age of 75 I've started forgetting", "at age 4 my
# son ...": h-age8, no age was read), and not
# when a verb of the past follows the person ("at 20 I had ...": an age then, not now; "at
# 45, I have started ..." is now: h-age9, no age was read). After
# "now" any age from 1 ("clumsy as a toddler, and now at 4 she ...", "now at 12 he has ...":
# h-reader52), as "now" sets it against an earlier time, not a time of day.
# Or before a part or faculty of the person's own said in the present ("at 75 my hearing is
# going", "at 82, her memory is getting worse": h-age5, no age was read); a verb of the past
# or none ("at 16 my periods stopped") says when, not how old the person is now.
_AT_AGE = re.compile(
    r"(?:^|[.;!?]\s*|,\s*|\b(?P<now>now)\s+)at\s+(?P<said>(?:the\s+)?age\s+(?:of\s+)?)?(\d{1,3})"
    r"\s*,?\s+(?=(?:(?:i|he|she|" + _OWNER[3:-1]
    + r")\b(?!(?:'s|\s+(?!(?:have|has)\b)\w+)?\s+(?:had|was|were|got|went|did|used|became|"
    r"started)\b)"
    r"|(?:my|his|her)\s+[a-z]+\s+(?:is|are|has|have|keeps?|feels?|seems?|isn't|aren't)\b))")
# "a man over 60", "children under 5": an age bound said of people.
_PEOPLE = (r"(?:man|woman|men|women|people|persons?|patients?|adults?|someone|those|children|"
           r"kids?|boys?|girls?|aged|ages?)")
_NO_MEASURE = r"\b(?!\.\d|%|\s*(?:" + _MEASURES + r")\b)"
_OVER = re.compile(r"\b" + _PEOPLE + r"\s+(?:over|above|older than)\s+" + _NUM + _NO_MEASURE)
_UNDER = re.compile(r"\b" + _PEOPLE + r"\s+(?:under|below|younger than)\s+" + _NUM
                    + _NO_MEASURE)
# A bound said with its unit, or of a young person ("a baby under 3 months", "babies aged
# under 6 weeks", "a baby less than a month old", "a child under 5", "a toddler over 2"; h-age15:
# the unit was dropped, "babies aged under 3 months" read as 1.5 years, or the bound was left for
# the life stage alone, "a baby under 3 months" read as any baby). A bound in weeks or months
# needs its unit; "a"/"an" is one of it ("less than a month old").
_YOUNG_NOUN = (r"(?P<noun>newborns?|neonates?|new[\s-]borns?|babies|baby|infants?|toddlers?|"
               r"children|child|kids?|youngsters?|boys?|girls?)")
_BOUND_WORD = (r"(?P<dir>under|below|younger\s+than|less\s+than|not\s+yet|over|above|"
               r"older\s+than|more\s+than)")
_UNIT_BOUND = re.compile(
    r"\b(?:" + _YOUNG_NOUN + r"|" + _PEOPLE + r")(?:\s+(?:who\s+(?:is|are)|aged|of))?\s+"
    + _BOUND_WORD + r"\s+(?P<num>an?|\d{1,3}(?:\.\d+)?|" + number_words_pattern() + r")"
    + r"(?:\s*(?P<unit>years?|yrs?|months?|mos?|mths?|weeks?|wks?|days?)\b)?(?:[\s-]+old\b)?"
    + _NO_MEASURE)
# The ages of each young stage, for a bound said of it ("a toddler over 2": 2 to 3; "a child
# over 5": 5 to 12), as _LIFE_STAGES gives them; a boy or girl to 18.
_STAGE_END = {"newborn": 28 / 365.25, "neonate": 28 / 365.25, "baby": 1.0, "babie": 1.0,
              "infant": 1.0, "toddler": 3.0, "child": 12.0, "children": 12.0, "kid": 12.0,
              "youngster": 12.0, "boy": 18.0, "girl": 18.0}
# A person's age bound with a unit shorter than a year ("she's under 3 months", "my baby is
# over 6 weeks"), not a pregnancy's weeks ("she's over 3 months pregnant", "I'm 2 weeks late").
_PERSON_BOUND_UNIT = re.compile(
    r"\b(?:(?:he|she)(?:'s| is)|" + _OWNER + r"(?:'s| is))\s+(?:well\s+|just\s+)?"
    + _BOUND_WORD + r"\s+(?P<num>an?|\d{1,3}(?:\.\d+)?|" + number_words_pattern() + r")"
    + r"\s*(?P<unit>months?|mos?|mths?|weeks?|wks?|days?)\b(?:[\s-]+old\b)?"
    + r"(?!\s+(?:pregnant|along|gone|late|overdue|ago|since|postpartum|post[\s-]?partum|"
    r"after|into|of)\b)")


def _unit_bound(text: str) -> tuple[float, tuple[float, float], tuple[int, int]] | None:
    """A bound on the person's age said with its unit or of a young stage (_UNIT_BOUND,
    _PERSON_BOUND_UNIT): the age read, its range and the words' span; None when no such bound
    or one that _OVER and _UNDER read alike (a bound in years of adults: "a man over 60")."""
    match = _PERSON_BOUND_UNIT.search(text) or _UNIT_BOUND.search(text)
    if match is None:
        return None
    unit = (match.group("unit") or "").rstrip("s")
    unit = {"mth": "month", "yr": "year"}.get(unit, unit)
    noun = (match.groupdict().get("noun") or "").replace("new born", "newborn")
    noun = noun.replace("new-born", "newborn").rstrip("s") if noun != "children" else noun
    if match.group("num") in ("a", "an"):
        if not unit:
            return None
        number = 1.0
    else:
        number = _number(match.group("num"))
    if not unit and not noun:
        return None  # "a man over 60": _OVER's reading
    bound = number * _UNITS.get(unit or "year", 1.0)
    if not 0 < bound <= 110:
        return None
    end = _STAGE_END.get(noun, 100.0)
    if match.group("dir").startswith(("under", "below", "younger", "less", "not")):
        # "under 2": 1; "under 30": 25, as a bound said of the person (_PERSON_BOUND); a
        # bound in months or weeks halves ("under 3 months": six weeks).
        age = bound / 2 if unit and unit != "year" else max(bound - 5.0, bound / 2)
        return age, (0.0, bound), match.span()
    if end <= bound:  # "a baby over 2": the bound says more than the stage
        end = 100.0 if not unit or unit == "year" else max(2 * bound, 1.0)
    if end == 100.0:
        return bound + 5.0, (bound, 100.0), match.span()
    return (bound + end) / 2, (bound, end), match.span()
# Clinicians' shorthand: "45M", "32 F", "45 yo M", "45yoF", "60F"; "18mo", "6 mo" (months).
# ("3 m" with a space and no "yo" is too often three months, or metres.) The word forms
# ("50 male.", "34 yo female,") only where the phrase ends: "2 male cousins" is a count.
_SHORTHAND = re.compile(r"\b(\d{1,3})(?:\s?(?:yo|y/o|yr|y)\s?|\s(?=(?:fe)?male\b))?"
                        r"([mf]\b|(?:male|female)(?=\s*(?:$|[,.;:!?)])))")
# A note's sex, then the age ("Male, 67, confused", "female, 45: hot flushes", "F 34, SOB",
# "M 58. cough": with or without the comma; h-clinician2).
_SEX_THEN_AGE = re.compile(r"(?:^|[.;:!?(]\s*)\s*(?P<sex>male|female|man|woman|m|f)(?:\s*,\s*|\s+)"
                           r"(?P<age>\d{1,3})"
                           r"(?=\s*(?:$|[,.;:!?)]|\s+(?:with|presents|presenting|complains)\b))")
_MONTHS = re.compile(r"\b(\d{1,2})\s?(?:mo|mos|m/o)\b")
# A clinician's fraction for a young child's age: "8/12" months, "3/52" weeks, "5/7" days
# ("8/12 old boy", "9/12 F", "boy aged 3/52"; h-clinician4). The same fractions are durations
# ("3/12 hx of cough"), so only as an age: after "aged", or before "old", a sex letter or a
# person noun. Before the patterns of years, which read "aged 8/12" as eight years.
_FRACTION_AGE = re.compile(
    r"(?:\baged?\s+)?\b(?P<num>\d{1,3})\s?/\s?(?P<per>12|52|7)\b"
    r"(?:(?<=\baged \d/12)|(?<=\baged \d\d/12)|(?<=\baged \d/52)|(?<=\baged \d\d/52)"
    r"|(?<=\baged \d/7)|(?<=\bage \d/12)|(?<=\bage \d\d/12)"
    r"|(?=\s*(?:[\s-]*old\b|(?P<sex>[mf])\b(?!\s*/)|(?:male|female|boy|girl|baby|infant|child|"
    r"son|daughter|neonate|newborn)\b)))")
# The words after the fraction that the age uses up ("3/52 old baby": no life stage besides).
_FRACTION_TAIL = re.compile(r"(?:[\s-]*old\b)?(?:\s+(?:baby|infant|neonate|newborn)\b)?")
_FRACTION_UNITS = {"12": 1 / 12, "52": 7 / 365.25, "7": 1 / 365.25}
_FRACTION_MOST = {"12": 24, "52": 104, "7": 13}
# A note's sex and decade ("F 60s", "M 40's", "60s F", "f30s"), at the start of the note or of
# a sentence, as "F 34" and "34F" are read; the decade's age as "in her 60s" (h-clinician4).
_SEX_DECADE = re.compile(
    r"(?:^|[.;:!?(]\s*)\s*(?:pt\s+)?(?:(?P<sex>male|female|m|f)\s*(?P<decade>\d0)'?s"
    r"|(?P<decade2>\d0)'?s\s*(?P<sex2>male|female|m|f))(?=\s*(?:$|[,.;:!?)]|\s+with\b))")
# A note that opens with its age and sex letter apart ("45 M, cough") or the letter first
# ("M45, chest pain"): at the very start, before a comma or a colon.
_OPENING_SHORTHAND = re.compile(
    r"^\s*(?:pt\s+)?(?:(?P<age>\d{1,3})\s+(?P<sex>[mf])|(?P<sex2>[mf])(?P<age2>\d{1,3}))"
    r"(?=\s*[,:;.])")
# "well into his eighties" is in them too (h-age5: no age was read).
_DECADE = re.compile(
    r"\bin(?:to)?\s+(?:his|her|their|my|your|the)\s+(?:(?:early|mid|late)[\s-]*)?"
    r"(\d0'?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
# "in their forties" after relatives named in its sentence ("my mum and her mother both lost
# their sight in their twenties", "it runs on my dad's side: heart attacks in their forties")
# is the relatives' age, not the person's (h-reader52): "their" points back to them. Without
# such people before it ("someone in their 60s") it is the person's.
_THEIR_DECADE = re.compile(r"\bin(?:to)?\s+their\b")
# "their" points back to a group: people named in the plural, a side or a family, "both", or
# two people ("my mum and her mother"); one partner ("my partner is in their forties") is the
# person.
_THEIR_GROUP = re.compile(
    r"\b(?:parents|brothers|sisters|siblings|uncles|aunts|aunties|cousins|relatives|family|"
    r"families|side|grandparents|grandmothers|grandfathers|sons|daughters|twins|both)\b")
_THEIR_PERSON = re.compile(r"\b(?:" + _RELATIVES[3:-1].replace("patient|", "") + r")\b")
# The decade beside the person ("my dad, late 70s,", "my mum (in her 80s)").
_APPOSED_DECADE = re.compile(
    r"\b" + _OWNER + r"\s*[,(]\s*(?:in\s+(?:his|her|their)\s+)?(?:(?:early|mid|late)[\s-]*)?"
    r"(\d0'?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
# The part of a decade said after the person without "in my" ("I'm mid 30s", "she's late
# forties", "my dad is early seventies", "aged mid-40s"; h-age11: no age was read). Only
# with "early", "mid" or "late" before the decade: a bare "he's sixties" is rarely said.
_BE_DECADE = re.compile(
    r"\b(?:i'?m|i am|(?:he|she)(?:'s| is)|" + _OWNER + r"(?:'s| is|,)|aged?)\s+"
    r"(?:about\s+|around\s+|roughly\s+|now\s+)?(?:early|mid|late)[\s-]*"
    r"(\d0'?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
# A clinician's decade of life ("in her seventh decade": 60-69 years).
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth")
_DECADE_OF_LIFE = re.compile(
    r"\bin\s+(?:his|her|their|my|the)\s+(?:(?:early|mid|late)[\s-]*)?(" + "|".join(_ORDINALS)
    + r"|\d{1,2}(?:st|nd|rd|th))\s+decade\b")
_DECADE_PART = re.compile(r"\b(?:early|mid|late)\b")
# The decade before a person noun ("a late-50s man", "mid 40s woman", "60s male").
_DECADE_PERSON = re.compile(
    r"\b(?:(?:early|mid|late)[\s-]*)?"
    r"(\d0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
    r"\s+(?:man|woman|male|female|lady|gentleman|guy|bloke|chap)\b"
)
# "a man of 50", "a woman of seventy", a note's "Man of 60 with ...": the age after a person
# noun and "of" (not a measure: "a man of 6 foot"), after an article or at the start of a
# sentence. Describing words may stand before the noun ("a frail woman of 88", "a retired man
# of seventy-two", "a fit and healthy man of 45": h-age5, no age was read). "A child of 5",
# "a kid of 7" too (h-age9: the life stage's 8 was read instead).
_OF_AGE = re.compile(
    r"(?:\b(?:a|an|the)\s+|(?:^|(?<=[.;:!?]))\s*)"
    r"(?:(?!(?:of|with|who|whose|in|at|on|for|from|my|his|her|our|their|your)\b)"
    r"[a-z][a-z'-]*\s+){0,3}"
    r"(?:(?P<adult>man|woman|lady|gentleman|guy|bloke|chap)|boy|girl|lad|lass|child|kid|"
    r"(?P<baby>baby|infant))\s+of\s+" + _ROUGHLY + r"(?P<num>" + _NUM[1:] + r"(?![.\d]\d)"
    r"(?:\s*(?P<unit>years?|months?|weeks?|days?)(?:[\s-]+old)?)?"
    r"(?!\s*(?:" + _MEASURES + r"|%|children|kids|pregnant|gestation|along)\b)\b")
# The same after "my", "our", "his" or "her" and a child of the family ("my baby of 2 months",
# "our son of 6 weeks", "my daughter of 15"; h-age16: any baby, 6 months, or no age was read).
# Never a spouse or a friend ("my husband of 20 years" is the marriage's) and, as for _OF_AGE,
# a baby's age with its unit only; the number ends its phrase or a verb follows it.
_MY_OF_AGE = re.compile(
    r"\b(?:my|our|his|her)\s+" + _BEFORE_NOUN
    + r"(?:(?P<baby>baby|infant|newborn)|son|daughter|boy|girl|lad|lass|child|kid|grandson|"
    r"granddaughter|little\s+one)\s+of\s+" + _ROUGHLY + r"(?P<num>" + _NUM[1:]
    + r"(?![.\d]\d)(?:\s*(?P<unit>years?|months?|weeks?|days?)(?:[\s-]+old)?)?"
    r"(?:" + _AGE_END + r"|(?=\s+(?:has|had|is|was|keeps?|kept|gets?|got|seems?|won't|can't|"
    r"cannot|does|doesn't|did|will|started|starts|began|cries|vomits|coughs|wakes)\b))")
# A rough age ("I'm 60ish", "my dad is 70-odd", "she's sixty-something"): the decade it
# names, from the number on.
_ROUGH_AGE = re.compile(
    r"\b(?:i'?m|i am|(?:he|she)(?:'s| is)|" + _OWNER + r"(?:'s| is|,))"
    r"\s+(?:about\s+|around\s+)?(\d0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]?(ish)|[\s-]+(odd)|[\s-]*(something))\b")
# The rough age before the person ("my 80-something mum", "an eighty-odd-year-old man",
# "her 70ish dad"), the same groups.
_ROUGH_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their|your|the|a|an)\s+"
    r"(\d0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]?(ish)|[\s-]+(odd)|[\s-]*(something))(?:[\s-]+years?[\s-]+old)?\s+"
    + _BEFORE_NOUN + r"(?:" + _RELATIVES[3:-1] + r"|man|woman|lady|gentleman|guy|bloke|chap)\b")
# An age bound said of the person ("I'm over 60", "she's under 2", "my dad is well past 80"),
# not a time or a measure ("I'm over 2 weeks late", "he's over 6 foot").
_PERSON_BOUND = re.compile(
    r"\b(?:i'?m|i am|(?:he|she)(?:'s| is)|" + _OWNER + r"(?:'s| is))"
    r"\s+(?:well\s+|just\s+)?(over|above|past|under|below|(?:on\s+)?the\s+(?:wrong|far|other)\s+"
    r"side\s+of)\s+"
    + _NUM
    + r"(?![.\d]\d)(?!\s*(?:" + _MEASURES
    + r"|%|weeks?|days?|months?|hours?|hrs?|minutes?|mins?|times?|years? ago)\b)\b")
# An age with a plus ("I'm 60+", "my dad is seventy plus", "aged 65+"): past it, as "over 60"
# (h-age13: no age was read). Not a measure ("she's 9 stone plus").
_PLUS_AGE = re.compile(
    r"\b(?:i'?m|i am|(?:he|she)(?:'s| is)|" + _OWNER + r"(?:'s| is|,)|aged?)\s+(?:well\s+)?"
    + _NUM + r"(?![.\d]\d)(?:\s*\+|[\s-]+plus\b)(?!\s*(?:" + _MEASURES + r"|%)\b)")
# A child's school year ("my son is in year 9", "she's in 5th grade", "in grade 3").
_SCHOOL_YEAR = re.compile(
    r"\b(?:in\s+(?:year|yr)\s+(\d{1,2})\b(?!\s*(?:of|at|in)\b)|(?<=my )year\s+(\d{1,2})(?=\s+"
    r"(?:son|daughter|boy|girl|child|kid|pupil)\b))"
    r"|\bin\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+grade\b|\bin\s+grade\s+(\d{1,2})\b")
_DECADE_WORDS = {"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
                 "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
# Life stages as the age range they name (years, from, to) and the age used for ranking
# (the ranker takes one age: a typical one within the range).
# Periods that stopped years ago, in lay words: the menopause behind ("my periods stopped over
# ten years ago", "years after my periods finished"; h-misses2). Lower case, as the life
# stages are matched. Not "I haven't had a period for years": as often amenorrhea in a
# young woman.
PERIODS_LONG_STOPPED = (
    r"(?:\b(?:my|her|the|their)\s+periods?\s+(?:stopped|finished|ended|ceased)\s+"
    r"(?:[a-z0-9]+\s+){0,3}?(?:years|decades)\s+ago|\b(?:years|decades)\s+(?:after|since)\s+"
    r"(?:my|her|the|their)\s+periods?\s+(?:stopped|finished|ended|ceased))\b")
# A person who has retired (the life stage of _LIFE_STAGES below): "I'm retired", "I'm a retired
# teacher", "since I retired", "my retired dad", "since my retirement", "a retiree"; not after
# "medically", "early" or "ill health", nor before what makes the retirement an early one or
# one of a career that ends young ("retired early", "retired at 48", "retired on ill health
# grounds", "retired from the army", "a retired footballer") or an animal's ("a retired
# greyhound").
_RETIRED_BEFORE = (r"(?:(?:i'?m|i am|(?:he|she)(?:'s| is)|is|are|was|been|now|newly|recently|"
                   r"just|happily|fully)\s+(?:now\s+|newly\s+|recently\s+|just\s+|happily\s+|"
                   r"fully\s+)?(?:a\s+|an\s+)?|(?:since|after|before|when)\s+(?:i|he|she|we)\s+"
                   r"|(?:i|he|she|we)\s+(?:have\s+|'ve\s+|has\s+|'s\s+)?(?:just\s+|recently\s+|"
                   r"finally\s+)?|(?:my|our|his|her|a|an)\s+)")
_RETIRED_EARLY = (r"early|young|at\s+\d|on\s+(?:ill|medical|health)|through|due|because|"
                  r"for\s+(?:health|medical|ill)|from\s+(?:the\s+)?(?:army|military|forces|navy|raf|"
                  r"marines|police|football|rugby|boxing|sport|racing)|(?:racing\s+)?(?:footballer|"
                  r"athlete|soldier|dancer|boxer|gymnast|jockey|greyhound|racehorse|horse|dog|"
                  r"sportsm[ae]n|sportswom[ae]n|player|cyclist|runner|swimmer)s?\b")
_RETIRED = (r"(?<!medically )(?<!early )(?<!\bill health )\b(?:" + _RETIRED_BEFORE
            + r"(?P<said>retired)|retirees?|(?:since|after|in)\s+(?:my|his|her|our|their)?\s*"
            r"retirement|since\s+retiring)\b(?!\s+(?:" + _RETIRED_EARLY + r"))")
_LIFE_STAGES: tuple[tuple[re.Pattern[str], tuple[float, float], float], ...] = (
    # "Newly born", "just born" (h-age16: read as any baby, 6 months, or no age).
    (re.compile(r"\b(newborns?|neonates?|new[\s-]born|newly[\s-]born|(?<!was )(?<!were )"
                r"just[\s-]born)\b"), (0.0, 28 / 365.25), 0.02),
    # Not an infant school's pupil ("an infant school child", 4 to 7: below).
    (re.compile(r"\b(babies|baby|infants?)\b(?!'?\s+(?:school|class))"), (28 / 365.25, 1.0), 0.5),
    (re.compile(r"\btoddlers?\b"), (1.0, 3.0), 2.0),
    (re.compile(r"\b(preschoolers?|pre-schoolers?)\b"), (3.0, 5.0), 4.0),
    # A preteen ("pre-teen", "tween") is a child of 9 to 12, read before "teen".
    (re.compile(r"\b(pre[\s-]?teens?|pre[\s-]?teenagers?|tweens?)\b"), (9.0, 12.0), 11.0),
    (re.compile(r"\b(teenagers?|teens?|teenage|adolescents?)\b"), (12.0, 19.0), 15.0),
    # Someone's "little one" is a young child.
    (re.compile(r"\b(?:my|our|his|her|their|your)\s+little\s+ones?\b"), (0.0, 5.0), 2.0),
    # A "little boy" or "little girl" of the asker's is a young child.
    (re.compile(r"\b(?:my|our|his|her|their|your|a)\s+little\s+(?:boys?|girls?|lads?|sons?|"
                r"daughters?)\b"), (1.0, 10.0), 5.0),
    # Stages of school ("started secondary school", "at primary school", "a uni student").
    # A stage's age said as such too ("my primary-age son", "a college-age daughter";
    # h-age10: no age was read).
    (re.compile(r"\b(?:at|in|starting|started|starts|start|into)\s+(?:primary|elementary|"
                r"infant|junior)\s+school\b|\b(?:primary|elementary)[\s-]+(?:school[\s-]+)?"
                r"age(?:d)?\b"
                # A pupil of one ("a primary school child", "an infant school pupil"; h-age16:
                # read as any child, or as a baby).
                r"|\b(?:primary|elementary|infant|junior)[\s-]school\s+(?:pupils?|students?|"
                r"kids?|child(?:ren)?|boys?|girls?|lads?)\b"), (4.0, 11.0), 8.0),
    # Nursery, preschool and kindergarten ("my daughter is at nursery", "goes to preschool",
    # "started kindergarten"), a UK reception class (4-5 years) and sixth form (16-18)
    # (h-age8: no age was read). Said of the person's own ("at his nursery"), not of a
    # place where someone works ("I work at a nursery").
    (re.compile(r"\b(?:at|in|to|starting|started|starts|start|into)\s+(?:(?:his|her|their)\s+)?"
                r"(?:nursery|pre-?school|pre-?k|playgroup|day[\s-]?care|creche|kindergarten|"
                r"kindy)\b(?!\s+(?:teacher|nurse|worker|staff|manager|job|assistant))"),
     (1.0, 6.0), 3.5),
    (re.compile(r"\b(?:(?:is|'s|are)\s+(?:in|starting|started)|starts|started|starting)\s+"
                r"reception\b|\breception\s+(?:class|year)\b"), (4.0, 5.0), 4.5),
    (re.compile(r"\b(?:at|in|starting|started|starts|start|into)\s+(?:the\s+)?sixth[\s-]form\b"
                r"|\bsixth[\s-]formers?\b"), (16.0, 18.0), 17.0),
    (re.compile(r"\b(?:at|in|starting|started|starts|start|into)\s+(?:secondary|high|middle)"
                r"\s+school\b|\bhigh[\s-]school(?:ers?)?\b(?!\s+(?:teacher|friend))"
                r"|\bsecondary[\s-]+(?:school[\s-]+)?age(?:d)?\b"
                # A pupil of one ("a secondary school pupil", "a middle school kid"; h-age15:
                # no age was read).
                r"|\b(?:secondary|high|middle)[\s-]school\s+(?:pupils?|students?|kids?|"
                r"child(?:ren)?|boys?|girls?|lads?)\b"), (11.0, 18.0), 14.0),
    # One who has just left school at 16 or 18 ("a school-leaver"; h-age15).
    (re.compile(r"\bschool[\s-]?leavers?\b"), (16.0, 19.0), 17.0),
    # A child in puberty now ("going through puberty", "a pubescent boy"; h-age15: no age was
    # read): it typically begins at 8 to 13 in girls and 9 to 14 in boys (NICHD, "Puberty and
    # Precocious Puberty", nichd.nih.gov/health/topics/puberty) and lasts some years (so 10 to
    # 16, 13 for the ranker). "Since puberty" and "when I was going through puberty" are
    # onsets or past, not this.
    (re.compile(r"\b(?:(?<!was )(?<!were )(?<!since )(?<!after )(?<!when )going\s+through\s+"
                r"puberty|(?:is|are|'s|currently|now)\s+in\s+puberty|"
                r"pubescent|pubertal\s+(?:boys?|girls?|child(?:ren)?|teens?))\b"),
     (10.0, 16.0), 13.0),
    # Of State Pension age ("a man of pensionable age"; h-age15: no age was read): 66 for men
    # and women in the UK since October 2020 (Pensions Act 2011; Turn2us, "What is happening to
    # State Pension age?", 2022), to 100 as for a pensioner below.
    (re.compile(r"\b(?:of|past|over|reached)\s+(?:state\s+)?pension(?:able)?\s+age\b"),
     (66.0, 100.0), 72.0),
    (re.compile(r"\b(?:(?:university|uni|college)\s+students?|(?:freshers?|undergrad(?:uate)?s?)\b"
                r"|(?:at|started|starting|off\s+to)\s+(?:uni|university|college)\b"
                r"|(?:uni|university|college|student)[\s-]+age(?:d)?\b)"),
     (18.0, 25.0), 20.0),
    # Of childbearing or reproductive age ("a woman of childbearing age", "in her reproductive
    # years"; h-age16: no age was read): 15 to 49 years, the span of the UN's Sustainable
    # Development Goal indicator 3.7.1 ("women of reproductive age (aged 15-49 years)") and of
    # the Demographic and Health Surveys.
    (re.compile(r"\b(?:of\s+(?:child[\s-]?bearing|reproductive|fertile)\s+age|(?:in|during)\s+"
                r"(?:my|her|their|the)\s+(?:child[\s-]?bearing|reproductive|fertile)\s+years)\b"),
     (15.0, 49.0), 30.0),
    # Decades of life named in words ("an octogenarian").
    (re.compile(r"\bsexagenarians?\b"), (60.0, 70.0), 65.0),
    (re.compile(r"\bseptuagenarians?\b"), (70.0, 80.0), 75.0),
    (re.compile(r"\boctogenarians?\b"), (80.0, 90.0), 85.0),
    (re.compile(r"\bnonagenarians?\b"), (90.0, 100.0), 93.0),
    (re.compile(r"\bcentenarians?\b"), (100.0, 110.0), 101.0),
    # Periods that stopped years ago ("my periods stopped over ten years ago", "years after my
    # periods finished"): the menopause, as above (h-misses2).
    (re.compile(PERIODS_LONG_STOPPED), (45.0, 100.0), 60.0),
    # After the menopause a woman is most often past 50 (natural menopause at 45-55);
    # around it ("perimenopausal", "going through the menopause", "the change"), in her
    # late 40s or early 50s. Not an early or premature menopause, nor one merely asked about.
    # "Post menopause" too ("I'm 2 years post menopause"; h-age13: no age was read).
    (re.compile(r"\b(?:post[\s-]?menopaus(?:al|e)|(?:since|after|past)\s+(?:the|my|her)\s+"
                r"menopause|(?:been|went)\s+through\s+(?:the|my|her)\s+(?:menopause|change))\b"),
     (45.0, 100.0), 60.0),
    (re.compile(r"\b(?:peri[\s-]?menopausal|(?<!early )(?<!premature )menopausal|"
                r"(?:going|gone)\s+through\s+(?:the|my|her)\s+(?:menopause|change)|"
                r"(?:in|at)\s+(?:the|my|her)\s+(?:peri[\s-]?)?menopause)\b"), (40.0, 58.0), 50.0),
    # Exams of a school year (h-age10, issue 14): GCSEs are taken in Years 10 and 11 of
    # English schools (Key Stage 4, ages 14 to 16), A-levels in Years 12 and 13 (sixth form,
    # Key Stage 5, 16 to 18), by the national curriculum's key stages (GOV.UK, "The national
    # curriculum"). Only while the person is taking them ("doing my GCSEs", "revising for her
    # A-levels", "GCSE year"): "since my GCSEs" and "when I did my A-levels" are past.
    (re.compile(r"\b(?:(?:doing|taking|sitting|revising\s+for|studying\s+for|preparing\s+for|"
                r"started|starting)\s+(?:my|his|her|their|the)?\s*gcses?|gcse\s+(?:year|"
                r"students?|pupils?))\b"), (14.0, 16.0), 15.0),
    (re.compile(r"\b(?:(?:doing|taking|sitting|revising\s+for|studying\s+for|preparing\s+for|"
                r"started|starting)\s+(?:my|his|her|their|the)?\s*a[\s-]?levels?|"
                r"a[\s-]?level\s+(?:students?|pupils?|year))\b"), (16.0, 18.0), 17.0),
    # The later years in words (h-age10, issue 14): a person who has retired, or who says
    # they are "getting on a bit" or in their "golden years", is an older adult. Retirement
    # peaks at the State Pension age, but many retire before it (ONS, Pension Trends ch. 4,
    # 2012: the average age of leaving the labour market 64.6 years for men and 62.3 for
    # women, peaks at 64-66 and 59-62), so from 55, the earliest age a UK private pension may
    # be drawn (the normal minimum pension age), to 100; 70 for the ranker, a few years past
    # those peaks. Not an early retirement nor one for ill health ("medically retired",
    # "retired early", "retired on ill health grounds", "retired at 48": the age then is no
    # age now), nor a career that ends young ("a retired footballer", "retired from the
    # army") nor a retired animal (h-reader28 had kept every "retired" out for such cases).
    (re.compile(_RETIRED), (55.0, 100.0), 70.0),
    (re.compile(r"\b(?:getting\s+on\s+(?:a\s+bit|a\s+little|in\s+(?:years|age|life))|"
                r"(?:in|into|enjoying)\s+(?:my|his|her|our|their|the)\s+(?:golden|twilight)\s+"
                r"years|in\s+(?:my|his|her|their)\s+dotage)\b"), (55.0, 100.0), 70.0),
    # A grandchild the question is about is most often a child.
    (re.compile(r"\b(grandsons?|granddaughters?|grandchild(?:ren)?|grandkids?|grandbab(?:y|ies))"
                r"\b"), (0.0, 18.0), 6.0),
    # An aging parent and a grandparent the question is about (a grandparent of a family
    # history is skipped before this) are older people. (A retired person: above.)
    # "Aged" after "middle" is the middle-aged stage below ("a middle-aged woman": 40-65, not
    # an older woman; h-age3).
    (re.compile(r"\b((?:aging|ageing|(?<!middle[\s-])aged)\s+(?:mother|father|mum|mom|mam|dad|"
                r"parents?|relatives?)|grandma|grandmother|granny|gran|nan|nana|nanna|grandad|"
                r"granddad|grandpa|grandfather|grandparents?)\b"), (60.0, 100.0), 75.0),
    (re.compile(r"\b(elderly|old age|pensioners?|oaps?|seniors?|senior citizens?|"
                r"(?:older|(?<!middle[\s-])aged|old) (?:people|persons?|adults?|patients?|man|"
                r"woman|men|women|lady|ladies|gentlem[ae]n|individuals?|folks?))\b"),
     (65.0, 100.0), 72.0),
    (re.compile(r"\bmiddle[\s-]aged?\b"), (40.0, 65.0), 50.0),
    (re.compile(r"\byoung (?:adults?|man|woman|men|women|person|people)\b"), (18.0, 35.0), 25.0),
    # A young child and a child of school age (h-age16: both read as any child, 1 to 12): the
    # young child as HPO's Childhood onset class (1 to 5 years), the school-age child from
    # the start of school at 5 (hp.obo's Juvenile onset begins at 5: knowledge/onset.py) to 12.
    (re.compile(r"\b((?:young|small|little|tiny)\s+(?:child(?:ren)?|kids?))\b"), (1.0, 5.0), 3.0),
    (re.compile(r"\b(schoolchild(?:ren)?|school[\s-]age(?:d)?|schoolboys?|schoolgirls?)\b"),
     (5.0, 12.0), 8.0),
    (re.compile(r"\b(child|children|kids?)\b"), (1.0, 12.0), 8.0),
    # A "youngster" or a "young boy" is a child too (h-age3: no age was read).
    (re.compile(r"\b(youngsters?|young\s+(?:boys?|girls?|lads?|lasses))\b"), (1.0, 12.0), 8.0),
    # "A grown man", "a grown woman" (h-rareage1: no age was read).
    (re.compile(r"\b(adults?|grown[\s-]ups?|grown\s+(?:man|woman|men|women))\b(?![\s-]+onset)"),
     (18.0, 65.0), 40.0),
)
# In a question about a pregnancy ("34 weeks pregnant ... the baby is moving less"), "baby"
# names the unborn child: no life stage of the person asked about.
_EXPECTING = re.compile(r"\b(?:pregnant|pregnancy|due date|weeks gone|(?:weeks|months) along|"
                        r"expecting a baby)\b")
_BABY_WORDS = re.compile(r"babies|baby|infants?|newborns?|neonates?|new[\s-]born")
# A baby the asker is trying to conceive or has given birth to ("trying for a baby for two
# years", "I had a baby six weeks ago", "since the baby was born"), or the asker's children
# ("since having my kids", "I have 3 kids"): the asker is their parent,
# so it sets no life stage of the person asked about (a woman of 30 read as a baby of six
# months weighs down every adult condition: PCOS, mastitis, postnatal depression).
_PARENTS_BABY = re.compile(
    r"\b(?:(?:trying|try|tried|want(?:ing|ed)?|plann(?:ing|ed)|hoping)\s+"
    r"(?:for|to\s+have|to\s+conceive)\s+(?:a|another|our|my)\s+(?:second\s+|third\s+)?baby"
    r"|(?:had|having|gave\s+birth\s+to)\s+(?:a|my|our|the|another)\s+(?:second\s+|third\s+)?"
    r"baby(?:\s+(?:boy|girl))?"
    r"|(?:since|after|before)\s+(?:the|my|our)\s+baby\s+(?:was|came|arrived)"
    # Or its birth ("since the birth of my baby", "after delivering my baby").
    r"|birth\s+of\s+(?:my|our|the)\s+(?:first\s+|second\s+|third\s+|new\s+)?baby"
    r"|deliver(?:ed|ing)\s+(?:my|our|the)\s+baby"
    # The asker's own children, born or counted ("since having my kids", "after I had the
    # children", "I have 3 kids"): the asker is their parent.
    r"|(?:had|having|gave\s+birth\s+to)\s+(?:my|our|the|two|three|four|five|\d+)\s+"
    r"(?:kids|children|babies|twins)"
    r"|\bi\s+have\s+(?:two|three|four|five|six|\d+)\s+(?:kids|children))\b")
# A baby or toddler the asker handles ("my wrist hurts when I lift my baby", "back pain
# from carrying my toddler", "sore nipples when I feed the baby"): the asker is the person
# asked about, the child the load (h-age6: read as a baby of six months, which weighs down
# every adult condition). Only in a question without "he" or "she": "when I feed my baby
# she vomits" is about the baby.
_HANDLED_CHILD = re.compile(
    r"(?:\bi\s+(?:(?:am|was|keep|have\s+to)\s+)?|\b(?:from|while|after|when|by)\s+)"
    r"(?:lift(?:ing)?|pick(?:ing)?(?:\s+up)?|carry(?:ing)?|carried|hold(?:ing)?|feed(?:ing)?|"
    r"breast[\s-]?feed(?:ing)?|nurs(?:e|ing)|bath(?:e|ing)?|rock(?:ing)?|push(?:ing)?|"
    r"chas(?:e|ing))\s+(?:up\s+)?(?:my|our|the)\s+(?:new\s+|little\s+)?"
    r"(?:baby|babies|newborn|new[\s-]born|infant|toddler|twins)\b")
# The asker's own pregnancy or birth of a child named in it ("with my son I had
# pre-eclampsia", "since giving birth to my daughter", "when I was pregnant with my son",
# "after my second baby", "since I had my daughter"; h-age11): the asker is the mother, so a
# woman, and the child (group "child") is neither the person asked about nor a baby's age
# (they were read as a man: "my son"; or as a baby of six months: "my second baby").
# "mother" holds the words that say it. Only in a question without "he" or "she" (read_person):
# "since giving birth to my son he has had jaundice" is about the son.
_ORDINAL_CHILD = (r"(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|last|"
                  r"latest|youngest|eldest|oldest|older|younger)")
_CHILD = r"(?:son|daughter|boy|girl|baby|child|twins|kids|children|little\s+one)"
_PREGNANCY_WORDS = re.compile(
    r"\b(?:pregnant|pregnancy|pregnancies|trimester|antenatal|midwife|eclampsia|"
    r"pre[\s-]?eclampsia|gestational|hyperemesis|morning\s+sickness|labou?r|c[\s-]?section|"
    r"caesarean|cesarean|delivery|due\s+date|weeks\s+along)\b")
_NOT_CHILDS_DOING = r"(?!\s+(?:is|was|has|had|'s|were|are|having|being|keeps?|kept|who)\b)"
_OWN_BIRTH = re.compile(
    # "I gave birth (to my son)", "since giving birth", "having given birth to twins".
    r"(?P<mother>\b(?:(?:i|i'?ve|i\s+have|i\s+just|i\s+recently)\s+(?:just\s+|recently\s+)?"
    r"(?:gave|given)|(?:since|after|before|when|from|having|following)\s+(?:giving|given))"
    r"\s+birth)\b(?:\s+to\s+(?P<child>(?:my|our|a|the)\s+(?:" + _ORDINAL_CHILD
    + r"\s+)?(?:baby\s+)?" + _CHILD + r"))?"
    # "(when I was) pregnant with my son", "pregnant with my first".
    + r"|(?P<mother2>\bpregnant\s+with)\s+(?P<child2>(?:my|our)\s+(?:(?:" + _ORDINAL_CHILD
    + r"\s+)?" + _CHILD + r"|" + _ORDINAL_CHILD + r"))\b"
    # "since I had my daughter", "after having my first baby", "when I had the twins".
    + r"|(?P<mother3>\b(?:since|after|before|when|following)\s+(?:having|i\s+had))\s+"
    r"(?P<child3>(?:my|our|the)\s+(?:" + _ORDINAL_CHILD + r"\s+)?" + _CHILD + r")\b"
    + _NOT_CHILDS_DOING
    # "after my second baby", "since my first child", "with my first": a child counted among
    # the births.
    + r"|(?P<mother4>\b(?:since|after|following|with)\s+(?P<child4>(?:my|our)\s+"
    r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)(?:\s+(?:baby|child|son|"
    r"daughter|one))?))\b" + _NOT_CHILDS_DOING + r"(?!\s+(?:pregnancy|time|week|month|year|"
    r"day|period|visit|appointment|go|attempt|try|dose|round|cycle)\b)"
    # "in my last pregnancy", "during my pregnancy": only the woman says "my pregnancy".
    + r"|(?P<mother5>\bmy\s+(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|"
    r"previous|earlier|other|past|current|recent|latest)\s+)?pregnanc(?:y|ies))\b")
# "with my son I had pre-eclampsia", "I had pre-eclampsia with my daughter": a child named
# for the pregnancy beside a trouble the asker had then, in a question that speaks of
# pregnancy (_PREGNANCY_WORDS); not "with my son I went to the park".
_WITH_CHILD_HAD = re.compile(
    r"(?:^|(?<=[.;:!?,])\s*|\b(?:and|but|so)\s+)(?P<mother>with\s+(?P<child>(?:my|our)\s+"
    r"(?:" + _ORDINAL_CHILD + r"\s+)?" + _CHILD + r"))\s*,?\s+i\s+(?:had|got|developed|"
    r"suffered|was)\b(?!\s+to\b)"
    r"|\bi\s+(?:had|got|developed|suffered(?:\s+(?:from|with))?)\b[^.;:!?,]{1,40}?\s+"
    r"(?P<mother2>with\s+(?P<child2>(?:my|our)\s+(?:(?:" + _ORDINAL_CHILD + r"\s+)?" + _CHILD
    + r"|" + _ORDINAL_CHILD + r")))\b" + _NOT_CHILDS_DOING)
# Like the words of one sex's body, the menopause's words say an age and stay open to a
# finding's phrase ("bleeding after the menopause", "bleeding years after my periods
# stopped").
_MENOPAUSE_WORDS = re.compile(r"menopaus|\bchange\b|\bperiods?\b")
# "Baby" naming a thing, not a person ("the baby blues", "baby aspirin", "my baby weight",
# "a baby tooth"): no life stage.
_BABY_THING = re.compile(
    r"\bbaby\s+(?:blues|weight|oil|aspirin|tooth|teeth|wipes?|powder|shampoo|lotion|formula|"
    r"bump|shower|monitor|sitter|sitting|brain|carrier|bottles?|seat|bath|fat)\b")
# People the person is compared with ("shorter than other kids", "slower than the other
# children her age", "compared with other teenagers"): their life stage is no age of the
# person, and their words stay open to a finding's phrase.
_COMPARED = re.compile(r"\b(?:than|compared (?:to|with))\s+(?:(?:the|most|all|any|other|"
                       r"his|her|their|my|our)\s+){0,3}")
# Children of the person's own age, named to compare the person with ("much taller than kids
# his age", "kids her age are way ahead of her", "other children", "babies of the same age").
_PEERS = re.compile(r"\b(?:other\s+)?(?:kids|children|boys|girls|babies|toddlers|teens|"
                    r"teenagers)\s+(?:of\s+)?(?:his|her|their|my|our|the\s+same)\s+age\b"
                    r"|\bother\s+(?:kids|children|boys|girls|babies|toddlers)\b")
# Words that say when a finding began, not how old the person is now ("neonatal hypotonia",
# "since childhood", "late-onset"): HPO onset classes (knowledge/onset.py). Read before the
# life stages, so that "as a child" is an onset and not the person's age.
_SINCE = (r"(?:since|from|as|when|ever since)\s+(?:(?:he|she|i|they|we)\s+(?:was|were)\s+)?"
          r"(?:a|an)?\s*")
_IN = r"(?:(?:ever\s+)?(?:since|in|from|during)\s+(?:early\s+|late\s+)?)?"
# "since we were", "when they were": the people of a plural life stage (_ONSETS).
_SINCE_PLURAL = (r"\b(?:ever\s+)?(?:since|from|as|when)\s+(?:we|they)\s+were\s+(?:both\s+|all\s+)?"
                 r"(?:only\s+|just\s+)?")
# Words of beginning just before a life stage's words ("started in", "began in", "since",
# "onset in", "developing in"): the stage is then when the findings began.
_BEGUN = (r"(?:ever\s+)?since|from|onset\s+(?:in|at|during)|(?:start(?:ed|ing|s)?|beg[au]n|"
          r"beginning|appeared|appearing|came\s+on|coming\s+on|develop(?:ed|ing)|first\s+"
          r"(?:noticed|appeared|started|began))(?:\s+(?:during|at))?")
_ONSETS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "born deaf", "born blind", "born without a thumb" say it too (lead s18: "he was born
    # deaf" gave no onset while "deaf since birth" did).
    # Not "fine at birth", "normal at birth": a child well when born (h-longage: "seemed fine
    # at birth but by 3 months she was floppy" was read as Congenital onset).
    (re.compile(r"\b(?<!fine )(?<!normal )(?<!healthy )(?<!well )(?<!ok )(?<!okay )"
                r"(?<!perfect )(?:since|from|at) birth\b|\bcongenital(?:ly)?\b|\bborn with\b"
                r"|\bborn\s+(?:deaf|blind|deafblind|without)\b"
                r"|\b(?:ever\s+)?(?:since|from)\s+(?:the\s+day\s+)?(?:he|she|i|they|we)\s+"
                r"(?:was|were)\s+born\b"),
     "HP:0003577"),
    # "as a newborn", "since she was a newborn", "ever since he was a new-born baby" (h-reader52:
    # "since he was a newborn" was read as the age now, a newborn's).
    (re.compile(r"\bneonatal(?:ly)?\b|\b(?:as a|in the) new[\s-]?born(?: period)?\b|\b" + _SINCE
                + r"(?:new[\s-]?born|neonate)\b"),
     "HP:0003623"),
    # A size word may stand between ("since she was a tiny baby", h-rareage1: read as
    # Childhood onset at "since she was a tiny" and the age now, a baby's, at "baby").
    (re.compile(r"\binfantile\b|\b" + _IN + r"infancy\b|\b" + _SINCE
                + r"(?:(?:tiny|little|small|wee)\s+)?(?:baby|infant)\b"),
     "HP:0003593"),
    # A child of any age ("since I was a kid", "as a boy", "since childhood"): people say it
    # of anything from the first years to the early teens, wider than HPO's Childhood onset
    # (1 to 5 years), so HPO's Pediatric onset, before 16 (h-reader52: "heavy periods since I
    # was a kid" weighed down what begins at the first period). "Early childhood", "a young
    # child", "a toddler", "since I was little" and HPO's own "childhood onset" stay
    # Childhood onset.
    (re.compile(r"\b(?:(?:ever\s+)?(?:since|in|during|from|throughout)\s+)?(?<!early )"
                r"(?<!early-)childhood\b(?![\s-]onset)"
                r"|\b" + _SINCE + r"(?:child|kid|boy|girl|lad|lass|schoolboy|schoolgirl|"
                r"schoolchild)\b"), "HP:0410280"),
    # A bare "little", "small" or "tiny" is a life stage only after "I was" ("since he was
    # small") or, without it, where the clause ends or a new one begins ("from small, she
    # has had eczema"): before a noun it is a size ("broken bones from small falls",
    # h-rareage1: read as Childhood onset). "Since toddlerhood" is a toddler's (h-rareage1: no
    # onset was read).
    (re.compile(r"\b" + _IN + r"(?:childhood(?:[\s-]onset)?|toddlerhood)\b|\b" + _SINCE
                + r"(?:(?:young|small|little)\s+)?(?:child|kid|toddler)\b"
                + r"|\b(?:since|from|as|when|ever since)\s+(?:he|she|i|they|we)\s+(?:was|were)\s+"
                + r"(?:an?\s+)?(?:little|small|tiny)\b"
                + r"|\b(?:since|from|as|when|ever since)\s+(?:little|small|tiny)\b"
                + r"(?=\s*(?:$|[,.;:!?)]|(?:i|i'?ve|he|she|they|we|and|but|so|until|till|"
                + r"onwards?|up)\b))"
                + r"|\bfrom a (?:very )?young age\b"), "HP:0011463"),
    # The same life stages in the plural, said of two or more people ("since we were kids",
    # "my twins have wheezed since they were babies", "my sister and I have had eczema since
    # we were little children"; h-age14: read as the age now, a child's or a baby's, and no
    # onset). Only after "we/they were", where the stage is a time of those people's lives
    # ("when kids at school tease him" is no onset).
    (re.compile(_SINCE_PLURAL + r"(?:new[\s-]?borns|neonates)\b"), "HP:0003623"),
    (re.compile(_SINCE_PLURAL + r"(?:babies|infants)\b"), "HP:0003593"),
    (re.compile(_SINCE_PLURAL + r"(?:(?:young|small|little|tiny)\s+(?:children|kids)|toddlers|"
                r"little\s+ones)\b"), "HP:0011463"),
    (re.compile(_SINCE_PLURAL + r"(?:children|kids|boys|girls|lads|lasses|schoolchildren|"
                r"schoolboys|schoolgirls)\b"), "HP:0410280"),
    (re.compile(_SINCE_PLURAL + r"(?:teenagers|teens|adolescents)\b"), "HP:0003621"),
    (re.compile(r"\bjuvenile(?:[\s-]onset)?\b|\b" + _IN + r"adolescence\b|\b" + _SINCE
                + r"(?:teenager|teen)\b|\bsince (?:his|her|my|their) teens\b"
                # "since his teenage years", "in her teen years" (h-reader52: read as the
                # age now, a teenager's).
                + r"|\b" + _IN + r"(?:his|her|my|their) (?:teenage|teen) years\b"
                + r"|\b(?:since|at|from)\s+(?:(?:i|he|she|they)\s+(?:hit|reached|started|"
                + r"went\s+through)\s+)?puberty\b"
                # "when I hit puberty", "when she reached puberty", "after he went through
                # puberty" (h-age12: no onset was read).
                + r"|\b(?:when|after|once)\s+(?:i|he|she|they)\s+(?:hit|reached|started|"
                + r"went\s+through)\s+puberty\b"), "HP:0003621"),
    # A time of life said by its school or its first period (h-age13: no onset was read, and
    # "since I was at uni" was read as the age now, a student's). Since starting school (at 4
    # or 5 in the UK; Childhood onset, 1 to 5 years); since school or primary school, by
    # its years (Pediatric onset, before 16); since secondary or high school (11 to 18:
    # Juvenile onset, 5 to 16, its nearest class); since the periods started, at menarche
    # (Juvenile onset); since university or college (Young adult onset, 16 to 40). Said of
    # a time that is past ("since I was at school"), or begun ("since starting school"):
    # "since she started secondary school" and "just started nursery" stay the age now
    # (_LIFE_STAGES), a stage the child is still in.
    (re.compile(r"\b(?:ever\s+)?since\s+(?:(?:i|he|she|they|we)\s+(?:started|began)|starting|"
                r"beginning)\s+(?:primary\s+|infant\s+|elementary\s+)?school\b"), "HP:0011463"),
    (re.compile(r"\b(?:ever\s+)?since\s+(?:(?:i|he|she|they|we)\s+(?:was|were)\s+(?:at|in)\s+"
                r"(?:primary\s+|junior\s+|infant\s+|elementary\s+)?school"
                r"|(?:my|his|her|their)\s+school\s*days|(?:primary\s+)?school)\b"
                r"(?!\s+(?:started|began|finished|ended|holidays?|trips?|runs?))"), "HP:0410280"),
    (re.compile(r"\b(?:ever\s+)?since\s+(?:(?:i|he|she|they|we)\s+(?:was|were)\s+(?:at|in)\s+|"
                r"(?:(?:i|he|she|they|we)\s+(?:started|began)|starting)\s+)?(?:secondary|high)\s+"
                r"school\b(?<!started secondary school)(?<!started high school)"
                r"(?<!starting secondary school)(?<!starting high school)"), "HP:0003621"),
    (re.compile(r"\b(?:ever\s+)?since\s+(?:(?:my|her)\s+(?:first\s+)?periods?\s+(?:started|began|"
                r"came|come|arrived)|(?:i|she)\s+(?:started|began|got|had)\s+(?:my|her)\s+"
                r"(?:first\s+)?periods?)\b"), "HP:0003621"),
    (re.compile(r"\b(?:ever\s+)?since\s+(?:(?:i|he|she|they|we)\s+(?:was|were)\s+(?:at|in)\s+|"
                r"(?:(?:i|he|she|they|we)\s+(?:started|went\s+to)|starting|going\s+to)\s+)?"
                r"(?:uni|university|college)\b(?!\s+(?:started|began))"
                r"|\b(?:ever\s+)?since\s+(?:my|his|her)\s+(?:uni|university|college|student)\s+"
                r"days\b|\b(?:ever\s+)?since\s+(?:i|he|she)\s+was\s+a\s+(?:university\s+|uni\s+|"
                r"college\s+)?student\b"), "HP:0011462"),
    (re.compile(r"\badult[\s-]+onset\b|\b" + _IN + r"adulthood\b|\bas an adult\b"),
     "HP:0003581"),
    # "Middle age" and "old age" after words of beginning ("ataxia that started in middle
    # age", "tremor since old age", "onset in middle age", "middle-age onset") say when the
    # findings began; alone ("a man in middle age") they stay the person's age (h-age6: they
    # were all read as the age now).
    (re.compile(r"\b(?:" + _BEGUN + r")\s+(?:in\s+)?middle[\s-]+age\b"
                r"|\bmiddle[\s-]+aged?[\s-]+onset\b"), "HP:0003596"),
    (re.compile(r"\blate[\s-]+onset\b|\blater in life\b|\blate in life\b"
                r"|\b(?:" + _BEGUN + r")\s+(?:in\s+)?old\s+age\b"
                r"|\b(?:old[\s-]+age|elderly)[\s-]+onset\b"), "HP:0003584"),
)


# "since I was 12", "ever since she was 3 months old", "since the age of 40", "since my
# twenties": the age at which the findings began, read as the onset class holding it
# (knowledge/onset.py), not as the person's age now.
_SINCE_AGE = re.compile(
    r"\b(?:ever\s+)?(?:since|from)\s+(?:(?:he|she|i|they|we)\s+(?:was|were)\s+"
    r"(?:about\s+|around\s+)?|(?:the\s+)?age\s+(?:of\s+)?)" + _NUM
    + r"(?:[\s-]*(years?|months?|weeks?|days?)(?:[\s-]*old)?)?(?![.\d]\d)"
    r"(?!\s*(?:" + _MEASURES + r"|%|times?|o'?clock|am|pm|weeks?\s+pregnant)\b)\b")
# The same age said with "when" or a verb of beginning ("it started when I was 12", "I was 13
# when the spots began", "I first got them at 15", "diagnosed at the age of 40", "since
# turning 50"): an age then, not now. A verb of beginning must come first in the clause
# (a bare "at 15" is as often a time of day).
# "Her first seizure at 6 months old", "his first attack at 3 years" date the beginning too
# (h-rareage1: no onset was read, and 6 months was read as the age now).
_START_VERB = (r"(?:start(?:ed|ing|s)?|beg[au]n|beginning|first\s+(?:got|had|noticed|"
               r"appeared|came|started|began|showed|developed)|appeared|came\s+on|developed|"
               r"diagnosed|onset|(?:my|his|her|their)\s+(?:very\s+)?first\s+(?:seizure|fit|"
               r"convulsion|attack|episode|symptom|sign|fracture|bleed|flare|crisis)s?)")
_AGE_THEN = (r"(?P<num>" + _NUM[1:] + r"(?:[\s-]*(?P<unit>years?|months?|weeks?|days?)"
             r"(?:[\s-]*old)?)?(?![.\d:]\d)(?!\s*(?:" + _MEASURES + r"|%|times?|o'?clock|"
             r"am|pm|a\.m|p\.m|weeks?\s+pregnant|in\s+the|at\s+night)\b)\b")
_WHEN_AGES = (
    re.compile(r"\bwhen\s+(?:i|he|she|they|we)\s+(?:was|were)\s+(?:about\s+|around\s+|only\s+)?"
               + _AGE_THEN),
    re.compile(r"\b(?:i|he|she|they|we)\s+(?:was|were)\s+(?:about\s+|around\s+|only\s+)?"
               + _AGE_THEN + r"\s+when\b(?=[^.;!?]{0,40}?\b" + _START_VERB + r"\b)"),
    # The same with the person named ("my mum was 45 when her memory started going", "my son
    # was 3 when the fits began"; h-age12: neither an age nor an onset was read).
    re.compile(r"\b" + _OWNER + r"\s+was\s+(?:about\s+|around\s+|only\s+)?(?P<said>"
               + _AGE_THEN + r")\s+when\b(?=[^.;!?]{0,40}?\b" + _START_VERB + r"\b)"),
    # After a verb of beginning, "at the age of 7", "at age 7", "at 7 years", "aged 7"; a
    # bare "at 15" only from 13 on (below, as often a time: "started at 10 this morning").
    re.compile(r"\b" + _START_VERB + r"\b[^.;!?,]{0,40}?(?P<said>\b(?:at\s+(?:the\s+age\s+of|"
               r"age)|aged?)\s+" + _AGE_THEN + ")"),
    re.compile(r"\b" + _START_VERB + r"\b[^.;!?,]{0,40}?(?P<said>\bat\s+(?P<num>\d{1,2}|"
               + number_words_pattern() + r")[\s-]*(?P<unit>years?|months?|weeks?)[\s-]*(?:old)?)"
               r"\b"),
    re.compile(r"\b" + _START_VERB + r"\b[^.;!?,]{0,40}?(?P<said>\bat\s+(?P<num>1[3-9]|[2-9]\d)"
               r"(?![.\d:]\d)(?!\s*(?:" + _MEASURES + r"|%|o'?clock|am|pm|a\.m|p\.m|hours?|"
               r"hrs?|minutes?|mins?|this|last|today|tonight|yesterday|in\s+the|at\s+night|"
               r"on)\b)(?:\s*(?:$|[,.;:!?)])|\s+(?:and|but|so|now|when|after|i|he|she|it)\b))"),
    re.compile(r"\b(?:ever\s+)?(?:since|after|from)\s+(?:(?:i|he|she|they|we)\s+)?"
               r"(?:turn(?:ed|ing)|hit(?:ting)?|reach(?:ed|ing))\s+" + _AGE_THEN),
    # A parent's story (h-longage): the age until which the child was well ("he was fine
    # until 4, then started falling", "she developed normally until 3", "seemed normal until
    # 6 months") dates when the findings began, as does the age at which a change came ("at
    # 18 months she lost the few words she had", "then at 3 he started having seizures", "by
    # 3 months she was floppy", "at 9 months, after a tummy bug, our son went backwards").
    # Both were read as no onset (or as the age now). The age alone is the onset's words, so
    # that the findings after it stay open. A bare "at 3" only at the start of a sentence or
    # a clause and before a verb of change, the story's own order (as a time, "at 3 she
    # started" is rarer than "she started at 3 this morning", _START_VERB's bare age).
    re.compile(r"\b(?:was|were|seemed|looked|been|developed|developing|doing|grew|growing)\s+"
               r"(?:(?:perfectly|completely|totally|absolutely|quite|pretty|really|very|"
               r"totally)\s+)?(?:fine|normal|normally|healthy|well|ok|okay|good|typical|"
               r"typically)\s+(?:until|till|til|up\s+until|up\s+to)\s+(?P<said>(?:about\s+|"
               r"around\s+|roughly\s+|nearly\s+|almost\s+)?(?:(?:he|she|they)\s+(?:was|were)\s+)?"
               + _AGE_THEN + ")"),
    re.compile(r"(?:^|[.;:!?,(]\s*|\b(?:then|but|and|so|until|till|when)\s+)(?P<said>(?:at|by)\s+"
               r"(?:about\s+|around\s+)?" + _AGE_THEN + r")(?:\s*,\s*(?:after|following|with)\s+"
               r"[^,.;:!?]{1,30},)?\s*,?\s+(?:(?:he|she|they|(?:my|our|his|her|the)\s+(?:little\s+)?"
               r"(?:son|daughter|boy|girl|baby|child|kid|toddler|twins))\s+)?(?:(?:suddenly|slowly|"
               r"gradually|then|already)\s+)?(?:start(?:ed|ing)?|beg[au]n|stopped|lost|losing|"
               r"went|became|developed|was|got)\b"),
)
# "started when he was in his twenties", "onset in her sixties" too (h-reader52: both were read
# as the age now).
_SINCE_DECADE = re.compile(
    r"(?:\b(?:ever\s+)?since\s+(?:(?:i|he|she|they)\s+(?:was|were)\s+in\s+)?|(?<=\b"
    r"started )in\s+|(?<=\bbegan )in\s+|(?<=\bstarting )in\s+|(?<=\bappeared )in\s+"
    r"|(?<=\bfirst )in\s+|(?<=\bonset )in\s+"
    r"|\b" + _START_VERB + r"\s+when\s+(?:i|he|she|they|we)\s+(?:was|were)\s+in\s+)"
    r"(?:my|his|her|their|(?<=\bonset in )the)\s+(?:(?:early|mid|late)[\s-]*)?"
    r"(\d0'?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b")
# The decade after a verb of beginning with words between, in one clause ("I started getting
# headaches in my twenties", "I first got it in my early twenties", "my mum first noticed it
# in her forties"; h-age9: read as the age now, which then weighed the asker as a
# 25-year-old); the onset is the decade's words alone, so the words between stay open to
# findings. Not across a comma, "and", "but", "now" or a present "I'm"/"is" ("I started a
# new job and I'm in my forties" is the age now), nor "their" (relatives' decades:
# _THEIR_DECADE), nor a diagnosis ("diagnosed with diabetes in his fifties" dates a known
# condition, not the complaint).
_BEGAN_DECADE = re.compile(
    r"\b(?!diagnosed)" + _START_VERB + r"\b(?:(?![.;:!?,]|\b(?:and|but|now|i'?m|am|is|are|"
    r"(?:he|she)'s)\b).){0,40}?(?P<said>\bin\s+(?:my|his|her)\s+(?:(?:early|mid|late)[\s-]*)?"
    r"(?P<decade>\d0'?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|"
    r"nineties))\b")
# The decade first, then its verb of beginning ("In my thirties I started getting numb
# hands", "in my twenties it began", "in her teens, she first noticed ..."; h-age11: read as
# the age now, 35 and 25, when the person may be any age since): an onset, as above. At most
# three words between the decade and the verb, none a conjunction, a relative pronoun ("a man
# in his sixties whose ataxia started in middle age" is 65 now), a present "is"/"I'm" or a
# past "was" ("in my forties I was diagnosed" dates a known condition).
_DECADE_BEGAN = re.compile(
    r"(?P<said>\bin\s+(?:my|his|her)\s+(?:(?:early|mid|late)[\s-]*)?"
    r"(?P<decade>\d0'?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|"
    r"nineties))\b(?:\s*,)?\s+(?:(?!(?:and|but|now|i'?m|am|is|are|was|were|(?:he|she)'s|"
    r"who|whose|which|that|with|diagnosed)\b)[a-z']+\s+){0,3}?(?!diagnosed)" + _START_VERB
    + r"\b")


@dataclass(frozen=True, slots=True)
class OnsetHint:
    """Words that say when a finding began ("since childhood" -> HP:0011463 Childhood onset)."""

    id: str
    text: str
    start: int
    end: int


def read_onsets(question: str) -> tuple[OnsetHint, ...]:
    """Onset words of a question, in order (spans are offsets into ``question``)."""
    text, origin = fold_with_origin(question)
    found: list[OnsetHint] = []
    taken: list[tuple[int, int]] = []
    things = [m.span() for m in _BABY_THING.finditer(text)]  # "from baby wipes"
    for pattern, term in _ONSETS:
        for match in pattern.finditer(text):
            a, b = match.span()
            if any(a < y and x < b for x, y in taken + things):
                continue
            taken.append((a, b))
            start, end = original_span(origin, a, b)
            found.append(OnsetHint(term, question[start:end], start, end))
    for match in _SINCE_AGE.finditer(text):
        value = _number(match.group(1))
        unit = (match.group(2) or "year").rstrip("s")
        _add_onset(found, taken, question, origin, match.span(),
                   onset_class_for_age(value * _UNITS.get(unit, 1.0)))
    for pattern in _WHEN_AGES:
        for match in pattern.finditer(text):
            unit = ((match.group("unit") if "unit" in pattern.groupindex else None)
                    or "year").rstrip("s")
            span = match.span("said") if "said" in pattern.groupindex else match.span()
            _add_onset(found, taken, question, origin, span,
                       onset_class_for_age(_number(match.group("num")) * _UNITS.get(unit, 1.0)))
    for pattern in (_SINCE_DECADE, _BEGAN_DECADE, _DECADE_BEGAN):
        for match in pattern.finditer(text):
            word = match.group("decade" if "decade" in pattern.groupindex else 1)
            decade = float(_DECADE_WORDS.get(word) or word[:2])
            span = match.span("said") if "said" in pattern.groupindex else match.span()
            _add_onset(found, taken, question, origin, span, onset_class_for_age(decade))
    return tuple(sorted(found, key=lambda hint: hint.start))


# A past illness with its own time ("had chickenpox as a kid", "she had eczema as a baby",
# "my dad had asthma when he was young"): a simple past "had" (not "have had", "has had")
# earlier in the same clause, and onset words that say when (not "since ..."). The words
# tell when that illness was, not when the question's findings began.
_CLAUSE_END = re.compile(r"[.,;:!?]|\b(?:and|but|now|then)\b")
_SIMPLE_PAST_HAD = re.compile(r"(?<!\bhave )(?<!\bhas )(?<!'ve )(?<!\bhad )\bhad\b")
_LASTING_ONSET = re.compile(r"\s*(?:ever\s+)?(?:since|from)\b")


_PRONOUN_WORD = re.compile(r"\b(?:he|she|him|his|her|hers)\b")


def onset_skips(question: str, hints: Sequence[OnsetHint]) -> tuple[tuple[int, int], ...]:
    """The spans of onset words that say nothing of the person's age, without the pronouns
    among them: "since he was 12", "began when she was in her forties" say no age now, but
    "he" and "she" are the person's and say the sex (h-reader52)."""
    spans: list[tuple[int, int]] = []
    lowered = question.lower()
    for hint in hints:
        start = hint.start
        for match in _PRONOUN_WORD.finditer(lowered, hint.start, hint.end):
            spans.append((start, match.start()))
            start = match.end()
        spans.append((start, hint.end))
    return tuple((a, b) for a, b in spans if b > a)


def past_illness_onset(question: str, hint: OnsetHint) -> bool:
    """Whether onset words say when a past illness was ("had chickenpox as a kid") rather
    than when the question's findings began."""
    if _LASTING_ONSET.match(hint.text.lower()):
        return False
    before = question[:hint.start].lower()
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    clause = before[ends[-1]:] if ends else before
    return _SIMPLE_PAST_HAD.search(clause) is not None


def _add_onset(found: list[OnsetHint], taken: list[tuple[int, int]], question: str,
               origin: list[int], span: tuple[int, int], term: str) -> None:
    """Add an onset hint at ``span`` of the folded text unless another holds it."""
    a, b = span
    if any(a < y and x < b for x, y in taken):
        return
    taken.append((a, b))
    start, end = original_span(origin, a, b)
    found.append(OnsetHint(term, question[start:end], start, end))


_MALE = re.compile(
    r"\b(male|man|men|boy|boys|son|sons|husband|hubby|father|dad|daddy|brother|grandfather|"
    r"grandad|granddad|grandpa|grandson|nephew|uncle|stepson|stepfather|stepdad|lad|"
    r"gentleman|he|him|his)\b"
)
_FEMALE = re.compile(
    r"\b(female|woman|women|girl|girls|daughter|daughters|wife|mother|mum|mummy|mam|mom|"
    r"mommy|sister|grandmother|grandma|granny|gran|nan|nana|nanna|granddaughter|niece|aunt|"
    r"stepdaughter|stepmother|stepmum|stepmom|lass|lady|she|her|hers|"
    # "get pregnant" is about conceiving, which a man asks about too ("we can't get
    # pregnant"), and its words are a finding (infertility) the lexicon must still read.
    r"(?<!get )(?<!getting )(?<!fall )(?<!falling )(?<!become )(?<!becoming )pregnant)\b"
)
_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
_NO_PERSON_CAPITALS = frozenset({"LAD"})
# Parts and stages of one sex's body ("my vulva", "since the menopause", "my prostate"): they
# say the person's sex when no noun does, before a pronoun (which may be a doctor's or a
# partner's: "he said my prostate is big"). They stay words of the question: "my vagina
# feels dry" is a finding, so unlike the nouns they are no person span. "Period(s)" only
# with an owner or as period pain: "periods of dizziness" are no menstruation.
_MALE_BODY = re.compile(
    r"\b(penis|penile|testicles?|testis|testes|testicular|scrotum|scrotal|prostate|"
    r"foreskin|erections?|erectile)\b")
_FEMALE_BODY = re.compile(
    r"\b(vulvas?|vulval|vulvar|vaginas?|vaginal|womb|uterus|cervix|ovary|ovaries|"
    r"menopause|menopausal|perimenopause|perimenopausal|menstrual|menstruation|"
    r"(?:my|her|your) periods?|period pains?|labia)\b")


def _body_sex(text: str) -> tuple[str, re.Match[str]] | None:
    """The sex that the body words of only one sex say, with the first of them."""
    male, female = _MALE_BODY.search(text), _FEMALE_BODY.search(text)
    if male is not None and female is None:
        return "male", male
    if female is not None and male is None:
        return "female", female
    return None


@dataclass(frozen=True, slots=True)
class PersonContext:
    age: float | None
    age_text: str | None
    sex: str | None
    sex_text: str | None
    spans: tuple[tuple[int, int], ...]  # character spans that were read as age or sex
    # The range a life stage names ("a teenager": 12-19); an exact age gives (age, age).
    age_range: tuple[float, float] | None = None
    # Where the age and the sex were read (offsets into the question).
    age_span: tuple[int, int] | None = None
    sex_span: tuple[int, int] | None = None


def _own_births(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The asker's own pregnancies and births of ``text`` (folded), when it has no "he" or
    "she" (_OWN_BIRTH, _WITH_CHILD_HAD): the spans of the words that say them (the asker is
    their mother) and those of the children named in them (not the person)."""
    if _PRONOUN_WORD.search(text):
        return [], []
    found = list(_OWN_BIRTH.finditer(text))
    if _PREGNANCY_WORDS.search(text):
        found += _WITH_CHILD_HAD.finditer(text)
    mothers: list[tuple[int, int]] = []
    children: list[tuple[int, int]] = []
    for match in sorted(found, key=lambda m: m.start()):
        groups = match.groupdict()
        said = next(n for n in ("mother", "mother2", "mother3", "mother4", "mother5")
                    if groups.get(n) is not None)
        mothers.append(match.span(said))
        child = "child" + said[len("mother"):]
        if groups.get(child) is not None:
            children.append(match.span(child))
    return mothers, children


_BEFORE_WORDS = ("since", "after", "following", "from")


def births_before(question: str) -> list[tuple[int, int]]:
    """Spans (offsets into ``question``) of the asker's own births said as what the complaint
    followed ("after my second baby", "since I had my daughter", "since giving birth to my
    son"; _OWN_BIRTH, h-age11): the recent-birth exposure (text/exposures.py), which the
    exposure phrases miss when a child is named between."""
    text, origin = fold_with_origin(question)
    if _PRONOUN_WORD.search(text):
        return []
    spans = []
    for match in _OWN_BIRTH.finditer(text):
        said = next((n for n in ("mother", "mother3", "mother4") if match.group(n)), None)
        if said is not None and match.group(said).startswith(_BEFORE_WORDS):
            spans.append(original_span(origin, *match.span()))
    return spans


def _relatives_decade(text: str, start: int) -> bool:
    """True when the decade said at ``start`` is "in their ..." with relatives named before it
    in its sentence (_THEIR_DECADE)."""
    if not _THEIR_DECADE.match(text, start):
        return False
    sentence = re.split(r"[.;!?]", text[:start])[-1]
    return (_THEIR_GROUP.search(sentence) is not None
            or len(_THEIR_PERSON.findall(sentence)) >= 2)


def relatives_decades(question: str) -> list[tuple[int, int]]:
    """Spans (offsets into ``question``) of a decade said of relatives ("heart attacks in their
    forties" after "my dad's side"): their age, explained as context, never the person's age
    nor an unrecognised word."""
    text, origin = fold_with_origin(question)
    return [original_span(origin, *m.span()) for m in _DECADE.finditer(text)
            if _relatives_decade(text, m.start())]


def _decade_age(word: str, said: str) -> tuple[float, tuple[float, float]]:
    """The age and range of a decade ``word`` ("40s", "thirties", "teens") said in ``said``:
    its middle and its ten years; "early", "mid", "late" the third of it ("in my late 40s":
    46-50, read as 48); the teens are 13 to 19 ("in her early teens": 13-15)."""
    start = float(_DECADE_WORDS.get(word) or word[:2])
    part = _DECADE_PART.search(said)
    if word == "teens":
        low, high = {"early": (13.0, 15.0), "mid": (14.0, 17.0), "late": (17.0, 19.0),
                     None: (13.0, 19.0)}[part.group(0) if part else None]
        return (low + high) / 2, (low, high)
    if part is not None:
        low = start + {"early": 0.0, "mid": 3.0, "late": 6.0}[part.group(0)]
        return low + 2.0, (low, low + 4.0)
    return start + 5.0, (start, start + 10.0)


# The age someone had at an event, said right after it (text/family.py: a relative's age at
# their death or diagnosis): "at 45", "at forty-two", "aged 30", "at the age of twelve",
# "when he was twenty-six", "since the age of 12", "at 3 months"; a bound ("before 50", "by
# thirty-five", "under 40": any age up to it); a decade ("in his thirties", "in her early
# 40s"). Not a time or a measure ("at 3pm", "at 9 stone", "at 40%").
_EVENT_LEAD = (r"(?:(?P<bound>before|by|under|below)\s+(?:the\s+age\s+of\s+|age\s+)?"
               r"|(?:at|aged?)\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?"
               r"|(?:when|as)\s+(?:he|she|they|it)\s+(?:was|were)\s+"
               r"|since\s+(?:the\s+age\s+of|age|(?:he|she|they)\s+(?:was|were))\s+"
               # "died suddenly, only 19", "just 24": no lead word.
               r"|(?=(?:only|just)\s))")
_EVENT_AGE = re.compile(
    r"\s*" + _EVENT_LEAD + _ROUGHLY + r"(?P<num>" + _NUM[1:] + r"(?![.\d:]\d)"
    r"(?:[\s-]*(?P<unit>years?|yrs?|months?|weeks?|days?)(?:[\s-]+old)?)?"
    r"(?!\s*(?:" + _MEASURES + r"|%|am|pm|a\.m|p\.m|o'?clock|times?|minutes?|mins?|hours?|"
    r"hrs?|miles?|mph|degrees?|percent|per\s+cent)\b)(?![\d%])"
    # A time of day ("died suddenly at two in the morning", "at 4 last night").
    r"(?!\s+(?:in\s+the\s+(?:morning|afternoon|evening|night)|at\s+night|last|this|tonight|"
    r"yesterday|today)\b)"
    # A bound ends its phrase ("before 50", "by thirty-five and"): "by two doctors" is a
    # count.
    r"(?(bound)(?=\s*(?:$|[,.;:!?)(])|\s+(?:and|but|with|when|while|after|from|of|so|in|"
    r"years?|yrs?)\b))")
_EVENT_DECADE = re.compile(r"\s*" + _DECADE.pattern)


@dataclass(frozen=True, slots=True)
class SaidAge:
    """An age said at an event: one age for it (the figure; a decade's middle; a bound
    itself, the oldest it may be), the range it allows, and how many characters it takes."""

    age: float
    low: float
    high: float
    length: int


def age_said_at(text: str) -> SaidAge | None:
    """The age said at the very start of ``text`` (folded, lower case) as someone's age at an
    event (_EVENT_AGE, _DECADE): "at forty-two", "in her early 40s", "before 50"; None when
    ``text`` does not start with one."""
    decade = _EVENT_DECADE.match(text)
    if decade:
        age, (low, high) = _decade_age(decade.group(1), decade.group(0))
        return SaidAge(age, low, high, decade.end())
    said = _EVENT_AGE.match(text)
    if said is None:
        return None
    unit = (said.group("unit") or "year").rstrip("s")
    value = _number(said.group("num")) * _UNITS.get(unit, 1.0)
    if not 0 < value <= 110 or (said.group("num") == "one" and not said.group("unit")):
        return None  # "at one point", "by one"
    if said.group("bound"):
        return SaidAge(value, 0.0, value, said.end())
    return SaidAge(value, value, value, said.end())


def _number(text: str) -> float:
    value = number_word_value(text)
    return float(value) if value is not None else float(text)


# A baby's age said as a rough amount of a unit ("a baby a few days old", "she's a couple of
# weeks old", "a few months old baby", "a fortnight old"; h-age15: read as any baby, 1 to 12
# months): said right after the child or pronoun, or right before the child.
# A newborn's age in hours or as one day ("a 36 hour old baby", "a baby 2 hours old", "a
# day-old baby", "a baby a day old", "only hours old"; h-age16: read as any baby, 6 months)
# likewise: hours (``hours``, a number), one hour, day, week or month (``one``: "a week-old
# baby", "a month-old baby"; h-rareage1: read as any baby, 6 months), or hours or days
# without a number (``bare``).
_FEW_OLD = re.compile(
    r"(?P<before>\b(?:baby|babies|newborns?|infants?|sons?|daughters?|boys?|girls?|twins|"
    r"grandsons?|granddaughters?|he|she|it|who|one)(?:'s|\s+is|\s+are|\s+was)?\s+"
    r"(?:only\s+|just\s+|now\s+|about\s+|around\s+)?)?"
    r"\b(?:(?P<few>a\s+few|a\s+couple(?:\s+of)?|couple\s+of|several)\s+"
    r"(?P<unit>hours?|days?|weeks?|months?)|(?P<fortnight>a\s+fortnight)"
    r"|(?P<hours>\d{1,2})[\s-]*(?:hours?|hrs?)|(?P<one>an?)[\s-]+(?P<one_unit>day|hour|week|month)"
    r"|(?P<bare>hours|days))[\s-]+old\b"
    r"(?P<after>[\s-]+(?:baby|babies|newborns?|infants?|sons?|daughters?|boys?|girls?|twins)\b)?")
# The age and its range, in the unit, of each rough amount: a few (2 to 6 of the unit, 3 days
# ... 4), a couple (1.5 to 3, 2), several (3 to 9, 5).
_FEW_AMOUNTS = {"few": (2.0, 6.0, 3.0), "couple": (1.5, 3.0, 2.0), "several": (3.0, 9.0, 5.0)}


def _few_old(text: str) -> tuple[float, tuple[float, float], tuple[int, int]] | None:
    """A rough age in days, weeks or months said of a child (_FEW_OLD): the age, its range and
    the words' span; None when there is none."""
    for match in _FEW_OLD.finditer(text):
        if match.group("before") is None and match.group("after") is None:
            continue
        said = next(g for g in ("few", "fortnight", "hours", "one", "bare") if match.group(g))
        span = (match.start(said), match.end())
        day, hour = _UNITS["day"], _UNITS["hour"]
        if said == "fortnight":
            return 14 * day, (10 * day, 18 * day), span
        if said == "hours":
            age = float(match.group("hours")) * hour
            return age, (age, age), span
        if said == "one":
            age = _UNITS[match.group("one_unit")]
            return age, (age, age), span
        if said == "bare":  # "only hours old": under a day; "only days old": under a week
            if match.group("bare") == "hours":
                return 6 * hour, (hour, day), span
            return 3 * day, (day, 7 * day), span
        amount = match.group("few").split()[-1]
        amount = "couple" if amount == "of" else amount
        low, high, typical = _FEW_AMOUNTS[amount]
        if amount == "few" and match.group("unit").startswith("day"):
            typical = 4.0
        unit = _UNITS[match.group("unit").rstrip("s")]
        return typical * unit, (low * unit, high * unit), span
    return None


def _said_otherwise(text: str, spans: list[tuple[int, int]]
                    ) -> tuple[float | None, tuple[float, float] | None, str | None,
                               list[tuple[int, int]]]:
    """An age given beside "my age" (_MY_AGE), as one unit ("a year old": _ONE_UNIT), as a
    birth some time ago (_BORN_AGO) or about to be reached (_UPCOMING): the age, its range,
    its words and their span; ``None`` and ``spans`` unchanged when there is none."""
    mine = _MY_AGE.search(text)
    if mine and 0 < _number(mine.group(1)) <= 110:
        unit = (mine.group(2) or "year").rstrip("s")
        age = _number(mine.group(1)) * _UNITS.get(unit, 1.0)
        return age, (age, age), mine.group(1), [mine.span(1)]
    one = _ONE_UNIT.search(text)
    if one:
        half = 1.5 if "half" in one.group(0) else 1.0
        age = half * _UNITS[one.group(1)]
        return age, (age, age), one.group(0), [one.span()]
    few = _few_old(text)
    if few is not None:
        age, age_range, span = few
        return age, age_range, text[span[0]:span[1]], [span]
    born = _BORN_AGO.search(text)
    if born and (_PRONOUN_WORD.search(text) or not _ASKER.search(text)):
        age = _number(born.group(1)) * _UNITS[born.group(2).rstrip("s")]
        return age, (age, age), born.group(0), [born.span()]
    lately = _BORN_LATELY.search(text)
    if lately and (_PRONOUN_WORD.search(text) or not _ASKER.search(text)):
        age = _UNITS["day"] * (1.0 if lately.group("yesterday") else 0.5)
        return age, (0.0, 2 * _UNITS["day"]), lately.group(0), [lately.span()]
    upcoming = _UPCOMING.search(text)
    unit = ((upcoming.group("unit") or "year").rstrip("s") if upcoming else "year")
    if (upcoming and unit != "year" and re.match(r"i\b|i'?[mlv]", upcoming.group(0))
            and _EXPECTING.search(text)):
        upcoming = None  # "I'm coming up to 40 weeks pregnant": the pregnancy's weeks
    if upcoming and 0 < _number(upcoming.group("num")) <= 110:
        reached = _number(upcoming.group("num")) * _UNITS[unit]
        # Just below the age named: within the year before it, or the last quarter of the
        # time before it for a young child ("coming up to 2": 18 months to 2 years).
        # "I've just hit 40" has reached it.
        below = 0.0 if upcoming.group("verb") == "hit" else min(1.0, reached / 4)
        span = (upcoming.start("num"), upcoming.end())
        return (reached - below / 2, (reached - below, reached), text[span[0]:span[1]],
                [span])
    return None, None, None, spans


# What may stand before the person at the opening of a note ("pt 74M").
_NOTE_START = re.compile(r"\s*(?:pt\s+)?")


@dataclass(frozen=True, slots=True)
class _NoteOpening:
    """The age and sex letter a note opens with: the age's span (folded text) and the sex
    word's."""

    age: float
    age_span: tuple[int, int]
    sex: str
    sex_span: tuple[int, int]


def _note_opening(text: str) -> _NoteOpening | None:
    """The age and sex letter a note opens with ("54M,", "28 yo F", "F 28,", "45 M,", "M45:");
    None when the note opens otherwise."""
    start = _NOTE_START.match(text)
    shorthand = _SHORTHAND.match(text, start.end() if start is not None else 0)
    if shorthand is not None:
        return _NoteOpening(float(shorthand.group(1)), shorthand.span(), shorthand.group(2),
                            shorthand.span(2))
    sex_then_age = _SEX_THEN_AGE.match(text)
    if sex_then_age is not None and not text[:sex_then_age.start("sex")].strip():
        return _NoteOpening(float(sex_then_age.group("age")), sex_then_age.span("age"),
                            sex_then_age.group("sex"), sex_then_age.span("sex"))
    opening = _OPENING_SHORTHAND.match(text)
    if opening is None:
        return None
    age, sex = ("age", "sex") if opening.group("age") else ("age2", "sex2")
    return _NoteOpening(float(opening.group(age)), opening.span(age), opening.group(sex),
                        opening.span(sex))


# The asker's children, counted or with their ages listed, before the asker tells their own
# complaint ("my boys are 8 and 10 and I'm 41, I have ...", "I'm a mum of 3 boys and I get
# ...", "I'm 41 with two lads"): the children's words say nothing of the asker's sex (h-age13:
# the asker was read as a man from "boys", and as a woman from "girls" with a lump in the
# testicle). Only where no "he", "she" or "they" speaks of them and no child of the asker's
# is named after (_CHILD_AFTER): "I'm a mum of 3 boys and my eldest has a cough" is about a boy.
_COUNT = r"(?:two|three|four|five|six|seven|eight|2|3|4|5|6|7|8)"
_CHILDREN_WORDS = (r"(?:(?:little|young|small|teenage|grown[\s-]up|adult)\s+)?"
                   r"(?:boys|girls|sons|daughters|lads|lasses|kids|children|twins)\b")
_ASKERS_CHILDREN = re.compile(
    r"\b(?:my|our)\s+(?:" + _COUNT + r"\s+)?" + _CHILDREN_WORDS + r"\s+(?:are|aged?)\s+"
    + _NUM + r"(?:\s*(?:,|and|&)\s*" + _NUM + r")+\b"
    r"|\b(?:mum|mom|mother|mummy|dad|father|daddy|parent|grandma|grandad|grandmother|"
    r"grandfather|with|have|got|of)\s+(?:(?:my|our)\s+)?" + _COUNT + r"\s+" + _CHILDREN_WORDS)
_CHILD_AFTER = re.compile(r"\b(?:my|our)\s+(?:(?:little|eldest|oldest|youngest|middle|older|"
                          r"younger|first|second|third|baby|teenage)\s+)*(?:son|daughter|boy|"
                          r"girl|child|kid|baby|lad|lass|eldest|oldest|youngest|middle\s+one|"
                          r"little\s+one|toddler|teenager|twins?|boys|girls|kids|children|sons|"
                          r"daughters)\b")
_THEY = re.compile(r"\b(?:they|them|their|they'?re|both)\b")


def _askers_children(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` (folded) that count or list the asker's children before the asker's
    own complaint (_ASKERS_CHILDREN); none when the question goes on about a child."""
    found = list(_ASKERS_CHILDREN.finditer(text))
    if not found or _PRONOUN_WORD.search(text) or _THEY.search(text):
        return []
    last = found[-1].end()
    asker_speaks = _ASKER.search(text, last) or _ASKER.search(text, 0, found[0].start())
    if _CHILD_AFTER.search(text, last) or not asker_speaks:
        return []
    return [m.span() for m in found]


# Ages of several people in one breath ("the kids are 4 and 7", "my boys are 6 and 9").
_AGES_LISTED = re.compile(r"\s*(?:,\s*|\s+and\s+)" + _NUM + r"\b")


def _bare_age(text: str) -> re.Match[str] | None:
    """The first bare age of the person (_BARE_AGE), passing over the ages of several
    people said together ("the kids are 4 and 7 and I'm 35; I have a cough": h-age12, the
    children's 4 was read) when another bare age follows; with none, the first."""
    found = list(_BARE_AGE.finditer(text))
    alone = [m for m in found if not (re.search(r"\bare$", m.group(0)[:m.start(1) - m.start()]
                                                .rstrip())
                                      and _AGES_LISTED.match(text, m.end()))]
    chosen = alone or found
    return chosen[0] if chosen else None


def read_person(question: str, skip: tuple[tuple[int, int], ...] = ()) -> PersonContext:
    """Find an age (in years) and a sex in a question; ``None`` when it says nothing.

    Character spans in ``skip`` (onset words, relatives of a family history) say nothing of
    the person. ``spans`` are character offsets into ``question`` itself."""
    text, origin = fold_with_origin(question)
    said = text  # before the skipped characters are blanked
    if skip:
        # Blank the skipped characters of the folded text (same length, offsets unchanged).
        hidden = {k for k, o in enumerate(origin[:-1]) if any(a <= o < b for a, b in skip)}
        text = "".join(" " if k in hidden else ch for k, ch in enumerate(text))
    # Read on the words before any were skipped: the child of a birth may be skipped as
    # someone else (text/persons.py), and the birth's words are the asker's.
    mothers, children = _own_births(said)
    children += _askers_children(said)
    for a, b in children:
        text = text[:a] + " " * (b - a) + text[b:]
    age: float | None = None
    age_text: str | None = None
    age_range: tuple[float, float] | None = None
    spans: list[tuple[int, int]] = []
    open_words = False
    note_sex: str | None = None
    note_sex_span: tuple[int, int] | None = None
    fraction = next((m for m in _FRACTION_AGE.finditer(text)
                     if 0 < int(m.group("num")) <= _FRACTION_MOST[m.group("per")]), None)
    if fraction is not None:
        age = int(fraction.group("num")) * _FRACTION_UNITS[fraction.group("per")]
        tail = _FRACTION_TAIL.match(text, fraction.end())
        end = tail.end() if tail is not None else fraction.end()
        age_text, spans = text[fraction.start():end], [(fraction.start(), end)]
        if fraction.group("sex"):
            note_sex, note_sex_span = fraction.group("sex"), fraction.span("sex")
    note_opening = _note_opening(text)
    if age is None and note_opening is not None:
        # A note that opens with its person ("19M, ...", "F 28, ...", "pt 74M") is about that
        # person: a later age or sex is someone else's ("FHx SCD (uncle aged 30)", "74M, wife
        # says ..."; h-clinician5).
        age, spans = note_opening.age, [note_opening.age_span]
        age_text = text[slice(*note_opening.age_span)]
    for pattern in _AGE_PATTERNS if age is None else ():
        match = pattern.search(text)
        if match:
            unit = (match.group(2) or "year").rstrip("s").replace("/", "").replace(".", "")
            unit = {"yo": "year", "y": "year"}.get(unit, unit)
            half = 0.5 if "half" in match.group(0) or _AND_A_HALF.search(match.group(0)) else 0.0
            age = (_number(match.group(1)) + half) * _UNITS.get(unit, 1.0)
            age_text, spans = match.group(0), [match.span()]
            break
    bare = (_bare_age(text) or _WHO_AGE.search(text) or _TURNED.search(text)
            or _LISTED_AGE.search(text) or _PARENT_OF_AGE.search(text)
            or _APPOSED_AGE.search(text) if age is None else None)
    # "I'm 38 weeks and coming up to my due date": in a question about a pregnancy, weeks or
    # months the asker says of herself are the pregnancy's (h-age8: read as a baby's age).
    if (bare and bare.group(2) and bare.group(2).startswith(("week", "wk", "month", "mo", "mth"))
            and re.match(r"i'?m\b|i am\b", bare.group(0)) and _EXPECTING.search(text)):
        bare = None
    if bare and 0 < _number(bare.group(1)) <= 110:
        unit = (bare.group(2) or "year").rstrip("s")
        # "she's two and a half": the half is added (h-age5), as in "a two and a half year old".
        half = 0.5 if _AND_A_HALF.match(text, bare.end(1)) else 0.0
        age = (_number(bare.group(1)) + half) * _UNITS.get(unit, 1.0)
        age_text, spans = bare.group(1), [bare.span(1)]
    at_age = next((m for m in _AT_AGE.finditer(text)
                   if (13 if m.group("now") is None and m.group("said") is None else 1)
                   <= _number(m.group(3)) <= 110),
                  None) if age is None else None
    if at_age:
        age, age_text, spans = _number(at_age.group(3)), at_age.group(3), [at_age.span(3)]
    if age is None:
        age, age_range, age_text, spans = _said_otherwise(text, spans)
    now_age = _NOW_AGE.search(text) if age is None else None
    if now_age and 0 < _number(now_age.group(1)) <= 110 and not _MEASURED.search(
            re.split(r"[.;!?]", text[:now_age.start()])[-1]):
        unit = (now_age.group(2) or "year").rstrip("s")
        age = _number(now_age.group(1)) * _UNITS.get(unit, 1.0)
        age_text, spans = now_age.group(1), [now_age.span(1)]
    shorthand = _SHORTHAND.search(text)
    if age is None and shorthand:
        age, age_text, spans = float(shorthand.group(1)), shorthand.group(0), [shorthand.span()]
    sex_then_age = _SEX_THEN_AGE.search(text) if age is None else None
    if sex_then_age is not None:
        age, age_text = float(sex_then_age.group("age")), sex_then_age.group("age")
        spans = [sex_then_age.span("age")]
    if age is None and (opening := _OPENING_SHORTHAND.search(text)) is not None:
        group = "age" if opening.group("age") else "age2"
        age, age_text, spans = float(opening.group(group)), opening.group(group), [opening.span()]
        sexed = "sex" if opening.group("sex") else "sex2"
        note_sex, note_sex_span = opening.group(sexed), opening.span(sexed)
    if age is None and (sex_decade := _SEX_DECADE.search(text)) is not None:
        group = "decade" if sex_decade.group("decade") else "decade2"
        start = float(sex_decade.group(group))
        age, age_range = start + 5.0, (start, start + 10.0)
        age_text, spans = sex_decade.group(0).strip(" .;:!?("), [sex_decade.span(group)]
        sexed = "sex" if sex_decade.group("sex") else "sex2"
        note_sex, note_sex_span = sex_decade.group(sexed), sex_decade.span(sexed)
    if age is None:
        months = _MONTHS.search(text)
        if months:
            age, age_text, spans = float(months.group(1)) / 12, months.group(0), [months.span()]
    if age is None:
        of_age = _OF_AGE.search(text) or _MY_OF_AGE.search(text)
        # A baby's age needs its unit ("a baby of 3 weeks"; "a baby of 3" says not which); a
        # child's may be in months ("a boy of 6 months"; h-age12: no age was read), an adult's
        # not ("a woman of 30 weeks" is her pregnancy).
        unit_said: str | None = of_age.group("unit") if of_age else None
        young_unit = unit_said is not None and not unit_said.startswith("year")
        if (of_age and 0 < _number(of_age.group("num")) <= 110
                and (unit_said or not of_age.group("baby"))
                and not (young_unit and of_age.groupdict().get("adult"))):
            unit = (of_age.group("unit") or "year").rstrip("s")
            age = _number(of_age.group("num")) * _UNITS.get(unit, 1.0)
            age_text, spans = of_age.group(0), [of_age.span()]
    if age is None:
        rough = _ROUGH_AGE.search(text) or _ROUGH_BEFORE.search(text)
        if rough:
            start = _number(rough.group(1))
            if rough.group(2):  # "60ish": a few years either side
                age, age_range = start, (start - 3.0, start + 3.0)
            else:  # "60-odd", "sixty-something": within the decade
                age, age_range = start + 4.0, (start, start + 9.0)
            span = (rough.start(1), rough.end())
            age_text, spans = text[span[0]:span[1]], [span]
    if age is None:
        bound_said = _PERSON_BOUND.search(text)
        if bound_said and 0 < _number(bound_said.group(2)) <= 110:
            bound = _number(bound_said.group(2))
            if bound_said.group(1) in ("under", "below"):  # "under 2": 1; "under 30": 25
                age, age_range = max(bound - 5.0, bound / 2), (0.0, bound)
            else:
                age, age_range = bound + 5.0, (bound, 100.0)
            span = (bound_said.start(1), bound_said.end())
            age_text, spans = text[span[0]:span[1]], [span]
    if age is None and (plus := _PLUS_AGE.search(text)) and 0 < _number(plus.group(1)) <= 110:
        bound = _number(plus.group(1))
        age, age_range = bound + 5.0, (bound, 100.0)
        age_text, spans = text[plus.start(1):plus.end()], [(plus.start(1), plus.end())]
    if age is None and (unit_bound := _unit_bound(text)) is not None:
        age, age_range, span = unit_bound
        age_text, spans = text[span[0]:span[1]], [span]
    if age is None:
        over, under = _OVER.search(text), _UNDER.search(text)
        if over:
            bound = _number(over.group(1))
            age, age_text, spans = bound + 5.0, over.group(0), [over.span()]
            age_range = (bound, 100.0)
        elif under:
            bound = _number(under.group(1))
            age, age_text, spans = bound / 2, under.group(0), [under.span()]
            age_range = (0.0, bound)
    if age is None:
        decade = (next((m for m in _DECADE.finditer(text)
                        if not _relatives_decade(said, m.start())), None)
                  or _APPOSED_DECADE.search(text) or _DECADE_PERSON.search(text)
                  or _BE_DECADE.search(text))
        if decade:
            age, age_range = _decade_age(decade.group(1), decade.group(0))
            age_text, spans = decade.group(0), [decade.span()]
    if age is None and (ordinal := _DECADE_OF_LIFE.search(text)) is not None:
        word = ordinal.group(1)
        number = _ORDINALS.index(word) + 1 if word in _ORDINALS else int(word[:-2])
        if 1 <= number <= 11:
            start = 10.0 * (number - 1)
            age, age_range = start + 5.0, (start, start + 10.0)
            age_text, spans = ordinal.group(0), [ordinal.span()]
    school = next((m for m in _SCHOOL_YEAR.finditer(text)
                   if not _SINCE_SCHOOL.search(text, 0, m.start())), None)
    if age is None and school is not None:
        # UK school years (Year 1: 5-6 years old) and US grades (1st grade: 6-7).
        year = int(school.group(1) or school.group(2) or school.group(3) or school.group(4))
        start = year + (4.0 if school.group(1) or school.group(2) else 5.0)
        if 1 <= year <= 13:
            age, age_range = start + 0.5, (start, start + 1.0)
            age_text, spans = school.group(0), [school.span()]
    if age is not None and age_range is None:
        age_range = (age, age)
    if age is None:
        expecting = _EXPECTING.search(text) is not None
        parents = [m.span() for m in _PARENTS_BABY.finditer(text)]
        parents += [m.span() for m in _BABY_THING.finditer(text)]
        if not _PRONOUN_WORD.search(text):
            parents += [m.span() for m in _HANDLED_CHILD.finditer(text)]
            # "my baby was born two weeks ago and I have a fever": the asker is the mother
            # (h-age8), as _BORN_AGO's age is not read.
            if _ASKER.search(text):
                parents += [m.span() for m in _BORN_BABY.finditer(text)]
        compared = {m.end() for m in _COMPARED.finditer(text)}
        # Children the person is measured against ("kids her age are way ahead of her",
        # "other children his age"): no age of the person (h-longage: read as a child of 8).
        parents += [m.span() for m in _PEERS.finditer(text)]
        # The life stage named first in the question (the person it is about: "a
        # middle-aged man whose elderly father had gout"), the list's order breaking ties.
        found: list[tuple[int, int, re.Match[str], tuple[float, float], float]] = []
        for order, (pattern, stage, value) in enumerate(_LIFE_STAGES):
            match = next((m for m in pattern.finditer(text)
                          if not any(a <= m.start() < b for a, b in parents)
                          and m.start() not in compared), None)
            if match and expecting and _BABY_WORDS.fullmatch(match.group(0)):
                continue  # the unborn child of a pregnant asker, not the person's age
            if match:
                found.append((match.start(), order, match, stage, value))
        if found:
            _, _, match, age_range, age = min(found, key=lambda f: (f[0], f[1]))
            # The stage's own word where the words before it only lead to it ("I'm a
            # *retired* teacher").
            said_group = "said" if "said" in match.re.groupindex and match.group("said") else 0
            age_text, spans = match.group(said_group), [match.span(said_group)]
            open_words = _MENOPAUSE_WORDS.search(match.group(0)) is not None
    if age is not None and spans and (now := _EXPLICIT_NOW.search(text)) is not None:
        value = _number(now.group(1))
        unit = (now.group(2) or "year").rstrip("s")
        clause = re.split(r"[.;!?]", text[:now.start()])[-1]
        age_now = value * _UNITS.get(unit, 1.0)
        # The age now is never below an earlier one: "I'm 30 and now I'm 33 weeks with my
        # second" says a pregnancy's weeks.
        if (0 < value <= 110 and not (spans[0][0] <= now.start(1) < spans[0][1])
                and not _MEASURED.search(clause) and age_now >= age):
            age, age_range = age_now, (age_now, age_now)
            age_text, spans = now.group(1), [now.span(1)]
            open_words = False
    sex: str | None = None
    sex_text: str | None = None
    # "LAD" in capitals is a clinician's abbreviation (lymphadenopathy, the left anterior
    # descending artery), no lad (h-clinician6: "bilat hilar LAD" made the person a man).
    male = [m for m in _MALE.finditer(text)
            if question[slice(*original_span(origin, *m.span()))] not in _NO_PERSON_CAPITALS]
    female = [m for m in _FEMALE.finditer(text)]
    nouns_m = [m for m in male if m.group(0) not in _PRONOUNS]
    nouns_f = [m for m in female if m.group(0) not in _PRONOUNS]
    sex_match: re.Match[str] | None = None
    sex_span: tuple[int, int] | None = None
    if note_opening is not None:
        sex = "male" if note_opening.sex in ("m", "male", "man") else "female"
        sex_text, sex_span = note_opening.sex, note_opening.sex_span
        spans.append(note_opening.sex_span)
    elif nouns_m and not nouns_f:
        sex, sex_match = "male", nouns_m[0]
    elif nouns_f and not nouns_m:
        sex, sex_match = "female", nouns_f[0]
    elif mothers and not nouns_m:  # the asker's own pregnancy or birth (_OWN_BIRTH)
        sex, sex_text, sex_span = "female", said[slice(*mothers[0])], mothers[0]
    elif not nouns_m and not nouns_f and (body := _body_sex(text)) is not None:
        sex, sex_match = body
    elif not nouns_m and not nouns_f and bool(male) != bool(female):
        sex = "male" if male else "female"
        sex_match = (male or female)[0]
    if sex_match is not None:
        sex_text, sex_span = sex_match.group(0), sex_match.span()
    if sex is None and sex_then_age is not None:
        sex = "male" if sex_then_age.group("sex") in ("m", "male", "man") else "female"
        sex_text, sex_span = sex_then_age.group("sex"), sex_then_age.span("sex")
        spans.append(sex_then_age.span("sex"))
    if sex is None and note_sex is not None and note_sex_span is not None:
        sex = "male" if note_sex in ("m", "male") else "female"
        sex_text, sex_span = note_sex, note_sex_span
        spans.append(note_sex_span)
    if shorthand and sex is None:
        sex = "male" if shorthand.group(2) in ("m", "male") else "female"
        sex_text, sex_span = shorthand.group(2), shorthand.span(2)
        spans.append(shorthand.span())
    age_span = original_span(origin, *spans[0]) if spans else None
    if open_words:  # "bleeding after my menopause" is a finding too (Postmenopausal bleeding)
        spans.pop(0)
    for m in male + female:
        spans.append(m.span())
    spans += mothers + children  # the asker's own births: who asks, no finding
    return PersonContext(
        age, age_text, sex, sex_text,
        tuple(original_span(origin, a, b) for a, b in spans if b > a),
        age_range,
        age_span,
        original_span(origin, *sex_span) if sex_span else None,
    )
