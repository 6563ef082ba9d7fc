"""How much of the Symptom Ontology's plain vocabulary our lexicon understands.

    python bench/lexicon_coverage.py [--misses 30] [--json]
    python bench/lexicon_coverage.py --layperson [--misses 30] [--json]

Reads the distinct ``symptom_label`` values of ``../shared/data/do-disease-symptom.tsv``
(Disease Ontology disease -> Symptom Ontology symptom, CC0; beside the repository, never
copied into it) and counts how many resolve to an HPO term through the lexicon the question
reader uses: ``Engine.load().reader.lexicon.resolve(phrase_key(label))`` (whole label, after
normalisation; HPO clinical-modifier words such as "severe" or "acute" set aside when the whole
label is unknown, as the reader does next to a finding; an OR-group counts as resolved).
Exits 0 with a note when the file is absent.

``--layperson`` counts instead hp.obo's own layperson synonyms (of terms under Phenotypic
abnormality, obsolete terms left out) that the question reader does not read: each synonym is
put to ``Engine.interpret`` alone, and it is read when its term is among the present findings
(an OR-group member counts); a reading of an ancestor or a descendant of the term is counted
apart as "near" (h-layvocab, issue 14).
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
from whatcauses.knowledge.ids import PHENOTYPIC_ABNORMALITY
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
    parser.add_argument("--layperson", action="store_true",
                        help="count hp.obo layperson synonyms the reader does not read")
    args = parser.parse_args(argv)
    if args.layperson:
        return layperson_coverage(args.misses, as_json=args.json)
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


def layperson_synonyms(engine: Engine) -> list[tuple[str, str]]:
    """(synonym, term id) for every layperson synonym of a phenotypic abnormality, in term
    order, each distinct wording of a term once."""
    onto = engine.knowledge.ontology
    root = onto.index(PHENOTYPIC_ABNORMALITY)
    pairs: dict[tuple[str, str], None] = {}
    for i, term_id in enumerate(onto.ids):
        if not onto.is_ancestor(root, i):
            continue
        for text, _scope, kind in onto.synonyms(i):
            if kind == "layperson":
                pairs[(text, term_id)] = None
    return list(pairs)


def layperson_coverage(misses: int, *, as_json: bool) -> int:
    engine = Engine.load()
    onto = engine.knowledge.ontology
    synonyms = layperson_synonyms(engine)
    unread: list[tuple[str, str]] = []
    near = 0
    for text, term_id in synonyms:
        reading = engine.interpret(text)
        ids = {i for f in (*reading.present, *reading.or_groups) for i in f.ids}
        if term_id in ids:
            continue
        term = onto.index(term_id)
        if any(i in onto and (onto.is_ancestor(onto.index(i), term)
                              or onto.is_ancestor(term, onto.index(i))) for i in ids):
            near += 1
        unread.append((text, term_id))
    read = len(synonyms) - len(unread)
    if as_json:
        print(json.dumps({"layperson_synonyms": len(synonyms), "read": read,
                          "unread": len(unread), "unread_near": near,
                          "misses": [f"{text} ({term_id})" for text, term_id in unread]},
                         indent=1))
        return 0
    print(f"hp.obo layperson synonyms of phenotypic abnormalities: {len(synonyms)}")
    print(f"read as their own term: {read} ({read / len(synonyms):.1%}); unread {len(unread)}, "
          f"of which {near} read as an ancestor or descendant of the term")
    if misses:
        print(f"\nfirst {min(misses, len(unread))} of {len(unread)} unread synonyms:")
        for text, term_id in unread[:misses]:
            print(f"  {text} ({term_id} {onto.name(term_id)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
