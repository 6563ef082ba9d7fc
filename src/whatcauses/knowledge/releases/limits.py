"""Cheap checks that run before a release file is copied or downloaded in full.

A file offered as ``hp.obo``, ``phenotype.hpoa`` or ``genes_to_phenotype.txt`` must begin like
one and stay under a size cap; both are checked on the first bytes and the announced size, so a
wrong file (an HTML error page, a 2 GB disk image) is refused in milliseconds instead of after a
full copy and parse. The full verification (:mod:`.verification`) still runs on whatever passes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from whatcauses.errors import ReleaseError
from whatcauses.knowledge.annotations import COLUMNS
from whatcauses.knowledge.genes import GENE_COLUMNS
from whatcauses.knowledge.sources import GENES_NAME, HPOA_NAME, OBO_NAME

MONDO_FILES = ("mondo_exactmatch_omim.sssom.tsv", "mondo_exactmatch_orphanet.sssom.tsv")

_MIB = 1024 * 1024
# Largest file accepted under each name. The HPO release of 2025-01-16 has a 10 MB hp.obo and
# a 34 MB phenotype.hpoa, a 20 MB genes_to_phenotype.txt, MONDO's exact-match tables are about
# 2 MB each; the caps leave roughly tenfold room for growth and stop anything far larger before
# it is copied.
MAX_FILE_BYTES: dict[str, int] = {
    OBO_NAME: 128 * _MIB,
    HPOA_NAME: 384 * _MIB,
    GENES_NAME: 256 * _MIB,
    **dict.fromkeys(MONDO_FILES, 64 * _MIB),
}
# How much of a file's beginning the header check reads: far more than any of the headers
# (hp.obo's first line, phenotype.hpoa's few comment lines and column line, SSSOM's curie map).
HEADER_BYTES = 64 * 1024
COPY_CHUNK_BYTES = 1 << 20


def size_limit(name: str) -> int:
    return MAX_FILE_BYTES[name]


def check_size(name: str, size: int) -> None:
    """Refuse a file that is empty or larger than its cap."""
    if size == 0:
        raise ReleaseError(f"{name} is missing or empty")
    limit = size_limit(name)
    if size > limit:
        raise ReleaseError(
            f"{name} is {size:,} bytes, over the {limit:,}-byte limit for that file "
            f"(about ten times a current HPO release): it is not an HPO release file"
        )


def check_header(name: str, head: bytes, *, whole_file: bool) -> None:
    """Refuse a file whose first bytes are not the header of the file it claims to be.

    ``head`` is the file's beginning (up to :data:`HEADER_BYTES`); unless ``whole_file``, its
    last line may be cut and is ignored.
    """
    if b"\x00" in head:
        raise ReleaseError(f"{name} is binary data, not a text file of an HPO release")
    if not whole_file:
        head = head[: head.rfind(b"\n") + 1]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        raise ReleaseError(f"{name} is not UTF-8 text, so not a file of an HPO release") from None
    lines = [line.rstrip("\r") for line in text.lstrip("\ufeff").split("\n") if line.strip()]
    if name == OBO_NAME:
        _check_obo_header(lines)
    elif name == HPOA_NAME:
        _check_table_header(name, lines, lambda columns: tuple(columns) == COLUMNS,
                            "the HPO annotation columns (" + ", ".join(COLUMNS[:4]) + ", ...)")
    elif name == GENES_NAME:
        _check_table_header(name, lines,
                            lambda columns: tuple(columns[:len(GENE_COLUMNS)]) == GENE_COLUMNS,
                            "HPO's gene table (" + ", ".join(GENE_COLUMNS[:3]) + ", ...)")
    elif name in MONDO_FILES:
        _check_table_header(name, lines, lambda c: "subject_id" in c and "object_id" in c,
                            "an SSSOM mapping table (subject_id ... object_id)")


def _check_obo_header(lines: list[str]) -> None:
    first = lines[0] if lines else ""
    if not first.startswith("format-version:"):
        raise ReleaseError(
            f"{OBO_NAME} is not an OBO ontology: it should begin with a 'format-version:' line "
            f"but begins with {first[:40]!r}"
        )


def _check_table_header(
    name: str, lines: list[str], accept: Callable[[list[str]], bool], wanted: str
) -> None:
    table = next((line for line in lines if not line.startswith("#")), None)
    if table is None or not accept(table.split("\t")):
        shown = "no column header" if table is None else f"the header {table[:40]!r}"
        raise ReleaseError(f"{name} is not {wanted}: its first lines have {shown}")


def read_head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEADER_BYTES)


def check_source_file(name: str, path: Path) -> None:
    """Size cap and header check of a local file, reading at most :data:`HEADER_BYTES`."""
    size = path.stat().st_size
    check_size(name, size)
    check_header(name, read_head(path), whole_file=size <= HEADER_BYTES)


def copy_capped(source: Path, target: Path, name: str) -> None:
    """Copy ``source`` to ``target``, stopping if it grows past the cap of ``name`` meanwhile."""
    limit = size_limit(name)
    copied = 0
    with source.open("rb") as reader, target.open("wb") as writer:
        for chunk in iter(lambda: reader.read(COPY_CHUNK_BYTES), b""):
            copied += len(chunk)
            if copied > limit:
                raise ReleaseError(f"{name} grew past its {limit:,}-byte limit while copied")
            writer.write(chunk)


class HeadProbe:
    """Checks a file's header while it streams in, as soon as enough of it has arrived."""

    def __init__(self, name: str, prefix: bytes = b"") -> None:
        self.name = name
        self._head = bytearray()
        self._checked = False
        self.feed(prefix)

    def feed(self, chunk: bytes) -> None:
        if self._checked:
            return
        self._head += chunk[: HEADER_BYTES - len(self._head)]
        if len(self._head) >= HEADER_BYTES:
            check_header(self.name, bytes(self._head), whole_file=False)
            self._checked = True

    def finish(self) -> None:
        """The whole file has arrived: check a header shorter than :data:`HEADER_BYTES`."""
        if not self._checked:
            check_header(self.name, bytes(self._head), whole_file=True)
            self._checked = True
