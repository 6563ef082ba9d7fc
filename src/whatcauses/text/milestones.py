"""A child's milestones told in a parent's story: reached late, not reached yet, or lost.

Parents say a milestone through the verb of the skill and words of time around it: late ("only
started walking at 2", "she was slow to talk", "he walked late", "his first words came at 3"),
not yet ("at 1 he still wasn't sitting", "she still can't stand or walk") or lost ("he lost
his head control", "losing his walking and words"). The lexicon's order-free keys cannot tell
"still can't sit" (not yet sitting) from "can't sit still" (restlessness), nor "walked at 14
months" (on time) from "walked at 2" (late), so these are read here, word by word, before the
phrases.

A milestone said reached at an age is late only after the latest age at which healthy children
reach it: the 99th percentile of the WHO Motor Development Study's windows of achievement
(PMID:16817682, "WHO Motor Development Study: windows of achievement for six gross motor
development milestones", Acta Paediatr Suppl 2006: sitting without support 9.2 months,
hands-and-knees crawling 13.5, standing alone 16.9, walking alone 17.6) and, for words, 18
months, the age by which fewer than five words is a red flag (Feldman, "How young children
learn language and speech: implications of theory and evidence for clinical pediatric
practice", Pediatr Rev 2019;40(8):398-411, Table 2). The terms are HPO's: Delayed ability to
walk ("A failure to achieve the ability to walk at an appropriate developmental stage"), to
sit, to stand, to crawl; Delayed speech and language development; Developmental regression
("Loss of developmental skills, as manifested by loss of developmental milestones").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

# The words of each milestone, folded ("sat up", "first words", "his speech").
_FORMS: dict[str, str] = {
    **dict.fromkeys(("walk", "walks", "walking", "walked"), "walk"),
    **dict.fromkeys(("sit", "sits", "sitting", "sat"), "sit"),
    **dict.fromkeys(("stand", "stands", "standing", "stood"), "stand"),
    **dict.fromkeys(("crawl", "crawls", "crawling", "crawled"), "crawl"),
    **dict.fromkeys(("talk", "talks", "talking", "talked", "speak", "speaks", "speaking",
                     "spoke", "words", "speech"), "talk"),
}
# The latest age (years) at which healthy children reach each milestone (module docstring).
LATEST_YEARS = {"sit": 9.2 / 12, "crawl": 13.5 / 12, "stand": 16.9 / 12, "walk": 17.6 / 12,
                "talk": 1.5}
DELAYED: dict[str, tuple[str, ...]] = {
    "walk": ("HP:0031936",), "sit": ("HP:0025336",), "stand": ("HP:0025335",),
    "crawl": ("HP:0033128",), "talk": ("HP:0000750",)}
# Not reached yet: as late, or never reached, as the lexicon reads "not walking" (Delayed
# ability to walk | Inability to walk) and "not talking" (Delayed speech and language
# development | Absent speech).
NOT_YET: dict[str, tuple[str, ...]] = {**DELAYED, "walk": ("HP:0031936", "HP:0002540"),
                                       "talk": ("HP:0000750", "HP:0001344")}
REGRESSION = "HP:0002376"
# Lost: the skill's own loss where HPO names it (Loss of ambulation, Loss of speech: first,
# as the lexicon reads "stopped talking"), and Developmental regression.
LOST: dict[str, tuple[str, ...]] = {
    "walk": ("HP:0002505", REGRESSION), "talk": ("HP:0002371", REGRESSION),
    "sit": (REGRESSION,), "stand": (REGRESSION,), "crawl": (REGRESSION,), "head": (REGRESSION,)}

_NEGATIONS = frozenset({"can't", "cannot", "couldn't", "isn't", "wasn't", "not", "doesn't",
                        "didn't", "hasn't", "hadn't", "won't", "never", "unable"})
# Words that may stand between a negation or a verb of beginning and the milestone ("still
# can't sit up on her own", "isn't able to stand", "only started to walk").
_BETWEEN = frozenset({"be", "able", "to", "start", "started", "begin", "began", "up", "yet",
                      "properly", "even", "really", "on", "his", "her", "their", "own",
                      "alone", "any", "first", "a", "single", "say", "said", "saying"})
# After the milestone, words that may stand before the next of a list ("stand or walk",
# "losing his walking and his words").
_LIST_JOINS = frozenset({"or", "and", "nor", ",", "his", "her", "their", "the"})
_BEGIN = frozenset({"started", "start", "starting", "began", "begin", "beginning"})
_LATE = frozenset({"late", "later", "slow", "slowly", "behind"})
_LOSS = frozenset({"lost", "losing", "loses", "lose"})
# A child who "stopped walking" has lost it as one who "lost his walking" has; a baby who
# "stopped feeding (well)" feeds poorly (Feeding difficulties, "Impaired ability to eat
# related to problems gathering food and getting ready to suck, chew, or swallow it").
_STOPPED = frozenset({"stopped", "stopping", "stops"})
_FEEDING = frozenset({"feeding", "feed", "feeds"})
FEEDING_DIFFICULTIES = "HP:0011968"
# Behind children of the same age (Global developmental delay, "A delay in the achievement
# of motor or mental milestones in the domains of development of a child"): "she has fallen
# behind", "he is way behind other kids", "kids her age are way ahead of her". A "behind"
# followed by a determiner and a noun is a place ("behind his ear") and reads nothing here.
GLOBAL_DELAY = "HP:0001263"
_FALLEN = frozenset({"fallen", "falling", "fell", "falls", "fall"})
_BEHIND_BEFORE = _FALLEN | frozenset({"is", "was", "'s", "are", "way", "far", "so", "bit",
                                      "really", "very", "well", "much", "miles", "getting",
                                      "gotten", "got", "behind"})
_PEERS = frozenset({"kids", "children", "boys", "girls", "babies", "toddlers", "others",
                    "peers", "classmates"})
_FAR = frozenset({"way", "far", "well", "so", "much", "miles", "really", "a", "lot", "bit"})
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "eighteen": 18, "fifteen": 15, "twenty": 20}
_NUMBER = re.compile(r"\d{1,2}(?:\.\d)?$")
# Words that place a child: a milestone frame of "not yet" or "lost" is a child's only where
# the question tells of a child ("my dad still can't walk after his fall" is no delay).
_CHILD_WORDS = frozenset({"son", "daughter", "baby", "boy", "girl", "child", "kid", "toddler",
                          "infant", "newborn", "months", "month", "babies", "twins"})
_REACH = 4  # words between a negation, a verb of beginning or "lost" and the milestone


@dataclass(frozen=True, slots=True)
class MilestoneHit:
    """A milestone said late, not yet reached or lost: the positions of its words and the HPO
    terms they name (the first is the reading, the rest its alternatives)."""

    positions: tuple[int, ...]
    ids: tuple[str, ...]


# Onset classes of a child's years (HPO: Neonatal, Infantile, Childhood, Pediatric, Juvenile
# onset): a story whose findings began then ("she developed normally until 3") tells of a child.
_CHILD_ONSETS = frozenset({"HP:0003623", "HP:0003593", "HP:0011463", "HP:0410280",
                           "HP:0003621"})


def tells_of_a_child(words: Sequence[str], age: float | None,
                     onsets: Collection[str] = ()) -> bool:
    """Whether the question is about a child: an age below 16, a child's word, or findings
    begun in a child's years with no age said."""
    if age is not None:
        return age < 16
    return (any(w.removesuffix("'s") in _CHILD_WORDS for w in words)
            or any(o in _CHILD_ONSETS for o in onsets))


def read_milestones(words: Sequence[str], clause: Sequence[int], consumed: Collection[int],
                    child: bool) -> list[MilestoneHit]:
    """The milestones of one clause (``words`` are the folded tokens of the whole question),
    their words not yet read (``consumed``). ``child``: the question tells of a child."""
    open_positions = [k for k in clause if k not in consumed]
    hits: list[MilestoneHit] = []
    taken: set[int] = set()
    for n, k in enumerate(open_positions):
        if k in taken:
            continue
        word = words[k]
        found: list[MilestoneHit] = []
        if word == "still" and child:
            found = _not_yet(words, open_positions, n)
        elif word in _BEGIN or word == "only":
            found = _begun_late(words, open_positions, n)
        elif word == "behind" and child:
            found = (_said_late(words, open_positions, n)
                     or _behind(words, open_positions, n))
        elif word in _LATE:
            found = _said_late(words, open_positions, n)
        elif word in _LOSS and child:
            found = _lost(words, open_positions, n)
        elif word in _STOPPED and child:
            found = _stopped(words, open_positions, n)
        elif word in _NEGATIONS and child:
            found = _not_yet_after(words, open_positions, n)
        elif word in _PEERS and child:
            found = _peers_ahead(words, open_positions, n)
        elif word in _FORMS:
            found = _reached_at(words, open_positions, n)
        if found and not taken & {p for h in found for p in h.positions}:
            hits.extend(found)
            taken.update(p for h in found for p in h.positions)
    return hits


# One milestone named in a frame: the milestone and the positions of its own words.
_Named = tuple[str, list[int]]


def _milestones_after(words: Sequence[str], positions: Sequence[int], n: int) -> list[_Named]:
    """The milestones named from ``positions[n]`` on, past words of _BETWEEN, and those of a
    list after them ("stand or walk"), each with the positions of its words."""
    found: list[_Named] = []
    gap = 0
    for k in positions[n:]:
        word = words[k]
        if word in _FORMS:
            found.append((_FORMS[word], [k]))
            gap = 0
        elif word == "head" and k + 1 < len(words) and words[k + 1] == "control":
            found.append(("head", [k, k + 1]))
            gap = 0
        elif gap < _REACH and (word in _BETWEEN or (found and word in _LIST_JOINS)):
            gap += 1
        else:
            break
    return found


def _hits(frame: Sequence[int], named: Sequence[_Named], terms: dict[str, tuple[str, ...]]
          ) -> list[MilestoneHit]:
    """One hit per milestone: the first takes the frame's words from ``frame[0]`` to its own
    last word ("still can't stand"), the others their own words ("walk")."""
    hits: list[MilestoneHit] = []
    used: set[str] = set()
    for n, (milestone, words_of) in enumerate(named):
        own = list(range(min(frame), max([*words_of, *frame]) + 1)) if n == 0 else words_of
        # A term read already ("losing his walking and words": Developmental regression once)
        # is not read twice; a milestone left with none is read with the first.
        ids = tuple(i for i in terms[milestone] if i not in used)
        used.update(ids)
        if ids:
            hits.append(MilestoneHit(tuple(own), ids))
        else:
            hits[0] = MilestoneHit(tuple(sorted({*hits[0].positions, *own})), hits[0].ids)
    return hits


def _not_yet(words: Sequence[str], positions: Sequence[int], n: int) -> list[MilestoneHit]:
    """"still can't sit", "still wasn't walking", "still isn't able to stand or walk"."""
    if n + 1 >= len(positions) or words[positions[n + 1]] not in _NEGATIONS:
        return []
    named = [(m, own) for m, own in _milestones_after(words, positions, n + 2) if m in NOT_YET]
    return _hits([positions[n], positions[n + 1]], named, NOT_YET) if named else []


def _begun_late(words: Sequence[str], positions: Sequence[int], n: int) -> list[MilestoneHit]:
    """"only started walking at 2", "only walked at 20 months", "started talking late", "only
    said his first words at 3": late when said late, or at an age past the latest."""
    at = n + 1 if words[positions[n]] == "only" else n
    if words[positions[n]] == "only" and at < len(positions) and words[positions[at]] in _BEGIN:
        at += 1
    if at == n:
        at += 1
    named = [(m, own) for m, own in _milestones_after(words, positions, at) if m in DELAYED]
    if not named:
        return []
    last = max(p for _, own in named for p in own)
    after = positions.index(last) + 1
    rest = [words[k] for k in positions[after:after + 6]]
    late = bool(rest) and rest[0] in {"late", "later"}
    age = _age_after(rest)
    if not late and (age is None or not all(age > LATEST_YEARS[m] for m, _ in named)):
        return []
    end = after + (1 if late else _age_words(rest))
    return _hits(list(positions[n:end]), named, DELAYED)


def _said_late(words: Sequence[str], positions: Sequence[int], n: int) -> list[MilestoneHit]:
    """"slow to talk", "late to walk and talk", "a bit behind in walking"."""
    if n + 1 >= len(positions) or words[positions[n + 1]] not in {"to", "in", "with"}:
        return []
    named = [(m, own) for m, own in _milestones_after(words, positions, n + 2) if m in DELAYED]
    return _hits([positions[n], positions[n + 1]], named, DELAYED) if named else []


def _reached_at(words: Sequence[str], positions: Sequence[int], n: int) -> list[MilestoneHit]:
    """"walked late", "her speech came late", "walked at 2", "first words came at 3": the
    milestone, then late words or an age past the latest."""
    milestone = _FORMS[words[positions[n]]]
    rest = [words[k] for k in positions[n + 1:n + 7]]
    skip = 1 if rest and rest[0] in {"came", "come", "only", "up"} else 0
    if rest[skip:skip + 1] and rest[skip] in {"late", "later"}:
        return [MilestoneHit(tuple(positions[n:n + skip + 2]), DELAYED[milestone])]
    if words[positions[n]] in {"walk", "walks", "sit", "sits", "stand", "stands", "crawl",
                               "crawls", "talk", "talks", "speak", "speaks", "speech"}:
        return []  # a present verb ("walks at 8 in the morning") names no milestone reached
    age = _age_after(rest[skip:])
    if age is None or age <= LATEST_YEARS[milestone]:
        return []
    end = n + 1 + skip + _age_words(rest[skip:])
    return [MilestoneHit(tuple(positions[n:end]), DELAYED[milestone])]


def _lost(words: Sequence[str], positions: Sequence[int], n: int) -> list[MilestoneHit]:
    """"lost his head control", "losing his walking and words", "lost the ability to sit"."""
    named = _milestones_after(words, positions, n + 1)
    if not named and [words[k] for k in positions[n + 1:n + 3]] in (
            ["the", "ability"], ["his", "ability"], ["her", "ability"]):
        named = _milestones_after(words, positions, n + 3)
    named = [(m, own) for m, own in named if m in LOST]
    return _hits([positions[n]], named, LOST) if named else []


def _stopped(words: Sequence[str], positions: Sequence[int], n: int) -> list[MilestoneHit]:
    """"stopped walking", "stopped sitting up", "stopped feeding well"."""
    if n + 1 >= len(positions):
        return []
    if words[positions[n + 1]] in _FEEDING:
        end = n + 2
        if end < len(positions) and words[positions[end]] in {"well", "properly"}:
            end += 1
        return [MilestoneHit(tuple(positions[n:end]), (FEEDING_DIFFICULTIES,))]
    if words[positions[n + 1]] not in _FORMS:
        return []
    named = [(m, own) for m, own in _milestones_after(words, positions, n + 1) if m in LOST]
    return _hits([positions[n]], named, LOST) if named else []


def _behind(words: Sequence[str], positions: Sequence[int], n: int) -> list[MilestoneHit]:
    """"she has fallen behind", "he is way behind other kids", "behind for her age"."""
    if n == 0 or words[positions[n - 1]] not in _BEHIND_BEFORE:
        return []
    after = [words[k] for k in positions[n + 1:n + 3]]
    if after and after[0] in {"the", "his", "her", "my", "a", "an", "our", "their", "your"}:
        return []  # a place: "fell behind the sofa", "a pain behind her eye"
    start = n - 1 if words[positions[n - 1]] in _FALLEN else n
    return [MilestoneHit(tuple(positions[start:n + 1]), (GLOBAL_DELAY,))]


def _not_yet_after(words: Sequence[str], positions: Sequence[int], n: int
                   ) -> list[MilestoneHit]:
    """"can't walk yet", "isn't sitting up yet": a negation, the milestone, then "yet"."""
    named = [(m, own) for m, own in _milestones_after(words, positions, n + 1) if m in NOT_YET]
    if not named:
        return []
    after = positions.index(max(p for _, own in named for p in own)) + 1
    rest = [words[k] for k in positions[after:after + 2]]
    if not rest or (rest[0] != "yet" and rest[:2] != ["up", "yet"]):
        return []
    end = after + (1 if rest[0] == "yet" else 2)
    last = positions[end - 1]
    return _hits([positions[n], last], named, NOT_YET)


def _peers_ahead(words: Sequence[str], positions: Sequence[int], n: int) -> list[MilestoneHit]:
    """"kids her age are way ahead of her", "other children are far ahead"."""
    k = n + 1
    if k + 1 < len(positions) and words[positions[k]] in {"his", "her", "their", "my"} and \
            words[positions[k + 1]] == "age":
        k += 2
    if k < len(positions) and words[positions[k]] in {"are", "were", "is", "'re"}:
        k += 1
    while k < len(positions) and words[positions[k]] in _FAR:
        k += 1
    if k >= len(positions) or words[positions[k]] != "ahead":
        return []
    return [MilestoneHit(tuple(positions[n:k + 1]), (GLOBAL_DELAY,))]


def _age_after(rest: Sequence[str]) -> float | None:
    """The age in years of "at 2", "at 20 months", "until he was 3", "at two years" at the
    start of ``rest``, or None."""
    words = list(rest)
    if not words or words[0] not in {"at", "until", "till", "by", "around", "about"}:
        return None
    k = _number_at(words)
    if k >= len(words):
        return None
    word = words[k]
    value = float(word) if _NUMBER.match(word) else _NUMBER_WORDS.get(word)
    if value is None:
        return None
    unit = words[k + 1] if k + 1 < len(words) else ""
    if unit.startswith("month"):
        return value / 12
    if unit.startswith("week"):
        return value / 52
    return value if value < 16 else None


def _number_at(words: Sequence[str]) -> int:
    """Where the number of an age after its preposition stands ("at about 2", "until she was
    3")."""
    k = 1
    if list(words[k:k + 2]) in (["he", "was"], ["she", "was"]):
        k += 2
    if k < len(words) and words[k] in {"about", "around", "nearly", "almost"}:
        k += 1
    return k


def _age_words(rest: Sequence[str]) -> int:
    """How many words of ``rest`` the age of :func:`_age_after` takes."""
    k = _number_at(rest) + 1
    if k < len(rest) and rest[k].startswith(("month", "year", "week")):
        k += 1
    return min(k, len(rest))
