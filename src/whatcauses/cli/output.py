"""Output helpers shared by the commands: JSON lines, rich consoles, warnings on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

# A candidate joined from many entries (a common condition and its inherited forms) lists them
# all in JSON; a terminal table shows the first few.
TABLE_IDS = 4


def candidate_ids(ids: Sequence[str], limit: int = TABLE_IDS) -> str:
    """A candidate's ids for a table cell: "OMIM:1 ORPHA:2", or the first ``limit`` and
    "+N more"."""
    shown = " ".join(ids[:limit])
    return shown if len(ids) <= limit else f"{shown} +{len(ids) - limit} more"


def print_json(payload: Any) -> None:
    """One line of JSON on stdout (UTF-8 kept as is)."""
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")


def console(stderr: bool = False) -> Any:
    """A rich console (imported only by the commands that draw tables)."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def warn(messages: Iterable[str]) -> None:
    for message in messages:
        sys.stderr.write(f"warning: {message}\n")
