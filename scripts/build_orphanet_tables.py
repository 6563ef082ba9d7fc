"""Compile Orphanet's epidemiology and onset classes into the package's compact data files.

Reads ``orphanet-prevalence.tsv.gz`` and ``orphanet-disorders.tsv.gz`` (Orphanet ORPHApackets)
and ``mondo-diseases.tsv.gz`` (MONDO's exact OMIM and Orphanet matches; see
../shared/data/README.md) and writes, under ``src/whatcauses/knowledge/data/``:

* ``orphanet_prevalence.tsv``: one estimate per Orphanet entry with usable epidemiology,
  chosen by the rule in that folder's README.md (and in :func:`select_estimate`);
* ``orphanet_onset.tsv``: Orphanet's age-of-onset classes per entry;
* ``orphanet_inheritance.tsv``: Orphanet's types of inheritance per entry (its own words; the
  loader reads them as HPO modes of inheritance);
* ``orphanet_groups.tsv``: the entries Orphanet classifies, through any of their parents,
  under one of the headings that name a kind of disease by its mechanism (lysosomal,
  peroxisomal, mitochondrial disease, ciliopathy: ``ORPHANET_KIND_HEADINGS``), with those
  headings, the entry's exact OMIM ids and the OMIM ids only MONDO equates with it;
* ``orphanet_forms.tsv``: the entries Orphanet classes as a subtype (clinical, etiological or
  histopathological) of another entry that is not a mere category, with that entry: a form and
  the disease it is a form of (Gaucher disease type 1 of Gaucher disease).

Both carry the OMIM ids Orphanet maps as exactly equivalent; the prevalence table also carries
the OMIM ids that only MONDO equates with the entry (:func:`mondo_links`). Output is
deterministic: the same input gives byte-identical files (a test checks the shipped files
against a fresh run).

    python scripts/build_orphanet_tables.py [DATA_DIR] [--out DIR] [--coverage]

``--coverage`` also prints how many diseases of the embedded HPO annotations get an estimate.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from whatcauses.knowledge.prevalence import (
    CASES_ONLY_PER_100000,
    CLINICAL_GROUP,
    FORM_TYPES,
    FORMS_COLUMNS,
    FORMS_FILE,
    GROUPING_TYPES,
    GROUPS_COLUMNS,
    GROUPS_FILE,
    INHERITANCE_COLUMNS,
    INHERITANCE_FILE,
    KIND_PREFERENCE,
    LIST_SEPARATOR,
    ONSET_COLUMNS,
    ONSET_FILE,
    ORPHANET_INHERITANCE_TERMS,
    ORPHANET_KIND_HEADINGS,
    ORPHANET_NO_INHERITANCE,
    ORPHANET_ONSET_YEARS,
    PREVALENCE_CLASSES,
    PREVALENCE_COLUMNS,
    PREVALENCE_FILE,
    EstimateBasis,
    PrevalenceClass,
    PrevalenceKind,
    PrevalenceTable,
)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "src" / "whatcauses" / "knowledge" / "data"
PREVALENCE_SOURCE = "orphanet-prevalence.tsv.gz"
DISORDERS_SOURCE = "orphanet-disorders.tsv.gz"
MONDO_SOURCE = "mondo-diseases.tsv.gz"
# Orphanet's classification headings ("Rare ovarian cancer", "Chronic primary adrenal
# insufficiency" as the heading of its causes): a figure for such a heading counts a group of
# diseases, so it is not lent through MONDO to an OMIM entry.
ORPHANET_GROUPING_TYPE = "Category"

ORPHANET_KINDS = {
    "Point prevalence": PrevalenceKind.POINT,
    "Lifetime Prevalence": PrevalenceKind.LIFETIME,
    "Prevalence at birth": PrevalenceKind.BIRTH,
    "Annual incidence": PrevalenceKind.INCIDENCE,
    "Cases/families": PrevalenceKind.CASES,
}
# Geographies in the order they are preferred; every other name (a country or a region such as
# "North America") is one tier between Europe and a "Specific population" (often a founder
# population, whose figure says little about everyone else).
WORLDWIDE, EUROPE, SPECIFIC_POPULATION = "Worldwide", "Europe", "Specific population"
ORPHANET_NO_VALUE = {"", "no data", "None"}
NO_ONSET = "No data available"

_PMID_TAGGED = re.compile(r"^(\d+)\s*\[PMID\]?$")
_TYPE_TAG = re.compile(r"\s*\[(?:REG|INST|OTHER)\]$")
_PMID_LIST = re.compile(r"^PMID:\s*(.*)$")


@dataclass(frozen=True, slots=True)
class EpidemiologyRecord:
    """One row of Orphanet's epidemiology table that can give a figure."""

    orpha_id: str
    kind: PrevalenceKind
    prevalence_class: str  # "" for case reports
    mean_value: float | None  # per 100,000, when Orphanet reports one (0.0 means none)
    geography: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Selection:
    """The record chosen for an entry and the figure taken from it."""

    record: EpidemiologyRecord
    per_100000: float
    basis: EstimateBasis


@dataclass(frozen=True, slots=True)
class Disorder:
    omim_exact: tuple[str, ...]
    onset: tuple[str, ...]
    disorder_type: str = ""
    inheritance: tuple[str, ...] = ()  # Orphanet's words, in its order, "Unknown" and such dropped
    parents: tuple[str, ...] = ()  # the Orphanet entries it is classified under


def parse_sources(text: str) -> tuple[str, ...]:
    """Orphanet's source field as a list: ``"123[PMID]_ORPHANET"`` -> ``("PMID:123", "ORPHANET")``.

    PMIDs become ``PMID:n``; the type tags of other sources ([REG], [INST], ...) are dropped;
    anything else is kept as Orphanet wrote it.
    """
    found: list[str] = []
    for raw in text.split("_"):
        token = raw.strip()
        if token in ORPHANET_NO_VALUE:
            continue
        pmid_list = _PMID_LIST.match(token)
        if pmid_list:  # "PMID: 19812117 ; 19896453 ; EXPERT"
            for part in (p.strip() for p in pmid_list.group(1).split(";")):
                if part:
                    found.append(f"PMID:{part}" if part.isdigit() else part)
            continue
        tagged = _PMID_TAGGED.match(token)
        if tagged:
            found.append(f"PMID:{tagged.group(1)}")
            continue
        token = _TYPE_TAG.sub("", token).strip("[] ")  # "[EXPERT]" -> "EXPERT"
        if token:
            found.append(token)
    clean = (re.sub(r"[\t\r\n|]+", " ", s).strip() for s in found)
    return tuple(dict.fromkeys(s for s in clean if s))


def read_tsv_gz(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def epidemiology_records(rows: Iterable[dict[str, str]]) -> list[EpidemiologyRecord]:
    """The rows that can give a figure: a known kind, and a class (or a case report)."""
    records = []
    for row in rows:
        kind = ORPHANET_KINDS.get(row["prevalence_type"])
        if kind is None:
            continue
        prevalence_class = row["prevalence_class"]
        if kind is PrevalenceKind.CASES:
            prevalence_class = ""
        elif prevalence_class not in PREVALENCE_CLASSES:
            continue  # "Unknown", "Not yet documented", no data
        try:
            mean = float(row["mean_value"])
        except ValueError:
            mean = None
        records.append(EpidemiologyRecord(
            orpha_id=row["orpha_id"], kind=kind, prevalence_class=prevalence_class,
            mean_value=mean if mean is not None and mean > 0 else None,
            geography=row["geographic"] if row["geographic"] not in ORPHANET_NO_VALUE else "",
            sources=parse_sources(row["source"]),
        ))  # fmt: skip
    return records


def record_estimate(record: EpidemiologyRecord,
                    others: Sequence[EpidemiologyRecord] = ()) -> tuple[float, EstimateBasis]:
    """A record's figure per 100,000 and where it comes from.

    Orphanet's mean value when it lies in the record's class (a value outside its own class is
    a data entry error of one or the other, and the class is what Orphanet publishes); else the
    class's log-scale midpoint. Case reports get the stated ultra-rare figure (their mean value,
    when present, is a count of cases, not a rate). A class whose only source is an orphan
    designation is a ceiling (the class below is used) unless one of the entry's ``others``
    records of the same kind, from a source of its own, puts it in that class or above
    (:func:`_corroborated`).
    """
    if record.kind is PrevalenceKind.CASES:
        return CASES_ONLY_PER_100000, EstimateBasis.CASES
    prevalence_class = PREVALENCE_CLASSES[record.prevalence_class]
    if record.mean_value is not None and prevalence_class.contains(record.mean_value):
        return record.mean_value, EstimateBasis.REPORTED
    below = _class_below(record.prevalence_class)
    if (below is not None and _designation_only(record)
            and not _corroborated(record, prevalence_class, others)):
        return below.midpoint, EstimateBasis.CEILING
    return prevalence_class.midpoint, EstimateBasis.CLASS


def _designation_only(record: EpidemiologyRecord) -> bool:
    return bool(record.sources) and all(
        s.startswith(ORPHAN_DESIGNATION_SOURCE) for s in record.sources)


def _corroborated(record: EpidemiologyRecord, prevalence_class: PrevalenceClass,
                  others: Sequence[EpidemiologyRecord]) -> bool:
    """Whether a study of the same kind of figure, outside the orphan designation and outside
    a specific (founder) population, puts the disease in the designation's class or above: then
    the class is a measurement, not only a ceiling (immune thrombocytopenia: a Danish point
    prevalence in the EMA's "1-5 / 10 000"; sickle cell anaemia: the United States')."""
    return any(
        other.kind is record.kind and other.prevalence_class in PREVALENCE_CLASSES
        and other.geography != SPECIFIC_POPULATION and other.sources
        and not _designation_only(other)
        and PREVALENCE_CLASSES[other.prevalence_class].lower >= prevalence_class.lower
        for other in others if other is not record
    )


# An orphan designation of the European Medicines Agency shows that a condition is under the
# EU threshold: as a record's only source it gives a ceiling, and the class below is used.
ORPHAN_DESIGNATION_SOURCE = "European Medicines Agency"


def _class_below(text: str) -> PrevalenceClass | None:
    ordered = sorted(PREVALENCE_CLASSES.values(), key=lambda c: c.lower)
    index = next(i for i, c in enumerate(ordered) if c.text == text)
    return ordered[index - 1] if index > 0 else None


# Orphanet's classification heading of infections ("Rare infectious disease"). An infection's
# figure of one country or region, or of a specific population, in the classes from 1 in 10,000
# up counts an endemic area or an epidemic (Zika virus disease in Brazil in 2016, melioidosis in
# tropical Australia and Thailand, sporotrichosis in Mexico), not people in general: such records
# are not used (h-prev9, issue 12; knowledge/data/README.md, "Selection rule").
ORPHANET_INFECTIONS = "ORPHA:68416"
ENDEMIC_CLASSES = frozenset({"1-5 / 10 000", "6-9 / 10 000", ">1 / 1000"})


def classified_under(orpha_id: str, heading: str, disorders: dict[str, Disorder]) -> bool:
    """Whether Orphanet classifies ``orpha_id`` under ``heading``, through any of its parents."""
    seen: set[str] = set()
    stack = [orpha_id]
    while stack:
        for parent in disorders.get(stack.pop(), _NO_DISORDER).parents:
            if parent == heading:
                return True
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return False


def endemic_record(record: EpidemiologyRecord) -> bool:
    """An infection's record from one place only whose class reaches 1 in 10,000 or more
    (:data:`ENDEMIC_CLASSES`): the figure of an endemic area or an epidemic."""
    return (geography_tier(record.geography) >= 2
            and record.prevalence_class in ENDEMIC_CLASSES)


def geography_tier(geography: str) -> int:
    if geography == WORLDWIDE:
        return 0
    if geography == EUROPE:
        return 1
    if geography == SPECIFIC_POPULATION:
        return 3
    return 2


def select_estimate(records: Sequence[EpidemiologyRecord]) -> Selection | None:
    """One entry's estimate: the first kind of :data:`KIND_PREFERENCE` present, then the first
    geography tier present (Worldwide, Europe, any other country or region, a specific
    population); among the records left, the one with the median figure (the lower of the two
    middle ones for an even count; ties by geography name, then sources). The median of national
    figures resists the founder-population outliers that a "highest figure" rule would pick.
    """
    if not records:
        return None
    best_kind = min(KIND_PREFERENCE.index(r.kind) for r in records)
    same_kind = [r for r in records if KIND_PREFERENCE.index(r.kind) == best_kind]
    best_tier = min(geography_tier(r.geography) for r in same_kind)
    candidates = []
    for record in same_kind:
        if geography_tier(record.geography) == best_tier:
            per_100000, basis = record_estimate(record, same_kind)
            candidates.append(Selection(record, per_100000, basis))
    candidates.sort(key=lambda s: (s.per_100000, s.record.geography, s.record.sources))
    return candidates[(len(candidates) - 1) // 2]


def read_disorders(rows: Iterable[dict[str, str]]) -> dict[str, Disorder]:
    order = list(ORPHANET_ONSET_YEARS)
    disorders = {}
    for row in rows:
        onset = {c for c in row["age_of_onset"].split(LIST_SEPARATOR) if c and c != NO_ONSET}
        unknown = onset - set(order)
        if unknown:
            raise SystemExit(f"{row['orpha_id']}: unknown Orphanet onset classes {unknown}")
        omim = sorted(
            {o for o in row["omim_exact"].split(LIST_SEPARATOR) if o.startswith("OMIM:")},
            key=id_number,
        )
        inheritance = [w for w in row.get("inheritance", "").split(LIST_SEPARATOR)
                       if w and w not in ORPHANET_NO_INHERITANCE]
        unknown_modes = set(inheritance) - set(ORPHANET_INHERITANCE_TERMS)
        if unknown_modes:
            raise SystemExit(f"{row['orpha_id']}: unknown Orphanet inheritance {unknown_modes}")
        disorders[row["orpha_id"]] = Disorder(
            tuple(omim), tuple(sorted(onset, key=order.index)), row["disorder_type"],
            tuple(inheritance),
            tuple(p for p in row.get("parents", "").split(LIST_SEPARATOR) if p),
        )
    return disorders


def mondo_links(
    rows: Iterable[dict[str, str]], disorders: dict[str, Disorder], with_figure: set[str]
) -> dict[str, tuple[str, ...]]:
    """Orphanet id -> the OMIM ids that MONDO, and not Orphanet, equates with it.

    A MONDO concept with exact matches to both an OMIM entry and an Orphanet entry says they
    are the same disease. Such an OMIM id is linked to the Orphanet entry when the entry has a
    figure (``with_figure``) and is not one of Orphanet's classification headings
    (:data:`ORPHANET_GROUPING_TYPE`), and when Orphanet's own exact mappings give the OMIM id no
    figure (they are kept first: a link never replaces them). Only exact matches of one
    concept are used: never a parent concept's figure for a narrower entry.
    """
    exact_with_figure = {
        omim for orpha_id in with_figure
        for omim in disorders.get(orpha_id, _NO_DISORDER).omim_exact
    }  # fmt: skip
    links: dict[str, set[str]] = {}
    for row in rows:
        omims = [o for o in row["omim"].split(LIST_SEPARATOR) if o.startswith("OMIM:")]
        orphas = [
            "ORPHA:" + o.removeprefix("Orphanet:")
            for o in row["orphanet"].split(LIST_SEPARATOR) if o.startswith("Orphanet:")
        ]  # fmt: skip
        for orpha_id in orphas:
            disorder = disorders.get(orpha_id, _NO_DISORDER)
            if orpha_id not in with_figure or disorder.disorder_type == ORPHANET_GROUPING_TYPE:
                continue
            for omim in omims:
                if omim not in exact_with_figure and omim not in disorder.omim_exact:
                    links.setdefault(orpha_id, set()).add(omim)
    return {orpha_id: tuple(sorted(o, key=id_number)) for orpha_id, o in links.items()}


_NO_DISORDER = Disorder((), ())


def id_number(disease_id: str) -> int:
    return int(disease_id.partition(":")[2])


def format_figure(per_100000: float) -> str:
    """Four significant figures: stable text, far finer than the data."""
    return f"{per_100000:.4g}"


def prevalence_rows(
    records: Sequence[EpidemiologyRecord], disorders: dict[str, Disorder],
    mondo: Iterable[dict[str, str]] = (),
) -> list[list[str]]:
    by_entry: dict[str, list[EpidemiologyRecord]] = {}
    for record in records:
        by_entry.setdefault(record.orpha_id, []).append(record)
    for orpha_id, entry_records in by_entry.items():
        if classified_under(orpha_id, ORPHANET_INFECTIONS, disorders):
            by_entry[orpha_id] = [r for r in entry_records if not endemic_record(r)]
    chosen_by_entry = {
        orpha_id: chosen for orpha_id in sorted(by_entry, key=id_number)
        if (chosen := select_estimate(by_entry[orpha_id])) is not None
    }  # fmt: skip
    linked = mondo_links(mondo, disorders, set(chosen_by_entry))
    rows = []
    for orpha_id, chosen in chosen_by_entry.items():
        disorder = disorders.get(orpha_id, _NO_DISORDER)
        r = chosen.record
        rows.append([
            orpha_id, format_figure(chosen.per_100000), chosen.basis.value, r.prevalence_class,
            r.kind.value, r.geography, LIST_SEPARATOR.join(r.sources),
            LIST_SEPARATOR.join(disorder.omim_exact), LIST_SEPARATOR.join(linked.get(orpha_id, ())),
        ])  # fmt: skip
    return rows


def onset_rows(disorders: dict[str, Disorder]) -> list[list[str]]:
    return [
        [orpha_id, LIST_SEPARATOR.join(d.onset), LIST_SEPARATOR.join(d.omim_exact)]
        for orpha_id, d in sorted(disorders.items(), key=lambda item: id_number(item[0]))
        if d.onset
    ]


def inheritance_rows(disorders: dict[str, Disorder]) -> list[list[str]]:
    return [
        [orpha_id, LIST_SEPARATOR.join(d.inheritance)]
        for orpha_id, d in sorted(disorders.items(), key=lambda item: id_number(item[0]))
        if d.inheritance
    ]


def form_rows(disorders: dict[str, Disorder]) -> list[list[str]]:
    """(form, the entry it is a form of, the form's exact OMIM ids): an entry of a subtype type
    under an entry that is not a category of diseases, and any entry but a category under a
    clinical group."""
    rows = []
    for orpha_id, d in sorted(disorders.items(), key=lambda item: id_number(item[0])):
        if d.disorder_type in GROUPING_TYPES:
            continue
        for parent in sorted(d.parents, key=id_number):
            kind = disorders[parent].disorder_type if parent in disorders else ""
            if (kind == CLINICAL_GROUP
                    or (d.disorder_type in FORM_TYPES and kind and kind not in GROUPING_TYPES)):
                rows.append([orpha_id, parent, LIST_SEPARATOR.join(d.omim_exact)])
    return rows


def group_rows(disorders: dict[str, Disorder],
               mondo: Iterable[dict[str, str]] = ()) -> list[list[str]]:
    """(entry, the kind headings it is classified under, its exact OMIM ids, the OMIM ids only
    MONDO equates with it) for every entry under one of :data:`ORPHANET_KIND_HEADINGS`, the
    headings themselves and other categories left out (a heading is a group of diseases, not
    one). A MONDO link counts only for one concept's exact matches (:func:`mondo_links`)."""
    headings = sorted(ORPHANET_KIND_HEADINGS, key=id_number)
    grouped = {}
    for orpha_id, d in sorted(disorders.items(), key=lambda item: id_number(item[0])):
        if d.disorder_type in GROUPING_TYPES:
            continue
        under = [h for h in headings if classified_under(orpha_id, h, disorders)]
        if under:
            grouped[orpha_id] = under
    linked = mondo_links(mondo, disorders, set(grouped))
    return [[orpha_id, LIST_SEPARATOR.join(under),
             LIST_SEPARATOR.join(disorders[orpha_id].omim_exact),
             LIST_SEPARATOR.join(linked.get(orpha_id, ()))]
            for orpha_id, under in grouped.items()]


def tsv_text(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    return "".join("\t".join(fields) + "\n" for fields in (columns, *rows))


def build_tables(data_dir: Path) -> dict[str, str]:
    """File name -> text of each table compiled from the Orphanet files in ``data_dir``."""
    sources = (PREVALENCE_SOURCE, DISORDERS_SOURCE, MONDO_SOURCE)
    missing = [n for n in sources if not (data_dir / n).is_file()]
    if missing:
        raise SystemExit(f"{data_dir}: missing {', '.join(missing)}")
    records = epidemiology_records(read_tsv_gz(data_dir / PREVALENCE_SOURCE))
    disorders = read_disorders(read_tsv_gz(data_dir / DISORDERS_SOURCE))
    mondo = read_tsv_gz(data_dir / MONDO_SOURCE)
    return {
        PREVALENCE_FILE: tsv_text(PREVALENCE_COLUMNS, prevalence_rows(records, disorders, mondo)),
        ONSET_FILE: tsv_text(ONSET_COLUMNS, onset_rows(disorders)),
        INHERITANCE_FILE: tsv_text(INHERITANCE_COLUMNS, inheritance_rows(disorders)),
        FORMS_FILE: tsv_text(FORMS_COLUMNS, form_rows(disorders)),
        GROUPS_FILE: tsv_text(GROUPS_COLUMNS, group_rows(disorders, mondo)),
    }


def print_coverage(table: PrevalenceTable) -> None:
    """How many diseases of the embedded HPO annotations get an estimate and an onset."""
    import numpy as np

    from whatcauses.knowledge.base import Knowledge
    from whatcauses.knowledge.compile import ASPECTS
    from whatcauses.knowledge.onset import ONSET_CLASSES

    knowledge = Knowledge.load()
    by_prefix: Counter[str] = Counter()
    covered: Counter[tuple[str, str]] = Counter()
    for disease in knowledge.disease_ids:
        prefix = disease.partition(":")[0]
        by_prefix[prefix] += 1
        estimate = table.prevalence_for(disease)
        if estimate is not None:
            covered[(prefix, estimate.kind.value)] += 1
    total = len(knowledge.disease_ids)
    prefixes = ", ".join(f"{p} {n}" for p, n in sorted(by_prefix.items()))
    print(f"diseases in phenotype.hpoa: {total} ({prefixes})")
    print(f"{'kind':22} {'ORPHA':>6} {'OMIM':>6} {'all':>6}")
    for kind in KIND_PREFERENCE:
        orpha, omim = covered[("ORPHA", kind.value)], covered[("OMIM", kind.value)]
        print(f"{kind.value:22} {orpha:6} {omim:6} {orpha + omim:6}")
    orpha = sum(n for (p, _), n in covered.items() if p == "ORPHA")
    omim = sum(n for (p, _), n in covered.items() if p == "OMIM")
    print(f"{'any estimate':22} {orpha:6} {omim:6} {orpha + omim:6}"
          f"   = {(orpha + omim) / total:.1%} of {total}"
          f" (ORPHA {orpha / by_prefix['ORPHA']:.1%}, OMIM {omim / by_prefix['OMIM']:.1%})")

    # OMIM ids whose figure is reached through MONDO; the ranker (rank/orphanet.py) leaves
    # out those whose Orphanet entry is itself annotated (the disease has its figure there).
    known = set(knowledge.disease_ids)
    linked = [e for d in knowledge.disease_ids if (e := table.prevalence_for(d)) and e.link]
    own_entry = sum(1 for e in linked if e.orpha_id in known)
    print(f"through MONDO exact matches: {len(linked)} OMIM entries; {own_entry} of them have "
          f"their Orphanet entry annotated too, {len(linked) - own_entry} do not")

    # Entries without a figure of their own whose twin (knowledge/twins.py) has one: what a
    # ranker that shares figures within a twin group would add.
    twin_group = knowledge.arrays["twin_group"].tolist()
    members: dict[int, list[str]] = {}
    for index, group in enumerate(twin_group):
        members.setdefault(int(group), []).append(knowledge.disease_ids[index])
    borrowed = sum(
        1 for index, disease in enumerate(knowledge.disease_ids)
        if table.prevalence_for(disease) is None
        and any(table.prevalence_for(m) for m in members[int(twin_group[index])])
    )  # fmt: skip
    print(f"without a figure but with a twin that has one: {borrowed}")

    # Onset: which diseases have no HPO onset annotation but an Orphanet onset class.
    arrays = knowledge.arrays
    onto = knowledge.ontology
    onset_terms = np.array([onto.index(t) for t in ONSET_CLASSES if t in onto])
    clinical = arrays["ann_aspect"] == ASPECTS.index("C")
    clinical &= np.isin(arrays["ann_term"], onset_terms)
    with_hpo_onset = set(arrays["ann_disease"][clinical | (arrays["ann_onset"] >= 0)].tolist())
    orphanet_onset = {i for i, d in enumerate(knowledge.disease_ids) if table.onset_classes_for(d)}
    print(f"onset: HPO annotates {len(with_hpo_onset)} diseases; Orphanet classes for "
          f"{len(orphanet_onset)}; Orphanet adds {len(orphanet_onset - with_hpo_onset)} "
          f"without an HPO onset")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA,
                        help=f"folder with the Orphanet and MONDO files (default {DEFAULT_DATA})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="where to write the tables (default: the package's knowledge/data)")
    parser.add_argument("--coverage", action="store_true",
                        help="print coverage of the diseases in the embedded HPO annotations")
    args = parser.parse_args(argv)
    tables = build_tables(args.data_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in tables.items():
        (args.out / name).write_text(text, encoding="utf-8", newline="\n")
        rows = text.count("\n") - 1
        print(f"wrote {args.out / name}: {rows} rows, {len(text.encode())} bytes")
    if args.coverage:
        print_coverage(PrevalenceTable(tables[PREVALENCE_FILE], tables[ONSET_FILE]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
