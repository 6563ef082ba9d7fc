"""A sudden loss of strength that laughter, a joke, a startle or excitement sets off.

"My knees buckle when I laugh", "she goes weak whenever someone tells a joke", "his legs give
way if he is startled": a giving way of the legs or a sudden weakness brought on by an emotion
is Cataplexy (HPO: "A sudden and transient episode of bilateral loss of muscle tone, often
triggered by emotions"; laughter and joking are its classical triggers, with surprise and
excitement). Read word by word, the same sentence is a lasting weakness, a knee that gives way
(Joint hypermobility) or falls, which ranked narcolepsy type 1 far below common causes of
weak or unstable legs.

text/question.py reads such a finding as Cataplexy when its sentence ties an emotion word to
it: after a word of time or cause ("when", "whenever", "if", "every time", "after", "during")
or before a verb of causing ("laughing makes my legs go weak"). Crying and anger are left out:
a child who goes limp after crying or a tantrum is the pattern of a breath-holding spell, not
of cataplexy. A laugh that only describes the person ("a happy laughing baby") sets nothing
off.
"""

from __future__ import annotations

import re

CATAPLEXY = "HP:0002524"
# The findings a trigger turns into Cataplexy: HPO roots whose descendants (the root itself
# included) count, read as the finding's first reading.
GIVING_WAY_ROOTS = (
    "HP:0001324",  # Muscle weakness
    "HP:0003470",  # Paralysis
    "HP:0001252",  # Hypotonia
    "HP:0002527",  # Falls
    "HP:0002317",  # Unsteady gait
    "HP:0001382",  # Joint hypermobility (a knee that "gives way" or "buckles")
)
_EMOTION = r"(?:laugh\w*|giggl\w*|jok(?:e|es|ed|ing)|startl\w*|surpris\w*|excit\w*)"
# An emotion word as the occasion of the finding: after a word of time or cause, at most
# _REACH words on with no comma between ("when something makes me laugh", "every time he gets
# excited"; not "weak legs when I walk, and I laugh it off"), or as the subject of a verb of
# causing ("laughing makes my knees buckle").
_REACH = 4
_SET_OFF = re.compile(
    r"\b(?:when|whenever|if|while|each time|every time|after|during|from)"
    r"(?:\s+[\w']+){0," + str(_REACH) + r"}?\s+" + _EMOTION + r"|\b" + _EMOTION
    + r"\s+(?:makes?|made|causes?|caused|brings?\s+on|brought\s+on|sets?\s+off)\b")
_SENTENCE_BREAK = re.compile(r"[.;!?]")


def set_off_sentences(text: str) -> list[tuple[int, int]]:
    """The character spans of the sentences of ``text`` (lower-cased) in which an emotion
    sets something off."""
    spans = []
    start = 0
    for end in [m.start() for m in _SENTENCE_BREAK.finditer(text)] + [len(text)]:
        if _SET_OFF.search(text[start:end]):
            spans.append((start, end))
        start = end + 1
    return spans


def trigger_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` that say an emotion sets something off ("when
    something makes me laugh"): the occasion of a finding, never a finding of their own."""
    return [m.span() for m in _SET_OFF.finditer(text.lower())]
