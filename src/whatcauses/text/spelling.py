"""Typo tolerance over the project's own vocabulary ("gaining wieght" -> weight).

Only words the reader does not know are corrected, and only long ones: a word of fewer than
:data:`MIN_TYPO_LETTERS` letters is never changed (short words are too often another real
word one letter away). The candidates are the words of the lexicon's phrases (HPO names and
synonyms, curated lay phrases), scored in this order (h-typo3, issue 14):

1. the optimal string alignment distance (a transposition counts as one edit, Damerau's
   observation that most typos are one insertion, deletion, substitution or swap): one edit
   for words of fewer than :data:`TWO_EDIT_LETTERS` letters, two from then on
   ("heachache" is "headache");
2. a word two edits away must start with the letter typed (writers seldom get the first
   letter wrong), and below :data:`SOUND_CHECK_LETTERS` letters must also sound alike: its
   :func:`sound_key` at most one edit from the typo's ("deziness" is "dizziness", not
   "deafness");
3. among the nearest, a word that keeps every letter typed, reading the typo as letters left
   out rather than as a typed letter dropped ("numbess" is "numbness", not "numbers"), or
   that is the very letters typed in another order and used in at least as many phrases as
   each other nearest word (h-lay22: "tierd" is "tired", not "tied", but "spasums" no
   "spasmus", of one rare name; without that condition, on codespell's list 47 more typos
   right and 9 fewer wrong, 5 more real words and 16 more typos of other words read as
   vocabulary words; preferring the first letter
   typed too, "caughing" as "coughing" rather than "laughing", gave 24 right for 11 more
   wrong and 132 more real words corrected, and was left out);
4. if the best of them are still different words (different stems: "seizure" and
   "seizures" are one word), the typo is ambiguous and stays as typed: "excema" is as near
   to "eczema" as to "excess", "edema" and "enema";
5. among the forms of that one word, the one used in more phrases, then alphabetical order;
   h-lay23: of different words equally near, the one word that names a finding on its own
   ("fevor" is as near to "fetor", of "fetor hepaticus", as to "fever");
6. h-lay23: when no word is near enough at all (none within the edits, or none that passes
   rule 2), a word of :data:`TWO_EDIT_LETTERS` letters or more is the one word of the same
   consonants in order (:func:`consonant_key`), at most :data:`CONSONANT_EDITS` edits away
   ("seizers" is "seizures": two edits, but the sound keys are two apart).

The question reader also asks, where the nearest word makes no finding in its place, for the
one word naming a finding on its own that sounds the same (:meth:`SpellingCorrector.
correct_to_finding`: "nautious" is one edit from "cautious", two from "nauseous").

The thresholds were measured with bench/typos.py on codespell 2.4.3's list of common
misspellings (a typo of a vocabulary word should be corrected to it, a typo of another word
should become no vocabulary word) and on the real words of Debian's wamerican-large list that
the English dictionary below lacks (none should be corrected). Against the rule before
(one edit below 10 letters, ties to the word in more phrases): typos of vocabulary words
8,137 right / 167 wrong / 916 left -> 8,287 / 82 / 851; typos of other words read as a
vocabulary word 1,659 -> 2,082 of 34,610, real words corrected 3,482 -> 3,772 of 41,195
(the reader keeps a correction only where it makes a finding). Two edits from 6 letters, or
no sound check at 7-8, read many more typos of other words as vocabulary words for few right
ones; a sound check at 9 letters too would leave "heachache" as typed. Vocabulary frequency
is no tie-breaker between different words: preferring the word used in more phrases made
more wrong corrections than right ones, and so did preferring the nearer sound key.

The question reader keeps a correction only when the corrected word becomes part of a
finding, leaves the words of the disease names it knows as written ("bacterial vaginosis" is
no "vaginitis"), and shows each correction ("wieght -> weight").

A word is "unknown" when it is in neither the lexicon nor a list of common English words:
the 82,765-word frequency dictionary shipped with symspellpy (MIT; from Google Books n-grams
intersected with SCOWL), so that real words ("never", "staff", "tools") are never turned into
symptoms ("fever", "stiff", "stools").
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from rapidfuzz import process
from rapidfuzz.distance import OSA

_K = TypeVar("_K")
# What SpellingCorrector._nearest gives when the nearest words are different words.
_AMBIGUOUS = ""

MIN_TYPO_LETTERS = 5
TWO_EDIT_LETTERS = 7
SOUND_CHECK_LETTERS = 9
# h-lay23: the last resort of a typo, the one word of its consonants (consonant_key), two
# edits away at most (bench/typos.py: three edits found 13 fewer typos of vocabulary words
# right at two edits and read 422 more typos of other words as vocabulary words).
CONSONANT_KEY_LETTERS = 3
CONSONANT_EDITS = 2

# h-lay14 (issue 14): words people write for a body word that sounds the same, which the rules
# above never meet: a real English word ("hart", "soar", "naval", "bowl") or an unknown word too
# short to be corrected ("flem", "coff", "tung"). The question reader takes one as the body word
# only where that makes a known phrase with a word near it ("my hart is racing", "a soar
# throat", "coughing up flem"), so "prices soar" and "a bowl of soup" stay as written.
# Pairs whose body word also makes a phrase with an everyday neighbour of the written word are
# left out: "heal" (a sore that won't heal would be a sore heel), "angle", "site".
SOUND_ALIKES: dict[str, str] = {
    "hart": "heart", "soar": "sore", "naval": "navel", "vain": "vein", "flem": "phlegm",
    "coff": "cough", "tung": "tongue", "hed": "head", "nee": "knee", "nees": "knees",
    "rist": "wrist", "bowl": "bowel", "bowls": "bowels", "mussel": "muscle",
    "mussels": "muscles", "cist": "cyst", "tow": "toe",
}


# The file in the symspellpy package: "word count" per line.
_ENGLISH_DICTIONARY = "frequency_dictionary_en_82_765.txt"


def _dictionary_items() -> list[str]:
    """The words and counts of the English dictionary, alternating ("the", "2313...", ...);
    empty if the file is gone. The package is located without importing it: only its data
    file is used."""
    spec = importlib.util.find_spec("symspellpy")
    for folder in list(spec.submodule_search_locations or ()) if spec else []:
        try:
            return (Path(folder) / _ENGLISH_DICTIONARY).read_text(
                encoding="utf-8", errors="replace").split()
        except OSError:
            continue
    return []


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words, lower case (read once per process)."""
    return frozenset(_dictionary_items()[::2])


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    items = _dictionary_items()
    return {word: int(count) for word, count in zip(items[::2], items[1::2], strict=True)
            if count.isdigit()}


def english_frequency(word: str) -> int:
    """How often a word occurs in the English corpus of the dictionary (0 if absent)."""
    return _frequencies().get(word, 0)


class SpellingCorrector:
    """Nearest vocabulary word of an unknown word. Immutable; safe to share between threads."""

    def __init__(self, words: Iterable[str], findings: Iterable[str] = ()):
        """``words``: the vocabulary, a word once per phrase it is used in; ``findings``
        (h-lay23): those of its words that name a finding on their own ("fever", "nauseous",
        not "fetor" of "fetor hepaticus" nor "cautious")."""
        counts = Counter(w for w in words if w.isalpha() and len(w) >= MIN_TYPO_LETTERS - 1)
        self._counts = counts
        self._findings = frozenset(w for w in findings if w in counts)
        self._by_length = _by(sorted(counts), len)
        self._by_sound = _by(sorted(counts), sound_key)
        self._findings_by_sound = _by(sorted(self._findings), sound_key)
        self._by_consonants = _by(sorted(counts), consonant_key)

    def __contains__(self, word: object) -> bool:
        return word in self._counts

    def correct(self, word: str) -> str | None:
        """The vocabulary word ``word`` most likely misspells, or ``None``."""
        if len(word) < MIN_TYPO_LETTERS or not word.isalpha() or word in self._counts:
            return None
        found = self._nearest(word)
        ambiguous = found == _AMBIGUOUS
        if not found and word.endswith("s"):
            # The vocabulary holds phrases as HPO writes them, mostly singular: "siezures"
            # is one swap away from "seizure" once its plural ending is set aside.
            found = self._nearest(word[:-1])
            ambiguous = ambiguous or found == _AMBIGUOUS
        if not found:
            found = self._sounding_alike(word)
        if not found and not ambiguous:
            # Only a word with no near word at all: of near words that are different words
            # ("caughing": coughing or laughing) none is chosen by its consonants either.
            found = self._same_consonants(word)
        return found or None

    def correct_to_finding(self, word: str) -> str | None:
        """h-lay23 (issue 14): the one word naming a finding on its own (by stem) that sounds
        as ``word`` does (:func:`sound_key`) and is at most two edits away, or ``None``. The
        question reader asks it when the nearest vocabulary word makes no finding where it
        stands: "nautious" is one edit from "cautious", a word of HPO's phrases that names
        nothing, and two from "nauseous", which sounds the same. Words of the same sound
        only: the nearest word naming a finding by the rules of :meth:`correct`, at any
        sound, read typos of other words as findings (bench/typos.py: 103 more typos of
        vocabulary words made wrong at one edit)."""
        if len(word) < MIN_TYPO_LETTERS or not word.isalpha() or word in self._counts:
            return None
        found = [w for w in self._findings_by_sound.get(sound_key(word), [])
                 if OSA.distance(word, w) <= 2]
        return found[0] if len({_stem(w) for w in found}) == 1 else None

    def _same_consonants(self, word: str) -> str | None:
        """h-lay23 (issue 14): a word whose vowels went astray, more than two edits or two
        that the sound check refuses ("seizers" for "seizures"), is
        the one word (by stem) of the same consonants in the same order
        (:func:`consonant_key`), at most :data:`CONSONANT_EDITS` edits away; none when
        several words share them or they are fewer than :data:`CONSONANT_KEY_LETTERS`, and
        none for a word of fewer than :data:`TWO_EDIT_LETTERS` letters, which one edit alone
        may mend ("hedach" stays as typed)."""
        key = consonant_key(word)
        if len(word) < TWO_EDIT_LETTERS or len(key) < CONSONANT_KEY_LETTERS:
            return None
        found = [w for w in self._by_consonants.get(key, [])
                 if OSA.distance(word, w) <= CONSONANT_EDITS]
        if len({_stem(w) for w in found}) != 1:
            return None
        return found[0]

    def _sounding_alike(self, word: str) -> str | None:
        """h-lay3: a word spelt as it sounds, two edits or more from the right one ("queezy"
        for "queasy", "nawsea" for "nausea"), is the one vocabulary word of the same sound
        key (:func:`sound_key`); none when several words share the key."""
        key = sound_key(word)
        if len(key) < MIN_TYPO_LETTERS - 1:
            return None
        found = self._by_sound.get(key, [])
        return found[0] if len(found) == 1 else None

    def _nearest(self, word: str) -> str | None:
        """The one vocabulary word nearest ``word`` by the module's score; ``None`` when none
        is near enough, :data:`_AMBIGUOUS` when the nearest are different words."""
        edits = 2 if len(word) >= TWO_EDIT_LETTERS else 1
        choices = [w for n in range(len(word) - edits, len(word) + edits + 1)
                   for w in self._by_length.get(n, ())]
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=edits,
                                limit=None)
        if not found:
            return None
        nearest = min(hit[1] for hit in found)
        near = [str(hit[0]) for hit in found if hit[1] == nearest]
        if nearest == 2:
            near = [w for w in near if _two_edits_apart_allowed(word, w)]
        # h-lay22: a swap of the letters typed keeps them too, when the word is used in at
        # least as many phrases as each other nearest one ("tierd" is "tired", not "tied";
        # "spasums" is no "spasmus", a word of one rare name, beside "spasms").
        if not near:
            return None
        most = max(self._counts[w] for w in near)
        keeping = [w for w in near if _keeps_letters(word, w)
                   or (_same_letters(word, w) and self._counts[w] == most)]
        best = keeping or near
        if len({_stem(w) for w in best}) != 1:
            # h-lay23: of different words equally near, the one word that names a finding on
            # its own ("fevor" is as near to "fetor", of "fetor hepaticus", as to "fever").
            best = [w for w in best if w in self._findings]
            if len({_stem(w) for w in best}) != 1:
                return _AMBIGUOUS
        return min(best, key=lambda w: (-self._counts[w], w))


def _by(words: Iterable[str], key: Callable[[str], _K]) -> dict[_K, list[str]]:
    """``words`` grouped by ``key``, each group in the order given."""
    grouped: dict[_K, list[str]] = {}
    for word in words:
        grouped.setdefault(key(word), []).append(word)
    return grouped


def _stem(word: str) -> str:
    """The reader's stem of a word (text/normalize.py imports this module, hence the late
    import)."""
    from whatcauses.text.normalize import stem

    return stem(word)


def _two_edits_apart_allowed(typo: str, word: str) -> bool:
    """May ``typo`` be read as ``word``, two edits away: the same first letter and, for a
    word of fewer than :data:`SOUND_CHECK_LETTERS` letters, sound keys one edit apart at
    most."""
    if typo[0] != word[0]:
        return False
    return (len(typo) >= SOUND_CHECK_LETTERS
            or OSA.distance(sound_key(typo), sound_key(word)) <= 1)


# h-lay8: the negative contractions, written without the apostrophe as the reader's negation
# cues hold them too (curated/question_words.yaml; "couldnt" and "cant" are inabilities).
NEGATIVE_CONTRACTIONS = ("doesnt", "dont", "didnt", "isnt", "arent", "wasnt", "werent",
                         "hasnt", "havent", "hadnt", "couldnt", "cant")


@lru_cache(maxsize=4096)
def negative_contraction(word: str) -> str | None:
    """The negative contraction a misspelt one stands for ("dosent", "doesent", "dosnt" ->
    "doesnt"; "havnt" -> "havent"; "wasent" -> "wasnt"), or ``None``. A lay writer who leaves
    the apostrophe out often drops or swaps a letter too, and a finding after an unread "not"
    is read as present ("a lump that dosent hurt" read Pain). Only a word ending in "nt" (an
    apostrophe is ignored) that no English dictionary holds, one edit (a transposition counts
    as one) from a contraction; ties go to the contraction that keeps every letter typed
    ("havnt" is "havent", not "hasnt"), then alphabetical order. The shortest words stay
    apart: "dnt", "dint" ("by dint of") and "aint" are left to the word lists."""
    bare = word.replace("'", "")
    if (len(bare) < 5 or not bare.endswith("nt") or not bare.isalpha()
            or bare in NEGATIVE_CONTRACTIONS or bare in english_words()):
        return None
    found = [(OSA.distance(bare, c), c) for c in NEGATIVE_CONTRACTIONS]
    near = [c for distance, c in found if distance <= 1]
    if not near:
        return None
    return min(near, key=lambda c: (not _keeps_letters(bare, c), c))


# Spellings of one sound, folded to one form by sound_key, longest first: vowel pairs that
# sound as one vowel ("ee", "ea", "ie"), "aw" for "au", "ph" for "f", "ck" and "c" before a
# consonant or a back vowel for "k", "z" for "s", "y" at the end for "ie"/"ey"; h-lay22:
# the "ache" of a pain word, said "ake" ("headake", "earake", "toothake"); h-lay23: the
# "-shus" of "-tious", "-cious" and "-seous" ("nautious" sounds as "nauseous").
_SOUNDS = (("tious", "shus"), ("cious", "shus"), ("seous", "shus"), ("ache", "ake"),
           ("ough", "of"), ("ph", "f"), ("ck", "k"), ("ee", "e"), ("ea", "e"), ("ie", "e"),
           ("ey", "e"), ("aw", "a"), ("au", "a"), ("z", "s"), ("y", "e"))


_SILENT_H = re.compile(r"(?<=[aeiouyr])h")
# h-reader72: a vowel heard between a consonant and a word's last "m" is one people put in a
# final "-thm" or "-sm" as they say it ("rythym", "rhythum" for "rhythm", "spasum" for
# "spasm"): folded away, so both spellings share a key.
_EPENTHETIC_M = re.compile(r"(?<=[^aeiouy])[aeiouy]+m$")


_VOWELS = frozenset("aeiouy")


def _single_letters(key: str) -> str:
    """``key`` with each run of one letter written once ("szzrs": "szrs")."""
    return "".join(ch for k, ch in enumerate(key) if k == 0 or ch != key[k - 1])


def consonant_key(word: str) -> str:
    """h-lay23: the first letter of a word and its later consonants in order, doubled ones
    written once ("dioreah" and "diarrhea" are both "drh", "seizers" and "seizures" "szrs")."""
    key = word[:1] + "".join(ch for ch in word[1:] if ch not in _VOWELS)
    return _single_letters(key)


# h-lay23: the "g" of a last "gm" is not heard ("phlegm" is said "flem", "diaphragm"
# "diafram").
_SILENT_G = re.compile(r"g(?=m$)")


def sound_key(word: str) -> str:
    """A rough key of how a word sounds: the spellings of :data:`_SOUNDS` folded, doubled
    letters written once ("queezy" and "queasy" are both "quese")."""
    key = word.lower()
    for written, said in _SOUNDS:
        key = key.replace(written, said)
    # h-lay4: an "h" after a vowel or "r" is not heard ("diarreah" for "diarrhea", "rythm"
    # for "rhythm"); "ch", "sh", "th", "gh", "wh" and a first "h" keep it.
    key = _SILENT_H.sub("", key)
    key = _EPENTHETIC_M.sub("m", key)
    key = _SILENT_G.sub("", key)
    return _single_letters(key)


def _same_letters(typo: str, word: str) -> bool:
    """h-lay22: are ``typo`` and ``word`` the same letters in another order (the writer
    swapped two, typed none too many and left none out)? "tierd" is "tired", not "tied"."""
    return sorted(typo) == sorted(word)


def _keeps_letters(typo: str, word: str) -> bool:
    """Does ``word`` hold every letter of ``typo`` in its order (the writer left letters out,
    typed none too many)? Between candidates equally near, one that keeps what was typed
    wins: "weezing" is "wheezing" (an "h" left out), not "weeing" (a "z" typed for nothing)."""
    letters = iter(word)
    return all(letter in letters for letter in typo)
