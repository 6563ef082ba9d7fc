"""What a warm start reads back instead of computing: the phrase keys of the reader's word
lists and the category members. Each must give exactly what computing it gives."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.categories import Categories
from whatcauses.knowledge.curated import CATEGORY_KEYS
from whatcauses.knowledge.sources import cache_dir
from whatcauses.text import normalize
from whatcauses.text.normalize import phrase_key, phrase_keys_remembered

QUESTIONS = (
    "my 6 year old has a rash and a fever, could it be an infection?",
    "I'm 70 and my knee hurts when I climb stairs",
    "could an autoimmune disease cause joint pain and tiredness",
    "my dad, 80, keeps falling and his hands shake",
)


def test_remembered_keys_answer_and_new_keys_are_recorded() -> None:
    computed_key = phrase_key("stiff muscles")
    with phrase_keys_remembered({"stiff muscles": "told"}) as computed:
        assert phrase_key("stiff muscles") == "told"
        assert phrase_key("muscles are stiff") == computed_key
    assert computed == {"muscles are stiff": computed_key}
    # Outside the block keys are computed again and nothing is recorded.
    assert phrase_key("stiff muscles") == computed_key


def test_blocks_of_two_threads_keep_to_their_own_keys() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with phrase_keys_remembered({"a phrase": "other"}):
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(10)
    with phrase_keys_remembered({"b phrase": "mine"}):
        leave.set()
        thread.join(10)
        assert phrase_key("b phrase") == "mine"
    assert phrase_key("a phrase") == phrase_key("phrase a") != "other"
    assert not normalize._KNOWN_KEYS and not normalize._RECORDING


@pytest.mark.slow
def test_a_reader_from_cached_keys_reads_as_a_fresh_one(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = engine.reader  # the session's first reader stored the keys (or read them)
    (path,) = cache_dir().glob("phrase-keys-*.cache")
    tokenized: list[str] = []
    tokenize = normalize.tokenize

    def counted(text: str) -> list[normalize.Token]:
        tokenized.append(text)
        return tokenize(text)

    monkeypatch.setattr(normalize, "tokenize", counted)
    warm = Engine(engine.knowledge).reader
    assert tokenized == []  # every word list's phrase key came from the cache
    monkeypatch.undo()
    for question in QUESTIONS:
        assert warm.read(question) == fresh.read(question)
    # A damaged file is rebuilt with one warning, and the keys are the same.
    path.write_bytes(path.read_bytes()[:-3])
    again = Engine(engine.knowledge).reader
    assert path.exists()
    for question in QUESTIONS:
        assert again.read(question) == fresh.read(question)


@pytest.mark.slow
def test_category_members_read_back_are_the_computed_ones(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    knowledge: Knowledge = engine.knowledge
    computed = Categories(knowledge)
    expected = {c: computed._compute(c) for c in CATEGORY_KEYS}
    computed.mask("genetic")  # stores every category (or reads them)
    path = computed._cache_path()
    assert path is not None and path.exists()

    def no_compute(self: Categories, category: str) -> np.ndarray:
        raise AssertionError("computed, not read back")

    with monkeypatch.context() as patch:
        patch.setattr(Categories, "_compute", no_compute)
        warm = Categories(knowledge)
        for category in CATEGORY_KEYS:
            mask = warm.mask(category)
            assert not mask.flags.writeable
            assert np.array_equal(mask, expected[category]), category
    # Damaged: rebuilt with one warning line, same members.
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="whatcauses"):
        rebuilt = Categories(knowledge)
        assert all(np.array_equal(rebuilt.mask(c), expected[c]) for c in CATEGORY_KEYS)
    assert len([r for r in caplog.records if "rebuilding" in r.getMessage()]) == 1
    assert Path(path).exists()
