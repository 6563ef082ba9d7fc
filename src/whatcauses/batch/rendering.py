"""Batch output: one JSON line per case, or TSV rows, as UTF-8 bytes (JSON by orjson).

* ``jsonl``: the result dict of :mod:`whatcauses.batch.cases`, one line per case.
* ``tsv``: one row per candidate; ``finding_lrs`` packs each finding's likelihood ratio as
  ``HP:0001250=3.2;-HP:0001263=0.41`` (``-`` marks an excluded finding).
* ``findings-tsv``: one row per finding of each candidate that has evidence, the per-phenotype
  table LIRICAL users asked for (LIRICAL issue 557): a spreadsheet or dataframe reads it as is.

An error gives one row whose last column holds the message. Tabs and line breaks inside a
value become spaces, so a row is always one line with a fixed number of columns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from whatcauses.batch.cases import OutputFormat

TSV_COLUMNS = ("case", "rank", "disease_id", "disease_name", "probability", "finding_lrs",
               "error")
FINDINGS_TSV_COLUMNS = ("case", "rank", "disease_id", "disease_name", "hpo_id", "hpo_label",
                        "status", "match", "matched_id", "matched_label", "frequency",
                        "likelihood_ratio", "error")
_CLEAN = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def _cell(value: Any) -> str:
    return "" if value is None else str(value).translate(_CLEAN)


def _row(cells: list[str]) -> str:
    return "\t".join(cells) + "\n"


def _error_row(result: dict[str, Any], width: int) -> str:
    cells = [""] * width
    cells[0] = _cell(result.get("id"))
    cells[-1] = "error: " + _cell(result["error"]["message"])
    return _row(cells)


def render_jsonl(result: dict[str, Any]) -> bytes:
    return orjson.dumps(result, option=orjson.OPT_APPEND_NEWLINE)


def render_tsv(result: dict[str, Any]) -> bytes:
    if "error" in result:
        return _error_row(result, len(TSV_COLUMNS)).encode()
    case = _cell(result.get("id"))
    rows = []
    for c in result["candidates"]:
        lrs = ";".join(
            f"{'-' if e['excluded'] else ''}{e['hpo_id']}={e['likelihood_ratio']:.4g}"
            for e in c["evidence"]
        )
        rows.append(_row([case, str(c["rank"]), c["id"], _cell(c["name"]),
                          f"{c['probability']:.6g}", lrs, ""]))
    return "".join(rows).encode()


def render_findings_tsv(result: dict[str, Any]) -> bytes:
    if "error" in result:
        return _error_row(result, len(FINDINGS_TSV_COLUMNS)).encode()
    case = _cell(result.get("id"))
    rows = []
    for c in result["candidates"]:
        head = [case, str(c["rank"]), c["id"], _cell(c["name"])]
        for e in c["evidence"]:
            frequency = "" if e["frequency"] is None else f"{e['frequency']:.4g}"
            rows.append(_row([
                *head, e["hpo_id"], _cell(e["label"]),
                "excluded" if e["excluded"] else "present", e["match"],
                _cell(e["matched_id"]), _cell(e["matched_label"]), frequency,
                f"{e['likelihood_ratio']:.6g}", "",
            ]))
    return "".join(rows).encode()


RENDERERS: dict[OutputFormat, Callable[[dict[str, Any]], bytes]] = {
    "jsonl": render_jsonl,
    "tsv": render_tsv,
    "findings-tsv": render_findings_tsv,
}
HEADERS: dict[OutputFormat, bytes] = {
    "jsonl": b"",
    "tsv": _row(list(TSV_COLUMNS)).encode(),
    "findings-tsv": _row(list(FINDINGS_TSV_COLUMNS)).encode(),
}
