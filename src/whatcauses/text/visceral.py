"""A burning pain of the gut is the gut's pain, no nerve pain.

"Burning pain" said of the skin or the feet is the burning of a nerve's pain (lay_terms.yaml:
Neuralgia | Paresthesia, the pain of shingles or of a diabetic neuropathy). Said of the belly
("burning abdominal pain", "a burning pain high up in my stomach", "a burning pain in my
tummy") it is a quality of the organ's own pain, the epigastric burning of dyspepsia or an
ulcer (HPO's Dyspepsia: "epigastric pain and epigastric burning"), and the nerve readings are
left out: the abdominal pain read with it stays. Only at the belly (HPO's Abdominal pain and
Epigastric pain, siblings under Pain, and the terms below them); a burning in the chest has
curated phrases of its own (heartburn), a burning strip across the ribs stays a nerve's
(shingles), and so does a burning of the pelvis or the vulva (vulvodynia).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from whatcauses.knowledge.ontology import Ontology
from whatcauses.text.interpretation import RecognizedFinding

# HPO's Abdominal pain and Epigastric pain: the pains of the belly a burning may be the
# quality of.
BELLY_PAINS = ("HP:0002027", "HP:0410019")
# The nerve-pain readings of a burning (lay_terms.yaml "burning pain": Neuralgia |
# Paresthesia).
NERVE_PAIN = frozenset({"HP:0033345", "HP:0003401"})


def _abdominal(ontology: Ontology, ids: Sequence[str]) -> bool:
    """Is any of these terms a pain of the belly (``BELLY_PAINS`` or a term below one)?"""
    return any(ontology.any_under(top, ids) for top in BELLY_PAINS)


def visceral_burning(ontology: Ontology, text: str,
                     findings: Sequence[RecognizedFinding]) -> list[RecognizedFinding]:
    """The findings without the nerve readings of a burning said of an abdominal pain: in its
    own OR-group ("a burning pain in my tummy": Abdominal pain | Neuralgia | Paresthesia), or
    as the word right before it ("burning abdominal pain", read as "burning" and "abdominal
    pain"), which is then no finding of its own. Denied or someone else's findings are left
    as they are."""
    out: list[RecognizedFinding] = []
    for finding in findings:
        nerve = NERVE_PAIN.intersection(finding.ids)
        if not nerve or finding.negated or finding.relative is not None:
            out.append(finding)
            continue
        rest = tuple(i for i in finding.ids if i not in NERVE_PAIN)
        said_of = rest and _abdominal(ontology, rest)
        if not said_of:
            nxt = min((f for f in findings if f.start >= finding.end),
                      key=lambda f: f.start, default=None)
            said_of = (nxt is not None and not nxt.negated
                       and not text[finding.end:nxt.start].strip()
                       and _abdominal(ontology, nxt.ids))
        if not said_of:
            out.append(finding)
        elif rest:
            out.append(replace(finding, ids=rest, labels=tuple(
                label for i, label in zip(finding.ids, finding.labels, strict=True)
                if i in rest)))
    return out
