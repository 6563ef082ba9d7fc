"""A PhEval corpus: a ``phenopackets/`` folder of GA4GH Phenopacket v2 JSON files, one per case.

PhEval names every result after its phenopacket's file name (``case-1.json`` gives
``case-1-disease_result.parquet``), so a case is identified here by that stem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whatcauses.errors import InputError
from whatcauses.phenopackets import PhenopacketCase, read_phenopacket

PHENOPACKET_FOLDER = "phenopackets"


@dataclass(frozen=True, slots=True)
class CorpusCase:
    """One phenopacket file: its stem (the case name PhEval uses) and its path."""

    name: str
    path: Path


def corpus_cases(phenopacket_dir: Path) -> list[CorpusCase]:
    """The corpus' cases in file-name order; an :class:`InputError` when there are none."""
    if not phenopacket_dir.is_dir():
        raise InputError(f"no phenopacket folder at {phenopacket_dir} (a PhEval test data "
                         f"directory holds its cases in a '{PHENOPACKET_FOLDER}' folder)")
    cases = [CorpusCase(path.stem, path)
             for path in sorted(phenopacket_dir.iterdir()) if path.suffix == ".json"]
    if not cases:
        raise InputError(f"{phenopacket_dir} holds no .json phenopackets")
    return cases


def read_case(path: Path) -> PhenopacketCase:
    """The findings, age and sex of a phenopacket file (the proband's, for a Family)."""
    try:
        packet: Any = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name} is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    # PhEval corpora may hold GA4GH Family messages; the proband is the case to rank.
    if isinstance(packet, dict) and "phenotypicFeatures" not in packet and "proband" in packet:
        packet = packet["proband"]
    return read_phenopacket(packet)
