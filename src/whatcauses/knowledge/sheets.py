"""Every curated disease description as a fact sheet: the fact sheets and the condition profiles.

The answer and explanation layers read diseases through this one index, so a common condition
(a profile under its MONDO id) is summarised, contrasted and cited like any sheet. A fact sheet
keeps its ids when a profile names the same entry.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from whatcauses.knowledge.facts import FactSheet, Reference, Statement, fact_sheets

if TYPE_CHECKING:
    from collections.abc import Mapping

    from whatcauses.knowledge.conditions import ConditionProfile

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
        same_as=tuple(profile.same_as),
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


@lru_cache(maxsize=1)
def curated_sheets() -> tuple[FactSheet, ...]:
    """The fact sheets, then the condition profiles (read once)."""
    from whatcauses.knowledge.conditions import load_condition_profiles

    return (*fact_sheets(), *(profile_sheet(p) for p in load_condition_profiles()))


@lru_cache(maxsize=1)
def curated_sheet_index() -> Mapping[str, FactSheet]:
    """Disease id -> its sheet; a fact sheet wins over a profile for an id both name."""
    index: dict[str, FactSheet] = {}
    for sheet in curated_sheets():
        for disease_id in sheet.ids:
            index.setdefault(disease_id, sheet)
    return MappingProxyType(index)
