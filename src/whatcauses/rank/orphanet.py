"""Orphanet's figures for the diseases of one compiled knowledge, compiled once.

Looking every OMIM and Orphanet entry of the knowledge up in Orphanet's tables
(knowledge/prevalence.py) means reading both tables and wording each figure: about 0.2 s on
every start. The result depends only on the compiled knowledge and the packaged tables, so it
is stored beside the knowledge (a verified cache, ``orphanet-*.cache``, keyed by the knowledge
cache's name and a digest of the two tables) and read back as plain JSON afterwards.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.prevalence import (
    ONSET_FILE,
    PREVALENCE_FILE,
    onset_range_for,
    prevalence_for,
)
from whatcauses.knowledge.sources import cache_dir
from whatcauses.knowledge.store import load_or_store_json

ORPHANET_KIND = "orphanet figures"
ORPHANET_FORMAT = 3
SPECIFIC_POPULATION = "Specific population"
# Geographies that stand for people in general; a figure from one country is taken as general
# too (most are a registry or survey of a whole nation), except in Orphanet's open top class.
GENERAL_GEOGRAPHIES = frozenset({"Worldwide", "Europe"})
# Orphanet's open top class (">1 / 1000"): a rare disease reaching it in one country only is
# common there, not everywhere (trehalase deficiency in Greenland, Welander distal myopathy in
# Sweden's founder population, fetal alcohol syndrome in South Africa's Western Cape, hydrops
# fetalis from alpha-thalassaemia in Thailand), so such a figure counts as one population's.
TOP_CLASS = ">1 / 1000"

# One figure as stored: per_100000, prior_per_100000, phrase, source name, PubMed references,
# general_population, kind.
Figure = tuple[float, float, str, str, tuple[str, ...], bool, str]


@dataclass(frozen=True, slots=True)
class OrphanetFigures:
    """Per disease id (OMIM and Orphanet entries of the knowledge): Orphanet's figure for how
    common it is, and the ages over which its onset classes run."""

    prevalence: dict[str, Figure]
    onset: dict[str, tuple[float, float]]


def orphanet_figures(knowledge: Knowledge) -> OrphanetFigures:
    """The figures for ``knowledge``'s diseases, from cache when it is there and sound."""
    stem = knowledge.cache_file.stem if knowledge.cache_file else None
    if stem is None:  # knowledge built in memory only: nothing to key a file by
        return _compile(tuple(knowledge.disease_ids))
    return _cached(stem, tuple(knowledge.disease_ids))


@lru_cache(maxsize=2)
def _cached(stem: str, disease_ids: tuple[str, ...]) -> OrphanetFigures:
    path = cache_dir() / f"orphanet-{stem}-{_tables_digest()}-o{ORPHANET_FORMAT}.cache"
    stored = load_or_store_json(path, ORPHANET_KIND, _is_stored,
                                lambda: _stored_form(_compile(disease_ids)))
    return OrphanetFigures(
        prevalence={d: (float(f[0]), float(f[1]), f[2], f[3], tuple(f[4]), bool(f[5]), f[6])
                    for d, f in stored["prevalence"].items()},
        onset={d: (float(r[0]), float(r[1])) for d, r in stored["onset"].items()},
    )


def _stored_form(figures: OrphanetFigures) -> dict[str, Any]:
    return {"prevalence": {d: list(f) for d, f in figures.prevalence.items()},
            "onset": {d: list(r) for d, r in figures.onset.items()}}


def _compile(disease_ids: tuple[str, ...]) -> OrphanetFigures:
    prevalence: dict[str, Figure] = {}
    onset: dict[str, tuple[float, float]] = {}
    known = set(disease_ids)
    for disease_id in disease_ids:
        if not disease_id.startswith(("ORPHA:", "OMIM:")):
            continue
        estimate = prevalence_for(disease_id)
        if estimate is not None and estimate.link and estimate.orpha_id in known:
            # Reached through MONDO, the figure belongs to an Orphanet entry that is itself
            # one of the knowledge's diseases: the disease has its figure there already, and
            # this OMIM entry is a second copy of it that twin grouping does not join. Lending
            # it the figure as well put such copies beside or above their Orphanet entry and
            # lowered top-1 on the dev and a held-out question set (knowledge/data/README.md).
            estimate = None
        if estimate is not None:
            # A figure measured only in one (often founder) population says how common the
            # disease is there, not in general.
            prevalence[disease_id] = (
                estimate.per_100000, estimate.prior_per_100000, estimate.phrase(),
                estimate.source_name,
                tuple(s for s in estimate.sources if s.startswith("PMID:")),
                general_population(estimate.geography, estimate.prevalence_class),
                estimate.kind.value,
            )
        ages = onset_range_for(disease_id)
        if ages is not None:
            onset[disease_id] = ages
    return OrphanetFigures(prevalence, onset)


def general_population(geography: str, prevalence_class: str) -> bool:
    """Whether an Orphanet figure counts people in general, not one population: any but
    Orphanet's "Specific population", and a figure of the open top class only when worldwide
    or European (:data:`TOP_CLASS`)."""
    if geography == SPECIFIC_POPULATION:
        return False
    return prevalence_class != TOP_CLASS or geography in GENERAL_GEOGRAPHIES


def _tables_digest() -> str:
    """A digest of the packaged Orphanet tables (they may change without a version bump
    while the package is developed)."""
    data = resources.files("whatcauses.knowledge").joinpath("data")
    digest = hashlib.sha256()
    for name in (PREVALENCE_FILE, ONSET_FILE):
        digest.update(data.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def _is_stored(value: Any) -> bool:
    if not (isinstance(value, dict) and isinstance(value.get("prevalence"), dict)
            and isinstance(value.get("onset"), dict)):
        return False
    return all(
        isinstance(f, list) and len(f) == 7 and all(isinstance(x, int | float) for x in f[:2])
        and isinstance(f[2], str) and isinstance(f[3], str) and isinstance(f[4], list)
        and isinstance(f[5], bool) and isinstance(f[6], str)
        for f in value["prevalence"].values()
    ) and all(isinstance(r, list) and len(r) == 2
              and all(isinstance(x, int | float) for x in r) for r in value["onset"].values())
