"""Exposures a question names ("weeks after a tick bite", "we got a new kitten").

The lay phrases of knowledge/curated/exposures.yaml are matched like lay terms: by order-free
stemmed keys over the content words of each sentence, longest first. An exposure is evidence of
its own kind, never an HPO finding: the ranker weighs the diseases that list it
(whatcauses.rank.exposures). Its words are context for the rest of the reader: they may still be
part of a finding ("worse after time in the sun" is also Cutaneous photosensitivity) and are
never reported as unrecognised. A negated exposure ("no recent travel", "never smoked") is
reported as such and weighs nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whatcauses.errors import DataError
from whatcauses.knowledge.curated import Exposure
from whatcauses.text.context import births_before
from whatcauses.text.cues import Cues
from whatcauses.text.mentions import KeyedMention
from whatcauses.text.negation import negated_spans
from whatcauses.text.normalize import Token, phrase_key, sentences
from whatcauses.text.preceding import ILLNESS_LEADS
from whatcauses.text.recognize import longest_matches

# Punctuation that ends a sentence: a phrase never spans two sentences.
# Words that say the exposure came first, taken with a phrase they stand before, across at most
# this many tokens ("after a few mosquito bites" is not covered: "few" is a content word).
_TIME_WORDS = frozenset({"after", "since", "following"})
_TIME_WORD_REACH = 3
# h-reader70 (issue 14): a phrase that names its exposure only after a time word
# (``after_phrases``: "tonsillitis") is reached across the words that bring an earlier
# illness in (text/preceding.py: "since a bout of tonsillitis", "after a bad dose of
# tonsillitis", "since I had tonsillitis"), across at most this many tokens.
_ILLNESS_LEAD_REACH = 5
_ILLNESS_MEASURES = frozenset({"dose", "touch", "case", "attack", "episode", "spell"})
# Words that say an exposure is only wished for or tried for, so it has not happened ("trying
# to get pregnant", "can't get pregnant", "planning a pregnancy", "want to travel"): no
# exposure. They are looked for up to this many tokens before the phrase, across function words
# and the verbs of coming to a state ("get", "fall", "become"), which alone say nothing ("I got
# pregnant" is pregnant; "I get tick bites" is bitten).
_SOUGHT = frozenset({"try", "tries", "tried", "trying", "want", "wants", "wanted", "wanting",
                     "hope", "hopes", "hoped", "hoping", "plan", "plans", "planned", "planning",
                     "wish", "wishes", "wishing", "struggle", "struggles", "struggled",
                     "struggling", "can't", "cant", "cannot", "unable", "couldn't", "couldnt"})
_COMING_TO = frozenset({"get", "getting", "fall", "falling", "become", "becoming", "conceive",
                        "conceiving"})
_SOUGHT_REACH = 4
# Nouns that say the coming to a state has failed, right before its verb ("no luck getting
# pregnant", "trouble getting pregnant", "difficulty becoming pregnant"): never across other
# words ("problems since getting pregnant" is pregnant).
_FAILING = frozenset({"luck", "trouble", "difficulty", "difficulties"})
# h-lay18 (issue 14): an exposure said as a likeness ("my tummy sticks out like I'm pregnant",
# "I look as if I'm pregnant") is no exposure: "like" or "as if/though", then only the words
# of a person being so, right before the phrase.
_LIKENESS_BEING = frozenset({"i'm", "im", "i", "am", "was", "were", "i've", "ive", "been",
                             "she's", "shes", "she", "is", "he's", "hes", "he", "you're",
                             "youre", "you", "are", "a", "an", "someone", "somebody"})
_LIKENESS_REACH = 3


def _likened(tokens: Sequence[Token], first: int) -> bool:
    """Is the phrase at ``first`` said as a likeness ("like I'm pregnant", "as if she was
    pregnant"): "like" or "as if/though" up to ``_LIKENESS_REACH`` words before it, across the
    words of a person being so only?"""
    for i in range(first - 1, max(first - 1 - _LIKENESS_REACH - 1, -1), -1):
        folded = tokens[i].folded
        if folded == "like" or (folded in ("if", "though") and i > 0
                                and tokens[i - 1].folded == "as"):
            return True
        if folded not in _LIKENESS_BEING:
            return False
    return False


# A complaint shared with the people one lives with is a contact with the ill (h-triggers,
# issue 14: "itchy bumps between my fingers, my partner has it too", "the kids and I all have
# an itchy rash"): the exposure of :data:`SHARED_KEY`, read when a sentence names such
# people and a word saying they share it. A partner or housemate, or the children, share it
# with a word of sharing ("too", "the same") or of a group ("all", "both"); the family or
# household only with a word of a group ("my whole family has", "all the family"): "the
# same" of a family ("runs in the family, her father had the same") is family history
# (text/family.py), and so is a blood relative alone ("my dad has the same"): a complaint
# shared with a parent or sibling may be inherited as well as caught. A sentence that speaks
# of inheritance (:data:`_INHERITED`) or denies the sharing (:data:`_DENYING`) reads none.
SHARED_KEY = "sick-contacts"
# The exposure of a birth before the complaint (exposures.yaml), also said with the child.
RECENT_BIRTH_KEY = "recent-birth"
_HOUSEMATES = frozenset({"partner", "partners", "husband", "wife", "boyfriend", "girlfriend",
                         "fiance", "fiancee", "flatmate", "flatmates", "housemate", "housemates",
                         "roommate", "roommates", "spouse"})
_CHILDREN = frozenset({"kids", "children"})
_HOUSEHOLD = frozenset({"family", "household", "everyone", "everybody"})
_SHARING_WORDS = frozenset({"too", "also", "same", "both"})
_GROUP_WORDS = frozenset({"all", "whole", "both"})
# Words that deny the sharing ("my partner doesn't have it", "no one else at home").
_DENYING = frozenset({"not", "no", "doesn't", "doesnt", "don't", "dont", "isn't", "isnt",
                      "hasn't", "hasnt", "haven't", "havent", "never", "nobody", "none",
                      "fine", "only"})
# Words after "all" that make it a time or an extent, no group ("tired all the time", "itchy
# all over", "all day").
_NOT_A_GROUP_AFTER_ALL = frozenset({"over", "day", "night", "week", "along", "right", "year",
                                    "morning", "evening", "afternoon"})
_TIMES = frozenset({"time", "day", "night", "week", "while", "year", "morning", "evening",
                    "afternoon", "way"})
_INHERITED = frozenset({"runs", "run", "history", "inherited", "hereditary", "genetic", "gene",
                        "genes", "familial"})


def shared_with_household(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The (first, last) token positions of each sentence's words saying the complaint is
    shared with the people one lives with (:data:`SHARED_KEY`), from the first people word to
    the last sharing word."""
    found: list[tuple[int, int]] = []
    for sentence in sentences(tokens):
        words = [i for i in sentence if tokens[i].is_word]
        folded = {i: tokens[i].folded for i in words}
        if any(w in _DENYING or w in _INHERITED for w in folded.values()):
            continue
        mates = [i for i in words if folded[i] in _HOUSEMATES | _CHILDREN]
        group = [i for i in words if folded[i] in _HOUSEHOLD]
        sharing = [i for i in words if folded[i] in _SHARING_WORDS]
        grouping = [i for i in words if folded[i] in _GROUP_WORDS
                    and not (folded[i] == "all" and _all_of_time(tokens, i))]
        if mates and (sharing or grouping):
            people, shared = mates, sharing + grouping
        elif group and grouping:
            people, shared = group, grouping
        else:
            continue
        found.append((min(people + shared), max(people + shared)))
    return found


def _all_of_time(tokens: Sequence[Token], i: int) -> bool:
    """Is the "all" at ``i`` a time or an extent ("all the time", "all over", "all day")?"""
    after = [t.folded for t in tokens[i + 1:i + 3]]
    return bool(after) and (after[0] in _NOT_A_GROUP_AFTER_ALL
                            or (after[0] == "the" and len(after) > 1 and after[1] in _TIMES))


@dataclass(frozen=True, slots=True)
class ExposureMention(KeyedMention):
    """An exposure named in the question (:class:`KeyedMention`), and how its sentence places
    it."""

    # A word of the exposure's context stands in its sentence ("drinks a lot of beer"): the
    # phrase names the exposure, not a finding it may also name (text/question.py).
    firm: bool = False
    # A word saying it came first leads it ("after a cold", "since a bout of flu"): an illness
    # so named is what the complaint followed, not a finding now (text/question.py).
    before: bool = False


class ExposureReader:
    """Finds the exposures of a question; immutable after construction."""

    def __init__(self, cues: Cues, vocabulary: Sequence[Exposure]):
        self._cues = cues
        self._keys: dict[str, Exposure] = {}
        # Keys of phrases that name their exposure only when it is wished or tried for
        # ("trying for a baby"; "my baby" is no pregnancy).
        self._sought_only: set[str] = set()
        # Keys of phrases that name their exposure only after a time word ("after a sore
        # throat"; "a sore throat" alone is the finding now).
        self._after_only: set[str] = set()
        for exposure in vocabulary:
            for phrase in (*exposure.phrases, *exposure.sought_phrases, *exposure.after_phrases):
                key = phrase_key(phrase)
                if phrase in exposure.sought_phrases:
                    self._sought_only.add(key)
                if phrase in exposure.after_phrases:
                    self._after_only.add(key)
                other = self._keys.get(key)
                if not key:
                    raise DataError(f"exposures.yaml: {exposure.key}: the phrase {phrase!r} "
                                    "has no content words")
                if other is not None and other.key != exposure.key:
                    raise DataError(f"exposures.yaml: {exposure.key}: the phrase {phrase!r} "
                                    f"reads like a phrase of {other.key}")
                self._keys[key] = exposure
        # h-lay16 (issue 14): an illness the question places before the complaint in words of
        # its own ("I had a cold last week and now ...", "I'm getting over flu":
        # text/preceding.py) names the exposure its "after" phrase names ("after a cold"):
        # the keys of those phrases without their time word, read only inside such a span.
        self._before_keys: dict[str, Exposure] = {}
        for exposure in vocabulary:
            for phrase in (*exposure.phrases, *exposure.after_phrases):
                words = phrase.split()
                bare = phrase_key(" ".join(words[1:])) if words[0] in _TIME_WORDS else ""
                if bare and self._keys.get(bare, exposure).key == exposure.key:
                    self._before_keys.setdefault(bare, exposure)
        self._max_words = max((k.count(" ") + 1 for k in self._keys), default=1)
        self._by_key = {exposure.key: exposure for exposure in vocabulary}

    def read(self, text: str, tokens: Sequence[Token], taken: Collection[int],
             earlier: Sequence[tuple[int, int]] = ()) -> list[ExposureMention]:
        """The exposures of the question ``text`` (tokenised as ``tokens``), negated ones
        marked; ``taken`` (positions already read as something else: negation cues) is left
        alone. A word saying when ("after", "since") right before a phrase belongs to it
        ("after a tick bite"). ``earlier``: token ranges (start, end) of illnesses said to
        come before the complaint (text/preceding.py), where a phrase reads as if a time
        word stood before it."""
        found: list[tuple[list[int], Exposure]] = []
        said: list[frozenset[str]] = []  # the words of each one's sentence
        placed: set[int] = set()  # first positions of phrases inside ``earlier``

        def inside(position: int) -> bool:
            return any(a <= position < b for a, b in earlier)

        for sentence in sentences(tokens):
            content = [i for i in sentence if tokens[i].is_word and i not in taken
                       and self._cues.is_content(tokens[i])]
            before = len(found)
            found.extend((content[start:end], self._keys[key]) for start, end, key in
                         longest_matches(self._cues, list(tokens), content, self._keys,
                                         self._max_words)
                         if (key not in self._sought_only
                             or self._sought(tokens, content[start]) is not None)
                         and not _likened(tokens, content[start])
                         and (key not in self._after_only or inside(content[start])
                              or self._time_word(tokens, content[start], taken, leads=True)
                              != content[start]))
            used = {p for positions, _ in found[before:] for p in positions}
            for span in earlier:
                free = [i for i in content if span[0] <= i < span[1] and i not in used]
                for start, end, key in longest_matches(self._cues, list(tokens), free,
                                                       self._before_keys, self._max_words):
                    found.append((free[start:end], self._before_keys[key]))
            placed.update(positions[0] for positions, _ in found[before:]
                          if inside(positions[0]))
            words = frozenset(tokens[i].folded for i in sentence if tokens[i].is_word)
            said.extend(words for _ in range(len(found) - before))
        negations = negated_spans(self._cues, tokens, [positions for positions, _ in found])
        mentions: list[ExposureMention] = []
        for (positions, exposure), cue, words in zip(found, negations, said, strict=True):
            sought = self._sought(tokens, positions[0])
            first = (sought if sought is not None else
                     self._time_word(tokens, positions[0], taken,
                                     leads=bool(exposure.after_phrases)))
            start, end = tokens[first].start, tokens[positions[-1]].end
            before = sought is None and (tokens[first].folded in _TIME_WORDS
                                         or positions[0] in placed)
            mentions.append(ExposureMention(exposure.key, exposure.label, text[start:end],
                                            cue is not None or sought is not None
                                            or _after_non(tokens, positions[0]), start, end,
                                            bool(words & set(exposure.context)), before))
        shared = self._by_key.get(SHARED_KEY)
        if shared is not None and not any(m.key == SHARED_KEY for m in mentions):
            for first, last in shared_with_household(tokens)[:1]:
                start, end = tokens[first].start, tokens[last].end
                mentions.append(ExposureMention(shared.key, shared.label, text[start:end],
                                                False, start, end))
        # The asker's own birth named with the child ("after my second baby", "since I had my
        # daughter"; text/context.py births_before) is the recent birth its phrases name.
        birth = self._by_key.get(RECENT_BIRTH_KEY)
        if birth is not None and not any(m.key == RECENT_BIRTH_KEY for m in mentions):
            for start, end in births_before(text)[:1]:
                mentions.append(ExposureMention(birth.key, birth.label, text[start:end],
                                                False, start, end, before=True))
        return mentions

    def _sought(self, tokens: Sequence[Token], first: int) -> int | None:
        """The position of a word saying the exposure is only wished or tried for ("trying to
        get pregnant"), across function words and "get"/"become", or ``None``."""
        for i in range(first - 1, max(first - 1 - _SOUGHT_REACH, -1), -1):
            token = tokens[i]
            if not token.is_word:
                return None
            if token.folded in _SOUGHT:
                return i
            if token.folded in _FAILING and tokens[i + 1].folded in _COMING_TO:
                return i
            if self._cues.is_content(token) and token.folded not in _COMING_TO:
                return None
        return None

    def _time_word(self, tokens: Sequence[Token], first: int, taken: Collection[int],
                   leads: bool = False) -> int:
        """The position of "after"/"since" when it stands right before the phrase, across
        small words only ("after a tick bite"), or with ``leads`` also across the words that
        bring an earlier illness in ("since a bad bout of tonsillitis"); else ``first``."""
        reach = _ILLNESS_LEAD_REACH if leads else _TIME_WORD_REACH
        for i in range(first - 1, max(first - 1 - reach, -1), -1):
            token = tokens[i]
            if not token.is_word or i in taken:
                return first
            if token.folded in _TIME_WORDS:
                return i
            if leads and token.folded in ILLNESS_LEADS | _ILLNESS_MEASURES:
                continue
            if self._cues.is_content(token):
                return first
        return first


def _after_non(tokens: Sequence[Token], first: int) -> bool:
    """Is the exposure's first word written after "non" ("non-smoker", "non smoker",
    "non-drinker"): the exposure denied (h-clinician2)."""
    before = first - 1
    if before >= 0 and tokens[before].folded == "-":
        before -= 1
    return before >= 0 and tokens[before].folded == "non"
