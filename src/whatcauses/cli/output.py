"""Output helpers shared by the commands: JSON lines, rich consoles, warnings on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any


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
