"""Curated knowledge that the ranking needs, compiled with each data release.

Condition profiles (curated/conditions/, common conditions under MONDO ids) become diseases of
their own: each finding an annotation row with the profile's frequency class. A profile whose
``same_as`` names annotated OMIM/Orphanet entries joins their twin group, so the disease shows
as one candidate. Curated figures for how common a disease is (profiles, fact sheets with a
``prevalence`` block, and the table curated/prevalence.yaml for diseases without a sheet),
typical onset ages, sex ratios and the exposures each disease lists are compiled too, so that
ranking never reads YAML at run time.

A fact sheet's findings name HPO terms too. Where the release does not annotate the sheet's
disease with a term (nor with a more specific one), the compiler adds it as a finding, cited to
the sheet's sources: the sheets were written for the diseases people ask about, whose HPO
annotations are often thin (Hashimoto thyroiditis has no *cold intolerance*, Lyme disease no
*erythema migrans*). A finding may carry a sourced frequency class; it then fills the frequency
of the disease's annotations of the term that record none (compile._sheet_frequencies), and of
the finding the sheet adds. Without one, the added finding's frequency is not recorded.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from whatcauses.knowledge.annotations import Annotation

if TYPE_CHECKING:
    from whatcauses.knowledge.conditions import ConditionProfile
    from whatcauses.knowledge.curated import BodySites
    from whatcauses.knowledge.sheet_model import ExposureStatement, FactSheet

CURATED_EVIDENCE = "TAS"  # traceable author statement: a curated source names the finding
CURATED_BIOCURATION = "whatcauses condition profile"
SHEET_BIOCURATION = "whatcauses fact sheet"
# A sheet finding said to be rare would count as an ordinary one without a frequency: left out
# (unless the sheet gives its frequency).
_RARE_WORDS = re.compile(r"\b(rare|rarely|uncommon|occasionally|seldom)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SheetFinding:
    """An HPO term a fact sheet's findings name for its disease (every id of it), with the
    statement's sources and, when the sheet gives one, its sourced frequency class (""
    without) and the sources of that figure."""

    disease_ids: tuple[str, ...]
    disease_name: str
    hpo_id: str
    sources: tuple[str, ...]
    frequency_class: str = ""
    frequency_sources: tuple[str, ...] = ()

    @property
    def frequency(self) -> float | None:
        """The share the class stands for (as a profile's), or None without one."""
        from whatcauses.knowledge.conditions import FREQUENCY_VALUES

        return FREQUENCY_VALUES[self.frequency_class] if self.frequency_class else None

    def annotation(self, disease_id: str) -> Annotation:
        """The finding as an annotation row of ``disease_id``: present, with the sheet's
        frequency (not recorded when the sheet gives none)."""
        return Annotation(
            disease_id=disease_id, disease_name=self.disease_name, negated=False,
            hpo_id=self.hpo_id, references=_joined(self.sources, self.frequency_sources),
            evidence=CURATED_EVIDENCE, onset="", frequency_text=self.frequency_class,
            frequency=self.frequency, sex="", modifiers=(), aspect="P",
            biocuration=SHEET_BIOCURATION, frequency_sources=self.frequency_sources,
        )

    def fill_frequency(self, row: Annotation) -> Annotation:
        """``row`` (an annotation of the term that records no frequency) with the sheet's
        frequency, its sources among the row's references and named as the figure's."""
        return replace(row, frequency=self.frequency, frequency_text=self.frequency_class,
                       references=_joined(row.references, self.frequency_sources),
                       frequency_sources=self.frequency_sources)


def _joined(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


@dataclass(frozen=True, slots=True)
class CuratedDiseases:
    """What the compiler adds to one release from the curated files."""

    annotations: tuple[Annotation, ...] = ()
    # profile id -> the annotated entries that rank as one candidate with it (its same_as and
    # includes ids)
    same_as: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # disease id -> [per_100000, phrase, [references], kind ("point prevalence", ...),
    #                setting (a key of curated.PREVALENCE_SETTINGS, or None),
    #                episode duration ("days" | "weeks" | "months" | "lasting", or None),
    #                years at risk (a profile's onset span, or None),
    #                [duration sources] (the sources of the duration class; [] without one),
    #                qualitative class ("very common" | "common" | "uncommon") or None: the
    #                figure is then the class's stand-in, shown as the word only]
    prevalence: dict[str, list[Any]] = field(default_factory=dict)
    # disease id -> [earliest, latest] typical age at onset in years (condition profiles)
    onset: dict[str, list[float]] = field(default_factory=dict)
    # disease id -> [female_to_male or None, "female" | "male" | None]
    sex: dict[str, list[Any]] = field(default_factory=dict)
    # ids of conditions that are medical emergencies (profiles marked urgent)
    urgent: tuple[str, ...] = ()
    # curated disease id -> other names people use for it ("heart attack"; a fact sheet's name)
    lay_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # fact sheet id -> all the ids the sheet names as the same disease (id and same_as), so that
    # an entry without a figure can take the figure of another entry of the same disease
    same_disease: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # disease id -> keys of curated/exposures.yaml its profile or fact sheet lists (every id
    # the profile or sheet names)
    exposures: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # disease id -> the keys among those its profile or sheet marks ``necessary`` (the disease
    # is defined by the exposure: sunburn by sun); only diseases with at least one
    required_exposures: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # findings the fact sheets name; the compiler adds those the release lacks (_sheet_rows)
    sheet_findings: tuple[SheetFinding, ...] = ()
    # profile or fact sheet id -> (its name, all the ids it names): the name is shown in place of
    # the release's for the entries that rank as one candidate with it. OMIM names
    # susceptibility entries as such ("Psoriasis 1, susceptibility to"), which reads wrongly to
    # a patient asked about psoriasis.
    display_names: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # fact sheet id -> the ids that rank as one candidate with it (FactSheet.twin_ids: its id
    # and the same_as ids that do not rank apart; then its includes), for sheets with more
    # than one
    sheet_twins: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the ids condition profiles list under ``includes`` (a common condition's rare inherited
    # forms; rank/ranker.py, Ranker._included_members)
    profile_includes: tuple[str, ...] = ()
    # profile id (and every id it names) -> the body sites its name, lay names and summary
    # name, each as :func:`site_keys` keys it, with how many profiles name that site (a fact
    # sheet's: profiles and sheets; rank/sites.py weighs the site by that count)
    site_keys: dict[str, dict[str, int]] = field(default_factory=dict)
    # fact sheet id (and the same_as ids that rank with it), or prevalence.yaml id -> [earliest,
    # latest] typical age at onset in years, from the sheet's or entry's `onset` block
    # (facts/SCHEMA.md, "Onset ages")
    sheet_onset: dict[str, list[float]] = field(default_factory=dict)
    # disease id -> [first, last] week of pregnancy a condition of pregnancy is defined or
    # typically seen in (a profile's optional `gestation`; rank/model.py weighs it)
    gestation: dict[str, list[float]] = field(default_factory=dict)
    # the ids fact sheets list under ``includes`` (a disease's series forms: OMIM's numbered
    # and susceptibility entries). They join the sheet's question twin group (``sheet_twins``)
    # and take its name, exposures and body sites, but not its figure, onset ages or finding
    # frequencies: in a question they lend the group none of theirs either (rank/ranker.py,
    # Ranker._sheet_forms; facts/SCHEMA.md, "includes: series forms")
    sheet_includes: tuple[str, ...] = ()
    # profile id -> the share (0-1) of its first-degree relatives who have it too (a profile's
    # optional `family_risk`; rank/family_findings.py relative_disease_lift)
    family_risk: dict[str, float] = field(default_factory=dict)
    # profile id -> [earliest, latest] typical age at onset, whether its episodes last
    # (duration "lasting"), and the ages its figure counts ([first, last] or None), in file-name
    # order: the age bands of rank/priors.py's age_band_ratios (Ranker._age_bands), compiled so
    # that a question with an age does not parse every profile's YAML at run time
    age_bands: dict[str, list[Any]] = field(default_factory=dict)
    # disease id -> {exposure key: the relative risk its profile or sheet gives with the
    # exposure} (ExposureStatement.relative_risk; rank/exposures.py, h-rank4)
    exposure_risks: dict[str, dict[str, float]] = field(default_factory=dict)


_WORD = re.compile(r"[a-z]+")
# Words that join the items of a list of sites ("ring and little fingers").
_LIST_JOINS = frozenset({"and", "or"})
# A site that many condition profiles name (the skin, the eye, the abdomen, the back: 37 to
# 58 of them) tells none of them apart, and weighing it would only lift the profiled common
# conditions of that organ above the rare diseases HPO annotates. A site of at most
# SITE_PROFILES_MAX profiles (the shin, the heel, the penis, the thigh) weighs in full; one
# of more, up to SITE_PROFILES_KEPT (the foot, the knee, the hand, the mouth, the throat),
# less the more profiles name it (rank/sites.py, site_weight: a taper, h-sitetaper, where a
# cliff at SITE_PROFILES_MAX dropped the foot when a ninth profile named it); one of more
# than that is left out. Both chosen on the dev questions and probes (rank/sites.py).
SITE_PROFILES_MAX = 8
SITE_PROFILES_KEPT = 24


# A quadrant of the abdomen, which HPO names no pain of: a height and a side side by side
# ("lower right", "right upper", "bottom left") with a word of the abdomen at most
# ``_QUADRANT_REACH`` words on ("the lower left side of my belly", "right upper abdominal
# pain"), or a clinician's abbreviation. h-sites4: people also part the height from the side
# ("low down on the right side of my tummy", "on the left, high up in my belly", "in my
# tummy, low down on the right"): a height at most ``_HEIGHT_REACH`` words before or after the
# side, "low" and "high" among them, and the "hand" of "the right-hand side" no word of the
# reach.
_HEIGHTS = {"upper": "upper", "top": "upper", "lower": "lower", "bottom": "lower",
            "low": "lower", "high": "upper"}
_HEIGHT_REACH = 4
# The abdomen named just before the height ("pain in my tummy, low down on the right"): at
# most this many words before it.
_ABDOMEN_BEFORE = 2
_SIDES = frozenset({"left", "right"})
_ABDOMEN_WORDS = frozenset({"abdomen", "abdominal", "belly", "tummy", "stomach", "quadrant"})
_QUADRANT_ABBREVIATIONS = {"ruq": ("upper", "right"), "luq": ("upper", "left"),
                           "rlq": ("lower", "right"), "llq": ("lower", "left"),
                           "rif": ("lower", "right"), "lif": ("lower", "left")}
_QUADRANT_REACH = 4
QUADRANT_PREFIX = "abdomen "


# Under the ribs on one side is the upper quadrant of that side ("pain under my right ribs",
# "under the ribs on the left", "the right side under my rib cage"): a word of the ribs after
# one of ``_UNDER`` (at most two words between) and a side at most ``_QUADRANT_REACH`` words
# before or after it; at the back ("the right side of my back under the ribs") it is the
# flank (body_sites.yaml), no quadrant.
_RIB_WORDS = frozenset({"rib", "ribs", "ribcage"})
_UNDER = frozenset({"under", "below", "beneath", "underneath"})


def _rib_quadrants(words: Sequence[str]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for k, word in enumerate(words):
        if word not in _RIB_WORDS or not _UNDER.intersection(words[max(0, k - 3):k]):
            continue
        window = words[max(0, k - 3 - _QUADRANT_REACH):k + 1 + _QUADRANT_REACH]
        side = next((w for w in window if w in _SIDES), None)
        if side and "back" not in window:
            found.append(("upper", side))
    return found


def _quadrants(words: Sequence[str]) -> list[str]:
    found = [_QUADRANT_ABBREVIATIONS[w] for w in words if w in _QUADRANT_ABBREVIATIONS]
    found += _rib_quadrants(words)
    # "right hand side" is the right side.
    words = [w for k, w in enumerate(words)
             if not (w == "hand" and 0 < k < len(words) - 1 and words[k - 1] in _SIDES
                     and words[k + 1] in ("side", "sides"))]
    for k, side in enumerate(words):
        if side not in _SIDES:
            continue
        near = [j for j in range(max(0, k - _HEIGHT_REACH), k + _HEIGHT_REACH + 1)
                if j != k and j < len(words) and words[j] in _HEIGHTS]
        if not near:
            continue
        j = min(near, key=lambda j: abs(j - k))
        first, last = min(j, k), max(j, k)
        if (_ABDOMEN_WORDS.intersection(words[last + 1:last + 1 + _QUADRANT_REACH])
                or (j < k and _ABDOMEN_WORDS.intersection(
                    words[max(0, first - _ABDOMEN_BEFORE):first]))):
            found.append((_HEIGHTS[words[j]], side))
    return [f"{QUADRANT_PREFIX}{height} {side}" for height, side in dict.fromkeys(found)]


def _part_sites(words: Sequence[str], sites: BodySites) -> dict[str, str]:
    """The sites of two words that narrow a site of one ("little finger", "ring finger":
    the finger), keyed as :func:`named_sites` keys them, beside the one-word site, which is
    kept too: "numbness in the ring and little fingers" names the little finger, and the
    thumb side of the hand ("the thumb, index and middle fingers") does not. A first word
    listed before "and"/"or" shares the second ("ring and little fingers": the ring finger
    too)."""
    named: dict[str, str] = {}
    for k in range(len(words) - 1):
        pair = (words[k], words[k + 1])
        if (words[k + 1],) not in sites.sites:
            continue
        readings = sites.sites.get(pair)
        if not readings or pair in sites.circumstances:
            continue
        named.setdefault("|".join(readings), " ".join(pair))
        before = k - 1
        while before >= 1 and words[before] in _LIST_JOINS:
            shared = sites.sites.get((words[before - 1], words[k + 1]))
            if not shared:
                break
            named.setdefault("|".join(shared), f"{words[before - 1]} {words[k + 1]}")
            before -= 2
    return named


# h-sites10: the words of a fold or crease of the skin (body_sites.yaml: "crease", "crook",
# "folds", "flexure"), whose site after "of" ("the creases of his elbows") is the joint the
# fold is at, not a site of its own; and the determiners that may stand between.
_FOLD_READING = "flexural"
_FOLD_DETERMINERS = frozenset({"the", "my", "his", "her", "their", "your", "our", "both",
                               "each", "a", "an"})


def _in_a_fold(words: Sequence[str], k: int, sites: BodySites) -> bool:
    """Is the site word at ``k`` said after a fold of the skin and "of" ("the creases of
    his *elbows*", "the crook of my *arm*")? Then it says which fold, and names the fold's
    site only (h-sites10: the elbows keyed psoriasis, whose rash is on their outer sides)."""
    j = k - 1
    # Over determiners and the sites listed before it that share the "of" ("the creases of
    # his elbows and *knees*").
    while j >= 0 and (words[j] in _FOLD_DETERMINERS or words[j] in _LIST_JOINS
                      or words[j] == "s"
                      or ((words[j],) in sites.sites
                          and _FOLD_READING not in sites.sites[(words[j],)])):
        # h-sites16: and over whose they are ("the creases of my *child's* elbows", split
        # by ``_WORD`` into "child" and "s").
        j -= 2 if words[j] == "s" else 1
    return (j >= 1 and words[j] == "of"
            and _FOLD_READING in sites.sites.get((words[j - 1],), ()))


def _lone_fold(words: Sequence[str], k: int, readings: Sequence[str]) -> bool:
    """Is the word at ``k`` one fold or crease of the skin said with no "of" after it ("a
    single crease across his palm", a line of the palm)? Only the folds as a place ("the
    skin creases", "the folds") or a fold of a site ("the crease of my elbow") are the
    flexures (h-sites10)."""
    return (_FOLD_READING in readings and not words[k].endswith("s")
            and not (k + 1 < len(words) and words[k + 1] == "of"))


def site_keys(text: str, sites: BodySites) -> tuple[str, ...]:
    """The body sites one-word site words of ``text`` name (body_sites.yaml), each keyed by
    its HPO wordings, so that a site's lay words meet ("tummy", "belly": abdomen; "shin",
    "shins"; "willy", "penis"), and the quadrants of the abdomen it names ("the lower right
    side of my tummy", "RUQ"); circumstances ("after exercise") are no sites."""
    return tuple(named_sites(text, sites))


def named_sites(text: str, sites: BodySites) -> dict[str, str]:
    """:func:`site_keys`, each with the first word of ``text`` that names it ("shins"; a
    quadrant as "lower right abdomen"), to say which site a weight was for."""
    words = _WORD.findall(text.lower())
    named: dict[str, str] = {}
    for k, word in enumerate(words):
        # h-sites9: a position word before "of" is the part of the site after it, not a
        # site of its own ("the bottom of that finger", "the back of my knee"), as the
        # reader takes it (body_sites.yaml ``positions``).
        if word in sites.positions and k + 1 < len(words) and words[k + 1] == "of":
            continue
        # h-sites15: "the right hand side of my tummy" names a side, not the hand.
        if (word == "hand" and 0 < k < len(words) - 1 and words[k - 1] in ("left", "right")
                and words[k + 1] in ("side", "sides")):
            continue
        readings = sites.sites.get((word,))
        if (readings and (word,) not in sites.circumstances and not _in_a_fold(words, k, sites)
                and not _lone_fold(words, k, readings)):
            named.setdefault("|".join(readings), word)
            side = _side_of_site(words, k, sites)
            if side is not None and not _TRUNK_READINGS.intersection(readings):
                named.setdefault(f"{SIDE_PREFIX}{side} {'|'.join(readings)}",
                                 f"{word} ({_SIDE_WORDINGS[side]})")
    for key, word in _part_sites(words, sites).items():
        named.setdefault(key, word)
    for key in _quadrants(words):
        named.setdefault(key, f"{key.removeprefix(QUADRANT_PREFIX)} abdomen")
    return named


# h-sites13: a site said with its side ("one side of the face", "one eye", "both shins", "my
# left leg") is a key of its own beside the site, prefixed so: the side often carries the
# diagnosis (shingles and Bell palsy on one side of the face, erythema nodosum on both shins,
# polymyalgia rheumatica in both shoulders), and the site alone is named by too many profiles
# to tell them apart. Read back from the site over determiners, the sites listed before it
# ("one side of the body or face": the face too) and "side(s) of" to a side word of
# body_sites.yaml (one, both, left, right, ...); "one of my eyes" too. Only the sides HPO
# pairs its terms by (text/laterality.py): never "all over".
SIDE_PREFIX = "side "
_SIDE_WORDINGS = {"unilateral": "one side", "bilateral": "both sides"}
_SIDE_DETERMINERS = frozenset({"the", "my", "his", "her", "their", "your", "a", "its"})
_SIDE_LIST_WORDS = frozenset({"or", "and", ","})
_SIDE_NOUNS = frozenset({"side", "sides"})
# The trunk's sites, whose left and right hold different organs (the appendix, the gallbladder,
# the sigmoid colon): "one side" says nothing there that the side itself does not, and the
# quadrants of the abdomen are keyed by their side already (``_quadrants``).
_TRUNK_READINGS = frozenset({"abdomen", "abdominal", "rib", "thoracic", "chest", "back",
                             "flank", "loin"})


def _side_of_site(words: Sequence[str], k: int, sites: BodySites) -> str | None:
    j = k - 1
    while j >= 0 and (words[j] in _SIDE_DETERMINERS or (
            words[j] in _SIDE_LIST_WORDS and j > 0
            and ((words[j - 1],) in sites.sites or words[j - 1] == "body"))):
        j -= 2 if words[j] in _SIDE_LIST_WORDS else 1
    if j >= 1 and words[j] == "of" and words[j - 1] in _SIDE_NOUNS:
        j -= 2
    elif j >= 1 and words[j] == "of" and words[j - 1] == "one":
        j -= 1
    if j < 0:
        return None
    if (words[j] in _SIDES and j >= 2 and words[j - 1] in _SIDE_LIST_WORDS
            and words[j - 2] in _SIDES and words[j - 2] != words[j]):
        return "bilateral"  # "the left and right knees"
    side = sites.sides.get((words[j],))
    return side if side in _SIDE_WORDINGS else None


def _significant(value: float, digits: int = 2) -> float:
    if value <= 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(value)))


def prevalence_phrase(per_100000: float, kind: str, population: str,
                      setting: str | None = None, qualitative: str | None = None,
                      wording: str | None = None) -> str:
    """A curated figure in words: "about 1 in 12 people — adults worldwide".

    ``population`` is the group the figure is about, as the source states it; a figure from a
    ``setting`` other than a general population says so ("...; measured among patients seen
    in clinics, not in the general population"). A qualitative class is shown as the word
    with the source's wording and no number ('common (the source's word: "a common cause of
    hair loss"), no population figure — adults'): its stand-in figure is ours, not the
    source's (SCHEMA.md, "Qualitative prevalence").
    """
    from whatcauses.knowledge.curated import PREVALENCE_SETTINGS
    from whatcauses.knowledge.prevalence import share_words

    if qualitative is not None:
        quoted = f': "{wording}"' if wording else ""
        return (f"{qualitative} (the source's word{quoted}), no population figure"
                f" — {population}")
    where = f"; {PREVALENCE_SETTINGS[setting]}" if setting else ""
    if kind == "annual incidence":
        count = _significant(per_100000)
        return f"about {count:,g} new cases per 100,000 people a year — {population}{where}"
    # The kind is part of the figure's meaning: a lifetime figure counts everyone who ever had
    # the condition (for a brief illness, far more than have it at any one time).
    who = {"birth prevalence": "births",
           "lifetime prevalence": "people at some time in their life"}.get(kind, "people")
    return f"{share_words(per_100000)} {who} — {population}{where}"


class _Figure(Protocol):
    """A sourced prevalence figure (a profile's, a fact sheet's or a table row's)."""

    @property
    def per_100000(self) -> float: ...
    @property
    def kind(self) -> str: ...
    @property
    def population(self) -> str: ...
    @property
    def sources(self) -> Sequence[str]: ...
    @property
    def setting(self) -> str | None: ...


def _prevalence_entry(figure: _Figure, onset: tuple[float, float] | None = None) -> list[Any]:
    """A figure as compiled: [per_100000, phrase, [references], kind, setting, duration,
    years at risk, [duration sources], qualitative class] (duration: a profile's episode
    length class; years at risk: the span of its typical onset ages, over which a lifetime
    figure accrues; duration sources: what says how long it lasts, cited where the course
    weighs it; qualitative class: "common" etc. when the figure is a class's stand-in)."""
    duration = getattr(figure, "duration", None)
    qualitative = getattr(figure, "qualitative", None)
    return [figure.per_100000,
            prevalence_phrase(figure.per_100000, figure.kind, figure.population,
                              figure.setting, qualitative, getattr(figure, "wording", None)),
            list(figure.sources), figure.kind, figure.setting,
            None if duration is None else duration.typical,
            None if onset is None else onset[1] - onset[0],
            [] if duration is None else list(duration.sources),
            qualitative]


def curated_diseases() -> CuratedDiseases:
    """Read the condition profiles, fact sheets and prevalence table (YAML) into compiler input.

    A disease's figure comes from its profile, else its fact sheet, else the prevalence table.
    """
    from whatcauses.knowledge.conditions import FREQUENCY_VALUES, load_condition_profiles
    from whatcauses.knowledge.curated import body_sites, prevalence_table
    from whatcauses.knowledge.facts import fact_sheets

    rows: list[Annotation] = []
    same_as: dict[str, tuple[str, ...]] = {}
    prevalence: dict[str, list[Any]] = {}
    onset: dict[str, list[float]] = {}
    sheet_onset: dict[str, list[float]] = {}
    gestation: dict[str, list[float]] = {}
    family_risk: dict[str, float] = {}
    age_bands: dict[str, list[Any]] = {}
    sex: dict[str, list[Any]] = {}
    urgent: list[str] = []
    lay_names: dict[str, tuple[str, ...]] = {}
    includes: list[str] = []
    same_disease: dict[str, tuple[str, ...]] = {}
    exposures: dict[str, tuple[str, ...]] = {}
    required: dict[str, tuple[str, ...]] = {}
    risks: dict[str, dict[str, float]] = {}
    display_names: dict[str, tuple[str, tuple[str, ...]]] = {}
    sheet_twins: dict[str, tuple[str, ...]] = {}

    def add_exposures(ids: tuple[str, ...], listed: Sequence[ExposureStatement]) -> None:
        keys = [e.key for e in listed]
        necessary = [e.key for e in listed if e.necessary]
        for disease_id in ids:
            exposures[disease_id] = tuple(dict.fromkeys([*exposures.get(disease_id, ()), *keys]))
            if necessary:
                required[disease_id] = tuple(dict.fromkeys(
                    [*required.get(disease_id, ()), *necessary]))
            for e in listed:
                if e.relative_risk is not None:
                    risks.setdefault(disease_id, {})[e.key] = e.relative_risk

    sites = body_sites()
    profiles = load_condition_profiles()
    sheets = fact_sheets()
    # A fact sheet names its sites as a profile does, in its name, lay names and summary. A
    # profile's site is counted over the profiles (SITE_PROFILES_MAX was chosen so); a sheet's
    # over the profiles and sheets together, and a disease with a profile keeps its profile's.
    # Each site kept carries its count, which rank/sites.py turns into its weight.
    named_sites = [(p.ids, site_keys(" ".join(
        [p.name, *p.lay_names, *(s.text for s in p.summary)]), sites)) for p in profiles]
    sheet_sites = [((*f.ids, *f.includes), site_keys(" ".join(
        [f.name, *f.lay_names, *(s.text for s in f.section("summary"))]), sites))
        for f in sheets]
    naming = Counter(key for _, keys in named_sites for key in keys)
    all_naming = naming + Counter(key for _, keys in sheet_sites for key in keys)
    site_words: dict[str, dict[str, int]] = {}
    for counts, named in ((naming, named_sites), (all_naming, sheet_sites)):
        for ids, keys in named:
            telling = {k: counts[k] for k in keys if counts[k] <= SITE_PROFILES_KEPT}
            for disease_id in ids:
                if telling and disease_id not in site_words:
                    site_words[disease_id] = telling
    for profile in profiles:
        add_exposures(profile.ids, profile.exposures)
        if profile.urgent:
            urgent += profile.ids
        if profile.lay_names:
            lay_names[profile.id] = tuple(profile.lay_names)
        same_as[profile.id] = profile.ids[1:]
        includes += profile.includes
        display_names[profile.id] = (profile.name, profile.ids)
        for finding in profile.findings:
            value = FREQUENCY_VALUES[finding.frequency]
            rows.append(Annotation(
                disease_id=profile.id, disease_name=profile.name,
                negated=value == 0.0, hpo_id=finding.hpo,
                references=tuple(finding.sources), evidence=CURATED_EVIDENCE, onset="",
                frequency_text=finding.frequency, frequency=value, sex="",
                modifiers=tuple(finding.modifiers), aspect="P", biocuration=CURATED_BIOCURATION,
            ))
        rows += _inheritance_rows(profile)
        ages = profile.prevalence.ages
        duration = profile.prevalence.duration
        age_bands[profile.id] = [profile.onset.min_years, profile.onset.max_years,
                                 duration is not None and duration.typical == "lasting",
                                 None if ages is None else list(ages)]
        entry = _prevalence_entry(profile.prevalence,
                                  (profile.onset.min_years, profile.onset.max_years))
        for disease_id in profile.ids:
            prevalence[disease_id] = entry
            onset[disease_id] = [profile.onset.min_years, profile.onset.max_years]
            if profile.sex is not None:
                sex[disease_id] = [profile.sex.female_to_male, profile.sex.only]
            if profile.gestation is not None:
                gestation[disease_id] = [profile.gestation.min_weeks,
                                         profile.gestation.max_weeks]
            if profile.family_risk is not None:
                family_risk[disease_id] = profile.family_risk.first_degree_percent / 100.0
    sheet_rows: list[SheetFinding] = []
    sheet_includes: list[str] = []
    for sheet in sheets:
        # A series form takes what makes it rank with the sheet as one candidate (the twin
        # group, the name, what the question's exposures and sites weigh), not the sheet's
        # figure (same_disease), onset ages (sheet_onset) or finding frequencies.
        add_exposures((*sheet.ids, *sheet.includes), sheet.exposures)
        sheet_rows += _sheet_findings(sheet)
        for disease_id in sheet.ids:
            lay_names.setdefault(disease_id, (sheet.name, *sheet.lay_names))
        display_names.setdefault(sheet.id, (sheet.name, (*sheet.ids, *sheet.includes)))
        if sheet.same_as:
            same_disease[sheet.id] = sheet.ids
        if len(sheet.twin_ids) + len(sheet.includes) > 1:
            sheet_twins[sheet.id] = (*sheet.twin_ids, *sheet.includes)
        sheet_includes += sheet.includes
        # A sheet's onset ages, for the ids that are the disease itself (not the forms that
        # rank apart: early-onset Alzheimer disease keeps its own). The ranking reads them
        # only for an id without an HPO onset annotation or a profile's range
        # (LikelihoodModel.onset_bounds).
        if sheet.onset is not None:
            for disease_id in sheet.twin_ids:
                sheet_onset.setdefault(disease_id, list(sheet.onset))
        sheet_figure = sheet.prevalence
        if sheet_figure is None:
            continue
        # The figure is the sheet's own entry's. The other ids it names as the same disease
        # take it only when they have no figure of their own (rank/priors.py,
        # disease_prevalence): a sheet may name a narrower Orphanet entry (the early-onset
        # dominant form of Alzheimer disease), which must keep Orphanet's figure for it
        # rather than inherit the figure of the common disease.
        prevalence.setdefault(sheet.id, _prevalence_entry(sheet_figure))
    for row in prevalence_table():
        prevalence.setdefault(row.id, _prevalence_entry(row))
        if row.onset is not None:
            sheet_onset.setdefault(row.id, list(row.onset))
    return CuratedDiseases(tuple(rows), same_as, prevalence, onset, sex, tuple(urgent),
                           lay_names, same_disease,
                           {d: keys for d, keys in exposures.items() if keys}, required,
                           tuple(sheet_rows), display_names, sheet_twins,
                           tuple(dict.fromkeys(includes)), site_words, sheet_onset, gestation,
                           tuple(dict.fromkeys(sheet_includes)), family_risk, age_bands,
                           exposure_risks=risks)


def _inheritance_rows(profile: ConditionProfile) -> list[Annotation]:
    """The profile's modes of inheritance as annotation rows of its own id (aspect I), as
    phenotype.hpoa records a genetic disease's: the family history weighs them
    (rank/inheritance.py, rank/family_findings.py mendelian_diseases). The ids it names
    (same_as, includes) keep their own annotations."""
    if profile.inheritance is None:
        return []
    return [Annotation(
        disease_id=profile.id, disease_name=profile.name, negated=False, hpo_id=mode,
        references=tuple(profile.inheritance.sources), evidence=CURATED_EVIDENCE, onset="",
        frequency_text="", frequency=None, sex="", modifiers=(), aspect="I",
        biocuration=CURATED_BIOCURATION,
    ) for mode in profile.inheritance.modes]


def _sheet_findings(sheet: FactSheet) -> list[SheetFinding]:
    found = []
    for statement in sheet.section("findings"):
        how_often = statement.frequency
        if how_often is None and _RARE_WORDS.search(statement.text):
            continue
        found += [SheetFinding(sheet.ids, sheet.name, hpo, statement.sources,
                               how_often.frequency if how_often else "",
                               how_often.sources if how_often else ())
                  for hpo in statement.hpo]
    return found
