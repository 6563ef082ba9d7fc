"""Finding known phrases among the content words of a clause.

A phrase is known by its order-free key (:func:`whatcauses.text.normalize.phrase_key`): the
sorted stems of its words. Matching is greedy, longest first, over content words that sit
close together in the text; words left over may still pair up with a nearby word.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Sequence
from itertools import pairwise

from whatcauses.text.cues import Cues
from whatcauses.text.lexicon import Lexicon
from whatcauses.text.normalize import EXCESS_MARK, Token
from whatcauses.text.sites import QUADRANT_HEIGHTS, SiteReader

# The words of one phrase may have at most this many tokens between neighbours ("swollen,
# stiff finger joints": a comma; "weak in the legs": two words).
MAX_TOKENS_BETWEEN_PHRASE_WORDS = 3
# Two leftover words are tried as a pair when the second stands at most this many tokens
# after the first ("muscles in my legs are stiff": "stiff" is five tokens on).
PAIR_MAX_DISTANCE = 6


class LexiconKeys:
    """The lexicon's keys as a container, like the small special-phrase dicts, with what the
    phrase matcher asks of the lexicon besides (a modifier word, the noun of a finding word)."""

    def __init__(self, lexicon: Lexicon, sites: SiteReader):
        self._lexicon = lexicon
        self._sites = sites

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lexicon.lookup(key) is not None

    def is_modifier(self, stem: str) -> bool:
        """Is this the stem of a clinical modifier word ("left", "severe")?"""
        return self._lexicon.is_modifier(stem)

    def noun_of_a_finding(self, tokens: Sequence[Token], position: int) -> bool:
        """Is the site at ``position`` the noun of a finding word right before it ("*itchy*
        hands and weak muscles"; :meth:`SiteReader.noun_of_a_finding`)?"""
        return self._sites.noun_of_a_finding([t.folded for t in tokens], position,
                                             [t.stem for t in tokens])


# h-lay8: words that only say a thing is not as it should be ("my heart does a weird flip flop
# thing", "my skin feels weird like ants crawling"): inside a phrase of which they are no word,
# they are passed over as a quantity is; phrases that hold them ("acting weird", "funny turn")
# are still read whole first.
VAGUE_WORDS = frozenset({"weird", "strange", "odd", "funny", "peculiar", "weirdest",
                         "strangest",
                         # Depth inside a phrase says where, not what ("a creepy crawly
                         # feeling deep in my legs" is the feeling in the legs); passed over
                         # only inside a phrase, so "deep voice" and "deep vein" keep it.
                         "deep"})

# The words that list items ("tender and swollen").
_LIST_JOINS = frozenset({"and", "or"})
# Side words; with one of them, a height (the stems of QUADRANT_HEIGHTS) names a quadrant.
_SIDES = frozenset({"left", "right"})
# The quantity words that are verbs of repeating (normalize._QUANTITIES).
_REPEATING = frozenset({"keep", "keeps", "kept"})
# Stems of the abdomen's names (belly, tummy, abdomen and abdominal all stem to "abdomin").
_ABDOMEN = frozenset({"abdomin", "stomach", "abdo", "tum"})


def ends_repeating(tokens: list[Token], positions: list[int]) -> bool:
    """Does a phrase of two words or more end with "keep": a quantity of the verb after it
    ("keeps tingling", "keep going numb") that counts nothing in the phrase ("my ring finger
    keeps" is no "Extra ring finger")?"""
    return len(positions) > 1 and tokens[positions[-1]].folded in _REPEATING


# A verb of repeating counts the verb right after it ("keep waking up", "keeps going red"):
# the phrase's word after it stands at most this many tokens on, or the repeating is said of
# another verb and names no "extra" thing in the phrase ("I keep waking up with my fingers
# tingly" is no "Extra fingers").
_REPEATED_VERB_REACH = 2


def repeats_another_verb(tokens: list[Token], positions: list[int]) -> bool:
    """Does a "keep" inside the phrase count a verb outside it: is the phrase's next word
    more than ``_REPEATED_VERB_REACH`` tokens after it?"""
    return any(tokens[p].folded in _REPEATING and q - p > _REPEATED_VERB_REACH
               for p, q in pairwise(positions))


def order_free_key(tokens: list[Token], positions: list[int]) -> str:
    """The key of the words at ``positions``: their stems, sorted."""
    return " ".join(sorted(tokens[p].stem for p in positions))


def _known_key(tokens: list[Token], positions: list[int], known: Container[str]) -> str | None:
    """The known key of these words: all of them, or, when that is unknown, all but a
    quantity among them ("blood sugar keeps dropping" is "blood sugar dropping"; "falls a
    lot" stays whole, "Frequent falls"), or all but the clinical modifiers inside them
    ("can't lift his right arm" is "can't lift arm": the side qualifies the finding, as
    :meth:`Lexicon.resolve` sets modifiers aside from a whole key). Two other words at least
    must be left: a lone word is read by the single-word rules."""
    if ends_repeating(tokens, positions):
        return None
    key = order_free_key(tokens, positions)
    if key in known and not repeats_another_verb(tokens, positions):
        return key
    # Only a quantity or modifier inside the phrase is passed over: one at its edge would
    # only stretch the phrase ("all the time and he hates bright light"); a modifier at an
    # edge joins its finding afterwards (QuestionReader._with_modifiers).
    is_modifier = getattr(known, "is_modifier", None)

    def listed_finding(p: int) -> bool:
        # h-sites8: a modifier word that names a finding of its own, listed with "and"/"or"
        # ("the front of my neck is *tender and* swollen"), is an item of the list, not a
        # qualifier inside the phrase: passed over, the tenderness was lost.
        return tokens[p].stem in known and any(
            0 <= q < len(tokens) and tokens[q].folded in _LIST_JOINS for q in (p - 1, p + 1))

    def passed_over(p: int) -> bool:
        token = tokens[p]
        return (token.stem == EXCESS_MARK or token.folded in VAGUE_WORDS
                or (is_modifier is not None and is_modifier(token.stem)
                    and not listed_finding(p)))

    if any(passed_over(p) for p in (positions[0], positions[-1])):
        return None
    stems = [tokens[p].stem for p in positions if not passed_over(p)]
    # A side with a height names a quadrant of the abdomen ("pain in the upper right
    # belly"), which is no part of the height alone (Epigastric pain is upper and central):
    # the phrase is left to the site reader, which keeps the quadrant as the site of the
    # general finding. On a limb or the back the side says which one ("my upper left arm").
    if (any(tokens[p].folded in _SIDES for p in positions if passed_over(p))
            and QUADRANT_HEIGHTS & set(stems) and _ABDOMEN & set(stems)):
        return None
    # A modifier is passed over only in a phrase of three words or more: a finding and its
    # site ("pain ... left arm") are composed by the site reader, which keeps the side and
    # shares the site across "and" ("spreading to my left arm and jaw": the jaw too).
    least = 3 if any(tokens[p].stem != EXCESS_MARK and tokens[p].folded not in VAGUE_WORDS
                     for p in positions if passed_over(p)) else 2
    if len(stems) >= least and len(stems) < len(positions):
        rest = " ".join(sorted(stems))
        if rest in known:
            return rest
    return None


def longest_matches(
    cues: Cues,
    tokens: list[Token],
    positions: list[int],
    known: Container[str],
    max_words: int,
    min_words: int = 1,
    accept: Callable[[list[int]], bool] | None = None,
    loose: Collection[int] = (),
) -> list[tuple[int, int, str]]:
    """Greedy left-to-right longest matches of known keys over ``positions``.

    Each match is ``(i, j, key)``: the words ``positions[i:j]`` read as ``key``. ``accept``
    may turn down a match by its token positions; shorter and later matches are then tried,
    so the words stay free for another phrase. Tokens in ``loose`` (the part of a site, "the
    front of") do not count in the distance between two words of a phrase.
    """
    result = []
    i = 0
    while i < len(positions):
        found = None
        for j in range(min(len(positions), i + max_words), i + min_words - 1, -1):
            if any(
                sum(p not in loose for p in range(positions[k] + 1, positions[k + 1]))
                > MAX_TOKENS_BETWEEN_PHRASE_WORDS
                for k in range(i, j - 1)
            ):
                continue
            if _new_statement_between(cues, tokens, positions[i], positions[j - 1]):
                continue
            key = _known_key(tokens, positions[i:j], known)
            if key is not None and (accept is None or accept(positions[i:j])) and not \
                    _splits_better(cues, tokens, positions, i, j, known, max_words) and \
                    not _yields_last_word(tokens, positions, i, j, known, max_words) and \
                    not negates_backwards(tokens, positions[i:j]) and \
                    not _negation_cuts_a_phrase(tokens, positions, i, j, known, max_words) and \
                    not _recurrence_yields(tokens, positions, i, j, known, max_words):
                found = (i, j, key)
                break
        if found:
            result.append(found)
            i = found[1]
        else:
            i += 1
    return result


# Negation words that negate only what follows them (NegEx's "pre-negation" triggers,
# Chapman et al. 2001): "sweating without chest pain" is sweating, its chest pain absent, never
# "without sweating" (Anhidrosis), as the order-free key of "sweating without" would read it
# (h-clinician10, issue 14). "w/o" is written as "without" by the normalizer. Other negation
# words may follow their finding ("reflexes absent", "periods never came").
FORWARD_NEGATIONS = frozenset({"without"})
# Negation words that stand before a noun phrase as its determiner ("no ear pain", "without
# ear pain"): the whole noun phrase is negated, so the negation word and the first words of the
# phrase make no finding of their own ("no ear" is Anotia).
_DETERMINER_NEGATIONS = frozenset({"no", "without"})


def negates_backwards(tokens: list[Token], positions: list[int]) -> bool:
    """True when a phrase ends on a forward-only negation word (:data:`FORWARD_NEGATIONS`)
    after another of its words, so that it negates none of them: "sweating without" is not
    "without sweating". One standing inside a phrase negates the words after it, as a
    wording may say ("can't get up from the floor without using his hands")."""
    first, last = min(positions), max(positions)
    return last != first and tokens[last].folded in FORWARD_NEGATIONS


def _negation_cuts_a_phrase(tokens: list[Token], positions: list[int], i: int, j: int,
                            known: Container[str], max_words: int) -> bool:
    """True when the phrase ``positions[i:j]`` starts with a determiner negation ("no",
    "without") and its other words begin a known phrase that runs on past it: "without ear
    pain" is ear pain negated, not "without ear" (Anotia) and a bare "pain"."""
    if j - i < 2 or tokens[positions[i]].folded not in _DETERMINER_NEGATIONS:
        return False
    last = min(len(positions), i + 1 + max_words)
    for k in range(j + 1, last + 1):
        run = positions[i + 1:k]
        if any(b - a > 1 for a, b in pairwise(run)):
            return False
        if order_free_key(tokens, run) in known:
            return True
    return False


# "Keep" as a quantity (text/normalize.py: "keeps falling" is falls a lot) also meets the
# "extra" of an HPO wording ("Extra kidney", Renal duplication): "I keep getting kidney stones"
# read as an extra kidney, the stones left unread. Before a noun, "keep getting" says the
# thing comes back, so the noun's own longer phrase wins; before a doing ("keeps falling
# over") the quantity stays with it.
_RECURRENCE_QUANTITIES = frozenset({"keep", "keeps", "kept"})
# h-longclause (issue 14): so does an amount before "of" ("lots of kidney cysts", "a lot of
# hair loss", "loads of ..."): it counts the whole noun after it, whose first word is only its
# modifier ("lots of kidney" read Renal duplication, "a lot of hair" Hypertrichosis for hair
# loss). A longer phrase with the amount ("lots of body hair": excess body hair) is tried first.
_AMOUNTS_OF = frozenset({"lots", "loads", "lot", "alot"})


def _counts_a_noun_of(tokens: list[Token], here: int) -> bool:
    """Is the quantity at ``here`` an amount said before "of" ("lots of", "a lot of")?"""
    return (tokens[here].folded in _AMOUNTS_OF and here + 1 < len(tokens)
            and tokens[here + 1].folded == "of")


def _recurrence_yields(tokens: list[Token], positions: list[int], i: int, j: int,
                       known: Container[str], max_words: int) -> bool:
    """True when a two-word phrase opens on "keep" as a quantity, or on an amount before "of",
    and its other word begins a known phrase that runs past it ("keep getting kidney stones":
    "kidney stones", never "keep ... kidney"; "lots of kidney cysts")."""
    if j - i != 2 or tokens[positions[i]].stem != EXCESS_MARK:
        return False
    if not _counts_a_noun_of(tokens, positions[i]) and (
            tokens[positions[i]].folded not in _RECURRENCE_QUANTITIES
            or tokens[positions[j - 1]].folded.endswith("ing")):
        return False  # "keeps falling over" is falls a lot: the verb keeps its quantity
    last = min(len(positions), j - 1 + max_words)
    return any(order_free_key(tokens, positions[j - 1:k]) in known
               and all(positions[m + 1] - positions[m] <= 1 + MAX_TOKENS_BETWEEN_PHRASE_WORDS
                       for m in range(j - 1, k - 1))
               for k in range(j + 1, last + 1))


def _yields_last_word(tokens: list[Token], positions: list[int], i: int, j: int,
                      known: Container[str], max_words: int) -> bool:
    """True when the phrase ``positions[i:j]`` is better read without its last word: the
    words before it are a known phrase, and that word begins a known phrase running past
    this one whose other words are no phrase alone ("painful eye with light sensitivity":
    "painful eye" and "light sensitivity", not "painful eye with light", an HPO wording of
    Photophobia, with "sensitivity" left unread; h-organs2, issue 14). Only a phrase of three
    words or more, which keeps two, and only when no phrase starts after it: the words after
    would otherwise be lost ("short of breath with a sharp pain" keeps its breath, "tearing
    pain in my back" its pain)."""
    if j - i < 3 or order_free_key(tokens, positions[i:j - 1]) not in known:
        return False
    last = min(len(positions), j - 1 + max_words)
    if any(order_free_key(tokens, positions[j:k]) in known for k in range(j + 1, last + 1)):
        return False
    for k in range(j + 1, last + 1):
        if any(positions[m + 1] - positions[m] > 1 + MAX_TOKENS_BETWEEN_PHRASE_WORDS
               for m in range(j - 1, k - 1)):
            break
        # positions[j:k] is no phrase for any k here: the check above returned otherwise.
        if order_free_key(tokens, positions[j - 1:k]) in known:
            return True
    return False


def _new_statement_between(cues: Cues, tokens: list[Token], first: int, last: int) -> bool:
    """Does "and"/"or" followed by a word that starts a new statement stand between two
    positions ("his skin has gone yellow and his pee is dark": no "yellow ... pee ... dark")?
    The same rule ends a negation's scope and a search for a finding's site."""
    return any(tokens[k].folded in cues.words.coordinators
               and tokens[k + 1].folded in cues.words.new_clause
               for k in range(first + 1, last - 1))


def _splits_better(
    cues: Cues,
    tokens: list[Token],
    positions: list[int],
    i: int,
    j: int,
    known: Container[str],
    max_words: int,
) -> bool:
    """True when a phrase spanning "and"/"or" is better read as two findings: the words
    before the coordinator are a known phrase and a known phrase starts after it ("cramps and
    muscle pain", "nausea and vomiting"; but "pins and needles" stays whole), or the words
    after it begin a known phrase that runs past this one ("a rash on my leg and sore
    joints": "sore joints", not "leg ... sore"), or are a known phrase while the words
    before it are the noun of a finding word said right before the phrase ("itchy hands and
    weak muscles": the hands are itchy, no Hand muscle weakness; h-raresite1)."""
    # Only the lexicon's keys know the nouns of finding words (``LexiconKeys``).
    noun_of_a_finding = getattr(known, "noun_of_a_finding", None)
    for m in range(i + 1, j):
        if not cues.coordinated(tokens, positions[m - 1], positions[m]):
            continue
        if (order_free_key(tokens, positions[m:j]) in known and noun_of_a_finding is not None
                and noun_of_a_finding(tokens, positions[i])):
            return True
        if any(order_free_key(tokens, positions[m:k]) in known
               for k in range(j + 1, min(len(positions), m + max_words) + 1)):
            return True
        if order_free_key(tokens, positions[i:m]) not in known:
            return False
        return any(
            order_free_key(tokens, positions[m:k]) in known
            for k in range(m + 1, min(len(positions), m + max_words) + 1)
        )
    return False


def nearby_pairs(positions: list[int], loose: Collection[int] = ()) -> list[tuple[int, int]]:
    """Pairs of leftover content words close together ("muscles in my legs are stiff"),
    nearest pairs first. Tokens in ``loose`` (the part of a site, "the tip of") do not count
    in the distance, as in :func:`longest_matches`: "burning at the tip of my penis when I
    pee" is as near as "burning in my penis when I pee"."""
    def distance(a: int, b: int) -> int:
        return b - a - sum(k in loose for k in range(a + 1, b))

    pairs = [
        (a, b)
        for n, a in enumerate(positions)
        for b in positions[n + 1 :]
        if distance(a, b) <= PAIR_MAX_DISTANCE
    ]
    return sorted(pairs, key=lambda pair: (distance(*pair), pair[0]))
