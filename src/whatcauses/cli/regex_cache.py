"""Compiled regular expressions kept between runs of a command (h-warm, issue 14).

Importing the question reader compiles some 760 regular expressions (the word lists of
``text/``); Python's ``re`` parses and compiles each in pure Python, about a tenth of a second
of every ``whatcauses ask``. The result of that work, the pattern's ``_sre`` code, depends on
nothing but the pattern, its flags and the interpreter, so :func:`compiled_patterns_cached`
keeps it in a cache file: within the block, a pattern compiled by an earlier run is built
from its stored code at once, and new ones are added to the file after the block.

The file is keyed by the interpreter's exact version and its ``_sre`` magic number, so code
is never handed to another interpreter's engine; ``_sre`` validates the code it is given too.
Interpreters whose ``re`` internals this module was not written against (other than CPython
3.11 to 3.13) get no cache: patterns compile as usual. Only the command line uses it, while
it loads the engine (startup.py): a library should not swap out ``re`` internals in its
caller's process.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from whatcauses.knowledge.sources import cache_dir
from whatcauses.knowledge.store import load_verified_json, store_verified_json

# Patterns kept at most: the reader's own are about 800; a pattern built from a question's
# words would otherwise add to the file on every run.
MAX_PATTERNS = 4000
_SUPPORTED = ((3, 11), (3, 12), (3, 13))
_KIND = "compiled patterns"


@contextmanager
def compiled_patterns_cached() -> Iterator[None]:
    """Within the block, ``re`` builds the patterns an earlier run compiled from their stored
    code (see the module docstring); the patterns compiled anew are stored after it."""
    compiler = getattr(re, "_compiler", None)
    if (sys.implementation.name != "cpython" or sys.version_info[:2] not in _SUPPORTED
            or compiler is None):
        yield
        return
    path = cache_dir() / f"patterns-{_interpreter_key(compiler)}.cache"
    known: dict[str, list[Any]] = load_verified_json(path, _KIND, _is_patterns) or {}
    computed: dict[str, list[Any]] = {}
    original = compiler.compile

    def compile_remembered(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return original(pattern, flags)
        key = f"{flags}:{pattern}"
        stored = known.get(key)
        if stored is not None:
            try:
                return _built(compiler, pattern, stored)
            except (TypeError, ValueError, RuntimeError, OverflowError):
                # Code _sre refuses (a file edited by hand, or damaged past its checksum):
                # compiled anew below, and the file rewritten with the sound code.
                del known[key]
        entry = computed.get(key)
        if entry is None:
            entry = _compiled_code(compiler, pattern, flags)
            computed[key] = entry
        return _built(compiler, pattern, entry)

    compiler.compile = compile_remembered
    try:
        yield
    finally:
        compiler.compile = original
        if computed and len(known) + len(computed) <= MAX_PATTERNS:
            store_verified_json(path, _KIND, {**known, **computed})


def _built(compiler: Any, pattern: str, entry: list[Any]) -> Any:
    """The pattern object ``_sre`` builds from a stored entry (:func:`_compiled_code`)."""
    final_flags, code, groups, groupindex, indexgroup = entry
    return compiler._sre.compile(pattern, final_flags, code, groups, groupindex,
                                 tuple(indexgroup))


def _compiled_code(compiler: Any, pattern: str, flags: int) -> list[Any]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``: its final flags,
    code, number of groups and the group names both ways (the same steps, in JSON form)."""
    parsed = compiler._parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return [flags | parsed.state.flags, list(code), parsed.state.groups - 1, groupindex,
            indexgroup]


def _interpreter_key(compiler: Any) -> str:
    """The interpreter the stored code is for: its full version and ``_sre``'s magic."""
    sre = compiler._sre
    return hashlib.sha256(f"{sys.version}|{sre.MAGIC}|{sre.CODESIZE}".encode()).hexdigest()[:16]


def _is_patterns(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(entry, list) and len(entry) == 5 and isinstance(entry[0], int)
        and isinstance(entry[1], list) and isinstance(entry[2], int)
        and isinstance(entry[3], dict) and isinstance(entry[4], list)
        for entry in value.values())
