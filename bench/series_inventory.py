"""Which phenotype.hpoa entries are series forms of a curated condition? (issue 12)

    python bench/series_inventory.py [--list] [--missing] [--near]

Many common diseases appear in phenotype.hpoa mainly as OMIM numbered or susceptibility
entries ("Systemic lupus erythematosus 16", "Psoriasis 2", "Restless legs syndrome,
susceptibility to, 1", "Glaucoma 1, primary open angle, C"). Without a figure of their own such
an entry counts as rare in the prior (rank/priors.py, unknown_defaults), so a question whose
best-annotated match is one of them ranks the common disease far down, unless the condition's
profile lists it under ``includes`` or its fact sheet among its ids (``same_as``, with
``ranks_apart`` for a form that ranks as a candidate of its own).

For every condition profile and fact sheet this lists the annotated entries that are its forms
by :func:`series_form` (the entry's phenotype.hpoa name or the label of a MONDO concept that
maps to it exactly, ../shared/data/mondo-diseases.tsv.gz, is the condition's name plus series
words only: a number or letter, "susceptibility to", "familial", an inheritance or onset
word), whether the profile or sheet names each already, and whether each has a prevalence
figure of its own in the engine. ``--near`` also lists entries that hold the condition's name
with other words (reviewed by hand, never added by the rule: "Asthma-related traits", "Epilepsy,
idiopathic generalized").

What was done with them (h-series1, 2026-12-06): the profiles' forms are listed under
``includes`` except those LEFT_APART names with the reason; the fact sheets' were not listed
(measured both ways, facts/SCHEMA.md "Series forms"). h-series2 (2026-12-06): the sheets list
theirs under ``includes`` too, which lend the sheet their id but no figure, onset or sex ratio
(``--write-sheets`` writes the missing ones into the sheets' YAML). Counts at main 13e6706
before h-series1: 811 forms found by a first, looser rule; with this rule 748 forms of 214
conditions, 84 of the profiles' and 368 of the sheets' unnamed; after it 73 of the profiles'
(all LEFT_APART). At main 9cc87b10 before h-series2: 440 unnamed, 367 of them the sheets'.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from shared_data import SHARED_DATA, mondo_rows

# Words an OMIM/MONDO series entry adds to its disease's name. Numbers and single letters
# ("1A", "C", roman types) are matched by pattern; nothing here names a symptom, a site or a
# kind of disease, so an entry that adds any other word ("Asthma-related traits", "Epilepsy,
# idiopathic generalized", "Celiac disease, epilepsy and cerebral calcification") is no form.
SERIES_WORDS = frozenset({
    "susceptibility", "to", "familial", "autosomal", "dominant", "recessive", "x", "linked",
    "early", "late", "onset", "type",
})
_DESIGNATION = re.compile(r"^(\d+[a-z]?|[a-z]|[ivx]+)$")
_SUSCEPTIBILITY = re.compile(r"\bsusceptibility\b", re.IGNORECASE)


def words(text: str) -> tuple[str, ...]:
    """A label's words, lower case and singular, without a parenthesised gloss."""
    bare = re.sub(r"\(.*?\)", " ", text.lower())
    return tuple(w if len(w) < 4 or w.endswith("ss") else w.removesuffix("s")
                 for w in re.findall(r"[a-z0-9]+", bare))


def is_designation(word: str) -> bool:
    """Whether a word of a label is a series designation: a number or single letter ("1A",
    "C", a roman type)."""
    return bool(_DESIGNATION.match(word))


def series_form(entry_label: str, condition_name: str) -> str | None:
    """How ``entry_label`` names a form of the condition called ``condition_name``:
    "susceptibility" ("Psoriasis 4, susceptibility to"), "numbered" ("Parkinson disease 8",
    "Glaucoma 1, open angle, F"), "familial" ("Goiter, multinodular, familial"), "same" (the
    same name and nothing else), or None when the entry adds any other word, lacks one of the
    condition's, or moves a number of the condition's name ("type 1 diabetes mellitus 2" is
    no form of type 2 diabetes mellitus)."""
    condition = words(condition_name)
    entry = words(entry_label)
    if not condition or not set(condition) <= set(entry):
        return None
    pairs = set(itertools.pairwise(entry))
    if any(_DESIGNATION.match(w) and (before, w) not in pairs
           for before, w in itertools.pairwise(condition)):
        return None
    extra = [w for w in entry if w not in condition]
    if any(w not in SERIES_WORDS and not _DESIGNATION.match(w) for w in extra):
        return None
    if _SUSCEPTIBILITY.search(entry_label):
        return "susceptibility"
    if any(_DESIGNATION.match(w) for w in extra):
        return "numbered"
    if extra:
        return "familial"
    return "same"


def near_form(entry_label: str, condition_name: str) -> bool:
    """Whether ``entry_label`` holds every word of the condition's name (any other words)."""
    condition = set(words(condition_name))
    return bool(condition) and condition <= set(words(entry_label))


# Forms the rule finds that a profile or fact sheet leaves apart on purpose, with the reason
# (condition id -> entry id, or "*" for its whole series -> why). A sheet lists the others
# under ``includes`` (facts/SCHEMA.md, "includes: series forms"; h-series2).
LEFT_APART: dict[tuple[str, str], str] = {
    ("MONDO:0005021", "*"): "dilated cardiomyopathy series: joined, phenopackets fell "
                            "(h-includes, profile comment)",
    ("MONDO:0005045", "*"): "hypertrophic cardiomyopathy series: as above (h-profiles53; "
                            "OMIM:192600 alone measured by h-profilefix3, profile comment)",
    ("MONDO:0004981", "OMIM:614022"): "familial atrial fibrillation 10 (test_profiles46)",
    ("MONDO:0004976", "OMIM:602099"): "juvenile ALS 5 (h-includes: not the juvenile forms)",
    ("MONDO:0004976", "OMIM:602433"): "juvenile ALS 4",
    ("MONDO:0004976", "OMIM:614373"): "juvenile ALS 16",
    ("MONDO:0005469", "OMIM:223360"): "orthostatic hypotension 1 is dopamine "
                                      "beta-hydroxylase deficiency, a Mendelian disease",
    ("MONDO:0005469", "ORPHA:230"): "the same (Orphanet's entry)",
    ("MONDO:0005469", "OMIM:618182"): "orthostatic hypotension 2, CYB561 deficiency",
    ("MONDO:0003085", "OMIM:148190"): "autosomal dominant keratitis (PAX6), its own disease",
    ("MONDO:0003085", "ORPHA:2334"): "the same (Orphanet's entry)",
    ("MONDO:0005339", "OMIM:109200"): "measured (h-series1): hair-loss questions fell, "
                                      "alopecia areata 1 -> 2",
    ("MONDO:0005361", "OMIM:610247"): "measured (h-series1): swallowing questions fell, "
                                      "food stuck in the chest 7 -> out",
    ("MONDO:0005361", "OMIM:613412"): "the same",
    ("MONDO:0005350", "OMIM:100070"): "its record (not Mendelian, with a figure of its own) "
                                      "then named the aneurysm profile's candidate "
                                      "(test_profile_includes)",
    ("MONDO:0007275", "OMIM:115430"): "measured (h-series1): its findings put carpal tunnel "
                                      "syndrome first for numb feet and a numb mouth",
    ("MONDO:0005387", "OMIM:620686"): "premature ovarian failure 23: its 4 dev phenopackets are "
                                      "scored on its own id; joined, phenopackets fell "
                                      "60.1/69.9/78.4 -> 60.0/69.8/78.3 (h-prev11)",
    # Fact sheets (h-series2). A sheet about one type names the other types as other diseases.
    ("OMIM:106100", "OMIM:610618"): "hereditary angioedema with normal C1 inhibitor (factor "
                                    "XII): no C1-inhibitor deficiency, the sheet's disease",
    ("OMIM:106100", "OMIM:619360"): "the same (plasminogen)",
    ("OMIM:106100", "OMIM:619361"): "the same (angiopoietin 1)",
    ("OMIM:106100", "OMIM:619363"): "the same (kininogen 1)",
    ("OMIM:106100", "OMIM:619366"): "the same (myoferlin)",
    ("OMIM:106100", "OMIM:619367"): "the same (HS3ST6)",
    ("OMIM:108300", "*"): "the sheet is Stickler syndrome type 1 (COL2A1); the other types are "
                          "other genes' diseases",
    ("OMIM:192600", "*"): "hypertrophic cardiomyopathy series: as for the profile (h-profiles53)",
    ("ORPHA:803", "OMIM:602099"): "juvenile ALS 5, as for the ALS profile (h-includes)",
    ("ORPHA:803", "OMIM:602433"): "juvenile ALS 4",
    ("ORPHA:803", "OMIM:614373"): "juvenile ALS 16",
    ("OMIM:168600", "OMIM:605909"): "early-onset recessive parkinsonism (PINK1), not the "
                                    "sheet's late-onset disease (as the ALS profile's "
                                    "juvenile forms)",
    ("OMIM:168600", "OMIM:606324"): "the same (DJ-1)",
    ("OMIM:168600", "OMIM:615530"): "the same (SYNJ1)",
    ("OMIM:168600", "OMIM:616840"): "the same (VPS13C)",
    ("OMIM:168600", "OMIM:612953"): "PLA2G6 dystonia-parkinsonism of the young, its own "
                                    "disease (Orphanet: adult-onset dystonia-parkinsonism)",
    ("OMIM:168600", "ORPHA:199351"): "the same (Orphanet's entry)",
}


def left_apart(condition_id: str, disease_id: str) -> str | None:
    """Why a profile leaves the form apart, or None."""
    return (LEFT_APART.get((condition_id, disease_id))
            or LEFT_APART.get((condition_id, "*")))


@dataclass(frozen=True, slots=True)
class Condition:
    """A profile or fact sheet: its id, names and the annotated ids it names."""

    kind: str  # "profile" | "sheet"
    id: str
    names: tuple[str, ...]
    own: frozenset[str]  # same_as (and the sheet's id)
    forms: frozenset[str]  # includes / ranks_apart


def conditions() -> list[Condition]:
    from whatcauses.knowledge.conditions import load_condition_profiles
    from whatcauses.knowledge.facts import fact_sheets

    found = [Condition("profile", p.id, _names(p.name, p.mondo_label),
                       frozenset(p.same_as), frozenset(p.includes))
             for p in load_condition_profiles()]
    found += [Condition("sheet", s.id, _names(s.name),
                        frozenset(s.twin_ids), frozenset((*s.ranks_apart, *s.includes)))
              for s in fact_sheets()]
    return found


def _names(*names: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in names if n))


def hpoa_names() -> dict[str, list[str]]:
    """phenotype.hpoa's disease ids with every name the file gives each."""
    from whatcauses.knowledge.sources import active_files

    names: dict[str, list[str]] = {}
    with active_files().hpoa.open(encoding="utf-8") as hpoa:
        for line in hpoa:
            if line.startswith("#") or line.startswith("database_id"):
                continue
            fields = line.split("\t", 2)
            if len(fields) > 1 and fields[1] not in names.setdefault(fields[0], []):
                names[fields[0]].append(fields[1])
    return names


def mondo_labels(path: Path = SHARED_DATA / "mondo-diseases.tsv.gz") -> dict[str, list[str]]:
    """Annotated disease id (OMIM:/ORPHA:) -> the labels of the MONDO concepts mapping to it
    exactly; empty when ../shared/data is absent."""
    labels: dict[str, list[str]] = {}
    for _mondo_id, label, omim, orphanet in mondo_rows(path):
        for mapped in (*omim, *orphanet):
            labels.setdefault(mapped, []).append(label)
    return labels


@dataclass(frozen=True, slots=True)
class Form:
    condition: Condition
    disease_id: str
    label: str  # the name or label that matched
    kind: str
    source: str  # "MONDO label" | "HPO name"
    named: str  # "own" | "form" | "other <condition id>" | "" (missing)
    figure: str  # "own" | "shared" | ""


@dataclass(frozen=True, slots=True)
class _Labels:
    """Every label of the annotated entries (HPO names, MONDO labels), indexed by word."""

    texts: dict[str, list[tuple[str, str]]]  # disease id -> [(source, text)]
    by_word: dict[str, set[str]]  # word -> disease ids one of whose labels holds it

    @classmethod
    def of(cls, entries: dict[str, list[str]], mondo: dict[str, list[str]]) -> _Labels:
        texts: dict[str, list[tuple[str, str]]] = {}
        by_word: dict[str, set[str]] = {}
        for disease_id, names in entries.items():
            listed = [("MONDO label", t) for t in mondo.get(disease_id, [])]
            listed += [("HPO name", t) for t in names]
            texts[disease_id] = listed
            for _, text in listed:
                for word in words(text):
                    by_word.setdefault(word, set()).add(disease_id)
        return cls(texts, by_word)

    def holding(self, name: str) -> set[str]:
        """The entries one of whose labels holds every word of ``name``."""
        wanted = set(words(name))
        if not wanted:
            return set()
        return set.intersection(*(self.by_word.get(w, set()) for w in wanted))


def inventory(entries: dict[str, list[str]], mondo: dict[str, list[str]],
              listed: Sequence[Condition]) -> list[Form]:
    """Every (condition, entry) pair where the entry is a series form of the condition."""
    owner: dict[str, str] = {}
    for condition in listed:
        for disease_id in condition.own | condition.forms | {condition.id}:
            owner.setdefault(disease_id, condition.id)
    labels = _Labels.of(entries, mondo)
    found: list[Form] = []
    for condition in listed:
        candidates = set().union(*(labels.holding(n) for n in condition.names))
        for disease_id in sorted(candidates - {condition.id}):
            match = _match(labels.texts[disease_id], condition.names)
            if match is None:
                continue
            label, kind, source = match
            named = ("own" if disease_id in condition.own else
                     "form" if disease_id in condition.forms else
                     f"other {owner[disease_id]}" if disease_id in owner else "")
            found.append(Form(condition, disease_id, label, kind, source, named, ""))
    return found


def _match(texts: Sequence[tuple[str, str]],
           condition_names: Sequence[str]) -> tuple[str, str, str] | None:
    """The label that makes an entry a form of the condition, its kind and source, or None.

    MONDO decides where it maps the entry (its labels are in natural word order and follow
    OMIM's renamings: OMIM:602477, "Febrile seizures, familial, 2" in phenotype.hpoa, is
    "epilepsy, idiopathic generalized, susceptibility to, 17" in MONDO); phenotype.hpoa's names
    only for entries MONDO does not map. Every label that holds the condition's name must be
    a series form of it ("amyotrophic lateral sclerosis type 4" is no form when its other
    label says "juvenile")."""
    mondo = [t for t in texts if t[0] == "MONDO label" and not t[1].startswith("obsolete")]
    found = None
    for source, text in mondo or list(texts):
        holding = [name for name in condition_names if near_form(text, name)]
        if not holding:
            continue
        kinds = [k for k in (series_form(text, name) for name in holding) if k is not None]
        if not kinds:
            return None
        found = found or (text, kinds[0], source)
    return found


def near(entries: dict[str, list[str]], mondo: dict[str, list[str]],
         listed: Sequence[Condition], matched: set[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(condition, entry, label) for entries a label of which holds the condition's name
    with other words."""
    labels = _Labels.of(entries, mondo)
    rows = []
    for condition in listed:
        candidates = set().union(*(labels.holding(n) for n in condition.names))
        for disease_id in sorted(candidates - {condition.id}):
            if (condition.id, disease_id) not in matched:
                # holding() matches words of a name; near_form() may still refuse every label
                # (the words out of order): no row then, rather than a StopIteration
                text = next((t for _, t in labels.texts[disease_id]
                             if any(near_form(t, n) for n in condition.names)), None)
                if text is not None:
                    rows.append((condition.id, disease_id, text))
    return rows


def with_figures(forms: list[Form]) -> list[Form]:
    """The forms with whether the engine has a figure for each: its own ("own", from
    Orphanet or a curated table) or one it shares with its condition ("shared")."""
    from dataclasses import replace

    from whatcauses.engine import Engine

    engine = Engine.load()
    index = engine.knowledge.disease_ids_index
    figures = engine.ranker.prevalence
    result = []
    for form in forms:
        position = index.get(form.disease_id)
        figure = figures[position] if position is not None else None
        how = "" if figure is None else (
            "shared" if figure.source == "curated" and form.named else "own")
        result.append(replace(form, figure=how))
    return result


def write_sheet_includes(forms: Sequence[Form]) -> dict[str, list[str]]:
    """Add to each fact sheet's ``includes`` (its YAML file) the numbered, susceptibility and
    familial forms it does not name, except those LEFT_APART and those the release already
    twins with the sheet's entry (they rank with it as they are: hereditary angioedema type 1,
    ORPHA:100050). Returns file -> the ids added."""
    from importlib import resources

    from whatcauses.engine import Engine
    from whatcauses.knowledge.facts import fact_sheets

    knowledge = Engine.load().knowledge
    index, twins = knowledge.disease_ids_index, knowledge.arrays["twin_group"]

    def twinned(form: Form) -> bool:
        own, other = index.get(form.condition.id), index.get(form.disease_id)
        return own is not None and other is not None and twins[own] == twins[other]

    files = {s.id: s.file for s in fact_sheets()}
    wanted: dict[str, list[str]] = {}
    for form in forms:
        if (form.condition.kind == "sheet" and not form.named and form.kind != "same"
                and not left_apart(form.condition.id, form.disease_id) and not twinned(form)):
            wanted.setdefault(files[form.condition.id], []).append(form.disease_id)
    folder = Path(str(resources.files("whatcauses.knowledge").joinpath("curated", "facts")))
    for name, added in wanted.items():
        path = folder / name
        lines = path.read_text(encoding="utf-8").split("\n")
        listed = next((i for i, line in enumerate(lines) if line.startswith("includes:")), None)
        if listed is not None:
            old = [x.strip() for x in lines[listed].split("[", 1)[1].rstrip("]").split(",")]
            lines[listed] = f"includes: [{', '.join(dict.fromkeys([*old, *added]))}]"
        else:
            after = max(i for i, line in enumerate(lines)
                        if line.startswith(("id:", "same_as:", "ranks_apart:")))
            lines.insert(after + 1, f"includes: [{', '.join(sorted(added))}]")
        path.write_text("\n".join(lines), encoding="utf-8")
    return wanted


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every form found")
    parser.add_argument("--missing", action="store_true",
                        help="print the forms no profile or sheet names")
    parser.add_argument("--near", action="store_true",
                        help="print entries that hold a condition's name with other words")
    parser.add_argument("--no-figures", action="store_true",
                        help="skip loading the engine (no figure column)")
    parser.add_argument("--write-sheets", action="store_true",
                        help="add the forms fact sheets do not name to their includes")
    args = parser.parse_args(argv)
    listed = conditions()
    entries = hpoa_names()
    mondo = mondo_labels()
    if not mondo:
        print(f"no MONDO table at {SHARED_DATA}: HPO names only", file=sys.stderr)
    forms = inventory(entries, mondo, listed)
    if args.write_sheets:
        for name, added in write_sheet_includes(forms).items():
            print(f"{name}: includes += {', '.join(added)}")
        return 0
    if not args.no_figures:
        forms = with_figures(forms)
    by_kind = Counter((f.condition.kind, f.kind, "named" if f.named else "missing",
                       f.figure or "no figure") for f in forms)
    holders = Counter(f.condition.kind for f in forms if not f.named)
    apart = sum(1 for f in forms if not f.named and left_apart(f.condition.id, f.disease_id))
    print(f"profiles and sheets: {len(listed)}; series forms found: {len(forms)} "
          f"({len({f.disease_id for f in forms})} entries), "
          f"of {len({f.condition.id for f in forms})} conditions")
    print(f"forms no profile or sheet names: {sum(holders.values())} "
          f"(profiles {holders['profile']}, sheets {holders['sheet']}; "
          f"{apart} of them left apart on purpose: LEFT_APART)")
    print(f"\n{'holder':<9}{'form':<16}{'named':<9}{'figure':<11}{'n':>5}")
    for (holder, kind, named, figure), n in sorted(by_kind.items()):
        print(f"{holder:<9}{kind:<16}{named:<9}{figure:<11}{n:>5}")
    if args.list or args.missing:
        print()
        for f in sorted(forms, key=lambda f: (f.condition.id, f.disease_id)):
            if args.missing and (f.named or left_apart(f.condition.id, f.disease_id)):
                continue
            print(f"{f.condition.kind:<8}{f.condition.id:<15}{f.condition.names[0][:28]:<29}"
                  f"{f.disease_id:<14}{f.kind:<15}{f.named or '-':<22}{f.figure or '-':<7}"
                  f"{f.source:<12}{f.label}")
    if args.near:
        print("\nnear (the name with other words; not forms by the rule):")
        for condition_id, disease_id, text in near(
                entries, mondo, listed, {(f.condition.id, f.disease_id) for f in forms}):
            print(f"  {condition_id:<15}{disease_id:<14}{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
