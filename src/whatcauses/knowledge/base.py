"""The loaded knowledge: ontology, diseases and their annotations, from one data release."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from whatcauses.errors import DataError, UnknownDiseaseError
from whatcauses.knowledge.annotations import parse_hpoa
from whatcauses.knowledge.compile import (
    ASPECTS,
    SEXES,
    compile_release,
    model_by_disease,
    phenotype_mask,
)
from whatcauses.knowledge.curated import curated_fingerprint
from whatcauses.knowledge.curated_diseases import CURATED_BIOCURATION, curated_diseases
from whatcauses.knowledge.genes import GeneLinks, parse_gene_links
from whatcauses.knowledge.ids import normalize_disease_id
from whatcauses.knowledge.obo import parse_obo
from whatcauses.knowledge.ontology import Ontology
from whatcauses.knowledge.sheets import write_sheet_table
from whatcauses.knowledge.sources import DataFiles, active_files
from whatcauses.knowledge.store import Arrays, cache_path, collector_paused, load_or_build


@dataclass(frozen=True, slots=True)
class AnnotationRecord:
    """One disease annotation as shown to users (evidence, explain)."""

    disease_id: str
    hpo_id: str
    hpo_label: str
    negated: bool
    frequency: float | None
    frequency_text: str
    onset: str | None
    sex: str | None
    aspect: str
    evidence: str
    references: tuple[str, ...]
    modifiers: tuple[str, ...]
    biocuration: str
    # The sources of ``frequency`` when a curated fact sheet supplied it (phenotype.hpoa
    # records none for the row); empty otherwise.
    frequency_sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CuratedSexIndex:
    """The condition profiles' sex data (``sex`` in knowledge/curated/conditions), one entry
    per profiled disease of this release, looked up once for every vector built from it."""

    index: np.ndarray[Any, Any]  # the disease index of each entry
    female_to_male: np.ndarray[Any, Any]  # its female-to-male ratio, 0 where none is given
    only: np.ndarray[Any, Any]  # its one sex ("female", "male"), "" for a condition of both

    @property
    def one_sex(self) -> np.ndarray[Any, Any]:
        """Per entry, whether the condition occurs in one sex only."""
        one: np.ndarray[Any, Any] = self.only != ""
        return one

    def only_in(self, sex: str) -> np.ndarray[Any, Any]:
        """The disease indices of the conditions of ``sex`` only."""
        found: np.ndarray[Any, Any] = self.index[self.only == sex]
        return found


def build_arrays(files: DataFiles) -> Arrays:
    """Parse and compile one release's files (and store the curated sheet table)."""
    # The collector paused: the parse makes some 270,000 annotation rows and as many tuples,
    # all kept to the end, and its full passes over them took a sixth of the compile's time.
    with collector_paused():
        return _build_arrays(files)


def _build_arrays(files: DataFiles) -> Arrays:
    try:
        with files.obo.open(encoding="utf-8") as obo, files.hpoa.open(encoding="utf-8") as hpoa:
            document, annotations = parse_obo(obo), parse_hpoa(hpoa)
        links = None
        if files.genes is not None:
            with files.genes.open(encoding="utf-8") as genes:
                links = parse_gene_links(genes)
        arrays = compile_release(document, annotations, curated_diseases(), links)
    except UnicodeDecodeError as exc:
        raise DataError(f"data files are not UTF-8 text: {exc}") from exc
    # The curated sheets were just parsed for the compile: store them compiled as well, so
    # that answers never parse their YAML.
    write_sheet_table()
    return arrays


class Knowledge:
    """Immutable after construction and safe to share between threads."""

    def __init__(self, arrays: Arrays, files: DataFiles | None = None, cache: Path | None = None):
        self.arrays = arrays
        self.files = files
        self.cache_file = cache
        with collector_paused():
            strings: dict[str, Any] = json.loads(
                arrays["strings_json"].tobytes().decode("utf-8"))
        self.ontology = Ontology(arrays, strings)
        self.disease_ids: list[str] = strings["disease_ids"]
        self.disease_names: list[str] = strings["disease_names"]
        self._disease_index = {d: i for i, d in enumerate(self.disease_ids)}
        self.disease_ids_index: Mapping[str, int] = MappingProxyType(self._disease_index)
        self._references: list[str] = strings["references"]
        self._small: list[str] = strings["small"]
        self.release: str = strings["release"]
        self.data_version: str = strings["data_version"]
        self.hpoa_version: str = strings["hpoa_version"]
        self.curated_prevalence: dict[str, list[Any]] = strings["curated_prevalence"]
        self.curated_onset: dict[str, list[float]] = strings["curated_onset"]
        # A fact sheet's onset ages (facts/SCHEMA.md, "Onset ages"), by the ids it ranks
        # with, and those of prevalence.yaml entries.
        self.curated_sheet_onset: dict[str, list[float]] = strings["curated_sheet_onset"]
        self.curated_sex: dict[str, list[Any]] = strings["curated_sex"]
        # The weeks of pregnancy a condition of pregnancy is defined or seen in (a profile's
        # `gestation`), by disease id.
        self.curated_gestation: dict[str, list[float]] = strings["curated_gestation"]
        # The share of first-degree relatives who have a profile's condition too (a profile's
        # `family_risk`), by disease id.
        self.curated_family_risk: dict[str, float] = strings.get("curated_family_risk", {})
        # A profile's onset range, lasting flag and figure's ages, by profile id in file-name
        # order (CuratedDiseases.age_bands; Ranker._age_bands).
        self.curated_age_bands: dict[str, list[Any]] = strings.get("curated_age_bands", {})
        self.curated_urgent: frozenset[str] = frozenset(strings["curated_urgent"])
        self.curated_lay_names: dict[str, tuple[str, ...]] = {
            d: tuple(names) for d, names in strings["curated_lay_names"].items()}
        # Groups of ids a fact sheet names as one disease (absent from caches built before them).
        self.curated_same_disease: tuple[tuple[str, ...], ...] = tuple(
            tuple(ids) for ids in strings.get("curated_same_disease", {}).values())
        # Disease id -> exposure keys its profile or fact sheet lists (rank/exposures.py).
        self.curated_exposures: dict[str, tuple[str, ...]] = {
            d: tuple(keys) for d, keys in strings.get("curated_exposures", {}).items()}
        # Disease id -> the exposure keys its profile or sheet marks necessary (defining).
        self.required_exposures: dict[str, tuple[str, ...]] = {
            d: tuple(keys)
            for d, keys in strings.get("curated_required_exposures", {}).items()}
        # Disease id -> {exposure key: the relative risk its profile or sheet gives}: a named
        # exposure weighs the disease by at most that (rank/exposures.py, h-rank4).
        self.exposure_risks: dict[str, dict[str, float]] = {
            d: {k: float(v) for k, v in risks.items()}
            for d, risks in strings.get("curated_exposure_risks", {}).items()}
        # Disease id -> the body sites its profile's name, lay names and summary name
        # (knowledge/curated_diseases.py, site_keys; rank/sites.py), each with how many
        # profiles name it (a fact sheet's: profiles and sheets), which weighs it.
        self.curated_site_naming: dict[str, dict[str, int]] = {
            d: {k: int(n) for k, n in keys.items()}
            for d, keys in strings.get("curated_site_keys", {}).items()}
        self.background = arrays["background"]
        self.implied_ptr = arrays["implied_ptr"]
        self.implied_disease = arrays["implied_disease"]
        self.implied_frequency = arrays["implied_frequency"]

    @classmethod
    def load(cls, files: DataFiles | None = None, package_version: str = "0") -> Knowledge:
        """Load the compiled knowledge of ``files`` (default: the active release)."""
        chosen = files or active_files()
        arrays, path = load_or_build(chosen, _cache_version(package_version), build_arrays)
        return cls(arrays, chosen, path)

    @cached_property
    def gene_links(self) -> GeneLinks:
        """Gene symbol -> linked diseases (HPO genes_to_phenotype.txt; knowledge/genes.py),
        decoded on first need: empty for a release installed without the table."""
        return GeneLinks(self.arrays)

    @property
    def n_diseases(self) -> int:
        return len(self.disease_ids)

    @property
    def n_annotations(self) -> int:
        return len(self.arrays["ann_disease"])

    def disease_index(self, raw: str) -> int:
        disease_id = normalize_disease_id(raw)
        try:
            return self._disease_index[disease_id]
        except KeyError:
            raise UnknownDiseaseError(f"{disease_id} is not annotated in this release") from None

    def has_disease(self, disease_id: str) -> bool:
        return disease_id in self._disease_index

    def implied_column(self, term: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Diseases showing term ``term`` (or a descendant) and their implied frequencies."""
        lo, hi = self.implied_ptr[term], self.implied_ptr[term + 1]
        return self.implied_disease[lo:hi], self.implied_frequency[lo:hi]

    @cached_property
    def profile_diseases(self) -> np.ndarray[Any, Any]:
        """Per disease, whether its findings come from a curated condition profile
        (knowledge/curated/conditions: a short list of a common condition's main features)."""
        profiled = np.zeros(self.n_diseases, dtype=bool)
        if CURATED_BIOCURATION in self._small:
            rows = self.arrays["ann_biocuration"] == self._small.index(CURATED_BIOCURATION)
            profiled[self.arrays["ann_disease"][rows]] = True
        profiled.setflags(write=False)
        return profiled

    @cached_property
    def curated_sex_index(self) -> CuratedSexIndex:
        """:attr:`curated_sex` by disease index (ids absent from this release left out)."""
        entries = [(self._disease_index[d], ratio or 0.0, only or "")
                   for d, (ratio, only) in self.curated_sex.items() if d in self._disease_index]
        index = np.asarray([e[0] for e in entries], dtype=np.int64)
        female_to_male = np.asarray([e[1] for e in entries], dtype=np.float64)
        only = np.asarray([e[2] for e in entries], dtype="<U6")
        for array in (index, female_to_male, only):
            array.setflags(write=False)
        return CuratedSexIndex(index, female_to_male, only)

    def annotation_rows(self, disease: int) -> np.ndarray[Any, Any]:
        """Row numbers of the annotation table that belong to disease index ``disease``."""
        ptr = self.arrays["rows_by_disease_ptr"]
        return self.arrays["rows_by_disease"][ptr[disease] : ptr[disease + 1]]

    def annotation(self, row: int) -> AnnotationRecord:
        a = self.arrays
        term = int(a["ann_term"][row])
        onset = int(a["ann_onset"][row])
        freq = float(a["ann_frequency"][row])
        refs = self._references[int(a["ann_references"][row])]
        modifiers = self._small[int(a["ann_modifiers"][row])]
        return AnnotationRecord(
            disease_id=self.disease_ids[int(a["ann_disease"][row])],
            hpo_id=self.ontology.ids[term] if term >= 0 else "",
            hpo_label=self.ontology.names[term] if term >= 0 else "",
            negated=bool(a["ann_negated"][row]),
            frequency=None if np.isnan(freq) else freq,
            frequency_text=self._small[int(a["ann_frequency_text"][row])],
            onset=self.ontology.ids[onset] if onset >= 0 else None,
            sex=SEXES[int(a["ann_sex"][row])] or None,
            aspect=ASPECTS[int(a["ann_aspect"][row])],
            evidence=self._small[int(a["ann_evidence"][row])],
            references=tuple(r for r in refs.split(";") if r),
            modifiers=tuple(m for m in modifiers.split(";") if m),
            biocuration=self._small[int(a["ann_biocuration"][row])],
            frequency_sources=self.frequency_sources_of(row),
        )

    @cached_property
    def phenotype_rows(self) -> np.ndarray[Any, Any]:
        """Per annotation row: does it say the disease shows a phenotype (see phenotype_mask)?"""
        a = self.arrays
        return phenotype_mask(a["ann_negated"], a["ann_aspect"], a["ann_term"])

    @cached_property
    def _model_by_disease(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any],
                                         np.ndarray[Any, Any]]:
        """The model's per-term columns turned per disease: (pointer per disease, terms in
        ascending order, ``P(term | disease)``), for reading a few diseases' rows at once."""
        a = self.arrays
        if "model_by_disease_ptr" in a:  # compiled into the cache (compile.model_by_disease)
            return (a["model_by_disease_ptr"], a["model_by_disease_term"],
                    a["model_by_disease_probability"])
        return model_by_disease(a["model_ptr"], a["model_disease"], a["model_probability"],
                                self.n_diseases)

    def model_frequencies(self, terms: np.ndarray[Any, Any], diseases: np.ndarray[Any, Any]
                          ) -> np.ndarray[Any, Any]:
        """``P(term | disease)`` of the ranking model for every pair (rows: ``terms``,
        columns: ``diseases``; 0 where the disease shows neither the term nor a descendant),
        as the per-term columns ``model_*`` hold it.

        Read from the diseases' side in one pass: the next questions weigh hundreds of terms
        against a few leading diseases per answer.
        """
        terms = np.asarray(terms, dtype=np.int64)
        diseases = np.asarray(diseases, dtype=np.int64)
        if not len(terms) or not len(diseases):
            return np.zeros((len(terms), len(diseases)))
        ptr, by_term, probability = self._model_by_disease
        unique, row_of = np.unique(terms, return_inverse=True)
        starts, ends = ptr[diseases], ptr[diseases + 1]
        counts = ends - starts
        column = np.repeat(np.arange(len(diseases)), counts)
        entries = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(
            int(counts.sum()))
        found = by_term[entries]
        pos = np.minimum(np.searchsorted(unique, found), len(unique) - 1)
        hit = unique[pos] == found
        shown = np.zeros((len(unique), len(diseases)))
        shown[pos[hit], column[hit]] = probability[entries[hit]]
        result: np.ndarray[Any, Any] = shown[row_of.reshape(-1)]
        return result

    @cached_property
    def phenotype_rows_by_disease(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Per disease, its rows that are phenotype annotations (:attr:`phenotype_rows`), in
        the order of :meth:`annotation_rows`: (pointer per disease, rows)."""
        a = self.arrays
        ptr, rows = a["rows_by_disease_ptr"], a["rows_by_disease"]
        owner = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
        keep = self.phenotype_rows[rows]
        counts = np.bincount(owner[keep], minlength=len(ptr) - 1)
        kept_ptr = np.zeros(len(ptr), dtype=np.int64)
        np.cumsum(counts, out=kept_ptr[1:])
        return kept_ptr, rows[keep]

    def references_of(self, row: int) -> tuple[str, ...]:
        """The references (PMID, OMIM, ORPHA ...) of one annotation row."""
        return self._reference_list(int(self.arrays["ann_references"][row]))

    def frequency_sources_of(self, row: int) -> tuple[str, ...]:
        """The sources of a row's frequency when a curated fact sheet gave it (else ())."""
        return self._reference_list(int(self.arrays["ann_frequency_sources"][row]))

    @cached_property
    def _split_references(self) -> dict[int, tuple[str, ...]]:
        # Reference lists split once each (evidence cites the same rows case after case); a
        # pure function of the loaded strings, so threads filling it at once agree.
        return {}

    def _reference_list(self, index: int) -> tuple[str, ...]:
        split = self._split_references
        found = split.get(index)
        if found is None:
            found = split[index] = tuple(r for r in self._references[index].split(";") if r)
        return found

    def annotations(self, disease: int) -> list[AnnotationRecord]:
        return [self.annotation(int(r)) for r in self.annotation_rows(disease)]


def knowledge_cache_path(files: DataFiles, package_version: str) -> Path:
    """Where :meth:`Knowledge.load` keeps the compiled knowledge of ``files``: the one place
    that names it, for the start-up notice and for pruning releases."""
    return cache_path(files, _cache_version(package_version))


# Raised when the way curated files compile into the knowledge changes (a cache built by the
# older code would otherwise be read back): 2, a fact sheet's figure no longer copied to the
# ids it names as the same disease (knowledge/curated_diseases.py); 4, the body sites a
# profile names (curated_site_keys); 5, with the sites of two words that narrow a site of one
# ("little finger", h-reader60); 6, the body sites fact sheets name too (h-sheetsites); 7,
# each site with how many profiles name it, and sites of up to SITE_PROFILES_KEPT profiles
# (h-sitetaper); 8, with h-age7's fact-sheet onsets merged beside them (each branch made 7 or
# kept 6 on its own); 9, the weeks of pregnancy profiles give (curated_gestation, h-gestation);
# 10, the fact sheets' series forms (``includes``: sheet_included, h-series2); 11, the share of
# first-degree relatives affected that profiles give (curated_family_risk, h-family3); 12, the
# profiles' modes of inheritance as inheritance annotations (h-inherit).
# 13: a site said with its side ("one side of the face", "both shins") is a site key of its own
# (h-sites13, knowledge/curated_diseases.py ``_side_of_site``).
# 14: the profiles' age bands compiled (curated_age_bands), no longer read from YAML at run time.
# 15: the model's columns per disease compiled too (model_by_disease_*, h-warm), not sorted at
# run time.
# 16: the relative risks exposures give (curated_exposure_risks, h-rank4).
# 17: "the right hand side" names no hand (h-sites15, knowledge/curated_diseases.py named_sites).
# 18: a fold's site after "of" and a person's possessive ("the creases of my child's elbows")
# names the fold only (h-sites16, knowledge/curated_diseases.py named_sites).
CURATED_COMPILE_FORMAT = 18


def _cache_version(package_version: str) -> str:
    # The cache depends on the curated files too (profiles and figures compiled into it).
    return f"{package_version}-c{CURATED_COMPILE_FORMAT}-{curated_fingerprint()}"
