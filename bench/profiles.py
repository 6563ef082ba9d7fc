"""Condition profiles beside the HPO diseases: does ranking Mendelian cases suffer? (issue 13)

    python bench/profiles.py [--cases N]

Ranks the dev phenopackets (observed findings, ``Engine.rank`` as shipped) twice: with the
curated condition profiles compiled into the knowledge (the product) and without them (the
HPO annotations alone), and prints top-1/3/10 for both, plus how many profiles there are per
organ system.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from accuracy import DEFAULT_DATA, found_rank, load_cases
from whatcauses.engine import Engine
from whatcauses.knowledge.annotations import parse_hpoa
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import compile_release
from whatcauses.knowledge.conditions import load_condition_profiles
from whatcauses.knowledge.obo import parse_obo
from whatcauses.knowledge.sources import active_files


def without_profiles() -> Engine:
    files = active_files()
    with files.obo.open(encoding="utf-8") as obo, files.hpoa.open(encoding="utf-8") as hpoa:
        arrays = compile_release(parse_obo(obo), parse_hpoa(hpoa))
    return Engine(Knowledge(arrays, files))


def accuracy(engine: Engine, limit: int | None) -> tuple[float, float, float, int]:
    hits = [0, 0, 0]
    cases = load_cases(DEFAULT_DATA, limit)
    for case in cases:
        ranking = engine.rank(list(case.present), top=10, strict=False, evidence=False)
        rank = found_rank([c.id for c in ranking.candidates], case.accepted)
        for i, k in enumerate((1, 3, 10)):
            hits[i] += rank is not None and rank < k
    n = len(cases)
    return hits[0] / n, hits[1] / n, hits[2] / n, n


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=None, help="phenopacket sample size")
    args = parser.parse_args(argv)
    systems = Counter(p.organ_system for p in load_condition_profiles())
    print(f"condition profiles: {sum(systems.values())}")
    for system, count in sorted(systems.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {system:<22}{count:>4}")
    if not (DEFAULT_DATA / "phenopackets-dev.jsonl.gz").exists():
        print(f"no phenopackets at {DEFAULT_DATA}", file=sys.stderr)
        return 0
    print(f"\n{'knowledge':<34}{'n':>6}{'top-1':>8}{'top-3':>8}{'top-10':>8}")
    for label, engine in (("HPO + condition profiles (shipped)", Engine.load()),
                          ("HPO annotations alone", without_profiles())):
        t1, t3, t10, n = accuracy(engine, args.cases)
        print(f"{label:<34}{n:>6}{t1:>8.1%}{t3:>8.1%}{t10:>8.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
