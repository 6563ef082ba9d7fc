"""Compile parsed hp.obo + phenotype.hpoa into the arrays the engine works on.

Everything here runs once per data release (at cache build); the result is a flat mapping of
numpy arrays plus two JSON string tables, which :mod:`whatcauses.knowledge.store` writes and
reads atomically.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from whatcauses.errors import DataError
from whatcauses.knowledge import ids
from whatcauses.knowledge.annotations import Annotation, AnnotationFile
from whatcauses.knowledge.curated_diseases import CuratedDiseases, SheetFinding
from whatcauses.knowledge.genes import gene_arrays
from whatcauses.knowledge.obo import OboDocument, OboTerm
from whatcauses.knowledge.ontology import expand_ancestors
from whatcauses.knowledge.twins import twin_groups

ROOT = ids.ROOT
PHENOTYPIC_ABNORMALITY = ids.PHENOTYPIC_ABNORMALITY
ONSET_ROOT = "HP:0003674"
INHERITANCE_ROOT = "HP:0000005"

# Annotations that state no frequency are common in OMIM-derived entries; they mean "a feature
# of the disease" without a measured share. The value below was chosen on the development
# benchmark (bench/accuracy.py) among 0.5-1.0.
DEFAULT_FREQUENCY = 0.7

# The ranking model (whatcauses.rank.model) reads its own columns, "model_*" and "direct_*",
# built with these constants (chosen on the development benchmark, bench/accuracy.py):
# * an annotation without a frequency counts as MODEL_DEFAULT_FREQUENCY;
# * a frequency counted in patients, n/m with n > 0, is shrunk towards FREQUENCY_PRIOR_MEAN as
#   if FREQUENCY_PRIOR_WEIGHT more patients had been seen, (n + w * mean) / (m + w): 1/1 is
#   weak evidence of "always", 1/40 of "almost never" (a Beta prior on the share);
# * the probability of a term in a disease combines its annotated descendants by noisy-OR,
#   1 - prod(1 - f), rather than taking the largest one.
MODEL_DEFAULT_FREQUENCY = 0.4
FREQUENCY_PRIOR_WEIGHT = 2.0
FREQUENCY_PRIOR_MEAN = 0.5

ASPECTS = ("P", "I", "C", "M", "H")
SEXES = ("", "MALE", "FEMALE")

Arrays = dict[str, np.ndarray[Any, Any]]


def _csr(rows: list[list[int]]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    flat = [i for r in rows for i in r]
    return indptr, np.asarray(flat, dtype=np.int32)


def _topological_ancestors(parents: list[list[int]]) -> list[list[int]]:
    """Ancestor sets (each term included in its own) of a DAG given as parent lists."""
    n = len(parents)
    result: list[list[int] | None] = [None] * n
    for start in range(n):
        if result[start] is not None:
            continue
        stack = [start]
        while stack:
            node = stack[-1]
            pending = [p for p in parents[node] if result[p] is None]
            if pending:
                if len(stack) > n:
                    raise DataError("hp.obo has a cycle in its is_a hierarchy")
                stack.extend(pending)
                continue
            stack.pop()
            if result[node] is not None:
                continue
            found = {node}
            for p in parents[node]:
                found.update(result[p] or ())
            result[node] = sorted(found)
    return [r or [] for r in result]


def compile_release(document: OboDocument, annotation_file: AnnotationFile,
                    curated: CuratedDiseases | None = None,
                    gene_links: Mapping[str, tuple[str, ...]] | None = None) -> Arrays:
    """Build the arrays and string tables for one release (and the curated diseases, and the
    release's gene-disease links: knowledge/genes.py)."""
    curated = curated or CuratedDiseases()
    live = [t for t in document.terms if not t.obsolete]
    term_ids = [t.id for t in live]
    index = {tid: i for i, tid in enumerate(term_ids)}
    if ROOT not in index or PHENOTYPIC_ABNORMALITY not in index:
        raise DataError("hp.obo lacks the HPO root terms; is it really the HPO?")

    redirects: dict[str, str] = {}
    for term in live:
        for alt in term.alt_ids:
            redirects[alt] = term.id
    obsolete: dict[str, dict[str, list[str]]] = {}
    for term in document.terms:
        if term.obsolete:
            obsolete[term.id] = {"replaced_by": term.replaced_by, "consider": term.consider}
            for alt in term.alt_ids:
                obsolete.setdefault(alt, obsolete[term.id])
    for old, record in obsolete.items():
        target = next((r for r in record["replaced_by"] if r in index), None)
        if target and old not in index:
            redirects.setdefault(old, target)

    parents = [[index[p] for p in t.parents if p in index] for t in live]
    ancestors = _topological_ancestors(parents)
    par_ptr, par_idx = _csr(parents)
    anc_ptr, anc_idx = _csr(ancestors)

    def resolve(term_id: str) -> int:
        if term_id in index:
            return index[term_id]
        target = redirects.get(term_id)
        return index.get(target, -1) if target is not None else -1

    # Curated findings use terms of the release they were written against; another release
    # (or a test ontology) may lack some, and those findings are left out.
    listed = _sheet_frequencies(curated, (*annotation_file.rows, *_curated_rows(curated, resolve)),
                                resolve)
    all_rows = (*listed, *_sheet_rows(curated, listed, resolve, ancestors))

    disease_ids: list[str] = []
    disease_names: list[str] = []
    disease_index: dict[str, int] = {}
    for row in all_rows:
        if row.disease_id not in disease_index:
            disease_index[row.disease_id] = len(disease_ids)
            disease_ids.append(row.disease_id)
            disease_names.append(row.disease_name)

    reference_index: dict[str, int] = {}
    references: list[str] = []
    small_index: dict[str, int] = {}
    small: list[str] = []

    def intern(text: str, table: dict[str, int], values: list[str]) -> int:
        found = table.get(text)
        if found is None:
            found = table[text] = len(values)
            values.append(text)
        return found

    n_rows = len(all_rows)
    a_disease = np.empty(n_rows, dtype=np.int32)
    a_term = np.empty(n_rows, dtype=np.int32)
    a_freq = np.empty(n_rows, dtype=np.float32)
    a_negated = np.zeros(n_rows, dtype=np.bool_)
    a_aspect = np.empty(n_rows, dtype=np.uint8)
    a_sex = np.empty(n_rows, dtype=np.uint8)
    a_onset = np.empty(n_rows, dtype=np.int32)
    a_refs = np.empty(n_rows, dtype=np.int32)
    a_evidence = np.empty(n_rows, dtype=np.int32)
    a_modifiers = np.empty(n_rows, dtype=np.int32)
    a_curation = np.empty(n_rows, dtype=np.int32)
    a_freq_text = np.empty(n_rows, dtype=np.int32)
    a_freq_sources = np.empty(n_rows, dtype=np.int32)
    a_model_freq = np.empty(n_rows, dtype=np.float64)
    unknown_terms = 0
    for i, row in enumerate(all_rows):
        a_disease[i] = disease_index[row.disease_id]
        term_index = resolve(row.hpo_id)
        unknown_terms += term_index < 0
        a_term[i] = term_index
        a_freq[i] = np.nan if row.frequency is None else row.frequency
        a_negated[i] = row.negated or row.frequency == 0.0
        a_aspect[i] = ASPECTS.index(row.aspect) if row.aspect in ASPECTS else 0
        a_sex[i] = SEXES.index(row.sex) if row.sex in SEXES else 0
        a_onset[i] = resolve(row.onset) if row.onset else -1
        a_refs[i] = intern(";".join(row.references), reference_index, references)
        a_evidence[i] = intern(row.evidence, small_index, small)
        a_modifiers[i] = intern(";".join(row.modifiers), small_index, small)
        a_curation[i] = intern(row.biocuration, small_index, small)
        a_freq_text[i] = intern(row.frequency_text, small_index, small)
        a_freq_sources[i] = intern(";".join(row.frequency_sources), reference_index, references)
        a_model_freq[i] = _model_frequency(row.frequency_text, row.frequency)
    if unknown_terms > n_rows // 20:
        raise DataError(
            f"{unknown_terms} of {n_rows} annotations use HPO ids the ontology lacks: "
            "hp.obo and phenotype.hpoa do not belong to the same release"
        )

    implied = _implied_frequencies(
        a_disease, a_term, a_freq, a_negated, a_aspect, anc_ptr, anc_idx, len(term_ids)
    )
    col_ptr, col_disease, col_freq = implied
    background = np.zeros(len(term_ids), dtype=np.float64)
    np.add.at(background, np.repeat(np.arange(len(term_ids)), np.diff(col_ptr)), col_freq)
    background /= max(len(disease_ids), 1)

    # Twins are found from the release's own annotations (and profiles), not the sheets'.
    annotated: list[set[int]] = [set() for _ in disease_ids]
    for d, t in zip(a_disease[:len(listed)].tolist(), a_term[:len(listed)].tolist(), strict=True):
        if t >= 0:
            annotated[d].add(t)
    twins = np.asarray(twin_groups(disease_ids, disease_names, annotated), dtype=np.int32)
    _join_same_as(twins, disease_index, curated.same_as)
    # Plain-language questions also join a fact sheet's same_as entries: records of its
    # disease in the other source (Steinert myotonic dystrophy, ORPHA:273, for OMIM:160900)
    # whose names differ too much for the twin finder. Ranked apart, each held part of the
    # findings a question names and the sheet's own entry fell behind look-alikes. A sheet
    # lists the entries that are a form or subtype of the disease (early-onset Alzheimer
    # disease) under ranks_apart; they stay apart. Case reports (rank, batch) keep the
    # release's twins, on which their calibration was fitted: with the sheets' twins the dev
    # phenopackets lost 2 of 3,723 top-1 answers (Williams syndrome's united records led two
    # cases of another deletion syndrome).
    question_twins = twins.copy()
    _join_same_as(question_twins, disease_index, curated.sheet_twins)
    # After the twins, which are found from the release's own names; a sheet may name as the
    # same disease an entry that ranks apart (a spectrum's focal form), which keeps its name.
    for owner, (name, named) in curated.display_names.items():
        if owner not in disease_index:
            continue
        group = question_twins[disease_index[owner]]
        for disease_id in named:
            if disease_id in disease_index and question_twins[disease_index[disease_id]] == group:
                disease_names[disease_index[disease_id]] = name

    rows_order = np.argsort(a_disease, kind="stable").astype(np.int32)
    rows_ptr = np.zeros(len(disease_ids) + 1, dtype=np.int64)
    np.add.at(rows_ptr, a_disease.astype(np.int64) + 1, 1)

    model = _model_columns(
        a_disease,
        a_term,
        a_model_freq,
        a_negated,
        a_aspect,
        anc_ptr,
        anc_idx,
        len(term_ids),
        len(disease_ids),
    )

    strings = {
        "term_ids": term_ids,
        "term_names": [t.name for t in live],
        "lay_names": [_lay_name(t) for t in live],
        "disease_ids": disease_ids,
        "disease_names": disease_names,
        "references": references,
        "small": small,
        "redirects": redirects,
        "obsolete": obsolete,
        "data_version": document.data_version,
        "release": document.release,
        "hpoa_version": annotation_file.version,
        "curated_prevalence": curated.prevalence,
        "curated_onset": curated.onset,
        "curated_sheet_onset": curated.sheet_onset,
        "curated_sex": curated.sex,
        "curated_gestation": curated.gestation,
        "curated_family_risk": curated.family_risk,
        "curated_age_bands": curated.age_bands,
        "curated_urgent": list(curated.urgent),
        "curated_lay_names": {d: list(n) for d, n in curated.lay_names.items()},
        "curated_same_disease": {d: list(ids) for d, ids in curated.same_disease.items()},
        "curated_exposures": {d: list(keys) for d, keys in curated.exposures.items()},
        "curated_required_exposures": {d: list(keys)
                                       for d, keys in curated.required_exposures.items()},
        "curated_exposure_risks": {d: dict(risks)
                                   for d, risks in curated.exposure_risks.items()},
        "curated_site_keys": {d: dict(keys) for d, keys in curated.site_keys.items()},
    }
    text = {
        "definitions": [t.definition for t in live],
        "comments": [t.comment for t in live],
        "synonyms": [[[s.text, s.scope, s.kind or ""] for s in t.synonyms] for t in live],
        "xrefs": [t.xrefs for t in live],
        "alt_ids": [t.alt_ids for t in live],
    }
    return {
        "parents_ptr": par_ptr,
        "parents_idx": par_idx,
        "ancestors_ptr": anc_ptr,
        "ancestors_idx": anc_idx,
        "ann_disease": a_disease,
        "ann_term": a_term,
        "ann_frequency": a_freq,
        "ann_negated": a_negated,
        "ann_aspect": a_aspect,
        "ann_sex": a_sex,
        "ann_onset": a_onset,
        "ann_references": a_refs,
        "ann_evidence": a_evidence,
        "ann_modifiers": a_modifiers,
        "ann_biocuration": a_curation,
        "ann_frequency_text": a_freq_text,
        "ann_frequency_sources": a_freq_sources,
        "implied_ptr": col_ptr,
        "implied_disease": col_disease,
        "implied_frequency": col_freq,
        "background": background.astype(np.float32),
        **model,
        "twin_group": twins,
        "question_twin_group": question_twins,
        "profile_included": np.isin(np.arange(len(disease_ids)), [
            disease_index[d] for d in curated.profile_includes if d in disease_index]),
        "sheet_included": np.isin(np.arange(len(disease_ids)), [
            disease_index[d] for d in curated.sheet_includes if d in disease_index]),
        "rows_by_disease_ptr": np.cumsum(rows_ptr),
        "rows_by_disease": rows_order,
        "strings_json": np.frombuffer(json.dumps(strings).encode("utf-8"), dtype=np.uint8),
        "text_json": np.frombuffer(json.dumps(text).encode("utf-8"), dtype=np.uint8),
        **gene_arrays(gene_links or {}, disease_index),
    }


def _curated_rows(curated: CuratedDiseases, resolve: Callable[[str], int]) -> list[Annotation]:
    """The curated findings of the conditions this release can describe.

    Profiles are written against one HPO release; a finding whose term another release lacks
    is left out, and a profile most of whose terms are unknown (a test ontology, a very
    different release) is left out whole.
    """
    by_disease: dict[str, list[Annotation]] = {}
    for row in curated.annotations:
        by_disease.setdefault(row.disease_id, []).append(row)
    kept: list[Annotation] = []
    for rows in by_disease.values():
        known = [row for row in rows if resolve(row.hpo_id) >= 0]
        if 2 * len(known) >= len(rows):
            kept += known
    return kept


def _sheet_frequencies(curated: CuratedDiseases, rows: Sequence[Annotation],
                       resolve: Callable[[str], int]) -> tuple[Annotation, ...]:
    """``rows`` with the fact sheets' sourced frequencies filled in where a row records none.

    A row of a sheet's disease (any id the sheet names) that shows a term the sheet gives a
    frequency for, exactly (after HPO redirects), and has no frequency of its own takes the
    sheet's class, with the sheet's sources named as the figure's (``frequency_sources``), so
    that evidence can say where the figure comes from. A frequency that phenotype.hpoa (or a
    condition profile) records is never overwritten, and NOT rows are left alone. Where a
    sheet names a term twice with a frequency, its first figure is used.
    """
    figures: dict[tuple[str, int], SheetFinding] = {}
    for finding in curated.sheet_findings:
        term = resolve(finding.hpo_id)
        if finding.frequency_class and term >= 0:
            for disease_id in finding.disease_ids:
                figures.setdefault((disease_id, term), finding)
    if not figures:
        return tuple(rows)
    filled = []
    for row in rows:
        figure = None
        if row.frequency is None and not row.negated and row.aspect == "P":
            figure = figures.get((row.disease_id, resolve(row.hpo_id)))
        filled.append(row if figure is None else figure.fill_frequency(row))
    return tuple(filled)


def _sheet_rows(
    curated: CuratedDiseases, listed: Sequence[Annotation], resolve: Callable[[str], int],
    ancestors: Sequence[Sequence[int]],
) -> list[Annotation]:
    """The fact sheets' findings this release does not annotate already.

    A sheet finding is added to the annotated entries of the sheet's disease that rank as one
    candidate (its id and the same_as ids joined into its twin group) unless one of them has
    the term, a more specific term, or a NOT for it; an entry that ranks apart (a form of the
    disease, ``ranks_apart``) gets it too when no entry of the sheet has it. The sheet's own
    candidate is judged by its own annotations: it must not lose a finding because a form that
    ranks apart shows it (Hereditary haemochromatosis lacked the sheet's fatigue, which its
    Orphanet "symptomatic form" has). A form is not given every finding a sheet names for the
    whole disease that another entry shows already: as strong as the disease itself, it
    listed twice ("Stargardt disease" and "Stargardt disease 1") and pushed other answers
    down. A sheet never creates a disease. The added row carries the sheet's sourced
    frequency when it gives one (else none).
    """
    wanted = {d for finding in curated.sheet_findings for d in finding.disease_ids}
    covered: dict[str, set[int]] = {}  # terms an entry shows (with their ancestors) or NOTs
    for row in listed:
        term = resolve(row.hpo_id)
        if row.disease_id not in wanted or row.aspect != "P" or term < 0:
            continue
        terms = covered.setdefault(row.disease_id, set())
        terms.add(term)
        if not (row.negated or row.frequency == 0.0):
            terms.update(ancestors[term])
    kept: list[Annotation] = []
    for finding in curated.sheet_findings:
        term = resolve(finding.hpo_id)
        if term < 0:
            continue
        joined = set(curated.sheet_twins.get(finding.disease_ids[0], finding.disease_ids[:1]))
        entries = [d for d in finding.disease_ids if d in covered]
        own = [d for d in entries if d in joined]
        if not any(term in covered[d] for d in own):
            kept += [finding.annotation(d) for d in own]
            if not any(term in covered[d] for d in entries):
                kept += [finding.annotation(d) for d in entries if d not in joined]
    return kept


def _join_same_as(twins: np.ndarray[Any, Any], disease_index: dict[str, int],
                  same_as: dict[str, tuple[str, ...]]) -> None:
    """Put each curated disease in one group with the annotated entries it is the same as."""
    for disease_id, others in same_as.items():
        members = [disease_index[o] for o in others if o in disease_index]
        if disease_id not in disease_index or not members:
            continue
        head = int(twins[members[0]])
        for member in [disease_index[disease_id], *members]:
            twins[twins == twins[member]] = head
        twins[head] = head


def phenotype_mask(
    negated: np.ndarray[Any, Any], aspect: np.ndarray[Any, Any], term: np.ndarray[Any, Any]
) -> np.ndarray[Any, Any]:
    """Annotation rows that say a disease shows a phenotype: aspect P, not NOT, a known term."""
    result: np.ndarray[Any, Any] = (~negated) & (aspect == ASPECTS.index("P")) & (term >= 0)
    return result


def _implied_frequencies(
    disease: np.ndarray[Any, Any],
    term: np.ndarray[Any, Any],
    frequency: np.ndarray[Any, Any],
    negated: np.ndarray[Any, Any],
    aspect: np.ndarray[Any, Any],
    anc_ptr: np.ndarray[Any, Any],
    anc_idx: np.ndarray[Any, Any],
    n_terms: int,
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Per term, the diseases that show it or a descendant, with the largest such frequency.

    By the HPO's true-path rule a disease annotated with *focal seizure* also shows *seizure*;
    its implied frequency for *seizure* is the largest frequency of any annotated descendant
    (a lower bound of the true share, which HPO does not record).
    """
    keep = phenotype_mask(negated, aspect, term)
    d, t = disease[keep], term[keep]
    f = np.where(np.isnan(frequency[keep]), DEFAULT_FREQUENCY, frequency[keep])
    owner, rep_t = expand_ancestors(anc_ptr, anc_idx, t)
    rep_d, rep_f = d[owner], f[owner]
    # Group by (term, disease), keep the maximum frequency.
    order = np.lexsort((-rep_f, rep_d, rep_t))
    rep_t, rep_d, rep_f = rep_t[order], rep_d[order], rep_f[order]
    first = np.ones(len(rep_t), dtype=bool)
    first[1:] = (rep_t[1:] != rep_t[:-1]) | (rep_d[1:] != rep_d[:-1])
    col_t, col_d, col_f = rep_t[first], rep_d[first], rep_f[first]
    col_ptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.add.at(col_ptr, col_t + 1, 1)
    return np.cumsum(col_ptr), col_d.astype(np.int32), col_f.astype(np.float32)


_COUNT = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def _model_frequency(text: str, frequency: float | None) -> float:
    """The share the ranking model uses for one annotation row (see the constants above)."""
    if frequency is None:
        return MODEL_DEFAULT_FREQUENCY
    counted = _COUNT.match(text)
    if counted:
        n, m = int(counted.group(1)), int(counted.group(2))
        if 0 < n <= m:
            prior = FREQUENCY_PRIOR_WEIGHT
            return (n + prior * FREQUENCY_PRIOR_MEAN) / (m + prior)
    return float(frequency)


def model_by_disease(ptr: np.ndarray[Any, Any], disease: np.ndarray[Any, Any],
                     probability: np.ndarray[Any, Any], n_diseases: int
                     ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The model's per-term columns turned per disease: (pointer per disease, terms in
    ascending order, ``P(term | disease)``), for reading a few diseases' rows at once
    (Knowledge.model_frequencies). Compiled into the cache (h-warm): sorting the million
    entries cost every start that asked a next question most of a tenth of a second."""
    terms = np.repeat(np.arange(len(ptr) - 1, dtype=np.int32), np.diff(ptr))
    order = np.argsort(disease, kind="stable")  # keeps the terms ascending
    counts = np.bincount(disease, minlength=n_diseases)
    by_disease = np.zeros(n_diseases + 1, dtype=np.int64)
    np.cumsum(counts, out=by_disease[1:])
    return by_disease, terms[order], probability[order]


def _model_columns(
    disease: np.ndarray[Any, Any],
    term: np.ndarray[Any, Any],
    frequency: np.ndarray[Any, Any],
    negated: np.ndarray[Any, Any],
    aspect: np.ndarray[Any, Any],
    anc_ptr: np.ndarray[Any, Any],
    anc_idx: np.ndarray[Any, Any],
    n_terms: int,
    n_diseases: int,
) -> Arrays:
    """Per-term columns of the ranking model.

    ``model_*``: diseases showing the term or a descendant, with the noisy-OR of the model
    frequencies of those annotations; ``model_background`` the mean of that over all diseases.
    ``direct_*``: diseases annotated with exactly the term (largest model frequency).
    ``model_annotation_count``: phenotype annotations per disease.
    """
    keep = phenotype_mask(negated, aspect, term)
    d = disease[keep].astype(np.int64)
    t = term[keep].astype(np.int64)
    f = np.minimum(frequency[keep], 0.999)
    n_total = max(n_diseases, 1)

    owner, ancestors = expand_ancestors(anc_ptr, anc_idx, t)
    rep_d, rep_log = d[owner], np.log1p(-f)[owner]
    rep_t = ancestors.astype(np.int64)
    keys, inverse = np.unique(rep_t * n_total + rep_d, return_inverse=True)
    log_absent = np.zeros(len(keys))
    np.add.at(log_absent, inverse, rep_log)
    m_prob = -np.expm1(log_absent)
    m_term, m_disease = keys // n_total, keys % n_total
    m_ptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.add.at(m_ptr, m_term + 1, 1)
    m_background = np.zeros(n_terms, dtype=np.float64)
    np.add.at(m_background, m_term, m_prob)
    m_background /= n_total

    order = np.lexsort((-f, d, t))
    dt, dd, df = t[order], d[order], f[order]
    first = np.ones(len(dt), dtype=bool)
    first[1:] = (dt[1:] != dt[:-1]) | (dd[1:] != dd[:-1])
    d_ptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.add.at(d_ptr, dt[first] + 1, 1)
    model_ptr, model_disease = np.cumsum(m_ptr), m_disease.astype(np.int32)
    model_probability = m_prob.astype(np.float32)
    by_disease = model_by_disease(model_ptr, model_disease, model_probability, n_diseases)
    return {
        "model_ptr": model_ptr,
        "model_disease": model_disease,
        "model_probability": model_probability,
        "model_by_disease_ptr": by_disease[0],
        "model_by_disease_term": by_disease[1],
        "model_by_disease_probability": by_disease[2],
        "model_background": m_background,
        "direct_ptr": np.cumsum(d_ptr),
        "direct_disease": dd[first].astype(np.int32),
        "direct_probability": df[first].astype(np.float32),
        "model_annotation_count": np.bincount(d, minlength=n_diseases).astype(np.int32),
    }


# Dated words some of HPO's older layperson synonyms still use ("Severe mental retardation",
# "Short-limbed dwarfism"): answers speak to patients and families, so such a synonym is
# passed over for the next layperson one, or the term name.
_OUTDATED_WORDS = re.compile(r"retardation|dwarfism|\bcretin|\bmongol", re.IGNORECASE)


def _lay_name(term: OboTerm) -> str:
    """The first layperson synonym of ``term`` that avoids dated words, or ""."""
    return next((x.text for x in term.synonyms
                 if x.kind == "layperson" and not _OUTDATED_WORDS.search(x.text)), "")
