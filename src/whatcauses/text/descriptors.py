"""Lay descriptors of body parts: "big ears", "shoulder blades that stick out".

People describe a body part in everyday words ("big", "thin", "stick out", "can't feel"); HPO
names the same findings in its own words ("Large ears", "Winged scapulae", "Distal sensory
loss"). A descriptor (knowledge/curated/body_sites.yaml: descriptors) and the site word beside
it -- after it ("big ears") or before it, over linker words ("ears that stick out", "my legs
feel weak") -- are looked up in the lexicon as the descriptor's HPO wording plus the site's
("large" + "ear"; "winged" + "scapula"). Lexicon keys are order-free, so this meets HPO names
and synonyms whatever their word order ("Scapular winging"). The descriptor alone is never a
finding here: without a site, or without a term for the two together, its words are left to
the reader's other steps.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whatcauses.knowledge.curated import BodySites
from whatcauses.text.colours import colour_of_matter
from whatcauses.text.lexicon import LexiconEntry
from whatcauses.text.sites import SiteReader

# Described findings count as an HPO name would: the term was found by its own wording.
DESCRIBED_CONFIDENCE = 1.0
# Pronouns that are the subject of a verb right after them.
_SUBJECTS = frozenset({"i", "he", "she", "we", "they", "you"})
# h-layvocab (issue 14): a second descriptor joined by "and" to what a site's clause already
# said of it ("her kneecaps are small and slip out of place", "his ears are big and stick
# out") is said of that site too. The subject is a site word right before a linking verb, at
# most this many words before the "and".
_LINKING_VERBS = frozenset({"is", "are", "was", "were", "look", "looks", "looked", "feel",
                            "feels", "felt", "seem", "seems"})
_SHARED_SUBJECT_REACH = 5
_ADVERBS_OF_A_SHARED_VERB = frozenset({"keep", "keeps", "also", "often", "sometimes", "both"})
# h-layvocab: "growth" after "hair" is the hair's growing, no lump of the scalp (hp.obo's
# layperson "Increased facial hair growth", "Slow rate of hair growth", "Premature pubic hair
# growth" read as Scalp nodule).
_GROWING = (("hair",), ("growth", "growths"))


@dataclass(frozen=True, slots=True)
class Described:
    """A descriptor read with its site as one finding."""

    positions: tuple[int, ...]  # the descriptor, site and linker words
    site_words: tuple[int, ...]  # the site words alone
    entry: LexiconEntry
    descriptor: tuple[int, ...] = ()  # the descriptor's words alone

    @property
    def adjacent(self) -> bool:
        """Are the descriptor and its site side by side, with no linker between?"""
        return set(self.positions) == {*self.descriptor, *self.site_words}


class DescriptorReader:
    """Finds descriptor + site findings in a clause; immutable after construction."""

    def __init__(self, sites: BodySites, site_reader: SiteReader):
        self._descriptors = sites.descriptors
        self._longest = max((len(k) for k in self._descriptors), default=0)
        self._sites = site_reader
        self._site_words = frozenset(k[0] for k in sites.sites if len(k) == 1)
        self._starts = frozenset(k[0] for k in self._descriptors)
        self._person_site = sites.sites.get(sites.person_site, ())
        self._person_colours = sites.person_colours
        self._persons = sites.persons
        # Verbs that say a colour of the person ("is", "went", "turned", "looks").
        self._verbs = frozenset({"is", "are", "was", "were", "been", "gone", "go", "goes",
                                 "went", "turn", "turns", "turned", "become", "becomes",
                                 "became", "look", "looks", "looked", "looking"})
        # Words between the person and a colour said of them ("he has suddenly gone very
        # yellow", "she became pale and yellow", "a boy who turned yellow").
        self._to_person = (sites.linkers | sites.person_colours | self._verbs
                           | {"pale", "or", "who"})
        self._coordinators_and_colours = sites.person_colours | {"and", "or", "pale"}

    def read(self, words: Sequence[str], is_word: Sequence[bool], clause: list[int],
             taken: Collection[int]) -> list[Described]:
        """The descriptor + site findings of one clause (``words``: folded tokens of the
        whole question; positions in ``taken`` belong to something else)."""
        if not self._longest:
            return []
        used = set(taken)
        # Hyphens join a descriptor's words ("sticking-out ears", "wide-set eyes").
        order = [p for p in clause if is_word[p]]
        found: list[Described] = []
        k = 0
        while k < len(order):
            # A descriptor word may start a site's name ("big toe", "little finger").
            hit = (None if words[order[k]] not in self._starts
                   or self._sites.starts_site(words, order, k)
                   else self._descriptor_at(words, order, k, used))
            if hit is None:
                k += 1
                continue
            positions, readings = hit
            if (words[positions[0]] in _GROWING[1] and positions[0] > 0
                    and words[positions[0] - 1] in _GROWING[0]):
                k += len(positions)  # "hair growth": the hair grows
                continue
            if all(colour_of_matter(words, p) for p in positions):
                k += len(positions)  # "the nail with yellow pus": the pus is yellow
                continue
            if len(positions) == 1 and positions[0] > 0 and words[positions[0] - 1] in _SUBJECTS:
                # Right after its subject, a one-word descriptor that is also a verb is what
                # the person did ("when I bent to pick it up", "she twisted round"), not the
                # shape of a part ("my back is bent"); a descriptor of sensation says what
                # the person feels of a part ("I can't feel my toes").
                k += len(positions)
                continue
            composition = (self._sites.describe(words, clause, positions, readings, used)
                           or self._sites.skin_growth(words, clause, positions, used))
            if composition is not None:
                every = tuple(sorted({*positions, *composition.positions}))
                # A list of sites may give each its own term ("my ankles and fingers are
                # puffy": Ankle swelling, Finger swelling; sites.py ``_listed_each``).
                for listed in composition.readings:
                    entry = LexiconEntry(listed, "site", DESCRIBED_CONFIDENCE)
                    found.append(Described(every, composition.site_words, entry,
                                           tuple(positions)))
                used.update(every)
            elif (site := self._shared_subject(words, clause, positions)) is not None:
                ids = self._sites.describe_site(readings, self._sites.readings((words[site],)))
                if ids is not None:
                    entry = LexiconEntry(ids, "site", DESCRIBED_CONFIDENCE)
                    found.append(Described(tuple(positions), (), entry, tuple(positions)))
                    used.update(positions)
            elif (verbs := self._said_of_person(words, is_word, clause, positions)) is not None:
                ids = self._sites.describe_site(readings, self._person_site)
                if ids is not None:
                    entry = LexiconEntry(ids, "site", DESCRIBED_CONFIDENCE)
                    every = tuple(sorted({*positions, *verbs} - used))
                    found.append(Described(every, (), entry, tuple(positions)))
                    used.update(every)
            k += len(positions)
        return found

    def _shared_subject(self, words: Sequence[str], clause: list[int],
                        positions: list[int]) -> int | None:
        """The position of the one-word site a descriptor right after "and" shares with
        what was said of it before in its clause ("my ears are big *and* stick out": the
        ears), or ``None``: the site stands right before a linking verb, the verb at most a
        few words before the "and", with no other site between."""
        first = min(positions)
        while first > 0 and words[first - 1] in _ADVERBS_OF_A_SHARED_VERB:
            first -= 1  # "and keep slipping out of place", "and also stick out"
        if first < 1 or words[first - 1] != "and":
            return None
        before = [p for p in clause if p < first - 1][-_SHARED_SUBJECT_REACH:]
        for p in reversed(before):
            if words[p] in self._site_words:
                return None  # another site is nearer ("my ears are big and my nose ...")
            if words[p] in _LINKING_VERBS and p - 1 in clause and p - 1 >= 0:
                return p - 1 if words[p - 1] in self._site_words else None
        return None

    def _said_of_person(self, words: Sequence[str], is_word: Sequence[bool],
                        clause: list[int], positions: list[int]) -> list[int] | None:
        """The verbs and adverbs between the person and a colour said of them, with no body
        part named: a person word before it over verbs, degree words and other colours
        ("he's gone yellow", "my baby is yellow", "a boy who suddenly became pale and
        yellow"), or a verb at the start of a clause whose subject came before ("..., is
        yellow and has a big liver"); ``None`` when it is no such colour."""
        if len(positions) != 1 or words[positions[0]] not in self._person_colours:
            return None
        # A body part right after the colour has it ("I have grey eyes"): not the person's.
        if positions[0] + 1 < len(words) and words[positions[0] + 1] in self._site_words:
            return None
        verbs: list[int] = []  # those of this colour alone: not across "pale and"
        verb = False
        own = True
        for p in reversed([p for p in clause if p < positions[0]]):
            word = words[p]
            if not is_word[p]:
                return None
            if word in self._persons:
                return verbs
            adverb = word.endswith("ly") and len(word) > 4
            if word in self._to_person or adverb:
                verb = verb or word in self._verbs
                own = own and word not in self._coordinators_and_colours
                if own and (word in self._verbs or adverb):
                    verbs.append(p)
                continue
            return None
        return verbs if verb else None

    def pairs(self, first: str, second: str) -> bool:
        """Are these two words a one-word descriptor and a one-word site, in either order?
        Such a pair is read here or not at all: across other words the descriptor belongs
        to them ("a small red bump on his hand" is no small hand)."""
        return any((a,) in self._descriptors and b in self._site_words
                   for a, b in ((first, second), (second, first)))

    def _descriptor_at(self, words: Sequence[str], order: list[int], k: int,
                       used: Collection[int]) -> tuple[list[int], tuple[str, ...]] | None:
        """The longest descriptor starting at ``order[k]`` with none of its words used."""
        for n in range(min(self._longest, len(order) - k), 0, -1):
            span = order[k:k + n]
            if any(p in used for p in span):
                continue
            readings = self._descriptors.get(tuple(words[p] for p in span))
            if readings is not None:
                return span, readings
        return None
