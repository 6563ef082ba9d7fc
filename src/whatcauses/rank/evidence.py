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
from whatcauses.rank.sparse import SparseVector, gather

# A finding's ratio per disease: dense, or sparse (rank/sparse.py; indexes and converts alike).
Ratios = Vector | SparseVector


@dataclass(frozen=True, slots=True)
class FindingVectors:
    """The per-disease likelihood-ratio vectors of one query, computed once per ranking."""

    observed: tuple[tuple[str, Ratios], ...]
    groups: tuple[tuple[tuple[str, ...], Vector, tuple[Ratios, ...]], ...]  # ids, ratio, members'
    excluded: tuple[tuple[str, Ratios], ...]

    def observed_ratios(self) -> list[Ratios]:
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
            total += np.log(np.asarray(vector))
        if self.excluded:
            total += bounded_absent([np.asarray(v) for _, v in self.excluded],
                                    excluded_floor)
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
        frequency_sources=(knowledge.frequency_sources_of(detail.row) if detail.row >= 0
                           else ()),
    )


def group_best_member(members: Sequence[str], member_ratios: Sequence[Ratios],
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
                    groups: Sequence[Sequence[int]], united: FindingVectors | None = None,
                    ) -> list[tuple[FindingEvidence, ...]]:
    """Per twin group, per finding, the evidence of the member whose ratio for the finding is
    best (the one the group's united score uses; the first member on ties): observed findings,
    OR-groups (by their best member), excluded findings. Only the (member, finding) pairs
    shown are explained, those not remembered in one vectorised pass
    (:meth:`LikelihoodModel.explain_pairs`). Each item's likelihood ratio is
    that best member's, or with ``united`` (the vectors the groups were scored with) the
    group's, read at its first member."""
    onto = knowledge.ontology
    background = knowledge.background
    members = list(dict.fromkeys(m for group in groups for m in group))
    # With ``united``, a lone disease shows its own evidence at the united ratio: its own
    # ratios choose nothing, and are read only for the members of twin groups.
    compared = (members if united is None
                else list(dict.fromkeys(m for group in groups if len(group) > 1 for m in group)))

    # All the vectors read at once, at the members and (with ``united``) the groups' first.
    def at_members(vectors: Sequence[Ratios]) -> list[dict[int, float]]:
        if not compared:
            return [{} for _ in vectors]
        matrix = gather(vectors, compared) if vectors else np.zeros((0, len(compared)))
        return [dict(zip(compared, row, strict=True)) for row in matrix.tolist()]

    def best(values: dict[int, float], group: Sequence[int], lowest: bool = False
             ) -> tuple[int, float]:
        # The member whose ratio the group uses (the first on ties), and that ratio.
        if len(group) == 1 and united is not None:
            return group[0], 0.0  # the ratio shown is the united one
        m = (min if lowest else max)(group, key=values.__getitem__)
        return m, values[m]

    def group_ratios(vectors: FindingVectors) -> list[list[float]]:
        # Per group, the ratio of each finding at the group's first member.
        every = ([v for _, v in vectors.observed] + [v for _, v, _ in vectors.groups]
                 + [v for _, v in vectors.excluded])
        if not every:
            return [[] for _ in groups]
        matrix = gather(every, [group[0] for group in groups])
        return [list(column) for column in matrix.T.tolist()]

    weights = [[float(background[onto.index(t)]) for t in ids] for ids, _, _ in vectors.groups]
    best_members = {
        m: [group_best_member(ids, ratios, w, m)
            for (ids, _, ratios), w in zip(vectors.groups, weights, strict=True)]
        for m in members
    }
    observed_terms = [onto.index(t) for t, _ in vectors.observed]
    missing = [onto.index(t) for t, _ in vectors.excluded]
    labels: dict[int, str] = {}
    references: dict[int, tuple[str, ...]] = {}
    figure_sources: dict[int, tuple[str, ...]] = {}  # row -> sources of a curated frequency

    remembered = model.evidence_items

    def finding(term_id: str, ratio: float, excluded: bool, detail: MatchDetail
                ) -> FindingEvidence:
        # As _finding, remembered (an item depends on these four values only).
        key = (term_id, ratio, excluded, detail)
        item: FindingEvidence | None = remembered.get(key)
        if item is None:
            item = build(term_id, ratio, excluded, detail)
            remembered.put(key, item)
        return item

    def build(term_id: str, ratio: float, excluded: bool, detail: MatchDetail
              ) -> FindingEvidence:
        term = onto.index(term_id)
        if term not in labels:
            labels[term] = onto.names[term]
        if detail.term >= 0 and detail.term not in labels:
            labels[detail.term] = onto.names[detail.term]
        if detail.row >= 0 and detail.row not in references:
            references[detail.row] = knowledge.references_of(detail.row)
            figure_sources[detail.row] = knowledge.frequency_sources_of(detail.row)
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
            frequency_sources=figure_sources[detail.row] if detail.row >= 0 else (),
        )

    observed_values = at_members([vector for _, vector in vectors.observed])
    or_values = at_members([vector for _, vector, _ in vectors.groups])
    excluded_values = at_members([vector for _, vector in vectors.excluded])
    shown_ratios = group_ratios(united) if united is not None else None
    # Per group and finding, the member whose ratio the group uses: its id, its own ratio,
    # excluded?, the member and the finding's term. Only these pairs are explained.
    picks: list[list[tuple[str, float, bool, int, int]]] = []
    for group in groups:
        lone = len(group) == 1 and united is not None
        picked: list[tuple[str, float, bool, int, int]] = []
        for f, (tid, _) in enumerate(vectors.observed):
            m, own = (group[0], 0.0) if lone else best(observed_values[f], group)
            picked.append((tid, own, False, m, observed_terms[f]))
        for g, values in enumerate(or_values):
            m, own = best(values, group)
            tid = best_members[m][g]
            picked.append((tid, own, False, m, onto.index(tid)))
        for f, (tid, _) in enumerate(vectors.excluded):
            m, own = (group[0], 0.0) if lone else best(excluded_values[f], group, lowest=True)
            picked.append((tid, own, True, m, missing[f]))
        picks.append(picked)
    details = iter(model.explain_pairs(
        [(m, term, excluded) for picked in picks for _, _, excluded, m, term in picked]))
    result = []
    for number, picked in enumerate(picks):
        ratios = (shown_ratios[number] if shown_ratios is not None
                  else [ratio for _, ratio, _, _, _ in picked])
        items = []
        recent = remembered.generations[0]
        for (tid, _, excluded, _, _), ratio in zip(picked, ratios, strict=True):
            detail = next(details)
            item = recent.get((tid, ratio, excluded, detail))
            if item is None:
                item = finding(tid, ratio, excluded, detail)
                recent = remembered.generations[0]  # put() may have started a generation
            items.append(item)
        result.append(tuple(items))
    return result
