"""Identifier normalisation at the boundary: HPO term ids and disease ids."""

from __future__ import annotations

import re

from whatcauses.errors import UnknownDiseaseError, UnknownTermError

ROOT = "HP:0000001"
PHENOTYPIC_ABNORMALITY = "HP:0000118"
"""The root of the terms that describe findings (signs, symptoms, test results)."""

# An HPO id is HP: and exactly seven digits. Shorter numbers are refused rather than padded:
# "HP:12" is more likely a typo or a cut-off id than a deliberate HP:0000012.
HPO_ID_DIGITS = 7
# OMIM's MIM numbers have six digits; its ids are written with all six (OMIM:000001 stays so).
OMIM_ID_DIGITS = 6

_HPO_RE = re.compile(r"^(?:HP|HPO)[:_]?(\d+)$", re.IGNORECASE)
_DISEASE_RE = re.compile(r"^(OMIM|ORPHA|ORPHANET|DECIPHER|MIM)[:_ ]?(\d+)$", re.IGNORECASE)
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
    """Return ``OMIM:184850`` / ``ORPHA:3198`` for the usual spellings of a disease id.

    OMIM ids keep six digits (``OMIM:000001``); Orphanet and DECIPHER numbers lose leading
    zeros (``ORPHA:0589`` is ``ORPHA:589``), as those sources write them.
    """
    match = _DISEASE_RE.match(raw.strip())
    if not match:
        raise UnknownDiseaseError(
            f"not a disease id: {raw!r} (expected e.g. OMIM:184850 or ORPHA:3198)"
        )
    prefix = match.group(1).upper()
    prefix = {"ORPHANET": "ORPHA", "MIM": "OMIM"}.get(prefix, prefix)
    number = int(match.group(2))
    if prefix == "OMIM":
        if number >= 10**OMIM_ID_DIGITS:
            raise UnknownDiseaseError(
                f"malformed OMIM id {raw!r}: an OMIM id has {OMIM_ID_DIGITS} digits "
                "(e.g. OMIM:184850)"
            )
        return f"OMIM:{number:0{OMIM_ID_DIGITS}d}"
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
    if prefix in {"OMIM", "ORPHA", "DECIPHER"}:
        return disease_url(reference)
    if prefix == "HP":
        return f"https://hpo.jax.org/browse/term/{reference}"
    if reference.startswith(("http://", "https://")):
        return reference
    return None
