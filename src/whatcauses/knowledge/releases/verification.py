"""Full verification of a release's files: parse, compile and sanity-check them.

Runs on a staged copy, after the cheap checks of :mod:`.limits`. A release is rejected for
anything that makes it untrustworthy: a file cut short, files of two different releases,
annotations citing terms the ontology lacks, or counts far from the release in use.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from whatcauses.errors import DataError, ReleaseError
from whatcauses.knowledge.releases.manifest import Counts, FileRecord, ReleaseManifest, file_record
from whatcauses.knowledge.releases.tags import RELEASE_DATE
from whatcauses.knowledge.sources import DataFiles

if TYPE_CHECKING:
    from whatcauses.knowledge.base import Knowledge

# A new release may differ from the one it replaces by this factor in any count. HPO grows a
# few per cent per release; a file cut short or a wrong file shows up as a large drop.
MIN_COUNT_RATIO = 0.8
MAX_COUNT_RATIO = 2.0
# Share of annotations allowed to cite HPO ids missing from hp.obo. Consistent releases have
# none (the 2025-01-16 release has 0 of 271,702); the compiler itself only stops at 5 %.
MAX_UNKNOWN_TERM_SHARE = 0.01
# phenotype.hpoa announces its disease count per source in its header; a file that yields
# clearly fewer diseases was cut short (the header counts a couple of entries loosely).
MIN_ANNOUNCED_SHARE = 0.99


def verify_files(
    obo: Path,
    hpoa: Path,
    *,
    baseline: ReleaseManifest | None = None,
    expected_date: str | None = None,
    package_version: str | None = None,
    genes: Path | None = None,
) -> tuple[Counts, str, str, str]:
    """Parse and compile a release completely; return (counts, date, data-version, hpoa version).

    ``genes``, the release's genes_to_phenotype.txt when it has one, is compiled with it and
    must link at least one of its diseases.

    Builds the compiled cache as a side effect, so the engine starts at once on the new
    release. Raises :class:`ReleaseError` for anything that makes the release untrustworthy.
    """
    from whatcauses.knowledge.base import Knowledge
    from whatcauses.version import __version__

    for path in (obo, hpoa):
        if not path.is_file() or path.stat().st_size == 0:
            raise ReleaseError(f"{path.name} is missing or empty")
    # The cheap whole-file check first: it rejects a cut-off hp.obo before a full compile.
    dangling = dangling_parents(obo)
    if dangling:
        raise ReleaseError(
            f"hp.obo is incomplete: {len(dangling)} parent term(s) have no entry "
            f"(e.g. {', '.join(dangling[:3])}); the file was cut short"
        )
    try:
        knowledge = Knowledge.load(
            DataFiles(obo=obo, hpoa=hpoa, tag="candidate", genes=genes),
            package_version or __version__)
    except DataError as exc:
        raise ReleaseError(f"the release files do not parse: {exc}") from exc
    except (ValueError, KeyError, IndexError) as exc:
        raise ReleaseError(f"the release files are malformed: {exc!r}") from exc
    try:
        return _check_knowledge(knowledge, hpoa, baseline, expected_date)
    except ReleaseError:
        # A rejected release must not leave its compiled cache behind.
        if knowledge.cache_file is not None:
            knowledge.cache_file.unlink(missing_ok=True)
        raise


def _check_knowledge(
    knowledge: Knowledge,
    hpoa: Path,
    baseline: ReleaseManifest | None,
    expected_date: str | None,
) -> tuple[Counts, str, str, str]:
    counts = Counts(len(knowledge.ontology), knowledge.n_diseases, knowledge.n_annotations)
    date_match = RELEASE_DATE.search(knowledge.data_version)
    if not date_match:
        raise ReleaseError(
            "hp.obo states no release date (its 'data-version' header is "
            f"{knowledge.data_version or 'missing'!r})"
        )
    release_date = date_match.group(1)
    hpoa_date = RELEASE_DATE.search(knowledge.hpoa_version)
    if hpoa_date and hpoa_date.group(1) != release_date:
        raise ReleaseError(
            f"mismatched files: hp.obo is release {release_date} but phenotype.hpoa is "
            f"{hpoa_date.group(1)}"
        )
    if expected_date and expected_date != release_date:
        raise ReleaseError(
            f"asked for release {expected_date} but the files are release {release_date}"
        )
    unknown = int((knowledge.arrays["ann_term"] < 0).sum())
    if unknown > MAX_UNKNOWN_TERM_SHARE * counts.annotations:
        raise ReleaseError(
            f"{unknown} of {counts.annotations} annotations cite HPO ids missing from hp.obo: "
            "hp.obo is truncated or from another release"
        )
    announced = announced_diseases(hpoa_header(hpoa).get("description", ""))
    if announced and counts.diseases < MIN_ANNOUNCED_SHARE * announced:
        raise ReleaseError(
            f"phenotype.hpoa announces {announced} diseases but only {counts.diseases} were "
            "read: the file is truncated"
        )
    if knowledge.files is not None and knowledge.files.genes is not None and not len(
            knowledge.arrays["gene_disease"]):
        raise ReleaseError("genes_to_phenotype.txt links none of the release's diseases: it "
                           "is empty, truncated or from another release")
    if baseline is not None:
        compare_counts(counts, baseline.counts, baseline.tag)
    return counts, release_date, knowledge.data_version, knowledge.hpoa_version


def hpoa_header(path: Path) -> dict[str, str]:
    """The ``#key: value`` comment lines at the top of phenotype.hpoa."""
    header: dict[str, str] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
    return header


def dangling_parents(obo: Path) -> list[str]:
    """``is_a`` targets that have no stanza of their own.

    A complete hp.obo has none (obsolete terms keep their stanzas); a file cut short at a
    stanza boundary parses cleanly but loses the parents of some surviving terms.
    """
    declared: set[str] = set()
    parents: set[str] = set()
    in_term = False
    with obo.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("["):
                in_term = line.startswith("[Term]")
            elif in_term and line.startswith("id:"):
                declared.add(line[3:].strip())
            elif in_term and line.startswith("is_a:"):
                parents.add(line[5:].split("!", 1)[0].split("{", 1)[0].strip())
    return sorted(parents - declared)


def announced_diseases(description: str) -> int | None:
    """The disease count a phenotype.hpoa header announces, summed over its sources."""
    # e.g. 'HPO annotations for rare diseases [8359: OMIM; 47: DECIPHER; 4283 ORPHANET]'
    bracket = re.search(r"\[([^\]]*)\]", description)
    if not bracket:
        return None
    numbers = [int(n) for n in re.findall(r"\d+", bracket.group(1))]
    return sum(numbers) if numbers else None


def compare_counts(new: Counts, baseline: Counts, baseline_tag: str) -> None:
    for name in ("terms", "diseases", "annotations"):
        value, before = getattr(new, name), getattr(baseline, name)
        if before and not (MIN_COUNT_RATIO * before <= value <= MAX_COUNT_RATIO * before):
            raise ReleaseError(
                f"the new release has {value} {name} against {before} in release "
                f"{baseline_tag!r}, outside the sane range "
                f"({MIN_COUNT_RATIO:g}x-{MAX_COUNT_RATIO:g}x): a truncated or wrong file? "
                "(override with --skip-count-check)"
            )


def verify_mondo(path: Path) -> FileRecord:
    """Check a MONDO SSSOM mapping table has its columns and at least one row."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    columns = lines[0].rstrip("\n").split("\t") if lines else []
    if "subject_id" not in columns or "object_id" not in columns or len(lines) < 2:
        raise ReleaseError(f"{path.name} is not an SSSOM mapping table (no subject_id/object_id "
                           "header or no rows)")
    return file_record(path)
