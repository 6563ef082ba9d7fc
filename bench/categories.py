"""Category assignments against ../shared/data/categories.tsv (DO, HPO and MONDO sources).

    python bench/categories.py [--data DIR]   (DIR holds categories.tsv; default ../shared/data)

For each of our categories that has a counterpart in the reference table, agreement is
reported as precision (our members the reference also lists), recall (reference members we
also list), the odds that a member is in the category against a non-member (the reference
taken as the truth: precision / the share of non-members the reference lists; these are the
category prior weights, ``ModelParameters.category_weights``), for the cause categories the
odds that a disease a reviewed profile decides against is in it against one merely unlisted
("against": ``ModelParameters.category_against_weights``, capped at 1), and the known
gaps (multiple sclerosis and coeliac disease as autoimmune).
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

from shared_data import SHARED_DATA
from whatcauses.engine import Engine

SHARED = SHARED_DATA

# our category -> the reference's category names
COUNTERPARTS = {
    "autoimmune": {"autoimmune"},
    "infectious": {"infectious"},
    "genetic": {"genetic"},
    "metabolic": {"metabolism"},
    "neoplastic": {"cancer/cell proliferation"},
    "neurological": {"nervous system"},
    "skin": {"integumentary system (skin)"},
    "cardiovascular": {"cardiovascular system"},
    "respiratory": {"respiratory system"},
    "gastrointestinal": {"gastrointestinal system"},
    "kidney": {"urinary system"},
    "endocrine": {"endocrine system"},
    "blood": {"hematopoietic system"},
    "immunodeficiency": {"immune system"},
    "musculoskeletal": {"musculoskeletal system"},
    "mental": {"mental health"},
    "inflammatory": {"inflammatory"},
}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    data = Path(args[args.index("--data") + 1]) if "--data" in args else SHARED
    source = data / "categories.tsv"
    if not source.exists():
        print("../shared/data/categories.tsv is absent; nothing to measure")
        return 0
    engine = Engine.load()
    knowledge = engine.knowledge
    reference: dict[str, set[str]] = defaultdict(set)
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            reference[row["category"]].add(row["disease_id"])
    total = knowledge.n_diseases
    print(f"{'category':<18}{'ours':>7}{'ref':>7}{'precision':>11}{'recall':>9}{'odds':>8}"
          f"{'against':>9}")
    for ours, theirs in COUNTERPARTS.items():
        mask = engine.categories.mask(ours)
        members = {knowledge.disease_ids[i] for i in mask.nonzero()[0]}
        ref = set().union(*(reference[t] for t in theirs)) & set(knowledge.disease_ids)
        both = len(members & ref)
        precision = both / len(members) if members else 0.0
        recall = both / len(ref) if ref else 0.0
        # How much more likely a member is to be in the category than a non-member, taking
        # the reference as the truth: P(in | ours) / P(in | not ours). The category prior
        # weights of rank/model.py (ModelParameters.category_weights) are these figures.
        missed = len(ref - members)
        outside = total - len(members)
        odds = precision / (missed / outside) if missed and outside else float("inf")
        # A disease a reviewed sheet decides is not of a cause category, against one merely
        # unlisted: P(in | decided against) / P(in | unlisted), the counts smoothed by half a
        # case each way ((hits + 1/2) / (n + 1)) so that none found is not "never"; the
        # weights ModelParameters.category_against_weights are these figures.
        against_mask = engine.categories.decided_against(ours)
        against = "-"
        if against_mask.any():
            ids = knowledge.disease_ids
            decided = [ids[i] for i in against_mask.nonzero()[0]]
            unlisted = [ids[i] for i in (~mask & ~against_mask).nonzero()[0]]
            rate = (len(ref.intersection(decided)) + 0.5) / (len(decided) + 1)
            base = (len(ref.intersection(unlisted)) + 0.5) / (len(unlisted) + 1)
            against = f"{rate / base:.2f}"
        print(f"{ours:<18}{len(members):>7}{len(ref):>7}{precision:>11.1%}{recall:>9.1%}"
              f"{odds:>8.1f}{against:>9}")
    autoimmune = engine.categories.mask("autoimmune")
    for disease_id, label in (("OMIM:126200", "multiple sclerosis"),
                              ("OMIM:212750", "coeliac disease")):
        index = knowledge.disease_index(disease_id)
        reasons = [r for r in engine.categories.of(index) if r.category == "autoimmune"]
        state = "autoimmune" if autoimmune[index] else "NOT autoimmune"
        why = "; ".join(f"{r.source}: {r.evidence}" for r in reasons)
        print(f"known gap {label} ({disease_id}): {state} ({why})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
