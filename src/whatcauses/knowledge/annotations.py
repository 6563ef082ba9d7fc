"""A reader for the HPO disease annotation file ``phenotype.hpoa`` (format of 2021 onwards)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from whatcauses.errors import DataError

COLUMNS = (
    "database_id",
    "disease_name",
    "qualifier",
    "hpo_id",
    "reference",
    "evidence",
    "onset",
    "frequency",
    "sex",
    "modifier",
    "aspect",
    "biocuration",
)

# Frequency classes of the HPO "Frequency" sub-ontology, as the midpoint of each class' range
# (HP:0040281 very frequent is 80-99 %, and so on); HP:0040285 "Excluded" means 0 %.
FREQUENCY_TERMS: dict[str, float] = {
    "HP:0040280": 1.0,
    "HP:0040281": 0.895,
    "HP:0040282": 0.545,
    "HP:0040283": 0.17,
    "HP:0040284": 0.025,
    "HP:0040285": 0.0,
}

_RATIO = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


@dataclass(frozen=True, slots=True)
class Annotation:
    """One row of phenotype.hpoa."""

    disease_id: str
    disease_name: str
    negated: bool
    hpo_id: str
    references: tuple[str, ...]
    evidence: str
    onset: str
    frequency_text: str
    frequency: float | None
    sex: str
    modifiers: tuple[str, ...]
    aspect: str
    biocuration: str
    # Where ``frequency`` comes from when phenotype.hpoa records none: the sources of a curated
    # fact sheet's figure (compile._sheet_frequencies); empty for a frequency of the row itself.
    frequency_sources: tuple[str, ...] = ()


def parse_frequency(text: str) -> float | None:
    """Turn any of the three frequency forms into a probability; ``None`` when not stated.

    >>> parse_frequency("HP:0040281"), parse_frequency("3/4"), parse_frequency("12.5%")
    (0.895, 0.75, 0.125)
    """
    value = text.strip()
    if not value:
        return None
    if value in FREQUENCY_TERMS:
        return FREQUENCY_TERMS[value]
    ratio = _RATIO.match(value)
    if ratio:
        numerator, denominator = int(ratio.group(1)), int(ratio.group(2))
        if denominator == 0 or numerator > denominator:
            raise DataError(f"impossible frequency {value!r}")
        return numerator / denominator
    percent = _PERCENT.match(value)
    if percent:
        share = float(percent.group(1)) / 100.0
        if share > 1.0:
            raise DataError(f"impossible frequency {value!r}")
        return share
    raise DataError(f"unreadable frequency {value!r}")


@dataclass(frozen=True, slots=True)
class AnnotationFile:
    """The parsed file: its header facts and its rows."""

    version: str
    rows: tuple[Annotation, ...]


def parse_hpoa(lines: Iterable[str]) -> AnnotationFile:
    """Parse phenotype.hpoa given as lines; raises :class:`DataError` on a malformed file."""
    version = ""
    rows: list[Annotation] = []
    header_seen = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#version:"):
                version = line.split(":", 1)[1].strip()
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != COLUMNS:
                raise DataError(
                    "phenotype.hpoa has an unexpected header; expected the columns "
                    + ", ".join(COLUMNS)
                )
            header_seen = True
            continue
        if len(fields) != len(COLUMNS):
            raise DataError(
                f"phenotype.hpoa line {number}: expected {len(COLUMNS)} columns, "
                f"found {len(fields)}"
            )
        try:
            frequency = parse_frequency(fields[7])
        except DataError as exc:
            raise DataError(f"phenotype.hpoa line {number}: {exc}") from exc
        rows.append(
            Annotation(
                disease_id=fields[0],
                disease_name=fields[1],
                negated=fields[2].strip().upper() == "NOT",
                hpo_id=fields[3],
                references=tuple(r for r in fields[4].split(";") if r),
                evidence=fields[5],
                onset=fields[6],
                frequency_text=fields[7],
                frequency=frequency,
                sex=fields[8].upper(),
                modifiers=tuple(m for m in fields[9].split(";") if m),
                aspect=fields[10],
                biocuration=fields[11],
            )
        )
    if not header_seen or not rows:
        raise DataError(
            "phenotype.hpoa has no annotation rows: empty or not an HPO annotation file"
        )
    return AnnotationFile(version=version, rows=tuple(rows))
