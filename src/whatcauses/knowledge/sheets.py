"""Every curated disease description as a fact sheet: the fact sheets and the condition profiles.

The answer and explanation layers read diseases through this one index, so a common condition
(a profile under its MONDO id) is summarised, contrasted and cited like any sheet. A fact sheet
keeps its ids when a profile names the same entry.

The sheets are compiled once per content of the curated files: the YAML is parsed and
validated (:mod:`whatcauses.knowledge.facts`, :mod:`whatcauses.knowledge.conditions`) and the
result stored, in the compact form of :mod:`whatcauses.knowledge.sheet_model`, as a verified
cache file beside the compiled knowledge (``sheets-*.cache``, keyed like it by the curated
files' fingerprint, the package version and the cache format). Answers read that table: no YAML
parser, no validators on the answer path. The knowledge build writes it too
(:func:`whatcauses.knowledge.base.build_arrays`), so a warm cache has it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from whatcauses.knowledge.curated import curated_cache_path
from whatcauses.knowledge.sheet_model import (
    FactSheet,
    Reference,
    Statement,
    decode_sheet,
    encode_sheet,
)
from whatcauses.knowledge.store import (
    collector_paused,
    load_or_store_json,
    store_verified_json,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from whatcauses.knowledge.conditions import ConditionProfile

SHEET_TABLE_KIND = "curated sheets"

# How often a finding is seen, in words, per HPO frequency class of a profile.
FREQUENCY_WORDS = {
    "obligate": "present in everyone with it",
    "very frequent": "present in most people with it (80-99%)",
    "frequent": "common (30-79%)",
    "occasional": "occasional (5-29%)",
    "very rare": "rare (1-4%)",
    "excluded": "not a feature of it",
}


def profile_sheet(profile: ConditionProfile) -> FactSheet:
    """A condition profile seen as a fact sheet (its findings become statements)."""
    findings = tuple(
        Statement(f"{f.label}: {FREQUENCY_WORDS[f.frequency]}.", tuple(f.sources), (f.hpo,))
        for f in profile.findings
    )
    sections = {
        "summary": tuple(profile.summary),
        "findings": findings,
        "mechanism": tuple(profile.mechanism),
        "diagnosis": tuple(profile.diagnosis),
        "management": tuple(profile.management),
        "red_flags": tuple(profile.red_flags),
    }
    references = {r.id: Reference(r.id, r.title, r.year) for r in profile.references}
    return FactSheet(
        file=f"conditions/{profile.file}",
        id=profile.id,
        same_as=profile.ids[1:],
        name=profile.name,
        categories=tuple(profile.categories),
        sections=sections,
        distinguishing=tuple(profile.distinguishing),
        references=references,
        exposures=profile.exposures,
        onset=(profile.onset.min_years, profile.onset.max_years),
        onset_sources=tuple(profile.onset.sources),
        sex_sources=tuple(profile.sex.sources) if profile.sex else (),
    )


# ---- the compiled sheet table ----


def sheet_table_path() -> Path:
    """Where the compiled sheets of the current curated files are kept."""
    return curated_cache_path("sheets")


def compile_sheet_table() -> dict[str, list[Any]]:
    """Parse and validate the curated YAML (the compile step) into the table answers read:
    ``{"facts": [sheet, ...], "profiles": [sheet, ...]}``, each in file-name order."""
    from whatcauses.knowledge.conditions import load_condition_profiles
    from whatcauses.knowledge.facts import fact_sheets

    return {"facts": [encode_sheet(s) for s in fact_sheets()],
            "profiles": [encode_sheet(profile_sheet(p)) for p in load_condition_profiles()]}


def write_sheet_table() -> dict[str, list[Any]]:
    """Compile the sheet table and store it (an unwritable cache costs time, not answers)."""
    table = compile_sheet_table()
    store_verified_json(sheet_table_path(), SHEET_TABLE_KIND, table)
    return table


def load_sheet_table() -> dict[str, list[Any]]:
    """The compiled sheet table: from cache when it is there and sound, else compiled now."""
    table: dict[str, list[Any]] = load_or_store_json(
        sheet_table_path(), SHEET_TABLE_KIND, _is_sheet_table, compile_sheet_table)
    return table


def _is_sheet_table(value: Any) -> bool:
    """The stored shape: both lists, every sheet a list of its sixteen fields, every statement
    of its sections a list of its five (sheet_model.encode_sheet)."""
    return (isinstance(value, dict) and set(value) == {"facts", "profiles"}
            and bool(value["facts"]) and all(
                isinstance(part, list) and all(_is_sheet(sheet) for sheet in part)
                for part in value.values()))


def _is_sheet(sheet: Any) -> bool:
    return (isinstance(sheet, list) and len(sheet) == 16 and isinstance(sheet[5], list)
            and all(isinstance(statement, list) and len(statement) == 5
                    for _, statements in sheet[5] for statement in statements))


@lru_cache(maxsize=1)
def _compiled_sheets() -> tuple[tuple[FactSheet, ...], tuple[FactSheet, ...]]:
    table = load_sheet_table()
    with collector_paused():
        return (tuple(decode_sheet(raw) for raw in table["facts"]),
                tuple(decode_sheet(raw) for raw in table["profiles"]))


def compiled_fact_sheets() -> tuple[FactSheet, ...]:
    """The fact sheets (curated/facts), from the compiled table."""
    return _compiled_sheets()[0]


def compiled_profile_sheets() -> tuple[FactSheet, ...]:
    """The condition profiles (curated/conditions) as sheets, from the compiled table."""
    return _compiled_sheets()[1]


@lru_cache(maxsize=1)
def curated_sheets() -> tuple[FactSheet, ...]:
    """The fact sheets, then the condition profiles (from the compiled table, read once)."""
    facts, profiles = _compiled_sheets()
    return (*facts, *profiles)


@lru_cache(maxsize=1)
def curated_sheet_index() -> Mapping[str, FactSheet]:
    """Disease id -> its sheet; a fact sheet wins over a profile for an id both name."""
    index: dict[str, FactSheet] = {}
    for sheet in curated_sheets():
        for disease_id in sheet.ids:
            index.setdefault(disease_id, sheet)
    return MappingProxyType(index)
