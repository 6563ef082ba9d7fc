"""Question-answering accuracy on bench/data/questions_dev.yaml.

    python bench/questions.py [--weights 1,5,20,100] [--verbose] [--data FILE]

``--data`` reads another question file of the same format (bench/data/probe_everyday.yaml:
everyday primary-care wordings, for lexicon work).

``--weights`` compares flat category prior weights with the shipped per-category ones.

For every question with accepted disease ids: top-1/3/10 (a candidate counts when its own id
or any id grouped with it is accepted, as in bench/frozen.py: a profile may join an OMIM entry
that then names the group), per category and overall; questions marked
``expect: no_finding`` must give no candidates; a question with ``not_first`` ids counts as
kept when none of them is the first candidate (bench/data/probe_exposures.yaml); ``not_read``
HPO ids must not be read as findings (false positives, bench/data/probe_reader16.yaml; a
queried finding, "?DKA", "r/o PE", set aside from the ranker, counts as not read);
``urgent: true`` questions must raise the urgent notice, and ``family: true`` ones must read a
relative's condition as family history, not as the patient's (bench/data/probe_h-reader51.yaml).
Also prints the seed question's top 10 and the timing per question.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import yaml

from whatcauses.engine import Engine
from whatcauses.rank.model import ModelParameters

DATA = Path(__file__).parent / "data" / "questions_dev.yaml"
SEED = "What autoimmune disease causes muscle stiffness?"


def evaluate(engine: Engine, questions: list[dict[str, object]], verbose: bool) -> dict[str, float]:
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    honest = [0, 0]
    kept_off = [0, 0]  # questions whose not_first ids stayed off first place, such questions
    recall = [0, 0]  # listed findings read (an OR-group member counts), listed findings
    kept_out = [0, 0]  # not_read ids not read, such ids
    urgent = [0, 0]  # questions marked urgent whose urgent notice was raised, such questions
    notices = 0  # questions of any kind whose answer starts with the urgent notice
    family = [0, 0]  # questions marked family read with a relative's finding, such questions
    times = []
    # Questions marked urgent: true/false (bench/data/probe_h-urgent3.yaml): top-5 and the
    # urgent notice shown, as bench/frozen.py reports them for the common set.
    urgency: dict[str, list[int]] = {}  # label -> [top-5 hits, notices shown, n]
    for item in questions:
        question = str(item["question"])
        accepted = {str(a) for a in item.get("accepted") or []}  # type: ignore[attr-defined]
        start = time.perf_counter()
        answer = engine.ask(question, top=10)
        times.append(time.perf_counter() - start)
        notices += answer.urgent is not None
        ids = [c.id for c in answer.ranking.candidates]
        grouped = [set(c.ids) | {c.id} for c in answer.ranking.candidates]
        read = {i for f in answer.interpretation.findings if not f.negated for i in f.ids}
        listed = [str(f) for f in item.get("findings") or []]  # type: ignore[attr-defined]
        recall[0] += sum(f in read for f in listed)
        recall[1] += len(listed)
        if verbose and any(f not in read for f in listed):
            missed = [f for f in listed if f not in read]
            print(f"  findings not read {missed}: {question[:90]}", file=sys.stderr)
        unwanted = [str(f) for f in item.get("not_read") or []]  # type: ignore[attr-defined]
        # A queried finding ("?DKA", "r/o PE") is read but set aside from what the ranker
        # weighs (Interpretation.present): it is a suspicion, not a finding.
        weighed = {i for f in answer.interpretation.findings
                   if not f.negated and not f.queried for i in f.ids}
        kept_out[0] += sum(f not in weighed for f in unwanted)
        kept_out[1] += len(unwanted)
        if verbose and any(f in weighed for f in unwanted):
            print(f"  not_read ids read {[f for f in unwanted if f in weighed]}: {question[:90]}",
                  file=sys.stderr)
        if item.get("urgent"):
            urgent[0] += bool(answer.interpretation.red_flags)
            urgent[1] += 1
            if verbose and not answer.interpretation.red_flags:
                print(f"  no urgent notice: {question[:90]}", file=sys.stderr)
        if item.get("family"):
            # the relative's condition is read as theirs, and none of the patient's own
            own = {i for f in answer.interpretation.own for i in f.ids}
            theirs = {i for f in answer.interpretation.family_findings for i in f.ids}
            # (a relative's named inherited disease is a family-history statement, and so is
            # a relative's named disease of no mode, "my mum has bipolar")
            stated = (bool(theirs) or bool(answer.interpretation.relative_diseases)
                      or any(" " in e.text for e in answer.interpretation.inheritance))
            shown = stated and not theirs & own
            family[0] += shown
            family[1] += 1
            if verbose and not shown:
                print(f"  no family statement: {question[:90]}", file=sys.stderr)
        if item.get("expect") == "no_finding":
            honest[0] += not ids
            honest[1] += 1
            continue
        # not_first: ids that must not lead (an exposure-defined condition with no exposure named)
        barred = {str(a) for a in item.get("not_first") or []}  # type: ignore[attr-defined]
        if barred:
            kept_off[0] += not ids or ids[0] not in barred
            kept_off[1] += 1
            if verbose and ids and ids[0] in barred:
                print(f"  not_first id first: {question[:90]}", file=sys.stderr)
        rank = next((i for i, g in enumerate(grouped) if g & accepted), None)
        if "urgent" in item:
            row5 = urgency.setdefault("urgent" if item["urgent"] else "not urgent", [0, 0, 0])
            row5[0] += rank is not None and rank < 5
            row5[1] += answer.urgent is not None
            row5[2] += 1
            if verbose and bool(item["urgent"]) != (answer.urgent is not None):
                print(f"  notice {'missing' if item['urgent'] else 'raised'}: {question[:90]}",
                      file=sys.stderr)
        for key in ("all", str(item.get("category"))):
            row = hits[key]
            row[3] += 1
            if rank is not None:
                row[0] += rank < 1
                row[1] += rank < 3
                row[2] += rank < 10
        if verbose and (rank is None or rank >= 3):
            names = [c.name[:30] for c in answer.ranking.candidates[:3]]
            print(f"  miss (rank {rank}): {question[:90]}  -> {names}", file=sys.stderr)
    print(f"{'category':<16}{'n':>4}{'top-1':>8}{'top-3':>8}{'top-10':>8}")
    for key in ["all", *sorted(k for k in hits if k != "all")]:
        t1, t3, t10, n = hits[key]
        print(f"{key:<16}{n:>4}{t1 / n:>8.1%}{t3 / n:>8.1%}{t10 / n:>8.1%}")
    for label, (top5, shown, n) in sorted(urgency.items(), reverse=True):
        print(f"{label} questions: top-5 {top5 / n:.1%}, urgent notice shown {shown}/{n}")
    if recall[1]:
        print(f"listed findings read: {recall[0]}/{recall[1]} ({recall[0] / recall[1]:.1%})")
    if kept_out[1]:
        print(f"not_read ids kept out: {kept_out[0]}/{kept_out[1]}")
    if urgent[1]:
        print(f"urgent notices raised: {urgent[0]}/{urgent[1]}")
    print(f"urgent notice shown on all questions: {notices}/{len(questions)}")
    if family[1]:
        print(f"relatives' conditions read as family history: {family[0]}/{family[1]}")
    if kept_off[1]:
        print(f"not_first ids kept off first place: {kept_off[0]}/{kept_off[1]}")
    print(f"no-finding questions answered honestly (no candidates): {honest[0]}/{honest[1]}")
    print(f"time per question: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms")
    t1, t3, t10, n = hits["all"]
    return {"top1": t1 / n, "top3": t3 / n, "top10": t10 / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--weights", default="", help="category prior weights to compare")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--data", type=Path, default=DATA, help="question file")
    args = parser.parse_args()
    questions = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    engine = Engine.load()
    engine.ask(SEED)  # warm the lexicon and categories
    defaults = ModelParameters()
    # The shipped, measured weight per category, then any flat weights to compare with it.
    variants = [("measured per category (shipped)", defaults)] + [
        (f"flat {w:g}", replace(defaults, category_weights=(), category_prior_weight=w))
        for w in (float(x) for x in args.weights.split(",") if x)
    ]
    for label, parameters in variants:
        variant = Engine(engine.knowledge, parameters)
        print(f"\n== category prior weight: {label} ==")
        evaluate(variant, questions, args.verbose)
    print(f"\nSeed question: {SEED}")
    for c in engine.ask(SEED, top=10).ranking.candidates:
        print(f"  {c.rank:>2}. {c.name} ({', '.join(c.ids)})  p={c.probability:.3f}")


if __name__ == "__main__":
    main()
