"""Twin grouping (OMIM/Orphanet entries of one disease) against MONDO's equivalences.

    python bench/grouping.py

Pairs grouped by whatcauses (from names and shared annotations, knowledge/twins.py) are
compared with the pairs that ../shared/data/mondo-equivalents.tsv puts under one MONDO concept.
Precision is a lower bound: MONDO misses some true twins (a pair we group that MONDO lacks is
counted wrong here).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from itertools import combinations

from shared_data import SHARED_DATA
from whatcauses.engine import Engine

SHARED = SHARED_DATA


def main() -> int:
    source = SHARED / "mondo-equivalents.tsv"
    if not source.exists():
        print("../shared/data/mondo-equivalents.tsv is absent; nothing to measure")
        return 0
    knowledge = Engine.load().knowledge
    groups: dict[int, list[str]] = defaultdict(list)
    for index, group in enumerate(knowledge.arrays["twin_group"].tolist()):
        groups[group].append(knowledge.disease_ids[index])
    ours = {tuple(sorted(p)) for m in groups.values() for p in combinations(m, 2)}
    gold: set[tuple[str, ...]] = set()
    for line in source.read_text(encoding="utf-8").splitlines()[1:]:
        ids = sorted(line.split("\t")[1].split())
        gold.update(tuple(p) for p in combinations(ids, 2))
    hits = len(ours & gold)
    precision = hits / len(ours) if ours else 0.0
    recall = hits / len(gold) if gold else 0.0
    print(f"{'pairs grouped':<28}{len(ours):>8}")
    print(f"{'pairs in MONDO':<28}{len(gold):>8}")
    print(f"{'precision (lower bound)':<28}{precision:>8.1%}")
    print(f"{'recall':<28}{recall:>8.1%}")
    omim_orpha = {p for p in gold if {x.split(':')[0] for x in p} == {"OMIM", "ORPHA"}}
    print(f"{'recall, OMIM-Orphanet pairs':<28}{len(ours & omim_orpha) / len(omim_orpha):>8.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
