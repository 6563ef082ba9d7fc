"""Body sites: a finding and the site it names become the more specific HPO term.

"weakness in the shoulders and thighs" is Proximal muscle weakness, "swelling of both ankles"
Ankle swelling, "tremor of the hands" Hand tremor. The rule is general, with no list of
findings: the site words of a finding (after it, linked by "in the", "of both", ...; before
it; or inside its own phrase) are translated into the words HPO uses for sites in its term
names (knowledge/curated/body_sites.yaml: "shoulders" -> shoulder girdle | proximal upper
limb | proximal; "both" -> bilateral). A term is taken when its name or a synonym is *exactly*
the finding's words, or the name or synonym of a term the finding means, plus the site's
words: the lexicon's order-free keys make this one lookup per try. Several sites use the
readings they share ("shoulders and thighs": proximal); when they share none, each site
that gives a term of its own gives a finding of its own ("pain in the hands and feet":
Hand pain, Foot pain). Otherwise the general finding stays, and the site is kept in the
interpretation ("loss of vision in one eye": Visual loss, site "one eye"); a reading of its
OR-group that names another place is left out ("cramp in my feet": Muscle spasm, not also
Abdominal cramps).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations, pairwise

from whatcauses.knowledge.curated import BodySites
from whatcauses.knowledge.ontology import Ontology
from whatcauses.text.colours import COLOURS
from whatcauses.text.lexicon import Lexicon, LexiconEntry
from whatcauses.text.normalize import content_stems, phrase_key, stem, tokenize

# Synonym kinds whose wording may carry a site ("Shoulder weakness" EXACT of Shoulder girdle
# muscle weakness); loose synonyms (related, broad, narrow) are not composed.
_COMPOSABLE_SCOPES = frozenset({"EXACT"})
# Lexicon sources a descriptor and a site may meet (text/descriptors.py): HPO names, exact,
# related and layperson synonyms, their adjective forms and curated phrases; never narrow or
# broad synonyms, abbreviations or names with a modifier set aside.
_DESCRIBED_SOURCES = frozenset({"curated", "name", "layperson", "EXACT", "inflection",
                                "RELATED"})


# HPO's Edema, the reading of a bare "swelling" (lay_terms.yaml), and the lump whose wordings
# a swelling at a small place takes (``SiteReader._swelling_as_lump``; h-sites10).
_EDEMA = "HP:0000969"
# HPO's Pain: a pain said around a part is felt in the part (``SiteReader._felt``).
_PAIN = "HP:0012531"
_LUMP = ("lump",)
# The nouns of a swelling said at a place ("a swelling on my breast"); never "swollen", said
# of a whole part ("my testicle is swollen", "a swollen ankle"), which is that part's
# swelling, no lump on it.
_SWELLING_NOUNS = frozenset({"swelling", "swellings"})
# Position readings that say a height: with one side ("the upper right side of my belly")
# they name a quadrant of a midline region, which HPO has no term for. They are the reader's
# stems of the height words as well ("top" stems to "upper", text/normalize.py), so the
# phrase matcher (text/recognize.py) tells a quadrant by the same set and leaves it here.
QUADRANT_HEIGHTS = frozenset({"upper", "lower"})
# Verbs after a site that make it the subject of a statement of its own ("and my nose *is*
# watering", "and my knee *feels* stiff"), never one more site of a list.
_PREDICATE_VERBS = frozenset({"is", "are", "was", "were", "feels", "feel", "felt", "looks",
                              "look", "seems", "seem", "keeps", "gets", "got", "has", "have"})
# Nouns of a part of a site, before "of": "the back of my knee" is at the knee, not the back
# (the body site "back"); "the front of her ears". Never "side": "one side of my face" is
# a side (unilateral), and "side" is a linker already. "Ball": the ball of the foot (or
# thumb) is the padded part at its base. "Point": the point of the elbow (or chin, shoulder)
# is its bony tip (h-misses2: "a swelling on the point of my elbow", NHS bursitis page).
# "Opening": the opening of the vagina (or of the ear canal, the back passage) is at that site
# (h-sites8: "itching at the opening of my back passage" kept no site). Never the crease or
# fold of a joint: the bend of the elbow is no elbow (h-sites8 tried it: a rash in the creases
# of the elbows lifted psoriasis, whose summary names the elbows' outer sides).
_SIDE_WORDS = frozenset({"left", "right"})
# Possessives inside a site phrase, read as "the" (``_with_the``).
_POSSESSIVES = frozenset({"my", "his", "her", "your", "their", "our", "its"})
# Articles: a descriptor after one stands before a noun of its own ("after a big meal").
_ARTICLES = frozenset({"a", "an", "the"})
# Linker words that put a lump inside a site with an inside ("a lump in my nose", "up my
# nose"): body_sites.yaml ``skin_growths.surface_sites``.
_INSIDE_WORDS = frozenset({"in", "inside", "up", "within"})
# "Side" before "of" and a site ("one side of my head"): that site's side (``side_of_site``),
# met over at most this many linker words ("the side of my lower tummy").
_SIDE_NOUNS = frozenset({"side", "sides"})
_SIDE_OF_REACH = 3
# HPO's wording of a side of the whole body ("Weakness of one side of body": Hemiparesis),
# for a side said with no site ("weakness down my right side"; ``_body_side``).
_BODY_SIDE = ("one side of body",)
_PART_NOUNS = frozenset({"back", "front", "top", "bottom", "outside", "inside", "base", "tip",
                         "edge", "ball", "balls", "backs", "fronts", "tips", "bases", "edges",
                         "tops", "bottoms", "point", "points", "opening", "openings",
                         # h-lay20: the centre of a part ("a tight feeling in the middle of my
                         # chest"): where on it, as "the front of".
                         "middle", "centre", "center"})
_CENTRE_NOUNS = frozenset({"middle", "centre", "center"})
# The nouns of a bony point of a site (``SiteReader._at_a_point``).
POINT_NOUNS = frozenset({"point", "points", "tip", "tips"})
# Words that describe the part of a site before its noun (``part_of_site``).
_PART_DESCRIBERS = frozenset({"bony", "fleshy", "pointy", "outer", "inner"})
# h-lay20: a verb of coming links a finding to its site or circumstance only as "comes on",
# "came up", "coming out" or "comes back" ("a lump came up on my wrist", "chest pain that comes
# on when I walk uphill"); "comes into my mouth" says where a taste arrives, no site of it
# (body_sites.yaml linkers).
_COME_LINKERS = frozenset({"come", "comes", "came", "coming"})
_COME_PARTICLES = frozenset({"up", "on", "out", "back"})
# "keep" links only before the verb it repeats ("my fingers keep going numb", "lumps keep
# coming up in my armpits"); "when I keep my elbow bent" holds the elbow.
_KEEP_LINKERS = frozenset({"keep", "keeps", "kept"})
# h-reader74: nouns of a part said between a position and "of" ("the top *part* of my
# stomach", "the bottom *bit* of my back", "the front *area* of my knee", "the lower *half*
# of my tummy"): they say no more than the position word alone ("the top of my stomach"), and
# are read with it (``_of_after``).
_PART_FILLERS = frozenset({"part", "parts", "area", "areas", "bit", "bits", "section",
                           "sections", "region", "portion", "half"})
# The head of a bone ("the metatarsal heads", "the femoral head", "the head of the femur"):
# a part of that bone, no head (h-reader38: "pain between the metatarsal heads" read as
# Headache). Said so by the bone's adjective before it, or by "of" and the bone after it.
_HEAD_NOUNS = frozenset({"head", "heads"})
_BONE_WORDS = frozenset({"metatarsal", "metatarsals", "metacarpal", "metacarpals", "femoral",
                         "femur", "humeral", "humerus", "radial", "radius", "fibular", "fibula",
                         "ulnar", "ulna", "phalanx", "phalanges", "phalangeal", "bone", "bones",
                         "toe", "toes", "finger", "fingers", "pancreas", "pancreatic"})
# Subjects that refer back to what was named before ("my big toe woke me up, it's swollen"),
# the joins between its clause and the one before, and the ends of a sentence.
_REFERRING = frozenset({"it", "it's", "its", "they", "they're", "theyre"})
_CLAUSE_JOINS = frozenset({",", "and", ";", "but"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# Direction words that make a path of the sites they join ("from my buttock down my leg to
# my calf"), and the limbs such a path runs along.
_PATH_WORDS = frozenset({"down", "into", "to", "from"})
_LIMBS = ("lower limb", "upper limb")
# A circumstance that leads its finding opens a clause with one of these ("when I stand up
# I go dizzy", "whenever", "if I get up", "every time I", "each time I"), at the start of
# the sentence or after a join ("..., but when I ..."); the finding is looked for at most
# so many words on.
_LEAD_OPENERS = frozenset({"when", "whenever", "if", "once"})
_LEAD_TIMES = frozenset({"time"})
_LEAD_COUNTS = frozenset({"every", "each"})
_LEAD_JOINS = frozenset({"and", "but", "so", "then", "just"})
_LEAD_REACH = 12
# Linker words that say where by a site a finding lies ("pain below my kneecap", "a lump
# behind my knee"): inside a finding's own phrase ("pain under my heel", read as one lexicon
# phrase) they belong to it too.
POSITION_WORDS = frozenset({"below", "under", "underneath", "beneath", "above", "behind",
                            "over", "along", "near", "beside", "inside", "front", "outside",
                            "around", "side", "top", "bottom", "back"})


# The words a finding's own site may stand before a part said after it ("my heel hurts at
# the bottom": the heel, one word back).
_PART_SITE_REACH = 3
# "at the"/"on the" before a part noun that names no site after it: the part of the site
# named before ("a lump below his kneecap at the front", "sore on the outside").
_PART_AFTER = frozenset({"at", "on"})


def _attributive_list(words: Sequence[str], mentions: Sequence[SiteMention], end: int) -> bool:
    """Is a descriptor ending at ``end`` said before a list of bare sites ("puffy ankles and
    fingers", "itchy elbows, knees and scalp"): the first site right after it, each other
    one after "and", "or" or a comma alone? Then it is said of each, as "my ankles and
    fingers are puffy" is (h-reader55)."""
    sites = [m for m in mentions if m.readings]
    if len(sites) < 2 or len(sites) != len(mentions) or sites[0].positions[0] != end + 1:
        return False
    return all(m.linkers and all(words[p] in _LIST_WORDS for p in m.linkers)
               for m in sites[1:])


# Sites of tissues found all over the body: their wordings name no place a term could be
# set against (``SiteReader._fitting_site``): Joint stiffness fits stiff fingers.
_TISSUE_SITES = (("joint",), ("joints",), ("skin",), ("tendon",), ("tendons",), ("hair",),
                 ("nail",), ("nails",))


# Words that put a finding by a place or on its way to another, not in it: its place is
# no place to set the finding's readings against (``SiteReader._fitting_site``).
_BESIDE_PLACES = frozenset({"above", "below", "under", "underneath", "beneath", "behind",
                            "over", "along", "near", "beside", "around", "round", "between",
                            "outside", "inside", "into", "to", "from", "down", "next"})
# "Under" as a position word, only before a determiner and a site (``_under_site``).
_UNDER = frozenset({"under"})
_DETERMINERS = frozenset({"my", "the", "his", "her", "their", "your", "our", "both", "each",
                          "one"})
# Nouns of an area of skin said right after a finding ("a numb patch on my thigh", "an itchy
# spot on my back", "a tender area over my shin"): the finding is at the site after them.
_AREA_NOUNS = frozenset({"patch", "patches", "area", "areas", "spot", "spots", "bit",
                         # h-sites8: a strip, band or streak of skin ("a burning strip across
                         # my ribs", "an itchy strip on my back", "a red streak up my arm").
                         "strip", "strips", "band", "bands", "streak", "streaks", "stripe",
                         "stripes"})
# A growth noun no finding was read from, with its describing words, said right after a
# finding ("a painful bony bump below his kneecap"): the finding is at the growth's place
# when the noun ends the run within this many words (``SiteReader._unread_growth_ahead``).
_GROWTH_REACH = 3
# Words of the look of a finding said after "with", before its place ("a rash with a raised
# edge on my arm"): at most this many (``_attribute_before_place``).
_ATTRIBUTE_REACH = 3
# h-sites16: verbs of matter coming out of a finding, said right after it ("a swelling oozing
# pus on ..."), which ``_attribute_before_place`` steps over as it does words after "with".
_DISCHARGE_VERBS = frozenset({"oozing", "leaking", "weeping", "seeping", "discharging",
                              "dripping", "draining"})
# HPO's size wordings (body_sites.yaml descriptors: "big" is large, "tiny" small): a size
# word before one of the area nouns measures that spot or patch, never the site it lies on
# ("a small spot on my nose" is no small nose; h-reader64). A colour, texture or feeling
# of the spot is the skin's at the site ("a red spot on my nose", "a numb patch on my thigh").
_SIZE_WORDINGS = frozenset({"large", "enlarged", "small", "short", "long", "wide", "broad",
                            "narrow"})


# Position words that put a site said after another by it, as a landmark of where on the
# first the finding is ("the back of my ankle just above the heel"; ``_without_landmarks``).
_LANDMARK_WORDS = frozenset({"above", "below", "under", "underneath", "beneath", "behind",
                             "near", "beside", "next"})
# The words that join the items of a list of sites.
_LIST_WORDS = frozenset({"and", "or", ","})
# The words that join first words sharing the second of a site ("little and ring fingers").
_SHARED_JOINS = frozenset({"and", "or"})
# Prepositions that lead from a finding to its site ("pain in my son's knee").
# h-sites14: bare nouns of matter or of a mark whose site may be said later in the clause,
# past words describing them (``SiteReader._site_said_later``), within so many tokens, after
# one of these prepositions.
_BARE_NOUNS = frozenset({"discharge", "bleeding", "blood", "pus", "lump", "lumps", "bump",
                         "bumps", "swelling", "itching", "rash"})
# Words that open a time clause (``_mentions_beside``).
_TIME_WORDS = frozenset({"after", "since", "before", "during", "while", "when", "whenever",
                         "until"})
_LATER_REACH = 9
_LATER_PREPOSITIONS = frozenset({"from", "in", "on", "around", "under", "inside", "behind",
                                 "near"})
_PLACE_PREPOSITIONS = frozenset({"in", "on", "of", "around", "at", "over", "under", "behind",
                                 "across", "along", "down", "into", "inside", "near", "to",
                                 "round", "between", "below", "above", "beneath"})


# Relative pronouns that open a clause said of the noun before them ("spots on my legs *that*
# are getting bigger").
_RELATIVE_PRONOUNS = frozenset({"that", "which"})


def _relative_of_a_place(words: Sequence[str], mentions: Sequence[SiteMention], start: int,
                         site_word: Callable[[str], bool]) -> bool:
    """Is the descriptor at ``start`` said in a relative clause ("that are getting bigger")
    after sites (``mentions``, read back from it) that are the place of something before them
    ("spots *on* my arms and legs", "a mole on my back")? The clause then describes that
    thing, not the sites: "spots on my arms and legs that are getting bigger" read
    Hypertrophy of the lower limb (h-organs1). Read back over the list of sites (``site_word``:
    a site of one word; "arms and" may already be the spots' place) to the word before it; a
    site said without a preposition there stays the descriptor's ("my hands, which are
    getting bigger")."""
    named = [p for m in mentions if m.readings for p in m.positions]
    if not named or not _RELATIVE_PRONOUNS.intersection(
            words[p] for p in range(max(named) + 1, start)):
        return False
    before = min(p for m in mentions for p in m.positions) - 1
    while before >= 0 and (words[before] in _DETERMINERS or words[before].endswith("'s")
                           or words[before] in _LIST_WORDS or site_word(words[before])):
        before -= 1
    return before >= 0 and words[before] in _PLACE_PREPOSITIONS


def _of_after(words: Sequence[str], position: int, sides: bool = False) -> bool:
    """Is "of" said after the position word at ``position``, right after it or after a noun
    of a part (``_PART_FILLERS``: "the top part of")? ``sides``: a side word may stand before
    them ("the bottom right of my tummy", "the lower left part of my back")."""
    after = position + 1
    if sides and after < len(words) and words[after] in _SIDE_WORDS:
        after += 1
    if after < len(words) and words[after] in _PART_FILLERS:
        after += 1
    return after < len(words) and words[after] == "of"


def _part_after_its_site(words: Sequence[str], position: int) -> bool:
    """Is the part noun at ``position`` said after its site ("his kneecap at the front"):
    "at/on the" before it and no "of" after it?"""
    return (position >= 2 and words[position - 1] == "the"
            and words[position - 2] in _PART_AFTER
            and (position + 1 >= len(words) or words[position + 1] != "of"))


def _hand_of_a_side(words: Sequence[str], position: int) -> bool:
    """Is the "hand" at ``position`` the one of "the right-hand side" ("right hand side",
    "left-hand side"): a side word before it and "side(s)" after it, a hyphen allowed
    between? It says which side, and names no hand: "pain low down on the right hand side of
    my tummy" read Hand pain beside Abdominal pain (h-sites4)."""
    if words[position] != "hand":
        return False
    before, after = position - 1, position + 1
    if before >= 0 and words[before] == "-":
        before -= 1
    if after < len(words) and words[after] == "-":
        after += 1
    return (before >= 0 and words[before] in _SIDE_WORDS and after < len(words)
            and words[after] in _SIDE_NOUNS)


def _head_of_bone(words: Sequence[str], position: int) -> bool:
    """Is the "head(s)" at ``position`` the head of a bone: the bone's word just before it
    ("metatarsal heads") or after "of" and at most one determiner ("head of the femur")?"""
    if position >= 1 and words[position - 1] in _BONE_WORDS:
        return True
    after = words[position + 1:position + 4]
    if not after or after[0] != "of":
        return False
    rest = after[1:]
    if rest and rest[0] in {"the", "my", "his", "her", "a", "each"}:
        rest = rest[1:]
    return bool(rest) and rest[0] in _BONE_WORDS


@dataclass(frozen=True, slots=True)
class SiteMention:
    """Site or side words of a finding: their token positions and readings."""

    positions: tuple[int, ...]
    readings: tuple[str, ...]  # HPO site wordings, most specific first (empty for a side)
    side: str | None  # bilateral | unilateral | generalized
    linkers: tuple[int, ...] = ()  # the linker words between it and the finding
    circumstance: bool = False  # says when ("after exercise"), not where
    # The part's own readings when the site is the skin beside it ("around my eye":
    # readings periorbital, inner eye, ocular): a pain there is still the part's.
    inner: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Composition:
    """What the site does to a finding: the terms it now means (one tuple of ids per
    finding) and the site words."""

    readings: tuple[tuple[str, ...], ...]
    positions: tuple[int, ...]  # the site words and the linkers between them and the finding
    specific: bool
    site_words: tuple[int, ...]  # the site and side words alone (inside the phrase too)


class SiteReader:
    """Joins findings with their body sites; immutable after construction."""

    def __init__(self, sites: BodySites, lexicon: Lexicon, ontology: Ontology,
                 coordinators: Collection[str] = (), new_clause: Collection[str] = ()):
        self._sites = sites
        # "and" before a new statement ("can't hold up her head and her tongue twitches")
        # ends the search: the site belongs to the other statement.
        self._coordinators = frozenset(coordinators)
        self._new_clause = frozenset(new_clause)
        self._lexicon = lexicon
        self._ontology = ontology
        self._longest = max(len(k) for k in (*sites.sites, *sites.sides))
        # First and last words of site and side phrases (a phrase is met from either end):
        # most words are neither, which is checked first.
        self._edges = frozenset(w for k in (*sites.sites, *sites.sides) for w in (k[0], k[-1]))
        # The words of HPO's site wordings that name a place (``_fitting_site``); not those
        # of tissues found all over the body. Never an extent: the one HPO term of morning
        # stiffness is "Generalized morning stiffness", which the curated profiles and fact
        # sheets use for stiff hands in the morning too.
        tissues = {w for k in _TISSUE_SITES for r in sites.sites.get(k, ())
                   for w in _key_words(r)}
        self._tissue_readings = frozenset(sites.sites[k] for k in _TISSUE_SITES
                                          if k in sites.sites)
        self._around_words = frozenset(w for v in sites.around.values() for w in v)
        self._region_words = frozenset(
            {w for k, readings in sites.sites.items() if k not in sites.circumstances
             for r in readings for w in _key_words(r)} - tissues)

    @property
    def sides(self) -> Mapping[tuple[str, ...], str]:
        """The side words of body_sites.yaml and the side each says."""
        return self._sites.sides

    def compose(self, words: Sequence[str], clause: list[int], positions: list[int],
                entry: LexiconEntry, taken: Collection[int],
                across: Collection[int] = ()) -> Composition | None:
        """The site composition of the finding at ``positions`` (folded ``words`` of the
        whole question, ``clause`` its clause), or ``None`` when it names no site.
        Positions in ``taken`` belong to something else; the search for site words steps
        over those in ``across`` (another finding that shares the site: "cramps and muscle
        pain after exercise")."""
        found = self._compose(words, clause, positions, entry, taken, across)
        if found is not None and found.specific:
            return found
        if found is not None:
            # A site with no term of the finding may leave it to its landmark ("sore at the
            # top of his shin under the knee": Knee pain, as before landmarks were told).
            again = self._compose(words, clause, positions, entry, taken, across,
                                  landmarks=False)
            if again is not None and again.specific:
                return again
        led = self._led_by_circumstance(words, positions, entry, taken)
        if led is None and found is None:
            return self._site_said_later(words, clause, positions, entry, taken)
        if led is not None or found is None:
            return led
        return (self._swelling_as_lump(words, clause, positions, entry, taken, found)
                or self._site_decides_organ(words, positions, entry, found)
                or self._fitting_site(words, positions, found))

    def _side_inside(self, words: Sequence[str], positions: list[int],
                     entry: LexiconEntry) -> Composition | None:
        """A side said inside a phrase that names its own site ("ringing in both ears",
        read as the lexicon's "ringing in ears" with the side passed over; "a stye on one
        eyelid"): the finding as read, with the side and the site kept as its site, which
        keys the side of that site for the ranker as a site said after the finding does
        ("side bilateral ear"). ``None`` when the phrase holds no side and site."""
        span = list(range(min(positions), max(positions) + 1))
        side_words: list[int] = []
        k = 0
        while k < len(span):
            mention = self._mention_at(words, span, k)
            if mention is not None and mention.side in ("bilateral", "unilateral"):
                side_words.extend(mention.positions)
            k += len(mention.positions) if mention is not None else 1
        if not side_words:
            return None
        sites = [p for m in self._mentions_inside(words, positions)
                 if not m.circumstance for p in m.positions]
        if not sites or min(sites) < min(side_words):
            return None  # the side must say which of the site ("both ears")
        named = tuple(sorted({*side_words, *sites}))
        return Composition((entry.ids,), named, True, named)

    def _site_said_later(self, words: Sequence[str], clause: list[int], positions: list[int],
                         entry: LexiconEntry, taken: Collection[int]) -> Composition | None:
        """The site of a bare noun of matter or of a mark said later in its clause, past
        words that describe it or say when ("there is bleeding, only a little, from my
        gums", "a discharge, thick and yellow, from my ear", "a lump, quite hard, under the
        skin of my back"): the first site after "from" or a preposition of place, met before
        the sentence ends, a new statement starts or a word of another finding stands
        between, composed as a site said beside it is. ``None`` otherwise, or for any other
        finding, whose site the words between may well be ("pain when I walk up hills":
        no hills)."""
        if len(positions) != 1 or words[positions[0]] not in _BARE_NOUNS:
            return None
        # The clause ends at a comma; the words said between commas ("only a little") are
        # read on to the end of the sentence.
        order = list(range(positions[0] + 1, min(len(words), positions[0] + 1 + _LATER_REACH)))
        sentence = list(range(positions[0] + 1, len(words)))
        for p in order:
            if (words[p] in _SENTENCE_ENDS or p in taken or self._starts_statement(words, p)
                    or words[p] in _BARE_NOUNS or (
                        words[p] not in COLOURS
                        and (said := self._lexicon.lookup(stem(words[p]))) is not None
                        and said.kind == "finding")):
                # The site after another finding's word is that finding's; a colour between
                # describes the matter ("bleeding when I wipe, bright red, coming from my
                # back passage").
                return None
            if words[p] not in _LATER_PREPOSITIONS:
                continue
            mentions = self._mentions_beside(words, sentence, p - 1, +1, taken, finding=True)
            sites = [m for m in mentions if m.readings and not m.circumstance]
            if not sites:
                continue
            mention = sites[0]
            named = mention.positions
            site_positions = tuple(sorted({*mention.positions, *mention.linkers}))
            variants = self._finding_variants(words, positions, entry)
            hit = self._find(variants, mention.readings, mention.side, entry.ids)
            if hit is not None:
                return Composition((hit,), site_positions, True, named)
            found = Composition((entry.ids,), site_positions, False, named)
            return self._site_decides_organ(words, positions, entry, found) or found
        return None

    def _site_decides_organ(self, words: Sequence[str], positions: list[int],
                            entry: LexiconEntry, found: Composition) -> Composition | None:
        """A finding read as one organ's ("smelly discharge" is read as the vagina's) said at
        a site outside that organ ("a smelly discharge from my left ear"): the site decides
        the organ. The words of the finding's phrase less its describing words ("discharge")
        are tried with the site, the longest first, as the site reader tries the whole
        phrase: "discharge" with the ear is the ear-infection group. When none names a term
        there, a shorter phrase of the finding that names no other place is read beside the
        organ's reading (an OR-group of the two), kept with its site ("bleeding" for "heavy
        bleeding from my gums" had it been read as a period's). ``None`` when a term of the
        finding fits the site, when no place is said, or when nothing shorter is read (the
        finding stays as it was). Only for a finding every term of which names a place (a
        general one, "pain", fits anywhere)."""
        stated: set[str] = set()
        readings: list[str] = []
        for mention in self._mentions_along(words, sorted({*found.site_words, *positions})):
            if mention.circumstance:
                continue
            if min(mention.positions) < max(positions):
                return None  # a site said before it is no place it comes from
            stated.update(w for r in mention.readings for w in _key_words(r))
            readings.extend(r for r in mention.readings if r not in readings)
        if not stated or any(self._fits(i, stated) for i in entry.ids):
            return None
        core = [p for p in positions if p not in found.site_words]
        sides = {m.side for m in self._mentions_along(words, list(found.site_words)) if m.side}
        side = next(iter(sides)) if len(sides) == 1 else None
        fallback: LexiconEntry | None = None
        # The last word of the phrase is its head noun ("discharge"), always kept: the
        # words dropped describe it ("smelly"); a phrase whose head is a part ("aching
        # bones", "ache ... scrotum") is never re-read as its describing word at the site.
        for size in range(len(core) - 1, 0, -1):
            for kept in (c for c in combinations(core, size) if c[-1] == core[-1]):
                shorter = self._lexicon.lookup(phrase_key(" ".join(words[p] for p in kept)))
                variants = [[stem(words[p]) for p in kept]]
                if shorter is not None and shorter.kind == "finding":
                    variants = self._finding_variants(words, list(kept), shorter)
                hit = self._find(variants, readings, side, entry.ids, bare=False)
                if hit is not None and not set(hit) & set(entry.ids):
                    return Composition((hit,), found.positions, True, found.site_words)
                if (fallback is None and shorter is not None and shorter.kind == "finding"
                        and all(self._fits(i, stated) for i in shorter.ids)):
                    fallback = shorter
        if fallback is None:
            return None
        # The organ's reading stays beside the shorter one: a site may lie within the organ
        # under a name HPO's names do not share ("cold sores on my lip": Recurrent oral
        # herpes names the mouth, the lip's readings do not), and there the shorter phrase
        # alone ("sores": Skin ulcer) loses what the whole phrase says.
        group = tuple(dict.fromkeys((*entry.ids, *fallback.ids)))
        return Composition((group,), found.positions, False, found.site_words)

    def _swelling_as_lump(self, words: Sequence[str], clause: list[int], positions: list[int],
                          entry: LexiconEntry, taken: Collection[int],
                          found: Composition) -> Composition | None:
        """A swelling at a small place that HPO names no swelling of, but a lump of ("a
        swelling just above my tailbone", "a swelling in my armpit", "a swelling on my
        breast"; the noun, never "swollen" said of a whole part): the lump's term there
        (``describe`` with the lump's wordings, body_sites.yaml ``descriptors``:
        Sacrococcygeal pilonidal abnormality, Axillary lymphadenopathy, Breast mass), as a
        lump said there reads; ``None`` for any other finding, where HPO names no lump
        either, or at a tissue found all over the body (the skin). A place HPO names a mass
        of is a focal one: a swelling there is a lump, not the body's fluid (Edema), which
        stays for the limbs, the ankles and the face, whose swellings HPO names as oedema or
        swelling (Pedal edema, Ankle swelling, Facial edema: composed before this is tried)
        or not at all ("a swelling on my shin": Edema at the shin; h-sites10)."""
        if (entry.ids != (_EDEMA,) or not found.site_words
                or not any(words[p] in _SWELLING_NOUNS for p in positions)):
            return None
        lump = self._sites.descriptors.get(_LUMP)
        if not lump:
            return None
        described = self.describe(words, clause, positions, lump, taken)
        if described is None or not described.specific or not set(
                described.site_words) & set(found.site_words) or any(
                (words[p],) in _TISSUE_SITES for p in described.site_words):
            return None
        # A word of the finding's phrase that is a finding of its own stays one ("a painful
        # swelling": Pain beside the lump), as "a painful lump" reads.
        others = [e.ids for p in positions if p not in found.positions
                  and (e := self._lexicon.lookup(stem(words[p]))) is not None
                  and e.kind == "finding" and e.ids != entry.ids]
        return Composition((*described.readings, *dict.fromkeys(others)),
                           tuple(sorted({*found.positions, *described.positions})), True,
                           tuple(sorted({*found.site_words, *described.site_words})))

    def _fitting_site(self, words: Sequence[str], positions: Sequence[int],
                      found: Composition) -> Composition:
        """The general finding ``found`` keeps beside its site (no term names the two), less
        the terms of its OR-group that name another place than the one said: "cramps in my
        feet" is Muscle spasm, not also Abdominal cramps. A term names a place by a word of
        HPO's site wordings (body_sites.yaml) in its name; it fits when one of those words
        is among the readings of the sites said (beside the finding or in its own words:
        "painful lumps in my armpits and groin"), or a term above it names one. Tissues
        found all over the body (a joint, the skin) name no place. A group keeps its terms
        when none fits, and a term that names no place always fits. Only for a general
        finding: a term composed with its site was chosen by it (a reading of several
        sites, "a butterfly rash on the face", may name a part of one: Malar rash)."""
        if any(words[p] in _BESIDE_PLACES for p in found.positions):
            return found  # by a place, not in it ("can't lift my arm above my head")
        stated: set[str] = set()
        outside: set[bool] = set()  # whether each mention outside the phrase has a site
        for mention in self._mentions_along(words, sorted({*found.site_words, *positions})):
            if not mention.circumstance:
                stated.update(w for r in mention.readings for w in _key_words(r))
                if not set(mention.positions) & set(positions):
                    outside.add(bool(mention.readings))
        if outside == {False}:
            # Only a side said outside a phrase that holds its site ("swelling under my jaw
            # on one side"): the phrase chose its readings with that site, as it does said
            # alone (h-sites10: the submandibular region and gland were lost to the jaw).
            return found
        if not stated:
            return found  # a side alone, or no place: nothing to set a term against
        kept = []
        for group in found.readings:
            fitting = tuple(i for i in group if self._fits(i, stated))
            kept.append(fitting if fitting and len(group) > 1 else group)
        return replace(found, readings=tuple(kept))

    def _fits(self, term_id: str, stated: set[str]) -> bool:
        """Does the term fit a place whose readings' words are ``stated``: its name names no
        place, or names it, or a term above it does (HPO files Malar rash under the face's
        terms: a rash of the cheeks fits "a rash on the face")?"""
        onto = self._ontology
        if term_id not in onto:
            return True
        index = onto.index(term_id)
        if not self._region_words & set(_place_words(onto.names[index])):
            return True
        return any(stated & set(_place_words(onto.names[int(a)]))
                   for a in (index, *onto.ancestors(index)))

    def _led_by_circumstance(self, words: Sequence[str], positions: list[int],
                             entry: LexiconEntry, taken: Collection[int]
                             ) -> Composition | None:
        """The term a finding names with a circumstance said before it, in a "when" clause
        that opens its sentence ("when I get up off the sofa I go lightheaded": Orthostatic
        hypotension), when HPO names the pair; else ``None``. A circumstance after its
        finding is met over linker words (``_mentions_beside``); one that leads is separated
        from it by its own clause's words ("off the sofa I go"), which no linker list
        covers, so the clause is found by its opening word instead."""
        first = min(positions)
        opener = None
        for p in range(first - 1, max(-1, first - _LEAD_REACH - 1), -1):
            if words[p] in _SENTENCE_ENDS:
                break
            if words[p] in _LEAD_OPENERS or (
                    words[p] in _LEAD_TIMES and p > 0 and words[p - 1] in _LEAD_COUNTS):
                opener = p
        if opener is None:
            return None
        start = opener - 1 if words[opener] in _LEAD_TIMES else opener
        if start > 0 and words[start - 1].isalpha() and words[start - 1] not in _LEAD_JOINS:
            return None  # "when" inside a clause ("I feel dizzy when I ... I faint")
        order = list(range(opener + 1, first))
        for k in range(len(order)):
            mention = self._mention_at(words, order, k)
            if mention is None or not mention.circumstance or set(mention.positions) & set(taken):
                continue
            variants = self._finding_variants(words, list(positions), entry)
            # The circumstance in HPO's words, then in the lay words of every circumstance
            # read the same ("get up" is "stand up": the curated "dizzy when standing up").
            lay = [" ".join(phrase) for phrase in self._sites.circumstances
                   if self._sites.sites[phrase] == mention.readings]
            hit = self._find(variants, [*mention.readings, *lay], None, entry.ids, bare=False)
            if hit is not None:
                return Composition((hit,), mention.positions, True, ())
        return None

    def _compose(self, words: Sequence[str], clause: list[int], positions: list[int],
                 entry: LexiconEntry, taken: Collection[int],
                 across: Collection[int] = (), landmarks: bool = True) -> Composition | None:
        """``compose`` with the site words of the finding's own clause; ``landmarks``: a
        site placed by another is a landmark of it (``_without_landmarks``)."""
        placed_inside = self._placed_inside(words, clause, positions, entry, taken)
        if placed_inside is not None:
            return self._on_down_a_limb(words, clause, positions, entry, taken, across,
                                        placed_inside)
        after = self._mentions_beside(words, clause, max(positions), +1, taken, across,
                                      finding=True)
        before = self._mentions_beside(words, clause, min(positions), -1, taken, across)
        if not after and not before and not self._mentions_skipped(words, positions):
            # A phrase that names its own site ("ankle swelling") is already as specific as
            # the lexicon makes it; one said of "it" or "there" may take the site it
            # refers to.
            return (self._there(words, positions, entry)
                    or self._of_referent(words, clause, positions, entry, taken)
                    or self._side_inside(words, positions, entry))
        # Site words right before the phrase that make one longer site with its first word
        # belong to that site ("back tooth hurts": the back tooth, not the back).
        own = self._own_site_start(words, before, min(positions))
        if own:
            before = before[1:]
        # Site words inside the finding's own phrase ("weakness in the shoulders" + "and
        # thighs") join the others when the rest of the phrase is a finding by itself.
        inside = self._mentions_inside(words, positions)
        skipped = self._mentions_skipped(words, positions)
        if skipped:
            covered = {p for m in skipped for p in m.positions}
            inside = [*(m for m in inside if not set(m.positions) & covered), *skipped]
        inside_positions = {p for m in inside for p in m.positions}
        if (before and not across and words[min(positions) - 1] in self._coordinators
                and min(positions) not in inside_positions
                and (inside or (after and (after[0].positions[0] == max(positions) + 1
                                           or self._placed_after(words, after[0])))
                     or self._place_of_a_finding_before(words, before[0]))):
            # A finding word with a site of its own right after "and" starts a new mention:
            # in "a rash on my leg and sore joints" the leg is the rash's place, not the
            # soreness's (but "my leg and arm are sore" lists two sites); so does one with
            # a site of its own after a preposition ("cramps in my feet and hands and
            # tingling around my mouth": the tingling is at the mouth). Nor does a site said
            # after a preposition as the place of a finding before it ("cramps in my hands
            # and tingling": the hands are the cramps'; h-reader62).
            before = []
            if not after:
                return None
        # A side word inside the phrase ("my right hand shakes") is no word of the finding:
        # the rest is ("shakes"), with the side kept as said (text/laterality.py).
        said_sides = [p for p in positions if p not in inside_positions
                      and inside and (words[p],) in self._sites.sides]
        core = [p for p in positions if p not in inside_positions and p not in said_sides]
        core_entry = (self._lexicon.lookup(phrase_key(" ".join(words[p] for p in core)))
                      if inside and core else None)
        if core_entry is None and inside and (before or after):
            # A lay descriptor read in one phrase with the nearest site ("my ears and nose
            # are big", read as "nose ... big") is said of every site of the list.
            listed = self._described_list(words, core, [*inside, *before, *after], side_of(
                [*before, *inside, *after]))
            if listed is not None:
                return listed
        if core_entry is None:
            inside, core, core_entry, said_sides = [], list(positions), entry, []
        # A site placed by another after it ("at the back of my ankle *just above the heel*",
        # "in my neck *under my ear*") is a landmark that says where on the first the finding
        # is, no second site of it: kept in the site's words, not read (h-sites10).
        after, landmarked = (self._without_landmarks(
            words, after, any(self._a_place(m) for m in [
                *before, *inside, *self._mentions_inside(words, positions)]))
                             if landmarks else (after, []))
        mentions = [*before, *inside, *after]
        if self._felt(core_entry.ids):
            # h-sites16: a pain around a part is felt in it ("pain around my eye": Ocular
            # pain), where a look or a texture there is the skin's (``_mention_at``).
            mentions = [replace(m, readings=(*m.readings, *m.inner)) if m.inner else m
                        for m in mentions]
        variants = self._finding_variants(words, core, core_entry)
        sites = [m for m in mentions if m.readings]
        sides = {m.side for m in mentions if m.side}
        side = next(iter(sides)) if len(sides) == 1 else None
        # The site words name the place only: a circumstance beside it ("behind my
        # breastbone after meals") says when, and is no part of the site.
        named = tuple(sorted({*own, *said_sides, *(p for m in mentions if not m.circumstance
                                                   for p in m.positions),
                              *(p for m in landmarked for p in m.positions)}))
        site_positions = tuple(sorted({*own, *(p for m in [*mentions, *landmarked]
                                               for p in (*m.positions, *m.linkers))}))
        hit = self._where_and_when(variants, sites, side, core_entry.ids)
        if hit is not None:
            return Composition((hit,), site_positions, True, named)
        shared = _shared_readings([m.readings for m in sites]) if sites else ()
        # A position word between the finding and its site ("an ache at the top of my
        # tummy", "the upper part of my abdomen") is tried with the site first: HPO and the
        # curated phrases name a few such places (Epigastric pain: "upper abdominal pain").
        # Position words among the linkers, or inside the finding's own phrase ("pain on the
        # outer side", read as one phrase, "of my foot").
        place = self._placed(words, [*(p for m in mentions for p in m.linkers),
                                     *(p for p in range(min(positions), max(positions) + 1)
                                       if p not in inside_positions)], side)
        if place and shared:
            hit = self._find(variants, self._at(place, shared), side, core_entry.ids, bare=False)
            if hit is not None:
                return Composition((hit,), site_positions, True, named)
        hit = self._find(variants, shared, side, core_entry.ids)
        if hit is not None:
            return Composition((hit,), site_positions, True, named)
        # Two sites of the list HPO names together with one word, among others that name
        # them too ("thick skin on the palms of her hands and the soles of her feet").
        firsts = sorted({m.readings[0] for m in sites if not m.circumstance})
        for pair in self._pairs_named_together(firsts):
            hit = self._find(variants, self._sites.together[pair], side, core_entry.ids,
                             bare=False)
            if hit is not None:
                return Composition((hit,), site_positions, True, named)
        if len(sites) > 1:
            # Each site with the position first ("the backs of her hands and feet": Edema
            # of the dorsum of hands, of feet).
            # A part noun ("the backs of") is of every site listed after it; an adjective
            # ("upper arms and thighs") only of the site it stands before.
            parts = self._placed(words, [p for m in mentions for p in m.linkers
                                         if words[p] in _PART_NOUNS], side)
            each = []
            for m in sites:
                # Each site's own position with the sides said among its own linkers only: a
                # side said of another site of the list ("from the bottom of my back down
                # into my right leg") makes no quadrant of this one's height (h-sites6).
                own_place = self._placed(words, m.linkers, None) or parts
                each.append((self._find(variants, self._at(own_place, m.readings), side,
                                        core_entry.ids, bare=False) if own_place else None)
                            or self._find(variants, m.readings, side, core_entry.ids))
            # Whether each reading was said by a time ("every morning"), not a place.
            timings = [m.circumstance for m in sites]
            along = self._along_limb(words, variants, mentions, sites, core_entry.ids)
            head = None
            if (along is None and not any(each)
                    and sum(not m.circumstance for m in sites) > 1):
                head = self._head_finding(words, core, core_entry)
            if head is not None:
                # A described finding ("shooting pain") that no site names a term with, whose
                # last word is a wider finding that does ("pain"): each site with that word,
                # as one site is (``_by_head``): "a shooting pain from the bottom of my back
                # down into my leg" is Low back pain and Lower limb pain, with the
                # described finding a reading of the first (h-sites6).
                head_variants, head_ids = head
                each = [(self._find(head_variants, self._at(own_place, m.readings), side,
                                    head_ids, bare=False) if own_place else None)
                        or self._find(head_variants, m.readings, side, head_ids)
                        for m in sites
                        for own_place in (self._placed(words, m.linkers, None) or parts,)]
                along = self._along_limb(words, head_variants, mentions, sites, head_ids)
            if along is not None:
                # A path down a limb is the limb's finding, with the place it starts: the
                # calf or foot it reaches is where the limb pain ends, not a second pain
                # ("from my buttock down my leg to my calf": Buttock pain, Lower limb pain).
                # The readings and their timings are kept in step: with the parts of the
                # limb dropped, "pain that starts in my neck and goes down my arm into my
                # thumb" raised an error (h-sites4).
                hit, limb = along
                kept = [k for k in range(len(each)) if k == 0 or not any(
                    limb in r for r in sites[k].readings)]
                each = [each[k] for k in kept] + [hit]
                timings = [timings[k] for k in kept] + [False]
            found = [f for f in each if f is not None]
            timed = [f for t, f in zip(timings, each, strict=True) if f is not None and t]
            placed = [f for t, f in zip(timings, each, strict=True)
                      if f is not None and not t]
            if timed and placed and len(found) == len(each):
                # One complaint said by where and by when ("my back is stiff every
                # morning": Spinal rigidity by the place, Generalized morning stiffness by
                # the time): readings of it (an OR-group, the time's term first: HPO's
                # timed term is the more telling), never two findings that would count the
                # stiffness twice (h-triggers, issue 13).
                both = tuple(dict.fromkeys(i for f in (*timed, *placed) for i in f))
                return Composition((both,), site_positions, True, named)
            if found:
                # A site without a term of its own keeps the general finding beside the
                # others ("muscle pain in my legs after exercise": Exercise-induced myalgia
                # and Myalgia).
                general = [] if len(found) == len(each) else [entry.ids]
                unique = self._narrowest([*found, *general])
                if head is not None and len(found) == len(each):
                    unique = (tuple(dict.fromkeys((*unique[0], *entry.ids))), *unique[1:])
                return Composition(unique, site_positions, True, named)
        # A described finding ("burning pain") whose last word is a wider finding of its
        # own ("pain") may name its site through that word: "burning pain in the ball of my
        # foot" is Foot pain or the burning as read.
        places = [m.readings for m in sites if not m.circumstance]
        shared_places = _shared_readings(places) if places else ()
        if shared_places:
            positioned = self._at(place, shared_places)
            headed = self._by_head(words, core, core_entry, [*positioned, *shared_places])
            if headed is not None:
                # One complaint: the site's term and the described finding are readings of
                # it (an OR-group), never two findings that would count the pain twice.
                both = tuple(dict.fromkeys((*headed, *entry.ids)))
                return Composition((both,), site_positions, True, named)
        if not places and side == "unilateral":
            # A side said as a side with no site after it ("weakness down my right side",
            # "numb on the left side") is a side of the body: HPO names such findings so
            # ("Weakness of one side of body": Hemiparesis; h-sites7).
            body_side = self._body_side(words, mentions, variants, core_entry.ids)
            if body_side is not None:
                hit, noun = body_side
                return Composition((hit,), tuple(sorted({*site_positions, noun})), True,
                                   tuple(sorted({*named, noun})))
        if not places and not sides:
            # Only a circumstance HPO names no term with: the finding stays free to share
            # the site of the finding beside it ("my lower back is stiff and sore every
            # morning": Low back pain).
            return None
        # No narrower term: the finding as read, with its site kept.
        return Composition((entry.ids,), site_positions, False, named)

    def _opens_a_noun_phrase(self, words: Sequence[str], linkers: Sequence[int],
                             mention: SiteMention) -> bool:
        """Is the site, reached after "and" and a determiner, a word of a new noun phrase
        whose noun comes right after it ("wobbly on her feet *and the ankle* reflexes are
        gone")? It says which reflexes, no place of the finding before it (h-sites17)."""
        if len(linkers) < 2 or words[linkers[-1]] not in _DETERMINERS or words[
                linkers[-2]] not in self._coordinators:
            return False
        after = max(mention.positions) + 1
        return (after < len(words) and words[after].isalpha()
                and not self.is_site_word(words[after])
                and words[after] not in self._sites.linkers
                and words[after] not in _PREDICATE_VERBS
                and not self.is_site_phrase(tuple(words[min(mention.positions):after + 1])))

    @staticmethod
    def _at_a_point(words: Sequence[str], mention: SiteMention) -> SiteMention:
        """A site said by its point or tip ("the point of my elbow", "the bony tip of my
        elbow") is the bone there, over the joint, not the joint: its joint readings are
        left out (h-sites17: a swelling there is no Joint swelling; the bursa over the
        olecranon swells at "the point of the elbow", bursitis.yaml's summary, PMID
        21628647)."""
        if not any(words[p] in POINT_NOUNS for p in mention.linkers) or not any(
                "joint" in r.split() for r in mention.readings):
            return mention
        return replace(mention, readings=tuple(r for r in mention.readings
                                               if "joint" not in r.split()))

    def _felt(self, ids: Sequence[str]) -> bool:
        """Is any of these terms a pain (HPO's Pain or a term below it)?"""
        return self._ontology.any_under(_PAIN, ids)

    def _a_place(self, mention: SiteMention) -> bool:
        """Is the mention a place a landmark may place a finding on: a site, not a time, nor
        a tissue found all over the body ("swollen skin next to my fingernail": the skin is
        at the nail, which is the place)?"""
        return (bool(mention.readings) and not mention.circumstance
                and mention.readings not in self._tissue_readings)

    def _without_landmarks(self, words: Sequence[str], after: Sequence[SiteMention],
                           placed: bool) -> tuple[list[SiteMention], list[SiteMention]]:
        """The sites after a finding (nearest first) without the landmarks among them, and
        those landmarks: a site whose own linkers put it by the site before it ("above",
        "below", "under", "behind", "near": "pain at the back of my ankle just above the
        heel") with no word of a list among them ("in my ankle *and* below my knee" names
        two). Only after a site of the finding's own (``placed``: one before it or in its
        own words, "pain in my ankle just above the heel"; or one after it, nearer):
        "pain below my knee" alone is at the knee."""
        kept: list[SiteMention] = []
        landmarks: list[SiteMention | None] = []  # None: a site kept, which ends a landmark
        for mention in after:
            linkers = {words[p] for p in mention.linkers}
            if landmarks and landmarks[-1] is not None and not mention.linkers:
                landmarks.append(mention)  # the landmark's side and site ("under my left breast")
            elif ((placed or any(self._a_place(m) for m in kept))
                    and (mention.readings or mention.side) and not mention.circumstance
                    and linkers & _LANDMARK_WORDS and not linkers & _LIST_WORDS):
                landmarks.append(mention)
            else:
                kept.append(mention)
                landmarks.append(None)
        return kept, [m for m in landmarks if m is not None]

    def _body_side(self, words: Sequence[str], mentions: Sequence[SiteMention],
                   variants: list[list[str]], own: tuple[str, ...]
                   ) -> tuple[tuple[str, ...], int] | None:
        """The term of a finding on one side of the body, and the position of "side", when
        its side word ("right", "left", "one") stands before "side" or "sides" with no "of"
        after it ("down my right side", "on the left side", not "the left side of my
        face")."""
        for mention in mentions:
            after = max(mention.positions) + 1
            if (mention.readings or mention.side != "unilateral" or after >= len(words)
                    or words[after] not in _SIDE_NOUNS
                    or (after + 1 < len(words) and words[after + 1] == "of")):
                continue
            found = self._find(variants, _BODY_SIDE, None, own, bare=False)
            return (found, after) if found is not None else None
        return None

    def _at(self, place: Sequence[str], readings: Sequence[str]) -> list[str]:
        """The site readings with a position before each ("anterior aspect knee"); around a
        site, HPO's one word for the skin around it ("perioral")."""
        return [w for r in readings for p in place
                for w in (self._around(r) if p == "around" else (f"{p} {r}",))]

    def _around(self, reading: str) -> tuple[str, ...]:
        """HPO's words for the skin around a site reading; the reading itself when it is
        such a word already (the skin beside a part, ``_mention_at``)."""
        if reading in self._around_words:
            return (reading,)
        return self._sites.around.get(reading, ())

    def _placed(self, words: Sequence[str], linkers: Sequence[int],
                side: str | None) -> tuple[str, ...]:
        """HPO's words for the one position named among ``linkers`` ("at the front of my":
        anterior, anterior aspect), or ``()`` when they name none or several. A noun of a
        part counts only before "of" ("inside my knee" is within it); a height with one
        side names a quadrant (``QUADRANT_HEIGHTS``), which no term has."""
        said = {words[p] for p in linkers if words[p] in self._sites.positions
                and (words[p] not in _PART_NOUNS
                     or _of_after(words, p)
                     or _part_after_its_site(words, p))}
        if len(said) != 1:
            return ()
        readings = self._sites.positions[next(iter(said))]
        # The side may be said among these words too ("pain in the lower left side").
        one_side = side == "unilateral" or any(
            self._sites.sides.get((words[p],)) == "unilateral"
            and not _adverb_right(words, (p,)) for p in linkers)
        if one_side and set(readings) & QUADRANT_HEIGHTS:
            return ()
        return readings

    def _placed_inside(self, words: Sequence[str], clause: list[int], positions: list[int],
                       entry: LexiconEntry, taken: Collection[int]) -> Composition | None:
        """A finding that names its own site ("hip aches", "knee pain") after a position
        ("the outside of my hip aches", "medial knee pain"): the term HPO names with the
        finding, the position and that site (Trochanteric pain, Pain at the medial aspect of
        the knee), or ``None``. The position is read back from the finding over linker
        words only."""
        inside = [m for m in self._mentions_inside(words, positions)
                  if m.readings and not m.circumstance]
        if len(inside) != 1:
            return None
        first = min(inside[0].positions)
        linkers: list[int] = []
        for p in sorted((q for q in clause if q < first), reverse=True):
            # A position word between the finding's own words ("pain behind my knee", one
            # phrase across "behind") was set aside for it by the reader: it is its place.
            between = p > min(positions) and words[p] in self._sites.positions
            if (p in taken and p not in positions and not between
                    and not self.part_of_site(words, p)):
                break
            if (words[p] in self._sites.positions or words[p] in self._sites.linkers
                    or p in positions or self.part_of_site(words, p)):
                linkers.append(p)
                continue
            break
        place = self._placed(words, linkers, None)
        if not place:
            # The part said after the finding ("my knee hurts *at the back*", "my heel hurts
            # at the bottom"; h-sites6): "at/on the" and a part noun with no "of" after it.
            part = self._part_after(words, clause, max(positions))
            if part is not None:
                linkers = [part]
                place = self._placed(words, linkers, None)
        if not place:
            return None
        core = [p for p in positions if p not in inside[0].positions and p not in linkers]
        variants = self._finding_variants(words, list(positions), entry)
        core_entry = (self._lexicon.lookup(phrase_key(" ".join(words[p] for p in core)))
                      if core else None)
        if core_entry is not None:
            variants += self._finding_variants(words, core, core_entry)
        hit = self._find(variants, self._at(place, inside[0].readings), None, entry.ids,
                         bare=False)
        if hit is None:
            return None
        used = sorted(p for p in linkers if p not in positions)
        # From the position word on: the determiners before it are no part of the site.
        start = min((p for p in used if words[p] in self._sites.positions), default=first)
        site_positions = tuple(p for p in used if p >= start)
        named = tuple(sorted({*inside[0].positions, *site_positions}))
        return Composition((hit,), site_positions, True, named)

    def _site_said_before(self, words: Sequence[str], end: int) -> bool:
        """Does a site phrase start among the ``_PART_SITE_REACH`` words up to ``end`` (the
        last word of a finding: "my *heel* hurts")?"""
        return any(self.starts_site(words, range(len(words)), q)
                   for q in range(max(0, end - _PART_SITE_REACH), end + 1))

    @staticmethod
    def _part_after(words: Sequence[str], clause: Sequence[int], end: int) -> int | None:
        """The position of a part noun said right after a finding that ends at ``end``, over
        "at/on the" only ("my knee hurts at the back"): the part of the site the finding
        names (``_part_after_its_site``); ``None`` when there is none."""
        part = end + 3
        if part in clause and words[part] in _PART_NOUNS and _part_after_its_site(words, part):
            return part
        return None

    def _on_down_a_limb(self, words: Sequence[str], clause: list[int], positions: list[int],
                        entry: LexiconEntry, taken: Collection[int], across: Collection[int],
                        placed: Composition) -> Composition:
        """``placed``, the finding at a part of the site its own words name ("pain from the
        bottom of my back": Low back pain), with the limb it runs on down ("... down my
        leg": Lower limb pain) when a direction word leads to a site of a limb after it, as
        a path from a site said after the finding is read (``_along_limb``; h-sites6)."""
        after = self._mentions_beside(words, clause, max(positions), +1, taken, across,
                                      finding=True)
        sites = [m for m in after if m.readings and not m.circumstance]
        if not sites or not any(words[p] in _PATH_WORDS for p in sites[0].linkers):
            return placed
        limbs = [limb for limb in _LIMBS if any(limb in r for r in sites[0].readings)]
        # The finding without its own site ("back pain": pain) runs down the limb.
        inside = {p for m in self._mentions_inside(words, positions) for p in m.positions}
        core = [p for p in positions if p not in inside]
        core_entry = (self._lexicon.lookup(phrase_key(" ".join(words[p] for p in core)))
                      if core and inside else None)
        if core_entry is None or core_entry.kind != "finding":
            return placed
        variants = self._finding_variants(words, core, core_entry)
        for limb in limbs:
            hit = self._find(variants, [limb], None, core_entry.ids, bare=False)
            if hit is not None and hit not in placed.readings:
                spread = tuple(p for m in after[:after.index(sites[0]) + 1]
                               for p in (*m.linkers, *m.positions))
                return Composition((*placed.readings, hit),
                                   tuple(sorted({*placed.positions, *spread})), True,
                                   tuple(sorted({*placed.site_words, *sites[0].positions})))
        return placed

    def _along_limb(self, words: Sequence[str], variants: list[list[str]],
                    mentions: list[SiteMention], sites: list[SiteMention],
                    own: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
        """A finding that runs from one site to another down a limb ("pain shoots from my
        buttock down the back of my leg to my calf", "from my bum all the way down to my
        ankle") is in the limb: its term with the limb and the limb's reading, when a site
        past the first is a part of the limb (its readings name it: "distal lower limb")
        and a direction word joins them (a list, "my hip and my calf", is two places, no
        path); else ``None``."""
        if not any(words[p] in _PATH_WORDS for m in mentions[1:] for p in m.linkers):
            return None
        limbs = [limb for m in sites[1:] for limb in _LIMBS
                 if any(limb in r for r in m.readings)]
        for limb in dict.fromkeys(limbs):
            hit = self._find(variants, [limb], None, own, bare=False)
            if hit is not None:
                return hit, limb
        return None

    def _head_finding(self, words: Sequence[str], core: list[int], entry: LexiconEntry
                      ) -> tuple[list[list[str]], tuple[str, ...]] | None:
        """The variants and ids of the last word of a finding of several words, when that
        word alone is a finding the whole is a kind of ("burning pain": Neuralgia is a
        Pain); else ``None``."""
        if len(core) < 2:
            return None
        head = self._lexicon.lookup(stem(words[max(core)]))
        onto = self._ontology
        if head is None or head.kind != "finding" or set(head.ids) & set(entry.ids) or not any(
                a in onto and b in onto and onto.is_ancestor(onto.index(a), onto.index(b))
                for a in head.ids for b in entry.ids):
            return None
        return self._finding_variants(words, [max(core)], head), head.ids

    def _by_head(self, words: Sequence[str], core: list[int], entry: LexiconEntry,
                 readings: Sequence[str]) -> tuple[str, ...] | None:
        """The term the last word of a finding of several words names with the site
        ``readings`` (``_head_finding``); else ``None``."""
        head = self._head_finding(words, core, entry)
        if head is None:
            return None
        return self._find(head[0], readings, None, head[1], bare=False)

    def describe(self, words: Sequence[str], clause: list[int], positions: list[int],
                 readings: Sequence[str], taken: Collection[int]) -> Composition | None:
        """The term a lay descriptor at ``positions`` names with the site beside it ("big
        ears": Macrotia, named "Large ears"; "shoulder blades that stick out": Winged
        scapulae), or ``None``. ``readings`` are the descriptor's HPO wordings. The side whose
        site is nearer is tried first (after it on a tie: "big ears"); on one side, the
        readings all its sites share ("weak thighs and shoulders": proximal), then each
        site from the nearest ("the whites of his eyes look blue": sclera)."""
        # Stems as written: "absent" (the negation mark) is a descriptor's wording too.
        variants = [list(stems) for r in readings if (stems := _written_stems(r))]
        sized = any(r in _SIZE_WORDINGS for r in readings)
        sides = []
        for step in (+1, -1):
            edge = max(positions) if step > 0 else min(positions)
            if step < 0 and self._attributive(words, positions, sized):
                continue
            mentions = self._mentions_beside(words, clause, edge, step, taken,
                                             measured=sized and step > 0)
            if step < 0 and _relative_of_a_place(words, mentions, min(positions),
                                                      self.is_site_word):
                continue
            if (step < 0 and mentions
                    and self.noun_of_a_finding(words, min(mentions[-1].positions))
                    and any(words[p] in self._coordinators
                            for p in range(max(mentions[0].positions) + 1, min(positions)))):
                # "swollen feet and weak muscles": the feet are the swelling's.
                continue
            first = next((m for m in mentions if m.readings), None)
            if first is not None:
                sides.append((min(abs(p - edge) for p in first.positions), -step, mentions))
        for _, after, mentions in sorted(sides, key=lambda side: side[:2]):
            # A list of sites as the subject of the descriptor ("my ankles and fingers *are*
            # puffy"; h-reader54): said of each site, as the lexicon's phrases are
            # (``_listed_each``); the nearest site alone otherwise.
            if ((after > 0 and self._predicated(words, mentions, min(positions)))
                    or (after < 0 and _attributive_list(words, mentions, max(positions)))):
                sites = [n for n, m in enumerate(mentions) if m.readings]
                sided = {m.side for m in mentions if m.side}
                listed = self._listed_each(words, variants, mentions, sites,
                                           next(iter(sided)) if len(sided) == 1 else None)
                if listed is not None:
                    return listed
            found = self._describe_side(words, variants, mentions)
            if found is not None:
                return found
        return None

    @staticmethod
    def _predicated(words: Sequence[str], mentions: Sequence[SiteMention], start: int) -> bool:
        """Does a linking verb ("are", "feel", "look") stand between the sites before a
        descriptor and the descriptor at ``start`` ("my ankles and fingers are puffy")?"""
        named = [p for m in mentions for p in m.positions]
        return bool(named) and any(words[p] in _PREDICATE_VERBS
                                   for p in range(max(named) + 1, start))

    def skin_growth(self, words: Sequence[str], clause: list[int], positions: list[int],
                    taken: Collection[int]) -> Composition | None:
        """A lump or growth (body_sites.yaml ``skin_growths``) at a site of the skin that
        names no mass of its own ("a lump on my arm", "lumps on the backs of my hands"): a
        nodule of the skin or under it (Skin nodule | Subcutaneous nodule), with the nearest
        site beside it; ``None`` for any other descriptor or site, or without a site.
        Spots (body_sites.yaml ``skin_spots``) read the same way, as their own terms at
        their own sites ("spots on his hands and feet": Skin rash | Papule | Macule)."""
        said = tuple(words[p] for p in positions)
        if said in self._sites.spot_descriptors:
            terms, places = self._sites.spot_terms, self._sites.spot_sites
        elif said in self._sites.growth_descriptors:
            terms, places = self._sites.growth_terms, self._sites.growth_sites
        else:
            return None
        ids = tuple(i for name in terms
                    if (found := self._lexicon.lookup(phrase_key(name))) is not None
                    for i in found.ids)
        if not ids:
            return None
        sides = []
        for step in (+1, -1):
            edge = max(positions) if step > 0 else min(positions)
            mentions = self._mentions_beside(words, clause, edge, step, taken,
                                             under=step > 0)
            first = next((m for m in mentions if m.readings), None)
            if first is not None:
                sides.append((min(abs(p - edge) for p in first.positions), -step, first))
        for _, _, mention in sorted(sides, key=lambda side: side[:2]):
            if mention.circumstance or mention.readings[0] not in places:
                return None
            if (mention.readings[0] in self._sites.growth_surface_sites
                    and any(words[p] in _INSIDE_WORDS for p in mention.linkers)):
                return None  # "a lump in my nose" is inside it (h-reader60)
            linked = set(mention.linkers)
            return Composition((tuple(dict.fromkeys(ids)),),
                               tuple(sorted({*mention.positions, *linked})), True,
                               mention.positions)
        return None

    def _attributive(self, words: Sequence[str], positions: Sequence[int],
                     sized: bool = False) -> bool:
        """Does the descriptor at ``positions`` stand before a noun of its own, after an
        article ("my legs after a big meal", "his arms after a long swim")? It describes
        that noun, never a site said before it: a descriptor said of a site ("my legs are
        big") takes no article. A site word after it is still its site ("a big head").
        ``sized``: a size descriptor, which measures an area noun after it too, though that
        noun is a linker ("my nose has a small spot": the spot is small)."""
        first, last = min(positions), max(positions)
        if first == 0 or words[first - 1] not in _ARTICLES or last + 1 >= len(words):
            return False
        after = words[last + 1]
        if sized and after in _AREA_NOUNS:
            return True
        return (after.isalpha() and after not in self._sites.linkers
                and after not in self._coordinators and not self.is_site_word(after))

    def _pairs_named_together(self, firsts: Sequence[str]) -> list[tuple[str, ...]]:
        """The pairs of sites (their first readings ``firsts``, paired in the order given)
        that HPO names together with one word (``together``: the palms and soles), each as
        ``together`` keys it."""
        return [pair for a, b in combinations(dict.fromkeys(firsts), 2)
                if (pair := tuple(sorted((a, b)))) in self._sites.together]

    def describe_site(self, readings: Sequence[str],
                      site: Sequence[str]) -> tuple[str, ...] | None:
        """The term a descriptor (its HPO wordings ``readings``) names with a site given,
        not written ("he's gone yellow": the skin, Jaundice), or ``None``."""
        variants = [list(stems) for r in readings if (stems := _written_stems(r))]
        return self._find(variants, site, None, (), bare=False, sources=_DESCRIBED_SOURCES)

    def _describe_side(self, words: Sequence[str], variants: list[list[str]],
                       mentions: list[SiteMention]) -> Composition | None:
        sites = [n for n, m in enumerate(mentions) if m.readings]
        sides = {m.side for m in mentions if m.side}
        side = next(iter(sides)) if len(sides) == 1 else None
        tries: list[tuple[int, Sequence[str]]] = []
        # h-sites6: the part of a site said before it ("the back of my knee is puffy"): the
        # descriptor with the part and the site first, in HPO's words of the position
        # ("posterior knee") and in the words as said, which the lexicon's curated phrases
        # use ("swelling at the back of the knee": Popliteal synovial cyst), as a finding is
        # composed with its place (``_compose``).
        for n in sites[:1]:
            parts = [p for p in mentions[n].linkers if self.part_of_site(words, p)]
            place = self._placed(words, parts, side)
            if place:
                said = [f"{words[p]} {r}" for p in parts for r in mentions[n].readings]
                tries.append((n + 1, [*self._at(place, mentions[n].readings), *said]))
        tries += [(len(mentions), _shared_readings([mentions[n].readings for n in sites]))]
        # Sites HPO names together with one word ("the palms of her hands and soles of her
        # feet are thick": Palmoplantar hyperkeratosis, "Thick palms and soles").
        firsts = list(dict.fromkeys(mentions[n].readings[0] for n in sites))
        tries += [(len(mentions), self._sites.together[pair])
                  for pair in self._pairs_named_together(firsts)]
        tries += [(n + 1, mentions[n].readings) for n in sites]
        for count, readings in tries:
            hit = self._find(variants, readings, side, (), bare=False,
                             sources=_DESCRIBED_SOURCES)
            if hit is not None:
                # Site words further on, not joined by "and"/"or", name the same place
                # ("the coloured part of her eyes"); after "and" they are another one.
                end = count
                while end < len(mentions) and not any(
                        words[p] in self._coordinators for p in mentions[end].linkers):
                    end += 1
                used = mentions[:end]
                named = tuple(sorted(p for m in used for p in m.positions))
                linked = {p for m in used for p in m.linkers}
                return Composition((hit,), tuple(sorted({*named, *linked})), True, named)
        return None

    def _described_list(self, words: Sequence[str], core: list[int],
                        mentions: list[SiteMention], side: str | None) -> Composition | None:
        """The terms a descriptor (the words ``core``, less linkers) names with each site of
        a list (``_listed_each``), or ``None`` when the words are no descriptor."""
        said = tuple(words[p] for p in core if words[p] not in self._sites.linkers)
        readings = self._sites.descriptors.get(said)
        if not readings:
            return None
        variants = [list(stems) for r in readings if (stems := _written_stems(r))]
        sites = [n for n, m in enumerate(mentions) if m.readings]
        return self._listed_each(words, variants, mentions, sites, side)

    def _listed_each(self, words: Sequence[str], variants: list[list[str]],
                     mentions: list[SiteMention], sites: list[int],
                     side: str | None) -> Composition | None:
        """A descriptor said of a list of sites ("my ears and nose are big", read by the
        lexicon as "nose ... big"): the term of each site joined by "and"/"or", when the
        sites share no term, none is named together with another (``together``) and at least
        two have one of their own (Macrotia, Prominent nose); else ``None``. Only for a
        phrase the lexicon read: the descriptor reader keeps the nearest site's term (tried
        on every site, it cost a held-out question)."""
        places = [n for k, n in enumerate(sites) if k == 0 or any(
            words[p] in self._coordinators for p in mentions[n].linkers)]
        if len(places) < 2:
            return None
        if self._find(variants, _shared_readings([mentions[n].readings for n in sites]),
                      side, (), bare=False, sources=_DESCRIBED_SOURCES) is not None:
            return None
        if self._pairs_named_together(sorted({mentions[n].readings[0] for n in sites})):
            return None
        hits = [self._find(variants, mentions[n].readings, side, (), bare=False,
                           sources=_DESCRIBED_SOURCES) for n in places]
        found = list(dict.fromkeys(h for h in hits if h is not None))
        if len(found) < 2:
            return None
        named = tuple(sorted(p for m in mentions for p in m.positions))
        linked = {p for m in mentions for p in m.linkers}
        return Composition(tuple(found), tuple(sorted({*named, *linked})), True, named)

    def _own_site_start(self, words: Sequence[str], before: list[SiteMention],
                        first: int) -> tuple[int, ...]:
        """The positions of the nearest site words before a finding when, read on into the
        finding, they start a longer site phrase ("back" of "back tooth hurts"); else
        ``()``."""
        if not before or before[0].linkers or max(before[0].positions) + 1 != first:
            return ()
        start = min(before[0].positions)
        longer = self._mention_at(words, range(len(words)), start)
        if longer is None or first not in longer.positions or not longer.readings:
            return ()
        return before[0].positions

    def _where_and_when(self, variants: list[list[str]], sites: list[SiteMention],
                        side: str | None, own: tuple[str, ...]) -> tuple[str, ...] | None:
        """The term a site and a circumstance name together ("tummy pain that comes and
        goes": Episodic abdominal pain), or ``None``."""
        places = [m.readings for m in sites if not m.circumstance]
        whens = [m.readings for m in sites if m.circumstance]
        if not places or not whens:
            return None
        both = [f"{place} {when}" for place in _shared_readings(places)
                for when in _shared_readings(whens)]
        return self._find(variants, both, side, own, bare=False)

    def _narrowest(self, found: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
        """The terms found for several sites, less those another one implies ("weak legs
        that started in the feet": Distal lower limb muscle weakness, not also Lower limb
        muscle weakness)."""
        unique = list(dict.fromkeys(found))
        onto = self._ontology

        def implied(ids: tuple[str, ...]) -> bool:
            return any(other != ids and all(
                a in onto and b in onto and onto.is_ancestor(onto.index(a), onto.index(b))
                for a in ids for b in other) for other in unique)
        return tuple(ids for ids in unique if not implied(ids))

    def narrow(self, words: Sequence[str], positions: list[int], entry: LexiconEntry,
               readings: Sequence[str]) -> tuple[str, ...] | None:
        """The term whose name is the finding plus one of ``readings`` ("neonatal" for a
        newborn's "floppy": Neonatal hypotonia), or ``None``."""
        variants = self._finding_variants(words, positions, entry)
        return self._find(variants, [r for r in readings if r], None, entry.ids,
                          bare=False)

    # ---- finding the site words ----

    def sites_inside(self, words: Sequence[str], positions: list[int]) -> tuple[int, ...]:
        """The positions of the site words inside a finding's own phrase ("muscle pain after
        exercise": "exercise")."""
        return tuple(p for m in self._mentions_inside(words, positions) for p in m.positions)

    def body_sites_inside(self, words: Sequence[str], positions: list[int]) -> tuple[int, ...]:
        """The positions of the body sites (no circumstance: "after exercise" says when)
        inside a finding's own phrase ("tummy pain": "tummy")."""
        return tuple(p for m in self._mentions_inside(words, positions)
                     if not m.circumstance for p in m.positions)

    def sites_within(self, words: Sequence[str], positions: list[int],
                     skip: Collection[int] = ()) -> tuple[int, ...]:
        """The positions of the site phrases among these words, longest first ("big toe",
        "eye"); never a circumstance ("woke at night": "at night" says when), nor a site
        with words in ``skip`` ("swollen front of my neck", read as one phrase)."""
        found: list[int] = []
        k = 0
        while k < len(positions):
            mention = self._mention_at(words, positions, k)
            if mention is not None and mention.readings and not mention.circumstance:
                if not set(mention.positions) & set(skip):
                    found.extend(mention.positions)
                k += len(mention.positions)
            else:
                k += 1
        return tuple(found)

    def compound_sites_within(self, words: Sequence[str]) -> tuple[int, ...]:
        """The positions of the body-site phrases of two words or more anywhere among
        ``words`` ("ear canal", "big toe"), longest first: each word of one is the site's,
        never a word of something else ("canal" of "ear canal" is no canal one swam in;
        h-sites7)."""
        return tuple(p for mention in self._mentions_along(words, range(len(words)))
                     if mention.readings and not mention.circumstance
                     and len(mention.positions) > 1 for p in mention.positions)

    def _mentions_along(self, words: Sequence[str], order: Sequence[int]
                        ) -> Iterator[SiteMention]:
        """The site, side and circumstance phrases met reading ``words`` in ``order``, each
        taken whole (the next one starts after its last word; a word no phrase starts at is
        passed by)."""
        k = 0
        while k < len(order):
            mention = self._mention_at(words, order, k)
            if mention is None:
                k += 1
                continue
            yield mention
            k += len(mention.positions)

    def circumstances_within(self, words: Sequence[str]) -> tuple[int, ...]:
        """The positions of the circumstance phrases anywhere among ``words`` ("after meals",
        "when I walk", "every night"), longest first: they say when a finding happens, so
        they are neither sites nor findings, and never unrecognised words."""
        found: list[int] = []
        order = range(len(words))
        k = 0
        while k < len(words):
            mention = self._mention_at(words, order, k)
            if mention is not None and mention.circumstance:
                found.extend(mention.positions)
                k += len(mention.positions)
            else:
                k += 1
        return tuple(found)

    def _mentions_skipped(self, words: Sequence[str],
                          positions: list[int]) -> list[SiteMention]:
        """Site phrases among the words a finding's phrase stepped over ("weakness in my
        thigh muscles", read as "weakness ... muscles"; "weakness in my upper arms", read as
        "weakness ... arms", whose site is the upper arm): they name the finding's site as a
        site after it does. A site phrase that takes a word of the finding's own ("upper
        arms") is read whole; one of the finding's words alone is left to
        ``_mentions_inside``."""
        if len(positions) < 2:
            return []
        span = list(range(min(positions), max(positions) + 1))
        found: list[SiteMention] = []
        k = 0
        while k < len(span):
            mention = (self._mention_at(words, span, k)
                       if span[k] not in positions else None)
            if mention is not None and mention.readings and not mention.circumstance:
                found.append(mention)
                k += len(mention.positions)
            else:
                k += 1
        return found

    def _mentions_inside(self, words: Sequence[str], positions: list[int]) -> list[SiteMention]:
        if len(positions) < 2:
            return []
        found = [m for p in positions
                 if (m := self._mention_at(words, [p], 0)) is not None and m.readings]
        first = min(positions)
        if found and found[0].positions == (first,) and self.site_ending_at(words, first):
            # A site phrase the phrase's first word ends ("my lower back is stiff", read as
            # "back is stiff"): the whole site ("lower back"), never its last word alone.
            longer = self._mention_at(words, [first - 1, first], 0)
            if longer is not None:
                found[0] = longer
        return found

    def site_ending_at(self, words: Sequence[str], position: int) -> bool:
        """Does the word before ``position`` make one longer body site with the word at it
        ("lower" of "lower back", "upper" of "upper arm")?"""
        if position < 1:
            return False
        longer = self._mention_at(words, [position - 1, position], 0)
        return (longer is not None and bool(longer.readings) and not longer.circumstance
                and longer.positions == (position - 1, position))

    def ends_a_longer_site(self, words: Sequence[str], positions: Sequence[int]) -> bool:
        """Does a word of a phrase read across other words end a longer site phrase that
        starts among them ("a lump in the *crease of his bottom*": no "lump ... bottom",
        Hemorrhoids)? The word is then that site's, a place of its own, and the site reader
        joins the finding with the whole site (h-reader66). Not when the longer site is a
        part of the word's own ("swollen finger joints" are swollen joints)."""
        ordered = sorted(positions)
        for before, word in pairwise(ordered):
            if words[word] not in self._edges:
                continue
            alone = self._mention_at(words, [word], 0, parts=False)
            own = set(alone.readings) if alone is not None else set()
            for start in range(before + 1, word):
                if words[start] not in self._edges:
                    continue
                span = list(range(start, word + 1))
                found = self._mention_at(words, span, 0, parts=False)
                if (found is not None and found.readings and not found.circumstance
                        and found.positions == tuple(span) and not own & set(found.readings)):
                    return True
        return False

    def _of_referent(self, words: Sequence[str], clause: list[int], positions: list[int],
                     entry: LexiconEntry, taken: Collection[int]) -> Composition | None:
        """A finding said of a site named in the clause before, in the same sentence: its
        clause opens with "it" ("my big toe woke me up, it's red and swollen"). The nearest
        site before is taken, and only when HPO names a term with it (Joint swelling); the
        site's words stay with the finding they were said with. A clause that names a site
        of its own is about that site; a finding word followed by a word of its own ("it's
        red hot") is no predicate of the site alone: only a finding that ends its phrase
        ("it's swollen.") is said of what was named before. A clause with no subject
        ("..., swollen and shiny") is not read so: after a comma it is as often a new item
        of a list ("bowed legs, short height"), and reading it so lost a finding of a check
        set."""
        start, end = clause[0], max(positions) + 1
        if (words[start] in self._coordinators or words[start] in _CLAUSE_JOINS) and len(
                clause) > 1:  # ", and it's swollen", "but it doesn't hurt"
            start = clause[1]
        if words[start] not in _REFERRING or start == 0:
            return None
        if end < len(words) and words[end].isalpha() and words[end] not in self._coordinators:
            return None
        if words[start - 1] not in _CLAUSE_JOINS or self.sites_within(words, clause):
            return None
        mention = self._last_site_before(words, start - 2)
        if mention is None:
            return None
        variants = self._finding_variants(words, list(positions), entry)
        hit = self._find(variants, mention.readings, None, entry.ids)
        return Composition((hit,), (), True, ()) if hit is not None else None

    def _there(self, words: Sequence[str], positions: list[int],
               entry: LexiconEntry) -> Composition | None:
        """A finding said "there", right after its words ("an ache behind my knee with a soft
        swelling there"), is at the site named last before it in the sentence, with the
        position said before that site ("behind"): the term HPO or the curated phrases name
        with the finding there (Popliteal synovial cyst), else ``None``. "There is" opens a
        clause of its own and refers to nothing."""
        at = max(positions) + 1
        if (at >= len(words) or words[at] != "there"
                or (at + 1 < len(words) and words[at + 1] in _PREDICATE_VERBS)):
            return None
        mention = self._last_site_before(words, min(positions) - 1)
        if mention is None:
            return None
        variants = self._finding_variants(words, list(positions), entry)
        # The position and the linkers before the site ("behind my"), as said and in HPO's
        # words.
        said: list[int] = []
        for p in range(min(mention.positions) - 1, -1, -1):
            if (words[p] in self._sites.linkers or words[p] in self._sites.positions
                    or self.part_of_site(words, p)):
                said.append(p)
                continue
            break
        place = self._placed(words, said, None)
        as_said = " ".join(words[p] for p in [*sorted(said), *mention.positions]
                           if words[p] not in _DETERMINERS)
        for readings in ([*self._at(place, mention.readings), as_said] if place
                         else [as_said], mention.readings):
            hit = self._find(variants, readings, None, entry.ids, bare=False)
            if hit is not None:
                return Composition((hit,), (at,), True, (at,))
        return None

    def _last_site_before(self, words: Sequence[str], last: int) -> SiteMention | None:
        """The site named last at or before ``last`` in its sentence (a phrase saying when,
        "after exercise", skipped), when it reads as a site; ``None`` otherwise."""
        order = _back_to_sentence_start(words, last)
        for k in range(len(order)):
            mention = self._mention_at(words, order, k)
            if mention is None or mention.circumstance:
                continue
            return mention if mention.readings else None
        return None

    def _mentions_beside(self, words: Sequence[str], clause: list[int], edge: int, step: int,
                         taken: Collection[int], across: Collection[int] = (),
                         finding: bool = False, measured: bool = False,
                         under: bool = False) -> list[SiteMention]:
        """Site words next to a finding, reading away from it over linker words.
        ``finding``: the search of a finding read after it (not of a descriptor or a
        growth) steps over "under" before a determiner and a site ("a rash under my
        breasts") and over a noun of an area of skin right after the finding ("a numb
        patch on my thigh"). Never for a descriptor, which describes that noun ("small
        patches on my arms" are no small arms), nor for a growth, whose place a pain said
        with it shares ("a painful hard growth under my heel": Foot pain). ``measured``: the
        search of a size descriptor after it, which stops at a noun of an area of skin: the
        size is that spot's ("a small spot on my nose": no small nose). ``under``: the search
        of a growth after it steps over "under" as a finding's does ("a lump under my chin"
        read nothing; h-sites4), and over nothing else of a finding's."""
        order = [p for p in clause if (p > edge if step > 0 else p < edge)]
        if step < 0:
            order.reverse()
        mentions: list[SiteMention] = []
        linkers: list[int] = []
        k = 0
        while k < len(order):
            if order[k] in across:
                k += 1
                continue
            if self.part_of_site(words, order[k]):
                # Set aside before the findings are read (never a finding's word).
                linkers.append(order[k])
                k += 1
                continue
            if order[k] in taken or (measured and words[order[k]] in _AREA_NOUNS):
                break
            if step < 0 and words[order[k]] in _TIME_WORDS:
                # h-sites17: a site before "after", "since", "when" ... is the place of what
                # was said before the time clause, not of a finding in it ("a rash on my
                # legs after a sore throat": no throat pain at the legs).
                break
            if (step > 0 and words[order[k]] in _PART_NOUNS
                    and _part_after_its_site(words, order[k])
                    and (mentions or self._site_said_before(words, edge))):
                # The part of the site said before it ("my heel hurts at the *bottom*", "a
                # lump below his kneecap at the front"): a position, no site of its own (the
                # bottom as the buttocks; h-sites6).
                linkers.append(order[k])
                k += 1
                continue
            mention = self._mention_at(words, order, k)
            if mention is not None and set(mention.positions) & set(taken):
                break
            if (mention is not None and step > 0
                    and self._opens_a_noun_phrase(words, linkers, mention)):
                break
            if mention is not None:
                shared = self._sharing_head(words, linkers, mention.positions)
                if shared:
                    linkers = linkers[:-len(shared)]
                mentions.append(replace(mention, positions=(*shared, *mention.positions),
                                        linkers=tuple(linkers)))
                linkers = []
                k += len(mention.positions)
                continue
            if step > 0 and self._listed_before_shared_head(words, order, k):
                # "in my *little* and ring fingers": the little finger too (h-sites4).
                linkers.append(order[k])
                k += 1
                continue
            if step < 0 and self._listed_after_shared_head(words, mentions, linkers, order[k]):
                # "my *little and* ring fingers are numb", read back from the finding.
                mentions[-1] = replace(mentions[-1], positions=(
                    order[k], linkers[0], *mentions[-1].positions))
                linkers = []
                k += 1
                continue
            if (step > 0 and not mentions
                    and (finding or words[order[0]] in _DISCHARGE_VERBS)
                    and self._attribute_before_place(words, order, k, linkers, taken)):
                # The look of the finding between it and its place ("a rash with a raised
                # edge on my arm"): the place is still the finding's (h-sites7).
                k += 1
                continue
            if (words[order[k]] in _COME_LINKERS and (
                    order[k] + 1 >= len(words) or words[order[k] + 1] not in _COME_PARTICLES)):
                break  # h-lay20: "a sour taste comes into my mouth" arrives there
            if (words[order[k]] in _KEEP_LINKERS and (
                    order[k] + 1 >= len(words) or not words[order[k] + 1].endswith("ing"))):
                break  # "when I keep my elbow bent": holding, no repeating
            if (words[order[k]] not in self._sites.linkers
                    and words[order[k]] not in self._sites.positions
                    and not _age_number(words, order[k])
                    and not ((finding or under) and self._under_site(words, order, k))
                    and not (finding and step > 0 and k == 0
                             and words[order[k]] in _AREA_NOUNS)
                    and not (finding and step > 0
                             and self._unread_growth_ahead(words, order, k, taken))):
                break
            if (step > 0 and words[order[k]].endswith("'s")
                    and (mentions or not _PLACE_PREPOSITIONS.intersection(
                        words[p] for p in linkers))):
                # A possessive after a site read, or with no preposition before it, names
                # another person's sites ("a sore throat my 8 year old's arms and legs
                # ..."), as "pain in my 8 year old's knee" does not.
                break
            if self._starts_statement(words, order[k]) and not self._lists_site(words, order, k):
                break
            linkers.append(order[k])
            k += 1
        if step < 0 and mentions and linkers:
            # The part of the site said before it ("the back of my hand is swollen"): its
            # position goes with the site read last.
            parts = [k for k, p in enumerate(linkers) if self.part_of_site(words, p)]
            if parts:
                mentions[-1] = replace(mentions[-1], linkers=(
                    *mentions[-1].linkers, *linkers[:parts[-1] + 1]))
        return [self._at_a_point(words, m) for m in mentions]

    def _attribute_before_place(self, words: Sequence[str], order: Sequence[int], k: int,
                                linkers: Sequence[int], taken: Collection[int]) -> bool:
        """Is the word at ``order[k]`` one of a few unread words after "with" that describe
        the finding, followed by a place preposition and a site ("a rash *with a raised
        edge* on my arm", "a red patch with scaly edges in my groin")? A word read as a
        finding ("a rash with fever in ...") or a site ends the run."""
        # h-sites16: so do a verb of what comes out of it and its matter, said right after
        # the finding ("a painful swelling *oozing pus* at the top of the cleft between my
        # buttocks", "a lump *leaking fluid* on my back"): the place is the finding's.
        if not any(words[p] == "with" for p in linkers) and not (
                not linkers and words[order[0]] in _DISCHARGE_VERBS):
            return False
        for j in range(k, min(k + _ATTRIBUTE_REACH, len(order))):
            word = words[order[j]]
            if word in _PLACE_PREPOSITIONS and j > k:
                ahead = j + 1
                while ahead < len(order) and (words[order[ahead]] in _DETERMINERS
                                              or (words[order[ahead]],) in self._sites.sides
                                              or words[order[ahead]] == "of"
                                              or self.part_of_site(words, order[ahead])):
                    ahead += 1
                mention = (self._mention_at(words, order, ahead) if ahead < len(order)
                           else None)
                return (mention is not None and bool(mention.readings)
                        and not mention.circumstance and not set(mention.positions) & set(taken))
            if (order[j] in taken or not word.isalpha() or word in self._sites.linkers
                    or self._mention_at(words, order, j) is not None):
                return False
        return False

    def _unread_growth_ahead(self, words: Sequence[str], order: Sequence[int], k: int,
                             taken: Collection[int]) -> bool:
        """Is the word at ``order[k]`` part of a growth noun no finding was read from, right
        after the finding, with its describing words ("a painful *bony bump* just below his
        kneecap", "a tender *hard lump* on my shin"): within ``_GROWTH_REACH`` words of the
        finding, the growth noun ends the run and every word of it is unread? The finding is
        then said of the growth, and the growth's place is the finding's, as "a painful bump
        below his kneecap" is (h-reader66). A noun of an area of skin ends the run as a growth
        noun does ("a red *hard area* in my breast"), and a hyphenated compound counts as one
        word ("a red *wedge-shaped area*"; h-sites8)."""
        joined = 0  # tokens of compound words beyond their first ("wedge", "-", "shaped")
        for j in range(len(order)):
            if j - joined >= _GROWTH_REACH:
                return False
            if (words[order[j]] == "-" and 0 < j < len(order) - 1
                    and words[order[j - 1]].isalpha() and words[order[j + 1]].isalpha()):
                joined += 2  # the hyphen and the word after it
                continue
            if j < k or (j == k + 1 and words[order[k]] == "-"):
                continue
            if (order[j] in taken or not words[order[j]].isalpha()
                    or self._mention_at(words, order, j) is not None):
                return False
            if ((words[order[j]],) in self._sites.growth_descriptors
                    or words[order[j]] in _AREA_NOUNS):
                return True
        return False

    def _place_of_a_finding_before(self, words: Sequence[str], mention: SiteMention) -> bool:
        """Is ``mention`` led to by a place preposition from a finding word before it
        ("cramps *in my* hands", "ringing *in one* ear"), over possessives, articles and
        sides only, or is it the noun of a finding word right before it
        (``noun_of_a_finding``)?"""
        if self.noun_of_a_finding(words, min(mention.positions)):
            return True
        k = min(mention.positions) - 1
        preposition = False
        while k >= 0 and (words[k] in _PLACE_PREPOSITIONS or words[k] in _DETERMINERS
                          or (words[k],) in self._sites.sides or words[k] in ("one", "both")):
            preposition = preposition or words[k] in _PLACE_PREPOSITIONS
            k -= 1
        return (preposition and k >= 0 and words[k].isalpha()
                and self._lexicon.lookup(phrase_key(words[k])) is not None)

    def noun_of_a_finding(self, words: Sequence[str], position: int,
                          stems: Sequence[str] | None = None) -> bool:
        """Is the site or side phrase starting at ``position`` the noun of a word right
        before it that is a finding by itself, nothing between ("*swollen* feet", "*itchy*
        hands", "*swollen* left ankle")? The site is that finding's, never one more place of
        a finding said after it across "and" or a comma ("swollen feet and weak muscles" is
        no weakness of the feet, "itchy hands and weak muscles" no Hand muscle weakness,
        "swollen hands, sore joints and weak muscles" no weakness of the hands; h-raresite1).
        A determiner or another site before it is no such word. The lexicon is asked for
        the word's ``stems`` when a caller has them (its tokens' stems, as normalised), else
        for the folded word's key."""
        before = position - 1
        if (before < 0 or not words[before].isalpha() or words[before] in _DETERMINERS
                or self.is_site_word(words[before])
                or self._mention_at(words, range(len(words)), position, parts=False) is None):
            return False
        key = phrase_key(words[before]) if stems is None else stems[before]
        return self._lexicon.lookup(key) is not None

    @staticmethod
    def _placed_after(words: Sequence[str], mention: SiteMention) -> bool:
        """Is ``mention`` a place (no circumstance) led to from its finding by a
        preposition ("tingling *around* my mouth")?"""
        return (bool(mention.readings) and not mention.circumstance
                and any(words[p] in _PLACE_PREPOSITIONS for p in mention.linkers))

    def _under_site(self, words: Sequence[str], order: Sequence[int], k: int) -> bool:
        """Is the word at ``order[k]`` "under" before a determiner and a site ("a rash under
        my breasts", "a lump under the jaw")? It is then a position word like "below". Not
        "under" in general: it also starts an age or a state ("under 5", "under stress")."""
        if (words[order[k]] not in _UNDER or k + 2 >= len(order)
                or words[order[k + 1]] not in _DETERMINERS):
            return False
        ahead = k + 2
        while ahead < len(order) - 1 and (words[order[ahead]],) in self._sites.sides:
            ahead += 1
        mention = self._mention_at(words, order, ahead)
        # Under a tissue is within it, no place beside it ("twitch under the skin", "a
        # fatty lump under the skin": subcutaneous; "under my nail": subungual).
        return (mention is not None and bool(mention.readings)
                and not any((words[p],) in _TISSUE_SITES for p in mention.positions))

    def _sharing_head(self, words: Sequence[str], linkers: Sequence[int],
                      positions: Sequence[int]) -> tuple[int, ...]:
        """The words listed right before a site of two words that share its second word
        ("my *ring and* little finger": the ring finger too; "*index and* middle fingers"),
        each with its "and"/"or": part of the site named, never linkers (h-reader60)."""
        if len(positions) != 2 or not linkers or linkers[-1] + 1 != positions[0]:
            return ()
        head = words[positions[-1]]
        shared: list[int] = []
        k = len(linkers)
        while (k >= 2 and words[linkers[k - 1]] in self._coordinators
               and linkers[k - 1] - 1 == linkers[k - 2]
               and (words[linkers[k - 2]], head) in self._sites.sites):
            shared[:0] = [linkers[k - 2], linkers[k - 1]]
            k -= 2
        return tuple(shared)

    def _listed_before_shared_head(self, words: Sequence[str], order: Sequence[int],
                                   k: int) -> bool:
        """Does the word at ``order[k]`` start a list of first words that share the second
        word of the site of two words ending the list ("little and ring fingers", "middle or
        index finger"), no linker word itself ("little")? ``_sharing_head`` then takes them
        into the site."""
        j = k
        while (j + 2 < len(order) and words[order[j + 1]] in _SHARED_JOINS
               and order[j + 1] == order[j] + 1 and order[j + 2] == order[j + 1] + 1):
            j += 2
        if j == k:
            return False
        mention = self._mention_at(words, order, j)
        if mention is None or not mention.readings or len(mention.positions) != 2:
            return False
        head = words[mention.positions[1]]
        return all((words[order[i]], head) in self._sites.sites for i in range(k, j, 2))

    def _listed_after_shared_head(self, words: Sequence[str], mentions: Sequence[SiteMention],
                                  linkers: Sequence[int], position: int) -> bool:
        """Read back from a finding: is the word at ``position`` listed before the site of
        two words read last, over one "and"/"or", and shares its second word ("*little* and
        ring fingers")?"""
        if not mentions or len(linkers) != 1 or words[linkers[0]] not in _SHARED_JOINS:
            return False
        last = mentions[-1].positions
        return (len(last) == 2 and linkers[0] == position + 1 and last[0] == linkers[0] + 1
                and (words[position], words[last[1]]) in self._sites.sites)

    def _starts_statement(self, words: Sequence[str], position: int) -> bool:
        """Is this a coordinator followed by a new statement ("and her ...")?"""
        return (words[position] in self._coordinators and position + 1 < len(words)
                and words[position + 1] in self._new_clause)

    def _lists_site(self, words: Sequence[str], order: Sequence[int], k: int) -> bool:
        """Does "and my ..." at ``order[k]`` go on with a list of sites rather than start a
        statement ("to my left arm and my jaw when I ...")? Only when a site follows the
        determiner and nothing after it but a linker, a coordinator or the clause's end
        ("and my hip hurts" is a statement of its own)."""
        if k + 2 >= len(order) or order[k + 1] != order[k] + 1:
            return False
        mention = self._mention_at(words, order, k + 2)
        if mention is None or not mention.readings:
            return False
        rest = [p for p in order if p > max(mention.positions)]
        if rest and words[rest[0]] in _PREDICATE_VERBS:
            return False  # "... and my nose is watering": the site is its verb's subject
        # The subject may be a list of sites itself ("a headache and my ankles and fingers
        # are puffy"; h-reader53): past its further sites, a verb makes it a statement.
        ahead = 0
        while (ahead + 1 < len(rest) and words[rest[ahead]] in self._coordinators | {","}
               and (later := self._mention_at(words, rest, ahead + 1)) is not None
               and later.readings):
            after = [p for p in rest if p > max(later.positions)]
            if after and words[after[0]] in _PREDICATE_VERBS:
                return False
            ahead = len(rest) - len(after)
            if not after:
                break
        return (not rest or words[rest[0]] in self._sites.linkers
                or words[rest[0]] in self._coordinators or not words[rest[0]].isalpha())

    def share_readings(self, first: str, second: str) -> bool:
        """Do two one-word sites share a reading in HPO's words ("leg" and "arm": limb)?
        Then a finding said of both is the site reader's to compose ("my leg and arm are
        sore": Limb pain)."""
        return bool(set(self._sites.sites.get((first,), ()))
                    & set(self._sites.sites.get((second,), ())))

    def readings(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """HPO's words for the body site of these folded words ("knee": knee, joint), or
        ``()`` when they are no site."""
        return self._sites.sites.get(words, ())

    def measures_a_noun_after(self, words: Sequence[str], positions: Sequence[int]) -> bool:
        """Do the words join a site with a size word said after it that measures a noun of
        its own, after an article ("my nose has a small spot": the spot is small; h-reader64)?
        Then they are no finding of the site ("my nose is small" stays one)."""
        ordered = sorted(positions)
        for n, p in enumerate(ordered):
            readings = self._sites.descriptors.get((words[p],), ())
            if (n > 0 and any(r in _SIZE_WORDINGS for r in readings)
                    and any(self.is_site_word(words[q]) for q in ordered[:n])
                    and self._attributive(words, [p], sized=True)):
                return True
        return False

    def steps_over_a_patch(self, words: Sequence[str], positions: Sequence[int]) -> bool:
        """Does a phrase read a describing word with the tissue after a noun of an area of
        it and "of", which it steps over ("pale ... skin" of "pale dry patches of skin": the
        patches are pale, no pale skin, Pallor; h-sites16)? The word describes the patch,
        which the phrase leaves out."""
        ordered = sorted(positions)
        return any(words[q] in _AREA_NOUNS and words[q + 1] == "of"
                   for a, b in pairwise(ordered) for q in range(a + 1, b - 1))

    def skin_beside_at(self, words: Sequence[str], position: int) -> bool:
        """Is the word at ``position`` a part said as the place beside which a finding is,
        read as the skin beside it ("eyes" of "itching around the eyes"; ``_mention_at``)?"""
        mention = self._mention_at(words, [position], 0)
        return mention is not None and bool(mention.inner)

    def names_the_inside(self, words: Sequence[str], positions: Sequence[int],
                         ids: Sequence[str]) -> bool:
        """Does a phrase read across a part said as the place beside its finding ("eye ...
        red" of "the skin around my eye is red"; body_sites.yaml ``skin_beside``) name the
        part's own terms (Red eye), not the skin's around it (Periorbital edema, named with
        the part's ``around`` word: "puffy eyes")? A phrase that holds the word "around"
        itself ("pain around my eye") says where on its own, and is kept."""
        around: set[str] = set()
        for p in positions:
            mention = self._mention_at(words, [p], 0)
            if mention is not None and mention.inner:
                around.update(mention.readings)
        if not around or any(words[p] in _BESIDE_WORDS for p in positions):
            return False
        onto = self._ontology
        for term_id in ids:
            if term_id not in onto:
                continue
            index = onto.index(term_id)
            texts = [onto.names[index], *(text for text, _, _ in onto.synonyms(index))]
            if any(word in text.lower() for text in texts for word in around):
                return False
        return True

    def same_growth_nouns(self, word: str) -> tuple[str, ...]:
        """The other nouns of a lump (body_sites.yaml ``skin_growths``) that ``word``, one
        of them, reads as, in its number ("nodules": lumps; "bumps": lumps, nodules), in
        the order of its readings (``descriptors``); ``()`` for any other word."""
        if not self.is_skin_growth_noun(word):
            return ()
        plural = word.endswith("s")
        nouns = []
        for reading in self._sites.descriptors.get((word,), ()):
            noun = f"{reading}s" if plural else reading
            if noun != word and self.is_skin_growth_noun(noun):
                nouns.append(noun)
        return tuple(nouns)

    def is_skin_growth_noun(self, word: str) -> bool:
        """Is ``word`` a noun of a lump or bump of body_sites.yaml's ``skin_growths``?"""
        return (word,) in self._sites.growth_descriptors

    def is_site_word(self, word: str) -> bool:
        """Is the folded word a body site of one word ("nose", "eyes", "penis")?"""
        return (word,) in self._sites.sites

    def is_site_phrase(self, words: tuple[str, ...]) -> bool:
        """Are the folded words one body site ("big toe", "lower back")?"""
        return words in self._sites.sites

    def part_of_site(self, words: Sequence[str], position: int) -> bool:
        """Is the word the noun of a part of the site named after "of" ("the back of my
        knee"), and no longer site phrase of its own ("the front of the neck")? The head of
        a bone ("the metatarsal heads", "the head of the femur") is such a part too, and so
        is the "hand" of "the right-hand side" (with its hyphen), which says which side
        (``_hand_of_a_side``)."""
        if words[position] in _HEAD_NOUNS:
            return _head_of_bone(words, position)
        if _hand_of_a_side(words, position) or (words[position] == "-" and any(
                0 <= q < len(words) and _hand_of_a_side(words, q)
                for q in (position - 1, position + 1))):
            return True
        if (words[position] in _PART_DESCRIBERS and position + 1 < len(words)
                and (words[position + 1] in _PART_NOUNS or words[position + 1] in _PART_FILLERS)
                and self.part_of_site(words, position + 1)):
            # h-sites17: a word describing the part before its noun ("the *bony* tip of my
            # elbow", "the *outer* edge of my foot") is part of its phrase.
            return True
        if words[position] in _PART_FILLERS:
            # The noun of a part after a position word, before "of" ("the bottom bit of my
            # back"): part of that position's phrase.
            before = position - 1
            if before >= 1 and words[before] in _SIDE_WORDS:
                before -= 1
            return (before >= 0 and words[before] in self._sites.positions
                    and position + 1 < len(words) and words[position + 1] == "of")
        if words[position] not in _PART_NOUNS:
            return False
        # A side may stand between the part and "of": "the bottom right of my tummy" is a
        # quadrant of the tummy, not the bottom (buttocks) on the right.
        if not _of_after(words, position, sides=True):
            return False
        if words[position] in _CENTRE_NOUNS and not self._site_after_of(words, position):
            # h-lay20: the middle of something that is no body part says where in it ("a
            # blurry patch in the middle of my vision" is central, "the middle of the night"
            # is when): no part of a site.
            return False
        mention = self._mention_at(words, range(len(words)), position, parts=False)
        return mention is None or len(mention.positions) == 1

    def _site_after_of(self, words: Sequence[str], position: int) -> bool:
        """Is a body site named after the "of" that follows the part noun at ``position``
        ("the middle of *my chest*"), past determiners?"""
        after = words.index("of", position) + 1 if "of" in words[position:] else len(words)
        while after < len(words) and words[after] in _DETERMINERS:
            after += 1
        mention = (self._mention_at(words, range(after, len(words)), 0, parts=False)
                   if after < len(words) else None)
        return mention is not None and bool(mention.readings) and not mention.circumstance

    def leaves_a_placed_site(self, words: Sequence[str], positions: Sequence[int]) -> bool:
        """Does a phrase at ``positions`` take the site word of a part said outside it ("the
        bottom of my *back*") and run on from it by a direction word ("down", "into", "to")
        inside it? Then it is a path from that part of the site to another ("pain from the
        bottom of my back down my leg"), whose two places the site reader reads each with
        the finding (Low back pain, Lower limb pain), not one phrase whose words only
        happen to be there ("pain down the back of my leg": Sciatica, with the low back
        lost; h-sites6). The order-free key cannot tell the two apart."""
        ordered = sorted(positions)
        for k, p in enumerate(ordered):
            if not any(words[q] in _PATH_WORDS for q in ordered[k + 1:]):
                return False
            q = p - 1
            while q >= 0 and (words[q] in _POSSESSIVES or words[q] in _ARTICLES
                              or words[q] in _SIDE_WORDS):
                q -= 1
            if q < 1 or words[q] != "of" or q - 1 in ordered:
                continue
            if self.part_of_site(words, q - 1):  # "the bottom (bit) of my back"
                return True
        return False

    def side_of_site(self, words: Sequence[str], position: int) -> bool:
        """Is the word "side" said of the site named after "of" ("one side of my chest",
        "the left side of my tummy"), and no longer site phrase of its own ("the side of my
        back" is the flank)? Then it says which side of that site, as a side word does: it is
        no flank ("side pain"), which is the side of the body or the back."""
        if words[position] not in _SIDE_NOUNS or position + 1 >= len(words) or \
                words[position + 1] != "of":
            return False
        mention = self._mention_at(words, range(len(words)), position, parts=False)
        if mention is not None and len(mention.positions) > 1:
            return False
        k = position + 2
        while k < len(words) and k <= position + 2 + _SIDE_OF_REACH and \
                words[k] in self._sites.linkers and not self.starts_site(words,
                                                                         range(len(words)), k):
            k += 1
        return k < len(words) and self.starts_site(words, range(len(words)), k)

    def cuts_site(self, words: Sequence[str], positions: Sequence[int]) -> bool:
        """Does a phrase at ``positions`` end inside a longer site phrase ("swollen finger"
        in "swollen finger joints", whose site is the finger joints) while its words before
        that site are a finding of their own ("swollen")? The site is then read whole, with
        that finding beside it; a phrase whose other words say nothing alone ("a bump on
        my finger joint") keeps its reading."""
        last = max(positions)
        for p in positions:
            mention = self._mention_at(words, range(len(words)), p)
            if mention is not None and mention.readings and max(mention.positions) > last:
                rest = [words[q] for q in positions if q < p]
                return bool(rest) and self._lexicon.lookup(phrase_key(" ".join(rest))) is not None
        return False

    def splits_site(self, words: Sequence[str], positions: Sequence[int]) -> bool:
        """Does a phrase read across its words take the first word of a site of several
        words and pass over the rest of it ("a swelling near the top of my *bottom* crack that
        *keeps leaking*" read as "bottom keeps leaking": Bowel incontinence)? That word is
        the longer site's, which names another place (the cleft between the buttocks), and the
        phrase is no reading of it (h-sites10)."""
        held = set(positions)
        last = max(positions)
        for p in positions:
            mention = self._mention_at(words, range(len(words)), p)
            if (mention is not None and mention.readings and len(mention.positions) > 1
                    and any(q not in held and q < last and words[q] not in self._sites.linkers
                            and words[q] not in _LIST_WORDS for q in mention.positions)):
                return True
        return False

    def starts_site(self, words: Sequence[str], order: Sequence[int], k: int) -> bool:
        """Does a site phrase start at ``order[k]`` ("big toe", "little finger")?"""
        mention = self._mention_at(words, order, k)
        return mention is not None and bool(mention.readings)

    def _mention_at(self, words: Sequence[str], order: Sequence[int],
                    k: int, parts: bool = True) -> SiteMention | None:
        """The longest site or side phrase starting at ``order[k]`` (reading in ``order``);
        ``parts``: never a part noun before "of" (``part_of_site``)."""
        if words[order[k]] not in self._edges or (parts and self.part_of_site(words, order[k])):
            return None
        for n in range(min(self._longest, len(order) - k), 0, -1):
            span = list(order[k:k + n])
            if any(abs(b - a) != 1 for a, b in pairwise(span)):
                continue
            phrase = tuple(words[p] for p in sorted(span))
            if phrase not in self._sites.sites and n > 2:
                phrase = _with_the(phrase)
            if phrase in self._sites.sites:
                readings = inner = self._sites.sites[phrase]
                if (readings and readings[0] in self._sites.skin_beside
                        and _beside_before(words, min(span))):
                    # h-sites16: around or next to a part whose terms are of its inside,
                    # the skin beside it ("white patches of skin around my mouth": no Oral
                    # leukoplakia), read with HPO's word for that skin (perioral).
                    readings = self._sites.around.get(readings[0], ())
                return SiteMention(tuple(sorted(span)), readings, None,
                                   circumstance=phrase in self._sites.circumstances,
                                   inner=inner if readings != inner else ())
            if phrase in self._sites.sides:
                # The adverb "right" says no side, but is passed over as the side was
                # ("a bump right on the front of my kneecap").
                return SiteMention(tuple(sorted(span)), (), None if _adverb_right(
                    words, span) else self._sites.sides[phrase])
        return None

    # ---- finding the term ----

    def _finding_variants(self, words: Sequence[str], core: list[int],
                          entry: LexiconEntry) -> list[list[str]]:
        """The finding's words as written, then the names and exact synonyms of the terms it
        means, as stems."""
        variants = [[stem(words[p]) for p in core]]
        # A phrase whose verb links it to a site ("going blue", "turning red") meets the
        # site without its verb: "my fingers go blue" is "blue fingers" (Acrocyanosis), not
        # the general "going blue" (Cyanosis) with the fingers kept beside it.
        unlinked = [stem(words[p]) for p in core if words[p] not in self._sites.linkers]
        if unlinked and len(unlinked) < len(core):
            variants.append(unlinked)
        onto = self._ontology
        for term_id in entry.ids:
            if term_id not in onto:
                continue
            index = onto.index(term_id)
            texts = [onto.names[index]] + [text for text, scope, kind in onto.synonyms(index)
                                           if scope in _COMPOSABLE_SCOPES
                                           and kind != "abbreviation"]
            variants.extend(phrase_key(text).split() for text in texts)
        return [v for v in variants if v]

    def _find(self, variants: list[list[str]], readings: Sequence[str], side: str | None,
              own: tuple[str, ...], bare: bool = True,
              sources: Collection[str] | None = None) -> tuple[str, ...] | None:
        """The first term whose key is a variant plus a reading (and the side), specific
        first; never the finding's own terms. ``bare``: also try the side alone. ``sources``:
        only phrases of these lexicon sources count."""
        sides = [side, None] if side else [None]
        for reading in [*readings, *([""] if bare else [])]:
            extra = list(_key_words(reading)) if reading else []
            for with_side in sides:
                if not extra and with_side is None:
                    continue
                more = [*extra, *([stem(with_side)] if with_side else [])]
                # h-negor1: a name or synonym of a reading that holds the site's words already
                # ("abdominal cramps" of the Muscle spasm | Abdominal cramps of "cramping",
                # said low in the tummy) picks that reading by its site, but only when the
                # wordings that hold the site name one thing: "my eye ... doesn't hurt" has
                # the "eye pain" of Ocular pain and the "pink eye" of Conjunctivitis, and
                # took Conjunctival hyperemia | Conjunctivitis, no pain of the eye.
                held = {self._lexicon.lookup(" ".join(sorted(set(v)))) for v in variants
                        if own and set(more) <= set(v)}
                for variant in variants:
                    if len(held) > 1 and set(more) <= set(variant):
                        continue
                    key = " ".join(sorted({*variant, *more}))
                    found = self._lexicon.lookup(key)
                    # Only a narrower reading: never the finding's own terms, nor its own
                    # terms with alternatives added.
                    # ("Prolonged neonatal jaundice" answers to "neonatal jaundice" only as
                    # a phrase of its own, never as a narrower reading: "unmodified".)
                    # An extent alone ("all over": generalized) picking one term of the
                    # finding's own OR-group says no more than the group: HPO names some
                    # terms with an extent synonym ("Blistering, generalized" is Abnormal
                    # blistering of the skin), which would drop the group's other readings.
                    if (found is not None and found.kind == "finding"
                            and found.source != "unmodified"
                            and (sources is None or found.source in sources)
                            and not (own and set(own) <= set(found.ids))
                            and not (own and not extra and set(found.ids) <= set(own))):
                        return found.ids
        return None


# The units of an age ("my 7 year old son's left ear"): a number before one is part of the
# person's words between a finding and its site.
_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


# h-sites16: words that put a finding beside a part, not on or in it ("around my mouth",
# "near his eyes", "next to my eye"), and the words that may stand between them and the
# part ("around my son's eyes", "near both eyes").
_BESIDE_WORDS = frozenset({"around", "round", "near", "beside"})
_BESIDE_PAIRS = frozenset({("next", "to"), ("close", "to")})
_WHOSE_WORDS = _POSSESSIVES | _ARTICLES | _SIDE_WORDS | {"both", "each", "either", "one"}


def _beside_before(words: Sequence[str], position: int) -> bool:
    """Is the site starting at ``position`` said beside a part ("around", "near", "next to"
    before it, over determiners, sides and possessives: "around my son's left eye")?"""
    p = position - 1
    while p >= 0 and (words[p] in _WHOSE_WORDS or words[p].endswith("'s")):
        p -= 1
    if p < 0:
        return False
    return words[p] in _BESIDE_WORDS or (p > 0 and (words[p - 1], words[p]) in _BESIDE_PAIRS)


def _age_number(words: Sequence[str], position: int) -> bool:
    """Is the word the number of an age ("7" in "my 7 year old son's ear")?"""
    return (words[position].isdigit() and position + 1 < len(words)
            and words[position + 1] in _AGE_UNITS)


# "Right" as an adverb of place before a preposition ("pain *right at* the top of my
# tummy", "right under my ribs"): exactly there, no side. A side's "right" follows a
# determiner or a preposition ("on the right in my chest", "my right under-arm").
_RIGHT_ADVERB_BEFORE = frozenset({"at", "in", "on", "under", "over", "above", "below",
                                  "behind", "by", "next", "near", "between", "across",
                                  "through", "around", "round", "inside", "beneath"})
_SIDE_LEADS = frozenset({"the", "my", "his", "her", "their", "your", "our", "on", "to",
                         "at", "in", "of", "both", "a", "left", "and", "or"})


def _adverb_right(words: Sequence[str], span: Sequence[int]) -> bool:
    """Is the side word at ``span`` the adverb "right" ("pain right at the top of my
    tummy"): "right" alone, before a preposition, after no determiner or preposition
    (h-sites10: read as the right side, it made a quadrant of "the top of my tummy" that HPO
    has no term for, and Epigastric pain was lost)?"""
    if len(span) != 1 or words[span[0]] != "right":
        return False
    p = span[0]
    return (p + 1 < len(words) and words[p + 1] in _RIGHT_ADVERB_BEFORE
            and (p == 0 or words[p - 1] not in _SIDE_LEADS))


def side_of(mentions: Sequence[SiteMention]) -> str | None:
    """The one side the mentions say ("both"), or ``None`` when they say none or several."""
    sides = {m.side for m in mentions if m.side}
    return next(iter(sides)) if len(sides) == 1 else None


def narrower(onto: Ontology, found: Sequence[str], ids: Sequence[str]) -> bool:
    """Is every term of ``found`` one of ``ids`` or below one, and not all of them ``ids``
    own (a narrower reading, never a wider or a sideways one)?"""
    if set(found) <= set(ids):
        return False
    return all(any(a in onto and b in onto and onto.is_ancestor(onto.index(a), onto.index(b))
                   for a in ids) for b in found)


@lru_cache(maxsize=4096)
def _key_words(text: str) -> tuple[str, ...]:
    """The stems of an HPO wording's key (curated wordings: few, read again and again)."""
    return tuple(phrase_key(text).split())


@lru_cache(maxsize=4096)
def _place_words(name: str) -> tuple[str, ...]:
    """The stems of an HPO name that may name a place: a word after a possessive names an
    image, not a part of the person ("Bull's eye rash" is a ringed rash anywhere on the
    skin, "doll's eye reflex" a reflex)."""
    words = name.split()
    kept = [w for k, w in enumerate(words) if k == 0 or not words[k - 1].endswith("'s")]
    return _key_words(" ".join(kept))


@lru_cache(maxsize=4096)
def _written_stems(text: str) -> tuple[str, ...]:
    """The stems of a wording as written, negation marks included ("absent")."""
    return tuple(content_stems(tokenize(text)))


def _with_the(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """A site phrase with its possessives inside made "the" ("below my knees" is written
    "below the knees" in body_sites.yaml); the first and last words are kept."""
    inner = tuple("the" if w in _POSSESSIVES else w for w in phrase[1:-1])
    return (phrase[0], *inner, phrase[-1])


def _shared_readings(readings: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The readings every site allows, in the order of the first."""
    first, *others = readings
    return tuple(r for r in first if all(r in other for other in others))


def _back_to_sentence_start(words: Sequence[str], last: int) -> list[int]:
    """The positions from ``last`` back to the start of its sentence, nearest first."""
    order: list[int] = []
    for p in range(last, -1, -1):
        if words[p] in _SENTENCE_ENDS:
            break
        order.append(p)
    return order
