"""A site carried across a pronoun: "my knee is swollen and it throbs", "there's a lump on my
wrist, it hurts". People name the place once and go on with "it"; the finding after the
pronoun is then said of that place (Knee pain, not a bare Pain beside a swollen knee).

"It" (or "it's") that opens a statement (sentence start, after a comma, "and", "but", "now",
"so", "because") and stands before a word of feeling or look (hurts, aches, throbs, itches,
sore, swollen, red ...), past a copula and a few softeners ("it's really sore", "it has
gone red") and not before an action ("it hurts him to chew": the action says where), is
read as the last body site of one word (curated/body_sites.yaml) named
before it in its sentence, within a few words and with no other "it" between. The token
keeps its place and text: only its folded word and stem become the site's, as
text/normalize.py does for "it stings" after the urine.

"Them" as the object of a verb of moving a part ("I have to keep moving them", "I stretch
them") is read the same way as the last plural body site named before it in its sentence
("my legs feel itchy inside and I have to keep moving them": Restless legs, as "keep moving
my legs"). Only a plural site word: "them" never stands for one knee (h-misses2).

A comma inside a list of body sites that ends with "and" or "or" ("pain in my hands, knees and
feet", "weakness in the shoulders, hips and thighs") joins its sites as "and" does
(:func:`join_site_lists`): a comma otherwise ends a clause, and the finding kept only the first
site ("Hand pain" alone; lead s18).

An aside set off by commas between a part and what is said of it ("my urine, which is normally
clear, has turned red", "my knees, especially in the mornings, are stiff", "her legs have
been, for a few months now, really weak") leaves the part in a clause of its own and what is
said of it in another, where it was read of no part (a bare Edema, a red skin: Erythema) or
not at all. :func:`carry_sites_over_asides` gives the clause after the aside the part again,
as a token of no width at its start (h-longclause, issue 14); the aside stays a clause of
its own, read as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from whatcauses.text.normalize import FILLER_MARK, SENTENCE_ENDS, Token, stem

_PRONOUNS = frozenset({"it", "it's", "its"})
# h-sites13: "they" is the plural parts named before in the same way ("my gums bleed when I
# brush and they look red and puffy": the gums), only for a site said in the plural, as
# "them" is ("they" is as often people, who are no site).
_PLURAL_PRONOUNS = frozenset({"they", "they're"})
# What may stand before the pronoun when it opens a statement of its own.
_OPENERS = frozenset({",", "and", "but", "now", "so", "because", "then", "also", "where",
                      "which", "-"})
# Copulas and softeners between the pronoun and the word of feeling ("it is really sore",
# "it has gone red", "it feels tender", "it's a bit swollen").
_BETWEEN = frozenset({"is", "was", "has", "had", "gone", "got", "gets", "getting", "become",
                      "are", "were", "have", "look", "feel", "seem", "get", "go", "went",
                      "becomes", "feels", "felt", "looks", "looked", "seems", "really", "very",
                      "so", "quite", "also", "still", "just", "a", "bit", "little", "all",
                      "now", "always", "often", "constantly", "sometimes", "too", "kind", "of",
                      "bright", "slightly", "extremely", "incredibly", "badly"})
# Words of feeling or look that HPO names by site ("Knee pain", "Red eye", "Wrist swelling",
# "Ocular pruritus"): only these make the pronoun a site.
_FINDINGS = frozenset({"hurts", "hurt", "hurting", "aches", "ache", "aching", "achy", "throbs",
                       "throb", "throbbing", "sore", "painful", "tender", "itches", "itch",
                       "itching", "itchy", "swollen", "swells", "swelling", "puffy", "red",
                       "stiff", "numb", "tingles", "tingling", "weak", "swelled",
                       # h-reader40: a part that locks ("my knee ... now it locks"), or that
                       # is killing someone ("my back, it's killing me": text/normalize.py).
                       "locks", "locking", "locked", "killing"})
_OBJECTS = frozenset({"me", "him", "her", "them", "us", "you"})
# Verbs of moving a part of the body whose object "them" is the parts named before ("keep
# moving them", "stretch them", "rub them"; h-misses2).
_MOVING = frozenset({"move", "moving", "moved", "moves", "stretch", "stretching", "stretched",
                     "rub", "rubbing", "rubbed", "shake", "shaking", "shook", "kick",
                     "kicking", "jiggle", "jiggling", "wiggle", "wiggling"})
# How far back, in words, the site may stand ("my left knee is swollen and it hurts").
_LOOKBACK = 12


def refer_back_to_sites(tokens: Sequence[Token],
                        is_site: Callable[[tuple[str, ...]], bool]) -> list[Token]:
    """The tokens, each pronoun that refers a finding back to a site read as that site."""
    out = list(tokens)
    for here, token in enumerate(tokens):
        if token.folded == "them" and here > 0 and tokens[here - 1].folded in _MOVING:
            site = _last_site(out, here, is_site, plural=True)
            if site is not None:
                out[here] = replace(token, folded=site, stem=stem(site))
            continue
        plural = token.folded in _PLURAL_PRONOUNS
        if (token.folded not in _PRONOUNS and not plural) or not _opens_statement(tokens, here):
            continue
        if not _finding_follows(tokens, here):
            continue
        site = _last_site(out, here, is_site, plural=plural)
        if site is not None:
            out[here] = replace(token, folded=site, stem=stem(site))
    return out


def _opens_statement(tokens: Sequence[Token], here: int) -> bool:
    return here == 0 or tokens[here - 1].folded in _OPENERS or tokens[here - 1].folded in (
        SENTENCE_ENDS)


def _finding_follows(tokens: Sequence[Token], here: int) -> bool:
    """Is a word of feeling or look next, past copulas and softeners?"""
    for k in range(here + 1, min(here + 6, len(tokens))):
        word = tokens[k].folded
        if word in _FINDINGS:
            return not _to_infinitive(tokens, k + 1)
        if word not in _BETWEEN:
            return False
    return False


def _to_infinitive(tokens: Sequence[Token], after: int) -> bool:
    """Is the pronoun the "it" of an action that hurts ("it hurts to swallow", "it hurts
    him to chew")? Then no site is meant: the action says where."""
    words = [t.folded for t in tokens[after:after + 2]]
    return bool(words) and (words[0] == "to" or (
        len(words) == 2 and words[0] in _OBJECTS and words[1] == "to"))


def _last_site(tokens: Sequence[Token], here: int,
               is_site: Callable[[tuple[str, ...]], bool], plural: bool = False) -> str | None:
    """The last one-word site before the pronoun in its sentence, within reach. A site of
    two words ("my big toe ..., it's red hot and swollen") is left to the site reader,
    which reads a clause opening with "it" with the whole site (text/sites.py
    ``_of_referent``): one word of it would name another site ("toe"). ``plural``: for
    "them", a site word said in the plural only (its stem differs from it, "legs")."""
    for k in range(here - 1, max(here - 1 - _LOOKBACK, -1), -1):
        word = tokens[k].folded
        if word in SENTENCE_ENDS or word in _PRONOUNS or word in _PLURAL_PRONOUNS:
            return None
        if tokens[k].stem != FILLER_MARK and is_site((word,)):
            if plural and not (word.endswith("s") and tokens[k].stem != word):
                return None
            if k > 0 and is_site((tokens[k - 1].folded, word)):
                return None
            return word
    return None


# Words that may stand before a site of a list ("my hands, my knees and both feet").
_LIST_DETERMINERS = frozenset({"my", "his", "her", "their", "our", "your", "the", "both",
                               "left", "right", "a", "an"})
_LIST_ENDS = frozenset({"and", "or"})


def join_site_lists(tokens: Sequence[Token],
                    is_site: Callable[[tuple[str, ...]], bool]) -> list[Token]:
    """The tokens, each comma between two body sites of a list that ends with "and"/"or" and
    a site read as "and" (its text stays the comma)."""
    out = list(tokens)
    folded = [t.folded for t in tokens]

    def site_at(k: int) -> int:
        """The position after the site that starts at ``k`` (past determiners), or -1."""
        while k < len(folded) and folded[k] in _LIST_DETERMINERS:
            k += 1
        for width in (2, 1):
            if k + width <= len(folded) and is_site(tuple(folded[k:k + width])):
                return k + width
        return -1

    def site_before(k: int) -> bool:
        return any(k - width >= 0 and is_site(tuple(folded[k - width:k])) for width in (1, 2))

    def list_goes_on(k: int) -> bool:
        """Sites parted by commas from ``k``, then "and"/"or" (after a comma too) and a site."""
        while True:
            if folded[k:k + 1] and folded[k] in _LIST_ENDS:  # "knees, and feet"
                return site_at(k + 1) >= 0
            after = site_at(k)
            if after < 0 or after >= len(folded):
                return False
            if folded[after] in _LIST_ENDS:
                return site_at(after + 1) >= 0
            if folded[after] != ",":
                return False
            k = after + 1

    for here, token in enumerate(tokens):
        if token.folded == "," and site_before(here) and list_goes_on(here + 1):
            out[here] = replace(token, folded="and", stem="and", is_word=True)
    return out


# h-longclause: the aside between a part and what is said of it. Its first word is one of
# these (a relative pronoun, a word of time or frequency, a preposition of circumstance), it
# ends with a comma within _ASIDE_REACH words, and the words after it have no subject of
# their own (_SUBJECT_WORDS).
_ASIDE_OPENERS = frozenset({
    "which", "that", "who", "especially", "particularly", "mostly", "mainly", "usually",
    "normally", "generally", "always", "sometimes", "often", "for", "since", "over", "in",
    "at", "on", "by", "after", "during", "when", "whenever", "if", "even", "though",
    "although", "apart", "except", "lately", "recently", "now", "every", "most", "about",
    "around", "from", "before", "until", "till"})
_ASIDE_REACH = 10
# Words that open a statement with its own subject, or go on a list, after the aside.
_SUBJECT_WORDS = frozenset({
    "i", "i'm", "im", "i've", "ive", "i'd", "he", "she", "it", "it's", "its", "they", "they're",
    "we", "you", "my", "his", "her", "their", "our", "your", "the", "a", "an", "this", "that",
    "these", "those", "there", "there's", "and", "but", "so", "or", "then", "also", "plus",
    "he's", "she's", "hes", "shes", "which", "who", "what", "when", "if", "because", "as",
    "both", "no", "not", "nothing"})
# Before the part: what may stand between the statement's start and the part's noun.
_PART_DETERMINERS = frozenset({"my", "his", "her", "their", "our", "your", "the", "both",
                               "left", "right", "all"})
# Linking words the part may take before the aside ("her legs have been, for months, weak").
_ASIDE_LINKS = frozenset({"is", "are", "was", "were", "have", "has", "had", "been", "get",
                          "gets", "got", "feel", "feels", "felt", "look", "looks", "looked",
                          "keep", "keeps", "seem", "seems"})
# Nouns said of as parts are, which are no body sites: what the body passes and what it does
# ("my pee, which is usually clear, goes dark"; "my vision, in the evenings, gets blurry").
_SAID_OF = frozenset({
    "urine", "pee", "wee", "poo", "poos", "stool", "stools", "vision", "eyesight", "sight",
    "hearing", "speech", "voice", "memory", "balance", "walking", "breathing", "muscles",
    "periods", "period", "sweat", "discharge", "phlegm", "glands"})


def carry_sites_over_asides(tokens: Sequence[Token],
                            is_site: Callable[[tuple[str, ...]], bool]) -> list[Token]:
    """The tokens, with the part named before an aside set off by commas given again (a
    token of no width, its folded word and stem the part's) at the start of what is said of
    it after the aside."""
    out = list(tokens)
    inserted = 0
    folded = [t.folded for t in tokens]
    for here, token in enumerate(tokens):
        if token.folded != ",":
            continue
        part = _part_before(folded, here, is_site)
        if part is None:
            continue
        close = _aside_end(folded, here + 1)
        if close is None or close + 1 >= len(tokens) or not tokens[close + 1].is_word:
            continue
        said = folded[close + 1]
        if said in _SUBJECT_WORDS or said in SENTENCE_ENDS or is_site((said,)):
            continue
        at = tokens[close + 1].start
        copy = Token(text="", folded=tokens[part].folded, stem=tokens[part].stem, start=at,
                     end=at, is_word=True)
        out.insert(close + 1 + inserted, copy)
        inserted += 1
    return out


def _part_before(folded: Sequence[str], comma: int,
                 is_site: Callable[[tuple[str, ...]], bool]) -> int | None:
    """The position of the part's noun when the words before the comma end with a part said
    with its determiner ("my knees", "her legs have been"), or None."""
    k = comma - 1
    links = 0
    while k >= 0 and folded[k] in _ASIDE_LINKS and links < 2:
        k -= 1
        links += 1
    if k < 0:
        return None
    noun = folded[k]
    if not (is_site((noun,)) or noun in _SAID_OF):
        return None
    # A part of its own, after its determiner ("after a run my pee, which ..."), not the
    # object of a word before it with none ("pain in knees, ...").
    if k == 0 or folded[k - 1] not in _PART_DETERMINERS:
        return None
    return k


def _aside_end(folded: Sequence[str], first: int) -> int | None:
    """The position of the comma that ends an aside opening at ``first``, or None."""
    if first >= len(folded) or folded[first] not in _ASIDE_OPENERS:
        return None
    for k in range(first + 1, min(first + 1 + _ASIDE_REACH, len(folded))):
        if folded[k] == ",":
            return k
        if folded[k] in SENTENCE_ENDS or not folded[k][:1].isalnum():
            return None
    return None
