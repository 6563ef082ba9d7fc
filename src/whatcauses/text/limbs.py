"""Which limbs a weakness or a paralysis takes: one side, both legs or all four.

Clinical words name the pattern, not the limbs: an arm and a leg on one side is hemi-
(Hemiparesis, Hemiplegia), both legs para- (Paraparesis, Paraplegia), all four limbs tetra-
(Tetraparesis, Tetraplegia). HPO files these three patterns under neither Muscle weakness
nor Paralysis, so no site composition reaches them from the lay words ("weakness in my right
arm and leg" met Limb muscle weakness, and "paralysis of my right arm and leg" met the
curated "paralysis of the legs": Paraplegia). The limbs and side words of the question
decide the pattern here; the kind (weakness or paralysis) is the finding's own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from whatcauses.knowledge.ontology import Ontology

Pattern = Literal["hemi", "para", "tetra"]
Kind = Literal["paresis", "plegia"]

MUSCLE_WEAKNESS, PARALYSIS = "HP:0001324", "HP:0003470"
# The six pattern terms and the pattern and kind each says (HPO names them so).
PATTERN_TERMS: dict[tuple[Pattern, Kind], str] = {
    ("hemi", "paresis"): "HP:0001269",  # Hemiparesis
    ("hemi", "plegia"): "HP:0002301",  # Hemiplegia
    ("para", "paresis"): "HP:0002385",  # Paraparesis
    ("para", "plegia"): "HP:0010550",  # Paraplegia
    ("tetra", "paresis"): "HP:0002273",  # Tetraparesis
    ("tetra", "plegia"): "HP:0002445",  # Tetraplegia
}
# The terms under which every paralysis or weakness falls, and the kind each says.
_KIND_ROOTS: tuple[tuple[str, Kind], ...] = ((PARALYSIS, "plegia"), (MUSCLE_WEAKNESS, "paresis"))
# An episodic weakness or paralysis (Periodic paralysis, "Episodes of muscle weakness";
# Episodic flaccid weakness) names a course in time, not the limbs it takes: the episodes
# strike the limbs, so "attacks of weakness in his legs" stays Periodic paralysis and never
# becomes Paraplegia, a lasting paralysis of both legs.
_EPISODIC_ROOTS = ("HP:0003768", "HP:0003752")
_KIND_OF_PATTERN_TERM = {term: kind for (_, kind), term in PATTERN_TERMS.items()}
_PATTERN_OF_TERM = {term: pattern for (pattern, _), term in PATTERN_TERMS.items()}
# Lay limb words: upper or lower limb, and one limb or the pair.
_LIMBS: dict[str, tuple[Literal["upper", "lower"], bool]] = {
    "arm": ("upper", False), "arms": ("upper", True),
    "leg": ("lower", False), "legs": ("lower", True),
}
# Words that say one side of the body ("my right arm and leg", "down one side").
_ONE_SIDE = frozenset({"left", "right", "one"})
# Words that say both sides or all limbs ("both legs", "all four limbs").
_ALL = frozenset({"both", "all", "four"})
# Words for a side of the body ("my left side went weak").
_SIDES = frozenset({"side", "sided"})
# Words that say every limb at once.
_ALL_LIMBS = frozenset({"limbs", "extremities"})


# h-lay11: a limb joined right after a finding's words ("I can't lift my arms *or legs*",
# "my arms went weak *and my legs*") is a limb of that finding, when the lexicon's phrase took
# the first limb only.
_JOINED_LIMB = re.compile(
    r"^\s*(?:,\s*)?(?:and|or|&)\s+(?:(?:my|his|her|their|the|both|also)\s+)?(arms?|legs?)\b")


def joined_limb(text_after: str) -> str | None:
    """The limb word joined by "and"/"or" at the start of ``text_after`` (lower-cased), the
    text right after a finding's words: "legs" of " or legs for hours"."""
    m = _JOINED_LIMB.match(text_after)
    return m.group(1) if m else None


@dataclass(frozen=True, slots=True)
class LimbWords:
    """The limbs and sides the words of one finding name."""

    upper: bool
    lower: bool
    paired: bool  # a plural limb word ("legs") or "both"
    one_side: bool
    every_limb: bool  # "all four limbs", "arms and legs" both plural
    # One side of the body itself ("her left side went weak", "my right side of my body"),
    # not the side of a part ("the left side of my face").
    body_side: bool = False


def limb_words(words: Sequence[str], parts: Collection[str] = ()) -> LimbWords:
    """The limbs and sides ``words`` (folded) name. ``parts``: those of ``words`` that name
    a body part; one that is no limb takes the side ("drooping of the face on one side" is
    one side of the face, not of the body)."""
    upper = lower = paired = False
    for word in words:
        if word in _LIMBS:
            where, plural = _LIMBS[word]
            upper |= where == "upper"
            lower |= where == "lower"
            paired |= plural
    one_side = bool(_ONE_SIDE & set(words)) and not {"left", "right"} <= set(words)
    every = (bool(_ALL_LIMBS & set(words)) and "four" in words) or (
        "arms" in words and "legs" in words)
    own_part = any(w in parts and w not in _LIMBS for w in words)
    body_side = one_side and not own_part and any(
        word in _SIDES and (k + 1 == len(words) or words[k + 1] != "of"
                            or "body" in words[k + 1:k + 4])
        for k, word in enumerate(words))
    return LimbWords(upper, lower, paired or bool(_ALL & set(words)), one_side, every,
                     body_side)


def pattern_of(limbs: LimbWords) -> Pattern | None:
    """The pattern the limbs say: an arm and a leg on one side (or one of each, as "my arm
    and leg"), or one side of the body, is hemi-, every limb tetra-, both legs alone para-;
    else none."""
    if limbs.body_side and not (limbs.upper ^ limbs.lower):
        return "hemi"
    if limbs.every_limb and not limbs.one_side:
        return "tetra"
    if limbs.upper and limbs.lower:
        if limbs.one_side or not limbs.paired:
            return "hemi"
        return "tetra" if not limbs.one_side else None
    if limbs.lower and not limbs.upper and limbs.paired and not limbs.one_side:
        return "para"
    return None


def kind_of(ontology: Ontology, term_id: str) -> Kind | None:
    """Weakness (paresis) or paralysis (plegia), when the term is one of them."""
    if term_id in _KIND_OF_PATTERN_TERM:
        return _KIND_OF_PATTERN_TERM[term_id]
    if term_id not in ontology:
        return None
    index = ontology.index(term_id)
    for root, kind in _KIND_ROOTS:
        if root in ontology and (
                term_id == root or ontology.is_ancestor(ontology.index(root), index)):
            return kind
    return None


def limb_reading(ontology: Ontology, ids: Sequence[str], words: Sequence[str],
                 parts: Collection[str] = ()) -> tuple[str, ...] | None:
    """The reading of a weakness or paralysis (``ids``) said of the limbs in ``words``: its
    pattern term when the limbs say one ("weakness in my right arm and leg": Hemiparesis);
    a pattern term the limbs contradict ("paralysis of my right leg" read as Paraplegia)
    becomes the plain finding (Paralysis, Lower limb muscle weakness is left to the site
    reader). ``parts``: the words among ``words`` that name a body part (``limb_words``).
    ``None`` when nothing changes."""
    if any(ontology.any_under(root, ids) for root in _EPISODIC_ROOTS):
        return None
    kinds = {kind_of(ontology, i) for i in ids}
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    limbs = limb_words(words, parts)
    if kind is None:
        # An OR-group of both kinds ("Paraplegia | Paraparesis") reads as its first term, as
        # does a lay weakness said of one side of the body ("her left side went weak": the
        # readings of "weak" are of several kinds).
        kind = kind_of(ontology, ids[0]) if ids else None
        if kind is None or not (all(i in _PATTERN_OF_TERM for i in ids) or limbs.body_side):
            return None
    if not (limbs.upper or limbs.lower or limbs.every_limb or limbs.body_side):
        return None
    said = {_PATTERN_OF_TERM[i] for i in ids if i in _PATTERN_OF_TERM}
    pattern = pattern_of(limbs)
    # A plain weakness takes a pattern only from one side ("weakness in my right arm and
    # leg"): "weak legs" or "weakness in my arms and legs" stay the lay limb terms, which the
    # annotations use far more often than Paraparesis or Tetraparesis. A paralysis, or a
    # pattern term already read, takes the pattern the limbs say.
    if pattern is not None and pattern in said:
        return None
    if pattern is not None and (kind == "plegia" or said or pattern == "hemi"):
        term = PATTERN_TERMS[(pattern, kind)]
        return None if tuple(ids) == (term,) else (term,)
    if said and pattern is None:
        # A pattern the limbs do not say (one leg, one arm): the plain finding.
        return (PARALYSIS,) if kind == "plegia" else (MUSCLE_WEAKNESS,)
    return None
