"""The project's own curated data files (YAML, reviewed by people), read as package data."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from whatcauses.errors import DataError

# libyaml's C loader when present (10x faster); same safe subset of YAML as safe_load.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CATEGORY_KEYS = (
    "autoimmune", "inflammatory", "infectious", "genetic", "metabolic", "neoplastic",
    "neuromuscular", "neurological", "skin", "eye", "ear", "cardiovascular", "respiratory",
    "gastrointestinal", "liver", "kidney", "endocrine", "blood", "immunodeficiency",
    "musculoskeletal", "mental", "developmental",
)  # fmt: skip


def _curated_dir() -> resources.abc.Traversable:
    return resources.files("whatcauses.knowledge").joinpath("curated")


def read_yaml(name: str) -> Any:
    """Parse one curated YAML file; a broken file is a :class:`DataError`, not a crash."""
    resource = _curated_dir().joinpath(name)
    try:
        return yaml.load(resource.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"curated file {name} is unreadable: {exc}") from exc


def curated_fingerprint() -> str:
    """A hash of every curated file, to key caches derived from them."""
    digest = hashlib.sha256()
    root = _curated_dir()
    names = sorted(p.name for p in root.iterdir() if p.name.endswith(".yaml"))
    for name in names:
        digest.update(name.encode())
        digest.update(root.joinpath(name).read_bytes())
    facts = root.joinpath("facts")
    for name in sorted(p.name for p in facts.iterdir() if p.name.endswith(".yaml")):
        digest.update(name.encode())
        digest.update(facts.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class LayTerm:
    phrase: str
    hpo: tuple[str, ...]
    kind: str


@lru_cache(maxsize=1)
def lay_terms() -> tuple[LayTerm, ...]:
    raw = read_yaml("lay_terms.yaml") or []
    entries = []
    for item in raw:
        if not isinstance(item, dict) or not item.get("phrase") or not item.get("hpo"):
            raise DataError(f"lay_terms.yaml: malformed entry {item!r}")
        entries.append(
            LayTerm(str(item["phrase"]), tuple(str(h) for h in item["hpo"]),
                    str(item.get("kind", "finding")))
        )
    return tuple(entries)


@dataclass(frozen=True, slots=True)
class CategoryRoot:
    id: str
    why: str


@dataclass(frozen=True, slots=True)
class CategoryVocabulary:
    words: dict[str, tuple[str, ...]]
    roots: dict[str, tuple[CategoryRoot, ...]]


@lru_cache(maxsize=1)
def category_vocabulary() -> CategoryVocabulary:
    raw = read_yaml("category_words.yaml") or {}
    words = {str(k): tuple(str(w) for w in v) for k, v in (raw.get("words") or {}).items()}
    roots = {
        str(k): tuple(CategoryRoot(str(r["id"]), str(r.get("why", ""))) for r in v)
        for k, v in (raw.get("hpo_roots") or {}).items()
    }
    unknown = (set(words) | set(roots)) - set(CATEGORY_KEYS)
    if unknown:
        raise DataError(f"category_words.yaml uses unknown categories: {sorted(unknown)}")
    return CategoryVocabulary(words, roots)


@dataclass(frozen=True, slots=True)
class RedFlag:
    phrase: str
    hpo: tuple[str, ...]
    advice: str


@lru_cache(maxsize=1)
def red_flags() -> tuple[RedFlag, ...]:
    raw = read_yaml("red_flags.yaml") or []
    return tuple(
        RedFlag(str(r["phrase"]), tuple(str(h) for h in r.get("hpo") or ()), str(r["advice"]))
        for r in raw
    )
