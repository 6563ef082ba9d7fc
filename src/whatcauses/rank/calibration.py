"""Calibrated scores of the leading candidates: the likelihood ratio weighed for the size of the
query and of the disease's annotation set, with how much of the disease's profile the findings
cover.

The sum of log likelihood ratios treats findings as independent, so it grows too confident as
findings accumulate; and a disease with few annotations explains fewer findings by chance
than one with hundreds, while a disease whose whole profile the findings cover fits better
than the sum says (the idea of two-way similarity, as in Phen2Disease, and of a size-specific
null, as in Phenomizer: Köhler et al. 2009, AJHG, PMID 19800049).
The calibrated score is a weighted sum of a few such features, each shown in the evidence:

=============================  ===============================================================
``log_likelihood_ratio``       sum of the observed findings' log likelihood ratios
``mean_log_likelihood_ratio``  the same divided by the number of findings *k* (counted as
                               below)
``profile_covered``            share of the disease's annotated features, weighted by their
                               frequency, that some finding implies (the finding is the
                               feature or a more specific term), times log *k*
``annotation_count``           log of the number of features annotated to the disease
``profile_closeness``          mean over the disease's features of how close the findings come
                               (information content of the most specific term a finding and
                               the feature share, over the feature's own)
``profile_covered_specific``   share of the disease's features, weighted by information
                               content, that some finding implies
``strongest_finding``          the largest single log likelihood ratio among the findings
=============================  ===============================================================

*k* counts only the findings that at least one of the ``LEADING_CANDIDATES`` best candidates
(by the plain likelihood ratio) explains better than chance (a ratio above 1). A finding that
none of them explains is most likely incidental (on the development phenopackets 96 % of the
recorded findings are explained by one of the five leading candidates, a random unrelated
finding 25 % of the time); counting it would make the score lean more on profile coverage
and less on the mean ratio for every candidate, so one stray finding reorders the list.

The weights are a conditional logit (a softmax over each case's leading candidates) fitted on
the development phenopackets with papers held out (bench/accuracy.py ``--fit``; figures by
group k-fold over papers, ``--cv``), so ``exp(score)`` normalised over the candidates is a
calibrated probability. Priors, age, sex and excluded findings add to the score unweighted,
as in Bayes' rule. Twin groups are scored on their members' united annotations.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import numpy as np

from whatcauses.errors import DataError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.ontology import expand_ancestors
from whatcauses.rank.model import Indices, LikelihoodModel, Vector, concatenated_ranges
from whatcauses.rank.results import Query, ScoreTerm
from whatcauses.rank.sparse import SparseVector, gather

FEATURES = (
    "log_likelihood_ratio",
    "mean_log_likelihood_ratio",
    "profile_covered",
    "annotation_count",
    "profile_closeness",
    "profile_covered_specific",
    "strongest_finding",
)
# Candidates (twin groups) re-scored per query, best first by the plain likelihood ratio (more
# when more are asked for), as many as the weights were fitted on: deeper ones do not climb
# (re-scoring 100, 200 or 300 gave the same top ten on the development cases).
CALIBRATION_DEPTH = 50
FIT_DEPTH = CALIBRATION_DEPTH
# How many of the leading candidates a finding must be explained by (one of them) to count in
# the number of findings *k*. Chosen on the development phenopackets with papers held out
# (3, 5 and 10 gave the same clean figures; 5 kept the most with two unrelated findings).
LEADING_CANDIDATES = 5
# How many finding terms' closeness tables to keep (one byte per annotated term, 11 KB each):
# a batch meets the same findings again and again (2,686 distinct finding terms in the 3,723
# development cases; a table takes about 0.06 ms to build, a few times what reading it costs).
CLOSENESS_CACHE = 4096

Matrix = np.ndarray[Any, np.dtype[np.float64]]


@dataclass(frozen=True, slots=True)
class _Profiles:
    """Per twin group, its distinct phenotype annotations (the members' united), in CSR form."""

    ptr: Indices  # group -> range in terms/frequency (indexed by group head)
    terms: Indices
    slots: Indices  # per entry, its term's place among the annotated terms (:attr:`annotated`)
    annotated: Indices  # the distinct terms of all profiles, ascending
    term_ic: Vector  # per entry, its term's information content (at least 1e-9)
    frequency: Vector  # largest model frequency of the term among the members
    total_frequency: Vector  # per group: the sum of its terms' frequencies
    total_ic: Vector  # per group: the sum of its terms' information content


@dataclass(frozen=True, slots=True)
class CalibratedScores:
    """The re-scored candidates of one query."""

    log_score: Vector  # per disease: the calibrated log score, -inf for those not re-scored
    order: list[int]  # re-scored diseases (all twin members), best first
    features: dict[int, Vector]  # twin group head -> feature values
    weights: tuple[float, ...]

    def terms(self, group_head: int) -> tuple[ScoreTerm, ...]:
        values = self.features.get(group_head)
        if values is None:
            return ()
        listed = values.tolist()
        return tuple(map(ScoreTerm, FEATURES, listed, self.weights,
                         [value * weight for value, weight in zip(listed, self.weights,
                                                                  strict=True)]))


class Calibrator:
    """Immutable; the profiles are built on first use (about 0.1 s) and shared by threads."""

    def __init__(self, knowledge: Knowledge, model: LikelihoodModel,
                 weights: Sequence[float]) -> None:
        if len(weights) != len(FEATURES):
            raise DataError(f"calibration needs {len(FEATURES)} weights, got {len(weights)}")
        self.knowledge = knowledge
        self.model = model
        self.weights = tuple(float(w) for w in weights)
        self._twin_group = knowledge.arrays["twin_group"].astype(np.int64)
        # Thread-safe memo (functools.lru_cache locks internally) of a pure per-term table.
        self._closeness_table = lru_cache(maxsize=CLOSENESS_CACHE)(self._compute_closeness)

    @cached_property
    def information_content(self) -> Vector:
        """``-log`` of the share of diseases that show a term (or a descendant)."""
        n = max(self.knowledge.n_diseases, 1)
        shown = np.diff(self.knowledge.arrays["model_ptr"]).astype(np.float64)
        ic: Vector = -np.log(np.maximum(shown, 1.0) / n)
        return ic

    @cached_property
    def _group_members(self) -> tuple[Indices, Indices]:
        """(entries sorted by twin group, per group head the range of its members there)."""
        by_group = np.argsort(self._twin_group, kind="stable")
        ptr = np.searchsorted(self._twin_group[by_group], np.arange(len(self._twin_group) + 1))
        return by_group, ptr

    @cached_property
    def profiles(self) -> _Profiles:
        a = self.knowledge.arrays
        onto = self.knowledge.ontology
        n_terms = len(onto.ids)
        ptr = a["direct_ptr"]
        term = np.repeat(np.arange(n_terms, dtype=np.int64), np.diff(ptr))
        group = self._twin_group[a["direct_disease"].astype(np.int64)]
        frequency = a["direct_probability"].astype(np.float64)
        key = group * n_terms + term
        # Per (group, term), the largest frequency of its annotations: one sort by key and a
        # maximum over each run (the same values as sorting by frequency within each key, in
        # about half the start-up time: a lexsort on two keys costs twice a sort on one;
        # fmax passes over NaN, which that sort placed last).
        order = np.argsort(key, kind="stable")
        key, frequency = key[order], frequency[order]
        first = np.ones(len(key), dtype=bool)
        first[1:] = key[1:] != key[:-1]
        starts = np.flatnonzero(first)
        key, frequency = key[starts], np.fmax.reduceat(frequency, starts)
        groups, terms = key // n_terms, key % n_terms
        n = len(self._twin_group)
        group_ptr = np.searchsorted(groups, np.arange(n + 1))
        ic = np.maximum(self.information_content[terms], 1e-9)
        total_frequency = np.bincount(groups, weights=frequency, minlength=n).astype(np.float64)
        total_ic = np.bincount(groups, weights=ic, minlength=n).astype(np.float64)
        annotated = np.unique(terms)
        slots = np.searchsorted(annotated, terms)
        return _Profiles(group_ptr, terms, slots, annotated, ic, frequency, total_frequency,
                         total_ic)

    @cached_property
    def _below(self) -> tuple[Indices, Indices]:
        """Per term, the places (:attr:`_Profiles.annotated`) of the annotated terms at or
        below it, in CSR form (ptr over all terms, places): the ontology's ancestor table
        turned around, over the terms that profiles name."""
        onto = self.knowledge.ontology
        annotated = self.profiles.annotated
        owner, ancestor = expand_ancestors(onto.ancestors_ptr, onto.ancestors_idx, annotated)
        order = np.argsort(ancestor, kind="stable")
        ptr = np.searchsorted(ancestor[order], np.arange(len(onto.ids) + 1))
        return ptr, owner[order].astype(np.intp)  # numpy indexes with intp: no conversion

    def _compute_closeness(self, term: int) -> tuple[Vector, Indices]:
        """How close one finding term comes to every annotated term: (values, places), the
        information content of the most specific term they share being
        ``values[places[annotated place]]`` (0 when they share none).

        The term's lineage (itself included), least specific first; each lineage term writes
        its position to the annotated terms at or below it, so the last (most specific) one
        that reaches a term stays."""
        onto = self.knowledge.ontology
        lineage = onto.ancestors_idx[onto.ancestors_ptr[term]:onto.ancestors_ptr[term + 1]]
        ic = self.information_content[lineage]
        order = np.argsort(ic, kind="stable")
        values: Vector = np.concatenate(([0.0], ic[order]))
        places: Indices = np.zeros(len(self.profiles.annotated),
                                   dtype=np.uint8 if len(lineage) < 255 else np.int64)
        ptr, below = self._below
        everything = len(places)
        for position, ancestor in enumerate(lineage[order].tolist(), start=1):
            reached = below[ptr[ancestor]:ptr[ancestor + 1]]
            if len(reached) == everything:  # the root, and any term every profile is under
                places.fill(position)
            else:
                places[reached] = position
        values.setflags(write=False)  # shared through the cache
        places.setflags(write=False)
        return values, places

    def features(self, finding_terms: Sequence[Sequence[int]], log_ratios: Matrix,
                 groups: Indices) -> Matrix:
        """Feature values (one row per twin group head in ``groups``).

        ``finding_terms``: per finding, its term (an OR-group: its members' terms);
        ``log_ratios``: per finding, the united log likelihood ratios of the groups, which
        come best first by the plain likelihood ratio.
        """
        k = counted_findings(log_ratios)
        p = self.profiles
        ic = self.information_content
        # The terms the query implies (each finding and its ancestors), with their IC.
        onto = self.knowledge.ontology
        implied = np.zeros(len(ic))
        _, lineage = expand_ancestors(onto.ancestors_ptr, onto.ancestors_idx,
                                      np.asarray([t for f in finding_terms for t in f]))
        implied[lineage] = ic[lineage]
        starts, ends = p.ptr[groups], p.ptr[groups + 1]
        sizes = ends - starts
        positions = concatenated_ranges(starts, sizes)
        covered = implied[p.terms[positions]] > 0
        term_ic = p.term_ic[positions]
        # Per annotated feature, the IC of the most specific term it shares with a finding:
        # the largest over the findings' terms of what each shares with it (the same maximum
        # over the same values as over the union of their lineages), from remembered tables.
        slots = p.slots[positions]
        closest: Vector = np.zeros(len(slots))
        for term in dict.fromkeys(t for f in finding_terms for t in f):
            values, places = self._closeness_table(term)
            np.maximum(closest, values.take(places.take(slots)), out=closest)
        frequency = p.frequency[positions]
        bounds = np.concatenate(([0], np.cumsum(sizes)))
        nonempty = sizes > 0

        def per_group(values: Vector) -> Vector:
            total: Vector = np.zeros(len(groups))
            if len(values):
                total[nonempty] = np.add.reduceat(values, bounds[:-1][nonempty])
            return total

        count = np.maximum(sizes, 1).astype(np.float64)
        profile_covered = per_group(frequency * covered) / np.maximum(p.total_frequency[groups],
                                                                      1e-9)
        specific = per_group(term_ic * covered) / np.maximum(p.total_ic[groups], 1e-9)
        closeness = per_group(closest / term_ic) / count
        total = log_ratios.sum(axis=0)
        strongest = log_ratios.max(axis=0) if len(log_ratios) else np.zeros(len(groups))
        return np.column_stack([
            total, total / k, profile_covered * math.log(k), np.log(count), closeness, specific,
            strongest,
        ])

    def rescore(self, finding_terms: Sequence[Sequence[int]],
                log_ratio_vectors: Sequence[SparseVector | Vector], order: Sequence[int],
                log_post: Vector, top: int) -> CalibratedScores:
        """Re-score the leading twin groups of ``order`` (best first by ``log_post``).

        ``log_ratio_vectors``: per finding (as :func:`finding_terms`), the logarithm of its
        united likelihood ratios. ``log_post`` holds everything the calibration leaves as it
        is (priors, age, sex, excluded findings) plus the observed findings' log ratios, which
        are replaced by the weighted features.
        """
        depth = max(CALIBRATION_DEPTH, top)
        in_order = self._twin_group[np.asarray(order, dtype=np.int64)]
        _, first = np.unique(in_order, return_index=True)
        groups = in_order[np.sort(first)[:depth]]
        log_ratios = (gather(log_ratio_vectors, groups) if log_ratio_vectors
                      else np.zeros((0, len(groups))))
        values = self.features(finding_terms, log_ratios, groups)
        score = values @ np.asarray(self.weights) + log_post[groups] - log_ratios.sum(axis=0)
        by_group, ptr = self._group_members
        sizes = ptr[groups + 1] - ptr[groups]
        members = by_group[concatenated_ranges(ptr[groups], sizes)]
        member_score = np.repeat(score, sizes)
        log_score: Vector = np.full(len(log_post), -np.inf)
        log_score[members] = member_score
        ranked = np.lexsort((members, -member_score))
        return CalibratedScores(
            log_score=log_score,
            order=members[ranked].tolist(),
            features=dict(zip(groups.tolist(), values, strict=True)),
            weights=self.weights,
        )


def counted_findings(log_ratios: Matrix) -> int:
    """The number of findings (rows) that one of the first ``LEADING_CANDIDATES`` candidates
    (columns, best first) explains better than chance (a log ratio above 0); at least 1."""
    if not log_ratios.size:
        return 1
    explained = log_ratios[:, :LEADING_CANDIDATES].max(axis=1) > 0
    return max(int(explained.sum()), 1)


def finding_terms(knowledge: Knowledge, query: Query) -> list[list[int]]:
    """Per finding of a query, its term indices (an OR-group's members), in the order of
    :meth:`FindingVectors.observed_ratios`."""
    onto = knowledge.ontology
    return ([[onto.index(t)] for t in query.present]
            + [[onto.index(t) for t in group] for group in query.or_groups])

