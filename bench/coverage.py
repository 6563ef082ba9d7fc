"""Does the knowledge cover the diagnoses most often made in primary care and EDs? (issue 13)

    python bench/coverage.py [--data ../shared/data] [--list covered]

Reads bench/data/common_diagnoses.yaml (about 200 diagnoses from published rankings: BEACH,
NAMCS, NHAMCS, the UK morbidity studies; sources in its header) and, for each, says whether
the knowledge covers it:

- a condition profile (curated/conditions/) has its MONDO id;
- a fact sheet (curated/facts/) names the MONDO id, or an OMIM/Orphanet id that MONDO calls the
  same disease (mondo-diseases.tsv.gz `omim`/`orphanet` columns, mondo-equivalents.tsv);
- an HPO disease of phenotype.hpoa is that disease (same MONDO mapping), or a profile lists it
  under `same_as`.

A diagnosis without a MONDO id in the MONDO table is counted apart; a profile or sheet whose
name, MONDO label or lay names say the diagnosis's name is shown beside it ("named"), since
some profiles stand under a broader MONDO id (tension-type headache under headache disorder).
Prints the counts and the uncovered diagnoses in list order (most frequent first).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from shared_data import SHARED_DATA
from whatcauses.knowledge.conditions import load_condition_profiles
from whatcauses.knowledge.facts import fact_sheets
from whatcauses.knowledge.sources import active_files

HERE = Path(__file__).parent
DIAGNOSES = HERE / "data" / "common_diagnoses.yaml"


def default_data() -> Path:
    """../shared/data (bench/shared_data.py: beside the checkout or its main checkout)."""
    return SHARED_DATA


@dataclass(frozen=True)
class Verdict:
    name: str
    mondo: str | None
    covered_by: str  # "" when not covered


def mondo_xrefs(data: Path) -> dict[str, set[str]]:
    """MONDO id -> the OMIM/ORPHA ids MONDO calls the same disease."""
    xrefs: dict[str, set[str]] = {}
    with gzip.open(data / "mondo-diseases.tsv.gz", "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            ids = {f"OMIM:{x.split(':')[-1]}" for x in row["omim"].split("|") if x}
            ids |= {f"ORPHA:{x.split(':')[-1]}" for x in row["orphanet"].split("|") if x}
            xrefs[row["mondo_id"]] = ids
    equivalents = data / "mondo-equivalents.tsv"
    if equivalents.exists():
        with equivalents.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                xrefs.setdefault(row["mondo_id"], set()).update(row["disease_ids"].split())
    return xrefs


def hpoa_diseases() -> set[str]:
    ids: set[str] = set()
    with active_files().hpoa.open(encoding="utf-8") as handle:
        for line in handle:
            if line and not line.startswith(("#", "database_id")):
                ids.add(line.split("\t", 1)[0])
    return ids


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("oe", "e").replace("ae", "e")))


def audit(diagnoses: Iterable[dict[str, str | None]], xrefs: dict[str, set[str]],
          hpoa: set[str]) -> list[Verdict]:
    """One verdict per diagnosis: what covers it by id ("" if nothing does)."""
    by_id: dict[str, str] = {}
    for profile in load_condition_profiles():
        by_id.setdefault(profile.id, f"profile {profile.file}")
        for twin in (*profile.same_as, *profile.includes):
            by_id.setdefault(twin, f"profile {profile.file} (same_as {twin})")
    for sheet in fact_sheets():
        for sid in (sheet.id, *sheet.same_as):
            by_id.setdefault(sid, f"fact sheet {sheet.file}")
    verdicts = []
    for item in diagnoses:
        mondo = item.get("mondo")
        name = str(item["name"])
        found = ""
        if mondo:
            found = by_id.get(mondo, "")
            for other in sorted(xrefs.get(mondo, ())):
                if found:
                    break
                found = by_id.get(other, "") or (f"HPO disease {other}" if other in hpoa else "")
        verdicts.append(Verdict(name, mondo, found))
    return verdicts


def named_by(name: str) -> str:
    """A profile or sheet whose own names say this diagnosis's name (as whole words), for a
    diagnosis MONDO has no id for or that the knowledge holds under another (narrower) id."""
    words = [f" {_key(part)} " for part in re.split(r"[/()]", name) if _key(part)]
    candidates: list[tuple[str, list[str]]] = []
    for profile in load_condition_profiles():
        candidates.append((f"profile {profile.file}",
                           [profile.name, profile.mondo_label, *profile.lay_names]))
    for sheet in fact_sheets():
        candidates.append((f"fact sheet {sheet.file}", [sheet.name]))
    for exact in (True, False):
        for where, names in candidates:
            keys = [f" {_key(n)} " for n in names]
            keys += [f" {_key(p)} " for n in names for p in re.split(r"[()]", n) if _key(p)]
            if any((w == k) if exact else (w in k) for w in words for k in keys):
                return where
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=None,
                        help="folder holding mondo-diseases.tsv.gz (../shared/data)")
    parser.add_argument("--list", choices=("uncovered", "covered", "all"), default="uncovered")
    args = parser.parse_args(argv)
    diagnoses = yaml.safe_load(DIAGNOSES.read_text(encoding="utf-8"))
    verdicts = audit(diagnoses, mondo_xrefs(args.data or default_data()), hpoa_diseases())
    covered = [v for v in verdicts if v.covered_by]
    uncovered = [v for v in verdicts if v.mondo and not v.covered_by]
    no_id = [v for v in verdicts if not v.mondo]
    print(f"diagnoses: {len(verdicts)}  covered: {len(covered)}  not covered: {len(uncovered)}"
          f"  no MONDO id: {len(no_id)}")
    print(f"not covered by id but named by a profile or sheet under another id:"
          f" {sum(1 for v in uncovered if named_by(v.name))} of {len(uncovered)}")
    named = [(v, named_by(v.name)) for v in no_id]
    print(f"no MONDO id but named by a profile or sheet: {sum(1 for _, n in named if n)}"
          f" of {len(no_id)}")
    if args.list in ("covered", "all"):
        print("\ncovered:")
        for v in covered:
            print(f"  {v.name:45s} {v.mondo}  {v.covered_by}")
    print("\nnot covered by id (list order, most frequent first; a profile or sheet that names it"
          " under another id is shown):")
    for rank, v in enumerate(verdicts, 1):
        if v in uncovered:
            print(f"  {rank:3d}. {v.name:45s} {v.mondo}  {named_by(v.name) or '-'}")
    print("\nno MONDO id:")
    for v, n in named:
        print(f"  {v.name:45s} {n or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
