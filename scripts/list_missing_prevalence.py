"""List the phenotype.hpoa diseases that have no figure for how common they are (issue 12).

    python scripts/list_missing_prevalence.py [--all]

Loads the engine and prints, one per line (id, tab, name), every OMIM/Orphanet disease whose
prevalence is unknown after the curated figures (fact sheets, condition profiles,
curated/prevalence.yaml), Orphanet's table and the figures of its twins: the ranker gives these
the ultra-rare default prior. By default names that carry a subtype number ("... type 3",
"..., 12", "SCA7") are left out, since those are mostly gene-specific forms of a disease whose
figure belongs to the whole group; ``--all`` lists them too. A review of this list is how
common diseases missing a figure are found (rather than from any bench question).
"""

from __future__ import annotations

import argparse
import re

from whatcauses.engine import Engine

# A trailing subtype number or letter-number ("type 2A", ", 12", "4B", "SCA7"), or a gene symbol
# in capitals with digits in the name: the marks of a numbered gene-specific entry.
_SUBTYPE = re.compile(
    r"(\b(type|group|complementation group|form)\s+[0-9IVX]+[A-Z]?\b)"
    r"|(\s\d+[A-Z]?(,|$|\s))|(\b[A-Z][A-Z0-9]*\d[A-Z0-9]*\b)"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="keep names with subtype numbers")
    args = parser.parse_args()
    engine = Engine.load()
    knowledge = engine.knowledge
    figures = engine.ranker.prevalence
    missing = 0
    shown = 0
    for disease_id, name, figure in zip(knowledge.disease_ids, knowledge.disease_names,
                                        figures, strict=True):
        if figure is not None or not disease_id.startswith(("OMIM:", "ORPHA:")):
            continue
        missing += 1
        if not args.all and _SUBTYPE.search(name):
            continue
        shown += 1
        print(f"{disease_id}\t{name}")
    print(f"# {missing} diseases without a figure; {shown} listed", flush=True)


if __name__ == "__main__":
    main()
