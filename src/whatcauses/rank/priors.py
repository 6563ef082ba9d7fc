"""Prior weights per disease: how likely each disease is before the findings are weighed.

A prior is a vector of non-negative relative weights, one per disease (only ratios matter).
Priors combine by multiplication; ``None`` means uniform.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import numpy.typing as npt

from whatcauses.errors import InputError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.categories import Categories
from whatcauses.knowledge.facts import fact_sheet_index
from whatcauses.rank.model import Vector

Mask = npt.NDArray[np.bool_]

PriorInput = Mapping[str, float] | Vector | None


def disease_weights(knowledge: Knowledge, prior: PriorInput) -> Vector | None:
    """Validate a user-given prior (a vector, or disease id -> weight) as a weight vector."""
    if prior is None:
        return None
    if isinstance(prior, np.ndarray):
        if prior.shape != (knowledge.n_diseases,):
            raise InputError("a prior vector must have one weight per disease")
        weights: Vector = prior.astype(np.float64)
    else:
        weights = np.ones(knowledge.n_diseases)
        for disease_id, weight in prior.items():
            weights[knowledge.disease_index(disease_id)] = weight
    if not np.all(np.isfinite(weights)) or np.any(weights < 0) or not np.any(weights > 0):
        raise InputError("prior weights must be finite, non-negative and not all zero")
    return weights


def combine(*priors: Vector | None) -> Vector | None:
    """The product of the given priors (``None`` entries are uniform)."""
    result: Vector | None = None
    for prior in priors:
        if prior is not None:
            result = prior if result is None else result * prior
    return result


def category_prior(categories: Categories, names: Iterable[str], weight: float) -> Vector | None:
    """Diseases in any of the named categories weigh ``weight`` times the rest."""
    chosen = list(names)
    if not chosen or weight == 1.0:
        return None
    prior: Vector = categories.prior(chosen, weight)
    return prior


def curated_mask(knowledge: Knowledge) -> Mask:
    """Diseases that have a curated fact sheet (boolean, one entry per disease)."""
    mask = np.zeros(knowledge.n_diseases, dtype=bool)
    for disease_id in fact_sheet_index():
        if knowledge.has_disease(disease_id):
            mask[knowledge.disease_index(disease_id)] = True
    return mask


def curated_prior(mask: Mask, weight: float) -> Vector | None:
    """Diseases with a fact sheet weigh ``weight`` times the rest (plain-language questions)."""
    if weight == 1.0:
        return None
    weights: Vector = np.ones(len(mask))
    weights[mask] = weight
    return weights
