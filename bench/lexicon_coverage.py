"""How much of the Symptom Ontology's plain vocabulary our lexicon understands.

    python bench/lexicon_coverage.py [--misses 30] [--json]

Reads the distinct ``symptom_label`` values of ``../shared/data/do-disease-symptom.tsv``
(Disease Ontology disease -> Symptom Ontology symptom, CC0; beside the repository, never
copied into it) and counts how many resolve to an HPO term through the lexicon the question
reader uses: ``Engine.load().reader.lexicon.resolve(phrase_key(label))`` (whole label, after
normalisation; HPO clinical-modifier words such as "severe" or "acute" set aside when the whole
label is unknown, as the reader does next to a finding; an OR-group counts as resolved).
Exits 0 with a note when the file is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

from shared_data import SHARED_DATA
from whatcauses.engine import Engine
from whatcauses.text.normalize import phrase_key

SYMPTOMS = SHARED_DATA / "do-disease-symptom.tsv"


def read_labels(path: Path) -> list[str]:
    """Distinct symptom labels, in first-seen order."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        labels = (str(row.get("symptom_label") or "").strip() for row in rows)
        return list(dict.fromkeys(label for label in labels if label))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", type=int, default=30, help="how many misses to list")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not SYMPTOMS.exists():
        print(f"skipped: {SYMPTOMS} is not present (it lives in ../shared/data)")
        return 0
    labels = read_labels(SYMPTOMS)
    lexicon = Engine.load().reader.lexicon
    resolved: dict[str, tuple[str, ...]] = {}
    sources: Counter[str] = Counter()
    for label in labels:
        entry = lexicon.resolve(phrase_key(label))
        if entry is not None:
            resolved[label] = entry.ids
            sources[entry.source] += 1
    misses = [label for label in labels if label not in resolved]
    share = len(resolved) / len(labels) if labels else 0.0
    if args.json:
        print(json.dumps({"labels": len(labels), "resolved": len(resolved), "share": share,
                          "by_source": dict(sources), "misses": misses}, indent=1))
        return 0
    print(f"Symptom Ontology labels in {SYMPTOMS.name}: {len(labels)} distinct")
    print(f"resolved to HPO through the lexicon: {len(resolved)} ({share:.1%})")
    print("by lexicon source: " + ", ".join(f"{k} {v}" for k, v in sources.most_common()))
    if args.misses:
        print(f"\nfirst {min(args.misses, len(misses))} of {len(misses)} unresolved labels:")
        for label in misses[: args.misses]:
            print(f"  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
