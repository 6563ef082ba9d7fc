"""Family history in a question, as evidence for modes of inheritance.

Two kinds of words (curated in knowledge/curated/family_history.yaml) make a statement:

* a phrase that says so on its own: "runs in the family", "her parents are cousins",
  "only the boys", matched like lay terms (order-free stemmed keys);
* an affected relative: a relative word ("father", "his brothers") with a word saying they
  share the problem within :data:`AFFECTED_WINDOW` words in the same sentence ("her father had
  the same", "his brothers too"). A relative without one ("my father has a tremor") is the
  person the question is about, not family history. A male relative on the mother's side
  ("maternal uncle", "her mother's brother") points to X-linked inheritance.

A negated statement ("no family history") is no evidence. The words of a statement are
explained (never findings, never unrecognised), and relatives in it say nothing about the
sex of the person asking.

A denied family history ("nobody else in the family has it", "my parents don't have it") is
no evidence for a mode; the reader keeps it apart (Interpretation.family_history_denied,
text/question.py) and the ranker weighs it only weakly against dominant inheritance
(rank/inheritance.py denied_ratios, h-family8), never as an exclusion. An isolated case is
what a new (de novo) dominant mutation looks like (about half of people with
neurofibromatosis type 1 have one: GeneReviews, "Neurofibromatosis 1", NBK1109), as well as a
recessive or X-linked disease with carrier parents and most acquired conditions; and a
family's "nobody" misses relatives with mild or non-penetrant disease. Phenotype-driven
rankers do the same: LIRICAL (Robinson et al., Am J Hum Genet 2020) ranks on phenotypes alone
unless a VCF is given, and weighs the mode of inheritance only through the genotypes; HPO has
no term for an absent family history. Unaffected parents count only beside an affected
relative or another family history ("my sister has the same, but mum and dad are fine":
recessive or X-linked), never alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from whatcauses.knowledge.curated import FamilyWords
from whatcauses.text.context import SaidAge, age_said_at
from whatcauses.text.cues import Cues
from whatcauses.text.negation import negated_spans
from whatcauses.text.normalize import (
    FAMILY_SHORTHAND,
    POSSESSIVES,
    SENTENCE_ENDS,
    Token,
    phrase_key,
    sentences,
)
from whatcauses.text.recognize import longest_matches

# An affected word counts for a relative within this many words before or after it in the
# sentence ("his brothers too", "the same with her sister"), not further ("my dad has fits
# and my brother too": "too" is about the brother).
AFFECTED_WINDOW = 4
# Words after "same" that belong to it ("the same thing", "the same condition").
_SAME_NOUNS = frozenset({"thing", "things", "issue", "issues", "condition", "disease",
                         "illness", "trouble", "symptoms",
                         # "the same problem", "the same eye problem" (h-family7).
                         "problem", "problems"})
DOMINANT = "HP:0000006"
X_LINKED = "HP:0001417"
MITOCHONDRIAL = "HP:0001427"
# Male relatives on the mother's side who do not share her mitochondria: her father.
_NOT_MATERNAL_LINE = frozenset({"grandfather", "grandpa", "grandad", "granddad", "father",
                                "dad"})
# Words that say an affected relative shares the problem however far they stand from the
# relative in its clause ("my father had his spleen removed for the same thing"); the other
# affected words ("too", "also") only count near it.
_SHARING = frozenset({"same", "similar", "affected"})
# Nouns after "same" that make it describe a time, a manner or a place, not a shared
# trouble: "the other eye went the same way", "at the same time", "on the same side".
_SAME_ADVERBIAL = frozenset({"way", "ways", "time", "times", "day", "days", "week", "weeks",
                             "month", "months", "year", "years", "night", "morning", "evening",
                             "age", "side", "sides", "place", "spot", "area", "eye", "ear",
                             "hand", "arm", "leg", "foot",
                             # Where people come from, "my parents are from the same village"
                             # (h-rarefamily1): a place, shared by no trouble.
                             "village", "town", "city", "country", "region", "island",
                             "tribe", "community", "street", "school",
                             # "my husband and I are from the same family" (h-rarefamily2): a
                             # couple who are blood relatives (_same_family), no shared trouble.
                             "family", "families"})
# Words and marks that turn a clause to something else: an affected word after one is not
# about a relative before it ("my sister has the same, but mum and dad are fine").
_CONTRASTS = frozenset({"but", "though", "although", "whereas", "except", "yet", ";", ":"})
# Words that may stand between relatives named together ("my mum and her mum", "my father,
# my son"): an affected word after the last is about all of them.
_JOINING = frozenset({"and", "or", ",", "my", "his", "her", "their", "our", "both",
                      # Words of a relative named in a list ("my dad, my grandad and my great
                      # grandad", "my older brother and younger sister"; h-reader52).
                      "great", "older", "younger", "elder", "eldest", "youngest", "big",
                      "little", "twin", "identical", "half",
                      # "my grandfather, my mother and now my son have it" (h-family5).
                      "now"})
# Parents: unaffected ones make an affected person's inheritance recessive or X-linked.
_PARENTS = frozenset({"mum", "mom", "mother", "mummy", "mommy", "dad", "father", "daddy",
                      "parent", "parents", "mam"})
# A word before a relative word that makes the two one relative ("twin brother").
_MODIFYING = frozenset({"twin", "half"})
# Words before a relative word that belong to it and are explained with it ("my great
# grandad", "my identical twin", "my older brother"; h-reader52).
_OF_A_RELATIVE = frozenset({*_MODIFYING, "great", "identical", "older", "younger", "elder",
                            "eldest", "youngest", "big", "little", "baby"})
# How far an unaffected word may stand after a relative ("mum and dad are fine") or before
# one ("neither of our parents").
_UNAFFECTED_AFTER = 4
_UNAFFECTED_BEFORE = 3
# "we are cousins", "my husband and I are second cousins": "are" and the cousin word, with
# at most this many words between them.
# "my uncle on my mother's side": words from the relative to the side's possessive.
_SIDE_REACH = 4
# The modes of an uncle or aunt through a named parent ("my dad's brother", "a paternal
# uncle"): dominant.
SECOND_DEGREE = ("HP:0000006",)
# Words that put a relative on the father's side ("paternal uncle", "pat aunt").
_PATERNAL = frozenset({"paternal", "pat"})
# Nouns after "family" that make it no family history ("my family doctor", "a family
# holiday").
_NOT_KIN = frozenset({"doctor", "doctors", "gp", "physician", "practice", "practitioner",
                      "medicine", "clinic", "holiday", "holidays", "vacation", "trip", "planning",
                      "friend", "friends", "pet", "dog", "cat", "meal", "meals", "dinner", "party",
                      "home", "house", "car", "business", "room", "size", "court", "therapy"})
# Words before "family" that deny a family history ("no one else in the family"), at most
# this many words before it.
_NOBODY_REACH = 5
_NOBODY = frozenset({"no", "nobody", "noone", "none", "not", "never", "neither", "nor"})
# "my dad has it", "his brothers both had it", "my mum died of it": a relative who has "it"
# (the trouble asked about) is affected; "it" must end its clause or be followed by one of
# _AFTER_IT ("my dad had it too", "my mum has it as well"); not "from" ("my brother got it
# from me" is catching, not inheriting).
_HAVING = frozenset({"has", "had", "have", "having", "got", "gets", "get", "getting",
                     "suffers", "suffered", "suffer"})
_AFTER_IT = frozenset({"too", "also", "as", "and", "but", "though", "at", "in", "when",
                       "since", "for", "before", "until", "now", "then", "all"})
# The trouble asked about as the object of _HAVING: "it", or "this"/"that" pointing back to
# it ("my dad had this too", "both my brothers had that").
_IT = frozenset({"it", "this", "that", "them"})
# "my father died suddenly", "her uncle died young": an early or sudden death of a relative
# is what a family history of an inherited heart or other disease is told as.
_SUDDENLY = frozenset({"suddenly", "young", "unexpectedly", "sleep"})
# Words after "died" that make the death an early one ("died as a baby", "died of infections
# when they were young"), at most _EARLY_REACH words on.
_EARLY = frozenset({"baby", "babies", "infant", "infancy", "child", "children", "childhood",
                    "teenager", "teens", "boy", "boys", "girl", "girls", "toddler"})
_EARLY_REACH = 6
# Words that may stand between an affected word and the relative it describes ("affected
# maternal uncle", "2 affected older brothers"), at most _BEFORE_RELATIVE words on.
_RELATIVE_MODIFIERS = frozenset({"maternal", "paternal", "older", "younger", "big", "little",
                                 "elder", "baby", "twin", "half", "first", "second", "my",
                                 "his", "her", "their", "our"})
_BEFORE_RELATIVE = 3
# The asker's husband or wife, the parent of the asker's child, and the modes of a parent.
_SPOUSES = frozenset({"husband", "wife", "partner", "hubby", "boyfriend", "girlfriend"})
_CHILDREN = frozenset({"son", "daughter", "baby", "boy", "girl", "child", "kid", "toddler",
                       "newborn", "infant", "sons", "daughters", "boys", "girls", "children",
                       "kids", "twins"})
PARENT = ("HP:0000006",)
# The asker, named among people who share a trouble ("my dad and I both").
_ME = frozenset({"i", "me", "myself"})
# "like my mum", "just like my mother and grandmother": the relative has the same.
_LIKE = frozenset({"like"})
# Words between "are"/"is" and the cousin word ("we are first cousins", "my husband is my
# cousin").
_COUSIN_FILLERS = frozenset({"my", "his", "her", "their", "first", "second", "third", "distant",
                             "both", "also", "actually", "blood", "related"})
_COUSINS = frozenset({"cousin", "cousins"})
_ARE = frozenset({"are", "were", "we're", "re", "is", "was"})
# A couple's blood relationship said without "cousins" (h-rarefamily2): "my husband and I are
# related", "both our families come from the same village and are related", "we are from the
# same family"; and a couple whose parents are siblings ("my wife's father and my father are
# brothers", "our mothers are sisters"), who are first cousins. Parents who are blood
# relatives point to recessive inheritance as cousins do (the file's header: Bennett et al.
# 2008). "related to" ("my symptoms are related to stress") relates something else.
_RELATED = frozenset({"related"})
_RELATED_FILLERS = _COUSIN_FILLERS | frozenset({"closely", "distantly", "all", "also", "both",
                                                "not"})
# "our families are related", "the two families are related": the families as the couple.
_FAMILIES = frozenset({"families"})
# "are related" may close a longer clause than "are cousins" does ("both our families come
# from the same village and are related"): the couple or the families within this many words.
_RELATED_REACH = 12
# "we are from the same family", "my husband and I come from the same family".
_FROM_SAME = ("from", "the", "same")
_COME = frozenset({"come", "came", "comes"})
_SIBLINGS_NOUNS = frozenset({"brothers", "sisters", "siblings"})
_PARENTS_PLURAL = frozenset({"mums", "moms", "mothers", "dads", "fathers", "parents"})


@dataclass(frozen=True, slots=True)
class FamilyStatement:
    """One statement of family history: its token positions and the modes it fits."""

    positions: tuple[int, ...]
    modes: tuple[str, ...]
    relatives: tuple[int, ...]  # positions of relative words (not the person asking)
    negated: bool = False  # "no family history": explained words, but no evidence
    # Parents said not to share the trouble ("mum and dad are fine"): evidence only beside an
    # affected relative or other family history (FamilyReader.read).
    unaffected: bool = False
    # The mother's father (or another male of her side not of her line) read as X-linked
    # alone: dominant as well when the mother is said to share the trouble elsewhere ("Mother
    # diabetic at 25 and maternal grandfather too"; text/question.py _set_aside).
    through_mother: bool = False


# The modes of a mother's father when she is affected too: passed from father to daughter.
THROUGH_AFFECTED_MOTHER = ("HP:0000006", "HP:0001417")


class FamilyReader:
    """Finds family-history statements; immutable after construction."""

    def __init__(self, cues: Cues, words: FamilyWords):
        self._cues = cues
        self._words = words
        self._statements: dict[str, tuple[str, ...]] = {}
        # A phrase of one word matches that word only: "familial" and "family" share a stem,
        # and a bare "family" ("my family doctor") says nothing of a family history.
        self._single: dict[str, set[str]] = {}
        for phrase, modes in words.statements:
            key = phrase_key(phrase)
            if key:
                self._statements.setdefault(key, modes)
                if " " not in key and " " not in phrase.strip():
                    self._single.setdefault(key, set()).add(phrase.strip().lower().rstrip("s"))
        self._max_words = max((k.count(" ") + 1 for k in self._statements), default=1)

    def read(self, tokens: Sequence[Token], taken: set[int]) -> list[FamilyStatement]:
        """Statements of family history, negated ones marked; ``taken`` (positions already
        read as something else) is left alone."""
        found: list[FamilyStatement] = []
        # When the question is about the asker's child, the asker's husband or wife is the
        # child's parent ("my son has ..., my husband had the same as a boy").
        relatives = self._words.relatives
        child = about_a_child(tokens)
        if child:
            relatives = {**{w: PARENT for w in _SPOUSES}, **relatives}
        for sentence in sentences(tokens):
            words = [i for i in sentence if tokens[i].is_word and i not in taken]
            found.extend(self._phrases(tokens, words))
            # A parent it skipped is unaffected, never an affected relative.
            found.extend(_skipped(tokens, _unread(words, found)))
            found.extend(self._relatives(tokens, _unread(words, found), relatives, child))
            found = _families_related(found, self._words.consanguinity)
            if child:
                found.extend(_asker_as_a_child(tokens, words))
            found.extend(_only_males(tokens, _unread(words, found)))
            found.extend(self._males_of_mothers_side(tokens, words, found))
            found.extend(_carriers(tokens, _unread(words, found)))
            found.extend(_both_carry(tokens, _unread(words, found)))

        spans = [list(statement.positions) for statement in found]
        negations = negated_spans(self._cues, tokens, spans)
        found = [replace(s, negated=s.negated or cue is not None)
                 for s, cue in zip(found, negations, strict=True)]
        # The relative excepted from a denial ("none of my family have it except my brother")
        # is affected whatever the denial's scope (_except).
        found = [replace(s, negated=False)
                 if s.relatives and any(tokens[i].folded in _EXCEPTING for i in s.positions)
                 else s for s in found]
        # Unaffected parents alone ("neither of my parents has it", "my parents don't have
        # it") are what a sporadic case looks like whatever its cause: a new dominant
        # mutation as much as a recessive or X-linked trouble, and most acquired and common
        # conditions. Like a denied family history ("nobody else in the family has it"),
        # such words are explained and are no mode's evidence (only a weak absence against
        # dominant inheritance: rank/inheritance.py denied_ratios); beside an affected
        # sibling or other family history they point to recessive or X-linked inheritance
        # (_unaffected).
        if not any(not s.negated and not s.unaffected for s in found):
            found = [replace(s, negated=True) if s.unaffected else s for s in found]
        return _vertical(tokens, found)

    def _phrases(self, tokens: Sequence[Token], words: list[int]) -> list[FamilyStatement]:
        content = [i for i in words if self._cues.is_content(tokens[i])]
        found = []
        for start, end, key in longest_matches(self._cues, list(tokens), content,
                                               self._statements, self._max_words):
            positions = tuple(content[start:end])
            negated = False
            if key in self._single:
                first = positions[0]
                word = tokens[first].folded
                if word.rstrip("s") not in self._single[key]:
                    # "family" read as "familial": a family with the trouble, unless the word
                    # names something else ("my family doctor"); "no one else in the
                    # family", "nobody in my family" deny it.
                    following = tokens[first + 1].folded if first + 1 < len(tokens) else ""
                    if word not in ("family", "families") or following in _NOT_KIN:
                        continue
                    if first > 0 and tokens[first - 1].folded == "same":
                        continue  # "from the same family": a couple's kinship (_same_family)
                    k = words.index(first)
                    negated = any(tokens[i].folded in _NOBODY
                                  for i in words[max(0, k - _NOBODY_REACH): k])
            # "no one else in the family has it other than ..." (a phrase matched order-free):
            # a denial of people before the phrase denies it (h-family5).
            k = words.index(positions[0])
            window = words[max(0, k - _NOBODY_REACH): k]
            contrasts = [j for j, i in enumerate(window) if tokens[i].folded in _CONTRASTS]
            window = window[contrasts[-1] + 1:] if contrasts else window
            negated = negated or any(_nobody(tokens, i) for i in window)
            found.append(FamilyStatement(positions, self._statements[key], (), negated))
        return found

    def _relatives(self, tokens: Sequence[Token], words: list[int],
                   relatives: dict[str, tuple[str, ...]], child: bool) -> list[FamilyStatement]:
        vocabulary = self._words
        found = self._cousins(tokens, words)
        if found:
            couple = {p for statement in found for p in statement.positions}
            words = [i for i in words if i not in couple]
        part = _parts(tokens, words)
        for n, position in enumerate(words):
            folded = (_contracted_has(tokens, position, relatives)
                      or _relatives_child(tokens, words, n, vocabulary)
                      or tokens[position].folded)
            modes = relatives.get(folded)
            if modes is None:
                continue
            if (folded in _MODIFYING and n + 1 < len(words)
                    and tokens[words[n + 1]].folded in vocabulary.relatives):
                continue  # "twin brother": the brother is the relative
            same_part = [i for i in words if part[i] == part[position]]
            k = same_part.index(position)
            unaffected = self._unaffected(tokens, same_part, k)
            if unaffected is not None:
                if folded in _PARENTS and vocabulary.unaffected_parents:
                    found.append(FamilyStatement((position, unaffected),
                                                 vocabulary.unaffected_parents, (position,),
                                                 unaffected=True))
                continue
            nearby = same_part[max(0, k - AFFECTED_WINDOW): k + AFFECTED_WINDOW + 1]
            markers = [i for i in nearby if tokens[i].folded in vocabulary.affected_words
                       and not _adverbial_same(tokens, i) and not _manner_well(tokens, i)]
            markers.extend(i for i in self._sharing(tokens, same_part, k) if i not in markers)
            markers = [i for i in markers if not (
                i > position and (self._before_a_relative(tokens, same_part, i, relatives)
                                  or _telling_between(tokens, position, i)))]
            markers.extend(self._both(tokens, same_part, k))
            markers.extend(i for i in _so_did(tokens, same_part, k) if i not in markers)
            markers.extend(i for i in _does_at_end(tokens, same_part, k, relatives)
                           if i not in markers)
            markers.extend(i for i in _except(tokens, words, words.index(position))
                           if i not in markers)
            markers.extend(i for i in _inherited_from(tokens, same_part, k) if i not in markers)
            if not child and folded not in _CHILDREN:
                markers.extend(i for i in self._so_do_i(tokens, same_part, k) if i not in markers)
            if not markers:
                markers.extend(i for i in self._too_at_end(tokens, same_part, k, relatives)
                               if not _telling_between(tokens, position, i))
            markers.extend(i for i in (*self._having_it(tokens, same_part, k),
                                       *_like(tokens, same_part, k, vocabulary))
                           if i not in markers)
            if not markers:
                continue
            explained = [position, *markers]
            m = n - 1
            while m >= 0 and n - m <= 2 and tokens[words[m]].folded in _OF_A_RELATIVE:
                explained.append(words[m])
                m -= 1
            for marker in markers:
                following = marker + 1
                if (tokens[marker].folded == "same" and following < len(tokens)
                        and tokens[following].folded in _SAME_NOUNS):
                    explained.append(following)
            before = [tokens[i].folded for i in words[max(0, n - 2): n]]
            # A relative of a relative ("my dad's brother", "her mum's sister") is a
            # second-degree relative: an uncle or aunt, not a sibling. So is one named with
            # "his"/"her" after a relative of the asker's ("my dad and his brother", "my mum
            # and her sister"), read as "dad's brother", "mum's sister".
            owner = _pronoun_owner(tokens, words, n, relatives)
            if owner is not None:
                before.append(owner + "'s")
            if n > 0 and (_possessive_relative(tokens[words[n - 1]].folded, vocabulary)
                          or owner is not None or any(w in _PATERNAL for w in before)):
                # "my dad's brother", "her mum's sister", "his paternal uncle": dominant.
                modes = SECOND_DEGREE
            if folded in vocabulary.maternal_males and (
                    any(word in vocabulary.maternal_words for word in before)
                    or self._on_mothers_side(tokens, position)):
                # A male relative through a woman shares her X; one of the same maternal
                # line (her brother, her sister's or daughter's son; not her father) shares
                # her mitochondria as well.
                modes = ((X_LINKED,) if folded in _NOT_MATERNAL_LINE
                         else (X_LINKED, MITOCHONDRIAL))
                explained.extend(i for i in words[max(0, n - 2): n]
                                 if tokens[i].folded in vocabulary.maternal_words)
                # Her father, when the woman he is related through is affected too ("my mum
                # has it and so did her father"): passed from father to daughter, dominant as
                # much as X-linked.
                through = {word.removesuffix("'s") for word in before}
                if any(word in ("maternal", "mat") for word in before):
                    # "my mum has it and so did my maternal grandfather" (h-family6).
                    through |= MOTHERS
                affected_between = any(tokens[r].folded.removesuffix("'s") in through
                                       for statement in found for r in statement.relatives)
                if folded in _NOT_MATERNAL_LINE and affected_between:
                    modes = THROUGH_AFFECTED_MOTHER
                elif affected_between:
                    # Her brother, or another male of her line, when the woman he is
                    # related through is affected too ("my mother and her brother both had
                    # it"): two affected generations through her, dominant as much as
                    # X-linked or mitochondrial (h-family7).
                    modes = (*SECOND_DEGREE, X_LINKED, MITOCHONDRIAL)
                elif folded in _NOT_MATERNAL_LINE:
                    found.append(FamilyStatement(tuple(sorted(set(explained))), modes,
                                                 (position,), through_mother=True))
                    continue
            elif child and folded in _SIBLINGS and n > 0 and tokens[words[n - 1]].folded in (
                    "my", "our"):
                # The asker's brother or sister, when the question is about the asker's
                # child: the patient's uncle or aunt (an uncle through a mother who writes
                # about her child is a maternal one).
                modes = (*SECOND_DEGREE, X_LINKED) if folded in _MALE_SIBLINGS else SECOND_DEGREE
            elif self._maternal_line_woman(tokens, position, folded, before):
                # The mother's mother ("my mum and her mother", "my maternal grandmother")
                # passes her mitochondria down the line as much as a dominant trouble.
                modes = (*SECOND_DEGREE, MITOCHONDRIAL)
            found.append(FamilyStatement(tuple(sorted(set(explained))), modes, (position,)))
        return found

    def _males_of_mothers_side(self, tokens: Sequence[Token], words: list[int],
                               found: Sequence[FamilyStatement]) -> list[FamilyStatement]:
        """An X-linked statement for the males of a family right before its mother's side
        ("the men in my mum's family", "all the boys on my mother's side"): male relatives
        through the mother (h-family5)."""
        maternal = self._words.maternal_words
        sides = [s for s in found if not s.relatives and not s.negated
                 and any(tokens[i].folded in maternal for i in s.positions)]
        result = []
        for side in sides:
            start = side.positions[0]
            if start not in words:
                continue
            m = words.index(start) - 1
            while m >= 0 and start - words[m] <= _SIDE_REACH + 1 and (
                    tokens[words[m]].folded in _TO_A_SIDE):
                m -= 1
            if m >= 0 and tokens[words[m]].folded in _MALES:
                result.append(FamilyStatement((words[m],), (X_LINKED,), ()))
        return result

    def _maternal_line_woman(self, tokens: Sequence[Token], position: int, folded: str,
                             before: list[str]) -> bool:
        """True for the mother's mother: a mother word after a mother's possessive ("my mum's
        mum", "my mum and her mother"), or a grandmother on the mother's side ("maternal
        grandmother", "my gran on my mum's side")."""
        owners = {word.removesuffix("'s") for word in before if word.endswith("'s")}
        if folded in MOTHERS:
            return bool(owners & MOTHERS)
        if folded not in _GRANDMOTHERS:
            return False
        return (bool(owners & MOTHERS) or any(word in ("maternal", "mat") for word in before)
                or self._on_mothers_side(tokens, position))

    def _before_a_relative(self, tokens: Sequence[Token], words: list[int], marker: int,
                           relatives: dict[str, tuple[str, ...]]) -> bool:
        """True when the affected word at ``marker`` describes the relative right after it
        ("consanguineous parents, affected sib", "affected maternal uncle"), not one before."""
        k = words.index(marker)
        for i in words[k + 1: k + 1 + _BEFORE_RELATIVE]:
            if any(tokens[j].folded == "," for j in range(marker + 1, i)):
                # "my sister had the same, our parents are fine": the comma ends what the
                # affected word describes (h-family8).
                return False
            folded = tokens[i].folded
            if folded in relatives:
                return True
            if folded not in _RELATIVE_MODIFIERS and folded not in self._words.maternal_words:
                return False
        return False

    def _on_mothers_side(self, tokens: Sequence[Token], position: int) -> bool:
        """True when the relative at ``position`` is said to be on the mother's side right
        after it ("my uncle on my mother's side", "a cousin on mum's side")."""
        maternal = self._words.maternal_words
        for k in range(position + 1, min(len(tokens) - 1, position + 1 + _SIDE_REACH)):
            if tokens[k].folded in SENTENCE_ENDS:
                return False
            if tokens[k].folded in maternal and tokens[k + 1].folded == "side":
                return True
        return False

    def _unaffected(self, tokens: Sequence[Token], words: list[int], k: int) -> int | None:
        """The position of a word saying the relative at ``words[k]`` does not share the
        problem ("mum and dad are fine", "neither of our parents"), or None."""
        unaffected = self._words.unaffected_words
        after = [i for i in words[k + 1: k + 1 + _UNAFFECTED_AFTER]
                 if tokens[i].folded in unaffected and tokens[i].folded not in ("neither", "nor")]
        before = [i for i in words[max(0, k - _UNAFFECTED_BEFORE): k]
                  if tokens[i].folded in ("neither", "nor") and "neither" in unaffected]
        after.extend(_denied_having(tokens, words[k + 1: k + 1 + _UNAFFECTED_AFTER]))
        # An affected word between the relative and "fine" is about someone else's state.
        found = sorted(after)[:1] or before[-1:]
        return found[0] if found else None

    def _own_words(self, tokens: Sequence[Token], words: list[int], k: int) -> Iterator[int]:
        """Indices into ``words`` of the words after the relative at ``words[k]`` that speak
        of them: up to another relative named on their own, past relatives named together
        with them ("my mum and her mum had the same" reaches both)."""
        relatives = self._words.relatives
        joined = True  # only joining words since the last relative
        for m in range(k + 1, len(words)):
            folded = tokens[words[m]].folded
            if folded in relatives or folded.removesuffix("'s") in relatives:
                if not joined:
                    return
                continue
            if folded not in _JOINING:
                joined = False
            yield m

    def _too_at_end(self, tokens: Sequence[Token], words: list[int], k: int,
                    relatives: dict[str, tuple[str, ...]]) -> list[int]:
        """The position of "too" (or "as well") that ends what is said of the relative at
        ``words[k]``, however far ("my father and my sister get these attacks of paralysis
        too"), when the relative is not the first person the question names (who may be the
        patient: "my son has a fever and a rash too") and the asker does not speak of
        themselves in between ("my dad has diabetes and I have a rash too")."""
        if not _named_after_someone(tokens, words[k], relatives):
            return []
        for m in self._own_words(tokens, words, k):
            i = words[m]
            folded = tokens[i].folded
            if folded in _FIRST_PERSON or m - k > _TOO_REACH:
                return []
            ending = i + 1 >= len(tokens) or tokens[i + 1].folded in (*SENTENCE_ENDS, ",")
            if ending and (folded == "too" or _as_well(tokens, i)):
                return [i]
        return []

    def _sharing(self, tokens: Sequence[Token], words: list[int], k: int) -> list[int]:
        """Sharing words ("the same") after the relative at ``words[k]`` in its part of the
        clause, before another relative is named on their own ("my father had his spleen
        removed for the same thing"; "my mum and her mum had the same" reaches both). "The
        same way" said of the relative ("my uncle went blind the same way") is sharing too,
        unless the asker's own things stand between ("my mum said my other eye went the
        same way") or the relative is the first person named."""
        found = []
        # The first person named may be the patient ("my son lost the sight in one eye, and
        # then the other eye went the same way").
        mine = not _named_after_someone(tokens, words[k], self._words.relatives)
        relatives = self._words.relatives
        for m in self._own_words(tokens, words, k):
            folded = tokens[words[m]].folded
            # "my" before another relative named with this one ("my mother's brother and my
            # grandmother's sister went blind the same way") is not the asker's own thing.
            mine = mine or (folded in ("my", "our")
                            and not _names_a_relative(tokens, words, m + 1, relatives))
            if folded in _SHARING and (not _adverbial_same(tokens, words[m])
                                       or (not mine and _same_way(tokens, words[m]))):
                found.append(words[m])
        return found

    def _both(self, tokens: Sequence[Token], words: list[int], k: int) -> list[int]:
        """The position of "both" after people named together, when the relative at
        ``words[k]`` is not the first of them ("my son and my nephew both have big calves",
        "me and my brother both", "my dad and I both"): the first named is the patient, the
        others share the trouble."""
        relatives = self._words.relatives

        def person(folded: str) -> bool:
            return (folded in relatives or folded in _ME
                    or _possessive_relative(folded, self._words))

        after = k + 1
        while after < len(words) and tokens[words[after]].folded != "both" and (
                tokens[words[after]].folded in _JOINING or person(tokens[words[after]].folded)):
            after += 1
        if after >= len(words) or tokens[words[after]].folded != "both":
            return []
        before = k - 1
        while before >= 0 and tokens[words[before]].folded in _JOINING - {","}:
            before -= 1
        first = before < 0 or not person(tokens[words[before]].folded)
        me_later = any(tokens[words[i]].folded in _ME for i in range(k + 1, after))
        # The first named is one of the relatives too when the asker tells a complaint of
        # their own in a later sentence ("My dad and his brother both had heart attacks.
        # I'm 46 and I get a tight chest"; h-family4).
        if first and not me_later and not _asker_complains(tokens, words[-1]):
            return []
        # "my mum and dad both have colds and I have a fever": what they both have is
        # theirs, not the patient's trouble.
        if not me_later and any(tokens[i].folded in _ME | {"i'm", "im", "i've", "ive"}
                                for i in words[after + 1:]):
            return []
        return [words[after]]

    def _having_it(self, tokens: Sequence[Token], words: list[int], k: int) -> list[int]:
        """Positions of "has it", "had it", "died of it" after the relative at ``words[k]``
        (relatives named together share it: "my mum and her sister both had it")."""
        found: list[int] = []
        for m in self._own_words(tokens, words, k):
            folded = tokens[words[m]].folded
            if folded == "died":
                # "my father died suddenly at 35"; "two of my brothers died of infections
                # when they were young", "died as a baby": an early death, up to the asker
                # speaking of themselves ("... when I was a child").
                early = _early_death(tokens, words[m + 1: m + 1 + _EARLY_REACH])
                if early is not None:
                    found.extend((words[m], early))
                    break
            if folded in _PASSING and m + 2 < len(words) and tokens[words[m + 1]].folded in (
                    _IT) and tokens[words[m + 2]].folded in ("on", "down"):
                # "my dad passed it on to me", "mum handed it down" (h-family6).
                found.extend(words[m: m + 3])
                break
            if folded not in _IT or m == 0:
                continue
            verb = tokens[words[m - 1]].folded
            died = (verb == "of" and m >= 2 and tokens[words[m - 2]].folded == "died")
            # "my mum was diagnosed with it at 40", "my dad has been treated for it", "my
            # brother was born with it", "my gran died from it" (h-family6).
            told = (verb in _WITH_IT and m >= 2
                    and tokens[words[m - 2]].folded in _WITH_IT[verb])
            if verb not in _HAVING and not died and not told:
                continue
            position = words[m]
            after = tokens[position + 1] if position + 1 < len(tokens) else None
            if after is None or not after.is_word or after.folded in _AFTER_IT:
                found.append(position)
                break
        return found

    def _so_do_i(self, tokens: Sequence[Token], words: list[int], k: int) -> list[int]:
        """Positions of the asker saying they share what the relative at ``words[k]`` has, in
        the relative's stretch: "my mum has migraines and so do I", "as do I", "my dad gets
        them and I do too", "my sister has eczema, me too". Not said of the asker's child (a
        parent who has what their child has may have caught it)."""
        own = [words[m] for m in self._own_words(tokens, words, k)]
        folded = [tokens[i].folded for i in own]
        for j in range(len(own) - 1):
            if (j + 2 < len(own) and folded[j] in _SO and folded[j + 1] in _STAND_INS
                    and folded[j + 2] == "i"):
                return own[j: j + 3]
            if (j + 2 < len(own) and folded[j] == "i" and folded[j + 1] in _STAND_INS
                    and folded[j + 2] in ("too", "also")):
                return own[j: j + 3]
            if (folded[j] == "me" and folded[j + 1] == "too" and own[j] > 0
                    and tokens[own[j] - 1].folded in (",", "and")):
                return own[j: j + 2]
        return []

    def _cousins(self, tokens: Sequence[Token], words: list[int]) -> list[FamilyStatement]:
        """A couple who are cousins ("we are cousins", "my husband and I are first
        cousins"): parents who are blood relatives."""
        vocabulary = self._words
        if not vocabulary.consanguinity:
            return []
        found = []
        for n, position in enumerate(words):
            folded = tokens[position].folded
            if folded in _RELATED:
                found.extend(self._related(tokens, words, n))
                continue
            if folded in ("family", *_SIBLINGS_NOUNS):
                found.extend(self._same_family(tokens, words, n))
                continue
            if folded not in _COUSINS:
                continue
            are = [i for i in words[max(0, n - 4): n] if tokens[i].folded in _ARE]
            if not are or any(tokens[i].folded not in _COUSIN_FILLERS
                              for i in words if are[-1] < i < position):
                continue
            couple = [i for i in words[max(0, n - 7): n]
                      if tokens[i].folded in vocabulary.couple_words]
            if not couple:
                continue
            span = [i for i in words if couple[0] <= i <= position]
            found.append(FamilyStatement(tuple(span), vocabulary.consanguinity, ()))
        return found

    def _related(self, tokens: Sequence[Token], words: list[int],
                 n: int) -> list[FamilyStatement]:
        """"my husband and I are related", "our families are related": a couple who are blood
        relatives (h-rarefamily2)."""
        position = words[n]
        if position + 1 < len(tokens) and tokens[position + 1].folded == "to":
            return []
        are = [i for i in words[max(0, n - 4): n] if tokens[i].folded in _ARE]
        if not are or any(tokens[i].folded not in _RELATED_FILLERS
                          for i in words if are[-1] < i < position):
            return []
        # The families may have been read as a family history already ("families" as
        # "familial"): looked for among all the sentence's words (read drops that reading).
        window = [i for i in range(max(0, position - 2 * _RELATED_REACH), position)
                  if tokens[i].is_word]
        window = window[-_RELATED_REACH:]
        couple = [i for i in window if tokens[i].folded in self._words.couple_words
                  or tokens[i].folded in _FAMILIES]
        if not couple or any(tokens[i].folded in SENTENCE_ENDS
                             for i in range(couple[-1], position)):
            return []
        span = [i for i in words if couple[-1] < i <= position]
        return [FamilyStatement((couple[-1], *span), self._words.consanguinity, ())]

    def _same_family(self, tokens: Sequence[Token], words: list[int],
                     n: int) -> list[FamilyStatement]:
        """"we are from the same family" (a couple), "my wife's father and my father are
        brothers" (a couple's parents are siblings): blood relatives (h-rarefamily2)."""
        position = words[n]
        folded = tokens[position].folded
        before = [tokens[i].folded for i in words[max(0, n - 4): n]]
        vocabulary = self._words
        if folded == "family":
            if tuple(before[-3:]) != _FROM_SAME or not (
                    set(before[:1]) & (_ARE | _COME)):
                return []
            couple = [i for i in words[max(0, n - 9): n - 4]
                      if tokens[i].folded in vocabulary.couple_words]
            if not couple:
                return []
            return [FamilyStatement(tuple(i for i in words if couple[0] <= i <= position),
                                    vocabulary.consanguinity, ())]
        # Siblings: "X and Y are brothers" where X and Y are two parents, or "our mothers are
        # sisters".
        if not before or before[-1] not in _ARE:
            return []
        subject = [i for i in words[max(0, n - 8): n - 1]
                   if not any(tokens[j].folded in SENTENCE_ENDS for j in range(i, position))]
        parents = [i for i in subject
                   if tokens[i].folded.removesuffix("'s") in _PARENTS - {"parents", "parent"}]
        plural = [i for i in subject if tokens[i].folded in _PARENTS_PLURAL
                  and i > 0 and tokens[i - 1].folded == "our"]
        # Two people's parents ("my wife's father and my father", "her dad and his dad"), not
        # one person's ("my mum and dad").
        owners = {tokens[i - 1].folded for i in parents if i > 0 and (
            tokens[i - 1].folded in POSSESSIVES or tokens[i - 1].folded.endswith("'s"))}
        if (len(parents) < 2 or len(owners) < 2) and not plural:
            return []
        start = min([*parents, *plural])
        return [FamilyStatement(tuple(i for i in words if start <= i <= position),
                                vocabulary.consanguinity, ())]


def _families_related(found: list[FamilyStatement],
                      consanguinity: tuple[str, ...]) -> list[FamilyStatement]:
    """Without the family read as a family history where the families are said to be related
    ("our families are related"): that tells of the couple's blood relationship, not of a
    trouble in the family (h-rarefamily2)."""
    if not consanguinity:
        return found
    couples = [s for s in found if s.modes == consanguinity and not s.relatives]
    return [s for s in found if not (
        s.modes != consanguinity and not s.relatives and len(s.positions) == 1
        and any(s.positions[0] == c.positions[0] for c in couples))]


_SIBLINGS = frozenset({"brother", "brothers", "sister", "sisters", "sibling", "siblings", "sib",
                       "sibs"})
_MALE_SIBLINGS = frozenset({"brother", "brothers"})
MOTHERS = frozenset({"mother", "mum", "mom", "mummy", "mommy", "mam"})
_GRANDMOTHERS = frozenset({"grandmother", "grandma", "granny", "gran", "nan", "nana", "nanna"})


def relatives_relative_modes(owner: str, relative: str,
                             vocabulary: FamilyWords) -> tuple[str, ...] | None:
    """The modes an affected relative of a relative fits ("my mum's brother": ``owner``
    "mum", ``relative`` "brother"), as FamilyReader._relatives reads them: a male of the
    mother's side shares her X (and, on her line, her mitochondria); the mother's mother her
    mitochondria and a dominant trouble; any other a second-degree relative's dominant mode.
    None when ``owner`` is no relative ("my friend's brother")."""
    if owner not in vocabulary.relatives:
        return None
    if relative in vocabulary.maternal_males and f"{owner}'s" in vocabulary.maternal_words:
        return (X_LINKED,) if relative in _NOT_MATERNAL_LINE else (X_LINKED, MITOCHONDRIAL)
    if owner in MOTHERS and relative in MOTHERS | _GRANDMOTHERS:
        return (*SECOND_DEGREE, MITOCHONDRIAL)
    return SECOND_DEGREE


def _vertical(tokens: Sequence[Token],
              statements: list[FamilyStatement]) -> list[FamilyStatement]:
    """Statements with an affected sibling read beside an affected parent.

    A sibling alone fits recessive or X-linked inheritance, but beside an affected parent
    whose modes it shares none of ("my dad and my brother get the same": dominant from the
    father, recessive or X-linked from the brother) the parent's modes explain the sibling
    too: a parent passes a dominant trouble to several children. Such a sibling statement
    takes the parent's modes (a mother and a brother share X-linked: unchanged)."""
    parents = [s for s in statements if not s.negated and len(s.relatives) == 1
               and tokens[s.relatives[0]].folded.removesuffix("'s") in _PARENTS - {"parents"}]
    if not parents:
        return statements
    out = []
    for statement in statements:
        sibling = (not statement.negated and len(statement.relatives) == 1
                   and tokens[statement.relatives[0]].folded.removesuffix("'s") in _SIBLINGS)
        if sibling and not any(set(p.modes) & set(statement.modes) for p in parents):
            out.append(replace(statement, modes=parents[0].modes))
        else:
            out.append(statement)
    return out


def about_a_child(tokens: Sequence[Token]) -> bool:
    """True when the first person the question names is the asker's child ("my son",
    "our baby", "my 3 year old daughter")."""
    for n, token in enumerate(tokens):
        word = token.folded.removesuffix("'s")
        if word in _SPOUSES:
            return False
        if (word in _CHILDREN or _young_age(tokens, n)) and any(
                tokens[k].folded in ("my", "our") for k in range(max(0, n - 5), n)):
            return True
    return False


# Units of an age said before "old" ("my 14 year old", "my 6-month-old").
_AGE_UNITS = frozenset({"year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day",
                        "days"})
# Below this many years, "my N year old" is the asker's child.
_CHILD_YEARS = 18


def _young_age(tokens: Sequence[Token], n: int) -> bool:
    """True when the token at ``n`` is "old" of a child's age ("my 14 year old", "my
    6-month-old"; not "my 70 year old")."""
    if tokens[n].folded != "old":
        return False
    before = [t.folded for t in tokens[max(0, n - 4): n] if t.folded != "-"]
    if len(before) < 2 or before[-1] not in _AGE_UNITS or not before[-2].isdigit():
        return False
    return not before[-1].startswith(("year", "yr")) or int(before[-2]) < _CHILD_YEARS


# Relative words of one sex, to find whom "his" or "her" before a relative points back to.
_MALE_KIN = frozenset({"father", "dad", "daddy", "brother", "son", "grandfather", "grandpa",
                       "grandad", "granddad", "uncle", "nephew", "grandson", "husband",
                       "hubby", "boyfriend"})
_FEMALE_KIN = frozenset({"mother", "mum", "mom", "mummy", "mommy", "mam", "sister", "daughter",
                         "grandmother", "grandma", "granny", "gran", "nan", "nana", "nanna",
                         "aunt", "auntie", "aunty", "niece", "granddaughter", "wife",
                         "girlfriend"})
_PRONOUN_KIN = {"his": _MALE_KIN, "her": _FEMALE_KIN}
# How many words back from "his"/"her" the relative it points to may stand ("my dad had a
# heart attack at 45 and his brother ...").
_OWNER_REACH = 8
_FIRST_PERSON = frozenset({"i", "i'm", "im", "i've", "ive", "me", "myself"})


def _pronoun_owner(tokens: Sequence[Token], words: list[int], n: int,
                   relatives: dict[str, tuple[str, ...]]) -> str | None:
    """The relative that "his"/"her" before the relative at ``words[n]`` points back to, when
    that relative is the asker's and not the patient ("I shake, and my dad and his brother
    had it too": "dad"); ``None`` otherwise.

    The pronoun points to the nearest earlier relative of its sex in the sentence, after
    "my"/"our". That relative is the patient (and "his brother" the patient's brother) when
    the question names it first and the asker has not spoken of themselves before it ("my
    dad has a tremor and his brother too"), or when it is the asker's child the question is
    about."""
    if n == 0:
        return None
    kin = _PRONOUN_KIN.get(tokens[words[n - 1]].folded)
    if kin is None:
        return None
    for m in range(n - 2, max(-1, n - 2 - _OWNER_REACH), -1):
        position = words[m]
        word = tokens[position].folded
        if word not in kin or word not in relatives:
            continue
        if not any(tokens[words[k]].folded in ("my", "our") for k in range(max(0, m - 3), m)):
            return None
        if word in _CHILDREN and about_a_child(tokens):
            return None
        earlier = [t.folded.removesuffix("'s") for t in tokens[:position]]
        if not any(w in _FIRST_PERSON for w in earlier) and not any(
                w in relatives or w in _CHILDREN for w in earlier) and not _asker_complains(
                tokens, position):
            return None  # the first person named, before the asker speaks of themselves
        return word
    return None


# Verbs after "I" that tell the asker's own complaint ("I have", "I found a lump", "I get").
_COMPLAINING = frozenset({"have", "has", "had", "get", "got", "found", "feel", "suffer",
                          "keep", "noticed"})


def _asker_complains(tokens: Sequence[Token], position: int) -> bool:
    """True when, after ``position``, the asker tells a complaint of their own ("My mum and
    her sister both had breast cancer. I found a lump in my breast."): the relatives named
    first are then the asker's, not the patient."""
    for n in range(position + 1, len(tokens) - 1):
        folded = tokens[n].folded
        following = tokens[n + 1].folded
        if (folded in ("i've", "ive") or (folded == "i" and following in _COMPLAINING)
                or (folded in ("i'm", "im") and following in ("having", "getting"))):
            return True
        # "... both lost their sight. I'm 23 and my eye went blurry": the asker gives their
        # own age after the relatives, as a patient opening their complaint does (h-family8).
        if folded in ("i'm", "im") and following.isdigit():
            return True
        if (folded == "i" and following == "am" and n + 2 < len(tokens)
                and tokens[n + 2].folded.isdigit()):
            return True
        # "I'm 46 and I get a tight chest": the age first, the complaint after it (h-family4).
    return False


def _like(tokens: Sequence[Token], words: list[int], k: int,
          vocabulary: FamilyWords) -> list[int]:
    """The position of "like" before the relative at ``words[k]`` ("migraines like my mum",
    "just like my mother and grandmother"), over possessives and relatives named with it."""
    for m in range(k - 1, -1, -1):
        folded = tokens[words[m]].folded
        if folded in _LIKE:
            return [words[m]]
        if not (folded in _JOINING or folded in vocabulary.relatives
                or _possessive_relative(folded, vocabulary)):
            return []
    return []


# A relative's children named as boys, girls or kids ("my sister's two boys", "my brother's
# little girl", "my cousin's kids"; h-rarefamily2): the relative's sons, daughters or
# children, a nephew or niece of the asker's through a sister (so on the mother's side of the
# family's X: maternal_words) as "my sister's son" is. The words that may stand between: a
# count or a word of age or size.
_CHILD_AS_RELATIVE = {"boy": "son", "boys": "sons", "lad": "son", "lads": "sons",
                      "girl": "daughter", "girls": "daughters", "kid": "children",
                      "kids": "children", "child": "children", "children": "children"}
_BEFORE_CHILD = frozenset({"two", "three", "four", "both", "2", "3", "4", "little", "older",
                           "younger", "eldest", "oldest", "youngest", "baby", "twin", "small",
                           "young", "elder", "big", "only"})


def _relatives_child(tokens: Sequence[Token], words: list[int], n: int,
                     vocabulary: FamilyWords) -> str | None:
    """The relative word a child word after a relative's possessive stands for ("my sister's
    two boys": "sons"), else None."""
    kin = _CHILD_AS_RELATIVE.get(tokens[words[n]].folded)
    if kin is None:
        return None
    m = n - 1
    while m >= 0 and n - m <= 2 and tokens[words[m]].folded in _BEFORE_CHILD:
        m -= 1
    if m < 0 or n - m > 2 or not _possessive_relative(tokens[words[m]].folded, vocabulary):
        return None
    return kin


def _possessive_relative(folded: str, vocabulary: FamilyWords) -> bool:
    """True for a relative word in the possessive ("dad's", "mum's")."""
    return folded.endswith("'s") and folded.removesuffix("'s") in vocabulary.relatives


def _parts(tokens: Sequence[Token], words: list[int]) -> dict[int, int]:
    """For each word, which part of its sentence it is in: a contrast ("but", "though", a
    semicolon) starts a new part."""
    part: dict[int, int] = {}
    current = 0
    previous = -1
    for i in words:
        if any(tokens[j].folded in _CONTRASTS for j in range(previous + 1, i + 1)):
            current += 1
        part[i] = current
        previous = i
    return part


def combined_modes(statements: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The modes a family history points to: those that the most statements fit.

    Statements narrow each other down ("his brothers too" fits recessive or X-linked, "the
    parents are cousins" fits recessive: together, recessive); when they share no mode, every
    mode that some statement fits is kept (ties keep all). Sorted by id.
    """
    counts: dict[str, int] = {}
    for modes in statements:
        for mode in set(modes):
            counts[mode] = counts.get(mode, 0) + 1
    if not counts:
        return ()
    best = max(counts.values())
    return tuple(sorted(mode for mode, count in counts.items() if count == best))


def _as_well(tokens: Sequence[Token], position: int) -> bool:
    """True when the word at ``position`` is the "well" of "as well" ("my mum has it as
    well"), which says a relative shares the trouble as "too" does."""
    return (tokens[position].folded == "well" and position > 0
            and tokens[position - 1].folded == "as")


def _manner_well(tokens: Sequence[Token], position: int) -> bool:
    """True when "well" at ``position`` is not the "as well" that says a relative shares the
    trouble: "my son does not hear well", "my daughter doesn't sleep well" describe how the
    relative (often the patient) does something."""
    return tokens[position].folded == "well" and not _as_well(tokens, position)


def _adverbial_same(tokens: Sequence[Token], position: int) -> bool:
    """True when "same" at ``position`` describes a time, manner or place ("went the same
    way", "at the same time"), or what a person says or asks again ("asks the same questions
    over and over", "keeps telling the same stories"), which says nothing of a relative
    sharing the trouble."""
    following = position + 1
    if tokens[position].folded != "same":
        return False
    if following < len(tokens) and tokens[following].folded in _SAME_ADVERBIAL:
        # "the same eye problem", "the same skin condition": a trouble of that part, shared
        # (h-family7), not "the same eye" the other went in.
        return not (following + 1 < len(tokens)
                    and tokens[following + 1].folded in _SAME_NOUNS)
    return _said_again(tokens, position)


# Verbs whose object "the same" is what is said or asked again: a person who repeats
# themselves (a sign of memory loss), not a relative who shares a trouble.
_SAYING_AGAIN = frozenset({"ask", "asks", "asked", "asking", "repeat", "repeats", "repeated",
                           "repeating", "tell", "tells", "told", "telling", "say", "says",
                           "said", "saying"})
# Words between such a verb and "same" ("asks exactly the same thing").
_BEFORE_SAME = frozenset({"the", "exactly", "just", "very"})
# "my mum says the same happened to her": the same trouble, said of the relative.
_HAPPENED = frozenset({"happened", "happens", "happening"})


def _said_again(tokens: Sequence[Token], position: int) -> bool:
    """True when "same" at ``position`` is the object of a verb of saying, asking or
    repeating ("asks the same questions", "telling the same story"), unless it is what
    happened ("my mum said the same thing happened to her")."""
    k = position - 1
    while k >= 0 and tokens[k].folded in _BEFORE_SAME:
        k -= 1
    if k < 0 or k == position - 1 or tokens[k].folded not in _SAYING_AGAIN:
        return False
    after = position + 1
    while after < len(tokens) and tokens[after].folded in _SAME_NOUNS:
        after += 1
    return after >= len(tokens) or tokens[after].folded not in _HAPPENED


def _same_way(tokens: Sequence[Token], position: int) -> bool:
    """True when "same" at ``position`` is "the same way" ("went blind the same way")."""
    following = position + 1
    return (tokens[position].folded == "same" and following < len(tokens)
            and tokens[following].folded == "way")


# "my dad told me too", "my wife said so as well", "my mum thinks so too": a relative who
# tells the asker something (or thinks so) is the one who speaks; the affected word after
# such a verb and "me"/"us"/"so" is about the telling, not a trouble the relative shares
# ("my mum says she had it too" still shares it; h-reader62).
_TELLING = frozenset({"told", "tells", "tell", "telling", "said", "says", "say", "saying",
                      "thinks", "thought", "think", "noticed", "notices", "agrees", "agreed",
                      "reckons", "reckoned", "mentioned", "warned", "suggested"})
_TOLD = frozenset({"me", "us", "so", "to"})


def _telling_between(tokens: Sequence[Token], relative: int, marker: int) -> bool:
    """True when a telling verb and "me"/"us"/"so" stand between the relative at
    ``relative`` and the affected word at ``marker`` after it ("my dad told me too")."""
    return any(tokens[i].folded in _TELLING and tokens[i + 1].folded in _TOLD
               for i in range(relative + 1, marker - 1))


# How many words "too" may stand after the relative it ends the clause of.
_TOO_REACH = 10
# "... and so did my mother", "as did her father", "and so does my aunt": the relative after
# "so"/"as" and a verb standing for the trouble said before shares it.
_SO = frozenset({"so", "as"})
_STAND_INS = frozenset({"did", "does", "do", "has", "had", "have", "is", "was", "were", "are"})


def _so_did(tokens: Sequence[Token], words: list[int], k: int) -> list[int]:
    """The positions of "so did" right before the relative at ``words[k]`` ("I get
    migraines and so did my mother"), over a possessive and modifiers ("so did her older
    sister"); empty otherwise."""
    m = k - 1
    while m >= 0 and k - m <= _BEFORE_RELATIVE and tokens[words[m]].folded in _RELATIVE_MODIFIERS:
        m -= 1
    if m < 1 or tokens[words[m]].folded not in _STAND_INS:
        return []
    if tokens[words[m - 1]].folded not in _SO or words[m - 1] != words[m] - 1:
        return []
    return [words[m - 1], words[m]]


# "neither parent has it but his brother does", "mum hasn't got it, my sister has": a verb
# standing for the trouble said before, right after a relative and ending the clause.
_STANDING_AT_END = frozenset({"did", "does", "do", "has", "had"})


def _does_at_end(tokens: Sequence[Token], words: list[int], k: int,
                 relatives: Mapping[str, tuple[str, ...]]) -> list[int]:
    """The position of a stand-in verb right after the relative at ``words[k]`` that ends
    the clause ("... but his brother does."), when the relative is not the first person the
    question names (who may be the patient); empty otherwise."""
    if k + 1 >= len(words) or words[k + 1] != words[k] + 1:
        return []
    verb = words[k + 1]
    if tokens[verb].folded not in _STANDING_AT_END:
        return []
    after = verb + 1
    if after < len(tokens) and tokens[after].folded not in (*SENTENCE_ENDS, ","):
        return []
    if not _named_after_someone(tokens, words[k], relatives):
        return []
    return [verb]


def _names_a_relative(tokens: Sequence[Token], words: list[int], m: int,
                      relatives: Mapping[str, tuple[str, ...]]) -> bool:
    """True when ``words[m]`` (past modifiers such as "older") is a relative word or a
    relative's possessive ("grandmother's")."""
    while m < len(words) and tokens[words[m]].folded in _OF_A_RELATIVE:
        m += 1
    return m < len(words) and tokens[words[m]].folded.removesuffix("'s") in relatives


# "my mum's got the same", "my dad's been the same", "my brother's had it too": a relative
# word with "'s" before one of these is the relative and "has" or "is", not a possessive ("my
# mum's brother", "my dad's side").
_CONTRACTED_HAS = frozenset({"got", "gotten", "been", "had", "also", "always"})


def _contracted_has(tokens: Sequence[Token], position: int,
                    relatives: Mapping[str, tuple[str, ...]]) -> str | None:
    """The relative word of "mum's" in "my mum's got the same" (and "my dad's the same");
    ``None`` for a possessive ("my mum's brother") or any other word."""
    folded = tokens[position].folded
    base = folded.removesuffix("'s")
    if base == folded or base not in relatives or position + 1 >= len(tokens):
        return None
    following = tokens[position + 1].folded
    if following in _CONTRACTED_HAS or (following == "the" and position + 2 < len(tokens)
                                        and tokens[position + 2].folded == "same"):
        return base
    return None


# "I inherited it from my mum", "it was passed down from my dad", "handed down to me from my
# gran": the relative the trouble came from by inheritance has it ("I got it from my brother"
# stays unread: catching, not inheriting).
# A verb and the preposition before "it" that say a relative has the trouble: "diagnosed with
# it", "treated for it", "born with it", "died from it".
_WITH_IT: dict[str, frozenset[str]] = {
    "with": frozenset({"diagnosed", "born", "lives", "lived", "living", "struggles",
                       "struggled", "struggling"}),
    "for": frozenset({"treated", "treatment", "medication", "tablets", "surgery", "operation",
                      "operated", "investigated", "tested", "seen"}),
    "from": frozenset({"died", "suffers", "suffered", "suffering", "suffer"}),
}
# Verbs of passing the trouble on ("passed it on", "handed it down").
_PASSING = frozenset({"passed", "handed"})
_INHERITING = frozenset({"inherited", "inherit", "inherits", "inheriting", "passed", "handed"})
# How many words may stand between the inheriting verb and "from" ("passed down to me from").
_INHERIT_REACH = 4


def _inherited_from(tokens: Sequence[Token], words: list[int], k: int) -> list[int]:
    """The positions of the inheriting verb and "from" before the relative at ``words[k]``
    ("inherited it from my mum", "passed down from her older sister"); empty otherwise."""
    m = k - 1
    while m >= 0 and k - m <= _BEFORE_RELATIVE and tokens[words[m]].folded in _RELATIVE_MODIFIERS:
        m -= 1
    if m < 1 or tokens[words[m]].folded != "from":
        return []
    for j in range(m - 1, max(-1, m - 1 - _INHERIT_REACH), -1):
        if tokens[words[j]].folded in _INHERITING:
            return [words[j], words[m]]
    return []


# "my parents don't have it", "mum has never had it", "my dad does not get them": a denial
# before a having verb and the trouble says the relative does not share it.
_DENYING = frozenset({"don't", "doesn't", "didn't", "dont", "doesnt", "didnt", "not", "never"})
_DENIED_OBJECTS = frozenset({*_IT, "them", "any"})


def _denied_having(tokens: Sequence[Token], after: Sequence[int]) -> list[int]:
    """The position of a denial among ``after`` (the words after a relative) saying the
    relative does not have the trouble ("don't have it"), said short at the end of its
    clause ("but my parents don't", "my parents do not"), or as not being affected ("our
    parents are not affected"); empty otherwise.

    The short and the "not affected" forms (h-rarefamily1, issue 14) matter beside an
    affected sibling, who alone fits every mode: unaffected parents said so narrow it to
    recessive or X-linked, as "mum and dad are fine" does."""
    for j in range(len(after)):
        folded = tokens[after[j]].folded
        if folded not in _DENYING:
            continue
        if (j + 2 < len(after) and tokens[after[j + 1]].folded in _HAVING
                and tokens[after[j + 2]].folded in _DENIED_OBJECTS):
            return [after[j]]
        if j + 1 < len(after) and tokens[after[j + 1]].folded in _NOT_AFFECTED:
            return [after[j]]
        if folded != "never" and _ends_clause(tokens, after[j] + 1):
            return [after[j]]
    return []


# Words after a denial that say a relative does not share the trouble ("not affected").
_NOT_AFFECTED = frozenset({"affected", "affect", "sick", "ill"})


def _ends_clause(tokens: Sequence[Token], position: int) -> bool:
    """True when the clause ends at ``position``: the text ends, or a sentence end or a
    contrasting or joining mark stands there ("but my parents don't."; "don't, and")."""
    return (position >= len(tokens) or tokens[position].folded in SENTENCE_ENDS
            or tokens[position].folded in _CONTRASTS or tokens[position].folded in (",", "and"))


def _early_death(tokens: Sequence[Token], after: Sequence[int]) -> int | None:
    """The position of a word among ``after`` (the words after "died") saying the death was
    early ("suddenly", "young", "as a baby"), before the asker speaks of themselves."""
    for i in after:
        folded = tokens[i].folded
        if folded in _FIRST_PERSON:
            return None
        if folded in _SUDDENLY or folded in _EARLY:
            return i
    return None


def _named_after_someone(tokens: Sequence[Token], position: int,
                         relatives: Mapping[str, tuple[str, ...]]) -> bool:
    """True when the asker ("I") or another relative is named before the relative at
    ``position``, which is then not the first person the question names (who may be the
    patient)."""
    return any(w in _FIRST_PERSON or w in relatives or w in _CHILDREN
               for w in (t.folded.removesuffix("'s") for t in tokens[:position]))


# "I had the same as a child", "I had them as a kid too", "I was the same at her age": the
# parent asking about their child had the trouble in their own childhood, an affected parent.
_ASKER_SHARING = frozenset({"same", "similar", "too", "also", "it", "them", "this", "that"})
_AS_A = frozenset({"child", "kid", "boy", "girl", "baby", "toddler", "teenager", "teen",
                   "youngster"})
_AT_AGE_OWNERS = frozenset({"his", "her", "their", "your", "that"})
_WHEN_I_WAS = frozenset({"young", "little", "small", "younger", "child", "kid", "boy", "girl",
                         "baby", "teenager", "teen"})


def _asker_as_a_child(tokens: Sequence[Token], words: list[int]) -> list[FamilyStatement]:
    """A statement for the asker (the child's parent, the question being about the asker's
    child) saying they had the trouble as a child ("I had the same as a child", "I had them
    as a kid too", "I was the same at her age", "same as me when I was little"): PARENT's
    modes. Without the childhood words ("I have a sore throat too") the asker may have caught
    it from the child, which says nothing of inheritance."""
    folded = [tokens[i].folded for i in words]
    if "i" not in folded and "me" not in folded:
        return []
    start = next((n for n in range(len(folded)) if _childhood_at(folded, n)), None)
    childhood = [] if start is None else words[start: start + 3]
    sharing = [words[n] for n, word in enumerate(folded) if word in _ASKER_SHARING]
    asker = [words[n] for n, word in enumerate(folded) if word in ("i", "me")]
    if not childhood or not sharing or not asker:
        return []
    return [FamilyStatement(tuple(sorted({asker[0], sharing[0], *childhood})), PARENT, ())]


def _childhood_at(folded: Sequence[str], n: int) -> bool:
    """True when the words from ``n`` say "in my childhood": "as a child", "at his age",
    "when I was little"."""
    word, nxt, third = [*folded[n: n + 3], "", "", ""][:3]
    if word == "as":
        return nxt in ("a", "an") and third in _AS_A
    if word == "at":
        return nxt in _AT_AGE_OWNERS and third == "age"
    return (word == "when" and [nxt, third] == ["i", "was"]
            and any(w in _WHEN_I_WAS for w in folded[n + 3: n + 5]))


# "it only affects the boys", "only the men in my family get it", "only boys have ever had
# it": a trouble of the males of a family, X-linked (as the statement "only the boys" in
# family_history.yaml, with the words people put between; h-reader52).
_MALES = frozenset({"boys", "males", "men", "sons", "brothers", "lads", "guys", "grandsons",
                    "nephews", "uncles"})
_ONLY_TO_MALES = frozenset({"affects", "affected", "affecting", "affect", "hits", "gets", "get",
                            "got", "has", "have", "had", "ever", "seem", "seems", "seemed",
                            "to", "in", "the", "our", "my", "his", "her", "their", "ones",
                            "it", "been", "are", "were", "is", "was"})
_ONLY_REACH = 4


# Words between the males of a family and its side ("the men in my mum's family").
_TO_A_SIDE = frozenset({"in", "on", "of", "from", "the", "my", "our", "his", "her", "their"})
# "nobody in the family has it except my brother", "none of us apart from my sister": the
# relative excepted from a denial shares the trouble (h-family5).
_EXCEPTING = frozenset({"except", "besides", "apart", "other", "excepting", "bar"})


def _except(tokens: Sequence[Token], words: list[int], k: int) -> list[int]:
    """The position of "except" ("apart from", "other than") right before the relative at
    ``words[k]`` when a word of _NOBODY stands before it in the sentence; empty otherwise."""
    m = k - 1
    while m >= 0 and k - m <= _BEFORE_RELATIVE and tokens[words[m]].folded in _RELATIVE_MODIFIERS:
        m -= 1
    if m >= 0 and tokens[words[m]].folded in ("from", "than", "for") and m >= 1:
        m -= 1
    if m < 0 or tokens[words[m]].folded not in _EXCEPTING:
        return []
    if not any(_nobody(tokens, i) for i in words[:m]):
        return []
    return [words[m]]


def _nobody(tokens: Sequence[Token], position: int) -> bool:
    """True for a word denying people ("nobody", "none", "no one", "no-one"), not a thing
    ("no pain")."""
    folded = tokens[position].folded
    if folded in ("nobody", "noone", "none", "no-one", "neither"):
        return True
    following = tokens[position + 1].folded if position + 1 < len(tokens) else ""
    return folded == "no" and following in ("one", "body", "other", "else")


def _only_males(tokens: Sequence[Token], words: list[int]) -> list[FamilyStatement]:
    """A statement for "only" and the males of a family after it ("it only affects the
    boys"), at most _ONLY_REACH words apart over the words of _ONLY_TO_MALES: X-linked."""
    found = []
    for n, position in enumerate(words):
        if tokens[position].folded != "only":
            continue
        for m in range(n + 1, min(len(words), n + 2 + _ONLY_REACH)):
            folded = tokens[words[m]].folded
            if folded in _MALES:
                found.append(FamilyStatement(tuple(words[n: m + 1]), (X_LINKED,), ()))
                break
            if folded not in _ONLY_TO_MALES:
                break
    return found


# "we are both carriers", "my husband and I are carriers", "both of us are carriers": parents
# who both carry the trouble's gene, recessive (as "both parents are carriers"); "I'm a
# carrier" (a parent asking about their child): recessive, or X-linked through a carrier
# mother (as "mum is a carrier"). Bennett et al. 2008; NHGRI "Inheritance patterns" (h-reader52).
RECESSIVE = "HP:0000007"
_CARRIERS = frozenset({"carrier", "carriers"})
_CARRIER_FILLERS = frozenset({"both", "all", "also", "a", "known", "gene", "genetic",
                              "healthy", "just", "actually", "apparently"})
_BOTH_CARRY = frozenset({"we", "we're", "us", "parents"})
# One parent who carries it: a mother (the asker, a wife) recessive or X-linked; a father only
# recessive (a man with an X-linked trouble's gene has it).
_ONE_CARRIES: dict[str, tuple[str, ...]] = {
    "i'm": (RECESSIVE, X_LINKED), "im": (RECESSIVE, X_LINKED), "i": (RECESSIVE, X_LINKED),
    "wife": (RECESSIVE, X_LINKED), "partner": (RECESSIVE, X_LINKED), "husband": (RECESSIVE,)}
_CARRIER_REACH = 6


def _carriers(tokens: Sequence[Token], words: list[int]) -> list[FamilyStatement]:
    """A statement for a carrier word after "are"/"am" and the couple or parent it is said
    of, over _CARRIER_FILLERS ("we are both carriers"; "I'm a carrier"; "my wife is a
    carrier")."""
    found = []
    for n, position in enumerate(words):
        if tokens[position].folded not in _CARRIERS:
            continue
        m = n - 1
        while m >= 0 and tokens[words[m]].folded in _CARRIER_FILLERS:
            m -= 1
        if m < 0:
            continue
        verb = tokens[words[m]].folded
        if verb in ("i'm", "im", "we're"):
            start = m
        elif verb in ("are", "am", "were", "was", "is", "'re", "'m") and m > 0:
            start = m - 1
        else:
            continue
        before = [i for i in words[max(0, start - _CARRIER_REACH): start + 1]]
        said = {tokens[i].folded for i in words[max(0, start - _CARRIER_REACH): n]}
        subject = tokens[words[start]].folded
        if "both" in said or said & _BOTH_CARRY:
            modes: tuple[str, ...] = (RECESSIVE,)
        elif subject in _ONE_CARRIES:
            modes = _ONE_CARRIES[subject]
        else:
            continue
        people = _BOTH_CARRY | set(_ONE_CARRIES)
        first = next((i for i in before if tokens[i].folded in people), None)
        if first is None:
            continue
        found.append(FamilyStatement(tuple(i for i in words if first <= i <= position),
                                     modes, ()))
    return found


# "it skipped my mum", "it skipped my dad and went to me": a trouble passed through an
# unaffected parent. Through a mother it fits recessive or X-linked inheritance (a carrier
# mother), as "skips a generation"; through a father recessive, or dominant with a parent who
# carries it unaffected (reduced penetrance); never X-linked (a father gives his X to no son)
# nor mitochondrial (h-reader52).
_SKIPPED = frozenset({"skipped", "skips", "skip", "missed", "bypassed"})
_SKIPPED_PARENTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("mum", "mom", "mother", "mam", "mummy", "mommy"),
                    (RECESSIVE, X_LINKED)),
    **dict.fromkeys(("dad", "father", "daddy"), (RECESSIVE, SECOND_DEGREE[0])),
}


# "we both carry something", "my husband and I both carry the gene", "both of us carry a
# faulty gene": the verb said of both parents, with what is carried a gene or left vague
# (h-family8). Recessive, as "we are both carriers"; "we both carry the shopping" is not.
_CARRY = frozenset({"carry", "carries", "carried"})
_CARRIED = frozenset({"something", "it", "the", "a", "one", "same", "gene", "genes", "faulty",
                      "mutation", "mutations", "variant", "variants", "trait", "copy",
                      "altered", "changed", "recessive", "abnormal", "bad", "that", "this"})
_CARRIED_GENE = frozenset({"something", "it", "gene", "genes", "mutation", "mutations",
                           "variant", "variants", "trait", "copy", "that", "this"})


def _both_carry(tokens: Sequence[Token], words: list[int]) -> list[FamilyStatement]:
    """A statement for "carry" said of both parents ("we both carry something"): recessive."""
    found = []
    for n, position in enumerate(words):
        if tokens[position].folded not in _CARRY:
            continue
        said = [i for i in words[max(0, n - _CARRIER_REACH): n]]
        if not any(tokens[i].folded == "both" for i in said) and not any(
                tokens[i].folded in ("parents", "we", "we're") for i in said[-2:]):
            continue
        carried = [tokens[i].folded for i in words[n + 1: n + 4]]
        if not carried or carried[0] not in _CARRIED or not (
                set(carried) & _CARRIED_GENE or carried[0] == "something"):
            continue
        people = _BOTH_CARRY | {"both", "husband", "wife", "partner"}
        first = next((i for i in said[-4:] if tokens[i].folded in people), None)
        if first is None:
            continue
        end = next((words[m] for m in range(n + 1, min(len(words), n + 4))
                    if tokens[words[m]].folded in _CARRIED_GENE), position)
        found.append(FamilyStatement(tuple(i for i in words if first <= i <= end),
                                     (RECESSIVE,), ()))
    return found


def _unread(words: list[int], found: Sequence[FamilyStatement]) -> list[int]:
    """The ``words`` no statement ``found`` so far has read."""
    used = {p for statement in found for p in statement.positions}
    return [i for i in words if i not in used]


def _skipped(tokens: Sequence[Token], words: list[int]) -> list[FamilyStatement]:
    """A statement for a skipping verb before a parent of the asker's ("it skipped my mum")."""
    found = []
    for n, position in enumerate(words[:-2]):
        if (tokens[position].folded in _SKIPPED
                and tokens[words[n + 1]].folded in ("my", "our")
                and tokens[words[n + 2]].folded in _SKIPPED_PARENTS):
            found.append(FamilyStatement(tuple(words[n: n + 3]),
                                         _SKIPPED_PARENTS[tokens[words[n + 2]].folded], ()))
    return found


# The relative named for a condition that runs in the family (RecognizedFinding.relative).
FAMILY = "family"
# "Bowel cancer runs in our family", "diabetes and heart disease run in the family", "a
# family history of glaucoma": what runs in the family is the family's condition, not a
# finding of the person asking (h-family4, issue 14). The verb that opens such a statement,
# and the words that may stand between it and what runs ("has always run", "tends to run").
_RUN = frozenset({"run", "runs", "running", "ran"})
_RUN_HELPERS = frozenset({"tend", "tends", "tended", "to", "seem", "seems", "seemed", "also",
                          "always", "really", "does", "do", "did", "has", "have", "had",
                          "kind", "sort", "of", "all", "definitely", "certainly"})
# Words that join the items of a list of conditions ("diabetes, heart disease and strokes").
_LIST_JOINS = frozenset({"and", "or", ",", "&", "plus"})
# Words that may open what runs in the family before its first item ("the diabetes", "both
# asthma and eczema").
_OPENING = frozenset({"the", "a", "an", "both", "my", "our", "his", "her", "their", "some",
                      "lots", "lot", "of", "bad", "early", "and", "but", "also"})
# Words after "family history" (or "fhx") that open its object ("a family history of a heart
# attack", "family history: diabetes"); after the heading "FHx" a dash too ("FHx - bowel
# cancer", where the dash otherwise ends a clause: text/normalize.py).
_HISTORY_OF = frozenset({"of", ":"})
_HEADING_DASHES = frozenset({"-", "—", "–"})
# Where a clause before "runs" starts, and the asker's words that make it theirs ("I get
# headaches and migraines run in my family").
_CLAUSE_BREAKS = frozenset({*SENTENCE_ENDS, ",", ":", "but", "because", "so", "as", "since"})
_ASKER = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "me", "myself", "we", "we're"})
_HISTORY_OPENING = frozenset({"a", "an", "the", "both", "early", "premature", "young"})


def family_conditions(tokens: Sequence[Token], statements: Sequence[FamilyStatement],
                      spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indices into ``spans`` (each a finding's first and last token position) of the
    findings a family-history statement says run in the family: the subject of "run(s) in
    the family" ("Bowel cancer runs in our family", "Migraines run in my family") and the
    object of "family history of" ("a family history of diabetes"), with the other items of
    a list they end or open ("diabetes and heart disease run in the family"). A list before
    "runs" counts whole only when it opens its clause ("I get headaches and migraines run in
    my family": the migraines only). Statements of relatives ("my dad has the same") are
    read elsewhere (the relative's stretch, text/persons.py)."""
    by_end = {last: k for k, (_, last) in enumerate(spans)}
    by_start = {first: k for k, (first, _) in enumerate(spans)}
    owned: set[int] = set()
    for statement in statements:
        if statement.relatives or not statement.positions:
            continue
        first, last = min(statement.positions), max(statement.positions)
        told = _they_clause(tokens, last)
        if told is not None and not statement.negated:
            # "It has gone through three generations in my dad's family: they all ended up
            # staggering" (h-family7): what the family's members have, said of "they".
            owned.update(n for n, (a, b) in enumerate(spans) if told[0] <= a and b <= told[1])
        first = _runs_before(tokens, first)
        if tokens[first].folded in _RUN:
            k = first - 1
            while k >= 0 and tokens[k].folded in _RUN_HELPERS:
                k -= 1
            # A clause that opens with what runs ("Diabetes and heart disease run in the
            # family") gives all its findings, read or not in between; otherwise the list
            # that ends at the verb.
            start = k
            while start >= 0 and tokens[start].folded not in _CLAUSE_BREAKS:
                start -= 1
            if start < k and not any(tokens[i].folded in _ASKER
                                     for i in range(start + 1, k + 1)):
                owned.update(n for n, (a, b) in enumerate(spans) if start < a and b <= k)
                continue
            chain: list[int] = []
            while k in by_end:
                item = by_end[k]
                chain.append(item)
                k = spans[item][0] - 1
                joiner = k
                while joiner >= 0 and tokens[joiner].folded in _LIST_JOINS:
                    joiner -= 1
                if joiner == k or joiner not in by_end:
                    break
                k = joiner
            if len(chain) > 1 and not _opens_clause(tokens, spans[chain[-1]][0]):
                chain = chain[:1]
            owned.update(chain)
        elif last + 1 < len(tokens) and (tokens[last + 1].folded in _HISTORY_OF
                                         or tokens[last].folded == FAMILY_SHORTHAND):
            # A note's heading takes its object with no word between ("FHx SCD", "FHx IHD").
            opener = (tokens[last + 1].folded in _HISTORY_OF
                      or (tokens[last].folded == FAMILY_SHORTHAND
                          and tokens[last + 1].text in _HEADING_DASHES))
            k = last + 2 if opener else last + 1
            while k < len(tokens) and tokens[k].folded in _HISTORY_OPENING:
                k += 1
            while k in by_start:
                item = by_start[k]
                owned.add(item)
                k = spans[item][1] + 1
                joiner = k
                while joiner < len(tokens) and tokens[joiner].folded in _LIST_JOINS:
                    joiner += 1
                if joiner == k:
                    break
                while joiner < len(tokens) and tokens[joiner].folded in _HISTORY_OPENING:
                    joiner += 1
                k = joiner
    return owned


def denied_in_family(tokens: Sequence[Token], statements: Sequence[FamilyStatement],
                     spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indices into ``spans`` (each a finding's first and last token position) of the
    findings a denied family history says no relative has: those of the clause right after
    a denial of people in the family ("nobody else in the family is deaf", "no one in my
    family has seizures"), up to the end of the clause. They are the relatives' and denied,
    never the person's own: the person's own finding is told in their own words ("he can't
    hear", "I have seizures"). A clause with the asker's words in it ("nobody in the family
    knows why I ...") is not the family's."""
    denied: set[int] = set()
    for statement in statements:
        if not statement.negated or statement.relatives or not statement.positions:
            continue
        start = max(statement.positions) + 1
        end = start
        while end < len(tokens) and not ({tokens[end].folded}
                                         & (_CLAUSE_BREAKS | _CONTRASTS | _ASKER)):
            end += 1
        if end < len(tokens) and tokens[end].folded in _ASKER:
            continue
        denied.update(n for n, (a, b) in enumerate(spans) if start <= a and b < end)
    return denied


# The family's members named as "they" in the clause right after a statement of family
# history ("... in my dad's family: they all ended up staggering", "it runs in my mum's
# family and they all have bad knees"; h-family7): the words that may stand between the
# statement and "they".
_TO_THEY = frozenset({":", ",", "-", "and", "where", "so"})
_THEY = frozenset({"they", "they've", "theyve", "they're", "theyre"})


def _they_clause(tokens: Sequence[Token], last: int) -> tuple[int, int] | None:
    """The first and last positions of the clause right after a statement of family history
    that ends at ``last`` and whose subject is "they" ("...: they all ended up staggering
    with slurred speech"), up to the end of the sentence or the next contrast; ``None``
    when there is none. A clause with the asker's words in it ("they say I ...") is not the
    family's."""
    k = last + 1
    while k < len(tokens) and tokens[k].folded in _TO_THEY:
        k += 1
    if k >= len(tokens):
        return None
    # The asker's own clause may follow the family's: not when the family itself is the
    # subject ("my family all have asthma and I wheeze": the asker is of it; h-family9).
    apart = True
    if tokens[k].folded in _THEY:
        start = k + 1
    elif k == last + 1 and (has := _side_has(tokens, k)) is not None:
        start = has  # "my mum's side all have thyroid trouble": the side is the subject
        apart = tokens[last].folded not in ("family", "families")
    else:
        return None
    end = start
    while end < len(tokens) and tokens[end].folded not in SENTENCE_ENDS and (
            tokens[end].folded not in _CONTRASTS):
        if tokens[end].folded in _ASKER:
            # The asker's own clause after a comma or "and" ("the men on my dad's side all
            # had heart attacks, I'm 40 with chest pain"; h-family10): the family's clause
            # ends before it.
            joins = [k for k in range(start, end) if tokens[k].folded in _ASKER_JOINS]
            if not joins or not apart:
                return None
            end = joins[-1]
            break
        end += 1
    return (start, end - 1) if end > start else None


# Words that end the family's clause before the asker's own ("..., I'm 40", "... and I get").
_ASKER_JOINS = frozenset({",", "and", ";"})


# A side or family right before what its members have, as the clause's subject ("mum's side
# all have thyroid trouble", "my dad's family all had heart problems"; h-family9): words that
# may stand between and the verbs of having.
_ALL = frozenset({"all", "both", "mostly", "also"})
_SIDE_HAVING = frozenset({"have", "had", "has", "get", "got", "suffer", "suffered"})


def _side_has(tokens: Sequence[Token], k: int) -> int | None:
    """The position of the verb of having at or after ``k`` past words of :data:`_ALL` ("all
    have", "had"), when the side or family ending right before ``k`` is its subject; None
    otherwise."""
    while k < len(tokens) and tokens[k].folded in _ALL:
        k += 1
    return k if k < len(tokens) and tokens[k].folded in _SIDE_HAVING else None


# Words between "runs" and a side of the family read as a statement of its own ("Asthma runs in
# his dad's family", "it runs on her mother's side").
_RUN_TO_SIDE = frozenset({"in", "on", "down", "through", "the", "my", "his", "her", "our",
                          "their"})
_RUN_TO_SIDE_REACH = 3


def _runs_before(tokens: Sequence[Token], first: int) -> int:
    """The position of "runs" before a statement that starts at ``first`` with a side of the
    family ("Asthma runs in his dad's family": "dad's family" read as the statement, h-family6),
    past the words of :data:`_RUN_TO_SIDE`; ``first`` when there is none."""
    for k in range(first - 1, max(-1, first - 2 - _RUN_TO_SIDE_REACH), -1):
        folded = tokens[k].folded
        if folded in _RUN:
            return k
        if folded not in _RUN_TO_SIDE and not folded.endswith("'s"):
            break  # "in my husband's family": a possessive noun may stand between
    return first


def _opens_clause(tokens: Sequence[Token], position: int) -> bool:
    """True when only opening words (_OPENING) stand between the start of the clause (a
    sentence end, a comma, a semicolon or a colon) and ``position``."""
    k = position - 1
    while k >= 0 and tokens[k].folded in _OPENING:
        k -= 1
    return k < 0 or tokens[k].folded in SENTENCE_ENDS or tokens[k].folded in (",", ";", ":")


# A relative's sudden death when young ("my cousin died suddenly at 24 playing football", "my
# brother died in his sleep at 30", "her uncle dropped dead in his twenties"): the family
# history that sends a young person with faints or palpitations to be checked for an inherited
# heart condition. Below about 35-40 years a sudden cardiac death mostly comes from the
# cardiomyopathies and the inherited disorders of the heart rhythm, above it mostly from
# coronary disease (Aro AL, Chugh SS, "Prevention of sudden cardiac death in children and young
# adults", Prog Pediatr Cardiol 2017, PMID:29056836; the population study of Bagnall RD et al.,
# N Engl J Med 2016;374:2441-52, counts the young as 1 to 35 years). So a relative's sudden
# death under YOUNG_DEATH_AGE, or said to be young, is read as the relative's Sudden cardiac
# death (text/question.py); one at 70 is none (an older relative's sudden death is mostly a
# heart attack). The bound is the upper end of the "young" of these studies: a modelling
# choice, not fitted.
SUDDEN_CARDIAC_DEATH = "HP:0001645"
YOUNG_DEATH_AGE = 40.0
_DEATH_WORDS = frozenset({"died", "dead", "die", "dies", "death"})
_SUDDEN_DEATH = frozenset({"suddenly", "sudden", "unexpectedly", "unexpected", "unexplained",
                           "sleep", "dropped", "collapsed"})
# Words that say the death was young without an age ("died suddenly in his twenties").
# Not "children" nor "boys": "died suddenly, leaving two children" says nothing of the age.
_YOUNG_DEATH = frozenset({"baby", "babies", "infant", "infancy", "childhood", "toddler",
                          "teenager", "teens", "teenage", "young", "twenties", "thirties", "20s",
                          "30s"})
# Nouns after "young" that make it no age at death ("left a young family").
_YOUNG_NOT_AGE = frozenset({"family", "wife", "husband", "children", "kids", "son", "daughter",
                            "baby", "widow", "widower"})
_DEATH_REACH = 8
_RELATIVE_REACH = 6


@dataclass(frozen=True)
class SuddenDeath:
    """A relative's young sudden death: the relative word's position and the death's words."""

    relative: int
    start: int
    end: int


def young_sudden_deaths(tokens: Sequence[Token], relatives: Mapping[str, tuple[str, ...]],
                        age: float | None = None) -> list[SuddenDeath]:
    """The young sudden deaths of blood relatives (``relatives``: family_history.yaml's words)
    the question tells, in the sense of :data:`YOUNG_DEATH_AGE`'s comment: a relative word,
    then in the same sentence "died" (or "dropped dead") with a sudden word and a young age
    or a young word, or no age at all said of one of the patient's own generation when the
    patient (``age``: the question's age) is young (:func:`_young_generation`). Not a death
    the asker tells of themselves, nor one said of no relative ("a boy at school died
    suddenly")."""
    found: list[SuddenDeath] = []
    child = about_a_child(tokens)
    for sentence in sentences(tokens):
        words = [i for i in sentence if tokens[i].is_word]
        for k, position in enumerate(words):
            if tokens[position].folded not in _DEATH_WORDS:
                continue
            relative = _dying_relative(tokens, words[max(0, k - _RELATIVE_REACH): k], relatives)
            if relative is None:
                continue
            # from two words before: "dropped dead", "collapsed and died"
            around = words[max(0, k - 2): k + 1 + _DEATH_REACH]
            after = []
            for i in around:
                if tokens[i].folded in _FIRST_PERSON:
                    break
                after.append(i)
            sudden = [i for i in after if tokens[i].folded in _SUDDEN_DEATH]
            young = [i for n, i in enumerate(after) if _young_word(tokens, after, n)]
            ages = [said for i in after if (said := age_from(tokens, i)) is not None]
            young.extend(last for said_age, last in ages if _young_death(said_age))
            if sudden and not young and not ages and _young_generation(
                    tokens, relative, age, child):
                young = [relative]
            if sudden and young:
                found.append(SuddenDeath(relative, min(position, *sudden, *young),
                                         max(position, *sudden, *young)))
    return found


# Relatives of the patient's own generation: a brother, sister or cousin is about as old as
# the patient, so their sudden death, told with no age, is a young one when the patient is
# young ("I'm 24 ... my brother died in his sleep"). Not a parent, uncle or grandparent,
# whose age at death the patient's age does not bound.
_SAME_GENERATION = frozenset({"brother", "brothers", "sister", "sisters", "sibling", "siblings",
                              "sib", "sibs", "twin", "cousin", "cousins"})
# Possessives that make a sibling the patient's own when the question is about the asker's
# child ("his brother", "her sister", "their cousin"), not the asker's.
_CHILDS = frozenset({"his", "her", "their"})


def _young_generation(tokens: Sequence[Token], relative: int, age: float | None,
                      child: bool) -> bool:
    """True when the relative at ``relative`` is of the patient's generation and the patient,
    ``age`` years old, is below :data:`YOUNG_DEATH_AGE`. When the question is about the
    asker's ``child`` the asker's own brother ("my brother") is the child's uncle: only the
    child's sibling or cousin ("his brother") counts."""
    if age is None or age >= YOUNG_DEATH_AGE:
        return False
    if tokens[relative].folded.removesuffix("'s") not in _SAME_GENERATION:
        return False
    if not child:
        return True
    before = tokens[relative - 1].folded if relative > 0 else ""
    return before in _CHILDS


def _dying_relative(tokens: Sequence[Token], before: Sequence[int],
                    relatives: Mapping[str, tuple[str, ...]]) -> int | None:
    """The nearest relative word among ``before`` (the words before "died"), none when the
    asker is named nearer ("my dad said I nearly died")."""
    for i in reversed(before):
        folded = tokens[i].folded.removesuffix("'s")
        if folded in _FIRST_PERSON:
            return None
        if folded in relatives:
            return i
    return None


def _young_death(age: SaidAge) -> bool:
    """Whether an age at death (:func:`age_from`: "at 24", "aged thirty", "when he was
    twenty-six", "in his thirties", "before 40") lies below :data:`YOUNG_DEATH_AGE`."""
    return age.low < YOUNG_DEATH_AGE and age.high <= YOUNG_DEATH_AGE


# How many tokens from an age's first word its words may take ("since the age of twenty -
# two years old").
_AGE_TOKENS = 12


def age_from(tokens: Sequence[Token], position: int) -> tuple[SaidAge, int] | None:
    """The age said from the token at ``position`` on, within its sentence, as someone's age
    at an event (text/context.py age_said_at, the reader of ages in words, decades and
    bounds: "at forty-two", "in her early 40s", "before 50"), and the position of its last
    token; None when no age starts there."""
    text = ""
    starts: list[tuple[int, int]] = []  # (offset in text, token position)
    previous = tokens[position].start
    for k in range(position, min(len(tokens), position + _AGE_TOKENS)):
        token = tokens[k]
        if token.folded in SENTENCE_ENDS:
            break
        text += " " if token.start > previous and text else ""
        starts.append((len(text), k))
        text += token.folded
        previous = token.end
    said = age_said_at(text)
    if said is None:
        return None
    return said, max(k for offset, k in starts if offset < said.length)


def _young_word(tokens: Sequence[Token], words: Sequence[int], n: int) -> bool:
    """True when ``words[n]`` says the death was young ("in his twenties", "as a teenager"),
    not "a young family"."""
    if tokens[words[n]].folded not in _YOUNG_DEATH:
        return False
    following = tokens[words[n + 1]].folded if n + 1 < len(words) else ""
    return not (tokens[words[n]].folded == "young" and following in _YOUNG_NOT_AGE)


# How many words after a relative's condition the age they had it at may start ("had bowel
# cancer at 45", "diabetic since the age of twelve", "breast cancer in her early 40s").
_AGE_AT_REACH = 4


def _words_after(tokens: Sequence[Token], end: int) -> list[int]:
    """The positions of the first words after character ``end`` in its clause (up to a
    comma or the sentence's end), at most :data:`_AGE_AT_REACH` + 1 of them."""
    words: list[int] = []
    for i in (i for i, t in enumerate(tokens) if t.start >= end):
        if not tokens[i].is_word:
            if tokens[i].folded in SENTENCE_ENDS or tokens[i].folded == ",":
                break
            continue
        words.append(i)
        if len(words) > _AGE_AT_REACH:
            break
    return words


# Words right after a relative's condition that say they had it young with no age ("my uncle
# had a stroke young", "a heart attack in his youth", "breast cancer at a young age"). Not
# "early" ("early in the morning") nor "young" before a word of someone else ("a stroke,
# young family": _YOUNG_NOT_AGE).
_YOUNG_ONSET = frozenset({"young", "youth"})


def young_at(tokens: Sequence[Token], end: int) -> bool:
    """True when the words right after a relative's condition ending at character ``end``
    say, with no age, that they had it young ("my uncle had a stroke young", "my dad had a
    heart attack quite young", "in her youth"): an early onset of a common condition, the
    mark of its inherited forms (rank/family_findings.py early_onset), as an age below its
    usual onset is (:func:`age_at`; h-family10, issue 14)."""
    words = _words_after(tokens, end)
    for n, position in enumerate(words):
        if tokens[position].folded in _FIRST_PERSON:
            return False  # "when I was young": the asker's youth, not the relative's
        if tokens[position].folded not in _YOUNG_ONSET:
            continue
        following = tokens[words[n + 1]].folded if n + 1 < len(words) else ""
        if following not in _YOUNG_NOT_AGE:
            return True
    return False


def age_at(tokens: Sequence[Token], end: int) -> float | None:
    """The age a relative's condition ending at character ``end`` came at, when the words
    right after it say so in the same clause ("my mum had bowel cancer at 45", "at the age
    of forty", "in her early 40s", "before 50": :func:`age_from`); None otherwise."""
    words = _words_after(tokens, end)
    for position in words:
        said = age_from(tokens, position)
        if said is not None:
            return said[0].age
    return None
