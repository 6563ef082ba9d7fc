"""Per-finding evidence for one candidate: which annotation explains each finding, and its LR.

Only computed for the candidates a response shows; the ranking itself never needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from whatcauses.knowledge.base import Knowledge
from whatcauses.rank.model import LikelihoodModel, MatchDetail, Vector, bounded_absent
from whatcauses.rank.results import FindingEvidence


@dataclass(frozen=True, slots=True)
class FindingVectors:
    """The per-disease likelihood-ratio vectors of one query, computed once per ranking."""

    observed: tuple[tuple[str, Vector], ...]
    groups: tuple[tuple[tuple[str, ...], Vector, tuple[Vector, ...]], ...]  # ids, ratio, members'
    excluded: tuple[tuple[str, Vector], ...]

    def observed_ratios(self) -> list[Vector]:
        """The ratio vectors of the observed findings, then of the OR-groups (query order)."""
        return [v for _, v in self.observed] + [v for _, v, _ in self.groups]

    def log_total(self, excluded_floor: float = 0.0) -> Vector | None:
        """The sum of the log ratios, per disease (``None`` without findings).

        With ``excluded_floor`` > 0 the excluded findings together lower a disease by at most
        that factor, against a disease that shows none of them: case reports list as absent
        many features of the disease they describe (a cohort table), and a long list must not
        outweigh what was observed. (Each ratio is ``P(absent | d) / P(absent)``, so a disease
        without the finding gets ``1 / P(absent)`` above 1; the bound is taken from there, or
        a long list would lift every disease without the findings unboundedly.)
        """
        vectors = self.observed_ratios()
        if not vectors and not self.excluded:
            return None
        total: Vector = np.zeros(len((vectors or [v for _, v in self.excluded])[0]))
        for vector in vectors:
            total += np.log(vector)
        if self.excluded:
            total += bounded_absent([v for _, v in self.excluded], excluded_floor)
        return total


def _finding(knowledge: Knowledge, term_id: str, ratio: float, excluded: bool,
             detail: MatchDetail) -> FindingEvidence:
    onto = knowledge.ontology
    matched = onto.ids[detail.term] if detail.term >= 0 else None
    return FindingEvidence(
        hpo_id=term_id,
        label=onto.name(term_id),
        excluded=excluded,
        match=detail.kind,
        matched_id=matched,
        matched_label=onto.name(matched) if matched else None,
        frequency=detail.frequency,
        likelihood_ratio=ratio,
        references=knowledge.references_of(detail.row) if detail.row >= 0 else (),
    )


def group_best_member(members: Sequence[str], member_ratios: Sequence[Vector],
                      weights: Sequence[float], disease: int) -> str:
    """The member of an OR-group that contributes most to the group's ratio for a disease."""
    # The first member wins ties (members come in their curated order of preference).
    best = max(range(len(members)), key=lambda i: float(member_ratios[i][disease]) * weights[i])
    return members[best]


def candidate_evidence(knowledge: Knowledge, model: LikelihoodModel, vectors: FindingVectors,
                       best_members: Sequence[str], disease: int) -> tuple[FindingEvidence, ...]:
    """Evidence for one disease: observed findings, OR-groups (by best member), excluded."""
    onto = knowledge.ontology
    seen = [onto.index(t) for t, _ in vectors.observed] + [onto.index(t) for t in best_members]
    missing = [onto.index(t) for t, _ in vectors.excluded]
    seen_details, absent_details = model.explain_all(seen, missing, disease)
    items = [
        _finding(knowledge, tid, float(vector[disease]), False, detail)
        for (tid, vector), detail in zip(vectors.observed, seen_details, strict=False)
    ]
    items += [
        _finding(knowledge, tid, float(vector[disease]), False, detail)
        for (_, vector, _), tid, detail in zip(vectors.groups, best_members,
                                               seen_details[len(vectors.observed):], strict=True)
    ]
    items += [
        _finding(knowledge, tid, float(vector[disease]), True, detail)
        for (tid, vector), detail in zip(vectors.excluded, absent_details, strict=True)
    ]
    return tuple(items)


def groups_evidence(knowledge: Knowledge, model: LikelihoodModel, vectors: FindingVectors,
                    groups: Sequence[Sequence[int]]) -> list[tuple[FindingEvidence, ...]]:
    """Per twin group, per finding, the evidence of the member whose ratio for the finding is
    best (the one the group's united score uses; the first member on ties): observed findings,
    OR-groups (by their best member), excluded findings. All members are explained in one
    vectorised pass (:meth:`LikelihoodModel.explain_many`)."""
    onto = knowledge.ontology
    background = knowledge.background
    members = list(dict.fromkeys(m for group in groups for m in group))
    weights = [[float(background[onto.index(t)]) for t in ids] for ids, _, _ in vectors.groups]
    best_members = {
        m: [group_best_member(ids, ratios, w, m)
            for (ids, _, ratios), w in zip(vectors.groups, weights, strict=True)]
        for m in members
    }
    observed_terms = [onto.index(t) for t, _ in vectors.observed]
    or_terms = list(dict.fromkeys(onto.index(t) for ids, _, _ in vectors.groups for t in ids))
    or_position = {t: len(observed_terms) + i for i, t in enumerate(or_terms)}
    missing = [onto.index(t) for t, _ in vectors.excluded]
    details = dict(zip(members, model.explain_many(observed_terms + or_terms, missing, members),
                       strict=True))
    labels: dict[int, str] = {}
    references: dict[int, tuple[str, ...]] = {}

    def finding(term_id: str, ratio: float, excluded: bool, detail: MatchDetail
                ) -> FindingEvidence:
        # As _finding, with the labels and references looked up once per call.
        term = onto.index(term_id)
        if term not in labels:
            labels[term] = onto.names[term]
        if detail.term >= 0 and detail.term not in labels:
            labels[detail.term] = onto.names[detail.term]
        if detail.row >= 0 and detail.row not in references:
            references[detail.row] = knowledge.references_of(detail.row)
        return FindingEvidence(
            hpo_id=term_id,
            label=labels[term],
            excluded=excluded,
            match=detail.kind,
            matched_id=onto.ids[detail.term] if detail.term >= 0 else None,
            matched_label=labels[detail.term] if detail.term >= 0 else None,
            frequency=detail.frequency,
            likelihood_ratio=ratio,
            references=references[detail.row] if detail.row >= 0 else (),
        )

    result = []
    for group in groups:
        items = []
        for f, (tid, vector) in enumerate(vectors.observed):
            m = max(group, key=lambda d: float(vector[d]))
            items.append(finding(tid, float(vector[m]), False, details[m][0][f]))
        for g, (_, vector, _) in enumerate(vectors.groups):
            m = max(group, key=lambda d: float(vector[d]))
            tid = best_members[m][g]
            items.append(finding(tid, float(vector[m]), False,
                                 details[m][0][or_position[onto.index(tid)]]))
        for f, (tid, vector) in enumerate(vectors.excluded):
            m = min(group, key=lambda d: float(vector[d]))
            items.append(finding(tid, float(vector[m]), True, details[m][1][f]))
        result.append(tuple(items))
    return result
