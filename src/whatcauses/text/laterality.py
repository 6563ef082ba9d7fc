"""Sides that contradict a term: "the right side of my face is weak" is one side.

HPO names many findings in pairs, "Bilateral X" and "Unilateral X", beside the plain "X"
(Bilateral facial palsy, Unilateral facial palsy, Facial palsy). Some of its lay synonyms
keep the side only in a word every phrase key drops ("Weakness of *both* sides of the face"),
so a question that names one side ("the right side of my face is weak") can meet the
bilateral term. When the question's own words say one side and the term says the other, the
term's counterpart of that side is read ("Unilateral facial palsy"); when HPO has none, the
plain finding the two share ("Facial palsy"). A plain finding said of one side is its child
named with that side when HPO has one ("my left eyelid droops": Unilateral ptosis); the side
words are the asker's own, so the narrower term is read alone. The rule has no list of
findings: it reads the term names and the side words of body_sites.yaml.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from whatcauses.knowledge.ontology import Ontology

# The two sides of a pair, as HPO begins its term names with them.
_PREFIXES = {"bilateral": "Bilateral ", "unilateral": "Unilateral "}
_OTHER = {"bilateral": "unilateral", "unilateral": "bilateral"}
# Each names one side; together they name both ("my left and right knees").
_EITHER_SIDE = frozenset({"left", "right"})


def said_side(words: Collection[str], sides: Mapping[tuple[str, ...], str]) -> str | None:
    """The one side (bilateral or unilateral) the single-word side words among ``words``
    say ("left and right" together say both), or ``None`` when they say none or disagree."""
    said = {sides[(w,)] for w in words if (w,) in sides}
    if set(words) >= _EITHER_SIDE:
        said = (said - {"unilateral"}) | {"bilateral"}
    said &= set(_PREFIXES)
    return said.pop() if len(said) == 1 else None


def side_reading(ontology: Ontology, term_id: str, side: str) -> str:
    """The term to read for ``term_id`` when the question says ``side``: a term whose name
    says the other side becomes its counterpart of ``side`` or, without one, its parent
    named as it is without the side word; a term whose name says no side becomes its child
    named with ``side`` when HPO has one; any other term stays."""
    other = _PREFIXES[_OTHER[side]]
    if term_id not in ontology:
        return term_id
    name = ontology.name(term_id)
    if not name.startswith(other):
        if name.startswith(tuple(_PREFIXES.values())):
            return term_id
        # A plain finding said of one side (or both) is its child named with that side,
        # when HPO has one ("my left eyelid droops": Unilateral ptosis).
        narrow = (_PREFIXES[side] + name).casefold()
        for child in ontology.children(ontology.index(term_id)):
            if ontology.names[child].casefold() == narrow:
                return ontology.ids[child]
        return term_id
    rest = name[len(other):]
    wanted = (_PREFIXES[side] + rest).casefold()
    plain = rest.casefold()
    parents = [int(p) for p in ontology.parents(ontology.index(term_id))]
    fallback = None
    for parent in parents:
        if ontology.names[parent].casefold() == plain:
            fallback = ontology.ids[parent]
        for sibling in ontology.children(parent):
            if ontology.names[sibling].casefold() == wanted:
                return ontology.ids[sibling]
    return fallback if fallback is not None else term_id
