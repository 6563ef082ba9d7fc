"""h-longage (issue 14, parents' long questions about a child told as a story): the ages of a
story date when the findings began ("fine until 4, then", "at 18 months she lost", "by 3 months
she was floppy") and are not the age now; "fine at birth" is no congenital onset; "kids her
age" is no age of the person; milestones are read late, not yet reached, or lost."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.context import read_onsets

INFANTILE, CHILDHOOD, JUVENILE = "HP:0003593", "HP:0011463", "HP:0003621"


@pytest.mark.parametrize(("question", "onsets"), [
    ("he was fine until 4, then started falling", [CHILDHOOD]),
    ("she developed normally until 3, then became hyperactive", [CHILDHOOD]),
    ("our son seemed normal until 6 months, then he got floppy", [INFANTILE]),
    ("at 18 months she lost the few words she had", [CHILDHOOD]),
    ("then at 3 he started having seizures", [CHILDHOOD]),
    ("at 9 months, after a tummy bug, our son went backwards", [INFANTILE]),
    ("our baby seemed fine at birth but by 3 months she was floppy", [INFANTILE]),
    ("at 6 our daughter started losing her sight, by 9 she was struggling", [JUVENILE, JUVENILE]),
    ("my son was fine until 12, now he gets cramps", [JUVENILE]),
])
def test_story_ages_are_onsets(question: str, onsets: list[str]) -> None:
    assert [o.id for o in read_onsets(question)] == onsets


@pytest.mark.parametrize("question", [
    "she started vomiting at 2 this morning",
    "now at 3 he bites his lips",
    "he was fine at birth",
])
def test_no_onset(question: str) -> None:
    assert read_onsets(question) == ()


def test_a_story_age_is_not_the_age_now(engine: Engine) -> None:
    reading = engine.interpret("he was fine until 4, then started waddling and his calves got "
                               "really big")
    assert reading.age is None
    assert [o.id for o in reading.onset] == [CHILDHOOD]


def test_kids_her_age_is_no_age(engine: Engine) -> None:
    reading = engine.interpret("she lost the words she had and now kids her age are way ahead "
                               "of her")
    assert reading.age is None


@pytest.mark.parametrize(("question", "term"), [
    ("my 3 year old still isn't talking, only started walking at 2 and is very wobbly",
     "HP:0031936"),
    ("our son's head was big from early on, at 1 he still wasn't sitting", "HP:0025336"),
    ("my 5 year old wakes at night and her speech came late", "HP:0000750"),
    ("at 9 months our son went backwards: he lost his head control", "HP:0002376"),
])
def test_milestones_in_a_story(engine: Engine, question: str, term: str) -> None:
    read = {i for f in engine.interpret(question).present for i in f.ids}
    assert term in read


def test_still_cannot_sit_is_no_restlessness(engine: Engine) -> None:
    read = {i for f in engine.interpret("at 1 my son still can't sit").present for i in f.ids}
    assert "HP:0025336" in read
    assert "HP:0000711" not in read
