"""The phrase lexicon: HPO names and synonyms plus the curated lay supplement.

Every phrase is reduced to an order-free key (:func:`whatcauses.text.normalize.phrase_key`).
When several terms share a key, the best-scoring source wins; a tie between different terms
becomes an OR-group (the phrase may mean any of them). Curated lay phrases list their own
OR-groups and outrank HPO synonyms, since they were written for plain-language input.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from whatcauses.errors import CacheError, UnknownTermError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import PHENOTYPIC_ABNORMALITY
from whatcauses.knowledge.curated import body_sites, curated_fingerprint, lay_terms
from whatcauses.knowledge.sources import cache_dir
from whatcauses.knowledge.store import (
    load_verified,
    load_verified_json,
    store_verified,
    store_verified_json,
)
from whatcauses.text import normalize
from whatcauses.text.normalize import phrase_key, phrase_keys_remembered
from whatcauses.version import __version__


@lru_cache(maxsize=1)
def _comparatives() -> tuple[dict[str, str], frozenset[str]]:
    """The key stems of body_sites.yaml's comparatives -> their adjectives' ("thinner" ->
    "thin"), and the key stems of its body sites (never its circumstances)."""
    sites = body_sites()
    comparatives = {phrase_key(c): phrase_key(a) for c, a in sites.comparatives.items()}
    site_stems = frozenset(s for words, _ in sites.sites.items() if words not in sites.circumstances
                           for s in phrase_key(" ".join(words)).split())
    return ({c: a for c, a in comparatives.items() if c and a and c != a and " " not in c},
            site_stems)


def comparative_base(key: str) -> str | None:
    """``key`` with its comparatives read as their adjectives ("heavier period" -> "heavi
    period"), or ``None`` when it has none or names a body site. A comparative said of a site
    is the site reader's (text/sites.py, descriptors), whose rules say which thing it describes
    ("patches on my face that are getting bigger" describe the patches, not the face)."""
    comparatives, site_stems = _comparatives()
    stems = key.split()
    if not any(s in comparatives for s in stems) or any(s in site_stems for s in stems):
        return None
    return " ".join(sorted(comparatives.get(s, s) for s in stems))


# h-doing (issue 14): what one cannot do one has difficulty doing. An inability no entry
# names reads as the difficulty of the same function, as HPO words it ("can't get up from the
# floor": "difficulty getting up from the floor"; "unable to walk up stairs": "Difficulty
# walking up stairs"; "can't let go after gripping"), only with the function's complement
# (an object, a place, a particle: two stems besides the mark): a bare verb's inability is
# often an idiom ("I can't stand the pain", "can't feed him enough").
# Only a difficulty worded as HPO names the term or as this project curates it: HPO's looser
# lay synonyms are no function's difficulty ("Difficulty remembering words" is a synonym of
# Semantic dementia, not what "I could not remember my words" after a head injury says).
_DIFFICULTY_SOURCES = frozenset({"curated", "name", "EXACT", "inflection"})
_DIFFICULTY_STEM = normalize.stem("difficulty")
_DIFFICULTY_MIN_STEMS = 3


def _entry_source(value: LexiconEntry | str) -> str:
    return value.source if isinstance(value, LexiconEntry) else value.split("\t")[1]


def difficulty_of(key: str) -> str | None:
    """The difficulty twin of an inability's key, or ``None`` (no inability mark, or a bare
    verb's)."""
    stems = key.split()
    if normalize.INABILITY_MARK not in stems or len(stems) < _DIFFICULTY_MIN_STEMS:
        return None
    return " ".join(sorted(_DIFFICULTY_STEM if s == normalize.INABILITY_MARK else s
                           for s in stems))


_FEWER_STEMS = frozenset({"less", "fewer"})
_REDUCED_STEM = "reduc"


def reduced_key(key: str) -> str | None:
    """``key`` with "less" and "fewer" read as "reduced" ("less sweat" -> "reduc sweat"), or
    ``None`` when it has neither (h-compare2: an amount below others' or than before is a
    reduced one, as HPO names it: "sweats less than other boys" is Hypohidrosis, not the
    Hyperhidrosis its verb alone read)."""
    stems = key.split()
    if _FEWER_STEMS.isdisjoint(stems):
        return None
    return " ".join(sorted(_REDUCED_STEM if s in _FEWER_STEMS else s for s in stems))


# How much a phrase source is trusted to mean its term when read in a question.
SOURCE_CONFIDENCE = {
    "curated": 1.1,
    "name": 1.0,
    "layperson": 0.95,
    "EXACT": 0.9,
    "inflection": 0.85,
    "unmodified": 0.8,
    "abbreviation": 0.7,
    "RELATED": 0.6,
    "NARROW": 0.5,
    "BROAD": 0.4,
}
# 30: the union of two normalisation changes each made as 29 (h-reader50, h-reader53).
# 31: normalisation changed (h-reader57 drops a comma before "with blood"; h-sites2 stems
# "stiffer" as "stiff"; h-perf2 caches the phrase keys).
# 32: normalisation changed (h-lay3: slang parts, euphemisms, similes of feeling, idioms of
# exasperation; "winded" keeps its own stem).
# 32: words that keep a stem of their own ("tearful", "several", "periodic"; h-reader67).
# 33: the union of h-lay3's and h-reader67's changes, each made as 32.
# 34: normalisation changed (h-clinician2: headings that say none, "F 34" ages, "bilat").
# 34: normalisation changed (h-reader70: a part said to be stinging, throbbing or burning;
# "had the baby" as "gave birth"; "stopped drinking" before no drink as "stopped alcohol").
# 35: the union of h-clinician2's and h-reader70's changes, each made as 34.
# 34 also: h-lay4 ("since N days", "my pressure is high", "came over all", a silent "h").
# 36: the union of the three changes made as 34 (h-clinician2, h-reader70, h-lay4).
# 37: normalisation changed (h-clinician3: "creps", "insp", "conc", "o/n", "afebrile" as "no
# febrile", capital "HA" as headache, "CP" as chest pain beside a pain's word).
# 38: adjective forms of more Greek and Latin endings (h-lay6: "microcephalic", "dyspneic");
# normalisation changed (h-lay6: British spellings inside a word, "hypoxaemic", "tachypnoea").
# 39: "dots" on the skin stem as "spots" (lead, 2026-12-06: "tiny purple dots").
# 40: normalisation changed (h-lay7: "look someone in the eye" as eye contact, eyes of two
# colours as different coloured eyes).
# 41: the words of an injury are no findings (h-injury: "I banged my head", "a fall off my bike").
# 42: normalisation changed (h-misses2: "mouthful", "handful", "spoonful" keep their stems).
# 43: reading changed (h-urgent15: a waking "with" a complaint times it, no insomnia; a
# spreading pain's direction before "to" or "into" is filler).
# 44: normalisation changed (h-reader75: "hardly", "scarcely", "very little", "very few" as
# "barely", one quantity).
# 45: normalisation changed (h-reader76: a simile after a describing word it only restates,
# "rough like sandpaper", is function words).
# 46: normalisation changed (h-clinician4: "7/40" as weeks pregnant, "UPT" as pregnancy test,
# "DIPJ"/"MTPJ"/"SIJ" as the joint, an arrow beside a sign in words as "increased"/"decreased";
# a test named after a person keyed as "positive <name>", as a sign is).
# 47: normalisation changed (lead: a change verb before "the colour of" is filler, "his wee
# turned the colour of cola").
# 48: normalisation changed (h-lay8: informal spellings, "nite", "evry", and misspelt negative
# contractions, "dosent", read as the word they spell; "take ages to heal" as "slow to heal";
# "it" after a wee, a poo or vomiting; "going every 5 mins" in a sentence about a wee).
# 49: normalisation changed (h-organs2: "doesn't hear well" is "can't hear"; an image said of the
# mouth, "like sandpaper", is dryness; a simile of creatures crawling is formication).
# 50: normalisation changed (h-lay9: a finger or toe before "side of" names a side, no digit;
# a joint or the back "at its worst" hurts; "in patches" is "patchy"); reading changed (no
# phrase across "from" a site with the way onward after it: "a rash spreading from the face
# to the body").
# 51: reader output changed (h-sites8: "swollen" before a lump read at its place is the lump's,
# no oedema; a finding before unread describing words and an area noun, "a red hard area in my
# breast", keeps the area's place; "the opening of" a site is at that site; a strip, band or
# streak is an area too; a modifier word that names a finding, listed with "and", is no
# qualifier passed over inside a phrase: "my neck is tender and swollen"; a pain of the
# forehead is a headache).
# 52: the reader's output has the weeks of a pregnancy (text/gestation.py, h-gestation).
# 54: reader output changed (h-clinician5: "FHx"/"FH of" read as the family-history shorthand,
# "reduced UO" as a urine output, a note's opening age and sex are the patient's; the
# laboratory reader reads alkaline phosphatase, creatinine and urea; a note's item of a passing
# illness weeks ago, "D&V 3/52 ago", is the illness before the complaint).
# 55: the reader's output has the genes a question names (text/genes.py, h-genes1).
# 56: the reader's output has a denied family history (Interpretation.family_history_denied,
# h-family8).
# 57: reader output changed (h-clinician6: "hypoK"/"hyperCa" as the electrolyte disorders,
# "met alk" as metabolic alkalosis, "hilar LAD" as lymphadenopathy and no lad, a count before a
# finding as "recurrent", "recurrent"/"x2" beside a finding as HPO's Recurrent child, a loss of
# consciousness on exertion as syncope; laboratory high haemoglobin and platelets).
# 58: reader output changed (h-lay13: "down there" read as "down below", the genitals; "pinky"
# after a verb of looking and "yellowy", "greeny", "reddy" ... as colours).
# 59: reader output changed (the lead, s10: "occasionally", "some mornings", "every so often"
# ... are episode words of a weakness lasting hours, Periodic paralysis; text/transient.py).
# 60: reader output changed (h-sites11: a lump on or behind the ear or on the earlobe is a
# skin nodule; "painless" before a growth denies the pain instead of composing it with the
# growth's site; the dragging or heavy feeling in the vagina as pelvic organ prolapse; a colour
# of the skin between the toes or fingers is no colour of the digits).
# 61: reader output changed (h-clinician7: "-ve"/"neg"/"negative" beside a capitalised sign's
# name as its positive sign negated, "Ab" as antibody, "intol", "LN"; laboratory high ferritin,
# lipase and low complement C3/C4 in words, "N x ULN", bare white counts of 100-999 x10^9/L;
# a past medical history ends at "presents"/"now"/"today" ...).
# 62: reader output changed (h-lay14: lay wordings of sleep onset insomnia and daytime sleep,
# trismus of the jaw, barely swallowing, the "hot potato" voice, a curtain over the sight, nail
# dents, a nasty taste, a red ring with a scaly edge; body words written by sound, "hart"; pain
# worse lying back as Pain worse when lying flat).
# 63: reader output changed (h-lay15: "kills me" read as "killing me"; "loosing" as "losing",
# "shut" as "close"; no "loss of feeling" shared over "lost weight and feel ..."; a comma
# between two pain qualities before "pain" read as "and").
# 64: reader output changed (h-age12: "aged about 3", "a man of about sixty", "a baby of 3
# weeks" as ages; "when I hit puberty" and "my mum was 45 when ... started" as onsets; the
# asker's own bare age over several people's said together; "hearing has gone").
# 65: reader output changed (h-lay16: an illness had last week, recently or a few weeks back
# before "now", or got over, is the illness before and the exposure its "after" phrase names;
# a pain simile of an electric shock or lightning is a shooting pain; "no problems with my
# bladder" excludes its findings; a verb whose object is another site joins no finding; a colour
# after "patches of" is the patches').
# 66: reader output changed (h-family3: a blood relative's young sudden death, "my cousin died
# suddenly at 24", "died in his sleep at 30", read as the relative's Sudden cardiac death).
# 67: reader output changed (h-age13: "12½" folds to "12.5"; "60+", "sixty plus", "rising 5",
# "just gone 6", "post menopause" as ages; since school, university or the first period as
# onsets and a course of years; the asker's children said with their ages leave the sex).
# 68: reader output changed (h-lay17: "back" between a verb of coming or bringing and "up",
# "food keeps coming back up", is no word, so no return is read; "switching/alternating
# between" two states reads each; a trigger clause without its comma ends at the next
# subject; a linking verb joined by "and" to "-ing" doings shares their subject).
# 69: reader output changed (h-sites12: a mark or pain that wraps or reaches round to the back
# goes there, no Kyphosis; a bottom a pain runs from down the leg is the buttock; lumps "like
# bruises" are no bruising; "electric shocks" as Neuralgia).
# 70: reader output changed (h-urgent3 wave 3: a child who can't stand on a leg or refuses to
# walk, green sick or vomit, a newborn's first poo not done, a painful or swollen testicle, a
# bottom that feels numb).
# 71: reader output changed (a one-word participle category word, "catching", matches only as
# written: "it catches when I breathe in" names no kind).
# 72: reader output changed (h-inherit: a profile's mode of inheritance makes its names those of
# a Mendelian disease, "my brother has haemochromatosis" a recessive family history; a disease
# with a measured family_risk stays a relative's named disease).
# 73: reader output changed (h-common14: red-flag combinations' 'unless' words; a limp with hip
# or knee pain at 9-16 and a young child's first fit with a fever raise the urgent notice).
# 74: reader output changed (h-sites13: a site read through a pronoun or a named part keeps that
# site's word; colours of a mark's part, size words naming a class of joints and likenesses are
# function words; the front of the lower leg is the shin).
# 75: reader output changed (h-family9: a relative's age at death or diagnosis read by
# context.py's reader of ages in words, decades and bounds; a young patient's sibling's sudden
# death with no age; "mum's side all have ..."; "mother of two girls, 45").
# 76: reader output changed (h-lay18: "came up" before a state read as "went"; the back of the
# throat and the roof of the mouth lined as the mouth; a posture bent forward that eases,
# Ameliorated by flexion).
# 77: reader output changed (lead: discharge from an ear is the ear-infection OR-group, no
# longer vaginal discharge).
# 78: reader output changed (h-clinician8: lipids, transferrin saturation, B12, folate, low white
# cells, neutrophils, lymphocytes, magnesium and phosphate read against sourced limits; GGT, AST,
# PSA, prolactin and troponin in words; "transferrin sats" no oxygen; vesicles, pathergy, UPSI).
# 79: reader output changed (h-profiles74: an electric shock or feeling running down the
# back or spine is Lhermitte's sign, not Neuralgia).
# 80: reader output may change (lead: h-lay17's verbs of food brought back up had the name
# of h-lay5's verbs of rising, which replaced them; each set now has its own name).
# 81: reader output may change (h-rank3: the hormone-pill exposure and daily amounts of drink
# among the heavy-alcohol phrases, curated/exposures.yaml).
# 82: reader output changed (h-family10: a relative's condition said young, and the curated
# conditions its words name; a relative's finding stays theirs when the patient's shares only a
# group member with it, "my eye pressure is raised" beside "my mum has glaucoma").
# 83: reader output changed (h-sites14: a site said with an organ's finding decides the organ,
# "a smelly discharge from my ear"; named matter flowing out of a part is matter from it; a bare
# noun of matter or of a mark meets a site said later in its sentence; nasal discharge).
# 84: reader output changed (h-age14: onset words right after a relative's illness date that
# illness, not the person's findings; a plural life stage after "since we/they were" is an
# onset, not the age now).
# 85: reader output changed (h-lay19: irregular pasts of verbs the phrases use, "brought",
# "spun", "stood", "gave" ..., stem as their base form; a part likened to a thing past the
# describing words the image restates, "tongue went red and bumpy like a strawberry";
# sandpaper of a rash is roughness; meals said as their time are Postprandial exacerbation).
# 86: reader output changes (h-clinician9, its PSA reader merged with h-rank3's into one: visual
# disturbance, reduced vision, RAPD, pain on eye movement, colour vision, a prostate felt hard,
# fluids not kept down; dipstick grades; PSA numbers against NICE NG12's age table; "w/o" read
# as "without").
# 87: reader output may change (h-age15: an age bound said with its unit or of a young stage,
# "a baby under 3 months", "babies aged under 6 weeks", "a child under 5").
# 88: reader output may change (h-rank4: lab values said in number words, text/labs.py; a
# finding sharing words with a confirmed exposure dropped, text/question.py).
# 89: reader output may change (h-sites15: a side after a curated phrase keeps the phrase's
# site, stacked descriptors share the next one's site, "turned in" as inverted).
# 90: reader output changed (h-lay20: "the middle/centre of" a part is a part of its site;
# "comes/came/coming" before up/on/out/back, "up", "appear(s)", "keep(s)" are site linkers;
# lumps and boils that rise
# are no pain's path; a verb of exertion in an inability is no circumstance to share; "blood
# in it" after a cough is in the phlegm; the colour before "bleeding"; plain lay wordings of
# steatorrhoea, syncope, weight loss, oligomenorrhoea, recession, poor feeding,
# tenesmus, pain on chewing, a cough in fits; "pearly bump(s)" Skin nodule | Papule; a
# twitching face an OR-group; white specks, flakes or bits in the hair no White hair).
# 91: reader output changes (h-lay21: things seen in hair, poo or on the skin are no visual
# hallucination; a colour of "things" is theirs; rough rashes; forceful vomiting in everyday
# words; a rough red rash is rough and red; a simile that restates a describing word said
# before the part).
# 92: reader output changed (h-clinician10: "without" negates only what follows it, a negation
# before a phrase negates the whole phrase, "s/p", "w/", "nocte", SNHL, burning epigastric pain,
# dipstick leucocytes and nitrites).
# 93: reader output changed (lead, s14: "nothing" that opens its clause denies the finding
# after it, "but nothing hurts"; never as a verb's object, "I have eaten nothing").
# 94: reader output changed (lead, s14: "fits of" a doing is a bout of it, "fits of coughing";
# fits alone or of shaking stay seizures).
# 95: reader output changed (h-age16: an age in apposition after "a"/"an" and a person, "a man,
# 70, with ..."; a newborn's age in hours, as one day, "born yesterday", "newly born"; a young
# child 1 to 5 years, a school-age child 5 to 12, an infant school's pupil no baby; "my baby of
# 2 months"; "of childbearing age" 15 to 49).
# 96: reader output changed (h-clinician11: "CHL"; a lone "+" before another dipstick analyte is
# a grade, "leucs + nitrites ++"; a bare "CP" in an adult's note is chest pain).
# 97: reader output changed (h-clinician11: an arrow before a circumstance after a complaint,
# "CP ↑ on exertion", "↓ sitting forward": "↑" dropped, "↓" "better"; "pericardial rub").
# 98: reader output changed (h-clinician11: a meter's "HI"/"LO" after a glucose's name, "BM HI").
# 99: reader output changed (h-clinician11: "TM"/"TMs" alone is the tympanic membrane).
# 100: reader output changed (h-family11: relatives counted before "of my" are the subject,
# "two of my mum's brothers"; a relative of a relative sharing the asker's finding fits their
# own modes, "my mum's brother": X-linked and mitochondrial).
# 101: reader output changed (lead, s15: "keep getting" before a noun that begins a longer
# phrase yields to it, "I keep getting kidney stones"; no extra kidney).
# 102: reader output changed (lead, s15: "worse" between a complaint and exertion is dropped,
# "SOB worse on exertion" reads as "SOB on exertion").
# 103: reader output changed (h-sites16: every describing word of a series said of a site takes
# the site; the skin around, near or next to the mouth or the eye is no part of their inside;
# a burning of the belly's pain is no nerve pain; "pale dry patches of skin" are pale patches;
# a discharge said after a finding leaves it its place).
# 104: reader output changed (h-lay22: "nothing else" denies only what is not named; a swap
# of the letters typed settles a typo's tie, "-ake" sounds as "-ache"; "brings up every
# feed", "with such force").
# 105: reader output changed (lead, s15: a baby who "brings up" milk or a feed with force vomits
# it forcefully, Projectile vomiting).
# 106: reader output changed (lead, s15: "pale" right before a lesion noun, "pale spots on my
# arms", is the lesion's colour, no Pallor).
# 107: reader output changed (h-sites17: a site word before another finding's noun is that
# noun's; a lump's words read as one term with a colour before them, "erythematous nodules
# on the shins"; "inflamed <site>" and a hot red site read as HPO's inflammation of it).
# 108: reader output changed (h-negor1: a denied OR-group keeps the readings of its words' own
# sense, never a reading the question asserts; "not itchy rash" denies the itch only; "no pus
# or blood in my urine" denies the blood; "they don't hurt" is said of the part before).
# 109: reader output changed (h-clinician12: "URTIs", "+ve Kernig's", "Babinski upgoing",
#      "decreased hearing", "reduced air entry"; a sign's lone "+" ("Murphy's +"); lactate and
#      intraocular pressure numbers; "LUTS", "poor stream"; amylase and BMI numbers; a sign's arrow
#      before a side, "hearing ↓ L ear").
# 110: reader output changed (h-family12: a tumour named with its organ, "a pituitary tumour",
# "a tumour in his pancreas", is the organ's neoplasm; "FHx: mother had ..." is the mother's).
# 111: reader output changed (h-lay23: words run together read as two, "backpain"; typos prefer
# a word naming a finding and, last, the one word of their consonants; "everything goes black").
# 112: reader output changed (lead: an episodic weakness said of the limbs stays Periodic
# paralysis, "attacks of weakness in his legs", never Paraplegia; text/limbs.py).
# 113: reader output changed (lead: reflexes said to be gone or lost are absent where named,
# "his ankle reflexes are gone": Absent Achilles reflex).
# 114: reader output changed (lead: gritty or sandy eyes read Corneal foreign body sensation
# first, Keratoconjunctivitis sicca second).
# 115: reader output changed (lead, s17: comparatives of size, shape, colour and strength met
# their adjective; "become" a linking word; reverted at 122).
# 116: reader output changed (h-rarelay1: "little" before a body part is its size, "a little
#      lower jaw", "little ears"; "black urine" is Dark urine; "dislocated hips" and a
#      dislocation from birth are findings, no injury; a verb of appearing between a lesion and
#      its place is passed over, "lumps growing under her skin").
# 117: reader output changed (h-rareage1: "a week-old baby", "a month-old baby" give that age;
# a bare "small"/"little" before a noun, "from small falls", is no Childhood onset; "since she
# was a tiny baby" is Infantile onset, not the age now; "since toddlerhood" Childhood onset; "a
# grown man" is an adult; an age said to be the one now, "now she is 4", is the age beside an
# earlier one, "her first seizure at 6 months old", which is an onset).
# 118: reader output changed (h-raresite1: a site right after a finding word is that
# finding's noun, never lent to a finding after "and": "swollen feet and weak muscles";
# "bulky" a size descriptor: "bulky calves").
# 119: reader output changed (h-rarefamily1: an affected sibling alone fits every mode,
# dominant and mitochondrial too; family_history.yaml relatives; parents said short to be
# unaffected; a burst or torn artery in lay words: Arterial rupture).
# 120: reader output changed (h-rareclin1: HPO's abbreviation synonyms of several words,
# "Elevated sweat Cl", "Prolonged PT"; a circulating concentration said high or low, "low
# renin", "IgG raised"; an antibody named from its term, "anti-MOG", "AQP4 antibodies"; an
# ECG interval or segment named by its waves, "prolonged QTc", "ST elevation"; "deranged" read
# as "abnormal", "LFTs deranged").
# 121: reader output changed (h-rarestudent1: a measured substance's HPO level term is read
# from its level and substance words, "low renin", "raised aldosterone", urine and CSF levels
# with their specimen word; Latin plurals "varices", "diverticula", "lentigines" meet their
# singulars; "prolonged APTT", "prolonged PT", "raised ACE").
# 122: reader output changed (lead: 115 reverted: the comparative fallback went round the site
# reader's relative-clause rule, "patches on my hands and face that are getting bigger" read
# Large face, and "become" as a linking word made the lay phrase "become slow" plain "slow").
# 123: reader output changed (h-specimen1: a level said with its specimen keeps it general,
# "urinary" and "urine" meet, "CSF", "spinal fluid" and "cerebrospinal fluid" meet, "Increased
# urinary X" and "X high in CSF" are read without a measure word; a blood level said in the
# urine or the CSF is no blood finding).
# 124: reader output changed (lead s18: a function said to be hard is a difficulty,
# normalize._mark_hard_functions).
# 125: cache format changed (h-lexdedup: the level keys of counts, concentrations and
# specimens from one generator, each phrase keyed once; a blood level said with a specimen's
# words is refused by Lexicon.lookup instead of 12,249 stored "no finding" keys, and the
# blood levels' keys are cached with the entries; 70 keys added where a named letter is kept,
# "vitamin D level low").
# 126: reader output changed (h-sitenoun: a verb of appearing or of position between a lesion
# and its place read over an auxiliary, a repetition, a relative pronoun and an adverb, "a lump
# has popped up on my wrist", "bumps keep appearing along her spine", "a lump sitting just above
# my testicle"; lumps over the spine or the hips are nodules of the skin; the place of an artery
# or a pulse only places it, "the pulse in my left arm is weak" is a Weak pulse; a part bigger,
# longer ... than the other side is that part's asymmetry, "one leg is longer than the other").
# 127: reader output changed (h-rarelay2: only a course or severity word of a term's name makes a
# finding "add a modifier", so hp.obo's lay name "tunnel vision" is Peripheral visual field
# loss, no open-angle glaucoma said alone; a part that "has got bigger" with no size term is
# swollen; lay wordings of unequal pupils, salt craving, missing knee reflexes, telangiectasia;
# "never X before, but now ... them" is no denial).
# 128: reader output changed (h-rareclin2: a level word and specimen said once over a list of
# substances is read with each, "Mg" is magnesium, a test's result beside a narrower one stays).
# 129: reader output changed (h-comparative: comparatives are descriptors of a site with their
# adjective's wordings, and said of no site read as their adjective; "more", "much",
# "grown" link a site and its descriptor; "than normal" is no negation).
# 130: reader output changed (h-rarefamily2: a couple who are related or whose parents are
# siblings, a relative's boys and girls as their children, "will I get it?" after a relative's
# troubles; lay terms: heart bypass surgery, a device fitted as no fit).
# 131: reader output changed (lead s18: "born deaf", "born blind", "born without" are a
# congenital onset).
# 132: reader output changed (lead s18: a comma in a list of body sites that ends with "and"
# joins its sites, "pain in my hands, knees and feet").
# 133: reader output changed (h-doing: an inability no entry names reads as the difficulty of
# the same function).
# 134: reader output changed (h-longage: a child's milestones told late, not reached yet or
# lost, text/milestones.py; a parent's story ages are onsets).
# 135: reader output changed (h-layvocab: colours, bending the wrong way and coming out of
# place are descriptors of a part, met with hp.obo's term for the two).
# 136: reader output changed (h-coordsubj: each part of a list said before its describing
# words takes each of them, "his knees and elbows are stiff and swollen"; "or" lists sites).
# 137: reader output changed (h-longclause: hedges "sort of", "kind of", "kinda", "sorta",
# "basically" out of the tokens; a part given again after an aside set off by commas; "tiny"
# and "teeny" before a part read as "small").
# 138: reader output changed (h-compare2: "than" and the people or earlier time compared with
# are no words before what the comparison is in; "less"/"fewer" compared are "reduced";
# comparatives of no site, "slower", "longer", "frothier", read as their adjectives).
LEXICON_FORMAT = 138
CLINICAL_MODIFIER = "HP:0012823"
# HPO's abbreviation synonyms are keyed apart from phrases, case kept ("abbr:ASD").
ABBREVIATION_PREFIX = "abbr:"
MIN_ABBREVIATION = 3
_FILLER_WORDS = ("symptom", "sign")
# Clinical modifiers that do not qualify a finding: outcomes (HP:0040006 Mortality/Aging:
# miscarriage, stillbirth) and the names of grouping terms.
_NOT_QUALIFIERS = ("HP:0040006",)
# The kind of a curated wording that names no finding of the asker ("trying to lose
# weight" is an intention): matched whole, so none of its words is read as a finding.
NO_FINDING = "none"
_GROUPING_NAMES = frozenset({"Onset", "Position", "Severity", "Laterality"})
# Adjective forms of one-word HPO names and synonyms ("hypokalemia" -> "hypokalemic",
# "cyanosis" -> "cyanotic", "hypothyroidism" -> "hypothyroid"): (noun ending, adjective
# endings); the first ending that fits wins, and a plain "-ia" gives both "-ic" and "-iac"
# ("dyslexic", "insomniac"). h-lay6: the Greek endings whose adjective is no plain "-ic" of the
# noun: "-cephaly" ("microcephalic"), "-pnea" ("dyspneic", "apneic"), "-paresis"
# ("hemiparetic"), "-exia" ("cachectic", "anorectic", besides "anorexic"), "-ectasia"/"-ectasis"
# ("telangiectatic", "bronchiectatic"), "-plasia" ("myelodysplastic"), and a Latin "-itus" or
# "-erus" ("pruritic", "icteric"); "-us" is left alone otherwise ("clonic" is said of seizures,
# not of Clonus).
ADJECTIVE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("emia", ("emic",)), ("osis", ("otic",)), ("itis", ("itic",)), ("lysis", ("lytic",)),
    ("trophy", ("trophic",)), ("pathy", ("pathic",)), ("ema", ("ematous",)),
    ("oma", ("omatous",)), ("rrhea", ("rrheal",)), ("ism", ("",)),
    ("cephaly", ("cephalic",)), ("pnea", ("pneic",)), ("paresis", ("paretic",)),
    ("exia", ("ectic", "exic")), ("ectasia", ("ectatic",)), ("ectasis", ("ectatic",)),
    ("plasia", ("plastic",)), ("itus", ("itic",)), ("erus", ("eric",)),
    ("ia", ("ic", "iac")),
)
_WORDS = re.compile(r"[a-z]+")
# A sign named after a person ("Babinski sign", "Lhermitte's sign", "Positive Murphy sign"):
# clinicians write it as the name and its result ("Babinski +ve", "+ve Lhermitte's", "Chvostek
# positive"), which the name alone with "positive" also means. So is a test or manoeuvre
# named after a person ("Positive Phalen test": "+ve Phalen's", "Phalen's positive";
# h-clinician4).
# "Little" is a stopword ("a little tired"), so an HPO synonym that says a size with it
# ("Little lower jaw": Micrognathia; "Little underarm hair", "Little fontanelle") would be
# keyed by its noun alone and read the bare site as the finding ("pain in my cheek and lower
# jaw" as Micrognathia). Such synonyms are left out: each term keeps its other wordings
# ("Small lower jaw", "Sparse axillary hair"). "Little finger" and "little toe" name a digit.
_LITTLE_SIZE = re.compile(r"\blittle\b(?!\s+(?:finger|toe)s?\b)", re.IGNORECASE)
# A capital letter that names something ("Vitamin A deficiency", "Decreased immunoglobulin A",
# "Abnormal B cells") is no article, but "a" is a stopword, so "Vitamin A deficiency" would be
# keyed as "vitamin deficiency" and read any vitamin deficiency as vitamin A (h-reader53).
# Such synonyms are left out; each term keeps its label and other wordings ("Low levels of
# vitamin A" keeps the same collision and is left out as well).
_LETTER_NAME = re.compile(r"(?<=[A-Za-z] )A\b")
_EPONYM_SIGN = re.compile(r"(?:Positive )?([A-Z][a-z]+)(?:'s)? (?:sign|test|maneuver|manoeuvre)")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """What a phrase key means: one term, or an OR-group of terms."""

    ids: tuple[str, ...]
    source: str
    confidence: float
    kind: str = "finding"

    @property
    def is_group(self) -> bool:
        return len(self.ids) > 1


class Lexicon:
    """What phrase keys mean; safe to share between threads.

    Entries may be held packed (as cached), and each lookup unpacks its own entry without
    storing it, which keeps loading the lexicon cheap. The surface list (for autocomplete
    only) is decoded from its (verified) cache bytes on first use, under a lock, exactly once.
    """

    def __init__(
        self,
        entries: dict[str, LexiconEntry] | dict[str, str],
        surface: list[tuple[str, str, str]] | None = None,
        surface_json: bytes | None = None,
        modifiers: frozenset[str] = frozenset(),
        blood_levels: frozenset[str] = frozenset(),
    ):
        self._entries = entries
        # The keys of levels measured in the blood ("calcium high", "low sodium"): said with a
        # specimen's words they name no finding (:meth:`lookup`).
        self._blood_levels = blood_levels
        # Stems of words that qualify a finding without changing what it is (HPO's clinical
        # modifiers: "severe", "acute", "left"); see :meth:`resolve`.
        self._modifiers = modifiers
        self.max_words = max((k.count(" ") + 1 for k in entries), default=1)
        self._surface = surface
        self._surface_json = surface_json
        self._surface_lock = threading.Lock()
        self._stems: frozenset[str] | None = None

    def is_modifier(self, stem: str) -> bool:
        """Is this the stem of a clinical modifier word ("severe", "acute", "left")?"""
        return stem in self._modifiers

    def resolve(self, key: str) -> LexiconEntry | None:
        """What a phrase key means, its modifier words set aside when the whole is unknown
        ("severe chest pain" -> Chest pain; at least one other word must be left). The
        question reader applies the same rule to modifiers next to a finding."""
        entry = self.lookup(key)
        if entry is None and self._modifiers:
            stems = key.split()
            rest = [s for s in stems if s not in self._modifiers]
            if rest and len(rest) < len(stems):
                entry = self.lookup(" ".join(rest))
        return entry

    def lookup(self, key: str) -> LexiconEntry | None:
        """What a phrase key means, or ``None``: the entry of exactly this key, else for a
        key no entry names, an inability read as the difficulty (:func:`difficulty_of`), its
        comparatives read as their adjectives (:func:`comparative_base`), its "less" and "fewer"
        as "reduced" (:func:`reduced_key`) or, for a blood level said with a specimen's words,
        no finding (:meth:`_in_a_specimen`)."""
        value = self._entries.get(key)
        if value is None and normalize.INABILITY_MARK in key:
            twin = self._entries.get(difficulty_of(key) or "")
            if twin is not None and _entry_source(twin) in _DIFFICULTY_SOURCES:
                value = twin
        if value is None and "er" in key:
            # h-comparative: a comparative no entry names, said of no body site, reads as its
            # adjective ("periods heavier": "heavy periods"); an entry naming the change
            # itself keeps its own meaning ("mole bigger": a changing mole).
            base = comparative_base(key)
            if base is not None:
                value = self._entries.get(base)
        if value is None and ("less" in key or "fewer" in key):
            # h-compare2: "less" and "fewer" that no entry names read as "reduced".
            reduced = reduced_key(key)
            if reduced is not None:
                value = self._entries.get(reduced)
        if value is None:
            return _IN_A_SPECIMEN if self._in_a_specimen(key) else None
        if isinstance(value, LexiconEntry):
            return value
        ids, source, confidence, kind = value.split("\t")
        return LexiconEntry(tuple(i for i in ids.split(",") if i), source, float(confidence),
                            kind)

    def _in_a_specimen(self, key: str) -> bool:
        """Whether an unknown key is a blood level's key with a specimen's words ("high
        calcium in the urine", "raised urinary sodium", "low sugar in the spinal fluid"; h-
        specimen1): measured there, it is no blood finding, and where HPO names no level of
        that specimen its words are read together as naming none. The first two wordings of
        each specimen are the ones said with a blood level's lay words (_SPECIMENS)."""
        if not self._blood_levels or _SPECIMEN_WORD.search(key) is None:
            return False
        stems = key.split()
        for wordings in _SPECIMENS.values():
            for wording in wordings[:2]:
                rest = list(stems)
                for stem in wording.split():
                    if stem not in rest:
                        break
                    rest.remove(stem)
                else:
                    if " ".join(rest) in self._blood_levels:
                        return True
        return False

    def stems(self) -> frozenset[str]:
        """Every stem that occurs in a phrase key (computed on first use, once)."""
        with self._surface_lock:
            if self._stems is None:
                self._stems = frozenset(s for key in self._entries for s in key.split())
            return self._stems

    def words(self) -> list[str]:
        """The words of every phrase as written (lower case), once per phrase: the typo
        corrector's vocabulary."""
        return [word for phrase, _, _ in self.surface for word in _WORDS.findall(phrase)]

    @property
    def surface(self) -> list[tuple[str, str, str]]:
        """(lower-case phrase, term id, phrase as written), sorted: for autocomplete."""
        with self._surface_lock:
            if self._surface is None:
                raw = json.loads(self._surface_json) if self._surface_json else []
                if not _is_surface(raw):  # checksummed bytes, so only a writer's bug gets here
                    raise CacheError("the lexicon's autocomplete cache has the wrong shape")
                self._surface = [(a, b, c) for a, b, c in raw]
                self._surface_json = None
            return self._surface

    @classmethod
    def build(cls, knowledge: Knowledge) -> Lexicon:
        onto = knowledge.ontology
        root = onto.index(PHENOTYPIC_ABNORMALITY)
        # key -> (confidence, source, term ids, kind); a curated phrase keeps its own order of
        # terms (most likely first), other sources' ties are sorted by id at the end.
        best: dict[str, tuple[float, str, list[str], str]] = {}
        surface: list[tuple[str, str, str]] = []

        def offer(phrase: str, ids: list[str], source: str, kind: str) -> None:
            offer_key(phrase_key(phrase), ids, source, kind)

        def offer_key(key: str, ids: list[str], source: str, kind: str) -> None:
            if not key:
                return
            confidence = SOURCE_CONFIDENCE[source]
            current = best.get(key)
            if current is None or confidence > current[0] + 1e-9:
                best[key] = (confidence, source, list(ids), kind)
            elif abs(confidence - current[0]) < 1e-9 and source != "curated":
                current[2].extend(i for i in ids if i not in current[2])

        modifiers = modifier_stems(knowledge)

        def offer_unmodified(phrase: str, ids: list[str]) -> None:
            # "Recurrent sinopulmonary infections" is what "sinopulmonary infections" means
            # when no term is named so: a leading clinical modifier set aside.
            stems = phrase_key(phrase).split()
            rest = [s for s in stems if s not in modifiers]
            if len(rest) >= 2 and len(rest) < len(stems):
                offer_key(" ".join(sorted(rest)), ids, "unmodified", "finding")

        # The keys of levels measured in the blood (Lexicon.lookup: said with a specimen's
        # words, they name no finding).
        blood_levels: set[str] = set()

        def offer_levels(phrase: str, ids: list[str], in_blood: bool = False) -> None:
            # A level above or below its range in the words a result is told in: "High
            # lymphocyte count" is also "lymphocytes are raised", "monocytes high".
            for key in level_keys(phrase, in_blood):
                offer_key(key, ids, "inflection", "finding")
                if specimen_of(key) is None:
                    blood_levels.add(key)

        def offer_ecg_shorthand(phrase: str, ids: list[str]) -> None:
            # "Prolonged QTc interval" is what "prolonged QTc" and "QTc prolonged" report, "ST
            # segment elevation" what "ST elevation" does: the trace's interval or segment is
            # named by its waves alone.
            shorter = ecg_shorthand(phrase)
            if shorter:
                offer(shorter, ids, "inflection", "finding")

        def offer_antibody(phrase: str, ids: list[str]) -> None:
            # "Anti-MOG antibody positivity" is what "anti-MOG", "MOG antibodies" and "anti-MOG
            # Ab +ve" report (the "+ve" is read as "positive", a word of no finding).
            for wording in antibody_wordings(phrase):
                offer(wording, ids, "inflection", "antibody")

        def offer_eponym(phrase: str, ids: list[str]) -> None:
            # "Babinski positive", "+ve Lhermitte's" (the "+ve" read as "positive").
            eponym = _EPONYM_SIGN.fullmatch(phrase)
            if eponym:
                offer(f"positive {eponym.group(1)}", ids, "inflection", "finding")

        for i, term_id in enumerate(onto.ids):
            if not onto.is_ancestor(root, i):
                continue
            name = onto.names[i]
            offer(name, [term_id], "name", "finding")
            offer_eponym(name, [term_id])
            offer_levels(name, [term_id])
            offer_unmodified(name, [term_id])
            surface.append((name.lower(), term_id, name))
            for adjective in adjective_forms(name):
                offer(adjective, [term_id], "inflection", "finding")
            in_blood = _CIRCULATING in name.lower()
            offer_antibody(name, [term_id])
            offer_ecg_shorthand(name, [term_id])
            for text, scope, kind in onto.synonyms(i):
                if kind == "abbreviation" and is_abbreviation(text):
                    offer_key(abbreviation_key(text), [term_id], "abbreviation", "finding")
                    continue
                if kind == "abbreviation" and is_abbreviated_phrase(text):
                    # "Elevated sweat Cl", "Prolonged PT", "Anti-AChR antibody positivity":
                    # a phrase of words with an abbreviation among them, as exact as a name.
                    offer(text, [term_id], "EXACT", "finding")
                    offer_levels(text, [term_id], in_blood)
                    offer_antibody(text, [term_id])
                    continue
                if kind in {"abbreviation", "obsolete_synonym"} or len(text) < 3:
                    continue
                source = "layperson" if kind == "layperson" else scope
                if (source not in SOURCE_CONFIDENCE or _LITTLE_SIZE.search(text)
                        or _LETTER_NAME.search(text)):
                    continue
                offer(text, [term_id], source, "finding")
                if source == "EXACT":
                    offer_eponym(text, [term_id])
                surface.append((text.lower(), term_id, text))
                if source == "EXACT":
                    offer_antibody(text, [term_id])
                    offer_ecg_shorthand(text, [term_id])
                if source in {"EXACT", "layperson"}:
                    offer_levels(text, [term_id], in_blood)
                    for adjective in adjective_forms(text):
                        offer(adjective, [term_id], "inflection", "finding")
        for phrase, term_id in inflamed_sites(onto):
            offer(phrase, [term_id], "inflection", "finding")
        for lay in lay_terms():
            ids: list[str] = []
            for raw in lay.hpo:
                try:
                    resolved = onto.resolve(raw).id
                except UnknownTermError:  # not in this release: the phrase keeps the others
                    continue
                if resolved not in ids:
                    ids.append(resolved)
            if ids and lay.abbreviation:
                offer_key(abbreviation_key(lay.phrase), ids, "curated", lay.kind)
            elif ids or lay.kind == NO_FINDING:
                offer(lay.phrase, ids, "curated", lay.kind)
                if ids:  # a wording of no finding has no term to suggest
                    surface.append((lay.phrase.lower(), ids[0], lay.phrase))
            key = phrase_key(lay.phrase)
            if ids and lay.kind == "lab" and _is_a_level(key) and not specimen_of(key):
                blood_levels.add(key)
        entries = {
            key: LexiconEntry(tuple(ids) if source == "curated" else tuple(sorted(ids)),
                              source, confidence, kind)
            for key, (confidence, source, ids, kind) in best.items()
        }
        surface.sort()
        return cls(entries, surface, modifiers=modifiers, blood_levels=frozenset(blood_levels))

    # ---- cache ----

    def packed_entries(self) -> bytes:
        packed = {}
        for key in self._entries:
            entry = self.lookup(key)
            assert entry is not None  # every key has an entry
            packed[key] = f"{','.join(entry.ids)}\t{entry.source}\t{entry.confidence}\t{entry.kind}"
        return json.dumps({"entries": packed, "blood_levels": sorted(self._blood_levels)}
                          ).encode("utf-8")


# h-sites17: HPO defines many inflammations by their site alone ("Mastitis is defined as an
# inflammation of the breast", Blepharitis "Inflammation of the eyelids", Vaginitis
# "Inflammation of the vagina"), where no name or synonym says it in plain words.
_INFLAMMATION_OF = re.compile(
    r"(?:[\w -]+ is (?:defined as )?)?(?:an? |the )?inflammation (?:of|in|affecting) "
    r"(?:the |a |an )?(?P<site>[a-z]+(?: [a-z]+)?)(?=[.,;(:]| which | with | due | caused "
    r"| characteri[sz]ed | resulting | usually | in | and (?:may|is|can|often|usually) |$)",
    re.IGNORECASE)


def inflamed_sites(onto: Any) -> list[tuple[str, str]]:
    """Plain wordings of the terms HPO defines as an inflammation of a body site, each with
    its term: "inflamed breast", "breast inflammation", "inflammation of the breast" for
    Mastitis. The site must be one the reader knows (body_sites.yaml, as lay words or as
    HPO's wordings of them), so a definition's tissue words ("the synovial membrane") give
    none; of the terms defined so at one site only the most general are kept (Blepharitis,
    not also Seborrhoeic blepharitis). Offered as inflections, below any name, synonym or
    curated phrase of the same words."""
    sites = body_sites()
    known = {" ".join(words) for words in sites.sites}
    known |= {reading for readings in sites.sites.values() for reading in readings}
    root = onto.index(PHENOTYPIC_ABNORMALITY)
    by_site: dict[str, list[tuple[int, str]]] = {}
    for i, _ in enumerate(onto.ids):
        if not onto.is_ancestor(root, i):
            continue
        found = _INFLAMMATION_OF.match(onto.definition(i) or "")
        if found is None:
            continue
        site = found.group("site").lower()
        if site in known:
            # (One site in the singular and the plural: "eyelid", "eyelids".)
            by_site.setdefault(phrase_key(site), []).append((i, site))
    wordings = []
    for _, terms in sorted(by_site.items()):
        for i, site in terms:
            if any(j != i and onto.is_ancestor(j, i) for j, _ in terms):
                continue
            for phrase in (f"inflamed {site}", f"{site} inflammation",
                           f"inflammation of the {site}"):
                wordings.append((phrase, onto.ids[i]))
    return wordings


def is_abbreviation(text: str) -> bool:
    """An abbreviation the reader uses: letters and digits, at least three, mostly capitals
    ("ASD", "CKD", "CyN"). Two-letter ones ("CP": cerebral palsy, or chest pain?) are too
    ambiguous in questions."""
    return (len(text) >= MIN_ABBREVIATION and text.isalnum()
            and sum(ch.isupper() for ch in text) >= 2)


def abbreviation_key(text: str) -> str:
    """The lexicon key of an abbreviation as written (case kept: "ASD", never "asd")."""
    return ABBREVIATION_PREFIX + text


def modifier_stems(knowledge: Knowledge) -> frozenset[str]:
    """Stems of the one-word names of HPO's clinical modifiers (HP:0012823: "Severe",
    "Acute", "Chronic", "Left", "Episodic", ...) and of "symptom"/"sign" (words that name a
    finding as a finding)."""
    onto = knowledge.ontology
    stems = {phrase_key(word) for word in _FILLER_WORDS}
    if CLINICAL_MODIFIER in onto:
        left_out: set[int] = set()
        for root in _NOT_QUALIFIERS:
            if root in onto:
                left_out.update(onto.descendants(onto.index(root)))
        for i in onto.descendants(onto.index(CLINICAL_MODIFIER)):
            name = onto.names[i]
            if name.isalpha() and i not in left_out and name not in _GROUPING_NAMES:
                stems.add(phrase_key(name))
    return frozenset(s for s in stems if s and " " not in s)


# The waves an electrocardiogram's intervals and segments are named by (ecg_shorthand).
_ECG_WAVES = re.compile(r"\b(?:QTc|QT|PR|ST|RR|P-P) (?:interval|segment)\b")
_ANTIBODY_NAME = re.compile(r"anti-?\s?(.+?) (?:antibody positivity|antibodies|antibody)",
                            re.IGNORECASE)
_COLOUR_ONLY = frozenset({"white", "red"})


def is_abbreviated_phrase(text: str) -> bool:
    """A synonym of HPO's abbreviation kind that is a phrase of two or more words with an
    abbreviation among them ("Elevated sweat Cl", "Recurrent UTIs", "Prolonged PT"), not a lone
    abbreviation ("RA", "MI": too short to read safely; ``is_abbreviation`` takes the longer
    ones)."""
    words = text.split()
    return len(words) >= 2 and any(ch.isalpha() for ch in text)


def antibody_wordings(phrase: str) -> list[str]:
    """The wordings of a result that a term named "Anti-X antibody positivity" (or "Anti-X
    antibodies") reports: "anti-X", "X antibodies", "X antibody", "anti-X antibodies". Only
    for an antigen named with a capital or a digit ("MOG", "Scl-70", "dsDNA", "AChR"):
    "anti-thyroid" or "anti-smooth" alone name medicines or nothing."""
    match = _ANTIBODY_NAME.fullmatch(phrase.strip())
    if not match:
        return []
    antigen = match.group(1).strip()
    if not antigen or not any(ch.isupper() or ch.isdigit() for ch in antigen):
        return []
    return [f"anti-{antigen}", f"{antigen} antibodies", f"{antigen} antibody",
            f"anti-{antigen} antibodies"]


def ecg_shorthand(phrase: str) -> str | None:
    """An electrocardiogram's interval or segment named by its waves alone ("Prolonged QTc
    interval" -> "Prolonged QTc", "ST segment elevation" -> "ST elevation"), or None: only
    beside a wave's name in capitals ("QT", "QTc", "PR", "ST", "RR", "P-P"), so that an eye's
    "anterior segment" or a limb's keeps its word."""
    words = phrase.split()
    if not _ECG_WAVES.search(phrase) or not {"interval", "segment"} & set(words):
        return None
    rest = [w for w in words if w not in {"interval", "segment"}]
    return " ".join(rest) if len(rest) >= 2 else None


# h-lexdedup (issue 14): the keys of a measured level, from one generator (level_keys). HPO
# names a level in four forms, each read from the same parse of the phrase (its stems and its
# one level word) with the same two checks (_loses_a_letter, _names_a_substance):
# - a blood count (h-rareclin1): "High lymphocyte count", "High blood monocyte number":
#   "lymphocytes are raised", "my monocyte count is high";
# - a level named in the blood (h-rareclin1): "Decreased circulating renin concentration", or
#   a synonym of a term so named ("Elevated LH level"): "low renin", "LH raised", "renin level
#   low";
# - a level said as "Increased [circulating] X level" (h-rarestudent1): "Reduced haptoglobin
#   level": "low haptoglobin"; where it was measured in the blood ("circulating", "serum",
#   "plasma", "blood") and the "concentration"/"level" words go;
# - a level in a specimen (h-specimen1): "Increased urinary calcium", "Cerebrospinal fluid
#   protein increased", "Phenylpyruvic acid high in urine": keyed in every wording of its
#   specimen ("urinary" and "urine"; "CSF", "spinal fluid" and "cerebrospinal fluid"), with the
#   level and the substance in any order ("high calcium in the urine").
# A level word of one set reads as the others ("raised" is read as "elevated",
# text/normalize.py).
_LEVELS = (frozenset({"high", "increas", "elev"}), frozenset({"low", "decreas", "reduc"}))
_COUNT_WORDS = frozenset({"count", "number"})
_COUNT_FILLERS = frozenset({"count", "number", "blood", "circul", "absolut", "peripher",
                            "concentr", "level", "serum", "plasma"})
_MEASURE_WORDS = frozenset({"concentr", "level"})
_CIRCULATING = "circulating"
_CONCENTRATION = re.compile(
    r"(?P<level>decreased|increased|elevated|reduced|low|high)\s+"
    r"(?:(?:circulating|serum|plasma|blood)\s+)?(?P<substance>[\w ,'-]+?)\s+"
    r"(?:concentrations?|levels?)", re.IGNORECASE)
_LEVEL_OF = {"decreased": 1, "reduced": 1, "low": 1, "increased": 0, "elevated": 0, "high": 0}
# The specimens a level is measured in besides the blood, each in its wordings (as keyed): HPO
# says "urinary" and "urine", "CSF" and "cerebrospinal fluid", "fecal" and "stool"; people say
# "in the urine" ("in his wee" is read as "urine"), "spinal fluid", "faeces". The first two
# wordings of each are the ones said with a blood level's lay words (Lexicon.lookup).
_SPECIMENS = {
    "urine": ("urin", "urinari"),
    "csf": ("csf", "fluid spinal", "cerebrospin fluid", "cerebr fluid spinal"),
    "stool": ("stool", "faec", "fece", "fecal", "faecal"),
}
# A level in a specimen's term: first ("Increased urinary copper"), last ("Cerebrospinal fluid
# protein increased") or before "in" and the specimen ("Phenylpyruvic acid high in urine").
_SPECIMEN_LEVEL = re.compile(
    r"^(?P<first>decreased|increased|elevated|reduced|low|high)\s.+"
    r"|^.+\s(?P<last>decreased|increased|elevated|reduced|low|high)"
    r"(?:\s+in\s+.+)?$", re.IGNORECASE)
# Words of a specimen's level term that name neither the substance nor its specimen.
_SPECIMEN_FILLERS = frozenset({"concentr", "level", "amount", "total"})
# A measure in a specimen and another (a ratio of CSF to serum) is no level of one.
_BLOOD_STEMS = frozenset({"blood", "serum", "plasma", "circul", "ratio"})
# The extra words a level's key is also written with ("my monocyte count is high", "renin
# level low"); the empty tuple is the key of the level and the substance alone.
_BARE: tuple[str, ...] = ()
_WITH_COUNT = (_BARE, ("count",))
_WITH_LEVEL = (_BARE, ("level",))


# A key with a word of a specimen (its first two wordings, Lexicon._in_a_specimen).
_SAID_SPECIMEN_STEMS = sorted({s for wordings in _SPECIMENS.values() for wording in wordings[:2]
                               for s in wording.split()})
_SPECIMEN_WORD = re.compile(rf"\b(?:{'|'.join(_SAID_SPECIMEN_STEMS)})\b")
# What a blood level's key said with a specimen's words means: no finding.
_IN_A_SPECIMEN = LexiconEntry((), "inflection", SOURCE_CONFIDENCE["inflection"], NO_FINDING)


def _is_a_level(key: str) -> bool:
    """Whether a key has a level word ("high", "low", ...)."""
    return any(s in group for group in _LEVELS for s in key.split())


def specimen_of(key: str) -> str | None:
    """The specimen a key's stems name ("urine", "csf", "stool"), or None."""
    stems = set(key.split())
    for name, wordings in _SPECIMENS.items():
        if any(set(wording.split()) <= stems for wording in wordings):
            return name
    return None


def level_keys(phrase: str, in_blood: bool = False) -> list[str]:
    """The keys of a measured level's name or synonym, in the words a result is told in: its
    level word (each of its set) and its substance, in any order, in each of the forms above:
    "High lymphocyte count" -> "high lymphocyt", "count high lymphocyt", ...; "Decreased
    circulating renin concentration" -> "low renin", "level low renin", ...; "Increased
    urinary calcium" -> "calcium high urin", "calcium high urinari", ... A synonym of a term
    named circulating is a level in the blood (``in_blood``: "Elevated LH level"). Each key
    once, whatever forms the phrase is in. None for a phrase with no level word, or with two
    outside the form "Increased X level", or one whose substance is no substance
    (:func:`_names_a_substance`) or loses a letter to the key (:func:`_loses_a_letter`)."""
    if _loses_a_letter(phrase):
        return []
    stems = phrase_key(phrase.replace("/", " ")).split()
    keys = {" ".join(sorted([*substance, word, *extra]))
            for substance, level, extras, most, blood in _level_forms(phrase, stems, in_blood)
            if _names_a_substance(substance, most, blood)
            for word in level for extra in extras}
    return sorted(keys)


_LevelForm = tuple[list[str], frozenset[str], tuple[tuple[str, ...], ...], int, bool]


def _level_forms(phrase: str, stems: list[str], in_blood: bool) -> Iterator[_LevelForm]:
    """The forms of a level a phrase is in (above), each as (its substance's stems, its level
    words, the extra words of its keys, the most words of its substance, whether it is in the
    blood). The level is the phrase's one level word, or in the form "Increased X level" its
    first word (the substance may hold another: "low-density lipoprotein")."""
    said = set(stems)
    concentration = _CONCENTRATION.fullmatch(phrase.strip())
    specimen = specimen_of(" ".join(stems))
    if concentration is not None and specimen is None:
        substance = phrase_key(concentration.group("substance")).split()
        level = _LEVELS[_LEVEL_OF[concentration.group("level").lower()]]
        yield substance, level, (_BARE,), 3, in_blood or "circul" in said
    levels = [group for group in _LEVELS for s in stems if s in group]
    if len(levels) != 1:
        return
    level = levels[0]
    if _MEASURE_WORDS & said:
        if in_blood or "circul" in said:
            yield _without(stems, _COUNT_FILLERS | level), level, _WITH_LEVEL, 2, True
    elif _COUNT_WORDS & said and ("count" in said or bool({"blood", "circul"} & said)):
        yield _without(stems, _COUNT_FILLERS | level), level, _WITH_COUNT, 2, True
    if specimen is not None and _SPECIMEN_LEVEL.fullmatch(phrase.strip()) and not (
            _BLOOD_STEMS & said):
        wordings = _SPECIMENS[specimen]
        substance = _without(stems, level | _SPECIMEN_FILLERS | {
            s for wording in wordings for s in wording.split()})
        yield substance, level, tuple((*wording.split(), *extra) for wording in wordings
                                      for extra in _WITH_LEVEL), 3, False


def _without(stems: list[str], words: Collection[str]) -> list[str]:
    return [s for s in stems if s not in words]


def _loses_a_letter(phrase: str) -> bool:
    """Whether a one-letter name in the phrase is a stop word of its key ("vitamin A", "a" in
    the key): "high vitamin" would be any vitamin, and "high dose vitamin K" vitamin A."""
    return any(len(word) == 1 and not phrase_key(word) for word in phrase.split())


def _names_a_substance(stems: list[str], most: int, in_blood: bool) -> bool:
    """Whether a level's substance stems name a substance: one to ``most`` words; a lone stem
    of two letters only in the blood ("LH", "Tg": "a high mg dose" is no magnesium, "high CK"
    is read by text/labs.py); no colour without "cell" ("Elevated white blood count" is no
    "high white")."""
    if not 1 <= len(stems) <= most:
        return False
    if len(stems) == 1 and len(stems[0]) < 3 and not in_blood:
        return False
    return not (_COLOUR_ONLY & set(stems) and "cell" not in stems)


def adjective_forms(phrase: str) -> list[str]:
    """Adjective forms of a one-word phrase ("Hypokalemia" -> "hypokalemic"); none for
    longer phrases, whose words keep their own forms ("hypokalemic periodic paralysis")."""
    word = phrase.strip().lower()
    if not word.isalpha() or len(word) < 5:
        return []
    for noun, endings in ADJECTIVE_ENDINGS:
        if word.endswith(noun):
            stem_part = word[: len(word) - len(noun)]
            return [stem_part + ending for ending in endings if len(stem_part + ending) >= 5]
    return []


def load_lexicon(knowledge: Knowledge) -> Lexicon:
    """The lexicon for this knowledge, from its (verified) cache files when they match."""
    stem = knowledge.cache_file.stem if knowledge.cache_file else f"mem-{knowledge.release}"
    # Keyed by the compiled knowledge, the curated files, the package version (normalisation
    # code ships with it) and the lexicon format.
    base = f"lexicon-{stem}-{curated_fingerprint()}-v{__version__}-l{LEXICON_FORMAT}"
    entries_path = cache_dir() / f"{base}.cache"
    surface_path = cache_dir() / f"{base}.surface.cache"
    packed = load_verified_json(entries_path, "lexicon entries", _is_packed)
    surface = load_verified(surface_path, "lexicon surface")  # shape checked on first use
    if packed is not None and surface is not None:
        return Lexicon(packed["entries"], surface_json=surface, modifiers=modifier_stems(knowledge),
                       blood_levels=frozenset(packed["blood_levels"]))
    lexicon = Lexicon.build(knowledge)
    store_verified_json(surface_path, "lexicon surface", lexicon.surface)
    store_verified(entries_path, "lexicon entries", lexicon.packed_entries())
    return lexicon


@contextmanager
def phrase_keys_cached() -> Iterator[None]:
    """Within the block, phrase keys computed by an earlier run are read from a cache: the
    ~750 phrases of the reader's word lists (and the lexicon's modifier names) that every
    start keys again. New keys are added to the cache after the block.

    Keyed like the lexicon (curated files, package version, lexicon format) and by the
    normalisation code itself, so an edit of ``text/normalize.py`` never meets old keys.
    """
    base = (f"phrase-keys-{curated_fingerprint()}-{_normalize_fingerprint()}-v{__version__}"
            f"-l{LEXICON_FORMAT}")
    path = cache_dir() / f"{base}.cache"
    known = load_verified_json(path, "phrase keys", _is_phrase_keys) or {}
    with phrase_keys_remembered(known) as computed:
        yield
    if computed:
        store_verified_json(path, "phrase keys", {**known, **computed})


@lru_cache(maxsize=1)
def _normalize_fingerprint() -> str:
    return hashlib.sha256(Path(normalize.__file__).read_bytes()).hexdigest()[:12]


def _is_phrase_keys(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def _is_packed(value: Any) -> bool:
    """Packed entries: {"entries": phrase key -> "ids<TAB>source<TAB>confidence<TAB>kind",
    "blood_levels": [phrase key, ...]}."""
    if not isinstance(value, dict) or set(value) != {"entries", "blood_levels"}:
        return False
    entries, blood_levels = value["entries"], value["blood_levels"]
    return (isinstance(entries, dict) and bool(entries)
            and all(isinstance(v, str) and v.count("\t") == 3 for v in entries.values())
            and isinstance(blood_levels, list) and all(isinstance(k, str) for k in blood_levels))


def _is_surface(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row)
        for row in value
    )
