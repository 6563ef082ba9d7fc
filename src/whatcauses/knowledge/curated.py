"""The project's own curated data files (YAML, reviewed by people), read as package data.

Each file is read once per process (``lru_cache``, which is thread-safe) and checked: a
broken entry is a :class:`DataError` naming the file and the key. The files are parsed once per
content (:func:`read_curated`): answers read the parsed content from a compiled table, without
the YAML parser; :func:`read_yaml` (the compile step, the curation tests) parses the YAML. The
word lists are validated (pydantic, knowledge/curated_schema.py) once per content too, and
answers read their validated values from a second compiled table (:func:`checked_curated`),
without importing the validators.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from whatcauses.errors import DataError
from whatcauses.knowledge.sheet_model import Reference

CATEGORY_KEYS = (
    "autoimmune", "inflammatory", "infectious", "genetic", "metabolic", "neoplastic",
    "neuromuscular", "neurological", "skin", "eye", "ear", "cardiovascular", "respiratory",
    "gastrointestinal", "liver", "kidney", "endocrine", "blood", "immunodeficiency",
    "musculoskeletal", "mental", "developmental",
    # Kinds named by their mechanism, as a student asks for them (h-student1, issue 14).
    "lysosomal", "peroxisomal", "mitochondrial", "ciliary", "repeat expansion", "ion channel",
)  # fmt: skip

# The `setting` of a curated prevalence figure (profile, fact sheet or prevalence.yaml row)
# that was not measured in a general population, with the words the answer adds to the
# figure. Such a figure is shown but weighs less in the ranking prior (rank/priors.py).
PREVALENCE_SETTINGS: dict[str, str] = {
    "clinic": "measured among patients seen in clinics, not in the general population",
    "related condition": "measured in people who already have a related condition, "
                         "not in the general population",
    "one population": "measured in one population only, not in people in general",
    # h-ranker12: a figure of genotype carriers, most of whom never become ill.
    "carriers": "counting the carriers of a causative gene variant, most of whom never "
                "become ill, not the people with the disease",
}


def _curated_dir() -> resources.abc.Traversable:
    return resources.files("whatcauses.knowledge").joinpath("curated")


def read_yaml(name: str) -> Any:
    """Parse one curated YAML file; a broken file is a :class:`DataError`, not a crash."""
    import yaml  # here, not at the top: the fingerprint and constants above need no parser

    # libyaml's C loader when present (10x faster); same safe subset of YAML as safe_load.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resource = _curated_dir().joinpath(name)
    try:
        return yaml.load(resource.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"curated file {name} is unreadable: {exc}") from exc


CURATED_TABLE_KIND = "curated files"


def read_curated(name: str) -> Any:
    """The content of one curated file, as :func:`read_yaml` parses it, from the compiled table.

    The table (``curated-*.cache`` beside the compiled knowledge, keyed like it by the curated
    files' fingerprint, the package version and the cache format) is built once, by parsing
    every curated file, and read without the YAML parser afterwards. A file the table lacks (it
    failed to parse, or its content does not survive JSON unchanged) is parsed here instead,
    so its error, if any, is the one :func:`read_yaml` gives.
    """
    table = _curated_table()
    return table[name] if name in table else read_yaml(name)


def curated_cache_path(name: str) -> Path:
    """Where a cache compiled from the curated files is kept: keyed by their fingerprint, the
    package version and the cache format, beside the compiled knowledge."""
    from whatcauses.knowledge.sources import cache_dir
    from whatcauses.knowledge.store import FORMAT_VERSION
    from whatcauses.version import __version__

    return cache_dir() / f"{name}-{curated_fingerprint()}-v{__version__}-f{FORMAT_VERSION}.cache"


@lru_cache(maxsize=1)
def _curated_table() -> dict[str, Any]:
    from whatcauses.knowledge.store import load_or_store_json

    table: dict[str, Any] = load_or_store_json(curated_cache_path("curated"), CURATED_TABLE_KIND,
                                               _is_curated_table, _parse_curated_files)
    return table


def _parse_curated_files() -> dict[str, Any]:
    """File name -> parsed content, for every curated file that parses and survives JSON."""
    import json

    table = {}
    root = _curated_dir()
    for name in sorted(p.name for p in root.iterdir() if p.name.endswith(".yaml")):
        try:
            content = read_yaml(name)
        except DataError:
            continue  # reported when that file is asked for
        # YAML has more than JSON (dates, non-string keys): such a file stays YAML-only.
        try:
            kept = json.loads(json.dumps(content)) == content
        except (TypeError, ValueError):
            kept = False
        if kept:
            table[name] = content
    return table


def _is_curated_table(value: Any) -> bool:
    """The stored shape: file name -> its parsed content, for the curated files."""
    return isinstance(value, dict) and all(
        isinstance(name, str) and name.endswith(".yaml") for name in value)


CHECKED_TABLE_KIND = "checked curated files"

# The curated word lists checked against a model of knowledge/curated_schema.py: file name ->
# (the model's name, what an empty file stands for; None: an empty file is an error).
_CHECKED_FILES: dict[str, tuple[str, list[Any] | None]] = {
    "lay_terms.yaml": ("LayTermsFile", []),
    "red_flags.yaml": ("RedFlagsFile", []),
    "red_flag_combinations.yaml": ("RedFlagCombinationsFile", []),
    "question_words.yaml": ("QuestionWordsModel", None),
    "family_history.yaml": ("FamilyHistoryModel", None),
    "body_sites.yaml": ("BodySitesModel", None),
    "prevalence.yaml": ("PrevalenceFile", []),
    "exposures.yaml": ("ExposuresFile", None),
    "injuries.yaml": ("InjuriesModel", None),
}


def _check(raw: Any, name: str, key: str) -> Any:
    """``raw`` content of curated file ``key`` (called ``name`` in errors), validated by its
    model, as the plain JSON values of the validated model (defaults filled in, text stripped).

    The readers below build their dataclasses from these values, so an answer from the
    compiled table (:func:`checked_curated`) and a file checked here give the same result.
    """
    from whatcauses.knowledge import curated_schema

    model_name, empty = _CHECKED_FILES[key]
    model = getattr(curated_schema, model_name)
    content = raw if empty is None else raw or empty
    return curated_schema.validate(name, model, content).model_dump(mode="json")


def checked_curated(key: str) -> Any:
    """The validated content of one curated word list (:func:`_check`), from the compiled
    table; a file the table lacks (it failed its checks) is checked here, so that its error is
    the one the validators give."""
    table = _checked_table()
    return table[key] if key in table else _check(read_curated(key), key, key)


@lru_cache(maxsize=1)
def _checked_table() -> dict[str, Any]:
    """The word lists validated once per content of the curated files (the validators and
    pydantic load only to write it) and read back as plain JSON afterwards.

    Beside the curated table, keyed like it.
    """
    from whatcauses.knowledge.store import load_or_store_json

    table: dict[str, Any] = load_or_store_json(curated_cache_path("curated-checked"),
                                               CHECKED_TABLE_KIND, _is_checked_table,
                                               _check_word_lists)
    return table


def _check_word_lists() -> dict[str, Any]:
    """File name -> validated content, for every word list that passes its checks."""
    table = {}
    for key in _CHECKED_FILES:
        try:
            table[key] = _check(read_curated(key), key, key)
        except DataError:
            continue  # reported when that file is asked for
    return table


def _is_checked_table(value: Any) -> bool:
    """The stored shape: a word list's file name -> its validated content."""
    return isinstance(value, dict) and all(name in _CHECKED_FILES for name in value)


@lru_cache(maxsize=1)
def curated_fingerprint() -> str:
    """A hash of every curated file, to key caches derived from them.

    Once per process, like the files themselves (it reads all of them: about 40 ms, and four
    caches are keyed by it).
    """
    digest = hashlib.sha256()
    root = _curated_dir()
    names = sorted(p.name for p in root.iterdir() if p.name.endswith(".yaml"))
    for name in names:
        digest.update(name.encode())
        digest.update(root.joinpath(name).read_bytes())
    for folder in (root.joinpath("facts"), root.joinpath("conditions")):
        for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".yaml")):
            digest.update(name.encode())
            digest.update(folder.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class LayTerm:
    phrase: str
    hpo: tuple[str, ...]
    kind: str
    abbreviation: bool = False


@lru_cache(maxsize=1)
def lay_terms() -> tuple[LayTerm, ...]:
    return _lay_terms(checked_curated("lay_terms.yaml"))


def parse_lay_terms(raw: Any, name: str = "lay_terms.yaml") -> tuple[LayTerm, ...]:
    return _lay_terms(_check(raw, name, "lay_terms.yaml"))


def _lay_terms(checked: Any) -> tuple[LayTerm, ...]:
    return tuple(LayTerm(e["phrase"], tuple(e["hpo"]), e["kind"], e["abbreviation"])
                 for e in checked)


@dataclass(frozen=True, slots=True)
class CategoryRoot:
    id: str
    why: str


@dataclass(frozen=True, slots=True)
class CategoryVocabulary:
    words: dict[str, tuple[str, ...]]
    roots: dict[str, tuple[CategoryRoot, ...]]
    # The disease-kind phrase rule (documented in category_words.yaml).
    kind_nouns: frozenset[str] = frozenset()
    asking_words: frozenset[str] = frozenset()
    triggers: frozenset[str] = frozenset()
    # Orphanet classification headings whose entries are members (knowledge/data
    # orphanet_groups.tsv), and diseases a cited source names as members: {id, why}, or by
    # a phrase of their names ({name, why}: "long QT syndrome" for its numbered entries).
    orphanet_groups: dict[str, tuple[CategoryRoot, ...]] = field(default_factory=dict)
    members: dict[str, tuple[CategoryRoot, ...]] = field(default_factory=dict)
    member_names: dict[str, tuple[CategoryRoot, ...]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def category_vocabulary() -> CategoryVocabulary:
    return parse_category_vocabulary(read_curated("category_words.yaml"))


def parse_category_vocabulary(raw: Any, name: str = "category_words.yaml") -> CategoryVocabulary:
    raw = raw or {}
    words = {str(k): tuple(str(w) for w in v) for k, v in (raw.get("words") or {}).items()}
    def listed(key: str, field_name: str = "id") -> dict[str, tuple[CategoryRoot, ...]]:
        return {
            str(k): tuple(CategoryRoot(str(r[field_name]), str(r.get("why", ""))) for r in v)
            for k, v in (raw.get(key) or {}).items()
        }

    roots = listed("hpo_roots")
    groups = listed("orphanet_groups")
    members = listed("members")
    member_names = listed("member_names", "name")
    unsourced = [r.id for v in (*members.values(), *member_names.values()) for r in v
                 if not r.why]
    if unsourced:
        raise DataError(f"{name}: members need a `why` naming their source: {unsourced}")
    unknown = (set(words) | set(roots) | set(groups) | set(members)
               | set(member_names)) - set(CATEGORY_KEYS)
    if unknown:
        raise DataError(f"{name} uses unknown categories: {sorted(unknown)}")
    lists = {}
    for key in ("kind_nouns", "asking_words", "triggers"):
        values = raw.get(key)
        if not isinstance(values, list) or not values or not all(
                isinstance(v, str) and v == v.lower() and " " not in v for v in values):
            raise DataError(f"{name}: {key} must be a list of lower-case single words")
        lists[key] = frozenset(values)
    return CategoryVocabulary(words, roots, kind_nouns=lists["kind_nouns"],
                              asking_words=lists["asking_words"], triggers=lists["triggers"],
                              orphanet_groups=groups, members=members,
                              member_names=member_names)


@dataclass(frozen=True, slots=True)
class RedFlag:
    phrase: str
    hpo: tuple[str, ...]
    advice: str
    # Body sites (lower-case lay words) where the terms of ``hpo`` are no emergency: said of
    # these only, they raise no notice (text/flag_sites.py).
    not_at: tuple[str, ...] = ()
    # Words that place the complaint where it is no emergency ("when I press on it"): said,
    # not negated, anywhere in the question, this entry raises no notice (its combinations,
    # red_flag_combinations.yaml, still do).
    unless_said: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def red_flags() -> tuple[RedFlag, ...]:
    return _red_flags(checked_curated("red_flags.yaml"))


def parse_red_flags(raw: Any, name: str = "red_flags.yaml") -> tuple[RedFlag, ...]:
    return _red_flags(_check(raw, name, "red_flags.yaml"))


def _red_flags(checked: Any) -> tuple[RedFlag, ...]:
    return tuple(RedFlag(e["phrase"], tuple(e["hpo"]), e["advice"],
                         tuple(w.lower() for w in e["not_at"]),
                         tuple(w.lower() for w in e["unless_said"])) for e in checked)


@dataclass(frozen=True, slots=True)
class RedFlagCombination:
    """Findings that together (with a context word when ``words`` is given) are an emergency:
    each group of ``findings`` must be matched by a present finding (its term or a more
    specific one)."""

    name: str
    findings: tuple[tuple[str, ...], ...]
    words: tuple[str, ...]
    advice: str
    # The person's ages (years) at which it is an emergency; None for any age or none given.
    ages: tuple[float, float] | None = None
    # Whether a sudden onset the reader keeps in any wording (text/modifiers.py, HPO's Acute:
    # "all at once", "without warning") stands for ``words`` as one of them does.
    sudden: bool = False
    # h-injury: the injuries (keys of injuries.yaml) whose description in the question, not
    # denied, stands for ``words`` as one of them does (text/injuries.py).
    injuries: tuple[str, ...] = ()
    # h-clinician4: the exposures (keys of exposures.yaml) whose mention in the question, not
    # denied, stands for ``words`` as one of them does (text/exposures.py: "7/40", "+ve UPT").
    exposures: tuple[str, ...] = ()
    # h-common14: words whose mention in the question, not denied, keeps it from firing
    # ("another fit": only a first febrile seizure is the emergency).
    unless: tuple[str, ...] = ()

    def fits_age(self, age: float | None) -> bool:
        """Whether a person of ``age`` (None: no age given) can have this emergency."""
        if self.ages is None:
            return True
        return age is not None and self.ages[0] <= age <= self.ages[1]


@lru_cache(maxsize=1)
def red_flag_combinations() -> tuple[RedFlagCombination, ...]:
    return _red_flag_combinations(checked_curated("red_flag_combinations.yaml"))


def parse_red_flag_combinations(raw: Any, name: str = "red_flag_combinations.yaml"
                                ) -> tuple[RedFlagCombination, ...]:
    return _red_flag_combinations(_check(raw, name, "red_flag_combinations.yaml"))


def _red_flag_combinations(checked: Any) -> tuple[RedFlagCombination, ...]:
    return tuple(RedFlagCombination(e["name"], tuple(tuple(f) for f in e["findings"]),
                                    tuple(w.lower() for w in e["words"]), e["advice"],
                                    None if e.get("ages") is None
                                    else (float(e["ages"][0]), float(e["ages"][1])),
                                    bool(e.get("sudden", False)),
                                    tuple(e.get("injuries", ())),
                                    tuple(e.get("exposures", ())),
                                    tuple(w.lower() for w in e.get("unless", ())))
                 for e in checked)


@dataclass(frozen=True, slots=True)
class QuestionWords:
    """The words that give a question its structure (question_words.yaml, documented there)."""

    clause_words: frozenset[str]
    coordinators: frozenset[str]
    negation_before: frozenset[str]
    negation_phrases_before: tuple[tuple[str, ...], ...]
    negation_phrases_after: tuple[tuple[str, ...], ...]
    pseudo_negations: tuple[tuple[str, ...], ...]
    new_clause: frozenset[str]
    negation_after: frozenset[str]
    negation_cue_only_after: frozenset[str]
    negation_transparent: frozenset[str]
    uncertainty: frozenset[str]
    frame: frozenset[str]


@lru_cache(maxsize=1)
def question_words() -> QuestionWords:
    return _question_words(checked_curated("question_words.yaml"))


def parse_question_words(raw: Any, name: str = "question_words.yaml") -> QuestionWords:
    return _question_words(_check(raw, name, "question_words.yaml"))


def _question_words(checked: Any) -> QuestionWords:
    negation = checked["negation"]
    return QuestionWords(
        clause_words=frozenset(checked["clause_words"]),
        coordinators=frozenset(checked["coordinators"]),
        negation_before=frozenset(negation["before_finding"]),
        negation_phrases_before=tuple(
            tuple(phrase.split()) for phrase in negation["phrases_before_finding"]
        ),
        negation_phrases_after=tuple(
            tuple(phrase.split()) for phrase in negation["phrases_after_finding"]
        ),
        pseudo_negations=tuple(tuple(phrase.split()) for phrase in negation["pseudo_negations"]),
        new_clause=frozenset(negation["new_clause"]),
        negation_after=frozenset(negation["after_finding"]),
        negation_cue_only_after=frozenset(negation["cue_only_after_finding"]),
        negation_transparent=frozenset(negation["transparent"]),
        uncertainty=frozenset(checked["uncertainty"]),
        frame=frozenset(checked["frame"]),
    )


@dataclass(frozen=True, slots=True)
class FamilyWords:
    """How a family history points to modes of inheritance (family_history.yaml)."""

    statements: tuple[tuple[str, tuple[str, ...]], ...]  # (phrase, modes)
    relatives: dict[str, tuple[str, ...]]
    maternal_males: frozenset[str]
    maternal_words: frozenset[str]
    affected_words: frozenset[str]
    # People who are not blood relatives ("wife", "friend"): their findings are not the
    # patient's either, and say nothing of inheritance.
    other_people: frozenset[str] = frozenset()
    # Relatives who share half the person's genes: whom a profile's `family_risk` counts.
    first_degree: frozenset[str] = frozenset()
    # Words that say a relative does not share the problem ("mum and dad are fine") and the
    # modes that unaffected parents of an affected person fit.
    unaffected_words: frozenset[str] = frozenset()
    unaffected_parents: tuple[str, ...] = ()
    # "we are cousins", "my husband and I are second cousins": a couple who are cousins.
    couple_words: frozenset[str] = frozenset()
    consanguinity: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def family_words() -> FamilyWords:
    return _family_words(checked_curated("family_history.yaml"))


def parse_family_words(raw: Any, name: str = "family_history.yaml") -> FamilyWords:
    return _family_words(_check(raw, name, "family_history.yaml"))


def _family_words(checked: Any) -> FamilyWords:
    return FamilyWords(
        statements=tuple((s["phrase"], tuple(s["modes"])) for s in checked["statements"]),
        relatives={word: tuple(modes) for word, modes in checked["relatives"].items()},
        maternal_males=frozenset(checked["maternal_males"]),
        maternal_words=frozenset(checked["maternal_words"]),
        affected_words=frozenset(checked["affected_words"]),
        other_people=frozenset(checked["other_people"]),
        first_degree=frozenset(checked["first_degree"]),
        unaffected_words=frozenset(checked["unaffected_words"]),
        unaffected_parents=tuple(checked["unaffected_parents"] or ()),
        couple_words=frozenset(checked["couple_words"]),
        consanguinity=tuple(checked["consanguinity"] or ()),
    )


@dataclass(frozen=True, slots=True)
class BodySites:
    """Body-site and side words and their HPO wordings (body_sites.yaml)."""

    sites: dict[tuple[str, ...], tuple[str, ...]]  # lay words -> HPO wordings, specific first
    sides: dict[tuple[str, ...], str]  # lay words -> bilateral | unilateral | generalized
    linkers: frozenset[str]
    # Lay descriptors of a body part ("big", "stick out") -> HPO wordings, specific first.
    # Keyed by their words without hyphens ("wide-set" -> ("wide", "set")), as the reader
    # sees them.
    descriptors: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # h-comparative: comparatives -> their adjectives ("thinner": "thin"). Each is a descriptor
    # too (``descriptors``), with its adjective's wordings unless listed there itself; the
    # lexicon reads one said of no site as its adjective (text/lexicon.py).
    comparatives: dict[str, str] = field(default_factory=dict)
    # Which of ``sites`` say when, not where ("after exercise", "keeps coming back").
    circumstances: frozenset[tuple[str, ...]] = frozenset()
    # A colour said of the person, with no body part ("he's gone yellow"), is the colour of
    # this site: the site's words, the colour descriptors and the words naming a person.
    person_site: tuple[str, ...] = ()
    person_colours: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    # Position words ("front", "outside", "base") -> HPO's words for that part of a site
    # ("anterior", "lateral aspect", "base"): "pain at the front of my knee" is Pain at the
    # anterior aspect of the knee.
    positions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Sites named together (their first readings, sorted) -> HPO's one word for the pair
    # ("hands and feet": palmoplantar).
    together: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # A site's first reading -> HPO's word for the skin around it ("mouth": perioral).
    around: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Parts (their first readings) whose own terms are of their inside ("mouth": the oral
    # mucosa): a finding said around, near or next to one is on the skin beside it, read
    # with ``around`` only (h-sites16).
    skin_beside: frozenset[str] = frozenset()
    # A lump at a site of the skin HPO names no mass of ("a lump on my arm"): the
    # descriptors so read, the sites (their first readings) and HPO's names of the terms.
    growth_descriptors: frozenset[tuple[str, ...]] = frozenset()
    growth_sites: frozenset[str] = frozenset()
    growth_terms: tuple[str, ...] = ()
    # Of those sites, the ones with an inside: a lump "in my nose" is no lump of its skin.
    growth_surface_sites: frozenset[str] = frozenset()
    # Spots at a site of the skin ("spots on his hands and feet"): the same three lists
    # (body_sites.yaml ``skin_spots``; h-reader75).
    spot_descriptors: frozenset[tuple[str, ...]] = frozenset()
    spot_sites: frozenset[str] = frozenset()
    spot_terms: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def body_sites() -> BodySites:
    return _body_sites(checked_curated("body_sites.yaml"))


def parse_body_sites(raw: Any, name: str = "body_sites.yaml") -> BodySites:
    return _body_sites(_check(raw, name, "body_sites.yaml"))


# Whose body part a site phrase names ("the side of my back", "the crease of his bum"): any
# of these says the same place, so a site phrase written with one is read with each.
_SITE_DETERMINERS = ("my", "the", "his", "her", "their", "your", "our")


def _with_each_determiner(sites: Mapping[str, Any]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The site phrases as written, then each phrase with one determiner ("side of my
    back") in every other determiner's words ("side of your back"), unless that wording is
    a phrase of its own."""
    written = {tuple(k.split()): tuple(v) for k, v in sites.items()}
    every = dict(written)
    for words, readings in written.items():
        said = [n for n, w in enumerate(words) if w in _SITE_DETERMINERS]
        if len(said) != 1 or len(words) < 2:
            continue
        for other in _SITE_DETERMINERS:
            every.setdefault((*words[:said[0]], other, *words[said[0] + 1:]), readings)
    return every


def _body_sites(checked: Any) -> BodySites:
    colours = checked["person_colours"]
    growths = checked.get("skin_growths")
    spots = checked.get("skin_spots")
    descriptors = {tuple(k.replace("-", " ").split()): tuple(v)
                   for k, v in checked["descriptors"].items()}
    comparatives = dict(checked.get("comparatives") or {})
    for comparative, adjective in comparatives.items():
        # A comparative describes a part as its adjective does ("thinner legs": thin legs);
        # an adjective that is no descriptor is its own wording ("drier" + mouth: dry mouth).
        descriptors.setdefault((comparative,), descriptors.get((adjective,), (adjective,)))
    # Circumstances ("after exercise") join a finding exactly as sites do.
    return BodySites(
        sites={**_with_each_determiner(checked["sites"]),
               **{tuple(k.split()): tuple(v) for k, v in checked["circumstances"].items()}},
        sides={tuple(k.split()): v for k, v in checked["sides"].items()},
        linkers=frozenset(checked["linkers"]),
        descriptors=descriptors,
        comparatives=comparatives,
        circumstances=frozenset(tuple(k.split()) for k in checked["circumstances"]),
        person_site=tuple(colours["site"].split()) if colours else (),
        person_colours=frozenset(colours["colours"]) if colours else frozenset(),
        persons=frozenset(colours["persons"]) if colours else frozenset(),
        positions={k: tuple(v) for k, v in (checked.get("positions") or {}).items()},
        together={tuple(sorted(k.split(" + "))): tuple(v)
                  for k, v in (checked.get("together") or {}).items()},
        around={k: tuple(v) for k, v in (checked.get("around") or {}).items()},
        skin_beside=frozenset(checked.get("skin_beside") or ()),
        growth_descriptors=frozenset(tuple(d.split()) for d in growths["descriptors"])
        if growths else frozenset(),
        growth_sites=frozenset(growths["sites"]) if growths else frozenset(),
        growth_terms=tuple(growths["terms"]) if growths else (),
        growth_surface_sites=frozenset(growths.get("surface_sites") or ())
        if growths else frozenset(),
        spot_descriptors=frozenset(tuple(d.split()) for d in spots["descriptors"])
        if spots else frozenset(),
        spot_sites=frozenset(spots["sites"]) if spots else frozenset(),
        spot_terms=tuple(spots["terms"]) if spots else (),
    )


# A curated figure's source: the same record as a fact sheet's reference.
PrevalenceReference = Reference


@dataclass(frozen=True, slots=True)
class CuratedPrevalence:
    """A sourced figure for how common a disease without a fact sheet is (prevalence.yaml).

    The same block as a fact sheet's ``prevalence`` (curated/facts/SCHEMA.md), with the
    disease's name and the references its sources cite.
    """

    id: str
    name: str
    per_100000: float
    kind: str
    population: str
    text: str
    sources: tuple[str, ...]
    references: tuple[PrevalenceReference, ...]
    setting: str | None = None  # a key of PREVALENCE_SETTINGS; None: a general population
    # The usual ages at onset in years and their sources, if the entry gives them
    onset: tuple[float, float] | None = None
    onset_sources: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def prevalence_table() -> tuple[CuratedPrevalence, ...]:
    return _prevalence_table(checked_curated("prevalence.yaml"))


def parse_prevalence_table(raw: Any, name: str = "prevalence.yaml"
                           ) -> tuple[CuratedPrevalence, ...]:
    return _prevalence_table(_check(raw, name, "prevalence.yaml"))


def _prevalence_table(checked: Any) -> tuple[CuratedPrevalence, ...]:
    return tuple(
        CuratedPrevalence(
            e["id"], e["name"], float(e["per_100000"]), e["kind"],
            " ".join(e["population"].split()), " ".join(e["text"].split()), tuple(e["sources"]),
            tuple(PrevalenceReference(r["id"], r["title"], r["year"]) for r in e["references"]),
            e["setting"],
            None if e["onset"] is None else (float(e["onset"]["min_years"]),
                                             float(e["onset"]["max_years"])),
            () if e["onset"] is None else tuple(e["onset"]["sources"]),
        )
        for e in checked
    )


@dataclass(frozen=True, slots=True)
class Exposure:
    """An exposure a question may name (exposures.yaml): key, plain label, lay phrases, the
    phrases that name it only when it is wished or tried for, and those that name it only
    after a word saying it came first ("after a sore throat")."""

    key: str
    label: str
    phrases: tuple[str, ...]
    sought_phrases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    after_phrases: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def exposure_vocabulary() -> tuple[Exposure, ...]:
    return _exposures(checked_curated("exposures.yaml"))


def parse_exposures(raw: Any, name: str = "exposures.yaml") -> tuple[Exposure, ...]:
    return _exposures(_check(raw, name, "exposures.yaml"))


def _exposures(checked: Any) -> tuple[Exposure, ...]:
    return tuple(Exposure(e["key"], " ".join(e["label"].split()), tuple(e["phrases"]),
                          tuple(e.get("sought_phrases", ())), tuple(e.get("context", ())),
                          tuple(e.get("after_phrases", ())))
                 for e in checked)


def exposure_labels() -> dict[str, str]:
    """Exposure key -> its plain label ("tick-bite" -> "a tick bite")."""
    return {e.key: e.label for e in exposure_vocabulary()}


def exposure_key_problem(keys: Sequence[object]) -> tuple[int, str] | None:
    """The first key of a profile's or sheet's ``exposures`` list that is not in
    exposures.yaml or comes twice: its position and what is wrong; None when all are good."""
    known = exposure_labels()
    seen: set[object] = set()
    for i, key in enumerate(keys):
        if key not in known:
            return i, f"{key!r} is not an exposure of curated/exposures.yaml"
        if key in seen:
            return i, f"{key} is listed twice"
        seen.add(key)
    return None


@dataclass(frozen=True, slots=True)
class Injury:
    """An injury a question may describe (injuries.yaml): key, plain label, phrases matched
    as written, with the slots ``<my>`` and ``<the>`` for a small word."""

    key: str
    label: str
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class InjuryAssessment:
    """A sourced line on when an injury needs assessment: for the injuries of ``injuries``
    (any when empty), in a question that says one of ``sites`` (any when empty)."""

    text: str
    sources: tuple[str, ...]
    injuries: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InjuryReference:
    id: str
    title: str
    year: int | None
    url: str | None


@dataclass(frozen=True, slots=True)
class InjuryVocabulary:
    """injuries.yaml: the injuries, the wordings that name none, the assessment lines and
    their sources."""

    injuries: tuple[Injury, ...]
    not_injuries: tuple[str, ...]
    assessment: tuple[InjuryAssessment, ...]
    references: tuple[InjuryReference, ...]


@lru_cache(maxsize=1)
def injury_vocabulary() -> InjuryVocabulary:
    return _injuries(checked_curated("injuries.yaml"))


def parse_injuries(raw: Any, name: str = "injuries.yaml") -> InjuryVocabulary:
    return _injuries(_check(raw, name, "injuries.yaml"))


def _injuries(checked: Any) -> InjuryVocabulary:
    return InjuryVocabulary(
        tuple(Injury(e["key"], " ".join(e["label"].split()), tuple(e["phrases"]))
              for e in checked["injuries"]),
        tuple(checked["not_injuries"]),
        tuple(InjuryAssessment(" ".join(a["text"].split()), tuple(a["sources"]),
                               tuple(a["injuries"]), tuple(a["sites"]))
              for a in checked["assessment"]),
        tuple(InjuryReference(r["id"], r["title"], r["year"], r["url"])
              for r in checked["references"]))


@dataclass(frozen=True, slots=True)
class GeneWords:
    """The words that say a question names a gene (gene_words.yaml; text/genes.py)."""

    after: frozenset[str]
    suffixes: frozenset[str]
    nouns: frozenset[str]
    prepositions: frozenset[str]
    before: frozenset[str]
    not_genes: frozenset[str]
    denied_before: frozenset[str]
    denied_after: frozenset[str]


def gene_words() -> GeneWords:
    return parse_gene_words(read_curated("gene_words.yaml"))


def parse_gene_words(raw: Any, name: str = "gene_words.yaml") -> GeneWords:
    lists: dict[str, frozenset[str]] = {}
    for key in ("after", "suffixes", "nouns", "prepositions", "before", "not_genes",
                "denied_before", "denied_after"):
        values = (raw or {}).get(key)
        if not isinstance(values, list) or not values or not all(
                isinstance(v, str) and v == v.lower() and " " not in v for v in values):
            raise DataError(f"{name}: {key} must be a list of lower-case single words")
        if len(set(values)) != len(values):
            raise DataError(f"{name}: {key} lists a word twice")
        lists[key] = frozenset(values)
    return GeneWords(**lists)
