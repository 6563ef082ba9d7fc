"""Exposures as evidence: the diseases whose curated text names what the question names.

A question may name an exposure or trigger ("weeks after a tick bite", "a new kitten";
text/exposures.py). A condition profile or fact sheet lists, with sources, the exposures its
disease is known to follow (``exposures:``, keys of curated/exposures.yaml). For each exposure
the question names and does not negate, :func:`exposure_weights` multiplies the weight of every
disease that lists it by :data:`EXPOSURE_WEIGHT`; other diseases are unchanged (most diseases
have no curated exposures, and the HPO annotations record none, so no disease is marked down
for not listing one).

EXPOSURE_WEIGHT = 10: a strong clue, not a decisive one. A tick bite before a facial palsy, or
a kitten before a swollen armpit node, is what makes a clinician think of Lyme disease or
cat-scratch disease, and a likelihood ratio near 10 is what clinical teaching calls a large
change in probability; but an exposure told in a sentence is common in people without the
disease (most tick bites transmit nothing), so it reorders candidates that already fit the
findings and cannot outweigh findings that fit another disease much better. Ten is a round
value in that range, not fitted; bench/questions.py measures its effect. The weight acts on
the prior, so it works in both frames of a question (person and knowledge), and a disease's
twin entries share it (rank/ranker.py unites a twin group's prior).

Some diseases are defined by their exposure: sunburn does not occur without ultraviolet light.
Their profile or sheet marks the exposure ``necessary`` (conditions/SCHEMA.md). When the
question names none of a disease's necessary exposures, its weight is multiplied by
:data:`UNNAMED_WEIGHT` instead: without it a condition as common as sunburn put itself first for
any red, sore or itchy skin. UNNAMED_WEIGHT = 0.1, the inverse of EXPOSURE_WEIGHT, and never
zero: people leave context out of a question ("my shoulders are red and sore after the beach"
says the sun only through the beach), so a missing exposure counts against the disease as
strongly as a named one counts for it, but cannot rule it out; findings that fit it far better
than anything else still bring it up. Not fitted; bench/data/probe_exposures.yaml measures it.
The candidate carries the keys (``unnamed_exposures``) and its evidence says so.

A risk factor weighs no more than its source says it raises the risk (h-rank4, issue 14). An
exposure entry may give the relative risk its source measured (``relative_risk``); the disease
then weighs ``min(EXPOSURE_WEIGHT, relative_risk)``, never below 1. A relative risk is the
most a named exposure can say: against the general population, which holds smokers too, the
ratio is smaller still. Without the bound a weak risk factor (smoking for kidney or pancreatic
cancer, a relative risk below 2) could only be listed at the weight of a defining one, so the
profiles list none. No entry gives a figure yet: bladder cancer's (current smokers' hazard
ratio 4.06, PMID:21846855) put the kidney mass of a smoker first but three smokers' painless
blood in the urine one place lower (bench/data/lexicon_log.md, h-rank4).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from whatcauses.knowledge.base import Knowledge
from whatcauses.rank.priors import shared_key_weights

EXPOSURE_WEIGHT = 10.0
UNNAMED_WEIGHT = 1.0 / EXPOSURE_WEIGHT

Vector = np.ndarray[Any, Any]


def exposure_weights(knowledge: Knowledge, keys: Sequence[str]) -> Vector | None:
    """Per disease, the product over the exposure ``keys`` it lists of ``EXPOSURE_WEIGHT`` (or
    the relative risk its source gives, when smaller), or ``UNNAMED_WEIGHT`` when it marks
    exposures necessary and ``keys`` names none of them; ``None`` when no disease is weighed
    either way."""
    wanted = set(keys)
    index = knowledge.disease_ids_index
    weights, found = shared_key_weights(knowledge, knowledge.curated_exposures, wanted,
                                        EXPOSURE_WEIGHT)
    for disease_id, risks in knowledge.exposure_risks.items():
        position = index.get(disease_id)
        if position is None:
            continue
        for key, risk in risks.items():
            if key in wanted:
                weights[position] *= max(min(risk, EXPOSURE_WEIGHT), 1.0) / EXPOSURE_WEIGHT
    for disease_id, required in knowledge.required_exposures.items():
        position = index.get(disease_id)
        if position is not None and not wanted.intersection(required):
            weights[position] *= UNNAMED_WEIGHT
            found = True
    return weights if found else None


def unnamed_exposures(knowledge: Knowledge, disease_ids: Sequence[str],
                      keys: Sequence[str]) -> tuple[str, ...]:
    """The exposures one of ``disease_ids`` marks necessary when the exposure ``keys`` name
    none of them (what weighed it down), else ``()``."""
    required = tuple(dict.fromkeys(
        key for d in disease_ids for key in knowledge.required_exposures.get(d, ())))
    return () if set(keys).intersection(required) else required


def listed_exposures(knowledge: Knowledge, disease_ids: Sequence[str],
                     keys: Sequence[str]) -> tuple[str, ...]:
    """Which of the exposure ``keys`` (in their order) one of ``disease_ids`` lists."""
    listed = {key for d in disease_ids for key in knowledge.curated_exposures.get(d, ())}
    return tuple(key for key in keys if key in listed)
