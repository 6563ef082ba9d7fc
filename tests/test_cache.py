"""Every cache file: reused when sound; rebuilt, with one warning line, when it is not.

The caches are the compiled knowledge (``knowledge-*.bin``), the lexicon (entries and the
autocomplete surface), the compiled sheet table and the file-digest memo. Each damage below is
one a real cache directory can suffer: a crash mid-write on a filesystem without atomic
renames (truncated), a bad sector (a flipped byte), another program's file or valid JSON of
the wrong content in its place, an empty file, a directory of the same name.
"""

from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.sheets import load_sheet_table
from whatcauses.knowledge.sources import DataFiles
from whatcauses.knowledge.store import (
    DIGEST_MEMO,
    STALE_TEMP_SECONDS,
    cache_path,
    collector_paused,
    file_digest,
    load_verified_json,
    store_verified_json,
)
from whatcauses.text.lexicon import load_lexicon

FIXTURES = Path(__file__).parent / "fixtures"


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _flip(path: Path) -> None:
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    path.write_bytes(bytes(blob))


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "left-by-someone").write_text("x")  # not empty: it cannot simply be removed


DAMAGES: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "flipped byte": _flip,
    "garbage": lambda p: p.write_bytes(b"not a cache at all"),
    "empty": lambda p: p.write_bytes(b""),
    "json object": lambda p: p.write_text('{"a": 1}'),
    "json list": lambda p: p.write_text("[]"),
    "empty directory": lambda p: (p.unlink(), p.mkdir()),
    "directory": _directory,
}


def _cache_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("whatcauses")]
    for line in lines:
        assert "\n" not in line and line.startswith("whatcauses: ")
    return lines


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(folder))
    return folder


# ---- the compiled knowledge ----


def test_cache_is_written_once_and_reused(mini_files: DataFiles) -> None:
    first = Knowledge.load(mini_files, package_version="cache-test")
    assert first.cache_file is not None and first.cache_file.exists()
    stamp = first.cache_file.stat().st_mtime_ns
    second = Knowledge.load(mini_files, package_version="cache-test")
    assert second.cache_file == first.cache_file
    assert second.cache_file.stat().st_mtime_ns == stamp
    assert second.disease_ids == first.disease_ids


def test_cache_key_changes_with_the_package_version(mini_files: DataFiles) -> None:
    assert cache_path(mini_files, "1.0") != cache_path(mini_files, "1.1")


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_knowledge_cache_is_rebuilt_with_one_warning(
    mini_files: DataFiles, private_cache: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    good = Knowledge.load(mini_files, package_version="damage")
    path = good.cache_file
    assert path is not None
    DAMAGES[damage](path)
    with caplog.at_level(logging.WARNING, logger="whatcauses"):
        rebuilt = Knowledge.load(mini_files, package_version="damage")
    warnings = _cache_warnings(caplog)
    assert rebuilt.disease_ids == good.disease_ids
    assert rebuilt.n_annotations == good.n_annotations
    assert path.name in warnings[0] and "rebuilding" in warnings[0]
    if damage == "directory":  # a folder with content stays; the cache cannot be saved
        assert len(warnings) == 2 and "cannot write" in warnings[1]
        return
    assert len(warnings) == 1
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="whatcauses"):
        again = Knowledge.load(mini_files, package_version="damage")
    assert again.n_annotations == good.n_annotations
    assert _cache_warnings(caplog) == []  # the rebuilt file is sound


def test_loaded_arrays_are_read_only(mini_files: DataFiles) -> None:
    Knowledge.load(mini_files, package_version="ro")
    k = Knowledge.load(mini_files, package_version="ro")
    with pytest.raises(ValueError):
        k.background[0] = 1.0


# ---- the lexicon, the fact sheets, the digest memo ----


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("part", ["entries", "surface"])
def test_a_damaged_lexicon_cache_is_rebuilt_with_one_warning(
    mini_knowledge: Knowledge, private_cache: Path, part: str, damage: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    good = load_lexicon(mini_knowledge)
    files = sorted(private_cache.glob("lexicon-*"))
    assert len(files) == 2  # entries and surface
    path = next(p for p in files if (".surface." in p.name) == (part == "surface"))
    DAMAGES[damage](path)
    with caplog.at_level(logging.WARNING, logger="whatcauses"):
        again = load_lexicon(mini_knowledge)
        assert again.packed_entries() == good.packed_entries()
        assert again.surface == good.surface
    warnings = _cache_warnings(caplog)
    assert path.name in warnings[0] and "rebuilding" in warnings[0]
    assert len(warnings) == (2 if damage == "directory" else 1)


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_sheet_table_is_rebuilt_with_one_warning(
    private_cache: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    good = load_sheet_table()
    (path,) = private_cache.glob("sheets-*")
    DAMAGES[damage](path)
    with caplog.at_level(logging.WARNING, logger="whatcauses"):
        again = load_sheet_table()
    assert again == good
    warnings = _cache_warnings(caplog)
    assert path.name in warnings[0] and "rebuilding" in warnings[0]
    assert len(warnings) == (2 if damage == "directory" else 1)


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_digest_memo_is_rebuilt_with_one_warning(
    private_cache: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    data = FIXTURES / "mini.obo"
    digest = file_digest(data)
    path = private_cache / DIGEST_MEMO
    DAMAGES[damage](path)
    with caplog.at_level(logging.WARNING, logger="whatcauses"):
        assert file_digest(data) == digest
    warnings = _cache_warnings(caplog)
    assert path.name in warnings[0]
    assert len(warnings) == (2 if damage == "directory" else 1)


def test_a_verified_file_of_another_kind_or_shape_is_refused(
    private_cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = private_cache / "x.cache"
    assert store_verified_json(path, "lexicon entries", {"a": "1\t2\t3\t4"})
    with caplog.at_level(logging.WARNING, logger="whatcauses"):
        assert load_verified_json(path, "fact sheets", lambda v: True) is None
    assert "not fact sheets" in _cache_warnings(caplog)[0] and not path.exists()
    assert store_verified_json(path, "fact sheets", {"a": 1})
    assert load_verified_json(path, "fact sheets", lambda v: isinstance(v, list)) is None
    assert not path.exists()


def test_a_read_only_cache_dir_costs_time_not_answers(
    mini_knowledge: Knowledge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x")
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(blocked / "cache"))
    with caplog.at_level(logging.WARNING, logger="whatcauses"):
        lexicon = load_lexicon(mini_knowledge)
        assert load_sheet_table()
    assert lexicon.surface
    warnings = _cache_warnings(caplog)
    assert len(warnings) == 1 and "cannot write caches" in warnings[0]  # once per folder


# ---- one line on stderr, as users and server logs see it ----

_DAMAGED_RUN = """
import sys
from pathlib import Path
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.sources import DataFiles
from whatcauses.knowledge.sheets import load_sheet_table
files = DataFiles(Path(sys.argv[1]) / "mini.obo", Path(sys.argv[1]) / "mini.hpoa", "mini")
if sys.argv[2] == "server":  # what `whatcauses serve` sets up before loading the engine
    import logging.config
    from uvicorn.config import LOGGING_CONFIG
    logging.config.dictConfig(LOGGING_CONFIG)
path = Knowledge.load(files, package_version="stderr").cache_file
path.write_bytes(b"garbage")
for sheets in Path(path).parent.glob("sheets-*"):
    sheets.write_text("[]")
load_sheet_table()  # before the knowledge, whose rebuild writes the sheet table again
Knowledge.load(files, package_version="stderr")
"""


@pytest.mark.parametrize("setting", ["library", "server"])
def test_each_cache_warning_is_one_line_on_stderr(tmp_path: Path, setting: str) -> None:
    env = {**os.environ, "WHATCAUSES_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_DAMAGED_RUN), str(FIXTURES), setting],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 2, run.stderr  # the sheet table, the knowledge cache
    assert all(line.startswith("whatcauses: cache ") for line in lines), lines
    assert "sheets-" in lines[0]
    assert "rebuilding it" in lines[1] and "knowledge-" in lines[1]


def test_temporary_files_of_a_killed_writer_are_removed(
    private_cache: Path, mini_files: DataFiles
) -> None:
    target = Knowledge.load(mini_files, package_version="stale").cache_file
    assert target is not None
    target.unlink()
    stale = target.parent / f".{target.name}.abc123.tmp"  # what kill -9 mid-write leaves
    fresh = target.parent / f".{target.name}.def456.tmp"  # another process writing right now
    for temp in (stale, fresh):
        temp.write_bytes(b"x" * 1000)
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    Knowledge.load(mini_files, package_version="stale")
    assert not stale.exists() and fresh.exists()


def test_the_collector_is_paused_while_a_cache_is_decoded_and_restored_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a broken cache")
    assert gc.isenabled()
    gc.disable()  # an application that runs without the collector keeps it off
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
