"""Clinical modifiers a question names, weighed against the ones a disease's annotations record.

A question may say when, where or on what a finding comes ("cough worse at night", "a band of
pain on one side", "pain after fatty meals": text/modifiers.py). phenotype.hpoa records a
clinical modifier (HP:0012823) on some annotations (its ``modifier`` column: Triggered by
cold, Unilateral, Episodic, ...), and a condition profile's finding may carry ``modifiers``
from its sources (knowledge/curated/conditions/SCHEMA.md). A disease that records a modifier
the question names, on an annotation related to one of the question's present findings (the
modifier qualifies that complaint, and a lay question seldom names the very term), weighs
``MODIFIER_WEIGHT`` more for each such modifier, at most ``MAX_MODIFIER_WEIGHT`` in
all. The weight goes with the prior, as exposures and the course do (rank/exposures.py,
rank/course.py): it shifts the candidates that explain the findings, it explains nothing
itself.

Related: the annotation's term is the finding, one of its ancestors or descendants (below
HPO's organ-system classes), or the two share a close ancestor, one that heads at most
``CLOSE_ANCESTOR_SIZE`` terms (700, under 4% of the 18,387 phenotypic terms): "Chest pain"
and "Neuralgia" share Pain (87 terms), "Wheezing" and "Cough" Abnormal respiratory system
physiology (643), "Skin rash" and "Skin vesicle" Abnormal skin morphology (628); twitching
("Fasciculations") and "Headache" share only Abnormal nervous system physiology (1,589), and
"Erythema" and "Raynaud phenomenon" only Abnormality of the vasculature (818), so neither
relates. Until h-ranker10 any shared ancestor below the organ systems related two findings, and
"one side of my face keeps twitching" lifted migraine's Unilateral headache (probe_prevlinks:
hemifacial spasm 10th -> 12th).

Only through a finding the disease explains (its likelihood ratio for it above 1, h-ranker13):
"sudden pain between the shoulder blades" lifted dental abscess, strep throat and acute
coronary syndrome, whose jaw, throat and chest pain are recorded as sudden, though none shows
the pain asked about (Pain is their close ancestor). Measured over questions_dev and every dev
probe (3,149 questions): top-1/3/10 unchanged; frozen, CHECK and dev totals unchanged.

A candidate so lifted carries, for each such modifier, the question's words, the finding that
records it, the weight and that record's sources (:func:`modifier_fits`; a profile finding's
sources, or the HPO annotation's references): its evidence, the answer and the page say why it
rose (explain/evidence.py, answer/compose.py).

The question's findings are its present ones and the readings of its OR-groups ("painful
blisters in a band on one side": Abnormal blistering of the skin | Skin vesicle, whose Skin
vesicle shingles records as Dermatomal and Unilateral; h-reader45).

A disease that records no modifier, or another one, is not weighed down: the column is sparse
(about 1,000 of some 270,000 phenotype.hpoa rows, most of them a severity) and a profile gives
modifiers only where its sources name them, so a missing modifier says nothing. Even a
modifier that seems to contradict the question's (an annotation Unilateral, a question "on
both sides") is left alone: a finding usually one-sided may be two-sided in some patients.

Measured (h-ranker9; the profiles' sources name 38 modifiers on 37 findings of 27 profiles):
probe_h-ranker9 top-1/3/10 46.9/59.4/84.4 -> 50.0/65.6/84.4; questions_dev unchanged
(70.5/87.4/95.8); frozen common top-1/3/5 58.0/74.7/77.2 -> 59.3/75.3/77.8, frozen prevalence
and voices unchanged; check voices4 top-1 70.0 -> 71.7, common4 top-3 78.0 -> 80.0,
prevalence3 unchanged; phenopackets unchanged (the rank API names no modifier); 17 other dev
probes none lower, 6 higher (h-reader36, h-person, ranker5, h-profilefix, reader3, reader2).
With 36 modifiers (before atopic eczema's nocturnal itch), a weight of 3 gave the same probe
totals as 2, and 1.5 fewer. Before migraine without aura carried the Unilateral that its
ICHD-3 criteria name, the Unilateral modifier cost check common4 one top-1 (60.0 -> 58.0); the
migraine modifier is sourced, but it was added after that check signal. Before atopic eczema's
itch carried its sourced Nocturnal, "scratches ... at night" put scabies ahead of eczema
(probe_voices3).

A sudden onset (h-urgent3): the reader keeps "sudden", "suddenly", "out of nowhere" as HPO's
Acute, and 42 findings of 29 profiles record it where a sourced statement of the profile says
the finding comes on suddenly (its basis, summary or red flag: testicular torsion's scrotal
pain, subarachnoid haemorrhage's thunderclap headache, a stroke's one-sided weakness and facial
palsy, pulmonary embolism's breathlessness, aortic dissection's chest and back pain, and
non-urgent ones alike: strep throat, influenza's fever, posterior vitreous detachment's
floaters, a panic attack). It weighs ``ONSET_WEIGHT`` = 4, outside the cap of the others: an
emergency's prior is a year's new cases, its chronic look-alike's the people who have it now
(testicular torsion 4.5, varicocele 15,000 per 100,000), and how fast it began is what tells
them apart. Measured with the sudden stroke, pre-eclampsia and sudden breathlessness red flags
(red_flag_combinations.yaml): probe_h-urgent3 (35 emergencies, 10 look-alikes) urgent top-5
65.7 -> 74.3, controls unchanged; probe_h-urgent2 top-3 87.5 -> 90.0; check common4 top-1
64.0 -> 66.0; dev, frozen prevalence and voices unchanged; frozen common top-3 76.5 -> 75.9
(an urgent question, 63.2 -> 57.9 among the 19 urgent; top-5 unchanged). With sudden onset
recorded only from the findings' basis (24 findings), weights 2, 4 and 8 also cost frozen
common one urgent top-1; recording it from the profiles' red flags and summaries as well gave
that back.

The close-ancestor size (h-ranker10, on the 476 dev probe questions that name a modifier; the
frozen and check totals unchanged at 700 and at 100 alike): 700 against no limit moved three
questions, hemifacial spasm 12th -> 10th (probe_prevlinks) and two lifts that had come through
an unrelated finding, 3rd -> 4th: migraine with aura by the Unilateral of its aura's
Paresthesia for a one-sided headache (probe_reader8), primary Raynaud by its cold-triggered
Raynaud phenomenon for a throbbing red Erythema (probe_h-profilefix). 100 also lost shingles
for "a painful rash in a band on one side" (probe_h-reader37, 15th -> past 30th) and asthma
for "I wheeze at night" (probe_reader, 1st -> 2nd); the lineage alone (no shared ancestor) lost
check voices4 one top-1 and peripheral arterial disease for "calf pain on walking" (through
Pain: probe_colours, probe_reader2).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.ids import PHENOTYPIC_ABNORMALITY, ROOT
from whatcauses.rank.results import ModifierFit
from whatcauses.text.modifiers import ACUTE, KIN, ModifierMention

Vector = npt.NDArray[np.float64]

# How much more a disease weighs for one question modifier it records on a related finding,
# and at most for all of them (chosen on the h-ranker9 probe: see the module docstring).
MODIFIER_WEIGHT = 2.0
MAX_MODIFIER_WEIGHT = 4.0
# A sudden onset (HPO's Acute, text/modifiers.py) weighs a disease that records it on a related
# finding ONSET_WEIGHT more, besides (not within) the cap of the others: the speed of onset is
# what tells an emergency from its long-standing look-alike (h-urgent3, module docstring).
ONSET_WEIGHT = 4.0
# A question's finding and an annotation are related when one is the other or below it, or
# when they share an ancestor that heads at most this many terms, itself included (chosen on
# the dev probes: see the module docstring).
CLOSE_ANCESTOR_SIZE = 700


@lru_cache(maxsize=4)
def _modified_rows(knowledge: Knowledge) -> tuple[tuple[int, int, int, frozenset[str]], ...]:
    """(row, disease, term, modifier ids) of every present annotation that records a
    modifier."""
    a = knowledge.arrays
    values, counts = np.unique(a["ann_modifiers"], return_counts=True)
    none = values[np.argmax(counts)]  # the interned empty string: most rows record none
    rows = []
    for row in np.flatnonzero((a["ann_modifiers"] != none) & ~a["ann_negated"]
                              & (a["ann_term"] >= 0)).tolist():
        recorded = knowledge.annotation(row).modifiers
        if recorded:
            rows.append((row, int(a["ann_disease"][row]), int(a["ann_term"][row]),
                         frozenset(recorded)))
    return tuple(rows)


@lru_cache(maxsize=4)
def _shallow(knowledge: Knowledge) -> frozenset[int]:
    """The terms too general to relate two findings: the root, Phenotypic abnormality and
    its children, the organ systems."""
    onto = knowledge.ontology
    top = onto.index(PHENOTYPIC_ABNORMALITY)
    return frozenset({onto.index(ROOT), top, *onto.children(top)})


@lru_cache(maxsize=4)
def _sizes(knowledge: Knowledge) -> dict[int, int]:
    """Term -> how many terms it heads, filled on demand by :func:`_size`."""
    return {}


def _size(knowledge: Knowledge, term: int) -> int:
    """How many terms ``term`` heads: itself and its descendants (cached per knowledge)."""
    sizes = _sizes(knowledge)
    if term not in sizes:
        sizes[term] = len(knowledge.ontology.descendants(term))
    return sizes[term]


@lru_cache(maxsize=64)
def _kin(knowledge: Knowledge, modifier: str) -> frozenset[str]:
    """The annotation modifiers that answer a question's ``modifier``: it and its descendants,
    and its kin as listed (text/modifiers.py KIN; "Triggered by food ingestion" answers "after
    meals", its child "Triggered by fava bean ingestion" does not)."""
    onto = knowledge.ontology
    found = set(KIN.get(modifier, (modifier,)))
    if modifier in onto:
        found.update(onto.ids[i] for i in onto.descendants(onto.index(modifier)))
    return frozenset(found)


# disease index -> question modifier (HPO id) -> the annotation rows that record it
Matches = dict[int, dict[str, list[int]]]


def modifier_matches(knowledge: Knowledge, present: Sequence[str],
                     modifiers: Sequence[str],
                     explains: Callable[[int], Vector] | None = None) -> Matches:
    """Per disease that records one of the question's ``modifiers`` (HPO ids) on an
    annotation related to a ``present`` finding (the finding, above or below it, or under a
    close ancestor of it: module docstring): which, on which rows. With ``explains`` (term
    index -> likelihood ratio per disease), only a finding the disease explains (ratio
    above 1) counts: a modifier qualifies a complaint, and a disease that does not show the
    complaint is not made likelier by how its own, other complaint comes on."""
    if not modifiers or not present:
        return {}
    onto = knowledge.ontology
    shallow = _shallow(knowledge)
    related: list[tuple[int, set[int], set[int]]] = []  # finding, its lineage, close kin
    for finding in dict.fromkeys(present):
        if finding in onto:
            own = onto.index(finding)
            lineage = set(onto.ancestors(own).tolist())  # an annotation on one
            close = {own, *(a for a in lineage if _size(knowledge, a) <= CLOSE_ANCESTOR_SIZE)}
            related.append((own, lineage - shallow, close - shallow))
    ratios: dict[int, Vector] = {}
    matched: Matches = {}
    for modifier in dict.fromkeys(modifiers):
        answers = _kin(knowledge, modifier)
        for row, disease, term, recorded in _modified_rows(knowledge):
            if not recorded & answers:
                continue
            above = set(onto.ancestors(term).tolist())
            for own, lineage, close in related:
                if term not in lineage and close.isdisjoint(above):
                    continue
                if explains is not None:
                    if own not in ratios:
                        ratios[own] = explains(own)
                    if ratios[own][disease] <= 1.0:
                        continue
                matched.setdefault(disease, {}).setdefault(modifier, []).append(row)
                break
    return matched


def weights_of(knowledge: Knowledge, matched: Matches) -> Vector | None:
    """Per disease, how much more the ``matched`` modifiers weigh it; None when none."""
    if not matched:
        return None
    weights = np.ones(knowledge.n_diseases)
    for disease, named in matched.items():
        others = sum(modifier != ACUTE for modifier in named)
        weights[disease] = (min(MODIFIER_WEIGHT ** others, MAX_MODIFIER_WEIGHT)
                            * (ONSET_WEIGHT if ACUTE in named else 1.0))
    return weights


def modifier_weights(knowledge: Knowledge, present: Sequence[str],
                     modifiers: Sequence[str]) -> Vector | None:
    """Per disease, how much more it weighs for the question's ``modifiers`` (HPO ids) it
    records on an annotation related to a ``present`` finding (module docstring); None when
    the question names no modifier or no disease records one."""
    return weights_of(knowledge, modifier_matches(knowledge, present, modifiers))


def modifier_fits(knowledge: Knowledge, disease_ids: Sequence[str], matched: Matches,
                  mentions: Sequence[ModifierMention]) -> tuple[ModifierFit, ...]:
    """The question's modifiers (``mentions``, in its order) that the entry of ``disease_ids``
    that records the most of them records (``matched``: :func:`modifier_matches`; a twin
    group weighs as its heaviest entry), each with the first finding that records it and
    those records' sources; their weights multiply to the entry's (a last one weighs less
    once :data:`MAX_MODIFIER_WEIGHT` is reached)."""
    index = knowledge.disease_ids_index
    positions = [index[d] for d in disease_ids if d in index and index[d] in matched]
    if not positions:
        return ()
    rows = max((matched[p] for p in positions), key=len)
    first: dict[str, ModifierMention] = {}
    for mention in mentions:
        first.setdefault(mention.id, mention)
    fits: list[ModifierFit] = []
    weight = 1.0
    for mention in first.values():
        if mention.id not in rows:
            continue
        records = [knowledge.annotation(row) for row in rows[mention.id]]
        if mention.id == ACUTE:
            ratio = ONSET_WEIGHT
        else:
            ratio = min(MODIFIER_WEIGHT, MAX_MODIFIER_WEIGHT / weight)
            weight *= ratio
        fits.append(ModifierFit(
            mention.id, mention.label, mention.text, records[0].hpo_id, ratio,
            tuple(dict.fromkeys(r for record in records for r in record.references))))
    return tuple(fits)
