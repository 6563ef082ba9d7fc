"""Curated fact sheets (knowledge/curated/facts/*.yaml): reviewed, sourced disease summaries.

The schema is described in ``curated/facts/SCHEMA.md``; :func:`validate_sheet` enforces it, and
the test suite runs it over every sheet. Every statement carries sources, and every source is
listed with a title in the sheet's references. A sheet may carry a sourced ``prevalence`` block
(same shape as a condition profile's), meant to override Orphanet's figure for that disease,
and ``exposures``: what the sheet's sources name as a cause or trigger of the disease, each a
key of curated/exposures.yaml with a sourced sentence (weighed by whatcauses.rank.exposures).
A finding may carry a sourced ``frequency`` (an HPO frequency class, the figure's ``basis`` and
its sources), which the compiler uses where phenotype.hpoa records none for the term
(compile._sheet_frequencies). An ``onset`` block (a profile's shape: ``min_years``,
``max_years``, ``sources``) gives the ages at which the disease usually starts, for a disease
whose phenotype.hpoa and Orphanet records give none (the ranking weighs a question's age by it).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container
from functools import lru_cache
from importlib import resources
from typing import Any, cast

import yaml

from whatcauses.errors import DataError
from whatcauses.knowledge.curated import CATEGORY_KEYS, PREVALENCE_SETTINGS
from whatcauses.knowledge.sheet_model import (
    PREVALENCE_KINDS,
    SECTIONS,
    SHEET_FREQUENCY_CLASSES,
    ExposureStatement,
    FactSheet,
    FindingFrequency,
    PrevalenceKind,
    Reference,
    SheetFrequencyClass,
    SheetPrevalence,
    Statement,
)
from whatcauses.knowledge.weak_sources import weak_source_error

# libyaml's C loader when present (10x faster); same safe subset of YAML as safe_load.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SOURCE = re.compile(
    r"^(PMID:\d+|OMIM:\d{6}|ORPHA:\d+|GUIDELINE:[A-Za-z0-9._-]+|DATASET:[a-z0-9-]+)$")
_DISEASE = re.compile(r"^(OMIM:\d{6}|ORPHA:\d+|DECIPHER:\d+)$")
_HPO = re.compile(r"^HP:\d{7}$")

# Keys of a sheet's prevalence block; the same as a condition profile's (conditions/SCHEMA.md).
_PREVALENCE_KEYS = frozenset({"per_100000", "kind", "population", "text", "sources", "setting"})
# Keys of a finding's frequency block.
_FREQUENCY_KEYS = frozenset({"class", "basis", "sources"})
# Keys of a sheet's onset block; the same as a condition profile's (conditions/SCHEMA.md).
_ONSET_KEYS = frozenset({"min_years", "max_years", "sources"})


def _statement(raw: Any, where: str, finding: bool = False) -> Statement:
    """One statement; ``finding``: of the `findings` section, the only one whose statements
    may carry a ``frequency`` block."""
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise DataError(f"{where}: a statement needs a text")
    sources = raw.get("sources") or []
    if not sources:
        raise DataError(f"{where}: statement without sources: {raw['text'][:60]!r}")
    hpo = tuple(str(h) for h in raw.get("hpo") or ())
    how_often = None
    if raw.get("frequency") is not None:
        if not finding:
            raise DataError(f"{where}: only a finding can carry a frequency")
        if not hpo:
            raise DataError(f"{where}: a frequency needs the finding's hpo ids")
        how_often = _frequency(raw["frequency"], f"{where} frequency")
    return Statement(
        text=" ".join(raw["text"].split()),
        sources=tuple(str(s) for s in sources),
        hpo=hpo,
        versus=tuple(str(v) for v in raw.get("versus") or ()),
        frequency=how_often,
    )


def _frequency(raw: Any, where: str) -> FindingFrequency:
    """A finding's ``frequency`` block: {class, basis, sources} (its sources are checked
    against the references with the statement's)."""
    _check_keys(raw, _FREQUENCY_KEYS, where)
    frequency_class = raw.get("class")
    if frequency_class not in SHEET_FREQUENCY_CLASSES:
        raise DataError(f"{where}.class: must be one of {list(SHEET_FREQUENCY_CLASSES)}, "
                        f"got {frequency_class!r}")
    sources = raw.get("sources")
    if not isinstance(sources, list) or not sources:
        raise DataError(f"{where}.sources: needs at least one source")
    return FindingFrequency(cast(SheetFrequencyClass, frequency_class),
                            _words(raw, "basis", where), tuple(str(s) for s in sources))


def _check_keys(raw: Any, keys: Collection[str], where: str) -> None:
    """A block must be a mapping of known keys (a typo in a key is an error, not ignored)."""
    if not isinstance(raw, dict):
        raise DataError(f"{where}: must be a mapping with keys {sorted(keys)}")
    unknown = sorted(str(k) for k in raw if k not in keys)
    if unknown:
        raise DataError(f"{where}: unknown keys {unknown}")


def _words(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}.{key}: needs a non-empty text, got {value!r}")
    return " ".join(value.split())


def _prevalence(raw: Any, file: str, references: dict[str, Reference]) -> SheetPrevalence:
    where = f"{file} prevalence"
    _check_keys(raw, _PREVALENCE_KEYS, where)
    figure = raw.get("per_100000")
    # bool is an int in Python; `per_100000: yes` is a typo, not a figure.
    if isinstance(figure, bool) or not isinstance(figure, int | float):
        raise DataError(f"{where}.per_100000: must be a number, got {figure!r}")
    if not 0 < figure <= 100_000:
        raise DataError(f"{where}.per_100000: must be above 0 and at most 100000, got {figure}")
    kind = raw.get("kind")
    if kind not in PREVALENCE_KINDS:
        raise DataError(f"{where}.kind: must be one of {list(PREVALENCE_KINDS)}, got {kind!r}")
    sources = _listed_sources(raw, where, references)
    setting = raw.get("setting")
    if setting is not None and setting not in PREVALENCE_SETTINGS:
        raise DataError(f"{where}.setting: must be one of {list(PREVALENCE_SETTINGS)}, "
                        f"got {setting!r}")
    return SheetPrevalence(
        per_100000=float(figure),
        kind=cast(PrevalenceKind, kind),
        population=_words(raw, "population", where),
        text=_words(raw, "text", where),
        sources=sources,
        setting=setting,
    )


def _onset(raw: Any, file: str, references: Container[str]
           ) -> tuple[tuple[float, float], tuple[str, ...]]:
    """A sheet's ``onset`` block: the usual ages at which the disease starts, in years, with
    sources listed in ``references`` (facts/SCHEMA.md, "onset")."""
    where = f"{file} onset"
    _check_keys(raw, _ONSET_KEYS, where)
    ages = []
    for key in ("min_years", "max_years"):
        value = raw.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 120:
            raise DataError(f"{where}.{key}: must be a number from 0 to 120, got {value!r}")
        ages.append(float(value))
    if ages[0] > ages[1]:
        raise DataError(f"{where}: min_years {ages[0]:g} exceeds max_years {ages[1]:g}")
    return (ages[0], ages[1]), _listed_sources(raw, where, references)


def _listed_sources(raw: Any, where: str, references: Container[str]) -> tuple[str, ...]:
    """``raw["sources"]``: a non-empty list, each source listed in ``references``."""
    sources = raw.get("sources")
    if not isinstance(sources, list) or not sources:
        raise DataError(f"{where}.sources: needs at least one source")
    for source in sources:
        if str(source) not in references:
            raise DataError(f"{where}.sources: source {source} is not listed in references")
    return tuple(str(s) for s in sources)


def _exposures(raw: Any, where: str, references: Container[str]
               ) -> tuple[ExposureStatement, ...]:
    """A sheet's ``exposures`` list: each entry a known key of curated/exposures.yaml, a text
    and sources listed in ``references``; a key at most once (a profile's: conditions.py)."""
    from whatcauses.knowledge.curated import exposure_key_problem

    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise DataError(f"{where} exposures: must be a list of {{key, text, sources}}")
    result: list[ExposureStatement] = []
    for i, item in enumerate(raw):
        at = f"{where} exposures.{i}"
        if not isinstance(item, dict):
            raise DataError(f"{at}: must be a mapping with keys key, text, sources")
        unknown = sorted(str(k) for k in item
                         if k not in ("key", "text", "sources", "necessary", "relative_risk"))
        if unknown:
            raise DataError(f"{at}: unknown keys {unknown}")
        key = item.get("key")
        problem = exposure_key_problem([*(e.key for e in result), key])
        if problem is not None:
            raise DataError(f"{at}.key: {problem[1]}")
        text = _words(item, "text", at)
        sources = _listed_sources(item, at, references)
        necessary = item.get("necessary", False)
        if not isinstance(necessary, bool):
            raise DataError(f"{at}.necessary: must be true or false")
        risk = item.get("relative_risk")
        if risk is not None and (isinstance(risk, bool) or not isinstance(risk, int | float)
                                 or not risk > 1.0):
            raise DataError(f"{at}.relative_risk: must be a number above 1")
        result.append(ExposureStatement(str(key), text, sources, necessary,
                                        None if risk is None else float(risk)))
    return tuple(result)


def validate_sheet(raw: Any, file: str) -> FactSheet:
    """Build a :class:`FactSheet`; raises :class:`DataError` on any schema violation."""
    if not isinstance(raw, dict):
        raise DataError(f"{file}: not a mapping")
    disease_id = str(raw.get("id", ""))
    if not _DISEASE.match(disease_id):
        raise DataError(f"{file}: malformed disease id {disease_id!r}")
    same_as = tuple(str(s) for s in raw.get("same_as") or ())
    for other in same_as:
        if not _DISEASE.match(other):
            raise DataError(f"{file}: malformed same_as id {other!r}")
    ranks_apart = tuple(str(s) for s in raw.get("ranks_apart") or ())
    for other in ranks_apart:
        if other not in same_as:
            raise DataError(f"{file}: ranks_apart id {other!r} is not among same_as")
    includes = tuple(str(s) for s in raw.get("includes") or ())
    for other in includes:
        if not _DISEASE.match(other):
            raise DataError(f"{file}: malformed includes id {other!r}")
    if len(set(includes)) < len(includes) or {disease_id, *same_as} & set(includes):
        raise DataError(f"{file}: includes: an id is listed twice or is among id, same_as")
    categories = tuple(str(c) for c in raw.get("categories") or ())
    unknown = [c for c in categories if c not in CATEGORY_KEYS]
    if unknown:
        raise DataError(f"{file}: unknown categories {unknown}")
    references: dict[str, Reference] = {}
    for item in raw.get("references") or []:
        ref_id = str(item.get("id", ""))
        if not _SOURCE.match(ref_id):
            raise DataError(f"{file}: malformed reference id {ref_id!r}")
        if ref_id in references:
            raise DataError(f"{file}: reference {ref_id} listed twice")
        if not item.get("title"):
            raise DataError(f"{file}: reference {ref_id} has no title")
        weak = weak_source_error(ref_id, str(item["title"]))
        if weak:
            raise DataError(f"{file}: {weak}")
        year = item.get("year")
        references[ref_id] = Reference(ref_id, str(item["title"]), int(year) if year else None)
    sections: dict[str, tuple[Statement, ...]] = {}
    for name in SECTIONS:
        sections[name] = tuple(
            _statement(s, f"{file} {name}", finding=name == "findings")
            for s in raw.get(name) or ()
        )
    if not sections["summary"]:
        raise DataError(f"{file}: a fact sheet needs a summary")
    distinguishing = tuple(
        _statement(s, f"{file} distinguishing") for s in raw.get("distinguishing") or ()
    )
    for statement in [*distinguishing, *(s for group in sections.values() for s in group)]:
        frequency_sources = statement.frequency.sources if statement.frequency else ()
        for source in (*statement.sources, *frequency_sources):
            if source not in references:
                raise DataError(f"{file}: source {source} is not listed in references")
        for hpo in statement.hpo:
            if not _HPO.match(hpo):
                raise DataError(f"{file}: malformed HPO id {hpo!r}")
        for other in statement.versus:
            if not _DISEASE.match(other):
                raise DataError(f"{file}: malformed versus id {other!r}")
    onset = _onset(raw["onset"], file, references) if "onset" in raw else None
    return FactSheet(
        file=file,
        id=disease_id,
        same_as=same_as,
        ranks_apart=ranks_apart,
        name=str(raw.get("name") or disease_id),
        categories=categories,
        sections=sections,
        distinguishing=distinguishing,
        references=references,
        prevalence=(
            _prevalence(raw["prevalence"], file, references) if "prevalence" in raw else None
        ),
        exposures=_exposures(raw.get("exposures"), file, references),
        onset=onset[0] if onset else None,
        onset_sources=onset[1] if onset else (),
        lay_names=tuple(str(n) for n in raw.get("lay_names") or ()),
        includes=includes,
    )


def _raw_sheets() -> list[tuple[str, Any]]:
    """(file name, parsed YAML) of every sheet, in file-name order.

    Only the compile step (:mod:`whatcauses.knowledge.sheets`) and the curation tests read the
    YAML; answers read the compiled sheet table.
    """
    folder = resources.files("whatcauses.knowledge").joinpath("curated", "facts")
    parsed: list[tuple[str, Any]] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        try:
            parsed.append((entry.name, yaml.load(entry.read_text(encoding="utf-8"),
                                                 Loader=_LOADER)))
        except yaml.YAMLError as exc:
            raise DataError(f"fact sheet {entry.name} is not valid YAML: {exc}") from exc
    return parsed


@lru_cache(maxsize=1)
def fact_sheets() -> tuple[FactSheet, ...]:
    """Every curated fact sheet, validated."""
    sheets = []
    seen: dict[str, str] = {}
    for name, raw in _raw_sheets():
        sheet = validate_sheet(raw, name)
        for disease_id in (*sheet.ids, *sheet.includes):
            if disease_id in seen:
                raise DataError(
                    f"{disease_id} has two fact sheets: {seen[disease_id]} and {name}"
                )
            seen[disease_id] = name
        sheets.append(sheet)
    return tuple(sheets)


@lru_cache(maxsize=1)
def fact_sheet_index() -> dict[str, FactSheet]:
    """Disease id (primary or same_as) -> its fact sheet."""
    return {disease_id: sheet for sheet in fact_sheets() for disease_id in sheet.ids}
