"""Identifier normalisation at the boundary: HPO term ids and disease ids."""

from __future__ import annotations

import re
from functools import lru_cache

from whatcauses.errors import UnknownDiseaseError, UnknownTermError

ROOT = "HP:0000001"
PHENOTYPIC_ABNORMALITY = "HP:0000118"
"""The root of the terms that describe findings (signs, symptoms, test results)."""

# An HPO id is HP: and exactly seven digits. Shorter numbers are refused rather than padded:
# "HP:12" is more likely a typo or a cut-off id than a deliberate HP:0000012.
HPO_ID_DIGITS = 7
# OMIM's MIM numbers have six digits and MONDO's seven; their ids are written with all of them
# (OMIM:000001 stays so).
OMIM_ID_DIGITS = 6
MONDO_ID_DIGITS = 7
_FIXED_DIGITS = {"OMIM": OMIM_ID_DIGITS, "MONDO": MONDO_ID_DIGITS}

_HPO_RE = re.compile(r"^(?:HP|HPO)[:_]?(\d+)$", re.IGNORECASE)
_DISEASE_RE = re.compile(r"^(OMIM|ORPHA|ORPHANET|DECIPHER|MIM|MONDO)[:_ ]?(\d+)$", re.IGNORECASE)
_URL_PREFIX = re.compile(r"^https?://purl\.obolibrary\.org/obo/", re.IGNORECASE)


def normalize_hpo_id(raw: str) -> str:
    """Return ``HP:0001234`` for the usual spellings (``hp:0001234``, ``HP_0001234``, a PURL).

    Raises :class:`UnknownTermError` when the text is not an HPO id, or its number does not
    have exactly seven digits.
    """
    text = _URL_PREFIX.sub("", raw.strip())
    match = _HPO_RE.match(text)
    if not match:
        raise UnknownTermError(f"not an HPO term id: {raw!r} (expected e.g. HP:0001250)")
    digits = match.group(1)
    if len(digits) != HPO_ID_DIGITS:
        raise UnknownTermError(
            f"malformed HPO term id {raw!r}: an HPO id is HP: followed by exactly "
            f"{HPO_ID_DIGITS} digits (e.g. HP:0001250)"
        )
    return f"HP:{digits}"


def normalize_disease_id(raw: str) -> str:
    """Return ``OMIM:184850`` / ``ORPHA:3198`` / ``MONDO:0005148`` for the usual spellings.

    OMIM ids keep six digits (``OMIM:000001``) and MONDO ids seven; Orphanet and DECIPHER
    numbers lose leading zeros (``ORPHA:0589`` is ``ORPHA:589``), as those sources write them.
    """
    # Tables look the same ids up again and again (each disease's prevalence and onset).
    return _normalized_disease_id(raw) if isinstance(raw, str) else _normalize_disease_id(raw)


@lru_cache(maxsize=32768)
def _normalized_disease_id(raw: str) -> str:
    return _normalize_disease_id(raw)


def _normalize_disease_id(raw: str) -> str:
    match = _DISEASE_RE.match(raw.strip())
    if not match:
        raise UnknownDiseaseError(
            f"not a disease id: {raw!r} (expected e.g. OMIM:184850, ORPHA:3198 or MONDO:0005148)"
        )
    prefix = match.group(1).upper()
    prefix = {"ORPHANET": "ORPHA", "MIM": "OMIM"}.get(prefix, prefix)
    number = int(match.group(2))
    digits = _FIXED_DIGITS.get(prefix)
    if digits is not None:
        if number >= 10**digits:
            article, example = ("an", "OMIM:184850") if prefix == "OMIM" else ("a", "MONDO:0005148")
            raise UnknownDiseaseError(
                f"malformed {prefix} id {raw!r}: {article} {prefix} id has {digits} digits "
                f"(e.g. {example})"
            )
        return f"{prefix}:{number:0{digits}d}"
    return f"{prefix}:{number}"


def disease_url(disease_id: str) -> str:
    """The public page of a disease id."""
    prefix, _, local = disease_id.partition(":")
    if prefix == "OMIM":
        return f"https://omim.org/entry/{local}"
    if prefix == "ORPHA":
        return f"https://www.orpha.net/en/disease/detail/{local}"
    if prefix == "DECIPHER":
        return f"https://www.deciphergenomics.org/syndrome/{local}"
    return f"https://monarchinitiative.org/{disease_id}"


def reference_url(reference: str) -> str | None:
    """The public page of a reference such as ``PMID:123`` or ``OMIM:184850``."""
    prefix, _, local = reference.partition(":")
    if prefix == "PMID":
        return f"https://pubmed.ncbi.nlm.nih.gov/{local}/"
    if prefix in {"OMIM", "ORPHA", "DECIPHER", "MONDO"}:
        return disease_url(reference)
    if prefix == "HP":
        return f"https://hpo.jax.org/browse/term/{reference}"
    if reference.startswith(("http://", "https://")):
        return reference
    return None
