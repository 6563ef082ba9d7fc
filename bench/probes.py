"""Summed accuracy over the development probe files, to see that a change lifts one area without
lowering another.

    python bench/probes.py [--save RANKS.json] [--compare RANKS.json]

Reads every bench/data/probe_*.yaml except the CHECK sets (``CHECK_SETS``: those measure
held-out generalisation and are run by the lead only, for totals) and
questions_dev.yaml, answers each question with accepted ids once, and prints top-1/3/10 summed
over all files and per file. ``--save`` writes each question's rank (0 = not in the top 10) so
that a later run with ``--compare`` lists the questions that moved.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

from whatcauses.engine import Engine

DATA = Path(__file__).parent / "data"
# The held-out check sets, written blind by helpers who never saw the code; the other benches
# that walk the probe files (balance.py, intruders.py) leave these out too.
CHECK_SETS = frozenset({"probe_voices4.yaml", "probe_common4.yaml", "probe_prevalence3.yaml",
                        "probe_longlay1.yaml"})


def probe_files() -> list[Path]:
    files = sorted(p for p in DATA.glob("probe_*.yaml") if p.name not in CHECK_SETS)
    return [DATA / "questions_dev.yaml", *files]


def first_accepted_rank(engine: Engine, question: str, accepted: set[str]) -> int:
    """The 1-based rank of the first accepted candidate in the top 10, or 0."""
    answer = engine.ask(question, top=10)
    for position, candidate in enumerate(answer.ranking.candidates, start=1):
        if accepted & (set(candidate.ids) | {candidate.id}):
            return position
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write each question's rank to this JSON file")
    parser.add_argument("--compare", type=Path, help="a --save file: list the questions that moved")
    args = parser.parse_args()
    engine = Engine.load()
    ranks: dict[str, int] = {}
    total = [0, 0, 0, 0]
    for path in probe_files():
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        counts = [0, 0, 0, 0]
        for item in items:
            accepted = {str(a) for a in item.get("accepted") or []}
            if not accepted:
                continue
            rank = first_accepted_rank(engine, str(item["question"]), accepted)
            ranks[f"{path.name}: {item['question']}"] = rank
            counts[0] += rank == 1
            counts[1] += 1 <= rank <= 3
            counts[2] += rank >= 1
            counts[3] += 1
        total = [a + b for a, b in zip(total, counts, strict=True)]
        if counts[3]:
            print(f"{path.name:<32} {counts[0]:>4} {counts[1]:>4} {counts[2]:>4} / {counts[3]}")
    print(f"{'all (top-1 / top-3 / top-10)':<32} {total[0]:>4} {total[1]:>4} {total[2]:>4} "
          f"/ {total[3]}")
    if args.save:
        args.save.write_text(json.dumps(ranks, indent=0), encoding="utf-8")
    if args.compare:
        before: dict[str, int] = json.loads(args.compare.read_text(encoding="utf-8"))
        for key, rank in ranks.items():
            old = before.get(key)
            if old is not None and old != rank:
                fell = (rank == 0 or (old != 0 and rank > old))
                print(f"{'FELL' if fell else 'rose'} {old} -> {rank}  {key[:150]}")


if __name__ == "__main__":
    main()
