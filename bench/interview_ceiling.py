"""How much could any question chooser gain? A fast replay of the interview's first questions.

    python bench/interview_ceiling.py [--limit N] [--half all|tune|holdout] [--questions 5]

For each dev phenopacket the ranking of its 2 start findings (as bench/interview.py draws them)
and the questions offered then (explain/next_question.py, ``question_field``) are taken once;
the interview is then replayed on that fixed set of questions, each answered from the case's
record, with the ranking re-weighed as the chooser models it (a "yes" by ``p``, a "no" by
``1 - p``, "don't know" not at all). Three choosers are compared, top-1 gain after
``--questions`` questions over the start:

* the chooser (``question_scores``, as the interview uses it);
* the same chooser told the diagnosis (its belief is the true candidate alone, the answer
  model unchanged): what the best choice given the record's answer *chances* can reach;
* the best single question in hindsight (knowing every answer the record would give).

The replay keeps the first turn's leaders and questions, so it runs in a few ms a case and
reads a little below bench/interview.py (which re-ranks and re-asks after each answer); it is
for comparing choosers and for bounds, the figures of record are bench/interview.py's.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from accuracy import DEFAULT_DATA
from interview import load
from whatcauses.cli.interview import ranker_for, record_answerer, simulated_case
from whatcauses.engine import Engine
from whatcauses.errors import WhatcausesError
from whatcauses.explain.next_question import (
    KNOWN_IF_ABSENT,
    KNOWN_IF_PRESENT,
    Findings,
    NextQuestion,
    QuestionField,
    RankingContext,
    question_field,
    question_scores,
)

ANSWER_CODE = {"yes": 1, "no": 2, "unknown": 0}


def replay(field: QuestionField, answers: np.ndarray[Any, Any], true: int, questions: int,
           told: bool) -> bool:
    """Is the true candidate first after ``questions`` questions on the fixed field?"""
    p, ranked = field.p, field.ranked.copy()
    belief = field.belief.copy()
    if told:
        belief = np.full_like(belief, 1e-9)
        belief[true] = 1.0
    asked = np.zeros(len(p), dtype=bool)
    for _ in range(questions):
        # Told the diagnosis, the lead before and after an answer is still the ranking's.
        scores = question_scores(p, ranked, belief) if told else question_scores(p, belief)
        scores = np.where(asked, -np.inf, scores)
        i = int(np.argmax(scores))
        asked[i] = True
        if answers[i] == 1:
            ranked, belief = ranked * p[i], belief * p[i]
        elif answers[i] == 2:
            ranked, belief = ranked * (1 - p[i]), belief * (1 - p[i])
        elif not told:  # "don't know": the chooser's belief only
            belief = belief * (1 - KNOWN_IF_PRESENT * p[i] - KNOWN_IF_ABSENT * (1 - p[i]))
        ranked, belief = ranked / ranked.sum(), belief / belief.sum()
    return bool(int(np.argmax(ranked[:-1])) == true)


def hindsight(field: QuestionField, answers: np.ndarray[Any, Any], true: int) -> bool:
    """Would one of the offered questions, answered as the record answers it, put the true
    candidate first?"""
    if int(np.argmax(field.ranked[:-1])) == true:
        return True
    for i in np.flatnonzero(answers):
        weight = field.p[i] if answers[i] == 1 else 1 - field.p[i]
        if int(np.argmax((field.ranked * weight)[:-1])) == true:
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--half", choices=("all", "tune", "holdout"), default="all")
    parser.add_argument("--questions", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not (args.data / "phenopackets-dev.jsonl.gz").exists():
        print(f"no phenopackets-dev.jsonl.gz under {args.data}; nothing to measure")
        return 0
    engine = Engine.load()
    rank = ranker_for(engine, RankingContext())
    totals = {"start": 0, "chooser": 0, "told the diagnosis": 0, "one question in hindsight": 0}
    counted = among = 0
    began = time.perf_counter()
    for record, accepted in load(args.data, args.limit, args.half):
        try:
            case = simulated_case(engine, record)
        except WhatcausesError:
            continue
        if not case.present:
            continue
        counted += 1
        chooser = random.Random(f"{args.seed}:{case.id}")  # the start of simulate_case
        first = tuple(chooser.sample(case.present, min(2, len(case.present))))
        ranking = rank(Findings(first))
        field = question_field(engine.knowledge, ranking, parameters=engine.ranker.parameters)
        if field is None:  # nothing to ask: the ranking stays
            top = ranking.candidates[:1]
            first_right = bool(top) and (top[0].id in accepted or bool(set(top[0].ids) & accepted))
            for name in totals:
                totals[name] += first_right
            continue
        true = next((j for j, c in enumerate(field.candidates)
                     if c.id in accepted or set(c.ids) & accepted), None)
        if true is None:
            continue
        among += 1
        answer = record_answerer(engine, case)
        onto = engine.knowledge.ontology
        answers = np.asarray([ANSWER_CODE[str(answer(NextQuestion(
            "", onto.ids[t], "", 0.0, ()), ranking))] for t in field.options])
        totals["start"] += int(np.argmax(field.ranked[:-1])) == true
        totals["chooser"] += replay(field, answers, true, args.questions, told=False)
        totals["told the diagnosis"] += replay(field, answers, true, args.questions, told=True)
        totals["one question in hindsight"] += hindsight(field, answers, true)
    if not counted:
        print("no case could be replayed")
        return 1
    print(f"replay: {counted} dev cases ({args.half}), the diagnosis among the leaders in "
          f"{100 * among / counted:.1f} %; top-1 % after {args.questions} questions "
          f"(hindsight: 1 question)")
    start = totals["start"]
    for name, value in totals.items():
        gain = "" if name == "start" else f"  ({100 * (value - start) / counted:+.1f})"
        print(f"  {name:<28}{100 * value / counted:6.1f}{gain}")
    print(f"{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
