"""Where ../shared/data is: the reference material beside the repository (never shipped).

``WHATCAUSES_SHARED_DATA`` names it outright; otherwise it is ``shared/data`` beside this
checkout or, from a git worktree elsewhere, beside the main checkout the worktree belongs to.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    if os.environ.get("WHATCAUSES_SHARED_DATA"):
        return Path(os.environ["WHATCAUSES_SHARED_DATA"])
    beside = REPO.parent / "shared" / "data"
    git = REPO / ".git"
    if beside.exists() or not git.is_file():
        return beside
    # A worktree's .git file reads "gitdir: <main>/.git/worktrees/<name>".
    main = Path(git.read_text(encoding="utf-8").split(":", 1)[1].strip()).parents[2]
    return main.parent / "shared" / "data"


SHARED_DATA = shared_data_dir()


def mondo_rows(path: Path | None = None) -> Iterator[tuple[str, str, list[str], list[str]]]:
    """The rows of mondo-diseases.tsv.gz as (MONDO id, label, OMIM ids, Orphanet ids as
    ``ORPHA:``); nothing when ../shared/data is absent."""
    path = path or SHARED_DATA / "mondo-diseases.tsv.gz"
    if not path.exists():
        return
    with gzip.open(path, "rt", encoding="utf-8") as table:
        next(table)
        for line in table:
            mondo_id, label, _doid, _umls, omim, orphanet = line.rstrip("\n").split("\t")
            yield (mondo_id, label, [i for i in omim.split("|") if i],
                   [i.replace("Orphanet:", "ORPHA:") for i in orphanet.split("|") if i])
