"""Would knowing which findings case records mention help the question chooser? (issue 16)

    python bench/interview_propensity.py [--limit 1000] [--shrink 10] [--questions 5]

The chooser assumes that a finding a disease shows with chance ``p`` is answered "yes" with
chance ``0.7 p`` and "no" with ``0.35 (1 - p)``; in the simulation nine answers in ten are
"don't know", because a published case lists only some findings. This measures whether a
per-finding *recording propensity* would tell the chooser which questions a record answers:

* learned from the tune half's papers only (bench/accuracy.py ``tune_papers``, the halves
  share no paper): over every case, every askable term at or above the annotations of the
  case's disease (the model frequency ``f`` of it in that disease), the "yes" answers the
  record gives against the expected ``sum f``, and the "no" answers against ``sum (1 - f)``;
  each term's rate relative to the overall rate, shrunk towards 1 by ``--shrink`` expected
  answers;
* transfer: the same rates learned on the holdout half, correlated (log) with the tune half's
  over terms seen in 5 cases of each;
* prediction, on the first turn of each evaluated case (bench/interview_ceiling.py's replay):
  does the true diagnosis's answer to each offered question follow ``p`` or ``p`` times the
  propensity ("yes"), ``1 - p`` or the propensity ("no")? (AUC);
* choice: the replay's top-1 gain after ``--questions`` questions for the chooser with its
  own answer chances, with "yes" scaled by the propensity, with "yes" and "no" scaled, and
  the same chooser told the diagnosis, with and without the "yes" propensity.

Tune-half figures of the propensity are in-sample; the holdout half's are the test.

Measured (HPO 2025-01-16, 1,000 cases of each half, shrink 10, the replay's "no" weighed as
the ranker weighs an excluded finding; tune figures in-sample):

    transfer across halves (log correlation, 2,504 terms): yes 0.43, no 0.71
    AUC of the true diagnosis's answers   tune    holdout
      yes  p                              0.931   0.925
      yes  p x propensity                 0.943   0.924
      no   1 - p                          0.370   0.351
      no   propensity                     0.868   0.770
    top-1 gain after 5 questions          tune    holdout
      the chooser                         +5.6    +6.4
      "yes" scaled by the propensity      +7.8    +4.8
      "yes" and "no" scaled               +2.7    +3.7
      told the diagnosis                 +14.5   +13.2
      told, "yes" scaled                 +12.5   +11.7

The full interview agrees (bench/interview.py --limit 300, "yes" scaled: tune +9.7 -> +13.0
in-sample, holdout +7.0 -> +6.0). What a record lists as present is told by the model's
frequency as well as by the term: the learned propensity adds nothing to ``p`` on papers it was
not learned from, and weighting the questions by it lowers the holdout gain. A record's "no"
follows the term (authors tabulate as absent the features they checked, mostly the disease's
own: ../shared/data/README.md), not ``1 - p``; but the ranker counts a "no" to a finding below
``f = 0.98`` as no evidence (``checked_and_absent``, rank/model.py), so asking for a "no" moves
no leader either way. Not shipped: the chooser keeps its answer model.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from accuracy import DEFAULT_DATA, read_records, tune_papers
from interview import load
from interview_ceiling import Replay, absent_ratio, first_turns, replay
from whatcauses.cli.interview import simulated_case
from whatcauses.engine import Engine
from whatcauses.errors import WhatcausesError
from whatcauses.explain.next_question import (
    KNOWN_IF_ABSENT,
    KNOWN_IF_PRESENT,
    MAX_BACKGROUND,
    MIN_ANCESTORS,
)
from whatcauses.knowledge.ontology import expand_ancestors
from whatcauses.rank.model import concatenated_ranges

MIN_SEEN = 5  # cases a term must be asked of in each half to count in the transfer figure


@dataclass(frozen=True, slots=True)
class Recorded:
    """Per term: how often it was askable of a case's disease (``cases``), the answers the
    records give (``yes``, ``no``) and what the model expects (``sum f``, ``sum 1 - f``)."""

    cases: np.ndarray[Any, Any]
    yes: np.ndarray[Any, Any]
    no: np.ndarray[Any, Any]
    expected_yes: np.ndarray[Any, Any]
    expected_no: np.ndarray[Any, Any]

    def rates(self, shrink: float) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Each term's "yes" and "no" rates relative to the overall ones, shrunk towards 1."""
        overall_yes = self.yes.sum() / self.expected_yes.sum()
        overall_no = self.no.sum() / self.expected_no.sum()
        yes = (self.yes + shrink * overall_yes) / (self.expected_yes + shrink) / overall_yes
        no = (self.no + shrink * overall_no) / (self.expected_no + shrink) / overall_no
        return yes, no


def recorded(engine: Engine, records: Iterable[dict[str, Any]]) -> Recorded:
    """What the records say of the terms at or above their diseases' annotations."""
    knowledge = engine.knowledge
    onto = knowledge.ontology
    askable = ((knowledge.background <= MAX_BACKGROUND) & onto.phenotype_branch
               & (np.diff(onto.ancestors_ptr) >= MIN_ANCESTORS))
    ptr, rows = knowledge.phenotype_rows_by_disease
    n = len(onto)
    cases, yes, no, expected_yes, expected_no = (np.zeros(n) for _ in range(5))
    for record in records:
        if not knowledge.has_disease(record["disease_id"]):
            continue
        try:
            case = simulated_case(engine, record)
        except WhatcausesError:
            continue
        d = np.asarray([knowledge.disease_index(record["disease_id"])])
        annotated = knowledge.arrays["ann_term"][rows[concatenated_ranges(
            ptr[d], ptr[d + 1] - ptr[d])]]
        _, lineage = expand_ancestors(onto.ancestors_ptr, onto.ancestors_idx,
                                      np.unique(annotated[annotated >= 0]))
        terms = np.unique(lineage)
        terms = terms[askable[terms]]
        f = knowledge.model_frequencies(terms, d)[:, 0]
        # As the simulation answers (cli/interview.py, record_answerer): "yes" at or above a
        # present finding, "no" at or below an excluded one.
        said_yes = np.zeros(n, dtype=bool)
        for t in case.present:
            said_yes[onto.ancestors(onto.index(t))] = True
        said_no = np.zeros(n, dtype=bool)
        for t in case.excluded:
            said_no[onto.descendants(onto.index(t))] = True
        cases[terms] += 1
        yes[terms] += said_yes[terms]
        no[terms] += said_no[terms] & ~said_yes[terms]
        expected_yes[terms] += f
        expected_no[terms] += 1 - f
    return Recorded(cases, yes, no, expected_yes, expected_no)


def auc(score: np.ndarray[Any, Any], label: np.ndarray[Any, Any]) -> float:
    """Area under the ROC curve (ties broken by order; the scores here are continuous)."""
    order = np.argsort(score, kind="stable")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    positive = int(label.sum())
    negative = len(label) - positive
    if not positive or not negative:
        return float("nan")
    return float((ranks[label].sum() - positive * (positive + 1) / 2) / (positive * negative))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=1000, help="cases replayed per half")
    parser.add_argument("--shrink", type=float, default=10.0)
    parser.add_argument("--questions", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not (args.data / "phenopackets-dev.jsonl.gz").exists():
        print(f"no phenopackets-dev.jsonl.gz under {args.data}; nothing to measure")
        return 0
    engine = Engine.load()
    raw = read_records(args.data)
    tune = tune_papers(str(r.get("pmid")) for r in raw)
    learned = recorded(engine, (r for r in raw if str(r.get("pmid")) in tune))
    other = recorded(engine, (r for r in raw if str(r.get("pmid")) not in tune))
    yes_rate, no_rate = learned.rates(args.shrink)
    seen = (learned.cases >= MIN_SEEN) & (other.cases >= MIN_SEEN)
    other_yes, other_no = other.rates(args.shrink)
    print(f"recording propensity learned on {len(tune)} tune papers, shrink {args.shrink:g}; "
          f"transfer to the holdout papers (log correlation, {int(seen.sum())} terms): "
          f"yes {np.corrcoef(np.log(yes_rate[seen]), np.log(other_yes[seen]))[0, 1]:.2f}, "
          f"no {np.corrcoef(np.log(no_rate[seen]), np.log(other_no[seen]))[0, 1]:.2f}")
    absent = absent_ratio(engine.ranker.parameters)
    for half in ("tune", "holdout"):
        turns = list(first_turns(engine, load(args.data, args.limit, half), args.seed))
        replays = [t for t in turns if isinstance(t, Replay)]
        start = sum(t for t in turns if not isinstance(t, Replay)) + sum(
            int(np.argmax(r.field.ranked[:-1])) == r.true for r in replays)
        terms = [np.asarray(r.field.options) for r in replays]
        p_true = np.concatenate([r.field.p[:, r.true] for r in replays])
        said = np.concatenate([r.answers for r in replays])
        term_yes = np.concatenate([yes_rate[t] for t in terms])
        term_no = np.concatenate([no_rate[t] for t in terms])
        print(f"\n{half}: {len(turns)} cases, start top-1 {100 * start / len(turns):.1f} %; "
              f"AUC of the true diagnosis's answers: yes p {auc(p_true, said == 1):.3f}, "
              f"p x propensity {auc(p_true * term_yes, said == 1):.3f}; "
              f"no 1 - p {auc(1 - p_true, said == 2):.3f}, "
              f"propensity {auc(term_no, said == 2):.3f}")

        def chances(r: Replay, scale_yes: bool, scale_no: bool
                    ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
            p, options = r.field.p, np.asarray(r.field.options)
            yes = KNOWN_IF_PRESENT * p * (yes_rate[options][:, None] if scale_yes else 1.0)
            no = KNOWN_IF_ABSENT * (1 - p) * (no_rate[options][:, None] if scale_no else 1.0)
            yes = np.minimum(yes, 1.0)
            return yes, np.minimum(no, 1.0 - yes)

        for name, told, scale_yes, scale_no in (
                ("the chooser", False, False, False),
                ('"yes" scaled by the propensity', False, True, False),
                ('"yes" and "no" scaled', False, True, True),
                ("told the diagnosis", True, False, False),
                ('told, "yes" scaled', True, True, False)):
            right = sum(t for t in turns if not isinstance(t, Replay)) + sum(
                replay(r.field, r.answers, r.true, args.questions, told, absent,
                       chances(r, scale_yes, scale_no)) for r in replays)
            print(f"  {name:<34} top-1 gain after {args.questions}: "
                  f"{100 * (right - start) / len(turns):+.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
