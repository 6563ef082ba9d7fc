"""A part that gives way in words no lexicon phrase reads (text/tone_loss.py) is Cataplexy in
a sentence where an emotion sets it off (text/emotions.py); elsewhere it is no cataplexy."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize
from whatcauses.text.tone_loss import CATAPLEXY, read_tone_loss

from .readings import present_ids

FREQUENT_FALLS, DAYTIME_SOMNOLENCE = "HP:0002359", "HP:0001262"


def _read(text: str) -> list[tuple[int, ...]]:
    words = [t.folded for t in tokenize(text)]
    return [hit.positions for hit in read_tone_loss(words, range(len(words)), set())]


@pytest.mark.parametrize("text", [
    "his head drops and his knees go", "my legs turn to jelly", "my jaw goes slack",
    "she just crumples to the floor", "his head nods forward",
])
def test_giving_way_in_plain_words_is_found(text: str) -> None:
    assert _read(text)


@pytest.mark.parametrize("text", ["his head goes back", "my knees go red in the cold",
                                  "my legs go to football"])
def test_a_part_that_goes_somewhere_is_no_giving_way(text: str) -> None:
    assert not _read(text)


@pytest.mark.parametrize("text", [
    "my son is 9, he keeps falling asleep in class and when he laughs his head drops and his "
    "knees go",
    "im 17 and whenever someone makes me laugh my legs turn to jelly and my jaw goes slack",
    "if she gets excited she just crumples to the floor",
])
def test_set_off_by_an_emotion_it_is_cataplexy(engine: Engine, text: str) -> None:
    said = present_ids(engine, text)
    assert CATAPLEXY in said
    assert FREQUENT_FALLS not in said  # "keeps falling asleep" is no fall


@pytest.mark.parametrize("text", [
    "his head drops when he falls asleep",
    "my knees go and I fall, then I laugh it off",
])
def test_without_an_emotion_setting_it_off_it_is_no_cataplexy(engine: Engine,
                                                               text: str) -> None:
    assert CATAPLEXY not in present_ids(engine, text)


def test_falling_asleep_in_class_is_daytime_sleepiness(engine: Engine) -> None:
    said = present_ids(engine, "he keeps falling asleep in class")
    assert DAYTIME_SOMNOLENCE in said and FREQUENT_FALLS not in said
