"""Whose finding: the stretches of a question about someone other than the patient.

A question often names other people's troubles beside the patient's own ("my mum has thyroid
problems and I'm tired all the time", "my father had a heart attack at 50, and I get chest
tightness"). This module finds whose words are whose; what the reader does with someone
else's findings (set aside, or kept as family history for a blood relative) is decided in
QuestionReader._set_aside.

A *mention* is a person noun of knowledge/curated/family_history.yaml (a relative, or another
person such as a wife or a friend) after a possessive ("my", "his", "her"...; a few words may
stand between: "my 70 year old father"), as the subject or possessor of what follows ("my
sister has", "my mother's joints"). After a preposition ("the same as my father", "a rash on
my daughter's arm", "I live with my mum") it is no subject and opens nothing. A mention's
*stretch* runs to the next person named as subject ("I", "I'm", "my" with a thing: "my
hands") or to the end of the sentence.

Who the patient is: the asker when some finding stands outside every mention's stretch, in
words the asker says of themselves (a stretch that speaks of "him" or "her", as "I noticed a
rash on his arm", or where the asker observes or guesses, as "I think it's eczema", says
nothing of the asker); then every mention's stretch is someone else's.
Otherwise the first person named with a finding is the patient ("my son has a fever"), and
only the stretches of *their* relatives ("his sister", "her father") are someone else's;
unless all that person has is a named disease ("My husband has type 2 diabetes. Our 9 year
old son is always thirsty"): a diagnosis told first is the background of the one asked about,
the first person named after with a complaint of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from whatcauses.text.normalize import (
    NUMBER_WORDS,
    POSSESSIVES,
    SENTENCE_ENDS,
    Token,
    sentence_bounds,
)

# Possessives of someone other than the asker: "his sister" is the patient's relative when
# the patient is "he".
_THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
# Words before the possessive that make the person no subject ("as my father", "on my
# daughter's arm", "with my mum").
_NOT_SUBJECT = frozenset({"as", "like", "than", "with", "from", "to", "for", "about", "by",
                          "of", "in", "on", "at", "unlike"})
# At most this many words between the possessive and the person noun ("my older sister",
# "my 70 year old father").
_MAX_BEFORE_NOUN = 4
# The asker as subject.
_FIRST_PERSON = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "myself"})
# Words that speak of a third person: a first-person stretch holding one ("I noticed a rash
# on his arm") may be about someone else.
_THIRD_PERSON = frozenset({"he", "she", "him", "his", "her", "hers", "they", "them", "their",
                           "he's", "she's", "they're", "hes", "shes"})
# Verbs of observing or guessing right after "I" ("I noticed", "I've found", "I think"): what
# follows may be about the person named before.
_OBSERVING = frozenset({"noticed", "notice", "found", "find", "saw", "see", "seen", "spotted",
                        "heard", "think", "thought", "suspect", "wonder", "guess", "believe",
                        "worry", "worried", "afraid", "scared", "concerned", "fear", "feared",
                        "know", "knew", "checked", "felt"})
# First-person possessives of the asker's own body ("I found a lump in my breast").
_OWN_BODY = frozenset({"my", "myself", "me"})
# Verbs that make the person named before them an observer ("my wife says", "my mum
# noticed"), up to two words after the noun ("my husband just noticed").
_REPORTING = frozenset({"says", "said", "say", "tells", "told", "noticed", "notices", "thinks",
                        "thought", "reckons", "saw", "sees", "found", "finds", "complains",
                        "complained", "mentioned", "spotted", "heard", "hears", "asked", "asks",
                        "worries", "worried", "insists", "reckon"})
# "the same (rash)": a relative's finding that the patient shares, within this many words.
_SAME_WINDOW = 3
# "... the same way", "... similar" closing a relative's finding ("my mother's brother went
# blind the same way"): the patient has it as well, within this many words after its first
# word and before a comma or "and".
_SAME_AFTER_WINDOW = 5
# People the patient meets at school, nursery or work, named with that place ("a boy in his
# class", "loads of kids at her nursery", "someone at work"): their troubles are an exposure,
# never the patient's findings, and such a person is never the patient. Without the place a
# bare "a boy" may be the patient ("a 5 year old boy with a fever"), so the place is needed,
# except for nouns that say it themselves ("a classmate").
_CONTACT_NOUNS = frozenset({"boy", "boys", "girl", "girls", "kid", "kids", "child", "children",
                            "friend", "friends", "someone", "somebody", "everyone", "everybody",
                            "people", "pupils", "others", "lots", "loads", "half", "colleague",
                            "colleagues", "coworker", "coworkers", "one", "few", "couple"})
_CONTACTS_BY_NAME = frozenset({"classmate", "classmates", "schoolmate", "schoolmates",
                               "schoolfriend", "schoolfriends", "playmate", "playmates"})
_CONTACT_LINKS = frozenset({"in", "at", "from"})
_CONTACT_PLACES = frozenset({"class", "school", "nursery", "year", "office", "team", "playgroup",
                             "daycare", "preschool", "creche", "college", "uni", "university",
                             "work", "club", "group", "classroom", "dorm", "workplace"})
_PLACE_REACH = 4  # words from the noun to the place ("a girl in her class", "kids at school")
# "and now she has ...": after someone else's troubles, "now" with a pronoun turns back to
# the patient ("his friend had a rash and now he has a fever").
_TURNS = frozenset({"now"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "he's", "she's", "they're", "hes", "shes"})
_CLAUSE_JOINS = frozenset({",", "and", "now", "so", ";"})


# A person noun's sex, and the subject pronouns of the other sex: a clause opened by one ("my
# daughter is 14 and her dad has epilepsy, she has started having jerks") is about someone
# else than that person, and ends their stretch (h-family4).
_MALE_PERSONS = frozenset({"dad", "father", "daddy", "brother", "brothers", "son", "sons",
                           "husband", "hubby", "boyfriend", "uncle", "grandad", "granddad",
                           "grandpa", "grandfather", "grandson", "nephew", "boy", "lad",
                           "stepdad", "stepfather", "stepson"})
_FEMALE_PERSONS = frozenset({"mum", "mom", "mother", "mummy", "mommy", "mam", "sister",
                             "sisters", "daughter", "daughters", "wife", "girlfriend", "aunt",
                             "auntie", "gran", "granny", "grandma", "grandmother", "nan",
                             "nana", "nanna", "granddaughter", "niece", "girl", "stepmum",
                             "stepmom", "stepmother", "stepdaughter"})
_OTHER_SEX_PRONOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(_MALE_PERSONS, frozenset({"she", "she's", "shes"})),
    **dict.fromkeys(_FEMALE_PERSONS, frozenset({"he", "he's", "hes"})),
}


# Where a bare parent word may open a clause, and the verbs after it that make it the subject.
_BARE_OPENERS = frozenset({",", "and", "but", "so", "now"})
_BARE_VERBS = frozenset({"has", "had", "is", "was", "keeps", "kept", "gets", "got", "seems",
                         "says", "feels", "can't", "cannot", "can", "isn't", "hasn't"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A person other than the asker, named as subject or possessor, and their stretch."""

    noun: int  # position of the person noun
    possessive: int  # position of "my", "his"...
    start: int  # first position of the stretch (the possessive)
    end: int  # one past the last position of the stretch
    word: str  # the noun, without a possessive "'s"


@dataclass(frozen=True, slots=True)
class Stretch:
    """A mention's stretch and whether the asker named it with "his"/"her"/"their" (or as
    someone else's: "my son's friend"); a contact (text above _CONTACT_NOUNS) is never the
    patient."""

    mention: Mention
    of_third_person: bool
    contact: bool = False


def _word(token: Token) -> str:
    return token.folded.removesuffix("'s")


# What follows a parent's word when the asker describes themselves as one ("mother of two",
# "mum to a toddler", "dad of 3 boys").
_PARENT_WORDS = frozenset({"mum", "mom", "mother", "mam", "dad", "father", "parent",
                           "grandmother", "grandma", "granny", "nan", "gran", "grandfather",
                           "grandad", "granddad", "grandpa"})
_CHILD_COUNTS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven",
                           "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                           "twins", "triplets"})


# Words that count the relatives after "of" ("two of my mum's brothers", "both of my
# sisters", "all of my uncles"): the relatives so counted are the subject, as "my sisters" is.
_COUNTING = frozenset({"one", "two", "three", "four", "five", "six", "both", "all", "some",
                       "several", "many", "most", "few", "2", "3", "4", "5", "6"})


def _counted_of(tokens: Sequence[Token], of: int) -> bool:
    """True when the "of" at ``of`` follows a counting word that opens its clause ("Two of
    my mum's brothers went deaf"), not a word that makes the person no subject ("like
    both of my sisters")."""
    if tokens[of].folded != "of" or of == 0 or tokens[of - 1].folded not in _COUNTING:
        return False
    start = of - 1
    if start > 0 and tokens[start - 1].folded == "a":  # "a few of my cousins"
        start -= 1
    return start == 0 or tokens[start - 1].folded not in _NOT_SUBJECT | {"than"}


def _parent_of(tokens: Sequence[Token], n: int) -> bool:
    """True when the parent's word at ``n`` opens the asker's description of themselves
    ("mother of two girls", "mum to a toddler"), not a relative of theirs."""
    return (tokens[n].folded in _PARENT_WORDS and n + 2 < len(tokens)
            and tokens[n + 1].folded in ("of", "to") and tokens[n + 2].folded in _CHILD_COUNTS)


def mentions(tokens: Sequence[Token], person_nouns: frozenset[str]) -> list[Stretch]:
    """Every person named as subject or possessor, with the stretch the question says of
    them, in question order."""
    found: list[tuple[int, int]] = []  # (possessive, noun)
    contacts = _contacts(tokens)
    for n, token in enumerate(tokens):
        if not token.is_word or _word(token) not in person_nouns or n in contacts:
            continue
        # "my son's friend": the first noun possesses the person named, it is no subject.
        if (token.folded.endswith("'s") and n + 1 < len(tokens)
                and _word(tokens[n + 1]) in person_nouns):
            continue
        for k in range(n - 1, max(-1, n - 2 - _MAX_BEFORE_NOUN), -1):
            if not tokens[k].is_word:
                break
            if tokens[k].folded in POSSESSIVES:
                if ((k == 0 or tokens[k - 1].folded not in _NOT_SUBJECT
                     or _counted_of(tokens, k - 1))
                        and not _observer(tokens, n)):
                    found.append((k, n))
                break
        # A person named bare at the start of a sentence ("Mum had breast cancer.", "Dad
        # has diabetes") is its subject as much as "my mum".
        # So is a parent or grandparent named bare after a comma with a verb ("my dad is 75
        # and my mum is 72, dad has a tremor"; h-family4).
        # Not a parent describing themselves ("Mother of two girls, 45, ...", "Dad of 3 here";
        # h-family9): the asker.
        # So is one named bare right after a heading's colon ("FHx: mother had parathyroid
        # problems", "Family history: father had a stroke at 48"; h-family12).
        opening = (n == 0 or tokens[n - 1].folded in SENTENCE_ENDS | _HEADING_ENDS) \
            and not _parent_of(tokens, n)
        # A relative named by their side in a clinician's note ("Paternal aunt had
        # endometrial cancer.", "father had bowel cancer and paternal aunt endometrial
        # cancer"): the side word stands for the possessive (h-family6).
        if (n > 0 and tokens[n - 1].folded in _SIDES and (not found or found[-1][1] != n)
                and (n == 1 or tokens[n - 2].folded in SENTENCE_ENDS | _SIDE_OPENERS)):
            found.append((n - 1, n))
            continue
        bare = (0 < n < len(tokens) - 1 and tokens[n - 1].folded in _BARE_OPENERS
                and _word(token) in _KINDS[2] and tokens[n + 1].folded in _BARE_VERBS)
        if (opening and not _observer(tokens, n)) or bare:
            found.append((n, n))
    found.extend(_aged_children(tokens, person_nouns, found))
    # Where each stretch ends: the next subject (first person or another mention) or the end
    # of the sentence.
    found.extend((n, n) for n in contacts)
    found.sort()
    starts = {k for k, _ in found}
    subjects = set(starts)
    for i, token in enumerate(tokens):
        first_person = token.folded in _FIRST_PERSON or (token.folded == "my" and i not in starts)
        turn = token.folded in _SUBJECT_PRONOUNS and i > 0 and tokens[i - 1].folded in _TURNS
        if first_person or turn:
            subjects.add(i)
    # A contact's stretch ends at a pronoun starting another clause too ("kids at his school
    # have been sick, he has diarrhoea").
    turns = {i for i, token in enumerate(tokens)
             if token.folded in _SUBJECT_PRONOUNS and i > 0
             and tokens[i - 1].folded in _CLAUSE_JOINS}
    stretches = []
    for k, n in found:
        end = n + 1
        of_other = (tokens[k].folded in _THIRD_PERSON_POSSESSIVES
                    or any(tokens[j].folded.endswith("'s") for j in range(k + 1, n)))
        # A clause opened by "he" or "she" turns from the patient's relative ("his older
        # brother is 9, and he has a rash") or from a person of the other sex back to
        # someone else.
        turning = (_SUBJECT_PRONOUNS if of_other
                   else _OTHER_SEX_PRONOUNS.get(_word(tokens[n]), frozenset()))
        while (end < len(tokens) and end not in subjects
               and not (n in contacts and end in turns)
               and not (end in turns and tokens[end].folded in turning)
               and tokens[end].folded not in SENTENCE_ENDS):
            end += 1
        word = _AGED_CHILD if _age_noun(tokens, n) else _word(tokens[n])
        mention = Mention(n, k, k, end, word)
        stretches.append(Stretch(mention, of_other, n in contacts))
    return stretches


# The mark that ends a heading ("FHx:", "Family history:"): a person named bare after it
# opens a clause of the note.
_HEADING_ENDS = frozenset({":"})
# Words for the side of the family a relative is on, standing for a possessive when no other
# stands before them ("paternal aunt had endometrial cancer"), and what may stand before such
# a relative as the start of a clause.
_SIDES = frozenset({"maternal", "paternal"})
_SIDE_OPENERS = frozenset({",", "and", ";", ":", "but"})
# "my 3 year old has ...", "our 8 month old is ...": the asker's child named by an age alone,
# with no person noun after it ("my 3 year old son" names the son). The mention's noun is
# "old", its word _AGED_CHILD (a child, one of _KINDS[0]).
_AGE_UNITS = frozenset({"year", "years", "yr", "yrs", "month", "months", "week", "weeks",
                        "day", "days"})
_AGE_UNITS_OLD = frozenset({"old"})
_AGED_CHILD = "child"
# Words after "old" that make the age a description of something else ("my 3 year old
# scar"); only a verb or a clause end leaves the age as the child's name.
_AGED_CHILD_NEXT = frozenset({"has", "had", "have", "is", "was", "keeps", "kept", "gets",
                              "got", "seems", "can't", "cannot", "won't", "isn't", "hasn't",
                              "started", "woke", "wakes", "complains", "cries", "vomited",
                              "developed", "suddenly", "just", "now", "still", "often",
                              "always", "sometimes", ",", "and"})


# The same age in shorthand, one token or two ("my 3yo has", "our 18mo is", "my 2 yo keeps";
# h-age10): the mention's noun is the unit.
_SHORT_AGE = re.compile(r"\d{1,2}(?:yo|yr|yrs|mo|mos)")
_SHORT_UNITS = frozenset({"yo", "yr", "yrs", "mo", "mos"})


def _says_number(word: str) -> bool:
    """Is ``word`` a number, in figures, in words or with its unit ("3", "three", "3yo")?"""
    return word.isdigit() or word in NUMBER_WORDS or _SHORT_AGE.fullmatch(word) is not None


def _age_noun(tokens: Sequence[Token], n: int) -> bool:
    """Is the token at ``n`` the last word of a child's age said as their name ("old" of "3
    year old", "3yo", "yo" of "2 yo")?"""
    folded = tokens[n].folded
    return (folded in _AGE_UNITS_OLD or _SHORT_AGE.fullmatch(folded) is not None
            or (folded in _SHORT_UNITS and n > 0 and tokens[n - 1].folded.isdigit()))


def _aged_children(tokens: Sequence[Token], person_nouns: frozenset[str],
                   found: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(possessive, "old") of each child the asker names by an age alone ("my 3 year old has
    dry skin", "our 8 month old won't feed"; h-family6, issue 14): a subject as much as "my
    son", so what the asker then says of themselves ("... and I get hay fever") can be told
    apart from the child's findings (:func:`askers_own`)."""
    taken = {n for _, n in found}
    out = []
    for n, token in enumerate(tokens):
        if not _age_noun(tokens, n) or n in taken:
            continue
        if token.folded not in _AGE_UNITS_OLD:  # "my 3yo", "my 2 yo"
            k = n - 1 if _SHORT_AGE.fullmatch(token.folded) else n - 2
            if k < 0 or tokens[k].folded not in ("my", "our"):
                continue
        else:
            # Back over "3 year old", "3-year-old", "three months old".
            words = [k for k in range(max(0, n - 6), n) if tokens[k].folded != "-"]
            if len(words) < 3 or tokens[words[-1]].folded not in _AGE_UNITS:
                continue
            age, k = tokens[words[-2]].folded, words[-3]
            if not (age.isdigit() or age in NUMBER_WORDS) or tokens[k].folded not in ("my",
                                                                                     "our"):
                continue
        if k > 0 and tokens[k - 1].folded in _NOT_SUBJECT:
            continue
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        if after is None or after.folded in SENTENCE_ENDS or (
                after.folded in _AGED_CHILD_NEXT and _word(after) not in person_nouns):
            out.append((k, n))
    return out


def _contacts(tokens: Sequence[Token]) -> set[int]:
    """Positions of the people named as met at school, nursery or work ("a boy in his
    class", "kids at her nursery", "a classmate"), as subjects (not after a preposition)."""
    found: set[int] = set()
    for n, token in enumerate(tokens):
        word = _word(token)
        if word not in _CONTACT_NOUNS and word not in _CONTACTS_BY_NAME:
            continue
        if n > 0 and tokens[n - 1].folded in _NOT_SUBJECT - {"of"}:
            continue
        if _compared_with(tokens, n):
            continue
        # The asker's own ("my little girl at nursery", "our kids at school") may be the
        # patient: no contact.
        if _asker_owns(tokens, n):
            continue
        if word in _CONTACTS_BY_NAME:
            found.add(n)
            continue
        for k in range(n + 1, min(len(tokens), n + 1 + _PLACE_REACH)):
            folded = tokens[k].folded
            if folded in SENTENCE_ENDS or not tokens[k].is_word:
                break
            if folded in _CONTACT_LINKS:
                if any(tokens[j].folded in _CONTACT_PLACES
                       for j in range(k + 1, min(len(tokens), k + 3))):
                    found.add(n)
                break
    return found


# h-comparative: words between "than" and the people a person is compared with ("taller than
# *his* classmates", "bigger than *all the other* kids").
_COMPARED_DETERMINERS = POSSESSIVES | {"the", "other", "all", "most", "any", "some", "a", "an"}


def _compared_with(tokens: Sequence[Token], noun: int) -> bool:
    """Are the people at ``noun`` those a person is compared with ("he is much taller than
    his classmates", "his head is bigger than other babies'")? A comparison names no contact:
    what follows ("... and his chest is sunken") is still said of the patient."""
    k = noun - 1
    while k >= 0 and tokens[k].folded in _COMPARED_DETERMINERS:
        k -= 1
    return k >= 0 and tokens[k].folded == "than"


def _asker_owns(tokens: Sequence[Token], noun: int) -> bool:
    """True when "my" or "our" names the person at ``noun`` (a few words may stand between:
    "my 3 year old girl")."""
    for k in range(noun - 1, max(-1, noun - 2 - _MAX_BEFORE_NOUN), -1):
        if not tokens[k].is_word:
            return False
        if tokens[k].folded in ("my", "our"):
            return True
    return False


def others(tokens: Sequence[Token], stretches: Sequence[Stretch],
           findings: Sequence[Sequence[int]],
           diagnosis: Callable[[Sequence[int]], bool] | None = None) -> list[Stretch]:
    """The stretches about someone other than the patient, given the positions of every
    finding read (see the module's docstring for who the patient is). ``diagnosis`` tells a
    finding whose words name a disease ("type 2 diabetes", "lupus") from a complaint."""
    if not stretches:
        return []

    holder = partial(_holder, stretches)

    asker_speaks = bool(_askers_findings(tokens, stretches, findings))
    child = _child_first(tokens, stretches, findings, holder) if asker_speaks else None
    if asker_speaks and child is None:
        return list(stretches)
    contacts = [s for s in stretches if s.contact]
    if child is not None:
        # The child named again ("my little girl") is the patient still.
        return [s for s in stretches if s is not child and (
            s.contact or s.of_third_person or s.mention.word not in _CHILD_KIND)]
    # A finding outside every stretch, said of "him" or "her": that person is the patient,
    # and those the asker names as theirs ("her friend", "his sister") are someone else.
    if any(holder(p) is None for p in findings):
        return [s for s in stretches if s.of_third_person or s.contact]
    held = [h for h in (holder(p) for p in findings) if h is not None and not h.contact]
    if not held:
        return contacts
    if family_history_alone(tokens, held):
        return list(stretches)
    patient = min(held, key=lambda s: s.mention.start)
    if diagnosis is not None:
        complaining = _complaining_after(held, patient, findings, holder, diagnosis)
        if complaining is not None:
            return [s for s in stretches if s is not complaining and (
                s.contact or s.of_third_person or not _same_kind(s, complaining))]
    child = _child_now(tokens, held, patient)
    if child is not None:
        return [s for s in stretches if s is not child and (
            s.contact or s.of_third_person or s.mention.word not in _CHILD_KIND)]
    return [s for s in stretches
            if s.contact or (
                s.mention.start > patient.mention.start
                and s.mention.word != patient.mention.word
                and (s.of_third_person
                     or _other_generation(patient.mention.word, s.mention.word)))]


def _holder(stretches: Sequence[Stretch], positions: Sequence[int]) -> Stretch | None:
    """The stretch the finding at ``positions`` (its first word) stands in, if any."""
    first = min(positions)
    return next((s for s in stretches if s.mention.start <= first < s.mention.end), None)


def _askers_findings(tokens: Sequence[Token], stretches: Sequence[Stretch],
                     findings: Sequence[Sequence[int]]) -> list[Sequence[int]]:
    """The findings that stand outside every stretch in words the asker says of themselves
    (not of "him" or "her", not going on about a child named before)."""
    starts = {s.mention.start for s in stretches}
    return [positions for positions in findings
            if _holder(stretches, positions) is None
            and not _about_third_person(tokens, min(positions), starts)
            and not _continues(tokens, stretches, min(positions))]


# The asker as the parent of the child the question is about: a relative word of
# family_history.yaml, whose modes (dominant) a parent's trouble points to.
ASKER_AS_PARENT = "parent"


def askers_own(tokens: Sequence[Token], stretches: Sequence[Stretch],
               findings: Sequence[Sequence[int]]) -> list[Stretch]:
    """When the patient is the asker's child named first with an age (:func:`_child_first`:
    "My 3 year old has dry itchy skin ... His dad has asthma and I get hay fever"), the
    stretches in which the asker speaks of their own troubles, from the asker as subject
    ("I", "I'm", "my" with a part of their own body) to the next person named or the end
    of the sentence. The asker is then the child's parent: what they have is family history
    (word :data:`ASKER_AS_PARENT`), not the child's finding (h-family6, issue 14). Empty
    otherwise, and when the asker shares the child's trouble ("I have it too": the asker is
    the patient then, as :func:`others` reads it)."""
    own = _askers_findings(tokens, stretches, findings)
    if not own or not stretches:
        return []

    holder = partial(_holder, stretches)

    if _child_first(tokens, stretches, findings, holder) is None:
        return []
    starts = {s.mention.start for s in stretches}
    out: dict[int, Stretch] = {}
    for positions in own:
        subject = None
        for k in range(min(positions), -1, -1):
            folded = tokens[k].folded
            if folded in SENTENCE_ENDS or k in starts:
                break
            if folded in _FIRST_PERSON or folded == "my":
                subject = k
                if folded != "my":
                    break
        if subject is None or subject in out:
            continue
        end = subject + 1
        while (end < len(tokens) and tokens[end].folded not in SENTENCE_ENDS
               and end not in starts):
            end += 1
        out[subject] = Stretch(Mention(subject, subject, subject, end, ASKER_AS_PARENT), False)
    return list(out.values())


def _child_now(tokens: Sequence[Token], held: Sequence[Stretch],
               first: Stretch) -> Stretch | None:
    """The asker's child named after "now" ("my mum and her mother both went blind in their
    twenties, and now my son has blurry vision"), when the first person named with a finding
    is of an older generation (a parent or grandparent of the asker's): the child is the
    patient and the older relatives' troubles are family history (h-reader52). ``None``
    otherwise ("my son has a cough and now my husband has one too": the child came first)."""
    if first.mention.word in _CHILD_KIND or first.contact:
        return None
    for stretch in held:
        start = stretch.mention.start
        if (stretch.mention.start > first.mention.start and not stretch.contact
                and not stretch.of_third_person and stretch.mention.word in _CHILD_KIND
                and _other_generation(stretch.mention.word, first.mention.word)
                and tokens[stretch.mention.possessive].folded in ("my", "our")
                and any(tokens[k].folded in _TURNS for k in range(max(0, start - 2), start))):
            return stretch
    return None


def _complaining_after(held: Sequence[Stretch], first: Stretch,
                       findings: Sequence[Sequence[int]],
                       holder: Callable[[Sequence[int]], Stretch | None],
                       diagnosis: Callable[[Sequence[int]], bool]) -> Stretch | None:
    """The person named after ``first`` with a complaint of their own (a finding that names
    no disease), when all ``first`` has is a named disease ("My mum has lupus. My daughter
    is 15 and has a rash on her cheeks"): a carer tells a known diagnosis in the family as
    the background of the question, not as what it asks about. One the asker names as
    someone else's ("her sister") is never that person; ``None`` when there is none or
    ``first`` has a complaint too."""
    if first.contact or any(holder(p) is first and not diagnosis(p) for p in findings):
        return None
    later = [s for s in held if s.mention.start > first.mention.start
             and not s.contact and not s.of_third_person and not _same_kind(s, first)
             and any(holder(p) is s and not diagnosis(p) for p in findings)]
    return min(later, key=lambda s: s.mention.start) if later else None


def _same_kind(one: Stretch, other: Stretch) -> bool:
    """True when two mentions may name the same person: the same noun, or nouns of one kind
    ("my son ... my little boy"; _KINDS)."""
    a, b = one.mention.word, other.mention.word
    if a == b:
        return True
    if (a in _MALE_PERSONS and b in _FEMALE_PERSONS) or (a in _FEMALE_PERSONS
                                                         and b in _MALE_PERSONS):
        return False  # "my mum ... dad": never one person
    return any(a in kind and b in kind for kind in _KINDS)


# Words in the asker's own sentence that make what the asker has their own trouble, caught
# from or shared with the child named before ("my son had chickenpox and now I have a rash",
# "... and I have it too").
_ASKER_SHARES = frozenset({"now", "too", "also", "caught", "same", "well", "since", "then"})


def _child_first(tokens: Sequence[Token], stretches: Sequence[Stretch],
                 findings: Sequence[Sequence[int]],
                 holder: Callable[[Sequence[int]], Stretch | None]) -> Stretch | None:
    """The stretch of the asker's child the question opens with, when the child is the
    patient though the asker speaks of their own troubles later ("My 9 year old daughter
    gets bad headaches ... I get migraines and so did my mother"): a carer who gives the
    child's age before anything of their own writes about the child, and what they add of
    themselves is family history. ``None`` when the first finding is not the child's, the
    asker spoke of themselves before, no age is given, or the asker's trouble is one they
    caught from or share with the child ("now I have a rash", "I have it too")."""
    if not findings:
        return None
    first = min(findings, key=min)
    child = holder(first)
    if (child is None or child.contact or child.of_third_person
            or child.mention.word not in _CHILD_KIND
            or tokens[child.mention.possessive].folded not in ("my", "our")
            or any(t.folded in _FIRST_PERSON for t in tokens[:child.mention.start])):
        return None
    said = [tokens[k].folded for k in range(child.mention.start, child.mention.end)]
    if not any(_says_number(w) for w in said):
        return None
    words = [t.folded for t in tokens]
    for positions in findings:
        if holder(positions) is not None:
            continue
        start, end = sentence_bounds(words, min(positions), max(positions))
        if any(tokens[k].folded in _ASKER_SHARES for k in range(start, end)):
            return None
    return child


# Kinds of person noun that never name the same person: a carer writing about "my son" who
# adds "my husband has had a cold as well" speaks of someone else, whereas "my son ... my
# little boy" may be the same child (nouns of one kind are never told apart).
_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"son", "daughter", "boy", "girl", "baby", "child", "kid", "toddler", "teenager",
               "teen", "infant", "newborn", "lad", "boys", "girls", "kids", "children"}),
    frozenset({"husband", "wife", "partner", "boyfriend", "girlfriend", "hubby", "spouse",
               "fiance", "fiancee", "fiancé", "fiancée"}),
    frozenset({"mum", "mom", "mother", "mam", "mummy", "dad", "father", "daddy", "nan", "nana",
               "gran", "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa",
               "grandfather"}),
)


def _other_generation(patient: str, other: str) -> bool:
    """True when both nouns are of a known kind and the kinds differ ("son", "husband")."""
    kind_of = {word: k for k, words in enumerate(_KINDS) for word in words}
    return patient in kind_of and other in kind_of and kind_of[patient] != kind_of[other]


def shared(tokens: Sequence[Token], stretch: Stretch, first: int) -> bool:
    """True when a finding at ``first`` in someone else's stretch is one the patient shares
    ("my sister had the same rash", "my uncle went blind the same way"). A closing "too" or
    "as well" is not enough ("my husband has had a cold as well": as well as the child's
    cough, not the same cold)."""
    if any(tokens[k].folded in ("same", "similar")
           for k in range(max(stretch.mention.start, first - _SAME_WINDOW), first)):
        return True
    end = min(stretch.mention.end, first + _SAME_AFTER_WINDOW + 1, len(tokens))
    for k in range(first + 1, end):
        word = tokens[k].folded
        if word in SENTENCE_ENDS or word in (",", "and", "but"):
            return False
        if word in ("same", "similar"):
            return True
    return False


def _observer(tokens: Sequence[Token], noun: int) -> bool:
    """True when the person is named as someone who observed or said something ("my wife
    says I snore", "my partner noticed a lump in my testicle"): what follows is about the
    patient."""
    return any(tokens[k].folded in _REPORTING
               for k in range(noun + 1, min(noun + 3, len(tokens))))


# Words after a reporting verb before what is reported ("my wife told me that I snore").
_REPORT_OPENERS = frozenset({"that", "me", "us", "to", "just", "so"})
# What is reported is about the asker or the asker's own ("my mum noticed *my* son has a
# lump", "my wife says *I* snore", "my husband says *our* baby ...").
_ASKERS_OWN = frozenset({*_FIRST_PERSON, "my", "our", "we", "me"})


def observers(tokens: Sequence[Token], person_nouns: frozenset[str]) -> list[tuple[int, int]]:
    """Token positions (first, last) of each person named only as an observer of someone
    else: a person noun with a reporting verb after it (_observer) and then the asker or the
    asker's own ("my mum noticed my 17 year old son has a lump", "my wife says I stop
    breathing"). Such a person is not the one the question is about: their age and sex are
    not the patient's. "My mum noticed a lump in her breast" names no one else: the mother
    may be the patient."""
    found = []
    for n, token in enumerate(tokens):
        if not token.is_word or _word(token) not in person_nouns or not _observer(tokens, n):
            continue
        verb = next(k for k in range(n + 1, min(n + 3, len(tokens)))
                    if tokens[k].folded in _REPORTING)
        after = next((tokens[k].folded for k in range(verb + 1, len(tokens))
                      if tokens[k].folded not in _REPORT_OPENERS), "")
        if after not in _ASKERS_OWN:
            continue
        first = n
        for k in range(n - 1, max(-1, n - 2 - _MAX_BEFORE_NOUN), -1):
            if not tokens[k].is_word:
                break
            if tokens[k].folded in POSSESSIVES:
                first = k
                break
        found.append((first, n))
    return found


def _about_third_person(tokens: Sequence[Token], position: int, starts: set[int]) -> bool:
    """True when the words around ``position``, from the subject before it to the next
    subject or the end of the sentence, speak of "him" or "her" ("I noticed a rash on his
    arm"). ``starts``: where the mentions' stretches begin."""
    start = position
    while (start > 0 and tokens[start - 1].folded not in SENTENCE_ENDS
           and start not in starts and tokens[start].folded not in _FIRST_PERSON):
        start -= 1
    end = position + 1
    while (end < len(tokens) and tokens[end].folded not in SENTENCE_ENDS
           and end not in starts and tokens[end].folded not in _FIRST_PERSON):
        end += 1
    if any(tokens[k].folded in _THIRD_PERSON for k in range(start, end)):
        return True
    # "I noticed a rash", "I think it's eczema": the asker observes or guesses, about the
    # person named before as much as about themselves; but not of a part of their own body
    # ("I found a lump in *my* breast": "my" with a relative starts a stretch of its own).
    return (tokens[start].folded in _FIRST_PERSON and any(
        tokens[k].folded in _OBSERVING for k in range(start + 1, min(start + 4, position)))
        and not any(tokens[k].folded in _OWN_BODY for k in range(start + 1, end)))


# A sentence without a subject of its own after one about a child ("My son is 24 and has a
# rash. No fever.", "My 3 year old has a cough. Worse at night.") goes on about the child;
# so after a person whose age is given ("my 70 year old father", "my dad is 70"). After
# anyone else ("Mum had breast cancer. Found a lump.") the asker may be speaking of
# themselves, so the sentence stays the asker's.
_CHILD_KIND = _KINDS[0]
_ASKER_WORDS = frozenset({*_FIRST_PERSON, "my", "me", "mine", "we", "our", "us"})


def _continues(tokens: Sequence[Token], stretches: Sequence[Stretch], position: int) -> bool:
    """True when the finding at ``position`` stands in a sentence that names nobody (no
    person, no pronoun, no "I" or "my") after a sentence about a child or about a person
    whose age is given (the last person named before it): it goes on about that person."""
    start, end = sentence_bounds([t.folded for t in tokens], position)
    words = {tokens[k].folded for k in range(start, end)}
    if words & (_ASKER_WORDS | _THIRD_PERSON) or any(start <= s.mention.start < end
                                                      for s in stretches):
        return False
    before = [s for s in stretches if s.mention.end <= start and not s.contact]
    if not before:
        return False
    last = max(before, key=lambda s: s.mention.start)
    said = [tokens[k].folded for k in range(last.mention.start, last.mention.end)]
    return last.mention.word in _CHILD_KIND or any(_says_number(w) for w in said)


# h-reader54: a relative's condition said alone ("my mother had bowel cancer", "my dad died of
# a heart attack at 50, am I at risk?") is family history: the asker tells of a parent's,
# grandparent's or sibling's diagnosis to ask about themselves. Said so by "had" with a word
# that names a disease, not a symptom ("my dad had chest pain yesterday" stays the father's),
# or by a question of the asker's own risk. Never a child or a partner ("my son has a fever"
# is about the son). Not "died of", "passed away", "was diagnosed with" alone: measured, the
# death verbs lost a frozen voices question from the top 3, 5 and 10 (a question about the
# relative's death may be about the relative, whose age is then the age asked about).
_HAD = frozenset({"had", "got"})
_DISEASE_NOUNS = frozenset({"cancer", "cancers", "carcinoma", "tumour", "tumor", "tumours",
                            "tumors", "leukaemia", "leukemia", "lymphoma", "melanoma",
                            "disease", "syndrome", "disorder"})
_RISK_WORDS = frozenset({"risk", "risks", "chance", "chances", "inherit", "inherited",
                         "hereditary", "genetic", "screened", "screening", "tested"})
_VERB_REACH = 4  # words from the person noun to "had" ("my mum sadly had")


def family_history_alone(tokens: Sequence[Token], held: Sequence[Stretch]) -> bool:
    """Are the stretches that hold every finding of a question (``held``, none the asker's
    own) a statement of family history: each the asker's blood relative of another generation
    than a child ("my mother", "my brother"), and each told as a past diagnosis, or the asker
    asks of their own risk ("..., am I at risk?")?"""
    if not held:
        return False
    first = min(held, key=lambda s: s.mention.start)
    for stretch in held:
        mention = stretch.mention
        if stretch.contact or mention.word in _CHILD_KIND or mention.word in _KINDS[1]:
            return False
        # h-family12: a relative of the asker's relative named before ("my mum had ovarian
        # cancer and her sister had breast cancer") is the asker's blood relative too.
        if ((stretch.of_third_person or tokens[mention.possessive].folded not in ("my", "our"))
                and not (stretch is not first and _relatives_relative(tokens, first, stretch))):
            return False
    inside = {k for s in held for k in range(s.mention.start, s.mention.end)}
    asks_own = any(t.folded in _ASKER_WORDS for k, t in enumerate(tokens) if k not in inside)
    # "What is my risk?", "my chances of getting it" (h-family12): the asker's own risk.
    own_risk = any(t.folded == "my" and k + 1 < len(tokens) and tokens[k + 1].folded in
                   _RISK_WORDS for k, t in enumerate(tokens) if k not in inside)
    if own_risk or (asks_own and any(t.folded in _RISK_WORDS for t in tokens)):
        return True
    if _asks_of_getting_it(tokens, inside):
        return True
    return all(_told_as_diagnosis(tokens, s.mention) for s in held)


# The asker named as subject or object of a question of their own risk ("could I have
# inherited it", "does it affect me").
_ASKER_WORDS = _FIRST_PERSON | frozenset({"me"})
# A question whether the asker (or the asker's children) will get the relative's trouble
# ("My dad has jerky movements he can't control. Will I get it?", "could we get it too?",
# "will my kids get it?"; h-rarefamily2): a question of the asker's own risk as "am I at risk?"
# is. Not "catch" (an infection passed on), nor said outside a question.
_GETTING = frozenset({"get", "develop", "have", "inherit"})
_ASKING_ABOUT_US = _ASKER_WORDS | frozenset({"we", "us"})
_ASKING_ABOUT_CHILDREN = frozenset({"children", "kids", "child", "son", "daughter", "sons",
                                    "daughters", "baby"})
# The trouble named again as the thing to get ("get it", "get this", "get them").
_IT_WORDS = frozenset({"it", "this", "that", "them"})


def _asks_of_getting_it(tokens: Sequence[Token], inside: set[int]) -> bool:
    """Does a question sentence outside the relatives' stretches ask whether the asker or
    their children will get "it" ("Will I get it?", "Could my children get this?")?"""
    start = 0
    for end, token in enumerate(tokens):
        if token.folded not in SENTENCE_ENDS:
            continue
        first, start = start, end + 1
        if token.folded != "?":
            continue
        for k in range(first, end - 1):
            if (k in inside or tokens[k].folded not in _GETTING
                    or tokens[k + 1].folded not in _IT_WORDS):
                continue
            before = [tokens[j].folded for j in range(max(first, k - 3), k)]
            if set(before) & _ASKING_ABOUT_US or (
                    set(before) & _ASKING_ABOUT_CHILDREN and set(before) & {"my", "our"}):
                return True
    return False


def _relatives_relative(tokens: Sequence[Token], first: Stretch, stretch: Stretch) -> bool:
    """Is ``stretch`` a blood relative of the asker's relative named first ("my mum ... her
    sister", "my dad ... his brother"): "his"/"her" after the asker's parent or grandparent
    in the same sentence, naming a parent, grandparent or sibling of theirs?"""
    mention = stretch.mention
    return (not first.of_third_person
            and tokens[first.mention.possessive].folded in ("my", "our")
            and first.mention.word in _KINDS[2]
            and tokens[mention.possessive].folded in ("his", "her")
            and (mention.word in _KINDS[2] or mention.word in _SIBLINGS)
            and not any(tokens[k].folded in SENTENCE_ENDS
                        for k in range(first.mention.noun, mention.possessive)))


_SIBLINGS = frozenset({"brother", "sister", "brothers", "sisters", "sibling", "siblings"})


def _told_as_diagnosis(tokens: Sequence[Token], mention: Mention) -> bool:
    """Is the relative's stretch a past diagnosis ("had bowel cancer")?"""
    verbs = [tokens[k].folded for k in range(mention.noun + 1,
                                             min(mention.noun + 1 + _VERB_REACH, mention.end))]
    said = {tokens[k].folded for k in range(mention.noun + 1, mention.end)}
    return any(v in _HAD for v in verbs) and bool(said & _DISEASE_NOUNS)


# Pronouns that say the sex of the person a clause is about ("she has a fever").
_MALE_PRONOUNS = frozenset({"he", "he's", "hes", "him", "his"})
_FEMALE_PRONOUNS = frozenset({"she", "she's", "shes", "her", "hers"})
_CLAUSE_OPENERS = frozenset({",", ";", ":"})


def bystanders(tokens: Sequence[Token], stretches: Sequence[Stretch],
               findings: Sequence[Sequence[int]],
               elsewhere: Sequence[Stretch]) -> tuple[list[Stretch], bool]:
    """The people named beside the patient with nothing of theirs to tell but an age or a
    word ("my husband is 45 and our daughter is 3; she has a fever", "my brother is 30 and my
    dad is 60, my dad has chest pain"): their age and sex are not the patient's. The patient
    is the person whose stretch holds the first finding, or, for a finding said with "he" or
    "she" outside every stretch, the last person of that sex named before it. Returns those
    stretches and whether the patient is someone the asker names (not the asker); ``([],
    False)`` when the patient is the asker or unknown (h-family4, issue 14)."""
    if not findings or not stretches:
        return [], False
    others = {id(s) for s in elsewhere}

    def holder(positions: Sequence[int]) -> Stretch | None:
        first = min(positions)
        return next((s for s in stretches
                     if s.mention.start <= first < s.mention.end and id(s) not in others),
                    None)

    first = min(min(p) for p in findings)
    patient = holder([first])
    if patient is None:
        persons = _clause_sex(tokens, first)
        before = [s for s in stretches if s.mention.start < first and not s.contact
                  and id(s) not in others and s.mention.word in persons]
        # The asker's own before the patient's relatives ("my son is 4, his older brother
        # is 9, and he has a rash": the son).
        before = [s for s in before if not s.of_third_person] or before
        if not before:
            return [], False
        patient = max(before, key=lambda s: s.mention.start)
    if patient.contact:
        return [], False
    held = {id(h) for h in (holder(p) for p in findings) if h is not None}
    found = [s for s in stretches if s is not patient and not s.contact
             and id(s) not in others and id(s) not in held and not _same_kind(s, patient)]
    return found, True


def _clause_sex(tokens: Sequence[Token], position: int) -> frozenset[str]:
    """The person nouns of the sex that a pronoun in the clause of ``position`` (back to the
    clause's start, and on to the finding) names: "she has a fever" the female ones; none
    when the clause has no such pronoun or the asker speaks ("I have")."""
    start = position
    while start > 0 and tokens[start - 1].folded not in SENTENCE_ENDS | _CLAUSE_OPENERS:
        start -= 1
    words = {tokens[k].folded for k in range(start, position + 1)}
    if words & _FIRST_PERSON:
        return frozenset()
    male, female = bool(words & _MALE_PRONOUNS), bool(words & _FEMALE_PRONOUNS)
    if male == female:
        return frozenset()
    return _MALE_PERSONS if male else _FEMALE_PERSONS


# The asker telling their own age or role when the patient is someone else ("I'm 34 and my son
# is 2, he has a barking cough", "I'm a mum of three, my youngest ..."): words of the asker's,
# not the patient's age or sex.
_ASKER_OPENERS = frozenset({"i'm", "im"})
_ASKER_BETWEEN = frozenset({"a", "an", "only", "now", "just", "nearly", "almost", "his", "her",
                            "their", "the", "single", "new", "working", "stay", "at", "home",
                            "first", "time", "young", "older", "grandparent", "full"})
_ASKER_ROLES = frozenset({"mum", "mom", "mother", "mummy", "mommy", "dad", "father", "daddy",
                          "parent", "grandmother", "grandma", "granny", "gran", "nan",
                          "grandad", "granddad", "grandpa", "grandfather", "carer", "wife",
                          "husband", "aunt", "uncle", "sister", "brother", "daughter", "son",
                          "woman", "man", "guy", "lady", "female", "male"})
_ASKER_REACH = 4


def asker_words(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token positions (first, last) of the asker's own age or role ("I'm 34", "I am a mum
    of three", "as a dad"), to be left out of the patient's age and sex when the patient is
    someone the asker names (:func:`bystanders`)."""
    found = []
    for n, token in enumerate(tokens):
        opens = token.folded in _ASKER_OPENERS or (
            token.folded == "i" and n + 1 < len(tokens) and tokens[n + 1].folded == "am")
        if not opens and not (token.folded == "as" and n + 1 < len(tokens)
                              and tokens[n + 1].folded in ("a", "an")):
            continue
        for k in range(n + 1, min(len(tokens), n + 2 + _ASKER_REACH)):
            folded = tokens[k].folded
            if folded.isdigit() or folded in NUMBER_WORDS or folded in _ASKER_ROLES:
                found.append((n, k))
                break
            if folded not in _ASKER_BETWEEN and folded != "am":
                break
    return found


# Words of a young child that the asker may name without a possessive ("the baby has a
# cold", "a toddler with a rash"): the question is then not about the asker alone.
_CHILD_WORDS = frozenset({"baby", "babies", "toddler", "toddlers", "infant", "infants",
                          "newborn", "newborns", "child", "children", "kid", "kids", "boy",
                          "girl", "son", "daughter", "bub", "tot"})
# The asker's child named by their place among the children ("my youngest has a cough", "our
# eldest", "my little one", "my twins"; h-age10, issue 14), after "my" or "our" and at most
# one word.
_CHILDREN_BY_PLACE = frozenset({"youngest", "eldest", "oldest", "firstborn", "twins", "kiddo",
                                "kiddos"})
# Words before the asker's job or role ("I'm a teacher", "I am a retired nurse", "as a mum",
# "I work as a carer"): a person noun said so is the asker, no one else (h-age10).
_ROLE_OPENERS = frozenset({"i'm", "im", "am", "as"})
_ROLE_REACH = 3  # words from the article to the noun ("I'm a recently retired teacher")


def askers_roles(tokens: Sequence[Token], person_nouns: frozenset[str]) -> set[int]:
    """Positions of the person nouns that name the asker's own job or role ("I'm a
    *teacher*", "as a *mum* of three"), after "I'm"/"I am"/"as" and "a" or "an"."""
    found: set[int] = set()
    for n, token in enumerate(tokens[:-1]):
        if token.folded not in _ROLE_OPENERS or tokens[n + 1].folded not in ("a", "an"):
            continue
        if token.folded == "am" and (n == 0 or tokens[n - 1].folded != "i"):
            continue
        for k in range(n + 2, min(len(tokens), n + 3 + _ROLE_REACH)):
            if not tokens[k].is_word:
                break
            if _word(tokens[k]) in person_nouns:
                found.add(k)
                break
    return found


def _own_children(tokens: Sequence[Token], person_nouns: frozenset[str]) -> bool:
    """Does the question name a child of the asker's by age alone ("my 3-year-old has ...")
    or by their place among the children ("my youngest", "our little one")?"""
    if _aged_children(tokens, person_nouns, ()):
        return True
    for n, token in enumerate(tokens):
        little_one = (token.folded in ("one", "ones") and n > 0
                      and tokens[n - 1].folded == "little")
        if token.folded not in _CHILDREN_BY_PLACE and not little_one:
            continue
        if any(tokens[k].folded in ("my", "our") for k in range(max(0, n - 2), n)):
            return True
    return False


def asker_alone(tokens: Sequence[Token], person_nouns: frozenset[str]) -> bool:
    """True when the question speaks of the asker ("I", "my knee") and of nobody else: no
    person noun (but the asker's own job or role: "I'm a teacher"), no child (nor one named by
    an age, "my 3-year-old", or a place, "my youngest"), no "he", "she" or "they" (h-age8,
    h-age10). The person asked about then wrote the question, which a baby or a young child
    does not do."""
    words = [_word(t) for t in tokens if t.is_word]
    if not any(w in _FIRST_PERSON or w in _OWN_BODY for w in words):
        return False
    if _own_children(tokens, person_nouns):
        return False
    roles = askers_roles(tokens, person_nouns)
    return not any((_word(t) in person_nouns and n not in roles) or _word(t) in _CHILD_WORDS
                   or _word(t) in _THIRD_PERSON for n, t in enumerate(tokens) if t.is_word)
