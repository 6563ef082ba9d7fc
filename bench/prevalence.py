"""How common a disease is: the prevalence prior against the old fact-sheet prior (issue 12).

    python bench/prevalence.py [--cases N] [--variants old,uniform,prevalence,...]

For each variant of the model parameters, one table row per question set: the dev questions
(bench/data/questions_dev.yaml, split by the frame the reader finds), the frozen everyday
prevalence set (bench/data/questions_prevalence.yaml, when present) and the dev phenopackets
(observed findings, through ``Engine.rank`` with the variant's ``rank`` prior). A candidate
counts when its own id, or one of its grouped ids, is accepted (questions); for phenopackets
only its own id (as bench/accuracy.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from accuracy import DEFAULT_DATA, found_rank, load_cases
from whatcauses.engine import Engine
from whatcauses.rank.model import ModelParameters
from whatcauses.text.frame import read_frame

DATA = Path(__file__).parent / "data"
BASE = ModelParameters()
VARIANTS = {
    "uniform": replace(BASE, person_prevalence_exponent=0.0, knowledge_prevalence_exponent=0.0,
                       rank_prior="uniform"),
    "shipped": BASE,
    "prevalence": replace(BASE, rank_prior="prevalence"),
}


def parse_variant(text: str) -> tuple[str, ModelParameters]:
    """A named variant, or name:key=value,key=value over the shipped parameters."""
    name, _, settings = text.partition(":")
    if not settings:
        return name, VARIANTS[name]
    changes: dict[str, object] = {}
    for item in settings.split(";"):
        key, _, value = item.partition("=")
        changes[key] = value if key == "rank_prior" else float(value)
    return name, replace(BASE, **changes)  # type: ignore[arg-type]


def question_rows(engine: Engine, path: Path) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for item in yaml.safe_load(path.read_text(encoding="utf-8")):
        if item.get("expect") == "no_finding":
            continue
        accepted = {str(a) for a in item.get("accepted") or []}
        question = str(item["question"])
        ranking = engine.ask(question, top=10).ranking
        rank = next((i for i, c in enumerate(ranking.candidates)
                     if c.id in accepted or accepted & set(c.ids)), None)
        for key in ("all", read_frame(question)):
            row = rows[key]
            row[3] += 1
            if rank is not None:
                row[0] += rank < 1
                row[1] += rank < 3
                row[2] += rank < 10
    return rows


def phenopacket_row(engine: Engine, limit: int | None) -> list[int]:
    row = [0, 0, 0, 0]
    for case in load_cases(DEFAULT_DATA, limit):
        ranking = engine.rank(list(case.present), top=10, strict=False, evidence=False)
        rank = found_rank([c.id for c in ranking.candidates], case.accepted)
        row[3] += 1
        if rank is not None:
            row[0] += rank < 1
            row[1] += rank < 3
            row[2] += rank < 10
    return row


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variants", default="uniform,shipped,prevalence")
    parser.add_argument("--cases", type=int, default=None, help="phenopacket sample size")
    parser.add_argument("--no-cases", action="store_true", help="skip the phenopackets")
    args = parser.parse_args(argv)
    loaded = Engine.load()
    sets = [("dev questions", DATA / "questions_dev.yaml"),
            ("everyday prevalence (frozen)", DATA / "questions_prevalence.yaml")]
    print(f"{'variant':<12}{'set':<34}{'n':>5}{'top-1':>8}{'top-3':>8}{'top-10':>8}")
    for text in args.variants.split(","):
        name, parameters = parse_variant(text)
        engine = Engine(loaded.knowledge, parameters)
        start = time.perf_counter()
        for label, path in sets:
            if not path.exists():
                continue
            rows = question_rows(engine, path)
            for key in ["all", *sorted(k for k in rows if k != "all")]:
                t1, t3, t10, n = rows[key]
                print(f"{name:<12}{label + ('' if key == 'all' else f' [{key}]'):<34}{n:>5}"
                      f"{t1 / n:>8.1%}{t3 / n:>8.1%}{t10 / n:>8.1%}")
        if not args.no_cases and (DEFAULT_DATA / "phenopackets-dev.jsonl.gz").exists():
            t1, t3, t10, n = phenopacket_row(engine, args.cases)
            print(f"{name:<12}{'phenopackets (rank, observed)':<34}{n:>5}"
                  f"{t1 / n:>8.1%}{t3 / n:>8.1%}{t10 / n:>8.1%}")
        print(f"{'':<12}({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
