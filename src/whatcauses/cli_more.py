"""Registration of the commands beyond rank/batch/info (ask, explain, serve, data)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Attach every optional command group that is available."""
    for module_name in ("whatcauses.cli_ask", "whatcauses.cli_serve", "whatcauses.cli_data"):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(app)
