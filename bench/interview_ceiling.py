"""How much could any question chooser gain? A fast replay of the interview's first questions.

    python bench/interview_ceiling.py [--limit N] [--half all|tune|holdout] [--questions 5]

For each dev phenopacket the ranking of its 2 start findings (as bench/interview.py draws them)
and the questions offered then (explain/next_question.py, ``question_field``) are taken once;
the interview is then replayed on that fixed set of questions, each answered from the case's
record, with the ranking re-weighed as the ranker weighs the answer (a "yes" by ``p``, a "no"
as an excluded finding, ``checked_and_absent`` of rank/model.py, which is no evidence below
``p = 0.98``; "don't know" not at all). Three choosers are compared, top-1 gain after
``--questions`` questions over the start:

* the chooser (``question_scores``, as the interview uses it);
* the same chooser told the diagnosis (its belief is the true candidate alone, the answer
  model unchanged): what the best choice given the record's answer *chances* can reach;
* the best single question in hindsight (knowing every answer the record would give).

Then, by the diagnosis's place among the leaders at the start, how often the chooser and the
chooser told the diagnosis put it first, and the share of "yes", "no" and "don't know" each
hears: where the gap between them lies (bench/interview.py, ninth round).

The replay keeps the first turn's leaders and questions, so it runs in a few ms a case and
reads a little below bench/interview.py (which re-ranks and re-asks after each answer); it is
for comparing choosers and for bounds, the figures of record are bench/interview.py's.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
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
    GAIN_WEIGHT,
    KNOWN_IF_ABSENT,
    KNOWN_IF_PRESENT,
    Findings,
    NextQuestion,
    QuestionField,
    RankingContext,
    _entropies,
    question_field,
)
from whatcauses.rank.model import ModelParameters, checked_and_absent

ANSWER_CODE = {"yes": 1, "no": 2, "unknown": 0}
ANSWER_NAME = {code: name for name, code in ANSWER_CODE.items()}


Absent = Callable[[np.ndarray[Any, Any]], np.ndarray[Any, Any]]


def absent_ratio(parameters: ModelParameters) -> Absent:
    """How the ranking weighs a "no" to a finding each candidate shows with chance ``p``: as
    an excluded finding, "checked and absent" (rank/model.py), ``p`` standing in for the
    ranker's largest annotation frequency. Below ``p = 0.98`` a "no" is no evidence there."""
    def ratio(p: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        return checked_and_absent(p, parameters.excluded_check_odds, parameters.excluded_floor)

    return ratio


Chances = tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]


def chance_scores(p: np.ndarray[Any, Any], posterior: np.ndarray[Any, Any],
                  belief: np.ndarray[Any, Any], chances: Chances) -> np.ndarray[Any, Any]:
    """``question_scores`` with the answer chances given: ``P(yes | j)`` and ``P(no | j)``
    per option (row) and column (a "yes" re-weighs by ``p``, a "no" by ``1 - p``, as the
    chooser models them). With the chooser's own chances it is ``question_scores``."""
    yes, no = chances
    rows = np.arange(len(p))
    lead = int(np.argmax(posterior[:-1]))
    lead_yes = np.argmax(p[:, :-1] * posterior[:-1], axis=1)
    lead_no = np.argmax((1 - p[:, :-1]) * posterior[:-1], axis=1)
    rise = (belief[lead_yes] * yes[rows, lead_yes] + belief[lead_no] * no[rows, lead_no]
            - belief[lead] * (yes[:, lead] + no[:, lead]))
    post_yes = p * belief / (p @ belief)[:, None]
    post_no = (1 - p) * belief / ((1 - p) @ belief)[:, None]
    entropy = float(_entropies(belief[None, :])[0])
    gain = ((yes @ belief) * (entropy - _entropies(post_yes))
            + (no @ belief) * (entropy - _entropies(post_no)))
    result: np.ndarray[Any, Any] = rise + GAIN_WEIGHT * gain
    return result


def replay(field: QuestionField, answers: np.ndarray[Any, Any], true: int, questions: int,
           told: bool, absent: Absent, chances: Chances | None = None,
           heard: Counter[str] | None = None) -> bool:
    """Is the true candidate first after ``questions`` questions on the fixed field?
    ``chances``: the answer chances the chooser assumes (default: its own model); ``heard``
    counts the answers given ("yes", "no", "unknown")."""
    p, ranked = field.p, field.ranked.copy()
    belief = field.belief.copy()
    if chances is None:
        chances = (KNOWN_IF_PRESENT * p, KNOWN_IF_ABSENT * (1 - p))
    if told:
        belief = np.full_like(belief, 1e-9)
        belief[true] = 1.0
    asked = np.zeros(len(p), dtype=bool)
    for _ in range(questions):
        # Told the diagnosis, the lead before and after an answer is still the ranking's.
        scores = chance_scores(p, ranked if told else belief, belief, chances)
        scores = np.where(asked, -np.inf, scores)
        i = int(np.argmax(scores))
        asked[i] = True
        if heard is not None:
            heard[ANSWER_NAME[int(answers[i])]] += 1
        if answers[i] == 1:
            ranked, belief = ranked * p[i], belief * p[i]
        elif answers[i] == 2:
            ranked, belief = ranked * absent(p[i]), belief * absent(p[i])
        elif not told:  # "don't know": the chooser's belief only
            belief = belief * np.maximum(1 - chances[0][i] - chances[1][i], 1e-9)
        ranked, belief = ranked / ranked.sum(), belief / belief.sum()
    return bool(int(np.argmax(ranked[:-1])) == true)


def hindsight(field: QuestionField, answers: np.ndarray[Any, Any], true: int,
              absent: Absent) -> bool:
    """Would one of the offered questions, answered as the record answers it, put the true
    candidate first?"""
    if int(np.argmax(field.ranked[:-1])) == true:
        return True
    for i in np.flatnonzero(answers):
        weight = field.p[i] if answers[i] == 1 else absent(field.p[i])
        if int(np.argmax((field.ranked * weight)[:-1])) == true:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Replay:
    """One case's first turn: the questions offered (``field``), the record's answer to each
    (:data:`ANSWER_CODE`) and the true candidate's column."""

    field: QuestionField
    answers: np.ndarray[Any, Any]
    true: int


def first_turns(engine: Engine, cases: Iterable[tuple[dict[str, Any], frozenset[str]]],
                seed: int) -> Iterator[Replay | bool]:
    """Per case that can be simulated: its :class:`Replay`, or (no question offered, or the
    diagnosis not among the leaders) whether the start ranking already has it first."""
    rank = ranker_for(engine, RankingContext())
    onto = engine.knowledge.ontology
    for record, accepted in cases:
        try:
            case = simulated_case(engine, record)
        except WhatcausesError:
            continue
        if not case.present:
            continue
        chooser = random.Random(f"{seed}:{case.id}")  # the start of simulate_case
        first = tuple(chooser.sample(case.present, min(2, len(case.present))))
        ranking = rank(Findings(first))
        field = question_field(engine.knowledge, ranking, parameters=engine.ranker.parameters)
        true = None if field is None else next(
            (j for j, c in enumerate(field.candidates)
             if c.id in accepted or set(c.ids) & accepted), None)
        if field is None or true is None:
            top = ranking.candidates[:1]
            yield bool(top) and (top[0].id in accepted or bool(set(top[0].ids) & accepted))
            continue
        answer = record_answerer(engine, case)
        answers = np.asarray([ANSWER_CODE[str(answer(NextQuestion(
            "", onto.ids[t], "", 0.0, ()), ranking))] for t in field.options])
        yield Replay(field, answers, true)


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
    absent = absent_ratio(engine.ranker.parameters)
    totals = {"start": 0, "chooser": 0, "told the diagnosis": 0, "one question in hindsight": 0}
    counted = among = 0
    heard = {"chooser": Counter[str](), "told the diagnosis": Counter[str]()}
    by_place = Counter[int]()
    firsts = Counter[tuple[str, int]]()
    began = time.perf_counter()
    for turn in first_turns(engine, load(args.data, args.limit, args.half), args.seed):
        counted += 1
        if not isinstance(turn, Replay):  # the ranking stays
            for name in totals:
                totals[name] += turn
            continue
        among += 1
        field, answers, true = turn.field, turn.answers, turn.true
        totals["start"] += int(np.argmax(field.ranked[:-1])) == true
        won = replay(field, answers, true, args.questions, False, absent, heard=heard["chooser"])
        told = replay(field, answers, true, args.questions, True, absent,
                      heard=heard["told the diagnosis"])
        totals["chooser"] += won
        totals["told the diagnosis"] += told
        totals["one question in hindsight"] += hindsight(field, answers, true, absent)
        place = min(true, 5) + 1  # the diagnosis's place at the start, 6: 6th to 10th
        by_place[place] += 1
        firsts[("chooser", place)] += won
        firsts[("told the diagnosis", place)] += told
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
    print("the diagnosis first after the questions, by its place at the start "
          "(cases; chooser / told the diagnosis):")
    for place in sorted(by_place):
        name = f"{place}" if place < 6 else "6-10"
        print(f"  {name:<5}{by_place[place]:>6}{firsts[('chooser', place)]:>8}"
              f"{firsts[('told the diagnosis', place)]:>8}")
    for name, counts in heard.items():
        asked = sum(counts.values()) or 1
        print(f"answers heard, {name}: " + ", ".join(
            f"{a} {100 * counts[a] / asked:.1f}%" for a in ("yes", "no", "unknown")))
    print(f"{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
