"""Sources a curated statement may not rest on: consumer health sites, commercial point-of-care
pages, wikis, document dumps, note-collections and conference abstracts.

Curated profiles, fact sheets and the prevalence table cite PubMed-indexed articles, OMIM,
Orphanet, or a named guideline (issuing body and year). A reference whose id or title names one
of the hosts below is rejected at load time, so such a source cannot creep back in: these pages
name no issuing body that answers for them, change without a version, or (abstracts) were never
peer-reviewed in full. The markers are matched in the reference id (``GUIDELINE:visualdx-...``)
and title, case-insensitively, with hyphens read as spaces.
"""

from __future__ import annotations

import re

# name shown in the error -> pattern of the host or of the name as a title writes it
WEAK_SOURCE_PATTERNS: dict[str, str] = {
    "Mayo Clinic": r"mayo\s*clinic",
    "Patient.info": r"patient[.\s]info\b|patient\.co\.uk",
    "VisualDx": r"visual\s*dx",
    "FPnotebook": r"fp\s*notebook|family\s+practice\s+notebook",
    "Primary Care Notebook": r"primary\s*care\s*notebook",
    "Medscape": r"medscape|emedicine",
    "Medical Algorithms": r"medical\s*algorithms",
    "Wikipedia": r"wikipedia",
    "Scribd": r"scribd",
    "Healthline": r"healthline",
    "WebMD": r"web\s*md",
    "Verywell Health": r"verywell",
    "Medical News Today": r"medical\s*news\s*today",
    "Cleveland Clinic": r"cleveland\s*clinic",
    "an ISPOR conference abstract": r"\bispor\b",
    # the lay edition of the MSD (Merck) Manual; the professional edition, written for
    # clinicians, is not matched here
    "the MSD Manual Consumer Version": r"(msd|merck)\s*manuals?\s*(consumer|home)|merck\s*home",
    # a subscription point-of-care product, revised without versions; its slugs read "bmj-bp-..."
    # (the words "best practice" alone, as in a guideline's own title, are not matched)
    "BMJ Best Practice": r"bmj\s*best\s*practice|bestpractice\.bmj|\bbmj\s+bp\b",
}

_PATTERNS = {name: re.compile(pattern) for name, pattern in WEAK_SOURCE_PATTERNS.items()}


def weak_source(reference_id: str, title: str) -> str | None:
    """The weak host or kind a reference names (``"VisualDx"``), or None when it names none."""
    text = f"{reference_id} {title}".lower().replace("-", " ")
    return next((name for name, pattern in _PATTERNS.items() if pattern.search(text)), None)


def weak_source_error(reference_id: str, title: str) -> str | None:
    """The message rejecting such a reference, or None when the reference is acceptable."""
    name = weak_source(reference_id, title)
    if name is None:
        return None
    return (f"reference {reference_id} cites {name}, which is not an accepted source; cite a "
            "PubMed-indexed article or a named guideline (issuing body and year)")
