"""A single common infection against the immunodeficiencies that list it (h-ranker14).

"What causes cold sores?" reads as Recurrent oral herpes, and phenotype.hpoa lists that term
for a dozen inborn errors of immunity (Immunodeficiency 20, 92, 119, ...) and for Kaposi
sarcoma, each annotated with few terms, so each explains the one finding with a large
likelihood ratio and they filled places 3 to 10 behind the common infection's own profile.
An immunodeficiency shows itself by infections that are many, severe, unusual or of several
kinds, and by the immune findings that go with them (low antibodies, few lymphocytes); one
infection said alone, which a common condition's curated profile explains (cold sores, oral
thrush, shingles), is that common infection far more often than an inborn or acquired
immunodeficiency behind it.

So when the question's present findings name exactly one infection (a term under HPO's
Recurrent infections or Unusual infection) and no other finding of the immune system, and
some condition profile explains that infection (its likelihood ratio above 1), every disease
annotated with Immunodeficiency (HP:0002721, or a term below it) and without a profile of its
own weighs :data:`PREDISPOSITION_WEIGHT`. A second infection, or an immune finding ("low
antibodies"), or an infection no profile explains (a child's "recurrent chest infections":
Recurrent respiratory infections, which no common profile lists) leaves them unchanged.

PREDISPOSITION_WEIGHT = 0.1: not fitted; it keeps an immunodeficiency a candidate (the
likelihood still counts) but ranks it behind the common causes of the infection alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from whatcauses.knowledge.base import Knowledge

Vector = np.ndarray[Any, Any]

IMMUNODEFICIENCY = "HP:0002721"
IMMUNE_SYSTEM = "HP:0002715"  # Abnormality of the immune system
# Infections as HPO files them: Recurrent infections, Unusual infection.
INFECTION_BRANCHES = ("HP:0002719", "HP:0032101")
PREDISPOSITION_WEIGHT = 0.1


@lru_cache(maxsize=4)
def _infection_terms(knowledge: Knowledge) -> frozenset[int]:
    onto = knowledge.ontology
    found: set[int] = set()
    for branch in INFECTION_BRANCHES:
        if branch in onto:
            found.update(onto.descendants(onto.index(branch)))
    return frozenset(found)


@lru_cache(maxsize=4)
def _immunodeficient(knowledge: Knowledge) -> Vector:
    """Per disease, whether it is annotated with Immunodeficiency or a term below it, and has
    no condition profile of its own."""
    marked = np.zeros(knowledge.n_diseases, dtype=bool)
    onto = knowledge.ontology
    if IMMUNODEFICIENCY in onto:
        diseases, _ = knowledge.implied_column(onto.index(IMMUNODEFICIENCY))
        marked[diseases] = True
    marked &= ~knowledge.profile_diseases
    marked.setflags(write=False)
    return marked


def single_infection_weights(knowledge: Knowledge, findings: Sequence[Sequence[str]],
                             explains: Callable[[int], Vector]) -> Vector | None:
    """Per disease, :data:`PREDISPOSITION_WEIGHT` for the immunodeficiencies when the present
    ``findings`` (each its readings' HPO ids: one, or an OR-group's) name one infection alone
    that a condition profile explains (``explains``: term index -> likelihood ratio per
    disease); ``None`` otherwise (module docstring)."""
    onto = knowledge.ontology
    infections = _infection_terms(knowledge)
    immune = onto.index(IMMUNE_SYSTEM) if IMMUNE_SYSTEM in onto else -1
    named: list[list[int]] = []
    for readings in findings:
        terms = [onto.index(t) for t in readings if t in onto]
        infectious = [t for t in terms if t in infections]
        if infectious:
            named.append(infectious)
        elif any(immune in onto.ancestors(t).tolist() for t in terms):
            return None
    if len(named) != 1:
        return None
    profiled = knowledge.profile_diseases
    if not any((np.asarray(explains(t))[profiled] > 1.0).any() for t in named[0]):
        return None
    marked = _immunodeficient(knowledge)
    if not marked.any():
        return None
    weights: Vector = np.ones(knowledge.n_diseases)
    weights[marked] = PREDISPOSITION_WEIGHT
    return weights
