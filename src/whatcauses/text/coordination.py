"""Parts listed as the subject of a statement: "my hands and feet are red and swollen".

People tell a finding of several parts at once, the parts listed before a linking verb and
the describing words listed after it ("his glands and spleen are big", "both his knees and
his elbows are stiff and swollen", "the skin on her face and chest is red and scaly", "my
ankles, wrists and fingers ache and swell"). Each part is meant with each describing word: the
statement is as many statements as parts times words ("his knees are stiff", "his elbows are
stiff", ...). The site reader composes one finding with the sites said around it, and kept the
parts it could not join (the hands of "hands and feet are swollen", the knees of "knees and
elbows are stiff and swollen" for the stiffness; h-coordsubj, issue 14).

This module finds such statements in the folded words of a question (:func:`listed_subjects`)
and says each part's own wording (:func:`part_phrases`): the words before the first part that
all parts share ("the skin on her" of "the skin on her face and chest") and the part's
determiners ("her", from the first part when a later one has none). The question reader reads
each part with each describing word again as a statement of its own (text/question.py
``_listed_subjects``), with the site composition it has for one part.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from whatcauses.text.normalize import POSSESSIVES

# Words that may stand before a part of the list ("my hands and *both* feet", "his knees and
# *his* elbows"); a later part with none of its own takes the first part's.
DETERMINERS = POSSESSIVES | frozenset({"the", "both", "a", "an", "its", "each", "left", "right"})
# The words that join the parts of a list (a comma inside a list of sites is read as "and"
# before this: text/referents.py ``join_site_lists``).
_JOINS = frozenset({"and", "or"})
# Words between the last part and its linking verb or its first describing word that say
# nothing of the finding ("have *been* swollen", "are *still* puffy", "*both* ache").
_BETWEEN = frozenset({"been", "still", "now", "also", "both", "all", "always", "often",
                      "sometimes", "really", "very", "so", "quite", "just", "usually",
                      "constantly"})
# "have" and its forms are passed over only as the auxiliary of a linking verb ("have *been*
# swollen", "has *become* weak"); as a verb of its own they say what the parts have ("his
# bowel and his father had bowel cancer" lists no parts of one statement).
_AUXILIARIES = frozenset({"have", "has", "had"})
_PARTICIPLES = frozenset({"been", "become", "got", "gotten", "gone", "turned", "grown",
                          "felt", "looked", "seemed"})
# Position words that make the part after them a landmark of another place ("above my head",
# "between my shoulders"), never a subject; "on", "of", "over" say the surface of the part
# itself ("the skin on her face and chest").
_LANDMARKS = frozenset({"above", "below", "under", "underneath", "beneath", "behind", "near",
                        "beside", "between", "to", "into", "towards", "from", "down", "up",
                        "past", "than"})
# How far back the words all parts share may reach from the first part ("the skin on the
# backs of her hands and ...": at most this many words).
_FRAME_REACH = 6
# Words that end the words the parts share: a new statement or another person begins
# before them ("I'm tired and *my* legs ...").
_FRAME_ENDS = frozenset({",", ";", ".", "!", "?", "and", "or", "but", "i", "i'm", "im", "he",
                         "she", "they", "we", "you", "it", "who", "that", "which", "this",
                         "so", "because", "then", "when", "if", "while", "since"})


@dataclass(frozen=True, slots=True)
class ListedSubject:
    """A list of parts said before their describing words: token positions of each part
    (its own determiners included), of the words all parts share before the first one, and
    of the last part's end (the describing words start after ``last`` and the ``between``
    words)."""

    parts: tuple[tuple[int, ...], ...]
    frame: tuple[int, ...]
    last: int
    between: tuple[int, ...]


def listed_subjects(words: Sequence[str], is_part: Callable[[int, int], bool]
                    ) -> list[ListedSubject]:
    """The lists of two or more parts in ``words`` (folded tokens) followed by something said
    of them. ``is_part(start, end)`` says whether the words ``start..end`` (inclusive) name a
    part (a body site, or a noun the reader reads a finding of). Each list ends at its last
    part; the caller reads what follows."""
    found: list[ListedSubject] = []
    taken: set[int] = set()
    for end in range(len(words) - 1, -1, -1):
        if end in taken:
            continue
        parts = _parts_ending_at(words, end, is_part)
        if len(parts) < 2:
            continue
        taken.update(p for part in parts for p in part)
        after = end + 1
        between: list[int] = []
        while after < len(words) and (words[after] in _BETWEEN or (
                words[after] in _AUXILIARIES and after + 1 < len(words)
                and words[after + 1] in _PARTICIPLES)):
            between.append(after)
            after += 1
        found.append(ListedSubject(tuple(parts), _frame(words, parts[0][0]), end,
                                   tuple(between)))
    return sorted(found, key=lambda s: s.last)


def _part_at(words: Sequence[str], end: int, is_part: Callable[[int, int], bool]
             ) -> tuple[int, ...] | None:
    """The part (two words, else one) that ends at ``end``, with its determiners."""
    for width in (2, 1):
        start = end - width + 1
        if start >= 0 and is_part(start, end):
            while start > 0 and words[start - 1] in DETERMINERS:
                start -= 1
            return tuple(range(start, end + 1))
    return None


def _parts_ending_at(words: Sequence[str], end: int, is_part: Callable[[int, int], bool]
                     ) -> list[tuple[int, ...]]:
    """The parts of the list whose last part ends at ``end``, first part first."""
    parts: list[tuple[int, ...]] = []
    k = end
    while k >= 0:
        part = _part_at(words, k, is_part)
        if part is None:
            break
        parts.insert(0, part)
        j = part[0] - 1
        if j < 0 or words[j] not in _JOINS:
            break
        if j > 0 and words[j - 1] == ",":  # "knees, and ankles"
            j -= 1
        k = j - 1
    # The first part opens a noun phrase: it has a determiner of its own ("*my* hands and
    # feet") or starts the statement ("hands and feet are swollen"). A bare site after
    # another word is no subject ("pull the foreskin *back* and the tip is red", "cold
    # hands and feet and his legs hurt"): the list starts at the next part with a
    # determiner of its own, if any.
    if parts and parts[0][0] > 0 and words[parts[0][0] - 1] in _LANDMARKS:
        # The first part is the landmark of a place said before it ("I can't raise my arm
        # *above* my head and my shoulder aches"): the list is no subject.
        return []
    if parts and words[parts[0][0]] not in DETERMINERS and parts[0][0] > 0 and (
            words[parts[0][0] - 1] not in _FRAME_ENDS
            and not _possessive(words[parts[0][0] - 1])):
        opened = [n for n, part in enumerate(parts) if words[part[0]] in DETERMINERS]
        parts = parts[opened[0]:] if opened else []
    return parts


def _possessive(word: str) -> bool:
    """Does the word own the part after it ("my son's feet", "the twins' hands")?"""
    return word.endswith(("'s", "s'", "\u2019s"))


def _frame(words: Sequence[str], first: int) -> tuple[int, ...]:
    """The words before the first part that every part shares, from the first determiner of
    its noun phrase ("*the skin on* her face"; "*my 8 year old daughter's* arms"); none when
    no determiner opens them."""
    span: list[int] = []
    for k in range(first - 1, max(-1, first - 1 - _FRAME_REACH), -1):
        if words[k] in _FRAME_ENDS:
            break
        span.insert(0, k)
    opener = next((i for i, k in enumerate(span) if words[k] in DETERMINERS), None)
    return tuple(span[opener:]) if opener is not None else ()


def part_phrases(text: str, spans: Sequence[tuple[int, int]], subject: ListedSubject
                 ) -> list[str]:
    """Each part of ``subject`` as said on its own, in the words of ``text`` (``spans``: each
    token's character offsets): the shared words, the part's determiners (the first part's
    when it has none: "her face and chest" -> "her chest"), and the part."""
    def word(p: int) -> str:
        return text[spans[p][0]:spans[p][1]]

    def said(positions: Sequence[int]) -> str:
        return " ".join(word(p) for p in positions)

    first = subject.parts[0]
    lead: list[int] = []
    for p in first[:-1]:
        if word(p).lower() not in DETERMINERS:
            break
        lead.append(p)
    phrases = []
    for n, part in enumerate(subject.parts):
        own = n == 0 or word(part[0]).lower() in DETERMINERS
        phrases.append(" ".join(filter(None, (said(subject.frame), "" if own else said(lead),
                                              said(part)))))
    return phrases
