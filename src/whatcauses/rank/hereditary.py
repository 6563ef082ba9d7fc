"""Hereditary tumour syndromes against the sporadic cancers they resemble, by age (h-ranker14).

Lynch syndrome, the BRCA and Li-Fraumeni entries, the multiple endocrine neoplasias: their
prior is how many people carry the variant (Lynch syndrome about 1 in 300), and their
annotations list the cancers they predispose to with a high frequency, so for "rectal bleeding
and weight loss at 65" a hereditary syndrome met the sporadic cancer's profile on nearly equal
terms. Yet a cancer in an older person with no family history is mostly sporadic: 3 to 5% of
colorectal cancers come from highly penetrant inherited syndromes (NCCN review of Lynch
syndrome, J Natl Compr Canc Netw 8(1), 2010), and the revised Bethesda guidelines
(PMID:14970275, 2004) make a colorectal cancer before 50 the first reason to test for Lynch
syndrome: the inherited forms come young.

So for a person question that gives an age of :data:`SPORADIC_AGE` or more and names no family
history (no relative's condition, no mode of inheritance), every disease of both the
genetic and the neoplastic category (knowledge/categories.py: an inheritance annotation, or a
reviewed sheet's categories, as Lynch syndrome's Orphanet entry, which phenotype.hpoa gives no
mode) that is no profile's inherited form (``includes``) and ranks as one with no condition
profile (breast cancer's OMIM entry is the profile's twin) weighs
:data:`HEREDITARY_WEIGHT`. A younger person, or any word of family history,
leaves them unchanged; so does the knowledge frame ("which syndromes cause bowel cancer?").

HEREDITARY_WEIGHT = 0.2: not fitted; it keeps a syndrome that explains much more among the
candidates.

The converse (h-family12, issue 14): a question whose only findings are a relative's ("My
sister has breast cancer. What is my risk?", "my mother had bowel cancer, am I at risk?";
text/persons.py family_history_alone) asks what the asker may have inherited, not what the
relative has: the relative's condition is ranked for what it points to (rank/ranker.py), and
every disease that is no inherited disease (:func:`inherited_diseases`: no record of its
candidate of the genetic category, or one ranked as one with a record of a common condition,
rank/family_findings.py common_records: the sporadic cancer, a benign lump of the breast)
weighs :data:`HEREDITARY_WEIGHT` against the inherited ones (hereditary breast and ovarian
cancer syndrome, Lynch syndrome). The common condition stays among the candidates; the same
number, not fitted.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from whatcauses.knowledge.base import Knowledge

SPORADIC_AGE = 50.0
HEREDITARY_WEIGHT = 0.2

Vector = np.ndarray[Any, Any]


def hereditary_tumours(knowledge: Knowledge, genetic: Vector, neoplastic: Vector) -> Vector:
    """Per disease, whether it is a hereditary tumour syndrome in the sense of the module
    docstring (``genetic``, ``neoplastic``: the categories' masks)."""
    groups = knowledge.arrays["twin_group"].astype(np.int64)
    profiled = np.isin(groups, np.unique(groups[knowledge.profile_diseases]))
    included = knowledge.arrays["profile_included"].astype(bool)
    marked: Vector = (np.asarray(genetic, dtype=bool) & np.asarray(neoplastic, dtype=bool)
                      & ~profiled & ~included)
    return marked


def hereditary_tumour_weights(marked: Vector, age: float | None,
                              family_history: bool) -> Vector | None:
    """Per disease, :data:`HEREDITARY_WEIGHT` for the ``marked`` hereditary tumour syndromes
    (:func:`hereditary_tumours`) when the person is ``age`` :data:`SPORADIC_AGE` or more and
    the question names no ``family_history``; ``None`` otherwise (module docstring)."""
    if age is None or age < SPORADIC_AGE or family_history or not marked.any():
        return None
    weights: Vector = np.ones(len(marked))
    weights[marked] = HEREDITARY_WEIGHT
    return weights


def inherited_diseases(knowledge: Knowledge, genetic: Vector, common: Vector) -> Vector:
    """Per disease, whether its candidate (the records ranked as one, ``twin_group``) holds
    a record of the ``genetic`` category and none of a ``common`` condition (module
    docstring)."""
    groups = knowledge.arrays["twin_group"].astype(np.int64)
    genetic_groups = np.unique(groups[np.asarray(genetic, dtype=bool)])
    common_groups = np.unique(groups[np.asarray(common, dtype=bool)])
    marked: Vector = np.isin(groups, genetic_groups) & ~np.isin(groups, common_groups)
    return marked


def family_alone_weights(inherited: Vector, family_alone: bool) -> Vector | None:
    """Per disease, :data:`HEREDITARY_WEIGHT` for those that are no ``inherited`` disease
    (:func:`inherited_diseases`) when the question's only findings are a relative's
    (``family_alone``); ``None`` otherwise (module docstring)."""
    if not family_alone or not inherited.any():
        return None
    weights: Vector = np.full(len(inherited), HEREDITARY_WEIGHT)
    weights[inherited] = 1.0
    return weights
