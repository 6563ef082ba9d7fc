"""Family history as evidence: modes of inheritance against the HPO inheritance annotations.

A question's family history points to modes of inheritance ("her parents are cousins" ->
autosomal recessive; text/family.py). phenotype.hpoa records the mode of inheritance of most
genetic diseases (aspect I, terms under HP:0000005). :func:`inheritance_ratios` turns the
modes into one likelihood ratio per disease:

* :data:`FITTING_LR` for a disease with an inheritance annotation that is one of the modes, or
  a more specific or more general form of it (X-linked recessive fits X-linked);
* :data:`NOT_FITTING_LR` for a disease whose inheritance annotations are all other modes (an
  autosomal dominant disease, when the family history points to recessive inheritance);
* 1 for a disease without inheritance annotations (common and acquired diseases, and genetic
  ones whose mode is not recorded): the annotations say nothing about them.

An Orphanet entry has no inheritance annotation in phenotype.hpoa (none of the 4,281 ORPHA
records of the 2025-01-16 release has one), so a family history could neither lift nor lower
one: "both my brothers have it" left an autosomal recessive limb-girdle muscular dystrophy
(ORPHA:267) at 1 beside Duchenne muscular dystrophy at 3. For the family history only, such an
entry takes Orphanet's own type of inheritance (knowledge/data/orphanet_inheritance.tsv, as
HPO modes: ORPHA:267 "Autosomal recessive"); its other uses (the sex ratio of X-linked
recessive diseases, the Mendelian diseases of a relative's finding) keep HPO's annotations.

The effect is bounded on purpose: a family history told in a sentence is weaker evidence than
a pedigree (an affected father is also what a new dominant mutation in the child and a
chance finding look like), and the modes are read from everyday words. With the ratios
below, the family history can move a fitting disease at most ``FITTING_LR / NOT_FITTING_LR``
(= 18) times relative to a non-fitting one: enough to reorder candidates a few places apart,
not enough to outweigh a characteristic finding (one fitting finding weighs tens to hundreds).

FITTING_LR = 9 against the diseases without an annotation (h-family7, issue 14), 3 before. The
figure stands for how much likelier a relative with the same trouble is under a Mendelian
disease of a fitting mode (a first-degree relative carries the variant with a chance of about
1 in 2, less de novo cases and incomplete penetrance) than under a common or acquired one,
where a relative shares it only as often as the condition is common in the family: about
``1 - (1 - lambda K) ** n`` for prevalence K, familial risk ratio lambda and n first-degree
relatives, about 1 in 9 for a condition of 1 in 100 with a three-fold familial risk and four
relatives (so 0.5 / 0.115 = about 4), about 1 in 17 for one of 1 in 200 (about 9), about 1
in 83 for one of 1 in 1,000 (about 40). 9 is that of a condition of about 1 in 200, the
middle of the candidates a family history has to reorder (an uncommon complex or acquired
condition: stroke, shingles, hidradenitis), kept below the rarer ones' figures because the
family history is read from everyday words. A common condition (1 in 10 or more, where the
family history is about as likely whatever the cause) is not told apart by it, but such a
condition leads on its prior anyway. Not fitted: measured (with the reader of h-family7 and
:data:`COMMON_FITTING_LR`) on the 309 questions of questions_dev and the development probes (all
but the CHECK sets) whose family history points to a mode or names a relative's condition,
top-1/3/10 at FITTING_LR 3 / 6 / 9 / 12 / 20 (NOT_FITTING_LR 0.5): 227/272/290, 229/273/292,
232/274/294, 232/274/294, 233/276/297; NOT_FITTING_LR 0.25 at 9: 233/274/294. The gain flattens
from 9 on; a higher figure would rest more on everyday words than the reckoning above
allows. Over every dev question and probe (bench/probes.py, 4,937 questions), this branch
against main 13e6706: top-1/3/10 3419/4107/4493 -> 3424/4110/4497, 18 rose, one fell (4 -> 6:
a child's headaches beside her mother's and grandmother's migraines, Lynch syndrome's carrier
figure lifted first). The lead's diagnostics of the held-out family-history questions found
the inherited answer mostly at ranks 4 to 10 behind a candidate that fits the findings
better: the figure 3 lifted it too little.

A record of a common condition (rank/family_findings.py ``common_records``: OMIM's
susceptibility entries and a common condition's familial forms carry a Mendelian mode, and a
condition profile ranks as one with them) fits at most :data:`COMMON_FITTING_LR` = 3, the
former figure: by the reckoning above a condition of 1 in 100 or more is shared in a family
about as often whatever its cause, so a family history tells it from the uncommon
conditions only by that much (:func:`common_capped`). Measured: at 9 for them too, the whole
family itching put atopic eczema (its profile joined with OMIM's atopic dermatitis loci)
before scabies, and a father's side going bald alopecia areata before pattern hair loss.
The ranker caps a disease whose curated figure counts the carriers of a genotype (Lynch
syndrome, about 1 in 280) the same way: a fitting family history already restores that
figure whole (rank/ranker.py ``_carrier_restore``), and 9 on top counted the family history
twice (a family's early dementia put Lynch syndrome second for a 49-year-old's forgetting).
The dev totals are unchanged by that cap.

Tried and dropped (h-family8): a condition profile's own entry taking its included inherited
forms' capped ratio (the forms take the lift, but the profile's entry, with its curated
figure, is what ranks the condition). Dev probes 3621/4341/4760 -> 3620/4341/4760 of 5,212:
the whole family itching put atopic eczema before scabies again and a father going bald
alopecia areata before pattern hair loss, as the uncapped figure did; the includes mark some
familial common conditions and not others (migraine without aura has OMIM loci, migraine
with aura none), so they are no even measure of how much a condition runs in families.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import ASPECTS, INHERITANCE_ROOT
from whatcauses.knowledge.prevalence import orphanet_inheritance

FITTING_LR = 9.0
NOT_FITTING_LR = 0.5
# The ratio of a denied family history for a disease of autosomal dominant inheritance only:
# :func:`denied_ratios`.
DENIED_DOMINANT_LR = 0.7
DOMINANT = "HP:0000006"  # Autosomal dominant inheritance
# The fitting ratio of a record of a common condition (rank/family_findings.py common_records:
# a susceptibility entry, a condition profile's inherited form, a figure of 1 in 100 or more):
# module docstring.
COMMON_FITTING_LR = 3.0

Vector = np.ndarray[Any, Any]


def inheritance_ratios(knowledge: Knowledge, modes: Sequence[str]) -> Vector | None:
    """Per disease, the likelihood ratio of a family history pointing to ``modes`` (HPO ids
    under HP:0000005); ``None`` when no mode is given or none is a term of this release.

    A pure function of its arguments (the rule is in the module docstring).
    """
    onto = knowledge.ontology
    known = [m for m in modes if m in onto and m != INHERITANCE_ROOT]
    if not known:
        return None
    terms, diseases = _family_history_annotations(knowledge)
    fitting_terms = _related(knowledge, known)
    fits = np.isin(terms, np.fromiter(fitting_terms, dtype=terms.dtype, count=len(fitting_terms)))
    ratios: Vector = np.ones(knowledge.n_diseases)
    ratios[diseases] = NOT_FITTING_LR
    ratios[diseases[fits]] = FITTING_LR
    return ratios


def common_capped(ratios: Vector | None, common: Vector) -> Vector | None:
    """``ratios`` (:func:`inheritance_ratios`) with the ``common`` records' fitting ratio at
    most :data:`COMMON_FITTING_LR` (module docstring)."""
    if ratios is None:
        return None
    capped: Vector = np.where(np.asarray(common, dtype=bool),
                              np.minimum(ratios, COMMON_FITTING_LR), ratios)
    return capped


def denied_ratios(knowledge: Knowledge, common: Vector) -> Vector:
    """Per disease, the likelihood ratio of a denied family history ("nobody else in the
    family has it", "no family history", "neither of my parents has it"; h-family8, issue 14):
    :data:`DENIED_DOMINANT_LR` for a disease whose every inheritance annotation (HPO's, else
    Orphanet's) is autosomal dominant, 1 for every other disease and for the ``common``
    records (common_capped's mask).

    An absence is weak evidence, and only against dominant inheritance. A recessive or
    X-linked disease mostly comes with well parents and no other affected relative (carrier
    parents; a sibling affected with a chance of 1 in 4), and a common or acquired condition
    is mostly the only case in a family, so for them "nobody else" is what is expected. A
    dominant disease is expected with an affected parent, but not always: a new (de novo)
    variant accounts for about half of the people with neurofibromatosis type 1 (GeneReviews,
    "Neurofibromatosis 1", NBK1109) and for nearly all with the severe dominant developmental
    syndromes, penetrance may be incomplete, and a family's "nobody" misses relatives with
    mild or undiagnosed disease. So the ratio is P(no affected relative | dominant) against
    P(no affected relative | other causes), about 0.5 to 0.9 over those mixtures; 0.7, not
    fitted, a modelling choice at the weak end, never an exclusion. Phenotype-driven rankers
    use a mode of inheritance only from a pedigree or genotypes (LIRICAL, Robinson et al., Am
    J Hum Genet 2020), HPO has no term for an absent family history: the figure stands for
    the clinical habit of asking about an affected parent first for a dominant disease.
    Measured (h-family8): 6 of the 5,212 dev questions and probes read a denial; one rose
    (10 -> 9, "52M, headache, BP 190/110, no FHx"), none fell; the neurofibromatosis type 1
    questions with "no one else in the family" stay first.
    """
    terms, diseases = _family_history_annotations(knowledge)
    onto = knowledge.ontology
    ratios: Vector = np.ones(knowledge.n_diseases)
    if DOMINANT not in onto:
        return ratios
    dominant = _related(knowledge, [DOMINANT])
    only: dict[int, bool] = {}
    for term, disease in zip(terms.tolist(), diseases.tolist(), strict=True):
        only[disease] = only.get(disease, True) and term in dominant
    marked = [d for d, flag in only.items() if flag]
    ratios[marked] = DENIED_DOMINANT_LR
    ratios[np.asarray(common, dtype=bool)] = 1.0
    return ratios


def _inheritance_annotations(knowledge: Knowledge) -> tuple[Vector, Vector]:
    """The term and disease of every positive inheritance annotation (aspect I)."""
    a = knowledge.arrays
    rows = np.flatnonzero((a["ann_aspect"] == ASPECTS.index("I")) & ~a["ann_negated"]
                          & (a["ann_term"] >= 0))
    return a["ann_term"][rows], a["ann_disease"][rows]


@lru_cache(maxsize=4)
def _family_history_annotations(knowledge: Knowledge) -> tuple[Vector, Vector]:
    """The inheritance annotations a family history is weighed against: HPO's, and for an
    Orphanet entry without any, Orphanet's own modes (module docstring)."""
    terms, diseases = _inheritance_annotations(knowledge)
    onto = knowledge.ontology
    annotated = set(diseases.tolist())
    orphanet = orphanet_inheritance()
    extra = [(onto.index(mode), disease)
             for disease, disease_id in enumerate(knowledge.disease_ids)
             if disease not in annotated and disease_id.startswith("ORPHA:")
             for mode in orphanet.get(disease_id, ()) if mode in onto]
    if not extra:
        return terms, diseases
    added = np.array(extra, dtype=np.int64)
    return (np.concatenate([terms, added[:, 0].astype(terms.dtype)]),
            np.concatenate([diseases, added[:, 1].astype(diseases.dtype)]))


def _related(knowledge: Knowledge, modes: Sequence[str]) -> set[int]:
    """The modes with their more specific and more general forms (the root excluded)."""
    onto = knowledge.ontology
    root = onto.index(INHERITANCE_ROOT) if INHERITANCE_ROOT in onto else -1
    related: set[int] = set()
    for mode in modes:
        index = onto.index(mode)
        related.update(onto.descendants(index))
        related.update(int(i) for i in onto.ancestors(index).tolist())
        related.add(index)
    return {i for i in related if i != root and root >= 0 and onto.is_ancestor(root, i)}


X_LINKED_RECESSIVE = "HP:0001419"
# Affected women are the exception in an X-linked recessive disease (a carrier shows it only
# with skewed X inactivation or a second variant): one woman for ten men is taken as their
# ratio, P(woman | d) = 1/11. A rule of thumb, not a measured figure, so it is kept mild.
X_LINKED_RECESSIVE_FEMALE_TO_MALE = 0.1


def inherited_diseases(knowledge: Knowledge) -> list[int]:
    """Diseases with at least one (positive) inheritance annotation."""
    _, diseases = _inheritance_annotations(knowledge)
    return sorted(set(diseases.tolist()))


def x_linked_recessive_diseases(knowledge: Knowledge) -> list[int]:
    """Diseases whose every inheritance annotation is X-linked recessive."""
    onto = knowledge.ontology
    if X_LINKED_RECESSIVE not in onto:
        return []
    terms, diseases = _inheritance_annotations(knowledge)
    target = onto.index(X_LINKED_RECESSIVE)
    only: dict[int, bool] = {}
    for term, disease in zip(terms.tolist(), diseases.tolist(), strict=True):
        only[disease] = only.get(disease, True) and term == target
    return sorted(d for d, flag in only.items() if flag)
