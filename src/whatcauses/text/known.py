"""Known conditions: a diagnosis the person says they have as who they are ("I'm a type 1
diabetic", "I'm asthmatic", "as a diabetic", "he's epileptic", "a known diabetic").

Said so, the condition is no new complaint to explain but the background of one: the
question asks what causes the findings beside it ("as a diabetic I get burning feet"). The
reader keeps such a finding marked ``known`` (text/interpretation.py); the ranking weighs it
as a lift of the diseases that list it, never below 1 (rank/ranker.py), never as a finding
every candidate must explain: read as a finding, "type 1
diabetic" put the autoimmune diseases that list Type I diabetes mellitus (celiac disease)
above diabetic ketoacidosis for vomiting and fast breathing.

A known condition is told with a person-noun or adjective of the condition, the words HPO
and lay people form with "-ic" ("diabetic", "asthmatic", "epileptic", "anaemic",
"haemophiliac", "coeliac"), after a word that makes it the person's identity: "I'm (a)",
"I am (a)", "he's (a)", "she is", "as a", "being (a)", "(a) known". A type number may stand
between ("type 1 diabetic", "type II diabetic"). "My diabetic foot", "diabetic neuropathy"
are no such statement: the word is said of a part or a finding there.
"""

from __future__ import annotations

from collections.abc import Sequence

from whatcauses.text.normalize import Token

# Words that make what follows the person's identity.
_IDENTITY = frozenset({"i'm", "im", "he's", "she's", "hes", "shes", "being", "known"})
# Two-word forms: "I am", "he is", "she is", "as a", "as an".
_IDENTITY_PAIRS = frozenset({("i", "am"), ("he", "is"), ("she", "is"), ("as", "a"),
                             ("as", "an")})
_ARTICLES = frozenset({"a", "an"})
_TYPE = frozenset({"type"})
_TYPE_NUMBERS = frozenset({"1", "2", "i", "ii", "one", "two"})
# Endings of a condition's person-noun or adjective ("diabetic", "coeliac").
_ENDINGS = ("ic", "iac")
# Words with those endings that name no condition of the person's ("I'm allergic" is said of
# an allergen; "I'm sick", "I'm frantic", "I'm panicking" are complaints or feelings).
_NOT_CONDITIONS = frozenset({"allergic", "sick", "panic", "frantic", "manic", "hectic",
                             "chronic", "acidic", "toxic", "pregnant", "athletic",
                             "sceptic", "skeptic", "optimistic", "pessimistic", "realistic",
                             "stoic", "psychic", "sympathetic", "energetic", "lethargic",
                             "hysteric", "ecstatic", "enthusiastic", "specific", "basic",
                             "dramatic", "plastic", "public", "music", "magic", "tragic"})


# h-rank3 (issue 14): the identity word may govern a list that ends in the condition word ("I'm
# 58, obese and diabetic", "I'm a smoker and diabetic"): an age, commas and up to
# _LIST_REACH words joined by "and" or a comma stand between them. A body weight said so
# ("I'm obese", "he is overweight") stays a finding: made a known condition too, it lost ten
# dev probe questions (type 2 diabetes in an overweight adult, a slipped capital femoral
# epiphysis in an overweight boy, Prader-Willi syndrome) and gained none.
_LIST_JOINS = frozenset({"and", ","})
_LIST_REACH = 3
_LIST_STOPS = frozenset({".", ";", ":", "!", "?", "(", ")", "but", "my", "with"})


def _before_coordinated(words: Sequence[str], j: int) -> int:
    """The position of the identity word before a list ending at ``j`` ("and" or "," at
    ``j``, a few words before it), else ``j`` unchanged."""
    if j < 1 or words[j] not in _LIST_JOINS:
        return j
    i = j - 1
    while i >= 0 and j - i <= _LIST_REACH + 2:
        word = words[i]
        if word in _IDENTITY or (i >= 1 and (words[i - 1], word) in _IDENTITY_PAIRS):
            return i
        if word in _LIST_STOPS:
            return j
        i -= 1
    return j


def known_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The character spans of the condition words a person says they are ("diabetic" in "I'm
    a type 1 diabetic", with the type words): findings read there are known conditions."""
    words = [t.folded for t in tokens]
    spans: list[tuple[int, int]] = []
    for k, word in enumerate(words):
        if not (word.endswith(_ENDINGS) and word.isalpha() and len(word) > 5
                and word not in _NOT_CONDITIONS):
            continue
        start = k
        j = k - 1
        if j >= 1 and words[j] in _TYPE_NUMBERS and words[j - 1] in _TYPE:
            start = j - 1
            j -= 2
        if j >= 0 and words[j] in _ARTICLES:
            j -= 1
        j = _before_coordinated(words, j)
        if j < 0:
            continue
        said = (words[j] in _IDENTITY
                or (j >= 1 and (words[j - 1], words[j]) in _IDENTITY_PAIRS)
                or (words[j] == "as" and j + 1 < len(words) and words[j + 1] in _ARTICLES))
        # "a known diabetic": "known" before the article or right before the word.
        if said:
            spans.append((tokens[start].start, tokens[k].end))
    return spans


# A carer names the person's known condition in a relative clause ("my mum, who has
# dementia, has suddenly become much more confused", "my son who has asthma is wheezing"):
# "who" and a verb of having, then the words up to the clause's end (h-family4, issue 14).
_WHO = frozenset({"who", "who's", "whos"})
_HAVING = frozenset({"has", "had", "have", "got", "suffers", "suffered", "lives", "living"})
_HAVING_FILLERS = frozenset({"also", "already", "long", "got", "had", "from", "with", "been",
                             "diagnosed", "always"})
_CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "-"})
_CLAUSE_REACH = 6  # words of the condition's name and what comes with it


def described_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The token ranges (first, one past the last) of the words a relative clause says the
    person has ("dementia" in "my mum, who has dementia, ..."): a condition named there is
    the person's known background, not the new complaint; the caller keeps only the words
    that name a disease (text/question.py)."""
    words = [t.folded for t in tokens]
    found = []
    for k, word in enumerate(words):
        if word not in _WHO:
            continue
        j = k + 1
        if word != "who" and j < len(words) and words[j] == "got":
            j += 1  # "who's got"
        elif j < len(words) and words[j] in _HAVING:
            j += 1
        else:
            continue
        while j < len(words) and words[j] in _HAVING_FILLERS:
            j += 1
        end = j
        while (end < len(words) and end - j < _CLAUSE_REACH
               and words[end] not in _CLAUSE_END and words[end] not in ("and", "but")):
            end += 1
        if end > j:
            found.append((j, end))
    return found
