"""List curated references whose id or metadata need a look (issues 12, 13: every statement
traced to a checkable source).

Reads the condition profiles, the fact sheets and ``prevalence.yaml`` under
``src/whatcauses/knowledge/curated/`` and prints three lists:

* ``journal``: ``GUIDELINE:`` references whose title reads like a journal article rather than a
  guideline: an author list ("Wood JM, ...", "et al."), volume and pages ("2019;99(12):760"), a
  DOI, or a journal name (Am Fam Physician, Lancet, BMJ, J ..., N Engl J Med, StatPearls, ...)
  in a title that names no guideline, consensus, criteria, recommendations or statement. Such a
  paper (a review, a cohort study, a StatPearls chapter) has a PubMed id: cite it as
  ``PMID:<digits>`` (title and year checked with the search tool) instead.
* ``journal-guideline``: ``GUIDELINE:`` references that name a guideline published in a journal
  (ACG guidelines in Am J Gastroenterol, "Stewart et al., Dis Colon Rectum"); they are
  guidelines, and a PMID would only make them easier to check. Listed with ``--all``.
* ``no-year``: ``PMID:`` and ``GUIDELINE:`` references without a ``year`` (OMIM and Orphanet
  entries carry none).

Each reference is printed once, with the files that list it. It only prints (exit status 0):
the journal cues are heuristics, and a guideline's title may carry its journal's name.

    python scripts/audit_references.py [--all]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

CURATED = Path(__file__).resolve().parents[1] / "src" / "whatcauses" / "knowledge" / "curated"
# libyaml's C loader when present: the same safe subset as safe_load, several times faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# An author list as a citation writes it: "Wood JM, Athanasiadis T" or "Omole F, Kelsey RC".
AUTHOR_LIST = re.compile(r"(?:[A-Z][A-Za-z'\-]+ [A-Z]{1,3}(?:, | et al\b|\. ))+")
AUTHORS = re.compile(rf"^{AUTHOR_LIST.pattern}|\bet al\b")
# Volume and pages, or a DOI: "2019;99(12):760-766", "BMJ 2014;349:g5827", "doi:10.1136/...".
CITATION = re.compile(r"\b(?:19|20)\d\d;\d+[:(]|\d+\(\d+\)\s*:\s*\w?\d+|\bdoi\s*:|\b10\.\d{4,}/")
# Journal names (abbreviated as PubMed writes them, or in full).
JOURNAL = re.compile(
    r"\b(?:Am Fam Physician|American Family Physician|Lancet|BMJ|N Engl J Med|JAMA|"
    r"J [A-Z][a-z]+|[A-Z][a-z]+ J\b|Ann [A-Z][a-z]+|(?<!of )Pediatrics|Gut|Clin Infect Dis|"
    r"Br J [A-Z]|Eur [A-Z][a-z]+ J|Journal of|American Journal|Annals of|Cochrane|"
    r"StatPearls|Nat Rev|Rev [A-Z]|Dtsch Arztebl|Can Fam Physician|Aust Fam Physician)",
)
# Words a guideline's title uses; a title with a journal cue and none of these reads like a
# review or a study.
GUIDELINE_WORDS = re.compile(
    r"guideline|guidance|consensus|recommendation|criteria|classification|position|"
    r"statement|practice pattern|practice parameter|committee opinion|practice bulletin|"
    r"pathway|standards? of care|nosology|definitions?\b|report|strategy|expert|"
    r"health supervision|clinical report",
    re.IGNORECASE,
)
# The narrower set for a title that cites its authors or pages: a study's own title may speak of
# "criteria" or call itself a "report" (Wilfley 2016, Das and Dave 2020).
GUIDELINE_NAMES = re.compile(
    r"guideline|consensus|recommendation|practice parameter|position statement|"
    r"committee opinion|practice bulletin",
    re.IGNORECASE,
)


def _references(data: Any) -> list[dict[str, Any]]:
    """The reference entries of a profile or sheet (a mapping) or of prevalence.yaml (a list)."""
    if isinstance(data, dict):
        return list(data.get("references") or [])
    if isinstance(data, list):
        entries = [entry for entry in data if isinstance(entry, dict)]
        return [ref for entry in entries for ref in entry.get("references") or []]
    return []


def curated_references(root: Path = CURATED) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Every reference id -> its entries, each with the file that lists it."""
    found: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    paths = sorted((root / "conditions").glob("*.yaml")) + sorted((root / "facts").glob("*.yaml"))
    paths.append(root / "prevalence.yaml")
    for path in paths:
        for ref in _references(yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)):
            found[str(ref.get("id"))].append((f"{path.parent.name}/{path.name}", ref))
    return dict(found)


# A year the title gives as the source's own, closing its parenthesis: "(ACMG, 2014)",
# "(NICE, 2008, updated 2019)"; not "figures from ... Diseases 2007)" or "in 1970-71)".
STATED_YEAR = re.compile(r"[(,;]\s*(?:updated |reaffirmed )?((?:19|20)\d\d)\)\s*$")


def stated_year(title: str) -> int | None:
    """The year a reference's title states as the source's own (the last, when updated)."""
    found = STATED_YEAR.search(title)
    return int(found.group(1)) if found else None


def cites_article(title: str) -> bool:
    """The title cites a journal article as a reference list does: it opens with an author list,
    or gives volume and pages or a DOI, and names no guideline, consensus, criteria or
    statement. Precise on the curated references (tests/test_curated_references.py)."""
    cited = bool(AUTHOR_LIST.match(title) or CITATION.search(title))
    return cited and not GUIDELINE_NAMES.search(title)


def journal_kind(ref_id: str, title: str) -> str | None:
    """'journal' for a GUIDELINE: reference that reads like a journal article (a review, a study,
    a StatPearls chapter), 'journal-guideline' for a guideline whose title names its journal or
    its authors, None otherwise."""
    if not ref_id.startswith("GUIDELINE:"):
        return None
    if cites_article(title):
        return "journal"
    cues = (AUTHORS.search(title) or CITATION.search(title) or JOURNAL.search(title)
            or "review" in ref_id)
    if not cues:
        return None
    return "journal-guideline" if GUIDELINE_WORDS.search(title) else "journal"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true",
                        help="also list guidelines whose title names their journal")
    args = parser.parse_args(argv)
    lists: dict[str, list[str]] = defaultdict(list)
    for ref_id, entries in sorted(curated_references().items()):
        title = str(entries[0][1].get("title") or "")
        kind = journal_kind(ref_id, title)
        files = ", ".join(name for name, _ in entries)
        if kind == "journal" or (kind == "journal-guideline" and args.all):
            lists[kind].append(f"{ref_id}  {title!r}  [{files}]")
        yearless = [name for name, ref in entries if not ref.get("year")]
        if ref_id.split(":")[0] in ("PMID", "GUIDELINE", "DATASET") and yearless:
            stated = stated_year(title)
            hint = f"  (title states {stated})" if stated else ""
            lists["no-year"].append(f"{ref_id}  {title!r}  [{', '.join(yearless)}]{hint}")
    for kind in ("journal", "journal-guideline", "no-year"):
        if kind in lists:
            print(f"## {kind} ({len(lists[kind])})")
            print("\n".join(lists[kind]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
