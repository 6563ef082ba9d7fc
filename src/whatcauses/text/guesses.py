"""Guesses: the causes a question names as a suspicion or a test, not as the person's finding.

People who post about their troubles often ask back about a cause they fear or were told
about: "could this be arthritis?", "is it a migraine?", "I'm terrified it's a stroke", "my
sister says it's probably anxiety", "the GP thought it was an ear infection", "a blood test for
anaemia". The named thing is what the asker wants weighed, not something they report having;
read as a finding it pulls the answer towards the guess (a migraine for a cluster headache).

A guess is an *opener* followed by optional filler words ("a", "my", "just", "probably") and
then its *head*, the first other word. The reader sets aside a finding whose words begin at a
head; the words stay context, never unrecognised. Openers:

- a question back: "could/can/might/would/is/was" + "it/this/that" (+ "be"): "could it be",
  "is this", "was it", never after a wh-word ("why is it itchy" asks about the finding);
- a fear, belief or report about "it": a verb of fearing, thinking or saying, then "it's",
  "its", "it is" or "it was", then a naming word ("worried it's a", "says its probably",
  "thought it was an"): "I think it's swollen" reports what the person sees;
- a test: "test(s)/tested/checked/screened/screening" + "for" ("a blood test for anaemia",
  "checked me for diabetes").
"""

from __future__ import annotations

from collections.abc import Sequence

_ASKING = frozenset({"could", "can", "might", "would", "is", "was", "may"})
_IT = frozenset({"it", "this", "that"})
_COPULAS = frozenset({"is", "was"})
_WH = frozenset({"why", "how", "what", "when", "where", "which", "who"})
# Fillers that make "it's X" a naming of X ("worried it's a stroke", "says its probably
# anxiety"): without one, "I think it's swollen" reports what the person sees.
_NAMING = frozenset({"a", "an", "the", "my", "his", "her", "their", "our", "probably",
                     "possibly", "maybe", "perhaps", "likely", "some", "something", "just"})
# Verbs after which "it's X" is a fear, belief or someone's word rather than a report.
_BELIEVING = frozenset({
    "terrified", "worried", "scared", "afraid", "frightened", "concerned", "fear", "feared",
    "think", "thinks", "thought", "wonder", "wondering", "wondered", "hope", "hoping",
    "sure", "convinced", "suspect", "suspected", "says", "said", "say", "reckons", "reckoned",
    "told", "tells", "insists", "believes", "believe", "guess", "guessed", "assumed", "assume",
})
# "it's" as one token or two ("it is", "it was").
_ITS = frozenset({"it's", "its", "it’s"})
_IS = frozenset({"is", "was", "s"})
# The object of a believing verb may stand between it and "it's" ("told me it's").
_OBJECTS = frozenset({"me", "us", "him", "her", "them", "that"})
_TESTING = frozenset({"test", "tests", "tested", "testing", "checked", "check", "checking",
                      "screened", "screen", "screening", "scan", "scanned", "bloods"})
_FOR = "for"
# Words between an opener and its head.
_FILLERS = frozenset({"a", "an", "the", "my", "his", "her", "their", "our", "just", "probably",
                      "possibly", "maybe", "perhaps", "likely", "some", "sort", "kind", "of",
                      "be", "me", "him", "them", "us", "really", "actually", "only", "something",
                      "like", "to", "do", "with", "related", "due", "anything"})
# At most this many fillers between an opener and its head.
_MAX_FILLERS = 4


def _asking_opener(folded: Sequence[str], i: int) -> tuple[int, bool] | None:
    """The position after a question back starting at ``i`` ("could it be", "is it"), and
    whether a filler must follow; or None.

    A modal needs "be" ("could it be", never "could this rash spread"); "is this" and "is
    that" need a filler before the head ("is this a migraine"), since "is this rash
    serious?" speaks of the person's own rash."""
    if folded[i] not in _ASKING or i + 1 >= len(folded) or folded[i + 1] not in _IT:
        return None
    if i > 0 and folded[i - 1] in _WH:  # "why is it itchy": a question about the finding
        return None
    if folded[i] in _COPULAS:
        return i + 2, folded[i + 1] != "it"
    if i + 2 < len(folded) and folded[i + 2] == "be":
        return i + 3, False
    return None


def _believing_opener(folded: Sequence[str], i: int) -> int | None:
    """The position after "worried it's" / "thought it was" starting at ``i``, or None."""
    if folded[i] not in _BELIEVING:
        return None
    j = i + 1
    if j < len(folded) and folded[j] in _OBJECTS:
        j += 1
    if j < len(folded) and folded[j] in _ITS:
        return j + 1
    if j + 1 < len(folded) and folded[j] == "it" and folded[j + 1] in _IS:
        return j + 2
    return None


def _testing_opener(folded: Sequence[str], i: int) -> int | None:
    """The position after "test for" / "checked me for" starting at ``i``, or None."""
    if folded[i] not in _TESTING:
        return None
    for j in range(i + 1, min(i + 3, len(folded))):
        if folded[j] == _FOR:
            return j + 1
        if folded[j] not in _OBJECTS:
            return None
    return None


def guess_heads(folded: Sequence[str]) -> list[int]:
    """The token positions (of ``folded``, the question's lower-cased tokens) where a guessed
    cause begins: the first word after an opener and its fillers."""
    heads: list[int] = []
    for i in range(len(folded)):
        asking = _asking_opener(folded, i)
        believing = _believing_opener(folded, i)
        after, needs_filler = asking if asking is not None else (
            believing, True) if believing is not None else (_testing_opener(folded, i), False)
        if after is None:
            continue
        j = after
        while j < len(folded) and j - after < _MAX_FILLERS and folded[j] in _FILLERS:
            j += 1
        if needs_filler and not _NAMING.intersection(folded[after:j]):
            continue
        if j < len(folded) and folded[j][:1].isalnum():
            heads.append(j)
    return heads
