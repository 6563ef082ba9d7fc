"""Which diseases does phenotype.hpoa hold only as an OMIM series that no profile or sheet covers?

    python bench/series_gaps.py [--min N] [--susceptibility] [--ids] [--no-figures]

Issue 12: an everyday question whose answer is a common complex disease ranks it far down when
the data holds that disease only as OMIM numbered or susceptibility entries ("Migraine with
or without aura 4", "Hypertension, essential, susceptibility to, 2") and no condition profile
or fact sheet names them: each entry is thinly annotated, none has a prevalence figure, so
each counts as a rare disease in the prior. bench/series_inventory.py lists the series forms of
the conditions that *have* a profile or sheet; this lists the other side, the series no one
covers.

An entry belongs to a series when its label (the label of a MONDO concept mapping to it exactly,
../shared/data/mondo-diseases.tsv.gz, else its phenotype.hpoa name) carries a series
designation (a number or letter) or "susceptibility"; the series is the label's words without
the series words (series_inventory.SERIES_WORDS and the designations), so "Psoriasis 4,
susceptibility to" and "psoriasis 2" share the stem "psoriasis". A series counts as covered when
any of its entries is named by a profile or sheet (id, ``same_as``, ``includes``,
``ranks_apart``), is a series form of one (series_inventory.inventory), or when the MONDO concept
whose label is the stem is a profile's id. Printed for the rest, biggest first: the stem, that
MONDO concept (when one has the stem as its label), the numbers of entries (numbered,
susceptibility), of their phenotype annotations (all, and the median per entry), of entries
with a prevalence figure in the engine, and a profile or sheet whose name the stem holds with
other words ("near": "melanoma, cutaneous malignant" beside the melanoma profile; such series
are left apart or reviewed in bench/series_inventory.py --near, not gaps of a missing profile).

Most uncovered series are Mendelian gene series (retinitis pigmentosa, spinocerebellar ataxia),
rare by nature; ``--susceptibility`` keeps those with at least one susceptibility entry, the
mark of a complex disease.

Counts at main 9cc87b10 (h-prev11): 334 series of 3+ entries (2,500 entries), 25 of them with a
susceptibility entry; most of the common conditions among them already had a profile under
another name (the "near" column). h-prev11 wrote profiles for four common ones with a sourced
figure (premature ovarian failure 1-26, tooth agenesis 1-10, Paget disease of bone 2-6,
dyslexia 1, 2, 8): 330 series (2,462 entries) left. Short sight (myopia 2-28), keratoconus,
Fuchs corneal dystrophy, otosclerosis, vesicoureteral reflux, IgA nephropathy and specific
language impairment are among those still listed.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from series_inventory import (
    conditions,
    hpoa_names,
    inventory,
    is_designation,
    mondo_labels,
    near_form,
    words,
)
from shared_data import SHARED_DATA

# Words dropped from a label to find its series' stem: series_inventory's SERIES_WORDS less
# those that name a kind of disease on their own ("early-onset" Alzheimer disease stays its
# own series: it is the Mendelian form). "to" goes only with "susceptibility".
STEM_DROPPED = frozenset({"susceptibility", "to", "familial", "type"})


def series_stem(label: str) -> tuple[tuple[str, ...], str] | None:
    """The stem of a series entry's label and its kind ("susceptibility" or "numbered"), or
    None when the label carries neither a designation nor "susceptibility"."""
    label_words = words(label)
    if "susceptibility" in label_words:
        kind = "susceptibility"
    elif any(is_designation(w) for w in label_words[1:]):
        kind = "numbered"
    else:
        return None
    stem = tuple(w for i, w in enumerate(label_words)
                 if w not in STEM_DROPPED and not (i and is_designation(w)))
    return (stem, kind) if stem else None


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    label: str
    kind: str  # "numbered" | "susceptibility"
    annotations: int
    figure: bool


@dataclass(frozen=True, slots=True)
class Series:
    stem: tuple[str, ...]
    mondo: str  # the MONDO concept labelled with the stem, or ""
    entries: tuple[Entry, ...]
    near: str  # a profile or sheet whose name the stem holds with other words, or ""

    @property
    def susceptibility(self) -> int:
        return sum(1 for e in self.entries if e.kind == "susceptibility")

    @property
    def annotations(self) -> int:
        return sum(e.annotations for e in self.entries)


def annotation_counts() -> dict[str, int]:
    """phenotype.hpoa's disease ids with their number of phenotype (aspect P) lines."""
    from whatcauses.knowledge.sources import active_files

    counts: dict[str, int] = {}
    with active_files().hpoa.open(encoding="utf-8") as hpoa:
        for line in hpoa:
            if line.startswith(("#", "database_id")):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 10 and fields[10] == "P":
                counts[fields[0]] = counts.get(fields[0], 0) + 1
    return counts


def mondo_by_stem(path: Path = SHARED_DATA / "mondo-diseases.tsv.gz") -> dict[tuple[str, ...], str]:
    """The words of each MONDO label -> its MONDO id (the first, for a label shared)."""
    found: dict[tuple[str, ...], str] = {}
    if not path.exists():
        return found
    with gzip.open(path, "rt", encoding="utf-8") as table:
        next(table)
        for line in table:
            mondo_id, label = line.split("\t", 2)[:2]
            if not label.startswith("obsolete"):
                found.setdefault(words(label), mondo_id)
    return found


def figures(disease_ids: set[str]) -> set[str]:
    """The ids among ``disease_ids`` that have a prevalence figure in the engine."""
    from whatcauses.engine import Engine

    engine = Engine.load()
    index = engine.knowledge.disease_ids_index
    prevalence = engine.ranker.prevalence
    return {d for d in disease_ids
            if (i := index.get(d)) is not None and prevalence[i] is not None}


def uncovered_series(min_entries: int, with_figures: bool) -> list[Series]:
    listed = conditions()
    entries = hpoa_names()
    mondo = mondo_labels()
    named = {d for c in listed for d in c.own | c.forms | {c.id}}
    named |= {f.disease_id for f in inventory(entries, mondo, listed)}
    profile_ids = {c.id for c in listed if c.kind == "profile"}
    stems = mondo_by_stem()
    grouped: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
    for disease_id, names in entries.items():
        if not disease_id.startswith("OMIM:"):
            continue
        labels = [t for t in mondo.get(disease_id, []) if not t.startswith("obsolete")]
        label = (labels or names)[0]
        found = series_stem(label)
        if found is not None:
            # MONDO's label often drops OMIM's "susceptibility to" ("psoriasis 4").
            kinds = {series_stem(n) for n in names}
            kind = ("susceptibility" if any(k and k[1] == "susceptibility" for k in kinds)
                    else found[1])
            grouped.setdefault(found[0], []).append((disease_id, label, kind))
    counts = annotation_counts()
    candidates = {
        stem: members for stem, members in grouped.items()
        if len(members) >= min_entries
        and not any(d in named for d, _, _ in members)
        and stems.get(stem, "") not in profile_ids
    }
    with_figure = (figures({d for m in candidates.values() for d, _, _ in m})
                   if with_figures else set())
    series = [Series(stem, stems.get(stem, ""), tuple(
        Entry(d, label, kind, counts.get(d, 0), d in with_figure)
        for d, label, kind in sorted(members)),
        next((c.id for c in listed if any(near_form(" ".join(stem), n) for n in c.names)), ""))
        for stem, members in candidates.items()]
    return sorted(series, key=lambda s: (-len(s.entries), s.stem))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min", type=int, default=3, help="entries a series needs (3)")
    parser.add_argument("--susceptibility", action="store_true",
                        help="only series with a susceptibility entry")
    parser.add_argument("--ids", action="store_true", help="print each series' entries")
    parser.add_argument("--no-figures", action="store_true",
                        help="skip loading the engine (no figure column)")
    args = parser.parse_args(argv)
    series = uncovered_series(args.min, not args.no_figures)
    if args.susceptibility:
        series = [s for s in series if s.susceptibility]
    print(f"OMIM series of {args.min}+ entries no profile or sheet covers: {len(series)} "
          f"({sum(len(s.entries) for s in series)} entries)")
    print(f"\n{'stem':<44}{'MONDO':<15}{'entries':>8}{'susc':>6}{'annot':>7}"
          f"{'median':>8}{'figure':>8}")
    for s in series:
        median = statistics.median(e.annotations for e in s.entries)
        figure = "-" if args.no_figures else str(sum(e.figure for e in s.entries))
        print(f"{' '.join(s.stem)[:43]:<44}{s.mondo or '-':<15}{len(s.entries):>8}"
              f"{s.susceptibility:>6}{s.annotations:>7}{median:>8g}{figure:>8}  {s.near or '-'}")
        if args.ids:
            for e in s.entries:
                print(f"    {e.id:<14}{e.kind:<16}{e.annotations:>4}  {e.label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
