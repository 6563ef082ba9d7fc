"""A level said once over a list of measured substances: "high urinary calcium and magnesium",
"low sodium, potassium and chloride", "raised LH/FSH", "K and Mg low", "renin and aldosterone
both suppressed".

Clinicians write the direction word (and the specimen, "urinary", "serum", "CSF") once before
the first substance of a list, or once after its last, and mean it of each: every substance of
the list is a finding of its own, HPO's level term of that substance ("high urinary
magnesium" would be Hypermagnesiuria, "low chloride" Hypochloremia). The first item is read
with the words beside it by the phrase steps; this module only finds the lists and the words
they share, by position. Whether an item with the shared words names a finding is the
lexicon's (or the laboratory reader's, text/labs.py) to say, in the question reader
(QuestionReader._match_listed_levels), which reads an item only when it names no finding
alone ("high calcium and fever" is no "high fever").

Issue 14, h-rareclin2: "high urinary calcium and magnesium" read only the calcium, "low LH and
FSH" neither, "low IgG, IgA and IgM" only the IgG, "K and Mg low" nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

# The words that say a substance is above or below its range, by side (folded). The question
# reader tries an item with the word as written first, then with the other words of its side
# ("raised triglycerides" unknown to the lexicon, "high triglycerides" known).
HIGH_WORDS = ("high", "raised", "elevated", "increased")
LOW_WORDS = ("low", "reduced", "decreased", "suppressed")
# "positive" said once after a list of antibodies ("anti-Ro and anti-La positive").
POSITIVE_WORDS = ("positive",)
SIDES: dict[str, tuple[str, ...]] = {
    **{w: HIGH_WORDS for w in HIGH_WORDS}, **{w: LOW_WORDS for w in LOW_WORDS},
    **{w: POSITIVE_WORDS for w in POSITIVE_WORDS},
}
# Words naming where the substance was measured, shared with the level word before a list
# ("high urinary calcium and magnesium", "low serum sodium and potassium").
SPECIMEN_WORDS = frozenset({"urinary", "urine", "serum", "plasma", "csf", "blood",
                            "circulating"})
# Words between a list and the level word said after it ("renin and aldosterone are both
# suppressed", "sodium and potassium were low").
_LINKS = frozenset({"is", "are", "was", "were", "both", "all", "also"})
# Words that part the items of a list: "," and "/" besides the coordinators.
_PARTS = frozenset({",", "/"})
# The longest item of a list, in words ("transferrin sats", "anti-beta2GP1": "anti", "-",
# "beta2gp1").
MAX_ITEM_TOKENS = 3


@dataclass(frozen=True, slots=True)
class LevelList:
    """A list of substances that share a level word: ``shared``, the positions of the level
    word (and of a specimen word after it, before the list; of the link words before it,
    after the list: "are both"); ``level``, the level word
    (folded); ``items``, each item's positions in order (an item may be given as several
    candidate runs, longest first, when the list's last item may run into other words);
    ``before``: the level word stands before the list."""

    shared: tuple[int, ...]
    level: str
    items: tuple[tuple[tuple[int, ...], ...], ...]
    before: bool


def level_lists(words: Sequence[str], clause: Sequence[int], sentence: Collection[int],
                is_item_word: Callable[[int], bool],
                coordinators: Collection[str]) -> list[LevelList]:
    """The lists of two items or more that share a level word of ``clause`` (positions, in
    order) said before their first item or after their last; the items may lie in the rest
    of the ``sentence`` (positions): a comma ends a clause, not a list ("low sodium,
    potassium and chloride"). ``words``: the folded tokens; ``is_item_word(k)``: may the
    token at ``k`` be a word of an item (a content word, no level or specimen word)."""
    inside = set(sentence)
    parts = _PARTS | set(coordinators)
    found: list[LevelList] = []
    for k in clause:
        if words[k] not in SIDES:
            continue
        # Before the list: the level word, then specimen words, then the items.
        shared = [k]
        j = k + 1
        while j in inside and words[j] in SPECIMEN_WORDS and words[k] != "positive":
            shared.append(j)
            j += 1
        after = _items_after(words, j, inside, is_item_word, parts)
        if len(after) >= 2:
            found.append(LevelList(tuple(shared), words[k], tuple(after), True))
        # After the list: the items, then link words, then the level word.
        j = k - 1
        while j in inside and words[j] in _LINKS:
            j -= 1
        before = _items_before(words, j, inside, is_item_word, parts)
        if len(before) >= 2:
            # The links are the list's words ("both" is no side of the body here).
            found.append(LevelList((k, *range(j + 1, k)), words[k], tuple(before), False))
    return found


def _run(words: Sequence[str], start: int, step: int, inside: set[int],
         is_item_word: Callable[[int], bool], parts: Collection[str]) -> list[int]:
    """The item words from ``start`` up to a part of the list, going forward (``step`` 1) or
    back (-1), in text order (at most MAX_ITEM_TOKENS; a hyphen inside an item counts as one
    of its tokens)."""
    run: list[int] = []
    j = start
    while j in inside and len(run) < MAX_ITEM_TOKENS and words[j] not in parts:
        if not (is_item_word(j) or (words[j] == "-" and run and j + step in inside
                                    and is_item_word(j + step))):
            break
        run.append(j)
        j += step
    return run if step > 0 else run[::-1]


def _items_after(words: Sequence[str], start: int, inside: set[int],
                 is_item_word: Callable[[int], bool],
                 parts: Collection[str]) -> list[tuple[tuple[int, ...], ...]]:
    items: list[tuple[tuple[int, ...], ...]] = []
    j = start
    while True:
        run = _run(words, j, 1, inside, is_item_word, parts)
        if not run:
            break
        end = run[-1] + 1
        closed = end in inside and words[end] in parts
        # An item closed by a part of the list is whole; the last may run into other words
        # ("IgM since birth"): each shorter run is a candidate.
        items.append((tuple(run),) if closed else tuple(
            tuple(run[:n]) for n in range(len(run), 0, -1) if words[run[n - 1]] != "-"))
        if not closed:
            break
        j = end
        while j in inside and words[j] in parts:  # ", and"
            j += 1
    return items


def _items_before(words: Sequence[str], last: int, inside: set[int],
                  is_item_word: Callable[[int], bool],
                  parts: Collection[str]) -> list[tuple[tuple[int, ...], ...]]:
    items: list[tuple[tuple[int, ...], ...]] = []
    j = last
    while True:
        run = _run(words, j, -1, inside, is_item_word, parts)
        if not run:
            break
        j = run[0] - 1
        opened = j in inside and words[j] in parts
        items.insert(0, (tuple(run),) if opened else tuple(
            tuple(run[n:]) for n in range(len(run)) if words[run[n]] != "-"))
        if not opened:
            break
        while j in inside and words[j] in parts:
            j -= 1
    return items
