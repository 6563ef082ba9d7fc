"""Options shared by several commands, each defined once: ``--json``, ``--top``, ``--sex`` ...

Choices are enums, so ``--help`` lists them and a wrong value is a usage error (exit 2) before
any data is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

import typer

from whatcauses.errors import InputError
from whatcauses.limits import MAX_ASK_TOP, MAX_RANK_TOP, check_top


def option(*declarations: str, **settings: Any) -> Any:
    """``typer.Option`` without the "(env var: 'None')" typer adds to every error message."""
    return typer.Option(*declarations, show_envvar=False, **settings)


class Sex(StrEnum):
    """The patient's sex, for findings and diseases that depend on it."""

    male = "male"
    female = "female"


class BatchFormat(StrEnum):
    """How ``batch`` writes its results."""

    jsonl = "jsonl"  # one JSON object per case
    tsv = "tsv"  # one row per candidate
    findings_tsv = "findings-tsv"  # one row per finding of each candidate with evidence


class PriorKind(StrEnum):
    """How likely each disease is before the findings: as common as Orphanet (or a curated
    source) says, or all alike (the default for clinical lists; see the README)."""

    prevalence = "prevalence"
    uniform = "uniform"


class LogLevel(StrEnum):
    """uvicorn's log levels."""

    critical = "critical"
    error = "error"
    warning = "warning"
    info = "info"
    debug = "debug"




def _top_within(limit: int) -> Callable[[int], int]:
    """Check ``--top`` while parsing (before any data loads), with the engine's own message."""

    def check(value: int) -> int:
        try:
            return check_top(value, limit)
        except InputError as exc:
            raise typer.BadParameter(str(exc)) from None

    return check


JsonFlag = Annotated[bool, option("--json", help="Print JSON instead of text.")]
TopOption = Annotated[
    int, option("--top", "-n", callback=_top_within(MAX_RANK_TOP),
                help=f"How many candidates (1-{MAX_RANK_TOP}).")
]
AskTopOption = Annotated[
    int, option("--top", "-n", callback=_top_within(MAX_ASK_TOP),
                help=f"How many candidates (1-{MAX_ASK_TOP}).")
]
PresentOption = Annotated[
    list[str] | None, option("--present", "-p", help="An HPO id that is present.")
]
ExcludeOption = Annotated[
    list[str] | None, option("--exclude", "-x", help="An HPO id that is absent.")
]
AgeOption = Annotated[float | None, option(help="Age in years.")]
SexOption = Annotated[
    Sex | None, option("--sex", case_sensitive=False, help="The patient's sex.")
]
PriorOption = Annotated[
    PriorKind | None,
    option("--prior", case_sensitive=False,
           help="prevalence: weigh how common each disease is; uniform: do not (default)."),
]
BatchFormatOption = Annotated[
    BatchFormat,
    option("--format", case_sensitive=False,
                 help="jsonl: one JSON line per case; tsv: one row per candidate; "
                      "findings-tsv: one row per finding and candidate (its likelihood ratio)."),
]
LogLevelOption = Annotated[
    LogLevel, option("--log-level", case_sensitive=False, help="uvicorn's log level.")
]

# ---- the data commands ----

CountCheck = Annotated[
    bool,
    option("--skip-count-check",
                 help="Accept term/disease/annotation counts far from the active release's."),
]
Force = Annotated[
    bool, option("--force", help="Replace an installed release of the same tag.")
]
LockWait = Annotated[
    float, option("--wait", min=0, help="Seconds to wait for another data command.")
]
