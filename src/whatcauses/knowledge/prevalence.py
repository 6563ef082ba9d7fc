"""How common a disease is, and at what age it starts: Orphanet's epidemiology as package data.

The figures are Orphanet's (© INSERM / Orphanet, CC BY 4.0; show "Orphanet" wherever one is
used). ``scripts/build_orphanet_tables.py`` compiles them into ``knowledge/data/``, choosing one
estimate per Orphanet entry by the rule written in ``knowledge/data/README.md``; this module
reads those files once, on first use, and answers for ``ORPHA:`` ids and, through Orphanet's
exact mappings (else MONDO's: the same MONDO concept, credited "Orphanet, via MONDO exact
match"), for ``OMIM:`` ids.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from whatcauses.errors import DataError, UnknownDiseaseError
from whatcauses.knowledge.ids import normalize_disease_id

SOURCE_NAME = "Orphanet"
# How an OMIM entry reaches an Orphanet figure when Orphanet's own exact mappings do not give it
# one: MONDO (Mondo Disease Ontology, CC BY 4.0) matches both to one concept.
MONDO_LINK = "MONDO exact match"
PREVALENCE_FILE = "orphanet_prevalence.tsv"
ONSET_FILE = "orphanet_onset.tsv"
PREVALENCE_COLUMNS = (
    "orpha_id", "estimate_per_100000", "basis", "prevalence_class", "kind", "geography",
    "sources", "omim_exact", "omim_mondo",
)  # fmt: skip
ONSET_COLUMNS = ("orpha_id", "onset", "omim_exact")
INHERITANCE_FILE = "orphanet_inheritance.tsv"
FORMS_FILE = "orphanet_forms.tsv"
FORMS_COLUMNS = ("orpha_id", "form_of", "omim_exact")
# Orphanet's disorder types of an entry that is a form of another: its subtypes. A form of an
# entry of a grouping type (a category of diseases) is not recorded, nor an entry of such a
# type; any entry but a category under a clinical group is one of the group's forms.
FORM_TYPES = frozenset({"Clinical subtype", "Etiological subtype", "Histopathological subtype"})
GROUPING_TYPES = frozenset({"Category"})
CLINICAL_GROUP = "Clinical group"
INHERITANCE_COLUMNS = ("orpha_id", "inheritance")
GROUPS_FILE = "orphanet_groups.tsv"
GROUPS_COLUMNS = ("orpha_id", "groups", "omim_exact", "omim_mondo")
# Orphanet classification headings that name a kind of disease by its mechanism, as a student
# asks for it ("which lysosomal storage disease", "a ciliopathy with ..."; h-student1, issue
# 14): the build script lists every entry Orphanet classifies under one of them, through any
# of its parents (knowledge/categories.py reads them as category members, with the kinds of
# curated/category_words.yaml `orphanet_groups`).
ORPHANET_KIND_HEADINGS: Mapping[str, str] = MappingProxyType({
    "ORPHA:68366": "Lysosomal disease",
    "ORPHA:68373": "Peroxisomal disease",
    "ORPHA:68380": "Mitochondrial disease",
    "ORPHA:363250": "Ciliopathy",
})
# Orphanet's "type of inheritance" words as HPO terms under HP:0000005 Mode of inheritance
# (names as in hp.obo: HP:0001419 X-linked recessive inheritance, HP:0001426 Non-Mendelian
# inheritance for Orphanet's "Multigenic/multifactorial", HP:0032113 Semidominant inheritance).
# Orphanet's "Not applicable", "Unknown", "No data available" and "Not yet documented" name no
# mode.
ORPHANET_INHERITANCE_TERMS = MappingProxyType({
    "Autosomal dominant": "HP:0000006",
    "Autosomal recessive": "HP:0000007",
    "X-linked recessive": "HP:0001419",
    "X-linked dominant": "HP:0001423",
    "Mitochondrial inheritance": "HP:0001427",
    "Y-linked": "HP:0001450",
    "Semi-dominant": "HP:0032113",
    "Multigenic/multifactorial": "HP:0001426",
    "Oligogenic": "HP:0010983",
})
ORPHANET_NO_INHERITANCE = frozenset({"Not applicable", "Unknown", "No data available",
                                     "Not yet documented"})
LIST_SEPARATOR = "|"


class PrevalenceKind(StrEnum):
    """What an Orphanet figure counts."""

    POINT = "point prevalence"  # people living with the disease at a given time
    LIFETIME = "lifetime prevalence"  # people who have it at some time in their life
    BIRTH = "birth prevalence"  # affected newborns (live and still births)
    INCIDENCE = "annual incidence"  # new cases a year
    CASES = "cases/families"  # only single cases or families reported


# The order in which kinds are preferred when an entry has several (first is best): a point
# prevalence is what a prior over "which disease does this person have" needs; a lifetime
# prevalence is close to it; a birth prevalence overstates it when affected children die early;
# an annual incidence needs a duration to become a prevalence; case reports give no rate.
KIND_PREFERENCE: tuple[PrevalenceKind, ...] = tuple(PrevalenceKind)


class EstimateBasis(StrEnum):
    """Where an entry's number comes from."""

    REPORTED = "reported"  # Orphanet's mean value (per 100,000), consistent with its class
    CLASS = "class"  # the log-scale midpoint of Orphanet's class
    CASES = "cases"  # the stated ultra-rare figure for "Cases/families"
    # The log-scale midpoint of the class BELOW Orphanet's: the record's only source is a
    # European Medicines Agency orphan designation, which shows that a condition stays under a
    # threshold and so states a ceiling (the EMA notes that such conclusions "sometimes reflect
    # worst-case scenarios"; EMA, "European Medicines Agency publishes sources of orphan
    # disease prevalence data", news release).
    CEILING = "ceiling"


# A prevalence that is only known as an annual incidence becomes a prior by assuming each case
# lasts one year on average: the figure then counts the people who have the disease at some time
# in a year (a one-year period prevalence). Orphanet gives incidence mostly for acute, lethal or
# quickly treated conditions (rare cancers, infections, poisonings, neonatal disorders), for
# which a longer duration would overstate how many people have the disease at once.
INCIDENCE_DURATION_YEARS = 1.0

# "Cases/families" means only single cases or families are reported: one in 10 million
# (0.01 per 100,000), below the "<1 / 1 000 000" class whose midpoint is one in 3.2 million.
CASES_ONLY_PER_100000 = 0.01


@dataclass(frozen=True, slots=True)
class PrevalenceClass:
    """One of Orphanet's prevalence classes, with the range it stands for (per 100,000)."""

    text: str  # Orphanet's wording, e.g. "1-5 / 10 000"
    lower: float  # smallest value of the class
    upper: float  # largest value of the class (math.inf for the open top class)
    midpoint: float  # the log-scale midpoint used when no value is reported

    def contains(self, per_100000: float) -> bool:
        return self.lower <= per_100000 <= self.upper


def _class(text: str, lower: float, upper: float, midpoint: float) -> PrevalenceClass:
    return PrevalenceClass(text, lower, upper, midpoint)


# Orphanet's classes. The bounds make the classes contiguous (Orphanet writes "1-9 / 100 000"
# for 1 to just under 10 per 100,000). Midpoints are geometric means of the class's written
# ends, e.g. "1-5 / 10 000" -> sqrt(1 * 5) / 10,000; the two open classes take the midpoint of
# the decade beyond their bound: "<1 / 1 000 000" -> sqrt(0.1 * 1) / 1,000,000 (1 in 3.2
# million) and ">1 / 1000" -> sqrt(1 * 10) / 1,000 (1 in 316).
PREVALENCE_CLASSES: Mapping[str, PrevalenceClass] = MappingProxyType({
    c.text: c for c in (
        _class("<1 / 1 000 000", 0.0, 0.1, 100_000 * math.sqrt(0.1 * 1) / 1_000_000),
        _class("1-9 / 1 000 000", 0.1, 1.0, 100_000 * math.sqrt(1 * 9) / 1_000_000),
        _class("1-9 / 100 000", 1.0, 10.0, 100_000 * math.sqrt(1 * 9) / 100_000),
        _class("1-5 / 10 000", 10.0, 60.0, 100_000 * math.sqrt(1 * 5) / 10_000),
        _class("6-9 / 10 000", 60.0, 100.0, 100_000 * math.sqrt(6 * 9) / 10_000),
        _class(">1 / 1000", 100.0, math.inf, 100_000 * math.sqrt(1 * 10) / 1_000),
    )
})  # fmt: skip

# Orphanet's age-of-onset classes as age ranges in years, [lower, upper), in age order. The
# Orphanet files carry the names only; the ranges are those set in issue 12 (neonatal 0-0.08,
# infancy 0.08-2, childhood 2-11, adolescent 12-18, adult 19-65, elderly over 65), made
# contiguous (childhood runs to the 12th birthday) so that every age falls in a class.
# Antenatal follows the HPO convention of knowledge/onset.py (before birth is -1..0); neonatal
# is the first 28 days. "All ages" covers them all.
ORPHANET_ONSET_YEARS: Mapping[str, tuple[float, float]] = MappingProxyType({
    "Antenatal": (-1.0, 0.0),
    "Neonatal": (0.0, 28 / 365.25),
    "Infancy": (28 / 365.25, 2.0),
    "Childhood": (2.0, 12.0),
    "Adolescent": (12.0, 19.0),
    "Adult": (19.0, 65.0),
    "Elderly": (65.0, 120.0),
    "All ages": (-1.0, 120.0),
})

_CLASS_WORDS = re.compile(r"^([<>]?)(\d+)(?:-(\d+))? / ([\d ]+)$")


def _significant(value: float, digits: int = 2) -> float:
    """``value`` rounded to ``digits`` significant figures."""
    if value <= 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(value)))


def share_words(per_100000: float) -> str:
    """A share of people in words: "about 1 in 2,000", or "about 72 in 100" when more than
    two in five have it ("1 in 1" said nothing of a 72% figure)."""
    if per_100000 > 40_000:
        return f"about {round(per_100000 / 1000):,} in 100"
    one_in = _significant(100_000 / per_100000) if per_100000 > 0 else 0
    return f"about 1 in {one_in:,.0f}"


def _number(value: float) -> str:
    """A count for a sentence: thousands separators, no trailing ``.0``."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,g}"


_RATE_DENOMINATORS = (100_000, 1_000_000, 10_000_000)


def _rate_words(per_100000: float) -> tuple[str, str]:
    """A rate as (count, denominator), the denominator the first that gives a count of 1+."""
    denominator = next(
        (d for d in _RATE_DENOMINATORS if per_100000 * d / 100_000 >= 1), _RATE_DENOMINATORS[-1]
    )
    return _number(_significant(per_100000 * denominator / 100_000)), _number(denominator)


@dataclass(frozen=True, slots=True)
class PrevalenceEstimate:
    """How common a disease is, by one figure from Orphanet (with what it counts and where)."""

    orpha_id: str  # the Orphanet entry the figure belongs to
    per_100000: float  # people (or births, or new cases a year) per 100,000, as ``kind`` says
    prevalence_class: str  # Orphanet's class text, e.g. "1-5 / 10 000" ("" for case reports)
    kind: PrevalenceKind
    geography: str  # "Worldwide", "Europe", a country, or "Specific population"
    sources: tuple[str, ...]  # Orphanet's sources for the figure: "PMID:123", "ORPHANET", ...
    basis: EstimateBasis
    source_name: str = SOURCE_NAME
    # "" for the entry's own figure (an ORPHA id, or an OMIM id Orphanet maps as exact);
    # MONDO_LINK for an OMIM id that only MONDO equates with the entry.
    link: str = ""

    @property
    def prior_per_100000(self) -> float:
        """The figure as people with the disease per 100,000, for a prior.

        A birth prevalence stands for a point prevalence as it is; an incidence is multiplied
        by :data:`INCIDENCE_DURATION_YEARS`.
        """
        if self.kind is PrevalenceKind.INCIDENCE:
            return self.per_100000 * INCIDENCE_DURATION_YEARS
        return self.per_100000

    @property
    def one_in(self) -> int:
        """The figure as "1 in N", N rounded to two significant figures."""
        return int(_significant(100_000 / self.per_100000))

    def phrase(self) -> str:
        """A plain phrase with its source, e.g. "about 1 in 2,000 people (Orphanet)".

        A figure that is not worldwide names its geography: "(Orphanet, Europe)"; a figure
        reached through MONDO says so: "(Orphanet, via MONDO exact match)".
        """
        via = f", via {self.link}" if self.link else ""
        if self.geography in ("", "Worldwide"):
            return f"{self._figure_words()} ({self.source_name}{via})"
        place = "a specific population" if self.geography == "Specific population" else (
            self.geography
        )
        return f"{self._figure_words()} ({self.source_name}, {place}{via})"

    def _figure_words(self) -> str:
        if self.kind is PrevalenceKind.CASES:
            return "only single cases or families reported"
        if self.kind is PrevalenceKind.INCIDENCE:
            if self.basis is EstimateBasis.REPORTED:
                count, per = _rate_words(self.per_100000)
                cases = "new case" if count == "1" else "new cases"
                return f"about {count} {cases} per {per} people a year"
            bound, denominator = self._class_range()
            cases = "new cases" if " to " in bound else "new case"
            return f"{bound} {cases} per {denominator} people a year"
        population = {
            PrevalenceKind.BIRTH: "births",
            PrevalenceKind.LIFETIME: "people at some time in their life",
        }.get(self.kind, "people")
        if self.basis is EstimateBasis.REPORTED:
            return f"{share_words(self.per_100000)} {population}"
        bound, denominator = self._class_range()
        if self.basis is EstimateBasis.CEILING:
            top = bound.split(" to ")[-1].removeprefix("fewer than ").removeprefix("more than ")
            return f"fewer than {top} in {denominator} {population} (an upper bound)"
        return f"{bound} in {denominator} {population}"

    def _class_range(self) -> tuple[str, str]:
        """Orphanet's class in words: "1-5 / 10 000" -> ("1 to 5", "10,000")."""
        match = _CLASS_WORDS.match(self.prevalence_class)
        if not match:
            raise DataError(f"{self.orpha_id}: unknown prevalence class {self.prevalence_class!r}")
        sign, low, high, denominator = match.groups()
        per = f"{int(denominator.replace(' ', '')):,}"
        bound = {"<": f"fewer than {low}", ">": f"more than {low}"}.get(sign, f"{low} to {high}")
        return bound, per

    def to_dict(self) -> dict[str, Any]:
        return {
            "orpha_id": self.orpha_id, "per_100000": self.per_100000,
            "prior_per_100000": self.prior_per_100000,
            "prevalence_class": self.prevalence_class, "kind": self.kind.value,
            "geography": self.geography, "sources": list(self.sources),
            "basis": self.basis.value, "source_name": self.source_name, "link": self.link,
            "phrase": self.phrase(),
        }  # fmt: skip


def _split(field: str) -> tuple[str, ...]:
    return tuple(part for part in field.split(LIST_SEPARATOR) if part)


def _rows(text: str, columns: tuple[str, ...], name: str) -> list[dict[str, str]]:
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != columns:
        raise DataError(f"{name}: expected the columns {', '.join(columns)}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(columns):
            raise DataError(f"{name} line {number}: {len(fields)} fields, not {len(columns)}")
        rows.append(dict(zip(columns, fields, strict=True)))
    return rows


def _estimate(row: dict[str, str], name: str) -> PrevalenceEstimate:
    try:
        estimate = PrevalenceEstimate(
            orpha_id=normalize_disease_id(row["orpha_id"]),
            per_100000=float(row["estimate_per_100000"]),
            prevalence_class=row["prevalence_class"],
            kind=PrevalenceKind(row["kind"]),
            geography=row["geography"],
            sources=_split(row["sources"]),
            basis=EstimateBasis(row["basis"]),
        )
    except (ValueError, UnknownDiseaseError) as exc:
        raise DataError(f"{name}: bad row for {row['orpha_id']}: {exc}") from exc
    if not estimate.per_100000 > 0:
        raise DataError(f"{name}: {row['orpha_id']} has a figure that is not positive")
    if estimate.basis is not EstimateBasis.CASES and (
        estimate.prevalence_class not in PREVALENCE_CLASSES
    ):
        raise DataError(f"{name}: {row['orpha_id']} has an unknown class")
    return estimate


def _preference(estimate: PrevalenceEstimate) -> tuple[int, float, int]:
    """Sort key among the Orphanet entries an OMIM id maps to (first is taken)."""
    number = int(estimate.orpha_id.partition(":")[2])
    return (KIND_PREFERENCE.index(estimate.kind), estimate.per_100000, number)


class PrevalenceTable:
    """Orphanet prevalence estimates and onset classes by disease id. Immutable after build."""

    def __init__(self, prevalence_tsv: str, onset_tsv: str) -> None:
        by_orpha: dict[str, PrevalenceEstimate] = {}
        by_omim: dict[str, list[PrevalenceEstimate]] = defaultdict(list)
        by_mondo: dict[str, list[PrevalenceEstimate]] = defaultdict(list)
        try:
            for row in _rows(prevalence_tsv, PREVALENCE_COLUMNS, PREVALENCE_FILE):
                estimate = _estimate(row, PREVALENCE_FILE)
                by_orpha[estimate.orpha_id] = estimate
                for omim in _split(row["omim_exact"]):
                    by_omim[normalize_disease_id(omim)].append(estimate)
                for omim in _split(row["omim_mondo"]):
                    by_mondo[normalize_disease_id(omim)].append(estimate)
            onset_by_id: dict[str, list[str]] = defaultdict(list)
            for row in _rows(onset_tsv, ONSET_COLUMNS, ONSET_FILE):
                classes = _split(row["onset"])
                unknown = set(classes) - set(ORPHANET_ONSET_YEARS)
                if unknown:
                    raise DataError(f"{ONSET_FILE}: unknown onset classes {sorted(unknown)}")
                for disease in (row["orpha_id"], *_split(row["omim_exact"])):
                    onset_by_id[normalize_disease_id(disease)].extend(classes)
        except UnknownDiseaseError as exc:  # a bad id in our own file is a data error
            raise DataError(f"Orphanet tables: {exc}") from exc
        self._estimates: dict[str, PrevalenceEstimate] = dict(by_orpha)
        # One OMIM entry mapped to several Orphanet entries takes the best kind, then the
        # smaller figure (the OMIM entry is usually the narrower disease), then the lower id.
        for omim, candidates in by_omim.items():
            self._estimates[omim] = min(candidates, key=_preference)
        # An OMIM id without an exact Orphanet mapping that has a figure takes, by the same
        # rule, the figure of the Orphanet entries MONDO matches to the same concept.
        for omim, candidates in by_mondo.items():
            if omim not in self._estimates:
                self._estimates[omim] = replace(min(candidates, key=_preference), link=MONDO_LINK)
        order = list(ORPHANET_ONSET_YEARS)
        self._onsets: dict[str, tuple[str, ...]] = {
            disease: tuple(sorted(set(classes), key=order.index))
            for disease, classes in onset_by_id.items()
        }

    @classmethod
    def from_directory(cls, directory: Path) -> PrevalenceTable:
        """The tables written by the build script into ``directory``."""
        try:
            prevalence = (directory / PREVALENCE_FILE).read_text(encoding="utf-8")
            onset = (directory / ONSET_FILE).read_text(encoding="utf-8")
        except OSError as exc:
            raise DataError(f"Orphanet tables are unreadable: {exc}") from exc
        return cls(prevalence, onset)

    def __len__(self) -> int:
        """How many disease ids (ORPHA and OMIM) have an estimate."""
        return len(self._estimates)

    def prevalence_for(self, disease_id: str) -> PrevalenceEstimate | None:
        """The estimate for an ``ORPHA:``/``OMIM:`` id, or None when Orphanet gives none."""
        return self._estimates.get(normalize_disease_id(disease_id))

    def onset_classes_for(self, disease_id: str) -> tuple[str, ...]:
        """Orphanet's onset classes of a disease, in age order (empty when none are given)."""
        return self._onsets.get(normalize_disease_id(disease_id), ())

    def onset_range_for(self, disease_id: str) -> tuple[float, float] | None:
        """The ages in years, [lower, upper), over which the disease's onset classes run."""
        classes = self.onset_classes_for(disease_id)
        if not classes:
            return None
        ranges = [ORPHANET_ONSET_YEARS[c] for c in classes]
        return min(r[0] for r in ranges), max(r[1] for r in ranges)


def _packaged_table(file: str) -> str:
    """The text of one of the Orphanet tables shipped in the package's data folder."""
    try:
        return (resources.files("whatcauses.knowledge").joinpath("data").joinpath(file)
                .read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError(f"the packaged Orphanet tables are missing: {exc}") from exc


@lru_cache(maxsize=1)
def orphanet_table() -> PrevalenceTable:
    """The table shipped with the package, read on first use."""
    return PrevalenceTable(_packaged_table(PREVALENCE_FILE), _packaged_table(ONSET_FILE))


def parse_inheritance(text: str, name: str = INHERITANCE_FILE) -> Mapping[str, tuple[str, ...]]:
    """ORPHA id -> the HPO mode-of-inheritance ids of Orphanet's words (a table as the build
    script writes it)."""
    modes: dict[str, tuple[str, ...]] = {}
    for row in _rows(text, INHERITANCE_COLUMNS, name):
        words = _split(row["inheritance"])
        unknown = set(words) - set(ORPHANET_INHERITANCE_TERMS)
        if unknown:
            raise DataError(f"{name}: unknown Orphanet inheritance {sorted(unknown)}")
        modes[normalize_disease_id(row["orpha_id"])] = tuple(
            ORPHANET_INHERITANCE_TERMS[w] for w in words)
    return MappingProxyType(modes)


@lru_cache(maxsize=1)
def orphanet_inheritance() -> Mapping[str, tuple[str, ...]]:
    """Orphanet's modes of inheritance per ORPHA id, as HPO ids (the packaged table)."""
    return parse_inheritance(_packaged_table(INHERITANCE_FILE))


def parse_forms(text: str, name: str = FORMS_FILE) -> Mapping[str, tuple[str, ...]]:
    """ORPHA id of a disease -> the ids of its forms (each form's ORPHA id, then the OMIM ids
    Orphanet maps as exactly equivalent to it), from a table as the build script writes it."""
    forms: dict[str, list[str]] = defaultdict(list)
    for row in _rows(text, FORMS_COLUMNS, name):
        listed = forms[normalize_disease_id(row["form_of"])]
        for raw in (row["orpha_id"], *_split(row["omim_exact"])):
            form = normalize_disease_id(raw)
            if form not in listed:
                listed.append(form)
    return MappingProxyType({group: tuple(ids) for group, ids in forms.items()})


@lru_cache(maxsize=1)
def orphanet_forms() -> Mapping[str, tuple[str, ...]]:
    """Orphanet's forms per ORPHA id of the disease they are forms of (the packaged table)."""
    return parse_forms(_packaged_table(FORMS_FILE))


def parse_groups(text: str, name: str = GROUPS_FILE) -> Mapping[str, frozenset[str]]:
    """Disease id (each entry's ORPHA id, the OMIM ids Orphanet maps as exactly equivalent to
    it and those only MONDO equates with it) -> the headings of
    :data:`ORPHANET_KIND_HEADINGS` Orphanet classifies it under, from a table as the build
    script writes it."""
    groups: dict[str, set[str]] = defaultdict(set)
    for row in _rows(text, GROUPS_COLUMNS, name):
        headings = set(_split(row["groups"]))
        unknown = headings - set(ORPHANET_KIND_HEADINGS)
        if unknown:
            raise DataError(f"{name}: unknown Orphanet headings {sorted(unknown)}")
        for raw in (row["orpha_id"], *_split(row["omim_exact"]), *_split(row["omim_mondo"])):
            groups[normalize_disease_id(raw)] |= headings
    return MappingProxyType({d: frozenset(h) for d, h in groups.items()})


@lru_cache(maxsize=1)
def orphanet_groups() -> Mapping[str, frozenset[str]]:
    """The kind headings each disease is classified under by Orphanet (the packaged table)."""
    return parse_groups(_packaged_table(GROUPS_FILE))


def parse_exact_pairs(tables: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """The (ORPHA id, OMIM id) pairs Orphanet maps as exactly equivalent, one to one: each id
    of a pair is in no other pair. ``tables``: file name -> text of tables as the build script
    writes them (each has the columns ``orpha_id`` and ``omim_exact``). An entry mapped to
    several entries of the other source is left out (one in this release: OMIM:271245 to
    ORPHA:1186 and ORPHA:363534): which of them it is the same as the table cannot say."""
    columns = {PREVALENCE_FILE: PREVALENCE_COLUMNS, ONSET_FILE: ONSET_COLUMNS,
               FORMS_FILE: FORMS_COLUMNS, GROUPS_FILE: GROUPS_COLUMNS}
    raw: set[tuple[str, str]] = set()
    for name, text in tables.items():
        # Only two columns are read, so the rows stay lists (it runs before the first answer).
        lines = text.splitlines()
        header = columns[name]
        if not lines or tuple(lines[0].split("\t")) != header:
            raise DataError(f"{name}: expected the columns {', '.join(header)}")
        orpha_at, omim_at = header.index("orpha_id"), header.index("omim_exact")
        for number, line in enumerate(lines[1:], start=2):
            fields = line.split("\t")
            if len(fields) != len(header):
                raise DataError(f"{name} line {number}: {len(fields)} fields, not {len(header)}")
            raw.update((fields[orpha_at], omim) for omim in _split(fields[omim_at]))
    pairs = {(normalize_disease_id(orpha), normalize_disease_id(omim)) for orpha, omim in raw}
    per_id: dict[str, int] = defaultdict(int)
    for orpha, omim in pairs:
        per_id[orpha] += 1
        per_id[omim] += 1
    return tuple(sorted((orpha, omim) for orpha, omim in pairs
                        if per_id[orpha] == 1 and per_id[omim] == 1))


@lru_cache(maxsize=1)
def orphanet_exact_pairs() -> tuple[tuple[str, str], ...]:
    """The one-to-one exact ORPHA-OMIM pairs of every packaged table (:func:`parse_exact_pairs`;
    each table lists the mappings of the entries it holds, together 3,236 pairs)."""
    return parse_exact_pairs({name: _packaged_table(name) for name in (
        PREVALENCE_FILE, ONSET_FILE, FORMS_FILE, GROUPS_FILE)})


def prevalence_for(disease_id: str) -> PrevalenceEstimate | None:
    """Orphanet's estimate of how common a disease is (``ORPHA:`` or ``OMIM:`` id), or None."""
    return orphanet_table().prevalence_for(disease_id)


def onset_classes_for(disease_id: str) -> tuple[str, ...]:
    """Orphanet's age-of-onset classes of a disease, in age order."""
    return orphanet_table().onset_classes_for(disease_id)


def onset_range_for(disease_id: str) -> tuple[float, float] | None:
    """The ages in years over which a disease's Orphanet onset classes run, or None."""
    return orphanet_table().onset_range_for(disease_id)
