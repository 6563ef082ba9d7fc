"""One batch record -> one result: a phenopacket or a free-text note, ranked.

A record that cannot be ranked gives an ``error`` object instead of candidates, so that one bad
line never stops a run. The result is a plain dict, the JSON shape of one output line::

    {"id", "source", "candidates": [...], "warnings": [...], "query": {...}, "data_release"}
    {"id", "source", "error": {"code", "message"}}

``--input text`` adds ``"interpretation"`` (what the question reader understood) before
``candidates``; an error line keeps it when the text was read (for "no findings recognised").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import orjson

from whatcauses.batch.records import BatchRecord
from whatcauses.engine import Engine
from whatcauses.errors import InputError, QuestionError, WhatcausesError
from whatcauses.phenopackets import read_phenopacket
from whatcauses.rank.results import Ranking, candidate_dicts

EvidenceScope = Literal["none", "top", "all"]
InputKind = Literal["phenopacket", "text"]
OutputFormat = Literal["jsonl", "tsv", "findings-tsv"]

EVIDENCE_SCOPES: tuple[EvidenceScope, ...] = ("none", "top", "all")
INPUT_KINDS: tuple[InputKind, ...] = ("phenopacket", "text")
OUTPUT_FORMATS: tuple[OutputFormat, ...] = ("jsonl", "tsv", "findings-tsv")

# What `Engine.rank(evidence=...)` takes for each scope: every candidate, none, the first.
_ENGINE_EVIDENCE: dict[EvidenceScope, bool | int] = {"all": True, "none": False, "top": 1}


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """How every record of a run is ranked and written (small and picklable: it travels to
    worker processes and cluster workers with each task)."""

    top: int = 10
    evidence: EvidenceScope = "all"
    output: OutputFormat = "jsonl"
    input: InputKind = "phenopacket"

    def __post_init__(self) -> None:
        if self.top < 1:
            raise InputError("top must be at least 1")
        if self.evidence not in EVIDENCE_SCOPES:
            raise InputError(f"evidence must be one of {', '.join(EVIDENCE_SCOPES)}")
        if self.output not in OUTPUT_FORMATS:
            raise InputError(f"unknown output format {self.output!r}; "
                             f"use {', '.join(OUTPUT_FORMATS)}")
        if self.input not in INPUT_KINDS:
            raise InputError(f"input must be one of {', '.join(INPUT_KINDS)}")
        if self.output == "findings-tsv" and self.evidence == "none":
            raise InputError("--format findings-tsv writes per-finding evidence: "
                             "use --evidence top or all")


def _parse(record: BatchRecord) -> Any:
    if record.error is not None:
        raise InputError(record.error)
    assert record.raw is not None  # the reader sets raw or error
    try:
        return orjson.loads(record.raw)
    except orjson.JSONDecodeError as exc:
        try:
            record.raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("the line is not UTF-8 text") from None
        raise InputError(f"invalid JSON: {exc.msg} at column {exc.colno}") from exc


def _rank_phenopacket(engine: Engine, packet: Any, settings: BatchSettings,
                      result: dict[str, Any]) -> Ranking:
    if isinstance(packet, dict):
        result["id"] = packet.get("id")
    case = read_phenopacket(packet)
    ranking = engine.rank(case.present, case.excluded, age=case.age, sex=case.sex,
                          top=settings.top, strict=False,
                          evidence=_ENGINE_EVIDENCE[settings.evidence])
    if not ranking.query.present and not ranking.query.excluded:
        raise InputError("no usable phenotypic features (all terms unknown)")
    return ranking


def _rank_note(engine: Engine, note: Any, settings: BatchSettings,
               result: dict[str, Any]) -> Ranking:
    if not isinstance(note, dict):
        raise InputError('a note must be a JSON object {"id": ..., "text": ...}')
    result["id"] = note.get("id")
    if "text" not in note:
        raise InputError('the note has no "text"')
    # The question reader loads only for notes: phenopacket runs start without it.
    from whatcauses.limits import MAX_QUESTION_CHARS

    text = note["text"]
    # The question reader's own checks speak of "the question": say "note" here.
    if not isinstance(text, str):
        raise QuestionError('the note\'s "text" must be a string')
    if not text.strip():
        raise QuestionError("the note's text is empty")
    if len(text.strip()) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the note is {len(text.strip())} characters long; notes are read "
                            f"up to {MAX_QUESTION_CHARS} characters")
    interpretation = engine.interpret(text)
    result["interpretation"] = interpretation.to_dict()
    if not (interpretation.present or interpretation.or_groups):
        raise InputError("no present findings recognised in the text")
    return engine.rank_interpretation(interpretation, top=settings.top,
                                      evidence=_ENGINE_EVIDENCE[settings.evidence])


def rank_record(engine: Engine, record: BatchRecord, settings: BatchSettings) -> dict[str, Any]:
    """Rank one record; a record that cannot be ranked gives an ``error`` object."""
    result: dict[str, Any] = {"id": None, "source": record.origin}
    try:
        parsed = _parse(record)
        rank = _rank_note if settings.input == "text" else _rank_phenopacket
        ranking = rank(engine, parsed, settings, result)
        # Evidence dicts shared with other cases: the result is rendered at once and dropped.
        result["candidates"] = candidate_dicts(ranking.candidates, shared_evidence=True)
        result["warnings"] = list(ranking.query.warnings)
        result["query"] = ranking.query.to_dict()
        result["data_release"] = ranking.data_release
    except WhatcausesError as exc:
        result["error"] = {"code": exc.code, "message": str(exc)}
    return result
