"""Text normalisation shared by the lexicon and the question reader.

A phrase becomes a *key*: its content words, spelled the American way, stemmed (Snowball
English stemmer) and sorted, so that "stiff muscles", "muscle stiffness" and "muscles are
stiff" meet at one key. Function words carry no meaning for matching and are dropped.

Words that say something is missing ("no", "not", "without", "absent") become one stem,
:data:`NEGATION_MARK`, and words that say something is impossible ("can't", "unable",
"inability") another, :data:`INABILITY_MARK`; both stay in keys, so "no speech" meets HPO's
"Absent speech" and "can't walk" meets "Inability to walk", while "not eating" (appetite)
stays apart from "can't eat" (swallowing, pain, ...). Whether a negation word instead negates
a finding ("no fever") is for the question reader to decide when no phrase containing it is
known.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

import snowballstemmer

from whatcauses.knowledge.curated import body_sites
from whatcauses.text.spelling import negative_contraction

# An HPO id is one token; then words, then any other character.
# ("HP:0001250", "HP_0001250", "HP 0001250", "HP0001250")
_WORD = re.compile(r"hp[:_ ]?\d{7}(?!\d)|[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]", re.IGNORECASE)
_HPO_ID = re.compile(r"hp[:_ ]?(\d{7})")
# The possessive determiners that own a part or a person ("in my chest", "her son"), shared by
# the passes below and the readers of persons, family and listed parts.
POSSESSIVES = frozenset({"my", "his", "her", "their", "your", "our"})

# British -> American spellings frequent in symptom words (whole words or word starts).
_SPELLING_PREFIXES = (
    ("haem", "hem"), ("anaem", "anem"), ("oesoph", "esoph"), ("oedem", "edem"),
    ("diarrhoe", "diarrhe"), ("paed", "ped"), ("foet", "fet"), ("oestr", "estr"),
    ("leukaem", "leukem"), ("ischaem", "ischem"), ("dyspnoe", "dyspne"), ("apnoe", "apne"),
    ("coeliac", "celiac"), ("caecum", "cecum"), ("gynaec", "gynec"), ("orthopaed", "orthoped"),
    ("hypoglycaem", "hypoglycem"), ("hyperglycaem", "hyperglycem"), ("glycaem", "glycem"),
    ("septicaem", "septicem"), ("uraem", "urem"), ("kalaem", "kalem"), ("natraem", "natrem"),
    ("calcaem", "calcem"), ("lipaem", "lipem"), ("aesthe", "esthe"), ("orthopnoe", "orthopne"),
    ("anaesthe", "anesthe"),
    ("amenorrhoe", "amenorrhe"), ("gonorrhoe", "gonorrhe"), ("steatorrhoe", "steatorrhe"),
)  # fmt: skip
# British spellings inside a word, where the prefixes above do not reach (h-lay6): the "-aemia"
# of a blood level ("hypoxaemic", "bacteraemia", "polycythaemia"), "haem" after a prefix
# ("microhaematuria"), "oedema" after one ("lymphoedema", "myxoedema"), the "-pnoea" of
# breathing ("tachypnoeic", "bradypnoea"), the "-rrhoea" of a flow ("rhinorrhoea",
# "galactorrhoea") and the "aesth" of feeling ("paraesthesia", "hypoaesthesia"). No English word
# holds these letters but as these spellings.
_SPELLING_INFIXES = (
    ("aemi", "emi"), ("haem", "hem"), ("oedem", "edem"), ("pnoe", "pne"), ("rrhoe", "rrhe"),
    ("aesth", "esth"),
)
# Also: lay words read as the word HPO uses ("tummy", "belly" and "abdomen" all meet
# "abdominal"; "pee", "wee" meet "urine"), irregular forms ("felt" is "feel": "felt sick"),
# and the light verbs of a difficulty ("trouble peeing", "struggling to swallow" meet HPO's
# "difficulty ...").
_SPELLING_WORDS = {
    "tumour": "tumor", "tumours": "tumors", "colour": "color", "behaviour": "behavior",
    "behavioural": "behavioral", "favour": "favor", "odour": "odor", "labour": "labor",
    "centre": "center", "fibre": "fiber", "litre": "liter", "grey": "gray", "sulphur": "sulfur",
    "mould": "mold", "moult": "molt", "ageing": "aging",
    "swollen": "swell", "bled": "bleed", "fainted": "faint", "lose": "loss", "losing": "loss",
    "lost": "loss", "ache": "pain", "aches": "pain", "aching": "pain", "achy": "pain",
    "sore": "pain", "hurts": "pain", "hurt": "pain", "hurting": "pain", "painful": "pain",
    "tummy": "abdominal", "belly": "abdominal", "abdomen": "abdominal",
    "felt": "feel", "weeing": "urination", "peed": "urination", "pees": "urine",
    "trouble": "difficulty", "troubles": "difficulty", "struggle": "difficulty",
    "struggles": "difficulty", "struggling": "difficulty", "struggled": "difficulty",
    "skinny": "thin", "poo": "stool", "pee": "urine", "peeing": "urination",
    "urinating": "urination", "wee": "urine",
    # Agony is pain at its worst ("agony to swallow", "in agony with my back").
    "agony": "pain",
    # The loo is the toilet in British speech ("rushing to the loo", "up to the loo at night").
    "loo": "toilet", "loos": "toilet",
    # "temp" is how people write temperature ("a high temp", "temp 38.6", "a mild temp").
    "temp": "temperature", "temps": "temperature",
    # A result above its range in the words people use for it: "my HbA1c was raised", "my
    # sugar is up high" meet HPO's "Elevated HbA1c", "Increased ..." ("high" is left alone:
    # "high palate", "high arches" are shapes).
    "raised": "elevated",
    # h-rareclin1: "deranged" is British clinicians' word for a result out of its range
    # ("LFTs deranged", "deranged clotting"): HPO's "abnormal".
    "deranged": "abnormal",
    # "retics" is clinicians' short word for reticulocytes ("retics up", "retic count 8%").
    "retics": "reticulocytes", "retic": "reticulocyte",
    # h-sites2: a joint that gets "stiffer" is stiff, as one that gets "weaker" is weak (the
    # stemmer leaves "stiffer" apart from "stiff": "my shoulder has got stiffer and stiffer").
    "stiffer": "stiff",
    # "the top of my tummy" is its upper part, as HPO and the curated phrases word it.
    "top": "upper",
    # Plurals of the lay nouns above ("greasy smelly poos", "sore tummies").
    "poos": "stool", "tummies": "abdominal", "bellies": "abdominal", "wees": "urine",
    # A smell is HPO's "odor" ("a musty smell", "her nappy smells sweet"; HPO: "Musty odor",
    # "Abnormal urinary odor"); the sense keeps meeting itself ("loss of smell").
    "smell": "odor", "smells": "odor", "smelly": "odor", "smelling": "odor", "smelled": "odor",
    "smelt": "odor",
    # "tingly" stems to "ting", the stem of "tinge" ("a blue tinge to his lips" read
    # Paresthesia); it is the adjective of "tingling" (h-reader50).
    "tingly": "tingling",
    # Irregular past forms of verbs that name a function ("fed poorly" meets HPO's "Poor
    # feeding", "slept badly", "threw up"); the stemmer only knows regular forms. Not those
    # whose verb alone reads as a finding: one past event is no symptom ("I fell off my
    # bike" is no Falls, "I forgot to say" no Memory impairment, "it shook me" no Tremor).
    "fed": "feed", "ate": "eat", "eaten": "eat", "slept": "sleep", "drank": "drink",
    "woke": "wake", "woken": "wake", "bitten": "bite", "threw": "throw", "thrown": "throw",
    "grew": "grow", "grown": "grow", "spoke": "speak", "spoken": "speak", "heard": "hear",
    "stung": "sting", "spat": "spit", "swam": "swim", "wept": "weep",
    # Dots on the skin are spots in plain speech ("tiny purple dots on her tummy", "little red
    # dots"): they meet the curated phrases and HPO names written with "spots" (HPO's few
    # "dot" names, "Retinal dots", "Macular dots", read alike either way).
    "dot": "spot", "dots": "spots", "dotty": "spotty",
    # "goes" is no regular inflection to the stemmer ("goe"), and "went", "gone" are go's
    # past: "he goes blue", "she went blue" meet "going blue" as "turns blue" meets "turning".
    "goes": "go", "went": "go", "gone": "go",
    # The sight is the vision ("my sight has gone blurry", "his eyesight is failing" meet
    # "vision gone blurry", HPO's "Visual loss" synonyms "Vision loss").
    "sight": "vision", "eyesight": "vision", "sight's": "vision", "eyesight's": "vision",
    # A carer's reflexive is the asker's ("he's wetting himself" meets "wetting myself");
    # "themselves" keeps its own wordings (curated "wetting themselves").
    "himself": "myself", "herself": "myself",
    # Clinicians' shorthand for words that combine ("abdo pain", "lower abdo cramps", "wt loss",
    # "wt gain"): each is the word it shortens.
    "abdo": "abdominal", "wt": "weight",
    # "bilat" is "bilateral" written short ("bilat ankle oedema", "bilat conjunctivitis";
    # h-clinician2).
    "bilat": "bilateral",
    # "LNs" (lymph nodes) in a note of what was found are nodes worth writing down, enlarged:
    # "cervical LNs" meets HPO's "Cervical lymphadenopathy", "no LNs" is negated as any finding.
    "lns": "lymphadenopathy",
    # h-clinician7: so is one "LN" ("O/E: hepatosplenomegaly, no LN"), which read nothing.
    "ln": "lymphadenopathy",
    # h-clinician3: clinicians' shortenings, each no English word. "creps" (crepitations) are
    # HPO's crackles, and "insp" is "inspiratory" ("bibasal insp creps" meets "Inspiratory
    # crackles"); "conc" is concentration ("poor conc": "Poor concentration").
    "creps": "crackles", "crep": "crackles", "insp": "inspiratory", "conc": "concentration",
    # h-lay15: "loosing" is how "losing" is most often misspelt ("loosing weight", "loosing my
    # hair", "loosing my balance"); an English word, so the typo reader leaves it, but a body
    # is never "loosed". It meets "loss" as "losing" does.
    "loosing": "loss",
    # h-lay15: an eye or a mouth that will not "shut" will not close ("can't shut my eye",
    # "his eye won't shut properly") and meets HPO's and the curated "close" wordings.
    "shut": "close", "shuts": "close", "shutting": "close",
}  # fmt: skip
# h-lay19 (issue 14): more irregular pasts, each the base form of a verb whose base or "-ing"
# form the curated phrases use ("she brought her milk back up" meets "bringing up milk", "the
# room spun" meets "room spinning", "when I stood up" meets "standing up", "it burnt when I
# peed" meets "burning when I pee", "my legs gave way" meets "giving way"). The stemmer only
# knows regular forms. Left out as the list above leaves them: pasts that alone read as an
# event ("fell", "shook", "broke"), and those that are also other words ("left" a side, "bit"
# a quantity, "rose" a flower, "lay", "tore"/"torn" beside tears, "shot" an injection,
# "given" a medicine's word, "thought" a noun).
_IRREGULAR_PASTS = {
    "brought": "bring", "kept": "keep", "spun": "spin", "gave": "give", "held": "hold",
    "stood": "stand", "sat": "sit", "ran": "run", "rang": "ring", "rung": "ring",
    "blew": "blow", "saw": "see", "seen": "see", "burnt": "burn", "crept": "creep",
    "dreamt": "dream", "caught": "catch", "took": "take",
}  # fmt: skip
_SPELLING_WORDS.update(_IRREGULAR_PASTS)
# Colours with "-ish" ("reddish-brown urine", "yellowish patches", "bluish lips") are the
# colour, as HPO's names mostly word them ("Red urine", "Blue lips").
_COLOURS = ("red", "yellow", "blue", "green", "brown", "purple", "grey", "gray", "white",
            "pink", "black", "orange")
_ISH_COLOURS = {
    form: colour
    for colour in _COLOURS
    for form in (colour + "ish", colour.removesuffix("e") + "ish", colour + colour[-1] + "ish")
}
# h-lay13 (issue 14): colours said with "-y" as with "-ish" ("yellowy", "greeny", "reddy",
# "orangey"), each form only a colour. "Pinky" is also the little finger (body_sites.yaml):
# it is a colour only after a verb that says how a thing looks (_mark_said_colours).
_ISH_COLOURS.update({"yellowy": "yellow", "greeny": "green", "browny": "brown",
                     "purply": "purple", "reddy": "red", "orangey": "orange", "orangy": "orange",
                     "bluey": "blue", "greyey": "grey"})
_SAID_COLOURS = {"pinky": "pink", "pinkie": "pink"}
# Words right before a colour said of a thing: linking verbs and softeners ("was a bit").
_COLOUR_SAYING_WORDS = frozenset({"is", "was", "are", "were", "looks", "looked", "look",
                                  "looking", "seems", "seemed", "went", "gone", "turned",
                                  "goes", "came", "comes", "bit", "slightly", "quite", "very",
                                  "abit", "kind", "of"})

# Linking verbs between a body part and what is said of it ("the whites of his eyes look
# blue", "doesn't seem to see well") carry no meaning of their own; nor do adverbs of manner
# after a function ("can't breathe properly", "doesn't hear well" mean "can't breathe",
# "doesn't hear"; no HPO name uses them, bar one "properly").
_LINKING_WORDS = frozenset({"look", "looks", "seem", "seems", "appear", "appears",
                            "well", "properly", "clearly", "normally", "correctly"})
# Pronouns with a contracted verb ("I've had a cough", "she's always tired") are function
# words like the pronoun and the verb written apart.
# Written without the apostrophe too, as people type on phones ("ive", "thats", "shes").
_CONTRACTIONS = frozenset({"i've", "i'm", "i'd", "i'll", "ive", "im", "we've", "we're",
                           "you've", "you're", "they've", "they're", "he's", "she's", "it's",
                           "that's", "there's", "weve", "youve", "youre", "theyve", "theyre",
                           "hes", "shes", "thats", "theres"})
# Words that carry no meaning for matching a finding. "no", "not" and friends are kept as
# tokens (negation needs them) but are never part of a key.
STOPWORDS = (
    frozenset(
        [
            "a",
            "an",
            "the",
            "is",
            "are",
            "am",
            "was",
            "were",
            "be",
            "been",
            "being",
            "my",
            "his",
            "her",
            "their",
            "our",
            "your",
            "its",
            "i",
            "me",
            "we",
            "you",
            "he",
            "she",
            "they",
            "it",
            "them",
            "us",
            "this",
            "that",
            "these",
            "those",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "from",
            "by",
            "as",
            "very",
            "really",
            "quite",
            "so",
            "too",
            "also",
            "just",
            "has",
            "have",
            "had",
            "having",
            "do",
            "does",
            "did",
            "doing",
            "get",
            "gets",
            "got",
            "getting",
            "some",
            "any",
            "all",
            "much",
            "many",
            "more",
            "most",
            "lot",
            "lots",
            "bit",
            "little",
            "slightly",
            "extremely",
            "severely",
            "mild",
            "mildly",
            "which",
            "who",
            "whom",
            "whose",
            "what",
            "when",
            # h-reader40: "whenever" times a finding as "when" does ("dizzy whenever I stand
            # up" meets "dizzy when standing up").
            "whenever",
            "where",
            "why",
            "how",
            "can",
            "could",
            "would",
            "should",
            "will",
            "shall",
            "may",
            "might",
            "must",
            "there",
            "here",
            "then",
            "than",
            "or",
            "and",
            "both",
            "either",
            "neither",
            "nor",
            "with",
            # Prepositions like "in" and "to": "into" was read as the stem of HPO's
            # "Intoeing" ("pain going down into my groin").
            "into",
            "onto",
            "upon",
        ]
    )
    | _LINKING_WORDS
    | _CONTRACTIONS
)
# Words that say a function or a structure is missing, matched as one stem. Reporting words
# ("denies", "negative") are left out: they negate a finding but never name one. "Never" is
# in: "has never had a period", "never walked" name a missing function as "no periods" and
# "not walking" do (a finding without such a phrase, "never had a seizure", is still negated
# by the cue).
NEGATION_MARK = "no"
MARKED_NEGATIONS = frozenset(
    {
        "no",
        "not",
        "without",
        "absent",
        "absence",
        "lack",
        "lacks",
        "lacking",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "doesn't",
        "don't",
        "didn't",
        "won't",
        "hasn't",
        "haven't",
        "hadn't",
        "never",
        # The same without the apostrophe, as typed in a hurry ("she isnt eating").
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "doesnt",
        "dont",
        "didnt",
        "wont",
        "hasnt",
        "havent",
        "hadnt",
    }
)
INABILITY_MARK = "unable"
MARKED_INABILITY = frozenset({"unable", "inability", "cannot", "can't", "cant", "couldn't",
                              "couldnt"})
MARKS = frozenset({NEGATION_MARK, INABILITY_MARK})

# A Snowball stemmer keeps the word it works on in its own fields, so one instance must never
# serve two threads at once (the HTTP API answers in a thread pool: a shared instance gave
# "string index out of range" under load). Each thread gets its own.
_STEMMERS = threading.local()


def _stemmer() -> Any:
    english = getattr(_STEMMERS, "english", None)
    if english is None:
        english = _STEMMERS.english = snowballstemmer.stemmer("english")
    return english


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark of the input: as written (``text``), folded (lower case,
    no accents, plain quotes) and as its matching stem."""

    text: str
    folded: str
    stem: str
    start: int
    end: int
    is_word: bool


# A vulgar fraction after a figure is its decimal part ("2½" -> "2.5", "1¾" -> "1.75"), as
# people write ages and durations ("my son is 12½", "for 2½ weeks"); NFKD alone makes "2½"
# "21⁄2", read as 21 or as a 2 after the slash (h-age13: "my 4½ year old" was read as 2).
# Elsewhere ("½ a tablet") it keeps NFKD's form.
_FRACTION_DECIMALS = {"\u00bd": ".5", "\u00bc": ".25", "\u00be": ".75"}
_FRACTION_AFTER_FIGURE = re.compile(r"(?<=\d)[\u00bd\u00bc\u00be]")


def fold(text: str) -> str:
    """Lower-case, strip accents, unify quotes and dashes; a fraction after a figure becomes
    its decimal part (_FRACTION_DECIMALS)."""
    text = _FRACTION_AFTER_FIGURE.sub(lambda m: _FRACTION_DECIMALS[m.group(0)], text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u2013", "-")
        .replace("\u2014", "-")
        .lower()
    )


# Memoised: the lexicon build stems the same few thousand words a hundred thousand times.
# A pure function of its argument: lru_cache may run it twice for one word in two threads,
# which is harmless since each thread stems with a stemmer of its own (``_stemmer``).
@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The matching form of one lower-case word; an HPO id keeps its canonical form."""
    written_id = _HPO_ID.fullmatch(word)
    if written_id:
        return f"HP:{written_id.group(1)}"
    if word in MARKED_NEGATIONS:
        return NEGATION_MARK
    if word in MARKED_INABILITY:
        return INABILITY_MARK
    word = _ISH_COLOURS.get(word, word)
    word = _SPELLING_WORDS.get(word, word)
    for british, american in _SPELLING_PREFIXES:
        if word.startswith(british):
            word = american + word[len(british) :]
            break
    for british, american in _SPELLING_INFIXES:
        if british in word:
            word = word.replace(british, american)
    if word in _PLURAL_SENSES or word in _GERUND_SENSES:
        return word
    if word in _OWN_STEMS:
        return _OWN_STEMS[word]
    if word.endswith("'s"):
        # The word without its "'s" takes its lay reading as it would alone ("my tummy's
        # been upset" is the tummy's, "abdominal"; h-reader40).
        word = _SPELLING_WORDS.get(word[:-2], word[:-2])
    word = _greek_singular(word)
    if len(word) > 6 and word.endswith("itis"):
        # The stemmer cuts "-itis" to the organ's stem: "tendonitis" -> "tendon",
        # "tonsillitis" -> "tonsil", "hepatitis" -> "hepat" (= "hepatic"), so a body part
        # would read as its inflammation. The inflammation keeps a stem of its own.
        return word
    if len(word) > 6 and word.endswith("ness"):
        word = word[:-4]
        if word.endswith("i"):
            word = word[:-1] + "y"
        # The adjective takes its lay reading as it would alone: "soreness" is "sore"
        # (pain, not "sores", ulcers), "achiness" is "achy".
        word = _SPELLING_WORDS.get(word, word)
        if word in _OWN_STEMS:  # "tearfulness" is "tearful"
            return _OWN_STEMS[word]
    if word.endswith(("ise", "ised", "ising", "isation")) and len(word) > 6:
        word = word.replace("is", "iz", 1) if word.count("is") == 1 else word
    return str(_stemmer().stemWord(word))


# h-rarestudent1 (issue 14): Latin plurals whose singular the stemmer does not reach, of
# lesions HPO names in one number and people say in the other: "gastric varix" (HPO: "Gastric
# varices"), "a colonic diverticulum" (HPO: "Colonic diverticula"), "lentigo" beside
# "Lentigines". Only these: an "-i" rule would take "pili" (HPO's "Pili torti"). "calves" ->
# "calf" was tried and left out: "veins on my calves that ache" then read as calf pain
# (Gastrocnemius myalgia, as "legs that ache" reads leg pain) and lost the veins' site, and
# deep vein thrombosis overtook varicose veins (probe_h-reader73).
_IRREGULAR_PLURALS = {"varices": "varix", "diverticula": "diverticulum", "lentigines": "lentigo"}


def _greek_singular(word: str) -> str:
    """The singular of a Greek or Latin plural the stemmer does not know: "crises" -> "crisis",
    "psychoses" -> "psychosis", "paralyses" -> "paralysis", "arthritides" -> "arthritis"; and
    of the Latin plurals of :data:`_IRREGULAR_PLURALS` ("varices" -> "varix")."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word == "crises":
        return "crisis"
    if word == "testes":
        # Latin's plural of "testis": the stemmer would cut it to "test", so "tests are not
        # needed" read as HPO's layperson "Absent testes" (h-reader53).
        return "testis"
    if len(word) >= 8 and word.endswith(("oses", "yses", "eses")):
        return word[:-2] + "is"
    if len(word) >= 9 and word.endswith("itides"):
        return word[:-6] + "itis"
    return word


# h-lay8: words spelt as people type them in a hurry, read as the word they spell ("wheezy at
# nite", "evry 5 mins", "no blood tho"): sound spellings of "-ight" ("nite", "tite", "brite"),
# dropped letters ("evry", "realy"), and text-speak ("thru", "cuz"). Each is no English word
# of its own (none is in the symspellpy frequency dictionary, text/spelling.py, but "tho" and
# "thru", which it holds only as these spellings), and each is shorter than the typo reader's
# five letters or spells a function word outside its vocabulary, so no other rule reads it.
# The token's folded form is the word meant, so that every reader meets it ("sweating at
# nite" is Night sweats, "every night" a circumstance); its text keeps what was typed.
INFORMAL_SPELLINGS = {
    "nite": "night", "nites": "nights", "tonite": "tonight", "tite": "tight",
    "brite": "bright", "evry": "every", "evrything": "everything", "realy": "really",
    "tho": "though", "altho": "although", "thru": "through", "cuz": "because",
    "becuz": "because", "ppl": "people", "wierd": "weird",
    # h-clinician6: clinicians' clipped words, none an English word ("recurrent chest infx",
    # "prox weakness"): infection(s) and proximal.
    "infx": "infections", "infxn": "infection", "infxns": "infections", "prox": "proximal",
    # h-clinician7: "intol" is "intolerance" clipped ("heat intol", "cold intol"), no English
    # word; "heat intol" read nothing.
    "intol": "intolerance",
    # h-clinician10: "nocte" (Latin, "at night", as prescriptions write it) is no English word:
    # "cough nocte", "night sweats nocte", "burning epigastric pain nocte" read nothing of night.
    "nocte": "night",
    # "Ain't" denies as "isn't" and "haven't" do ("ain't got a temp").
    "aint": "isnt", "ain't": "isn't",
}


def tokenize(text: str, split: Callable[[str], int | None] | None = None) -> list[Token]:
    """Words (with stems) and punctuation marks, with character offsets into ``text``.

    Words are found in the folded text, which can be longer or shorter than ``text`` ("ﬁ"
    folds to "fi", "…" to "...", a combining accent to nothing), so every offset is mapped
    back to the character it came from: a token's ``text`` is always ``text[start:end]``,
    accents included. Tokens never share a character: when one character folds into several
    tokens ("½" -> "1⁄2"), the first one keeps it.

    ``split`` (h-lay23, issue 14): where a word written as one is two words run together
    ("backpain", "sorethroat"): the number of letters of the first, or ``None``. The two are
    then two tokens, side by side with no space between, before the marker passes run (the
    question reader's vocabulary decides: text/question.py ``_run_together_at``).
    """
    folded, origin = fold_with_origin(text)
    tokens: list[Token] = []
    taken = 0  # characters of ``text`` already covered by a token
    for match in _WORD.finditer(folded):
        first, last = match.start(), match.end()
        while first < last and origin[first] < taken:
            first += 1
        if first == last:
            continue
        piece = folded[first:last]
        piece = INFORMAL_SPELLINGS.get(piece, piece)
        if piece.endswith(("nt", "n't")):
            piece = negative_contraction(piece) or piece
        start, end = original_span(origin, first, last)
        taken = end
        is_word = piece[0].isalnum()
        cut = None
        if split is not None and is_word and last - first == len(piece):
            cut = split(piece)
        if cut is not None and 0 < cut < len(piece):
            middle = original_span(origin, first, first + cut)[1]
            tokens.append(Token(text=text[start:middle], folded=piece[:cut],
                                stem=stem(piece[:cut]), start=start, end=middle, is_word=True))
            piece, start = piece[cut:], middle
        tokens.append(
            Token(
                text=text[start:end],
                folded=piece,
                stem=stem(piece) if is_word else piece,
                start=start,
                end=end,
                is_word=is_word,
            )
        )
    return _mark_patches_of(_run_passes(tokens, _PASS_GROUPS), text)


def _mark_patches_of(tokens: list[Token], text: str) -> list[Token]:
    # h-lay9: a side of a site named by a finger or toe ("the thumb side of my wrist"), a
    # joint or the back said to be at its worst ("my back is worst in the morning") and a
    # change said to come "in patches".
    return _mark_patches(_mark_worst_parts(_mark_digit_sides(tokens, text)))


# A laboratory result in words (h-reader67, issue 14): a measured substance with a word for
# its level, before it ("slightly raised bilirubin", "high levels of calcium") or after it,
# across verbs and hedges ("my potassium was low", "liver enzymes came back a bit raised",
# "sodium was a little low"). The level word takes the stem of the word the curated laboratory
# phrases use ("high", "low": "high bilirubin", "low potassium"), and the words between are
# part of the result (dropped), so every wording of the level meets the one phrase. Only the
# names of substances measured in blood or urine are read so (not "high arches", "low mood").
_LAB_NAMES = frozenset({
    "bilirubin", "bili", "potassium", "sodium", "calcium", "magnesium", "phosphate",
    "platelets", "platelet", "enzymes", "lfts", "lft", "alt", "ast", "ggt", "ck", "cpk",
    "ammonia", "lactate", "glucose", "sugar", "sugars", "ferritin", "iron", "tsh", "t4", "t3",
    "thyroxine", "crp", "esr", "cholesterol", "triglycerides", "haemoglobin", "hemoglobin",
    "hb", "b12", "folate", "creatinine", "urea", "prolactin", "cortisol", "pth", "albumin",
    "hba1c", "a1c", "transaminases", "phosphatase", "alp", "ldl", "hdl", "urate", "egfr",
    "testosterone", "oestrogen", "estrogen", "neutrophils", "lymphocytes",
    "eosinophils", "wbc", "wcc", "psa", "inflammatory", "markers", "kinase",
    # h-rareclin1: substances whose level HPO names as a circulating concentration or a count
    # ("renin low", "IgG up", "retics up": Decreased circulating renin concentration, Increased
    # circulating IgG concentration, Reticulocytosis).
    "renin", "aldosterone", "igg", "iga", "igm", "ige", "reticulocytes", "retics",
})
_LAB_HIGH = frozenset({"high", "higher", "raised", "elevated", "increased", "up"})
_LAB_LOW = frozenset({"low", "lower", "decreased", "reduced", "down", "deficient"})
# Words that may stand between the substance and its level: verbs of being and of the result
# coming back, hedges of degree, "level(s)", "count", "result".
_LAB_BETWEEN = frozenset({"was", "were", "is", "are", "been", "be", "came", "come", "comes",
                          "coming", "back", "showed", "shows", "found", "a", "bit", "little",
                          "slightly", "mildly", "very", "quite", "really", "too", "abit",
                          "level", "levels", "count", "counts", "result", "results", "of",
                          "my", "the", "her", "his", "reading", "mild", "tad", "as",
                          "still", "always"})
# Words that name where or what the substance is ("raised liver enzymes", "low blood sugar",
# "low vitamin D"): they may stand between too, and stay words of the phrase.
_LAB_QUALIFIERS = frozenset({"blood", "serum", "plasma", "circulating", "liver", "kidney",
                             "thyroid", "vitamin", "white", "red", "cell", "fasting"})
_LAB_REACH = 5


# h-lay4: a substance before a word of how much of it is eaten or drunk ("my sugar intake is
# high", "salt consumption") is a diet, no level measured in the blood: the substance is a
# filler word, so neither the level reader nor a lexicon phrase ("high blood sugar") reads it.
_INTAKE_WORDS = frozenset({"intake", "intakes", "consumption"})


# h-longclause (issue 14): a hedge inside a finding ("my eyelids are sort of drooping", "chewing
# gets kind of hard", "his testicles are sorta small", "it basically burns") says how sure the
# asker is, never what the finding is; its words stood between a part and what is said of it
# and the finding was lost ("sort" is a content word; "kind" is a frame word, and the passes
# that read a link or a difficulty know no hedge). The hedge's tokens are taken out of the
# token list, so every pass after sees the words around them side by side; a finding read
# across them still spans them in the text. "What kind of", "which sort of" ask for a kind
# and stay; "kind" or "sort" without "of" ("he is kind", "sort it out") stays.
_HEDGE_NOUNS = frozenset({"kind", "sort"})
_HEDGE_WORDS = frozenset({"kinda", "sorta", "basically"})
_KIND_ASKED = frozenset({"what", "which", "whatever", "whichever"})


def _drop_hedges(tokens: list[Token]) -> list[Token]:
    dropped: set[int] = set()
    for k, token in enumerate(tokens):
        word = token.folded
        if word not in _HEDGE_NOUNS and word not in _HEDGE_WORDS:
            continue
        before = next((tokens[b].folded for b in range(k - 1, -1, -1)
                       if tokens[b].is_word and b not in dropped), "")
        if before in _KIND_ASKED:
            continue
        if word in _HEDGE_WORDS:
            dropped.add(k)
        elif k + 1 < len(tokens) and tokens[k + 1].folded == "of":
            dropped.update((k, k + 1))
    if not dropped:
        return tokens
    return [t for k, t in enumerate(tokens) if k not in dropped]


def _mark_said_colours(tokens: list[Token]) -> list[Token]:
    """h-lay13: "pinky" after a verb of looking is the colour ("it looked pinky", "my wee was
    pinky"), for the urine referents and the site reader too, which knows "pinky" as the
    little finger."""
    for here in range(1, len(tokens)):
        plain = _SAID_COLOURS.get(tokens[here].folded)
        if plain is not None and tokens[here - 1].folded in _COLOUR_SAYING_WORDS:
            tokens[here] = replace(tokens[here], folded=plain, stem=stem(plain))
    return tokens


def _mark_lab_levels(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    dropped: set[int] = set()
    folded = [tokens[k].folded for k in words]
    for n, word in enumerate(folded):
        if word not in _LAB_NAMES:
            continue
        if n + 1 < len(folded) and folded[n + 1] in _INTAKE_WORDS:
            tokens[words[n]] = replace(tokens[words[n]], stem=FILLER_MARK)
            continue
        for step in (1, -1):  # the level after the substance, then before it
            k = n + step
            while 0 <= k < len(folded) and abs(k - n) <= _LAB_REACH:
                if folded[k] in _LAB_HIGH or folded[k] in _LAB_LOW:
                    break
                if folded[k] not in _LAB_BETWEEN | _LAB_QUALIFIERS or not _adjacent_words(
                        tokens, words[k - step], words[k]):
                    k = -1
                    break
                k += step
            else:
                continue
            if not 0 <= k < len(folded) or not _adjacent_words(tokens, words[k - step],
                                                               words[k]):
                continue
            level = "high" if folded[k] in _LAB_HIGH else "low"
            tokens[words[k]] = replace(tokens[words[k]], stem=stem(level))
            dropped.update(words[between] for between in range(min(n, k) + 1, max(n, k))
                           if folded[between] not in _LAB_QUALIFIERS)
            break
    # The words between go, as the comma of "looser, with blood" does: the phrase step then
    # reads the substance and its level as one phrase, however many words stood between.
    return [t for k, t in enumerate(tokens) if k not in dropped] if dropped else tokens


# h-lay4: "pressure" right after a possessive, with a level word after it across verbs and
# hedges ("my pressure is high", "his pressure was a bit low", "mum says her pressure is up"),
# is the person's blood pressure, as older people and speakers of Indian and African English
# say it: the word reads as "hypertension" or "hypotension" and the level word is a filler.
# "The pressure at work is high", "pressure in my head" and "my eye pressure is high" (no
# possessive right before "pressure") keep their words.
def _mark_own_pressure(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    folded = [tokens[k].folded for k in words]
    for n, word in enumerate(folded):
        if word != "pressure" or n == 0 or folded[n - 1] not in POSSESSIVES:
            continue
        k = n + 1
        while (k < len(folded) and k - n <= _LAB_REACH and folded[k] in _LAB_BETWEEN
               and _adjacent_words(tokens, words[k - 1], words[k])):
            k += 1
        if (k >= len(folded) or folded[k] not in _LAB_HIGH | _LAB_LOW
                or not _adjacent_words(tokens, words[k - 1], words[k])):
            continue
        plain = "hypertension" if folded[k] in _LAB_HIGH else "hypotension"
        tokens[words[n]] = replace(tokens[words[n]], folded=plain, stem=stem(plain))
        tokens[words[k]] = replace(tokens[words[k]], stem=FILLER_MARK)
    return tokens


# Blood said after a comma with "with" belongs to the finding just before it ("my bowels have
# been looser, with blood" is loose stools with blood in them, as "looser with blood"): the
# comma goes, so the phrase step may read the finding and its blood as one (h-reader57).
# Whether they make a finding is the lexicon's to say; a bare "with blood" stays unread.
def _join_with_blood(tokens: list[Token]) -> list[Token]:
    drop = {k for k in range(1, len(tokens) - 2)
            if tokens[k].folded == "," and tokens[k - 1].is_word
            and tokens[k + 1].folded == "with" and tokens[k + 2].folded == "blood"}
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


# A change of colour told with a change verb ("his wee turned the colour of cola", "her skin
# has gone the colour of lemons") says what "is the colour of" says: the verb is filler
# (as "is", a stop word), so the phrase meets the lexicon's "wee is the colour of cola".
# Verbs of a change whose new state follows them ("gone fuzzy", "turned yellow"; question.py
# reads the new state after them too).
CHANGE_VERBS = frozenset({"gone", "go", "goes", "went", "turn", "turns", "turned", "become",
                          "becomes", "became"})
_COLOUR_CHANGE_VERBS = CHANGE_VERBS | {"turning", "going", "becoming"}
_COLOUR_NOUNS = frozenset({"colour", "color"})


def _mark_change_to_colour(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for n in range(len(words) - 2):
        here = words[n]
        if (tokens[here].folded in _COLOUR_CHANGE_VERBS
                and tokens[words[n + 1]].folded == "the"
                and tokens[words[n + 2]].folded in _COLOUR_NOUNS
                and words[n + 2] - here == 2):
            tokens[here] = replace(tokens[here], stem=FILLER_MARK)
    return tokens


# An inability written in full is the contracted one: "could not speak", "can not swallow"
# and "was not able to walk" say what "couldn't speak", "cannot swallow" and "unable to walk"
# say, so their "not" is the inability mark ("can" and "could" are stop words already), and
# "not able" is "unable" (its "able" the mark, its "not" filler), as are "not been able",
# "haven't been able" and "wasn't able".
_ABILITY_MODALS = frozenset({"can", "could"})


def _mark_spelled_out_inability(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    folded = [tokens[k].folded for k in words]
    for n, here in enumerate(words):
        if folded[n] not in MARKED_NEGATIONS:
            continue
        if (folded[n] == "not" and n > 0 and folded[n - 1] in _ABILITY_MODALS
                and here - words[n - 1] == 1):
            tokens[here] = replace(tokens[here], stem=INABILITY_MARK)
            continue
        # "not able", "not been able", "haven't been able", "wasn't able"
        able = n + 2 if n + 2 < len(words) and folded[n + 1] == "been" else n + 1
        if (able < len(words) and folded[able] == "able"
                and all(words[k + 1] - words[k] == 1 for k in range(n, able))):
            tokens[here] = replace(tokens[here], stem=FILLER_MARK)
            tokens[words[able]] = replace(tokens[words[able]], stem=INABILITY_MARK)
            continue
        _mark_sense_not_working(tokens, words, folded, n)
    return tokens


# Issue 14 (lead, s18): a function said to be hard is a difficulty, as HPO names it ("Difficulty
# climbing stairs", "Difficulty walking"): "he finds it difficult to climb stairs", "it is hard
# for him to walk", "walking has become difficult", "he finds swallowing hard" read as
# "difficulty climbing stairs" ("trouble" and "struggling" already do: _SPELLING_WORDS). Only
# in those frames: the hard word before "to" and a verb (over "for" and a person: "hard for
# him to"), or after a function's -ing word and a linking verb ("climbing stairs is hard",
# "swallowing is getting harder") or after "finds" and the -ing word. "Hard" elsewhere is a
# texture ("a hard lump", "my poo is hard"), and a hard word before a verb of telling, knowing
# or treating speaks of the asking, not the person ("hard to say when it began", "seizures
# that are hard to control"). The -ing words that name a finding ("the swelling is hard")
# are no function. So is what one "can barely" do (_SCARCELY).
_HARD_WORDS = frozenset({"hard", "harder", "difficult", "tough", "tougher", "tricky"})
_HARD_PEOPLE = frozenset({"him", "her", "me", "them", "us", "you", "my", "his", "their",
                          "son", "daughter", "baby", "child", "husband", "wife", "mum", "dad"})
_HARD_NOT_FUNCTIONS = frozenset({
    "say", "tell", "know", "explain", "describe", "believe", "put", "pin", "imagine", "find",
    "control", "treat", "manage", "diagnose", "get", "reach", "ignore", "notice", "judge",
    "remove", "shift", "clear", "stop", "heal", "cure", "predict", "spot", "measure"})
_HARD_LINKS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "been", "become", "becomes", "became",
    "becoming", "getting", "gets", "got", "get", "seems", "seem", "feels", "feel", "now",
    "very", "really", "quite", "so", "too", "more", "much", "increasingly", "a", "bit",
    "rather", "pretty", "extremely", "its", "it's", "it"})
_HARD_LINK_REACH = 4
# "get" is a function with a word of moving ("hard to get up", "hard to get dressed"), not
# alone ("hard to get an appointment").
_GET_MOVES = frozenset({"up", "out", "dressed", "around", "about", "off", "into", "down"})
# Verbs before a function's -ing word that make it the hard word's subject ("finds walking
# difficult"), and linking words read as no word of the difficulty ("walking has become
# difficult").
_FIND_VERBS = frozenset({"find", "finds", "found", "finding"})
_HARD_FILLERS = frozenset({"become", "becomes", "became", "becoming", "increasingly"})
_ING_FINDINGS = frozenset({
    "swelling", "bleeding", "bruising", "itching", "tingling", "ringing", "feeling", "scarring",
    "lining", "morning", "evening", "thing", "something", "nothing", "anything", "everything",
    "sibling", "ceiling", "clothing", "blistering", "discharge", "lump", "rash", "wedding"})


def _ing_function(word: str) -> bool:
    return len(word) > 5 and word.endswith("ing") and word not in _ING_FINDINGS


def _hard_before_function(tokens: list[Token], words: Sequence[int], folded: Sequence[str],
                          n: int) -> bool:
    """The hard word at ``n`` is followed by "to" and a function's verb ("hard for him to")."""
    k = n + 1
    if k < len(words) and folded[k] == "for":
        k += 1
        while k < len(words) and folded[k] in _HARD_PEOPLE and k - n <= 3:
            k += 1
    if not (k + 1 < len(words) and folded[k] == "to" and tokens[words[k + 1]].text.isalpha()):
        return False
    verb = folded[k + 1]
    if verb in _HARD_NOT_FUNCTIONS and not (
            verb == "get" and k + 2 < len(words) and folded[k + 2] in _GET_MOVES):
        return False
    if any(not tokens[j].is_word for j in range(words[n], words[k + 1])):
        return False  # a mark between: "hard, to be honest"
    for j in range(n + 1, k):  # "for him": the asker's words, in no key
        tokens[words[j]] = replace(tokens[words[j]], stem=FILLER_MARK)
    return True


def _hard_after_function(tokens: list[Token], words: Sequence[int], folded: Sequence[str],
                         n: int) -> bool:
    """The hard word at ``n`` follows a function's -ing word ("climbing stairs is hard")."""
    first = n
    while (first > 0 and folded[first - 1] in _HARD_LINKS and n - first < _HARD_LINK_REACH
           and words[first] - words[first - 1] == 1):
        first -= 1
    # the -ing word, with at most four words of its object before the links ("climbing the
    # stairs is hard", "getting up from the floor is hard")
    for back in range(1, 6):
        k = first - back
        if k < 0 or not tokens[words[k]].is_word or words[first] - words[k] != back:
            return False
        if _ing_function(folded[k]):
            linked = first < n or (k > 0 and folded[k - 1] in _FIND_VERBS)
            if linked:
                for j in range(first, n):
                    if folded[j] in _HARD_FILLERS:
                        tokens[words[j]] = replace(tokens[words[j]], stem=FILLER_MARK)
            return linked
    return False


# "can barely walk", "could hardly breathe": what one can scarcely do is hard to do (the
# scarcity of an amount, "hardly passing urine", is SCARCITY_MARK's, in _mark_quantities).
_SCARCELY = frozenset({"barely", "hardly", "scarcely"})
_ABLE = frozenset({"can", "could"})


def _can_scarcely(tokens: list[Token], words: Sequence[int], folded: Sequence[str],
                  n: int) -> bool:
    return (0 < n < len(words) - 1 and folded[n - 1] in _ABLE
            and words[n] - words[n - 1] == 1 and words[n + 1] - words[n] == 1
            and tokens[words[n + 1]].text.isalpha() and folded[n + 1] not in _HARD_NOT_FUNCTIONS)


def _mark_hard_functions(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    folded = [tokens[k].folded for k in words]
    for n, here in enumerate(words):
        if folded[n] in _SCARCELY:
            hard = _can_scarcely(tokens, words, folded, n)
        else:
            hard = folded[n] in _HARD_WORDS and (
                _hard_before_function(tokens, words, folded, n)
                or _hard_after_function(tokens, words, folded, n))
        if hard:
            tokens[here] = replace(tokens[here], folded="difficulty", stem=stem("difficulty"))
    return tokens


# h-doing (issue 14): a function done only with an aid is a difficulty: "he has to hold the
# rail to go upstairs", "she needs to hold on to the furniture to walk", "I have to grab the
# banister to get up the stairs" say "difficulty going upstairs", "difficulty walking" (the
# "to" of the function becomes the difficulty, right before it, the aid's words fillers in no
# key). Only after a word of
# necessity ("has to", "needs to", "must") and with the function's "to" and verb within
# _AID_REACH words; an aid that is a part of the body ("has to push on his knees to stand",
# "has to use his hands to climb up his legs") is Gowers sign's own wording, left to the
# lexicon.
_AID_VERBS = frozenset({
    "hold", "holding", "grab", "grabbing", "grip", "gripping", "use", "using", "lean",
    "leaning", "pull", "pulling", "haul", "hauling", "cling", "clinging"})
_NECESSITY = frozenset({"has", "have", "had", "having", "need", "needs", "needed", "must"})
_AID_REACH = 6
_OWN_PARTS = frozenset({
    "knee", "knees", "thigh", "thighs", "leg", "legs", "hand", "hands", "arm", "arms", "hip",
    "hips", "shin", "shins", "head", "neck", "chin", "eye", "eyes", "eyelid", "eyelids",
    "back"})


def _necessity_before(words: Sequence[int], folded: Sequence[str], n: int) -> bool:
    """A word of necessity before the aid's verb at ``n``: "has to", "must", "need to"."""
    if n >= 1 and folded[n - 1] == "must" and words[n] - words[n - 1] == 1:
        return True
    return (n >= 2 and folded[n - 1] == "to" and folded[n - 2] in _NECESSITY - {"must"}
            and words[n] - words[n - 2] == 2)


def _function_after(tokens: list[Token], words: Sequence[int], folded: Sequence[str],
                    k: int) -> bool:
    """The word after the "to" at ``k`` is a verb of moving or staying up ("to walk", "to get
    up"), not an aid's object ("hold on to the rail") nor another verb ("to read it")."""
    verb = folded[k + 1]
    if verb == "get":
        return k + 2 < len(words) and folded[k + 2] in _GET_MOVES
    return verb in _MOVING_FUNCTIONS


# What one holds on to something to do is to move or stay up: "has to hold my phone at arm's
# length to read it" is no difficulty reading.
_MOVING_FUNCTIONS = frozenset({
    "walk", "stand", "go", "climb", "rise", "sit", "move", "balance", "stay", "step", "turn",
    "come", "run", "kneel", "squat", "bend", "lift", "pull", "push"})


def _mark_aided_functions(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    folded = [tokens[k].folded for k in words]
    for n, here in enumerate(words):
        if folded[n] not in _AID_VERBS or not _necessity_before(words, folded, n):
            continue
        to = next((k for k in range(n + 1, min(n + _AID_REACH + 2, len(words) - 1))
                   if folded[k] == "to" and _function_after(tokens, words, folded, k)), None)
        if to is None or any(folded[k] in _OWN_PARTS for k in range(n + 1, to)):
            continue
        if any(not tokens[j].is_word for j in range(here, words[to + 1])):
            continue  # a mark between: "has to hold on, to be honest"
        for k in range(n, to):
            tokens[words[k]] = replace(tokens[words[k]], stem=FILLER_MARK)
        tokens[words[to]] = replace(tokens[words[to]], folded="difficulty",
                                    stem=stem("difficulty"))
    return tokens


# h-doing (issue 14): letting go is the release of a grip told earlier in the sentence: "when
# I grip something my hand locks and I can't let go", "when he grips the handlebars he can't
# let go for a few seconds" say "can't let go after gripping" (Handgrip myotonia: "Difficulty
# releasing one's grip"). The grip's verb may stand far before "let go", with the thing
# gripped and other words between, so its stem is read again right after "go" (a token of
# no width of its own: it shares "go"'s place in the text). Only after a word of inability or
# difficulty right before "let go" ("can't let go", "struggles to let go"), and a grip word in
# the same sentence before it; "let go of the past" has no grip.
_GRIP_WORDS = frozenset({"grip", "grips", "gripped", "gripping", "grasp", "grasps",
                         "grasped", "grasping", "grab", "grabs", "grabbed", "grabbing",
                         "squeeze", "squeezes", "squeezed", "squeezing", "clench", "clenches",
                         "clenched", "clenching"})
_GRIP_REACH = 16


def _mark_released_grips(tokens: list[Token]) -> list[Token]:
    out = list(tokens)
    inserted = 0
    for k in range(1, len(tokens) - 1):
        if not (tokens[k].folded == "let" and tokens[k + 1].folded == "go"):
            continue
        before = tokens[k - 1].stem
        if tokens[k - 1].folded == "to" and k >= 2:
            before = tokens[k - 2].stem
        if before not in (INABILITY_MARK, stem("difficulty")):
            continue
        grip = None
        for j in range(k - 1, max(-1, k - 1 - _GRIP_REACH), -1):
            if tokens[j].folded in SENTENCE_ENDS:
                break
            if tokens[j].folded in _GRIP_WORDS:
                grip = tokens[j]
                break
        if grip is None or any(t.stem == _GRIP_STEM for t in tokens[k + 2:k + 6]):
            continue  # no grip told, or told after "let go" already
        go = tokens[k + 1]
        out.insert(k + 2 + inserted, replace(go, folded="gripping", stem=_GRIP_STEM))
        inserted += 1
    return out


_GRIP_STEM = "grip"


# h-organs2 (issue 14): a sense that does not work is one that cannot: "he doesn't hear well",
# "doesn't seem to hear us properly", "I don't hear people in busy places" say "can't hear"
# (a function's inability, as "can't hear" reads). Only the verbs of hearing and seeing, and
# only with nothing or a person, a manner word or a place after them: "I don't see any
# rash", "didn't see blood" deny something seen, no blindness, and "not eating" stays apart
# from "can't eat" (appetite).
_SENSE_VERBS = frozenset({"hear", "hears", "see", "sees"})
_SENSE_NEGATIONS = frozenset({"doesn't", "doesnt", "don't", "dont", "didn't", "didnt",
                              "not"})
_SENSE_LINKS = frozenset({"seem", "seems", "appear", "appears", "to"})
_SENSE_FOLLOWERS = frozenset({
    "well", "properly", "clearly", "normally", "much", "very", "so", "as", "too", "any",
    "anymore", "us", "me", "him", "her", "them", "you", "people", "others", "in", "at",
    "when", "on", "and", "but", "or", "since", "from", "with", "out", "of", "the"})


def _mark_sense_not_working(tokens: list[Token], words: Sequence[int], folded: Sequence[str],
                            n: int) -> None:
    if folded[n] not in _SENSE_NEGATIONS:
        return
    # "does not hear": the "not" after "does", "do" or "did" (stop words) is the negation.
    verb = n + 1
    while verb < len(words) and folded[verb] in _SENSE_LINKS:
        verb += 1
    if verb >= len(words) or folded[verb] not in _SENSE_VERBS:
        return
    if any(words[k + 1] - words[k] != 1 for k in range(n, verb)):
        return
    after = verb + 1
    if after < len(words) and words[after] - words[verb] == 1:
        following = folded[after]
        if following not in _SENSE_FOLLOWERS:
            return
        if following == "any" and not (after + 1 < len(words)
                                       and folded[after + 1] in {"more", "longer"}):
            return  # "doesn't hear any more" is no longer hearing; "see any rash" denies
    tokens[words[n]] = replace(tokens[words[n]], stem=INABILITY_MARK)


# h-doing (issue 14): "dry" after "to" and before the thing dried is the verb of a task ("my
# arms get so tired I can't keep them up to dry my hair", "too weak to dry herself"), no
# dryness (read "Dry hair" before): a filler, so the task's object is read alone.
_DRIED_OBJECTS = POSSESSIVES | frozenset({"the", "it", "them", "off", "myself", "himself",
                                          "herself", "themselves", "yourself"})


def _mark_drying_tasks(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for n in range(1, len(words) - 1):
        here = words[n]
        if (tokens[here].folded == "dry" and tokens[words[n - 1]].folded == "to"
                and tokens[words[n + 1]].folded in _DRIED_OBJECTS
                and words[n + 1] - words[n - 1] == 2):
            tokens[here] = replace(tokens[here], stem=FILLER_MARK)
    return tokens


# "Sore" is a noun, no pain, after a word it makes a compound noun with: "a cold sore" is a
# lesion on the lip, as "cold sores" are (its plural's stem, "sore", keeps the noun), never
# Coldness and Pain. HPO keys "canker sore" and "pressure sore" with the pain stem already
# (layperson synonyms), so only the compounds no HPO wording keys are listed.
_SORE_COMPOUNDS = frozenset({"cold"})
# The parts "sore" says of when it stands before them ("a cold sore throat" is a cold and a
# sore throat).
_SORE_PARTS = frozenset({"throat", "throats", "eye", "eyes", "muscle", "muscles", "joint",
                         "joints", "head", "back", "neck", "ear", "ears", "nose", "chest"})


def _mark_sore_nouns(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for n in range(1, len(words)):
        if (tokens[words[n]].folded == "sore" and tokens[words[n - 1]].folded in _SORE_COMPOUNDS
                and words[n] - words[n - 1] == 1
                and (n + 1 == len(words) or tokens[words[n + 1]].folded not in _SORE_PARTS)):
            tokens[words[n]] = replace(tokens[words[n]], stem="sore")
    return tokens


# Blood is red: "red", "bright red" or "fresh" right before "blood" says what blood looks like,
# not a finding of its own, so the words before it are function words and "coughing up red
# blood" meets "coughing up blood" (Hemoptysis). Not before the words that make "red blood" a
# cell or a count ("red blood cells", "red blood count"). "Dark" is kept: dark blood can be old
# or digested blood, a reading of its own.
_BLOOD_COLOURS = frozenset({"red", "bright", "fresh", "scarlet"})
_BLOOD_CELL_WORDS = frozenset({"cell", "cells", "count", "counts", "corpuscles"})
# h-lay20: the colour of a bleeding too ("painless bright red bleeding" read Erythema).
_BLEEDING_WORDS = frozenset({"blood", "bleeding", "bleed", "bleeds"})


def _mark_blood_colours(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    folded = [tokens[k].folded for k in words]
    for n, word in enumerate(folded):
        if word not in _BLEEDING_WORDS or (n + 1 < len(folded)
                                           and folded[n + 1] in _BLOOD_CELL_WORDS):
            continue
        k = n - 1
        while k >= 0 and folded[k] in _BLOOD_COLOURS and words[k + 1] - words[k] == 1:
            tokens[words[k]] = replace(tokens[words[k]], stem=FILLER_MARK)
            k -= 1
    return tokens


# "back" as an adverb or particle, not the body's back: right after a verb of moving or
# returning ("the pain came back", "it grew back", "lean back") or after such a verb and its
# object ("pull the foreskin back", "tilt my head back", "put it back"). The noun stands after
# a determiner or an adjective of its own ("pulled my back", "hurt my lower back", "the back of
# my hand"), which the object rule never takes. The adverb is a function word, in no key.
_PARTICLE_VERBS = frozenset({
    "come", "comes", "came", "coming", "go", "goes", "went", "going", "gone", "get", "gets",
    "got", "getting", "pull", "pulls", "pulled", "pulling", "push", "pushes", "pushed",
    "pushing", "put", "puts", "putting", "bend", "bends", "bent", "bending", "tilt", "tilts",
    "tilted", "tilting", "lean", "leans", "leaned", "leant", "leaning", "grow", "grows",
    "grew", "grown", "growing", "turn", "turns", "turned", "turning", "bring", "brings",
    "brought", "bringing", "throw", "throws", "threw", "thrown", "throwing", "roll", "rolls",
    "rolled", "rolling", "draw", "draws", "drew", "drawn", "drawing", "move", "moves", "moved",
    "moving", "fall", "falls", "fell", "falling", "flick", "flicked", "bounce", "bounced",
    "peel", "peeled", "peeling", "retract", "retracts", "retracted", "stretch", "stretched",
    "stretching", "hold", "holds", "held", "holding", "sit", "sat", "sitting", "look",
    "looked", "looking", "flared", "flares", "flaring", "flare", "kick", "kicked", "kicking"})
# Words that end a noun phrase's head before "back" as the noun: determiners, possessives and
# the adjectives said of the back.
_BACK_NOUN_BEFORE = POSSESSIVES | frozenset({
    "its", "the", "a", "an", "this", "that", "lower", "upper", "middle", "mid", "low", "bad",
    "sore", "whole", "entire", "left", "right", "stiff", "painful", "aching", "achy", "weak",
    "of", "in", "on", "to", "behind", "across", "down", "up", "into", "from", "and", "or"})
# A word after "back" that makes it the subject of its own clause ("bending back hurts").
_BACK_SUBJECT_AFTER = frozenset({"hurts", "hurt", "hurting", "aches", "ache", "aching", "pain",
                                 "pains", "is", "was", "feels", "felt", "has", "went", "gave"})
# How many words may stand between the verb and "back" ("pull the foreskin back", "tilt my
# head right back").
_PARTICLE_REACH = 4
# h-lay17 (issue 14): food, milk or acid that "comes back up" or is "brought back up" rises into
# the mouth (HPO Gastroesophageal reflux, layperson "Acid reflux"); it does not return after
# going away. Such a "back" is no word at all, so that the return reader (body_sites.yaml
# "comes back": recurrent) leaves the verb to the lexicon's "food coming back up".
_BACK_UP_VERBS = frozenset({"come", "comes", "came", "coming", "bring", "brings", "brought",
                            "bringing"})


# A length made by cutting ("I cut the nail too short", "trimmed my nails short") is what was
# done, not a trait of the body part ("Short nail"): "short" with a verb of cutting up to this
# many words before it is a function word.
_CUTTING_VERBS = frozenset({"cut", "cuts", "cutting", "trim", "trims", "trimmed", "trimming",
                            "clip", "clips", "clipped", "clipping", "bite", "bites", "bit",
                            "bitten", "biting", "chew", "chewed", "chewing", "file", "filed",
                            "filing", "shave", "shaved", "shaving"})
_LENGTHS = frozenset({"short", "shorter", "shortly"})
_CUTTING_REACH = 5


def _mark_cut_lengths(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    folded = [tokens[k].folded for k in words]
    for n, here in enumerate(words):
        if folded[n] in _LENGTHS and any(
                folded[k] in _CUTTING_VERBS for k in range(max(n - _CUTTING_REACH, 0), n)):
            tokens[here] = replace(tokens[here], stem=FILLER_MARK)
    return tokens


# One testicle in the everyday word ("pain in my left ball", "his ball is swollen") is "balls"
# (body_sites.yaml) said of one: "ball" right after an owner or a side, and not a part of a
# site before "of" ("the ball of my foot"), nor a ball held or hit ("a ball in my throat",
# "hit by a ball": no owner) (h-reader53).
_BALL_OWNERS = frozenset({"my", "his", "your", "their", "one", "left", "right", "other"})


def _mark_own_ball(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for n, here in enumerate(words):
        if (tokens[here].folded == "ball" and n > 0 and tokens[words[n - 1]].folded in _BALL_OWNERS
                and not (n + 1 < len(words) and tokens[words[n + 1]].folded == "of")):
            tokens[here] = replace(tokens[here], folded="balls", stem=stem("balls"))
    return tokens


# h-rarelay1 (issue 14): "little" says a size before a body part ("a little lower jaw", "little
# ears", "he has a little head") as "small" does, but it is a stopword ("a little tired"), so
# the size was lost and hp.obo's own layperson wordings with it ("Little lower jaw":
# Micrognathia; text/lexicon.py leaves them out for that reason) were never read. It reads as
# "small" right before a part (over one height or side word: "little lower jaw") whose size HPO
# names, when the part ends its phrase (text end, a mark or a joining word: "a little lower
# back pain" keeps its pain). "Little finger" and "little toe" name a digit; hair is no size
# ("little underarm hair" is sparse hair).
_LITTLE_PARTS = frozenset({
    "jaw", "jaws", "chin", "head", "heads", "skull", "ear", "ears", "earlobe", "earlobes",
    "hand", "hands", "foot", "feet", "nose", "mouth", "eye", "eyes", "eyeball", "eyeballs",
    "teeth", "tooth", "penis", "testicles", "testes", "thumb", "thumbs", "nails", "nail",
    "fingernails", "toenails", "tongue", "face", "kneecaps", "kneecap", "breasts", "kidney",
    "kidneys", "uterus", "womb", "body", "arms", "legs"})
# h-longclause (issue 14): "tiny" and "teeny" say the same size ("tiny hands and feet"): read as
# "small", the size is shared by the parts listed after it as "small hands and feet" shares it
# (the lexicon's own "tiny hands" took the word alone and the feet were lost).
_SMALL_WORDS = frozenset({"little", "tiny", "teeny"})
_LITTLE_BEFORE_PART = frozenset({"lower", "upper", "left", "right"})
_AFTER_LITTLE_PART = frozenset({"and", "or", "with", "that", "which", "but", "too", "for", "since",
                               "compared", "like", "as", "from", "at", "when", "while"})


def _read_little_as_small(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for n, here in enumerate(words):
        if tokens[here].folded not in _SMALL_WORDS:
            continue
        part = n + 1
        if part < len(words) and tokens[words[part]].folded in _LITTLE_BEFORE_PART:
            part += 1
        if part >= len(words) or tokens[words[part]].folded not in _LITTLE_PARTS:
            continue
        after = words[part] + 1
        if (after < len(tokens) and tokens[after].is_word
                and tokens[after].folded not in _AFTER_LITTLE_PART):
            continue
        tokens[here] = replace(tokens[here], folded="small", stem=stem("small"))
    return tokens


# h-family12 (issue 14): a tumour named with the organ it grows in ("a pituitary tumour", "a
# tumour in his pancreas", "a tumor on her adrenal gland") is that organ's neoplasm, as HPO
# names it ("Neoplasm of the pituitary gland", "Neoplasm of the pancreas", "Neoplasm of the
# adrenal gland"): the tumour word is read as "neoplasia", a synonym HPO gives Neoplasm and
# no word of a category (category_words.yaml has "tumour" and "neoplasm": "had a neoplasm"
# read as a kind of illness that came before would leave it unread), which text/sites.py
# joins with the organ (knowledge/curated/body_sites.yaml) into the organ's term. Only
# beside an organ: a bare "tumour" stays a word of the question's category ("what tumours
# cause headaches"), and an organ said after the tumour
# only over "in"/"on"/"of" and at most _TUMOUR_ORGAN_REACH owner words ("a tumour in the
# left side of his brain" is no organ's tumour here).
_TUMOUR_WORDS = frozenset({"tumour", "tumours", "tumor", "tumors"})
_TUMOUR_ORGANS = frozenset({
    "pituitary", "parathyroid", "parathyroids", "adrenal", "adrenals", "thyroid", "pancreas",
    "pancreatic", "liver", "kidney", "kidneys", "brain", "lung", "lungs", "bowel", "colon",
    "stomach", "breast", "ovary", "ovaries", "bladder", "womb", "thymus", "spleen", "heart",
    "eye", "eyes", "nose", "tongue", "lip", "larynx", "gallbladder", "rectum"})
_TUMOUR_LINKS = frozenset({"in", "on", "of", "inside"})
_TUMOUR_OWNERS = frozenset({"my", "his", "her", "their", "your", "the", "a", "one", "both",
                            "left", "right"})
_TUMOUR_ORGAN_REACH = 2


def _name_organ_tumours(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for n, here in enumerate(words):
        if tokens[here].folded not in _TUMOUR_WORDS:
            continue
        before = n > 0 and (
            tokens[words[n - 1]].folded in _TUMOUR_ORGANS
            or (n > 1 and tokens[words[n - 1]].folded in {"gland", "glands"}
                and tokens[words[n - 2]].folded in _TUMOUR_ORGANS))
        after = False
        if n + 1 < len(words) and tokens[words[n + 1]].folded in _TUMOUR_LINKS:
            m = n + 2
            while (m < len(words) and m <= n + 1 + _TUMOUR_ORGAN_REACH
                   and tokens[words[m]].folded in _TUMOUR_OWNERS):
                m += 1
            after = m < len(words) and tokens[words[m]].folded in _TUMOUR_ORGANS
        if before or after:
            tokens[here] = _as_word(tokens, here, here, "neoplasia")
    return tokens


# h-lay17 (issue 14): a thing said to switch or alternate "between" two states ("my poo keeps
# switching between runny and hard", "my stools alternate between loose and hard") is each of
# them in turn: the verb is read as "goes" and "between" as no word, so that the reader's
# describing words after a linking verb (text/question.py) give each state its noun, as "my
# poo is runny or hard" does. Not "go between" or "in between": they say where ("pain going
# between my shoulder blades"); nor "swing", said of the mood ("mood swings": Emotional
# lability).
_ALTERNATING_VERBS = frozenset({
    "switch", "switches", "switched", "switching",
    "alternate", "alternates", "alternated", "alternating", "flip", "flips", "flipped",
    "flipping", "flit", "flits", "flitting", "veer", "veers", "veering", "swap", "swaps",
    "swapping", "varies", "varying"})


def _mark_alternation(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for n, here in enumerate(words[:-1]):
        after = words[n + 1]
        if (tokens[here].folded in _ALTERNATING_VERBS and tokens[after].folded == "between"
                and after == here + 1):
            tokens[here] = replace(tokens[here], folded="goes", stem=stem("goes"))
            tokens[after] = replace(tokens[after], folded=FILLER_MARK, stem=FILLER_MARK)
    return tokens


# h-lay18 (issue 14): "came up" before how the part looks or feels ("his knee came up hot,
# red and swollen", "her arm has come up lumpy and itchy") says the part became so, as "went"
# does: the verb is read as "went" and "up" as no word, so the reader's describing words after
# a linking verb (text/question.py) give each state its part ("his knee went hot": a hot
# joint). Only before a word of a state: "a rash came up on his tummy", "it came up in the
# scan" and "the test came up negative" keep their words.
_COME_VERBS = frozenset({"came", "come", "comes", "coming"})
_CAME_UP_STATES = frozenset({
    "hot", "warm", "red", "swollen", "puffy", "lumpy", "bumpy", "blotchy", "itchy", "sore",
    "tender", "raised", "bruised", "inflamed", "angry", "hard", "purple", "blue", "black",
    "pink", "white", "yellow", "blistered", "blistery", "spotty", "bright", "all", "really",
    "very", "so", "massive", "huge", "big"})


def _mark_coming_up(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for n, here in enumerate(words[:-2]):
        up, state = words[n + 1], words[n + 2]
        if (tokens[here].folded in _COME_VERBS and tokens[up].folded == "up"
                and up == here + 1 and state == up + 1
                and tokens[state].folded in _CAME_UP_STATES):
            tokens[here] = replace(tokens[here], folded="went", stem=stem("went"))
            tokens[up] = replace(tokens[up], folded=FILLER_MARK, stem=FILLER_MARK)
    return tokens


# h-rarelay1 (issue 14): a verb of appearing between a lesion and its place ("soft lumps
# growing under her skin", "spots appearing on his legs", "bumps popping up on her arms") says
# the lesion is there, as "lumps under her skin" does; the verb broke the lesion's wording off
# its site, and the leftover words paired up falsely ("soft ... skin": Soft skin). It is read
# as no word, with an "up" after it; only after a lesion noun and right before a place word,
# so "my hair is growing" or "a baby growing in me" keep their words.
# h-sitenoun (issue 14): as people say it, the verb comes with an auxiliary, a repetition or a
# relative pronoun before it ("a lump *has* popped up on my wrist", "bumps *keep* appearing
# along her spine", "swellings *that have* grown around his neck") and an adverb after it ("a
# lump sitting *just* above my testicle", "popped up *again* on"); a verb of position ("sitting")
# says where the lesion is as one of appearing does. The words before the verb
# (_APPEARING_LEADS, at most _APPEARING_LEAD_REACH of them) and the adverbs after it are read
# as no word with it, a repetition too ("keep" links a site only before its verb, which is
# passed over); a word of beginning stays (_KEPT_LEADS).
_APPEARING_VERBS = frozenset({
    "growing", "grows", "grown", "appearing", "appear", "appears", "appeared", "forming",
    "form", "forms", "formed", "developing", "developed", "popping", "popped", "cropping",
    "cropped", "showing", "sprouting", "sitting", "sits", "sat"})
_LESION_NOUNS = frozenset({
    "lump", "lumps", "bump", "bumps", "spot", "spots", "patch", "patches", "nodule", "nodules",
    "swelling", "swellings", "blotch", "blotches", "mark", "marks", "growth", "growths",
    "cyst", "cysts", "blister", "blisters", "sores", "ulcers", "freckles", "moles", "lesions"})
_LESION_PLACES = frozenset({"under", "on", "in", "over", "around", "all", "across", "beneath",
                            "inside", "along", "behind", "near", "above", "below", "beside",
                            "underneath", "between", "at", "next"})
_APPEARING_LEADS = frozenset({"keep", "keeps", "kept", "has", "have", "had", "is", "are", "was",
                              "were", "been", "that", "which", "just", "now", "also", "started",
                              "start", "starts", "began", "suddenly", "recently", "still"})
_APPEARING_LEAD_REACH = 3
# Leads that say when the lesion began: words of their own, links of a site (body_sites.yaml).
_KEPT_LEADS = frozenset({"started", "start", "starts", "began"})
_APPEARING_ADVERBS = frozenset({"up", "just", "right", "again", "mainly", "mostly", "only"})


def _pass_over_appearing(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for n in range(1, len(words) - 1):
        here = words[n]
        if tokens[here].folded not in _APPEARING_VERBS:
            continue
        lead = n - 1
        while (lead > 0 and n - lead <= _APPEARING_LEAD_REACH
               and tokens[words[lead]].folded in _APPEARING_LEADS):
            lead -= 1
        if (tokens[words[lead]].folded not in _LESION_NOUNS
                or words[lead] != here - (n - lead)):
            continue
        place = n + 1
        while (place + 1 < len(words) and place - n <= 2
               and tokens[words[place]].folded in _APPEARING_ADVERBS):
            place += 1
        if tokens[words[place]].folded not in _LESION_PLACES:
            continue
        for k in words[lead + 1:place]:
            if tokens[k].folded not in _KEPT_LEADS:
                tokens[k] = replace(tokens[k], folded=FILLER_MARK, stem=FILLER_MARK)
    return tokens


# h-sitenoun (issue 14): a part said to be bigger, longer, thinner ... "than the other (one)",
# "than the other side", "than the left one" or "than his left arm" differs from its pair: the
# two sides are unequal (Lower limb asymmetry, "Left and right leg differ in length or width";
# Facial asymmetry; Asymmetry of the breasts), which no size of the part alone says ("one
# breast is bigger than the other" read Breast hypertrophy, "the left side of her face is
# smaller than the right" Small face). The first comparative is read as "asymmetric", a
# descriptor of body_sites.yaml that meets HPO's "asymmetry" wordings of the sites; the
# comparatives listed with it and the words of the comparison are read as no word. The other
# is named by "other" or a side, then "one", "side" or the part's own word said again; a noun
# of anything else ("than the other kids") keeps the words.
_SIZE_COMPARATIVES = frozenset({"bigger", "larger", "longer", "shorter", "smaller", "thicker",
                                "thinner", "fatter", "wider", "narrower", "fuller",
                                "skinnier"})
_OTHER_SIDE_LEADS = frozenset({"the", "my", "his", "her", "their", "your", "our"})
_OTHER_SIDE_NAMES = frozenset({"other", "left", "right"})
_OTHER_SIDE_ENDS = frozenset({"one", "side"})


def _other_side_end(tokens: list[Token], words: list[int], m: int) -> int | None:
    """The index in ``words`` after the words naming the other side from ``m`` ("the other
    one", "his left arm"), or ``None`` when they name something else."""
    if (m + 1 >= len(words) or tokens[words[m]].folded not in _OTHER_SIDE_LEADS
            or tokens[words[m + 1]].folded not in _OTHER_SIDE_NAMES
            or words[m + 1] != words[m] + 1):
        return None
    end = m + 2
    if end == len(words) or words[end] != words[end - 1] + 1:
        return end  # "... than the other." or "... than the other, and ..."
    said = {tokens[k].folded for k in words[:m]}
    following = tokens[words[end]].folded
    if following in _OTHER_SIDE_ENDS or following in said:
        return end + 1
    return end if tokens[words[end]].folded in ("and", "but", "so", "now", "too") else None


def _mark_uneven_sides(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    n = 0
    while n < len(words):
        if tokens[words[n]].folded not in _SIZE_COMPARATIVES:
            n += 1
            continue
        m, listed = n + 1, []
        while (m + 1 < len(words) and tokens[words[m]].folded in ("and", "or")
               and tokens[words[m + 1]].folded in _SIZE_COMPARATIVES):
            listed += [words[m], words[m + 1]]
            m += 2
        end = (_other_side_end(tokens, words, m + 1)
               if m < len(words) and tokens[words[m]].folded == "than" else None)
        if end is None:
            n = m
            continue
        tokens[words[n]] = replace(tokens[words[n]], folded="asymmetric",
                                   stem=stem("asymmetric"))
        for k in [*listed, *words[m:end]]:
            tokens[k] = replace(tokens[k], folded=FILLER_MARK, stem=FILLER_MARK)
        n = end
    return tokens


# h-compare2 (issue 14): a finding told as a comparison with other people or with before
# ("sweats much less than other boys", "much slower than his sister at learning to walk",
# "weaker and thinner than his brother", "paler than before", "hoarser than it used to be").
# The compared thing after "than" (the reference: people, or the person before; its words
# _REFERENCE_WORDS, at least one of them an anchor, _REFERENCE_ANCHORS) is no finding and no
# site. When what the comparison is in follows it ("at learning to walk", "when I exercise"),
# "than" and the reference are read as no word, so the comparative meets those words; at the
# end, before a mark or a new clause ("and", "but") they keep their words. A
# comparative no other reader knows reads as its adjective (_PLAIN_COMPARATIVES: "slower" ->
# "slow", "longer" -> "long", "frothier" -> "frothy"; only before "than" and a reference, so
# "no longer" stays itself); body_sites.yaml's comparatives stay for the site reader and the
# lexicon's fallback (text/lexicon.py comparative_base), which know them. Comparatives
# coordinated before the last are read the same ("darker and frothier"); not those the
# lexicon's wordings hold ("have the TV louder", "voice got deeper", "joints bend further").
# "less" and "fewer" keep their words: the lexicon reads them as "reduced" where no wording
# has them (text/lexicon.py reduced_key: "sweats less than other boys" is Hypohidrosis). A
# word of degree before a comparative ("far", "way") is read as "much", a stop word of the
# lexicon and a linker of the site reader. A comparison with "the other" side is
# _mark_uneven_sides's, which runs first; one with no people and no earlier time ("more than
# a week", "less than 3 times") is a quantity and keeps its words.
_PLAIN_COMPARATIVES = {
    "slower": "slow", "faster": "fast", "quicker": "quick", "longer": "long",
    "frothier": "frothy",
    "foamier": "foamy", "greasier": "greasy", "oilier": "oily", "smellier": "smelly",
    "hairier": "hairy", "stiffer": "stiff", "sleepier": "sleepy", "hungrier": "hungry",
    "thirstier": "thirsty", "shakier": "shaky", "wobblier": "wobbly", "sweatier": "sweaty",
    "lumpier": "lumpy", "spottier": "spotty", "fuller": "full", "stronger": "strong",
    "later": "late", "moodier": "moody",
    "fussier": "fussy", "noisier": "noisy", "grittier": "gritty", "blurrier": "blurry",
    "cloudier": "cloudy", "stickier": "sticky", "bumpier": "bumpy"}
_FEWER = frozenset({"less", "fewer"})
_COMPARED_ADVERBS = frozenset({"well", "easily", "often", "quickly", "slowly", "clearly",
                               "badly", "much", "fast"})
_DEGREE_WORDS = frozenset({"much", "far", "way", "even", "slightly", "somewhat", "lot",
                           "bit", "little", "still", "considerably", "loads", "heaps",
                           "massively", "significantly", "noticeably", "definitely"})
_REFERENCE_ANCHORS = frozenset({
    # people
    "kid", "kids", "child", "children", "boy", "boys", "girl", "girls", "baby", "babies",
    "newborn", "newborns", "toddler", "toddlers", "friend", "friends", "brother", "brothers",
    "sister", "sisters", "sibling", "siblings", "cousin", "cousins", "classmate", "classmates",
    "peer", "peers", "twin", "twins", "mum", "mom", "dad", "mother", "father", "parent",
    "parents", "son", "sons", "daughter", "daughters", "husband", "wife", "partner", "man",
    "men", "woman", "women", "lady", "ladies", "guy", "guys", "teenager", "teenagers",
    "teammate", "teammates", "colleague", "colleagues", "adult", "adults", "people",
    "person", "others", "everyone", "everybody", "anyone", "anybody", "us", "them", "theirs",
    "ours", "yours", "hers", "mine", "family", "relatives", "grandma", "grandad",
    "grandpa", "granny", "nephew", "nephews", "niece", "nieces", "neighbour", "neighbor",
    "rest",
    # the person before, or a norm
    "before", "usual", "normal", "normally", "average", "expected", "ever", "previously",
    "used", "ago", "was", "were", "did"})
_REFERENCE_WORDS = _REFERENCE_ANCHORS | frozenset({
    "the", "a", "an", "my", "his", "her", "their", "your", "our", "its", "all", "any",
    "most", "some", "other", "another", "every", "each", "of", "same", "we", "they", "you",
    "i", "me", "he", "she", "it", "him", "one", "ones", "in", "age", "class", "school",
    "year", "years", "month", "months", "week", "weeks", "last", "few", "couple", "to", "be",
    "been", "is", "are", "am", "do", "does", "should", "would", "could", "then", "at",
    "that", "this", "time", "days", "day", "when", "younger", "older", "elder", "little",
    "big"})
_CLAUSE_LINKS = frozenset({"and", "but", "or", "so", "while", "though", "although", "because",
                           "as", "since", "nor", "yet", "plus", "then"})


def _reference_end(tokens: list[Token], words: list[int], m: int, said: set[str]) -> int | None:
    """The index in ``words`` after the reference that "than" at ``m`` begins ("than his
    brother", "than it used to be", "than all the kids in her class"), or ``None`` when the
    words after it name no people and no earlier time (a quantity: "than a week")."""
    end, anchored = m + 1, False
    while end < len(words) and words[end] - words[end - 1] == 1:
        word = tokens[words[end]].folded
        base = word[:-2] if word.endswith("'s") else word
        if base in _REFERENCE_WORDS:
            anchored = anchored or base in _REFERENCE_ANCHORS
        elif not (anchored and tokens[words[end - 1]].folded.endswith("'s")
                  and tokens[words[end]].stem in said):
            break  # the part compared, said again after a person's ("her brother's teeth")
        end += 1
    # "when" and "at" begin what follows ("than his sister at learning to walk") unless a
    # time of the reference follows them; a reference never ends with them.
    while end > m + 1 and tokens[words[end - 1]].folded in {"when", "at", "in", "to", "that"}:
        end -= 1
    return end if anchored else None


def _mark_comparisons(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for m, here in enumerate(words):
        if tokens[here].folded != "than" or m == 0:
            continue
        said = {tokens[k].stem for k in words[:m]}
        end = _reference_end(tokens, words, m, said)
        if end is None:
            continue
        first = m - 1  # the comparative, with an adverb after it ("hears less well than")
        if tokens[words[first]].folded in _COMPARED_ADVERBS and first > 0 and (
                tokens[words[first - 1]].folded in _FEWER | {"more"}):
            first -= 1
        if (_comparative_base(tokens[words[first]].folded) is None
                and tokens[words[first]].folded not in _FEWER | {"more"}):
            # an amount of something: "fewer teeth than other kids", "less interest in sex
            # than before" (at most three words from "less" to "than", in one phrase)
            for back in range(2, 5):
                k = m - back
                if k < 0 or here - words[k] != back or (
                        tokens[words[k + 1]].folded in _CLAUSE_LINKS):
                    break
                if tokens[words[k]].folded in _FEWER | {"more"}:
                    first = k
                    break
        comparatives = [first]
        # coordinated comparatives before it ("weaker and thinner", "slower and less clear")
        k = first
        while k >= 2 and tokens[words[k - 1]].folded in ("and", "or") and (
                _comparative_base(tokens[words[k - 2]].folded) is not None
                or tokens[words[k - 2]].folded in _FEWER):
            k -= 2
            comparatives.append(k)
        bases = [_PLAIN_COMPARATIVES.get(tokens[words[c]].folded) for c in comparatives]
        fewer = [tokens[words[c]].folded in _FEWER for c in comparatives]
        more = tokens[words[first]].folded == "more"
        if not (any(b is not None for b in bases) or any(fewer) or more
                or _comparative_base(tokens[words[first]].folded) is not None):
            continue
        for c, base, less in zip(comparatives, bases, fewer, strict=True):
            degree = c - 1
            if degree >= 0 and tokens[words[degree]].folded in _DEGREE_WORDS and (
                    words[c] - words[degree] == 1):
                # as "much", a stop word of the lexicon and a linker of the site reader
                tokens[words[degree]] = replace(tokens[words[degree]], folded="much",
                                                stem=stem("much"))
            if base is not None and not less:
                tokens[words[c]] = replace(tokens[words[c]], folded=base, stem=stem(base))
        if end < len(words) and words[end] - words[end - 1] == 1 and (
                tokens[words[end]].folded not in _CLAUSE_LINKS):
            # what the comparison is in follows the reference ("slower than his sister at
            # learning to walk"): the reference is no word between them. At the end, before a
            # mark or a new clause it keeps its words: they keep the next clause's words
            # apart, and a wording that ends with its reference means it with them
            # ("smaller than other kids": Short stature; "more teeth than normal").
            for k in words[m:end]:
                tokens[k] = replace(tokens[k], folded=FILLER_MARK, stem=FILLER_MARK)
    return tokens


@lru_cache(maxsize=1)
def _site_comparatives() -> dict[str, str]:
    return dict(body_sites().comparatives)


def _comparative_base(word: str) -> str | None:
    """The adjective of a comparative ("thinner" -> "thin"), or ``None``."""
    return _PLAIN_COMPARATIVES.get(word) or _site_comparatives().get(word)


# h-lay22 (issue 14): a baby's feed is its meal, and what a vomiting verb brings up: in "he
# brings up every feed", "she's thrown up most of her feeds", "he sicks up each bottle" the
# feed is the verb's object, and the word of how many ("every", "each", "most", "half",
# "whole") stands between the verb and the words the lexicon knows together ("brings up
# feeds": Gastroesophageal reflux | Vomiting). It is read as no word, as "all his" already is;
# after a preposition ("after every feed") it says when and stays. So is a word of degree
# before "force" ("with such force", "with real force"), which the lexicon's "with force"
# wordings of forceful vomiting did not reach across.
_VOMITING_VERBS = frozenset({
    "bring", "brings", "brought", "bringing", "throw", "throws", "threw", "thrown", "throwing",
    "sick", "sicks", "sicked", "sicking", "vomit", "vomits", "vomited", "vomiting", "puke",
    "pukes", "puked", "puking"})
_HOW_MANY = frozenset({"every", "each", "most", "half", "whole", "entire"})
# Words that may stand between the verb (or its "up") and the feed besides words of how many.
_OBJECT_FILLERS = frozenset({"of", "the", "his", "her", "their", "my", "a", "all", "up"})
_FEED_NOUNS = frozenset({"feed", "feeds", "bottle", "bottles", "meal", "meals", "milk",
                         "food"})
_FORCE_DEGREES = frozenset({"such", "real", "great", "so", "much", "huge", "massive"})
_OBJECT_REACH = 4


def _mark_brought_up_feeds(tokens: list[Token]) -> list[Token]:
    for here, token in enumerate(tokens):
        if token.folded == "force":
            k = here - 1
            while k > 0 and tokens[k].folded in _FORCE_DEGREES:
                k -= 1
            if k < here - 1 and tokens[k].folded == "with":
                for d in range(k + 1, here):
                    tokens[d] = replace(tokens[d], folded=FILLER_MARK, stem=FILLER_MARK)
            continue
        if token.folded not in _VOMITING_VERBS:
            continue
        between: list[int] = []
        for k in range(here + 1, min(len(tokens), here + 2 + _OBJECT_REACH)):
            folded = tokens[k].folded
            if folded in _FEED_NOUNS:
                for d in between:
                    if tokens[d].folded in _HOW_MANY:
                        tokens[d] = replace(tokens[d], folded=FILLER_MARK, stem=FILLER_MARK)
                break
            if folded not in _HOW_MANY and folded not in _OBJECT_FILLERS:
                break
            between.append(k)
    return tokens


# h-lay18 (issue 14): "thin" said of matter the body passes ("a thin grey discharge", "my
# discharge is thin and watery", "thin runny poo") tells how runny it is, not that the person
# is thin (lay_terms "thin": Decreased body weight): the word is read as none when such a noun
# follows it (across colour words and commas) or is its subject before a linking verb.
_THIN_WORDS = frozenset({"thin", "thinner"})
_BODY_MATTER = frozenset({
    "discharge", "mucus", "mucous", "blood", "poo", "poos", "stool", "stools", "urine", "wee",
    "pee", "snot", "phlegm", "spit", "saliva", "milk", "sputum", "liquid", "fluid", "pus",
    "period", "periods", "bleed", "bleeding", "vomit", "sick"})
_MATTER_LINKS = frozenset({"is", "was", "are", "were", "looks", "seems", "gets", "got",
                           "very", "really", "quite", "so", "all", "a", "bit", "more"})
_THIN_BETWEEN_REACH = 3
# Words of colour or runniness that may stand between "thin" and its matter ("thin grey
# discharge", "thin watery poo").
_MATTER_DESCRIBING = frozenset({"grey", "gray", "white", "yellow", "green", "clear", "brown",
                                "red", "pink", "watery", "runny", "milky", "creamy", "smelly",
                                "fishy", "greyish", "whitish", "yellowish", "greenish"})


def _mark_thin_matter(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word or t.folded == ","]
    for n, here in enumerate(words):
        if tokens[here].folded not in _THIN_WORDS:
            continue
        after = [tokens[k].folded for k in words[n + 1:n + 1 + _THIN_BETWEEN_REACH]]
        ahead = next((w for w in after if w not in (",", "and") and w not in _MATTER_DESCRIBING),
                     None)
        back = n - 1
        while back >= 0 and tokens[words[back]].folded in _MATTER_LINKS:
            back -= 1
        subject = tokens[words[back]].folded if back >= 0 and back < n - 1 else None
        if ahead in _BODY_MATTER or subject in _BODY_MATTER:
            tokens[here] = replace(tokens[here], stem=FILLER_MARK)
    return tokens


def _mark_adverb_back(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    folded = [tokens[k].folded for k in words]
    for n, here in enumerate(words):
        if (folded[n] != "back" or n == 0
                or (n + 1 < len(folded) and folded[n + 1] in _BACK_SUBJECT_AFTER)):
            continue
        before = folded[n - 1]
        adverb = before in _PARTICLE_VERBS
        if not adverb and before not in _BACK_NOUN_BEFORE and before not in STOPWORDS - {
                "it", "them", "him", "me", "us"}:
            between = range(n - 2, max(n - 1 - _PARTICLE_REACH, -1), -1)
            adverb = any(folded[k] in _PARTICLE_VERBS for k in between)
        if adverb and before in _BACK_UP_VERBS and n + 1 < len(folded) and folded[n + 1] == "up":
            tokens[here] = replace(tokens[here], folded=FILLER_MARK, stem=FILLER_MARK)
        elif adverb:
            tokens[here] = replace(tokens[here], stem=FILLER_MARK)
    return tokens


# "It" before a verb of stinging or burning refers back to the urine when the urine was the
# last thing of its sentence named ("my wee smells and it stings", "my pee is pink with blood,
# it burns too"): passing it stings, as "stings when I wee" says (Dysuria). Looked for back to
# the sentence's start, within this many words.
_URINE_WORDS = frozenset({"urine", "pee", "wee", "wees", "pees", "piss"})
_STING_VERBS = frozenset({"stings", "stinging", "stung", "burns", "burning", "burnt", "burned"})
_URINE_LOOKBACK = 10
_OTHER_REFERENTS = frozenset({"eye", "eyes", "ear", "ears", "skin", "throat", "mouth", "tongue",
                              "rash", "spot", "spots", "cut", "sore", "wound", "foot", "feet",
                              "hand", "hands", "leg", "legs", "arm", "arms", "face", "nose",
                              "bottom", "back", "chest", "head", "stomach", "tummy", "belly"})


# h-lay8: what "it" may be said to be of a poo or a wee named before it in its sentence
# ("no blood in my poo tho its really runny", "my wee, it's cloudy and it smells"): the
# describing words the lexicon reads of stools and urine ("runny poo": Diarrhea, "cloudy
# urine"), past a copula or a softener.
_URINE_PREDICATES = _STING_VERBS | frozenset({"cloudy", "dark", "frothy", "foamy", "smelly",
                                              "smells", "stinks", "pink", "bloody"})
_STOOL_REFERENTS = frozenset({"poo", "poos", "poop", "poops", "stool", "stools"})
_STOOL_PREDICATES = frozenset({"runny", "watery", "loose", "pale", "black", "greasy", "hard",
                               "bloody", "tarry", "slimy", "frothy", "smelly", "mushy"})
_REFERENT_SOFTENERS = frozenset({"really", "also", "just", "kind", "of", "a", "bit", "is", "was",
                                 "gets", "getting", "gone", "goes", "been", "looks", "very",
                                 "so", "quite", "always", "still", "now", "often", "sometimes",
                                 "more", "all"})


# h-lay8: "blood in it" said of what was passed or brought up before it in its sentence
# ("been throwing up but there's no blood in it", "the runs with blood in it") is blood in
# that: the lexicon's "blood in my vomit", "blood in the diarrhoea", "blood in my poo".
_BLOOD_HOLDERS = {**{w: "urine" for w in _URINE_WORDS},
                  **{w: "stool" for w in _STOOL_REFERENTS},
                  **{w: "diarrhea" for w in ("diarrhoea", "diarrhea", "runs")},
                  **{w: "vomit" for w in ("vomit", "vomiting", "vomited", "sick", "puke",
                                          "puking", "throwing", "threw")},
                  # h-lay20: what is coughed up ("I've been coughing for months, sometimes
                  # there's blood in it": blood in the phlegm, Hemoptysis).
                  **{w: "phlegm" for w in ("cough", "coughs", "coughing", "coughed", "phlegm",
                                           "sputum", "mucus")}}


def _blood_in_it(tokens: list[Token], here: int) -> str | None:
    """What the "it" of "blood in it" at ``here`` is: the word of :data:`_BLOOD_HOLDERS`
    named last before it in its sentence, no part of the body between."""
    if [t.folded for t in tokens[max(here - 2, 0):here]] != ["blood", "in"]:
        return None
    for back in range(here - 3, max(here - _URINE_LOOKBACK, 0) - 1, -1):
        word = tokens[back].folded
        if word in SENTENCE_ENDS or word in _OTHER_REFERENTS:
            return None
        if word in _BLOOD_HOLDERS:
            return _BLOOD_HOLDERS[word]
    return None


def _refer_to_urine(tokens: list[Token]) -> list[Token]:
    """"It" (or "it's") before a stinging verb reads as the urine named last in its sentence,
    no other part of the body named between; before a word that describes urine or stools
    (h-lay8), as the urine or stool named last; after "blood in", as what holds the blood."""
    for here in range(len(tokens)):
        if tokens[here].folded not in ("it", "it's", "its"):
            continue
        holder = _blood_in_it(tokens, here)
        if holder is not None:
            tokens[here] = replace(tokens[here], folded=holder, stem=stem(holder))
            continue
        if here == len(tokens) - 1:
            continue
        verb = here + 1
        while verb < len(tokens) - 1 and tokens[verb].folded in _REFERENT_SOFTENERS:
            verb += 1
        said = tokens[verb].folded
        if said not in _URINE_PREDICATES and said not in _STOOL_PREDICATES:
            continue
        for back in range(here - 1, max(here - _URINE_LOOKBACK, 0) - 1, -1):
            word = tokens[back].folded
            if word in SENTENCE_ENDS or word in _OTHER_REFERENTS:
                break
            if word in _URINE_WORDS or word in _STOOL_REFERENTS:
                referent = "urine" if word in _URINE_WORDS else "stool"
                if said in (_URINE_PREDICATES if referent == "urine" else _STOOL_PREDICATES):
                    tokens[here] = replace(tokens[here], folded=referent, stem=stem(referent))
                break
    return tokens


# Clinicians write the common pairs of gut symptoms as single letters joined by "&", "+" or
# "/": "N&V", "n/v" (nausea and vomiting), "D&V" (diarrhoea and vomiting), "N/V/D". A letter
# alone means nothing, so only letters joined so, all of them from this table, are read.
_SYMPTOM_LETTERS = {"n": "nausea", "v": "vomiting", "d": "diarrhoea"}
_LETTER_JOINS = frozenset({"&", "+", "/"})


def _spell_out_letter_pairs(tokens: list[Token]) -> list[Token]:
    """Each letter of "N&V", "D+V", "n/v/d" takes the stem of the symptom it stands for, and
    each join reads as "and", so that the letters read as the words written out: a finding
    each, negated together ("no N&V" as "no nausea and vomiting")."""
    here = 0
    while here < len(tokens):
        end = here
        while (end + 2 < len(tokens) and tokens[end + 1].folded in _LETTER_JOINS
               and tokens[end + 2].folded in _SYMPTOM_LETTERS
               and tokens[end + 1].start == tokens[end].end
               and tokens[end + 2].start == tokens[end + 1].end):
            end += 2
        letters = tokens[here:end + 1:2]
        if (end > here and tokens[here].folded in _SYMPTOM_LETTERS
                and len({t.folded for t in letters}) == len(letters)
                and (here == 0 or not tokens[here - 1].folded.isalnum()
                     or tokens[here - 1].end < tokens[here].start)):
            for position in range(here, end + 1, 2):
                word = _SYMPTOM_LETTERS[tokens[position].folded]
                tokens[position] = replace(tokens[position], stem=stem(word))
            for position in range(here + 1, end, 2):
                tokens[position] = replace(tokens[position], folded="and", stem="and",
                                           is_word=True)
            here = end + 1
        else:
            here += 1
    return tokens


# Clinicians' shorthand of a note's structure (issue 14). Letters joined by "/" with no space:
# "c/o" (complains of), "o/e" (on examination), "h/o" (history of) introduce what follows and
# name nothing ("o/n" is "overnight", h-clinician3: "swollen knee o/n" came on all at once);
# "r/o" (rule out) and "?" written onto a word ("?appendicitis") put a diagnosis in question.
# "w/o" is "without", a negation ("w/o loin pain or fever", h-clinician9: read as present).
# h-clinician10: "s/p" (status post) is "after" ("s/p TKR 10/7", a preceding event), and "w/"
# written alone before a word is "with" ("worse w/ exercise", "w/ T1DM").
# The headings of a note ("PC", "HPC", "PMH", "DH", "SH", "FH", "NAD", "Hx"), written in
# capitals as clinicians write them, name no finding either. Each such token reads
# as a function word (or, for a query, as "query", an uncertainty cue), keeping its text.
_SHORTHAND_CONNECTORS = {("c", "o"): "of", ("o", "e"): "of", ("h", "o"): "of",
                         ("r", "o"): "query", ("o", "n"): "overnight", ("w", "o"): "without",
                         ("s", "p"): "after"}
_SHORTHAND_PREPOSITIONS = {"w": "with"}
# "NKDA"/"NKA" (no known drug allergies, no known allergies) and "nil" (none: "PMH nil", "SHx
# nil") name nothing either (h-clinician2).
_SHORTHAND_HEADINGS = frozenset({"PC", "HPC", "PMH", "PMHx", "DH", "DHx", "SH", "SHx", "FH",
                                 "FHx", "NAD", "Hx", "hx", "O/E", "OE", "NKDA", "NKA", "nil",
                                 "Nil", "NIL"})
# "+ve" and "-ve" (positive, negative), written onto the sign: "+ve Kernig", "Tinel +ve",
# "-ve Murphy's", "ketones -ve", "-ve for fever".
_SIGNED_RESULTS = {"+": "positive", "-": "negative"}
# What may follow a sign's lone "+" result: the end of its item.
_SIGN_RESULT_ENDS = frozenset({",", ";", ".", ")", ":"})
# A result's direction written as an arrow: "CRP ↑", "Ca ↓", "CK ↑↑", "↑ ESR" (h-reader44).
# A run of arrows reads as one word, the level word people write for it ("high", "low"): the
# lexicon and the laboratory reader (text/labs.py) read "CRP high", "low Ca". "high" rather
# than "raised": the curated laboratory phrases are worded with "high" ("high PTH").
_DASHES = frozenset({"—", "–", "―"})
_ARROWS = {"↑": "high", "⇑": "high", "⬆": "high", "↓": "low", "⇓": "low", "⬇": "low"}
# An arrow before or after a sign written in lower-case words ("↓ breath sounds", "↓ anal
# tone", "air entry ↓", "↑ thirst") is the sign's direction, which HPO words as "decreased"
# and "increased" ("Decreased breath sounds"); "low breath sounds" named nothing
# (h-clinician4). Beside a laboratory name or an abbreviation in capitals ("↑TSH", "Ca ↓",
# "↓ GCS") it stays the result's level word.
_ARROWED_SIGNS = {"high": "increased", "low": "decreased"}
_ARROWED_MEASURES = frozenset({"alb", "lipase", "troponin", "trop", "mcv", "inr", "ft4", "ft3",
                               "bp", "hr", "rr", "sats", "temp", "gcs", "bm", "pth", "cr"})
# h-clinician11: an arrow after a complaint or opening an item, before a circumstance ("CP ↑
# lying flat, ↓ sitting forward", "CP ↑ on exertion", "pain ↓ with rest") says what makes the
# complaint worse or better, as notes write "↑" for "increased by" and "↓" for "reduced by".
# "↓" reads "better", which the reader of relieving circumstances takes ("better sitting
# forward"). "↑" is dropped: the circumstance said right after the complaint is what brings it
# on, as the reader takes "CP on exertion" or "SOB on exertion" (Angina, Exertional dyspnea),
# which "worse" between them would break. After a measure ("sats ↓ on exertion", "BP ↑ on
# standing") the arrow stays the level word.
_ARROWED_CIRCUMSTANCES = {"high": "", "low": "better"}
_CIRCUMSTANCE_WORDS = frozenset({
    "on", "with", "after", "when", "by", "at", "during", "lying", "sitting", "standing",
    "bending", "leaning", "walking", "running", "climbing", "eating", "exertion", "exercise",
    "movement", "moving", "rest", "resting", "coughing", "sneezing", "straining",
    "breathing", "inspiration", "swallowing", "food", "meals", "night", "nocte"})


# The headings of a past medical history: what follows, to the end of its sentence or the next
# heading, names known diagnoses rather than the complaint. Not "h/o" (history of), which
# notes also write of the present complaint ("h/o fever since 3 days"); not "FH" (family
# history): setting its findings aside cost a frozen question its top-5 place (lexicon_log.md).
_HISTORY_HEADINGS = frozenset({"PMH", "PMHx"})
# "FH" also names familial hypercholesterolaemia: a heading only before "of" or ":" ("FH of
# MI", "FH: diabetes").
_AMBIGUOUS_HEADINGS = frozenset({"FH"})
_HEADING_FOLLOWERS = frozenset({"of", ":"})
# The family-history headings read as the family-history shorthand "fhx" (family_history.yaml
# states a family history with it), not as a function word: "FHx SCD", "FH of MI", "FHx: bowel
# cancer" give what follows to the family (text/family.py), as "fhx of" in lower case did
# (h-clinician5: "FHx of sudden cardiac death" was read as the patient's own).
_FAMILY_HEADINGS = frozenset({"FH", "FHx"})
FAMILY_SHORTHAND = "fhx"
# "Family hx" is "family history": its "hx" is no heading.
_FAMILY_WORDS = frozenset({"family", "fam"})
# A heading answered "nothing" ("PMH nil", "PMH: none", "PMHx NAD", "PMH - nil of note"): the
# history is empty, and the heading's span ends at that word, so the complaint written after it
# in the same sentence ("F 71, PMH nil, SOBOE, ankle oedema") stays the complaint.
_NOTHING_WORDS = frozenset({"nil", "none", "nad", "unremarkable", "nothing"})
# h-clinician7: a word that turns from the history to the complaint ends the history's span as
# "c/o" does: "PMH T2DM, presents with polyuria and polydipsia", "PMH asthma, now SOB and
# wheeze" (the complaint after it was set aside with the history).
_PRESENTING_WORDS = frozenset({"presents", "presented", "presenting", "complains",
                               "complaining", "now", "today", "currently", "admitted"})
_NOTHING_LEAD = frozenset({":", "-", "="})


def _is_heading(tokens: Sequence[Token], here: int) -> bool:
    """Is token ``here`` a heading of a note ("PMH", "SH", "FH of ...")?"""
    text = tokens[here].text
    if text in _AMBIGUOUS_HEADINGS:
        return here + 1 < len(tokens) and tokens[here + 1].folded in _HEADING_FOLLOWERS
    return text in _SHORTHAND_HEADINGS


def background_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token ranges of a note's past medical history ("PMH HTN, T2DM. c/o ..."): from its
    heading to the end of the sentence or the next heading."""
    spans = []
    for here, token in enumerate(tokens):
        if token.text not in _HISTORY_HEADINGS or not _is_heading(tokens, here):
            continue
        end = here + 1
        while end < len(tokens) and tokens[end].folded in _NOTHING_LEAD:
            end += 1
        if end < len(tokens) and tokens[end].text.lower() in _NOTHING_WORDS:
            spans.append((here + 1, end + 1))  # "PMH nil": an empty history
            continue
        end = here + 1
        while (end < len(tokens) and tokens[end].folded not in SENTENCE_ENDS
               and not _is_heading(tokens, end)
               and tokens[end].text.lower() not in ("c/o", "o/e")
               and tokens[end].folded not in _PRESENTING_WORDS):
            end += 1
        spans.append((here + 1, end))
    return spans


def _joined(tokens: list[Token], first: int, last: int) -> bool:
    """True when tokens ``first`` .. ``last`` are written with no space between them."""
    return all(tokens[k + 1].start == tokens[k].end for k in range(first, last))


def _written(tokens: list[Token], first: int, last: int) -> str:
    """Tokens ``first`` .. ``last`` as written, with the spaces between them."""
    return "".join(t.text if k == first else " " * (t.start - tokens[k - 1].end) + t.text
                   for k, t in enumerate(tokens[first:last + 1], start=first))


def _split_word(text: str, start: int, end: int, cut: int, first: str,
                rest: str) -> tuple[Token, Token]:
    """What was written from ``start`` to ``end`` (``text``) as two words: ``first`` for its
    first ``cut`` characters ("a" of "afebrile": "no"), ``rest`` for the others."""
    return (Token(text=text[:cut], folded=first, stem=stem(first), start=start,
                  end=start + cut, is_word=True),
            Token(text=text[cut:], folded=rest, stem=stem(rest), start=start + cut, end=end,
                  is_word=True))


def _as_word(tokens: list[Token], first: int, last: int, word: str) -> Token:
    """Tokens ``first`` .. ``last`` as one word ``word``, keeping what was written."""
    text = "".join(token.text for token in tokens[first:last + 1])  # written with no space
    return Token(text=text, folded=word, stem=stem(word), start=tokens[first].start,
                 end=tokens[last].end, is_word=True)


# h-clinician3: a finding's adjective with the privative "a-" says the finding is absent, as
# clinicians note it ("afebrile", "apyrexial": no fever). The "a" reads as "no", the rest as the
# adjective, so the finding is read and negated as "no fever" is; the negation reaches no
# further than that one word (the next word starts a new item).
_PRIVATIVES = frozenset({"afebrile", "apyrexial", "apyrexic"})
# h-clinician6: "normotensive" (a normal blood pressure, as notes write it: "hypoK, met alk,
# normotensive") says there is no hypertension: its "normo" reads as "no", the rest as
# "hypertensive", negated as the privatives are, reaching that one word only.
_NORMAL_PREFIX = "normo"
_NORMAL_WORDS = {"normotensive": "hypertensive"}


def is_privative(token: Token) -> bool:
    """Is ``token`` the "no" of a privative split ("afebrile": "a" read as "no";
    "normotensive": "normo")? Its negation reaches the one finding of its word only
    (text/negation.py)."""
    return token.folded == "no" and token.text.lower() in _PRIVATIVE_PREFIXES


# The written prefixes a privative "no" keeps as its text ("a" of "afebrile", "non-" of
# "non-tender", "normo" of "normotensive").
_PRIVATIVE_PREFIXES = frozenset({"a", "non", "non-", "non ", _NORMAL_PREFIX})
# h-lay12: "non-tender", "non tender", "nontender" before a finding say it does not hurt ("a
# non-tender lump in my neck": a lump, no pain); "tender" alone read Neck pain as present. The
# "non" reads as a privative "no" that reaches "tender" only. "non-painful" is "painless".
_NON_PAINS = frozenset({"tender", "painful"})


# h-lay12 (issue 14): "painless" is the finding with the pain denied ("painless bleeding", "a
# painless lump": bleeding and a lump with no pain), as "pain-free bleeding" reads. The word is
# split as "pain" and "free": "free" after a finding denies that finding only
# (question_words.yaml), so the finding after it stays present. The lexicon's phrases that hold
# "painless" keep it whole before their noun: "painless sore" (a sore that does not hurt is an
# ulcer: Skin ulcer, Genital ulcers), hp.obo's "Painless mass" and "Painless fractures due to
# injury". Other "-less" words deny no finding ("breathless", "restless", "sleepless",
# "listless" are findings themselves).
_SUFFIX_PRIVATIVES = {"painless": ("pain", "free")}
_WHOLE_BEFORE = frozenset({"sore", "sores", "ulcer", "ulcers", "mass", "masses", "fracture",
                           "fractures"})


def _split_privatives(tokens: list[Token]) -> list[Token]:
    return _split_suffix_privatives(_split_non_pains(tokens))


# h-sites17: the tendon reflexes by the clinician's name of them, "ankle jerks", "knee jerk"
# (HPO's synonyms: "Absent knee jerk reflex", "Hyperactive ankle jerk reflex"): the site
# before "jerk" is where the reflex is tested, no myoclonus there.
_REFLEX_SITES = frozenset({"ankle", "ankles", "knee", "knees", "biceps", "triceps",
                           "supinator", "jaw"})
_JERKS = {"jerk": "reflex", "jerks": "reflexes"}


def _name_reflex_jerks(tokens: list[Token]) -> list[Token]:
    """ "Ankle jerks", "the knee jerk" as the reflexes they are ("ankle reflexes"): read as
    "jerks", Myoclonus at the ankle (h-sites17: "lost the ankle jerks")."""
    out = list(tokens)
    for n in range(1, len(tokens)):
        word = tokens[n].folded
        if word in _JERKS and tokens[n - 1].folded in _REFLEX_SITES and (
                n + 1 >= len(tokens) or tokens[n + 1].folded not in {"reflex", "reflexes"}):
            out[n] = _as_word(tokens, n, n, _JERKS[word])
    return out


def _join_coca_cola(tokens: list[Token]) -> list[Token]:
    """ "Coca-Cola", "coca cola" as the one word "cola" (h-lay12): "pee like coca cola" is urine
    like cola, which the lexicon reads (Myoglobinuria | Hemoglobinuria | ...); "coca" left
    the cola phrases unmatched."""
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        token = tokens[n]
        last = n + 2 if n + 2 < len(tokens) and tokens[n + 1].folded == "-" else n + 1
        if (token.folded == "coca" and last < len(tokens) and tokens[last].folded == "cola"
                and (last == n + 1 or _joined(tokens, n, last))):
            out.append(Token(text=_written(tokens, n, last), folded="cola", stem=stem("cola"),
                             start=token.start, end=tokens[last].end, is_word=True))
            n = last + 1
            continue
        out.append(token)
        n += 1
    return out


def _split_non_pains(tokens: list[Token]) -> list[Token]:
    """ "non-tender" as a privative "no" and "tender"; "non-painful" as "painless" is split,
    "pain" and "free"."""
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        token = tokens[n]
        word = None
        last = n
        if token.folded in ("nontender", "nonpainful"):
            word = token.folded[3:]
        elif token.folded == "non" and n + 1 < len(tokens):
            last = n + 2 if tokens[n + 1].folded == "-" and n + 2 < len(tokens) else n + 1
            word = tokens[last].folded if tokens[last].folded in _NON_PAINS else None
            if word is not None and not _joined(tokens, n, last) and last != n + 1:
                word = None
        if word is None:
            out.append(token)
            n += 1
            continue
        # The words as written, with the one space or hyphen between them.
        written = _written(tokens, n, last)
        cut = len(written) - (len("ful") if word == "painful" else len(word))
        first, rest = (("pain", "free") if word == "painful" else ("no", word))
        out.extend(_split_word(written, token.start, tokens[last].end, cut, first, rest))
        n = last + 1
    return out


def _split_suffix_privatives(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for n, token in enumerate(tokens):
        suffixed = _SUFFIX_PRIVATIVES.get(token.folded)
        if (suffixed is not None and token.end - token.start == len(token.folded)
                and not (n + 1 < len(tokens) and tokens[n + 1].folded in _WHOLE_BEFORE)):
            word, denial = suffixed
            out.extend(_split_word(token.text, token.start, token.end, len(word), word, denial))
        elif token.folded in _NORMAL_WORDS and token.end - token.start == len(token.folded):
            out.extend(_split_word(token.text, token.start, token.end, len(_NORMAL_PREFIX), "no",
                                   _NORMAL_WORDS[token.folded]))
        elif token.folded in _PRIVATIVES and token.end - token.start == len(token.folded):
            out.extend(_split_word(token.text, token.start, token.end, 1, "no",
                                   token.folded[1:]))
        else:
            out.append(token)
    return out


# h-clinician4: a pregnancy as notes write it. "7/40" is seven weeks of gestation (weeks over
# the forty of a term pregnancy; 4/40 to 42/40): read as "7 weeks pregnant", so the pregnancy
# exposure and the urgent notice of pain or bleeding in pregnancy meet it as they meet the
# words. "UPT" in capitals (urine pregnancy test; "+ve UPT", "UPT negative") reads as
# "pregnancy test", whose result words the exposure reader already weighs. Not a date
# ("7/40/2020") nor a ratio inside a number.
_GESTATION_TERM = "40"
_GESTATION_WEEKS = (4, 42)
_PREGNANCY_TEST = "UPT"


def _spell_out_pregnancy_shorthand(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    count = len(tokens)
    here = 0
    while here < count:
        token = tokens[here]
        if (token.folded.isdigit() and here + 2 < count and tokens[here + 1].folded == "/"
                and tokens[here + 2].folded == _GESTATION_TERM and _joined(tokens, here, here + 2)
                and _GESTATION_WEEKS[0] <= int(token.folded) <= _GESTATION_WEEKS[1]
                and (here == 0 or not (tokens[here - 1].folded in {"/", ".", ":"}
                                       and _joined(tokens, here - 1, here)))
                and not (here + 3 < count and tokens[here + 3].folded in {"/", ".", ":"}
                         and _joined(tokens, here + 2, here + 3))):
            out.append(token)
            out.append(replace(tokens[here + 1], folded="weeks", stem=stem("weeks"), is_word=True))
            out.append(replace(tokens[here + 2], folded="pregnant", stem=stem("pregnant")))
            here += 3
            continue
        if token.text == _PREGNANCY_TEST:
            out.append(Token(text=token.text[:1], folded="pregnancy", stem=stem("pregnancy"),
                             start=token.start, end=token.start + 1, is_word=True))
            out.append(Token(text=token.text[1:], folded="test", stem=stem("test"),
                             start=token.start + 1, end=token.end, is_word=True))
        else:
            out.append(token)
        here += 1
    return out


# h-clinician4: a joint named by its initials and "J" in capitals ("DIPJ swelling", "1st MTPJ",
# "MCPJs", "SIJ pain", "TMJ clicking") is that joint: the initials and "joint(s)", as the words
# written out read ("swollen DIP joints": Joint swelling). The sacroiliac and jaw joints are
# spelled out, as HPO names their terms ("Sacroiliac arthritis", "Temporomandibular joint
# crepitus"); the finger and toe joints keep their initials, which name no other term.
_JOINT_INITIALS = {"DIP": "dip", "PIP": "pip", "MCP": "mcp", "MTP": "mtp", "IP": "ip",
                   "SI": "sacroiliac", "TM": "temporomandibular", "AC": "acromioclavicular"}
_JOINT_SHORTHAND = re.compile(r"(DIP|PIP|MCP|MTP|IP|SI|TM|AC)J(s?)")


def _spell_out_joints(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        match = _JOINT_SHORTHAND.fullmatch(token.text)
        if match is None:
            out.append(token)
            continue
        initials, plural = match.group(1), match.group(2)
        cut = token.start + len(initials)
        word = _JOINT_INITIALS[initials]
        joint = "joints" if plural else "joint"
        out.append(Token(text=token.text[:len(initials)], folded=word, stem=stem(word),
                         start=token.start, end=cut, is_word=True))
        out.append(Token(text=token.text[len(initials):], folded=joint, stem=stem(joint),
                         start=cut, end=token.end, is_word=True))
    return out


# h-clinician3: the clinicians' two-letter names of the commonest pains, written in capitals.
# "HA" is headache ("sudden severe occipital HA", "2/7 HA, N&V"). "CP" is chest pain to
# clinicians but cerebral palsy too (HPO's abbreviation), so it is read as chest pain only next
# to a word that only a pain takes: its character or site before it ("central CP", "crushing
# CP", "pleuritic CP"), a complaint or a denial before it ("c/o CP", "no CP", "denies CP") or
# its spread after it ("CP radiating to jaw"); "a child with CP" and "spastic CP" stay unread.
# "CP" splits into "C" read as "chest" and "P" as "pain", so the lexicon and the red flags meet
# the words written out.
_PAIN_WORD = "HA"
_CP = "CP"
_CP_BEFORE = frozenset({
    "central", "crushing", "retrosternal", "substernal", "pleuritic", "exertional", "atypical",
    "typical", "cardiac", "tight", "sharp", "severe", "sudden", "intermittent", "constant",
    "ongoing", "new", "squeezing", "heavy", "burning", "stabbing", "worsening", "of", "no",
    "denies", "denied", "nil"})
_CP_AFTER = frozenset({"radiating", "radiates", "radiated", "radiation", "worse", "on"})
# h-clinician11: a bare "CP" in an adult's note ("58M CP, SOB, diaphoretic", "F 45, CP + SOB")
# is chest pain too. Cerebral palsy is a childhood diagnosis that notes of children write as
# "CP", while a note about an adult lists it as a complaint (the abbreviation lists give "CP"
# both senses; the age of the note's opening stem decides, as a reader of the note would).
# In an adult's note a word of the palsy's kind before it ("known CP", "spastic CP") or "with"
# after the person ("woman with CP") keeps it unread; "presenting with CP" is a complaint.
# The age is read from the note's opening stem only ("58M", "F 24", "67 y/o M", "45yo"):
# ADULT_AGE and over, the NHS's age of adult services.
ADULT_AGE = 18
_STEM_WINDOW = 6
_AGE_SEX = re.compile(r"(\d{1,3})(?:m|f|yo|y|yr|yrs|yom|yof)")
_SEX_WORDS = frozenset({"m", "f", "male", "female", "man", "woman", "gentleman", "lady"})
_AGE_WORDS = frozenset({"yo", "y", "yr", "yrs", "year", "years", "yom", "yof"}) | _SEX_WORDS
_PALSY_BEFORE = frozenset({
    "known", "spastic", "ataxic", "dyskinetic", "athetoid", "dystonic", "quadriplegic",
    "diplegic", "hemiplegic", "background", "bg", "with", "has", "had", "have"})
_PRESENTING = frozenset({"presents", "presenting", "presented", "presentation", "w"})


def _adult_note(tokens: list[Token]) -> bool:
    """Whether the note's opening stem gives an age of ADULT_AGE or more ("58M", "F 24")."""
    head = tokens[:_STEM_WINDOW]
    for here, token in enumerate(head):
        match = _AGE_SEX.fullmatch(token.folded)
        age = int(match.group(1)) if match else None
        if age is None and token.folded.isdigit() and len(token.folded) <= 3:
            beside = {t.folded for t in head[max(here - 1, 0):here + 2] if t is not token}
            if beside & _AGE_WORDS:
                age = int(token.folded)
        if age is not None:
            return age >= ADULT_AGE
    return False


def _complaint_cp(tokens: list[Token], here: int) -> bool:
    """Whether a bare "CP" in an adult's note is listed as a complaint, not a palsy had."""
    if here == 0:
        return True
    before = tokens[here - 1].folded
    if before not in _PALSY_BEFORE:
        return True
    return before == "with" and here > 1 and tokens[here - 2].folded in _PRESENTING
# "UO" (urine output, two letters: too short for the lexicon's abbreviations) only after a word
# of its amount ("reduced UO", "poor UO", "↓ UO" read "low UO"; h-clinician5): "urine"
# "output", as "reduced urine output" reads Oliguria. Not alone, nor "UO 30 ml/h" (a measure).
_URINE_OUTPUT = "UO"
_UO_BEFORE = frozenset({"reduced", "low", "poor", "decreased", "minimal", "falling", "no",
                        "little", "scanty", "diminished"})


# h-clinician11: "TM"/"TMs" in capitals, alone, is the tympanic membrane of an ear examination
# ("dull retracted TMs", "bulging red TM", "TM normal"), as ENT texts write it ("tympanic
# membrane (TM)": Entokey, "Tympanic Membrane Abnormalities"); the joint "TMJ" is one token and
# is read by _spell_out_joints.
_TYMPANIC_MEMBRANES = {"TM": "membrane", "TMs": "membranes"}


def _spell_out_pain_shorthand(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    adult: bool | None = None  # read once, at the first "CP"
    for here, token in enumerate(tokens):
        alone = ((here == 0 or tokens[here - 1].end < token.start
                  or not tokens[here - 1].folded.isalnum())
                 and (here + 1 == len(tokens) or tokens[here + 1].start > token.end
                      or not tokens[here + 1].folded.isalnum()))
        if token.text in _TYMPANIC_MEMBRANES and alone:
            membrane = _TYMPANIC_MEMBRANES[token.text]
            out.append(Token(text=token.text[:1], folded="tympanic", stem=stem("tympanic"),
                             start=token.start, end=token.start + 1, is_word=True))
            out.append(Token(text=token.text[1:], folded=membrane, stem=stem(membrane),
                             start=token.start + 1, end=token.end, is_word=True))
            continue
        if token.text == _PAIN_WORD and alone:
            out.append(replace(token, folded="headache", stem=stem("headache")))
            continue
        if token.text == _CP and alone:
            before = here > 0 and tokens[here - 1].folded in _CP_BEFORE
            after = here + 1 < len(tokens) and tokens[here + 1].folded in _CP_AFTER
            if adult is None:
                adult = _adult_note(tokens)
            if before or after or (adult and _complaint_cp(tokens, here)):
                out.append(Token(text=token.text[:1], folded="chest", stem=stem("chest"),
                                 start=token.start, end=token.start + 1, is_word=True))
                out.append(Token(text=token.text[1:], folded="pain", stem=stem("pain"),
                                 start=token.start + 1, end=token.end, is_word=True))
                continue
        if (token.text == _URINE_OUTPUT and alone and here > 0
                and tokens[here - 1].folded in _UO_BEFORE):
            out.append(Token(text=token.text[:1], folded="urine", stem=stem("urine"),
                             start=token.start, end=token.start + 1, is_word=True))
            out.append(Token(text=token.text[1:], folded="output", stem=stem("output"),
                             start=token.start + 1, end=token.end, is_word=True))
            continue
        out.append(token)
    return out


# h-clinician6 (issue 14): an electrolyte's disorder written as "hypo"/"hyper" and the
# element's symbol ("hypoK", "hyperCa", "hypoNa", "hypoMg", "hypoPO4"), as notes write it: the
# word HPO names it by ("hypokalaemia"), which the lexicon reads in either spelling. "hypoK" read
# as "hypo" (a hypoglycaemic attack, the lay word) and "hyperK" as nothing or hyperactivity.
# "hypo" alone stays the lay word. Each word is the disorder of the element the symbol names
# (K potassium, Na sodium, Ca calcium, Mg magnesium, PO4/phos phosphate, Cl chloride).
_ELECTROLYTE_SYMBOLS = {"k": "kalaemia", "na": "natraemia", "ca": "calcaemia",
                        "mg": "magnesaemia", "mag": "magnesaemia", "po4": "phosphataemia",
                        "phos": "phosphataemia", "cl": "chloraemia"}
_ELECTROLYTE_PREFIXES = ("hypo", "hyper")
# h-clinician6: the acid-base shorthand "met alk", "met acid(osis)", "resp alk", "resp acid":
# "met"/"resp" read as "metabolic"/"respiratory" and "alk"/"acid" as "alkalosis"/"acidosis"
# only together (the verb "met" and the word "acid" stay what they are elsewhere).
_ACID_BASE_KINDS = {"met": "metabolic", "metab": "metabolic", "resp": "respiratory"}
_ACID_BASE_STATES = {"alk": "alkalosis", "alkalosis": "alkalosis", "acid": "acidosis",
                     "acidosis": "acidosis", "acidaemia": "acidosis", "acidemia": "acidosis"}
# h-clinician6: "LAD" in capitals after a word of where or how lymph nodes are enlarged
# ("bilat hilar LAD", "cervical LAD", "tender LAD") is lymphadenopathy, as US notes write it; it
# also names the left anterior descending artery ("LAD occlusion"), so not alone.
_LYMPH_ABBREVIATION = "LAD"
_LYMPH_SITES = frozenset({
    "hilar", "cervical", "axillary", "inguinal", "mediastinal", "supraclavicular",
    "submandibular", "occipital", "paratracheal", "generalised", "generalized", "diffuse",
    "widespread", "tender", "painless", "bilateral", "bilat", "reactive", "shotty", "local",
    "localised", "localized", "posterior", "anterior", "para-aortic", "abdominal", "neck"})
# h-clinician6: a count written onto "x" ("2x", "x3", "×2") right before a finding says it
# happened that many times: "recurrent" ("2x miscarriage", "x3 chest infections"), the word
# the lexicon and the reader's recurrence reading meet (QuestionReader._one_episode). Counts
# of 2 to 20 only, and not before a word of a rate or a dose ("2x daily", "2x a day") nor
# before "ULN".
_COUNT_TOKEN = re.compile(r"(?:x|×)([0-9]{1,2})|([0-9]{1,2})(?:x|×)")
_RATE_WORDS = frozenset({"daily", "day", "days", "a", "per", "weekly", "week", "weeks",
                         "monthly", "month", "months", "yearly", "year", "years", "nightly",
                         "night", "nights", "hourly", "hour", "hours", "bd", "tds", "qds",
                         "od", "times", "/", "in", "each", "every", "since", "over", "last",
                         # h-clinician7: "3x ULN" is a multiple of the upper limit of normal
                         # (text/labs.py), no count of episodes.
                         "uln"})
_RECURRENT = "recurrent"
# h-clinician7: "Ab"/"Abs" written after a test's name is "antibody" ("AChR Ab +ve", "anti-TPO
# Abs raised", "GAD Ab positive"), so the antibodies named with "antibodies" are read; only in
# that case (not "abs", the abdominal muscles, nor "AB", a blood group) and after a word.
_ANTIBODY_SHORT = frozenset({"Ab", "Abs"})
# h-clinician6: "post" joined by a hyphen to an effort or a meal ("dark urine post-exercise",
# "pain post-exertion", "bloating post-meals") is "after", the word the modifiers
# (text/modifiers.py: "after exercise") and the lexicon read; "post-op", "post-natal" and the
# like are left as they are.
_POST = "post"
_POST_OBJECTS = frozenset({"exercise", "exertion", "exercising", "meal", "meals", "food",
                           "eating", "run", "running", "sport", "sports"})


# h-clinician9: a urine dipstick's grade written with plus signs ("++ protein", "protein +++ on
# dip", "protein 2+", "blood ++") reads as the finding the graded analyte makes in the urine:
# dipsticks grade protein and blood from trace to 4+ (one to four plus signs), and a grade of
# 1+ or more is protein or blood found in the urine ("3+ proteinuria" already read). Blood
# tests are not graded so; "+ve" (joined to "ve") is a positive and is left to the shorthand.
_DIPSTICK_ANALYTES = {"protein": "proteinuria", "blood": "haematuria"}
# h-clinician10: the dipstick's leucocyte (leucocyte esterase) and nitrite pads, graded or said
# positive ("leucs ++ nitrites +", "leucocytes +++, nitrites positive", "nitrite +ve"), are white
# cells (Pyuria) and nitrite (Nitrituria, made by bacteria) found in the urine: the signs of a
# urinary infection a dipstick shows (SIGN 160, management of suspected bacterial lower urinary
# tract infection: a positive nitrite with two or more urinary symptoms; Little et al.,
# "Validating the prediction of lower urinary tract infection in primary care: sensitivity and
# specificity of urinary dipsticks and clinical scores in women", PMID 20594439: nitrite and
# leucocyte esterase predict a laboratory-confirmed UTI). Both names are written only of a
# urine test, so "positive" after them reads as a grade too; they read nothing before.
# h-clinician11: a glucose meter shows "HI" above the top of its range (33.3 mmol/L, 600 mg/dL,
# on most meters) and "LO" below the bottom, and notes copy it ("BM HI", "CBG LO"): after a
# glucose's name, in capitals, they are "high" and "low", which the laboratory reader takes
# ("BM high": Hyperglycemia). Sources checked with the search tool: OneTouch meters' "HI"
# reading (above 600 mg/dL, 33.3 mmol/L, higher than the meter can measure); the Sejoy BG-707
# meter manual ("HI" above 33.3 mmol/L).
_METER_READINGS = {"HI": "high", "LO": "low"}
_GLUCOSE_NAMES = frozenset({"bm", "bms", "cbg", "glucose", "sugar", "sugars", "bsl", "glu"})
_URINE_ONLY_ANALYTES = {
    **dict.fromkeys(("leucocytes", "leukocytes", "leucocyte", "leukocyte", "leucs", "leuks",
                     "leuc", "leuk"), "pyuria"),
    **dict.fromkeys(("nitrites", "nitrite", "nitr"), "nitrituria"),
}
_DIPSTICK_ANALYTES |= _URINE_ONLY_ANALYTES
_POSITIVE_WORDS = frozenset({"positive", "pos"})
_MAX_GRADE = 4


def _grade_before(tokens: list[Token], here: int) -> int:
    """How many tokens right before ``here`` write a dipstick grade ("+++", "3+"), else 0."""
    start = here
    while start > 0 and tokens[start - 1].folded == "+" and here - start < _MAX_GRADE:
        start -= 1
    if start == here:
        return 0
    if start > 0 and tokens[start - 1].folded in {"1", "2", "3", "4"} and here - start == 1 \
            and tokens[start - 1].end == tokens[start].start:
        start -= 1
    elif here - start == 1:
        return 0  # a lone "+" before a word is "and" ("Ca 2.9 + protein")
    return here - start


def _grade_after(tokens: list[Token], here: int) -> int:
    """How many tokens right after ``here`` write a dipstick grade ("+++", "2+"), else 0."""
    count = len(tokens)
    end = here + 1
    if end < count and tokens[end].folded in {"1", "2", "3", "4"} and end + 1 < count \
            and tokens[end + 1].folded == "+" and tokens[end].end == tokens[end + 1].start:
        end += 2
    else:
        while end < count and tokens[end].folded == "+" and end - here <= _MAX_GRADE:
            end += 1
    if end == here + 1:
        return 0
    if end < count and tokens[end].folded.isalnum() and tokens[end - 1].end == tokens[end].start:
        return 0  # "+ve"
    if (end - here == 2 and tokens[end - 1].folded == "+" and end < count and tokens[end].is_word
            and tokens[end].folded not in _DIPSTICK_ANALYTES):
        return 0  # a lone "+" between words is "and" ("protein + fat")
    # h-clinician11: before another analyte of the strip a lone "+" is the first one's grade,
    # one plus of a dipstick's list ("leucs + nitrites ++", "nitrites + blood +"): "+ / ++ / +++"
    # is "present / present significantly / present in excess" in notes (Newcastle Gateshead
    # Information Network, Preferred Clinical Abbreviation List, release 5, 2018).
    return end - here - 1


def _positive_after(tokens: list[Token], here: int) -> int:
    """How many tokens right after ``here`` say a test is positive ("positive", "pos", "+ve"),
    else 0."""
    count = len(tokens)
    if here + 1 < count and tokens[here + 1].folded in _POSITIVE_WORDS:
        return 1
    if (here + 2 < count and tokens[here + 1].folded == "+" and tokens[here + 2].folded == "ve"
            and tokens[here + 1].end == tokens[here + 2].start):
        return 2
    return 0


def count_of(token: Token) -> int | None:
    """The count a token writes onto "x" ("x2", "3x", "×2"), else None."""
    match = _COUNT_TOKEN.fullmatch(token.folded)
    if match is None:
        return None
    return int(match.group(1) or match.group(2))


def _spell_out_lab_shorthand(tokens: list[Token]) -> list[Token]:
    """Electrolyte disorders ("hypoK"), acid-base states ("met alk"), "LAD" after a site,
    "Ab" after a test's name, "post-exercise" and counts before a finding ("2x miscarriage"),
    read as the words they stand for."""
    out: list[Token] = []
    count = len(tokens)
    here = 0
    while here < count:
        token = tokens[here]
        word = token.folded
        prefix = next((p for p in _ELECTROLYTE_PREFIXES if word.startswith(p)), None)
        if prefix is not None and word[len(prefix):] in _ELECTROLYTE_SYMBOLS:
            spelled = prefix + _ELECTROLYTE_SYMBOLS[word[len(prefix):]]
            out.append(replace(token, folded=spelled, stem=stem(spelled)))
            here += 1
            continue
        if (word in _ACID_BASE_KINDS and here + 1 < count
                and tokens[here + 1].folded in _ACID_BASE_STATES):
            kind, state = _ACID_BASE_KINDS[word], _ACID_BASE_STATES[tokens[here + 1].folded]
            out.append(replace(token, folded=kind, stem=stem(kind)))
            out.append(replace(tokens[here + 1], folded=state, stem=stem(state)))
            here += 2
            continue
        if (token.text == _LYMPH_ABBREVIATION and here > 0
                and tokens[here - 1].folded in _LYMPH_SITES):
            out.append(replace(token, folded="lymphadenopathy", stem=stem("lymphadenopathy")))
            here += 1
            continue
        if token.text in _ANTIBODY_SHORT and here > 0 and tokens[here - 1].is_word:
            out.append(replace(token, folded="antibodies", stem=stem("antibodies")))
            here += 1
            continue
        if (word == _POST and here + 2 < count and tokens[here + 1].folded == "-"
                and tokens[here + 2].folded in _POST_OBJECTS and _joined(tokens, here, here + 2)):
            out.append(replace(token, folded="after", stem=stem("after")))
            out.append(tokens[here + 2])
            here += 3
            continue
        if (token.text in _METER_READINGS and out and out[-1].folded in _GLUCOSE_NAMES
                and out[-1].end <= token.start):
            level = _METER_READINGS[token.text]
            out.append(replace(token, folded=level, stem=stem(level)))
            here += 1
            continue
        if word in _DIPSTICK_ANALYTES:
            before, after = _grade_before(out, len(out)), _grade_after(tokens, here)
            if word in _URINE_ONLY_ANALYTES and not (before or after):
                after = _positive_after(tokens, here)
            if before or after:
                spelled = _DIPSTICK_ANALYTES[word]
                del out[len(out) - before:]
                out.append(replace(token, folded=spelled, stem=stem(spelled)))
                here += 1 + after
                continue
        number = count_of(token)
        if (number is not None and 2 <= number <= 20 and here + 1 < count
                and tokens[here + 1].is_word and tokens[here + 1].folded.isalpha()
                and tokens[here + 1].folded not in _RATE_WORDS
                and (here == 0 or not tokens[here - 1].folded[:1].isdigit())):
            out.append(replace(token, folded=_RECURRENT, stem=stem(_RECURRENT)))
            here += 1
            continue
        out.append(token)
        here += 1
    return out


def _spell_out_shorthand(tokens: list[Token]) -> list[Token]:
    """Clinicians' shorthand read as the words it stands for (see ``_SHORTHAND_CONNECTORS``),
    each run of joined tokens as one word: connectors and headings as function words, "r/o"
    and "?X" as a query, "+ve" as "positive" and "-ve" as "negative" after what it qualifies
    ("Kernig -ve", "-ve for fever") or as "no" before it ("-ve Kernig")."""
    out: list[Token] = []
    count = len(tokens)
    here = 0
    while here < count:
        token = tokens[here]
        free_before = (here == 0 or tokens[here - 1].end < token.start
                       or not tokens[here - 1].folded.isalnum())

        def free_after(last: int) -> bool:
            return (last + 1 == count or tokens[last + 1].start > tokens[last].end
                    or not tokens[last + 1].folded.isalnum())

        if (here + 2 < count and tokens[here + 1].folded == "/" and _joined(tokens, here, here + 2)
                and (token.folded, tokens[here + 2].folded) in _SHORTHAND_CONNECTORS
                and free_before and free_after(here + 2)):
            word = _SHORTHAND_CONNECTORS[(token.folded, tokens[here + 2].folded)]
            out.append(_as_word(tokens, here, here + 2, word))
            here += 3
            continue
        if (here + 1 < count and token.folded in _SHORTHAND_PREPOSITIONS
                and tokens[here + 1].folded == "/" and _joined(tokens, here, here + 1)
                and free_before and (here + 2 == count or tokens[here + 2].start
                                     > tokens[here + 1].end)):
            out.append(_as_word(tokens, here, here + 1, _SHORTHAND_PREPOSITIONS[token.folded]))
            here += 2
            continue
        if _is_heading(tokens, here) and token.text in _FAMILY_HEADINGS:
            out.append(_as_word(tokens, here, here, FAMILY_SHORTHAND))
        elif (_is_heading(tokens, here) and token.folded == "hx" and here > 0
              and tokens[here - 1].folded in _FAMILY_WORDS):
            out.append(token)
        elif _is_heading(tokens, here):
            out.append(_as_word(tokens, here, here, "of"))
        elif (token.folded == "?" and here + 1 < count and tokens[here + 1].is_word
              and _joined(tokens, here, here + 1)
              and (here == 0 or tokens[here - 1].end < token.start)):
            out.append(_as_word(tokens, here, here, "query"))
        elif (token.folded == "-" and 0 < here < count - 1
              and (token.text in _DASHES or (tokens[here - 1].end < token.start
                                             and token.end < tokens[here + 1].start))
              and any(ch.isalpha() for ch in tokens[here - 1].folded)
              and any(ch.isalpha() for ch in tokens[here + 1].folded)):
            # A dash between words ends a clause as a colon does: "?PE — pleuritic CP" gives
            # the evidence for the query, not more of it (not "2 - 3 days", a range, nor the
            # hyphen of "well-being").
            out.append(replace(token, folded=";", stem=";"))
        elif token.folded in _ARROWS:
            last = here
            while (last + 1 < count and tokens[last + 1].folded == token.folded
                   and _joined(tokens, last, last + 1)):
                last += 1
            word = _arrow_word(tokens, here, last, _ARROWS[token.folded])
            if word:  # "" drops an arrow of a circumstance that brings the complaint on
                out.append(_as_word(tokens, here, last, word))
            here = last + 1
            continue
        elif (token.folded == "+" and here >= 1 and _named_sign(tokens[here - 1])
              and tokens[here - 1].end < token.start
              and (here + 1 == count or tokens[here + 1].folded in _SIGN_RESULT_ENDS)):
            # h-clinician12: a lone "+" after a sign named after a person, ending its item
            # ("Murphy's +, WCC 16", "Romberg +.") is its result, present (the Newcastle
            # Gateshead Preferred Clinical Abbreviation List: "+ ... Present or Noted"), as
            # "Murphy's +ve" is read. Before a word it stays "and" ("Pain + swelling").
            out.append(_as_word(tokens, here, here, "positive"))
        elif (token.folded == "+" and here >= 1 and tokens[here - 1].is_word
              and any(ch.isalpha() for ch in tokens[here - 1].folded)
              and _joined(tokens, here - 1, here) and free_after(here)
              and not (here + 1 < count and (tokens[here + 1].folded[:1].isdigit()
                                             or tokens[here + 1].folded == "+"))):
            # A test result written "+" onto its name: "RF+", "ANA+", "anti-CCP+" are
            # positive (not "K+ 3.1", a potassium's value, nor "2+", a grade).
            out.append(_as_word(tokens, here, here, "positive"))
        elif (token.folded in _SIGNED_RESULTS and here + 1 < count
              and tokens[here + 1].folded == "ve" and _joined(tokens, here, here + 1)
              and free_after(here + 1)):
            word = _SIGNED_RESULTS[token.folded]
            after_word = here >= 1 and tokens[here - 1].is_word
            before_for = here + 2 < count and tokens[here + 2].folded == "for"
            if token.folded == "-" and not after_word and not before_for:
                word = "no"
            if token.folded == "-" and _negative_sign(tokens, here, here + 1, after_word):
                out.extend(_negative_sign_words(tokens, here, here + 1, after_word))
            else:
                out.append(_as_word(tokens, here, here + 1, word))
            here += 2
            continue
        elif token.folded in _NEGATIVE_WORDS and _negative_sign(
                tokens, here, here, here >= 1 and tokens[here - 1].is_word):
            out.extend(_negative_sign_words(tokens, here, here,
                                            here >= 1 and tokens[here - 1].is_word))
        else:
            out.append(token)
        here += 1
    return out


# h-clinician7: a sign named after a person said to be negative ("-ve Romberg", "neg
# Babinski", "Murphy's -ve", "Romberg negative") is the absence of the positive sign, which is
# how HPO names it ("Positive Romberg sign") and how the lexicon reads "+ve Romberg"
# (text/lexicon.py, offer_eponym); the bare name reads nothing, so the negative sign was lost.
# The negative word is read as "no positive" before the name and "positive negative" after it,
# so the positive sign is read and negated. Only beside a capitalised name (as eponyms are
# written; "-ve fever" keeps its "no").
_NEGATIVE_WORDS = frozenset({"neg", "negative"})


def _negative_sign(tokens: list[Token], first: int, last: int, after_word: bool) -> bool:
    """Whether the negative word ``first`` .. ``last`` stands beside a capitalised name: after
    it (``after_word``) or before it."""
    neighbour = (tokens[first - 1] if after_word
                 else tokens[last + 1] if last + 1 < len(tokens) else None)
    return neighbour is not None and _named_sign(neighbour)


def _named_sign(token: Token) -> bool:
    """Whether ``token`` is written as a person's name, as eponymous signs are ("Murphy's",
    "Romberg"): capitalised, four letters or more, with or without "'s"."""
    if not token.is_word:
        return False
    name = token.text.removesuffix("'s").removesuffix("’s")
    return len(name) >= 4 and name.isalpha() and name[0].isupper() and name[1:].islower()


def _negative_sign_words(tokens: list[Token], first: int, last: int,
                         after_word: bool) -> list[Token]:
    """The negative word ``first`` .. ``last`` beside a sign's name as two words: "no
    positive" before the name, "positive negative" after it."""
    words = ("positive", "negative") if after_word else ("no", "positive")
    if first < last:
        return [_as_word(tokens, first, first, words[0]),
                _as_word(tokens, first + 1, last, words[1])]
    token = tokens[first]
    return list(_split_word(token.text, token.start, token.end, 1, *words))


# Words that may follow a sign's arrow without being the sign (a side, a place, a duration).
_NO_SIGN_AFTER = frozenset({"l", "r", "lt", "rt", "left", "right", "bilat", "bilateral", "in",
                            "at", "over", "for", "since", "of", "both"})
_DURATION_TIMES = re.compile(r"x\d+")


def _arrow_word(tokens: list[Token], first: int, last: int, level: str) -> str:
    """The word for a run of arrows ``first``..``last``: the level word ("high", "low"), or
    the sign's direction ("increased", "decreased") beside a sign in lower-case words: the
    word after it when one follows in its clause, else the word before it. Before a
    circumstance, after a complaint, "better" for "↓" and "" (dropped) for "↑"."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    before = tokens[first - 1] if first > 0 else None
    if (after is not None and after.folded in _CIRCUMSTANCE_WORDS
            and (before is None or not before.is_word
                 or (any(ch.isalpha() for ch in before.folded)
                     and before.folded not in _LAB_NAMES
                     and before.folded not in _ARROWED_MEASURES))):
        return _ARROWED_CIRCUMSTANCES[level]
    neighbour = after if after is not None and after.is_word else before
    if (after is not None and before is not None and before.is_word
            and (after.folded in _NO_SIGN_AFTER or _DURATION_TIMES.fullmatch(after.folded))):
        # h-clinician12: a side, a place word or a duration after the arrow is no sign: the
        # sign is the word before it ("hearing ↓ L ear", "hearing ↓ x4/12").
        neighbour = before
    if neighbour is None or not neighbour.is_word:
        return level
    word = neighbour.text
    if (not word.isalpha() or not word.islower() or len(word) < 3
            or word in _LAB_NAMES or word in _ARROWED_MEASURES):
        return level
    return _ARROWED_SIGNS[level]


# h-lay15: two words of a pain's quality listed with a comma before it ("a burning, stabbing
# pain around my ribs", "a stabbing, burning pain in my foot") describe one pain, as when
# joined by "and": the comma between them reads as "and", so that the series reaches the pain
# and its site (a burning pain keeps its nerve-pain reading; the comma cut "burning" off,
# read as nothing). Only right before a word of pain: "burning, itchy skin" is left alone.
_PAIN_QUALITIES = frozenset({
    "burning", "stabbing", "shooting", "sharp", "throbbing", "aching", "gnawing", "crushing",
    "dull", "tearing", "searing", "stinging", "piercing", "cramping", "pounding", "nagging"})
_PAIN_NOUNS = frozenset({"pain", "pains", "ache", "aches"})


def _join_pain_qualities(tokens: list[Token]) -> list[Token]:
    """A comma between two pain qualities right before "pain" or "ache" reads as "and"."""
    for here in range(1, len(tokens) - 2):
        if (tokens[here].folded == "," and tokens[here - 1].folded in _PAIN_QUALITIES
                and tokens[here + 1].folded in _PAIN_QUALITIES
                and tokens[here + 2].folded in _PAIN_NOUNS):
            tokens[here] = replace(tokens[here], folded="and", stem="and", is_word=True)
    return tokens


def _mark_on_fire(tokens: list[Token]) -> list[Token]:
    """A part "on fire" hurts, burning ("my big toe is on fire", "throat on fire"): "fire"
    after "on" takes the stem of "pain" ("a fire", "fire alarm" stay as they are)."""
    for here in range(1, len(tokens)):
        if tokens[here].folded == "fire" and tokens[here - 1].folded == "on":
            tokens[here] = replace(tokens[here], stem=stem("pain"))
    return tokens


# A part that "is killing" someone hurts badly ("my back is killing me", "her ear's been
# killing her", "my feet are killing me"): "killing" before an object pronoun says pain, as
# "on fire" does; the pronoun is the sufferer, no word of a finding.
_KILLED = frozenset({"me", "him", "her", "them", "us", "you"})
# h-lay15: the present tense says it as the -ing form does ("my tummy kills me after I eat",
# "his ear kills him at night", "it kills me to walk"); the past "killed" is left alone ("it
# nearly killed me" tells of an illness, no pain).
_KILLING = frozenset({"killing", "kills"})


# h-lay3: a part that is "giving" someone "gyp", "grief", "hell" or "murder" hurts as one that
# is killing them does ("my back is giving me gyp", "her knee gave her hell all week"; "gyp",
# "jip" and "gip" are British for pain). The verb takes the stem of "pain", the pronoun and
# the object are fillers; said of no part ("my boss is giving me grief") the pain is dropped
# as a bare "killing" is (PAIN_IDIOM_VERBS, text/question.py).
_GIVING = frozenset({"giving", "gives", "give", "gave", "given"})
_GIVEN_PAINS = frozenset({"gyp", "jip", "gip", "grief", "hell", "murder"})
PAIN_IDIOM_VERBS = _KILLING | _GIVING


def _mark_killing(tokens: list[Token]) -> list[Token]:
    """"Killing" before "me", "him", "her", "them", "us" or "you" takes the stem of "pain"
    and the pronoun becomes a filler ("the pain is killing me" stays one pain); so does
    "giving" before such a pronoun and "gyp", "grief", "hell" or "murder"."""
    for here in range(len(tokens) - 1):
        if tokens[here].folded in _KILLING and tokens[here + 1].folded in _KILLED:
            tokens[here] = replace(tokens[here], stem=stem("pain"))
            tokens[here + 1] = replace(tokens[here + 1], stem=FILLER_MARK)
        elif (tokens[here].folded in _GIVING and tokens[here + 1].folded in _KILLED
              and here + 2 < len(tokens) and tokens[here + 2].folded in _GIVEN_PAINS):
            tokens[here] = replace(tokens[here], stem=stem("pain"))
            for k in (here + 1, here + 2):
                tokens[k] = replace(tokens[k], stem=FILLER_MARK)
    return tokens



# h-reader70 (issue 14): a part said to be stinging, throbbing, smarting or burning hurts
# there ("my back is stinging", "my knee keeps throbbing", "my breast is burning"): the -ing
# word after a body part and a verb of being or feeling takes the stem of "pain", as "is
# killing me" does, so the part's own pain term is read ("back pain", "knee pain"). No word
# list can say this: its phrases are order-free stems, and "back stinging" would also read "a
# wasp stung my back". A verb must stand between ("stinging nettles on my leg", "a bee sting"
# and "it stings when I pee" stay as they are). Parts whose burning or stinging has a term of
# its own are left to the lexicon ("my feet are burning", "my eyes are stinging", "my chest is
# burning": heartburn), and so is a burning of the face, cheeks or head (a flush, a fever).
_SENSATION_VERBS = frozenset({"stinging", "throbbing", "smarting", "burning"})
# A stinging, smarting or burning is a burning pain there (the nerve pain of shingles, a
# mastitis): the word before the -ing word, a verb or an adverb, takes the word "burning",
# so that "my back is stinging" reads as "burning pain in my back" does.
_BURNING_SENSATIONS = frozenset({"stinging", "smarting", "burning"})
_SENSATION_PARTS = frozenset({
    "back", "neck", "shoulder", "shoulders", "knee", "knees", "hip", "hips", "breast",
    "breasts", "boob", "boobs", "nipple", "nipples", "arm", "arms", "elbow", "elbows", "wrist",
    "wrists", "ankle", "ankles", "heel", "heels", "toe", "toes", "finger", "fingers", "thumb",
    "thumbs", "jaw", "ear", "ears", "tooth", "teeth", "gum", "gums", "groin",
    "thigh", "thighs", "calf", "calves", "shin", "shins", "buttock", "buttocks"})
# Parts whose burning is a term of its own, but whose stinging or throbbing is their pain.
_THROB_ONLY_PARTS = frozenset({"head", "foot", "feet", "hand", "hands", "leg", "legs"})
_SENSATION_LINKS = frozenset({"is", "are", "was", "were", "feels", "feel", "felt", "keeps",
                              "keep", "kept", "been", "has", "have", "had", "started", "starts"})
_SENSATION_FILLERS = frozenset({"really", "so", "very", "constantly", "always", "still", "all",
                                "now", "just", "quite", "often", "sometimes", "also", "too",
                                "a", "bit", "little", "properly", "absolutely"})
_SENSATION_REACH = 4


def _mark_part_sensations(tokens: list[Token]) -> list[Token]:
    """A stinging, throbbing, smarting or burning said of a body part, across a verb of being
    or feeling and a few adverbs: the -ing word takes the stem of "pain"."""
    for here, token in enumerate(tokens):
        if token.folded not in _SENSATION_VERBS:
            continue
        before = here - 1
        linked = False
        while (before >= 0 and here - before <= _SENSATION_REACH
               and tokens[before].folded in _SENSATION_LINKS | _SENSATION_FILLERS):
            linked = linked or tokens[before].folded in _SENSATION_LINKS
            before -= 1
        if before < 0:
            continue
        part = tokens[before].folded
        if part.endswith("'s"):  # "my back's stinging": the part and its "is"
            part, linked = part[:-2], True
        if not linked:
            continue
        if part in _SENSATION_PARTS or (part in _THROB_ONLY_PARTS
                                        and token.folded != "burning"):
            tokens[here] = replace(token, stem=stem("pain"))
            if token.folded in _BURNING_SENSATIONS and here - 1 > before:
                link = here - 1
                tokens[link] = replace(tokens[link], folded="burning", stem=stem("burning"))
    return tokens


# h-reader70 (issue 14): a birth and a stop of drinking said with everyday verbs, read as the
# words of their exposures (knowledge/curated/exposures.yaml). "Had a baby" keys as "baby"
# alone ("had" and "a" are small words), as "my baby" does, so no phrase can say it: "had"
# said by the asker (or "having" after "after", "since", "following": "having a baby" alone
# may be a pregnancy) before a determiner and "baby" take the words of "gave birth" ("since I
# had the baby", "after having my baby"). "Stopped drinking" is alcohol only when nothing is
# said to be drunk ("stopped drinking two days ago", "quit drinking and now I shake"; not
# "stopped drinking coffee"): "drinking" after a verb of stopping and before no noun takes
# the stem of "alcohol".
_HAD_BIRTH = frozenset({"had"})
_HAVING_BIRTH = frozenset({"having"})
# Who had the baby: the person asking ("I had a baby", "since we had the baby", "I've just
# had my baby"); "my sister had a baby" is no birth of the asker's.
_BIRTH_SUBJECTS = frozenset({"i", "we", "i've", "ive", "we've", "weve", "just", "recently",
                             "have"})
_BIRTH_DETERMINERS = frozenset({"a", "the", "my", "our", "her", "their", "his"})
_BIRTH_TIME_WORDS = frozenset({"after", "since", "following"})
_STOPPING = frozenset({"stopped", "stop", "stopping", "stops", "quit", "quitting", "quits"})
_GIVING_UP = frozenset({"gave", "give", "giving", "given", "gives"})
# Words that may follow the stopped drinking without naming a drink: times, adverbs and the
# words that open the next clause.
_AFTER_STOPPED_DRINKING = frozenset({
    "a", "an", "last", "yesterday", "today", "tonight", "on", "at", "about", "around", "since",
    "for", "and", "but", "completely", "suddenly", "abruptly", "cold", "recently", "this",
    "over", "after", "when", "because", "so", "now", "then", "days", "weeks", "day", "week",
    "few", "couple", "altogether", "entirely", "i", "i've", "ive", "i'm", "im", "my", "he",
    "she", "it", "they", "we", "which", "several", "some", "ago", "almost",
    "nearly", "just"})


def _mark_birth_and_stopped_drinking(tokens: list[Token]) -> list[Token]:
    """"Had the baby" as "gave birth"; "stopped drinking" before no drink as "stopped
    alcohol"."""
    words = [t.folded for t in tokens]
    for here, word in enumerate(words):
        if word in ("baby", "babies") and here >= 2 and words[here - 1] in _BIRTH_DETERMINERS:
            verb = here - 2
            subject = words[verb - 1] if verb >= 1 else ""
            if ((words[verb] in _HAD_BIRTH and subject in _BIRTH_SUBJECTS)
                    or (words[verb] in _HAVING_BIRTH and subject in _BIRTH_TIME_WORDS)):
                tokens[verb] = replace(tokens[verb], folded="gave", stem=stem("gave"))
                tokens[here] = replace(tokens[here], stem=stem("birth"))
        elif word == "drinking" and here >= 1 and (
                words[here - 1] in _STOPPING
                or (here >= 2 and words[here - 1] == "up" and words[here - 2] in _GIVING_UP)):
            after = tokens[here + 1] if here + 1 < len(tokens) else None
            if (after is None or not after.is_word or after.folded in _AFTER_STOPPED_DRINKING
                    or after.folded in NUMBER_WORDS or after.folded.isdigit()):
                tokens[here] = replace(tokens[here], stem=stem("alcohol"))
    return tokens

# h-lay3: slang names of body parts, read as the part after a possessive or "the" ("my
# ticker", "his noggin", "my peepers"; a stock "ticker" or a "noggin" of ale stays as it is),
# and euphemisms read as the plain word ("spend a penny" is to pee): the first word takes the
# plain word's folded form and stem, so every reader of sites and phrases meets the part;
# the other words of the euphemism are fillers. The token keeps its text.
_SLANG_PARTS = {"ticker": "heart", "noggin": "head", "bonce": "head", "peepers": "eyes",
                "gob": "mouth", "hooter": "nose", "schnozz": "nose", "gnashers": "teeth",
                "tum": "tummy", "innards": "insides",
                # h-lay5: "a lump in my boob", "my boobs are sore", "the end of my willy"
                # (a site word of body_sites.yaml already; as "penis" the lexicon's phrases
                # of the penis read it too).
                "boob": "breast", "boobs": "breasts", "willy": "penis"}
_PART_DETERMINERS = POSSESSIVES | frozenset({"the", "old"})
# Verbs after which "down there" is a place ("lie down there", "go down there").
_DOWN_THERE_VERBS = frozenset({"lie", "lay", "lying", "laying", "sit", "sat", "sitting", "put",
                               "go", "goes", "going", "went", "gone", "get", "got", "move",
                               "moved", "live", "lives", "lived", "stay", "stayed", "it",
                               "fell", "fall", "look", "looked", "bend", "bent", "kneel"})
_EUPHEMISMS = {("spend", "a", "penny"): "pee", ("spending", "a", "penny"): "peeing",
               ("spent", "a", "penny"): "peed", ("spends", "a", "penny"): "pees",
               # Idioms of speed: "my heart goes like the clappers", "beating ten to the
               # dozen" (fast, as "heart goes fast" reads).
               ("like", "the", "clappers"): "fast", ("ten", "to", "the", "dozen"): "fast"}
# h-lay5: the nursery names of the toilet, read as the plain word after an article or a verb
# of going ("can't go for a number two", "doing number twos", "needs a number one"); "number
# two" after any other word is a count or a rank ("question number two", "my number one
# worry").
_TOILET_NUMBERS = {("number", "two"): "poo", ("number", "2"): "poo", ("number", "twos"): "poos",
                   ("number", "one"): "wee", ("number", "1"): "wee", ("number", "ones"): "wees"}
_TOILET_NUMBER_LEADS = frozenset({"a", "any", "do", "does", "doing", "did", "done", "go", "goes",
                                  "going", "went", "gone", "need", "needs", "needed", "needing"})
# Verbs of a beat felt, read as "pounding" after a word for the heart within a few words ("my
# heart is thumping out of my chest", "my heart keeps hammering"), as "heart pounding"
# (Palpitations) reads.
# Not the head: "head banging" is a behaviour (Head-banging), and the lexicon's own phrases
# pass through these marks too, so "banging" after "head" must keep its stem.
_POUNDING_PARTS = frozenset({"heart", "heartbeat", "pulse"})
_BEAT_VERBS = frozenset({"thumping", "thumps", "thumped", "hammering", "hammers", "hammered",
                         "banging", "bangs", "banged", "thudding", "thuds", "thudded",
                         "drumming", "pummelling", "pummeling", "jumping", "flipping",
                         "flip-flopping", "galloping", "gallops", "throbbing"})
_BEAT_REACH = 3
# h-lay4: "came over all" before a word of feeling is "felt" ("I came over all hot and sweaty",
# "she comes over all dizzy", British); "came over all the way from Leeds" (a determiner
# after it) is a journey.
_CAME_OVER_ALL = {"came": "felt", "come": "feel", "comes": "feels", "coming": "feeling"}
# h-lay4: "off" said of how one feels, ending its phrase ("I feel off", "been feeling a bit off
# for days", "felt off and shivery"), is "unwell" (Malaise, as "feeling unwell"); before a noun
# ("feel off balance", "off my food") it keeps its word. The lexicon reads phrases in any word
# order, so a lay phrase "feel off" read "gone off my food and feel feverish" as Malaise.
_FEEL_VERBS = frozenset({"feel", "feels", "feeling", "felt"})
_OFF_HEDGES = frozenset({"a", "bit", "little", "kind", "of", "kinda", "sort", "sorta", "so",
                         "really", "very", "quite", "slightly", "abit", "all", "just"})
_AFTER_OFF = frozenset({"and", "but", "or", "since", "for", "today", "lately", "recently",
                        "now", "again", "all", "with", "the", "this", "these", "at", "in",
                        "when", "after", "ever", "then", "too", "generally", "overall"})
_NOT_FEELINGS = frozenset({"the", "this", "that", "these", "those", "my", "his", "her", "our",
                           "their", "your", "of", "a", "an", "at", "to", "in", "day", "night"})


# h-lay5: going "for a" wee or poo, doing or having one, is the verb itself ("I can't go for
# a poo" is "I can't poo", "a burning pain when I do a wee" "when I wee"): the verb, "for"
# and the article are dropped, so the noun stands beside what is said of it ("can't",
# "burning pain"), within the reach of a phrase's words. Only when the noun ends its phrase:
# "a wee lump", "go for a wee walk" (Scots "small") keep their words.
_TOILET_NOUNS = frozenset({"poo", "poos", "poop", "poops", "wee", "wees", "pee", "pees"})
_GOING_VERBS = frozenset({"go", "goes", "going", "went", "gone"})
_LIGHT_VERBS = frozenset({"do", "does", "did", "doing", "done", "have", "has", "had",
                          "having"})
_AFTER_TOILET = frozenset({"and", "or", "but", "when", "it", "i", "then", "at", "in", "on",
                           "for", "since", "after", "because", "so", "as", "a", "the", "my",
                           "again", "now", "is", "was", "every", "each", "without",
                           "properly", "anymore", "any", "much", "there", "too", "often"})


# h-lay5: a part "full of", "covered in" or "filled with" something has it ("my mouth is full
# of white patches", "his back is covered in spots"), as "my mouth has ulcers" reads: the
# linking verb reads as "has"/"have" and the words of covering are dropped. Not said of the
# person ("he is full of cold", "I was covered in mud"): the subject is no person word.
_COVERING = {("full", "of"), ("covered", "in"), ("covered", "with"), ("filled", "with"),
             ("riddled", "with"), ("coated", "in"), ("coated", "with")}
_HAVING = {"is": "has", "was": "has", "are": "have", "were": "have", "gets": "has",
           "got": "has", "get": "have"}
_PERSON_SUBJECTS = frozenset({"i", "he", "she", "it", "they", "we", "you", "who", "that",
                              "which", "everything", "everyone", "house", "room", "bed"})


def _mark_covered_parts(tokens: list[Token]) -> list[Token]:
    dropped: set[int] = set()
    for here in range(1, len(tokens) - 2):
        verb = tokens[here].folded
        if verb not in _HAVING or tokens[here - 1].folded in _PERSON_SUBJECTS:
            continue
        covering = here + 2 if tokens[here + 1].folded == "all" else here + 1
        if (covering + 1 < len(tokens)
                and (tokens[covering].folded, tokens[covering + 1].folded) in _COVERING):
            tokens[here] = replace(tokens[here], folded=_HAVING[verb], stem=stem(_HAVING[verb]))
            dropped.update(range(here + 1, covering + 2))
    return [t for k, t in enumerate(tokens) if k not in dropped]


# h-lay5: "the tissue" blood is seen on, in a sentence about a poo, is the toilet paper
# ("agony every time I have a poo and there's bright red blood on the tissue", as "blood on
# the toilet paper" reads Hematochezia); blood on a tissue after blowing the nose keeps its
# word (no stool word in the sentence).
_STOOL_NOUNS = frozenset({"poo", "poos", "poop", "poops", "stool", "stools", "bowel", "bowels"})
_STOOL_WORDS = _STOOL_NOUNS | frozenset({"bum", "bottom", "wipe", "wiped", "wiping"})
_TISSUES = frozenset({"tissue", "tissues"})


# h-lay5: matter of no name coming out of a part is a discharge from it ("there's stuff
# dripping out the end of my willy", "white stuff coming out of my penis", "yellow stuff
# leaking from my nipple"): the noun reads as "discharge" and the verb of flowing with its
# "out"/"of" is dropped, so the lexicon's "discharge from the end of the penis", "nipple
# discharge" read it. Not "gunk" (a lay word of its own: Purulent eye discharge) nor
# "something" ("something coming out of my vagina" may be a prolapse).
_UNNAMED_MATTER = frozenset({"stuff", "goo", "gloop", "muck", "liquid", "fluid"})
_FLOWING = frozenset({"coming", "comes", "came", "dripping", "drips", "dripped", "leaking",
                      "leaks", "leaked", "oozing", "oozes", "oozed", "seeping", "seeps",
                      "running", "runs"})
_FLOW_LINKS = frozenset({"is", "was", "keeps", "kept"})
_OUT_WORDS = frozenset({"out", "of", "from"})


def _mark_discharges(tokens: list[Token]) -> list[Token]:
    dropped: set[int] = set()
    for here in range(len(tokens) - 2):
        if tokens[here].folded not in _UNNAMED_MATTER:
            continue
        verb = here + 1
        while verb < len(tokens) and tokens[verb].folded in _FLOW_LINKS:
            verb += 1
        out = verb + 1
        if (verb < len(tokens) and tokens[verb].folded in _FLOWING and out < len(tokens)
                and tokens[out].folded == "up"):
            # h-lay8: matter of no name coming *up* is fluid brought up from the stomach
            # ("sour stuff comes up in my throat" is the lexicon's "sour fluid comes up").
            tokens[here] = replace(tokens[here], folded="fluid", stem=stem("fluid"))
            continue
        if (verb >= len(tokens) or tokens[verb].folded not in _FLOWING
                or out >= len(tokens) or tokens[out].folded not in _OUT_WORDS):
            continue
        while out < len(tokens) and tokens[out].folded in _OUT_WORDS:
            out += 1
        tokens[here] = replace(tokens[here], folded="discharge", stem=stem("discharge"))
        dropped.update(range(here + 1, out))
    return [t for k, t in enumerate(tokens) if k not in dropped]


# h-sites14: matter people name ("discharge", "pus", "blood", "bleeding") said to flow out of
# a part over a verb ("a discharge has been coming out of my ear", "bleeding that keeps
# coming from my back passage", "pus oozing from my nipple") is matter *from* that part: the
# verb words with their "out"/"of" become one "from", a linker of the site reader, so the
# matter meets its site as "discharge from my ear" does (Otitis externa | Otitis media ...),
# where the verb words stood between them and no site was read. Only a verb of flowing that
# reaches "out", "of" or "from" ("blood coming up" and "discharge that comes and goes" keep
# their words), over at most a few words of tense or relative ("that", "has", "been").
_NAMED_MATTER = frozenset({"discharge", "discharges", "pus", "blood", "bleeding", "bleed",
                           "fluid"})
_FLOW_TENSE = frozenset({"is", "was", "are", "were", "keeps", "kept", "has", "have", "had",
                         "been", "that", "which", "it's", "its", "it", "seems", "always",
                         "still", "sometimes", "just", "also"})
_FLOW_REACH = 4


def _mark_matter_flowing(tokens: list[Token]) -> list[Token]:
    dropped: set[int] = set()
    for here in range(len(tokens) - 2):
        if tokens[here].folded not in _NAMED_MATTER:
            continue
        verb = here + 1
        while (verb < len(tokens) and verb - here <= _FLOW_REACH
               and tokens[verb].folded in _FLOW_TENSE):
            verb += 1
        out = verb + 1
        if (verb >= len(tokens) or tokens[verb].folded not in _FLOWING
                or out >= len(tokens) or tokens[out].folded not in _OUT_WORDS):
            continue
        last = out
        while last + 1 < len(tokens) and tokens[last + 1].folded in _OUT_WORDS:
            last += 1
        tokens[last] = replace(tokens[last], text=tokens[last].text, folded="from",
                               stem=stem("from"))
        dropped.update(range(here + 1, last))
    return [t for k, t in enumerate(tokens) if k not in dropped]


# h-lay5: not going, or not having been, in a sentence about a poo, is not pooing ("going back
# and forth between runny poo and not going at all", "I can't go for a number two, I haven't
# been in five days"), as "not pooing" reads Constipation; only when the verb ends its clause
# or a time or degree follows it ("I haven't been to the doctor about my poo", "not going to
# worry" keep their words).
_NOT_GOING = {("not", "going"), ("haven't", "been"), ("hasn't", "been"), ("havent", "been"),
              ("hasnt", "been"), ("not", "been"), ("haven't", "gone"), ("hasn't", "gone")}
_AFTER_NOT_GOING = frozenset({"at", "all", "for", "in", "since", "properly", "and", "but", "or",
                              "much", "often", "very", "regularly", "normally", "now", "today",
                              "lately", "recently", "this", "the", "days", "a"})


def _mark_not_going(tokens: list[Token]) -> list[Token]:
    words = [t.folded for t in tokens]
    for here in range(1, len(tokens)):
        if (words[here - 1], words[here]) not in _NOT_GOING:
            continue
        after = tokens[here + 1] if here + 1 < len(tokens) else None
        if after is not None and after.is_word and after.folded not in _AFTER_NOT_GOING:
            continue
        start, end = sentence_bounds(words, here)
        if _STOOL_NOUNS & set(words[start:end]):
            tokens[here] = replace(tokens[here], stem=stem("pooing"))
    return tokens


def _refer_tissue_to_toilet(tokens: list[Token]) -> list[Token]:
    # The words as they came: this step turns only "the tissue" into "toilet paper", which
    # ends no sentence and is no stool word.
    words = [t.folded for t in tokens]
    for here in range(2, len(tokens)):
        if (tokens[here].folded not in _TISSUES or tokens[here - 1].folded != "the"
                or tokens[here - 2].folded != "on"):
            continue
        start, end = sentence_bounds(words, here)
        if _STOOL_WORDS & set(words[start:end]):
            tokens[here - 1] = replace(tokens[here - 1], folded="toilet", stem=stem("toilet"))
            tokens[here] = replace(tokens[here], folded="paper", stem=stem("paper"))
    return tokens


# h-lay8: "going" in a sentence about a wee, with how often right after it, is passing urine
# ("it stings when I wee and I'm going every 5 mins", "my wee burns and I'm going all the
# time"): it reads as "peeing", which the lexicon knows with each of these ("peeing every
# hour", "peeing all the time": Pollakisuria). Not in a sentence that names a poo too ("going
# all the time" may be either), nor without a frequency ("going to the doctor").
_URINE_TALK = frozenset({"wee", "wees", "weeing", "pee", "pees", "peeing", "urine",
                         "urinating", "piss", "pissing"})
_HOW_OFTEN = (("every",), ("all", "the", "time"), ("constantly",), ("loads",), ("a", "lot"),
              ("so", "often"), ("non", "stop"), ("nonstop",), ("hourly",))


def _mark_going_for_a_wee(tokens: list[Token]) -> list[Token]:
    words = [t.folded for t in tokens]
    for here, word in enumerate(words):
        if word not in _GOING_VERBS or not any(
                tuple(words[here + 1:here + 1 + len(often)]) == often for often in _HOW_OFTEN):
            continue
        start, end = sentence_bounds(words, here)
        said = set(words[start:end])
        if said & _URINE_TALK and not said & _STOOL_WORDS:
            tokens[here] = replace(tokens[here], folded="peeing", stem=stem("peeing"))
    return tokens


def _drop_toilet_trips(tokens: list[Token]) -> list[Token]:
    trips: set[int] = set()
    for here in range(1, len(tokens) - 1):
        if (tokens[here].folded not in ("a", "an")
                or tokens[here + 1].folded not in _TOILET_NOUNS):
            continue
        # The next word past the euphemism's fillers ("a number two, I ...").
        after = next((t for t in tokens[here + 2:] if t.folded != FILLER_MARK), None)
        if after is not None and after.is_word and after.folded not in _AFTER_TOILET:
            continue
        if (here > 1 and tokens[here - 1].folded == "for"
                and tokens[here - 2].folded in _GOING_VERBS):
            trips.update((here - 2, here - 1, here))
        elif tokens[here - 1].folded in _LIGHT_VERBS:
            trips.update((here - 1, here))
    return [t for k, t in enumerate(tokens) if k not in trips]


# A complaint said to be "worse" with exertion ("SOB worse on exertion", "chest pain worse
# with exercise", "breathless worse when walking") is brought on by it, as the reader takes the
# complaint said right before the circumstance ("SOB on exertion": Exertional dyspnea, "chest
# pain on exertion": Angina pectoris; HPO defines Exertional dyspnea as breathlessness that
# occurs with exertion and improves with rest). "Worse" between them broke that reading, so it
# is dropped there (as the "↑" of "CP ↑ on exertion" is, h-clinician11). Only before exertion:
# "worse at night" or "worse lying flat" keep their word.
_WORSE_WORDS = frozenset({"worse"})
_EXERTION_LINKS = frozenset({"on", "with", "during", "after", "when", "by"})
_EXERTION_WORDS = frozenset({"exertion", "exercise", "exercising", "effort", "exert",
                             "exerting", "activity", "walking", "climbing", "stairs",
                             "uphill", "running"})


def _drop_worse_before_exertion(tokens: list[Token]) -> list[Token]:
    dropped = {
        here for here in range(1, len(tokens) - 2)
        if tokens[here].folded in _WORSE_WORDS and tokens[here - 1].is_word
        and tokens[here + 1].folded in _EXERTION_LINKS
        and any(t.folded in _EXERTION_WORDS for t in tokens[here + 2:here + 4])
    }
    return [t for k, t in enumerate(tokens) if k not in dropped]


# h-urgent14: the back of the leg below the knee is the calf (any anatomy glossary: the calf is
# the back of the lower leg). "The back of my leg below the knee", "the back of her lower leg"
# read the knee, a landmark, as the site ("sore": Knee pain) or the back as the lower back;
# the words become one word "calf" ("calves" for legs), so every reader of sites and phrases
# meets the calf ("swollen calf", Gastrocnemius myalgia). "The back of my leg" alone may be
# the thigh and stays as it is.
_LEG_POSITIONS = frozenset({"below", "under", "beneath", "underneath"})


def _calf_span(words: Sequence[str], here: int) -> tuple[int, bool] | None:
    """The last word of "back(s) of DET [lower] leg(s) [just] below DET knee(s)" or "back(s) of
    DET lower leg(s)" starting at ``here``, and whether it names both legs; else ``None``."""
    k = here + 1
    if k + 2 >= len(words) or words[k] != "of" or words[k + 1] not in _PART_DETERMINERS:
        return None
    k += 2
    lower = words[k] == "lower"
    k += lower
    if k >= len(words) or words[k] not in ("leg", "legs"):
        return None
    both = words[k] == "legs" or words[here] == "backs"
    rest = k + 1 + (k + 1 < len(words) and words[k + 1] == ",")
    rest += rest < len(words) and words[rest] == "just"
    if (rest + 2 < len(words) and words[rest] in _LEG_POSITIONS
            and words[rest + 1] in _PART_DETERMINERS and words[rest + 2] in ("knee", "knees")):
        return rest + 2, both
    return (k, both) if lower else None


def _name_calves(tokens: list[Token]) -> list[Token]:
    """"The back of my leg below the knee", "the back of my lower leg" as one word "calf"."""
    words = [t.folded for t in tokens]
    out: list[Token] = []
    here = 0
    while here < len(tokens):
        span = _calf_span(words, here) if words[here] in ("back", "backs") else None
        if span is None:
            out.append(tokens[here])
            here += 1
            continue
        last, both = span
        word = "calves" if both else "calf"
        out.append(Token(text=" ".join(t.text for t in tokens[here:last + 1]), folded=word,
                         stem=stem(word), start=tokens[here].start, end=tokens[last].end,
                         is_word=True))
        here = last + 1
    return out


# h-lay7: two idioms of the eyes that carers use. Looking someone "in the eye" is eye contact
# ("he won't look us in the eye", "she never looks people in the eyes"): the verb, the person
# and "in the" read as one word "contact", so the words meet "no eye contact"
# (Reduced eye contact) with the denial before them. One eye of one colour and the other of
# another ("one blue eye and one brown eye", "one eye is blue and the other brown") are eyes
# of different colours, hp.obo's layperson "Different colored eyes" (Heterochromia iridis):
# the first "one" reads "different", the first colour "colored", the other words fillers.
_LOOK_VERBS = frozenset({"look", "looks", "looked", "looking"})
_LOOKED_AT = frozenset({"me", "you", "us", "him", "her", "them", "people", "anyone",
                        "anybody", "others", "someone", "somebody", "strangers", "adults",
                        "everyone", "everybody"})
_EYE_WORDS = frozenset({"eye", "eyes"})
_EYE_COLOURS = frozenset({"blue", "brown", "green", "grey", "gray", "hazel", "black"})
_OTHER_EYE = (("one",), ("the", "other"), ("the", "other", "one"))
_LINKS_OF_A_COLOUR = frozenset({"is", "was", "looks", "'s"})


def _eye_contact_end(words: Sequence[str], here: int) -> int | None:
    """The position of "eye(s)" ending "look [someone] in the eye(s)" from ``here``."""
    k = here + 1
    if k < len(words) and words[k] in _LOOKED_AT:
        k += 1
    if (k + 2 < len(words) and words[k] == "in" and words[k + 1] in ("the", "their")
            and words[k + 2] in _EYE_WORDS):
        return k + 2
    return None


def _other_colour_end(words: Sequence[str], at: int, colour: str, eye_first: bool) -> int | None:
    """The last position of the other eye's colour after "and" at ``at`` ("and one brown eye",
    "and the other brown", "and the other one is green"), when it is another colour."""
    if at >= len(words) or words[at] != "and":
        return None
    for other in _OTHER_EYE:
        k = at + 1 + len(other)
        if tuple(words[at + 1:k]) != other:
            continue
        if not eye_first and k < len(words) and words[k] in _EYE_COLOURS:
            end = k + (k + 1 < len(words) and words[k + 1] in _EYE_WORDS)
            return end if words[k] != colour else None
        k += k < len(words) and words[k] in _LINKS_OF_A_COLOUR
        if eye_first and k < len(words) and words[k] in _EYE_COLOURS:
            return k if words[k] != colour else None
    return None


def _mark_eye_idioms(tokens: list[Token]) -> list[Token]:
    """"Look someone in the eye" as eye contact; eyes of two colours as different colours."""
    words = [t.folded for t in tokens]
    for here, word in enumerate(words):
        if word != "one" or here + 2 >= len(words):
            continue
        if words[here + 1] in _EYE_COLOURS and words[here + 2] in _EYE_WORDS:
            colour, eye, after, eye_first = here + 1, here + 2, here + 3, False
        elif words[here + 1] in _EYE_WORDS:
            k = here + 2 + (words[here + 2] in _LINKS_OF_A_COLOUR)
            if k >= len(words) or words[k] not in _EYE_COLOURS:
                continue
            colour, eye, after, eye_first = k, here + 1, k + 1, True
        else:
            continue
        end = _other_colour_end(words, after, words[colour], eye_first)
        if end is None:
            continue
        tokens[here] = replace(tokens[here], folded="different", stem=stem("different"))
        tokens[colour] = replace(tokens[colour], folded="colored", stem=stem("colored"))
        for k in range(here + 1, end + 1):
            if k not in (colour, eye):
                tokens[k] = replace(tokens[k], folded=FILLER_MARK, stem=FILLER_MARK)
    # The words from the verb to the eye's article are one word "contact", so the eye and a
    # denial before the verb stand as near as in "won't make eye contact".
    out: list[Token] = []
    here = 0
    while here < len(tokens):
        end = _eye_contact_end(words, here) if words[here] in _LOOK_VERBS else None
        if end is None:
            out.append(tokens[here])
            here += 1
            continue
        out.append(Token(text=" ".join(t.text for t in tokens[here:end]), folded="contact",
                         stem=stem("contact"), start=tokens[here].start,
                         end=tokens[end - 1].end, is_word=True))
        here = end
    return out


def _mark_slang(tokens: list[Token]) -> list[Token]:
    """Slang parts and euphemisms as their plain words; a beat verb as "pounding"."""
    words = [t.folded for t in tokens]
    for here, word in enumerate(words):
        # h-lay13: "down there" is the genitals as "down below" ("itchy and sore down
        # there"), so the lexicon's phrases "down below" read it; not after a verb of
        # placing or moving ("lie down there", "put it down there", "go down there").
        if (word == "there" and here > 0 and words[here - 1] == "down"
                and (here < 2 or words[here - 2] not in _DOWN_THERE_VERBS)):
            tokens[here] = replace(tokens[here], folded="below", stem=stem("below"))
        if word in _SLANG_PARTS and here > 0 and words[here - 1] in _PART_DETERMINERS:
            plain = _SLANG_PARTS[word]
            tokens[here] = replace(tokens[here], folded=plain, stem=stem(plain))
            words[here] = plain
        for phrase, plain in (*_EUPHEMISMS.items(), *(
                _TOILET_NUMBERS.items()
                if here > 0 and words[here - 1] in _TOILET_NUMBER_LEADS else ())):
            if phrase[0] == words[here] and tuple(words[here:here + len(phrase)]) == phrase:
                tokens[here] = replace(tokens[here], folded=plain, stem=stem(plain))
                for k in range(here + 1, here + len(phrase)):
                    tokens[k] = replace(tokens[k], folded=FILLER_MARK, stem=FILLER_MARK)
    for here, word in enumerate(words[:-3]):
        if (word in _CAME_OVER_ALL and words[here + 1:here + 3] == ["over", "all"]
                and tokens[here + 3].is_word and words[here + 3] not in _NOT_FEELINGS):
            plain = _CAME_OVER_ALL[word]
            tokens[here] = replace(tokens[here], folded=plain, stem=stem(plain))
            for k in (here + 1, here + 2):
                tokens[k] = replace(tokens[k], folded=FILLER_MARK, stem=FILLER_MARK)
    for here, word in enumerate(words):
        if word == "off" and tokens[here].is_word:
            before = here - 1
            while before >= 0 and words[before] in _OFF_HEDGES:
                before -= 1
            after = words[here + 1] if here + 1 < len(words) else ""
            if (before >= 0 and words[before] in _FEEL_VERBS
                    and (not after or not tokens[here + 1].is_word or after in _AFTER_OFF)):
                tokens[here] = replace(tokens[here], folded="unwell", stem=stem("unwell"))
    for here, word in enumerate(words):
        if word in _BEAT_VERBS and (
                any(words[k] in _POUNDING_PARTS
                    for k in range(max(here - _BEAT_REACH, 0), here))
                or _head_beating(words, here)):
            tokens[here] = replace(tokens[here], stem=stem("pounding"))
    return tokens


# The head as the subject of a beat verb, a linking verb between ("my head is banging", "her
# head's been thumping all day") is a headache, as "head pounding" reads; "head banging" and
# "banging his head" (a behaviour, Head-banging) have no linking verb.
_HEAD_LINKS = frozenset({"is", "was", "keeps", "kept", "been", "started", "starts"})


def _head_beating(words: Sequence[str], at: int) -> bool:
    before = at - 1
    if before < 1 or words[before] not in _HEAD_LINKS:
        return False
    while before >= 1 and words[before] in _HEAD_LINKS:
        before -= 1
    return words[before] in ("head", "head's")


# h-lay3: idioms of exasperation name no finding when a reason follows them: "I'm pulling my
# hair out trying to work out why ..." (no Hair-pulling), "I'm blue in the face from telling
# him" (no Cyanosis). Hair pulled out "when I'm stressed" stays hair-pulling, and a face blue
# "from coughing" or "and not breathing" stays blue: only reasons of trying, worrying or
# saying make the idiom.
_HAIR_PULLS = frozenset({"pulling", "pull", "pulled", "tearing", "tear", "tore"})
_HAIR_REASONS = frozenset({"trying", "over", "about", "with", "because", "wondering",
                           "worrying", "waiting", "working", "figuring"})
_SAYING = frozenset({"telling", "asking", "saying", "explaining", "repeating", "talking",
                     "reminding", "nagging", "arguing", "begging", "pleading"})


def _mark_exasperation(tokens: list[Token]) -> list[Token]:
    """The words of "pulling my hair out" before a reason ("trying", "over", "because" ...)
    and of "blue in the face" before (from) a verb of saying become fillers, folded words
    too: the readers of colours and sites, which read folded words, pass them by."""
    words = [t.folded for t in tokens]
    for here in range(len(tokens)):
        span = 0
        if (words[here] in _HAIR_PULLS and words[here + 1:here + 2] and words[here + 1]
                in POSSESSIVES and words[here + 2:here + 4] == ["hair", "out"]
                and words[here + 4:here + 5] and words[here + 4] in _HAIR_REASONS):
            span = 4
        elif words[here:here + 4] == ["blue", "in", "the", "face"]:
            after = words[here + 4:here + 6]
            if after[:1] == ["from"]:
                after = after[1:]
            if after[:1] and after[0] in _SAYING:
                span = 4
        for k in range(here, here + span):
            tokens[k] = replace(tokens[k], folded=FILLER_MARK, stem=FILLER_MARK)
    return tokens


# h-lay8: "take ages to", how people say a thing is slow to happen ("my cuts take ages to
# heal", "it takes forever to heal", "took a long time to learn to read"): the verb reads as
# "slow" and the length of time as fillers, so the wording meets the curated "slow to"
# phrases ("cuts slow to heal": Poor wound healing; "slow to learn"). Only before "to" and a
# verb: "it takes ages" alone, or "takes ages for the results", names nothing slow.
_TAKE_VERBS = frozenset({"take", "takes", "taking", "took", "taken"})
_TAKE_OBJECTS = frozenset({"me", "him", "her", "them", "us", "it", "you"})
_LONG_TIMES = (("ages", "and", "ages"), ("a", "long", "time"), ("a", "very", "long", "time"),
               ("so", "long"), ("too", "long"), ("ages",), ("forever",), ("an", "age"),
               ("an", "eternity"), ("longer",), ("much", "longer"))


def _mark_taking_long(tokens: list[Token]) -> list[Token]:
    """"Take(s) ages to <verb>": the verb "take" reads as "slow", its object and the length
    of time as fillers (folded words too, as the readers of sites read folded words)."""
    words = [t.folded for t in tokens]
    for here, word in enumerate(words):
        if word not in _TAKE_VERBS:
            continue
        at = here + 1 + (words[here + 1:here + 2] != [] and words[here + 1] in _TAKE_OBJECTS)
        long = next((n for n in (len(t) for t in _LONG_TIMES
                                 if tuple(words[at:at + len(t)]) == t)), 0)
        end = at + long
        if not long or words[end:end + 1] != ["to"] or end + 1 >= len(tokens) \
                or not tokens[end + 1].is_word:
            continue
        tokens[here] = replace(tokens[here], folded="slow", stem=stem("slow"))
        for k in range(here + 1, end):
            tokens[k] = replace(tokens[k], folded=FILLER_MARK, stem=FILLER_MARK)
    return tokens


# h-lay9 (issue 14): a side of a hand, wrist, forearm or foot named by the finger or toe on
# that side ("pain on the thumb side of my wrist", "the little finger side of my hand", "the
# big toe side of my foot") says where on that site, and names no finger or toe of its own
# (it read Finger pain beside Wrist pain). Before "side" or "edge" and "of", a finger's words
# are one word with "side", so "the side of my wrist" is read, as the lexicon and the site
# reader know it. A toe's side is the foot's inner (big toe) or outer (little toe) side: HPO
# defines Pain on the lateral aspect of the foot as pain "localized to the side of the foot
# nearest to the little (fifth) toe", and "the outer side of my foot" reads it. A hand's or a
# wrist's inner and outer sides are left unsaid: people use them for the palm and the back of
# the hand as often as for the thumb and little finger sides, and HPO has no term for either
# side of the hand or wrist.
_DIGIT_SIDES: dict[tuple[str, ...], str] = {
    **{(word,): "" for word in ("thumb", "pinky", "pinkie")},
    **{(first, "finger"): "" for first in ("little", "index", "baby", "fifth", "small")},
    **{(first, "toe"): "inner" for first in ("big", "great")},
    **{(first, "toe"): "outer" for first in ("little", "baby", "fifth", "small", "pinky")},
}
_SIDE_OF = frozenset({"side", "edge"})


def _mark_digit_sides(tokens: list[Token], text: str) -> list[Token]:
    """A finger's words before "side of" or "edge of" become one word with "side" (or
    "edge"), a toe's one word "inner" or "outer", each keeping what was written: one word,
    so that the finding before stays as near its site as with "the side of my wrist"."""
    words = [t.folded for t in tokens]
    if _SIDE_OF.isdisjoint(words):
        return tokens
    merged: dict[int, tuple[int, Token]] = {}  # first token -> (last token, the one word)
    for here in range(len(words)):
        for digit, side in _DIGIT_SIDES.items():
            end = here + len(digit)
            if (tuple(words[here:end]) != digit or words[end:end + 1] == []
                    or words[end] not in _SIDE_OF or words[end + 1:end + 2] != ["of"]):
                continue
            last, word = (end - 1, side) if side else (end, words[end])
            start, stop = tokens[here].start, tokens[last].end
            merged[here] = (last, Token(text=text[start:stop], folded=word, stem=stem(word),
                                        start=start, end=stop, is_word=True))
    if not merged:
        return tokens
    out: list[Token] = []
    here = 0
    while here < len(tokens):
        if here in merged:
            last, token = merged[here]
            out.append(token)
            here = last + 1
            continue
        out.append(tokens[here])
        here += 1
    return out


# h-lay9 (issue 14): a joint or the back said to be at its worst, or worse, at a time or in a
# circumstance ("my lower back is at its worst first thing in the morning", "my knee is worse
# going down stairs", "my joints are worst when I wake") hurts: "worst" or "worse" after the
# part and a verb of being takes the stem of "pain", as "is killing me" does, and "at its" is
# filler, so the part's pain term is read (Low back pain, Knee pain, Arthralgia). Only the
# parts whose complaint, said with no word for it, is their pain: not the eyes, the skin, the
# chest or the breathing ("my eyesight is worse", "my breathing is worse at night"), whose
# worsening may be any finding of theirs.
_WORST_WORDS = frozenset({"worst", "worse"})
_WORST_PARTS = frozenset({"back", "neck", "shoulder", "shoulders", "knee", "knees", "hip",
                          "hips", "elbow", "elbows", "wrist", "wrists", "ankle", "ankles",
                          "joint", "joints", "heel", "heels", "jaw", "spine"})
_WORST_VERBS = frozenset({"is", "are", "was", "were", "feels", "feel", "felt", "gets", "get",
                          "got", "been"})
# The words that may stand between the part and "worst": its verbs and their fillers.
_WORST_LINKS = _WORST_VERBS | {"always", "usually", "definitely", "much", "far", "a", "lot",
                               "bit", "at", "its", "their"}
_WORST_REACH = 5


def _mark_worst_parts(tokens: list[Token]) -> list[Token]:
    """"Worst" or "worse" said of a joint or the back across a verb of being: the stem of
    "pain", and the words between the verb and it fillers."""
    words = [t.folded for t in tokens]
    for here, word in enumerate(words):
        if word not in _WORST_WORDS:
            continue
        before = here - 1
        while before >= 0 and here - before <= _WORST_REACH and words[before] in _WORST_LINKS:
            before -= 1
        part = words[before] if before >= 0 else ""
        linked = any(words[k] in _WORST_VERBS for k in range(before + 1, here))
        if part.endswith("'s"):  # "my back's worse in the morning"
            part, linked = part[:-2], True
        if part not in _WORST_PARTS or not linked:
            continue
        tokens[here] = replace(tokens[here], stem=stem("pain"))
        for k in range(before + 1, here):
            if words[k] not in _WORST_VERBS:
                tokens[k] = replace(tokens[k], stem=FILLER_MARK)
    return tokens


# h-lay9 (issue 14): a change that comes "in patches" is patchy ("my skin has lost its colour
# in patches", "my hair is falling out in patches"), the word HPO's names and layperson
# synonyms use ("Patchy loss of skin color", "Patchy alopecia"): "in" before "patches" is a
# filler and "patches" takes the stem of "patchy".
def _mark_patches(tokens: list[Token]) -> list[Token]:
    for here in range(len(tokens) - 1):
        if tokens[here].folded == "in" and tokens[here + 1].folded == "patches":
            tokens[here] = replace(tokens[here], stem=FILLER_MARK)
            tokens[here + 1] = replace(tokens[here + 1], stem=stem("patchy"))
    return tokens


# Words that put what comes before them at a place of the body ("behind my breastbone"):
# "burning up" before one is a burning there, not the fever idiom. "In" says a place only
# before a possessive ("in my chest"; "burning up in the night" is a fever); "at" and "on"
# say times too often ("at night", "on and off").
_PLACE_WORDS = frozenset({"behind", "inside", "under", "underneath", "beneath", "below"})


def _mark_burning_at_site(tokens: list[Token]) -> list[Token]:
    """"Burning up" is a fever only when it names no place: "burning up behind my breastbone"
    is a burning behind the breastbone, so "up" before a place word becomes a filler."""
    for here in range(1, len(tokens) - 1):
        if tokens[here].folded != "up" or tokens[here - 1].folded != "burning":
            continue
        place = tokens[here + 1].folded
        if place in _PLACE_WORDS or (place == "in" and here + 2 < len(tokens)
                                     and tokens[here + 2].folded in POSSESSIVES):
            tokens[here] = replace(tokens[here], stem=FILLER_MARK)
    return tokens


# Numbers in words, shared by the readers of ages (text/context.py) and of how long a
# complaint has lasted (text/course.py): "a fourteen year old", "for sixteen weeks".
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip


_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def number_words_pattern() -> str:
    """The number words as a regular-expression alternation: a compound of tens and units
    first ("seventy five", "twenty-two"), then single words longest first ("seventeen"
    before "seven")."""
    compound = "(?:{})[\\s-]+(?:{})".format("|".join(_TENS_WORDS), "|".join(_UNIT_WORDS))
    return "|".join([compound, *sorted(NUMBER_WORDS, key=len, reverse=True)])


def number_word_value(text: str) -> int | None:
    """The value of a number in words as number_words_pattern matches it ("seventy five" is
    75, "twenty-two" 22, "eight" 8); None for other text."""
    parts = re.split(r"[\s-]+", text.strip().lower())
    if len(parts) == 1:
        return NUMBER_WORDS.get(parts[0])
    if len(parts) == 2 and parts[0] in _TENS_WORDS and parts[1] in _UNIT_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


# Images people compare a pain with ("like knives", "like an elephant sitting on my chest",
# "as if I'd been stabbed", "like an electric shock"): in a simile they say the part hurts,
# and how, never that there is a knife, an elephant or a shock. "Pins and needles" (a
# tingling), "weight" ("like I've gained weight") and "burning" (a finding word of its own) are
# not images.
_PAIN_IMAGES = frozenset({
    "fire", "flames", "flame", "knife", "knives", "dagger", "daggers", "blade", "blades",
    "razor", "razors", "glass", "elephant", "brick", "bricks", "vice", "vise", "hammer",
    "hammers", "drill", "shock", "shocks", "lightning", "poker", "stabbed", "squeezed",
    "crushed", "nails", "nail"})
# Words that start a simile, and how many tokens after its start the image may stand ("like a
# red hot poker": four).
_SIMILE_STARTS = (("like",), ("as", "if"), ("as", "though"))
_SIMILE_FIRST = frozenset(start[0] for start in _SIMILE_STARTS)
_SIMILE_REACH = 5
# Words of pain before a simile: the simile then only says how it hurts ("a pain like
# knives"), and its words are no second pain. Looked for this many tokens back.
# A closed compound of a site and "ache" is a pain too ("backache that travels into my
# thighs").
_PAIN_WORDS = frozenset({"pain", "pains", "painful", "ache", "aches", "aching", "hurt", "hurts",
                         "hurting", "sore", "burning", "burns", "stabbing", "throbbing",
                         "backache", "backaches", "bellyache", "stomachache", "earache",
                         "headache", "headaches", "toothache"})
_PAIN_LOOKBACK = 6
# The stem of a simile's other words: function words, which a finding's site is read across
# ("a pain like knives in my stomach").
SIMILE_MARK = "~"


# h-lay3: images that say how a part feels other than hurting, each with the plain word it
# stands for: "my feet feel like blocks of ice" (cold feet), "my legs are like jelly" (weak
# legs), "my arms feel like lead" (heavy arms), "my throat feels like sandpaper" (a sore
# throat), "my eyes feel like there's grit in them" (sore eyes). The image must end its phrase
# (no noun after it: "like ice cream", "like lead poisoning" stay as they are) and the simile
# is said of something before it; the words between become function words.
_SENSE_IMAGES = {
    "ice": "cold", "icicle": "cold", "icicles": "cold", "iceblocks": "cold",
    "jelly": "weak", "wobbly": "weak", "lead": "heavy", "concrete": "heavy",
    "sandpaper": "sore", "grit": "sore", "gravel": "sore", "sand": "sore",
    # h-organs2 (issue 14): a desert says only dryness ("my mouth is like a desert").
    "desert": "dry"}
# h-organs2 (issue 14): what an image says depends on the part it is said of. Sandpaper, sand
# or grit in the throat or the eyes is soreness, in the mouth or on the tongue dryness: "my
# mouth is like sandpaper" is a dry mouth (Xerostomia), no mouth sore (it read Oral ulcer).
_PART_IMAGES = {
    frozenset({"mouth", "mouths", "tongue", "tongues"}): {
        "sandpaper": "dry", "grit": "dry", "gravel": "dry", "sand": "dry"},
    # h-lay19 (issue 14): on the skin or of a rash they say how it feels to the touch, rough
    # ("a red rash like sandpaper", scarlet fever's), no soreness (it read Chest pain and Neck
    # pain at the rash's place).
    frozenset({"rash", "rashes", "skin", "spots", "patch", "patches"}): {
        "sandpaper": "rough", "grit": "rough", "gravel": "rough", "sand": "rough"}}
# Words that may stand between the simile's start and its image: articles and measures ("like
# blocks of ice", "like a bag of sand"), not a describing word ("stools like redcurrant jelly"
# is a stool's look, no weakness).
_BEFORE_IMAGE = frozenset({"a", "an", "the", "block", "blocks", "of", "bag", "bags", "lump",
                           "lumps", "bit", "bits", "piece", "pieces", "some", "made", "pure",
                           "solid"})
# Words a phrase may go on with after its image, none of them a noun: "like ice at night",
# "like jelly when I stand", "like sandpaper and ...".
_AFTER_IMAGE = frozenset({"and", "or", "but", "when", "whenever", "at", "in", "on", "all",
                          "every", "after", "since", "by", "so", "most", "for", "if", "as",
                          "then", "now", "again", "too", "them", "it", "there"})


# The simile is said of the word before it, or before its verb ("my feet feel like ice", "legs
# like jelly"); a person ("I feel like jelly") or a verb joined by "and" ("my toes turn blue
# and feel like ice", whose subject the finding before already holds) is no part.
_SIMILE_VERBS = frozenset({"feel", "feels", "felt", "feeling", "is", "are", "was", "were",
                           "went", "go", "goes", "gone", "turn", "turns", "turned", "get",
                           "gets", "got", "become", "becomes", "became", "been", "be"})
_NO_PART = frozenset({"and", "or", "but", "i", "you", "we", "he", "she", "they", "it", "i'm",
                      "im", "this", "that", "which", "who", "me"})
# h-reader76: describing words that a simile may only restate ("my skin feels rough like
# sandpaper" is rough skin, no soreness; "cold like ice"): after one of these the image says
# nothing more, and the whole simile becomes function words.
# h-lay21: the plain word may stand this many words before the part, among its describing
# words ("a rough red rash like sandpaper").
_RESTATED_REACH = 3
_RESTATED = frozenset({"rough", "coarse", "dry", "bumpy", "cold", "freezing", "icy", "weak",
                       "wobbly", "heavy"})


def _simile_part(tokens: list[Token], start: int) -> str | None:
    """The word a simile opening at ``start`` is said of (folded), or ``None``."""
    before = start - 1
    while before >= 0 and tokens[before].folded in _SIMILE_VERBS:
        before -= 1
    if (before >= 0 and tokens[before].is_word
            and tokens[before].folded not in _NO_PART):
        return tokens[before].folded
    return None


def _image_sense(part: str, image: str) -> str:
    """The plain word an image stands for when said of ``part``."""
    for parts, images in _PART_IMAGES.items():
        if part in parts and image in images:
            return images[image]
    return _SENSE_IMAGES[image]


def _simile_image(tokens: Sequence[Token], here: int,
                  images: Collection[str]) -> tuple[int, int] | None:
    """A simile opening at ``here`` ("like", "as if", "as though") whose image, one of
    ``images``, comes within :data:`_SIMILE_REACH` words: the position of the first word
    after the opening and that of the image; ``None`` otherwise."""
    if here >= len(tokens) or tokens[here].folded not in _SIMILE_FIRST:
        return None  # most words open no simile: the lexicon build tokenises 100,000 phrases
    start = next((s for s in _SIMILE_STARTS
                  if [t.folded for t in tokens[here:here + len(s)]] == list(s)), None)
    if start is None:
        return None
    first = here + len(start)
    image = next((k for k in range(first, min(first + _SIMILE_REACH, len(tokens)))
                  if tokens[k].folded in images), None)
    return None if image is None else (first, image)


def _mark_sense_images(tokens: list[Token]) -> list[Token]:
    """A simile whose image is one of :data:`_SENSE_IMAGES`: the image takes the stem of the
    plain word, the simile's other words that of a function word."""
    for here in range(1, len(tokens)):
        found = _simile_image(tokens, here, _SENSE_IMAGES)
        if found is None:
            continue
        first, image = found
        if any(tokens[k].folded not in _BEFORE_IMAGE for k in range(first, image)):
            continue
        part = _simile_part(tokens, here)
        if part is None:
            continue
        following = tokens[image + 1] if image + 1 < len(tokens) else None
        if (following is not None and following.is_word
                and following.folded not in _AFTER_IMAGE):
            continue
        for k in range(here, image):
            tokens[k] = replace(tokens[k], stem=SIMILE_MARK)
        sense = _image_sense(part, tokens[image].folded)
        # h-lay21: the plain word said already among the part's describing words restates
        # it too ("a rough red rash like sandpaper": the rash is rough once, and the red rash
        # keeps its words).
        restated = tokens[here - 1].folded in _RESTATED or sense in {
            t.folded for t in tokens[max(0, here - 1 - _RESTATED_REACH):here - 1]}
        tokens[image] = replace(tokens[image], stem=SIMILE_MARK if restated else stem(sense))
    return tokens


# h-organs2 (issue 14): a simile of small creatures crawling ("my skin feels like ants
# crawling", "like insects are crawling under my skin") is formication, the sensation HPO's
# comment on Tactile hallucination describes ("the sensation of insects crawling over the
# skin"), never a creature seen. The simile's opening words become function words and the
# creature takes the stem of "ant" (formica, the word's root), as lay_terms.yaml keys it
# ("ants crawling on my skin"), so any creature meets that one wording.
_CRAWLERS = frozenset({"ant", "ants", "insect", "insects", "bug", "bugs", "spider", "spiders",
                       "beetle", "beetles", "worm", "worms", "something", "things", "critters",
                       "mites", "lice", "flea", "fleas"})
_CRAWLING = frozenset({"crawling", "crawl", "crawls", "creeping", "creep", "creeps",
                       "walking", "running", "marching"})
_BEFORE_CRAWLER = frozenset({"a", "an", "the", "some", "lots", "of", "little", "tiny",
                             "small", "thousands", "hundreds", "there", "there's", "theres"})
_BETWEEN_CRAWLING = frozenset({"are", "is", "were", "was", "been", "keep", "keeps"})


def _mark_crawling_similes(tokens: list[Token]) -> list[Token]:
    """A simile of creatures crawling: its opening words function words, the creature the
    stem of "ant" (see :data:`_CRAWLERS`)."""
    for here in range(len(tokens)):
        found = _simile_image(tokens, here, _CRAWLERS)
        if found is None:
            continue
        first, image = found
        if any(tokens[k].folded not in _BEFORE_CRAWLER for k in range(first, image)):
            continue
        after = image + 1
        while after < len(tokens) and tokens[after].folded in _BETWEEN_CRAWLING:
            after += 1
        if after >= len(tokens) or tokens[after].folded not in _CRAWLING:
            continue
        for k in range(here, image):
            tokens[k] = replace(tokens[k], stem=SIMILE_MARK)
        tokens[image] = replace(tokens[image], stem=stem("ant"))
        tokens[after] = replace(tokens[after], stem=stem("crawling"))
    return tokens


def _mark_similes(tokens: list[Token]) -> list[Token]:
    """A simile of pain: its image word takes the stem of "pain" ("my chest feels like an
    elephant is sitting on it" is chest pain, "my foot feels like it is on fire" foot pain),
    or, when a pain word stands just before, is only a function word ("a pain like knives in
    my stomach" is abdominal pain once); the simile's words between are function words. Never
    read literally: "like an electric shock" is no Shock."""
    for here in range(len(tokens)):
        found = _simile_image(tokens, here, _PAIN_IMAGES)
        if found is None:
            continue
        _, image = found
        if any(not tokens[k].is_word for k in range(here, image)):
            continue
        said = any(t.folded in _PAIN_WORDS or t.stem == stem("pain")
                   for t in tokens[max(here - _PAIN_LOOKBACK, 0):here] if t.is_word)
        for k in range(here, image):
            tokens[k] = replace(tokens[k], stem=SIMILE_MARK)
        tokens[image] = replace(tokens[image], stem=SIMILE_MARK if said else stem("pain"))
        if tokens[image].folded in _SHOOTING_IMAGES:
            # An electric shock or lightning says how it hurts: a shooting pain (Neuralgia,
            # lay_terms "shooting pains"), read beside the pain and its site (h-lay16).
            shooting = image if said else next(
                (k for k in range(here, image) if tokens[k].folded in _ELECTRIC), None)
            if shooting is not None:
                tokens[shooting] = replace(tokens[shooting], stem=stem("shooting"))
    return tokens


# h-lay16 (issue 14): the images of a pain simile that say it shoots ("like an electric shock",
# "like lightning"), and the word that makes a shock electric.
_SHOOTING_IMAGES = frozenset({"shock", "shocks", "lightning"})
_ELECTRIC = frozenset({"electric", "electrical"})


# Verbs that say a pain spreads from where it is, before a word of direction ("shoots down my
# leg", "spreading to my left arm and jaw", "goes through to my back", "radiates into my
# groin"): the pain is also where it reaches.
_SPREAD_VERBS = frozenset({
    "shoot", "shoots", "shooting", "shot", "spread", "spreads", "spreading", "radiate",
    "radiates", "radiating", "radiated", "travel", "travels", "travelling", "traveling",
    "travelled", "traveled", "go", "goes", "going", "went", "move", "moves", "moving", "moved",
    "run", "runs", "running", "extend", "extends", "extending",
    # h-urgent13: a pain that bores, stabs, cuts or pierces through to the back goes there
    # ("a ripping feeling that bores straight through into my back").
    "bore", "bores", "boring", "bored", "stab", "stabs", "stabbing", "cut", "cuts", "cutting",
    "pierce", "pierces", "piercing",
    # h-sites12: a pain or a band that wraps or reaches round to the back goes there ("a
    # band of blisters that wraps round to my back" read Kyphosis from "round ... back").
    "wrap", "wraps", "wrapping", "wrapped", "reach", "reaches", "reaching", "reached"})
# Verbs of rising (h-lay5, issue 14): a burning "that comes up into my throat", "rising up
# behind my breastbone" (heartburn) is felt where it rises to, as a pain that spreads; only
# before "up" or "into" ("it comes on", "when it comes to eating" say no place).
_RISING_VERBS = frozenset({"come", "comes", "coming", "came", "rise", "rises", "rising",
                           "rose", "creep", "creeps", "creeping", "crept"})
_RISING_DIRECTIONS = frozenset({"up", "into"})
# The burning words among the pain words: a burning that spreads or rises is a burning
# where it goes ("burning ... behind my breastbone", heartburn), no plain pain there.
_BURNING_WORDS = frozenset({"burning", "burns", "burn"})
# "from" too: "shoots from my buttock down my leg" says where it starts and where it goes.
_DIRECTIONS = frozenset({"down", "up", "into", "to", "through", "across", "round", "around",
                         "from"})
# Directions that are content words elsewhere ("round shoulders", "a rounded back"): after a
# spreading pain they only say where it goes ("it spreads round to my back" is no Kyphosis).
_CONTENT_DIRECTIONS = frozenset({"round", "around", "across"})
# h-urgent10: adverbs that only stress where a pain goes ("going right through to my back",
# "shoots straight down my leg"); between a spreading verb and its direction they are dropped.
_SPREAD_INTENSIFIERS = frozenset({"right", "straight", "directly"})
# A word of pain stands in the same statement before the verb, within this many tokens (no
# "and", "but" or sentence break between): "a rash that spreads to my arms" is no pain.
_SPREAD_LOOKBACK = 8
# h-urgent13: a tearing or ripping feeling is a pain (lay_terms.yaml "tearing feeling",
# "ripping feeling"), and where it goes is a pain too ("a ripping feeling behind my breastbone
# that bores through into my back"); only before a spreading verb and its direction, as the
# words also say crying ("tearing up").
_SPREADING_PAINS = frozenset({"tearing", "ripping"})
_STATEMENT_ENDS = frozenset({"and", "but", "or", ".", ";", "!", "?"})
# A spreading verb whose subject is "it" or "the pain" refers back to the last pain of its
# sentence, across "and" or a comma ("pain under my ribs, and it goes into my shoulder"):
# the pain is then looked for back to the sentence's start, within this many tokens.
_BACK_REFERENCES = frozenset({"it", "this", "that", "which"})
_REFERENCE_LOOKBACK = 20
# h-sites6: marks on the skin that spread or run themselves ("a painful band of blisters
# going from my spine round to my ribs", "a sore rash spreading to my arms"): met before a
# pain word, reading back from the verb, they are its subject, and where they go is their
# place, no pain there (shingles' band read as Back pain and Chest pain).
_SPREADING_MARKS = frozenset({"rash", "rashes", "blister", "blisters", "spot", "spots",
                              "patch", "patches", "streak", "streaks", "hives", "welts",
                              "vesicles",
                              # h-lay20: lumps that rise at a place ("painful lumps keep
                              # coming up in my armpits and groin" read Groin pain).
                              "lump", "lumps", "bump", "bumps", "boil", "boils", "swelling",
                              "swellings", "sores", "ulcers", "pimples"})
# "the pain goes ...": a pain word after one of these is the verb's subject, no site's pain.
_SUBJECT_DETERMINERS = frozenset({"the", "this", "that", "my"})


# h-sites12: "bottom" and "backside" alone are the anus first (body_sites.yaml), but where a
# pain runs from them down a leg they are the buttock the sciatic path starts at ("pain
# shoots from my bottom down the back of my leg" read Anal pain twice). A direction of
# ``_PATH_DIRECTIONS`` at most ``_PATH_REACH`` words after the word, then a word of the leg
# at most ``_PATH_LEG_REACH`` words on, with no statement end between.
_PATH_BOTTOMS = frozenset({"bottom", "backside"})
_PATH_DIRECTIONS = frozenset({"down", "into"})
_PATH_LEGS = frozenset({"leg", "legs", "thigh", "thighs", "calf", "calves", "foot", "feet",
                        "ankle", "ankles", "knee", "knees", "toes", "hamstring", "hamstrings"})
_PATH_REACH = 4
_PATH_LEG_REACH = 6


# h-sites12: a lump, patch or spot said to look like a bruise ("tender red lumps like
# bruises on both my shins", "patches that look like bruises") is described by the likeness,
# and has no bruising; the likeness words become function words (no Bruising susceptibility),
# so the lumps keep their site (Erythema nodosum). A bruise said alone stays a bruise.
_BRUISE_LIKE_NOUNS = frozenset({"lump", "lumps", "bump", "bumps", "patch", "patches", "spot",
                                "spots", "nodule", "nodules", "swelling", "swellings",
                                "mark", "marks", "blotch", "blotches", "knot", "knots"})
_LOOK_VERBS = frozenset({"that", "which", "look", "looks", "looking", "looked", "feel",
                         "feels", "a", "an", "bit", "little", "rather", "sort", "of", "kind"})
_BRUISES = frozenset({"bruise", "bruises"})


def _mark_bruise_likeness(tokens: list[Token]) -> list[Token]:
    for k, token in enumerate(tokens):
        if token.folded != "like":
            continue
        after = k + 1
        while after < len(tokens) and tokens[after].folded in ("a", "an"):
            after += 1
        if after >= len(tokens) or tokens[after].folded not in _BRUISES:
            continue
        before = k - 1
        while before >= 0 and tokens[before].folded in _LOOK_VERBS:
            before -= 1
        if before >= 0 and (tokens[before].folded in _BRUISE_LIKE_NOUNS
                            or _likened_past_place(tokens, before)):
            for n in range(before + 1, after + 1):
                tokens[n] = replace(tokens[n], stem=FILLER_MARK)
    return tokens


# h-sites13: the likeness may follow the place of the lumps it describes ("red patches on the
# fronts of both my lower legs that look like bruises"): read back over at most this many
# words of that place, led by one of these prepositions, to the lump's noun.
_LIKENESS_PLACE_REACH = 10
_LIKENESS_PLACE_LEADS = frozenset({"on", "over", "across", "along", "down", "around", "in"})


def _likened_past_place(tokens: Sequence[Token], last: int) -> bool:
    """Does a noun of ``_BRUISE_LIKE_NOUNS`` stand before the place words that end at
    ``last``, with a place preposition right after it and no comma or statement end between
    ("lumps *on* both my shins that look like bruises")?"""
    for n in range(last, max(-1, last - _LIKENESS_PLACE_REACH), -1):
        word = tokens[n].folded
        if word == "," or word in _STATEMENT_ENDS:
            return False
        if word in _BRUISE_LIKE_NOUNS:
            return n + 1 <= last and tokens[n + 1].folded in _LIKENESS_PLACE_LEADS
    return False


# h-sites13: a colour said of a part of a mark after "with" ("red patches on my tongue with
# pale edges", "a red ring with a pale middle", "a mole with a dark border") describes the
# mark, not the person's colour: "pale" read Pallor (and a lifted iron-deficiency anaemia
# above geographic tongue). The colour and the part noun become function words; the mark
# keeps its own reading.
_PART_COLOURS = frozenset({"pale", "paler", "white", "whitish", "whiter", "red", "reddish",
                           "dark", "darker", "yellow", "yellowish", "grey", "gray", "blue",
                           "bluish", "purple", "brown", "black", "pink"})
_MARK_PARTS = frozenset({"edge", "edges", "border", "borders", "rim", "rims", "margin",
                         "margins", "centre", "centres", "center", "centers", "middle",
                         "middles", "base", "bases", "ring", "rings", "halo", "halos"})
_WITH_LEADS = frozenset({"a", "an", "the", "slightly", "very", "quite", "bit", "little",
                         "raised", "thin", "thick"})


def _mark_part_colours(tokens: list[Token]) -> list[Token]:
    """A colour of a part of a mark said after "with" (``_PART_COLOURS``, ``_MARK_PARTS``)
    is no finding of its own."""
    for k, token in enumerate(tokens):
        if token.folded not in _PART_COLOURS or k + 1 >= len(tokens):
            continue
        if tokens[k + 1].folded not in _MARK_PARTS:
            continue
        before = k - 1
        while before >= 0 and tokens[before].folded in _WITH_LEADS:
            before -= 1
        if before >= 0 and tokens[before].folded == "with":
            for n in (k, k + 1):
                tokens[n] = replace(tokens[n], stem=FILLER_MARK)
    return tokens


# h-sites13: "the small joints of his hands", "the big joints": a size word before "joints"
# after "the" or before "of" names which joints (the small joints of the hands and feet, the
# large joints of the limbs), not their size: "small joints of both my hands" read Small
# hand, "the big joints are stiff" Enlarged joints. Said of one's own joints without "the"
# ("he has big joints") it stays a size.
_JOINT_SIZES = frozenset({"small", "smaller", "large", "larger", "big", "bigger"})
_JOINT_NOUNS = frozenset({"joint", "joints"})


def _mark_joint_classes(tokens: list[Token]) -> list[Token]:
    for k, token in enumerate(tokens):
        if (token.folded not in _JOINT_SIZES or k + 1 >= len(tokens)
                or tokens[k + 1].folded not in _JOINT_NOUNS):
            continue
        led = k > 0 and tokens[k - 1].folded == "the"
        of = k + 2 < len(tokens) and tokens[k + 2].folded == "of"
        if led or of:
            tokens[k] = replace(token, stem=FILLER_MARK)
    return tokens


# h-sites13: the front of the lower leg is the shin, and its back the calf, as people say
# them and the condition profiles name them ("painful red lumps, usually on the fronts of
# both shins"): "red patches on the fronts of both my lower legs" kept the lower legs only,
# which no profile names so. The part noun, "of", at most three determiners, then "lower"
# and the leg: the leg word becomes the named part and "lower" a function word.
_LOWER_LEG_PARTS = {"front": ("shin", "shins"), "fronts": ("shin", "shins"),
                    "back": ("calf", "calves"), "backs": ("calf", "calves")}
_LEG_WORDS = {"leg": 0, "legs": 1}
_PART_DETERMINERS = frozenset({"the", "my", "his", "her", "their", "your", "our", "both",
                               "each", "one", "left", "right"})


def _name_lower_leg_parts(tokens: list[Token]) -> list[Token]:
    for k, token in enumerate(tokens):
        named = _LOWER_LEG_PARTS.get(token.folded)
        if named is None or k + 1 >= len(tokens) or tokens[k + 1].folded != "of":
            continue
        n = k + 2
        while n < len(tokens) and n < k + 5 and tokens[n].folded in _PART_DETERMINERS:
            n += 1
        if (n + 1 < len(tokens) and tokens[n].folded == "lower"
                and tokens[n + 1].folded in _LEG_WORDS):
            part = named[_LEG_WORDS[tokens[n + 1].folded]]
            tokens[n] = replace(tokens[n], stem=FILLER_MARK)
            tokens[n + 1] = replace(tokens[n + 1], folded=part, stem=stem(part))
    return tokens


def _mark_path_bottoms(tokens: list[Token]) -> list[Token]:
    """A bottom a pain runs from down the leg is the buttock (``_PATH_BOTTOMS``)."""
    for k, token in enumerate(tokens):
        if token.folded not in _PATH_BOTTOMS or (
                k + 1 < len(tokens) and tokens[k + 1].folded == "of"):
            continue
        for d in range(k + 1, min(len(tokens), k + 1 + _PATH_REACH)):
            if tokens[d].folded in _STATEMENT_ENDS or tokens[d].folded == ",":
                break
            if tokens[d].folded not in _PATH_DIRECTIONS:
                continue
            legs = tokens[d + 1:d + 1 + _PATH_LEG_REACH]
            ends = [n for n, t in enumerate(legs) if t.folded in _STATEMENT_ENDS]
            if any(t.folded in _PATH_LEGS for t in legs[:ends[0] if ends else None]):
                tokens[k] = replace(token, folded="buttock", stem=stem("buttock"))
            break
    return tokens


def _mark_radiation(tokens: list[Token]) -> list[Token]:
    """A pain that spreads: the verb right before a direction word takes the stem of "pain",
    so that the place it reaches is read as a pain of its own ("pain in my lower back that
    shoots down my leg": low back pain and leg pain)."""
    pain, burning = stem("pain"), stem("burning")
    # "going right through to my back": an adverb that only stresses the direction is no
    # side of the pain nor a word between the pain and where it goes; it is dropped.
    tokens = [t for k, t in enumerate(tokens)
              if not (t.folded in _SPREAD_INTENSIFIERS and 0 < k < len(tokens) - 1
                      and tokens[k - 1].folded in _SPREAD_VERBS
                      and tokens[k + 1].folded in _DIRECTIONS)]
    for here in range(len(tokens) - 1):
        direction = here + 1
        if not ((tokens[here].folded in _SPREAD_VERBS
                 and tokens[direction].folded in _DIRECTIONS)
                or (tokens[here].folded in _RISING_VERBS
                    and tokens[direction].folded in _RISING_DIRECTIONS)):
            continue
        if (here > 1 and tokens[here - 1].stem == pain and tokens[here - 1].folded != "sore"
                and tokens[here - 2].folded in _SUBJECT_DETERMINERS):
            # "the pain goes through to my back": the verb reads as the pain and its subject
            # is a word of the verb, so one pain is read where it reaches, not two.
            tokens[here] = replace(tokens[here], stem=pain)
            tokens[here - 1] = replace(tokens[here - 1], stem=FILLER_MARK)
            _direction_only(tokens, direction)
            continue
        refers_back = here > 0 and tokens[here - 1].folded in _BACK_REFERENCES
        ends = SENTENCE_ENDS if refers_back else _STATEMENT_ENDS
        reach = _REFERENCE_LOOKBACK if refers_back else _SPREAD_LOOKBACK
        for k in range(here - 1, max(here - 1 - reach, -1), -1):
            if tokens[k].folded in _SPREADING_MARKS:
                # h-sites12: a mark on the skin that spreads "round to my back" says where
                # it goes; the direction is no word of the place ("round ... back" is no
                # Kyphosis), as after a spreading pain.
                _direction_only(tokens, direction)
                break
            if tokens[k].folded in ends:
                break
            if (tokens[k].stem == pain or tokens[k].folded in _PAIN_WORDS
                    or tokens[k].folded in _SPREADING_PAINS):
                felt = burning if tokens[k].folded in _BURNING_WORDS else pain
                tokens[here] = replace(tokens[here], stem=felt)
                if felt == burning and tokens[direction].folded == "up":
                    # A burning that comes up is no "burning up" (Fever).
                    tokens[direction] = replace(tokens[direction], stem=FILLER_MARK)
                _direction_only(tokens, direction)
                break
    return tokens


def spreads_onward(tokens: Sequence[Token], position: int) -> bool:
    """Is the token at ``position`` a spreading verb read as a pain (``_mark_radiation``),
    its direction right after it ("going through to my back")? Its pain is where it
    reaches, never the place said before it ("a tearing pain in my chest going through to
    my back": no "chest going")."""
    return (tokens[position].folded in _SPREAD_VERBS | _RISING_VERBS
            and tokens[position].stem in (stem("pain"), stem("burning"))
            and position + 1 < len(tokens) and tokens[position + 1].folded in _DIRECTIONS)


# The second direction of a pair ("through to", "round into"), which carries the place.
_THEN_TO = frozenset({"to", "into"})


def _direction_only(tokens: list[Token], direction: int) -> None:
    """The direction word after a spreading pain says where it goes, never a word of a
    finding."""
    if tokens[direction].folded in _CONTENT_DIRECTIONS:
        tokens[direction] = replace(tokens[direction], stem=FILLER_MARK)
    # h-urgent15: a direction then "to" or "into" ("shot through to between my shoulder
    # blades", "goes round to the back") says one way; "to" carries the place, as after
    # "spreads to", so the first is no word of the place.
    if (direction + 1 < len(tokens) and tokens[direction + 1].folded in _THEN_TO
            and tokens[direction].folded not in _THEN_TO):
        tokens[direction] = replace(tokens[direction], stem=FILLER_MARK)


# "attacks of weakness", "bouts of diarrhoea", "spells of dizziness" say what HPO words as
# "Episodic ..." or "Episodes of ..." (which the stemmer already makes one stem). Only
# before "of": "asthma attacks", "coughing spells" name a finding's form, not episodes.
_EPISODE_WORDS = frozenset({"attack", "attacks", "bout", "bouts", "spell", "spells"})
# "Fits of" a doing is a bout of it, no seizure ("fits of coughing", "a fit of sneezing"); the
# doings a seizure is seen as keep the seizure's word ("fits of shaking", "fits of jerking").
_FIT_WORDS = frozenset({"fit", "fits"})
_SEIZURE_DOINGS = frozenset({"shaking", "jerking", "twitching", "convulsing", "trembling",
                             "staring", "stiffening", "blanking", "absence"})


def _mark_episodes(tokens: list[Token]) -> list[Token]:
    for here in range(len(tokens) - 1):
        if tokens[here + 1].folded != "of":
            continue
        word = tokens[here].folded
        if word in _EPISODE_WORDS or (
                word in _FIT_WORDS and here + 2 < len(tokens)
                and tokens[here + 2].folded.endswith("ing")
                and tokens[here + 2].folded not in _SEIZURE_DOINGS):
            tokens[here] = replace(tokens[here], stem=stem("episodes"))
    return tokens


# "Absence" names a seizure type before these words ("absence seizures", "absence status"),
# where it must not read as the negation mark: "no seizures" is not "absence seizures".
_ABSENCE_TYPE_NEXT = ("seizure", "status", "epilep", "attack", "spell", "episode")
ABSENCE_TYPE_STEM = "absenc"


def _name_seizure_types(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    for here, after in pairwise(words):
        if tokens[here].folded == "absence" and tokens[after].folded.startswith(
                _ABSENCE_TYPE_NEXT):
            tokens[here] = replace(tokens[here], stem=ABSENCE_TYPE_STEM)
    return tokens


# "a lot", "too much", "keeps ...", "all the time": how much or how often is part of what is
# said ("laughs a lot" is not "laughs", "eats too much" is not "eats", "too much hair" is not
# "hair", "keeps falling" is "falls a lot"). The last word of such a phrase takes the stem of
# "excessive", so that "sweating a lot" also meets HPO's "Excessive sweating"; the other words
# stay function words.
EXCESS_MARK = "excess"
# h-reader75 (issue 14): a small amount ("barely", "hardly", "scarcely", "very little",
# "very few") is one quantity, the opposite of EXCESS_MARK: "passing very little urine" and
# "hardly passed any urine" meet "barely passing urine" (Oliguria), "eats very little" meets
# "barely eating". Before, "very" and "little" were dropped as fillers and "hardly" stemmed
# as "hard" ("passing urine" alone, or "hard ... urine": nothing).
SCARCITY_MARK = "bare"
_SCARCE_AFTER_VERY = frozenset({"little", "few"})
# The other words of a count ("15" in "15 times", "every half" in "every half hour", "two"
# in "two stone"): function words of the quantity, in no key.
FILLER_MARK = "_"
_QUANTITIES = (("a", "lot"), ("lots",), ("too", "much"), ("so", "much"), ("too", "many"),
               ("so", "many"), ("extra",), ("keeps",), ("keep",), ("kept",), ("constantly",),
               ("all", "the", "time"), ("litres",), ("liters",), ("gallons",), ("pints",),
               ("alot",), ("loads",),  # "alot": "a lot" run together, as often typed
               # h-reader51: intensifier idioms ("it burns like mad", "itches like crazy"):
               # how much, no finding of their own.
               ("like", "crazy"), ("like", "mad"), ("like", "hell"), ("like", "anything"),
               # h-lay3: "peeing like a racehorse", "sweating like a pig" (a lot).
               ("like", "a", "racehorse"), ("like", "a", "pig"))


# "my hearing is going", "her memory is going": a function being lost. "going" after a
# linking verb, ending the statement (no "going to", "going away"), reads as "loss".
_GOING_AFTER = frozenset({"is", "are", "was", "were"})
_GOING_ENDS = frozenset({"and", "or", "but", "now", "too", "fast", "quickly", "slowly"})


_QUANTITY_ENDS = frozenset(q[-1] for q in _QUANTITIES) | {"going"}
# "Keep" after an inability ("can't keep my eyelids up", "unable to keep food down") is
# holding something, no quantity: "keep my eyelids" is no extra eyelid.
_HOLDING = frozenset({"keep", "kept"})


# How often, as a count: "15 times a day", "three or four times a night", "several times",
# "every half hour", "every ten minutes" say the same as "a lot" ("peeing 15 times a day" is
# "peeing a lot"). "times" after a number from three up (or "several", "many") and "hour",
# "hours", "minutes" after "every" (with a number or "half", "few" between) take the mark.
_MANY = frozenset({"three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                   "twelve", "fifteen", "twenty", "thirty", "several", "many", "multiple",
                   "countless", "dozen", "dozens", "hundred", "hundreds"})
_SHORT_SPANS = frozenset({"hour", "hours", "minute", "minutes", "min", "mins"})
_SPAN_COUNTS = frozenset({"half", "few", "couple", "two", "three", "five", "ten", "fifteen",
                          "twenty", "thirty"})


def _counts_often(folded: list[str], n: int) -> bool:
    """Does the word at ``n`` end a count of how often ("15 times", "every half hour")?"""
    word = folded[n]
    if word == "times" and n > 0:
        before = folded[n - 1]
        return before in _MANY or (before.isdigit() and int(before) >= 3)
    if word in _SHORT_SPANS:
        between = folded[max(n - 3, 0):n]
        if "every" not in between:
            return False
        after_every = between[between.index("every") + 1:]
        return all(w in _SPAN_COUNTS or w.isdigit() or w in {"of", "a"}
                   for w in after_every)
    return False


# h-reader74: how seldom, as a count: "once a week", "twice a week", "once or twice a week",
# "two times per week", "once every two weeks", "every 4 days", "only every few days" say
# "infrequent" ("poos about twice a week" is "infrequent poos", HPO's "Infrequent bowel
# movements", a synonym of Chronic constipation, "fewer than 3 bowel movements per week").
# The count's first word ("once", "every") takes the stem of "infrequent"; its other words
# are fillers. Never from three a week up, nor a count a day ("twice a day" is no seldom).
_SELDOM_COUNTS = frozenset({"once", "twice", "one", "two", "1", "2"})
_SELDOM_UNITS = frozenset({"week", "weeks", "fortnight", "month", "months"})
_PER = frozenset({"a", "per", "each", "every", "an"})
_FEW_DAYS = frozenset({"few", "several", "three", "four", "five", "six", "seven", "ten"})


def _counts_seldom(folded: list[str], n: int) -> int:
    """Does the word at ``n`` end a count of how seldom ("twice a week", "every 4 days")?
    The number of words of the count before it, or 0."""
    word = folded[n]
    if word in _SELDOM_UNITS:
        k = n - 1
        # "every two weeks", "every other week": a number of units after "every".
        if k >= 0 and (folded[k] in {"two", "2", "other", "few", "couple"}
                       or folded[k].isdigit()) and k >= 1 and folded[k - 1] == "every":
            k -= 1
        elif k >= 0 and folded[k] == "of" and k >= 2 and folded[k - 1] == "couple" \
                and folded[k - 2] in _PER:
            k -= 2
        if k < 0 or folded[k] not in _PER:
            return 0
        k -= 1
        if k >= 0 and folded[k] in {"time", "times"}:
            k -= 1
        if k < 0 or folded[k] not in _SELDOM_COUNTS:
            return 0
        # "once or twice", "one or two times".
        if k >= 2 and folded[k - 1] in {"or", "to"} and folded[k - 2] in _SELDOM_COUNTS:
            k -= 2
        return n - k
    if word == "days" and n >= 2:
        k = n - 1
        if folded[k] in {"or", "to"}:
            return 0
        # "every 4 days", "every four or five days", "every few days".
        while k >= 0 and (folded[k] in _FEW_DAYS or folded[k] in {"or", "to"}
                          or (folded[k].isdigit() and int(folded[k]) >= 3)):
            k -= 1
        if k < n - 1 and k >= 0 and folded[k] == "every":
            return n - k
    return 0


# A weight given as a number of units ("lost two stone", "put on 10 kg") is "weight": the
# unit takes the stem of "weight" (never a lone "stone": "kidney stones").
_WEIGHT_UNITS = frozenset({"stone", "stones", "pound", "pounds", "lb", "lbs", "kilo", "kilos",
                           "kg", "kgs", "kilogram", "kilograms"})
_WEIGHT_VERBS = frozenset({"lost", "lose", "losing", "loses", "dropped", "drop", "dropping",
                           "shed", "put", "putting", "gained", "gain", "gaining", "piled"})
_NUMBER_WORDS = _MANY | _SPAN_COUNTS | {"one", "half"}
# A count glued to its unit ("8kg", "10lbs", "2st").
_GLUED_WEIGHT = re.compile(r"\d+(?:\.\d+)?(?:kg|kgs|kilos?|lbs?|st)")
_APPROXIMATELY = frozenset({"about", "around", "nearly", "almost", "roughly", "over", "like",
                            "approx", "approximately", "just"})


def _is_number(word: str) -> bool:
    return word.isdigit() or word in _NUMBER_WORDS


def _weight_count(folded: list[str], n: int) -> bool:
    """Is the unit at ``n`` counted ("2 stone", "half a stone", "a couple of pounds")? The
    article counts one unit as a number does, but only after a verb of losing or gaining
    weight ("lost a stone", "put on half a stone"): "passed a stone" is a kidney stone."""
    before = folded[n - 1]
    if _is_number(before):
        return True
    if before == "of" and n > 1 and _is_number(folded[n - 2]):
        return True
    return before in _ARTICLES and any(w in _WEIGHT_VERBS for w in folded[max(n - 4, 0):n - 1])


def _mark_quantities(tokens: list[Token]) -> list[Token]:
    words = [k for k, t in enumerate(tokens) if t.is_word]
    folded = [tokens[k].folded for k in words]
    for n, here in enumerate(words):
        if (folded[n] in _SCARCE_AFTER_VERY and n > 0 and folded[n - 1] == "very"
                and (n < 2 or folded[n - 2] not in _ARTICLES)):
            # "very little urine", "eats very few meals"; not "a very little baby" (a size).
            # The word stands as "barely", no stopword, so keys keep it.
            tokens[here] = replace(tokens[here], folded="barely", stem=SCARCITY_MARK)
            continue
        seldom = _counts_seldom(folded, n)
        if seldom:
            # The first word of the count takes the stem, next to what it counts ("poos
            # once or twice a week"), as near as a phrase's words must be.
            tokens[words[n - seldom]] = replace(tokens[words[n - seldom]],
                                                stem=stem("infrequent"))
            start = n - seldom
            # "about twice a week", "only every few days": part of the count.
            while start > 0 and folded[start - 1] in _APPROXIMATELY | {"only", "maybe"}:
                start -= 1
            for k in range(start, n + 1):
                if k != n - seldom:
                    tokens[words[k]] = replace(tokens[words[k]], stem=FILLER_MARK)
            continue
        if _counts_often(folded, n):
            tokens[here] = replace(tokens[here], stem=EXCESS_MARK)
            # The words of the count ("15", "every half") are part of the quantity.
            for k in range(n - 1, max(n - 4, -1), -1):
                if not (_is_number(folded[k]) or folded[k] in ("every", "or", "and")):
                    break
                tokens[words[k]] = replace(tokens[words[k]], stem=FILLER_MARK)
            continue
        if (_GLUED_WEIGHT.fullmatch(folded[n])
                and any(w in _WEIGHT_VERBS for w in folded[max(n - 3, 0):n])):
            # A count written onto its unit ("lost about 8kg", "put on 10lbs") after a verb of
            # losing or gaining weight; the words between ("about") are part of the weight.
            tokens[here] = replace(tokens[here], stem=stem("weight"))
            for k in range(n - 1, max(n - 3, -1), -1):
                if folded[k] not in _APPROXIMATELY:
                    break
                tokens[words[k]] = replace(tokens[words[k]], stem=FILLER_MARK)
            continue
        if folded[n] in _WEIGHT_UNITS and n > 0 and _weight_count(folded, n):
            tokens[here] = replace(tokens[here], stem=stem("weight"))
            # The words of the count ("2", "half a", "a couple of") are part of the weight.
            for k in range(n - 1, max(n - 4, -1), -1):
                if not (_is_number(folded[k]) or folded[k] in _ARTICLES or folded[k] == "of"):
                    break
                tokens[words[k]] = replace(tokens[words[k]], stem=FILLER_MARK)
            continue
        if folded[n] not in _QUANTITY_ENDS:
            continue
        if folded[n] in _HOLDING and any(tokens[words[k]].stem == INABILITY_MARK
                                         for k in range(max(n - 2, 0), n)):
            continue  # "can't keep my eyes open" holds them, never again and again
        quantity = next((q for q in _QUANTITIES
                         if n + 1 >= len(q) and tuple(folded[n + 1 - len(q):n + 1]) == q), None)
        if quantity is not None:
            tokens[here] = replace(tokens[here], stem=EXCESS_MARK)
            # "like" of an intensifier idiom ("like mad") is part of the quantity.
            for k in range(n + 1 - len(quantity), n):
                if folded[k] == "like":
                    tokens[words[k]] = replace(tokens[words[k]], stem=FILLER_MARK)
        elif (folded[n] == "going" and n > 0 and folded[n - 1] in _GOING_AFTER
              and (n + 1 == len(words) or folded[n + 1] in _GOING_ENDS
                   or not _adjacent_words(tokens, here, words[n + 1]))):
            tokens[here] = replace(tokens[here], stem=stem("loss"))
    return tokens


# Words whose sense as a count noun differs from their sense as an adjective: "I've got a
# cold" is an illness (coryza, the common cold), "I feel cold" a sensation. The singular after
# an article ("a cold", "a stinking cold", "another cold"), heading its noun phrase (not "a
# cold sore", "a cold feeling"), takes the stem of the illness word; the plural ("keeps
# catching colds", HPO's "Recurrent colds") keeps a stem of its own, since it names the
# illness again and again. "The cold" stays ambiguous and keeps the adjective's stem ("feel
# the cold", "white in the cold").
_COUNT_NOUNS = {"cold": "coryza"}
# Slang plurals that name an illness only after "the": "got the runs", "the trots" (diarrhoea);
# "my nose runs", "he runs a lot" keep the verb. h-lay3: "the squirts" too (American and
# British slang for diarrhoea; "the blood squirts out" keeps the verb: no "the" before it).
_DEFINITE_PLURALS = {"runs": "diarrhoea", "trots": "diarrhoea", "squirts": "diarrhoea"}
# "infections" too: "chest infections", "ear infections" say again and again (HPO's "Recurrent
# respiratory infections", "Recurrent otitis media"), "a chest infection" one episode.
_PLURAL_SENSES = frozenset({"colds", "infections"})
# Words in "-ing" with a sense of their own, not their stem's: "spotting" is light vaginal
# bleeding (HPO's "Menstrual spotting"), no "spot" of the skin (h-reader53).
# h-lay3: "winded" (out of breath) is no "wind" ("bloating and wind" is Flatulence).
_GERUND_SENSES = frozenset({"spotting", "winded"})
# Words whose stem would merge them with a word of another meaning (h-reader67, issue 14):
# the stemmer cuts "tearful" and "tearing" (ripping) to "tear", so "I feel anxious and
# tearful" read the lay phrase "tearing feeling" (pain); "several" and "severe" to "sever",
# "periodic" and "period" (menstruation) to "period", "personality" and "person" to "person",
# "positive" and "position" to "posit". Found by listing the words of the lay terms, HPO names
# and the dev questions whose stems are shared by words of other meanings. Each keeps a stem
# of its own; its other forms ("tearfulness", "positivity") take the same.
_OWN_STEMS = {"tearful": "tearful", "several": "several", "periodic": "periodic",
              "periodical": "periodic", "periodically": "periodic",
              "personality": "personality", "personalities": "personality",
              "positive": "positive", "positives": "positive", "positivity": "positive",
              "positively": "positive",
              # h-misses2: a measure named after the part that holds it ("a few mouthfuls",
              # "a handful of times") is no part: the stemmer cut "-ful" off, and "mouth" then
              # met HPO's "Mouthing" (Hyperorality).
              "mouthful": "mouthful", "mouthfuls": "mouthful", "handful": "handful",
              "handfuls": "handful", "spoonful": "spoonful", "spoonfuls": "spoonful",
              # h-reader75: a small amount said with any of these adverbs is one quantity
              # ("hardly passed any urine", "scarcely eating" as "barely ..."): the stem
              # of "barely", which the curated phrases use (SCARCITY_MARK).
              "hardly": "bare", "scarcely": "bare"}
_ARTICLES = frozenset({"a", "an", "another"})
# Words that may stand between the article and the noun: at most this many ("a really bad
# cold").
_ARTICLE_REACH = 3
# Words after the noun that end its noun phrase besides function words and punctuation
# ("a cold last week", "a cold since Monday", "a cold going round").
# A count of time starts a new phrase too ("a cold three weeks ago", "a cold 2 days back").
_PHRASE_ENDS = frozenset({"since", "last", "again", "now", "recently", "lately", "today",
                          "yesterday", "ago", "going", "coming", "back", "then", "one", "two",
                          "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "couple", "few", "several", "many"})


# Words that name a finding only as a noun: "a fit", "his fits" (seizures), but "I've always
# been fit", "fit and well", "keep fit" (healthy). After a form of "be" or a verb of staying
# (up to two words before, adverbs between: "been really fit"), or before "and well"/"and
# healthy", the adjective is meant and the word is no finding's word.
_NOUN_ONLY = frozenset({"fit", "fits"})
_ADJECTIVE_BEFORE = frozenset({"is", "are", "am", "was", "were", "be", "been", "being", "keep",
                               "keeping", "kept", "stay", "staying", "stayed", "feel", "feels",
                               "felt", "very", "quite", "pretty", "perfectly", "fairly",
                               "im", "i'm", "he's", "she's", "hes", "shes"})
_ADJECTIVE_AFTER = frozenset({"well", "healthy", "active", "strong"})
# "Fit" as a verb, of clothes, rings or shoes: after a negated or modal auxiliary, "to" or
# "longer" ("his rings don't fit", "shoes no longer fit", "hard to fit"), or before an object
# or "any more" ("doesn't fit me", "fits them"); no seizure is named.
_VERB_BEFORE = frozenset({"don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't",
                          "wont", "can't", "cant", "cannot", "couldn't", "couldnt", "wouldn't",
                          "wouldnt", "to", "longer", "will", "would", "could", "should",
                          "might", "must", "it", "they", "that", "which"})
_VERB_AFTER = frozenset({"me", "him", "her", "them", "us", "anymore", "properly", "into"})


def _is_verb(tokens: list[Token], here: int) -> bool:
    before = tokens[here - 1].folded if here > 0 and tokens[here - 1].is_word else ""
    after = tokens[here + 1].folded if here + 1 < len(tokens) else ""
    if before in _VERB_BEFORE or after in _VERB_AFTER:
        return True
    return after == "any" and here + 2 < len(tokens) and tokens[here + 2].folded == "more"


def _is_adjective(tokens: list[Token], here: int) -> bool:
    before = [t.folded for t in tokens[max(here - 2, 0):here] if t.is_word]
    if before and before[-1] in _ADJECTIVE_BEFORE:
        return True
    if len(before) == 2 and before[0] in _ADJECTIVE_BEFORE and before[1].endswith("ly"):
        return True
    after = [t.folded for t in tokens[here + 1:here + 3]]
    return len(after) == 2 and after[0] == "and" and after[1] in _ADJECTIVE_AFTER


def _mark_count_nouns(tokens: list[Token]) -> list[Token]:
    for here, token in enumerate(tokens):
        if token.folded in _NOUN_ONLY and (_is_adjective(tokens, here)
                                           or _is_verb(tokens, here)):
            tokens[here] = replace(token, stem=FILLER_MARK)
            continue
        plural = _DEFINITE_PLURALS.get(token.folded)
        if plural is not None and here > 0 and tokens[here - 1].folded == "the":
            tokens[here] = replace(token, stem=stem(plural))
            continue
        sense = _COUNT_NOUNS.get(token.folded)
        if sense is None or not _after_article(tokens, here) or not _heads_phrase(tokens, here):
            continue
        tokens[here] = replace(token, stem=stem(sense))
    return tokens


def _after_article(tokens: list[Token], here: int) -> bool:
    """An article up to :data:`_ARTICLE_REACH` words before, with only words between."""
    for back in range(here - 1, max(here - 1 - _ARTICLE_REACH, -1), -1):
        if not tokens[back].is_word:
            return False
        if tokens[back].folded in _ARTICLES:
            return True
    return False


def _heads_phrase(tokens: list[Token], here: int) -> bool:
    """Is the word the last of its noun phrase: at the end, before punctuation, a function
    word or a word that cannot go on a noun phrase?"""
    after = tokens[here + 1] if here + 1 < len(tokens) else None
    return (after is None or not after.is_word or after.folded in STOPWORDS
            or after.folded in _PHRASE_ENDS or after.folded.isdigit()
            or after.folded in MARKED_NEGATIONS)


def _adjacent_words(tokens: list[Token], here: int, there: int) -> bool:
    """No punctuation between two word tokens."""
    return all(tokens[k].is_word for k in range(here + 1, there))


def original_span(origin: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` that the folded span ``start:end`` (not empty) came from.

    It runs up to the character that gave the next folded one, so that accents written as
    separate combining marks (which fold to nothing) stay with their letter.
    """
    return origin[start], max(origin[end - 1] + 1, origin[end])


def fold_with_origin(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index in ``text`` it came from
    (plus one last entry, ``len(text)``, for the end of the text)."""
    if text.isascii():  # folding ASCII only lower-cases it, one character for one
        return text.lower(), list(range(len(text) + 1))
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _FRACTION_DECIMALS and index > 0 and text[index - 1].isdigit():
            # The point comes from the figure before ("2½": "2." from "2", "5" from "½"), so
            # that no token of its own (a sentence end) is made of it.
            decimal = _FRACTION_DECIMALS[char]
            pieces.append(decimal)
            origin.extend([index - 1] + [index] * (len(decimal) - 1))
            continue
        piece = fold(char)
        pieces.append(piece)
        origin.extend([index] * len(piece))
    origin.append(len(text))
    return "".join(pieces), origin


SENTENCE_ENDS = frozenset(".;!?")


def sentence_bounds(words: Sequence[str], first: int, last: int | None = None
                    ) -> tuple[int, int]:
    """The sentence around the words ``first`` to ``last`` (default ``first``) of the folded
    ``words``: the position of its first word and the position just past its last (a sentence
    end, . ; ! ?, or the end of the question)."""
    start = first
    while start > 0 and words[start - 1] not in SENTENCE_ENDS:
        start -= 1
    end = first if last is None else last
    while end < len(words) and words[end] not in SENTENCE_ENDS:
        end += 1
    return start, end


def sentences(tokens: Sequence[Token]) -> list[list[int]]:
    """The token positions of each sentence (split at . ; ! ?), empty sentences left out."""
    found: list[list[int]] = [[]]
    for i, token in enumerate(tokens):
        if not token.is_word and token.folded in SENTENCE_ENDS:
            found.append([])
        else:
            found[-1].append(i)
    return [s for s in found if s]


def is_hpo_id(token: Token) -> bool:
    """Is this token an HPO id written in the question ("HP:0001250")?"""
    return token.stem.startswith("HP:")


def content_stems(tokens: list[Token]) -> list[str]:
    # Negation words stay in keys: "absent hands" (a malformation) must not meet "hands".
    return [t.stem for t in tokens
            if t.is_word and t.stem != FILLER_MARK
            and (t.folded not in STOPWORDS or t.stem == EXCESS_MARK)]


Pass = Callable[[list[Token]], list[Token]]
# A run of passes and the union of their cue words (see :func:`_grouped`).
_PassGroup = tuple[frozenset[str], tuple[tuple[frozenset[str] | None, Pass], ...]]


def _run_passes(tokens: list[Token], groups: Sequence[_PassGroup]) -> list[Token]:
    """Run the marker passes in order; a pass with cue words is skipped when none of them is
    among the tokens' folded words as they stand when it would run (the words after the
    passes before it), and a run of such passes at once when none of their cues is. Skipping
    changes nothing: each pass changes tokens only at one of its cue words. Most of the
    lexicon's ~47,000 phrases hold no cue of most passes, and the lexicon build tokenises
    them all on a first run."""
    present: set[str] | None = None  # the folded words, known since the last pass that ran
    for any_cue, passes in groups:
        for cues, step in passes:
            if cues is not None:
                if present is None:
                    present = {t.folded for t in tokens}
                if any_cue.isdisjoint(present):
                    break  # none of the run's passes has its cue: the words cannot change
                if cues.isdisjoint(present):
                    continue
            tokens = step(tokens)
            present = None
    return tokens


def _grouped(passes: Sequence[tuple[frozenset[str] | None, Pass]]) -> tuple[_PassGroup, ...]:
    """The passes in runs: each pass that always runs alone, passes with cues together, with
    the union of their cues."""
    groups: list[tuple[frozenset[str], list[tuple[frozenset[str] | None, Pass]]]] = []
    for cues, step in passes:
        if cues is not None and groups and groups[-1][1][-1][0] is not None:
            groups[-1] = (groups[-1][0] | cues, [*groups[-1][1], (cues, step)])
        else:
            groups.append((cues or frozenset(), [(cues, step)]))
    return tuple((any_cue, tuple(run)) for any_cue, run in groups)


def _first_words(phrases: Collection[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrases)


# The marker passes of :func:`tokenize`, in the order they run, each with its cue words: the
# folded words one of which it must meet to change anything (``None``: it always runs, its
# triggers being no plain words: shorthand, figures, text as written). A pass's cue words are
# its own tests of a token's folded word, the first it makes before any change; a pass given
# new triggers must have them added here (tests/test_tokenize_passes.py runs every pass on
# the lexicon's wordings and checks that the skipped ones change nothing).
_PASSES: tuple[tuple[frozenset[str] | None, Pass], ...] = (
    # h-longclause: hedges out first, so that every pass reads the words around them.
    (_HEDGE_NOUNS | _HEDGE_WORDS, _drop_hedges),
    (frozenset(_SAID_COLOURS), _mark_said_colours),
    (None, _spell_out_lab_shorthand),
    (frozenset({"blood"}), _join_with_blood),
    (frozenset({"pressure"}), _mark_own_pressure),
    (_LAB_NAMES, _mark_lab_levels),
    (MARKED_NEGATIONS, _mark_spelled_out_inability),
    (_HARD_WORDS | _SCARCELY, _mark_hard_functions),
    (_AID_VERBS, _mark_aided_functions),
    (frozenset({"let"}), _mark_released_grips),
    (None, _spell_out_joints),
    (None, _spell_out_pregnancy_shorthand),
    (None, _spell_out_shorthand),
    (None, _spell_out_pain_shorthand),
    (_LETTER_JOINS, _spell_out_letter_pairs),
    (frozenset({"sore"}), _mark_sore_nouns),
    (frozenset({"dry"}), _mark_drying_tasks),
    (_BLEEDING_WORDS, _mark_blood_colours),
    (frozenset({"it", "it's", "its"}), _refer_to_urine),
    (_THIN_WORDS, _mark_thin_matter),
    (frozenset(_COME_VERBS), _mark_coming_up),
    (_APPEARING_VERBS, _pass_over_appearing),
    (_SIZE_COMPARATIVES, _mark_uneven_sides),
    (frozenset({"than"}), _mark_comparisons),
    (_VOMITING_VERBS | frozenset({"force"}), _mark_brought_up_feeds),
    (frozenset({"between"}), _mark_alternation),
    (frozenset({"back"}), _mark_adverb_back),
    (frozenset({"ball"}), _mark_own_ball),
    (_SMALL_WORDS, _read_little_as_small),
    (_LENGTHS, _mark_cut_lengths),
    (frozenset({"absence"}), _name_seizure_types),
    (None, _mark_quantities),
    (_NOUN_ONLY | frozenset(_DEFINITE_PLURALS) | frozenset(_COUNT_NOUNS), _mark_count_nouns),
    (_EPISODE_WORDS | _FIT_WORDS, _mark_episodes),
    (frozenset({","}), _join_pain_qualities),
    (frozenset({"burning"}), _mark_burning_at_site),
    (frozenset({"fire"}), _mark_on_fire),
    (_KILLING | _GIVING, _mark_killing),
    (frozenset({"coca"}), _join_coca_cola),
    (frozenset(_JERKS), _name_reflex_jerks),
    (_COLOUR_NOUNS, _mark_change_to_colour),
    (frozenset({"nontender", "nonpainful", "non"}) | frozenset(_SUFFIX_PRIVATIVES)
     | frozenset(_NORMAL_WORDS) | _PRIVATIVES, _split_privatives),
    (_SENSATION_VERBS, _mark_part_sensations),
    (frozenset({"baby", "babies", "drinking"}), _mark_birth_and_stopped_drinking),
    (frozenset(_LOWER_LEG_PARTS), _name_lower_leg_parts),
    (_TUMOUR_WORDS, _name_organ_tumours),
    (frozenset(_PART_COLOURS), _mark_part_colours),
    (_JOINT_SIZES, _mark_joint_classes),
    # h-lay3: slang and euphemisms, idioms of exasperation and similes of feeling, before the
    # similes of pain.
    (frozenset({"back", "backs"}), _name_calves),
    (frozenset({"one"}) | _LOOK_VERBS, _mark_eye_idioms),
    (frozenset({"there", "off"}) | frozenset(_SLANG_PARTS) | _first_words(_EUPHEMISMS)
     | _first_words(_TOILET_NUMBERS) | frozenset(_CAME_OVER_ALL) | _BEAT_VERBS, _mark_slang),
    (frozenset(word for _, word in _NOT_GOING), _mark_not_going),
    (_UNNAMED_MATTER, _mark_discharges),
    (_NAMED_MATTER, _mark_matter_flowing),
    (_TISSUES, _refer_tissue_to_toilet),
    (frozenset({"a", "an"}), _drop_toilet_trips),
    (_WORSE_WORDS, _drop_worse_before_exertion),
    (frozenset(_HAVING), _mark_covered_parts),
    (_HAIR_PULLS | frozenset({"blue"}), _mark_exasperation),
    (_SIMILE_FIRST, _mark_crawling_similes),
    (_SIMILE_FIRST, _mark_sense_images),
    (_SIMILE_FIRST, _mark_similes),
    (frozenset({"like"}), _mark_bruise_likeness),
    (_PATH_BOTTOMS, _mark_path_bottoms),
    (_SPREAD_VERBS | _RISING_VERBS, _mark_radiation),
    # h-lay8: lay wordings of time and frequency ("take ages to heal", "going every 5 mins").
    (_TAKE_VERBS, _mark_taking_long),
    (_GOING_VERBS, _mark_going_for_a_wee),
)

_PASS_GROUPS = _grouped(_PASSES)


def phrase_key(phrase: str) -> str:
    """The order-free key of a phrase ("" when it has no content words besides negations)."""
    for known in _KNOWN_KEYS:
        key = known.get(phrase)
        if key is not None:
            return key
    key = _computed_phrase_key(phrase)
    for computed in _RECORDING[-1:]:  # a copy: another thread may end its block meanwhile
        computed[phrase] = key
    return key


@lru_cache(maxsize=1 << 15)
def _computed_phrase_key(phrase: str) -> str:
    # Memoised: an answer keys the same curated statements (a sheet's findings, its name) for
    # every question that brings the disease up; the key depends on the phrase alone.
    stems = content_stems(tokenize(phrase))
    return "" if all(s in MARKS for s in stems) else " ".join(sorted(stems))


# Keys known in advance while readers are built (:func:`phrase_keys_remembered`), and the
# records of the keys computed meanwhile: one of each per block running, changed only under
# _KEYS_LOCK (a thread that reads a list while another changes it at worst computes a key).
_KNOWN_KEYS: list[dict[str, str]] = []
_RECORDING: list[dict[str, str]] = []
_KEYS_LOCK = threading.Lock()


@contextmanager
def phrase_keys_remembered(known: dict[str, str]) -> Iterator[dict[str, str]]:
    """While the block runs, :func:`phrase_key` answers the phrases of ``known`` from it
    (keys computed by this same code before: the reader's word lists, stored in a cache by
    ``text/phrase_keys.py``) and records the keys it computes into the dict it yields.

    A reader tokenises some 750 curated phrases at start (~0.17 s); read back, they cost
    nothing. Keys are a pure function of the phrase, so answers from ``known`` are the ones
    computed; a thread that asks meanwhile merely has its keys recorded too.
    """
    computed: dict[str, str] = {}
    with _KEYS_LOCK:
        _KNOWN_KEYS.append(known)
        _RECORDING.append(computed)
    try:
        yield computed
    finally:
        with _KEYS_LOCK:
            _RECORDING.remove(computed)
            _KNOWN_KEYS.remove(known)
