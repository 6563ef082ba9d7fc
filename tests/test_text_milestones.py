"""text/milestones.py: a child's milestone told late, not reached yet or lost, read word by
word (h-longage, issue 14: parents' long questions about a child)."""

from __future__ import annotations

import pytest

from whatcauses.text.milestones import read_milestones, tells_of_a_child
from whatcauses.text.normalize import tokenize

WALK_LATE, SIT_LATE, STAND_LATE = "HP:0031936", "HP:0025336", "HP:0025335"
SPEECH_LATE, REGRESSION = "HP:0000750", "HP:0002376"


def _read(text: str, child: bool = True) -> list[tuple[str, ...]]:
    words = [t.folded for t in tokenize(text)]
    return [hit.ids for hit in read_milestones(words, range(len(words)), (), child)]


@pytest.mark.parametrize(("text", "first"), [
    ("he only started walking at 2", WALK_LATE),
    ("she didn't walk until she was 2", None),  # a negation alone is the lexicon's
    ("he walked late", WALK_LATE),
    ("she was slow to talk", SPEECH_LATE),
    ("her speech came late", SPEECH_LATE),
    ("he only said his first words at 3", SPEECH_LATE),
    ("he walked at 20 months", WALK_LATE),
    ("she still can't sit", SIT_LATE),
    ("he still isn't walking", WALK_LATE),
    ("he lost his head control", REGRESSION),
    ("she has lost the ability to walk", "HP:0002505"),
    ("our son stopped walking", "HP:0002505"),
    ("my baby stopped feeding well", "HP:0011968"),
    ("since 2 she has fallen behind", "HP:0001263"),
    ("now kids her age are way ahead of her", "HP:0001263"),
    ("she is way behind for her age", "HP:0001263"),
    ("my 2 year old can't walk yet", WALK_LATE),
])
def test_a_milestone_late_not_yet_or_lost(text: str, first: str | None) -> None:
    found = _read(text)
    assert [ids[0] for ids in found] == ([first] if first else [])


@pytest.mark.parametrize("text", [
    "she walked at 14 months",  # within the WHO window (99th percentile 17.6 months)
    "my son sat up at 8 months",
    "she can't sit still",  # restlessness, the lexicon's
    "he started walking at 11 months",
    "she walks at 8 in the morning",
])
def test_on_time_or_no_milestone_reads_nothing(text: str) -> None:
    assert _read(text) == []


def test_a_list_reads_each_milestone_once() -> None:
    assert [ids[0] for ids in _read("he still can't stand or walk")] == [STAND_LATE, WALK_LATE]
    assert [ids[0] for ids in _read("he was slow to walk and talk")] == [WALK_LATE, SPEECH_LATE]
    # The losses HPO names, and Developmental regression once.
    assert _read("losing his walking and words") == [("HP:0002505", REGRESSION),
                                                      ("HP:0002371",)]


def test_a_place_behind_is_no_delay() -> None:
    assert _read("he fell behind the sofa") == []
    assert _read("the pain is behind her eye") == []


def test_not_yet_and_lost_only_of_a_child() -> None:
    assert _read("my dad still can't walk after his fall", child=False) == []
    assert _read("he lost his head control", child=False) == []
    assert tells_of_a_child(["my", "dad", "still", "can't", "walk"], None) is False
    assert tells_of_a_child(["my", "son", "still", "can't", "walk"], None) is True
    assert tells_of_a_child(["he"], 40.0) is False
    assert tells_of_a_child(["she"], None, ["HP:0011463"]) is True  # begun in childhood
