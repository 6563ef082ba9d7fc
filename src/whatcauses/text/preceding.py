"""Illnesses said to come before the complaint: what happened first, not findings now.

People name what their trouble followed: "two weeks after a sore throat my pee turned dark",
"a hoarse voice after a cold", "since having a fever and a cough a month ago I have been
breathless", "I had glandular fever last year and now I am always tired", "I used to get
migraines but now ...". Read as findings now, the earlier illness pulls the answer towards
itself (a sore throat: strep throat) and away from what follows it (post-streptococcal
glomerulonephritis). Two kinds are told apart:

* a *passing illness* (a sore throat, a cold, flu, a chest infection, glandular fever; a fever
  or a cough with a time before it): the trigger of what follows, never a finding now. Its
  words are context; where the lexicon knows it as an exposure ("after a cold": a recent
  viral illness; "after a sore throat": a throat infection, knowledge/curated/exposures.yaml)
  the ranker weighs it as that (post-infectious conditions list the exposure);
* a trouble said to be over ("I used to get migraines"): set aside like a resolved
  complaint (text/resolved.py);
* an *earlier trouble* of another kind ("a week after a cold sore"): history, kept as a
  known condition (``RecognizedFinding.known``), which the
  ranker weighs as a bounded lift of the diseases that list it, never as a finding every
  candidate must explain (a cold sore before target-shaped spots is erythema multiforme's).

These wordings are read (h-reader67, issue 14):

* a *time word* ("after", "since", "following") with a phrase after it brought in by an
  article, a possessive or a verb of having ("after a sore throat", "since having a fever",
  "since I had chickenpox", "after my chest infection", "a bout of flu"), to the next clause
  ("... my pee turned dark", "... I have been"). The phrase must name a passing illness
  (:data:`ILLNESS_WORDS`) or say how long before it was ("two weeks after", "a month ago",
  "last year"): an event of the complaint itself stays ("confused after a seizure", "dizzy
  after a faint"). A bare "-ing" word is a trigger, not an illness ("a headache after
  coughing" keeps its cough), and so is a phrase that says the complaint began then ("since
  the headache started": the headache is the complaint);
* a clause with a *distant past* ("last year", "years ago", "as a child": text/resolved.py)
  or a time ago ("two weeks ago": h-prev8) and a passing illness, followed by "now" ("I had
  glandular fever last year and now ...", "he had a cold two weeks ago and now has tiny
  purple spots"): the clause before "now". An earlier episode of another kind stays a
  finding ("last year I lost the sight of one eye, and now my legs are numb": a relapse is
  part of the complaint);
* "used to" with a verb of having ("I used to get migraines"): to "now", "but", "and" or the
  end of the sentence, unless the sentence says it is still so ("and I still do"); "more than
  I used to" compares and says nothing of the past;
* a pregnancy before the present one ("in my last pregnancy I had gestational diabetes", "I
  lost my last baby at 10 weeks", "I miscarried at 8 weeks last time": h-age10,
  :func:`past_pregnancy_spans`): an earlier trouble, kept as history; its weeks are no
  gestation now and its word no pregnancy now (text/question.py).
* an item of a note, between commas, that names only a passing illness and ends with a time
  of weeks or more ago ("1/52 weak legs, areflexia, D&V 3/52 ago", "flu-like illness 2 weeks
  ago"), beside other items: the illness before (h-clinician5). Days ago are left as they are
  ("vomiting 2 days ago" may be the complaint's own start).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from whatcauses.text.normalize import SENTENCE_ENDS
from whatcauses.text.resolved import distant_past


class Preceding(NamedTuple):
    """A token range (``start``, ``end``) that speaks of something before the complaint:
    ``set_aside`` for a passing illness ("two weeks after a sore throat") or a trouble said to
    be over ("I used to get migraines"), else an earlier trouble kept as history, weighed as a
    known condition ("a week after a cold sore")."""

    start: int
    end: int
    set_aside: bool


TIME_WORDS = frozenset({"after", "since", "following"})
# Words that bring the illness in after the time word: articles, possessives, verbs of having
# and of getting over it, and what may stand before its noun ("a bad bout of").
ILLNESS_LEADS = frozenset({"a", "an", "the", "my", "his", "her", "their", "our", "your", "this",
                    "that", "having", "had", "have", "caught", "catching", "got", "getting",
                    "over", "recovering", "from", "i", "he", "she", "we", "they", "bout",
                    "of", "bad", "nasty", "mild", "heavy", "horrible", "awful", "stinking",
                    "really", "very", "recent", "last", "some", "kind", "sort", "been"})
# Subjects and words that open the next clause: the illness phrase ends before them.
_CLAUSE_OPENERS = frozenset({"i", "i'm", "im", "i've", "ive", "my", "he", "she", "his", "her",
                             "it", "they", "we", "our", "their", "there", "now", "but", "then",
                             "and", "which", "that", "who", "when", "she's", "he's", "it's",
                             "its", "you", "your", "both", "everything", "things"})
# Verbs saying the complaint began at that time ("since the pain started"): the phrase is the
# complaint itself.
_BEGINNINGS = frozenset({"started", "starts", "start", "began", "begun", "begin", "came",
                         "kicked", "appeared", "developed", "set", "hit"})
# Words that end a clause before "now" and the words of contrast before it.
_NOW = frozenset({"now", "nowadays", "currently", "lately", "recently"})
_USED_TO_ENDS = frozenset({"now", "but", "however", "although", "though", "nowadays",
                           "currently", "lately", "recently", "today", "these"})
_STILL = frozenset({"still", "again", "back", "returned", "recurred"})
# How far the illness phrase reaches after its time word (words).
_REACH = 10
# The words of passing illnesses people date their complaint from (a sore throat, a cold, a
# tummy bug, a chest infection, chickenpox, glandular fever): such a phrase is the illness
# before, with no time said. Others ("a fever", "a cough", "a seizure") only with a time.
ILLNESS_WORDS = frozenset({"throat", "cold", "flu", "influenza", "virus", "viral", "infection",
                           "bug", "chickenpox", "measles", "mumps", "tonsillitis", "covid",
                           "pneumonia", "bronchitis", "gastroenteritis", "strep", "glandular",
                           "mono", "illness", "uti", "d&v", "sinusitis", "laryngitis"})
# Findings that are a passing illness when a time says it was before ("since having a fever
# and a cough a month ago"); without one they may be part of the complaint ("a fit after a
# fever").
_ILLNESS_WHEN_DATED = frozenset({"fever", "temperature", "cough", "sickness", "vomiting",
                                 "diarrhoea", "diarrhea", "temp"})
# Verbs of having a trouble after "used to".
_HAVING = frozenset({"have", "get", "suffer", "had", "getting", "having", "be", "feel"})
# Words of a time before: "two weeks after", "a month ago", "last year".
_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                    "fortnight"})
_LAST_THINGS = _UNITS | {"summer", "winter", "spring", "autumn", "christmas", "term"}
# A note item's time ago of a week or more ("3 weeks ago", "2/52 ago", "a month ago"), the
# clinicians' fractions of weeks and months ("3/52", "2/12"), and the words that may stand in
# the item beside the illness ("D&V": the letters of diarrhoea and vomiting, joined).
_LONG_UNITS = frozenset({"week", "weeks", "month", "months", "year", "years", "fortnight"})
_LONG_FRACTIONS = frozenset({"52", "12"})
_COUNTS = frozenset({"a", "one", "two", "three", "four", "five", "six", "few", "couple",
                     "several"})
_ILLNESS_LETTERS = {"d": "diarrhoea", "v": "vomiting"}
_ITEM_FILLERS = frozenset({"and", "&", "+", "/", "a", "an", "bout", "of", "like", "-", "sore",
                           "chest", "tummy", "upper", "respiratory", "tract", "coryzal",
                           "recent", "short", "mild", "brief"})
_ITEM_BREAKS = frozenset({",", ";"})


def _sentence_bounds(folded: Sequence[str]) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for k in range(len(folded) + 1):
        if k == len(folded) or folded[k] in SENTENCE_ENDS:
            if k > start:
                bounds.append((start, k))
            start = k + 1
    return bounds


def _names_illness(words: Sequence[str], dated: bool) -> bool:
    """Do the words of a phrase name a passing illness ("a sore throat", "a bad cold"; "a
    fever and a cough" only with a time before: "a month ago")? Not "a cold sore"."""
    for n, word in enumerate(words):
        if word == "cold" and n + 1 < len(words) and words[n + 1] in {"sore", "sores"}:
            continue
        if word in ILLNESS_WORDS or (dated and word in _ILLNESS_WHEN_DATED):
            return True
    return False


def _after_time_word(folded: Sequence[str], k: int, end: int) -> Preceding | None:
    """The illness phrase after the time word at ``k`` ("after a sore throat"), or None."""
    lead = k + 1
    if lead >= end or folded[lead] not in ILLNESS_LEADS:
        return None  # "after coughing", "since Monday", "after eating": no illness brought in
    n = lead
    while n < end and n - k <= _REACH and folded[n] not in {",", ";", ":", "-"}:
        if (folded[n] in {"and", "or"} and n + 1 < end
                and folded[n + 1] in {"a", "an"}):
            n += 1  # "since having a fever and a cough": one more illness
            continue
        if n > lead and folded[n] in _CLAUSE_OPENERS and folded[n - 1] not in ILLNESS_LEADS:
            break
        if folded[n] in _BEGINNINGS and n > lead + 1:
            return None  # "since the headache started": the complaint itself
        n += 1
    if n < end and folded[n] in _BEGINNINGS:
        return None
    if n == lead + 1 and folded[lead] in ILLNESS_LEADS:
        return None
    words = folded[k + 1:n]
    dated = _dated(folded, k, n)
    if _names_illness(words, dated):
        return Preceding(k, n, True)
    return Preceding(k, n, False) if dated else None


def _dated(folded: Sequence[str], k: int, end: int) -> bool:
    """Does the phrase of the time word at ``k`` say how long before it was ("two weeks
    after", "a month ago", "last week", "as a child")?"""
    if k > 0 and folded[k - 1] in _UNITS:
        return True
    for n in range(k + 1, end):
        if folded[n] == "ago" or (folded[n] == "last" and n + 1 < end
                                  and folded[n + 1] in _LAST_THINGS):
            return True
    return distant_past(folded, k, end)


def _before_now(folded: Sequence[str], start: int, end: int) -> Preceding | None:
    """A clause with a past time and a passing illness before "now" ("I had glandular
    fever last year and now I'm tired", "I had a cold last week and now my chest hurts", "he
    had a cold recently and now ...", "I had flu two weeks ago and since then ..."): the
    clause, or None. Other past troubles before "now" ("last year I lost the sight of one
    eye, and now my legs are numb") are kept: an earlier episode of the complaint is part of
    it."""
    for k in range(start, end):
        if not (k > start and _now_here(folded, k, end)):
            continue
        # A fever or a cough last week or recently may be the complaint's own start (a
        # fever, then a rash): only a passing illness's word is set aside with those times.
        dated = (distant_past(folded, start, k) or _ago(folded, start, k)
                 or _last_time(folded, start, k, _LAST_LONG))
        recent = _last_time(folded, start, k, _LAST_RECENT) or _had_recently(folded, start, k)
        if (dated or recent) and _names_illness(folded[start:k], dated):
            cut = k - 1 if folded[k - 1] in {"and", "but", ",", "so"} else k
            return Preceding(start, cut, True)
    return None


def _now_here(folded: Sequence[str], k: int, end: int) -> bool:
    """Does the word at ``k`` open the clause of the present ("now", "currently", "since
    then": h-lay16)?"""
    return folded[k] in _NOW or (folded[k] == "since" and k + 1 < end
                                 and folded[k + 1] == "then")


def _ago(folded: Sequence[str], start: int, end: int) -> bool:
    """Does the clause say how long ago it was ("two weeks ago", "a few days ago", "a few
    weeks back")?"""
    return any(folded[n] in _AGO and folded[n - 1] in _UNITS for n in range(start + 1, end))


# h-lay16 (issue 14): "back" after a time says ago as "ago" does ("a few weeks back").
_AGO = frozenset({"ago", "back"})
# A recent time before ("last week", "last weekend"), and a longer one ("last month", "last
# term"); "last night" or "last time" are left out (the night before may be the complaint's
# own start).
_LAST_RECENT = frozenset({"week", "weekend", "fortnight"})
_LAST_LONG = frozenset({"month", "term", "christmas"})
# Verbs of having an illness in the past ("I had a cold", "she caught flu"): with "recently"
# ("had a cold recently") they place it before; "I've had" may still go on.
_HAD = frozenset({"had", "caught"})
_STILL_HAVING = frozenset({"have", "has", "i've", "ive", "we've", "weve", "he's", "she's",
                           "hes", "shes", "they've", "you've", "still"})


def _last_time(folded: Sequence[str], start: int, end: int, times: frozenset[str]) -> bool:
    """Does the clause say it was "last" one of ``times`` ("last week": h-lay16)?"""
    return any(folded[n] == "last" and folded[n + 1] in times for n in range(start, end - 1))


def _had_recently(folded: Sequence[str], start: int, end: int) -> bool:
    """Does the clause say the illness was had recently ("my son had a cold recently",
    "I recently had the flu") with a verb in the past, not "I've had" (h-lay16)?"""
    recent = any(folded[n] in {"recently", "lately"} for n in range(start, min(end + 1,
                                                                              len(folded))))
    return recent and any(folded[n] in _HAD and (n == start or folded[n - 1] not in
                                                 _STILL_HAVING)
                          for n in range(start, end))


def _used_to(folded: Sequence[str], start: int, end: int) -> Preceding | None:
    """The clause of "used to" with a verb of having ("I used to get migraines but now
    ..."), or None when the sentence says it is still so; "more than I used to" compares."""
    for k in range(start, end - 2):
        if folded[k] == "used" and folded[k + 1] == "to" and folded[k + 2] in _HAVING:
            n = k + 2
            while (n < end and folded[n] not in _USED_TO_ENDS
                   and folded[n] not in {",", ";", "and"}):
                n += 1
            if _STILL.intersection(folded[k:end]):
                return None
            return Preceding(k, n, True)
    return None


# h-age10 (issue 14): a pregnancy before the present one ("in my last pregnancy I had
# gestational diabetes", "I lost my last baby at 10 weeks", "I miscarried at 8 weeks last time",
# "when I was pregnant with my son I had ..."): its weeks are no gestation now (text/gestation.py)
# and its word no pregnancy now, and what it held is history, weighed as known.
# "Pregnancy" after one of these words within two, or "miscarried", or a miscarriage, a lost
# baby or a stillbirth after a verb of having or losing, or "pregnant" after "when/while I
# was".
_EARLIER = frozenset({"last", "previous", "prior", "earlier", "past", "other", "former",
                      "older"})
_PREGNANCY = frozenset({"pregnancy", "pregnancies"})
_MISCARRIED = frozenset({"miscarried", "stillbirth", "stillbirths", "stillborn"})
_LOSS_NOUNS = frozenset({"miscarriage", "miscarriages", "baby", "pregnancy", "babies",
                         "pregnancies"})
_LOSS_VERBS = frozenset({"had", "lost", "suffered"})
_WHEN_PAST = frozenset({"when", "while", "time", "whilst"})
_PAST_SUBJECTS = frozenset({"i", "she", "we"})
_PAST_BE = frozenset({"was", "were"})
# Where the clause of a past pregnancy ends after its words: a present subject ("I'm", "I
# have", "she is", "now"), a clause joiner or punctuation; and where it begins before them.
_PRESENT_SUBJECTS = frozenset({"i'm", "im", "i've", "ive", "she's", "shes", "we're"})
_PRESENT_VERBS = frozenset({"am", "have", "get", "feel", "keep", "is", "has", "now", "still",
                            "currently", "are"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "but", "now", "however", "currently", "this",
                            "still"})
_JOINS = frozenset({"and", "so"})
# Words that may stand before a past pregnancy's words at the start of its clause ("in my
# last pregnancy, I had ..."): a comma right after them opens the clause they head.
_LEADS = frozenset({"in", "with", "during", "my", "her", "our", "the", "both", "all", "of",
                    "throughout", "through", "on", "at", "for"})


def _past_pregnancy_words(folded: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
    """The (first, last + 1) positions of the first words of a past pregnancy in the sentence
    ``start``-``end``, or None."""
    for k in range(start, end):
        word = folded[k]
        if word in _PREGNANCY and any(folded[j] in _EARLIER for j in range(max(start, k - 2), k)):
            return k - 1, k + 1
        if word in _MISCARRIED:
            return k, k + 1
        if word in _LOSS_NOUNS and any(folded[j] in _LOSS_VERBS
                                       for j in range(max(start, k - 3), k)):
            if word in ("baby", "babies", "pregnancy", "pregnancies") and not any(
                    folded[j] == "lost" for j in range(max(start, k - 3), k)):
                continue  # "I had a baby" is a birth, "had my last pregnancy" says nothing
            return max(start, k - 1), k + 1
        if (word == "pregnant" and k >= start + 3 and folded[k - 1] in _PAST_BE
                and folded[k - 2] in _PAST_SUBJECTS and folded[k - 3] in _WHEN_PAST):
            return k - 3, k + 1
    return None


# "last time" or "with my first" said with weeks in its clause in a question that speaks of
# pregnancy ("I'm 30 weeks pregnant, I had pre-eclampsia at 32 weeks last time"): the weeks
# of a pregnancy before; without weeks ("last time I ate I was sick") it says nothing.
_LAST_TIMES = (("last", "time"), ("with", "my", "first"), ("with", "my", "last"),
               ("with", "my", "older"), ("with", "my", "eldest"))
_PREGNANCY_TALK = frozenset({"pregnant", "pregnancy", "pregnancies", "trimester", "midwife",
                             "antenatal", "gestation", "miscarried", "miscarriage"})
_WEEK_WORDS = frozenset({"week", "weeks", "wks", "wk"})
# A clause that says the pregnancy now ("I'm 10 weeks pregnant and the last time I ate ..."):
# its weeks are this pregnancy's.
_NOW_PREGNANT = frozenset({"pregnant", "along", "gone", "trimester"})


def _last_time_words(folded: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
    """The (first, last + 1) positions of "last time" ("with my first") in the sentence
    ``start``-``end`` when weeks stand in its clause, or None."""
    for k in range(start, end):
        for words in _LAST_TIMES:
            if tuple(folded[k:k + len(words)]) != words:
                continue
            first, last = k, k + len(words)
            while first > start and not _breaks(folded, first - 1):
                first -= 1
            n = last
            while n < end and not _breaks(folded, n):
                n += 1
            clause = folded[first:n]
            if _WEEK_WORDS.intersection(clause) and not _NOW_PREGNANT.intersection(clause):
                return k, k + len(words)
    return None


def past_pregnancy_spans(folded: Sequence[str]) -> list[tuple[int, int]]:
    """The token ranges (start, end) of ``folded``, the question's lower-cased tokens, that
    speak of a pregnancy before the present one (h-age10): the clause of its words, from the
    clause's start to a present subject ("I'm", "now"), a comma (but one right after a
    heading "in my last pregnancy,") or the end of the sentence."""
    spans: list[tuple[int, int]] = []
    talk = bool(_PREGNANCY_TALK.intersection(folded))
    for start, end in _sentence_bounds(folded):
        said = _past_pregnancy_words(folded, start, end)
        if said is None and talk:
            said = _last_time_words(folded, start, end)
        if said is None:
            continue
        first, last = said
        while first > start and not _breaks(folded, first - 1):
            first -= 1
        # Not the words of the pregnancy now before them ("I'm 8 weeks pregnant and
        # miscarried at 9 weeks last time").
        now = [j for j in range(first, said[0]) if folded[j] in _NOW_PREGNANT
               and not (j > 0 and folded[j - 1] in _PAST_BE)]
        first = now[-1] + 1 if now else first
        n = last
        if (n < end and folded[n] == ","
                and all(folded[j] in _LEADS or j >= said[0] for j in range(first, n))):
            n += 1
        while n < end and not _breaks(folded, n):
            n += 1
        spans.append((first, n))
    return spans


def _breaks(folded: Sequence[str], k: int) -> bool:
    """Does the token at ``k`` start a new clause (a comma, "but", "now", a present subject,
    "and" before a subject)?"""
    word = folded[k]
    after = folded[k + 1] if k + 1 < len(folded) else ""
    return (word in _CLAUSE_BREAKS or word in _PRESENT_SUBJECTS
            or (word in _PAST_SUBJECTS and after in _PRESENT_VERBS)
            or (word in _JOINS and (after in _PRESENT_SUBJECTS or after in _PAST_SUBJECTS
                                    or after in _CLAUSE_BREAKS)))


def _time_ago_start(folded: Sequence[str], start: int, end: int) -> int | None:
    """Where the time of a week or more before the "ago" at ``end`` starts ("3 weeks", "a
    few months", "3/52"), or None."""
    k = end - 1
    if k >= start and folded[k] in _LONG_UNITS:
        k -= 1
        while k >= start and (folded[k].isdigit() or folded[k] in _COUNTS):
            k -= 1
        return k + 1 if k + 1 < end - 1 else None
    if (k - 2 >= start and folded[k] in _LONG_FRACTIONS and folded[k - 1] == "/"
            and folded[k - 2].isdigit()):
        return k - 2
    return None


def _dated_items(folded: Sequence[str], start: int, end: int) -> list[Preceding]:
    """The items of a note's sentence (between commas) that name only a passing illness with a
    time of weeks or more ago ("D&V 3/52 ago"), when the sentence has other items."""
    items: list[tuple[int, int]] = []
    first = start
    for k in range(start, end + 1):
        if k == end or folded[k] in _ITEM_BREAKS:
            if k > first:
                items.append((first, k))
            first = k + 1
    if len(items) < 2:
        return []
    found = []
    for a, b in items:
        if folded[b - 1] != "ago":
            continue
        time = _time_ago_start(folded, a, b - 1)
        if time is None or time == a:
            continue
        words = [_ILLNESS_LETTERS.get(w, w) if len(folded[a:time]) > 1 else w
                 for w in folded[a:time]]
        if (all(w in ILLNESS_WORDS or w in _ILLNESS_WHEN_DATED or w in _ITEM_FILLERS
                for w in words) and _names_illness(words, True)):
            found.append(Preceding(a, b, True))
    return found


# h-lay16 (issue 14): getting over an illness says it came first, as "after" does ("I'm just
# getting over a cold and now my ear hurts", "recovering from flu"): the last word of each
# pair stands for the time word.
_GETTING_OVER = frozenset({("getting", "over"), ("got", "over"), ("get", "over"),
                           ("recovering", "from"), ("recovered", "from")})


def _getting_over(folded: Sequence[str], k: int) -> bool:
    """Is the word at ``k`` the end of a verb of getting over ("getting over", "recovering
    from")?"""
    return k > 0 and (folded[k - 1], folded[k]) in _GETTING_OVER


def preceding_spans(folded: Sequence[str]) -> list[Preceding]:
    """The token ranges of ``folded``, the question's lower-cased tokens, that speak of an
    illness or a trouble before the complaint (see the module's doc)."""
    spans: list[Preceding] = []
    for start, end in _sentence_bounds(folded):
        for k in range(start, end):
            if folded[k] in TIME_WORDS or _getting_over(folded, k):
                span = _after_time_word(folded, k, end)
                if span is not None:
                    spans.append(span)
        for span in (_before_now(folded, start, end), _used_to(folded, start, end)):
            if span is not None:
                spans.append(span)
        spans.extend(_dated_items(folded, start, end))
    spans.extend(Preceding(start, end, False) for start, end in past_pregnancy_spans(folded))
    return spans
