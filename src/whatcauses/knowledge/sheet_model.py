"""The fact-sheet types every curated disease description is read as, and their compact form.

A fact sheet (curated/facts) or a condition profile (curated/conditions, seen as a sheet by
:func:`whatcauses.knowledge.sheets.profile_sheet`) is validated once, when the sheet table is
compiled, and stored in the compact form below (lists of JSON values, no keys repeated per
statement). Answers rebuild the dataclasses from it without the YAML parser or the validators:
the answer path imports this module, not :mod:`whatcauses.knowledge.facts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, cast, get_args

SECTIONS = ("summary", "findings", "mechanism", "diagnosis", "management", "red_flags")

PrevalenceKind = Literal[
    "point prevalence", "lifetime prevalence", "annual incidence", "birth prevalence"
]
PREVALENCE_KINDS: tuple[str, ...] = get_args(PrevalenceKind)

# The HPO frequency classes a fact-sheet finding may carry: a condition profile's
# (conditions.FrequencyClass), less "excluded" (a sheet's findings are what the disease shows).
SheetFrequencyClass = Literal["obligate", "very frequent", "frequent", "occasional", "very rare"]
SHEET_FREQUENCY_CLASSES: tuple[str, ...] = get_args(SheetFrequencyClass)


@dataclass(frozen=True, slots=True)
class FindingFrequency:
    """How often a fact-sheet finding is seen, from a cited source: an HPO frequency class
    (the meaning a condition profile gives it) and ``basis``, the figure the source gives."""

    frequency: SheetFrequencyClass
    basis: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Statement:
    text: str
    sources: tuple[str, ...]
    hpo: tuple[str, ...] = ()
    versus: tuple[str, ...] = ()
    # A finding's sourced frequency (fact sheets' `findings` only); it applies to every id in
    # ``hpo``.
    frequency: FindingFrequency | None = None


@dataclass(frozen=True, slots=True)
class ExposureStatement:
    """An exposure the disease's sources name ("tick-bite"), said in one sourced sentence.

    ``necessary``: the disease is defined by this exposure (sunburn by ultraviolet light): it
    does not occur without it, or without another exposure of the same disease marked
    necessary. A question that names none of them weighs the disease down
    (whatcauses.rank.exposures.UNNAMED_WEIGHT).

    ``relative_risk``: how many times more often the exposed get the disease than the
    unexposed, as a source of the statement gives it (its text says the figure); a question
    naming the exposure then weighs the disease by at most that much
    (whatcauses.rank.exposures.exposure_weights). ``None``: no figure, the usual weight."""

    key: str
    text: str
    sources: tuple[str, ...]
    necessary: bool = False
    relative_risk: float | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    id: str
    title: str
    year: int | None


@dataclass(frozen=True, slots=True)
class SheetPrevalence:
    """How common the disease is, from a cited source: a figure per 100,000 of `population`."""

    per_100000: float
    kind: PrevalenceKind
    population: str
    text: str
    sources: tuple[str, ...]
    setting: str | None = None  # a key of PREVALENCE_SETTINGS; None: a general population


@dataclass(frozen=True, slots=True)
class FactSheet:
    file: str
    id: str
    same_as: tuple[str, ...]
    name: str
    categories: tuple[str, ...]
    sections: dict[str, tuple[Statement, ...]]
    distinguishing: tuple[Statement, ...]
    references: dict[str, Reference]
    prevalence: SheetPrevalence | None = None
    exposures: tuple[ExposureStatement, ...] = ()
    # The typical onset range in years and its sources: a condition profile's, or a fact
    # sheet's `onset` block (facts/SCHEMA.md), None when the sheet has none
    onset: tuple[float, float] | None = None
    onset_sources: tuple[str, ...] = ()
    # A condition profile's sources for who it affects (its `sex` block), if it has one
    sex_sources: tuple[str, ...] = ()
    # same_as ids that rank apart from the sheet's own entry (a form, subtype or familial
    # entry of the disease rather than another record of it): they share its figure and sheet
    # but are not joined into its twin group (facts/SCHEMA.md, "same_as and ranks_apart")
    ranks_apart: tuple[str, ...] = ()
    # Everyday names of the disease ("lupus"), beside its name (facts/SCHEMA.md, "lay_names")
    lay_names: tuple[str, ...] = ()
    # Series forms of the disease (OMIM's numbered and susceptibility entries, "Parkinson
    # disease 8"): they rank as one candidate with it in plain-language questions but lend it
    # no figure, onset ages, sex ratio or findings (facts/SCHEMA.md, "includes: series
    # forms"); not among ``ids``
    includes: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.id, *self.same_as)

    @property
    def twin_ids(self) -> tuple[str, ...]:
        """The ids that rank as one candidate: the sheet's own and its same_as ids other
        than those that rank apart."""
        return tuple(i for i in self.ids if i not in self.ranks_apart)

    def section(self, name: str) -> tuple[Statement, ...]:
        return self.sections.get(name, ())


# ---- the compact form: what the compiled sheet table stores per sheet ----


def _encode_statement(statement: Statement) -> list[Any]:
    how_often = statement.frequency
    return [statement.text, list(statement.sources), list(statement.hpo),
            list(statement.versus),
            None if how_often is None else [how_often.frequency, how_often.basis,
                                            list(how_often.sources)]]


def _decode_statement(raw: list[Any]) -> Statement:
    text, sources, hpo, versus, how_often = raw
    return Statement(text, tuple(sources), tuple(hpo), tuple(versus),
                     None if how_often is None else FindingFrequency(
                         cast(SheetFrequencyClass, how_often[0]), how_often[1],
                         tuple(how_often[2])))


def encode_sheet(sheet: FactSheet) -> list[Any]:
    """A validated sheet as JSON values: [file, id, same_as, name, categories, sections,
    distinguishing, references, prevalence, exposures, onset, onset_sources, sex_sources,
    ranks_apart, lay_names, includes];
    :func:`decode_sheet` inverts it."""
    figure = sheet.prevalence
    return [
        sheet.file, sheet.id, list(sheet.same_as), sheet.name, list(sheet.categories),
        [[name, [_encode_statement(s) for s in statements]]
         for name, statements in sheet.sections.items()],
        [_encode_statement(s) for s in sheet.distinguishing],
        [[r.id, r.title, r.year] for r in sheet.references.values()],
        None if figure is None else [figure.per_100000, figure.kind, figure.population,
                                     figure.text, list(figure.sources), figure.setting],
        [[e.key, e.text, list(e.sources), e.necessary] for e in sheet.exposures],
        None if sheet.onset is None else list(sheet.onset),
        list(sheet.onset_sources),
        list(sheet.sex_sources),
        list(sheet.ranks_apart),
        list(sheet.lay_names),
        list(sheet.includes),
    ]


def decode_sheet(raw: list[Any]) -> FactSheet:
    """The sheet :func:`encode_sheet` stored (no validation: it was validated when compiled)."""
    (file, disease_id, same_as, name, categories, sections, distinguishing, references,
     figure, exposures, onset, onset_sources, sex_sources, ranks_apart, lay_names,
     includes) = raw
    return FactSheet(
        file=file,
        id=disease_id,
        same_as=tuple(same_as),
        name=name,
        categories=tuple(categories),
        sections={section: tuple(_decode_statement(s) for s in statements)
                  for section, statements in sections},
        distinguishing=tuple(_decode_statement(s) for s in distinguishing),
        references={ref_id: Reference(ref_id, title, year) for ref_id, title, year in references},
        prevalence=None if figure is None else SheetPrevalence(
            per_100000=figure[0], kind=cast(PrevalenceKind, figure[1]), population=figure[2],
            text=figure[3], sources=tuple(figure[4]), setting=figure[5]),
        exposures=tuple(ExposureStatement(key, text, tuple(sources), necessary)
                        for key, text, sources, necessary in exposures),
        onset=None if onset is None else (onset[0], onset[1]),
        onset_sources=tuple(onset_sources),
        sex_sources=tuple(sex_sources),
        ranks_apart=tuple(ranks_apart),
        lay_names=tuple(lay_names),
        includes=tuple(includes),
    )
