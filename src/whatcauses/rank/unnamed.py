"""Hallmarks a person's question leaves unnamed: a tie-breaker among its leading candidates.

A person who has a disease's hallmark (an annotation of frequency ``f`` of at least
``HALLMARK_FREQUENCY``) that a person can notice and name mentions it with chance ``m``
(``ModelParameters.question_unnamed_naming``); a question that names none of the terms at,
above or below it is then ``1 - m f`` as likely under that disease. Nameable: the term or
its parent is a finding of the curated lay lexicon (knowledge/curated/lay_terms.yaml, kind
``finding``: a symptom or sign in everyday words; not its lab and antibody entries, which a
person learns of only from tests).

The weight only reorders the first ``question_unnamed_depth`` candidates that explain every
named finding (a finding a disease explains only through its noise floor is unexplained), in
the places they hold: a candidate that leaves a finding unexplained keeps its place, and no
candidate from below comes in. Measured (h-ranker6) in Ranker.rank_interpretation's
docstring.

Measured and not used (h-ranker15; questions_dev and every dev probe but the CHECK sets, with
probe_h-ranker15: 3,975 questions, top-1/3/10 2583/3198/3522 as shipped, 2556/3198/3522
with the weight off: it moves 107 accepted answers up and 60 down):
- the naming chance scaled by (findings named / K) for a question naming fewer than K (a
  short question leaves most things unsaid): K = 2 / 3 / 4 gave top-1 2576 / 2576 / 2584,
  top-3 and top-10 unchanged, with 28 / 57 / 79 answers moved (K = 4 put psoriasis before
  tinea and shingles first for "a band of blisters", but Osgood-Schlatter, stress
  incontinence and age-related hearing loss fell behind look-alikes);
- sparing a curated disease's hallmark whose term shares a word stem with the disease's name
  (Gout in gout, Psoriasiform dermatitis in psoriasis, Epididymitis in epididymitis: the
  diagnosis asked about, not a sign a person names): top-1 2572 (psoriasis, dysmenorrhoea,
  orthostatic hypotension and sciatica up; testicular torsion, conjunctivitis, ischaemic
  stroke and alopecia areata down, their look-alikes' own diagnosis terms having held them
  back); with K = 3 / 4 above 2573 / 2570.
- weighing a candidate by its own twin group and the group of the disease its family stands
  for, not by its best member over the forms that join it (h-rarerank2; every dev probe and
  questions_dev, 7,304 questions, with question_exact_pair_families): top-1 5223 -> 5224,
  5 answers up (tuberous sclerosis before Angelman syndrome, whose forms by mechanism, with
  few annotations, lend it few hallmarks) and 5 down (four Angelman questions, the dev
  question among them behind Christianson syndrome, whose two records weigh by the lighter;
  systemic sclerosis for tight shiny fingers), and dev questions top-1 76 -> 75 of 95.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.curated import lay_terms
from whatcauses.rank.model import Vector
from whatcauses.rank.results import Candidate, UnnamedHallmark

HALLMARK_FREQUENCY = 0.8
# A finding counts as explained by a disease when its ratio is above the disease's noise
# floor by more than rounding.
EXPLAINED_MARGIN = 1.0001


def nameable_terms(knowledge: Knowledge) -> npt.NDArray[np.bool_]:
    """Boolean vector over terms: a finding of the curated lay lexicon, or a child of one."""
    onto = knowledge.ontology
    lay = np.zeros(len(onto.ids), dtype=bool)
    for entry in lay_terms():
        if entry.kind == "finding":
            lay[[onto.index(h) for h in entry.hpo if h in onto]] = True
    parent_lay = np.zeros(len(onto.ids), dtype=bool)
    counts = np.diff(onto.parents_ptr)
    children = np.repeat(np.arange(len(onto.ids)), counts)
    np.logical_or.at(parent_lay, children, lay[onto.parents_idx])
    result: npt.NDArray[np.bool_] = lay | parent_lay
    return result


class UnnamedHallmarks:
    """Per-disease weights of the unnamed hallmarks; immutable after construction."""

    def __init__(self, knowledge: Knowledge, naming: float,
                 threshold: float = HALLMARK_FREQUENCY) -> None:
        self.knowledge = knowledge
        a = knowledge.arrays
        self._ptr = a["direct_ptr"]
        self._disease = a["direct_disease"].astype(np.int64)
        frequency = a["direct_probability"].astype(np.float64)
        self._term = np.repeat(np.arange(len(self._ptr) - 1), np.diff(self._ptr))
        self._frequency = frequency
        chance = np.where(nameable_terms(knowledge)[self._term] & (frequency >= threshold),
                          naming * frequency, 0.0)
        # Per annotation row (direct columns: one disease, one term), its log weight when
        # unnamed (0 for rows never weighed); per disease, the sum over all its rows.
        self._row_log = np.log1p(-np.minimum(chance, 0.999))
        self._full = np.zeros(knowledge.n_diseases)
        np.add.at(self._full, self._disease, self._row_log)

    def related(self, named: Iterable[int]) -> set[int]:
        """The term indices at, above or below the ``named`` terms (a hallmark among them
        counts as named)."""
        onto = self.knowledge.ontology
        related: set[int] = set()
        for t in named:
            related.update(onto.ancestors(t).tolist())
            related.update(onto.descendants(t))
        return related

    def log_weights(self, named: Iterable[int]) -> Vector:
        """Per disease, the summed log weight of its hallmarks at, above or below none of the
        ``named`` terms."""
        return self.log_weights_unrelated(self.related(named))

    def log_weights_unrelated(self, related: set[int]) -> Vector:
        """Per disease, the summed log weight of its hallmarks none of the ``related`` terms
        (:meth:`related`) is."""
        total = self._full.copy()
        if not related:
            return total
        # All related terms' annotation rows at once, in the order the terms come (a broad
        # finding such as "Abnormality of the nervous system" relates to thousands of terms).
        terms = np.fromiter(related, dtype=np.int64, count=len(related))
        starts, lengths = self._ptr[terms], np.diff(self._ptr)[terms]
        offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        rows = offsets + np.arange(int(lengths.sum()))
        np.subtract.at(total, self._disease[rows], self._row_log[rows])
        return total

    def unnamed(self, disease: int, related: set[int]) -> tuple[UnnamedHallmark, ...]:
        """The hallmarks of the disease at index ``disease`` that weighed it down, none of
        them among the ``related`` terms (:meth:`related`), most frequent first."""
        rows = np.flatnonzero((self._disease == disease) & (self._row_log < 0))
        onto = self.knowledge.ontology
        found = {int(self._term[r]): r for r in rows if int(self._term[r]) not in related}
        hallmarks = (UnnamedHallmark(onto.ids[t], float(self._frequency[r]),
                                     float(np.exp(self._row_log[r])))
                     for t, r in found.items())
        return tuple(sorted(hallmarks, key=lambda h: (-h.frequency, h.hpo_id)))


def reordered(candidates: Sequence[Candidate], depth: int, index: Mapping[str, int],
              log_weight: Vector, explains: Callable[[Sequence[int]], bool],
              hallmarks_of: Callable[[int], tuple[UnnamedHallmark, ...]] | None = None
              ) -> list[Candidate]:
    """The candidates with the first ``depth`` that ``explains`` (given a candidate's
    member indices) reordered, in their own places, by score plus their members' best log
    weight; each renumbered. ``hallmarks_of`` (a member's index → its unnamed hallmarks)
    gives each reordered candidate its ``unnamed_hallmarks``, said in its evidence."""
    head = list(candidates[:depth])
    members = [[index[d] for d in c.ids] for c in head]
    places = [i for i, m in enumerate(members) if explains(m)]

    def best(i: int) -> int:
        return max(members[i], key=lambda m: float(log_weight[m]))

    def key(i: int) -> float:
        return head[i].score * math.log(10) + float(log_weight[best(i)])

    moved = sorted(places, key=key, reverse=True)  # stable: ties keep their order
    shown = list(candidates)
    reweighed = _reweighed([head[i] for i in places], [key(i) for i in places])
    if hallmarks_of is not None and len(places) > 1:
        reweighed = [replace(c, unnamed_hallmarks=hallmarks_of(best(i)))
                     for c, i in zip(reweighed, places, strict=True)]
    for place, i in zip(places, moved, strict=True):
        shown[place] = reweighed[places.index(i)]
    return [c if c.rank == n else replace(c, rank=n) for n, c in enumerate(shown, start=1)]


def _reweighed(moved: Sequence[Candidate], keys: Sequence[float]) -> list[Candidate]:
    """The reordered candidates with their probabilities and scores weighed by the unnamed
    hallmarks, so that the order shown and the figures agree (a candidate never shows a
    lower probability than one below it): the weight moves probability only among them,
    their total is unchanged."""
    if len(moved) < 2:
        return list(moved)
    top = max(keys)
    shares = [math.exp(k - top) for k in keys]
    total_share = sum(shares)
    total_probability = sum(c.probability for c in moved)
    total_odds = sum(10.0 ** (c.score - moved[0].score) for c in moved)
    result = []
    for c, share in zip(moved, shares, strict=True):
        fraction = share / total_share
        score = moved[0].score + math.log10(fraction * total_odds)
        result.append(replace(c, probability=total_probability * fraction, score=score))
    return result
