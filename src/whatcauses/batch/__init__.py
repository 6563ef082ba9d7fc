"""Rank many cases, streaming: phenopackets or free-text notes in, one result per case out.

    records    reading input lazily (JSONL, .jsonl.gz, .json, folders) and in partitions
    cases      one record -> one result dict (a phenopacket or a note), errors per record
    rendering  JSONL (orjson), TSV per candidate, TSV per finding
    pipeline   in process, or on worker processes forked from the loaded engine
    cluster    the same on a Dask cluster (optional extra ``whatcauses[cluster]``; imported
               only by ``batch --scheduler``)

The output of a run is the same bytes whichever way it runs.
"""

from whatcauses.batch.cases import (
    EVIDENCE_SCOPES,
    INPUT_KINDS,
    OUTPUT_FORMATS,
    BatchSettings,
    EvidenceScope,
    InputKind,
    OutputFormat,
    rank_record,
)
from whatcauses.batch.pipeline import RenderedChunk, render_records, run_batch
from whatcauses.batch.records import BatchRecord, iter_records, partitions
from whatcauses.batch.rendering import HEADERS, RENDERERS

__all__ = [
    "EVIDENCE_SCOPES",
    "HEADERS",
    "INPUT_KINDS",
    "OUTPUT_FORMATS",
    "RENDERERS",
    "BatchRecord",
    "BatchSettings",
    "EvidenceScope",
    "InputKind",
    "OutputFormat",
    "RenderedChunk",
    "iter_records",
    "partitions",
    "rank_record",
    "render_records",
    "run_batch",
]
