"""Contrasts between candidates: from the evidence, and from curated look-alike statements.

Three kinds, each traceable to a source:

* evidence contrasts - for a runner-up, the finding its annotations explain worst compared
  with the leading candidate (likelihood ratios and the annotations behind them);
* curated look-alikes - ``distinguishing`` statements of the leading candidates' fact sheets,
  and statements of other sheets that name a leading candidate as their look-alike;
* category neighbours - curated diseases of the category the question names that come up in
  the ranking but fit less well; their annotations say what they show instead.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

import numpy as np

from whatcauses.explain.wording import frequency_words, join_words, lower_first, plain_label
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.ontology import Ontology, expand_ancestors
from whatcauses.knowledge.sheet_model import FactSheet, Statement
from whatcauses.knowledge.sheets import curated_sheet_index, curated_sheets
from whatcauses.rank.model import concatenated_ranges
from whatcauses.rank.results import Candidate


@dataclass(frozen=True, slots=True)
class Contrast:
    """A sentence contrasting candidates, with the sources it rests on."""

    text: str
    sources: tuple[str, ...]
    about: tuple[str, ...]  # disease ids it speaks of
    kind: str  # "evidence" | "curated" | "category"


def evidence_contrasts(ontology: Ontology, leader: Candidate, others: list[Candidate],
                       limit: int = 2) -> list[Contrast]:
    result: list[Contrast] = []
    lead = {e.hpo_id: e for e in leader.evidence}
    for other in others:
        worst = None
        for item in other.evidence:
            mine = lead.get(item.hpo_id)
            if mine is None or item.excluded:
                continue
            gap = mine.likelihood_ratio / max(item.likelihood_ratio, 1e-9)
            if gap > 1.5 and (worst is None or gap > worst[0]):
                worst = (gap, item, mine)
        if worst is None:
            continue
        _, item, mine = worst
        label = plain_label(ontology, item.hpo_id)
        if item.match in {"none", "contradicted"}:
            how = "its annotations do not list it"
            if item.match == "contradicted":
                how = "its annotations record it as absent"
        elif item.match in {"exact", "implied"}:
            how = ("its annotations list it "
                   f"{frequency_words(item.frequency, item.frequency_sources)}")
        elif item.matched_label:
            how = f"its annotations only come close with '{lower_first(item.matched_label)}'"
        else:
            how = "its annotations match it only loosely"
        text = (
            f"{other.name} fits {label} less well than {leader.name}: {how} "
            f"(likelihood ratio {item.likelihood_ratio:.3g} against {mine.likelihood_ratio:.3g})."
        )
        sources = tuple(dict.fromkeys([*item.references, *mine.references])) or (other.id,)
        result.append(Contrast(text, sources, (other.id, leader.id), "evidence"))
        if len(result) >= limit:
            break
    return result


def curated_lookalikes(leaders: list[Candidate], preferred: set[str],
                       limit: int = 5) -> list[Contrast]:
    """Distinguishing statements about the leading candidates (both directions)."""
    index = curated_sheet_index()
    lead_ids = {i for c in leaders for i in c.ids}
    found: list[tuple[int, Statement, FactSheet]] = []
    for position, candidate in enumerate(leaders):
        sheet = next((index[i] for i in candidate.ids if i in index), None)
        if sheet is None:
            continue
        for statement in sheet.distinguishing:
            found.append((position, statement, sheet))
    sheets = curated_sheets()
    naming = _statements_naming()
    # The statements of other sheets that name a leader, in the order of the sheets and of
    # their statements (the order the sort below keeps among equals).
    for sheet_no, statement_no in sorted({s for i in lead_ids for s in naming.get(i, ())}):
        sheet = sheets[sheet_no]
        if lead_ids & set(sheet.ids):
            continue
        statement = sheet.distinguishing[statement_no]
        position = min(i for i, c in enumerate(leaders) if set(c.ids) & set(statement.versus))
        found.append((position, statement, sheet))

    def priority(item: tuple[int, Statement, FactSheet]) -> tuple[int, int, str]:
        position, statement, sheet = item
        named = set(statement.versus) | set(sheet.ids)
        return (0 if named & preferred else 1, position, sheet.file)

    result: list[Contrast] = []
    seen_texts: set[str] = set()
    for _, statement, sheet in sorted(found, key=priority):
        if statement.text in seen_texts:
            continue
        seen_texts.add(statement.text)
        result.append(Contrast(statement.text, statement.sources,
                               (sheet.id, *statement.versus), "curated"))
        if len(result) >= limit:
            break
    return result


@lru_cache(maxsize=1)
def _statements_naming() -> Mapping[str, tuple[tuple[int, int], ...]]:
    """Disease id -> (sheet, statement) positions of the distinguishing statements that name
    it as a look-alike (read once: every answer asks it for its leading candidates)."""
    naming: dict[str, list[tuple[int, int]]] = {}
    for sheet_no, sheet in enumerate(curated_sheets()):
        for statement_no, statement in enumerate(sheet.distinguishing):
            for disease_id in dict.fromkeys(statement.versus):
                naming.setdefault(disease_id, []).append((sheet_no, statement_no))
    return MappingProxyType({d: tuple(places) for d, places in naming.items()})


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A curated disease of the named category whose annotations are near the findings."""

    disease: int
    shared: tuple[str, ...]  # labels of the common ancestors (what it has in common)
    instead: tuple[str, ...]  # labels of its own annotations under those ancestors
    similarity: float


# A shared ancestor this common (its background frequency) says too little to be worth saying.
_MAX_SHARED_BACKGROUND = 0.1


def closest_members(knowledge: Knowledge, members: Any, findings: Sequence[Sequence[str]],
                    exclude: set[str], limit: int = 3) -> list[Neighbour]:
    """Curated category members ranked by semantic closeness to the findings (Resnik).

    For each finding (an OR-group counts as its best member) the most informative common
    ancestor of the finding and any of the disease's annotations is found; its information
    content ``-log bg`` is the finding's similarity. Diseases are ordered by the summed
    similarity, then by how much of their annotation (by frequency) lies under those ancestors.
    """

    onto = knowledge.ontology
    background = knowledge.background
    index = knowledge.disease_ids_index  # sheet ids are canonical: no normalising per id
    curated, curated_ids = _curated_diseases(knowledge)
    candidates = [d for d, disease_id in zip(curated[members[curated]].tolist(),
                                             curated_ids[members[curated]].tolist(), strict=True)
                  if disease_id not in exclude]
    # Per finding: information content of each informative ancestor of its terms (0 elsewhere),
    # and its terms (a disease that shows one of them is a candidate, not a "neighbour").
    targets: list[tuple[list[int], np.ndarray[Any, Any]]] = []
    for group in findings:
        terms = [onto.index(term_id) for term_id in group]
        information = np.zeros(len(onto))
        for term in terms:
            for ancestor in onto.ancestors(term).tolist():
                share = float(background[ancestor])
                if ancestor != term and share <= _MAX_SHARED_BACKGROUND:
                    information[ancestor] = max(information[ancestor],
                                                -math.log(max(share, 1e-6)))
        targets.append((terms, information))
    a = knowledge.arrays
    # Computed once, not per candidate: the twin groups of the excluded ids, and the diseases
    # that show a finding (annotated with it or a descendant: a candidate, not a neighbour).
    twin_group = a["twin_group"]
    excluded_groups = {int(twin_group[index[i]]) for i in exclude if i in index}
    shows = np.zeros(knowledge.n_diseases, dtype=bool)
    for terms, _ in targets:
        for term in terms:
            shows[knowledge.implied_column(term)[0]] = True
    eligible = [d for d in candidates
                if int(twin_group[d]) not in excluded_groups and not shows[d]]
    informations = [information for _, information in targets]
    scored = [found for d in _closest_contenders(knowledge, eligible, informations, limit)
              if (found := _closeness(knowledge, d, informations)) is not None]
    scored.sort(key=lambda x: (-x[0], -x[1], knowledge.disease_ids[x[2]]))
    return [Neighbour(d, sh, ins, sim) for sim, _, d, sh, ins in scored[:limit]]


def _curated_diseases(knowledge: Knowledge) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The diseases with a fact sheet: (their indices in ascending order, their ids)."""
    found = _CURATED.get(knowledge)
    if found is None:
        index = knowledge.disease_ids_index
        pairs = sorted((index[i], i) for i in curated_sheet_index() if i in index)
        found = (np.asarray([d for d, _ in pairs], dtype=np.int64),
                 np.asarray([i for _, i in pairs], dtype=object))
        _CURATED[knowledge] = found
    return found


_CURATED: weakref.WeakKeyDictionary[Knowledge, tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]
_CURATED = weakref.WeakKeyDictionary()


def _phenotype_terms(knowledge: Knowledge, disease: int
                     ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """A disease's phenotype annotations: (annotation rows, their terms)."""
    ptr, rows = knowledge.phenotype_rows_by_disease
    own = rows[ptr[disease]:ptr[disease + 1]]
    return own, knowledge.arrays["ann_term"][own]


def _closest_contenders(knowledge: Knowledge, diseases: list[int],
                        informations: list[np.ndarray[Any, Any]], limit: int) -> list[int]:
    """The diseases that can be among the ``limit`` closest: those whose summed similarity
    (as :func:`_closeness` sums it) is at least the ``limit``-th best, found for all the
    diseases in one vectorised pass; only these need the full account of their ancestors."""
    onto = knowledge.ontology
    ptr, rows = knowledge.phenotype_rows_by_disease
    chosen = np.asarray(diseases, dtype=np.int64)
    sizes = ptr[chosen + 1] - ptr[chosen]
    chosen, sizes = chosen[sizes > 0], sizes[sizes > 0]
    if not len(chosen) or limit < 1:
        return []
    terms = knowledge.arrays["ann_term"][rows[concatenated_ranges(ptr[chosen], sizes)]]
    owner, ancestors = expand_ancestors(onto.ancestors_ptr, onto.ancestors_idx, terms)
    # Each term's ancestors include itself, so each disease's run of entries is non-empty.
    starts = np.searchsorted(owner, np.cumsum(sizes) - sizes)
    total = np.zeros(len(chosen))
    for information in informations:
        best = np.maximum.reduceat(information[ancestors], starts)
        total += np.where(best > 0, best, 0.0)  # as a running sum of the positive bests
    positive = total > 0
    if not positive.any():
        return []
    cut = np.sort(total[positive])[::-1][min(limit, int(positive.sum())) - 1]
    result: list[int] = chosen[positive & (total >= cut)].tolist()
    return result


def _closeness(knowledge: Knowledge, disease: int, informations: list[np.ndarray[Any, Any]]
               ) -> tuple[float, float, int, tuple[str, ...], tuple[str, ...]] | None:
    """(summed similarity, annotation weight under the shared ancestors, the disease, the
    shared ancestors' labels, its own annotations' labels under them); ``None`` when it shares
    no informative ancestor with any finding."""
    onto = knowledge.ontology
    a = knowledge.arrays
    rows, annotated = _phenotype_terms(knowledge, disease)
    if not len(annotated):
        return None
    frequency = np.nan_to_num(a["ann_frequency"][rows], nan=0.5)
    owner, ancestors = expand_ancestors(onto.ancestors_ptr, onto.ancestors_idx, annotated)
    total, weight = 0.0, 0.0
    shared: list[str] = []
    instead: list[str] = []
    for information in informations:
        values = information[ancestors]
        best = int(np.argmax(values))
        if values[best] <= 0:
            continue
        mica = int(ancestors[best])
        below = list(dict.fromkeys(owner[ancestors == mica].tolist()))
        labels = list(dict.fromkeys(onto.names[int(annotated[j])] for j in below))
        total += float(values[best])
        weight += float(frequency[below].sum())
        shared.append(onto.names[mica])
        instead.extend(labels[:3])
    if total <= 0:
        return None
    return (total, weight, disease, tuple(dict.fromkeys(shared)), tuple(dict.fromkeys(instead)))


def category_neighbours(knowledge: Knowledge, neighbours: list[Neighbour], asked: str,
                        category: str) -> list[Contrast]:
    """Sentences on curated category members that come up but fit less well."""

    index = curated_sheet_index()
    result: list[Contrast] = []
    for neighbour in neighbours:
        disease_id = knowledge.disease_ids[neighbour.disease]
        sheet = index.get(disease_id)
        name = sheet.name if sheet else knowledge.disease_names[neighbour.disease]
        instead = join_words([lower_first(x) for x in neighbour.instead[:3]])
        shared = join_words([lower_first(x) for x in neighbour.shared])
        text = (f"{name} comes up among {category} diseases because it also involves "
                f"{shared}, but its annotations describe {instead} rather than {asked}.")
        sources = [disease_id]
        result.append(Contrast(text, tuple(sources), (disease_id,), "category"))
    return result
