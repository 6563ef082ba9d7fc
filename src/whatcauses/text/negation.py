"""Which findings of a question are negated or uncertain, from the cue words around them.

NegEx-style (Chapman et al., J Biomed Inform 2001; PMID 12123149), with explicit scopes:

* A cue **before** findings ("no", "denies", "without", "free of") opens a scope that runs
  forward in its clause. It reaches the first finding within :data:`NEGATION_LOOKBACK_WORDS`
  words, and from there the further findings of a list ("no fever or joint pain", "no fever,
  rash or joint pain"). The scope ends at a clause boundary (". ; : ! ?", "but", ...), at a
  content word that no finding explains ("no idea why the fits started"), at a comma unless
  the list is closed by "or"/"nor", and at "and"/"or"/"," followed by a word that starts a
  new statement ("no fever and my joints hurt", "no fever and a cough").
* A cue **after** a finding ("ANA negative", "reflexes absent", "lupus ruled out") negates the
  one finding just before it, within :data:`NEGATION_LOOKAHEAD_TOKENS` tokens, never across a
  comma, a coordinator or another finding: in "joint pain and absent pulses" the "absent"
  does not reach "joint pain". A trailing cue with no finding before it but one right after
  it is read as a cue before that one ("negative ANA").
* A cue inside a finding ("absent reflexes", "can't walk", "rash that doesn't fade") is part
  of the finding, not a cue; pseudo-negations ("not only", "no doubt") are no cues.
* Lay run-on sentences (h-lay8): a subject or possessive right after a finding of a scope
  ends it ("no fever my head is pounding"); a verb's negation that only lowers a degree ("not
  very itchy", "doesn't hurt much") is no cue: the finding is there, mild.

The cue words and phrases are curated (knowledge/curated/question_words.yaml).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from whatcauses.text.cues import Cues
from whatcauses.text.normalize import (
    ABSENCE_TYPE_STEM,
    FILLER_MARK,
    MARKS,
    SENTENCE_ENDS,
    STOPWORDS,
    Token,
    is_privative,
)

# A cue before a finding reaches the first finding of its scope when at most this many
# words (counting the cue) separate them: "no history of any seizures" (five words).
NEGATION_LOOKBACK_WORDS = 6
# A cue after a finding ("ANA negative", "reflexes absent") counts within this many tokens
# (words or punctuation) after the finding's last word.
NEGATION_LOOKAHEAD_TOKENS = 3
# An uncertainty cue ("maybe", "possibly") counts within this many tokens (words or
# punctuation) before the finding.
UNCERTAINTY_LOOKBACK_TOKENS = 4

# Coordinators that may join the items of a negated list (besides the curated ones).
_LIST_CLOSERS = frozenset({"or", "nor"})
# Articles that may open an item of an "or" list ("no fever or a cough").
_LIST_ARTICLES = frozenset({"a", "an"})

# h-lay8: a subject or a possessive right after a finding of a scope, with no comma or
# coordinator before it, starts a new statement of a run-on sentence ("no fever my head is
# pounding", "doesn't hurt its just swollen", "i dont have a temp my throat is sore"): the
# scope ends there, as it does at "and" before such a word. The verbs and adverbs of the
# curated new_clause words are left out: "no fever has been noted".
_RUN_ON_SUBJECTS = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "id", "he", "he's", "hes",
                              "she", "she's", "shes", "they", "they're", "theyre", "we",
                              "we're", "you", "it", "it's", "its", "there's", "theres", "my",
                              "his", "her", "their", "our", "your"})

CueRole = Literal["before", "after", "either"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A negation cue found in the question: its first and last token positions."""

    first: int
    last: int
    role: CueRole


def find_cues(cues: Cues, tokens: Sequence[Token], inside: Collection[int]) -> list[Cue]:
    """Every negation cue of the question, in order; words at positions ``inside`` (read as
    parts of findings) and words of pseudo-negations are no cues."""
    words = [i for i, t in enumerate(tokens) if t.is_word]
    blocked = set(inside)
    for first, last in _phrase_matches(tokens, words, cues.words.pseudo_negations):
        blocked.update(range(first, last + 1))
    found: dict[tuple[int, int], set[str]] = {}
    lists: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
        ("before", cues.words.negation_phrases_before),
        ("after", cues.words.negation_phrases_after),
    )
    for side, phrases in lists:
        for first, last in _phrase_matches(tokens, words, phrases):
            if not blocked.intersection(range(first, last + 1)):
                found.setdefault((first, last), set()).add(side)
    in_phrase = {i for first, last in found for i in range(first, last + 1)}
    for i in words:
        # The "not" of "not able to" is filler: its "able" says the inability.
        if i in blocked or i in in_phrase or tokens[i].stem in (ABSENCE_TYPE_STEM, FILLER_MARK):
            continue
        if _double_negation(cues, tokens, i) or _hedged_before(tokens, i):
            continue
        folded = tokens[i].folded
        roles = set()
        if folded in cues.words.negation_before:
            roles.add("before")
        if folded in cues.words.negation_after and not _compared(tokens, i):
            roles.add("after")
        if folded in _SUBJECT_NEGATIONS and cues.opens_clause(tokens, i):
            if i + 1 < len(tokens) and tokens[i + 1].folded in _EXCEPTING:
                # h-lay22: "nothing else hurts" is one cue of two words, as "no other" is:
                # the scope runs on past "else", which no finding explains.
                found[(i, i + 1)] = {"before"}
                continue
            roles.add("before")
        if roles:
            found[(i, i)] = roles
    result = []
    for (first, last), roles in sorted(found.items()):
        role: CueRole = "either" if len(roles) > 1 else ("before" if "before" in roles
                                                           else "after")
        result.append(Cue(first, last, role))
    return result


# h-lay8: a negation that only lowers a degree says the finding is there, mild: "it's not very
# itchy", "the rash isn't that itchy", "not too painful", "not much pain", "my knee doesn't
# hurt much", "doesn't hurt that much". The verb's negation ("not", "isn't", "doesn't" ...)
# right before a word of degree is no cue; nor is one whose first finding is followed right
# away by "much" ("that much", "too much", "as much"). "No" is left alone: "no more pain".
_DEGREE_WORDS = frozenset({"very", "too", "that", "so", "overly", "particularly", "terribly",
                           "massively", "hugely", "much"})
_DEGREES_AFTER = (("much",), ("that", "much"), ("too", "much"), ("as", "much"),
                  ("so", "much"), ("very", "much"))


# A word that denies as the subject of its clause ("nothing hurts", "but nothing itches",
# "nothing is painful"), never as a verb's object ("I have eaten nothing and feel dizzy").
_SUBJECT_NEGATIONS = frozenset({"nothing"})
# The word after such a negation that limits it to what the question has not named yet
# ("nothing else hurts"): the reader drops the denial of a finding the question says is there
# (text/question.py ``_limited_denials``).
_EXCEPTING = frozenset({"else"})


def _verb_negation(token: Token) -> bool:
    return token.folded == "not" or token.folded.endswith(("n't", "nt"))


def _hedged_before(tokens: Sequence[Token], i: int) -> bool:
    """Is the negation word at ``i`` a verb's, right before a word of degree?"""
    return (_verb_negation(tokens[i]) and i + 1 < len(tokens)
            and tokens[i + 1].folded in _DEGREE_WORDS)


def _hedged_after(tokens: Sequence[Token], cue: Cue, span: Sequence[int]) -> bool:
    """Is the finding at ``span``, reached by the verb's negation ``cue``, followed right
    away by "much" ("doesn't hurt much")?"""
    if not _verb_negation(tokens[cue.last]):
        return False
    after = [t.folded for t in tokens[max(span) + 1:max(span) + 3]]
    return any(tuple(after[:len(d)]) == d for d in _DEGREES_AFTER)


# A negation that follows another in its clause undoes it: "I can't lie flat without getting
# breathless", "never goes a day without a headache", "can't walk without pain" say the
# finding is there. Only "without" is undone this way, and only within this many words.
_UNDONE_BY_NEGATION = frozenset({"without"})
_DOUBLE_NEGATION_REACH = 6


def _double_negation(cues: Cues, tokens: Sequence[Token], i: int) -> bool:
    if tokens[i].folded not in _UNDONE_BY_NEGATION:
        return False
    for back in range(i - 1, max(i - 1 - _DOUBLE_NEGATION_REACH, -1), -1):
        token = tokens[back]
        if cues.breaks_clause(token):
            return False
        if token.is_word and cues.is_negation_word(token):
            return True
    return False


def _compared(tokens: Sequence[Token], i: int) -> bool:
    """Is the word at ``i`` what a finding is compared with ("my spleen is larger than
    normal", "bigger than is normal")? A comparison with the normal denies nothing: the
    comparative is the finding (h-comparative)."""
    before = [t.folded for t in tokens[max(0, i - 2):i] if t.is_word]
    return bool(before) and (before[-1] == "than" or before[-2:] == ["than", "is"])


def cue_positions(cues: Cues, tokens: Sequence[Token]) -> set[int]:
    """Token positions of the multi-word cue phrases ("ruled out", "no sign of"): they are
    cues, never words of a finding."""
    words = [i for i, t in enumerate(tokens) if t.is_word]
    phrases = (*cues.words.negation_phrases_before, *cues.words.negation_phrases_after,
               *cues.words.pseudo_negations)
    return {i for first, last in _phrase_matches(tokens, words, phrases)
            for i in range(first, last + 1)}


def negated_spans(
    cues: Cues,
    tokens: Sequence[Token],
    spans: Sequence[Sequence[int]],
    explained: Collection[int] = (),
) -> list[Cue | None]:
    """For each finding (the token positions of its words), the cue that negates it, or
    ``None`` when none does.

    ``explained`` holds positions that are neither findings nor unknown words (category
    words, the person's age and sex): a scope runs across them.
    """
    owner = {p: k for k, span in enumerate(spans) for p in span}
    negated: list[Cue | None] = [None] * len(spans)
    for cue in find_cues(cues, tokens, owner.keys()):
        if cue.role in ("after", "either"):
            bound = _finding_just_before(cues, tokens, owner, explained, cue.first)
            if bound is not None:
                negated[bound] = negated[bound] or cue
                continue
        if cue.role == "after" and not _finding_starts_at(tokens, owner, cue.last + 1):
            continue
        scope = _forward_scope(cues, tokens, spans, owner, explained, cue.last)
        if scope and _hedged_after(tokens, cue, spans[scope[0]]):
            continue
        if scope and _never_until_now(tokens, cue, spans[scope[0]]):
            continue
        if is_privative(tokens[cue.first]) or _denies_a_modifier(tokens, spans, cue, scope):
            # "afebrile cough and wheeze": the privative denies its own word's finding only,
            # not a list after it (read as "no fever, cough and wheeze" before).
            scope = scope[:1]
        for k in scope:
            negated[k] = negated[k] or cue
    # A cue that opens a finding's own words ("haven't pooed", "isn't eating") is part of
    # that finding, but the "or"/"nor" list it opens is in its scope too: "haven't pooed or
    # passed wind", "isn't eating, drinking or weeing" say the later items are absent. Only
    # a list of "or"/"nor" carries it ("haven't pooed and feel sick" says the sickness).
    for k, span in enumerate(spans):
        first = min(span, default=-1)
        if first < 0 or negated[k] is not None or not _opens_with_cue(cues, tokens, first):
            continue
        inner = Cue(first, first, "before")
        for reached in _forward_scope(cues, tokens, spans, owner, explained, max(span),
                                      or_list=True):
            if reached != k:
                negated[reached] = negated[reached] or inner
    return negated


# h-rarelay2 (issue 14): "never ... before" denies the past only when the sentence goes on to
# say the trouble has come now and names it again ("I never had headaches before but now I get
# them every day", "never had a rash until now, now I have one"): the finding is new, not
# absent. The words of the contrast, of the time now, and of the trouble named again.
_NEVER = frozenset({"never"})
_UNTIL_NOW = frozenset({"before", "until", "till", "til"})
_NOW = frozenset({"now", "recently", "lately"})
_NAMED_AGAIN = frozenset({"them", "it", "one", "ones", "they", "these", "this"})


def _never_until_now(tokens: Sequence[Token], cue: Cue, span: Sequence[int]) -> bool:
    """Is the cue a "never" whose finding is said, in the same sentence, to be had now
    (:data:`_NEVER`; "before"/"until", then "now", then the trouble named again by a
    pronoun)?"""
    if tokens[cue.first].folded not in _NEVER or not span:
        return False
    before_seen = now_seen = False
    for token in tokens[max(span) + 1:]:
        word = token.folded
        if word in SENTENCE_ENDS:
            return False
        if word in _UNTIL_NOW:
            before_seen = True
        elif word in _NOW and before_seen:
            now_seen = True
        elif word in _NAMED_AGAIN and now_seen:
            return True
    return False


def _denies_a_modifier(tokens: Sequence[Token], spans: Sequence[Sequence[int]], cue: Cue,
                       scope: Sequence[int]) -> bool:
    """h-negor1: is the first finding a verb's negation reaches a word that describes the
    finding right after it ("a not itchy rash", "it's not a painful lump", "isn't a tender
    swelling")? The verb's negation denies the description, not the thing described, which
    the question says is there; "no itchy rash" (a determiner) denies both, and so does a
    list the negation opens ("I don't have fever cough or rash")."""
    if len(scope) < 2 or not _verb_negation(tokens[cue.last]):
        return False
    first, second = spans[scope[0]], spans[scope[1]]
    if max(first) + 1 != min(second):
        return False
    end = max(max(spans[k]) for k in scope)
    return not any(t.folded in _LIST_CLOSERS for t in tokens[max(first) + 1:end])


def _opens_with_cue(cues: Cues, tokens: Sequence[Token], first: int) -> bool:
    """Is the first word of a finding a negation cue before it ("haven't pooed")?"""
    return tokens[first].is_word and tokens[first].folded in cues.words.negation_before


def _cue_just_before(tokens: Sequence[Token], clause: list[int], first: int,
                     cue_words: Collection[str]) -> bool:
    """True when one of ``cue_words`` stands in ``clause`` within the uncertainty look-back
    before the finding starting at ``first``."""
    before = [tokens[i].folded for i in clause if i < first]
    return any(word in cue_words for word in before[-UNCERTAINTY_LOOKBACK_TOKENS:])


def uncertain(cues: Cues, tokens: Sequence[Token], clause: list[int], first: int) -> bool:
    """True when an uncertainty cue stands just before the finding starting at ``first``."""
    return _cue_just_before(tokens, clause, first, cues.words.uncertainty)


# Uncertainty cues that put a finding in question as a hypothesis to test, as clinicians write it
# ("?appendicitis", "r/o PE", "query meningitis", "suspected sepsis", "possible PE"): the reader
# reads such a finding (text/normalize.py writes "?" and "r/o" as "query") but it is set aside
# from the findings the ranker weighs (Interpretation.present), since it is what the writer
# wants to know, not what was seen. The adverbs ("maybe a rash", "possibly seizures",
# "sometimes chest pain", "occasional headaches") hedge an observation and stay weighed
# (setting aside every uncertain finding left the frozen, check and dev totals unchanged too,
# but would drop reported symptoms such as "occasional headaches").
QUERY_CUES = frozenset({"query", "suspected", "questionable", "possible"})


def queried(tokens: Sequence[Token], clause: list[int], first: int) -> bool:
    """True when a query cue (:data:`QUERY_CUES`) stands just before the finding starting at
    ``first``, within the uncertainty look-back."""
    return _cue_just_before(tokens, clause, first, QUERY_CUES)


def loose_negation(cues: Cues, tokens: Sequence[Token], positions: list[int]) -> bool:
    """True when a phrase holding "no"/"can't" skips words or spans "and"/"or": "can't feel
    my toes" is not "absent toes", and "eyelids and I can't" is not "absent eyelids"."""
    if not any(tokens[p].stem in MARKS for p in positions):
        return False
    first, last = min(positions), max(positions)
    between = [k for k in range(first + 1, last) if tokens[k].is_word and k not in positions]
    return cues.coordinated(list(tokens), first, last) or any(
        tokens[k].folded not in STOPWORDS for k in between
    )


# ---- scopes ----


def _explained(cues: Cues, token: Token, position: int, explained: Collection[int]) -> bool:
    """A word a scope runs across: function, frame, transparent or cue words, numbers, and
    words read as something other than a finding."""
    return (
        position in explained
        or not cues.is_content(token)
        or cues.is_frame(token)
        or token.folded in cues.words.negation_transparent
        or token.folded.isdigit()
    )


def _ends_sentence(cues: Cues, token: Token) -> bool:
    return cues.breaks_clause(token) and token.folded != ","


def _finding_starts_at(tokens: Sequence[Token], owner: dict[int, int], position: int) -> bool:
    return position < len(tokens) and position in owner


def _finding_just_before(cues: Cues, tokens: Sequence[Token], owner: dict[int, int],
                         explained: Collection[int], cue: int) -> int | None:
    """The finding whose words end just before a trailing cue, with only function words
    between (no punctuation, no coordinator, no other content)."""
    for j in range(cue - 1, max(cue - 1 - NEGATION_LOOKAHEAD_TOKENS, -1), -1):
        if j in owner:
            return owner[j]
        token = tokens[j]
        if (token.folded == "-" and j > 0 and tokens[j - 1].end == token.start
                and token.end == tokens[j + 1].start):
            continue  # the hyphen of one word: "pain-free"
        if not token.is_word or token.folded in cues.words.coordinators:
            return None
        if not _explained(cues, token, j, explained):
            return None
    return None


def _forward_scope(cues: Cues, tokens: Sequence[Token], spans: Sequence[Sequence[int]],
                   owner: dict[int, int], explained: Collection[int], cue_end: int,
                   or_list: bool = False) -> list[int]:
    """The findings a cue before them reaches (the rule in the module docstring). With
    ``or_list`` the scope starts after a finding that holds its cue: it reaches only the
    items that "or"/"nor" (or a comma of a list closed by "or") joins to it."""
    reached: list[int] = []
    gap = 0  # words between the cue and the first finding of its scope
    after_separator = False
    separator = ""  # the coordinator last passed
    finding_end = -1  # the last word of the finding last reached
    j = cue_end + 1
    while j < len(tokens):
        if j in owner:
            if not reached and gap > NEGATION_LOOKBACK_WORDS - 1:
                break
            if or_list and not after_separator:
                break
            k = owner[j]
            reached.append(k)
            after_separator = False
            finding_end = max(spans[k])
            j = finding_end + 1
            continue
        token = tokens[j]
        folded = token.folded
        if j == finding_end + 1 and folded in _RUN_ON_SUBJECTS:
            break
        if not token.is_word:
            if folded == "," and (reached or or_list) and _list_closed_by_or(cues, tokens, j):
                after_separator = True
                separator = ","
                j += 1
                continue
            break
        if _ends_sentence(cues, token):
            break
        if folded in cues.words.coordinators or folded in _LIST_CLOSERS:
            if or_list and folded not in _LIST_CLOSERS:
                break
            # A cue whose own words came before the coordinator ("I don't smoke and I'm
            # tired", "not trying to lose weight and I'm tired") ends there as after a
            # finding of its scope: what follows is a new statement (h-reader62).
            after_separator = bool(reached) or or_list or gap > 0
            separator = folded
            j += 1
            continue
        # After "or"/"nor" an article starts the next item, not a new statement: "I don't
        # have a fever or a cough" (after "and" it may: "no fever and a cough").
        if after_separator and folded in cues.words.new_clause and not (
                separator in _LIST_CLOSERS and folded in _LIST_ARTICLES):
            break
        if not _explained(cues, token, j, explained):
            if not or_list and _unread_item_of_an_or_list(tokens, j):
                # h-negor1: a word no finding reads alone, right before "or"/"nor", is an item
                # of the list whose head a later item names: "no pus or blood in my urine",
                # "no blood or mucus in my stool" deny the later item too (the scope ended at
                # "pus" and Hematuria was read as present).
                after_separator = True
                separator = tokens[j + 1].folded
                if not reached:
                    gap += 1
                j += 2
                continue
            break
        if not reached:
            gap += 1
        j += 1
    return reached


def _unread_item_of_an_or_list(tokens: Sequence[Token], j: int) -> bool:
    """Is the word at ``j`` followed right away by "or"/"nor" and then by a word?"""
    return (j + 2 < len(tokens) and tokens[j + 1].folded in _LIST_CLOSERS
            and tokens[j + 2].is_word)


def or_list_after(cues: Cues, tokens: Sequence[Token], end: int) -> list[list[int]]:
    """The items of the "or"/"nor" list that goes on right after the word at ``end`` (the
    last word of a finding whose own words open with its negation: "isn't eating, drinking
    or weeing"), as the positions of each item's content words, in order. The list runs
    over "or"/"nor" and over the commas of a list closed by "or", as the scope of such a
    cue does (:func:`negated_spans`); it ends at the end of a sentence, at "and" (the
    scope of "haven't pooed and feel sick" ends there), at punctuation or at a word that
    starts a new statement ("... or he's being sick")."""
    items: list[list[int]] = []
    separator = ""
    for j in range(end + 1, len(tokens)):
        token = tokens[j]
        folded = token.folded
        if not token.is_word:
            if folded == "," and _list_closed_by_or(cues, tokens, j):
                items.append([])
                separator = folded
                continue
            break
        if _ends_sentence(cues, token):
            break
        if folded in _LIST_CLOSERS:
            items.append([])
            separator = folded
            continue
        if not items or folded in cues.words.coordinators or (
                folded in cues.words.new_clause
                and not (separator in _LIST_CLOSERS and folded in _LIST_ARTICLES)):
            break
        if cues.is_content(token):
            items[-1].append(j)
    return [item for item in items if item]


def _list_closed_by_or(cues: Cues, tokens: Sequence[Token], comma: int) -> bool:
    """Does the list that goes on after this comma end with "or"/"nor" ("no fever, rash or
    joint pain"), before the clause ends or a new statement starts?"""
    for token in tokens[comma + 1:]:
        if _ends_sentence(cues, token):
            return False
        if token.folded in _LIST_CLOSERS:
            return True
        if token.folded in cues.words.new_clause:
            return False
    return False


def _phrase_matches(tokens: Sequence[Token], words: list[int],
                    phrases: Sequence[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(first, last) token positions of each place where a phrase's words stand in a row
    (phrase by phrase, in the order given; each phrase's places from left to right)."""
    by_first = _by_first_word(tuple(phrases))
    found: list[tuple[int, int, int]] = []
    for k, position in enumerate(words):
        for number, phrase in by_first.get(tokens[position].folded, ()):
            n = len(phrase)
            span = words[k:k + n]
            if len(span) < n or span[-1] - span[0] != n - 1:  # punctuation between: no phrase
                continue
            if all(tokens[p].folded == w for p, w in zip(span, phrase, strict=True)):
                found.append((number, span[0], span[-1]))
    found.sort()
    return [(first, last) for _, first, last in found]


@lru_cache(maxsize=32)
def _by_first_word(phrases: tuple[tuple[str, ...], ...]
                   ) -> Mapping[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """The phrases (with their positions in ``phrases``) by their first word: a question's
    words are looked up, rather than every phrase tried at every word."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for number, phrase in enumerate(phrases):
        if phrase:
            index.setdefault(phrase[0], []).append((number, phrase))
    return {word: tuple(entries) for word, entries in index.items()}
