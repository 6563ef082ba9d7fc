"""What a denial of an ambiguous word denies: the readings that carry the denied sense, never
a finding the question says is there.

A lay word the lexicon reads as an OR-group ("sore" said of an eye: Ocular pain |
Conjunctivitis; "swollen" said of a joint: Joint swelling | Arthritis) names one thing, and
the group holds what else the asker may mean by it. Denied ("my eye doesn't hurt", "my knees
aren't swollen") it says that thing is absent, not every reading: a painless red eye is
conjunctivitis as often as not, and knees that are not swollen may still be arthritic. The
denied sense is what the finding's own words mean alone ("hurt", "sore", "painful": Pain;
"swollen": Edema; "itchy": Pruritus); the readings of the group at or below one of those
terms carry it, and only they stay denied. A group none of whose readings lies below such a
sense (a word whose own reading is the group: "no rash", "no dizziness") stays whole.

A denial never takes back what the question asserts. A term read as present, or a more
specific term read as present, is not also denied ("no pain when I pee but it burns": Dysuria
present, not excluded; "a painless lump, my knee hurts": Pain not excluded while Knee pain
is present), nor is a term every reading of a present OR-group lies below ("my knee hurts":
Knee pain | Arthralgia, both pains). The readings of a denied OR-group also give way to the
readings of a present OR-group, both being guesses at what the asker means ("my eye is red,
it doesn't hurt": no reading of the denial may exclude the Conjunctival hyperemia of Red eye |
Conjunctival hyperemia). A single denied term that a present OR-group holds as one reading
stays denied: the denial is the word's literal sense ("painful red eye, no discharge"), the
group's reading one guess. A denial of a term narrower than a present one is kept ("it's
painful, no chest pain": some pain, not in the chest).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from whatcauses.knowledge.ontology import Ontology
from whatcauses.text.interpretation import RecognizedFinding
from whatcauses.text.lexicon import Lexicon
from whatcauses.text.normalize import phrase_key

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def word_senses(lexicon: Lexicon, text: str) -> set[str]:
    """The terms each word of ``text`` reads as alone ("knees aren't swollen": Edema from
    "swollen"), findings only."""
    senses: set[str] = set()
    for word in _WORD.findall(text):
        key = phrase_key(word)
        entry = lexicon.lookup(key) if key else None
        if entry is not None and entry.kind == "finding":
            senses.update(entry.ids)
    return senses


def _under(ontology: Ontology, top: str, term: str) -> bool:
    """Is ``term`` the term ``top`` or below it (ids the ontology lacks: only when equal)?"""
    return top == term or ontology.any_under(top, (term,))


def denied_senses(ontology: Ontology, lexicon: Lexicon,
                  findings: Sequence[RecognizedFinding]) -> list[RecognizedFinding]:
    """The findings with each denied OR-group narrowed to the readings of its words' own
    sense, and without the denied readings the question asserts (module docstring). A denial
    left with no reading is dropped. Someone else's findings, and denials of them, are left
    as they are."""
    own_present = [f for f in findings
                   if not f.negated and not f.queried and f.relative is None]
    asserted = [i for f in own_present if not f.is_group for i in f.ids]
    groups = [f.ids for f in own_present if f.is_group]
    guessed = [i for ids in groups for i in ids]
    out: list[RecognizedFinding] = []
    for finding in findings:
        if not finding.negated or finding.relative is not None:
            out.append(finding)
            continue
        ids = finding.ids
        senses = word_senses(lexicon, finding.text)
        carried = tuple(i for i in ids if any(_under(ontology, s, i) for s in senses))
        if carried and len(ids) > 1:
            ids = carried
        elif (not carried and senses and finding.source == "site"
              and len(_WORD.findall(finding.text)) == 1
              and all(i in ontology for i in senses)):
            # One denied word whose site-composed readings all lost its sense ("my gums
            # bleed but they don't hurt": Gingivitis, the lay reading of sore gums): the
            # word's own sense is what is denied. Only a site's reading: "I haven't got a
            # cold" denies the Rhinitis its curated reading says, no Coldness.
            ids = tuple(sorted(senses))
        said = [*asserted, *(guessed if len(ids) > 1 else ())]
        ids = tuple(i for i in ids if not any(_under(ontology, i, s) for s in said)
                    and not any(all(_under(ontology, i, g) for g in group) for group in groups))
        if not ids:
            continue
        if ids == finding.ids:
            out.append(finding)
            continue
        labels = dict(zip(finding.ids, finding.labels, strict=True))
        out.append(replace(finding, ids=ids, labels=tuple(
            labels[i] if i in labels else ontology.name(i) for i in ids)))
    return out
