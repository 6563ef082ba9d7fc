"""Identifier normalisation at the boundary: HPO term ids and disease ids."""

from __future__ import annotations

import re

from whatcauses.errors import UnknownDiseaseError, UnknownTermError

_HPO_RE = re.compile(r"^(?:HP|HPO)[:_]?(\d{1,7})$", re.IGNORECASE)
_DISEASE_RE = re.compile(r"^(OMIM|ORPHA|ORPHANET|DECIPHER|MIM|MONDO)[:_ ]?(\d+)$", re.IGNORECASE)
# Ids written with a fixed number of digits (leading zeros kept).
_DIGITS = {"OMIM": 6, "MONDO": 7}
_URL_PREFIX = re.compile(r"^https?://purl\.obolibrary\.org/obo/", re.IGNORECASE)


def normalize_hpo_id(raw: str) -> str:
    """Return ``HP:0001234`` for the usual spellings (``hp:1234``, ``HP_0001234``, a PURL).

    Raises :class:`UnknownTermError` when the text is not an HPO id at all.
    """
    text = _URL_PREFIX.sub("", raw.strip())
    match = _HPO_RE.match(text)
    if not match:
        raise UnknownTermError(f"not an HPO term id: {raw!r} (expected e.g. HP:0001250)")
    return f"HP:{int(match.group(1)):07d}"


def normalize_disease_id(raw: str) -> str:
    """Return ``OMIM:184850`` / ``ORPHA:3198`` / ``MONDO:0005148`` for the usual spellings."""
    match = _DISEASE_RE.match(raw.strip())
    if not match:
        raise UnknownDiseaseError(
            f"not a disease id: {raw!r} (expected e.g. OMIM:184850, ORPHA:3198 or MONDO:0005148)"
        )
    prefix = match.group(1).upper()
    prefix = {"ORPHANET": "ORPHA", "MIM": "OMIM"}.get(prefix, prefix)
    number = int(match.group(2))
    digits = _DIGITS.get(prefix)
    return f"{prefix}:{number:0{digits}d}" if digits else f"{prefix}:{number}"


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
