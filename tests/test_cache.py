"""The compiled cache: reused when sound, rebuilt (once, with a warning) when not."""

from __future__ import annotations

import pytest

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.sources import DataFiles
from whatcauses.knowledge.store import CacheWarning, cache_path


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


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage"])
def test_a_damaged_cache_is_detected_and_rebuilt(mini_files: DataFiles, damage: str) -> None:
    good = Knowledge.load(mini_files, package_version=f"damage-{damage}")
    path = good.cache_file
    assert path is not None
    blob = bytearray(path.read_bytes())
    if damage == "truncate":
        blob = blob[: len(blob) // 2]
    elif damage == "flip":
        blob[len(blob) // 2] ^= 0xFF
    else:
        blob = bytearray(b"not a cache at all")
    path.write_bytes(bytes(blob))
    with pytest.warns(CacheWarning, match="rebuilding"):
        rebuilt = Knowledge.load(mini_files, package_version=f"damage-{damage}")
    assert rebuilt.disease_ids == good.disease_ids
    # The rebuilt file is sound again: loading it warns no more.
    again = Knowledge.load(mini_files, package_version=f"damage-{damage}")
    assert again.n_annotations == good.n_annotations


def test_loaded_arrays_are_read_only(mini_files: DataFiles) -> None:
    Knowledge.load(mini_files, package_version="ro")
    k = Knowledge.load(mini_files, package_version="ro")
    with pytest.raises(ValueError):
        k.background[0] = 1.0
