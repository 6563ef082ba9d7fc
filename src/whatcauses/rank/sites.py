"""Body sites as evidence: the condition profiles whose own description names the site.

A person names where the complaint is ("a rash on both shins", "burning at the tip of my
penis when I pee", "numbness on the outside of my thigh"). When HPO has a term for the finding
at that site, the reader composes it (text/sites.py: Knee pain); when it has none (no HPO term
is a rash of the shin, or a burning of the penis), the finding stays general (Skin rash,
Dysuria) and the site is kept beside it, where no annotation can meet it. The condition
profiles describe where their findings are in their own sourced summary ("painful, red lumps,
usually on the fronts of both shins"; "a discharge from the tip of the penis"). For each body
site the question names beside a finding it states, :func:`site_weights` multiplies the weight
of every profile whose name, lay names or summary name that site by :data:`SITE_WEIGHT`; other
diseases are unchanged (HPO's own entries have no such description, and a profile that does
not name the site is not marked down: a summary names the main sites only).

A quadrant of the abdomen is a site of its own ("the lower right side of my tummy", "right
upper abdominal pain", "RLQ": knowledge/curated_diseases.py, ``_quadrants``); the reader keeps
only the abdomen as the site of such a finding ("belly"), so the quadrant is looked for in the
finding's own words. Of the profiles, only appendicitis's summary names one ("settles in the
lower right abdomen"); of 25 dev-probe questions naming a quadrant, one rose (appendicitis,
fourth to first), none fell, and the frozen and check totals did not move. The quadrant is
looked for in the whole question too when a stated finding is a pain of the abdomen (h-sites2:
"pain that started around my belly button and moved to the lower right of my tummy", whose
second clause the reader leaves unread); over the dev probes two more appendicitis questions
reached the top 3, none fell. Under the ribs on one side is that side's upper quadrant (h-ruq:
"pain under my right ribs", "under the ribs on the left"; not at the back, the flank), which
acute cholecystitis's and gallstones' summaries name: over the dev probes 24 questions rose
(top-1/3/10 +3/+4/+13), none fell. A height parted from its side names the quadrant too
(h-sites4: "low down on the right hand side of my tummy", "in my tummy, low down on the
right"); one dev-probe appendicitis question rose (3 -> 1), none fell.

Sites meet by their HPO wordings in body_sites.yaml ("tummy" and "belly" are the abdomen,
"willy" the penis, "shins" the shin): knowledge/curated_diseases.py keys a profile's text and
this module the question's site words with the same :func:`site_keys`. A site that many
profiles name tells none of them apart, and lifted the profiled common conditions of that
organ above rare diseases HPO annotates (two dev questions fell with every site kept at full
weight: central vision lost in one eye, blisters in the mouth and on the skin). A site of at
most ``SITE_PROFILES_MAX`` (8) profiles weighs ``SITE_WEIGHT`` (the shin, the heel, the penis,
the thigh); one of more, up to ``SITE_PROFILES_KEPT`` (24), weighs
``SITE_WEIGHT ** (SITE_PROFILES_MAX / n)`` (:func:`site_weight`: the foot and the knee, 9
profiles, 2.66; the arm, 10, 2.41; the mouth, 11, 2.22; the throat, 12, 2.08; the hand, 18,
1.63; the leg, 20, 1.55); one of more (the skin, the eye, the abdomen, the back: 37 to 58) is
not kept and weighs nothing.

The taper replaced a cliff (h-sitetaper, issue 14): every site past ``SITE_PROFILES_MAX``
weighed nothing, so one new profile could take a site from all the others, and did: a
meningococcal summary's "cold hands and feet" made the foot the ninth profile's, and three
burning-feet questions lost diabetic peripheral neuropathy's lift (3 -> 7, 4 -> 7, 2 -> 3;
with the taper 4, 4, 2). Sites of at most 8 profiles weigh as before. The exponent's form and
the upper count were chosen on the dev probes (questions_dev and every dev probe but the CHECK
sets, 4,512 questions at main b282471, against the cliff): ``SITE_PROFILES_KEPT`` 16, 24 or
every site kept (60) with the exponent ``SITE_PROFILES_MAX / n``: top-1/3/10 3017/3694/4052
-> 3021/3695/4052, 3027/3699/4053, 3025/3700/4056 (questions moved up/down 30/20, 57/26,
80/40); the gentler exponent ``sqrt(SITE_PROFILES_MAX / n)`` with 24: 3022/3703/4056 (72/38),
the steeper ``(SITE_PROFILES_MAX / n) ** 2`` with 24: 3023/3695/4052; 24 with the plain ratio
moved fewest for its gain. What fell is mostly a stroke's weak arm one or two places below a
transient ischaemic attack, whose summary names the arm and the stroke's does not (1 -> 2 or
3), as the arm had at full weight in h-reader41, and Charcot-Marie-Tooth disease's feet
below the foot's profiles. A site a profile names only as a part (the ring and little
fingers, :func:`other_parts`) marks down the profiles that place their complaint on other
parts of it by the inverse of its own weight, ``SITE_MISMATCH_WEIGHT`` for the parts of at
most ``SITE_PROFILES_MAX`` profiles (all of them at b282471: the teeth, 7, are the most
named). The count of diseases whose curated texts place the question's finding at its site
(:func:`finding_site_matches`, :func:`_placing`) tapers by the same :func:`site_weight`,
where it was a cliff at ``SITE_PROFILES_MAX`` too: over the same questions, with the summary
taper, top-1/3/10 3027/3699/4053 -> 3034/3699/4053 (12 up, 4 down: a strep throat's glands at
the front of the neck 1 -> 2, heartburn's chest pain after meals 10 -> past 10, and two by
one or two places); the blocked ears of h-ranker14 (hearing loss in the ear, 19 diseases,
1.59) did not move. Both tapers together, by bench/probes.py against main b282471:
top-1/3/10 3009/3685/4043 -> 3026/3690/4044 of 4,500 (probe_h-sitetaper left out; 68 rose,
26 fell, among them a dev question's high-arched feet and thin legs, Charcot-Marie-Tooth
disease 5 -> 10); questions_dev 74.7/91.6/96.8 -> 75.8/91.6/96.8.

A site the reader composed into a term whose wordings do not name it is kept too
(:func:`unsaid_sites`, h-sites2): "an ache at the back of my heel" is Foot pain, "pain under
my right ribs" Abdominal pain, "pain just below my kneecap" Pain at the anterior aspect of the
knee, and the heel, the ribs and the kneecap were lost, though the profiles of plantar
fasciitis, gallstones and patellar tendinopathy name them. Only the first site of the finding's
words counts (a later one is where it spreads: "pain in my chest spreading to my arm"), and
none when the term's name or a synonym names it ("can't lift her right arm" is Upper limb
muscle weakness, synonym "Weak arm"; "eyelids drooping" is Ptosis, "Drooping upper eyelid"):
without the synonyms a stroke's weak arm lifted the arm's profiles above it. Measured against
the same code without it: over the dev probes (3,173 questions) top-1/3/10 1937/2449/2733 ->
1945/2459/2735, none lost from the top 3; frozen common top-1 61.7 -> 62.3, frozen prevalence
and voices, CHECK and dev unchanged; probe_h-sites2 top-3 63.6 -> 70.5 (with the reader's
site changes of the same helper; 45.5/61.4/77.3 -> 52.3/70.5/81.8 in all).

A disease whose curated texts place the question's finding at other sites only weighs
``SITE_MISMATCH_WEIGHT``, once (h-sites15, :func:`placed_elsewhere`): a fact sheet's finding
statement of the finding or a term below it, or a summary clause that names the finding's own
word beside a site ("tingling, numbness and pain in the thumb, index and middle fingers"
against "a numb patch on the outer part of my thigh"). What HPO's names do for annotations
(:func:`site_mismatch_weights`: Hand paresthesia), the profiles' words do for the general
terms they list. Only narrow sites place (a site of at most ``SITE_PROFILES_KEPT`` profiles;
a clause also naming the skin, the body or a quadrant places nothing); pain's words find no
finding (every painful profile places its pain); a site the term's own names name is the
term's ("Mouth breathing"); and a disease whose texts meet any site the question names, or
its part or whole (the legs for the feet), is unchanged. Measured in bench/data/lexicon_log.md.

A candidate so lifted carries, for each such site, the question's word for it, the weight and
what in its profile names it (:func:`site_fits`: the first summary statement that does, with its
sources, else its name or a lay name): its evidence, the answer and the page say why it rose
(explain/evidence.py, answer/compose.py).

A site of two words that narrows a site of one ("little finger", "ring finger": the finger)
is a key of its own beside the one-word site (h-reader60), in the question and in the profiles
("the ring and little fingers" names both fingers and the fingers); and a profile that places
its complaint on other parts of a site the question names a part of weighs
SITE_MISMATCH_WEIGHT (:func:`other_parts`): "numbness in my ring and little finger" against
carpal tunnel syndrome's "thumb, index and middle fingers". Cubital tunnel syndrome was second
to carpal tunnel syndrome (a prior about 16 times larger) for such questions; over the dev
probes the measured change of h-reader60 is in bench/data/lexicon_log.md.

The curated fact sheets name sites in their name, lay names and summary as the profiles do,
and are read the same way (h-sheetsites): "weakness of the hip and shoulder muscles"
(Lambert-Eaton myasthenic syndrome), "the spleen, liver and bone marrow" (Gaucher disease type
1). A sheet's site is weighed by how many profiles and sheets together name it (h-sitetaper;
before, kept when at most ``SITE_PROFILES_MAX`` did); a profile's is still counted over the
profiles alone (counting the sheets too dropped the foot, the toe, the finger, the hip and
the scalp from the profiles: over the dev probes top-1/3/10 2480/3072/3386 ->
2475/3066/3384), and a disease with a profile keeps its profile's sites.
Measured against the same code without the sheets: over the dev probes
(3,833 questions) 2480/3072/3386 -> 2484/3074/3388, none fell; dev questions top-1 72.6 ->
74.7 (two big spleens: Gaucher disease); probe_h-sheetsites 9.1/54.5/72.7 -> 27.3/72.7/81.8.
A morning-stiff lower back still does not tell axial spondyloarthritis from rheumatoid
arthritis: the back is named by too many diseases, and the sheet's summary names the spine.

A fact sheet's finding statements place a finding at a site where its summary names none
(h-ranker14: :func:`finding_site_matches`): "Prolonged morning stiffness of the back"
(ankylosing spondylitis), "Morning stiffness of the joints" (rheumatoid arthritis). For each
finding the question states with a site (the reader's, or one its words name and its term does
not: :func:`finding_site_words`), a disease weighs ``SITE_WEIGHT`` more when a finding
statement of its sheet names that site and lists a term related to the finding (the finding
itself, below it, or above it under HPO's organ-system classes), once per site and not for a
site its summary already lifts it for. The pair is specific where the site alone is not: the
back, which 20 to 45 profiles name and so no summary site lifts, is where ankylosing
spondylitis's stiffness is and not rheumatoid arthritis's, and "I'm 24 and my lower back is
stiff every morning" put rheumatoid arthritis first before. A site where the curated texts of
more than ``SITE_PROFILES_MAX`` diseases place the finding (a sheet's finding statement, or a
summary statement of a sheet or profile that lists the finding: hearing loss in the ear, 19;
a swollen joint in the knee, 12; pain in the chest, 11; a stiff back, 4) tells none apart and
is left out, as the summary sites are (:func:`_placing`; since h-sitetaper tapered as they
are, below). Measured against the same code
without it, over questions_dev and the dev probes (3,935 questions; probe_h-ranker14 left
out): top-1/3/10 2558/3164/3484 -> 2576/3172/3487, 16 questions lower, mostly by one place
(a man's thinning hair, a goitre, a pilonidal lump); alcohol-related cirrhosis 1 -> 4 behind
primary biliary cholangitis, whose sheet places jaundice in the eyes ("my skin and eyes look
yellow"), and one palmoplantar keratoderma 10 -> past 10; probe_h-ranker14 top-1 46.7 ->
53.3. Without the count limit: 2579/3171/3485 with
33 lower, three blocked ears out of the top 10 behind primary ciliary dyskinesia (whose sheet
places hearing loss in the ear) and a hot swollen knee with fever (septic arthritis) 1 -> 3
behind the sheets that place arthritis in the knee. Also tried: (a) the summary statements
of sheets and profiles lifting as finding statements do, with no count limit: +38/+17/+15,
but 73 questions fell, among them two strokes behind a TIA whose summary names the arm,
shingles out of the top 10 behind the chest's profiles, and the reader's "stomach" beside a
diarrhoea lifting every profile whose summary names the abdomen; (b) leaving out a site the
finding's term names itself ("chest" beside Chest pain), without the count limit: +6/+4/+1,
most gains gone (a resting hand tremor, lupus's joints); both dropped.

SITE_WEIGHT = 3: a clue, weaker than an exposure's 10 (rank/exposures.py), since the site
comes from a summary's words, not from a sourced list, and a summary names a site for any of
its findings. Not fitted. Measured (h-reader41) against the same code without it: dev
questions 70.5/87.4/95.8 unchanged; over the other dev probes (about 1,100 questions)
top-1/3/10 +19/+15/+15 questions, -4/-1/0 (lost at top-1: sudden weakness of an arm and
leg, burning at the opening of the vagina, bleeding puffy gums, facioscapulohumeral
dystrophy's shoulder blades; at top-3: a stroke's weak arm and leg);
frozen common top-1/3 58.0/74.7 -> 59.3/75.3, frozen prevalence and voices top-1/3 unchanged
(voices top-5/10 70.1/78.7 -> 69.3/78.0); check common4 top-1 60.0 -> 64.0, voices4 and
prevalence3 unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.curated import BodySites, body_sites
from whatcauses.knowledge.curated_diseases import (
    QUADRANT_PREFIX,
    SIDE_PREFIX,
    SITE_PROFILES_KEPT,
    SITE_PROFILES_MAX,
    named_sites,
    site_keys,
)
from whatcauses.knowledge.ids import PHENOTYPIC_ABNORMALITY, ROOT
from whatcauses.knowledge.sheets import compiled_fact_sheets, compiled_profile_sheets
from whatcauses.rank.results import SiteFit

SITE_WEIGHT = 3.0
# A finding the question places at one site, which a disease shows only at another site: the
# disease's annotations under the finding name a site in their HPO names ("Hand paresthesia")
# and none names the question's (:func:`site_mismatch_weights`).
SITE_MISMATCH_WEIGHT = 1.0 / SITE_WEIGHT
_WORD = re.compile(r"[a-z]+")


def site_weight(naming: int) -> float:
    """The weight of a site that ``naming`` condition profiles name (a fact sheet's site:
    profiles and sheets): ``SITE_WEIGHT`` for at most ``SITE_PROFILES_MAX``, and
    ``SITE_WEIGHT ** (SITE_PROFILES_MAX / naming)`` for more (h-sitetaper: 9 profiles 2.66,
    12 2.08, 16 1.73, 24 1.44), so that one more profile naming a site lowers its weight a
    little, not to nothing; sites of more than ``SITE_PROFILES_KEPT`` profiles are not kept
    (knowledge/curated_diseases.py) and weigh 1."""
    if naming > SITE_PROFILES_KEPT:
        return 1.0
    return float(SITE_WEIGHT ** min(1.0, SITE_PROFILES_MAX / max(naming, 1)))


Vector = np.ndarray[Any, Any]


@cache
def _sites() -> BodySites:
    return body_sites()


def question_sites(sites: Iterable[str], quadrants_of: Iterable[str] = ()) -> tuple[str, ...]:
    """The site keys of the sites a question names beside its findings (as written), and
    the quadrants of the abdomen the findings' own words name (the reader keeps "belly" as
    the site of "pain in the lower left side of my belly")."""
    return tuple(question_site_words(sites, quadrants_of))


def question_site_words(sites: Iterable[str], quadrants_of: Iterable[str] = (),
                        composed: Iterable[tuple[str, Sequence[str]]] = ()
                        ) -> dict[str, str]:
    """:func:`question_sites`, each with the question's word for it ("shins"), and the
    sites of ``composed`` findings (their words and their terms' labels) that the labels do
    not name (:func:`unsaid_sites`)."""
    named: dict[str, str] = {}
    for site in sites:
        for key, word in named_sites(site, _sites()).items():
            named.setdefault(key, word)
    for text, labels in composed:
        for key, word in unsaid_sites(text, labels).items():
            named.setdefault(key, word)
    for text in quadrants_of:
        for key, word in named_sites(text, _sites()).items():
            if key.startswith(QUADRANT_PREFIX):
                named.setdefault(key, word)
    return named


def unsaid_sites(text: str, labels: Sequence[str]) -> dict[str, str]:
    """The site of a finding the reader composed into a term whose labels do not name it:
    the narrower place a general term leaves out ("ache at the back of my heel" read as Foot
    pain: the heel; "pain under my right ribs", Abdominal pain: the ribs). Only the first site
    of the finding's words is its own (a part before "of", "the back of", is no site); a
    later one is where the finding spreads or another place ("pain in my chest spreading to my
    arm"), and a term that names the first site itself leaves none ("my scalp is tender":
    Scalp tenderness; "pain just below my knee": a knee term)."""
    words = _WORD.findall(text.lower())
    said = set(named_sites(" ".join(labels), _sites()))
    for k, word in enumerate(words):
        if k + 1 < len(words) and words[k + 1] == "of":
            continue
        named = named_sites(word, _sites())
        if named:
            return {key: w for key, w in named.items() if key not in said}
    return {}


def site_weights(knowledge: Knowledge, keys: Iterable[str]) -> Vector | None:
    """Per disease, the product of the :func:`site_weight` of each of the site ``keys`` its
    profile names, and for each site the question names a part of ("the little finger": a
    finger) whose profile names other parts of it only (:func:`other_parts`), the inverse of
    the weight of the profile's part (``SITE_MISMATCH_WEIGHT`` for a part of at most
    ``SITE_PROFILES_MAX`` profiles, as all are); ``None`` when no disease is so weighed."""
    wanted = set(keys)
    if not wanted:
        return None
    index = knowledge.disease_ids_index
    weights: Vector = np.ones(knowledge.n_diseases)
    found = False
    # Parts and quadrants weigh only when the question names some: known once per question,
    # not asked again for each of the profiles.
    parts_asked = any(part_of(key) is not None for key in wanted)
    quadrants_asked = any(key.startswith(QUADRANT_PREFIX) for key in wanted)
    for disease_id, named in knowledge.curated_site_naming.items():
        position = index.get(disease_id)
        if position is None:
            continue
        weight = 1.0
        for key in wanted.intersection(named):
            weight *= site_weight(named[key])
        if parts_asked:
            for parts in _mismatched_parts(wanted, named).values():
                weight /= site_weight(max(named[p] for p in parts))
        other = _other_quadrants(wanted, named) if quadrants_asked else None
        if other:
            weight /= site_weight(max(named[q] for q in other))
        if weight != 1.0:
            weights[position] = weight
            found = True
    return weights if found else None


@cache
def _whole_sites() -> frozenset[str]:
    """The keys of the sites of one word ("finger", "hand"), of which others are parts."""
    return frozenset("|".join(v) for k, v in _sites().sites.items() if len(k) == 1)


@cache
def _named_parts() -> frozenset[str]:
    """The keys of the sites of two words that narrow a site of one ("little finger", "ring
    finger", "big toe"): the parts a profile may place its complaint on. A site of one word
    ("knee", "thumb") is none: a knee is no other part of a joint than the big toe, which
    gout's summary names and a swollen knee still fits."""
    sites = _sites().sites
    return frozenset("|".join(v) for k, v in sites.items()
                     if len(k) == 2 and (k[1],) in sites)


@cache
def part_of(key: str) -> str | None:
    """The site of one word that a site ``key`` of two words names a part of, by their HPO
    wordings: the longest run of the key's last wordings that is such a site's key ("little
    finger", "index finger": the finger); ``None`` for none, and for a site of one word."""
    if key not in _named_parts():
        return None
    readings = key.split("|")
    wholes = _whole_sites()
    return next((whole for n in range(1, len(readings))
                 if (whole := "|".join(readings[n:])) in wholes), None)


def other_parts(wanted: Iterable[str], named: Iterable[str]) -> int:
    """How many of the sites the question names a part of (``wanted`` keys: "the ring and
    little fingers" are parts of the finger) a profile names other parts of only (``named``:
    carpal tunnel syndrome's "thumb, index and middle fingers"): where on the site the
    profile places its complaint, and the question places it elsewhere (h-reader60)."""
    return len(_mismatched_parts(wanted, named))


def _mismatched_parts(wanted: Iterable[str], named: Iterable[str]) -> dict[str, set[str]]:
    """:func:`other_parts`: each site the question names a part of that the profile places
    on other parts only -> those parts of the profile's."""
    asked: dict[str, set[str]] = {}
    for key in wanted:
        whole = part_of(key)
        if whole is not None:
            asked.setdefault(whole, set()).add(key)
    if not asked:
        return {}
    placed: dict[str, set[str]] = {}
    for key in named:
        whole = part_of(key)
        if whole in asked:
            placed.setdefault(whole, set()).add(key)
    return {whole: parts for whole, parts in placed.items()
            if not any(_overlap(p, q) for p in parts for q in asked[whole])}


def _other_quadrants(wanted: Iterable[str], named: Iterable[str]) -> set[str]:
    """The quadrants of the abdomen a profile names when the question names quadrants and
    the profile none of them (h-sites12): "pain in the upper right of my tummy" against
    appendicitis's "settles in the lower right abdomen", "low down on the left of my belly"
    against the right upper quadrant of gallstones. The quadrant is where the profile places
    its pain, as a part of a site is (:func:`other_parts`), so the question's elsewhere weighs
    against it by the inverse of its weight; a profile naming no quadrant is unchanged."""
    asked = {k for k in wanted if k.startswith(QUADRANT_PREFIX)}
    placed = {k for k in named if k.startswith(QUADRANT_PREFIX)}
    return placed if asked and placed and not asked & placed else set()


def _overlap(one: str, other: str) -> bool:
    """Do two parts of a site overlap: the same, or one's wordings name the other's first
    ("fingertip": a finger; "little finger" and "thumb" do not)?"""
    a, b = one.split("|"), other.split("|")
    return a[0] in b or b[0] in a


@cache
def _profile_sheets() -> dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]]:
    """Profiled disease id -> its profile's name and summary statements (text, sources); a
    disease with a fact sheet and no profile, its sheet's (h-sheetsites)."""
    named: dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {}
    for sheet in (*compiled_profile_sheets(), *compiled_fact_sheets()):
        summary = tuple((s.text, s.sources) for s in sheet.section("summary"))
        for disease_id in sheet.ids:
            named.setdefault(disease_id, (sheet.name, summary))
    return named


def _naming(knowledge: Knowledge, disease_ids: Sequence[str], key: str
            ) -> tuple[str, tuple[str, ...]]:
    """What in the profile of one of ``disease_ids`` names the site ``key``: the first summary
    statement that does (with its sources), else its name or a lay name (no sources)."""
    sheets = _profile_sheets()
    found = [sheets[d] for d in disease_ids if d in sheets]
    for _, summary in found:
        for text, sources in summary:
            if key in site_keys(text, _sites()):
                return text, sources
    for disease_id in disease_ids:
        names = [*(name for name, _ in found), *knowledge.curated_lay_names.get(disease_id, ())]
        for name in names:
            if key in site_keys(name, _sites()):
                return name, ()
    return "", ()


def site_fits(knowledge: Knowledge, disease_ids: Sequence[str],
              named: Mapping[str, str]) -> tuple[SiteFit, ...]:
    """The sites of ``named`` (key -> the question's word for it) that the profile of one of
    ``disease_ids`` names, in the question's order, each with the weight it gave (its
    :func:`site_weight`): what lifted it (:func:`site_weights`)."""
    naming: dict[str, int] = {}
    for disease_id in disease_ids:
        for key, count in knowledge.curated_site_naming.get(disease_id, {}).items():
            naming.setdefault(key, count)
    return tuple(SiteFit(word, key, site_weight(naming[key]),
                         *_naming(knowledge, disease_ids, key))
                 for key, word in named.items()
                 if key in naming and site_weight(naming[key]) > 1.0)


@cache
def _site_wordings() -> frozenset[tuple[str, ...]]:
    """Every HPO wording of a body site (body_sites.yaml ``sites``: "hand", "lower limb"),
    as words; circumstances ("exercise-induced") left out."""
    sites = _sites()
    return frozenset(tuple(w.lower().split()) for k, v in sites.sites.items()
                     if k not in sites.circumstances for w in v)


def _readings_of(site: str) -> tuple[tuple[str, ...], ...]:
    """The HPO wordings of the site a question names ("outer thigh": thigh, lower limb ...):
    the longest run of its last words that body_sites.yaml lists; () when none."""
    sites = _sites()
    words = tuple(site.lower().split())
    for start in range(len(words)):
        found = sites.sites.get(words[start:])
        if found is not None and words[start:] not in sites.circumstances:
            return tuple(tuple(w.lower().split()) for w in found)
    return ()


def _located_forms(knowledge: Knowledge, term_ids: Iterable[str],
                   readings: Sequence[tuple[str, ...]]) -> tuple[set[int], set[int]]:
    """The terms below ``term_ids`` whose HPO names name a body site: (those that name one of
    the question's ``readings``, those that name only other sites)."""
    onto = knowledge.ontology
    here: set[int] = set()
    elsewhere: set[int] = set()
    wordings = _site_wordings()
    wanted = frozenset(readings)
    # A name's runs of words, looked up in the wordings, instead of each of the thousand
    # wordings searched for in every name below a general finding (a tenth of an answer's time).
    longest = max(len(w) for w in wanted | wordings)
    for term_id in term_ids:
        if term_id not in onto:
            continue
        top = onto.index(term_id)
        for term in onto.descendants(top):
            if term == top:
                continue
            words = onto.names[term].lower().replace(",", " ").split()
            runs = {tuple(words[i:j]) for i in range(len(words))
                    for j in range(i + 1, min(len(words), i + longest) + 1)}
            if not runs.isdisjoint(wanted):
                here.add(term)
            elif not runs.isdisjoint(wordings):
                elsewhere.add(term)
    return here, elsewhere


def site_mismatch_weights(knowledge: Knowledge,
                          located: Iterable[tuple[Sequence[str], str]]) -> Vector | None:
    """Per disease, ``SITE_MISMATCH_WEIGHT`` for each finding (its readings' ids, the site the
    question names for it, kept beside it because HPO has no term of the finding there) that
    the disease shows only at another site: among its annotations below the finding, some name
    a body site and none names the question's ("numbness in the outer thigh": carpal tunnel
    syndrome lists Hand paresthesia and no paresthesia of the leg). A disease annotated with
    the general finding alone, or with none of it, is unchanged: the likelihood weighs that.
    ``None`` when no disease is so weighed."""
    arrays = knowledge.arrays
    terms, diseases = arrays["ann_term"], arrays["ann_disease"]
    shown = knowledge.phenotype_rows
    weights: Vector = np.ones(knowledge.n_diseases)
    found = False
    for term_ids, site in located:
        readings = _readings_of(site)
        if not readings:
            continue
        here, elsewhere = _located_forms(knowledge, term_ids, readings)
        if not elsewhere:
            continue
        away = np.unique(diseases[shown & np.isin(terms, list(elsewhere))])
        near = np.unique(diseases[shown & np.isin(terms, list(here))]) if here else away[:0]
        only_away = np.setdiff1d(away, near)
        if len(only_away):
            weights[only_away] *= SITE_MISMATCH_WEIGHT
            found = True
    return weights if found else None


# A fact sheet's finding statement: the HPO terms it names, its text, its sources and the site
# keys its text names.
SheetFindingSites = tuple[tuple[str, ...], str, tuple[str, ...], frozenset[str]]


@cache
def _sheet_finding_sites() -> dict[str, tuple[SheetFindingSites, ...]]:
    """Disease id -> the finding statements of its fact sheet that name a body site, each
    with its own HPO terms (h-ranker14): "Prolonged morning stiffness of the back"
    (ankylosing spondylitis, HP:0005197), "Morning stiffness of the joints" (rheumatoid
    arthritis)."""
    found: dict[str, list[SheetFindingSites]] = {}
    for sheet in compiled_fact_sheets():
        for statement in sheet.section("findings"):
            keys = frozenset(site_keys(statement.text, _sites()))
            if not keys or not statement.hpo:
                continue
            for disease_id in sheet.ids:
                found.setdefault(disease_id, []).append(
                    (statement.hpo, statement.text, statement.sources, keys))
    return {d: tuple(v) for d, v in found.items()}


@cache
def _sheet_site_keys() -> dict[str, frozenset[str]]:
    """Disease id -> every site key of its :func:`_sheet_finding_sites` statements."""
    return {disease_id: frozenset(key for *_, keys in statements for key in keys)
            for disease_id, statements in _sheet_finding_sites().items()}


def finding_site_words(site: str | None, text: str, labels: Sequence[str]
                       ) -> dict[str, str]:
    """The sites (key -> the question's word) of one stated finding: those of the site the
    reader kept beside it, else those its words name and its term's ``labels`` (names and
    synonyms) do not (:func:`unsaid_sites`), and the quadrants of the abdomen its words
    name."""
    named = named_sites(site, _sites()) if site else unsaid_sites(text, labels)
    for key, word in named_sites(text, _sites()).items():
        if key.startswith(QUADRANT_PREFIX):
            named.setdefault(key, word)
    return named


@lru_cache(maxsize=1 << 16)
def _related(knowledge: Knowledge, term_id: str, readings: tuple[str, ...]) -> bool:
    """Is ``term_id`` one of ``readings`` or below one, or above one below the organ-system
    classes (a sheet's "Morning stiffness" and the question's "Joint stiffness")? Memoised:
    every answer asks it of the same sheets' terms for the readings of common findings."""
    onto = knowledge.ontology
    if term_id not in onto:
        return False
    own = onto.index(term_id)
    above = set(onto.ancestors(own).tolist())
    for reading in readings:
        if reading not in onto:
            continue
        other = onto.index(reading)
        if other == own or other in above:
            return True
        if own in set(onto.ancestors(other).tolist()) and own not in _shallow(knowledge):
            return True
    return False


@cache
def _shallow(knowledge: Knowledge) -> frozenset[int]:
    onto = knowledge.ontology
    top = onto.index(PHENOTYPIC_ABNORMALITY)
    return frozenset({onto.index(ROOT), top, *onto.children(top)})


# Disease id -> site key -> (the question's word, the finding statement, its sources, the
# weight).
FindingSiteMatches = dict[str, dict[str, tuple[str, str, tuple[str, ...], float]]]


@cache
def _summary_sites() -> dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]:
    """Disease id -> (the findings its fact sheet or profile lists, the sites one of its
    summary statements names), per such statement: where its curated text places its main
    findings, counted by :func:`finding_site_matches` but lifting nothing itself."""
    found: dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]] = {}
    for sheet in (*compiled_fact_sheets(), *compiled_profile_sheets()):
        listed = tuple(dict.fromkeys(t for f in sheet.section("findings") for t in f.hpo))
        placed = tuple((listed, keys) for statement in sheet.section("summary")
                       if listed and (keys := frozenset(site_keys(statement.text, _sites()))))
        for disease_id in sheet.ids:
            if placed:
                found.setdefault(disease_id, placed)
    return found


@lru_cache(maxsize=4096)
def _placing(knowledge: Knowledge, readings: tuple[str, ...], key: str) -> int:
    """How many diseases' curated texts place a finding related to ``readings`` at the site
    ``key``: a sheet's finding statement, or a summary statement of a sheet or profile that
    lists such a finding (twins counted once). Memoised, as it depends on the curated texts
    alone."""

    def near(term: str) -> bool:
        return _related(knowledge, term, readings)

    index = knowledge.disease_ids_index
    groups = knowledge.arrays["twin_group"]
    placing: set[int] = set()
    for disease_id, statements in _sheet_finding_sites().items():
        if disease_id in index and any(key in keys and any(near(t) for t in terms)
                                       for terms, _, _, keys in statements):
            placing.add(int(groups[index[disease_id]]))
    for disease_id, summaries in _summary_sites().items():
        if disease_id in index and any(key in keys and any(near(t) for t in terms)
                                       for terms, keys in summaries):
            placing.add(int(groups[index[disease_id]]))
    return len(placing)


def finding_site_matches(knowledge: Knowledge,
                         located: Sequence[tuple[Sequence[str], Mapping[str, str]]]
                         ) -> FindingSiteMatches:
    """Per disease id, the sites of the question's stated findings (``located``: a finding's
    readings, its sites as key -> word) that a finding statement of its fact sheet places a
    related finding at (h-ranker14): key -> (the question's word, the statement, its sources).
    Each weighs the :func:`site_weight` of how many diseases' curated texts place the finding
    there (:func:`_placing`), as a summary's site weighs that of how many profiles name it:
    ``SITE_WEIGHT`` for at most ``SITE_PROFILES_MAX`` (a stiff back, 4), less for more
    (pain in the chest, 11; hearing loss in the ear, 19), none past ``SITE_PROFILES_KEPT``. A
    site its profile's or sheet's name, lay names or summary name already lifts it for
    (:func:`site_weights`) is left out, so that no site counts twice."""
    matched: FindingSiteMatches = {}
    telling: list[tuple[tuple[str, ...], dict[str, tuple[str, float]]]] = []
    for said, sites in located:
        readings = tuple(said)
        weighed = {key: (word, site_weight(_placing(knowledge, readings, key)))
                   for key, word in sites.items()}
        telling.append((readings, {k: v for k, v in weighed.items() if v[1] > 1.0}))
    if not any(weighed for _, weighed in telling):
        return matched
    wanted = {key for _, weighed in telling for key in weighed}
    sheet_keys = _sheet_site_keys()
    for disease_id, statements in _sheet_finding_sites().items():
        # A sheet none of whose statements places a finding at a site of the question
        # matches nothing: skipped before its profile's sites are read.
        if disease_id not in knowledge.disease_ids_index or wanted.isdisjoint(
                sheet_keys[disease_id]):
            continue
        already = {k for k, n in knowledge.curated_site_naming.get(disease_id, {}).items()
                   if site_weight(n) > 1.0}
        for readings, weighed in telling:
            for key, (word, weight) in weighed.items():
                if key in already or key in matched.get(disease_id, {}):
                    continue
                for terms, text, sources, keys in statements:
                    if key in keys and any(_related(knowledge, t, readings) for t in terms):
                        matched.setdefault(disease_id, {})[key] = (word, text, sources, weight)
                        break
    return matched


def finding_site_weights(knowledge: Knowledge, matched: FindingSiteMatches) -> Vector | None:
    """Per disease, the product of the weights of its sites of :func:`finding_site_matches`;
    ``None`` when none."""
    if not matched:
        return None
    index = knowledge.disease_ids_index
    weights: Vector = np.ones(knowledge.n_diseases)
    for disease_id, sites in matched.items():
        weights[index[disease_id]] = float(np.prod([w for *_, w in sites.values()]))
    return weights


def finding_site_fits(disease_ids: Sequence[str], matched: FindingSiteMatches
                      ) -> tuple[SiteFit, ...]:
    """The sites a finding statement of the fact sheet of one of ``disease_ids`` places the
    question's finding at: what lifted it (:func:`finding_site_weights`)."""
    for disease_id in disease_ids:
        if disease_id in matched:
            return tuple(SiteFit(word, key, weight, text, sources)
                         for key, (word, text, sources, weight) in matched[disease_id].items())
    return ()


def _kept_counts(knowledge: Knowledge) -> dict[str, int]:
    """Site key -> how many diseases' profiles or sheets name it, for the sites that are
    kept (at most ``SITE_PROFILES_KEPT``): the sites narrow enough to tell a place apart."""
    counts: dict[str, int] = {}
    for named in knowledge.curated_site_naming.values():
        for key, count in named.items():
            counts[key] = max(counts.get(key, 0), count)
    return counts


def _narrow(key: str, kept: Mapping[str, int]) -> bool:
    return (key in kept and not key.startswith(QUADRANT_PREFIX)
            and not key.startswith(SIDE_PREFIX))


def _within(one: str, other: str) -> bool:
    """Do two sites meet: one's first wording among the other's ("knee" is a joint), a
    wording in common other than a limb's part ("forehead" and "face" are both of the
    trigeminal area; the hand and the foot, both distal, are not), or one's wording a part of
    the other's first ("distal lower limb" of "lower limb": the foot is part of the leg;
    "proximal lower limb", the thigh, of none of the toe's)?"""
    a, b = one.split("|"), other.split("|")
    return (a[0] in b or b[0] in a or bool((set(a) & set(b)) - _LIMB_PARTS)
            or any(x.endswith(f" {b[0]}") for x in a)
            or any(y.endswith(f" {a[0]}") for y in b))


# Wordings shared by far-apart sites (the hand and the foot are both distal).
_LIMB_PARTS = frozenset({"distal", "proximal", "joint", "limb"})
# A clause that places a finding anywhere ("a band on one side of the body or face").
_EVERYWHERE = frozenset({"body", "anywhere", "everywhere", "skin"})


_CLAUSE = re.compile(r"[,;.:()]")
_STEM = 5


def _stems(text: str) -> frozenset[str]:
    """The words of a finding ("numb patch": numb, patch) that can find it in a summary's
    words ("numbness"): their first ``_STEM`` letters, a shorter word whole."""
    return frozenset(w[:_STEM] for w in _WORD.findall(text.lower()) if len(w) >= 4)


@cache
def _summary_clauses() -> dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]:
    """Disease id -> the clauses of its profile's or sheet's summary that name a site: (the
    clause's words, the site keys it names). A clause is where a summary places
    a finding ("tingling, numbness and pain in the thumb"); the statement as a whole names
    places of other findings too ("lymph nodes that swell ..., sometimes with an enlarged
    spleen")."""
    found: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for sheet in (*compiled_profile_sheets(), *compiled_fact_sheets()):
        clauses = [(frozenset(words), keys)
                   for statement in sheet.section("summary")
                   for part in _CLAUSE.split(statement.text)
                   if (keys := frozenset(site_keys(part, _sites())))
                   and not _EVERYWHERE.intersection(words := _WORD.findall(part.lower()))]
        for disease_id in sheet.ids:
            if clauses and disease_id not in found:
                found[disease_id] = clauses
    return {d: tuple(v) for d, v in found.items()}


def placed_elsewhere(knowledge: Knowledge,
                     located: Sequence[tuple[Sequence[str], Mapping[str, str], str,
                                             Sequence[str]]],
                     question: str = "") -> dict[str, tuple[str, ...]]:
    """Disease id -> the sites its curated texts place the question's finding at, for each
    disease whose texts place a finding the question places (``located``: a finding's
    readings, its sites as key -> word, its words, its terms' names and synonyms; a site
    those name is the term's own, "Mouth breathing", and left out) at narrow sites only,
    none of which meets the question's site, and whose name, lay names and summary name
    none of the question's sites (h-sites15): "numbness on the outer part of my thigh"
    against carpal tunnel syndrome's "tingling, numbness and pain in the thumb, index and
    middle fingers", as HPO's own names do for :func:`site_mismatch_weights` ("Hand
    paresthesia"). A text places a finding by a finding statement of a fact sheet that lists
    it or a term below it, or by a clause of a summary that names the finding's word
    ("numb": numbness) with the site. A site many profiles name ("the skin", "the back")
    places nothing; a text placing the finding at one of the question's sites, or a part or
    whole of one ("the legs" for "the feet"), leaves the disease as it was, as does one
    meeting any site the ``question`` names elsewhere ("scaly skin on his neck, trunk and
    legs": the legs too)."""
    kept = _kept_counts(knowledge)
    anywhere = [k for k in site_keys(question, _sites()) if _narrow(k, kept)]
    site_words = set(_sites().sites)
    asked: list[tuple[tuple[str, ...], list[str], frozenset[str]]] = []
    for readings, sites, text, wordings in located:
        own = set(site_keys(" ".join(wordings), _sites()))
        wanted = [k for k in sites if _narrow(k, kept) and k not in own]
        said = _stems(" ".join(w for w in _WORD.findall(text.lower())
                               if (w,) not in site_words and w not in _FILLERS))
        if wanted:
            # A site the finding's own words name is where it is too ("pimples around the
            # hairs on my legs": the hair, as folliculitis's "hair follicles").
            wanted += [k for k in site_keys(text, _sites())
                       if _narrow(k, kept) and k not in wanted and k not in own]
            wanted += [k for k in anywhere if k not in wanted]
            asked.append((tuple(readings), wanted, said))
    if not asked:
        return {}
    index = knowledge.disease_ids_index
    meeting: set[str] = set()
    away: dict[str, set[str]] = {}

    def place(disease_id: str, narrow: set[str], wanted: Sequence[str]) -> None:
        if any(_within(p, q) for p in narrow for q in wanted):
            meeting.add(disease_id)
        else:
            away.setdefault(disease_id, set()).update(narrow)

    for disease_id, statements in _sheet_finding_sites().items():
        if disease_id not in index:
            continue
        for terms, _, _, placed_keys in statements:
            narrow = {k for k in placed_keys if _narrow(k, kept)}
            if narrow != placed_keys:
                continue
            for readings, wanted, _ in asked:
                if narrow and any(_at_or_below(knowledge, t, readings) for t in terms):
                    place(disease_id, narrow, wanted)
    for disease_id, clauses in _summary_clauses().items():
        if disease_id not in index:
            continue
        for words, placed_keys in clauses:
            narrow = {k for k in placed_keys if _narrow(k, kept)}
            if narrow != placed_keys:
                # The clause places it at a wide site or a quadrant too ("starts around the
                # navel and settles in the lower right abdomen"): not elsewhere only.
                continue
            for _, wanted, said in asked:
                if narrow and any(w.startswith(q) for q in said for w in words):
                    place(disease_id, narrow, wanted)
    wanted_all = {k for _, wanted, _ in asked for k in wanted}
    found: dict[str, tuple[str, ...]] = {}
    for disease_id, elsewhere in away.items():
        if disease_id in meeting:
            continue
        named = knowledge.curated_site_naming.get(disease_id, {})
        if any(_within(k, q) for k in named for q in wanted_all):
            continue
        found[disease_id] = tuple(sorted(elsewhere))
    return found


@lru_cache(maxsize=1 << 16)
def _at_or_below(knowledge: Knowledge, term_id: str, readings: tuple[str, ...]) -> bool:
    """Is ``term_id`` one of ``readings`` or below one? A statement of a term above the
    finding places another form of it ("Fasciculations" of the tongue are no twitching of the
    arms' elsewhere)."""
    onto = knowledge.ontology
    if term_id not in onto:
        return False
    above = set(onto.ancestors(onto.index(term_id)).tolist())
    return any(r in onto and (r == term_id or onto.index(r) in above) for r in readings)


# Words of a finding's phrase that name no finding ("a patch on the outer part of my thigh").
_FILLERS = frozenset({
    "a", "an", "the", "my", "his", "her", "their", "your", "our", "on", "in", "at", "of",
    "over", "under", "around", "part", "parts", "side", "sides", "outer", "inner", "outside",
    "inside", "front", "back", "both", "left", "right", "one", "patch", "patches", "area",
    "areas", "spot", "spots", "bit", "just", "and", "or", "with", "that", "which", "when",
    "very", "some", "there", "it", "its", "is", "are", "have", "has", "got", "gone", "been",
    "feel", "feels", "keeps", "down", "from", "into", "along", "like", "all", "whole",
    "behind", "below", "above", "beneath", "underneath", "near", "next", "between", "up",
    "through", "entrance", "opening", "edge", "edges", "middle", "centre", "center", "tip",
    "base", "point", "top", "bottom", "lower", "upper", "bone", "bones", "muscle", "muscles",
    # Pain is placed by every profile that has any (the site's own weight and the composed
    # terms tell it apart): a word for it finds no finding of its own.
    "pain", "pains", "painful", "ache", "aches", "aching", "achy", "sore", "hurt", "hurts",
    "hurting", "tender", "burning", "stabbing", "sharp",
})


def placed_elsewhere_weights(knowledge: Knowledge,
                             elsewhere: Mapping[str, tuple[str, ...]]) -> Vector | None:
    """Per disease, ``SITE_MISMATCH_WEIGHT`` for a disease of :func:`placed_elsewhere`
    (once, however many findings it places elsewhere); ``None`` when none."""
    if not elsewhere:
        return None
    index = knowledge.disease_ids_index
    weights: Vector = np.ones(knowledge.n_diseases)
    for disease_id in elsewhere:
        weights[index[disease_id]] = SITE_MISMATCH_WEIGHT
    return weights


def naming_profiles(knowledge: Knowledge, text: str) -> npt.NDArray[np.bool_]:
    """Per disease, whether ``text`` points to its curated description whatever the reader
    made of the words: it names a body site the profile names (its name, lay names or
    summary: ``curated_site_naming``; "one of his adult teeth never grew in", read as Growth
    delay: tooth agenesis names the teeth), or says one of its names whole ("thin bones":
    osteoporosis)."""
    said = set(site_keys(text, _sites()))
    named = np.zeros(knowledge.n_diseases, dtype=bool)
    index = knowledge.disease_ids_index
    if said:
        for disease_id, keys in knowledge.curated_site_naming.items():
            position = index.get(disease_id)
            if position is not None and not said.isdisjoint(keys):
                named[position] = True
    words = f" {' '.join(_WORD.findall(text.lower()))} "
    for disease_id, names in knowledge.curated_lay_names.items():
        position = index.get(disease_id)
        if position is None or named[position]:
            continue
        if any(f" {' '.join(_WORD.findall(name.lower()))} " in words for name in names):
            named[position] = True
    return named
