"""A blood relative's named inherited disease, as family history ("my brother has cystic
fibrosis").

A relative's condition that HPO names as a phenotype ("my mum had breast cancer": Breast
carcinoma) is read as a finding of theirs and weighed as family history
(rank/family_findings.py). An inherited disease has no such term: "cystic fibrosis" is a
disease, not a phenotype, so the question reader read nothing in "my brother has cystic
fibrosis" and the family history was lost. Such a name, said in a blood relative's stretch
(text/persons.py), is now a statement of family history with the modes of inheritance HPO
annotates for the disease (aspect I of phenotype.hpoa: cystic fibrosis, Autosomal recessive
inheritance), which the ranking weighs as any family-history statement (rank/inheritance.py).

Only diseases with a Mendelian inheritance annotation (rank/family_findings.py
``mendelian_diseases``) are named here: their names are written whole ("cystic fibrosis",
"Duchenne muscular dystrophy"), and a relative with one says which mode runs in the family.
A name is matched as whole words, in the order written, longest first; a name of one word
needs :data:`MIN_SINGLE_WORD_LETTERS` letters ("haemophilia", not "gout").

A relative's common disease has no mode to point to ("my mum has lupus", "my sister has
coeliac disease"), and was lost too when HPO names it as no phenotype. A second table
(:func:`relative_disease_entries`, built with ``require_modes=False``) holds every condition
profile's and fact sheet's name and lay names (a single word of
:data:`MIN_CURATED_SINGLE_WORD_LETTERS` letters: "lupus", "coeliac"; an acronym of 2-4
capitals, "MS", "COPD", only when the question writes it in capitals) and every other disease
name of two words or more; a name found there in a blood relative's stretch, after the
Mendelian names, is the relative's disease (text/interpretation.py ``RelativeDisease``), which
the ranking weighs as a bounded familial lift of that disease (rank/family_findings.py
``RELATIVE_DISEASE_LIFT``; h-relatives2, issue 14).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from whatcauses.text.normalize import Token

MIN_SINGLE_WORD_LETTERS = 8
# A curated disease's one-word name or lay name ("lupus", "coeliac", "colitis"): curated names
# are the names people use, so a shorter word is safe; "gout", "cold", "MS" stay out.
MIN_CURATED_SINGLE_WORD_LETTERS = 5
# The most words a name is matched over.
MAX_NAME_WORDS = 6
_WORD = re.compile(r"[a-z0-9']+")
# An acronym among a curated disease's lay names ("MS", "COPD", "IBD").
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# Spelling variants folded to one form (UK/US): "haemophilia" is "hemophilia".
SPELLING_VARIANTS = (("ae", "e"), ("oe", "e"))


def fold_words(text: str) -> tuple[str, ...]:
    """The lower-case words of a name or of question tokens, UK/US variants folded."""
    folded = []
    for word in _WORD.findall(text.lower()):
        spelled = word
        for a, b in SPELLING_VARIANTS:
            spelled = spelled.replace(a, b)
        # A possessive eponym is the eponym ("Huntington's disease": Huntington disease).
        folded.append(spelled.removesuffix("'s"))
    return tuple(folded)


@dataclass(frozen=True, slots=True)
class NamedDiseaseHit:
    positions: tuple[int, ...]  # token positions of the name
    modes: tuple[str, ...]  # HPO inheritance mode ids
    diseases: tuple[str, ...] = ()  # the ids of the diseases of that name


class NamedDiseases:
    """Names of Mendelian diseases (words -> inheritance modes). Immutable."""

    def __init__(self, names: Mapping[tuple[str, ...], tuple[str, ...]],
                 diseases: Mapping[tuple[str, ...], tuple[str, ...]] | None = None, *,
                 require_modes: bool = True,
                 min_single_letters: int = MIN_SINGLE_WORD_LETTERS,
                 acronyms: Collection[tuple[str, ...]] = ()):
        # Acronyms ("MS"): kept at any length, matched only as written in capitals.
        self._acronyms = frozenset(acronyms)
        self._names = {words: modes for words, modes in names.items()
                       if words and len(words) <= MAX_NAME_WORDS
                       and (modes or not require_modes)
                       and (len(words) > 1 or len(words[0]) >= min_single_letters
                            or words in self._acronyms)}
        self._diseases = {words: ids for words, ids in (diseases or {}).items()
                          if words in self._names}
        # Disease id -> its name, for the table of a relative's diseases (set by
        # build_relative_diseases).
        self.labels: dict[str, str] = {}

    @classmethod
    def build(cls, entries: Iterable[tuple[str, Sequence[str]]
                                     | tuple[str, Sequence[str], str]], *,
              require_modes: bool = True, eponyms: bool = True,
              min_single_letters: int = MIN_SINGLE_WORD_LETTERS,
              acronyms: bool = False) -> NamedDiseases:
        """From ``(name, modes)`` pairs, or ``(name, modes, disease id)``; one name shared by
        several records (Orphanet's and OMIM's "Cystic fibrosis") takes the modes and the ids
        of all of them. ``require_modes=False``: names without modes are kept (the
        relative's common diseases); ``eponyms=False``: no eponym forms added;
        ``acronyms=True``: a one-word name written in capitals of 2 to 4 letters ("MS",
        "COPD") is kept as an acronym, matched only when the question writes it so."""
        names: dict[tuple[str, ...], list[str]] = {}
        ids: dict[tuple[str, ...], list[str]] = {}
        capitals: set[tuple[str, ...]] = set()
        for entry in entries:
            name, modes = entry[0], entry[1]
            folded = fold_words(name)
            if acronyms and _ACRONYM.fullmatch(name):
                capitals.add(folded)
            # An eponym's disease is said by the eponym alone too ("my dad had
            # Huntington's"); the one word is then held to MIN_SINGLE_WORD_LETTERS.
            eponym = ([folded[:1]] if eponyms and len(folded) == 2 and folded[1] == "disease"
                      and name[:1].isupper() else [])
            for words in (folded, *eponym):
                held = names.setdefault(words, [])
                held.extend(m for m in modes if m not in held)
                if len(entry) == 3:
                    disease = entry[2]
                    named = ids.setdefault(words, [])
                    if disease not in named:
                        named.append(disease)
        return cls({words: tuple(modes) for words, modes in names.items()},
                   {words: tuple(found) for words, found in ids.items()},
                   require_modes=require_modes, min_single_letters=min_single_letters,
                   acronyms=capitals)

    def __len__(self) -> int:
        return len(self._names)

    def to_table(self) -> dict[str, Any]:
        """The table as JSON-ready lists (:func:`load_relative_diseases` stores it): each
        name's words joined by spaces (a folded word holds none), its modes and its ids."""
        return {"names": [[" ".join(words), list(modes), list(self._diseases.get(words, ()))]
                          for words, modes in self._names.items()],
                "acronyms": [" ".join(words) for words in sorted(self._acronyms)]}

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> NamedDiseases:
        """A table written by :meth:`to_table`, taken as it is: its names passed the filters
        of ``__init__`` when it was built, so they are not filtered again."""
        named = cls.__new__(cls)
        named._acronyms = frozenset(tuple(words.split(" ")) for words in table["acronyms"])
        rows = [(tuple(words.split(" ")), modes, ids) for words, modes, ids in table["names"]]
        named._names = {words: tuple(modes) for words, modes, _ in rows}
        named._diseases = {words: tuple(ids) for words, _, ids in rows if ids}
        named.labels = {}
        return named

    def words(self) -> frozenset[str]:
        """Every word of the names (h-typo3: real words, never typos to correct)."""
        return frozenset(word for words in self._names for word in words)

    def find(self, tokens: Sequence[Token], positions: Sequence[int],
             taken: Collection[int] = ()) -> list[NamedDiseaseHit]:
        """The names among the word tokens at ``positions`` (in order), longest first and
        none over a ``taken`` position (a finding's words)."""
        words = [p for p in positions if tokens[p].is_word]
        folded = [fold_words(tokens[p].folded) for p in words]
        hits: list[NamedDiseaseHit] = []
        # A question written all in capitals says nothing by its capitals ("MY DAD AND ME").
        shouting = bool(self._acronyms) and not any(
            c.islower() for t in tokens if t.is_word for c in t.text)
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + MAX_NAME_WORDS), i, -1):
                span = words[i:j]
                if any(p in taken for p in span) or any(
                        b - a > 1 and any(tokens[k].is_word for k in range(a + 1, b))
                        for a, b in pairwise(span)):
                    continue
                key = tuple(w for f in folded[i:j] for w in f)
                modes = self._names.get(key)
                if modes is not None and key in self._acronyms and not (
                        all(tokens[p].text.isupper() for p in span) and not shouting):
                    modes = None  # "ms", "Ms", a question all in capitals: no acronym
                if modes is not None:
                    hits.append(NamedDiseaseHit(tuple(span), modes,
                                                self._diseases.get(key, ())))
                    i = j
                    break
            else:
                i += 1
        return hits


def relative_disease_entries(
        names: Sequence[str], ids: Sequence[str], curated: Mapping[str, Sequence[str]]
) -> list[tuple[str, tuple[str, ...], str]]:
    """``(name, (), disease id)`` for the table of a relative's named diseases (module
    docstring): every disease's name of two words or more (``names``, ``ids``), and for a
    curated disease (a condition profile, a MONDO id, or a disease with ``curated`` lay
    names) its name, its name without a bracketed part and that part ("Influenza (flu)"),
    its lay names and an eponym's one word ("Crohn disease": "Crohn"), each of at least
    :data:`MIN_CURATED_SINGLE_WORD_LETTERS` letters when a single word. Curated entries
    come first, so a name's first id is the curated disease's."""
    curated_rows: list[tuple[str, tuple[str, ...], str]] = []
    other_rows: list[tuple[str, tuple[str, ...], str]] = []
    for name, disease_id in zip(names, ids, strict=True):
        if disease_id.startswith("MONDO:") or disease_id in curated:
            written = [name, *curated.get(disease_id, ())]
            forms: list[str] = []
            for text in written:
                head, _, rest = text.partition("(")
                forms += [text, head.strip(), rest.removesuffix(")").strip()]
                folded = fold_words(head)
                if len(folded) == 2 and folded[1] == "disease" and head[:1].isupper():
                    forms.append(head.split()[0])
            for form in dict.fromkeys(f for f in forms if f):
                words = fold_words(form)
                if (len(words) > 1 or _ACRONYM.fullmatch(form)
                        or (words and len(words[0]) >= MIN_CURATED_SINGLE_WORD_LETTERS)):
                    curated_rows.append((form, (), disease_id))
        elif len(fold_words(name)) > 1:
            other_rows.append((name, (), disease_id))
    return curated_rows + other_rows


def build_relative_diseases(names: Sequence[str], ids: Sequence[str],
                            curated: Mapping[str, Sequence[str]]) -> NamedDiseases:
    """The table of a relative's named diseases (:func:`relative_disease_entries`), each
    disease's name kept as its label."""
    table = NamedDiseases.build(relative_disease_entries(names, ids, curated),
                                require_modes=False, eponyms=False, acronyms=True,
                                min_single_letters=MIN_CURATED_SINGLE_WORD_LETTERS)
    table.labels = dict(zip(ids, names, strict=True))
    return table


def load_relative_diseases(stem: str, names: Sequence[str], ids: Sequence[str],
                           curated: Mapping[str, Sequence[str]]) -> NamedDiseases:
    """:func:`build_relative_diseases`, read from a cache file after the first run: folding
    some 30,000 disease names and lay names cost every start that met a relative a few
    hundred milliseconds. ``stem`` names the compiled knowledge the names come from (its
    cache file's stem, which covers the curated files); the file is keyed by it, the
    package version and this module's code, so an edit of the folding never meets an old
    table."""
    from whatcauses.knowledge.sources import cache_dir
    from whatcauses.knowledge.store import load_or_store_json
    from whatcauses.version import __version__

    path = cache_dir() / f"relatives-{stem}-{_module_fingerprint()}-v{__version__}.cache"
    table = load_or_store_json(
        path, "relative diseases", _is_table,
        lambda: build_relative_diseases(names, ids, curated).to_table())
    named = NamedDiseases.from_table(table)
    named.labels = dict(zip(ids, names, strict=True))
    return named


@lru_cache(maxsize=1)
def _module_fingerprint() -> str:
    """This module's code, hashed: part of the table's cache key (the folding and the
    filters that decide which names the table holds are written here)."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def _is_table(value: Any) -> bool:
    """Is ``value`` what :meth:`NamedDiseases.to_table` writes? (A file of another shape
    is rebuilt, never half-read.)"""
    if not isinstance(value, dict):
        return False
    acronyms, names = value.get("acronyms"), value.get("names")
    return (isinstance(acronyms, list) and all(isinstance(words, str) for words in acronyms)
            and isinstance(names, list)
            and all(isinstance(row, list) and len(row) == 3 and isinstance(row[0], str)
                    and isinstance(row[1], list) and isinstance(row[2], list)
                    and all(isinstance(item, str) for item in (*row[1], *row[2]))
                    for row in names))
