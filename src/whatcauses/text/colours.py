"""Colour changes of a body part ("my fingers go white", "her lips went blue", "yellow eyes")
and weather triggers ("in the cold", "when it's hot") that say when a finding happens.

People describe a change of colour with a body part, a change verb in any form and a colour
word: "my toes turn white", "his lips went blue", "my feet go purple when I stand", "the whites
of my eyes have gone yellow", or with the colour before the part ("blue lips", "white
fingers"), or after it across a place word ("blue around the lips"). HPO names these by what
they are, not by colour and site: Raynaud phenomenon, Cyanosis, Acrocyanosis, Jaundice,
Conjunctival icterus, Pallor, Erythema, Gangrene. The small table below maps (colour, site)
to the HPO term; a pair it does not list is left to the reader's other steps ("red eyes",
"white patches on the tongue", "blue whites of the eyes" keep their own lexicon phrases).

Raynaud phenomenon is an episodic colour change of the fingers or toes brought on by cold or
stress: the digits go white, then often blue, then red as blood returns (ESVM guidelines: the
diagnosis and management of Raynaud's phenomenon, Belch et al., Vasa 2017;46:413-423,
doi:10.1024/0301-1526/a000661). So white fingers, toes, hands or feet read
as Raynaud phenomenon, and a sequence of colours ("white then blue then red") is read once.
Pale or blue digits read so only with a cold trigger in the sentence or after a white phase;
otherwise pale is Pallor and blue is Acrocyanosis (HPO: persistent blue colour of hands or
feet).

A weather phrase ("in the cold", "in cold weather", "when it's cold", "in the heat", "on hot
days") after a finding says when it happens; "cold" in it is no Coldness (HP:0033850, a cool
skin temperature). "I feel cold", "cold hands" and "always cold" are no such phrase.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whatcauses.text.normalize import SENTENCE_ENDS

# HPO ids (hp.obo 2025-01-16; tests/test_text_colours.py checks each is a current term).
RAYNAUD = "HP:0030880"  # Raynaud phenomenon
ACROCYANOSIS = "HP:0001063"  # Acrocyanosis: "Persistent blue color of hands or feet"
CYANOSIS = "HP:0000961"  # Cyanosis
CIRCUMORAL_CYANOSIS = "HP:0032556"  # Circumoral cyanosis: blue skin "that surrounds the mouth"
PALLOR = "HP:0000980"  # Pallor
JAUNDICE = "HP:0000952"  # Jaundice
CONJUNCTIVAL_ICTERUS = "HP:0032106"  # Conjunctival icterus: "Yellow sclera", "Scleral icterus"
ERYTHEMA = "HP:0010783"  # Erythema: "Redness of skin or mucous membrane"
FACIAL_ERYTHEMA = "HP:0001041"  # Facial erythema: "Red face"
GANGRENE = "HP:0100758"  # Gangrene
YELLOW_NAILS = "HP:0011367"  # Yellow nails
LEUKONYCHIA = "HP:0001820"  # Leukonychia (white nails)
CUTIS_MARMORATA = "HP:0000965"  # Cutis marmorata: reticular bluish mottling of the skin
MOTTLED_PIGMENTATION = "HP:0001070"  # Mottled pigmentation: "Mottled skin coloring"
LIVEDO_RETICULARIS = "HP:0033505"  # Livedo reticularis
HYPOPIGMENTED_GENITALIA = "HP:0030259"  # Hypopigmented genitalia
HYPOPIGMENTED_PATCHES = "HP:0001053"  # Hypopigmented skin patches
# Hyperpigmentation of the skin: "A darkening of the skin related to an increase in melanin
# production and deposition" (h-sites7: "the skin around my ankles has gone brown").
HYPERPIGMENTATION = "HP:0000953"
BRONZE_SKIN = "HP:0007574"  # Generalized bronze hyperpigmentation: layperson "Bronze skin"

# Colour words -> the colour they name. Shades ("bright", "dark", "deep") are degree words.
COLOURS: dict[str, str] = {
    "white": "white", "whitish": "white", "whiter": "white",
    "pale": "pale", "paler": "pale", "pallid": "pale", "ashen": "pale", "pasty": "pale",
    "blue": "blue", "bluish": "blue", "blueish": "blue", "bluey": "blue", "dusky": "blue",
    "purple": "purple", "purplish": "purple", "purpley": "purple", "violet": "purple",
    "grey": "grey", "gray": "grey", "greyish": "grey", "grayish": "grey",
    "yellow": "yellow", "yellowish": "yellow", "yellowy": "yellow",
    "red": "red", "reddish": "red", "redder": "red",
    # h-sites17: the clinician's word for red skin ("tender erythematous nodules").
    "erythematous": "red",
    "black": "black", "blackish": "black",
    "mottled": "mottled", "blotchy": "mottled", "marbled": "mottled",
    "brown": "brown", "brownish": "brown",
    # h-layvocab: a bronze skin is hp.obo's layperson "Bronze skin" (Generalized bronze
    # hyperpigmentation), said as any colour of the skin ("his skin has turned a greyish bronze
    # colour").
    "bronze": "bronze",
}
# h-layvocab (issue 14): a tint word right before another colour names a shade of that
# colour, not a colour of its own ("a greyish bronze colour" is bronze, "reddish brown"
# brown, "bluish grey" grey): only the last colour, the head, is read (general English: the
# "-ish" and "-y" forms say "somewhat" of a colour). HPO names such shades by the head or as
# one compound ("Red-brown urine", "Silver-gray hair"), which the lexicon meets by its keys.
_TINTS = frozenset(word for word in COLOURS if word.endswith("ish")) | {
    "bluey", "yellowy", "purpley"}
# Colour words a tint may qualify: the table's and the colours HPO names by themselves.
_HEAD_COLOURS = frozenset(COLOURS) | {"bronze", "silver", "orange", "pink", "green", "tan"}
# Nouns of a colour change, read as the colour before a place word ("yellowing of the
# skin", "blueness around the lips").
_COLOUR_NOUNS: dict[str, str] = {
    "yellowing": "yellow", "blueness": "blue", "paleness": "pale", "whiteness": "white",
    "whitening": "white", "redness": "red", "blackening": "black", "mottling": "mottled",
}

# Body-site words -> the kind of site the table knows.
SITES: dict[str, str] = {
    **dict.fromkeys(("finger", "fingers", "fingertip", "fingertips", "thumb", "thumbs",
                     "toe", "toes", "digits"), "digits"),
    **dict.fromkeys(("hand", "hands", "foot", "feet"), "extremities"),
    **dict.fromkeys(("lip", "lips", "mouth", "tongue"), "lips"),
    **dict.fromkeys(("face", "cheeks", "cheek"), "face"),
    **dict.fromkeys(("skin", "body", "complexion"), "skin"),
    **dict.fromkeys(("eye", "eyes", "whites"), "eyes"),
    **dict.fromkeys(("nail", "nails", "fingernail", "fingernails", "toenail", "toenails"),
                    "nails"),
    # The skin of the genitals: gone white is a loss of pigment there, never pallor.
    **dict.fromkeys(("vulva", "vulvas", "labia", "foreskin", "penis"), "genitals"),
    **dict.fromkeys(("leg", "legs", "arm", "arms", "shin", "shins", "calf", "calves", "ankle",
                     "ankles", "knee", "knees", "thigh", "thighs", "chest", "neck", "wrist",
                     "wrists", "elbow", "elbows"), "limbs"),
}
_ACRAL = frozenset({"digits", "extremities"})
# The skin around the lips or the mouth ("blue around the lips", "blue round his mouth"): a
# site kind of its own where the table has one, else the lips'.
AROUND_LIPS = "around lips"
_AROUND = frozenset({"around", "round"})
_MOTTLED = (CUTIS_MARMORATA, MOTTLED_PIGMENTATION, LIVEDO_RETICULARIS)

# (colour, site kind) -> the HPO term, or an OR-group of terms the words may mean. Pairs not
# listed are no reading here. Grey skin is pale or cyanotic; blue nails are cyanosis of the
# nail beds, at the extremities.
TABLE: dict[tuple[str, str], tuple[str, ...]] = {
    **{(c, s): (RAYNAUD,) for c in ("white", "change") for s in _ACRAL},
    **{(c, s): (PALLOR,) for c in ("pale",) for s in _ACRAL},
    **{(c, s): (ACROCYANOSIS,) for c in ("blue", "purple", "grey") for s in _ACRAL},
    **{("black", s): (GANGRENE,) for s in _ACRAL},
    **{("red", s): (ERYTHEMA,) for s in _ACRAL},
    **{("mottled", s): _MOTTLED for s in _ACRAL},
    **{(c, "lips"): (CYANOSIS,) for c in ("blue", "purple", "grey")},
    # Blue *around* the lips or mouth is the skin that surrounds the mouth (read_colours).
    **{(c, AROUND_LIPS): (CIRCUMORAL_CYANOSIS,) for c in ("blue", "purple", "grey")},
    **{(c, "lips"): (PALLOR,) for c in ("pale", "white")},
    **{(c, "face"): (PALLOR,) for c in ("pale", "white")},
    ("grey", "face"): (PALLOR, CYANOSIS),
    **{(c, "face"): (CYANOSIS,) for c in ("blue", "purple")},
    ("yellow", "face"): (JAUNDICE,),
    ("red", "face"): (FACIAL_ERYTHEMA,),
    ("mottled", "face"): _MOTTLED,
    **{(c, "skin"): (PALLOR,) for c in ("pale", "white")},
    ("grey", "skin"): (PALLOR, CYANOSIS),
    ("blue", "skin"): (CYANOSIS,),
    ("yellow", "skin"): (JAUNDICE,),
    ("red", "skin"): (ERYTHEMA,),
    ("mottled", "skin"): _MOTTLED,
    ("yellow", "eyes"): (CONJUNCTIVAL_ICTERUS, JAUNDICE),
    ("yellow", "nails"): (YELLOW_NAILS,),
    ("white", "nails"): (LEUKONYCHIA,),
    **{(c, "nails"): (ACROCYANOSIS, CYANOSIS) for c in ("blue", "purple")},
    **{(c, "genitals"): (HYPOPIGMENTED_GENITALIA, HYPOPIGMENTED_PATCHES)
       for c in ("white", "pale")},
    ("red", "limbs"): (ERYTHEMA,),
    # Skin gone brown is skin darkened by pigment, wherever it is (h-sites7).
    **{("brown", s): (HYPERPIGMENTATION,) for s in ("skin", "limbs", "extremities", "face")},
    ("bronze", "skin"): (BRONZE_SKIN,),
    ("mottled", "limbs"): _MOTTLED,
}

# Change verbs in any form, and the words that may stand between a site and its verb or
# between the verb and the colour ("have gone", "can turn", "often look", "go very").
_VERBS = frozenset({
    "turn", "turns", "turned", "turning", "go", "goes", "went", "going", "gone", "become",
    "becomes", "became", "becoming", "get", "gets", "got", "getting", "gotten", "is", "are",
    "was", "were", "been", "look", "looks", "looked", "looking", "appear", "appears",
    "appeared", "seem", "seems", "seemed", "change", "changes", "changed", "changing", "stay",
    "stays", "stayed", "'re", "'s"})
_AUXILIARIES = frozenset({
    "have", "has", "had", "'ve", "can", "could", "will", "would", "may", "might", "keep",
    "keeps", "kept", "do", "does", "did", "don't", "doesn't", "didn't", "never", "not",
    "won't", "sometimes", "often", "always", "usually", "also", "easily", "suddenly", "all",
    "both", "then", "just", "still", "start", "starts", "started", "begin", "begins",
    "began", "tend", "tends", "to", "'ll"})
_DEGREES = frozenset({
    "very", "really", "quite", "slightly", "completely", "totally", "bright", "deep", "dark",
    "light", "a", "bit", "little", "kind", "sort", "of", "almost", "so", "too", "more",
    "colour", "color", "to", "an", "odd", "strange", "weird", "sometimes", "even"})
# Between two colours of a sequence ("white, then blue, then red", "pale and blue").
_SEQUENCE = frozenset({",", "and", "or", "then", "to", "before", "after", "finally",
                       "eventually", "later", "/", "-", "turn", "turns", "turning", "go", "goes",
                       "going", "went", "turned", "become", "becomes", "became", "&"})
# Between a site and the verb, and before a site ("my", "the whites of her eyes").
_OWNERS = frozenset({"my", "his", "her", "their", "your", "our", "the", "both", "of", "on",
                     "and", "or", "&", "baby's", "child's", "son's", "daughter's",
                     # a part of the site ("the tips of my fingers")
                     "tips", "tip", "ends", "end"})
# The words that may open a subject before its site ("the tips of my"), not "and".
_DETERMINERS_OF_SITE = _OWNERS - {"and", "or", "&"}
# "change colour" is a colour change with no colour named ("my fingers change colour").
_COLOUR_NAMES = frozenset({"colour", "color", "colours", "colors"})
_CHANGES = frozenset({"change", "changes", "changed", "changing"})
# Describing words that may stand between a colour and its site ("red, itchy, swollen toes",
# "pale, cold hands"), besides words with an adjective ending.
_DESCRIBING = frozenset({"cold", "hot", "warm", "numb", "sore", "stiff", "tender", "dry",
                         "painful", "swollen", "itchy", "cracked", "shiny", "tight"})
_ADJECTIVE_ENDINGS = ("y", "ed", "en", "ful")
# Colours whose word alone is a finding of the lexicon (Erythema, Pallor): in a series of
# describing words they are left to it, as the other words of the series are.
_LONE_FINDINGS = frozenset({"red", "pale"})
# A colour before a place word and its site ("blue around the lips", "white in the face").
_PLACES = frozenset({"around", "round", "in", "on", "at", "of", "across", "over"})
# A change verb opens a colour with no subject ("she goes blue around the lips"); such a
# colour needs a place word and its site.
_MAX_SUBJECT_GAP = 4  # words between a site and its verb ("fingers have often gone")

# Weather words of a trigger phrase.
_WEATHER_NOUNS = frozenset({
    "weather", "climate", "winter", "winters", "summer", "summers", "heat", "cold", "heatwave",
    "wintertime", "summertime"})
# Nouns that are weather only after a weather adjective ("cold water", "on hot days").
_AFTER_ADJECTIVE = frozenset({"days", "day", "temperatures", "temperature", "water", "air",
                              "wind", "winds", "months", "mornings", "nights", "showers",
                              "rooms", "room"})
_WEATHER_ADJECTIVES = frozenset({"cold", "hot", "warm", "freezing", "chilly", "cool", "damp",
                                 "humid", "wet", "icy", "frosty", "windy"})
_WEATHER_PREPOSITIONS = frozenset({"in", "during", "with", "from", "by", "on", "every",
                                   "each", "through"})
_DETERMINERS = frozenset({"the", "a", "this", "these", "those", "very", "really", "cold",
                          "hot"})
_HOW = frozenset({"worse", "better", "only", "especially", "mostly", "mainly", "more"})
_WHEN = frozenset({"when", "whenever", "if", "once"})
_IT = frozenset({"it's", "its", "it", "it’s", "weather", "the", "is", "gets", "get", "getting",
                 "turns", "goes", "very", "really", "too", "bit", "a", "little", "so", "'s"})
# Words that make a cold phrase a trigger of Raynaud phenomenon when they are in its sentence.
_COLD = frozenset({"cold", "winter", "winters", "wintertime", "freezing", "chilly", "icy",
                   "frosty", "fridge", "freezer", "frozen"})


@dataclass(frozen=True, slots=True)
class ColourHit:
    """A colour change of a body part, read as one finding."""

    positions: tuple[int, ...]  # the colour, verb, site and linker words
    site_words: tuple[int, ...]  # the site words alone
    ids: tuple[str, ...]  # the term, or an OR-group of terms
    colours: tuple[str, ...]  # the colours read, in order ("white", "blue", "red")


def read_colours(words: Sequence[str], clause: Sequence[int],
                 taken: Collection[int]) -> list[ColourHit]:
    """The colour changes of body parts that start in ``clause`` (``words``: folded tokens of
    the whole question; positions in ``taken`` belong to something else). A sequence of
    colours may run on past the clause's commas ("white, then blue, then red")."""
    used = set(taken)
    hits: list[ColourHit] = []
    weather = weather_triggers(words)
    cold = _cold_sentences(words, weather)
    for k in clause:
        changed = (words[k] in _COLOUR_NAMES and k > 0 and words[k - 1] in _CHANGES)
        if k in used or (_colour(words[k]) is None and not changed):
            continue
        if _shade(words, k):
            continue  # "greyish bronze": the head colour is the one said
        sequence = _sequence(words, k, used, weather)
        colours = [c for p in sequence if (c := _colour(words[p])) is not None]
        if changed and not colours:  # "change colour to white" names its colour
            colours = ["change"]
        if colour_of_matter(words, sequence[-1]):
            continue  # "red swollen toe with yellow pus": the colour is the pus's
        if _of_a_lesion(words, k):
            continue  # "patches of white skin on my hands": the patches are white
        sites, between, shared = _sites_after(words, sequence[-1], used)
        if shared and set(colours) <= _LONE_FINDINGS:
            continue  # "painful red swollen knee": "red" is read alone, with "painful"
        if sites:  # "she goes blue around the lips": the verb is the finding's too
            between += _verb_before(words, clause, k, used)
        else:
            found = _subject(words, clause, k, used)
            if found is None:
                continue
            sites, between = found
        kinds = [SITES[words[s]] for s in sites]
        # "thick yellow hard skin": a callus or keratoderma, no jaundice; thick yellow nails
        # stay yellow nails (a nail's own texture says nothing against its colour).
        if "nails" not in kinds and _textured_yellow(words, colours, sequence[0], sites):
            continue
        # "the skin of my fingers": the narrower site is the one meant.
        if len(set(kinds)) > 1 and any(words[p] in ("of", "on", "in")
                                       for p in range(sites[0], sites[-1])):
            kinds = [kind for kind in kinds if kind != "skin"]
        if any(words[p] in _AROUND for p in between):
            kinds = [AROUND_LIPS if kind == "lips" and any(
                (c, AROUND_LIPS) in TABLE for c in colours) else kind for kind in kinds]
        ids = _reading(colours, kinds, cold[k])
        if not ids:
            continue
        # The words between the colours ("white, then blue") belong to the sequence.
        span = range(sequence[0], sequence[-1] + 1)
        own = [*between] if shared else [*sites, *between]
        positions = tuple(sorted({*span, *own} - set(taken)))
        for group in ids:
            hits.append(ColourHit(positions, tuple(sites), group, tuple(colours)))
        used.update(positions)
    return hits


# h-reader54: words of a thickened, hardened skin. Yellow said of skin with one of them
# ("thick yellow hard skin on my heels") is the colour of that skin's horny layer (a callus,
# a keratoderma), not the yellowing of the whole skin that Jaundice is.
_TEXTURES = frozenset({"thick", "thickened", "hard", "hardened", "rough", "callused",
                       "calloused", "horny", "leathery", "tough", "crusty", "waxy"})
_TEXTURE_REACH = 2


def _textured_yellow(words: Sequence[str], colours: Sequence[str], first: int,
                     sites: Sequence[int]) -> bool:
    """Is yellow, the only colour, said of skin with a word of its texture just before the
    colour or between it and the site ("thick yellow skin", "yellow, hard skin")?"""
    if set(colours) != {"yellow"} or not sites:
        return False
    near = range(max(0, first - _TEXTURE_REACH), min(sites[-1], len(words)))
    return any(words[p] in _TEXTURES for p in near)


def colour_of_matter(words: Sequence[str], position: int) -> bool:
    """Is the colour word at ``position`` said of the matter named right after it ("yellow
    pus", "green, smelly discharge" is not: "thick green pus" is), so that it names no colour
    of a body part?"""
    return matter_of_colour(words, position) is not None


def matter_of_colour(words: Sequence[str], position: int) -> int | None:
    """The position of the matter the colour word at ``position`` is said of (``colour_of_
    matter``), or ``None``."""
    if _colour(words[position]) is None:
        return None
    following = position + 1
    while following < len(words) and (words[following] in _DEGREES
                                      or words[following] in _MATTER_WORDS):
        following += 1
    return following if following < len(words) and words[following] in _SUBSTANCES else None


def _shade(words: Sequence[str], position: int) -> bool:
    """Is the word at ``position`` a tint of the colour right after it ("greyish bronze")?"""
    return (words[position] in _TINTS and position + 1 < len(words)
            and words[position + 1] in _HEAD_COLOURS)


def _colour(word: str) -> str | None:
    return COLOURS.get(word) or _COLOUR_NOUNS.get(word)


def _sequence(words: Sequence[str], first: int, used: Collection[int],
              weather: Collection[int]) -> list[int]:
    """The colour words of the sequence that starts at ``first`` ("white and then blue"),
    across a weather trigger ("white and blue when it's cold, then red"): a later colour
    needs "then" or a change verb before it."""
    sequence = [first]
    k = first + 1
    while k < len(words) and words[k] not in SENTENCE_ENDS:
        if k in used and k not in weather:
            break
        if _colour(words[k]) is not None:
            if k - 1 in weather and words[k - 1] not in _SEQUENCE:
                break
            sequence.append(k)
        elif words[k] not in _SEQUENCE and words[k] not in _DEGREES and k not in weather:
            break
        k += 1
    return sequence


def _sites_after(words: Sequence[str], last: int,
                 used: Collection[int]) -> tuple[list[int], list[int], bool]:
    """A site right after the colours ("blue lips", "white fingers"), or after a place word
    ("blue around the lips", "yellowing of the skin"): its site words and the words between;
    empty when none; and whether the site is shared with other describing words before it
    ("red, itchy, swollen toes")."""
    k = last + 1
    between: list[int] = []
    # Other describing words of the same site ("red, itchy, swollen toes").
    while k < len(words) and k not in used and (
            words[k] in (",", "and") or words[k] in _DESCRIBING
            or (words[k].isalpha() and words[k].endswith(_ADJECTIVE_ENDINGS)
                and words[k] not in SITES and words[k] not in _LESIONS
                # "my" ends as an adjective does: "brown and my legs" starts a new subject.
                and words[k] not in _OWNERS)):
        k += 1
    if k > last + 1 and not (k < len(words) and words[k] in SITES):
        k = last + 1
    elif k > last + 1:
        # The site is shared with the other describing words ("red, swollen knees" is a
        # swollen knee too): the colour takes no site word.
        return [k], [], True
    places = _PLACES | ({"of"} if words[last] in _COLOUR_NOUNS else frozenset())
    if k < len(words) and words[k] in places:
        while k < len(words) and k not in used and (words[k] in places or words[k] in _OWNERS):
            between.append(k)
            k += 1
    # The sites: one site word, a part-of chain ("whites of the eyes", after a place word
    # "skin of my fingers"), or a bare site after "and"/"or" ("blue lips and fingers"); not
    # "red eyes and the skin on her fingers", where "the skin ..." starts another statement.
    sites: list[int] = []
    while k < len(words) and k not in used:
        word = words[k]
        if word in SITES:
            sites.append(k)
        elif not sites:
            break
        elif word in ("and", "or", "&"):
            if not (k + 1 < len(words) and words[k + 1] in SITES):
                break
        elif word not in ("of", "on", "the", "my", "his", "her", "their", "your", "our"):
            break
        k += 1
    while sites and words[sites[-1]] not in SITES:
        sites.pop()
    if not sites:
        return [], [], False
    between += [p for p in range(sites[0], sites[-1]) if p not in sites]
    return sites, between, False


def _verb_before(words: Sequence[str], clause: Sequence[int], first: int,
                 used: Collection[int]) -> list[int]:
    """The change verb right before a colour, with its degree words ("goes very")."""
    found: list[int] = []
    for p in reversed([p for p in clause if p < first]):
        if p in used or not (words[p] in _VERBS or words[p] in _DEGREES or _shade(words, p)):
            break
        found.append(p)
    return found if any(words[p] in _VERBS for p in found) else []


def _subject(words: Sequence[str], clause: Sequence[int], first: int,
             used: Collection[int]) -> tuple[list[int], list[int]] | None:
    """The site a colour is said of, before a change verb: "my fingers go white", "the whites
    of her eyes have gone yellow", "my hands and feet turn blue", "my lips are swollen and
    blue". Returns the site words and the verb and linker words, or ``None``; ``None`` too
    for a lesion at a site ("the rash on my face is red": the rash is red, not the face)."""
    before = [p for p in clause if p < first]
    verb = None
    between: list[int] = []
    skip = 0  # another describing word before "and" ("swollen and blue")
    for p in reversed(before):
        word = words[p]
        if verb is None and (word in _DEGREES or word in _AUXILIARIES or _shade(words, p)):
            between.append(p)
            continue
        if word in _VERBS or word in _AUXILIARIES:
            verb = p if verb is None else verb
            between.append(p)
            continue
        if verb is None and word in (",", "and", "or") and skip == 0:
            skip = 1
            continue
        if verb is None and skip == 1 and word not in SITES:
            skip = 2
            continue
        break
    if verb is None:
        return None
    sites: list[int] = []
    for p in reversed([p for p in before if p < min(between)]):
        word = words[p]
        if p in used:
            break
        if word in SITES:
            sites.append(p)
            continue
        if sites and word in _OWNERS:
            between.append(p)
            continue
        if word in _LESIONS or word in _BOUNDING:
            return None
        break
    if not sites:
        return None
    # The subject opens with its determiners only ("... and her lips look grey": not "and").
    first_site = min(sites)
    opening = [p for p in between if p < first_site]
    keep: set[int] = set()
    for p in sorted(opening, reverse=True):
        if words[p] not in _DETERMINERS_OF_SITE or p + 1 not in keep | {first_site}:
            break
        keep.add(p)
    between = [p for p in between if p >= first_site or p in keep]
    # Negation words are cues (text/negation.py), never words of the finding.
    linkers = [p for p in between if words[p] not in _NEGATIONS and p not in used]
    return sorted(sites), linkers


# Lesions said to be a colour at a site ("the rash on my face is red", "a spot on my toe
# went black"): the colour is the lesion's.
_LESIONS = frozenset({"rash", "rashes", "spot", "spots", "patch", "patches", "lump", "lumps",
                      "bump", "bumps", "mark", "marks", "blister", "blisters", "sore", "sores",
                      "wound", "bruise", "bruises", "mole", "moles", "ulcer", "cut", "scar",
                      "bite", "bites", "area", "vein", "veins", "discharge", "nipple", "stool",
                      "stools", "poo", "urine", "pee", "wee", "phlegm", "snot", "mucus"})


def _of_a_lesion(words: Sequence[str], first: int) -> bool:
    """Does a lesion noun and "of" stand right before the colour at ``first`` ("patches of
    white skin", "a spot of red skin")? Then the colour is the lesion's, no colour change of
    the part after it: white patches on the hands are no Raynaud phenomenon (h-lay16)."""
    return (first >= 2 and words[first - 1] == "of" and words[first - 2] in _LESIONS
            and words[first - 2] not in _LESION_NOT_OF)


# Lesion nouns that are no lesion before "of" ("the area of red skin" is where, kept).
_LESION_NOT_OF = frozenset({"area", "vein", "veins", "nipple", "discharge"})


# h-sites11: sites said after "between" bound the place whose colour it is ("the skin between
# my toes has gone white" is the web spaces' skin, no white toes: dev probe_sites, athlete's
# foot read Raynaud phenomenon).
_BOUNDING = frozenset({"between"})


# Matter that comes out of a part, said with its own colour right after the colour word
# ("yellow pus", "green discharge", "white flecks of mucus"): the colour is the matter's,
# never the colour of a site named nearby ("toe next to the nail with yellow pus"). Blood
# too: "bright red blood on the tissue" is fresh blood, no red skin. So are what the body
# passes, stool, urine and vomit, and jelly-like matter ("red jelly poo", "dark red wee"): a
# colour of these is theirs, no skin finding (a phrase with both words, "red pee", keeps its
# own reading).
_SUBSTANCES = frozenset({"pus", "puss", "discharge", "fluid", "liquid", "crust", "crusts",
                         "crusting", "gunk", "goo", "ooze", "mucus", "phlegm", "snot",
                         "sputum", "stuff", "blood", "poo", "poos", "poop", "poops", "stool",
                         "stools", "faeces", "feces", "motions", "urine", "pee", "wee",
                         "vomit", "jelly",
                         # h-lay20: small things seen on or in a part ("white specks in her
                         # hair", "white flakes in his hair" are no White hair).
                         "specks", "speck", "flakes", "flake", "bits", "eggs", "crumbs",
                         "grains", "particles", "threads",
                         # h-lay21: "white things in her hair" are no white hair.
                         "things", "thing"})
# Words that may stand between the colour and the matter ("yellow, thick pus").
_MATTER_WORDS = frozenset({"thick", "sticky", "smelly", "creamy", "watery", "runny", "slimy",
                           "foul", "coloured", "colored", "looking", "ish"})


_NEGATIONS = frozenset({"don't", "doesn't", "didn't", "never", "not", "won't", "do", "does",
                        "did"})


def _reading(colours: Sequence[str], sites: Sequence[str],
             cold: bool) -> list[tuple[str, ...]]:
    """The HPO readings of colours said of sites, each once. A colour sequence of the fingers,
    toes, hands or feet with a white phase (or pale with blue or red after it) is one
    Raynaud phenomenon; pale digits in the cold too, and blue ones in the cold are Raynaud
    phenomenon or Acrocyanosis. Readings that share a term are read once."""
    found: list[tuple[str, ...]] = []
    shades = set(colours)
    for site in dict.fromkeys(sites):
        readings: list[tuple[str, ...]]
        after_pale = cold or bool(shades & {"blue", "purple", "red"})
        if site in _ACRAL and (shades & {"white", "change"}
                               or ("pale" in shades and after_pale)):
            readings = [(RAYNAUD,)]
        elif site in _ACRAL and cold and shades & {"blue", "purple"}:
            readings = [(RAYNAUD, ACROCYANOSIS)]
        else:
            readings = [TABLE[(c, site)] for c in colours if (c, site) in TABLE]
        # Readings that share a term are one finding ("yellow skin and eyes" is jaundice).
        for reading in readings:
            if not any(set(reading) & set(other) for other in found):
                found.append(reading)
    return found


def _cold_sentences(words: Sequence[str], weather: Collection[int]) -> list[bool]:
    """For each position: does its sentence name the cold as a trigger (a weather phrase,
    at ``weather``; "winter", "the freezer"; not "cold hands", where the cold is a finding)?"""
    flags = [False] * len(words)
    start = 0
    for end in [*[k for k, w in enumerate(words) if w in SENTENCE_ENDS], len(words)]:
        cold = any(k in weather or (words[k] in _COLD and words[k] != "cold")
                   for k in range(start, end))
        for k in range(start, min(end + 1, len(words))):
            flags[k] = cold
        start = end + 1
    return flags


def weather_triggers(words: Sequence[str]) -> frozenset[int]:
    """The positions of weather phrases that say when a finding happens: "in the cold", "in
    cold weather", "on hot days", "during the winter", "when it's cold", "when it gets hot",
    "cold weather", "cold water". Never a lone "cold" ("I feel cold", "cold hands")."""
    found: set[int] = set()
    n = len(words)
    for k, word in enumerate(words):
        if word in _WEATHER_PREPOSITIONS:
            span = _weather_after(words, k + 1)
            if span:
                found.update(range(k, span))
                # "worse in the cold", "only in winter": how the weather acts, context too.
                if k > 0 and words[k - 1] in _HOW:
                    found.add(k - 1)
        elif word in _WHEN:
            j = k + 1
            while j < n and words[j] in _IT:
                j += 1
            if j > k + 1 and j < n and words[j] in _WEATHER_ADJECTIVES:
                end = j + 1
                if end < n and (words[end] in _WEATHER_NOUNS or words[end] in _AFTER_ADJECTIVE):
                    end += 1
                found.update(range(k, end))
        elif (word in _WEATHER_ADJECTIVES and k + 1 < n
              and (words[k + 1] in _WEATHER_NOUNS or words[k + 1] in _AFTER_ADJECTIVE)
              and words[k + 1] not in ("cold", "heat")):
            found.update((k, k + 1))
    return frozenset(found)


def _weather_after(words: Sequence[str], start: int) -> int:
    """The end of a weather phrase after a preposition ("the cold", "cold weather", "the
    winter months"), or 0 when none starts at ``start``."""
    k = start
    while k < len(words) and words[k] in _DETERMINERS and words[k] not in ("cold", "hot"):
        k += 1
    adjective = k < len(words) and words[k] in _WEATHER_ADJECTIVES
    if adjective:
        k += 1
    if k < len(words) and (words[k] in _WEATHER_NOUNS
                           or (adjective and words[k] in _AFTER_ADJECTIVE)):
        k += 1
        while k < len(words) and (words[k] in _WEATHER_NOUNS
                                  or words[k] in _AFTER_ADJECTIVE) and words[k] != "cold":
            k += 1
        return k
    # "in the cold": the adjective as a noun, after "the" only.
    if adjective and words[k - 1] == "cold" and k - 2 >= start and words[k - 2] == "the":
        return k
    return 0
