"""Which candidates take the first places of questions they do not answer.

    python bench/intruders.py                         # every dev file: questions_dev + probes
    python bench/intruders.py bench/data/probe_x.yaml --top 3 --most 30
    python bench/intruders.py --show "Lynch syndrome" # the questions one candidate intrudes on

A candidate that sits in the first ``--top`` places of many questions whose accepted answer it
is not, and rarely of those it answers, is a catch-all: a prior too strong for what its
findings say (a figure that counts carriers of a variant rather than people with the disease),
a twin group whose united annotations cover many organs, or a profile whose findings are the
generic complaints of many conditions. Per candidate name, over the given files: how often it
intrudes, how often it is a right answer there, and the share of questions it intrudes on.
Some intrusion is expected (a plausible differential is not a fault); the ratio points to the
candidates worth a look. ``--show NAME`` lists the questions a candidate (name prefix)
intrudes on, with the leaders, to see what they share.

Development files only: the frozen sets and the check sets are refused (bench/misses.py).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from probes import CHECK_SETS  # bench/probes.py, beside this file
from whatcauses.engine import Engine

HELD_OUT = frozenset({"questions_prevalence", "questions_common", "questions_voices",
                      *(Path(name).stem for name in CHECK_SETS)})
DATA = Path(__file__).parent / "data"


def dev_files() -> list[Path]:
    """questions_dev.yaml and every probe that is not a check set."""
    probes = sorted(p for p in DATA.glob("probe_*.yaml") if p.stem not in HELD_OUT)
    return [DATA / "questions_dev.yaml", *probes]


def questions(paths: list[Path]) -> list[tuple[str, frozenset[str]]]:
    """(question, accepted ids) of every answerable item in the files."""
    found = []
    for path in paths:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(item, dict) and item.get("question") and item.get("accepted"):
                found.append((str(item["question"]),
                              frozenset(str(a) for a in item["accepted"])))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="question files (default: dev)")
    parser.add_argument("--top", type=int, default=3, help="places counted (default 3)")
    parser.add_argument("--most", type=int, default=25, help="rows printed (default 25)")
    parser.add_argument("--show", metavar="NAME", help="list the questions NAME intrudes on")
    args = parser.parse_args()
    paths = args.files or dev_files()
    refused = [p for p in paths if p.stem in HELD_OUT]
    if refused:
        sys.exit(f"held-out set, totals only (bench/frozen.py, bench/questions.py): {refused[0]}")
    engine = Engine.load()
    intrusions: Counter[str] = Counter()
    answers: Counter[str] = Counter()
    asked = 0
    for question, accepted in questions(paths):
        leaders = engine.ask(question, top=args.top).ranking.candidates[:args.top]
        asked += 1
        for candidate in leaders:
            right = bool(accepted.intersection(candidate.ids))
            (answers if right else intrusions)[candidate.name] += 1
            if args.show and not right and candidate.name.startswith(args.show):
                names = " / ".join(c.name[:28] for c in leaders)
                print(f"{question[:88]:<88} | {names}")
    if args.show:
        return
    print(f"{asked} questions from {len(paths)} files; first {args.top} places")
    print(f"{'intrudes':>8} {'answers':>8} {'share':>6}  candidate")
    for name, count in intrusions.most_common(args.most):
        print(f"{count:>8} {answers[name]:>8} {100 * count / asked:>5.1f}%  {name[:70]}")


if __name__ == "__main__":
    main()
