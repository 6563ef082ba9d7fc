"""Why a development question misses its top 3: the findings read, the leaders and the answer.

    python bench/misses.py bench/data/questions_dev.yaml [more dev files] [--cutoff 3]

For every question of the given files whose accepted answer is not among the first
``--cutoff`` candidates: its frame, age, sex and categories; the findings the reader took
(``|`` joins the readings of one ambiguous word, ``NOT`` marks an excluded finding); the listed
findings it did not read; the five leading candidates and the accepted one (when ranked within
60), each with its log10 score, log10 likelihood ratio, log10 prior weight, prevalence and,
per finding, how it met the disease (exact / implied / more_specific / none / contradicted)
and its likelihood ratio. That is what telling a reader miss from a ranker miss needs
(h-ranklay's classification of the dev misses used it).

Development files only: the frozen sets and the check sets (bench/data/questions_prevalence,
questions_common, questions_voices, probe_prevalence3, probe_voices4, probe_common4) are
refused, since looking at their single misses is what they must never be used for.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import yaml

from whatcauses.engine import Engine
from whatcauses.rank.results import Candidate

HELD_OUT = frozenset({
    "questions_prevalence", "questions_common", "questions_voices",
    "probe_prevalence3", "probe_voices4", "probe_common4",
})
DEPTH = 60  # candidates asked for, so that a distant accepted answer still shows its rank


def describe(candidate: Candidate) -> str:
    """One line: rank, name, scores (log10) and how each finding met the candidate."""
    evidence = " ".join(f"{e.hpo_id[3:]}:{e.match[:4]}:{e.likelihood_ratio:.3g}"
                        for e in candidate.evidence)
    prevalence = candidate.prevalence.per_100000 if candidate.prevalence else None
    lr = math.log10(max(candidate.likelihood_ratio, 1e-300))
    prior = math.log10(max(candidate.prior_weight, 1e-300))
    return (f"    {candidate.rank:>2} {candidate.name[:40]:<40} score={candidate.score:6.2f} "
            f"lr={lr:6.2f} prior={prior:6.2f} per100k={prevalence} | {evidence}")


def report(engine: Engine, path: Path, cutoff: int) -> int:
    """Print the misses of one file; the number of misses."""
    knowledge = engine.knowledge
    onto = knowledge.ontology

    def label(term: str) -> str:
        return f"{term}({onto.name(term)})" if term in onto else term

    misses = 0
    for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        accepted = {str(a) for a in item.get("accepted") or []}
        if not accepted:
            continue
        question = str(item["question"])
        answer = engine.ask(question, top=DEPTH)
        candidates = answer.ranking.candidates
        rank = next((i for i, c in enumerate(candidates) if (set(c.ids) | {c.id}) & accepted),
                    None)
        if rank is not None and rank < cutoff:
            continue
        misses += 1
        reading = answer.interpretation
        read = {i for f in reading.findings if not f.negated for i in f.ids}
        names = [knowledge.disease_names[knowledge.disease_ids_index[a]]
                 for a in sorted(accepted) if a in knowledge.disease_ids_index]
        print(f"== [{path.stem}] rank={None if rank is None else rank + 1} {question}")
        print(f"   accepted {sorted(accepted)} {names}")
        print(f"   frame={reading.frame} age={reading.age} sex={reading.sex} "
              f"categories={list(reading.categories)} red_flag={bool(reading.red_flags)}")
        print("   read: " + "; ".join(("NOT " if f.negated else "") + "|".join(map(label, f.ids))
                                      for f in reading.findings))
        unread = [label(str(f)) for f in item.get("findings") or [] if str(f) not in read]
        if unread:
            print(f"   listed, not read: {unread}")
        for candidate in candidates[:5]:
            print(describe(candidate))
        if rank is not None and rank >= 5:
            print(describe(candidates[rank]))
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+", help="development question files")
    parser.add_argument("--cutoff", type=int, default=3, help="a miss ranks below this")
    args = parser.parse_args()
    refused = [f for f in args.files if f.stem in HELD_OUT]
    if refused:
        sys.exit(f"held-out set, totals only (bench/frozen.py, bench/questions.py): {refused[0]}")
    engine = Engine.load()
    total = sum(report(engine, path, args.cutoff) for path in args.files)
    print(f"\n{total} questions miss the top {args.cutoff}")


if __name__ == "__main__":
    main()
