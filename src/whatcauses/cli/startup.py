"""Loading the engine for a command, with one progress line when a first run builds caches.

A first run compiles the HPO files (and, for ``ask``, the question lexicon) into caches: about
10 s on a quiet machine, up to a minute on a busy one. Rather than sit silent, the command
writes one line on stderr when such a build is still running after
:data:`NOTICE_AFTER_SECONDS`. Runs that find their caches never print it, however slow.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from whatcauses.errors import WhatcausesError

if TYPE_CHECKING:
    from whatcauses.engine import Engine

NOTICE_AFTER_SECONDS = 1.0
BUILD_NOTICE = (
    "whatcauses: first run, building the data cache (a few seconds, up to a minute on a busy "
    "machine; later runs start at once)..."
)


@contextlib.contextmanager
def progress_line(message: str, after: float | None = None) -> Iterator[None]:
    """Write ``message`` as one line on stderr if the block is still running after ``after``
    seconds (default :data:`NOTICE_AFTER_SECONDS`)."""
    delay = NOTICE_AFTER_SECONDS if after is None else after
    timer = threading.Timer(delay, _say, args=(message,))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _say(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def load_engine(*, questions: bool = False) -> Engine:
    """The engine on the active release; with ``questions``, its question reader ready too."""
    from whatcauses.cli.regex_cache import compiled_patterns_cached

    # The engine's and the reader's modules compile some 800 regular expressions on import:
    # read from the cache file of an earlier run (cli/regex_cache.py).
    with compiled_patterns_cached():
        return _load_engine(questions)


def _load_engine(questions: bool) -> Engine:
    from whatcauses.engine import Engine

    building = not _knowledge_cached()
    # One line for the whole first run: a new knowledge cache means a new lexicon too (its
    # files are named after the knowledge cache), so both builds run under the same notice.
    with progress_line(BUILD_NOTICE) if building else contextlib.nullcontext():
        engine = Engine.load()
        if questions and building:
            engine.reader  # noqa: B018 - built (or read from cache) on first access
    if questions and not building:
        lexicon = not _lexicon_cached(engine)
        with progress_line(BUILD_NOTICE) if lexicon else contextlib.nullcontext():
            engine.reader  # noqa: B018
    return engine


def _knowledge_cached() -> bool:
    from whatcauses.knowledge.base import knowledge_cache_path
    from whatcauses.knowledge.sources import active_files
    from whatcauses.version import __version__

    try:
        return knowledge_cache_path(active_files(), __version__).exists()
    except (WhatcausesError, OSError):
        return True  # Engine.load meets the same problem and reports it properly


def _lexicon_cached(engine: Engine) -> bool:
    from whatcauses.knowledge.sources import cache_dir

    stem = engine.knowledge.cache_file.stem if engine.knowledge.cache_file else None
    if stem is None:
        return False
    # The lexicon's cache files are named after the knowledge cache they were built from.
    return any(cache_dir().glob(f"lexicon-{stem}-*.cache"))
