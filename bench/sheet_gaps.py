"""Which well-known rare diseases of phenotype.hpoa have neither a fact sheet nor a profile?

    python bench/sheet_gaps.py [--min PER_100000] [--max PER_100000] [--limit N]

Issue 14: a question about a well-known rare disease misses when phenotype.hpoa does not
annotate a hallmark finding people name, and fact sheets add such findings from sources. To
choose the diseases to write sheets for by an independent criterion (not by the misses of any
question set), this lists the phenotype.hpoa diseases (OMIM or ORPHA) with the highest Orphanet
point or birth prevalence (src/whatcauses/knowledge/data/orphanet_prevalence.tsv; an ORPHA
figure counts for its exact OMIM ids too) that no fact sheet or condition profile names. A
disease counts as named when its id, or an id sharing a MONDO concept with it
(../shared/data/mondo-diseases.tsv.gz), is a sheet's id, ``same_as``, ``ranks_apart`` or
``includes``, or a profile's id, ``same_as`` or ``includes``.

Rare means below --max (default 50 per 100,000, the European threshold of 1 in 2,000); the
default floor of 2 per 100,000 (1 in 50,000) keeps the diseases with the highest figures.
Printed, highest figure first: the figure, its kind, the ORPHA id, the phenotype.hpoa ids it
stands for, the number of their annotations, and the name.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from series_inventory import hpoa_names
from shared_data import SHARED_DATA, mondo_rows

PREVALENCE = (Path(__file__).parent.parent / "src" / "whatcauses" / "knowledge" / "data"
              / "orphanet_prevalence.tsv")
KINDS = frozenset({"point prevalence", "birth prevalence"})


def named_ids() -> set[str]:
    """Every id a fact sheet or condition profile names."""
    from whatcauses.knowledge.conditions import load_condition_profiles
    from whatcauses.knowledge.facts import fact_sheets

    named: set[str] = set()
    for p in load_condition_profiles():
        named |= {p.id, *p.same_as, *p.includes}
    for s in fact_sheets():
        named |= {s.id, *s.twin_ids, *s.ranks_apart, *s.includes}
    return named


def mondo_groups(path: Path = SHARED_DATA / "mondo-diseases.tsv.gz") -> dict[str, set[str]]:
    """Each id (MONDO, OMIM, ORPHA) -> every id sharing a MONDO concept with it."""
    groups: dict[str, set[str]] = {}
    for mondo_id, _label, omim, orphanet in mondo_rows(path):
        ids = {mondo_id, *omim, *orphanet}
        for i in ids:
            groups.setdefault(i, set()).update(ids)
    return groups


def annotation_counts() -> dict[str, int]:
    from whatcauses.knowledge.sources import active_files

    counts: dict[str, int] = {}
    with active_files().hpoa.open(encoding="utf-8") as hpoa:
        for line in hpoa:
            if line.startswith("#") or line.startswith("database_id"):
                continue
            disease = line.split("\t", 1)[0]
            counts[disease] = counts.get(disease, 0) + 1
    return counts


def gaps(low: float, high: float) -> list[tuple[float, str, str, list[str], int, str]]:
    entries = hpoa_names()
    counts = annotation_counts()
    named = named_ids()
    groups = mondo_groups()
    best: dict[str, tuple[float, str]] = {}
    with PREVALENCE.open(encoding="utf-8") as table:
        for row in csv.DictReader(table, delimiter="\t"):
            if row["kind"] not in KINDS:
                continue
            figure = float(row["estimate_per_100000"])
            if figure > best.get(row["orpha_id"], (0.0, ""))[0]:
                best[row["orpha_id"]] = (figure, row["kind"])
            omim_ids = [i for i in row["omim_exact"].split("|") if i]
            for omim in omim_ids:
                if figure > best.get(omim, (0.0, ""))[0]:
                    best[omim] = (figure, row["kind"])
    rows = []
    seen: set[str] = set()
    for orpha, (figure, kind) in best.items():
        if not orpha.startswith("ORPHA:") or not low <= figure < high:
            continue
        related = {orpha, *groups.get(orpha, set())}
        for i in list(related):
            related |= groups.get(i, set())
        annotated = sorted(i for i in related if i in entries
                           and (i == orpha or best.get(i, (0.0, ""))[0] == figure
                                or i.startswith("OMIM:")))
        if not annotated or related & named or related & seen:
            continue
        seen |= related
        name = entries[annotated[0]][0]
        rows.append((figure, kind, orpha, annotated, sum(counts.get(i, 0) for i in annotated),
                     name))
    rows.sort(key=lambda r: (-r[0], r[2]))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=2.0, help="lowest figure per 100,000")
    parser.add_argument("--max", type=float, default=50.0, help="figure at which a disease "
                        "stops counting as rare (per 100,000)")
    parser.add_argument("--limit", type=int, default=0, help="print only the first N")
    args = parser.parse_args(argv)
    rows = gaps(args.min, args.max)
    for figure, kind, orpha, ids, n, name in rows[:args.limit or None]:
        print(f"{figure:8.2f}  {kind:16s}  {orpha:13s}  {n:4d}  {','.join(ids):40s}  {name}")
    print(f"{len(rows)} diseases without a sheet or profile between {args.min} and {args.max} "
          "per 100,000", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
