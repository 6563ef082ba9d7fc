"""A wound that does not heal: a wound-type noun ("a sore", "the cut", "ulcers") with a negated
healing verb after it in the same clause ("that won't heal", "isn't healing", "has not healed"),
across the site words between ("a sore on my shin that won't heal").

The rule is bound to the noun: "won't heal" alone reads nothing (as a lay phrase it read Poor
wound healing beside sores a sentence had already read, h-reader10); the words between
are its site.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

SKIN_ULCER = "HP:0200042"
POOR_WOUND_HEALING = "HP:0001058"
ORAL_ULCER = "HP:0000155"
# Site words that put the sore inside the mouth ("sores in my mouth that won't heal"): an Oral
# ulcer ("Erosion of the mucous membrane of the mouth"), not a skin ulcer.
_MOUTH_SITES = frozenset({"mouth", "tongue", "gum", "gums", "cheek", "palate"})

# An open sore or ulcer is a skin ulcer first; a cut, wound or graze that stays open is
# poor wound healing (HPO term names and definitions).
_NOUNS: dict[str, tuple[str, ...]] = {
    "sore": (SKIN_ULCER, POOR_WOUND_HEALING), "sores": (SKIN_ULCER, POOR_WOUND_HEALING),
    "ulcer": (SKIN_ULCER, POOR_WOUND_HEALING), "ulcers": (SKIN_ULCER, POOR_WOUND_HEALING),
    "cut": (POOR_WOUND_HEALING,), "cuts": (POOR_WOUND_HEALING,),
    "wound": (POOR_WOUND_HEALING,), "wounds": (POOR_WOUND_HEALING,),
    "graze": (POOR_WOUND_HEALING,), "grazes": (POOR_WOUND_HEALING,),
    # h-misses2: a spot or scab of the skin that does not heal is an open sore too, "a sore
    # or spot that does not heal" (NHS, non-melanoma skin cancer: "a lump or patch on the
    # skin that does not heal after 4 weeks").
    "spot": (SKIN_ULCER, POOR_WOUND_HEALING), "spots": (SKIN_ULCER, POOR_WOUND_HEALING),
    "scab": (SKIN_ULCER, POOR_WOUND_HEALING), "scabs": (SKIN_ULCER, POOR_WOUND_HEALING),
}
# Words that may describe a singular noun between its determiner and it ("a small *shiny*
# spot", "a *red crusty* scab"): at most two (h-misses2).
_DESCRIBING = frozenset({"shiny", "pearly", "red", "pink", "raw", "crusty", "scabby", "tiny",
                         "weeping", "itchy", "painful", "sore", "dark", "flat", "raised",
                         "new", "open", "little", "small", "big", "deep"})
_MAX_DESCRIBING = 2
# Relative words after which "and" goes on with what is said of the noun ("a spot *that*
# bleeds and never heals").
RELATIVES = frozenset({"that", "which"})
# A singular noun must follow one of these, so "sore" and "cut" are nouns here ("a sore",
# "this cut"), never "my arm is sore" or "I cut my finger".
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "my", "one", "his", "her",
                          "their", "our", "your", "little", "small", "open", "big", "deep"})
_NEGATIONS = frozenset({"won't", "wont", "doesn't", "doesnt", "isn't", "isnt", "not", "never",
                        "hasn't", "hasnt", "haven't", "havent", "aren't", "arent", "don't",
                        "dont", "didn't", "didnt", "can't", "cant", "cannot", "wouldn't"})
_BETWEEN_VERB = frozenset({"be", "been", "is", "are", "has", "have", "will", "seem", "seems",
                           "yet", "really", "properly", "still", "quite", "fully"})
_HEAL = frozenset({"heal", "heals", "healing", "healed"})
# Words after the noun before the negation: its site and relative words ("on my left shin
# that"); a longer stretch is another statement.
_REACH = 8
_BREAKS = frozenset({".", ",", ";", "!", "?", "and", "but"})


@dataclass(frozen=True, slots=True)
class HealingHit:
    """A wound that does not heal: its term(s), the noun and the negated verb's positions."""

    ids: tuple[str, ...]
    positions: tuple[int, ...]


def read_healing(words: Sequence[str], clause: Sequence[int],
                 consumed: Collection[int]) -> list[HealingHit]:
    """The not-healing wounds of one clause; ``words`` are folded tokens, ``consumed``
    positions already read are never used."""
    hits: list[HealingHit] = []
    order = list(clause)
    for n, k in enumerate(order):
        ids = _NOUNS.get(words[k])
        if ids is None or k in consumed:
            continue
        if not words[k].endswith("s") and not _determined(words, order, n):
            continue
        # The negation within reach, the verb up to three words past it.
        verb = _negated_heal(words, order[n + 1 : n + 1 + _REACH + 3], consumed)
        if verb is None:
            continue
        if SKIN_ULCER in ids and not _MOUTH_SITES.isdisjoint(
                words[j] for j in range(k + 1, verb[0])):
            ids = tuple(ORAL_ULCER if i == SKIN_ULCER else i for i in ids)
        hits.append(HealingHit(ids, (k, *verb)))
    return hits


def _determined(words: Sequence[str], order: Sequence[int], n: int) -> bool:
    """Does a determiner stand before the noun at ``order[n]``, past at most two describing
    words ("a small shiny spot")?"""
    for back in range(1, _MAX_DESCRIBING + 2):
        if n - back < 0:
            return False
        word = words[order[n - back]]
        if word in _DETERMINERS:
            return True
        if word not in _DESCRIBING:
            return False
    return False


def _negated_heal(words: Sequence[str], after: Sequence[int],
                  consumed: Collection[int]) -> tuple[int, ...] | None:
    """The positions of a negation and the healing verb after it ("won't heal", "isn't
    healing", "has not healed"), or ``None`` when a break comes first."""
    relative = False
    for m, k in enumerate(after):
        relative = relative or words[k] in RELATIVES
        # "and" goes on with what a relative clause says of the noun when the negated verb
        # follows it ("a spot that bleeds *and never heals*"); anywhere else, or before a
        # subject of its own ("... and it won't heal"), it opens another statement.
        goes_on = (words[k] == "and" and relative and m + 1 < len(after)
                   and (words[after[m + 1]] in _NEGATIONS
                        or words[after[m + 1]] in _BETWEEN_VERB))
        if words[k] in _BREAKS and not goes_on:
            return None
        if words[k] not in _NEGATIONS:
            if m + 1 >= _REACH:
                return None
            continue
        for j in after[m + 1 : m + 4]:
            if words[j] in _HEAL and j not in consumed:
                return (k, j)
            if words[j] not in _BETWEEN_VERB:
                return None
        return None
    return None
