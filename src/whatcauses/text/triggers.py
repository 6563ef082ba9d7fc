"""Words that say when or why a finding happens, read as findings of their own.

Two kinds, both said of another finding in the same sentence:

* a trigger clause, "when I run or jump", "if she bends over", "every time I cough": the
  activities after "when I" bring the finding on ("my knee hurts when I jump" is knee pain on
  jumping, not the behaviour HPO calls Jumping). A one-word finding in the verb place of such
  a clause (:func:`activity_slots`), after another finding of the sentence, is a
  circumstance of that one ("when she has a fever" keeps its fever);
* a finding that wakes the person, "the pain wakes me at night", "itching that keeps me
  awake": the waking times the first finding (it is nocturnal); it is no insomnia of its own.
  HPO has no term for "pain at night" beside its Nocturnal modifier, so the waking is read as
  context only.

A trigger with nothing before it ("when I stand up I get dizzy") times what follows; its
findings are left as they are (the pattern is rare and "when I pee it burns" needs both).
"""

from __future__ import annotations

from collections.abc import Sequence

from whatcauses.text.normalize import SENTENCE_ENDS, Token

# Words that open a trigger clause when a subject follows them.
_TRIGGERS = frozenset({"when", "whenever", "if", "while", "everytime"})
# "every time I ..." opens one too.
_EVERY_TIME = ("every", "time")
_SUBJECTS = frozenset({"i", "he", "she", "they", "we", "you", "i'm", "im", "he's", "she's",
                       "hes", "shes", "they're", "we're", "you're"})
# Punctuation that ends a trigger clause.
_ENDS = frozenset(".,;:!?()")
# What follows the word after a comma in a list of activities.
_LIST_JOINS = frozenset({",", "and", "or"})
# A waking verb with its object ("wakes me", "kept her awake").
_WAKING = frozenset({"wake", "wakes", "woke", "waking", "wakening", "keep", "keeps", "kept",
                     "keeping"})
_OBJECTS = frozenset({"me", "him", "her", "us", "them"})


def trigger_clauses(tokens: Sequence[Token], breaks: frozenset[str]) -> list[range]:
    """The token ranges of the trigger clauses ("when I run or jump"): from the trigger word
    to the end of the clause (punctuation, or one of ``breaks``: "but", "although")."""
    found: list[range] = []
    n = 0
    while n < len(tokens):
        word = tokens[n].folded
        after = n + 1
        if (word == _EVERY_TIME[0] and after < len(tokens)
                and tokens[after].folded == _EVERY_TIME[1]):
            after += 1
        elif word not in _TRIGGERS:
            n += 1
            continue
        if after >= len(tokens) or tokens[after].folded not in _SUBJECTS:
            n += 1
            continue
        end = after + 1
        while end < len(tokens) and tokens[end].folded not in breaks:
            if tokens[end].folded in _ENDS and not (end == after + 2
                                                    and _lists_on(tokens, end)):
                break
            if _new_subject(tokens, end, after):
                break
            end += 1
        found.append(range(n, end))
        n = end
    return found


def _new_subject(tokens: Sequence[Token], here: int, subject: int) -> bool:
    """h-lay17 (issue 14): does a subject pronoun at ``here`` open the main clause after a
    trigger clause written without its comma ("every time i have milk i get bloated and
    windy")? Not one right after "and"/"or" ("when I run or I jump" goes on), nor the
    trigger's own subject."""
    return (here > subject + 1 and tokens[here].folded in _SUBJECTS
            and tokens[here - 1].folded not in _LIST_JOINS)


def _lists_on(tokens: Sequence[Token], comma: int) -> bool:
    """Does the clause go on past a comma as a list of activities ("whenever I cough,
    sneeze or laugh", "when I run, jump, or climb"): one word after the comma, then another
    comma or "and"/"or"? Only asked of a comma right after the first activity."""
    return (tokens[comma].folded == "," and comma + 2 < len(tokens)
            and tokens[comma + 1].is_word
            and tokens[comma + 2].folded in _LIST_JOINS)


def activity_slots(tokens: Sequence[Token], clauses: Sequence[range],
                   coordinators: frozenset[str]) -> frozenset[int]:
    """The places of the activity verbs of trigger clauses: right after the subject ("when I
    *jump*") and right after "and"/"or" in the clause ("when I run or *jump*"). A one-word
    finding there is an activity; one further on is not ("when she has a fever")."""
    slots: set[int] = set()
    for clause in clauses:
        subject = next(k for k in clause if tokens[k].folded in _SUBJECTS)
        slots.add(subject + 1)
        slots.update(k + 1 for k in clause
                     if tokens[k].folded in coordinators or tokens[k].folded == ",")
    return frozenset(slots)


def wakes_someone(tokens: Sequence[Token], positions: Sequence[int]) -> bool:
    """True when a finding's words say it wakes someone ("wakes me at night", "keeps him
    awake"): a waking verb with an object pronoun right after it."""
    return any(tokens[p].folded in _WAKING and p + 1 < len(tokens)
               and tokens[p + 1].folded in _OBJECTS for p in positions)


# h-urgent15: a waking said WITH a complaint ("woke in the night with agony in his testicle",
# "woke up in the night in agony", "woken in the night by chest pain") tells when the
# complaint began, no trouble staying asleep.
_WAKING_WITH = frozenset({"with", "in", "by"})


def wakes_with(tokens: Sequence[Token], positions: Sequence[int], others: Sequence[int]) -> bool:
    """True when a waking's words ("woke in the night") are followed right away by "with",
    "in" or "by" and another finding of the same sentence after it: the waking times it."""
    if not positions or not any(tokens[p].folded in _WAKING for p in positions):
        return False
    after = max(positions) + 1
    if after >= len(tokens) or tokens[after].folded not in _WAKING_WITH:
        return False
    end = after
    while end < len(tokens) and tokens[end].folded not in SENTENCE_ENDS:
        end += 1
    return any(after < o < end for o in others)


def earlier_in_sentence(tokens: Sequence[Token], first: int, others: Sequence[int]) -> bool:
    """True when one of ``others`` (first positions of other findings) lies before ``first``
    in the same sentence."""
    start = first
    while start > 0 and tokens[start - 1].folded not in SENTENCE_ENDS:
        start -= 1
    return any(start <= o < first for o in others)


def waking_words(tokens: Sequence[Token]) -> list[int]:
    """The positions of every waking phrase ("wakes me", "keeps him awake", "woke her up"):
    context, never unrecognised words."""
    found: list[int] = []
    for p in range(len(tokens) - 1):
        if tokens[p].folded in _WAKING and tokens[p + 1].folded in _OBJECTS:
            found.extend((p, p + 1))
            if p + 2 < len(tokens) and tokens[p + 2].folded in ("awake", "up"):
                found.append(p + 2)
    return found
