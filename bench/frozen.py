"""Question answering on the frozen bench sets (issues 12, 13 and 14).

    python bench/frozen.py [--set prevalence|common|voices|all] [--verbose] [--json]

Each set is a YAML file in bench/data/ written before the ranker and reader changes it
measures, and frozen since (see the header of each file): never tune anything to it.

- prevalence (questions_prevalence.yaml): a common disease of phenotype.hpoa against its rare
  look-alikes; split by category and by frame (person / knowledge).
- common (questions_common.yaml): common presentations in lay wording; split by category and
  by urgency, with top-5 and the share of answers carrying the urgent notice for the urgent
  questions (and the notice rate on the others, as a false-alarm figure).
- voices (questions_voices.yaml): lay, student, clinician, age, family-history, body-site and
  HPO-id voices; split by category and by voice.

Every question is asked with ``Engine.ask(question, top=10)``. A candidate counts as the
answer when its own id or any id grouped with it (``c.ids``; profiles may enrich OMIM
entries) is accepted. Questions marked ``expect: no_finding`` must give no candidates.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from whatcauses import Engine

DATA = Path(__file__).parent / "data"
CUTOFFS = (1, 3, 5, 10)


@dataclass(frozen=True, slots=True)
class FrozenSet:
    """One frozen question file and the fields its table is split by."""

    name: str
    file: str
    splits: tuple[str, ...]


SETS = {
    "prevalence": FrozenSet("prevalence", "questions_prevalence.yaml", ("category", "frame")),
    "common": FrozenSet("common", "questions_common.yaml", ("category", "urgent")),
    "voices": FrozenSet("voices", "questions_voices.yaml", ("category", "voice")),
}


@dataclass(frozen=True, slots=True)
class Question:
    """A bench question as written in its file."""

    text: str
    accepted: frozenset[str]
    groups: dict[str, str]
    urgent: bool
    expects_no_finding: bool


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the engine answered to one question."""

    question: Question
    rank: int | None  # 0-based position of the first accepted candidate, None if absent
    top_names: tuple[str, ...]
    n_candidates: int
    urgent_notice: bool
    seconds: float


@dataclass(slots=True)
class Tally:
    """Hits at each cut-off over n answerable questions."""

    n: int = 0
    hits: dict[int, int] = field(default_factory=lambda: dict.fromkeys(CUTOFFS, 0))

    def add(self, rank: int | None) -> None:
        self.n += 1
        for cutoff in CUTOFFS:
            self.hits[cutoff] += rank is not None and rank < cutoff

    def shares(self) -> dict[str, float | int]:
        figures: dict[str, float | int] = {"n": self.n}
        for cutoff in CUTOFFS:
            figures[f"top{cutoff}"] = self.hits[cutoff] / self.n if self.n else 0.0
        return figures


def load_questions(frozen: FrozenSet) -> list[Question]:
    path = DATA / frozen.file
    if not path.exists():
        raise SystemExit(f"frozen set {frozen.name!r} not found: {path}")
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(items, list):
        raise SystemExit(f"{path}: expected a list of questions")
    questions = []
    for item in items:
        urgent = bool(item.get("urgent", False))
        groups = {key: str(item.get(key)) for key in frozen.splits if key != "urgent"}
        if "urgent" in frozen.splits:
            groups["urgent"] = "urgent" if urgent else "not urgent"
        questions.append(Question(
            text=str(item["question"]),
            accepted=frozenset(str(a) for a in item.get("accepted") or ()),
            groups=groups,
            urgent=urgent,
            expects_no_finding=item.get("expect") == "no_finding",
        ))
    return questions


def ask(engine: Engine, question: Question) -> Outcome:
    start = time.perf_counter()
    answer = engine.ask(question.text, top=10)
    seconds = time.perf_counter() - start
    candidates = answer.ranking.candidates
    rank = next(
        (i for i, c in enumerate(candidates)
         if c.id in question.accepted or question.accepted.intersection(c.ids)),
        None,
    )
    return Outcome(question, rank, tuple(c.name for c in candidates[:3]), len(candidates),
                   answer.urgent is not None, seconds)


def summarise(frozen: FrozenSet, outcomes: Sequence[Outcome]) -> dict[str, Any]:
    overall = Tally()
    by_split: dict[str, dict[str, Tally]] = {key: defaultdict(Tally) for key in frozen.splits}
    honest = [0, 0]
    notice = {"urgent": [0, 0], "not urgent": [0, 0]}
    for outcome in outcomes:
        question = outcome.question
        if question.expects_no_finding:
            honest[0] += outcome.n_candidates == 0
            honest[1] += 1
            continue
        overall.add(outcome.rank)
        for key, value in question.groups.items():
            by_split[key][value].add(outcome.rank)
        if "urgent" in frozen.splits:
            row = notice["urgent" if question.urgent else "not urgent"]
            row[0] += outcome.urgent_notice
            row[1] += 1
    summary: dict[str, Any] = {
        "set": frozen.name,
        "file": f"bench/data/{frozen.file}",
        "date": date.today().isoformat(),
        "questions": len(outcomes),
        "overall": overall.shares(),
        "splits": {key: {value: tally.shares() for value, tally in sorted(rows.items())}
                   for key, rows in by_split.items()},
        "median_ms": round(statistics.median(o.seconds for o in outcomes) * 1000, 1),
    }
    if honest[1]:
        summary["no_finding"] = {"honest": honest[0], "n": honest[1]}
    if "urgent" in frozen.splits:
        summary["urgent_notice"] = {key: {"shown": row[0], "n": row[1]}
                                    for key, row in notice.items()}
    return summary


def _row(label: str, figures: dict[str, float | int]) -> str:
    shares = "".join(f"{figures[f'top{c}']:>8.1%}" for c in CUTOFFS)
    return f"{label:<22}{figures['n']:>5}{shares}"


def print_table(summary: dict[str, Any]) -> None:
    print(f"\n== {summary['set']} ({summary['file']}, {summary['questions']} questions, "
          f"{summary['date']}) ==")
    header = "".join(f"{'top-' + str(c):>8}" for c in CUTOFFS)
    print(f"{'':<22}{'n':>5}{header}")
    print(_row("all", summary["overall"]))
    for key, rows in summary["splits"].items():
        print(f"by {key}:")
        for value, figures in rows.items():
            print(_row(f"  {value}", figures))
    if "urgent_notice" in summary:
        for key, row in summary["urgent_notice"].items():
            print(f"urgent notice shown on {key} questions: {row['shown']}/{row['n']}")
    if "no_finding" in summary:
        row = summary["no_finding"]
        print(f"no-finding questions answered honestly (no candidates): "
              f"{row['honest']}/{row['n']}")
    print(f"median time per question: {summary['median_ms']} ms")


def report_misses(outcomes: Iterable[Outcome]) -> None:
    for outcome in outcomes:
        question = outcome.question
        if question.expects_no_finding:
            if outcome.n_candidates:
                print(f"  answered a no-finding question: {question.text[:90]}",
                      file=sys.stderr)
        elif outcome.rank is None or outcome.rank >= 3:
            rank = "-" if outcome.rank is None else outcome.rank + 1
            print(f"  miss (rank {rank}): {question.text[:90]}  -> {list(outcome.top_names)}",
                  file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all", dest="which")
    parser.add_argument("--verbose", action="store_true", help="list misses on stderr")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    chosen = list(SETS.values()) if args.which == "all" else [SETS[args.which]]
    engine = Engine.load()
    summaries = []
    for frozen in chosen:
        outcomes = [ask(engine, q) for q in load_questions(frozen)]
        if args.verbose:
            print(f"[{frozen.name}]", file=sys.stderr)
            report_misses(outcomes)
        summaries.append(summarise(frozen, outcomes))
    if args.json:
        print(json.dumps({s["set"]: s for s in summaries}, indent=2))
        return
    for summary in summaries:
        print_table(summary)


if __name__ == "__main__":
    main()
