"""From a plain-language question to findings, OR-groups, negations, a category, age and sex.

Pipeline (:meth:`QuestionReader.read`): tokenise -> mark age/sex words -> split into
clauses -> in each clause, read category words, then red-flag phrases, then the longest
known phrases of the lexicon, lay descriptors of a body part with their site ("big ears",
:mod:`.descriptors`), pairs of nearby words and single words, each finding joined with its
body site or circumstance (:mod:`.sites`) -> decide negation and
uncertainty per finding from cue words in its clause (NegEx-style, see
:mod:`whatcauses.text.negation`) -> report the content words nothing explained as
unrecognised.

The cue words live in knowledge/curated/question_words.yaml (:mod:`whatcauses.text.cues`);
phrase matching is in :mod:`whatcauses.text.recognize`, body sites in :mod:`.sites`, family
history in :mod:`.family`, spelling in :mod:`.spelling`, the result types in
:mod:`.interpretation`. What stays here (about 870 lines) is the reader's steps, which all work
on one reading of the question (tokens, clauses, matches so far); splitting them further
would mean passing that state from module to module.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from whatcauses.errors import UnknownTermError
from whatcauses.knowledge.curated import (
    body_sites,
    category_vocabulary,
    exposure_vocabulary,
    family_words,
    injury_vocabulary,
    red_flags,
)
from whatcauses.knowledge.ontology import Ontology
from whatcauses.text import (
    colours,
    emotions,
    guesses,
    hallucinations,
    healing,
    intervals,
    labs,
    laterality,
    limbs,
    listed_levels,
    medicines,
    milestones,
    pain_paths,
    persons,
    preceding,
    resolved,
    rhythm,
    tics,
    tone_loss,
    transient,
    triggers,
    unaffected,
    vitals,
    wellness,
)
from whatcauses.text.colours import COLOURS, PALLOR, colour_of_matter, matter_of_colour
from whatcauses.text.context import (
    PERIODS_LONG_STOPPED,
    OnsetHint,
    PersonContext,
    onset_skips,
    past_illness_onset,
    read_onsets,
    read_person,
    relatives_decades,
)
from whatcauses.text.coordination import listed_subjects, part_phrases
from whatcauses.text.course import (
    LASTING_FORMS,
    complaint_durations,
    durations,
    read_course,
)
from whatcauses.text.cues import Cues
from whatcauses.text.denied_senses import denied_senses
from whatcauses.text.descriptors import Described, DescriptorReader
from whatcauses.text.exposures import ExposureMention, ExposureReader
from whatcauses.text.family import (
    DOMINANT,
    FAMILY,
    MOTHERS,
    SUDDEN_CARDIAC_DEATH,
    THROUGH_AFFECTED_MOTHER,
    FamilyReader,
    FamilyStatement,
    about_a_child,
    age_at,
    denied_in_family,
    family_conditions,
    relatives_relative_modes,
    young_at,
    young_sudden_deaths,
)
from whatcauses.text.flag_sites import said_only_at
from whatcauses.text.frame import read_asked_prevalence, read_frame
from whatcauses.text.genes import GeneMention, GeneReader
from whatcauses.text.gestation import Gestation, read_gestation
from whatcauses.text.injuries import InjuryReader
from whatcauses.text.interpretation import (
    Correction,
    Course,
    InheritanceEvidence,
    Interpretation,
    Onset,
    RecognizedFinding,
    RedFlagHit,
    RelativeDisease,
    SaidDisease,
    check_question,
)
from whatcauses.text.known import described_spans, known_spans
from whatcauses.text.lexicon import (
    MIN_ABBREVIATION,
    NO_FINDING,
    Lexicon,
    LexiconEntry,
    abbreviation_key,
    is_abbreviation,
)
from whatcauses.text.modifiers import (
    TRIGGERED_BY_EXERTION,
    ModifierMention,
    read_modifiers,
    said_suddenly,
)
from whatcauses.text.named_diseases import NamedDiseases
from whatcauses.text.negation import (
    Cue,
    cue_positions,
    loose_negation,
    negated_spans,
    or_list_after,
    queried,
    uncertain,
)
from whatcauses.text.normalize import (
    CHANGE_VERBS,
    EXCESS_MARK,
    FILLER_MARK,
    INABILITY_MARK,
    MARKS,
    PAIN_IDIOM_VERBS,
    SENTENCE_ENDS,
    SIMILE_MARK,
    Token,
    background_spans,
    count_of,
    is_hpo_id,
    phrase_key,
    sentence_bounds,
    spreads_onward,
    stem,
    tokenize,
)
from whatcauses.text.persons import Stretch
from whatcauses.text.recognize import (
    MAX_TOKENS_BETWEEN_PHRASE_WORDS,
    PAIR_MAX_DISTANCE,
    LexiconKeys,
    ends_repeating,
    longest_matches,
    nearby_pairs,
    order_free_key,
    repeats_another_verb,
)
from whatcauses.text.red_flag_combinations import RedFlagCombinations, said, word_patterns
from whatcauses.text.referents import (
    carry_sites_over_asides,
    join_site_lists,
    refer_back_to_sites,
)
from whatcauses.text.sites import (
    POINT_NOUNS,
    POSITION_WORDS,
    Composition,
    SiteReader,
    narrower,
)
from whatcauses.text.spelling import (
    MIN_TYPO_LETTERS,
    SOUND_ALIKES,
    SpellingCorrector,
    english_frequency,
    english_words,
)
from whatcauses.text.visceral import visceral_burning

INHERITANCE_ROOT = "HP:0000005"
# A waking that times another finding ("the pain wakes me at night") is read as no finding
# when every term it was read as is a sleep abnormality.
SLEEP_ABNORMALITY = "HP:0002360"
# A lone word must be a name or a close synonym: loose (related, broad) synonyms of one word
# misread everyday words ("a power cut").
_SINGLE_WORD_CONFIDENCE = 0.95
# ... unless it is a technical word: an HPO synonym or adjective form that is rare in everyday
# English (symspellpy's corpus counts: "psoriasis" 1.3 million, "sad" 13 million, "hyperphagia"
# not listed, "pyrexia" 18,777).
EVERYDAY_WORD_FREQUENCY = 1_000_000
_TECHNICAL_SOURCES = frozenset({"EXACT", "RELATED", "inflection"})
# A newborn: up to 28 days (HPO's neonatal period).
NEWBORN_YEARS = 28 / 365.25
# Words that, right before (+1) or after (-1) another finding, describe it rather than name
# a finding of their own ("painful swollen knee", "coughing fits").
_EDEMA = "HP:0000969"
_ERYTHEMA = "HP:0010783"
_SKIN_RASH = "HP:0000988"
# "Shake hands", the greeting: the verb forms, the hand words, and the subjects and time
# words that make it the person's act before the verb (QuestionReader._greets).
_SHAKE_VERBS = frozenset({"shake", "shakes", "shaking", "shook"})
_SHAKE_STEM = stem("shake")
# How far (tokens) a word is looked for that makes a known pair with a respelt word.
_PAIR_REACH = 3
# The possessives before a part of the body written by sound ("my naval": QuestionReader.
# _sound_alike).
_POSSESSIVES = frozenset({"my", "his", "her", "their", "your", "our"})
# Subjects that start a new statement of a run-on sentence (QuestionReader.
# _frame_verb_of_a_new_subject).
_NEW_SUBJECTS = frozenset({"i", "im", "i'm", "ive", "i've", "he", "she", "we", "they", "you"})
_HAND_WORDS = frozenset({"hand", "hands"})
_GREETING_LEADS = frozenset({"i", "we", "you", "he", "she", "they", "after", "before", "when",
                             "while", "whenever"})
# "Shake my hand(s) (out)": a possessive between the verb and the hand makes the shaking the
# person's act on their own hand (done to get the feeling back), not a tremor
# (QuestionReader._shakes_own_hand).
_OWN_WORDS = frozenset({"my", "his", "her", "their", "your", "our"})
_DESCRIBES = {"painful": +1, "fits": -1, "fit": -1, "attacks": -1, "spells": -1,
              "bouts": -1}
# A series of describing words before the noun they share ("itchy, dry, cracked skin"):
# at most this many words after the first.
# Words that link a finding to the site after it ("ringing and muffled hearing in my left ear").
_SITE_LINKS = frozenset({"in", "of", "on", "behind", "inside"})
# h-lay21: the things of "seeing things" said to be looked at (``_things_looked_at``): the
# verbs of seeing, the nouns of what is seen, words of size and shape (with the colours of
# text/colours.py) that describe a real thing, and matter of the body it may be seen in.
_SEEING = frozenset({"see", "sees", "seeing", "saw", "seen", "spot", "spotted", "noticed",
                     "notice"})
_SEEN_THINGS = frozenset({"things", "thing", "bits", "stuff"})
_LOOKS_OF_THINGS = frozenset({"little", "tiny", "small", "teeny", "minute", "big", "large",
                              "round", "long", "thin", "wiggly", "wriggly", "flat", "hard",
                              "shiny", "oval"})
_THINGS_DETERMINERS = frozenset({"the", "a", "her", "his", "my", "their", "your", "our",
                                 "its", "baby's", "son's", "daughter's", "child's"})
_BODILY_MATTER = frozenset({"poo", "poos", "pooh", "stool", "stools", "faeces", "feces",
                            "nappy", "nappies", "diaper", "toilet", "loo", "potty", "pants",
                            "knickers", "underwear", "wee", "urine", "pee", "sick", "vomit",
                            "phlegm", "mucus", "snot", "spit", "bum", "bottom"})
_MAX_SERIES_WORDS = 3
# A list of describing words said of one noun, before it ("a red, hot, swollen, painful
# knee") or after a linking verb ("my toe is red, hot, swollen, shiny and very painful"), is
# read up to this many words, each with the noun: people list every sign they see.
_MAX_LIST_WORDS = 8
# At most this many words (a circumstance: "after every feed") between a finding and the comma
# before a describing word said after it (_with_postposed).
_POSTPOSED_GAP = 4
# Second halves of a hyphenated word that leave the first half's sense as it is ("dry-ish",
# "red-looking", "flu-like"; "red-hot" is red and hot; _without_compound_halves).
_SOFTENING_HALVES = frozenset({"ish", "looking", "like", "type", "coloured", "colored",
                               "y", "ness", "hot"})
# The kinds of reading a substance of a list said with its level word may have (h-rareclin2):
# a level term, a curated laboratory phrase, an antibody ("anti-Ro and anti-La positive").
_LEVEL_KINDS = frozenset({"finding", "lab", "antibody"})
# The blood words a level of the blood may be named with ("High plasma glutamine"), as stems.
_BLOOD_SPECIMENS = (["plasma"], ["serum"])
# The kinds of reading that are a test's result ("ANA+", "low C3"), each said of its own test.
_RESULT_KINDS = frozenset({"lab", "antibody"})
# Verbs that link a noun to the words describing it ("the skin is red and peeling").
_LINKING_VERBS = frozenset({"is", "are", "was", "were", "been", "feels", "feel", "felt", "looks",
                            "look", "looked", "gets", "get", "got", "became", "become",
                            "becomes", "seems", "seem", "went", "goes", "turned", "turns",
                            "gone"})
# h-reader49: words that describe how a finding feels or looks, read as nothing, that may
# stand between a one-word finding and the finding it describes the place of ("a painful
# tender swelling in my neck", "a painful hard lump under my arm"): at most this many.
_DESCRIBING_BETWEEN = frozenset({"tender", "hard", "firm", "soft", "warm", "hot", "big",
                                 "large", "small", "little", "new", "round", "smooth"})
_MAX_DESCRIBING = 2
# Degree and addition words that may stand before an item of a predicate's series without
# ending it ("my knee is swollen and *really* hurts", "... and *also* itches").
_SERIES_ADVERBS = frozenset({"very", "really", "quite", "so", "too", "also", "just"})
# Linking verbs that may open the next item of a predicate's series, of the same subject
# ("my ankle has swollen up and *is* sore", "... and *feels* tender"; h-misses2).
_SERIES_LINKING = frozenset({"is", "was", "feels", "felt", "looks", "looked"})
# Particles of a phrasal verb that may end the item before ("swollen *up* and is sore").
_SERIES_PARTICLES = frozenset({"up"})
# "Side" as a noun ("it aches on one side").
_SIDE_NOUNS = frozenset({"side", "sides"})
# Words that place a finding near its site rather than at it ("under my jaw", "below my
# ear"): a site said with one inside a finding's own phrase is not shared as the place of
# another finding (``_shared_sites``; h-misses2).
_NEAR_WORDS = frozenset({"under", "underneath", "below", "beneath", "above", "beside",
                         "near", "around"})
# h-sites17: words of heat said of a site (``_inflamed_series``), and HPO's Increased
# inflammatory response, what "inflamed" reads at a site HPO names no inflammation of.
_HEAT_WORDS = frozenset({"hot", "warm"})
_INFLAMMATION = "HP:0012649"
# h-sites17: words that open a noun phrase of its own ("lost *the* leg reflexes"), and
# verbs that make the word after a site a predicate, no noun it qualifies ("and my eyes *are*
# watering") (``_qualifies_own_noun``).
_DETERMINER_WORDS = _POSSESSIVES | {"the", "both"}
_PREDICATE_WORDS = frozenset({"is", "are", "was", "were", "feels", "feel", "felt", "looks",
                              "look", "has", "have", "had", "keeps", "gets", "got", "went",
                              "goes", "seems", "hurts", "hurt", "aches", "ache", "itches"})
# h-sites16: words that put a noun beside a part, not on it ("a sore rash under my breasts",
# "a red swelling behind his ear"): a word describing the noun says nothing of the part.
_BESIDE_A_PART = _NEAR_WORDS | {"behind", "next"}
# Words for the person, which end the search for the noun a predicate describes ("I feel
# faint": the person is faint, no body part).
_PERSON_WORDS = frozenset({"i", "i'm", "im", "he", "she", "they", "we", "you", "it", "who",
                           "that", "which", "this"})
# Content words after a colour of a body part that may make a longer phrase with it.
_COLOUR_TAIL_WORDS = 2
# Possessives that open a noun of its own after "and" (a new subject, not a list item).
_POSSESSIVES = frozenset({"my", "his", "her", "their", "our", "your"})
# The noun a predicate describes is among this many content words before the verb ("the skin
# between my toes is ...": toes, skin).
_MAX_SUBJECT_WORDS = 3
# h-sites16: a site subject before a linking verb ("the skin on my left shin is ...") of at most
# so many words, and the items of the series after it ("hot", "very painful") of at most so
# many content words each (``_series_of_a_site``).
_MAX_SITE_SUBJECT = 8
_SUBJECT_DETERMINERS = frozenset({"the", "a", "an", "my", "his", "her", "their", "your", "our",
                                  "both"})
_MAX_ITEM_WORDS = 2
# Words that end such a series: a circumstance or a place starts after them ("... and warm
# *after* leaning on it", "... and painful *when* I walk").
_SERIES_STOPS = frozenset({"after", "before", "when", "whenever", "while", "during", "with",
                           "in", "on", "at", "of", "to", "from", "since", "for", "if",
                           "because", "until", "especially", "mostly", "mainly", "like"})
# A describing word and the finding it describes stand this close ("red, itchy, scaly rash":
# two words between), with no sentence break and no word that starts a statement between.
_MAX_WORDS_BESIDE = 3
_SENTENCE_BREAK = re.compile(r"[.;!?]")
_STATEMENT_WORDS = frozenset({"but", "has", "have", "had", "get", "gets", "got", "also"})
# Words that say how deep a colour is: they describe the colour word after them ("dark red").
_SHADES = frozenset({"dark", "light", "pale", "bright", "deep", "darker", "lighter", "paler"})
# Words of degree that may stand between a negation and the modifier it negates ("not worse
# at night", "no better after meals", "not much worse with exercise": _said_modifiers).
_DEGREE_WORDS = frozenset({"worse", "worst", "better", "much", "any", "more", "especially",
                           "particularly", "usually", "really"})
# The verb a negation after a body site belongs to stands within this many tokens after it
# ("my legs won't keep still", "won't ever heal").
_VERB_REACH = 3
# Words before a singular finding that say it happened once ("an ear infection"), and words
# that say it comes back ("another ear infection", "keeps getting ear infections").
_ONE_WORDS = frozenset({"a", "an", "one"})
_AGAIN_WORDS = frozenset({"another", "again", "recurrent", "recurring", "repeated", "keeps",
                          "keep", "constant", "frequent", "always", "lots", "many", "several"})
# h-lay11 (issue 14): words that say a finding keeps returning, after it ("fevers that keep
# coming back", "the sinusitis comes back every winter", "ulcers that keep recurring") or as
# the verb before it ("I keep getting fevers"): as after "another", a finding read as the
# term HPO also names "Recurrent <term>" is read as that child (Fever: Recurrent fever, HPO
# "Periodic (episodic or recurrent) bouts of fever"). A past "came back" (a test result, one
# return) is no such word.
_BACK_VERBS = frozenset({"come", "comes", "coming"})
_RETURNING_VERBS = frozenset({"recur", "recurs", "recurring", "return", "returns", "returning"})
_KEEP_WORDS = frozenset({"keep", "keeps", "kept"})
_KEEP_VERBS = frozenset({"getting", "having", "catching"})
# The return is said at most this many tokens after the finding ("fevers that just keep on
# coming back") and the "keep getting" at most this many before it ("keep getting high fevers").
_BACK_REACH = 6
_KEEP_REACH = 3
# Words anywhere in a question that say a named disease comes back or comes often ("twice",
# "every winter", "three times this year"): beside them, a disease HPO names only as
# recurrent keeps that reading (QuestionReader._named_alone, h-reader71).
# A name beside these words is a likeness, no disease said ("a rash like sunburn"; h-reader72).
_LIKENESS_WORDS = frozenset({"like", "resembling", "looks"})
_COURSE_WORDS = _AGAIN_WORDS | frozenset({"twice", "every", "times", "often", "regularly",
                                          "frequently", "chronic", "never", "persistent",
                                          "persists", "constantly"})
# Beside other findings, a disease name after a word of the past ("where I had shingles")
# is an illness that came before; one before a word of its treatment or test ("thrush cream",
# "a strep test") names the treatment: neither is a disease the person says they have now.
_PAST_WORDS = frozenset({"had", "after", "since", "previous", "past"})
_PERFECT_WORDS = frozenset({"have", "has", "'ve", "i've", "ive", "we've", "you've",
                            "they've", "'s", "he's", "she's"})
_TREATMENT_NOUNS = frozenset({"cream", "creams", "tablet", "tablets", "pill", "pills",
                              "medicine", "medication", "treatment", "jab", "vaccine",
                              "vaccination", "test", "tests", "swab", "swabs", "pessary"})
# Organs whose findings a bare word may name in a question about the organ: the stem of the
# organ's adjective, the stems of words that name the organ, and the HPO branch of its
# findings (QuestionReader._match_organ_words).
_ORGAN_WORDS = {"urinari": (frozenset({"urin", "urinari", "bladder", "micturit"}), "HP:0000079")}
# Organs whose word must lead the bare word in its sentence, with no other body site between
# ("my eye is red and it keeps watering": Epiphora; "my eye is red and my nose is watering"
# is no watering eye), and only a word of the organ names it (a finding of the branch alone
# does not: a genital finding says neither penis nor vagina). HPO branches Abnormality of
# the eye and of the genital system.
_PAIN = "HP:0012531"
_NAMED_ORGAN_WORDS = {
    "eye": (frozenset({"eye"}), "HP:0000478"),
    "penil": (frozenset({"peni", "penil", "foreskin", "glan"}), "HP:0000078"),
    "vagin": (frozenset({"vagina", "vagin", "vulva"}), "HP:0000078"),
}
# Terms whose sense is a person's (a mood) or the skin's, which a word may also have when it is
# said of a body part in another sense. Irritability (HPO: "a proneness to anger, i.e., a
# tendency to become easily bothered or annoyed") is a mood: an eye, a penis or a bottom that
# is "irritated" is sore or inflamed, never angry. Erythema (HPO: "redness of the skin, caused
# by hyperemia of the capillaries in the lower layers of the skin") is the skin's: a red
# throat, tongue, gum, eye or ear canal is the redness of a lining (HPO names a few such
# terms, which the site reader and the lexicon give first: Red eye, Gingivitis), so "red" of
# one of _LININGS, left as plain Erythema, points at skin diseases and is set aside.
_MOOD_SENSES = frozenset({"HP:0000737"})  # Irritability
_SKIN_SENSES = frozenset({"HP:0010783"})  # Erythema
# A burning felt inside the chest (Gastroesophageal reflux: "burning in my chest") and the
# skin lesions whose place a chest word may be instead ("blisters across my chest"): a
# blister, a vesicle, a rash.
_INNER_BURNING = frozenset({"HP:0002020"})  # Gastroesophageal reflux
_SKIN_LESIONS = frozenset({
    "HP:0008066", "HP:0200037", "HP:0033697", "HP:0000988", "HP:0001025", "HP:0010783",
    "HP:0000964"})  # blistering, vesicle, vesicular eruption, rash, urticaria, erythema, eczema
# Words that may stand between a lesion and the part it is on ("blisters across the left
# side of my chest").
_LESION_PLACE_WORDS = frozenset({
    "on", "across", "around", "round", "over", "along", "under", "in", "of", "my", "his",
    "her", "their", "your", "the", "a", "one", "left", "right", "side", "both", "upper",
    "lower", "front", "back", "all"})
_LESION_PLACE_REACH = 6
# Body parts lined by a mucous membrane or covered by none of the skin HPO's skin terms mean.
# Their redness is read where HPO names it with the part, by the lexicon and the site reader
# ("red eyes", "my eye went red": Red eye; "red gums": Gingivitis; "red tongue": Glossitis);
# a plain Erythema left on one of them is set aside, never replaced by the part's term here:
# measured, reading "the eye isn't red" or "my eye ... goes red" as Red eye this way cost a
# held-out question its first place.
_LININGS = frozenset({"throat", "throats", "tongue", "tongues", "gum", "gums", "mouth",
                      "palate", "tonsil", "tonsils", "eye", "eyes", "canal", "canals",
                      "gullet", "windpipe", "vagina", "cervix", "pharynx", "larynx"})
# Body parts the site reader does not take for sites: the noun of a part ("the bottom of my
# foot") and organs a mood word may be said of ("my bladder is irritable").
# h-urgent14: words after a mood or skin word that start what comes with it, not its part
# ("inconsolable crying with her legs drawn up": the crying is the baby's, the legs are the
# tummy pain's), so the part after them is no part the word is said of.
_ALONGSIDE = frozenset({"with", "while", "whilst"})
_OTHER_PARTS = frozenset({"bottom", "bottoms", "bladder", "bladders", "colon", "prostate"})
# Words that name the person, not a part, as the subject or object of a mood word ("my knee
# hurts and it makes *me* irritable"; "*he* is irritable").
_COLD_INTOLERANCE = "HP:6000855"
_COLDNESS = "HP:0033850"
# h-urgent16: the states NEWS2 scores as not alert ("CVPU": new confusion, or responding only
# to voice, pain or nothing; RCP 2017): Confusion, Delirium, Reduced consciousness as the
# reader reads "GCS 11" or "hard to rouse", Coma. Drowsiness is left out: a sleepy person who
# wakes fully when spoken to is alert.
_NEWS2_ALTERED = frozenset({"HP:0001289", "HP:0031258", "HP:0004372", "HP:0001259"})
_NEWS2_ADVICE = ("Measurements like these (breathing or pulse very fast or slow, low oxygen "
                 "or blood pressure, a very high or low temperature, or reduced consciousness) "
                 "need urgent assessment by a doctor. Call your emergency number or go to "
                 "A&E now.")
# h-clinician9: a blood pressure of severe hypertension in pregnancy (text/vitals.py
# PREGNANCY_URGENT; NICE CG107/NG133).
_PREGNANCY_PRESSURE_ADVICE = (
    "In pregnancy, a blood pressure of 160/110 or more is severe high blood pressure and can be "
    "pre-eclampsia. Contact your maternity unit now, or call your emergency number if you have "
    "a bad headache, problems with your sight, pain below the ribs or feel very unwell.")
# "Hot" said of a person (QuestionReader._person_is_hot): the words for it, the words that
# may stand between it and its linking verb, the verbs, the subjects, and the words that
# may follow it when it ends its phrase.
_HOT_WORDS = frozenset({"hot", "boiling", "roasting"})
_HOT_INTENSIFIERS = frozenset({"very", "really", "so", "quite", "too", "extremely", "super",
                               "still", "pretty", "burning"})
_HOT_LINKING_VERBS = frozenset({"is", "was", "feels", "felt", "seems", "seemed", "looks",
                                "looked", "gets", "got", "became", "becomes", "are"})
_CONTRACTED_PERSON_IS = frozenset({"he's", "she's", "hes", "shes", "they're", "theyre",
                                   "son's", "daughter's", "baby's", "child's"})
# A thing or a place said hot "to the touch" (QuestionReader._part_hot_to_touch): "a patch
# that's hot to touch", "it's hot to the touch".
_THING_IS = frozenset({"that's", "thats", "it's", "its", "which", "that", "it"})
# Not the asker ("I'm hot at night" may be a hot flush; "I feel hot" is a lexicon phrase).
_HOT_PRONOUNS = frozenset({"he", "she", "they", "he's", "she's", "hes", "shes", "they're",
                           "theyre"})
_AFTER_HOT = frozenset({".", ",", "!", "?", ";", ":", "and", "or", "but", "with", "to",
                        "today", "tonight", "now", "again", "since", "this"})
# The words between a finding and the site said as its place ("cramps in both of my
# hands", "ringing in one ear"): a place preposition first, then possessives, articles,
# counts and sides (QuestionReader._placed_after_finding).
_PLACE_PREPOSITIONS_BEFORE_SITE = frozenset({"in", "on", "around", "at", "of", "under",
                                             "behind", "over", "across"})
_PLACE_LINKS = _PLACE_PREPOSITIONS_BEFORE_SITE | frozenset({
    "my", "his", "her", "their", "our", "your", "the", "both", "one", "a", "an", "left",
    "right", "each"})
_PERSON_SUBJECTS = _PERSON_WORDS | frozenset({
    "me", "him", "her", "them", "us", "myself", "himself", "herself", "themselves", "he's",
    "she's", "hes", "shes", "they're", "theyre", "i've", "ive", "he'd", "she'd", "i'd"})
# Idioms that a finding's words open, by the finding's words as written and the word after
# them: "sick of" and "tired of" are fed up (no Vomiting, no Fatigue), to "break out in" a
# rash or a sweat is no Acne when what breaks out is read from its own words (it may be
# spots: "breaking out in spots", left as read).
_IDIOMS_AFTER = {("sick", "of"), ("tired", "of"), ("breaks", "out", "in"), ("broke", "out", "in"),
                 ("break", "out", "in"), ("breaking", "out", "in"), ("broken", "out", "in")}


def _veins_placed_by(words: Sequence[str], p: int) -> list[int]:
    """The positions of the vein nouns the word at ``p`` says the place of: "veins" right
    after it ("leg veins") or before it with "in", "on" ... between ("veins in my legs")."""
    found = [p + 1] if p + 1 < len(words) and words[p + 1] in _VESSEL_NOUNS else []
    placed = _noun_placed_at(words, p, _VESSEL_NOUNS, _VESSEL_SITE_WORDS)
    return found if placed is None else [*found, placed]


def _noun_placed_at(words: Sequence[str], site: int, nouns: Container[str],
                    between: Container[str] = frozenset()) -> int | None:
    """The position of one of ``nouns`` whose place the site word at ``site`` says, with a
    place word between them ("a lump *on my* nose", "the veins *in my* legs"): at most
    _GROWTH_REACH words back, over possessives, _PART_WORDS and ``between`` only; ``None``
    when there is none."""
    place = False
    for k in range(site - 1, max(site - 1 - _GROWTH_REACH, -1), -1):
        if words[k] in nouns:
            return k if place else None
        if words[k] in _PLACE_WORDS:
            place = True
        elif (words[k] not in _POSSESSIVES and words[k] not in _PART_WORDS
              and words[k] not in between):
            return None
    return None


def _coordinated_idiom(words: Sequence[str], last: int) -> bool:
    """h-lay3: a word joined by "and" to an idiom opening ("sick and tired of", "fed up and
    sick of") opens the idiom too: "I'm sick and tired of this cough" names no Vomiting."""
    after = words[last + 1:last + 4]
    return (len(after) == 3 and after[0] == "and"
            and (after[1], after[2]) in _IDIOMS_AFTER)


# A pain that something or someone "is" is a nuisance ("he's been a pain in the neck all week",
# "the stairs are a pain"), unless "there" is the subject ("there is a pain in my chest") or
# the pain is placed in a part of the asker's ("it is a pain in my lower back"): the words
# before "a pain" that say so.
_NUISANCE_VERBS = frozenset({"is", "are", "was", "were", "been", "be", "being", "it's", "he's",
                             "she's", "that's", "its", "hes", "shes", "thats"})
_PAIN_WORDS = frozenset({"pain"})
# A person who "is", "was", "seems" or "looks" limp, or is limp beside floppy, unresponsive
# or lifeless ("my son is limp and unresponsive", "she seems limp and floppy"), has lost
# muscle tone: Hypotonia (HPO: "abnormally low muscle tone", as "floppy" and "goes limp"
# read), not Antalgic gait, whose synonym Limp is a walk ("has a limp", "walks with a
# limp"; "limping" is its own word). The lexicon's phrase key drops "is" and "and", so the
# reader decides it (_limp_person).
ANTALGIC_GAIT, HYPOTONIA = "HP:0031955", "HP:0001252"
_LIMP_COPULAS = frozenset({"is", "are", "was", "were", "been", "be", "being", "seems", "seem",
                           "seemed", "looks", "look", "looked", "feels", "feel", "felt",
                           "became", "become", "becomes", "becoming", "appears", "appeared",
                           "he's", "she's", "hes", "shes", "they're", "i'm", "im"})
# Words that may stand between the copula and "limp" ("is very limp", "was all limp").
_LIMP_DEGREES = frozenset({"very", "so", "all", "really", "quite", "completely", "totally",
                           "too", "still", "now", "suddenly", "just", "extremely"})
_FLOPPY_WORDS = frozenset({"floppy", "unresponsive", "lifeless", "listless", "floppier"})
# A kind doubted is no kind asked about (_doubted): the doubt phrases, the linking words
# that may stand between a doubt and its kind ("don't think it's an", "doubt that it is a"),
# and how many of them.
_DOUBTS = (("don't", "think"), ("dont", "think"), ("do", "not", "think"), ("didn't", "think"),
           ("didnt", "think"), ("did", "not", "think"), ("don't", "believe"),
           ("dont", "believe"), ("do", "not", "believe"), ("doubt",), ("doubts",),
           ("doubted",))
_DOUBT_LINKS = frozenset({"it's", "its", "it", "is", "was", "that", "this", "he", "she",
                          "has", "had", "have", "a", "an", "any", "be", "could", "would",
                          "kind", "type", "sort", "of", "i", "they", "we"})
_DOUBT_REACH = 6
_LIMP_ARTICLES = frozenset({"a", "an", "his", "her", "the", "this", "that", "my"})
_LIMP_BESIDE = 3  # how far a floppy word may stand from "limp"
# How far after "in" the finding that breaks out may start ("in itchy welts").
_IDIOM_OBJECT_REACH = 3
# The words between a describing word and the part it stands before ("red, sore throat").
_BEFORE_ITS_PART = 3
# "go" as people say it of passing urine or stool ("it stings when I go"), when nothing of
# its clause follows it (QuestionReader._goes_somewhere).
_GO_WORDS = frozenset({"go", "goes"})
# A growth or mark of the skin, the site after it saying where it is ("a lump on my nose that
# bleeds"): a relative clause after the site is said of the growth. Looked for back across a
# preposition, determiners and part nouns, within this many words.
_GROWTH_NOUNS = frozenset({"lump", "lumps", "bump", "bumps", "spot", "spots", "mole", "moles",
                           "growth", "growths", "sore", "sores", "ulcer", "ulcers", "wart",
                           "warts", "scab", "scabs", "blister", "blisters", "pimple", "pimples",
                           "boil", "boils", "cyst", "cysts", "nodule", "nodules", "lesion",
                           "lesions", "freckle", "freckles", "mark", "marks", "patch", "patches"})
_RELATIVE_WORDS = frozenset({"that", "which"})
# The ids of the condition profiles (MONDO), which a disease named alone must be
# (QuestionReader._named_alone): names people use, each with curated findings.
_PROFILE_PREFIX = "MONDO:"
# Verbs that open what is said of a growth right after its site, with no relative word ("a
# dark spot on my arm *has* got bigger", "the mole on my back *keeps* growing"): the change
# is the growth's, the arm is not bigger (h-reader69).
_GROWTH_PREDICATES = frozenset({"has", "have", "had", "is", "was", "keeps", "kept", "seems",
                                "looks", "got", "gets", "getting", "started", "starts"})
# Words that join the body sites of a list ("her eyelids and lips", "ears, nose or lips").
_LIST_JOINS = frozenset({"and", "or", ","})
_PLACE_WORDS = frozenset({"on", "in", "of", "at", "near", "beside", "by", "under", "over",
                          "behind", "inside", "across"})
_PART_WORDS = frozenset({"the", "a", "an", "side", "tip", "bridge", "end", "top", "bottom",
                         "edge", "corner", "left", "right", "front", "back", "base"})
_GROWTH_REACH = 6
# The nouns of the veins: a body site said of them only says where they are ("swollen *leg*
# veins", "the veins in my *legs* are swollen"), as a site says where a growth is.
# h-sitenoun (issue 14): so of the arteries and of the pulse felt over them ("the pulse in my
# left arm is weak" is a Weak pulse there, no weakness of the arm; "the arteries in my neck are
# narrowed").
_VESSEL_NOUNS = frozenset({"vein", "veins", "artery", "arteries", "pulse", "pulses"})
# Words that may stand between the veins and their site after "in", "on" ("the veins on both
# my lower legs"); the possessives and _PART_WORDS too.
_VESSEL_SITE_WORDS = frozenset({"both", "lower", "upper"})
# A pain said of a growth read right after it: at most this many describing words between
# ("a painful *hard* lump", "a painful *small hard* lump").
_GROWTH_REACH_AFTER_PAIN = 2
# h-sites11: a word after a pain that denies it ("painless", split "pain" "free"; "pain free")
# ends that reach: the denied pain is no pain of the growth, and a lump's site composed across
# it left the bare pain read as present beside the denied one ("a painless lump behind my
# ear": Pain and NOT Ear pain); the pain stays the bare denied Pain, as "pain-free" reads.
_PAIN_DENIED_AFTER = frozenset({"free"})
# A direction word that may lead a phrase's verb down a body part ("up" is no path: "burning
# up at night" is fever), and the words between it and the part ("down the back of my
# throat", "down the leg").
_PATH_DIRECTIONS = frozenset({"down"})
_PATH_FILLERS = _POSSESSIVES | frozenset({"the", "back", "front", "side", "of", "inside",
                                          "outside"})
# "sided" ("one-sided", "left-sided pelvic pain"): a side said of a finding or of its site
# (text/modifiers.py), never the side of the body (Flank pain, "side pain"), in no phrase, no
# shared head and no single-word reading.
_SIDED = "sided"
# Particles that end a phrasal verb ("run down", "pass out", "throw up"). Before one, a second
# verb joined by "and"/"or" takes it ("when I run or go down stairs": run, and go down), and
# one followed by a way or a place is a preposition of movement ("running down the stairs",
# "walking up a hill"), no part of the phrase.
_PARTICLES = frozenset({"down", "up", "out", "off", "over"})
# Relative words that open a clause with a verb of its own: a particle after one is that
# verb's ("a burning feeling that comes up"). Not "when I": a phrase may hold its particle
# across one ("dizzy when I get up", "dizzy when he stands up").
_CLAUSE_SUBJECTS = frozenset({"that", "which", "who"})
# Ways and places a particle leads the verb along (with _PATH_FILLERS, "a" and "an" between).
_WAYS = frozenset({"stair", "stairs", "staircase", "steps", "step", "hill", "hills", "slope",
                   "slopes", "road", "street", "ladder", "ladders", "escalator", "bank",
                   "downstairs", "upstairs"})
# Category words joined with a neighbour into a known phrase only when the phrase's words
# are not spread over more than this many tokens per word ("chest infections").
_MAX_SPREAD_PER_WORD = 2


# The pain word a site runs into in a closed compound ("stomachache", "bellyache").
_ACHE = "ache"
# h-lay23: the shortest word read as two run together ("backpain" is 8 letters, "legache" 7)
# and the shortest half ("leg", "arm", "eye").
_RUN_TOGETHER_LETTERS = 6
_RUN_TOGETHER_HALF = 3
# Words before a site that make it a place, not a pain of its own ("in my upper stomache").
_PLACE_BEFORE = frozenset({
    "my", "his", "her", "their", "your", "our", "the", "upper", "lower", "left", "right",
    "middle", "top", "bottom", "in", "of", "on", "around", "across", "into", "to"})


# A word a gene symbol could be: two or more capitals or digits after a capital ("FBN1",
# "CFTR", "HTT"), or a gene word ("gene", "mutation", "variant") beside a lower-case one.
_MAY_NAME_A_GENE = re.compile(r"[A-Z][A-Z0-9]|(?i:\b(?:genes?|mutat|variant|deletion|related))")


def _gene_note(gene: GeneMention) -> str:
    """What the answer says of a named gene that weighs no disease."""
    if not gene.known:
        return (f"{gene.text}: no gene of that symbol is in HPO's gene table "
                "(genes_to_phenotype); it weighs no disease")
    return (f"{gene.text}: HPO's gene table links this gene to no disease ranked here; "
            "it weighs no disease")


# A shade right before a lesion noun ("pale spots on my arms", "small pale lumps on my
# eyelids") is the lesion's colour, no pallor of the person: HPO's Pallor is abnormally pale
# skin. Before such a noun the word "pale" alone read Pallor beside the lesion's own reading.
_PALE_WORDS = frozenset({"pale", "pallid", "paler"})
_LESION_NOUNS = frozenset({"spot", "spots", "patch", "patches", "lump", "lumps", "bump",
                           "bumps", "mark", "marks", "blotch", "blotches", "dot", "dots",
                           "ring", "rings", "rash", "rashes", "blister", "blisters", "mole",
                           "moles", "scar", "scars", "nodule", "nodules", "papule", "papules",
                           "lesion", "lesions", "area", "areas", "streak", "streaks"})


def _without_pale_lesions(text: str,
                          findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
    """``findings`` without a Pallor read from a lone shade word right before a lesion noun
    (``_LESION_NOUNS``): the shade is the lesion's."""
    tokens = tokenize(text)
    at = {t.start: k for k, t in enumerate(tokens)}

    def lesion_colour(f: RecognizedFinding) -> bool:
        k = at.get(f.start)
        return (k is not None and f.ids == (PALLOR,) and tokens[k].end == f.end
                and tokens[k].folded in _PALE_WORDS and k + 1 < len(tokens)
                and tokens[k + 1].folded in _LESION_NOUNS)

    kept = [f for f in findings if not lesion_colour(f)]
    return kept if len(kept) < len(findings) else findings


# HPO's clinical modifiers that say a course (HP:0031797 Clinical course: "Recurrent",
# "Chronic", "Transient") or a severity (HP:0012824 Severity: "Severe"), as against those of a
# place or pattern ("Peripheral", "Proximal", "Lateral"; h-rarelay2).
COURSE_AND_SEVERITY = ("HP:0031797", "HP:0012824")


def course_and_severity_stems(ontology: Ontology) -> frozenset[str]:
    """Stems of the one-word names of HPO's course and severity modifiers; empty when the
    ontology has neither branch (a small test ontology), where every clinical modifier
    counts."""
    stems: set[str] = set()
    for root in COURSE_AND_SEVERITY:
        if root in ontology:
            for i in ontology.descendants(ontology.index(root)):
                name = ontology.names[i]
                if name.isalpha():
                    stems.add(phrase_key(name))
    return frozenset(s for s in stems if s and " " not in s)


class QuestionReader:
    """Reads questions against one lexicon. Immutable after construction, so one reader
    may serve many threads: each call of :meth:`read` keeps its working state to itself."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology,
                 named_diseases: Callable[[], NamedDiseases] | None = None,
                 relative_diseases: Callable[[], NamedDiseases] | None = None,
                 genes: Callable[[Callable[[str], bool]], GeneReader] | None = None):
        self.lexicon = lexicon
        self.ontology = ontology
        # Genes the question names (text/genes.py): the release's gene table, decoded on the
        # first question that holds a word it could be.
        self._genes_factory = genes
        self._genes: GeneReader | None = None
        self._genes_lock = threading.Lock()
        # Inherited diseases by name: a blood relative's is family history (_named_in_family).
        # Built on first need (a scan of every disease's inheritance, ~70 ms), not at start-up:
        # few questions name a relative's disease.
        self._named_diseases_factory = named_diseases
        self._named_diseases: NamedDiseases | None = None
        self._named_lock = threading.Lock()
        # Every other disease by name (a relative's "lupus", "coeliac disease";
        # text/named_diseases.py build_relative_diseases), built on first need too.
        self._relative_diseases_factory = relative_diseases
        self._relative_diseases: NamedDiseases | None = None
        self._name_words: frozenset[str] | None = None
        self._label = ontology.name
        self._course_stems = course_and_severity_stems(ontology)
        self._spelling_lock = threading.Lock()
        self._speller: SpellingCorrector | None = None
        self._cues = Cues.load()
        self._family = FamilyReader(self._cues, family_words())
        self._relative_modes = family_words().relatives
        self._person_nouns = frozenset(family_words().relatives) | family_words().other_people
        self._exposures = ExposureReader(self._cues, exposure_vocabulary())
        self._injuries = InjuryReader(self._cues, injury_vocabulary())
        self._sites = SiteReader(body_sites(), lexicon, ontology, self._cues.words.coordinators,
                                 self._cues.words.new_clause)
        self._descriptors = DescriptorReader(body_sites(), self._sites)
        self._lexicon_keys = LexiconKeys(lexicon, self._sites)
        self._pain_stem = stem("pain")  # the stem a spreading verb after a pain takes
        self._categories: dict[str, str] = {}
        self._category_words = category_vocabulary()
        # One-word category words that are verb forms ("catching": contagious) match only as
        # written: their stem is the verb's, and "it catches when I breathe in" names no kind.
        self._participle_categories: dict[str, str] = {}
        for category, words in self._category_words.words.items():
            for word in words:
                key = phrase_key(word)
                if key:
                    self._categories.setdefault(key, category)
                    if " " not in word.strip() and word.lower().endswith("ing"):
                        self._participle_categories[key] = word.lower()
        # The category words as written: words the reader knows, never typos of lexicon
        # words ("rheumatological" was read as "hematological", category blood; h-organs1).
        # As written, not as stems: "stomache" (stem "stomach") is still a typo.
        self._category_spellings = frozenset(
            part for words in self._category_words.words.values() for word in words
            for part in word.lower().split())
        self._combinations = RedFlagCombinations(ontology)
        self._red_flags: dict[str, str] = {}
        self._red_flag_ids: dict[str, str] = {}
        # Sites where a flagged term is no emergency ("blue" fingers in the cold, not lips).
        self._red_flag_not_at: dict[str, frozenset[str]] = {}
        self._persons = body_sites().persons
        # Words that place a flagged complaint where it is no emergency ("when I press on it").
        self._red_flag_unless: dict[str, tuple[re.Pattern[str], ...]] = {}
        self._red_flag_id_unless: dict[str, tuple[re.Pattern[str], ...]] = {}
        for flag in red_flags():
            key = phrase_key(flag.phrase)
            unless = word_patterns(flag.unless_said)
            if key and key not in self._red_flags:
                self._red_flags[key] = flag.advice
                self._red_flag_unless[key] = unless
            for hpo in flag.hpo:
                if hpo in self._red_flag_ids:
                    continue
                self._red_flag_ids[hpo] = flag.advice
                self._red_flag_id_unless[hpo] = unless
                if flag.not_at:
                    self._red_flag_not_at[hpo] = frozenset(flag.not_at)
        self._max_special = max(
            (k.count(" ") + 1 for k in [*self._categories, *self._red_flags]), default=1
        )

    def read(self, question: str) -> Interpretation:
        return self._read(question)

    def _read(self, question: str, again: bool = False) -> Interpretation:
        """The reading of ``question``; ``again``: a phrase of a question read once more on
        its own (``_series_of_a_site``), whose series are not read again."""
        text = check_question(question)
        # "my knee is swollen and it throbs": the pronoun is the site (text/referents.py).
        tokens = refer_back_to_sites(self._tokenize(text), self._sites.is_site_phrase)
        # "pain in my hands, knees and feet": the list's commas join its sites as "and".
        tokens = join_site_lists(tokens, self._sites.is_site_phrase)
        # "my urine, which is normally clear, has turned red": the part again after the aside.
        tokens = carry_sites_over_asides(tokens, self._sites.is_site_phrase)
        folded = [t.folded for t in tokens]
        onsets = read_onsets(text)
        course = read_course(text)  # how long the complaint has lasted (text/course.py)
        # Multi-word cues ("ruled out", "no sign of") are cues, never words of a finding.
        cue_words = cue_positions(self._cues, tokens)
        family = self._family.read(tokens, cue_words)
        # Relatives of a family history ("her father had the same") are not the person, nor
        # are the other words of a statement ("my husband and I are cousins").
        relatives = tuple((tokens[i].start, tokens[i].end) for st in family
                          for i in (*st.relatives, *st.positions))
        # What a hallucination shows ("sees little children who aren't there") is not the
        # person: no age or sex is read from it (text/hallucinations.py).
        unreal = tuple((tokens[h.positions[0]].start, tokens[h.positions[-1]].end)
                       for h in hallucinations.read_hallucinations(
                           folded, range(len(tokens)), ()))
        # A vital sign's number is no age ("a temperature of 101F", text/vitals.py).
        measured = vitals.read_vitals(folded, cue_words)
        # So is a laboratory value's ("Na 125", text/labs.py).
        tested = labs.read_labs(folded, set(cue_words) | {p for h in measured for p in h.positions})
        readings = tuple((tokens[p[0]].start, tokens[p[-1]].end)
                         for p in [h.positions for h in measured] + [h.positions for h in tested])
        # Nor is someone named only as an observer of another ("my mum noticed my son has
        # ...", "my wife says I snore"; text/persons.py).
        watching = tuple((tokens[a].start, tokens[b].end)
                         for a, b in persons.observers(tokens, self._person_nouns))
        not_the_person = relatives + unreal + readings + watching
        person = read_person(text, skip=onset_skips(text, onsets) + not_the_person)
        # How far into a pregnancy the person is ("I'm 30 weeks", text/gestation.py): its
        # words are no age of the person (their sex, "pregnant", stays).
        # ... but not of a pregnancy before this one ("I lost my last baby at 10 weeks",
        # text/preceding.py), whose word names no pregnancy now either.
        past_pregnancy = [(tokens[a].start, tokens[b - 1].end)
                          for a, b in preceding.past_pregnancy_spans(folded)]
        gestation = read_gestation(text, past_pregnancy)
        person = _without_gestation_age(person, gestation)
        reading = _Reading(text, tokens, frozenset(i for a, b in person.spans for i in range(a, b)),
                           child=milestones.tells_of_a_child(
                               folded, person.age, [o.id for o in onsets]))
        # Onset and exposure words may be part of a finding ("neonatal hypotonia", "worse in
        # the sun"); elsewhere they are context, never unrecognised words (text/exposures.py).
        # The words of a body site of two words or more are the site's ("canal" of "my ear
        # canal" is no canal one swam in).
        # An illness said to come before the complaint ("I had a cold last week and now ...",
        # text/preceding.py) is read as the exposure its "after" phrase names (h-lay16).
        illness_before = [(s.start, s.end) for s in preceding.preceding_spans(folded)
                          if s.set_aside]
        exposures = self._exposures.read(
            text, tokens, {*cue_words, *self._sites.compound_sites_within(folded)},
            illness_before)
        exposures = [x for x in exposures if x.key != PREGNANCY
                     or not any(a <= x.start and x.end <= b for a, b in past_pregnancy)]
        if gestation is not None and not any(x.key == PREGNANCY for x in exposures):
            # Weeks of a pregnancy said without its word ("I'm 36 weeks", "7/40") name the
            # pregnancy, the exposure conditions of pregnancy need (curated/exposures.yaml).
            exposures = [*exposures, ExposureMention(PREGNANCY, PREGNANCY, gestation.text, False,
                                                     gestation.start, gestation.end)]
        # An injury ("after I went over on it") weighs no disease (text/injuries.py): the
        # answer says that injuries are outside what whatcauses ranks.
        injuries = self._injuries.read(text, tokens, cue_words)
        context = [(h.start, h.end) for h in onsets] + [(x.start, x.end) for x in exposures]
        context += [(i.start, i.end) for i in injuries]
        if course is not None:  # "for 3 days" says how long, never a finding
            context.append((course.start, course.end))
        context += transient.brief_durations(text)  # so do "for a few minutes", "2 hours"
        context += emotions.trigger_spans(text)  # and "when something makes me laugh"
        context += relatives_decades(text)  # "in their forties" said of relatives
        # Words that say when a finding happens ("after meals", "when I lie down", "every
        # night") are context too: they join a finding as its circumstance (text/sites.py)
        # when HPO names the pair, and are never unrecognised words.
        context += [(tokens[p].start, tokens[p].end)
                    for p in self._sites.circumstances_within([t.folded for t in tokens])]
        # So is the asker's own job or role ("I'm a teacher", text/persons.py): who asks;
        # and a pregnancy before this one ("I lost my last baby at 10 weeks"): history.
        context += [(tokens[p].start, tokens[p].end)
                    for p in persons.askers_roles(tokens, self._person_nouns)]
        context += past_pregnancy
        # A gene's symbol and its gene words ("a deletion in the DMD gene", text/genes.py)
        # name the gene, never a finding, and are no unrecognised words.
        genes = self._read_genes(text)
        context += [span for _, span in genes]
        reading.context_chars = frozenset(i for start, end in context for i in range(start, end))
        reading.consumed.update(cue_words)
        reading.consumed.update(i for i, t in enumerate(tokens)
                                if any(a <= t.start and t.end <= b for _, (a, b) in genes))
        reading.notes.extend(_gene_note(g) for g, _ in genes if not g.known or not g.diseases)
        # The noun of a part of a site ("the back of my knee") says where, as a linker does:
        # it is no site ("back") nor a word of a finding ("back pain").
        reading.consumed.update(i for i in range(len(tokens))
                                if self._sites.part_of_site(folded, i)
                                and not self._opens_a_phrase(reading, i))
        for statement in family:
            reading.consumed.update(statement.positions)
            evidence = self._evidence(reading, list(statement.positions), statement.modes)
            if not statement.negated and evidence.modes:
                reading.inheritance.append(evidence)
            elif statement.negated and evidence.modes and (
                    statement.unaffected or DOMINANT in statement.modes):
                # An affected family denied, or parents said to be well (text/family.py
                # FamilyStatement.negated): an absence, weakly against dominant inheritance.
                reading.family_history_denied.append(evidence)
        typos = self._correct_typos(reading)
        self._person_is_hot(reading)
        self._part_hot_to_touch(reading)
        clauses = self._cues.clauses(tokens)
        # Vital signs with their numbers ("pulse 35", "temp 39.5") are read first, over the
        # whole question (a decimal point would split a clause): their words are taken.
        matched: list[_Match] = self._match_vitals(reading, person, measured)
        matched.extend(self._match_labs(reading, person, tested))
        flags: list[tuple[list[int], str]] = []
        for clause in clauses:
            content = self._content_words(reading, clause)
            self._read_categories(reading, clause, content)
            flags.extend(self._red_flag_phrases(reading, clause, content))
            described: list[_Match] = []
            found = self._recognize(reading, clause, content, described)
            matched.extend(self._with_sites(reading, clause, found, _stage_words(person),
                                            described))
            matched.extend(described)
        matched = self._with_postposed(reading, matched)
        matched += self._adverbs_after(reading, matched)
        # A woman under 40 whose periods stopped years ago has amenorrhea, no menopause.
        young = person.age is not None and person.age < _MENOPAUSE_AGE
        matched = [_after_menopause(text, _in_a_male(match, person), young)
                   for match in matched]
        if not young:
            matched = _without_menopause(reading, matched)
        # A wording that names no finding ("trying to lose weight") has done its work: its
        # words were read together, so no part of it is read as a finding.
        matched = [m for m in matched if m.entry.kind != NO_FINDING]
        matched.extend(self._wanted_pregnancy(reading, exposures))
        matched = _in_pregnancy(exposures, matched)
        matched = self._without_timings(reading, matched)
        matched = self._without_weather(reading, matched)
        matched = self._without_guesses(reading, matched)
        matched = self._without_resolved(reading, matched)
        matched = self._without_preceding(reading, matched)
        matched = self._without_background(reading, matched)
        matched = self._without_wrong_senses(reading, matched)
        matched = [_limp_person(reading.tokens, match) for match in matched]
        matched = [m for m in (self._colour_of_a_patch(reading, match, matched)
                               for match in matched) if m is not None]
        matched = [self._likened_pain(reading, match) for match in matched]
        matched = self._without_compound_halves(reading, matched)
        matched = [self._with_side(reading, match) for match in matched]
        matched = [self._with_limbs(reading, match) for match in matched]
        matched = [_for_child(match, person) for match in matched]
        matched = [m for m in matched if not _only_of_a_child(reading.tokens, m, person)]
        matched = [self._one_episode(reading, match) for match in matched]
        matched += self._items_of_a_negated_list(reading, clauses, matched)
        # Negation is decided once every finding is known: a scope runs over a list of
        # findings and ends at another statement (text/negation.py).
        spans = [m.positions for m in matched]
        explained = self._explained(reading, spans)
        negations = negated_spans(self._cues, tokens, spans, explained)
        matched, negations = self._absences_of_a_list(reading, matched, negations)
        matched, negations = self._heads_of_denied_compounds(reading, matched, negations)
        # A faculty said to be unaffected ("my hearing is fine") is its finding excluded.
        negations = [Cue(reading.denied[m.positions[0]], reading.denied[m.positions[0]], "after")
                     if m.positions[0] in reading.denied and len(m.positions) == 1 else n
                     for m, n in zip(matched, negations, strict=True)]
        # A condition said to run in the family ("Bowel cancer runs in our family", "a family
        # history of diabetes"; text/family.py) is the family's, whoever the patient is.
        spans_of = [(min(m.positions), max(m.positions)) for m in matched]
        in_family = family_conditions(tokens, family, spans_of)
        # A finding a denied family history says no relative has ("nobody else in the family
        # is deaf"): the relatives', denied, not the patient's (text/family.py).
        family_denied = denied_in_family(tokens, family, spans_of) - in_family
        in_family |= family_denied
        # Findings said of someone other than the patient (text/persons.py) are set aside.
        people = persons.mentions(tokens, self._person_nouns)
        patients_findings = [m.positions for k, m in enumerate(matched) if k not in in_family]
        elsewhere = persons.others(tokens, people, patients_findings,
                                   partial(self._names_a_disease, tokens))
        self._set_aside_categories(reading, elsewhere)
        # The asker's own troubles when the question is about their child ("My 3 year old
        # has dry itchy skin ... and I get hay fever"): a parent's, family history.
        parents = persons.askers_own(tokens, people, patients_findings)
        theirs: list[tuple[Stretch, int, list[RecognizedFinding]]] = []
        families: list[RecognizedFinding] = []
        for k, (match, negation) in enumerate(zip(matched, negations, strict=True)):
            read = [self._finding(reading, match, ids, negation) for ids in match.readings]
            owner = (_owner(elsewhere, match.positions[0])
                     or _owner(parents, match.positions[0]))
            if k in family_denied:
                reading.findings.extend(replace(f, negated=True, relative=FAMILY) for f in read)
            elif k in in_family:
                families.extend(read)
            elif owner is None:
                reading.findings.extend(read)
            else:
                theirs.append((owner, match.positions[0], read))
        self._set_aside(reading, theirs, family)
        self._family_conditions(reading, families)
        self._young_sudden_deaths(reading, person.age)
        named = self._named_in_family(reading, persons.mentions(tokens, self._person_nouns),
                                      spans)
        # Words said of someone else are context, never unrecognised ("my sister has
        # psoriasis").
        reading.context_chars |= frozenset(
            c for st in elsewhere
            for c in range(tokens[st.mention.start].start, tokens[st.mention.end - 1].end))
        flags = [flag for flag in flags if _owner(elsewhere, flag[0][0]) is None]
        self._read_red_flags(reading, flags, spans, explained)
        self._read_red_flag_findings(reading)
        advised = {flag.advice for flag in reading.flags}
        flagged = [flag.text for flag in reading.flags]
        own_findings = [f for f in reading.findings if f.relative is None]
        in_findings = {p for span in spans for p in span}
        corrections = tuple(c for position, c in typos.items() if position in in_findings)
        # People named beside the patient with only an age ("my husband is 45 and our
        # daughter is 3; she has a fever"), and the asker's own age or role when the patient
        # is someone else ("I'm 34 and my son is 2"): not the patient's age or sex either.
        standing, someone_else = persons.bystanders(tokens, people, patients_findings,
                                                    elsewhere)
        besides = tuple((tokens[s.mention.start].start, tokens[s.mention.end - 1].end)
                        for s in standing)
        if someone_else:
            besides += tuple((tokens[a].start, tokens[b].end)
                             for a, b in persons.asker_words(tokens))
        if elsewhere or named or besides:
            # What is said of someone else says nothing of the patient's age or sex (nor
            # does the relative whose named disease is family history: "my grandfather had
            # Huntington's disease" is no man of 75) ... but for the question about the
            # asker's child, "his" or "her" before the child's relative ("his sister has the
            # same") is the child's own pronoun.
            child = about_a_child(tokens)
            person = read_person(text, skip=onset_skips(text, onsets) + not_the_person + tuple(
                (tokens[_after_childs_pronoun(tokens, s, child)].start,
                 tokens[s.mention.end - 1].end)
                for s in elsewhere) + named + besides)
            person = _without_gestation_age(person, gestation)
        modifiers = tuple(self._said_modifiers(tokens, read_modifiers(text, tokens, skip=tuple(
            (tokens[s.mention.start].start, tokens[s.mention.end - 1].end)
            for s in elsewhere)), spans, explained))
        # Findings that are an emergency only together (across clauses), or only at the
        # person's age, each notice once; a sudden onset in any of the reader's wordings
        # completes the combinations that ask for one (h-urgent13).
        sudden = said_suddenly(modifiers)
        injured = frozenset(i.key for i in injuries if not i.negated)
        exposed = frozenset(x.key for x in exposures if not x.negated)
        denied = [(x.key, x.start, x.end) for x in exposures if x.negated]
        for hit in self._combinations.hits(text, own_findings, flagged, person.age, sudden,
                                           injured, exposed, denied):
            if hit.advice not in advised:
                advised.add(hit.advice)
                reading.flags.append(hit)
        # Measured vital signs in the urgent range of the RCP's NEWS2 (text/vitals.py,
        # h-urgent16): a red score in one of them, or 5 or more in all, with the confusion or
        # reduced consciousness said beside them.
        altered = any(f.ids[:1] and f.ids[0] in _NEWS2_ALTERED and not f.negated
                      and not f.uncertain for f in own_findings)
        # NEWS2 is not for pregnancy (its own obstetric early warning charts apply).
        alert = None if PREGNANCY in exposed else vitals.news2_alert(
            measured, folded, person.age, altered)
        if alert is not None and _NEWS2_ADVICE not in advised:
            advised.add(_NEWS2_ADVICE)
            reading.flags.append(RedFlagHit(
                ", ".join(reading.span_text(list(h.positions)) for h in alert), _NEWS2_ADVICE))
        # ... but a blood pressure of severe hypertension in pregnancy is (h-clinician9).
        severe = vitals.pregnancy_alert(measured) if PREGNANCY in exposed else None
        if severe is not None and _PREGNANCY_PRESSURE_ADVICE not in advised:
            advised.add(_PREGNANCY_PRESSURE_ADVICE)
            reading.flags.append(RedFlagHit(
                ", ".join(reading.span_text(list(h.positions)) for h in severe),
                _PREGNANCY_PRESSURE_ADVICE))
        # A phrase that names an exposure its sentence confirms ("he drinks a lot of beer")
        # is no finding it may also name (Polydipsia); nor is an illness said as what came
        # first ("a cough that started after a cold": no Rhinitis now).
        firm = [(x.start, x.end) for x in exposures if x.firm or (x.before and not x.negated)]
        # So is the wording of an injury that happened ("I banged my head": no Head-banging;
        # "since a fall off my bike": no Falls, which HPO's annotations record as recurring),
        # and a finding read from its first word on ("I burned my hand": no Neuralgia), while
        # a finding that holds the injury's words from a word of its own stays ("a cut on my
        # foot won't heal": Poor wound healing).
        firm_exposures = [(x.start, x.end) for x in exposures if x.firm and not x.negated]
        firm += [(i.start, i.end) for i in injuries if not i.negated]
        began = {i.start for i in injuries if not i.negated}
        # h-rank4: a finding that shares words with a confirmed exposure reads them in the
        # other sense too ("I drink six pints every night": "pints every night" is heavy
        # drinking, "drink six pints" no Polydipsia).
        findings = self._set_off_by_emotion(text, self._passing(text, self._lasting(
            text, _deduplicate([f for f in reading.findings
                                if not any(a <= f.start and f.end <= b for a, b in firm)
                                and not any(f.start < b and a < f.end
                                            for a, b in firm_exposures)
                                and f.start not in began]))))
        findings = self._limited_denials(text, findings)
        findings = _without_pale_lesions(text, findings)
        findings = self._stacked_descriptors(text, findings)
        if not again:
            findings = self._series_of_a_site(text, findings)
            findings = self._series_before_a_site(text, findings)
            findings = self._listed_subjects(text, findings)
        # h-sites16: a burning said of an abdominal pain is the gut's pain, no nerve pain
        # (text/visceral.py).
        findings = visceral_burning(self.ontology, text, findings)
        # Cold said of a body part ("my feet are always cold", "her hands feel cold") is
        # the part's coldness, not the person's Cold intolerance (h-reader62).
        findings = [replace(f, ids=(_COLDNESS,), labels=(self._label(_COLDNESS),))
                    if f.ids == (_COLD_INTOLERANCE,) and f.site else f for f in findings]
        # A condition the person says they are ("I'm a type 1 diabetic", text/known.py), and
        # an earlier trouble said to come before the complaint ("a week after a cold sore",
        # text/preceding.py): history, weighed as known.
        earlier = preceding.preceding_spans([t.folded for t in tokens])
        preceding_chars = [(tokens[s.start].start, tokens[s.end - 1].end) for s in earlier]
        identity = known_spans(tokens) + [
            (tokens[s.start].start, tokens[s.end - 1].end) for s in earlier if not s.set_aside]
        identity += self._described(tokens, findings)
        findings = [replace(f, known=True) if (
            f.relative is None and not f.negated
            and any(a <= f.start and f.end <= b for a, b in identity)) else f
            for f in findings]
        # A finding only the course words make (sight that went and came back: Amaurosis
        # fugax, _passing) is an emergency term like any other.
        self._read_red_flag_findings(reading, findings)
        findings, said = self._named_alone(reading, findings)
        return Interpretation(
            question=text,
            # h-negor1: a denial of an ambiguous word denies its own sense only, never what
            # the question asserts (text/denied_senses.py).
            findings=tuple(denied_senses(self.ontology, self.lexicon, self._without_implied(
                text, self._syncope_on_exertion(text, findings, modifiers)))),
            categories=tuple(reading.categories),
            category_words=tuple(reading.category_words),
            age=person.age,
            age_text=person.age_text,
            age_range=person.age_range,
            onset=tuple(Onset(h.id, self._label(h.id), h.text, h.start, h.end) for h in onsets
                        if h.id in self.ontology and not past_illness_onset(text, h)
                        # onset words of an earlier trouble ("used to get migraines as a
                        # teenager") date that trouble only (text/preceding.py)
                        and not _in_spans(h.start, h.end, preceding_chars)
                        # nor do those of a relative's illness ("my uncle had glaucoma from
                        # a young age") date the person's findings
                        and not _relatives_onset(text, h, [
                            *((f.start, f.end) for f in findings if f.relative),
                            *((d.start, d.end) for d in reading.relative_diseases),
                            *((f.start, f.end) for f in reading.others_findings)])),
            asker_alone=persons.asker_alone(tokens, self._person_nouns),
            sex=person.sex,
            unrecognized=tuple(self._unrecognized(reading, clauses)),
            red_flags=tuple(reading.flags),
            frame=read_frame(text),
            asked_prevalence=read_asked_prevalence(text),
            notes=tuple(dict.fromkeys(reading.notes)),
            corrections=corrections,
            inheritance=tuple(reading.inheritance),
            family_history_denied=() if reading.inheritance else tuple(
                reading.family_history_denied),
            relative_diseases=tuple(reading.relative_diseases),
            said_diseases=said,
            exposures=tuple(exposures),
            others_findings=tuple(reading.others_findings),
            category_spans=tuple(reading.category_spans),
            category_of_words=tuple(reading.category_of_words),
            age_span=person.age_span,
            gestation=gestation,
            sex_span=person.sex_span,
            course=course,
            modifiers=modifiers,
            injuries=tuple(injuries),
            genes=tuple(g for g, _ in genes),
        )

    def _read_genes(self, text: str) -> list[tuple[GeneMention, tuple[int, int]]]:
        """The genes ``text`` names, each with the span of its words (text/genes.py)."""
        if self._genes_factory is None or not _MAY_NAME_A_GENE.search(text):
            return []
        with self._genes_lock:
            if self._genes is None:
                self._genes = self._genes_factory(self._reads_otherwise)
        return self._genes.read(text)

    def _reads_otherwise(self, written: str) -> bool:
        """Whether the reader knows ``written`` as something else than a gene: an English
        word, an abbreviation of a finding ("ALS"), a word of its lexicon's phrases ("PTH"),
        a laboratory test's name ("CK")."""
        folded = written.lower()
        return (folded in english_words()
                or self.lexicon.lookup(abbreviation_key(written)) is not None
                or self.lexicon.lookup(phrase_key(written)) is not None
                # a word of a lexicon phrase: "PTH" of "Elevated circulating parathyroid
                # hormone (PTH) concentration", "CD4" of "Reduced CD4 count"
                or stem(folded) in self.lexicon.stems()
                or labs.names_a_test(folded))

    def _syncope_on_exertion(self, text: str, findings: list[RecognizedFinding],
                             modifiers: Sequence[ModifierMention]) -> list[RecognizedFinding]:
        """A loss of consciousness said to come on exertion ("LOC on exertion", "loss of
        consciousness x2 during exercise") is read as Syncope or Loss of consciousness: HPO
        has no exertional syncope, and Syncope is no child of Loss of consciousness, so the
        plain reading missed every disease annotated with Syncope (epilepsy came first). A
        transient loss of consciousness brought on by effort is a syncope, a cardiac one until
        shown otherwise (2018 ESC Guidelines for the diagnosis and management of syncope,
        Eur Heart J 2018;39:1883-1948: syncope during exertion is a high-risk feature); the
        exertion must be said in the finding's own item (no comma or full stop between)."""
        exertion = [m for m in modifiers if m.id == TRIGGERED_BY_EXERTION]
        if not exertion or SYNCOPE not in self.ontology:
            return findings
        out: list[RecognizedFinding] = []
        for finding in findings:
            if finding.ids == (LOSS_OF_CONSCIOUSNESS,) and any(
                    _same_item(text, finding.start, finding.end, m.start, m.end)
                    for m in exertion):
                out.append(replace(finding, ids=(SYNCOPE, LOSS_OF_CONSCIOUSNESS),
                                   labels=(self._label(SYNCOPE), *finding.labels)))
            else:
                out.append(finding)
        return out

    def _items_of_a_negated_list(self, reading: _Reading, clauses: list[list[int]],
                                 matched: list[_Match]) -> list[_Match]:
        """The items of an "or" list after a finding whose own words open with a negation
        or an inability ("isn't eating, drinking or weeing", "can't walk or talk") that
        read as nothing alone, read with that opening word when the two name a finding
        ("isn't weeing": Anuria | Oliguria; "can't talk"). The negation is then part of
        the item's finding, as it is of the first ("isn't eating": Poor appetite), and
        :meth:`_absences_of_a_list` keeps it present; an item that names no finding with
        it is left to the other steps ("isn't coughing or sneezing" stays excluded).
        The longest start of an item's words that names one is read ("passing urine
        today")."""
        tokens = reading.tokens
        taken = {p for match in matched for p in match.positions} | reading.consumed
        found: list[_Match] = []
        for match in matched:
            lead = min(match.positions)
            if match.entry.kind != "finding" or not (
                    tokens[lead].folded in self._cues.words.negation_before
                    or tokens[lead].stem == INABILITY_MARK):
                continue
            for item in or_list_after(self._cues, tokens, max(match.positions)):
                if taken.intersection(item):
                    continue
                for end in range(len(item), 0, -1):
                    entry = self._finding_of(tokens, [lead, *item[:end]])
                    if entry is not None and entry.ids:
                        positions = item[:end]
                        taken.update(positions)
                        reading.consumed.update(positions)
                        clause = next((c for c in clauses if positions[0] in c), positions)
                        found.append(_Match(clause, positions, entry, (entry.ids,)))
                        break
        return found

    def _absences_of_a_list(self, reading: _Reading, matched: list[_Match],
                            negations: list[Cue | None]
                            ) -> tuple[list[_Match], list[Cue | None]]:
        """An item of an "or" list that the first item's own negation reaches ("haven't pooed
        or passed wind") is read with that cue when the lexicon knows the absence as a
        finding of its own ("haven't passed wind": Obstipation), else it stays excluded."""
        tokens = reading.tokens
        owner = {p: k for k, m in enumerate(matched) for p in m.positions}
        out_matches, out_negations = [], []
        for k, (match, cue) in enumerate(zip(matched, negations, strict=True)):
            read, negation = match, cue
            if cue is not None and owner.get(cue.first, k) != k:
                words = [tokens[cue.first].text] + [tokens[p].text for p in match.positions]
                entry = self.lexicon.lookup(phrase_key(" ".join(words)))
                if entry is not None and entry.kind == "finding" and entry.ids:
                    read = replace(match, entry=entry, readings=(entry.ids,), site=None,
                                   source=None)
                    negation = None
            out_matches.append(read)
            out_negations.append(negation)
        return out_matches, out_negations

    def _heads_of_denied_compounds(self, reading: _Reading, matched: list[_Match],
                                   negations: list[Cue | None]
                                   ) -> tuple[list[_Match], list[Cue | None]]:
        """h-lay8: a finding whose words stand on both sides of its own negation cue ("cough
        with no blood", "diarrhoea without blood", "vomiting with no blood in it") denies
        only what follows the cue: the compound stays excluded (Hemoptysis, Bloody
        diarrhea), and the words before the cue are a finding of their own, present (Cough,
        Diarrhea), when the lexicon knows them. Read whole, the cue excluded the compound and
        the complaint itself was lost."""
        tokens = reading.tokens
        out_matches, out_negations = list(matched), list(negations)
        for match, cue in zip(matched, negations, strict=True):
            if cue is None or not min(match.positions) < cue.first <= cue.last < max(
                    match.positions):
                continue
            head = [p for p in match.positions if p < cue.first and tokens[p].is_word]
            entry = self.lexicon.lookup(order_free_key(tokens, head)) if head else None
            if entry is None or entry.kind != "finding" or not entry.ids:
                continue
            out_matches.append(_Match(match.clause, head, entry, (entry.ids,)))
            out_negations.append(None)
        return out_matches, out_negations

    def _said_modifiers(self, tokens: list[Token], modifiers: list[ModifierMention],
                        spans: Sequence[Sequence[int]], explained: Collection[int]
                        ) -> list[ModifierMention]:
        """The modifiers no negation reaches: a modifier is read as a finding of the
        negation's scope (text/negation.py), beside the question's findings, so "no pain at
        night", "not at night", "no pain with exercise" drop theirs, as "no fever at night"
        drops Fever. The findings' own negation is decided without them."""
        if not modifiers:
            return modifiers
        own = [[i for i, t in enumerate(tokens) if t.is_word and m.start <= t.start
                and t.end <= m.end] for m in modifiers]
        # Words of degree between a cue and its modifier are the modifier's ("not worse at
        # night", "no better after meals"): the scope runs across them.
        degree = [i for i, t in enumerate(tokens) if t.is_word and t.folded in _DEGREE_WORDS]
        negations = negated_spans(self._cues, tokens, [*spans, *own], [*explained, *degree])
        return [m for m, cue in zip(modifiers, negations[len(spans):], strict=True)
                if cue is None]

    # ---- the steps of read(), in order ----

    def _lasting(self, text: str, findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
        """A finding the nearest duration of its sentence says has lasted long enough is read
        as its lasting form or itself ("diarrhoea for 3 months", "6/12 hx of cough": Chronic
        diarrhea | Diarrhea, Chronic cough | Cough; text/course.py, LASTING_FORMS). The plain
        finding stays in the group, so a disease whose sources list only "cough" still
        explains it as well as before (replacing it cost a frozen question its first place)."""
        spans = complaint_durations(text)
        if not spans:
            return findings
        lasting = []
        for finding in findings:
            if finding.negated or not any(i in LASTING_FORMS for i in finding.ids):
                lasting.append(finding)
                continue
            near = [d for d in spans if not _SENTENCE_BREAK.search(
                text[min(d.start, finding.start):max(d.end, finding.end)])]
            if not near:
                lasting.append(finding)
                continue
            nearest = min(near, key=lambda d: min(abs(d.start - finding.end),
                                                  abs(finding.start - d.end)))
            ids = tuple(dict.fromkeys(
                j for i in finding.ids
                for j in ((LASTING_FORMS[i][0], i) if i in LASTING_FORMS
                          and nearest.days > LASTING_FORMS[i][1]
                          and LASTING_FORMS[i][0] in self.ontology else (i,))))
            lasting.append(replace(finding, ids=ids, labels=tuple(self._label(i) for i in ids))
                           if ids != finding.ids else finding)
        return lasting

    def _passing(self, text: str, findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
        """A focal deficit whose sentence says it lasted minutes or hours and went back to
        normal ("my arm went weak for twenty minutes then was back to normal") is a passing
        episode: its transient term joins it, once a sentence (Transient ischemic attack;
        Amaurosis fugax for sight that came back; Periodic paralysis for weakness of all four
        limbs or the whole body; text/transient.py)."""
        lowered = text.lower()
        spans = transient.passing_sentences(lowered)
        # Attacks or episodes of weakness lasting hours are episodic without a recovery
        # word, for Periodic paralysis only (text/transient.py).
        episodes = transient.episode_sentences(lowered)
        if not spans and not episodes:
            return findings
        onto = self.ontology
        # A passing deficit with a headache is the pattern of a migraine aura (ICHD-3: aura
        # symptoms that last 5-60 minutes, followed by headache), not of a TIA.
        if any(onto.any_under(transient.HEADACHE, f.ids) for f in findings if not f.negated):
            return findings
        roots = {term: [onto.index(r) for r in group if r in onto]
                 for term, group in ((transient.TRANSIENT_ISCHEMIC_ATTACK, transient.FOCAL_ROOTS),
                                     (transient.AMAUROSIS_FUGAX, transient.VISUAL_ROOTS),
                                     (transient.PERIODIC_PARALYSIS, transient.GENERAL_ROOTS))}
        added: list[RecognizedFinding] = []
        seen: set[tuple[str, int]] = set()
        weakness = [onto.index(r) for r in (limbs.MUSCLE_WEAKNESS, limbs.PARALYSIS)
                    if r in onto]
        limb_roots = [onto.index(r) for r in (transient.LIMB_WEAKNESS,) if r in onto]
        kept = list(findings)
        for n, finding in enumerate(findings):
            if finding.negated or finding.queried:
                continue
            passing = next(((a, b) for a, b in spans if a <= finding.start < b), None)
            episode = next(((a, b) for a, b in episodes if a <= finding.start < b), None)
            if passing is None and episode is None:
                continue
            # A weakness of the arms and the legs ("I can't lift my arms or legs") is of every
            # limb: an episode of Periodic paralysis, never a focal TIA.
            words = re.findall(r"[a-z]+", lowered[finding.start:finding.end])
            joined = limbs.joined_limb(lowered[finding.end:])
            every = limbs.limb_words(words + ([joined] if joined else [])).every_limb
            for term, indices in roots.items():
                span = passing if term != transient.PERIODIC_PARALYSIS else passing or episode
                if (span is None or term not in onto or (term, span[0]) in seen
                        or term in finding.ids
                        or (every and term == transient.TRANSIENT_ISCHEMIC_ATTACK)):
                    continue
                # Periodic paralysis for the finding's first reading only: a bare "weak"
                # (Muscle weakness | Generalized muscle weakness ...) is no paralysis; any
                # weakness or paralysis said of every limb is.
                ids = (finding.ids[:1] if term == transient.PERIODIC_PARALYSIS
                       else finding.ids)
                under = indices
                if every and term == transient.PERIODIC_PARALYSIS:
                    ids, under = finding.ids, indices + weakness
                if any(i in onto and any(onto.is_ancestor(r, onto.index(i)) for r in under)
                       for i in ids):
                    seen.add((term, span[0]))
                    added.append(replace(finding, ids=(term,), labels=(self._label(term),),
                                         site=None, source="transient"))
                    if every and term == transient.PERIODIC_PARALYSIS:
                        # The limbs say a weakness of them all: its other readings ("can't
                        # lift my arms": Limited shoulder movement) are no more meant, and
                        # the weakness of one pair of limbs is of every limb.
                        weak = tuple(dict.fromkeys(
                            transient.LIMB_WEAKNESS if i in onto and limb_roots and any(
                                onto.is_ancestor(r, onto.index(i)) for r in limb_roots) else i
                            for i in finding.ids if i in onto and any(
                                onto.is_ancestor(r, onto.index(i)) for r in weakness)))
                        if weak and weak != finding.ids:
                            kept[n] = replace(finding, ids=weak,
                                              labels=tuple(self._label(i) for i in weak))
        return kept + added

    def _set_off_by_emotion(self, text: str, findings: list[RecognizedFinding]
                            ) -> list[RecognizedFinding]:
        """A giving way or a sudden weakness that laughter, a joke, a startle or excitement
        sets off in its sentence ("my knees buckle when I laugh") is Cataplexy, not the
        lasting weakness, unstable knee or falls its words read alone (text/emotions.py)."""
        spans = emotions.set_off_sentences(text.lower())
        if not spans or emotions.CATAPLEXY not in self.ontology:
            return findings
        onto = self.ontology
        roots = [onto.index(r) for r in emotions.GIVING_WAY_ROOTS if r in onto]
        label = self._label(emotions.CATAPLEXY)

        def giving_way(finding: RecognizedFinding) -> bool:
            first = finding.ids[0] if finding.ids else None
            return (first is not None and first in onto and not finding.negated
                    and finding.relative is None
                    and any(a <= finding.start < b for a, b in spans)
                    and any(onto.is_ancestor(r, onto.index(first)) for r in roots))

        return [replace(f, ids=(emotions.CATAPLEXY,), labels=(label,), site=None)
                if giving_way(f) else f for f in findings]

    def _without_timings(self, reading: _Reading, matched: list[_Match]) -> list[_Match]:
        """Findings that only say when or why an earlier finding of the sentence happens
        (text/triggers.py): an activity of a trigger clause ("my knee hurts when I *jump*"),
        a waking that times a finding ("the pain *wakes me at night*"). Their words become
        context."""
        tokens = reading.tokens
        clauses = triggers.trigger_clauses(tokens, self._cues.words.clause_words)
        slots = triggers.activity_slots(tokens, clauses, self._cues.words.coordinators)
        firsts = [m.positions[0] for m in matched]
        ontology = self.ontology
        kept: list[_Match] = []
        timings: list[int] = []
        for match in matched:
            activity = (len(match.positions) == 1 and match.positions[0] in slots
                        and match.site_positions == ())
            read = [i for ids in match.readings for i in ids]
            waking = (triggers.wakes_someone(tokens, match.positions)
                      and ontology.all_under(SLEEP_ABNORMALITY, read))
            if (activity or waking) and triggers.earlier_in_sentence(
                    tokens, match.positions[0], firsts):
                timings.extend(match.positions)
                continue
            if (triggers.wakes_with(tokens, match.positions, firsts)
                    and ontology.all_under(SLEEP_ABNORMALITY, read)):
                timings.extend(match.positions)
                continue
            kept.append(match)
        # The words of a trigger clause or a waking phrase say when: context, never
        # unrecognised ("when I grip or lift things").
        timings.extend(p for clause in clauses for p in clause)
        timings.extend(triggers.waking_words(tokens))
        reading.add_context(timings)
        return kept

    def _one_episode(self, reading: _Reading, match: _Match) -> _Match:
        """One episode is no recurrence: "an ear infection" is Otitis media, where the
        lexicon's wording ("ear infections") reads HPO's "Recurrent otitis media". A
        recurrent term is replaced by its parent that names the same thing without
        "Recurrent" (HPO's own is_a) when the phrase is singular after "a", "an" or "one"
        (one word may stand between: "a bad ear infection") and nothing in its clause says
        it comes back ("another", "again", "keeps getting"); after "another", a single-episode
        term is read as its "Recurrent" child ("another ear infection": Recurrent otitis
        media), whichever of the two the lexicon's wording named."""
        tokens = reading.tokens
        first, last = match.positions[0], match.positions[-1]
        if any(first - back >= 0 and tokens[first - back].folded == "another"
               for back in (1, 2)) or _said_to_come_back(tokens, match) or _said_to_recur(
                   tokens, match):
            again = tuple(tuple(dict.fromkeys(self._recurring(i) for i in ids))
                          for ids in match.readings)
            # The words of a regular return ("every 3 weeks", "like clockwork") say how it
            # comes: context, never unrecognised.
            reading.add_context(intervals.interval_words([t.folded for t in tokens],
                                                         match.clause))
            return match if again == match.readings else replace(match, readings=again)
        if tokens[last].folded.endswith("s") or not any(
                first - back >= 0 and tokens[first - back].folded in _ONE_WORDS
                and all(tokens[k].is_word for k in range(first - back, first))
                for back in (1, 2)):
            return match
        if any(tokens[k].folded in _AGAIN_WORDS for k in match.clause):
            return match
        readings = tuple(tuple(dict.fromkeys(self._once(i) for i in ids))
                         for ids in match.readings)
        return match if readings == match.readings else replace(match, readings=readings)

    def _once(self, term: str) -> str:
        """The parent of a "Recurrent X" term that is named X (Recurrent otitis media ->
        Otitis media), else the term itself."""
        if term not in self.ontology:
            return term
        label = self._label(term)
        plain = label.removeprefix("Recurrent ").lower()
        if plain == label.lower():
            return term
        ids = self.ontology.ids
        for p in self.ontology.parents(self.ontology.index(term)):
            parent = ids[int(p)]
            if self._label(parent).lower() in (plain, plain.removesuffix("s")):
                return parent
        return term

    def _recurring(self, term: str) -> str:
        """The child of a term named "Recurrent <its name>" (Otitis media -> Recurrent otitis
        media), else the term itself."""
        if term not in self.ontology:
            return term
        wanted = {f"recurrent {self._label(term).lower()}",
                  f"recurrent {self._label(term).lower()}s"}
        ids = self.ontology.ids
        for c in self.ontology.children(self.ontology.index(term)):
            if self._label(ids[int(c)]).lower() in wanted:
                return ids[int(c)]
        # h-clinician6: or named so by one of the term's exact synonyms (Deep venous
        # thrombosis, synonym "Deep vein thrombosis": Recurrent deep vein thrombosis). Not by
        # the child's synonyms: Epistaxis's child "Spontaneous, recurrent epistaxis" (synonym
        # "Recurrent nosebleeds") says more than a recurrence.
        wanted = {f"recurrent {text.lower()}" for text, scope, *_ in self.ontology.synonyms(
            self.ontology.index(term)) if scope.upper() == "EXACT"}
        for c in self.ontology.children(self.ontology.index(term)):
            if self._label(ids[int(c)]).lower() in wanted:
                return ids[int(c)]
        return term

    def _with_side(self, reading: _Reading, match: _Match) -> _Match:
        """The match with a term whose name says the other side than the question's words
        replaced by its counterpart (text/laterality.py): "the right side of my face is
        weak" met "Weakness of both sides of the face" by its words."""
        side = laterality.said_side(_finding_words(reading, match), self._sites.sides)
        if side is None:
            return match
        readings = tuple(tuple(dict.fromkeys(laterality.side_reading(self.ontology, i, side)
                                             for i in ids)) for ids in match.readings)
        return match if readings == match.readings else replace(match, readings=readings)

    def _with_limbs(self, reading: _Reading, match: _Match) -> _Match:
        """The match with a weakness or paralysis said of an arm and a leg on one side, both
        legs or all four limbs read as its pattern (text/limbs.py): "weakness in my right arm
        and leg" is Hemiparesis, and "paralysis of my right arm and leg" never Paraplegia."""
        words = _finding_words(reading, match)
        parts = {w for w in words if self._sites.is_site_word(w)}
        readings = tuple(limbs.limb_reading(self.ontology, ids, words, parts) or ids
                         for ids in match.readings)
        return match if readings == match.readings else replace(match, readings=readings)

    def _without_guesses(self, reading: _Reading, matched: list[_Match]) -> list[_Match]:
        """Findings that name a cause the asker guesses at or was tested for ("could it be
        arthritis?", "worried it's a stroke", "a blood test for anaemia", text/guesses.py), or
        a medicine ("travel sickness tablets"): not the person's findings; their words become
        context."""
        tokens = reading.tokens
        # "normally fit" says the person is well (text/wellness.py), as a guess says nothing
        # of what they have.
        folded = [t.folded for t in tokens]
        heads = set(guesses.guess_heads(folded)) | set(wellness.well_words(folded))
        # A medicine named by what it treats ("travel sickness tablets", text/medicines.py)
        # says nothing of the person's findings either.
        named = medicines.medicine_words(folded)
        guessed = [m for m in matched if min(m.positions) in heads
                   or medicines.names_a_medicine(m.positions, named)]
        reading.add_context(p for m in guessed for p in m.positions)
        reading.add_context(noun for _, noun in named)
        return [m for m in matched if m not in guessed]

    def _without_resolved(self, reading: _Reading, matched: list[_Match]) -> list[_Match]:
        """Findings of a past complaint the question says is over ("I had an ear infection
        last year but that cleared up", text/resolved.py): not the person's findings now;
        their words become context."""
        tokens = reading.tokens
        spans = resolved.resolved_spans([t.folded for t in tokens])
        past = [m for m in matched
                if any(start <= min(m.positions) < end for start, end in spans)]
        reading.add_context(p for m in past for p in m.positions)
        return [m for m in matched if m not in past]

    def _without_preceding(self, reading: _Reading, matched: list[_Match]) -> list[_Match]:
        """Findings of a passing illness said to come before the complaint ("two weeks after
        a sore throat", "I had glandular fever last year and now ...", text/preceding.py):
        its trigger, not the person's findings now; their words become context (an illness
        the lexicon knows as an exposure, "after a sore throat", is read as that by
        text/exposures.py), and of a trouble said to be over ("I used to get migraines").
        An earlier trouble of another kind ("a week after a cold sore") stays, to be marked
        known (:meth:`read`). The words of a span that held a finding
        ("after", "used to", "last year") are context too."""
        tokens = reading.tokens
        spans = preceding.preceding_spans([t.folded for t in tokens])

        def inside(m: _Match, span: preceding.Preceding) -> bool:
            return span.start <= min(m.positions) and max(m.positions) < span.end

        past = [m for m in matched if any(inside(m, s) for s in spans if s.set_aside)]
        reading.add_context(p for s in spans if any(inside(m, s) for m in matched)
                            for p in range(s.start, s.end))
        return [m for m in matched if m not in past]

    def _without_background(self, reading: _Reading, matched: list[_Match]) -> list[_Match]:
        """Findings of a note's past medical history ("PMH HTN, T2DM", "PMH: gallstones",
        text/normalize.py): known diagnoses, not the complaint; their words become context."""
        tokens = reading.tokens
        spans = background_spans(tokens)
        past = [m for m in matched
                if any(start <= min(m.positions) < end for start, end in spans)]
        reading.add_context(p for m in past for p in m.positions)
        return [m for m in matched if m not in past]

    def _with_postposed(self, reading: _Reading, matched: list[_Match]) -> list[_Match]:
        """A describing word said after a comma in a note's shorthand ("vomiting after every
        feed, projectile", "chest pain, pleuritic", "headache, occipital") describes the
        finding before it: the word alone between commas (or before the end of its sentence)
        and the finding's words name a narrower term together (HPO's "Projectile vomiting",
        a kind of Vomiting), then that term is read and the word is no finding of its own
        ("pleuritic" alone is Pleuritis). Only across one comma, with no other finding
        between (h-reader53)."""
        tokens = reading.tokens
        owner = {p: n for n, m in enumerate(matched) for p in m.positions}
        dropped: set[int] = set()
        for n, match in enumerate(matched):
            if n in dropped or match.entry.kind != "finding":
                continue
            last = max(match.positions)
            comma = next((k for k in range(last + 1, min(last + 2 + _POSTPOSED_GAP,
                                                          len(tokens)))
                          if not tokens[k].is_word), None)
            if (comma is None or tokens[comma].folded != ","
                    or any(owner.get(k) not in (None, n) for k in range(last + 1, comma))):
                continue
            word = comma + 1
            after = word + 1
            if (word >= len(tokens) or not tokens[word].folded.isalpha()
                    or (after < len(tokens) and tokens[after].folded not in (",", ".", ";"))
                    or owner.get(word) not in (None, *[
                        k for k, m in enumerate(matched) if m.positions == [word]])):
                continue
            content = [p for p in match.positions if self._cues.is_content(tokens[p])]
            entry = self._finding_of(tokens, [word, *content])
            if entry is None or not self._narrows(match.entry, entry):
                continue
            if word in owner:
                dropped.add(owner[word])
            reading.consumed.add(word)
            matched[n] = replace(match, positions=sorted([*match.positions, word]), entry=entry,
                                 readings=(entry.ids,))
        return [m for n, m in enumerate(matched) if n not in dropped]

    def _without_compound_halves(self, reading: _Reading, matched: list[_Match]
                                 ) -> list[_Match]:
        """The first half of a hyphenated word is no finding of its own when the whole word
        is no phrase of the lexicon and its second half reads as nothing, even alone
        ("red-hot" keeps its red; "light-headed" is one word joined): "short-lived",
        "short-term", "long-standing" say how long, not Short stature (h-reader53). Endings
        that only soften or compare ("dry-ish", "red-looking", "cough-like") keep it."""
        tokens = reading.tokens
        owned = {p for m in matched for p in m.positions}
        kept = []
        for match in matched:
            word = match.positions[0]
            hyphen, second = word + 1, word + 2
            if (len(match.positions) == 1 and second < len(tokens)
                    and tokens[hyphen].folded == "-" and tokens[word].end == tokens[hyphen].start
                    and tokens[hyphen].end == tokens[second].start
                    and tokens[second].folded.isalpha()
                    and tokens[second].folded not in _SOFTENING_HALVES
                    # "pain-free", "seizure-free": the half after is a negation cue that
                    # denies the first (text/negation.py), which stays a finding.
                    and tokens[second].folded not in self._cues.words.negation_after
                    and tokens[second].stem != FILLER_MARK
                    and self.lexicon.lookup(tokens[second].stem) is None
                    and second not in owned and second not in reading.consumed):
                reading.add_context([word, hyphen, second])
                continue
            kept.append(match)
        return kept

    def _narrows(self, broad: LexiconEntry, narrow: LexiconEntry) -> bool:
        """Is every term of ``narrow`` a kind of every term of ``broad``, and none the same
        ("Projectile vomiting" of "Vomiting"; no reading of an ambiguous group is)?"""
        onto = self.ontology
        return all(old != new and onto.is_ancestor(onto.index(old), onto.index(new))
                   for old in broad.ids for new in narrow.ids)

    def _adverbs_after(self, reading: _Reading, matched: list[_Match]) -> list[_Match]:
        """A manner said as an adverb right after a finding ("my heart keeps racing
        irregularly") says a finding of the finding's noun as its adjective would ("irregular
        heart": Arrhythmia), read beside the finding: the unread "-ly" word and one content
        word of the finding name a term together (h-reader53)."""
        tokens = reading.tokens
        owned = {p for m in matched for p in m.positions}
        found: list[_Match] = []
        for n, match in enumerate(matched):
            word = max(match.positions) + 1
            if (word >= len(tokens) or word in owned or word in reading.consumed
                    or not tokens[word].folded.endswith("ly")
                    or not tokens[word].folded.isalpha()):
                continue
            for noun in match.positions:
                entry = (self._finding_of(tokens, [word, noun])
                         if self._sites.is_site_word(tokens[noun].folded) else None)
                if entry is None or entry.ids == match.entry.ids:
                    continue
                reading.consumed.add(word)
                owned.add(word)
                if self._narrows(match.entry, entry):  # "went bald early": Early balding
                    matched[n] = replace(match, positions=[*match.positions, word],
                                         entry=entry, readings=(entry.ids,))
                else:
                    found.append(_Match(match.clause, [word], entry, (entry.ids,)))
                break
        return found

    def _without_wrong_senses(self, reading: _Reading, matched: list[_Match]) -> list[_Match]:
        """A mood word said of a body part ("my eye gets red and *irritated*") and a skin
        word said of a lining ("my throat is *red*") are not read in the person's or the
        skin's sense (``_MOOD_SENSES``, ``_SKIN_SENSES``): such a finding, read without a
        site of its own, is dropped and its words are context. So is a finding whose words
        open an idiom (``_IDIOMS_AFTER``: "sick of", "breaks out in"), and a pain that
        something "is" (``_NUISANCE_VERBS``: "he's been a pain in the neck"), a "killing"
        read with no part ("the worry is killing me"), and a burning
        read inside the chest (``_INNER_BURNING``) whose chest is the place of a skin lesion
        named just before ("a band of blisters across my chest and it burns": the blisters
        burn, no heartburn)."""
        kept = []
        words = [t.folded for t in reading.tokens]
        for match in matched:
            first, last = min(match.positions), max(match.positions)
            if (last + 1 < len(words)
                    and ((*words[first:last + 1], words[last + 1]) in _IDIOMS_AFTER
                         or _coordinated_idiom(words, last))
                    and (words[last + 1] != "in" or any(
                        last + 1 < min(other.positions) <= last + 1 + _IDIOM_OBJECT_REACH
                        for other in matched))):
                reading.add_context(match.positions)
                continue
            if (words[first] in _PAIN_WORDS and first > 1 and words[first - 1] == "a"
                    and words[first - 2] in _NUISANCE_VERBS
                    and (last == first or words[first + 1:first + 4] == ["in", "the", "neck"])
                    and "there" not in words[max(0, first - 4):first - 1]
                    and "there's" not in words[max(0, first - 4):first - 1]):
                reading.add_context(match.positions)
                continue
            if all(words[p] in PAIN_IDIOM_VERBS for p in match.positions):
                # "Killing me" says pain only of a part ("my back is killing me"); alone it
                # names nothing ("this cough is killing me", "the worry is killing me"), nor
                # does "giving me grief" ("my boss is giving me grief").
                reading.add_context(match.positions)
                continue
            ids = {i for reading_ids in match.readings for i in reading_ids}
            if ids & _INNER_BURNING and _lesion_place(words, match, matched):
                reading.add_context(match.positions)
                continue
            part = (_MOOD_SENSES if ids <= _MOOD_SENSES else
                    _SKIN_SENSES if ids <= _SKIN_SENSES else None)
            if (part is None or match.source == "site"
                    or not self._said_of_a_part(reading, match, linings=part is _SKIN_SENSES)):
                kept.append(match)
                continue
            reading.add_context(match.positions)
        return kept

    def _colour_of_a_patch(self, reading: _Reading, match: _Match,
                           matched: Sequence[_Match]) -> _Match | None:
        """A pale or white colour word said of a patch a few describing words of skin later
        ("pale scaly patches", "white, dry patches") names the patch's colour, not the
        person's pallor nor white hair: it is read as the lexicon reads "<colour> patches on
        skin" or "<colour> patches" (Hypopigmented skin patches | Vitiligo). The describing
        words keep their own findings (Scaling skin). ``None`` when another finding of
        ``matched`` holds the patch noun and already means that reading ("pale white
        patches": the white patches, read once)."""
        words = [t.folded for t in reading.tokens]
        if len(match.positions) != 1 or words[match.positions[0]] not in _PATCH_COLOURS:
            return match
        at = match.positions[0]
        between = 0  # describing words passed
        for j in range(at + 1, len(words)):
            token = reading.tokens[j]
            if between > _PATCH_REACH:
                return match
            if words[j] in _PATCH_NOUNS:
                # "pale, patches of bruising": a comma right before, or "of" after (the
                # patch of something else), is no colour of the patch.
                # Right before the noun, the lexicon's own phrase stands ("white patches").
                if (j == at + 1 or words[j - 1] == ","
                        or (j + 1 < len(words) and words[j + 1] == "of")):
                    return match
                colour = _PATCH_COLOURS[words[at]]
                entry = (self.lexicon.lookup(phrase_key(f"{colour} patches on skin"))
                         or self.lexicon.lookup(phrase_key(f"{colour} patches")))
                if entry is None or entry.kind != "finding":
                    return match
                if any(j in other.positions and set(entry.ids) <= set(other.entry.ids)
                       for other in matched if other is not match):
                    return None
                return replace(match, entry=entry, readings=(entry.ids,), site=None,
                               source=None)
            if not token.is_word and words[j] != ",":
                return match
            if token.is_word and (self._cues.breaks_clause(token)
                                  or words[j] in self._cues.words.coordinators
                                  or words[j] in self._cues.words.new_clause):
                return match
            between += token.is_word
        return match

    def _match_likened_parts(self, reading: _Reading, clause: list[int]
                             ) -> list[tuple[list[int], LexiconEntry]]:
        """A part likened to a thing whose name with the part's is a finding ("her tongue
        went red and bumpy like a strawberry": Strawberry tongue), past the linking verbs
        and describing words said of the part before the simile, which the image restates.
        Read first, so that the describing words do not take the part for findings of their
        own (h-lay19). The image is the one or two words after "like" and its articles; the
        part is the nearest body site before the simile, within :data:`_LIKENED_REACH` words
        of its clause, and is read only when its key with the image is a known finding."""
        tokens, consumed = reading.tokens, reading.consumed
        words = [t.folded for t in tokens]
        inside = set(clause)
        matched: list[tuple[list[int], LexiconEntry]] = []
        for at in clause:
            if words[at] != "like" or at in consumed:
                continue
            first = at + 1
            while first in inside and words[first] in _LIKENED_ARTICLES:
                first += 1
            images = [k for k in (first, first + 1) if k in inside and tokens[k].is_word
                      and k not in consumed and self._cues.is_content(tokens[k])]
            if not images or images[0] != first:
                continue
            found = self._likened_part(reading, at, images, inside)
            if found is None:
                continue
            positions, entry = found
            consumed.update(positions)
            matched.append((positions, entry))
        return matched

    def _likened_part(self, reading: _Reading, at: int, images: list[int],
                      inside: Container[int]) -> tuple[list[int], LexiconEntry] | None:
        """The part before the simile at ``at`` and the image words that name a finding
        with it, longest image first; ``None`` when no word before does."""
        tokens = reading.tokens
        for image in (images, images[:1]):
            for part in range(at - 1, max(-1, at - 1 - _LIKENED_REACH), -1):
                token = tokens[part]
                if part not in inside or (self._cues.breaks_clause(token)
                                          and token.folded not in (",", "and")):
                    break
                if (part in reading.consumed or not token.is_word
                        or not self._cues.is_content(token)
                        or not self._sites.is_site_word(token.folded.removesuffix("'s"))):
                    continue
                entry = self.lexicon.lookup(order_free_key(tokens, [part, *image]))
                if entry is not None and entry.kind == "finding":
                    # The words between say what the image restates ("red and bumpy" of a
                    # strawberry tongue): they are the finding's, no findings of their own.
                    between = [k for k in range(part + 1, image[0])
                               if k not in reading.consumed and not self._sites.is_site_word(
                                   tokens[k].folded.removesuffix("'s"))]
                    return sorted([part, *between, *image]), entry
                break  # the nearest part is the one likened
        return None

    def _likened_pain(self, reading: _Reading, match: _Match) -> _Match:
        """A bare pain likened to something that presses on a part ("pain like an elephant
        sitting on my chest", "a pain like a knife in my back") is that part's pain: the
        part after the simile's place word is read as the lexicon reads "<part> pain"."""
        words = [t.folded for t in reading.tokens]
        if match.readings != ((_PAIN,),) or len(match.positions) != 1:
            return match
        at = match.positions[0]
        if at + 1 >= len(words) or words[at + 1] not in _SIMILES:
            return match
        place = False
        for j in range(at + 2, min(at + 2 + _SIMILE_REACH, len(words))):
            token = reading.tokens[j]
            if not token.is_word or self._cues.breaks_clause(token):
                return match
            if words[j] in _SIMILE_PLACES:
                place = True
                continue
            if not place or words[j] in _PLACE_BEFORE:
                continue
            entry = self.lexicon.lookup(phrase_key(f"{token.text} pain"))
            if entry is None or entry.kind != "finding" or entry.ids == (_PAIN,):
                return match
            return replace(match, entry=entry, readings=(entry.ids,), site=None, source=None)
        return match

    def _said_of_a_part(self, reading: _Reading, match: _Match, linings: bool) -> bool:
        """Is the finding said of a body part: a part read in one phrase with it ("irritated
        eyes"), the part the words right after it name ("red, sore throat"), or the nearest
        subject before it in its clause, when that is a part and no person stands between
        ("my eye gets red and irritated", not "my eye hurts and I get irritated")? With
        ``linings``, only a part of ``_LININGS`` counts."""
        tokens = reading.tokens
        words = [t.folded for t in tokens]

        def part(p: int) -> bool:
            if words[p] in _LININGS:
                return True
            return not linings and (words[p] in _OTHER_PARTS or bool(
                self._sites.sites_within(_site_words(tokens), [p])))

        first, last = min(match.positions), max(match.positions)
        if any(part(p) for p in range(first, last + 1)):
            return True  # read in one phrase with its part ("irritated eyes")
        # A describing word stands right before its part, or before another describing
        # word of it past a comma ("red, sore throat"; not "irritable, eyes are red").
        for p in range(last + 1, min(len(tokens), last + 1 + _BEFORE_ITS_PART)):
            if words[p] == "," and p == last + 1:
                continue
            if (not tokens[p].is_word or words[p] in self._cues.words.coordinators
                    or words[p] in _ALONGSIDE):
                break
            if part(p):
                return words[p - 1] != ","
        for p in reversed([k for k in match.clause if k < first]):
            if words[p] in _PERSON_SUBJECTS or words[p] in self._person_nouns:
                return False
            if part(p):
                return True
        return False

    def _without_weather(self, reading: _Reading, matched: list[_Match]) -> list[_Match]:
        """A weather phrase ("in the cold", "when it's hot", "cold weather") says when a
        finding happens (text/colours.py): a finding read from its words alone ("cold" as
        Coldness) is dropped, and its words are context."""
        tokens = reading.tokens
        weather = colours.weather_triggers([t.folded for t in tokens])
        if not weather:
            return matched
        reading.add_context(weather)
        return [m for m in matched if not set(m.positions) <= weather]

    def _set_aside(self, reading: _Reading,
                   theirs: list[tuple[Stretch, int, list[RecognizedFinding]]],
                   family: Sequence[FamilyStatement]) -> None:
        """Findings said of someone else (text/persons.py).

        * one they share with the patient ("my sister had the same rash") is the patient's,
          unless the patient's own words named it already, maybe more precisely;
        * a blood relative's finding is kept, marked as the relative's (``relative``): it is
          family history, which the ranking weighs as a clue weaker than the patient's own
          finding (rank/family_findings.py). It is never dropped: setting those aside lost
          frozen-set answers whose relative had the condition asked about (by h-reader15,
          prevalence top-1 and top-10 each -3 of 68). One that the patient has too is the
          patient's, and family history for inheritance as well ("I have a tremor and my
          father has a tremor");
        * anyone else's ("my wife", "a friend") is set aside: context, not the patient's.
        """
        own = {i for f in reading.findings if not f.negated for i in f.ids}
        # What the patient is said to have: each of their findings' own term, not the other
        # members of a group it was read as ("my eye pressure is raised": Ocular hypertension
        # or Glaucoma), which the patient did not say ("my mum has glaucoma" stays hers:
        # h-family10).
        leading = {f.ids[0] for f in reading.findings if not f.negated}
        stated = {p for statement in family for p in statement.relatives}
        tokens = reading.tokens
        for stretch, position, read in theirs:
            if persons.shared(tokens, stretch, position):
                if not any(self._covers(f.ids, own) for f in read):
                    reading.findings.extend(read)
                continue
            modes = self._relative_modes.get(stretch.mention.word)
            if modes is None:
                reading.others_findings.extend(read)
                continue
            if any(not f.negated and f.ids[0] in leading for f in read):
                reading.findings.extend(read)
            else:
                reading.findings.extend(self._relatives(reading, f, stretch.mention.word)
                                        for f in read)
            if (stretch.mention.noun not in stated
                    and any(not f.negated and f.ids[0] in leading for f in read)):
                stated.add(stretch.mention.noun)
                # The asker as the child's parent is told by their clause ("I have eczema"),
                # a relative by their word.
                told = ([stretch.mention.start, stretch.mention.end - 1]
                        if stretch.mention.word == persons.ASKER_AS_PARENT
                        else [stretch.mention.noun])
                # A relative of a relative ("my mum's brother went blind young, and I'm losing
                # my sight"): their own modes, not those of the asker's brother (h-family11).
                owner = next((i for i in range(stretch.mention.possessive + 1,
                                               stretch.mention.noun)
                              if tokens[i].folded.endswith("'s")), None)
                if owner is not None:
                    modes = relatives_relative_modes(
                        tokens[owner].folded.removesuffix("'s"), stretch.mention.word,
                        family_words()) or modes
                    told = [owner, stretch.mention.noun]
                evidence = self._evidence(reading, told, modes)
                if evidence.modes:
                    reading.inheritance.append(evidence)
                if stretch.mention.word in MOTHERS:
                    self._through_affected_mother(reading, family)

    def _young_sudden_deaths(self, reading: _Reading, age: float | None) -> None:
        """A blood relative's sudden death when young ("my cousin died suddenly at 24",
        text/family.py young_sudden_deaths): the relative's Sudden cardiac death, family
        history that the ranking weighs as a relative's finding (rank/family_findings.py),
        never the patient's."""
        tokens = reading.tokens
        for death in young_sudden_deaths(tokens, self._relative_modes, age):
            start, end = tokens[death.start].start, tokens[death.end].end
            reading.findings.append(RecognizedFinding(
                text=reading.text[start:end], ids=(SUDDEN_CARDIAC_DEATH,),
                labels=(self._label(SUDDEN_CARDIAC_DEATH),), negated=False, uncertain=False,
                source="family", kind="finding", start=start, end=end,
                relative=tokens[death.relative].folded.removesuffix("'s")))

    def _through_affected_mother(self, reading: _Reading,
                                 family: Sequence[FamilyStatement]) -> None:
        """The mother's father read as X-linked alone (FamilyStatement.through_mother) is
        dominant as well once the mother shares the patient's finding ("Mother diabetic at 25
        and maternal grandfather too": passed from father to daughter to grandchild)."""
        for statement in family:
            if not statement.through_mother or statement.negated:
                continue
            old = self._evidence(reading, list(statement.positions), statement.modes)
            new = self._evidence(reading, list(statement.positions), THROUGH_AFFECTED_MOTHER)
            reading.inheritance = [new if e == old else e for e in reading.inheritance]

    def _family_conditions(self, reading: _Reading,
                           families: Sequence[RecognizedFinding]) -> None:
        """Findings of a condition said to run in the family ("Bowel cancer runs in our
        family", "a family history of diabetes"; text/family.py ``family_conditions``): the
        family's, kept as a relative's finding (``relative`` "family"), family history that
        the ranking weighs as a clue weaker than the person's own finding
        (rank/family_findings.py); the person's own when they name it as theirs too
        ("migraines run in my family and I get migraines")."""
        own = {i for f in reading.findings if f.relative is None and not f.negated
               for i in f.ids}
        for finding in families:
            if not finding.negated and set(finding.ids) & own:
                reading.findings.append(finding)
            else:
                reading.findings.append(self._relatives(reading, finding, FAMILY))

    def _relatives(self, reading: _Reading, finding: RecognizedFinding,
                   relative: str) -> RecognizedFinding:
        """``finding`` as the ``relative``'s condition: the age they had it at or whether
        they had it young (text/family.py age_at, young_at), and the curated conditions its
        words name (the table of a relative's diseases, text/named_diseases.py: "coeliac
        disease", "type 1 diabetes"; h-family10), which the ranking weighs by their family
        risk (rank/family_findings.py)."""
        tokens = reading.tokens
        table = self._relatives_table()
        named: tuple[str, ...] = ()
        if table is not None:
            inside = [i for i, t in enumerate(tokens)
                      if t.start >= finding.start and t.end <= finding.end]
            # A name that is the condition's words, not a part of them ("type 1" of "type 1
            # diabetic" names a syndrome's type).
            content = {i for i in inside if tokens[i].is_word and self._cues.is_content(tokens[i])}
            named = tuple(dict.fromkeys(d for hit in table.find(tokens, inside)
                                        if content <= set(hit.positions)
                                        for d in hit.diseases))
        return replace(finding, relative=relative, relative_age=age_at(tokens, finding.end),
                       relative_young=young_at(tokens, finding.end), relative_named=named)

    def _named_in_family(self, reading: _Reading, stretches: Sequence[Stretch],
                         spans: Sequence[list[int]]) -> tuple[tuple[int, int], ...]:
        """An inherited disease named in a blood relative's stretch ("my brother has cystic
        fibrosis and my son has greasy poo"; text/named_diseases.py) is a statement of family
        history, with the modes of inheritance HPO annotates for it; its words are explained.
        Beside a finding of the patient's outside that stretch, or alone ("my dad had
        Huntington's disease", "my brother has cystic fibrosis, could I be a carrier?"): the
        named disease is then kept with the evidence, the one the question is about
        (rank/ranker.py), as a relative's condition said alone is (h-reader54). Words of a
        finding are never a name. Returns the character spans of the relatives so read (their
        possessive and noun), which say nothing of the patient's age or sex."""
        relatives: list[tuple[int, int]] = []
        if self._named_diseases_factory is None:
            return ()
        taken = {p for span in spans for p in span}
        tokens = reading.tokens
        own = [f for f in reading.findings if f.relative is None]
        for stretch in stretches:
            mention = stretch.mention
            if mention.word not in self._relative_modes:
                continue  # not a blood relative ("my wife has cystic fibrosis")
            first, last = tokens[mention.start].start, tokens[mention.end - 1].end
            if own and (any(first <= f.start < last for f in own) or all(
                    first <= f.start < last for f in own)):
                continue
            named = False
            for hit in self._names().find(
                    reading.tokens, range(mention.noun + 1, mention.end), taken):
                reading.consumed.update(hit.positions)
                evidence = self._evidence(reading, [mention.possessive, *hit.positions],
                                          hit.modes)
                if not own:
                    evidence = replace(evidence, diseases=hit.diseases)
                if evidence.modes and evidence not in reading.inheritance:
                    reading.inheritance.append(evidence)
                named = True
            # A disease of no Mendelian mode ("my mum has lupus"): family history of it.
            table = self._relatives_table()
            labels = table.labels if table is not None else {}
            for hit in (table.find(reading.tokens, range(mention.noun + 1, mention.end),
                                   taken | reading.consumed) if table is not None else []):
                reading.consumed.update(hit.positions)
                said = RelativeDisease(
                    reading.span_text(list(hit.positions)), tokens[mention.noun].text,
                    hit.diseases, labels.get(hit.diseases[0], hit.diseases[0]),
                    tokens[min(hit.positions)].start, tokens[max(hit.positions)].end)
                if hit.diseases and said not in reading.relative_diseases:
                    reading.relative_diseases.append(said)
                named = True
            if named:
                relatives.append((tokens[mention.possessive].start, tokens[mention.noun].end))
        return tuple(relatives)

    def _named_alone(self, reading: _Reading, findings: list[RecognizedFinding]
                     ) -> tuple[list[RecognizedFinding], tuple[SaidDisease, ...]]:
        """A condition profile's disease named by its name or lay name, with no finding of
        the person's beside it ("what causes shingles", "I've got measles", "why do people
        get tonsillitis"), is what the question is about: it is kept as said
        (:class:`SaidDisease`) and ranked for its usual findings (rank/ranker.py
        ``_hallmarks``), as a relative's named disease said alone is. Words that read
        nothing name it, and so do words HPO names only with a course or severity the
        question does not say: "shingles" read alone is no Recurrent shingles nor Severe
        varicella zoster infection (the immunodeficiencies that list them answered "what
        causes shingles"), "tonsillitis" no Recurrent tonsillitis (h-reader69, issue 14).
        Beside other findings of the person's, such a finding that is a disease's name is the
        disease said too, and the other findings stay ("tonsillitis with a fever"), unless a
        word of the question says a course (_COURSE_WORDS: "again", "keep getting"), or the
        name is of the past or of a treatment (``_past_or_treated``); the ranker weighs it as
        its first hallmark (rank/ranker.py ``SAID_BESIDE_HALLMARKS``; h-reader71). A name
        whose words read nothing ("impetigo and a fever") is said beside other findings too,
        course or not, when it is the disease's own name and no likeness (``_proper_name``;
        h-reader72)."""
        own = [f for f in findings if f.relative is None and not f.negated]
        added = [f for f in own if self._adds_a_modifier(f)]
        tokens = reading.tokens
        alone = len(added) == len(own)
        # Beside other findings, a disease named with no word of a course anywhere ("tonsillitis
        # with a fever", "shingles and a headache") is no more its recurrent or severe term
        # than said alone; said with one ("tonsillitis again", "I keep getting cold sores"),
        # the reading stands (h-reader71).
        # A name whose words read nothing at all ("impetigo and a fever") has no course term
        # to keep: it is the disease said whatever the other words say (h-reader72).
        if not alone and added and any(t.folded in _COURSE_WORDS for t in tokens):
            added = []
        # Built only now: most questions return above, and the table takes a fifth of a
        # second to build on a process's first question.
        table = self._relatives_table()
        if table is None:
            return findings, ()
        covered = {p for f in added for p, t in enumerate(tokens)
                   if f.start <= t.start and t.end <= f.end}
        # Words of a finding kept, and words said of someone else ("my mum has shingles":
        # context, text/persons.py), name no disease of the person's.
        taken = (reading.consumed - covered) | {
            p for f in findings if f not in added for p, t in enumerate(tokens)
            if f.start <= t.start and t.end <= f.end} | {
            p for p, t in enumerate(tokens) if t.start in reading.context_chars}
        said: list[SaidDisease] = []
        named: set[int] = set()
        for hit in table.find(tokens, range(len(tokens)), taken):
            if not hit.diseases or not hit.diseases[0].startswith(_PROFILE_PREFIX):
                continue
            positions = list(hit.positions)
            said.append(SaidDisease(
                reading.span_text(positions), hit.diseases,
                table.labels.get(hit.diseases[0], hit.diseases[0]),
                tokens[min(positions)].start, tokens[max(positions)].end))
            named.update(positions)
        # Each such reading must be the name, and its site at most ("shingles on my chest");
        # another word of it may say the course ("pneumonia twice": Recurrent pneumonia).
        # And it must be what the name's own words read: a course said elsewhere ("another
        # ear infection": Recurrent otitis media, not the words' Otitis media) is said.
        own_readings = {self._entry_ids(d.text) for d in said}
        if not alone:
            # Each such finding on its own: those that are a disease's name (and site) are
            # the disease said, beside the person's other findings, which stay.
            # An earlier illness ("pain after shingles", known: text/preceding.py) is
            # history, weighed as known, no disease the person names as theirs now.
            said = [d for d in said if not self._past_or_treated(tokens, d.start, d.end)]
            added = [f for f in added if not f.known and self._name_and_site(tokens, f, named)
                     and tuple(sorted(f.ids)) in own_readings
                     and any(f.start <= d.start and d.end <= f.end for d in said)]
            # Names read by no finding (words of findings kept are taken) are said as they
            # stand; those inside a finding, only when the finding is the name (h-reader72).
            said = [d for d in said if any(f.start <= d.start and d.end <= f.end
                                           for f in added)
                    or (not any(f.start < d.end and d.start < f.end for f in findings)
                        and self._proper_name(tokens, d))]
            if not said:
                return findings, ()
            words = {p for f in added for p, t in enumerate(tokens)
                     if f.start <= t.start and t.end <= f.end}
            reading.consumed.update(words)
            return [f for f in findings if f not in added], tuple(said)
        if not said or any(not self._name_and_site(tokens, f, named)
                           or tuple(sorted(f.ids)) not in own_readings for f in added):
            return findings, ()
        reading.consumed.update(named | covered)
        return [f for f in findings if f not in added], tuple(said)

    @staticmethod
    def _proper_name(tokens: Sequence[Token], said: SaidDisease) -> bool:
        """Beside other findings, a name that reads nothing is the disease said only when it
        is the disease's own name (its label, or a label's name of several words in
        brackets: "impetigo", "shingles", "herpes zoster"), not a lay word, an abbreviation
        or part of a name that other words use ("spots": acne, "AF", "primary", "ulcer"),
        and not a likeness ("a rash like sunburn", "sunburn-like"; h-reader72)."""
        label = said.label.casefold()
        names = {" ".join(re.sub(r"\([^)]*\)", " ", label).split())}
        names.update(inner for inner in re.findall(r"\(([^)]*)\)", label)
                     if len(inner.split()) > 1)
        if " ".join(said.text.casefold().split()) not in names:
            return False
        inside = [p for p, t in enumerate(tokens) if said.start <= t.start and t.end <= said.end]
        if not inside:
            return False
        after = max(inside) + 1
        if after < len(tokens) and tokens[after].folded == "-":
            after += 1
        near = {tokens[p].folded for p in (min(inside) - 1, after) if 0 <= p < len(tokens)}
        return not near & _LIKENESS_WORDS

    @staticmethod
    def _past_or_treated(tokens: Sequence[Token], start: int, end: int) -> bool:
        """Is the disease name at ``start``-``end`` said after a word of the past ("I had
        shingles") or before a word of its treatment or test ("thrush cream"): _PAST_WORDS,
        _TREATMENT_NOUNS?"""
        inside = [p for p, t in enumerate(tokens) if start <= t.start and t.end <= end]
        if not inside:
            return False
        before = min(inside) - 1
        while before >= 0 and tokens[before].folded in _ONE_WORDS | {"the", "my"}:
            before -= 1
        after = max(inside) + 1
        # "I've had shingles for a week" has it still (a perfect tense), "I had" no more.
        perfect = (before >= 1 and tokens[before].folded == "had"
                   and tokens[before - 1].folded in _PERFECT_WORDS)
        return ((before >= 0 and tokens[before].folded in _PAST_WORDS and not perfect)
                or (after < len(tokens) and tokens[after].folded in _TREATMENT_NOUNS))

    def _entry_ids(self, words: str) -> tuple[str, ...]:
        """The ids the lexicon reads for these words as one phrase, sorted (none: ())."""
        entry = self.lexicon.lookup(phrase_key(words))
        return tuple(sorted(entry.ids)) if entry is not None else ()

    @staticmethod
    def _name_and_site(tokens: Sequence[Token], finding: RecognizedFinding,
                       named: Collection[int]) -> bool:
        """Are the finding's words a disease name (``named`` positions) and, besides, only
        its site and the place words before it ("shingles *on my chest*")?"""
        inside = [p for p, t in enumerate(tokens)
                  if t.is_word and finding.start <= t.start and t.end <= finding.end]
        site = finding.text.rfind(finding.site) if finding.site else -1
        site_start = finding.start + site if site >= 0 else finding.end
        return any(p in named for p in inside) and all(
            p in named or tokens[p].start >= site_start
            or tokens[p].folded in _PLACE_WORDS or tokens[p].folded in _POSSESSIVES
            or tokens[p].folded in _PART_WORDS
            for p in inside)

    def _adds_a_modifier(self, finding: RecognizedFinding) -> bool:
        """Does every term of the finding's reading say a course or severity its words do
        not ("shingles": Recurrent shingles, Severe varicella zoster infection)? Only HPO's
        course and severity modifiers count (:func:`course_and_severity_stems`): a place or
        pattern word of a term's name is what the term is, not something added to it, so
        hp.obo's own lay name "tunnel vision" is Peripheral visual field loss, a finding,
        and no lay name of open-angle glaucoma said alone (h-rarelay2, issue 14)."""
        said = set(phrase_key(finding.text).split())
        course = self._course_stems
        return bool(finding.labels) and all(
            any((s in course if course else self.lexicon.is_modifier(s)) and s not in said
                for s in phrase_key(label).split())
            for label in finding.labels)

    def _person_is_hot(self, reading: _Reading) -> None:
        """"Hot" said of a person after a linking verb ("he is hot", "my son's very hot",
        "she was boiling") is a raised temperature, as "feels hot" and "burning up" read
        (Fever): the word keeps its text and span, its matching stem becomes "fever". Only
        for a person subject (a pronoun or a person noun right before the verb, past
        "my"/"our"): "it's hot outside", "my knee is hot" (a hot joint) and "the bath was
        hot" keep their readings; and only when "hot" ends its phrase ("hot flushes", "hot
        and cold", "always hot", heat intolerance, keep theirs; h-reader62)."""
        tokens = reading.tokens
        words = [t.folded for t in tokens]
        for i, word in enumerate(words):
            if word not in _HOT_WORDS or i in reading.consumed:
                continue
            following = words[i + 1] if i + 1 < len(words) else "."
            if following not in _AFTER_HOT or (
                    following in ("and", "or") and i + 2 < len(words)
                    and words[i + 2] in ("cold", "clammy", "sweaty")):
                continue
            k = i - 1
            while k >= 0 and words[k] in _HOT_INTENSIFIERS:
                k -= 1
            if k < 0:
                continue
            if words[k] in _CONTRACTED_PERSON_IS:
                subject = k
            elif words[k] in _HOT_LINKING_VERBS and k >= 1:
                subject = k - 1
            else:
                continue
            noun = words[subject].removesuffix("'s")
            if not (words[subject] in _HOT_PRONOUNS
                    or (noun in self._person_nouns and subject >= 1
                        and words[subject - 1] in ("my", "our", "the", "his", "her"))):
                continue
            tokens[i] = replace(tokens[i], stem=stem("fever"))

    def _part_hot_to_touch(self, reading: _Reading) -> None:
        """"Hot to the touch" said of a part of the body or a thing on it ("my knee is hot
        to touch", "a red patch on my shin that's hot to the touch") is warmth there, no
        raised temperature: "to (the) touch" becomes fillers, so "hot" is read with its part
        ("my knee is hot": a hot joint) or as nothing. Said of a person ("he's hot to
        touch") or of no subject, the lay phrase "hot to touch" (Fever) stays (h-lay5)."""
        tokens = reading.tokens
        words = [t.folded for t in tokens]
        for i, word in enumerate(words[:-2]):
            if word not in _HOT_WORDS or words[i + 1] != "to":
                continue
            touch = i + 3 if words[i + 2] == "the" else i + 2
            if touch >= len(words) or words[touch] != "touch":
                continue
            k = i - 1
            while k >= 0 and words[k] in _HOT_INTENSIFIERS:
                k -= 1
            # Past the describing words of its series ("my leg is red, swollen and hot").
            series = k
            while (series >= 1 and i - series <= _MAX_SERIES_WORDS * 2
                   and words[series] not in _HOT_LINKING_VERBS
                   and (words[series] in (",", "and", "or") or tokens[series].is_word)):
                series -= 1
            if (words[k] in (",", "and", "or") and series >= 1
                    and words[series] in _HOT_LINKING_VERBS):
                k = series
            if k >= 1 and words[k] in _HOT_LINKING_VERBS:
                subject = words[k - 1]
            elif k >= 0 and words[k] in _THING_IS:
                subject = words[k]
            else:
                continue
            if subject in _THING_IS or self._sites.is_site_word(subject.removesuffix("'s")):
                for p in range(i + 1, touch + 1):
                    tokens[p] = replace(tokens[p], stem=FILLER_MARK)
    def _described(self, tokens: Sequence[Token],
                   findings: Sequence[RecognizedFinding]) -> list[tuple[int, int]]:
        """The character spans of the findings a relative clause names as a disease the
        person has ("my mum, who has dementia, has suddenly become confused": text/known.py
        ``described_spans``): the person's known condition, the background of the
        complaint. A symptom said there ("my son, who has a cough, ...") stays a finding."""
        spans = []
        for start, end in described_spans(tokens):
            first = start
            while first < end - 1 and tokens[first].folded in ("a", "an", "the"):
                first += 1
            # The object of the verb only: a clause with no comma to end it runs on into
            # the complaint ("my husband who suffers from migraines has a sudden headache").
            a, b = tokens[first].start, tokens[end - 1].end
            for finding in findings:
                if not (finding.start == a and finding.end <= b):
                    continue
                positions = [p for p in range(first, end)
                             if finding.start <= tokens[p].start and tokens[p].end <= finding.end]
                if positions and self._names_a_disease(tokens, positions):
                    spans.append((finding.start, finding.end))
        return spans

    def _names_a_disease(self, tokens: Sequence[Token], positions: Sequence[int]) -> bool:
        """Do the words of a finding name a disease ("type 2 diabetes", "lupus"), as the
        table of a relative's diseases holds them (text/named_diseases.py)?"""
        table = self._relatives_table()
        words = {p for p in positions if tokens[p].is_word}
        if table is None or not words:
            return False
        named = {p for hit in table.find(tokens, sorted(positions)) for p in hit.positions}
        return words <= named

    def _disease_name_words(self) -> frozenset[str]:
        """The words of the disease names the reader knows (the table of a relative's
        diseases, which holds the curated conditions' names): real words, never typos
        ("bacterial vaginosis" is no "vaginitis"). Built on first use, only for a question
        with a word to correct."""
        with self._named_lock:
            if self._name_words is None:
                table = self._relative_diseases
                if table is None and self._relative_diseases_factory is not None:
                    table = self._relative_diseases = self._relative_diseases_factory()
                self._name_words = table.words() if table is not None else frozenset()
            return self._name_words

    def _relatives_table(self) -> NamedDiseases | None:
        """The table of a relative's diseases of no mode, built on first use."""
        if self._relative_diseases_factory is None:
            return None
        with self._named_lock:
            if self._relative_diseases is None:
                self._relative_diseases = self._relative_diseases_factory()
            return self._relative_diseases

    def _tokenize(self, text: str) -> list[Token]:
        """The question's tokens, a word of two run together written as two
        (:meth:`_run_together_at`)."""
        return tokenize(text, self._run_together_at)

    def _run_together_at(self, word: str) -> int | None:
        """h-lay23 (issue 14): where an unknown word is two words of the vocabulary run
        together ("backpain", "sorethroat", "runnynose", "hairloss", "lowerback"): the length
        of the first, or ``None``. Only a word of :data:`_RUN_TOGETHER_LETTERS` letters or
        more that no English dictionary, the lexicon nor the typo corrector knows (a typo
        of one word, "painfull", is that word, no "pain full"); each half an English word of
        three letters or more whose stem is a word of the lexicon's phrases; never a word of
        the category words or of a disease name the reader knows ("polyglutamine"). Of several
        cuts, the one whose two words are a phrase of the lexicon ("back pain"); none when
        that leaves more than one."""
        if (len(word) < _RUN_TOGETHER_LETTERS or not word.isalpha()
                or word in english_words() or stem(word) in self.lexicon.stems()
                or word in self._category_spellings):
            return None
        english, stems = english_words(), self.lexicon.stems()
        cuts = [k for k in range(_RUN_TOGETHER_HALF, len(word) - _RUN_TOGETHER_HALF + 1)
                if all(half in english and stem(half) in stems
                       for half in (word[:k], word[k:]))]
        # A word of a kind of disease or of a disease's name is one word ("polyglutamine").
        if (not cuts or word in self._spelling() or word in self._disease_name_words()
                or self._spelling().correct(word) is not None):
            return None
        phrases = [k for k in cuts
                   if self.lexicon.lookup(phrase_key(f"{word[:k]} {word[k:]}")) is not None]
        chosen = phrases or cuts
        return chosen[0] if len(chosen) == 1 else None

    def _correct_typos(self, reading: _Reading) -> dict[int, Correction]:
        """Unknown long words read as their nearest vocabulary word (text/spelling.py); the
        token keeps its text and span, only its matching stem changes."""
        tokens = reading.tokens
        corrections = self._join_split_words(reading)
        known = self.lexicon.stems()
        for i, token in enumerate(tokens):
            if i in corrections or (i > 0 and i - 1 in corrections):
                continue
            second = tokens[i + 1] if i + 1 < len(tokens) else token
            if (token.end == second.start and token.folded.isalpha()
                    and self._run_together_at(token.folded + second.folded)
                    == len(token.folded)):
                # A word of two run together, cut by _tokenize ("backpain" -> "back pain");
                # not one a marker pass cut ("nontender" -> "no tender").
                corrections[i] = Correction(reading.text[token.start:second.end],
                                            f"{token.folded} {second.folded}", token.start,
                                            second.end)
                continue
            word = token.folded
            alike = self._sound_alike(reading, i)
            if alike is not None:
                tokens[i] = replace(token, folded=alike, stem=stem(alike))
                corrections[i] = Correction(token.text, alike, token.start, token.end)
                continue
            if (len(word) < MIN_TYPO_LETTERS or not word.isalpha()
                    or self.lexicon.lookup(token.stem) is not None
                    or token.folded in self._category_spellings
                    or not self._cues.is_content(token) or self._cues.is_frame(token)
                    or i in reading.consumed or token.start in reading.person_chars):
                continue
            if word in english_words():
                continue
            if word in self._spelling():
                # h-lay8: an "-ey" spelling of a known "-y" adjective that HPO writes in one
                # name of its own ("Shakey voice") is the adjective anywhere else ("I'm
                # shakey" is "shaky", Tremor).
                plain = stem(word[:-2] + "y") if word.endswith("ey") else ""
                if plain in known and not self._in_known_pair(tokens, i):
                    tokens[i] = replace(token, stem=plain)
                continue
            base = _adjective_base(word, known)
            if base is not None:
                # A made-up adjective in "-y" of a known word ("whistly", "bloaty", "crampy")
                # reads as that word, as "tingly" reads as tingling; no typo is shown.
                tokens[i] = replace(token, stem=base)
                continue
            corrected = self._spelling().correct(word)
            if corrected is None or not self._makes_finding(tokens, i, corrected):
                # h-lay23: a word that names a finding on its own, when the nearest word
                # makes none here ("i feel nautious": "cautious" names nothing, "nauseous"
                # does).
                corrected = self._spelling().correct_to_finding(word) or corrected
            if (corrected is None or stem(corrected) not in known
                    or word in self._disease_name_words()):
                continue
            corrected = self._ache_compound(tokens, i, corrected) or corrected
            # h-lay3: the folded word is corrected too, so that the readers of sites and
            # descriptors, which read folded words, meet it ("my stomache is swolen" is a
            # swollen stomach, Abdominal distention, not a swelling somewhere).
            tokens[i] = replace(token, folded=corrected, stem=stem(corrected))
            corrections[i] = Correction(token.text, corrected, token.start, token.end)
        return corrections

    def _makes_finding(self, tokens: list[Token], i: int, word: str) -> bool:
        """Does ``word`` in place of word ``i`` name a finding, alone or in a known phrase
        with a word near it?"""
        if self.lexicon.lookup(stem(word)) is not None:
            return True
        respelt = list(tokens)
        respelt[i] = replace(tokens[i], folded=word, stem=stem(word))
        return self._in_known_pair(respelt, i)

    def _sound_alike(self, reading: _Reading, i: int) -> str | None:
        """The body word that word ``i`` is written for by sound ("hart" for heart,
        text/spelling.py SOUND_ALIKES), when read so it makes a known phrase with a word near
        it; otherwise ``None``."""
        token = reading.tokens[i]
        alike = SOUND_ALIKES.get(token.folded)
        if (alike is None or i in reading.consumed or token.start in reading.person_chars
                or stem(alike) not in self.lexicon.stems()):
            return None
        # A written word that is no English word ("tung", "rist") may stand alone, as a
        # corrected typo does; a real word ("soar", "bowl") only in a known phrase, or, for a
        # part of the body, after a possessive ("my naval", "his big tow"), where the site
        # reader then meets it.
        if token.folded not in english_words() and self.lexicon.lookup(stem(alike)):
            return alike
        if self._sites.is_site_phrase((alike,)) and any(
                reading.tokens[k].folded in _POSSESSIVES for k in range(max(0, i - 2), i)):
            return alike
        respelt = list(reading.tokens)
        respelt[i] = replace(token, folded=alike, stem=stem(alike))
        return alike if self._in_known_pair(respelt, i) else None

    def _in_known_pair(self, tokens: list[Token], i: int) -> bool:
        """Does word ``i`` make a known phrase with a word near it ("shakey voice", "her
        voice is shakey")?"""
        near = range(max(0, i - _PAIR_REACH), min(len(tokens), i + _PAIR_REACH + 1))
        return any(j != i and tokens[j].is_word
                   and self.lexicon.lookup(order_free_key(tokens, sorted([i, j]))) is not None
                   for j in near)

    def _ache_compound(self, tokens: list[Token], i: int, corrected: str) -> str | None:
        """A misspelt site word run into "ache", the letters the two share written once
        ("stomache", "stomaches": stomach + ache), is that closed compound ("stomachache",
        Abdominal pain), when the compound is in the lexicon and the word is a noun of its
        own ("a bad stomache and the runs"). Before a word of its own the typo stays the site
        ("stomache cramps", "my stomache hurts"), and so it does as a place ("pain in my
        upper stomache", "the stomache")."""
        word = tokens[i].folded
        base = word[:-1] if word.endswith("s") else word
        if not any(base == corrected + _ACHE[k:] for k in range(1, len(_ACHE))
                   if corrected.endswith(_ACHE[:k])):
            return None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.is_word and self._cues.is_content(after):
            return None
        if i > 0 and tokens[i - 1].folded in _PLACE_BEFORE:
            return None
        compound = corrected + _ACHE
        return compound if self.lexicon.lookup(stem(compound)) is not None else None

    def _join_split_words(self, reading: _Reading) -> dict[int, Correction]:
        """Two words that are one word of the vocabulary written apart ("white heads",
        "heart burn", "nose bleeds") read as that word, when the two are no phrase of their
        own. The first token takes the joined word's stem, the second becomes a filler; the
        correction is shown as for a typo."""
        tokens = reading.tokens
        corrections: dict[int, Correction] = {}
        for i in range(len(tokens) - 1):
            # A hyphen between the halves ("light-headed") is its own token: the word after
            # it is the second half, and the hyphen goes with the join.
            j = i + 2 if tokens[i + 1].folded == "-" and i + 2 < len(tokens) else i + 1
            first, second = tokens[i], tokens[j]
            if (not (first.folded.isalpha() and second.folded.isalpha())
                    or first.end == second.start or first.stem == FILLER_MARK
                    or len(first.folded) < 3 or len(second.folded) < 3
                    or not (self._cues.is_content(first) and self._cues.is_content(second))
                    or set(range(i, j + 1)) & reading.consumed
                    or first.start in reading.person_chars):
                continue
            joined = first.folded + second.folded
            # The vocabulary holds HPO's words, mostly singular ("whitehead"). The lexicon is
            # asked first: the vocabulary is built on first use, and most questions never
            # need it.
            if (self.lexicon.lookup(stem(joined)) is None
                    or not (joined in self._spelling()
                            or (joined.endswith("s") and joined[:-1] in self._spelling()))
                    or self.lexicon.lookup(order_free_key(tokens, [i, j])) is not None):
                continue
            # The first token is the joined word, in its folded form too: the site reader
            # composes with folded words ("light-headed when I get up").
            tokens[i] = replace(first, folded=joined, stem=stem(joined))
            for k in range(i + 1, j + 1):
                tokens[k] = replace(tokens[k], stem=FILLER_MARK)
            text = reading.text[first.start:second.end]
            corrections[i] = Correction(text, joined, first.start, second.end)
        return corrections

    def _names(self) -> NamedDiseases:
        """The inherited diseases by name, built on first use (one reader serves many
        threads)."""
        assert self._named_diseases_factory is not None
        with self._named_lock:
            if self._named_diseases is None:
                self._named_diseases = self._named_diseases_factory()
            return self._named_diseases

    def _spelling(self) -> SpellingCorrector:
        with self._spelling_lock:
            if self._speller is None:
                words = self.lexicon.words()
                lookup = self.lexicon.lookup
                self._speller = SpellingCorrector(
                    words, {w for w in set(words) if lookup(stem(w)) is not None})
            return self._speller

    def _content_words(self, reading: _Reading, clause: list[int]) -> list[int]:
        """The clause's content words, less those read as the person's age or sex."""
        tokens = reading.tokens
        return [
            i
            for i in clause
            if tokens[i].is_word
            and self._cues.is_content(tokens[i])
            and tokens[i].start not in reading.person_chars
            and i not in reading.consumed
        ]

    def _read_categories(self, reading: _Reading, clause: list[int],
                         content: list[int]) -> None:
        """Category words that name the kind of disease asked about, by the disease-kind
        phrase rule of category_words.yaml: "what autoimmune disease", "which inherited
        disorders", "an infection that ..."; not "sinopulmonary infections" (a finding), not
        "after a viral illness" (a trigger)."""
        tokens = reading.tokens
        vocabulary = self._category_words
        found = [
            (content[start:end], key)
            for start, end, key in longest_matches(
                self._cues, tokens, content, self._categories, self._max_special)
            if not self._inside_finding(tokens, content, start, end)
            and self._participle_categories.get(key, tokens[content[start]].folded)
            == tokens[content[start]].folded
        ]
        owner = {p: n for n, (positions, _) in enumerate(found) for p in positions}
        names_kind = [any(tokens[p].folded in vocabulary.kind_nouns for p in positions)
                      for positions, _ in found]
        for n, (positions, key) in enumerate(found):
            before = [i for i in clause if i < positions[0]]
            triggers = [i for i in before[-3:] if tokens[i].folded in vocabulary.triggers]
            if triggers:
                if positions[0] > 0 and self._sites.sites_within(
                        _site_words(tokens), [positions[0] - 1]):
                    # A kind named with its organ ("my mother had thyroid cancer at 34"):
                    # that organ's disease, a finding for the reader (h-family12).
                    continue
                # Understood as what came before the findings, not the kind asked about.
                reading.consumed.update([*positions, *triggers])
                continue
            if not (names_kind[n]
                    or self._kind_noun_follows(tokens, clause, positions[-1], owner, names_kind)
                    or self._asked_about(tokens, before)):
                continue
            if negated_spans(self._cues, tokens, [positions])[0] is not None or _doubted(
                    tokens, before):
                # A kind ruled out ("my doctor ruled out autoimmune disease", "it is not
                # cancer") or doubted ("I don't think it's an infection") is no kind asked
                # about: its words are understood, no category.
                reading.consumed.update(positions)
                continue
            category = self._categories[key]
            if category not in reading.categories:
                reading.categories.append(category)
            reading.category_words.append(reading.span_text(positions))
            reading.category_of_words.append(category)
            reading.category_spans.append((tokens[positions[0]].start, tokens[positions[-1]].end))
            reading.consumed.update(positions)

    def _set_aside_categories(self, reading: _Reading, elsewhere: Sequence[Stretch]) -> None:
        """A kind said of someone other than the patient ("my mum has an autoimmune disease",
        "my dad has a genetic heart condition") is their condition, not the kind asked about:
        no category, unless an asking word comes before it in that stretch ("my son: what
        genetic condition could he have?"). Its words stay understood (context)."""
        tokens = reading.tokens
        asking = _QUESTION_WORDS
        starts = {t.start: i for i, t in enumerate(tokens)}
        keep = []
        for n, (start, _) in enumerate(reading.category_spans):
            first = starts.get(start)
            owner = None if first is None else _owner(elsewhere, first)
            if owner is None or any(tokens[i].folded in asking
                                    for i in range(owner.mention.start, first or 0)):
                keep.append(n)
        if len(keep) == len(reading.category_spans):
            return
        reading.category_words[:] = [reading.category_words[n] for n in keep]
        reading.category_of_words[:] = [reading.category_of_words[n] for n in keep]
        reading.category_spans[:] = [reading.category_spans[n] for n in keep]
        reading.categories[:] = list(dict.fromkeys(reading.category_of_words))

    def _kind_noun_follows(self, tokens: list[Token], clause: list[int], last: int,
                           owner: dict[int, int], names_kind: list[bool]) -> bool:
        """Does a kind noun follow, across other category words and "and"/"or"
        ("inherited muscle disease", "autoimmune or inflammatory condition")?"""
        for i in (i for i in clause if i > last):
            token = tokens[i]
            if i in owner:
                if names_kind[owner[i]]:
                    return True
                continue
            if token.folded in self._category_words.kind_nouns:
                return True
            if token.folded in self._cues.words.coordinators or not token.is_word:
                continue
            return False
        return False

    def _asked_about(self, tokens: list[Token], before: list[int]) -> bool:
        """Is the category word the thing asked about ("what infection", "is it genetic",
        "could it be cancer", "which kind of cancer")?"""
        words = [tokens[i].folded for i in before if tokens[i].is_word and tokens[i].folded
                 != "of"]
        return bool(words) and words[-1] in self._category_words.asking_words

    def _red_flag_phrases(
        self, reading: _Reading, clause: list[int], content: list[int]
    ) -> list[tuple[list[int], str]]:
        """Red-flag phrases of one clause, with their advice. Negation words may belong to
        the phrase ("can't breathe", "a rash that doesn't fade", "won't wake up")."""
        tokens = reading.tokens
        window = sorted(
            content
            + [i for i in clause if tokens[i].is_word and self._cues.is_negation_word(tokens[i])
               and i not in content]
        )
        found = []
        for start, end, key in longest_matches(
            self._cues, tokens, window, self._red_flags, self._max_special
        ):
            positions = window[start:end]
            if not any(self._cues.is_content(tokens[p]) for p in positions):
                continue
            if loose_negation(self._cues, tokens, positions) or _cannot_wake_oneself(
                    tokens, positions):
                continue
            if said(reading.text.lower(), self._red_flag_unless.get(key, ())):
                continue
            found.append((positions, self._red_flags[key]))
        return found

    def _read_red_flags(self, reading: _Reading, flags: list[tuple[list[int], str]],
                        spans: list[list[int]], explained: set[int]) -> None:
        """A red-flag phrase raises its notice unless a cue negates it ("no chest pain")."""
        for positions, advice in flags:
            others = [s for s in spans if not set(s) & set(positions)]
            cue = negated_spans(self._cues, reading.tokens, [positions, *others], explained)[0]
            if cue is None:
                reading.flags.append(RedFlagHit(reading.span_text(positions), advice))

    def _recognize(
        self, reading: _Reading, clause: list[int], content: list[int], described: list[_Match]
    ) -> list[tuple[list[int], LexiconEntry]]:
        """Findings of one clause: multi-word phrases first (after lay descriptors right
        beside their site), then lay descriptors of a body part (into ``described``: they
        come with their site), then pairs of nearby words, then single words, so that
        "swollen, stiff finger joints" reads as joint swelling, not as oedema, and "thin
        calves" as wasting of the lower legs, not as thinness."""
        tokens = reading.tokens
        # The greeting "shake hands" is an act, no finding: its words are set aside first.
        greeting = [p for k in clause if self._greets(tokens, [k, k + 1]) for p in (k, k + 1)]
        greeting += [k for k in clause if self._shakes_own_hand(tokens, k)]
        reading.consumed.update(greeting)
        reading.add_context(greeting)
        remaining = [
            i for i in content if i not in reading.consumed and not self._cues.is_frame(tokens[i])
        ]
        matched = self._match_ids(reading, remaining)
        matched += self._match_abbreviations(reading, remaining)
        matched += self._match_likened_parts(reading, clause)
        # A colour change of a body part ("my fingers go white") is read before the phrases
        # that would take its words apart ("going blue" alone is Cyanosis; text/colours.py).
        described.extend(self._match_colours(reading, clause))
        described.extend(self._match_healing(reading, clause))
        described.extend(self._match_tics(reading, clause))
        described.extend(self._match_tone_loss(reading, clause))
        described.extend(self._match_milestones(reading, clause))
        described.extend(self._match_unaffected(reading, clause))
        described.extend(self._match_hallucinations(reading, clause))
        described.extend(self._match_pain_paths(reading, clause))
        remaining = [i for i in remaining if i not in reading.consumed]
        # A descriptor right beside its site, in words the lexicon does not know as one
        # phrase, is read first: a phrase across "and" must not take its site ("big ears and
        # large testicles" is no "ears ... large").
        described.extend(self._match_descriptors(reading, clause, adjacent=True))
        remaining = [i for i in remaining if i not in reading.consumed]
        matched += self._match_phrases(reading, clause, remaining)
        matched += self._match_listed_levels(reading, clause)
        described.extend(self._match_descriptors(reading, clause))
        described.extend(self._match_rates(reading, clause, matched))
        in_findings = {p for positions, _ in matched for p in positions}
        in_findings.update(p for match in described for p in match.positions)
        matched += self._match_shared_heads(reading, remaining, in_findings,
                                            [positions for positions, _ in matched])
        matched += self._match_pairs(reading, remaining)
        matched += self._match_distributed(reading, clause)
        matched += self._match_predicates(reading, clause)
        matched += self._match_single_words(reading, remaining)
        matched = self._narrowed_to_organ(reading, matched)
        matched += self._match_organ_words(reading, remaining)
        # A first rate read by a later step ("my heart beats slow", a predicate) may have its
        # second rate too ("... then fast").
        described.extend(self._match_rates(
            reading, clause, [*matched, *((m.positions, m.entry) for m in described)],
            rhythm.THEN_LEADS))
        # The growth nouns read at their place ("lump on my arm"): "swollen" before one is
        # the growth's and left unread, for a pain before it to step over (h-sites8).
        grown = {p for m in described if m.site_positions
                 for p in m.positions if reading.tokens[p].folded in _GROWTH_NOUNS}
        swollen = {p for positions, entry in matched
                   if _swelling_of_a_growth(positions, entry, grown) for p in positions}
        matched = self._describing_words(reading.tokens, matched, self._names_a_site, grown)
        reading.consumed.difference_update(
            swollen - {p for positions, _ in matched for p in positions})
        return [(self._with_modifiers(reading, clause, positions), entry)
                for positions, entry in matched]

    def _names_a_site(self, tokens: list[Token], positions: list[int]) -> bool:
        """Do these words end in the body site they are said of, as their noun ("red eye",
        "swollen knee"), not as a place after a preposition ("red lumps on my shins")?"""
        words = [t.folded for t in tokens]
        last = max(positions)
        return (last in self._sites.sites_within(words, positions)
                and not _SITE_LINKS.intersection(words[min(positions):last]))

    @staticmethod
    def _describing_words(tokens: list[Token], matched: list[tuple[list[int], LexiconEntry]],
                          names_a_site: Callable[[list[Token], list[int]], bool],
                          grown: Collection[int] = ()) -> list[tuple[list[int], LexiconEntry]]:
        """A lone word that describes the finding next to it is part of that finding, not a
        finding of its own: "painful red lumps" (not Pain), "coughing fits" (not Seizure).
        "Painful" before a finding whose words name a body site stays a pain of that site
        ("a painful red eye": Ocular pain beside Red eye, ``_shared_sites``; "a painful
        swollen knee": Knee pain), as "my eye is red and painful" is read (h-organs1)."""
        owner = {p: n for n, (positions, _) in enumerate(matched) for p in positions}
        merged: dict[int, list[int]] = {}
        # h-sites8: "swollen" right before a growth noun read at its site ("a painful swollen
        # lump just above my tailbone": ``grown``, the growth nouns of the described
        # growths) describes the growth, a swelling of its own, as with a growth matched
        # here (below): no oedema beside it, and no finding for "painful" to describe, which
        # stays the growth's pain at its place (``_pain_of_a_growth``), as in "a painful hard
        # lump on my arm". Before, "painful" went into the oedema and the lump was lost.
        dropped: set[int] = {n for n, (positions, entry) in enumerate(matched)
                             if _swelling_of_a_growth(positions, entry, grown)}
        for n, (positions, entry) in enumerate(matched):
            if n in dropped:
                continue
            last = max(positions)
            if (entry.ids == (_EDEMA,) and last + 1 < len(tokens)
                    and tokens[last + 1].folded in _GROWTH_NOUNS
                    and owner.get(last + 1) not in (None, n)
                    and owner[last + 1] not in dropped):
                # A lump is a swelling of its own: "swollen" right before the growth it
                # describes ("a painful swollen lump in my armpit") is no oedema beside it.
                merged.setdefault(owner[last + 1], []).extend(positions)
                dropped.add(n)
                continue
            if len(positions) != 1:
                continue
            word = tokens[positions[0]].folded
            step = _DESCRIBES.get(word)
            if step is None:
                # A word whose reading the next finding's OR-group holds already describes
                # it: "a red rash" is no Erythema beside the rash (which may be Erythema).
                after = owner.get(positions[0] + 1)
                ids = set(matched[n][1].ids)
                if after is None or not ids < set(matched[after][1].ids):
                    continue
                step = +1
            target = owner.get(positions[0] + step)
            if target is None or target == n or target in dropped:
                continue
            if word == "painful" and names_a_site(tokens, matched[target][0]):
                continue
            merged.setdefault(target, []).append(positions[0])
            dropped.add(n)
        return [(sorted([*positions, *merged.get(n, [])]), entry)
                for n, (positions, entry) in enumerate(matched) if n not in dropped]

    def _with_modifiers(self, reading: _Reading, clause: list[int],
                        positions: list[int]) -> list[int]:
        """A finding takes in the clinical modifiers right next to it ("severe chest pain",
        "pain, acute"): they qualify it, they are no unknown words."""
        tokens = reading.tokens
        grown = sorted(positions)
        for step in (-1, +1):
            at = (grown[0] if step < 0 else grown[-1]) + step
            while (at in clause and at not in reading.consumed and tokens[at].is_word
                   and self.lexicon.is_modifier(tokens[at].stem)):
                reading.consumed.add(at)
                grown.append(at)
                at += step
            grown.sort()
        return grown

    def _match_ids(
        self, reading: _Reading, remaining: list[int]
    ) -> list[tuple[list[int], LexiconEntry]]:
        """HPO ids written in the question ("HP:0002063, HP:0001324 and fever"): alternative
        and obsolete ids are mapped (with a note); an id that is not a finding of this release
        stays unrecognised."""
        matched: list[tuple[list[int], LexiconEntry]] = []
        for position in remaining:
            token = reading.tokens[position]
            if not is_hpo_id(token):
                continue
            try:
                resolution = self.ontology.resolve(token.stem)
            except UnknownTermError as exc:
                mode = self._inheritance_id(token.stem)
                if mode is not None:  # "HP:0000006": a mode of inheritance, not a finding
                    reading.consumed.add(position)
                    reading.inheritance.append(self._evidence(reading, [position], (mode,)))
                else:
                    reading.notes.append(str(exc))
                continue
            if resolution.note:
                reading.notes.append(resolution.note)
            reading.consumed.add(position)
            matched.append(([position], LexiconEntry((resolution.id,), "id", 1.0)))
        return matched

    def _match_abbreviations(
        self, reading: _Reading, remaining: list[int]
    ) -> list[tuple[list[int], LexiconEntry]]:
        """HPO's own abbreviations, written in capitals ("ASD", "CKD"): clinicians' shorthand.
        An abbreviation several terms share is an OR-group. The curated shorthand is read in
        lower case too ("lbp", "htn"): ``_lower_case_shorthand``."""
        matched: list[tuple[list[int], LexiconEntry]] = []
        for position in remaining:
            written = reading.tokens[position].text
            if position in reading.consumed:
                continue
            # Capitals the normalizer has spelled out by their context ("hilar LAD":
            # lymphadenopathy, text/normalize.py) are read as those words, not as HPO's
            # abbreviation of the same letters (LAD: Left axis deviation; h-clinician6).
            if reading.tokens[position].folded.isalpha() and len(
                    reading.tokens[position].folded) > len(written) + 1:
                continue
            entry = (self.lexicon.lookup(abbreviation_key(written))
                     if is_abbreviation(written) else self._lower_case_shorthand(written))
            if entry is not None:
                reading.consumed.add(position)
                matched.append(([position], entry))
        return matched

    def _lower_case_shorthand(self, written: str) -> LexiconEntry | None:
        """The curated clinicians' shorthand a word in lower case spells ("lbp", "htn",
        "utis"), when the word is no English word ("sob", "doe") and no word the lexicon
        reads: people type shorthand without capitals. HPO's own abbreviations stay
        capitals-only (thousands of them, many of them English words or other terms'
        letters in lower case)."""
        if (len(written) < MIN_ABBREVIATION or not written.isalnum() or not written.islower()
                or written in english_words() or self.lexicon.lookup(phrase_key(written))):
            return None
        capitals = written.upper()
        for form in (capitals, capitals[:-1] + "s"):
            entry = self.lexicon.lookup(abbreviation_key(form))
            if entry is not None and entry.source == "curated":
                return entry
        return None

    def _inheritance_id(self, raw: str) -> str | None:
        """The mode of inheritance an id names (HP:0000005 and below), else ``None``."""
        try:
            term = self.ontology.resolve(raw, finding=False).id
        except UnknownTermError:
            return None
        if INHERITANCE_ROOT not in self.ontology or term == INHERITANCE_ROOT:
            return None
        root = self.ontology.index(INHERITANCE_ROOT)
        return term if self.ontology.is_ancestor(root, self.ontology.index(term)) else None

    def _without_implied(self, text: str,
                         findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
        """The findings with nothing said twice by readings side by side (same negation): a
        single term that a narrower (or the same) single term beside it implies is dropped
        ("red cheeks", Facial erythema, says the "red" of Erythema), and a term a single
        finding beside it names is taken out of an OR-group: in "a red rash" the colour is
        Erythema, and the rash is its other readings (Skin rash | Eczematoid dermatitis |
        Urticaria), not Erythema a second time (while two readings at least are left). Only a
        describing word beside its finding ("red, itchy rash", "the rash is red"): a statement
        of its own stays ("always anxious and I get panic attacks")."""
        singles = [f for f in findings if not f.is_group]
        kept: list[RecognizedFinding] = []
        for n, finding in enumerate(findings):
            beside = [other for m, other in enumerate(findings)
                      if m != n and other.negated == finding.negated
                      and _beside(text, finding, other)]
            if finding.is_group:
                said = {i for other in beside if other in singles for i in other.ids}
                rest = [k for k, i in enumerate(finding.ids) if i not in said]
                # Only while the group stays a group: one member left would turn an open
                # reading into a firm one ("gritty dry eyes": Keratoconjunctivitis sicca |
                # Corneal foreign body sensation stays as it is).
                kept.append(finding if len(rest) < 2 or len(rest) == len(finding.ids) else replace(
                    finding, ids=tuple(finding.ids[k] for k in rest),
                    labels=tuple(finding.labels[k] for k in rest)))
                continue
            # A test's result is a statement of its own, whatever narrower result stands
            # beside it: "ANA+, anti-dsDNA+" says two tests were positive (h-rareclin2).
            narrower = {i for m, other in enumerate(findings) if other in beside
                        and not other.is_group and (other.ids != finding.ids or m < n)
                        and not (finding.kind in _RESULT_KINDS and other.kind in _RESULT_KINDS
                                 and other.ids != finding.ids)
                        for i in other.ids}
            if not self._covers(finding.ids, narrower):
                kept.append(finding)
        return kept

    def _covers(self, ids: Sequence[str], own: set[str]) -> bool:
        """True when one of ``ids`` is one of ``own`` or an ancestor of one."""
        index = self.ontology.index
        known = [index(o) for o in own if o in self.ontology]
        return any(i in own or (i in self.ontology
                                and any(self.ontology.is_ancestor(index(i), o) for o in known))
                   for i in ids)

    def _evidence(self, reading: _Reading, positions: list[int],
                  modes: tuple[str, ...]) -> InheritanceEvidence:
        known = tuple(m for m in modes if m in self.ontology)
        tokens = reading.tokens
        return InheritanceEvidence(
            reading.span_text(positions), known, tuple(self._label(m) for m in known),
            tokens[min(positions)].start, tokens[max(positions)].end)

    def _match_phrases(
        self, reading: _Reading, clause: list[int], remaining: list[int]
    ) -> list[tuple[list[int], LexiconEntry]]:
        tokens = reading.tokens
        words = [t.folded for t in tokens]  # the accept test runs for every candidate phrase
        # Negation words may start or sit inside a known phrase ("absent reflexes");
        # elsewhere they only mark negation. Frame words may too ("feel sick" is nausea,
        # "sick" alone vomiting; "feeling low"), in a second pass: a phrase that merely spans
        # one ("eye shows a white reflex") is read first.
        matched: list[tuple[list[int], LexiconEntry]] = []
        first = sorted(
            remaining
            + [i for i in clause if tokens[i].is_word and self._cues.is_negation_word(tokens[i])]
        )
        loose = self._site_parts(reading, clause)
        for frame_words in (False, True):
            window = first if not frame_words else sorted(
                [i for i in first if i not in reading.consumed]
                + [i for i in clause if i not in reading.consumed and tokens[i].is_word
                   and self._cues.is_frame(tokens[i])]
            )
            for start, end, key in longest_matches(
                self._cues, tokens, window, self._lexicon_keys, self.lexicon.max_words,
                min_words=2, accept=lambda positions: not self._negates_a_verb(tokens, positions)
                and not self._colour_of_other_matter(tokens, positions)
                and not self._path_along_a_part(tokens, positions)
                and not self._stops_before_its_state(tokens, positions)
                and not self._goes_somewhere(tokens, positions)
                and not self._things_looked_at(tokens, positions)
                and not self._particle_taken_elsewhere(tokens, positions)
                and not _cannot_wake_oneself(tokens, positions)
                and not self._frame_verb_of_a_new_subject(tokens, positions)
                and not self._site_of_a_growth(tokens, positions)
                and not self._site_of_veins(tokens, positions)
                and not self._side_of_a_site(tokens, positions)
                and not self._verb_of_another_site(words, positions)
                and not self._joins_a_placed_site(tokens, positions)
                and not self._sites.leaves_a_placed_site(words, positions)
                and not _spreads_from_before(tokens, positions)
                and not _spreads_away_from_its_site(tokens, positions)
                and not self._sites.measures_a_noun_after(words, positions)
                and not self._sites.steps_over_a_patch(words, positions)
                and not self._sites.ends_a_longer_site(words, positions)
                and not self._sites.splits_site(words, positions),
                loose=loose,
            ):
                positions = window[start:end]
                if not any(self._cues.is_content(tokens[p]) and not self._cues.is_frame(tokens[p])
                           for p in positions):
                    continue
                if loose_negation(self._cues, tokens, positions):
                    continue
                if self._sites.cuts_site(words, positions):
                    continue
                entry = self.lexicon.lookup(key)
                assert entry is not None  # longest_matches only yields known keys
                if self._sites.names_the_inside(words, positions, entry.ids):
                    # h-sites16: "the skin around my eye is red" is no Red eye; its words
                    # are read one by one, at the skin beside the eye.
                    continue
                entry = self._with_word_readings(tokens, positions, entry)
                reading.consumed.update(positions)
                matched.append((positions, entry))
            if not frame_words:
                matched = [self._with_frame_word(reading, clause, positions, entry)
                           for positions, entry in matched]
        matched += self._coordinated_sites(reading, clause, matched)
        matched += self._shared_frame_words(reading, clause, remaining)
        return matched

    def _site_parts(self, reading: _Reading, positions: Iterable[int]) -> set[int]:
        """The words of the parts of a site set aside among ``positions`` ("red lumps on
        *the front of* my shins"), which say where on the site: they do not part a phrase's
        or a pair's words as other words do."""
        folded = [t.folded for t in reading.tokens]
        positions = list(positions)
        parts = [p for p in positions if p in reading.consumed
                 and self._sites.part_of_site(folded, p)]
        # h-sites13: function words the normalizer made of a likeness ("red lumps *like
        # bruises* on both shins", text/normalize.py) part no phrase either: the lumps on
        # the shins are Erythema nodosum, as said without it.
        fillers = {p for p in positions if reading.tokens[p].stem == FILLER_MARK
                   and reading.tokens[p].is_word}
        return fillers | {q for p in parts for q in (
            p, p + 1, *((p - 1,) if p > 0 and folded[p - 1] == "the" else ()))}

    def _with_word_readings(self, tokens: list[Token], positions: list[int],
                            entry: LexiconEntry) -> LexiconEntry:
        """A phrase that narrows one reading of an either-or word in it keeps the word's
        other readings, those neither wider nor narrower than the phrase's terms, as
        alternatives of the same finding: "blisters" is Abnormal blistering of the skin (HPO:
        bullae) or Skin vesicle (small blisters), and "blisters on my genitals" is Genital
        blistering (bullae) or still Skin vesicle, never two findings."""
        onto = self.ontology
        own = [onto.index(i) for i in entry.ids if i in onto]
        # Only HPO's own wording of one term (a curated phrase chose its readings) that
        # names a site ("genital"): the site narrows the word, it does not choose among
        # its readings.
        if (not own or entry.kind != "finding" or entry.is_group
                or entry.source not in {"name", "EXACT"}
                or not self._sites.sites_inside([t.folded for t in tokens], positions)):
            return entry
        extra: list[str] = []
        for p in positions:
            word = self.lexicon.lookup(tokens[p].stem) if tokens[p].is_word else None
            if word is None or not word.is_group or word.kind != "finding":
                continue
            members = [(i, onto.index(i)) for i in word.ids if i in onto]
            if not any(onto.is_ancestor(m, o) for _, m in members for o in own):
                continue  # the phrase narrows none of the word's readings
            extra += [i for i, m in members if i not in entry.ids and not any(
                m == o or onto.is_ancestor(m, o) or onto.is_ancestor(o, m) for o in own)
                and not self._all_over(onto.names[m])]
        if not extra:
            return entry
        return replace(entry, ids=tuple(dict.fromkeys((*entry.ids, *extra))))

    def _all_over(self, name: str) -> bool:
        """Does an HPO name say its finding is all over the body ("Generalized muscle
        weakness"): no alternative of a finding its phrase puts at one site (h-sites5:
        "shoulder weakness" is Shoulder girdle muscle weakness, never also generalized)."""
        first = name.split(maxsplit=1)[0].lower()
        return self._sites.sides.get((first,)) == "generalized"

    def _coordinated_sites(self, reading: _Reading, clause: list[int],
                           matched: list[tuple[list[int], LexiconEntry]]
                           ) -> list[tuple[list[int], LexiconEntry]]:
        """A phrase that starts at a body site listed after others ("her eyelids and *lips
        are turned outwards*", "his ears and *nose are big*") is said of each site of the
        list: the same phrase with an earlier site in its place is one more finding when the
        lexicon knows it (Ectropion beside Eclabion). Only sites joined by "and", "or" or a
        comma, each one word, none read already, and sharing no site reading: "my leg and
        arm are sore" is the site reader's (Limb pain)."""
        tokens = reading.tokens
        words = [t.folded for t in tokens]
        more: list[tuple[list[int], LexiconEntry]] = []
        for positions, entry in list(matched):
            first = min(positions)
            if not self._sites.is_site_word(words[first]):
                continue
            k = first - 1
            while (k - 1 >= 0 and k - 1 in clause and words[k] in _LIST_JOINS
                   and self._sites.is_site_word(words[k - 1])
                   and not self._sites.share_readings(words[k - 1], words[first])
                   and k - 1 not in reading.consumed):
                rest = [words[p] for p in sorted(positions) if p != first]
                other = self.lexicon.lookup(phrase_key(" ".join([words[k - 1], *rest])))
                if other is None or other.kind != "finding" or other.ids == entry.ids:
                    break
                reading.consumed.update((k - 1, k))
                more.append(([k - 1, *(p for p in positions if p != first)], other))
                k -= 2
        return more

    @staticmethod
    def _greets(tokens: list[Token], positions: list[int]) -> bool:
        """Is the phrase the greeting, "shake hands", said as the person's act: the verb
        before "hands", after a subject or a time word ("after I *shake hands*", "when
        shaking hands", "... shaking hands with people")? Then it is no tremor; "my hands
        shake" and "I have shaking hands" stay one."""
        first, last = min(positions), max(positions)
        if (len(positions) != 2 or last != first + 1 or last >= len(tokens)
                or not _is_shake_verb(tokens[first])
                or tokens[last].folded not in _HAND_WORDS):
            return False
        before = tokens[first - 1].folded if first > 0 else ""
        after = tokens[last + 1].folded if last + 1 < len(tokens) else ""
        return before in _GREETING_LEADS or after == "with"

    def _frame_verb_of_a_new_subject(self, tokens: list[Token], positions: list[int]) -> bool:
        """h-lay8: is the phrase a word joined to a frame verb after it that has a subject of
        its own right after that word ("haven't been sick i just feel bloated": "sick" and
        "feel" are no "feel sick")? In a run-on sentence the subject starts a new statement,
        and the verb's complement follows it ("i feel bloated")."""
        if len(positions) < 2 or not self._cues.is_frame(tokens[positions[-1]]):
            return False
        before = positions[-2]
        return before + 1 < positions[-1] and tokens[before + 1].folded in _NEW_SUBJECTS

    @staticmethod
    def _shakes_own_hand(tokens: list[Token], here: int) -> bool:
        """Is token ``here`` the verb of "shake my hand(s)", the person shaking their own hand
        ("I have to shake my hand to get the feeling back")? Then the verb is set aside: no
        tremor ("my hands shake" has no possessive between, and stays one)."""
        return (here + 2 < len(tokens) and _is_shake_verb(tokens[here])
                and tokens[here + 1].folded in _OWN_WORDS
                and tokens[here + 2].folded in _HAND_WORDS)

    def _negates_a_verb(self, tokens: list[Token], positions: list[int]) -> bool:
        """Is a phrase made of body-site words and a negation after them, while that
        negation belongs to the verb that follows it ("my foot *won't* heal", "my legs won't
        keep still", "my shoulder can't move")? Then the site is there: the phrase is no
        absent body part, and its words stay free for the verb's own phrase ("won't heal")."""
        *site, mark = sorted(positions)
        if not site or tokens[mark].stem not in MARKS or any(tokens[p].stem in MARKS
                                                                for p in site):
            return False
        words = [t.folded for t in tokens]
        # The site's head word stands just before the negation; words before it may name
        # which one ("my *ring* finger won't straighten", with no site phrase "ring finger").
        if site[-1] not in self._sites.sites_within(words, site):
            return False
        after = next((k for k in range(mark + 1, min(mark + 1 + _VERB_REACH, len(tokens)))
                      if tokens[k].is_word and self._cues.is_content(tokens[k])), None)
        return after is not None and not self._cues.breaks_clause(tokens[after]) and all(
            tokens[k].is_word for k in range(mark + 1, after + 1))

    def _site_of_a_growth(self, tokens: list[Token], positions: list[int]) -> bool:
        """Does the phrase start at a site that only says where a growth is, with a relative
        clause after the site ("a lump on her nose *that bleeds*", "a mole on my back that
        itches") or a predicate with no relative word ("a dark spot on my arm *has got
        bigger*")? Then the clause is said of the growth: the lump bleeds, the nose does not
        (no Epistaxis); the spot grew, the arm did not (no Hypertrophy of the upper limb)."""
        first = min(positions)
        words = [t.folded for t in tokens]
        if not self._sites.is_site_word(words[first]):
            return False
        after = next((k for k in range(first + 1, len(tokens)) if tokens[k].is_word), None)
        # h-sites8: "with" after the site opens what is seen on the growth too ("a pearly
        # lump on the side of my nose *with* a little blood vessel running over it": the
        # vessel runs over the lump; the nose does not run, no Rhinorrhea).
        if after is None or after > max(positions) or not (
                words[after] in _RELATIVE_WORDS or words[after] in _GROWTH_PREDICATES
                or words[after] == "with"):
            return False
        return _noun_placed_at(words, first, _GROWTH_NOUNS) is not None

    def _site_of_veins(self, tokens: list[Token], positions: list[int]) -> bool:
        """Does the phrase take a body site that only says where veins outside it are: the
        site right before "veins" ("swollen *leg* veins") or after "veins in/on my" ("the
        veins in my *legs* are swollen")? Then the swelling or bulging is the veins', read by
        the phrases of the veins ("swollen veins": Varicose veins), not the site's (no Pedal
        edema; no Cervical lymphadenopathy for "swollen neck veins"). A phrase that holds the
        veins too ("bulging neck veins") stays whole."""
        words = [t.folded for t in tokens]
        placing = [p for p in positions if self._sites.is_site_word(words[p]) and any(
            v not in positions for v in _veins_placed_by(words, p))]
        # A pain there is still a pain of the site: "pain along a vein in my arm" is Upper
        # limb pain.
        return bool(placing) and not any(self._reads_pain(tokens[p].stem)
                                         for p in positions if p not in placing)

    def _reads_pain(self, stem: str) -> bool:
        """Does the word read Pain or a kind of pain ("sore", "aching")?"""
        entry = self.lexicon.lookup(stem)
        return entry is not None and self.ontology.any_under(_PAIN, entry.ids)

    def _sites_of_veins(self, words: Sequence[str]) -> set[int]:
        """The words that only place veins: a site word right before "veins" ("*leg*
        veins"), or a site after "veins in/on my" with the words before it ("the veins *in
        my legs*")."""
        out: set[int] = set()
        for p, word in enumerate(words):
            if not self._sites.is_site_word(word):
                continue
            for v in _veins_placed_by(words, p):
                out.update(range(v + 1, p + 1) if v < p else (p,))
        return out

    def _verb_of_another_site(self, words: Sequence[str], positions: list[int]) -> bool:
        """Does the phrase join a site to a verb whose own object is another site right after
        it ("a shock down my *arm* when I *bend* my neck", read as "bending of the arm")? The
        verb then acts on that site (the neck bends, not the arm): a pain "in my arm when I
        move my arm" stays (h-lay16, issue 14)."""
        last = max(positions)
        if last + 2 >= len(words) or words[last + 1] not in _OBJECT_LEADS:
            return False
        object_site = self._sites.sites_within(words, [last + 2])
        if not object_site:
            return False
        sites = self._sites.sites_within(words, sorted(positions))
        return bool(sites) and last not in sites and all(
            words[p] != words[last + 2] for p in sites)

    def _side_of_a_site(self, tokens: list[Token], positions: list[int]) -> bool:
        """Does the phrase end at "side" said of a site after it ("sharp pain on one *side*
        of my chest", read as "side pain"), or take "sided" ("one-*sided* pelvic pain")? Then
        the side is that site's (Chest pain on one side), no flank; a phrase that takes the
        site too stays whole ("weakness down one side of my body")."""
        words = [t.folded for t in tokens]
        last = max(positions)
        # "sided" ("one-sided", "left-sided pelvic pain") is always a side said of the finding
        # or of the site beside it, never the side of the body: no flank. Nor is "side" after
        # "one" that the phrase skips ("it aches on *one side*": a side, unilateral; "side
        # pain" read over "one" was Flank pain; h-misses2); a phrase that holds "one" stays
        # ("weakness on one side": Hemiparesis).
        return any(words[p] == _SIDED or (self._sites.side_of_site(words, p) and last <= p + 1)
                   or (words[p] in _SIDE_NOUNS and p > 0 and words[p - 1] == "one"
                       and p - 1 not in positions)
                   for p in positions)

    def _pain_of_a_growth(self, words: list[str], clause: list[int], positions: list[int],
                          entry: LexiconEntry, consumed: Collection[int]) -> Composition | None:
        """The site of a pain said of a growth read as a finding of its own right after it,
        over its describing words only ("a *painful* hard lump on my knee": Knee pain, beside
        the lump's Skin nodule): the pain is the growth's, at the growth's place, as "a
        painful bony bump below his kneecap" is when no finding is read from the bump
        (h-reader66). The growth's words, read already, are stepped over (h-reader68). Only
        the lumps and bumps of body_sites.yaml's ``skin_growths``: a pain of blisters or
        sores is of the skin ("a painful band of blisters on one side of my back" is no Back
        pain, which put shingles from first to eighth over the dev probes)."""
        growth = max(positions) + 1
        while (growth < len(words) and growth - max(positions) <= _GROWTH_REACH_AFTER_PAIN
               and growth in clause and words[growth].isalpha() and growth not in consumed):
            if words[growth] in _PAIN_DENIED_AFTER:
                return None
            growth += 1
        if (growth >= len(words) or growth not in consumed
                or not self._sites.is_skin_growth_noun(words[growth])):
            return None
        read = growth
        while read + 1 < len(words) and read + 1 in consumed and read + 1 in clause:
            read += 1
        grown = range(max(positions) + 1, read + 1)
        return self._sites.compose(words, clause, positions, entry,
                                   set(consumed) - set(grown),
                                   across=list(range(max(positions) + 1, growth + 1)))

    def _after_a_growth_site(self, tokens: list[Token], position: int) -> bool:
        """Is the finding at ``position`` in a relative clause said of a growth, after the
        site that places the growth ("a lump on her nose that *bleeds*"), or right after the
        growth itself ("my nose has a spot that *bleeds*": the spot bleeds, h-reader65)? Then
        no site said before the clause is the finding's own."""
        for k in range(position - 1, max(position - 1 - _VERB_REACH, 0), -1):
            if tokens[k].folded in _RELATIVE_WORDS:
                site = next((j for j in range(k - 1, -1, -1) if tokens[j].is_word), None)
                return site is not None and (tokens[site].folded in _GROWTH_NOUNS
                                             or self._site_of_a_growth(tokens,
                                                                       [site, position]))
            if not tokens[k].is_word:
                return False
        return False

    def _things_looked_at(self, tokens: list[Token], positions: list[int]) -> bool:
        """Are the things a phrase of seeing ("seeing things": Visual hallucination) says
        real things the person looks at? A word of size, colour or shape between the verb
        and "things" ("I can see little white things in her hair"), or a body site or
        bodily matter right after them ("I saw things in his poo", "things on my skin", "in
        the toilet"), describes what is there to see (h-lay21). "Seeing strange things",
        "seeing things at night" and "seeing things on the walls" are left to be read."""
        words = [t.folded for t in tokens]
        verbs = [p for p in positions if words[p] in _SEEING]
        things = [p for p in positions if words[p] in _SEEN_THINGS]
        if not verbs or not things or things[0] < verbs[0]:
            return False
        between = words[verbs[0] + 1:things[0]]
        if any(w in COLOURS or w in _LOOKS_OF_THINGS for w in between):
            return True
        k = things[0] + 1
        if k >= len(words) or words[k] not in _SITE_LINKS:
            return False
        k += 1
        while k < len(words) and words[k] in _THINGS_DETERMINERS:
            k += 1
        if k >= len(words):
            return False
        return (words[k] in _BODILY_MATTER
                or bool(self._sites.sites_within(words, list(range(k, min(k + 3, len(words)))))
                        and self._sites.sites_within(words, list(range(k, min(k + 3,
                                                                            len(words)))))[0]
                        == k))

    def _goes_somewhere(self, tokens: list[Token], positions: list[int]) -> bool:
        """Does the phrase end in "go" with a word of its clause after it ("it burns when I
        go *outside*", "... go to bed")? Then the person goes somewhere; "it burns when I
        go" alone, or before "and" or a comma, is going to the toilet."""
        after = max(positions) + 1
        return (tokens[max(positions)].folded in _GO_WORDS and after < len(tokens)
                and tokens[after].is_word and not self._cues.breaks_clause(tokens[after])
                and tokens[after].folded not in self._cues.words.coordinators)

    def _stops_before_its_state(self, tokens: list[Token], positions: list[int]) -> bool:
        """Does the phrase end in a verb of change whose new state follows it unread ("my
        vision has gone *fuzzy*": no "vision gone", Visual loss)? The state belongs to the
        phrase; without it the phrase says what the change is not."""
        last = max(positions)
        after = last + 1
        return (tokens[last].folded in CHANGE_VERBS and after < len(tokens)
                and tokens[after].is_word and self._cues.is_content(tokens[after])
                and tokens[after].folded not in _PATH_FILLERS)

    def _path_along_a_part(self, tokens: list[Token], positions: list[int]) -> bool:
        """Does the phrase end in "down" leading to a body part ("running
        *down* the back of my throat", "dripping down my leg")? Then the verb and the
        direction say where something moves, not a state ("run down" is Malaise only when
        said of the person: "I feel run down")."""
        last = max(positions)
        if tokens[last].folded not in _PATH_DIRECTIONS:
            return False
        words = [t.folded for t in tokens]
        k = last + 1
        while k < len(words) and words[k] in _PATH_FILLERS:
            if words[k] in _POSSESSIVES:
                return True  # "down my throat", "down the back of his throat": someone's part
            k += 1
        return k < len(words) and self._sites.starts_site(words, range(len(words)), k)

    def _particle_taken_elsewhere(self, tokens: list[Token], positions: list[int]) -> bool:
        """Does the phrase end in a particle that belongs to another verb or leads to a way
        ("when I run or go down stairs": the particle is "go"'s, across "or" and a verb of
        its own; "when I run down the stairs": a movement down the stairs, no "run down",
        Malaise)? "I feel run down and tired" keeps the phrase."""
        last = max(positions)
        if len(positions) < 2 or tokens[last].folded not in _PARTICLES:
            return False
        before = max(p for p in positions if p != last)
        between = range(before + 1, last)
        if any(tokens[k].folded in self._cues.words.coordinators
               and any(tokens[m].is_word for m in range(k + 1, last)) for k in between):
            return True
        words = [t.folded for t in tokens]
        # A relative clause between them takes the particle for its verb: "a burning
        # feeling that goes up to my throat" is no "burning up" (Fever).
        if any(words[k] in _CLAUSE_SUBJECTS for k in between):
            return True
        k = last + 1
        while k < len(words) and words[k] in _PATH_FILLERS | {"a", "an"}:
            k += 1
        return k < len(words) and words[k] in _WAYS

    @staticmethod
    def _colour_of_other_matter(tokens: list[Token], positions: list[int]) -> bool:
        """Does the phrase take a colour word that is said of matter outside it ("the nail
        with yellow pus" is no "yellow nail": the pus is yellow)? Not when the phrase brings
        that matter up ("coughing up yellow gunk": the colour of what is coughed up, h-lay5)."""
        words = [t.folded for t in tokens]
        return any(colour_of_matter(words, p) and p + 1 not in positions
                   and not (p - 1 in positions and words[p - 1] == "up") for p in positions)

    def _with_frame_word(self, reading: _Reading, clause: list[int], positions: list[int],
                         entry: LexiconEntry) -> tuple[list[int], LexiconEntry]:
        """A phrase read without the frame word beside it, when the two together name a
        narrower term: "her periods haven't started" is Primary amenorrhea, not only
        Amenorrhea (the frame word was passed over in the first pass). A position word
        between the phrase's words places the finding ("a swelling behind my knee" is
        Popliteal synovial cyst, not knee swelling): the phrase with it is read whatever
        its term."""
        tokens = reading.tokens
        first, last = min(positions), max(positions)
        for frame in sorted((i for i in clause if i not in reading.consumed and tokens[i].is_word
                             and self._cues.is_frame(tokens[i])
                             and (0 < first - i <= MAX_TOKENS_BETWEEN_PHRASE_WORDS + 1
                                  or 0 < i - last <= MAX_TOKENS_BETWEEN_PHRASE_WORDS + 1
                                  or (first < i < last and tokens[i].folded in POSITION_WORDS))),
                            key=lambda i: min(abs(i - first), abs(i - last))):
            wider = self.lexicon.lookup(order_free_key(tokens, sorted([*positions, frame])))
            if (wider is not None and wider.kind == entry.kind
                    and (first < frame < last
                         or narrower(self.ontology, wider.ids, entry.ids))):
                reading.consumed.add(frame)
                return sorted([*positions, frame]), wider
        return positions, entry

    def _shared_frame_words(self, reading: _Reading, clause: list[int],
                            remaining: list[int]) -> list[tuple[list[int], LexiconEntry]]:
        """A frame word that opens a list of findings goes with each of them: "I feel dizzy
        and faint" is "feel dizzy" and "feel faint" (Presyncope, where "faint" alone is
        Syncope), as "weak thighs and shoulders" shares its "weak". Between the frame word
        and the word: only other findings, coordinators and function words."""
        tokens = reading.tokens
        matched: list[tuple[list[int], LexiconEntry]] = []
        for word in remaining:
            if word in reading.consumed or not self._cues.is_content(tokens[word]):
                continue
            frame = self._opening_frame_word(reading, clause, word)
            if frame is None:
                continue
            entry = self.lexicon.lookup(order_free_key(tokens, [frame, word]))
            if entry is not None:
                reading.consumed.add(word)
                matched.append(([word], entry))
        return matched

    def _opening_frame_word(self, reading: _Reading, clause: list[int],
                            word: int) -> int | None:
        """The frame word that opens the list ``word`` ends, across findings (read or
        known words) and "and"/"or" (at least one of them), else ``None``."""
        tokens = reading.tokens
        coordinated = False
        for i in reversed([i for i in clause if i < word]):
            token = tokens[i]
            if token.is_word and self._cues.is_frame(token):
                return i if coordinated else None
            if token.folded in self._cues.words.coordinators:
                coordinated = True
                continue
            # A possessive after the coordinator opens a new statement with its own subject
            # ("more often and my urine has been red": the urine is not "often").
            if token.folded in _POSSESSIVES and not coordinated:
                return None
            if (i in reading.consumed or (token.is_word and not self._cues.is_content(token))
                    or self.lexicon.lookup(token.stem) is not None):
                continue
            return None
        return None

    def _match_colours(self, reading: _Reading, clause: list[int]) -> list[_Match]:
        """Colour changes of a body part, with their site (text/colours.py)."""
        tokens = reading.tokens
        matches = []
        for hit in colours.read_colours([t.folded for t in tokens], clause, reading.consumed):
            positions = sorted(hit.positions)
            if self._colour_goes_on(reading, clause, positions, hit.site_words):
                continue
            if hit.site_words and (_referred_after(
                    tokens, [p for p in positions if p not in hit.site_words], hit.site_words)
                    or _between_digits(tokens, hit.site_words)):
                continue
            reading.consumed.update(positions)
            entry = LexiconEntry(hit.ids, "site", 1.0)
            matches.append(_Match(clause, positions, entry, (hit.ids,),
                                  reading.site_text(list(hit.site_words)), "site",
                                  hit.site_words))
        return matches

    def _colour_goes_on(self, reading: _Reading, clause: list[int], positions: list[int],
                        site_words: Sequence[int]) -> bool:
        """Does the colour go on into a phrase of the lexicon with the content words right
        after it in its clause ("my urine has been red with blood" is blood seen in the
        urine, more than a red colour)? The colour is then left to the phrase step."""
        tokens = reading.tokens
        # Only a colour said to come "with" something ("red with blood"): other words after
        # a colour say where or when ("white in the cold").
        if positions[-1] + 1 >= len(tokens) or tokens[positions[-1] + 1].folded != "with":
            return False
        after = [k for k in clause if k > positions[-1] and tokens[k].is_word
                 and self._cues.is_content(tokens[k])][:_COLOUR_TAIL_WORDS]
        core = [*site_words, positions[-1]]
        return any(self._finding_of(tokens, sorted({*core, *after[:n]})) is not None
                   for n in range(1, len(after) + 1))

    def _wanted_pregnancy(self, reading: _Reading,
                          exposures: Sequence[ExposureMention]) -> list[_Match]:
        """A pregnancy tried for at least a year in vain ("trying to get pregnant for a
        year", "for two years now we've tried to get pregnant") is infertility: its clinical
        definition is no pregnancy after 12 months or more of regular unprotected
        intercourse (ICMART/WHO revised glossary 2009, quoted in Popul Health Metr 2012,
        doi:10.1186/1478-7954-10-17, table 1). A shorter or no duration says nothing."""
        tokens = reading.tokens
        matches = []
        tried = [x for x in exposures if x.key == PREGNANCY and x.negated
                 and x.text.split()[0].lower() in _TRYING]
        # The durations are read only for a pregnancy tried for, which few questions name.
        spans = durations(reading.text) if tried else []
        for exposure in tried:
            long_enough = [d for d in spans if d.days >= _INFERTILE_DAYS
                           and _same_sentence(reading.text, d, exposure)]
            if not long_enough:
                continue
            positions = [i for i, t in enumerate(tokens)
                         if exposure.start <= t.start and t.end <= exposure.end]
            entry = LexiconEntry((INFERTILITY, FEMALE_INFERTILITY), "curated", 1.0)
            clause = next((c for c in self._cues.clauses(tokens) if positions[0] in c),
                          positions)
            matches.append(_Match(clause, positions, entry, (entry.ids,)))
        return matches

    def _match_healing(self, reading: _Reading, clause: list[int]) -> list[_Match]:
        """A wound-type noun that does not heal ("a sore on my shin that won't heal",
        text/healing.py); the site words between are its site."""
        matches = []
        for hit in healing.read_healing([t.folded for t in reading.tokens], clause,
                                        reading.consumed):
            positions = sorted(hit.positions)
            # The words between say where the wound is: explained, never unrecognised. What a
            # relative clause says of it before "and" is read on its own ("a spot that
            # *bleeds* and never heals": Abnormal bleeding too; h-misses2).
            words = [t.folded for t in reading.tokens]
            relative = next((k for k in clause if positions[0] < k < positions[1]
                             and words[k] in healing.RELATIVES), positions[1])
            if not any(words[k] == "and" for k in clause if relative < k < positions[1]):
                relative = positions[1]
            between = tuple(k for k in clause if positions[0] < k < relative)
            reading.consumed.update(positions)
            reading.consumed.update(between)
            entry = LexiconEntry(hit.ids, "curated", 1.0)
            matches.append(_Match(clause, positions, entry, (hit.ids,),
                                  site_positions=between))
        return matches

    @staticmethod
    def _match_vitals(reading: _Reading, person: PersonContext,
                      measured: list[vitals.VitalHit]) -> list[_Match]:
        """Vital signs given as numbers (text/vitals.py): a value outside the usual range is
        its finding ("pulse 35": Bradycardia); a value inside it is none, and its words are
        context ("temperature of 36.9" is no fever)."""
        child = person.age is not None and person.age < vitals.CHILD_BELOW_YEARS
        matches = []
        for hit in measured:
            positions = list(hit.positions)
            if any(p in reading.consumed for p in positions):
                continue
            term = vitals.finding_for(hit, child)
            if term is None:
                reading.consumed.update(positions)
                reading.add_context(positions)
                continue
            matches.append(_claimed(reading, positions, positions, (term,)))
        return matches

    @staticmethod
    def _match_labs(reading: _Reading, person: PersonContext,
                    tested: list[labs.LabHit]) -> list[_Match]:
        """Laboratory values given as numbers (text/labs.py): a value outside the adult
        reference interval is its finding ("Na 125": Hyponatremia); a value inside it is none,
        and its words are context ("K 4.1"). A value whose unit cannot be told, and whose
        readings in the possible units disagree ("glucose 22"), is left to the other steps."""
        matches = []
        for hit, term in labs.findings(tested, person.age, person.sex):
            positions = list(hit.positions)
            if any(p in reading.consumed for p in positions):
                continue
            if term is None:
                if labs.is_read(hit, person.sex, person.age) or hit.analyte == labs.MCV:
                    reading.consumed.update(positions)
                    reading.add_context(positions)
                continue
            matches.append(_claimed(reading, positions, positions, (term,), "lab"))
        return matches

    @staticmethod
    def _match_unaffected(reading: _Reading, clause: list[int]) -> list[_Match]:
        """A faculty said to be unaffected ("my hearing is fine", "bowels normal", "good
        appetite", text/unaffected.py): the finding of the faculty impaired, excluded (its
        normal-cue is recorded as the finding's negation cue)."""
        matches = []
        for hit in unaffected.read_unaffected([t.folded for t in reading.tokens], clause,
                                              reading.consumed):
            reading.consumed.add(hit.cue)
            reading.denied[hit.position] = hit.cue
            entry = LexiconEntry(hit.terms, "curated", 1.0)
            readings = tuple((term,) for term in hit.terms)
            reading.consumed.add(hit.position)
            matches.append(_Match(clause, [hit.position], entry, readings))
        return matches

    def _match_tics(self, reading: _Reading, clause: list[int]) -> list[_Match]:
        """Movements and sounds the person cannot hold back ("keeps blinking and clearing
        his throat, he can't stop it", text/tics.py): motor and phonic tics."""
        matches = []
        for hit in tics.read_tics([t.folded for t in reading.tokens], clause,
                                  reading.consumed):
            matches.append(_claimed(reading, clause, list(hit.positions), (hit.term,)))
        return matches

    def _match_tone_loss(self, reading: _Reading, clause: list[int]) -> list[_Match]:
        """A part that gives way, in a sentence where an emotion sets it off ("when he laughs
        his head drops and his knees go", text/tone_loss.py, text/emotions.py): Cataplexy."""
        spans = emotions.set_off_sentences(reading.text.lower())
        if not spans:
            return []
        tokens = reading.tokens
        return [_claimed(reading, clause, list(hit.positions), (tone_loss.CATAPLEXY,))
                for hit in tone_loss.read_tone_loss([t.folded for t in tokens], clause,
                                                    reading.consumed)
                if any(a <= tokens[hit.positions[0]].start < b for a, b in spans)]

    @staticmethod
    def _match_milestones(reading: _Reading, clause: list[int]) -> list[_Match]:
        """A child's milestone told late, not reached yet or lost ("only started walking at
        2", "still can't sit", "lost his head control", text/milestones.py)."""
        return [_claimed(reading, clause, list(hit.positions), hit.ids)
                for hit in milestones.read_milestones([t.folded for t in reading.tokens],
                                                      clause, reading.consumed, reading.child)]

    def _match_hallucinations(self, reading: _Reading, clause: list[int]) -> list[_Match]:
        """Something seen or heard that is not there ("sees children who aren't there",
        text/hallucinations.py); what is named between is explained by the reading."""
        matches = []
        for hit in hallucinations.read_hallucinations([t.folded for t in reading.tokens],
                                                      clause, reading.consumed):
            positions = list(hit.positions)
            reading.consumed.update(k for k in clause if positions[0] < k < positions[1])
            matches.append(_claimed(reading, clause, positions, (hit.term,)))
        return matches

    def _match_pain_paths(self, reading: _Reading, clause: list[int]) -> list[_Match]:
        """A pain that runs from the lower back, buttock or hip down the leg
        (text/pain_paths.py): the leg word reads as Sciatica | Lower limb pain."""
        tokens = reading.tokens
        matches = []
        for hit in pain_paths.read_pain_paths([t.folded for t in tokens],
                                              [t.stem for t in tokens], self._pain_stem,
                                              clause, reading.consumed):
            matches.append(_claimed(reading, clause, list(hit.positions), hit.ids))
        return matches

    def _match_rates(self, reading: _Reading, clause: list[int],
                     found: list[tuple[list[int], LexiconEntry]],
                     leads: Collection[str] | None = None) -> list[_Match]:
        """A second heart rate said apart from its heart ("my heart goes slow and then too
        fast", text/rhythm.py), after the phrase that read the first rate beside it
        (``leads``: the words that may stand right before it; all of rhythm's by default)."""
        first = min((max(positions) for positions, entry in found
                     if set(entry.ids) & rhythm.RATE_TERMS), default=None)
        matches = []
        for hit in rhythm.read_rates([t.folded for t in reading.tokens], clause,
                                     reading.consumed, first,
                                     *(() if leads is None else (leads,))):
            matches.append(_claimed(reading, clause, list(hit.positions), hit.ids))
        for hit in rhythm.read_paroxysms([t.folded for t in reading.tokens], clause,
                                         reading.consumed):
            matches.append(_claimed(reading, clause, list(hit.positions), hit.ids))
        return matches

    def _match_descriptors(self, reading: _Reading, clause: list[int],
                           adjacent: bool = False) -> list[_Match]:
        """Lay descriptors with the site beside them (text/descriptors.py): "big ears",
        "shoulder blades that stick out", "can't feel my toes". ``adjacent``: only those
        whose words stand together and are no phrase of the lexicon."""
        tokens = reading.tokens
        # The person's words stay open: "her" is a pronoun between site words too ("the
        # coloured part of her eyes").
        matches = []
        # A filler is a function word here as for the site reader (``_site_words``): "the
        # *small* joints of his hands" names which joints, no small hand (h-sites13).
        hits = self._descriptors.read(["the" if t.stem == FILLER_MARK else t.folded
                                       for t in tokens], [t.is_word for t in tokens],
                                      clause, reading.consumed)
        if adjacent:
            # A colour said of the person (no site words: "he's gone yellow") goes first too.
            hits = [hit for hit in hits
                    if not hit.site_words or self._adjacent_unknown(tokens, hit)]
        for hit in hits:
            if hit.site_words and _referred_after(
                    tokens, [p for p in hit.positions if p not in hit.site_words],
                    hit.site_words):
                continue
            # A site that places a growth says nothing of the part's own size or state ("a
            # dark spot on my arm has got bigger": the spot grew; ``_site_of_a_growth``).
            if hit.site_words and (self._site_of_a_growth(tokens, sorted(hit.positions))
                                   or self._site_of_veins(tokens, sorted(hit.positions))):
                continue
            positions = self._with_modifiers(reading, clause, list(hit.positions))
            reading.consumed.update(positions)
            site = reading.site_text(list(hit.site_words)) if hit.site_words else None
            matches.append(_Match(clause, positions, hit.entry, (hit.entry.ids,), site, "site",
                                  tuple(hit.site_words)))
        return matches

    def _adjacent_unknown(self, tokens: list[Token], hit: Described) -> bool:
        positions = hit.positions
        words = [p for p in range(positions[0], positions[-1] + 1) if tokens[p].is_word]
        # A list of bare sites after the descriptor is side by side with it too ("puffy
        # ankles and fingers": the lexicon's "puffy ankles" must not take the first alone).
        joins = {p for p in positions if tokens[p].folded in _LIST_JOINS
                 and p not in hit.site_words and p not in hit.descriptor}
        listed = bool(joins) and set(positions) - joins == {*hit.descriptor, *hit.site_words}
        if not (hit.adjacent or listed) or list(positions) != words:
            return False
        if listed:
            return True
        return self.lexicon.lookup(order_free_key(tokens, [
            p for p in positions if self._cues.is_content(tokens[p])])) is None

    def _match_pairs(
        self, reading: _Reading, remaining: list[int]
    ) -> list[tuple[list[int], LexiconEntry]]:
        tokens, consumed = reading.tokens, reading.consumed
        words = [t.folded for t in tokens]
        matched: list[tuple[list[int], LexiconEntry]] = []
        # Pairs may span "and" when coordination distributes ("weak thighs and
        # shoulders"), not when it joins two findings of their own ("nausea and vomiting").
        # The site of veins says where they are and parts no pair either ("swollen *leg*
        # veins", "the veins *in my legs* are swollen": swollen veins).
        loose = self._site_parts(reading, range(len(tokens))) | self._sites_of_veins(words)
        for first, second in nearby_pairs([i for i in remaining if i not in consumed], loose):
            if first in consumed or second in consumed:
                continue
            # A pair brought near only by the part of a site between them never takes that
            # site as one of its words: "a sore spot on the outside of my hip" is the outside
            # of the hip (Trochanteric pain), no "sore hip".
            if second - first > PAIR_MAX_DISTANCE and any(
                    self._sites.is_site_word(words[p]) for p in (first, second)):
                continue
            if self._cues.coordinated(tokens, first, second) and all(
                self.lexicon.lookup(tokens[p].stem) for p in (first, second)
            ):
                continue
            if self._descriptors.pairs(tokens[first].folded, tokens[second].folded):
                continue
            if (self._joins_a_placed_site(tokens, [first, second])
                    or self._verb_of_another_site(words, [first, second])
                    or _spreads_from_before(tokens, [first, second])
                    or _spreads_away_from_its_site(tokens, [first, second])):
                continue
            # Never across another finding's words: "burning pain in the hands and feet" is
            # no "burning feet" around "pain in the hands" (words that only describe the
            # finding beside them may stand between: "coughing fits that end with a whoop").
            if any(self._cues.is_content(tokens[k]) and tokens[k].folded not in _DESCRIBES
                   and k not in loose
                   and (k in consumed or self.lexicon.lookup(tokens[k].stem) is not None)
                   for k in range(first + 1, second)):
                continue
            if (self._sites.cuts_site(words, (first, second))
                    or self._sites.ends_a_longer_site(words, (first, second))
                    or self._sites.splits_site(words, (first, second))
                    or ends_repeating(tokens, [first, second])
                    or repeats_another_verb(tokens, [first, second])):
                continue
            # A relative clause after a growth is said of the growth, as after its site
            # (``_site_of_a_growth``): "my nose has a spot that bleeds" is no nosebleed
            # (h-reader64).
            if any(words[k] in _RELATIVE_WORDS and words[k - 1] in _GROWTH_NOUNS
                   and k - 1 != first for k in range(first + 1, second)):
                continue
            if (self._path_along_a_part(tokens, [first, second])
                    or any((m := matter_of_colour(words, p)) is not None
                           and m not in (first, second) for p in (first, second))
                    or self._stops_before_its_state(tokens, [first, second])
                    or self._goes_somewhere(tokens, [first, second])
                    or self._things_looked_at(tokens, [first, second])
                    or _colour_of_matter_outside(tokens, [first, second])
                    or self._particle_taken_elsewhere(tokens, [first, second])
                    or self._site_of_a_growth(tokens, [first, second])
                    or self._site_of_veins(tokens, [first, second])
                    or self._side_of_a_site(tokens, [first, second])):
                continue
            entry = self.lexicon.lookup(order_free_key(tokens, [first, second]))
            if entry is not None:
                pair = [first, second, *self._with_tail(tokens, [first, second], consumed)]
                if len(pair) > 2:
                    entry = self.lexicon.lookup(order_free_key(tokens, pair)) or entry
                consumed.update(pair)
                matched.append((pair, entry))
        return matched

    def _joins_a_placed_site(self, tokens: list[Token], positions: Sequence[int]) -> bool:
        """True when the words join, across "and"/"or", a site said as the place of a
        finding before it with a word after the coordinator: in "cramps in my hands and
        tingling around my mouth" the hands are the cramps' place, no "hands ... tingling"
        (Hand tingling) that would leave the cramps without it (h-reader62)."""
        ordered = sorted(positions)
        coordinator = next((k for k in range(ordered[0] + 1, ordered[-1])
                            if tokens[k].folded in self._cues.words.coordinators), None)
        if coordinator is None:
            return False
        return self._placed_after_finding(tokens, ordered[0])

    def _placed_after_finding(self, tokens: list[Token], position: int) -> bool:
        """True when the word at ``position`` is said as the place of a content word before
        it (a finding's), over a place preposition and possessives, articles, counts and
        sides only ("cramps in my hands", "ringing in one ear")."""
        k = position - 1
        while k >= 0 and tokens[k].folded in _PLACE_LINKS:
            k -= 1
        return (k < position - 1 and k >= 0 and tokens[k].is_word
                and tokens[k + 1].folded in _PLACE_PREPOSITIONS_BEFORE_SITE
                and self._cues.is_content(tokens[k]) and not self._cues.is_frame(tokens[k]))

    def _match_listed_levels(self, reading: _Reading, clause: list[int]
                             ) -> list[tuple[list[int], LexiconEntry]]:
        """Each substance of a list that shares one level word (and specimen) is read with
        it (text/listed_levels.py): "high urinary calcium and magnesium" is Hypermagnesiuria
        too, "low sodium, potassium and chloride" Hypokalemia and Hypochloremia, "K and Mg
        low" each one low. An item is read when it names no finding alone, is not read yet
        and makes a finding or laboratory term with the shared words (the level word as
        written or another of its side: "raised triglycerides" as "high triglycerides"; with
        "plasma" or "serum" when no specimen is said: "high ammonia and glutamine", High
        plasma glutamine; a laboratory name of text/labs.py, "K", without a specimen word).
        A list said before its items needs its first item read so too (it is a list of
        results); items are read in order from the level word and the list ends at the
        first that is not."""
        tokens, consumed = reading.tokens, reading.consumed
        words = [t.folded for t in tokens]

        def is_item_word(k: int) -> bool:
            token = tokens[k]
            return (token.is_word and self._cues.is_content(token)
                    and token.folded[:1].isalnum() and token.folded not in listed_levels.SIDES
                    and token.folded not in listed_levels.SPECIMEN_WORDS)

        start, end = sentence_bounds(words, clause[0], clause[-1])
        found: list[tuple[list[int], LexiconEntry]] = []
        for listed in listed_levels.level_lists(words, clause, range(start, end), is_item_word,
                                                self._cues.words.coordinators):
            specimen = ([tokens[p].stem for p in listed.shared[1:]] if listed.before
                        else [])
            items = list(listed.items) if listed.before else list(reversed(listed.items))
            if listed.before:
                first = self._level_of(tokens, items[0], listed.level, specimen)
                if first is None:
                    continue
                items = items[1:]
            for candidates in items:
                read = self._level_of(tokens, candidates, listed.level, specimen)
                if read is None:
                    break
                positions, entry = read
                if any(p in consumed for p in positions):
                    continue
                consumed.update(positions)
                consumed.update(listed.shared)
                found.append((positions, entry))
        return found

    def _level_of(self, tokens: list[Token], candidates: Sequence[tuple[int, ...]], level: str,
                  specimen: list[str]) -> tuple[list[int], LexiconEntry] | None:
        """The first candidate run of an item (longest first) that names no finding alone
        and names a finding or laboratory term with ``level`` (or another word of its side)
        and the ``specimen`` stems, with that term; None when none does."""
        for run in candidates:
            own = self.lexicon.lookup(order_free_key(tokens, list(run)))
            if own is not None and own.kind != NO_FINDING:
                return None
            item = [tokens[p].stem for p in run]
            # A level said with no specimen is the blood's, which HPO names in some terms
            # only ("High plasma glutamine"): the blood words are tried after none.
            for where in ([specimen] if specimen else [[], *_BLOOD_SPECIMENS]):
                for word in listed_levels.SIDES[level]:
                    entry = self.lexicon.lookup(" ".join(sorted([stem(word), *where, *item])))
                    if entry is not None and entry.kind in _LEVEL_KINDS:
                        return list(run), entry
            term = None if specimen else labs.said_level([tokens[p].folded for p in run], level)
            if term is not None:
                return list(run), LexiconEntry((term,), "curated", 1.0, "lab")
        return None

    def _match_distributed(self, reading: _Reading, clause: list[int]
                           ) -> list[tuple[list[int], LexiconEntry]]:
        """Two words joined by "and"/"or" that share the noun after them, and the words
        before them, each naming a finding with those: "loss of bladder and bowel control"
        is loss of bladder control and loss of bowel control (HPO's layperson synonyms of
        Urinary and Bowel incontinence). Read only when both sides name a finding, neither
        of the two words is read, and no word between is taken; the words before are the
        content words of the clause just before the first word (at most two, over function
        words), longest first."""
        tokens, consumed = reading.tokens, reading.consumed
        inside = set(clause)
        found: list[tuple[list[int], LexiconEntry]] = []
        for k in clause:
            if tokens[k].folded not in self._cues.words.coordinators:
                continue
            first, second, head = k - 1, k + 1, k + 2
            if not all(p in inside and p not in consumed and tokens[p].is_word
                       and self._cues.is_content(tokens[p]) for p in (first, second, head)):
                continue
            before = self._lead_words(tokens, first, inside, 3, consumed)
            for start in range(len(before) + 1):
                lead = before[start:]
                one = self._finding_of(tokens, [*lead, first, head])
                two = self._finding_of(tokens, [*lead, second, head])
                if one is not None and two is not None and one.ids != two.ids:
                    consumed.update([*lead, first, second, head])
                    found.append(([first], one))
                    found.append(([*lead, second, head], two))
                    break
        return found + self._distributed_before(reading, clause)

    def _distributed_before(self, reading: _Reading, clause: list[int]
                            ) -> list[tuple[list[int], LexiconEntry]]:
        """The words before a first item shared by the item after "and"/"or": "loss of taste
        and smell" is loss of smell too, "lost control of his bowels and his bladder" of the
        bladder. The item after names no finding alone and is not read; the words before
        (at most two content words over function words) name a finding with each item."""
        tokens, consumed = reading.tokens, reading.consumed
        folded = [t.folded for t in tokens]
        inside = set(clause)
        found: list[tuple[list[int], LexiconEntry]] = []
        for k in clause:
            if tokens[k].folded not in self._cues.words.coordinators:
                continue
            first = k - 1
            second = next((p for p in range(k + 1, min(k + 3, len(tokens)))
                           if p in inside and tokens[p].is_word
                           and self._cues.is_content(tokens[p])), None)
            if (second is None or second in consumed or first not in inside
                    or not tokens[first].is_word or not self._cues.is_content(tokens[first])
                    or self.lexicon.lookup(tokens[second].stem) is not None
                    or any(tokens[p].is_word and self._cues.is_content(tokens[p])
                           for p in range(k + 1, second))
                    or self._opens_a_predicate(tokens, k, second)):
                continue
            sites = any(self._sites.starts_site(folded, range(len(tokens)), p)
                        for p in (first, second))
            before = self._lead_words(tokens, first, inside, 4)
            # A finding word with body sites is the site reader's ("weakness in both arms and
            # legs": Limb muscle weakness); "lost control of his bowels" names no finding
            # before its site.
            if sites and any(self.lexicon.lookup(tokens[p].stem) is not None for p in before):
                continue
            for start in range(len(before)):
                lead = before[start:]
                one = self._finding_of(tokens, [*lead, first])
                two = self._finding_of(tokens, [*lead, second])
                if one is not None and two is not None and one.ids != two.ids:
                    consumed.add(second)
                    found.append(([second], two))
                    break
        return found

    def _opens_a_predicate(self, tokens: list[Token], coordinator: int, second: int) -> bool:
        """True when the item after "and"/"or" is a verb of being or feeling that opens a
        clause of its own, not a noun the words before may share: said after a person ("lost
        weight and I feel awful") or before a describing word ("lost weight and feeling
        tired", "lost weight and feel exhausted": no "loss of feeling"). A noun "feeling"
        keeps its share ("loss of strength and feeling in my legs"; h-lay15, probe_voices2)."""
        if tokens[second].folded not in _LINKING_VERBS | {"feeling", "looking", "getting"}:
            return False
        if any(tokens[p].folded in _PERSON_WORDS for p in range(coordinator + 1, second)):
            return True
        after = second + 1
        return (after < len(tokens) and tokens[after].is_word
                and self._cues.is_content(tokens[after]))

    def _lead_words(self, tokens: list[Token], first: int, inside: set[int], reach: int,
                    consumed: Collection[int] = ()) -> list[int]:
        """The words a pair of items joined by "and"/"or" may share before its first item (at
        ``first``): at most two content words over function words, within ``reach`` tokens
        before it, in ``inside`` (the clause) and stopping at a token not a word or
        ``consumed``; in order."""
        before: list[int] = []
        for p in range(first - 1, max(first - 1 - reach, -1), -1):
            if p not in inside or not tokens[p].is_word or p in consumed:
                break
            if self._cues.is_content(tokens[p]):
                before.insert(0, p)
                if len(before) == 2:
                    break
        return before

    def _with_tail(self, tokens: list[Token], positions: list[int],
                   consumed: set[int]) -> list[int]:
        """The content words of a "with ..." right after a finding's words that make a
        longer finding with them ("urine ... red with blood": blood seen in the urine), or
        ``[]``."""
        after = positions[-1] + 1
        if after >= len(tokens) or tokens[after].folded != "with":
            return []
        tail: list[int] = []
        for k in range(after + 1, min(after + 1 + _COLOUR_TAIL_WORDS, len(tokens))):
            if not tokens[k].is_word or k in consumed:
                break
            if not self._cues.is_content(tokens[k]):
                continue
            tail.append(k)
            if self._finding_of(tokens, sorted([*positions, *tail])) is not None:
                return tail
        return []

    def _match_predicates(
        self, reading: _Reading, clause: list[int]
    ) -> list[tuple[list[int], LexiconEntry]]:
        """Describing words after "is"/"are"/"feels" share the noun before it: "the skin
        between my toes is red and peeling" is peeling skin too, "my scalp is flaky and
        itchy" a flaky scalp. Each describing word of the series (content words, commas and
        "and"/"or", at most :data:`_MAX_LIST_WORDS`) is read with the nearest content word
        before the verb, in its clause, that makes a known finding with it; the noun may be
        another finding's word already, and need not be a body site ("my periods are heavy
        and painful" is painful periods too: Dysmenorrhea). A body site may make it in
        HPO's words for the site ("my knee is hot": a hot joint, :meth:`_finding_at_site`)."""
        tokens = reading.tokens
        words = [t.folded for t in tokens]
        matched: list[tuple[list[int], LexiconEntry]] = []
        for verb in [k for k in clause if tokens[k].folded in _LINKING_VERBS]:
            series: list[int] = []
            # The series may run across commas into the next clauses ("red, scaly and
            # weeping"), as a series before its noun does.
            for k in range(verb + 1, len(tokens)):
                folded = tokens[k].folded
                # "All" stresses the state ("my chest goes all tight and whistly", h-lay5); a
                # word normalisation made no word ("between" after "switching", h-lay17) is
                # passed over too.
                if (folded in (",", FILLER_MARK) or folded in self._cues.words.coordinators
                        or folded in _SERIES_ADVERBS or (folded == "all" and k == verb + 1)):
                    continue
                if (not tokens[k].is_word or not self._cues.is_content(tokens[k])
                        or folded in _SUBJECTS_OF_THEIR_OWN):
                    break
                series.append(k)
                if len(series) == _MAX_LIST_WORDS:
                    break
            # The noun is in the words right before the verb, up to "and" or a person ("black
            # stools and I feel faint and pale": no pale stools).
            subjects: list[int] = []
            for k in reversed(_past_joined_doings(tokens, clause[:clause.index(verb)],
                                                  self._cues.words.coordinators)):
                folded = tokens[k].folded
                if (folded in self._cues.words.coordinators or folded in _PERSON_WORDS
                        or len(subjects) == _MAX_SUBJECT_WORDS):
                    break
                if _part_after_a_site(words, k):
                    continue
                if (tokens[k].is_word and self._cues.is_content(tokens[k])
                        and tokens[k].start not in reading.person_chars):
                    subjects.append(k)
            placed: set[int] = set()
            for word in series:
                if (word in reading.consumed or self._cues.is_frame(tokens[word])
                        or tokens[word].start in reading.person_chars):
                    continue
                # A site of two words is tried before its last word alone ("my lower back
                # is stiff and sore": low back pain, not back pain).
                nouns = [[noun - 1, noun] for noun in subjects
                         if noun - 1 in clause and tokens[noun - 1].is_word
                         and noun - 1 in self._sites.sites_within(words, [noun - 1, noun])]
                nouns += [[noun] for noun in subjects]
                entry = next((e for noun_words in nouns
                              if (e := self._finding_of(tokens, [word, *noun_words]))), None)
                for noun_words in nouns:
                    if entry is not None:
                        break
                    # A site an earlier describing word of the series was read at is out of
                    # the site reader's reach for this one ("my big toe is hot and swollen").
                    entry = self._finding_at_site(tokens, word, noun_words,
                                                  taken=bool(set(noun_words) & placed))
                    if entry is not None:
                        placed.update(noun_words)
                if entry is not None:
                    matched.append(_shared_word(reading, word, entry))
        return matched

    def _finding_at_site(self, tokens: list[Token], word: int, site: list[int],
                         taken: bool = False) -> LexiconEntry | None:
        """The finding a describing word that names none alone names with a body site in
        HPO's words for the site (body_sites.yaml, as the site reader composes a finding
        with its site): "hot" said of a knee is a hot joint (Arthritis), of a toe joint too;
        ``None`` when ``site`` is no body site or no wording of it makes a finding with the
        word. A word that names a finding alone ("sore", "swollen") is left to the site
        reader, which keeps the site it is said of, unless the site is ``taken`` by the
        finding of an earlier describing word, where the site reader cannot reach it ("my
        big toe is hot and swollen": the hot big toe is read first, and the swelling is the
        toe joint's, no Edema; h-lay15)."""
        said = tokens[word].folded
        if not taken and self.lexicon.lookup(tokens[word].stem) is not None:
            return None
        for place in self._sites.readings(tuple(tokens[p].folded for p in site)):
            entry = self.lexicon.lookup(phrase_key(f"{said} {place}"))
            if entry is not None and entry.kind == "finding":
                return entry
        return None

    def _match_shared_heads(
        self, reading: _Reading, remaining: list[int], in_findings: set[int],
        phrases: Sequence[Sequence[int]] = (),
    ) -> list[tuple[list[int], LexiconEntry]]:
        """A word in a series of describing words shares the noun the series ends with:
        "swollen, stiff finger joints" is also "swollen joints", "itchy, dry, cracked skin"
        "dry skin", "sinus and ear infections" "sinus infections". The series runs over
        content words, commas and "and"/"or" only, across clause commas; a function word
        ends it ("... finger joints on both hands" ends at "on"). The noun is read by its
        own finding too, so only the word is taken. The longest known ending of the
        series wins ("swollen finger joints" before "swollen joints")."""
        tokens = reading.tokens
        matched: list[tuple[list[int], LexiconEntry]] = []
        for word in remaining:
            if (word in reading.consumed or not tokens[word].folded.isalpha()
                    or self._names_a_term(tokens[word]) or tokens[word].folded == _SIDED):
                continue
            if self._placed_after_finding(tokens, word):
                continue  # the place of a finding before it ("cramps in my hands and ...")
            if self._lexicon_keys.noun_of_a_finding(tokens, word):
                continue  # "swollen hands, sore joints and weak muscles": the hands swell
            series = self._series_after(reading, word, in_findings)
            stacked = self._stacked(reading, word, in_findings)
            if stacked is not None:
                matched.append(_shared_word(reading, word, stacked))
                continue
            for start in range(len(series)):
                if not self._shares_head(tokens, word, series, start):
                    continue
                if _splits_a_phrase(series[start:], phrases):
                    continue
                entry = self._finding_of(tokens, [word, *series[start:]])
                if entry is not None:
                    matched.append(_shared_word(reading, word, entry))
                    break
            else:
                entry = (self._with_shared_site(reading, word, series, in_findings)
                         or self._at_the_site_of_a_series(reading, word, series))
                if entry is not None:
                    matched.append(_shared_word(reading, word, entry))
        return matched

    def _at_the_site_of_a_series(self, reading: _Reading, word: int,
                                 series: list[int]) -> LexiconEntry | None:
        """The finding a describing word names with the body site its series ends with, in
        HPO's words for the site (:meth:`_finding_at_site`): "hot" of "a red, hot, swollen,
        painful knee" is a hot joint (Arthritis). The site is the series' last word or last
        two ("big toe"), across a comma or "and"/"or" from the word (:meth:`_shares_head`)."""
        tokens = reading.tokens
        for size in (2, 1):
            start = len(series) - size
            if start < 0 or not self._shares_head(tokens, word, series, start):
                continue
            entry = self._finding_at_site(tokens, word, series[start:])
            if entry is not None:
                return entry
        return None

    def _with_shared_site(self, reading: _Reading, word: int, series: list[int],
                          in_findings: set[int]) -> LexiconEntry | None:
        """A word that names a finding only with a site shares the site of the finding it
        is listed with: "ringing and muffled hearing in my left ear" is ringing in the ear
        too (HPO's "Ringing in the ears"), as "pain and swelling in my knee" share the knee.
        Only a word that reads as nothing alone, followed by "and"/"or" and a finding, and
        only one site linked right after that finding ("in my left ear", within
        :data:`_MAX_SERIES_WORDS` words; "in both shoulders and hips" names two)."""
        tokens = reading.tokens
        if (not series or word + 1 >= len(tokens)
                or tokens[word + 1].folded not in self._cues.words.coordinators
                or self.lexicon.lookup(tokens[word].stem) is not None
                or not all(k in in_findings for k in series)):
            return None
        words = [t.folded for t in tokens]
        after = series[-1] + 1
        if after >= len(tokens) or tokens[after].folded not in _SITE_LINKS:
            return None
        ahead = [k for k in range(after + 1, min(after + 2 + _MAX_SERIES_WORDS, len(tokens)))
                 if tokens[k].is_word]
        site = self._sites.sites_within(words, ahead)
        if not site or any(tokens[k].folded in self._cues.words.coordinators
                           for k in range(after, site[-1])):
            return None
        return (self._finding_of(tokens, [word, site[-1]])
                or self._finding_of(tokens, [word, *site]))

    def _finding_of(self, tokens: list[Token], positions: list[int]) -> LexiconEntry | None:
        """The finding these words name together, in any order, if they name one."""
        entry = self.lexicon.lookup(order_free_key(tokens, positions))
        return entry if entry is not None and entry.kind == "finding" else None

    def _names_a_term(self, token: Token) -> bool:
        """Is the word, as written, the name of the term it reads as alone ("pain", "cough",
        "fever")? Such a word is an item of a list of findings, not a word describing the
        noun the list ends with ("pain, photophobia and a bloodshot eye" has no eye pain);
        "painful", "sore", "swollen" describe."""
        own = self.lexicon.lookup(token.stem)
        if own is None or own.source != "name":
            return False
        word = token.folded
        return any(self._label(i).lower() in (word, word.removesuffix("s")) for i in own.ids)

    def _shares_head(self, tokens: list[Token], word: int, series: list[int],
                     start: int) -> bool:
        """May ``word`` be read with ``series[start:]``? Only across a comma or "and"/"or"
        after the word: written together, the first word may describe the second rather
        than the noun ("dark red urine" is no dark urine). Never two findings joined by
        "and" ("nausea and vomiting" stays two, not HPO's "Nausea and vomiting")."""
        between = range(word + 1, series[start])
        coordinated = any(tokens[k].folded in self._cues.words.coordinators for k in between)
        if not coordinated and not any(tokens[k].folded == "," for k in between):
            return False
        return not (coordinated and self.lexicon.lookup(tokens[word].stem) is not None
                    and self.lexicon.lookup(order_free_key(tokens, series[start:])) is not None)

    def _stacked(self, reading: _Reading, word: int,
                 in_findings: set[int]) -> LexiconEntry | None:
        """Two describing words written together before their noun each describe it when
        the words between are a finding with the noun of their own: "blocked runny nose" is
        a blocked nose too, "cloudy smelly wee" cloudy urine, "dry itchy red patches" dry
        patches (one-word findings may stand before that finding: "itchy"), "a hot swollen
        knee" a hot joint (:meth:`_finding_at_site`). A shade word describes the word after
        it instead ("dark red urine" is no dark urine), and so does any word when the words
        between do not read with the noun."""
        tokens = reading.tokens
        folded = [t.folded for t in tokens]
        # A body site is the noun the finding is said of, never a word describing another
        # noun ("my fingers go blue" is no "blue fingers" beside "go blue").
        # A shade describes only a colour word after it ("dark red urine"); before any other
        # describing word it describes the noun ("pale dry patches": pale patches; h-sites16).
        if ((folded[word] in _SHADES and word + 1 < len(folded)
             and folded[word + 1] in COLOURS)
                or self._sites.starts_site(folded, range(len(folded)), word)):
            return None
        # The words written right after it, up to the noun ("blocked runny nose, ...").
        run = [word]
        for k in range(word + 1, min(word + 1 + _MAX_SERIES_WORDS, len(tokens))):
            if self._ends_series(reading, k, in_findings):
                break
            run.append(k)
        for end in range(len(run), 2, -1):
            if not self._reads_with_noun(tokens, run[1:end]):
                continue
            for start in range(2, end):
                entry = (self._finding_of(tokens, [word, *run[start:end]])
                         or self._finding_at_site(tokens, word, run[start:end]))
                if entry is not None:
                    return entry
        return None

    def _reads_with_noun(self, tokens: list[Token], between: list[int]) -> bool:
        """Do the words between a describing word and its noun read as a finding with that
        noun ("runny nose"), after findings of one word each ("itchy red patches": itchy, and
        red patches), so that the describing word before them describes the noun too ("dry
        itchy red patches" are dry patches)?"""
        for start in range(len(between) - 1):
            if self._finding_of(tokens, between[start:]) is not None:
                return all(self._finding_of(tokens, [k]) is not None for k in between[:start])
        # h-lay21: a noun that is a finding of its own after one-word findings ("rough red
        # rash": red, and a rash read with its colour; a rough rash too).
        return len(between) > 1 and all(self._finding_of(tokens, [k]) is not None
                                        for k in between)

    def _series_after(self, reading: _Reading, word: int, in_findings: set[int]) -> list[int]:
        """The content words of the series that follows ``word`` up to its noun (at most
        :data:`_MAX_LIST_WORDS`), or ``[]`` when no series follows. Words explained as
        something else (category, cue, family words; the person's age) end it. A series
        longer than :data:`_MAX_SERIES_WORDS` is a list of describing words ("a red, hot,
        swollen, painful knee") only when no word before its noun names a term of its own:
        "dry, fever, headache, cough, itchy skin" lists findings, and "dry" is no dry skin."""
        tokens = reading.tokens
        series: list[int] = []
        for k in range(word + 1, len(tokens)):
            if tokens[k].folded == "," or tokens[k].folded in self._cues.words.coordinators:
                continue
            if self._ends_series(reading, k, in_findings):
                break
            series.append(k)
            if len(series) > _MAX_LIST_WORDS:
                return []
        if len(series) > _MAX_SERIES_WORDS and any(
                self._names_a_term(tokens[k]) for k in series[:-1]):
            return []
        return series

    def _ends_series(self, reading: _Reading, k: int, in_findings: set[int]) -> bool:
        """Does the token at ``k`` end a series of describing words: not a content word, or
        a word explained as something else (a frame or excess word, the person's words, a word
        already read that belongs to no finding)?"""
        token = reading.tokens[k]
        return (not token.is_word or not self._cues.is_content(token)
                or self._cues.is_frame(token) or token.stem == EXCESS_MARK
                or token.start in reading.person_chars
                or (k in reading.consumed and k not in in_findings))

    def _match_single_words(
        self, reading: _Reading, remaining: list[int]
    ) -> list[tuple[list[int], LexiconEntry]]:
        matched: list[tuple[list[int], LexiconEntry]] = []
        words = [t.folded for t in reading.tokens]
        for position in [i for i in remaining if i not in reading.consumed]:
            token = reading.tokens[position]
            if colour_of_matter(words, position):
                # "bright red blood on the tissue": the blood is red, no skin (Erythema).
                reading.consumed.add(position)
                continue
            if words[position] == _SIDED:
                # "one-sided", "left-sided": a side said of the finding (text/modifiers.py),
                # never the side of the body (Flank pain).
                reading.consumed.add(position)
                continue
            entry = self.lexicon.lookup(token.stem)
            if entry is not None and (entry.confidence >= _SINGLE_WORD_CONFIDENCE
                                      or _technical_synonym(token, entry)):
                reading.consumed.add(position)
                matched.append(([position], entry))
        return matched

    def _match_organ_words(
        self, reading: _Reading, remaining: list[int]
    ) -> list[tuple[list[int], LexiconEntry]]:
        """A bare word that names a finding only with its organ's adjective ("frequency",
        "urgency", "hesitancy": HPO's "Urinary urgency", ...) reads so in a question about
        that organ: a word of the organ is written in it ("urinary frequency and urgency",
        "burning passing urine with urgency"), or a word that alone names one of the organ's
        findings ("dysuria and frequency"). A word that names a finding alone keeps it."""
        tokens = reading.tokens
        matched: list[tuple[list[int], LexiconEntry]] = []
        organs = [(a, w, r, False) for a, (w, r) in _ORGAN_WORDS.items()]
        organs += [(a, w, r, True) for a, (w, r) in _NAMED_ORGAN_WORDS.items()]
        for adjective, words, root, named in organs:
            if root not in self.ontology:
                continue

            def of_organ(entry: LexiconEntry | None, root: str = root) -> bool:
                return (entry is not None and entry.kind == "finding"
                        and self.ontology.all_under(root, entry.ids))

            if not any(t.stem in words or (not named and t.is_word
                                           and of_organ(self.lexicon.lookup(t.stem)))
                       for t in tokens):
                continue
            for position in remaining:
                token = tokens[position]
                if (position in reading.consumed or not token.is_word
                        or not self._cues.is_content(token)
                        or self.lexicon.lookup(token.stem) is not None
                        or (named and not self._organ_leads(tokens, position, words))):
                    continue
                entry = self.lexicon.lookup(" ".join(sorted((adjective, token.stem))))
                if of_organ(entry):
                    assert entry is not None
                    reading.consumed.add(position)
                    matched.append(([position], entry))
        return matched

    def _opens_a_phrase(self, reading: _Reading, position: int) -> bool:
        """Does a lexicon phrase of three words or more start at ``position`` ("tip of my
        penis is red": Balanitis), or the word just before it ("a lump at the back of the
        knee": Popliteal synovial cyst)? Then the part noun there is a word of that
        phrase."""
        tokens = reading.tokens

        def content(k: int) -> bool:
            return (tokens[k].is_word and self._cues.is_content(tokens[k])
                    and k not in reading.consumed)
        before = [k for k in range(position) if content(k)][-1:]
        for start in [position, *before]:
            window = [k for k in range(start, len(tokens)) if content(k)][:self.lexicon.max_words]
            found = longest_matches(self._cues, tokens, window, self._lexicon_keys,
                                    self.lexicon.max_words, min_words=3)
            if found and found[0][0] == 0 and position in window[:found[0][1]]:
                return True
        return False

    def _narrowed_to_organ(self, reading: _Reading,
                           matched: list[tuple[list[int], LexiconEntry]]
                           ) -> list[tuple[list[int], LexiconEntry]]:
        """A lone word read as a general finding, said of an organ named before it in its
        sentence with no other site between ("my eye is red and really painful"), reads as
        the lexicon reads the organ and the word together ("eye pain": Ocular pain), when
        that reading is narrower; the organs of ``_NAMED_ORGAN_WORDS``."""
        tokens = reading.tokens
        narrowed: list[tuple[list[int], LexiconEntry]] = []
        for positions, entry in matched:
            found = None
            if len(positions) == 1 and entry.ids == (_PAIN,):
                token = tokens[positions[0]]
                for adjective, (words, _) in _NAMED_ORGAN_WORDS.items():
                    if not self._organ_leads(tokens, positions[0], words):
                        continue
                    organ = self.lexicon.lookup(" ".join(sorted((adjective, token.stem))))
                    if organ is not None and organ.kind == "finding" and any(
                            i in self.ontology and g in self.ontology and g != i
                            and self.ontology.is_ancestor(self.ontology.index(g),
                                                          self.ontology.index(i))
                            for i in organ.ids for g in entry.ids):
                        found = organ
                        break
            narrowed.append((positions, found or entry))
        return narrowed

    def _organ_leads(self, tokens: Sequence[Token], position: int,
                     words: frozenset[str]) -> bool:
        """Is the nearest body site before ``position`` in its sentence a word of the
        organ (``words``, stems)?"""
        for back in range(position - 1, -1, -1):
            token = tokens[back]
            if _SENTENCE_BREAK.fullmatch(token.folded):
                return False
            if token.stem in words:
                return True
            if token.is_word and self._sites.is_site_word(token.folded):
                return False
        return False

    def _read_red_flag_findings(self, reading: _Reading,
                                findings: Sequence[RecognizedFinding] | None = None) -> None:
        """A present finding (of ``findings``, else of the reading) whose HPO term is itself
        an emergency raises its notice too, unless it is said only of a site where the term
        is no emergency (red_flags.yaml ``not_at``, text/flag_sites.py)."""
        for finding in reading.findings if findings is None else findings:
            if finding.negated or finding.relative is not None:  # a relative's is no emergency
                continue
            for hpo in finding.ids[:1]:
                advice = self._red_flag_ids.get(hpo)
                if not advice or any(f.text == finding.text for f in reading.flags):
                    continue
                if said(reading.text.lower(), self._red_flag_id_unless.get(hpo, ())):
                    continue
                not_at = self._red_flag_not_at.get(hpo)
                if not_at and said_only_at(reading.tokens, finding.start, finding.site, not_at,
                                           self._sites.is_site_word, self._persons):
                    continue
                reading.flags.append(RedFlagHit(finding.text, advice))

    def _unrecognized(self, reading: _Reading, clauses: list[list[int]]) -> list[str]:
        """Runs of content words that nothing explained (never silently dropped)."""
        tokens = reading.tokens
        runs: list[str] = []
        for clause in clauses:
            run: list[int] = []
            for i in [*clause, -1]:
                token = tokens[i] if i >= 0 else None
                keep = (
                    token is not None
                    and token.is_word
                    and self._cues.is_content(token)
                    and not self._cues.is_frame(token)
                    and i not in reading.consumed
                    and token.start not in reading.person_chars
                    and token.start not in reading.context_chars
                    and not token.folded.isdigit()
                    # A quantity no finding took ("a lot of pain") only says how much.
                    and token.stem != EXCESS_MARK
                )
                if keep:
                    run.append(i)
                elif run:
                    runs.append(reading.span_text(run))
                    run = []
        return runs

    # ---- helpers ----

    def _inside_finding(
        self, tokens: list[Token], content: list[int], start: int, end: int
    ) -> bool:
        """True when a known phrase joins the category words with a neighbouring word."""
        for lo, hi in ((start - 1, end), (start, end + 1)):
            if lo < 0 or hi > len(content):
                continue
            span = content[lo:hi]
            extra = span[0] if lo < start else span[-1]
            if self._cues.is_frame(tokens[extra]):
                continue
            if span[-1] - span[0] > _MAX_SPREAD_PER_WORD * len(span):
                continue
            if self.lexicon.lookup(order_free_key(tokens, span)) is not None:
                return True
        return False

    def _explained(self, reading: _Reading, spans: list[list[int]]) -> set[int]:
        """Positions read as something other than a finding (category and cue words, the
        person's age and sex): a negation scope runs across them."""
        in_findings = {p for span in spans for p in span}
        person = {i for i, t in enumerate(reading.tokens)
                  if t.start in reading.person_chars or t.start in reading.context_chars}
        return (reading.consumed - in_findings) | person

    def _with_sites(self, reading: _Reading, clause: list[int],
                    found: list[tuple[list[int], LexiconEntry]],
                    stage_words: tuple[str, ...],
                    described: Sequence[_Match] = ()) -> list[_Match]:
        """Each finding of a clause joined with the body site it names (text/sites.py), and
        with the life stage of a baby ("my newborn is floppy": Neonatal hypotonia)."""
        words = _site_words(reading.tokens)
        placed: dict[int, _Match] = {}
        # A finding in a relative clause after a site ("... fingers that wakes me at night")
        # that names no narrower term with it waits for the findings that do: "a tingling in
        # my thumb and first two fingers that wakes me at night" is Hand paresthesia, though
        # the waking, read first, would take the fingers back across "that" as its own
        # (general) site and leave the tingling with none. A site that is the subject of its
        # finding ("one of his pupils looks white") stays that finding's.
        waiting: list[tuple[int, Composition, list[int]]] = []
        for order, (positions, entry) in enumerate(found):
            # Site words inside the finding's own span belong to it ("a dislocated eye
            # lens": "eye"), never to the unrecognised words.
            span = list(range(positions[0], positions[-1] + 1))
            inside = [p for p in self._sites.sites_within(words, span)
                      if p not in reading.consumed and p not in positions]
            # The site text names only whole sites outside the finding's words: the rest of
            # "front of my neck" around a phrase that took "front" and "neck" is no site.
            own_site = [p for p in self._sites.sites_within(words, span, positions)
                        if p not in reading.consumed]
            # So do the position words between its words ("pain under my heel", one lexicon
            # phrase across "under").
            reading.consumed.update(p for p in span if words[p] in POSITION_WORDS
                                    and p not in positions)
            reading.consumed.update(inside)
            # A growth's site is not the finding's, except for pain: "a lump under my
            # kneecap that hurts" hurts there (Knee pain), as "a lump on her nose that
            # bleeds" does not bleed from the nose.
            composition = (None if entry.ids != (_PAIN,)
                           and self._after_a_growth_site(reading.tokens, positions[0])
                           else self._sites.compose(
                               words, clause, positions, entry,
                               reading.consumed | _referred_after_set(reading.tokens,
                                                                      positions)))
            if composition is None and entry.ids == (_PAIN,):
                composition = self._pain_of_a_growth(words, clause, positions, entry,
                                                     reading.consumed)
            if (composition is not None and not composition.specific
                    and composition.site_words
                    and _RELATIVES & set(words[max(composition.site_words):min(positions)])):
                waiting.append((order, composition, own_site))
                continue
            placed[order] = self._placed_match(reading, words, clause, positions, entry,
                                               composition, own_site, stage_words)
        for order, first, own_site in waiting:
            positions, entry = found[order]
            composition = first
            if set(first.positions) & reading.consumed:
                # Its site went to a finding HPO names with it: read it again without.
                again = self._sites.compose(words, clause, positions, entry, reading.consumed)
                composition = again if again is None or not set(
                    again.positions) & reading.consumed else None
            placed[order] = self._placed_match(reading, words, clause, positions, entry,
                                               composition, own_site, stage_words)
        matches = [placed[order] for order in sorted(placed)]
        shared = self._shared_sites(reading, clause, matches, described)
        reading.sited.update({m.positions[-1]: m for m in [*shared, *described]
                              if m.site_positions})
        return shared

    def _placed_match(self, reading: _Reading, words: list[str], clause: list[int],
                      positions: list[int], entry: LexiconEntry,
                      composition: Composition | None, own_site: list[int],
                      stage_words: tuple[str, ...]) -> _Match:
        """A finding of ``_with_sites`` with its site composition (``None``: none)."""
        if composition is None:
            staged = (self._sites.narrow(words, positions, entry, stage_words)
                      if stage_words else None)
            # The stage is the reader's inference, not the asker's words: the narrower
            # term joins the finding as an OR-group ("Neonatal hypotonia | Hypotonia").
            ids = (tuple(dict.fromkeys((*staged, *entry.ids))) if staged else entry.ids)
            if not own_site and entry.source == "curated" and entry.kind == "finding":
                # A curated lay phrase that holds its site ("numbness in both feet") keeps
                # that site as the finding's, as the same finding said in other words would
                # ("numbness in my feet"): the phrase chose the terms, not the place.
                own_site = list(self._sites.sites_within(words, positions))
                # With the side word said before it ("both feet", "my left knee"), or the
                # word that makes a longer site with its first ("my lower back is stiff").
                own_site = sorted({*own_site, *(
                    p - 1 for p in own_site[:1]
                    if (min(positions) < p and (words[p - 1],) in self._sites.sides)
                    or (p == min(positions) and p - 1 not in reading.consumed
                        and self._sites.site_ending_at(words, p)))})
                reading.consumed.update(own_site)
            return _Match(clause, positions, entry, (ids,),
                          reading.site_text(own_site) if own_site else None,
                          source="stage" if staged else None)
        reading.consumed.update(composition.positions)
        named = list(composition.site_words)
        if (named and not composition.specific and entry.source == "curated"
                and entry.kind == "finding"
                and not self._sites.sites_within(words, named)):
            # Only a side was said after a curated lay phrase that holds its own site
            # ("a swelling under my jaw on one side"): the phrase's site stays the finding's,
            # with the side, where the side alone lost the jaw (h-sites15).
            named = sorted({*self._sites.sites_within(words, positions), *named})
        site = reading.site_text(named) if named else None
        return _Match(
            clause, sorted({*positions, *composition.positions}), entry,
            composition.readings, site,
            "site" if composition.specific else entry.source,
            composition.positions)

    def _predicate_series(self, reading: _Reading, clause: list[int], match: _Match
                          ) -> tuple[_Match, list[int]] | None:
        """The finding a one-word finding goes on the series of, past a comma: the clause
        before it holds only describing words read as nothing or with the site, commas and
        "and"/"or" ("..., hot and swollen"), and the comma follows a finding composed with
        its site after a linking verb ("my big toe went red"). Then that finding and the
        words between them; else ``None``. A clause after a comma that follows no predicate
        ("bowed legs, short height") is a new item of a list, not read so."""
        tokens = reading.tokens
        words = [t.folded for t in tokens]
        first = match.positions[0]
        between = [k for k in clause if k < first]
        start = clause[0]
        if not between or words[between[-1]] not in self._cues.words.coordinators:
            return None
        k = start - 1 if words[start] != "," else start
        while k >= 0 and words[k] == ",":
            k -= 1
        other = reading.sited.get(k)
        if other is None or "," not in words[k + 1:first]:
            return None
        spans = [*other.positions, *other.site_positions]
        if not any(words[p] in _LINKING_VERBS for p in range(min(spans), max(spans) + 1)):
            return None
        describing = 0
        for p in between:
            if words[p] == "," or words[p] in self._cues.words.coordinators:
                continue
            if (not tokens[p].is_word or not self._cues.is_content(tokens[p])
                    or (p in reading.consumed and p not in reading.shared_heads)
                    or words[p] in _PERSON_WORDS
                    or self._sites.sites_within(words, [p])
                    or describing == _MAX_SERIES_WORDS):
                return None
            describing += 1
        return other, [*range(k + 1, first)]

    def _qualifies_own_noun(self, words: Sequence[str], positions: Sequence[int],
                            shared: Sequence[int]) -> bool:
        """Is the site at ``shared``, inside a finding's phrase at ``positions``, a word of a
        noun phrase of its own: after a determiner and right before a noun that is no site
        ("lost *the leg* reflexes", "*his ankle* jerks are gone")? Then it qualifies that
        noun only; "itchy and watery eyes", "stiff and swollen knee joints" share theirs."""
        after = max(shared) + 1
        return (min(positions) < min(shared) - 1 and words[min(shared) - 1] in _DETERMINER_WORDS
                and after in positions and words[after].isalpha()
                and not self._sites.is_site_word(words[after])
                and not self._sites.is_site_phrase(tuple(words[min(shared):after + 1]))
                and words[after] not in _PREDICATE_WORDS)

    def _colour_of_a_rash(self, match: _Match, other: _Match) -> bool:
        """Is ``match`` the colour red (Erythema) said right before a named rash (a term
        narrower than Skin rash: Malar rash) that HPO defines as red ("A red eruption of the
        skin")? A rash read as Skin rash alone names no place, and leaves it to the redness
        ("a red spotty rash on my palms and soles": Palmoplantar erythema)."""
        onto = self.ontology
        if {i for ids in match.readings for i in ids} != {_ERYTHEMA} or _SKIN_RASH not in onto:
            return False
        rash = onto.index(_SKIN_RASH)
        ids = {i for ids in other.readings for i in ids}
        return bool(ids) and all(i in onto and i != _SKIN_RASH
                                 and onto.is_ancestor(rash, onto.index(i)) for i in ids)

    def _shared_sites(self, reading: _Reading, clause: list[int],
                      matches: list[_Match], described: Sequence[_Match] = ()) -> list[_Match]:
        """A finding joined by "and"/"or" to the next one shares that one's site or
        circumstance when HPO names the pair ("cramps and muscle pain after exercise":
        Exercise-induced muscle cramps too). Only a narrower term is taken."""
        tokens = reading.tokens
        words = _site_words(tokens)
        start = {m.positions[0]: m for m in matches}
        # A finding after "and" shares the site of the one before it too, when that one
        # names its site ("my knees have become stiff and achy": Knee pain as well as Stiff
        # knee; "her calf is swollen and sore").
        end = {m.positions[-1]: m for m in [*matches, *described]}
        result = []
        for match in matches:
            # A word read with the noun of its series has its site already ("sore swollen
            # joints" is Arthralgia, no narrower joint term).
            if (match.site_positions or match.source == "stage"
                    or match.positions[0] in reading.shared_heads):
                result.append(match)
                continue
            after = [i for i in clause if i > match.positions[-1]]
            joined = (len(after) > 1 and words[after[0]] in self._cues.words.coordinators
                      and after[1] in start)
            other = start[after[1]] if joined else None
            # Describing words read as nothing may stand between ("a painful tender
            # swelling at the front of my neck": Neck pain beside Anterior neck swelling).
            lead = 0
            described_before = False
            while (lead < min(_MAX_DESCRIBING, len(after) - 1)
                   and words[after[lead]] in _DESCRIBING_BETWEEN
                   and after[lead] not in reading.consumed
                   and after[lead] == match.positions[-1] + 1 + lead):
                lead += 1
            # (A describing word read with the one word before it, "painful tender" read as
            # one Pain since "tender" is pain too, still counts as one word.)
            if (other is None and len(after) > lead and after[lead] in start
                    and all(words[p] in _DESCRIBING_BETWEEN for p in match.positions[1:])
                    and after[lead] == match.positions[-1] + 1 + lead):
                # One word right before another finding describes the same place ("itchy
                # watery eyes": Ocular pruritus beside Epiphora; "swollen painful knees").
                other = start[after[lead]]
                after = after[:lead + 1]
                described_before = True
                if self._colour_of_a_rash(match, other):
                    # "a red rash across her cheeks": HPO defines a rash as red ("A red
                    # eruption of the skin"), so the word is the rash's own colour, no
                    # Erythema of the site beside it (Facial erythema beside Malar rash).
                    reading.consumed.update(match.positions)
                    continue
            before = [i for i in clause if i < match.positions[0]]
            adverbs = []
            # Past degree words and a linking verb of the same subject ("my testicle has
            # swollen up and *is really* painful"; h-misses2).
            while len(before) > 2 and (words[before[-1]] in _SERIES_ADVERBS or (
                    words[before[-1]] in _SERIES_LINKING
                    and words[before[-2]] in self._cues.words.coordinators)):
                adverbs.append(before.pop())
            # A particle right after the finding before ("swollen *up* and is sore").
            particle = (len(before) > 2 and words[before[-2]] in _SERIES_PARTICLES
                        and words[before[-1]] in self._cues.words.coordinators)
            if other is None and len(before) > 1 + particle and len(match.positions) == 1 and (
                    words[before[-1]] in self._cues.words.coordinators
                    and before[-2 - particle] in end):
                other = end[before[-2 - particle]]
                joined = True
                after = [*before[-1 - particle:], *adverbs]
            carried = (self._predicate_series(reading, clause, match)
                       if other is None and len(match.positions) == 1 else None)
            if carried is not None:
                # The last item of a predicate's series that runs on past a comma ("my big
                # toe went red, hot and swollen"): said of the site of the predicate's first
                # item, over the series words read as nothing.
                other, after = carried
                joined = True
            # Its site: composed with it, or inside its own phrase ("muscle pain after
            # exercise", a phrase of the lexicon).
            shared = (() if other is None else other.site_positions if other.source == "site"
                      else self._sites.sites_inside(words, other.positions))
            if other is not None and other.source != "site" and any(
                    tokens[p].stem in MARKS for p in other.positions):
                # h-lay20: a verb of exertion the next finding's phrase says cannot be done
                # ("sick and can't walk straight": Inability to walk) is that finding's own
                # word, no circumstance it happens in (Postexertional symptom exacerbation).
                circumstances = set(self._sites.circumstances_within(words))
                shared = tuple(p for p in shared if p not in circumstances)
            if (other is not None and shared and other.source != "site" and any(
                    words[p] in _NEAR_WORDS for p in other.positions if p < min(shared))
                    and not self._sites.skin_beside_at(words, min(shared))):
                # (Around the mouth or the eyes the place is the skin beside them, which the
                # site reader reads as such: "redness and itching around the eyes".)
                # The next or last finding's own phrase places it near its site, not at it
                # ("the area *under* my jaw swells up and hurts": the pain is under the jaw,
                # no Jaw pain); that place is no site of its own to share (h-misses2).
                result.append(match)
                continue
            if (other is not None and shared
                    and self._qualifies_own_noun(words, other.positions, shared)):
                # h-sites17: the next finding's site is a word of its own noun phrase, said
                # after a determiner and before that phrase's noun ("unsteady and lost *the
                # leg reflexes*"): it says which reflexes, no place of the finding before
                # (Limb ataxia); a site is the finding's whose phrase it sits in.
                result.append(match)
                continue
            if other is not None and described_before and other.source != "site":
                # For a word that describes the finding after it, a site phrase of several
                # words among that finding's words ("painful tender swelling at the front of
                # my neck") is its site too, whole. (For findings joined by "and" it turned
                # "lower back pain and stiffness" into Spinal rigidity, and ankylosing
                # spondylitis's Joint stiffness was lost.)
                shared = tuple(sorted({*shared, *self._sites.sites_within(words, list(range(
                    min(other.positions), max(other.positions) + 1)))}))
            if (other is not None and shared and not described_before
                    and other.source != "site" and min(other.positions) > max(match.positions)
                    and self._sites.ends_a_longer_site(words, [min(other.positions),
                                                               max(shared)])):
                # The next finding's place is a site of several words that the word read
                # ends ("pain and swelling at the top of the *crease between my buttocks*"):
                # that whole site is shared, as the next finding has it, never its last
                # word alone (Buttock pain; h-reader68).
                shared = tuple(sorted({*shared, *self._sites.sites_within(words, list(range(
                    min(other.positions), max(other.positions) + 1)))}))
            if other is None or not shared or (
                    self._sites.sites_within(words, match.positions)
                    and self._sites.sites_within(words, list(shared))) or (
                    other.source != "site"
                    and self._sites.body_sites_inside(words, match.positions)
                    and set(shared) & set(self._sites.body_sites_inside(words, other.positions))):
                # A finding whose own words name its place ("weakness in my legs and
                # numbness in my hands", "sore joints and pain around my eyes") takes no
                # other place from the next one, nor from the words of the next finding's
                # phrase ("tummy pain and pulls his knees up" is no knee pain); a
                # circumstance it still shares ("chest pain and breathlessness when I
                # exercise").
                result.append(match)
                continue
            across = {*after, *other.positions} - set(shared)
            taken = (reading.consumed - set(shared)) | _referred_after_set(
                reading.tokens, match.positions)
            reach = sorted({*other.clause, *clause}) if carried is not None else clause
            composition = self._sites.compose(words, reach, match.positions, match.entry,
                                              taken, across)
            if composition is None or not composition.specific:
                # HPO names the finding at no such site ("numbness and tingling in my
                # feet"): the site is still said of it, kept beside the general finding as
                # the site reader keeps it for a finding said at the site alone (the
                # ranking weighs it, rank/sites.py).
                kept = (None if composition is None or not composition.site_words
                        else reading.site_text(list(composition.site_words)))
                result.append(match if kept is None else replace(match, site=kept))
                continue
            site_words = list(composition.site_words)
            result.append(replace(match, readings=composition.readings,
                                  site=reading.site_text(site_words) if site_words else None,
                                  source="site"))
        return result

    def _stacked_descriptors(self, text: str,
                             findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
        """A descriptor said just before another that met its site ("*thin* weak muscles in
        both hands": Hand muscle weakness) describes the same part at the same site: read
        with the other's noun and site ("thin muscles in both hands": Hand muscle atrophy),
        it takes the one term that phrase reads as whole (h-sites15). Read alone it
        lost the site (Skeletal muscle atrophy), as a second descriptor before a site phrase
        is all the site composition meets."""
        descriptors = body_sites().descriptors
        out = list(findings)
        for k, first in enumerate(findings):
            if (first.negated or first.site or first.relative is not None
                    or (first.text.lower(),) not in descriptors):
                continue
            after = [f for f in findings if f.start > first.end and not f.negated
                     and not text[first.end:f.start].strip(" ,")]
            if not after:
                continue
            other = after[0]
            head = other.text.split(maxsplit=1)
            if len(head) < 2 or (head[0].lower(),) not in descriptors:
                continue
            phrase = f"{first.text} {head[1]}"
            reread = [f for f in self.read(phrase).findings if not f.negated]
            # The reading of the whole phrase, one term: the descriptor composed with the
            # noun and the site ("Hand muscle weakness" is no Muscle weakness in HPO, so the
            # whole phrase, not a term below, is what tells it).
            whole = [f for f in reread if f.start == 0 and f.end == len(phrase)]
            narrower = [f for f in whole if len(f.ids) == 1 and f.ids != first.ids]
            if not narrower and other.site and any(
                    f.ids == first.ids and f.site for f in whole):
                # No term of it there ("red itchy skin on my elbows": Erythema): the site
                # is still said of it, kept beside the general finding.
                out[k] = replace(first, site=other.site)
                continue
            if narrower:
                out[k] = replace(first, ids=narrower[0].ids, labels=narrower[0].labels,
                                 site=other.site or narrower[0].site, source="site")
        return out

    def _series_of_a_site(self, text: str,
                          findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
        """Every describing word of a series said of a body site after a linking verb takes
        the site, not the first alone ("my left breast is hot, red and hard": the redness is
        the breast's; "the skin around his eye is red, puffy and painful": Periorbital edema).
        Each later item (one or two content words between commas and "and"/"or") read as a
        finding with no site is read again as said of the subject alone
        ("my left breast is red"): the finding takes the narrower term that reading gives,
        or keeps its readings with the subject as its site (h-sites16). An item read as
        nothing stays so. The series runs over content words only: a function word, a
        person ("and I feel shivery") or a sentence end closes it; a negation anywhere in
        the statement leaves it as read ("my knee is not red, hot or swollen")."""
        tokens = self._tokenize(text)
        words = [t.folded for t in tokens]
        out = list(findings)
        for verb in (k for k, word in enumerate(words) if word in _LINKING_VERBS):
            subject = self._subject_of(tokens, verb)
            if not subject or not self._sites.sites_within(words, subject):
                continue
            items = self._series_items(tokens, verb)
            span = range(subject[0], items[-1][-1] + 1) if items else range(0)
            if len(items) < 2 or any(self._cues.is_negation_word(tokens[p]) for p in span):
                continue
            said = text[tokens[subject[0]].start:tokens[verb].end]
            # The subject as written, without its leading determiners, is the site a finding
            # keeps when the site gives it no narrower term ("skin in the creases of my
            # child's elbows").
            named = [p for p in subject if p >= next(
                (q for q in subject if words[q] not in _SUBJECT_DETERMINERS), subject[-1])]
            site = text[tokens[named[0]].start:tokens[named[-1]].end]
            out += self._inflamed_series(text, tokens, said, items, out)
            for item in items[1:]:
                start, end = tokens[item[0]].start, tokens[item[-1]].end
                inside = [f for f in out if f.start < end and start < f.end]
                if any(f.site or f.negated or f.relative is not None
                       or f.start < start or f.end > end for f in inside):
                    continue
                phrase = f"{said} {text[start:end]}"
                reread = [f for f in self._read(phrase, again=True).findings
                          if not f.negated and f.site and f.end > len(said)]
                if not reread:
                    continue
                if not inside:
                    # An item read as nothing in the series stays so: alone it may read in
                    # a sense the series rules out ("my back is red, burning and tender" is
                    # a sunburn's burning, no nerve pain).
                    continue
                out = [f for f in out if f not in inside]
                # A finding the item was read as keeps its readings and takes the site, or
                # the narrower term the site gives ("swollen" of a knee: Joint swelling
                # stays; "stiff every morning" keeps its morning stiffness).
                again = reread[0]
                out += [replace(f, ids=again.ids, labels=again.labels, site=again.site,
                                source=again.source)
                        if narrower(self.ontology, again.ids, f.ids)
                        else replace(f, site=site) for f in inside]
        return sorted(out, key=lambda f: f.start) if out != findings else findings

    def _listed_subjects(self, text: str,
                         findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
        """Each part of a list said before its describing words takes each of them ("his
        knees and elbows are stiff and swollen": Stiff knee as well as Stiff elbow; "his
        glands and spleen are big": Lymphadenopathy as well as Splenomegaly). Every part
        (text/coordination.py) is read again with every item of the series after it (one or
        two content words between commas and "and"/"or", after a linking verb or right after
        the parts: "my ankles and wrists ache and swell") as a statement of its own ("his
        knees are stiff"), and a finding of that reading joins the question's when it is of
        the part (its words or its site), of the item, and neither read already nor wider
        than a finding read of the statement ("hands and feet are swollen": no Edema beside
        Pedal edema). A part may be a noun the reader reads no finding of ("glands") beside a
        body site of the list. A statement that holds a negation ("my knees and ankles are not
        swollen") denies each new finding with the cue of the finding read of its item, and
        adds none where that finding is not denied; one read as no one's own (a relative's,
        someone else's) adds none (h-coordsubj)."""
        tokens = join_site_lists(self._tokenize(text), self._sites.is_site_phrase)
        words = [t.folded for t in tokens]
        read_chars = {c for f in findings for c in range(f.start, f.end)}

        def site(start: int, end: int) -> bool:
            return self._sites.is_site_phrase(tuple(words[start:end + 1]))

        def is_part(start: int, end: int) -> bool:
            token = tokens[start]
            return site(start, end) or (
                start == end and token.is_word and token.folded.isalpha()
                and self._cues.is_content(token) and token.folded not in _PERSON_WORDS
                and token.folded not in self._person_nouns and token.start not in read_chars)

        out = list(findings)
        spans = [(t.start, t.end) for t in tokens]
        for subject in listed_subjects(words, is_part):
            if not any(site(p[-1], p[-1]) or (len(p) > 1 and site(p[-2], p[-1]))
                       for p in subject.parts):
                continue
            after = subject.last + 1 + len(subject.between)
            if after >= len(tokens):
                continue
            # The describing words follow the linking verb, or the parts themselves ("my
            # ankles and wrists ache"), past a negation ("are not swollen or red").
            lead = after if words[after] in _LINKING_VERBS else after - 1
            while lead + 1 < len(tokens) and self._cues.is_negation_word(tokens[lead + 1]):
                lead += 1
            items = self._series_items(tokens, lead)
            if not items:
                continue
            start, end = tokens[subject.parts[0][0]].start, tokens[items[-1][-1]].end
            own = [f for f in out if f.relative is None and f.start < end and start < f.end]
            told = tokens[subject.last].end
            if not own or any(f.end < told and f.start < tokens[part[0]].start
                              and tokens[part[-1]].start < f.end
                              for f in findings for part in subject.parts):
                # A part read as the site of a finding said before the describing words
                # belongs to that finding ("I can't raise my arm above my head and my
                # shoulder aches": no headache).
                continue
            denied = any(self._cues.is_negation_word(tokens[p])
                         for p in range(subject.parts[0][0], items[-1][-1] + 1))
            verb = " ".join(text[tokens[p].start:tokens[p].end]
                            for p in range(subject.last + 1, items[0][0])
                            if not self._cues.is_negation_word(tokens[p]))
            added: list[RecognizedFinding] = []
            for part, alone in zip(subject.parts, part_phrases(text, spans, subject),
                                  strict=True):
                for item in items:
                    item_start, item_end = tokens[item[0]].start, tokens[item[-1]].end
                    if any(f.start <= tokens[subject.parts[0][-1]].start
                           and f.end == item_end for f in own):
                        # The site reader composed the item with the whole list ("arms and
                        # legs are weak": Limb muscle weakness): its reading stands.
                        continue
                    cue = next((f for f in own if f.negated and f.start < item_end
                                and item_start < f.end), None)
                    if denied and cue is None:
                        continue
                    item_text = text[item_start:item_end]
                    phrase = " ".join(filter(None, (alone, verb, item_text)))
                    at = len(phrase) - len(item_text)
                    for again in self._read(phrase, again=True).findings:
                        if (again.negated or again.relative is not None or again.end <= at
                                or not (again.start < len(alone) or again.site)):
                            continue
                        found = replace(again, text=text[tokens[part[0]].start:item_end],
                                        start=tokens[part[0]].start, end=item_end)
                        if cue is not None:
                            found = replace(found, negated=True, cue=cue.cue,
                                            cue_before=cue.cue_before, cue_span=cue.cue_span)
                        same = [f for f in [*out, *added] if f.negated == found.negated
                                and f.relative is None]
                        if any(set(f.ids) & set(found.ids) for f in same) or any(
                                narrower(self.ontology, f.ids, found.ids) for f in same
                                if f.start < end and start < f.end):
                            continue
                        added.append(found)
            out += [f for f in added if not any(
                narrower(self.ontology, g.ids, f.ids) for g in added if g is not f)]
        return sorted(out, key=lambda f: f.start) if out != findings else findings

    def _inflamed_series(self, text: str, tokens: list[Token], said: str,
                         items: list[list[int]], findings: list[RecognizedFinding]
                         ) -> list[RecognizedFinding]:
        """A site said to be both red and hot ("my left breast is hot, red and hard", "my
        knee is red and warm") shows two of the four cardinal signs of inflammation Celsus
        named, redness and heat (Punchard, Whelan and Adcock, "The Journal of
        Inflammation", J Inflamm 2004;1:1, doi:10.1186/1476-9255-1-1): it is read again as
        said to be inflamed ("my left breast is inflamed": Mastitis), and the term HPO
        defines as the inflammation of that site joins the findings, at the heat word
        (h-sites17). ``[]`` when the site has no such term or the series says no both."""
        words = [tokens[p].folded for item in items for p in item]
        heat = next((p for item in items for p in item
                     if tokens[p].folded in _HEAT_WORDS), None)
        if heat is None or not any(COLOURS.get(w) == "red" or w == "redness" for w in words):
            return []
        if any(t.folded in POINT_NOUNS for t in tokenize(said)):
            # "The tip of my elbow is hot and red": the bone's point, over the joint, whose
            # inflammation is no inflammation of the joint (``SiteReader._at_a_point``).
            return []
        phrase = f"{said} inflamed"
        found = [f for f in self._read(phrase, again=True).findings
                 if not f.negated and f.end == len(phrase)]
        if len(found) != 1 or found[0].ids == (_INFLAMMATION,) or any(
                f.ids == found[0].ids for f in findings):
            return []
        start, end = tokens[heat].start, tokens[heat].end
        return [replace(found[0], text=text[start:end], start=start, end=end)]

    def _series_before_a_site(self, text: str,
                              findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
        """Every describing word of a series before a noun said at a site describes that
        noun there, not the first alone ("a red, sore, swollen lump on the edge of my upper
        eyelid": Eyelid erythema, Eyelid pain; "tender red lumps on the fronts of both my
        shins": the red lumps are Erythema nodosum). A one-word finding followed, over
        commas, "and" and other describing words only (at most ``_MAX_WORDS_BESIDE``), by a
        finding with a site is read again with that finding's words ("red lump on the edge
        of my upper eyelid"); the reading of the word there takes its place when it is
        narrower, and its site is kept otherwise (h-sites16)."""
        tokens = self._tokenize(text)
        at = {t.start: k for k, t in enumerate(tokens)}
        sited = {at[f.start]: f for f in findings
                 if f.site and not f.negated and f.relative is None and f.start in at}
        out = list(findings)
        dropped: set[int] = set()
        for n, first in enumerate(findings):
            k = at.get(first.start)
            if (k is None or first.negated or first.relative is not None or id(first) in dropped
                    or (tokens[k].end == first.end and self._names_a_term(tokens[k]))):
                # A word that names its term ("pain and stiffness at the back of my heel")
                # is an item of a list of findings, no word describing the noun after it.
                continue
            # h-sites17: a phrase of describing words read as one ("painful red" raised
            # lumps) is read again with a lump's noun only as one term of both.
            several = tokens[k].end != first.end
            k = next((j for j in range(k, len(tokens)) if tokens[j].end == first.end), -1)
            if k < 0:
                continue
            nxt, words = k + 1, 0
            while nxt < len(tokens) and nxt not in sited and words <= _MAX_WORDS_BESIDE:
                folded = tokens[nxt].folded
                if folded != "," and folded not in self._cues.words.coordinators:
                    if (not tokens[nxt].is_word or not self._cues.is_content(tokens[nxt])
                            or self._sites.sites_within([t.folded for t in tokens], [nxt])):
                        break
                    words += 1
                nxt += 1
            other = sited.get(nxt)
            if other is None or other is first or words > _MAX_WORDS_BESIDE or any(
                    tokens[p].folded in _BESIDE_A_PART for p in range(nxt, len(tokens))
                    if tokens[p].end <= other.end):
                # Nor does a word describe the part beside which the noun is ("a sore rash
                # in the skin folds under my breasts" is no breast pain).
                continue
            phrasings = list(self._noun_phrasings(first.text, text[other.start:other.end],
                                                  other.site))
            reads = [(phrase, whole, self._read(phrase, again=True).findings)
                     for phrase, whole in phrasings]
            one = next((f for phrase, whole, found in reads if whole and len(found) == 1
                        for f in found
                        if f.start == 0 and f.end == len(phrase) and not f.negated
                        and f.site and f.ids not in (first.ids, other.ids)
                        and not self._noun_reads_so(phrase[len(first.text) + 1:], f.ids)),
                       None)
            if one is not None:
                # h-sites17: the word and the lump's noun read together as one term, as
                # said in other words of a lump ("red nodules on my shins" as "red lumps on
                # the shins": Erythema nodosum) name both: one finding of both their words.
                out[n] = replace(first, ids=one.ids, labels=one.labels, site=one.site,
                                 source=one.source, text=text[first.start:other.end],
                                 end=other.end)
                dropped.add(id(other))
                continue
            if several:
                continue
            readings = [next((f for f in found if f.start == 0 and f.site and not f.negated
                              and f.ids != other.ids), None) for _, _, found in reads]
            again = next((f for f in readings if f is not None
                          and narrower(self.ontology, f.ids, first.ids)), readings[0])
            if again is None:
                continue
            out[n] = (replace(first, ids=again.ids, labels=again.labels, site=again.site,
                              source=again.source)
                      if narrower(self.ontology, again.ids, first.ids)
                      else first if first.site else replace(first, site=again.site))
        return [f for f in out if id(f) not in dropped]

    def _noun_reads_so(self, phrase: str, ids: tuple[str, ...]) -> bool:
        """Does the noun's phrase alone read as ``ids`` ("tender lumps on both shins" reads
        as "lumps on both shins" does: the word added nothing)?"""
        return any(f.ids == ids for f in self._read(phrase, again=True).findings)

    def _noun_phrasings(self, word: str, said: str,
                        site: str | None) -> Iterator[tuple[str, bool]]:
        """The phrases a describing word is read again in with the noun said at a site
        after it (``_series_before_a_site``), each with whether the noun is a lump's
        (body_sites.yaml ``skin_growths``): with the noun's phrase as said; then, for a
        lump, from its noun on, the words describing it before it left out; then the word
        (and the colour it names, text/colours.py) with the noun and each other noun of a
        lump it reads as, said "on" the noun's site (h-sites17: "red *raised* lumps on my
        shins", "erythematous *nodules* over both *anterior* shins" are the red lumps on
        the shins HPO's Erythema nodosum is said in)."""
        tokens = tokenize(said)
        noun = next((k for k, t in enumerate(tokens)
                     if self._sites.is_skin_growth_noun(t.folded)), None)
        yield f"{word} {said}", noun is not None
        if noun is None:
            return
        if noun:
            yield f"{word} {said[tokens[noun].start:]}", True
        if not site:
            return
        folded = tokens[noun].folded
        for plain in dict.fromkeys((word, COLOURS.get(word.lower(), word))):
            for other in (folded, *self._sites.same_growth_nouns(folded)):
                yield f"{plain} {other} on {site}", True

    def _subject_of(self, tokens: list[Token], verb: int) -> list[int]:
        """The words of the subject before a linking verb, back to the start of its clause
        (a comma, "and", "or", "but", a sentence end or a person: "I'm breastfeeding and *my
        left breast* is ...")."""
        subject: list[int] = []
        for k in range(verb - 1, max(-1, verb - 1 - _MAX_SITE_SUBJECT), -1):
            word = tokens[k].folded
            if (not tokens[k].is_word or word in self._cues.words.coordinators
                    or word in _PERSON_WORDS or word == "but"):
                break
            subject.insert(0, k)
        return subject

    def _series_items(self, tokens: list[Token], verb: int) -> list[list[int]]:
        """The items of the series after a linking verb: runs of at most
        ``_MAX_ITEM_WORDS`` content words between commas and "and"/"or" (degree words
        passed over: "and very painful"); the series ends at any other word."""
        items: list[list[int]] = [[]]
        for k in range(verb + 1, len(tokens)):
            word = tokens[k].folded
            if word == "," or word in self._cues.words.coordinators:
                if not items[-1]:
                    break
                items.append([])
                continue
            if word in _SERIES_ADVERBS and not items[-1]:
                continue
            if (not tokens[k].is_word or not self._cues.is_content(tokens[k])
                    or word in _PERSON_WORDS or word in _LINKING_VERBS
                    or word in _SERIES_STOPS
                    or self._cues.is_frame(tokens[k])
                    or len(items[-1]) == _MAX_ITEM_WORDS):
                break
            items[-1].append(k)
        return [item for item in items if item]

    def _limited_denials(self, text: str,
                         findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
        """A finding denied "anywhere else" (``_LIMITED_DENIAL`` right after it) that the
        question also says is present, as such or as a narrower term ("a rash on her cheeks,
        no rash anywhere else": Malar rash), is no denial: it says where the finding is
        only, so the denied reading is dropped (it denied the very rash the question names).
        Said of no present finding ("a bald patch, no rash anywhere else") it stays a denial.
        h-lay22: so is a finding denied by a cue that limits itself to what is not named
        ("my tummy hurts ..., nothing else hurts", "my toe is painful, no other pain"): it
        denied the pain the question names."""
        onto = self.ontology
        present = [i for f in findings if not f.negated and f.relative is None for i in f.ids]

        def said(denied: str) -> bool:
            return onto.any_under(denied, present) if denied in onto else denied in present

        return [f for f in findings
                if not (f.negated and f.relative is None
                        and (_LIMITED_DENIAL.match(text[f.end:]) or _excepting_cue(text, f))
                        and any(said(i) for i in f.ids))]

    def _finding(
        self,
        reading: _Reading,
        match: _Match,
        ids: tuple[str, ...],
        negation: Cue | None,
    ) -> RecognizedFinding:
        tokens = reading.tokens
        positions = match.positions
        first, last = min(positions), max(positions)
        cue = None
        cue_span = None
        if negation is not None:
            cue_span = (tokens[negation.first].start, tokens[negation.last].end)
            cue = reading.text[cue_span[0] : cue_span[1]]
        return RecognizedFinding(
            text=reading.span_text(positions),
            ids=ids,
            labels=tuple(self._label(i) for i in ids),
            negated=negation is not None,
            cue=cue,
            cue_before=negation is not None and negation.last < first,
            cue_span=cue_span,
            uncertain=uncertain(self._cues, tokens, match.clause, first),
            queried=queried(tokens, match.clause, first),
            source=match.source or match.entry.source,
            kind=match.entry.kind,
            start=tokens[first].start,
            end=tokens[last].end,
            site=match.site,
        )


def _past_joined_doings(tokens: Sequence[Token], before: list[int],
                        coordinators: Container[str]) -> list[int]:
    """The clause's words before a linking verb, without a series of "-ing" doings joined to
    the verb by "and" ("my ears keep popping and crackling and feel bunged up"): the verb
    shares their subject, which the search for the predicate's noun then reaches ("ears ...
    bunged up", blocked ears; h-lay17). ``before`` unchanged when no such series ends it."""
    k = len(before)
    doings = 0
    while k > 0:
        folded = tokens[before[k - 1]].folded
        if folded in coordinators or folded == ",":
            k -= 1
        elif folded.endswith("ing") and len(folded) > 4:
            doings += 1
            k -= 1
        elif folded in _KEEP_WORDS and doings:
            k -= 1
        else:
            break
    joined = doings > 0 and bool(before) and tokens[before[-1]].folded in coordinators
    return before[:k] if joined else before


def _splits_a_phrase(words: Sequence[int], phrases: Sequence[Sequence[int]]) -> bool:
    """Would the noun words of a shared head take the start of a phrase already read, whose
    other words go on after them? "my legs jerk and *move on their own*" is no "legs move"
    (the key of "have to move my legs", Restless legs): the verb is read with its own words
    (Involuntary movements), h-reader60. The noun that ends a phrase is shared as before
    ("loose and *hard stools*": loose stools)."""
    own = set(words)
    return any(own & set(phrase) and max(phrase) > max(own) for phrase in phrases)


def _lesion_place(words: list[str], match: _Match, matched: list[_Match]) -> bool:
    """Is a word of ``match`` the part a skin lesion read just before it is on: another
    finding of ``_SKIN_LESIONS`` ends at most ``_LESION_PLACE_REACH`` words before it, with
    only words of place between ("blisters across my chest", "a rash on my chest that
    burns")?"""
    for other in matched:
        if other is match or not {i for ids in other.readings for i in ids} & _SKIN_LESIONS:
            continue
        end = max(other.positions)
        for p in match.positions:
            if end < p <= end + _LESION_PLACE_REACH and all(
                    q in other.positions or words[q] in _LESION_PLACE_WORDS
                    for q in range(end + 1, p)):
                return True
    return False


@dataclass(frozen=True, slots=True)
class _Match:
    """A finding read in a clause, before its negation is known."""

    clause: list[int]
    positions: list[int]
    entry: LexiconEntry
    readings: tuple[tuple[str, ...], ...]  # the terms it means (several: one per body site)
    site: str | None = None
    source: str | None = None
    site_positions: tuple[int, ...] = ()  # its site words and their linkers


def _said_to_come_back(tokens: Sequence[Token], match: _Match) -> bool:
    """Does the match's clause say the finding keeps returning: "come(s)/coming back" or
    "recur(s)", "return(s)" soon after it ("fevers that keep coming back"), "keep(s)
    getting/having/catching" just before it ("I keep getting fevers"), or a regular interval
    ("every 3 weeks", "like clockwork")?"""
    first, last = match.positions[0], match.positions[-1]
    clause = set(match.clause)
    after = [k for k in range(last + 1, min(len(tokens), last + 1 + _BACK_REACH))
             if k in clause]
    for k in after:
        word = tokens[k].folded
        if word in SENTENCE_ENDS:
            break
        if word in _RETURNING_VERBS or (word in _BACK_VERBS and k + 1 < len(tokens)
                                        and tokens[k + 1].folded == "back"):
            return True
    if any(k - 1 >= 0 and tokens[k].folded in _KEEP_VERBS and tokens[k - 1].folded in _KEEP_WORDS
           for k in range(max(0, first - _KEEP_REACH), first)):
        return True
    # A return at regular intervals ("a temperature every 3 to 4 weeks like clockwork",
    # text/intervals.py), anywhere in the finding's clause.
    return intervals.regular_return([t.folded for t in tokens], match.clause)


SYNCOPE, LOSS_OF_CONSCIOUSNESS = "HP:0001279", "HP:0007185"
# Marks that end a note's item: a finding and a modifier with one between are said apart.
_ITEM_ENDS = frozenset(",;.")
_ITEM_REACH = 30  # characters between a finding and its modifier at most


def _same_item(text: str, start: int, end: int, other_start: int, other_end: int) -> bool:
    """Are two spans of ``text`` in one item of a note: near, with no comma, semicolon or
    full stop between?"""
    between = text[end:other_start] if end <= other_start else text[other_end:start]
    return len(between) <= _ITEM_REACH and not _ITEM_ENDS.intersection(between)


# h-clinician6 (issue 14): words right before a finding that say it has recurred
# ("recurrent DVT", "recurrent VTE", "repeated chest infections"; a count before it, "2x
# miscarriage", reads "recurrent" in text/normalize.py) and a count of two or more written
# onto "x" right after it ("pneumonia x3", "DVT x2"): as after "another", a finding HPO also
# names "Recurrent <finding>" is read as that child (Recurrent deep vein thrombosis). Findings
# with no such child keep their term ("vomiting x2", "nocturia x4": counts of one day).
_RECURRING_BEFORE = frozenset({"recurrent", "recurring", "repeated", "repeat"})


def _said_to_recur(tokens: Sequence[Token], match: _Match) -> bool:
    """Is the finding said to have recurred: "recurrent"/"repeated" as its first word or
    right before it, or a count of 2 or more ("x2", "3x") right after it?"""
    first, last = match.positions[0], match.positions[-1]
    if any(0 <= k < len(tokens) and tokens[k].folded in _RECURRING_BEFORE
           for k in (first, first - 1)):
        return True
    if last + 1 < len(tokens):
        number = count_of(tokens[last + 1])
        return number is not None and number >= 2
    return False


@dataclass(slots=True)
class _Reading:
    """The working state of one :meth:`QuestionReader.read` call (never shared)."""

    text: str
    tokens: list[Token]
    person_chars: frozenset[int]  # character offsets read as the person's age or sex
    # The question tells of a child (text/milestones.py): a milestone not reached yet or
    # lost is a child's delay or regression.
    child: bool = False
    # Character offsets of context words (onset, family history) that may still be part of
    # a finding but are never reported as unrecognised.
    context_chars: frozenset[int] = frozenset()
    consumed: set[int] = field(default_factory=set)  # token positions already explained
    # A faculty word said to be unaffected -> its normal-cue (text/unaffected.py).
    denied: dict[int, int] = field(default_factory=dict)
    findings: list[RecognizedFinding] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    category_words: list[str] = field(default_factory=list)
    flags: list[RedFlagHit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # ids mapped or refused, for the user
    inheritance: list[InheritanceEvidence] = field(default_factory=list)
    family_history_denied: list[InheritanceEvidence] = field(default_factory=list)
    relative_diseases: list[RelativeDisease] = field(default_factory=list)
    category_spans: list[tuple[int, int]] = field(default_factory=list)
    category_of_words: list[str] = field(default_factory=list)
    # Words read with the noun their series shares ("swollen, stiff finger joints").
    shared_heads: set[int] = field(default_factory=set)
    # Findings composed with their site, by last word (a series after a comma may share it).
    sited: dict[int, _Match] = field(default_factory=dict)
    # Findings said of someone other than the patient (text/persons.py).
    others_findings: list[RecognizedFinding] = field(default_factory=list)

    def add_context(self, positions: Iterable[int]) -> None:
        """These tokens' words are context: never reported as unrecognised."""
        self.context_chars |= frozenset(
            c for p in positions for c in range(self.tokens[p].start, self.tokens[p].end))

    def span_text(self, positions: list[int]) -> str:
        """The question's own text from the first to the last of these token positions."""
        return self.text[self.tokens[min(positions)].start : self.tokens[max(positions)].end]

    def site_text(self, positions: list[int]) -> str:
        """The words of a finding's site (``span_text``), with a word the reader took as
        another site given as that site: a pronoun read as the site it refers back to
        (text/referents.py: "my toes are cracked and *it* itches"), a part named by its
        place ("the fronts of my lower *legs*": the shins), a bottom a pain runs from down
        the leg (the buttock). The site is where the ranker looks for the profiles that name
        it (rank/sites.py), and "it" names none (h-sites13)."""
        first, last = self.tokens[min(positions)].start, self.tokens[max(positions)].end
        parts: list[str] = []
        at = first
        for token in self.tokens[min(positions):max(positions) + 1]:
            if token.is_word and token.folded != token.text.casefold():
                parts += [self.text[at:token.start], token.folded]
                at = token.end
        return "".join([*parts, self.text[at:last]])


_PAIN_STEM = stem("pain")
# A colour word a few words before a patch noun is the patch's colour (_colour_of_a_patch):
# the colour it names in the lexicon's "<colour> patches", and the nouns of a patch of skin.
_PATCH_COLOURS = {"pale": "pale", "paler": "pale", "white": "white", "whitish": "white",
                  "whiter": "white"}
_PATCH_NOUNS = frozenset({"patch", "patches", "patchy", "area", "areas", "blotch",
                          "blotches", "macule", "macules"})
_PATCH_REACH = 3  # describing words between ("pale, dry, scaly patches")
# A pain likened to something ("pain like an elephant sitting on my chest", _likened_pain):
# the simile words, the place words before the part, and how far the part may stand.
_SIMILES = frozenset({"like", "as"})
# A part likened to a thing (_match_likened_parts): the articles before the image, and how far
# back the part may stand ("tongue went red and bumpy like a": six).
_LIKENED_ARTICLES = frozenset({"a", "an", "the", "some"})
_LIKENED_REACH = 7
# Words that bring in the object of a verb, before its site ("bend my neck", "turn the head").
_OBJECT_LEADS = frozenset({"my", "his", "her", "their", "your", "our", "the"})
_SIMILE_PLACES = frozenset({"on", "in", "across", "over", "through", "into", "around"})
_SIMILE_REACH = 8
INFERTILITY = "HP:0000789"
FEMALE_INFERTILITY = "HP:0008222"
# Words that say a pregnancy is tried for (text/exposures.py reads it as no pregnancy).
_TRYING = frozenset({"try", "tries", "tried", "trying"})
_INFERTILE_DAYS = 360.0  # twelve months: "a year" is 365 days, "12 months" 360


def _is_shake_verb(token: Token) -> bool:
    """Is the token a form of "shake", as written or misspelt into one ("shakeing", which
    the stemmer reads as "shake" as it does "shaking"; h-lay8)?"""
    return token.folded in _SHAKE_VERBS or token.stem == _SHAKE_STEM


def _adjective_base(word: str, known: Container[str]) -> str | None:
    """The known stem of the word a made-up "-y" adjective is formed on (h-lay5): the word
    less its "y" ("whistly": whistle, "bloaty": bloat, "burny": burn), less a doubled last
    consonant too ("zigzaggy": zigzag), or with a silent "e" back ("pukey": puke); ``None``
    when no such stem is the lexicon's. Only for words no English dictionary holds (the
    caller checks): "party", "handy", "shiny" are words of their own, never part, hand or
    shin."""
    if not word.endswith("y") or len(word) < MIN_TYPO_LETTERS:
        return None
    bare = word[:-2] if word.endswith("ey") else word[:-1]
    # h-lay8: an "-ey" is first the "-y" of a known adjective spelt with its verb's "e"
    # ("shakey" is "shaky", Tremor, not "shake"; "achey" is "achy").
    forms = [bare + "y", bare] if word.endswith("ey") else [bare]
    if len(bare) > 2 and bare[-1] == bare[-2]:
        forms.append(bare[:-1])
    forms.append(bare + "e")
    return next((stem(f) for f in forms if stem(f) in known), None)


# Words that end a clause or start a new one about someone: after them, onset words say
# when the person's findings began, not a relative's illness.
_CLAUSE_BREAK = re.compile(r"[.,;:!?()]|\b(?:and|but|now|then|so|while|whereas|though|"
                           r"although|i|i'm|i've|im|ive|me|my|we|our|he|she|they)\b")


def _relatives_onset(text: str, hint: OnsetHint, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether onset words come in the clause of a relative's illness, right after its
    words ("my uncle had glaucoma from a young age", "my mum's asthma since childhood"):
    they date that illness, not the person's findings (h-age14: the asker of "my uncle had
    glaucoma from a young age and my eyesight is getting blurry" was weighed as a child
    whose findings began then). ``spans``: the characters of relatives' findings and
    named diseases (not of the relative's word: "I have had asthma like my dad since
    childhood" is the person's onset). A pronoun or a first-person word between starts a
    clause of its own ("my dad had asthma, I have had it since childhood"; "since he was 12" is
    the hint's own, so only the words before it count)."""
    return any(a <= hint.start and b <= hint.start and hint.start - b <= 40
               and _CLAUSE_BREAK.search(text[b:hint.start].lower()) is None for a, b in spans)


def _in_spans(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Do the characters ``start:end`` lie within one of ``spans``?"""
    return any(a <= start and end <= b for a, b in spans)


def _same_sentence(text: str, duration: Course, exposure: ExposureMention) -> bool:
    """Do the duration and the exposure stand in one sentence?"""
    start = min(duration.start, exposure.start)
    end = max(duration.end, exposure.end)
    return not _SENTENCE_BREAK.search(text[start:end])


def _finding_words(reading: _Reading, match: _Match) -> list[str]:
    """The folded words of a finding, from its first to its last word, and of its sites, in
    question order (what its side and limb words are read from)."""
    span = {*range(min(match.positions), max(match.positions) + 1), *match.site_positions}
    return [reading.tokens[p].folded for p in sorted(span)]


# Relative pronouns: a clause they open after a site is said of what was named before.
_RELATIVES = frozenset({"that", "which"})


def _referred(token: Token) -> bool:
    """Is this a pronoun read as the site it refers back to (text/referents.py)?"""
    return token.text.casefold() in _SITE_PRONOUNS and token.folded != token.text.casefold()


# The pronouns text/referents.py may read as a site.
_SITE_PRONOUNS = frozenset({"it", "it's", "its", "them", "they", "they're"})


def _referred_after_set(tokens: Sequence[Token], positions: Sequence[int]) -> set[int]:
    """The pronouns read as a site after a finding's words: each is the subject of a
    statement of its own ("the skin between my toes has gone white and *it* itches"), no
    site of the finding before it (h-sites13: the white skin read as white toes, Raynaud
    phenomenon)."""
    last = max(positions)
    return {p for p in range(last + 1, len(tokens)) if _referred(tokens[p])}


def _referred_after(tokens: Sequence[Token], positions: Sequence[int],
                    site_words: Iterable[int]) -> bool:
    """Is a site word of a finding one of ``_referred_after_set``?"""
    return bool(positions) and bool(_referred_after_set(tokens, positions) & set(site_words))


# h-sites13: the skin *between* the toes or fingers is no colour of the digits ("the skin
# between my toes has gone white" is soggy skin there, athlete's foot, not white toes:
# Raynaud phenomenon); read back from the site over these words to "between".
_BETWEEN_DIGIT_WORDS = frozenset({"the", "my", "his", "her", "their", "your", "both", "and",
                                  "first", "second", "third", "fourth", "fifth", "little",
                                  "big", "two", "last", "middle", "ring", "index", "of"})


def _between_digits(tokens: Sequence[Token], site_words: Iterable[int]) -> bool:
    """Is the site of a colour said after "between" ("between my fourth and fifth toes")?"""
    first = min(site_words)
    for p in range(first - 1, max(-1, first - 7), -1):
        if tokens[p].folded == "between":
            return True
        if tokens[p].folded not in _BETWEEN_DIGIT_WORDS:
            return False
    return False


def _site_words(tokens: Sequence[Token]) -> list[str]:
    """The words the site reader composes with: a simile's words say how the finding is, so
    its site is read across them as across "the" ("a pain like knives in my stomach"); a
    spreading verb the tokenizer read as pain ("spreading to my arm and jaw") is the word
    "pain", so each site it reaches composes with it. A filler (the second half of a word
    written apart, "light-headed"; the words of a count) belongs to the word before it, so
    the search for a site or circumstance steps over it as over "the" ("light-headed when I
    get up")."""
    return ["the" if t.stem in (SIMILE_MARK, FILLER_MARK)
            else "pain" if t.stem == _PAIN_STEM and stem(t.folded) != _PAIN_STEM
            else t.folded for t in tokens]


# Words that open a question about the kind in someone else's stretch ("my son: what genetic
# condition could he have?"), unlike the articles of category_words.yaml's asking words ("my
# mum has an autoimmune disease" states hers). Logged in bench/data/lexicon_log.md (h-category2).
_QUESTION_WORDS = frozenset({"what", "which", "whats", "what's", "could", "might", "does",
                             "whether"})


def _owner(stretches: Sequence[Stretch], position: int) -> Stretch | None:
    """The stretch about someone else that holds a token position, if any."""
    return next((s for s in stretches if s.mention.start <= position < s.mention.end), None)


# A woman who says she is past the menopause ("I'm post-menopausal", "I went through the
# menopause years ago"): a bleeding she names is bleeding after the menopause, Postmenopausal
# bleeding ("Uterine bleeding that occurs after at least one year of amenorrhea"), which HPO
# files apart from Abnormal bleeding; it takes the place of the plain bleeding, as the lexicon
# reads "bleeding after the menopause" when the words stand together.
# Periods said to have stopped years ago are the menopause too (h-misses2), and "post
# menopause" ("I'm 2 years post menopause and bleeding"; h-age13).
_PAST_MENOPAUSE = re.compile(
    r"\b(?:post[\s-]?menopaus(?:al|e)|(?:since|after|past)\s+(?:the|my|her)\s+menopause|"
    r"(?:been|went)\s+through\s+(?:the|my|her)\s+menopause)\b|" + PERIODS_LONG_STOPPED,
    re.IGNORECASE)
_LONG_STOPPED = re.compile(PERIODS_LONG_STOPPED, re.IGNORECASE)
# Below this age, periods stopped years ago are no menopause (premature ovarian
# insufficiency is menopause before 40: NICE NG23, 2015).
_MENOPAUSE_AGE = 40.0
# Secondary amenorrhea, Amenorrhea.
_NO_PERIODS = frozenset({(("HP:0000869",),), (("HP:0000141",),)})
POSTMENOPAUSAL_BLEEDING = "HP:0033840"
# Abnormal bleeding, Abnormal vaginal bleeding.
_BLEEDINGS = frozenset({"HP:0001892", "HP:0034263"})


def _after_menopause(text: str, match: _Match, young: bool = False) -> _Match:
    """The match with Postmenopausal bleeding for a plain bleeding when the question says the
    woman is past the menopause (``_PAST_MENOPAUSE``; its words of periods stopped years
    ago only for a woman not said to be ``young``)."""
    said = _PAST_MENOPAUSE.search(text)
    if not any(_BLEEDINGS & set(ids) for ids in match.readings) or said is None or (
            young and _LONG_STOPPED.fullmatch(said.group(0))):
        return match
    return replace(match, readings=tuple(
        tuple(dict.fromkeys(POSTMENOPAUSAL_BLEEDING if i in _BLEEDINGS else i for i in ids))
        for ids in match.readings))


def _without_menopause(reading: _Reading, matched: list[_Match]) -> list[_Match]:
    """The matches without a Secondary amenorrhea (or Amenorrhea) said inside words that
    date the periods' end years back (``PERIODS_LONG_STOPPED``: "my periods stopped over ten
    years ago"): that is the menopause, which the person's age and ``_after_menopause``
    read, not an absence of periods in a woman who should have them (h-misses2)."""
    spans = [m.span() for m in _LONG_STOPPED.finditer(reading.text)]
    if not spans:
        return matched
    tokens = reading.tokens
    return [m for m in matched if not (
        m.readings in _NO_PERIODS
        and any(a <= tokens[min(m.positions)].start and tokens[max(m.positions)].end <= b
                for a, b in spans))]


# A woman who says she is pregnant ("I'm 30 weeks pregnant and bleeding"): a plain bleeding
# she names, with no site, is bleeding from the genital tract, Abnormal vaginal bleeding, as
# "bleeding in pregnancy" means in obstetric use (antepartum haemorrhage is "bleeding from or
# in to the genital tract" in pregnancy, RCOG Green-top Guideline No. 63, 2011), never a
# bleeding tendency. Only a match read as Abnormal bleeding alone is changed: "bleeds easily"
# (with Bruising susceptibility) stays a tendency, a nosebleed or bleeding gums keep their
# own terms. A pregnancy only tried for is a negated exposure and changes nothing.
# h-common12: nor is a heavy bleeding in pregnancy ("heavy bleeding after sex at 30 weeks
# pregnant", "flooding") Menorrhagia, heavy menstrual bleeding: the periods stop in pregnancy,
# so the words read as heavy periods elsewhere are a heavy bleeding from the genital tract,
# Abnormal vaginal bleeding, here too.
ABNORMAL_BLEEDING, VAGINAL_BLEEDING = "HP:0001892", "HP:0034263"
MENORRHAGIA = "HP:0000132"


def _in_pregnancy(exposures: Sequence[ExposureMention],
                  matched: list[_Match]) -> list[_Match]:
    """The matches with Abnormal vaginal bleeding for a plain Abnormal bleeding or
    Menorrhagia when the question says the person is pregnant."""
    if not any(x.key == PREGNANCY and not x.negated for x in exposures):
        return matched
    plain = {(ABNORMAL_BLEEDING,), (MENORRHAGIA,)}
    return [replace(m, readings=tuple((VAGINAL_BLEEDING,) if ids in plain else ids
                                      for ids in m.readings))
            if plain.intersection(m.readings) else m for m in matched]


# Breasts enlarged in a man or boy: Gynecomastia ("breast enlargement in males"), which HPO
# files beside Breast hypertrophy, not under it.
BREAST_HYPERTROPHY, GYNECOMASTIA = "HP:0010313", "HP:0000771"


# The exposure key of a pregnancy (curated/exposures.yaml).
PREGNANCY = "pregnancy"


def _swelling_of_a_growth(positions: Sequence[int], entry: LexiconEntry,
                          grown: Collection[int]) -> bool:
    """Is the match an oedema ("swollen") right before a growth noun read at its site
    (``grown``: "a painful swollen lump on my arm"), the growth's own swelling (h-sites8)?"""
    return entry.ids == (_EDEMA,) and max(positions) + 1 in grown


def _without_gestation_age(person: PersonContext, gestation: Gestation | None) -> PersonContext:
    """``person`` without an age read from the words of a gestation ("I'm 36 weeks": no
    baby of 36 weeks), and female when it names no sex (only a woman is weeks pregnant)."""
    if gestation is None:
        return person
    if person.sex is None:
        person = replace(person, sex="female", sex_text=gestation.text,
                         sex_span=(gestation.start, gestation.end))
    if (person.age_span is None
            or person.age_span[1] <= gestation.start or gestation.end <= person.age_span[0]):
        return person
    return replace(person, age=None, age_text=None, age_range=None, age_span=None)


def _in_a_male(match: _Match, person: PersonContext) -> _Match:
    """The match with Gynecomastia for Breast hypertrophy when the person is male."""
    if person.sex != "male" or not any(BREAST_HYPERTROPHY in ids for ids in match.readings):
        return match
    return replace(match, readings=tuple(
        tuple(dict.fromkeys(GYNECOMASTIA if i == BREAST_HYPERTROPHY else i for i in ids))
        for ids in match.readings))


def _limp_person(tokens: Sequence[Token], match: _Match) -> _Match:
    """The match with Hypotonia for Antalgic gait when a bare "limp" is said of the person,
    after a copula or beside a floppy word (``_LIMP_COPULAS``, ``_FLOPPY_WORDS``)."""
    if (len(match.positions) != 1 or tokens[match.positions[0]].folded != "limp"
            or not any(ANTALGIC_GAIT in ids for ids in match.readings)):
        return match
    at = match.positions[0]
    if any(tokens[i].folded in _LIMP_ARTICLES for i in range(max(0, at - 2), at)):
        return match  # a noun: "has a limp", "walks with a slight limp"
    before = at - 1
    while before >= 0 and tokens[before].folded in _LIMP_DEGREES:
        before -= 1
    said_of_person = before >= 0 and tokens[before].folded in _LIMP_COPULAS
    near = range(max(0, at - _LIMP_BESIDE), min(len(tokens), at + _LIMP_BESIDE + 1))
    if not said_of_person and not any(tokens[i].folded in _FLOPPY_WORDS for i in near):
        return match
    return replace(match, readings=tuple(
        tuple(dict.fromkeys(HYPOTONIA if i == ANTALGIC_GAIT else i for i in ids))
        for ids in match.readings))


def _doubted(tokens: Sequence[Token], before: Sequence[int]) -> bool:
    """Is a kind doubted by the words just before it in its clause ("I don't think it's an
    infection", "I doubt it's cancer", "doctors didn't think it was genetic")? A doubt
    phrase (``_DOUBTS``) followed by nothing but linking words (``_DOUBT_LINKS``). Being
    unsure ("not sure if it's autoimmune") asks about the kind and is no doubt."""
    words = [tokens[i].folded for i in before if tokens[i].is_word]
    end = len(words)
    while end > 0 and words[end - 1] in _DOUBT_LINKS and len(words) - end < _DOUBT_REACH:
        end -= 1
    return any(tuple(words[end - len(doubt):end]) == doubt for doubt in _DOUBTS)


def _stage_words(person: PersonContext) -> tuple[str, ...]:
    """HPO's words for a baby's life stage ("Neonatal hypotonia", "Infantile spasms"), when
    the question is about a newborn or an infant."""
    if person.age is None:
        return ()
    if person.age <= NEWBORN_YEARS:
        return ("neonatal",)
    if person.age <= 1.0:
        return ("infantile",)
    return ()


# Readings of an OR-group that a child's words take first: not keeping still is Restlessness
# in an adult ("a state of unease ... diffuse motor activity"), Hyperactivity in a child
# ("constant and unusually high levels of activity, even in situations where it is deemed
# inappropriate"). Adult first in the lexicon; the child's reading first here.
_CHILD_FIRST = {"HP:0000711": "HP:0000752"}  # Restlessness -> Hyperactivity
_CHILD_YEARS = 16.0


# Lay phrases that are a finding only when said of a baby or a child, by their keys: a child
# who is "not drinking" feeds poorly (Feeding difficulties), while "I don't drink" is an
# adult's habit (alcohol), no finding (h-reader65). The phrase itself is in lay_terms.yaml.
_CHILD_ONLY_KEYS = frozenset({"drink no"})


def _only_of_a_child(tokens: list[Token], match: _Match, person: PersonContext) -> bool:
    """Is the match a phrase of ``_CHILD_ONLY_KEYS`` said with no child's age known?"""
    return ((person.age is None or person.age >= _CHILD_YEARS)
            and order_free_key(tokens, match.positions) in _CHILD_ONLY_KEYS)


def _for_child(match: _Match, person: PersonContext) -> _Match:
    """The match with a child's reading first when the person is a child (``_CHILD_FIRST``)."""
    if person.age is None or person.age >= _CHILD_YEARS:
        return match
    readings = tuple(
        (_CHILD_FIRST[ids[0]], *(i for i in ids if i != _CHILD_FIRST[ids[0]]))
        if ids and ids[0] in _CHILD_FIRST and _CHILD_FIRST[ids[0]] in ids else ids
        for ids in match.readings)
    return match if readings == match.readings else replace(match, readings=readings)


# Words after "wake" that name whom someone cannot wake ("we can't wake him", "couldn't wake
# my dad"), and the verbs before a passive "woken" ("she can't be woken").
_WAKE_STEM = stem("wake")
_WAKE_OBJECTS = frozenset({"him", "her", "them", "my", "his", "their", "our", "your", "the",
                           "this", "that", "baby", "anyone", "someone", "somebody"})
_PASSIVE = frozenset({"be", "being", "been", "get", "gets"})


def _spreads_from_before(tokens: Sequence[Token], positions: Sequence[int]) -> bool:
    """Does the phrase end in a spreading verb read as a pain, all its other words before it
    ("a tearing pain in my chest going through to my back": "chest going")? The verb's pain
    is where it reaches, after it; the place before it is where the pain starts, already
    said with the pain word before (h-urgent10)."""
    last = max(positions)
    return len(positions) > 1 and spreads_onward(tokens, last)


# h-lay9: words after a site that carry what was there on to elsewhere ("a rash spreading
# from the face to the body", "from my face down to my chest").
_ONWARD = frozenset({"to", "into", "onto", "down", "over", "across", "all"})


def _spreads_away_from_its_site(tokens: Sequence[Token], positions: Sequence[int]) -> bool:
    """Does the phrase hold "from" between its words and end in a word that the way onward
    follows ("a rash spreading from the face to the body": "rash ... face")? The place after
    "from" is where a rash, a redness or a swelling started, and it covers more than that
    place: the phrase is no finding of that place alone (it read a facial rash; the rash of
    the skin is read without it). Not a pain: a pain going from a place to another is felt
    where it starts ("a tearing pain went through from my chest to between my shoulder
    blades" is chest pain), and the spreading pain's reader takes the place it reaches."""
    first, last = min(positions), max(positions)
    if any(tokens[p].stem == _PAIN_STEM for p in positions):
        return False
    if not any(tokens[k].folded == "from" for k in range(first + 1, last)):
        return False
    return last + 1 < len(tokens) and tokens[last + 1].folded in _ONWARD



def _colour_of_matter_outside(tokens: list[Token], positions: Sequence[int]) -> bool:
    """Is a colour word of these words said of matter that is none of them ("white things
    in her hair" is no white hair: the things are white; "black sticky poo" is black poo)?
    h-lay21, for pairs of words apart."""
    words = [t.folded for t in tokens]
    return any((matter := matter_of_colour(words, p)) is not None and matter not in positions
               for p in positions)

def _cannot_wake_oneself(tokens: Sequence[Token], positions: Sequence[int]) -> bool:
    """Is the phrase an inability to wake said of oneself ("I can't wake up in the
    mornings": hard waking, no coma)? Someone who cannot be roused is named after "wake" or
    before a passive "woken" ("we can't wake him", "she can't be woken")."""
    if not any(tokens[p].stem == INABILITY_MARK for p in positions):
        return False
    wake = next((p for p in positions if tokens[p].stem == _WAKE_STEM), None)
    if wake is None:
        return False
    if wake > 0 and tokens[wake - 1].folded in _PASSIVE:
        return False
    after = wake + 1
    return not (after < len(tokens) and tokens[after].folded in _WAKE_OBJECTS)


def _technical_synonym(token: Token, entry: LexiconEntry) -> bool:
    """A lone word that is a close or related HPO synonym, or an adjective form of a term,
    is read when it is no everyday word ("hyperphagia", "pyrexia", "hypokalemic"; not
    "cutting", "sad", "corn", which are EXACT synonyms of HPO terms too)."""
    return (entry.source in _TECHNICAL_SOURCES
            and english_frequency(token.folded) < EVERYDAY_WORD_FREQUENCY)


def _beside(text: str, one: RecognizedFinding, other: RecognizedFinding) -> bool:
    """Do two findings stand side by side in one statement: at most a few words between,
    none of them a person ("I get ...") and no sentence break?"""
    gap = text[min(one.end, other.end):max(one.start, other.start)]
    words = re.findall(r"[\w']+", gap.lower())
    return (len(words) <= _MAX_WORDS_BESIDE and not _SENTENCE_BREAK.search(gap)
            and not any(w in _PERSON_WORDS or w in _STATEMENT_WORDS for w in words))


# h-lay18: words after a denied finding that limit the denial to the rest of the body ("an
# itchy rash on my hands, no rash anywhere else"; "nowhere else", "elsewhere", "on the rest
# of him"): the finding is said to be only where the question puts it.
# h-lay22: a word that is the subject of the words after it ("my knee is swollen, nothing
# else hurts"): a series of describing words after a linking verb ends before it, so what
# follows is not said of the noun before the verb (the knee read Knee pain, denied).
_SUBJECTS_OF_THEIR_OWN = frozenset({"nothing", "nobody", "noone", "everything"})


# h-lay22: words between a negation cue and its finding that limit the denial to what the
# question has not named ("nothing else hurts", "no other pain").
_EXCEPTING_WORDS = re.compile(r"\b(?:else|other)\b")


def _excepting_cue(text: str, finding: RecognizedFinding) -> bool:
    """Is ``finding`` denied by a cue before it whose words, or the words between them and
    the finding, limit the denial to what is not named ("nothing else", "no other")?"""
    return (finding.cue_before and finding.cue_span is not None
            and _EXCEPTING_WORDS.search(text[finding.cue_span[0]:finding.start].lower())
            is not None)


_LIMITED_DENIAL = re.compile(
    r"^\s*(?:at all\s+)?(?:anywhere else|nowhere else|elsewhere|any ?where else|"
    r"on the rest of (?:my|his|her|their|the|your) (?:body|skin)|on the rest of (?:me|him|her))\b")


# h-lay18: a part noun said after its site over "at/on the", with no "of" after it ("the gum
# over my back tooth *at the bottom* is sore"), is where on the site, no site of its own: no
# subject of a predicate (it read "bottom ... sore", Anal pain).
_POSITION_PARTS = frozenset({"bottom", "top"})


def _part_after_a_site(words: Sequence[str], k: int) -> bool:
    return (words[k] in _POSITION_PARTS and k >= 3 and words[k - 1] == "the"
            and words[k - 2] in ("at", "on") and (k + 1 >= len(words) or words[k + 1] != "of"))


def _deduplicate(findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
    seen: set[tuple[tuple[str, ...], bool]] = set()
    result = []
    for finding in findings:
        key = (finding.ids, finding.negated)
        if key not in seen:
            seen.add(key)
            result.append(finding)
    return result


def _shared_word(reading: _Reading, word: int, entry: LexiconEntry
                 ) -> tuple[list[int], LexiconEntry]:
    """Take a describing word that reads with a noun another finding reads too: the word is
    used up, and remembered as sharing its noun."""
    reading.consumed.add(word)
    reading.shared_heads.add(word)
    return [word], entry


def _claimed(reading: _Reading, clause: list[int], positions: list[int],
             ids: tuple[str, ...], kind: str = "finding") -> _Match:
    """A curated reading of a pattern module (tics, hallucinations, pain paths, heart rates;
    ``kind`` "lab" for a laboratory value): its words are taken, so that no later step reads
    them again."""
    reading.consumed.update(positions)
    entry = LexiconEntry(ids, "curated", 1.0, kind)
    return _Match(clause, positions, entry, (entry.ids,))



def _after_childs_pronoun(tokens: Sequence[Token], stretch: Stretch, child: bool) -> int:
    """Where someone else's stretch starts for reading the patient's age and sex: after its
    "his"/"her" when the question is about the asker's child, whose pronoun that is ("my 14
    year old ... his sister has the same"); else at its first word."""
    start = stretch.mention.start
    if (child and stretch.of_third_person and start < stretch.mention.noun
            and tokens[start].folded in ("his", "her")):
        return start + 1
    return start
