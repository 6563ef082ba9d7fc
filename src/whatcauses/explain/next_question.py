"""The next best question: the finding whose answer would best separate the leading candidates.

For each finding annotated to any leading candidate (and not already asked), the expected
information gain over the candidates' posterior is computed: with ``p_d`` the chance that a
patient with disease *d* shows the finding, ``P(yes) = sum_d post_d p_d`` and the gain is
``H(post) - P(yes) H(post | yes) - P(no) H(post | no)``. The findings with the highest gain
are asked first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from whatcauses.explain.wording import plain_label
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.ontology import expand_ancestors
from whatcauses.rank.results import Ranking

# A finding a disease's annotations do not mention still occurs now and then (noise, a
# second condition, incomplete annotation).
_UNLISTED = 0.02
# Very common, unspecific findings (under HP:0000118, shared by most diseases) make poor
# questions; their background frequency is above this.
_MAX_BACKGROUND = 0.25


@dataclass(frozen=True, slots=True)
class NextQuestion:
    text: str
    hpo_id: str
    label: str
    information_gain: float  # bits
    favours: tuple[str, ...]  # candidate ids more likely if the answer is yes

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "ids": [self.hpo_id], "hpo_id": self.hpo_id,
                "label": self.label, "information_gain": round(self.information_gain, 4),
                "favours": list(self.favours)}


def _entropies(rows: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Entropy (bits) of each row of a matrix of distributions."""
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(rows > 0, rows * np.log2(np.where(rows > 0, rows, 1.0)), 0.0)
    result: np.ndarray[Any, Any] = -terms.sum(axis=1)
    return result


def _entropy(p: np.ndarray[Any, Any]) -> float:
    nonzero = p[p > 0]
    return float(-(nonzero * np.log2(nonzero)).sum())


def next_questions(knowledge: Knowledge, ranking: Ranking, limit: int = 3,
                   leaders: int = 8) -> list[NextQuestion]:
    candidates = ranking.candidates[:leaders]
    if len(candidates) < 2:
        return []
    onto = knowledge.ontology
    diseases = [knowledge.disease_index(c.id) for c in candidates]
    posterior = np.asarray([c.probability for c in candidates], dtype=float)
    if posterior.sum() <= 0:
        return []
    posterior = posterior / posterior.sum()
    asked = set(ranking.query.present) | set(ranking.query.excluded)
    for group in ranking.query.or_groups:
        asked.update(group)
    asked_index = {onto.index(t) for t in asked}
    blocked: set[int] = set()
    for t in asked_index:
        blocked.update(int(a) for a in onto.ancestors(t))
    root = onto.index("HP:0000118")
    terms = knowledge.arrays["ann_term"]
    usable = knowledge.phenotype_rows
    rows = np.concatenate([knowledge.annotation_rows(d) for d in diseases])
    found = np.unique(terms[rows[usable[rows]]])
    found = found[found >= 0]
    found = found[knowledge.background[found] <= _MAX_BACKGROUND]
    found = found[~np.isin(found, np.fromiter(blocked, dtype=np.int64, count=len(blocked)))]
    owner, lineage = expand_ancestors(onto.ancestors_ptr, onto.ancestors_idx, found)
    phenotype = np.zeros(len(found), dtype=bool)
    phenotype[owner[lineage == root]] = True
    refines = np.zeros(len(found), dtype=bool)  # a refinement of something already said
    refines[owner[np.isin(lineage, np.fromiter(asked_index, dtype=np.int64,
                                                 count=len(asked_index)))]] = True
    options = set(found[phenotype & ~refines].tolist())
    prior_entropy = _entropy(posterior)
    option_terms = sorted(options)
    leaders_index = np.asarray(diseases)
    # p[i, j]: chance that a patient with leader j shows option i (its implied frequency).
    p = np.full((len(option_terms), len(diseases)), _UNLISTED)
    for i, term in enumerate(option_terms):
        column, freq = knowledge.implied_column(term)
        if not len(column):
            continue
        pos = np.minimum(np.searchsorted(column, leaders_index), len(column) - 1)
        hit = column[pos] == leaders_index
        p[i, hit] = np.maximum(freq[pos[hit]], _UNLISTED)
    yes = p @ posterior
    usable = (yes > 0) & (yes < 1)
    post_yes = p * posterior / np.where(usable, yes, 1.0)[:, None]
    post_no = (1 - p) * posterior / np.where(usable, 1 - yes, 1.0)[:, None]
    gains = prior_entropy - yes * _entropies(post_yes) - (1 - yes) * _entropies(post_no)
    scored = [(float(gains[i]), option_terms[i], p[i]) for i in np.flatnonzero(usable)]
    scored.sort(key=lambda item: (-item[0], onto.ids[item[1]]))
    result: list[NextQuestion] = []
    chosen: list[int] = []
    for gain, term, p in scored:
        if len(result) >= limit or gain <= 1e-6 or math.isnan(gain):
            break
        if any(onto.is_ancestor(c, term) or onto.is_ancestor(term, c) for c in chosen):
            continue  # one question per branch
        chosen.append(term)
        term_id = onto.ids[term]
        label = plain_label(onto, term_id)
        favours = tuple(candidates[j].id for j in np.argsort(-p)[:2] if p[j] > _UNLISTED)
        result.append(NextQuestion(f"Any {label}?", term_id, label, gain, favours))
    return result
